package org.joblist.aggregate.normalize;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Company names: a display form and a key for matching. The key folds case, accents,
 * punctuation, spaces, legal forms at the end and a leading "The", so the slug a board uses
 * matches the spaced name another writes: {@code veeamsoftware}, {@code Veeam Software} and
 * {@code Veeam Software GmbH} all have the key {@code veeamsoftware}.
 */
public final class CompanyNames {
    private static final Pattern NON_ALPHANUMERIC = Pattern.compile("[^a-z0-9.]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /** Legal forms as tokens without their dots: "S.A." is "sa", "B.V." is "bv". */
    private static final Set<String> LEGAL_FORMS = Set.of(
            "inc", "incorporated", "llc", "llp", "lp", "ltd", "limited", "plc", "corp",
            "corporation", "co", "gmbh", "mbh", "kg", "ag", "se", "sa", "sas", "sarl", "srl", "spa",
            "bv", "nv", "ab", "oy", "oyj", "aps", "as", "asa", "pty", "pte", "pvt", "kft", "ug",
            "sl", "sro", "zoo", "sp", "private", "holding", "holdings");

    private CompanyNames() {
    }

    /** The name to show: entities decoded, mojibake repaired, whitespace folded. */
    public static String display(String raw) {
        return TextRepair.title(raw);
    }

    /** The key for matching; empty when the name is empty. */
    public static String key(String raw) {
        String folded = MARKS.matcher(Normalizer.normalize(display(raw), Normalizer.Form.NFKD))
                .replaceAll("")
                .toLowerCase(Locale.ROOT)
                .replace("&", " ");
        List<String> tokens = new ArrayList<>();
        for (String token : NON_ALPHANUMERIC.split(folded)) {
            String bare = token.replace(".", "");
            if (!bare.isEmpty()) {
                tokens.add(bare);
            }
        }
        while (tokens.size() > 1 && LEGAL_FORMS.contains(tokens.get(tokens.size() - 1))) {
            tokens.remove(tokens.size() - 1);
        }
        if (tokens.size() > 1 && tokens.get(0).equals("the")) {
            tokens.remove(0);
        }
        return String.join("", tokens);
    }

    /**
     * The cleanest full form among names of one company: written with capitals and spaces
     * rather than as a slug, then the longest, then the first in alphabetical order.
     */
    public static String cleanest(List<String> names) {
        return names.stream()
                .map(CompanyNames::display)
                .filter(name -> !name.isEmpty())
                .max(Comparator.<String>comparingInt(CompanyNames::cleanliness)
                        .thenComparingInt(String::length)
                        .thenComparing(Comparator.<String>reverseOrder()))
                .orElse("");
    }

    private static int cleanliness(String name) {
        boolean hasCapital = !name.equals(name.toLowerCase(Locale.ROOT));
        boolean notShouting = !name.equals(name.toUpperCase(Locale.ROOT))
                || name.chars().filter(Character::isLetter).count() <= 4;
        boolean spaced = name.contains(" ");
        return (hasCapital ? 4 : 0) + (notShouting ? 2 : 0) + (spaced ? 1 : 0);
    }
}
