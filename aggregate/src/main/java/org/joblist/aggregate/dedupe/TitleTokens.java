package org.joblist.aggregate.dedupe;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * A title as a set of stemmed tokens, so word order and plurals do not matter: "Backend
 * Developers (m/w/d)" and "Developer, Backend" give the same set. Gender markers and workplace
 * words are dropped first, and common abbreviations ("Sr", "Jr", "Dev") read as their words.
 * Stemming is Lucene's {@link EnglishAnalyzer}; thread-safe.
 */
final class TitleTokens {
    private static final Pattern NOISE = Pattern.compile("(?i)\\(?\\b(?:[mwfdhx]\\s*/\\s*[mwfdhx]"
            + "(?:\\s*/\\s*[mwfdhx])?|all genders|remote|hybrid|on-?site|full[- ]?time)\\b\\)?");
    private static final Map<String, String> ABBREVIATIONS = Map.of("sr", "senior", "snr",
            "senior", "jr", "junior", "dev", "develop", "engr", "engin", "mgr", "manag", "ops",
            "oper", "swe", "softwar");
    private static final Analyzer ANALYZER = new EnglishAnalyzer(
            new CharArraySet(Set.of("a", "an", "and", "the", "of", "for", "to", "with", "at"),
                    true));

    /**
     * Words that make two titles different jobs however alike the rest is: level and seniority
     * ("Senior", "II"), the manager of a role, and numbers.
     */
    private static final Set<String> DISTINGUISHING = of("senior junior lead staff principal head"
            + " intern internship trainee apprentice graduate entry mid associate founding"
            + " director chief vp manager i ii iii iv v werkstudent praktikant");

    private TitleTokens() {
    }

    /** Whether a token (as {@link #of} gives it) makes a title another job when added to it. */
    static boolean isDistinguishing(String token) {
        return DISTINGUISHING.contains(token) || token.chars().allMatch(Character::isDigit);
    }

    static Set<String> of(String title) {
        String cleaned = NOISE.matcher(title).replaceAll(" ");
        Set<String> tokens = new TreeSet<>();
        try (TokenStream stream = ANALYZER.tokenStream("title", cleaned)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                String token = term.toString();
                tokens.add(ABBREVIATIONS.getOrDefault(token, token));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("reading a string cannot fail", e);
        }
        return tokens;
    }
}
