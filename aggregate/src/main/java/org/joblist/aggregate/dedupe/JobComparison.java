package org.joblist.aggregate.dedupe;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.CosineSimilarity;
import org.joblist.aggregate.Location;
import org.joblist.aggregate.Posting;
import org.joblist.ingest.WorkplaceType;

/**
 * Whether two postings of one company with the same title tokens are one job: their places
 * overlap and their posted dates lie within the window. Where one side's places or date are
 * unknown, the pair is borderline and the descriptions decide (cosine similarity of their word
 * counts, Apache Commons Text, at least {@value #DESCRIPTION_SIMILARITY}); titles one word apart
 * are always borderline. Postings in places that do not overlap are never one job: one
 * requisition per location is normal.
 */
final class JobComparison {
    static final double DESCRIPTION_SIMILARITY = 0.8;

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{N}]*");
    private static final CosineSimilarity COSINE = new CosineSimilarity();

    private enum Verdict { SAME, DIFFERENT, UNKNOWN }

    private final Duration postedWithin;

    JobComparison(Duration postedWithin) {
        this.postedWithin = Objects.requireNonNull(postedWithin, "postedWithin");
    }

    boolean isSameJob(Posting a, Posting b) {
        Verdict places = places(a, b);
        Verdict dates = dates(a, b);
        if (places == Verdict.DIFFERENT || dates == Verdict.DIFFERENT) {
            return false;
        }
        if (places == Verdict.SAME && dates == Verdict.SAME) {
            return true;
        }
        return descriptionSimilarity(a.description(), b.description()) >= DESCRIPTION_SIMILARITY;
    }

    /**
     * Whether two postings of one company whose titles are one word apart are one job: a
     * borderline pair, so their places and dates must not differ and their descriptions decide.
     */
    boolean isSameJobOneTitleWordApart(Posting a, Posting b) {
        return places(a, b) != Verdict.DIFFERENT && dates(a, b) != Verdict.DIFFERENT
                && descriptionSimilarity(a.description(), b.description())
                        >= DESCRIPTION_SIMILARITY;
    }

    /** Offices and, for remote work, where applicants may live. */
    static List<Location> places(Posting posting) {
        List<Location> places = new ArrayList<>(posting.locations());
        places.addAll(posting.applicantLocations());
        return places;
    }

    private static Verdict places(Posting a, Posting b) {
        List<Location> first = places(a);
        List<Location> second = places(b);
        if (first.isEmpty() && second.isEmpty()) {
            return a.workplaceType() == WorkplaceType.REMOTE
                    && b.workplaceType() == WorkplaceType.REMOTE ? Verdict.SAME : Verdict.UNKNOWN;
        }
        if (first.isEmpty() || second.isEmpty()) {
            return Verdict.UNKNOWN;
        }
        for (Location one : first) {
            for (Location other : second) {
                if (overlap(one, other)) {
                    return Verdict.SAME;
                }
            }
        }
        return Verdict.DIFFERENT;
    }

    /** No part conflicts and at least one part is the same. */
    private static boolean overlap(Location a, Location b) {
        int same = 0;
        for (String[] pair : new String[][] {{a.city(), b.city()}, {a.region(), b.region()},
                {a.country(), b.country()}}) {
            if (pair[0] != null && pair[1] != null) {
                if (!pair[0].equalsIgnoreCase(pair[1])) {
                    return false;
                }
                same++;
            }
        }
        return same > 0;
    }

    private Verdict dates(Posting a, Posting b) {
        Instant first = a.posted().bestGuess();
        Instant second = b.posted().bestGuess();
        if (first == null || second == null) {
            return Verdict.UNKNOWN;
        }
        return Duration.between(first, second).abs().compareTo(postedWithin) <= 0
                ? Verdict.SAME
                : Verdict.DIFFERENT;
    }

    static double descriptionSimilarity(String a, String b) {
        if (a.isBlank() || b.isBlank()) {
            return 0;
        }
        return COSINE.cosineSimilarity(words(a), words(b));
    }

    private static Map<CharSequence, Integer> words(String text) {
        Map<CharSequence, Integer> counts = new HashMap<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            counts.merge(m.group(), 1, Integer::sum);
        }
        return counts;
    }
}
