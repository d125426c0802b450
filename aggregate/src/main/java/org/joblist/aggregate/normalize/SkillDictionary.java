package org.joblist.aggregate.normalize;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Skills named by a posting's tags, title and description, matched against a dictionary of
 * canonical names and aliases: the built-in {@code skills.tsv} plus what config adds. Aliases
 * match whole words only, case-insensitively; an alias written {@code =Go} matches only in that
 * case and not before "to", "live", "ahead" and the like, so "Go" the language is found and "go
 * to market" is not. A tag equal to an alias (in any case) names its skill.
 */
public final class SkillDictionary {
    private static final String AFTER_VERB =
            "(?!\\s+(?:to|live|ahead|beyond|back|out|above|further|through|on|for|with)\\b)";

    private final Map<String, List<Alias>> patterns = new LinkedHashMap<>();
    private final Map<String, String> tagAliases = new LinkedHashMap<>();

    /**
     * The built-in dictionary with these skills added.
     *
     * @param extra canonical name to aliases; a name also matches itself
     */
    public SkillDictionary(Map<String, List<String>> extra) {
        readBuiltIn().forEach(this::add);
        extra.forEach((name, aliases) -> {
            List<String> all = new ArrayList<>(aliases);
            all.add(name);
            add(name, all);
        });
    }

    /** The canonical skill names the posting names, sorted. */
    public List<String> find(List<String> tags, String title, String description) {
        TreeSet<String> found = new TreeSet<>();
        for (String tag : tags) {
            String name = tagAliases.get(tag.trim().toLowerCase(Locale.ROOT));
            if (name != null) {
                found.add(name);
            }
        }
        String text = title + "\n" + description;
        String lower = text.toLowerCase(Locale.ROOT);
        patterns.forEach((name, list) -> {
            if (list.stream().anyMatch(alias -> alias.in(text, lower))) {
                found.add(name);
            }
        });
        return List.copyOf(found);
    }

    private void add(String name, List<String> aliases) {
        List<Alias> list = patterns.computeIfAbsent(name, n -> new ArrayList<>());
        for (String alias : aliases) {
            boolean exact = alias.startsWith("=");
            String word = exact ? alias.substring(1) : alias;
            tagAliases.put(word.toLowerCase(Locale.ROOT), name);
            String quoted = "(?<![\\w+#.-])" + Pattern.quote(word) + "(?![\\w+#-])";
            list.add(new Alias(exact ? word : word.toLowerCase(Locale.ROOT), exact, exact
                    ? Pattern.compile(quoted + AFTER_VERB)
                    : Pattern.compile(quoted, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
        }
    }

    private static Map<String, List<String>> readBuiltIn() {
        Map<String, List<String>> skills = new LinkedHashMap<>();
        for (String[] row : Places.rows("skills.tsv")) {
            skills.put(row[0], List.of(row[1].split("\\|")));
        }
        return skills;
    }

    /**
     * One alias and its pattern. The pattern runs only where the alias occurs as plain text
     * (in the text's case, or lower-cased for an ASCII alias matched in any case): most aliases
     * are in no description, and a plain search is far cheaper than the pattern's look-arounds.
     */
    private record Alias(String text, boolean exact, boolean ascii, Pattern pattern) {
        Alias(String text, boolean exact, Pattern pattern) {
            this(text, exact, text.chars().allMatch(c -> c < 0x80), pattern);
        }

        boolean in(String original, String lowerCased) {
            boolean mayOccur = exact ? original.contains(text)
                    : !ascii || lowerCased.contains(text);
            return mayOccur && pattern.matcher(original).find();
        }
    }
}
