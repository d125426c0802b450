package org.joblist.aggregate;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * When a source says a posting was posted, as a UTC instant with its precision.
 *
 * @param instant the instant; null when the source names none ({@link DatePrecision#UNKNOWN}) or
 *     only a bound ({@link DatePrecision#LOWER_BOUND})
 * @param bound for {@link DatePrecision#LOWER_BOUND}, the latest instant it can have been posted
 *     at (its age is at least the stated one); null otherwise
 * @param text the source's text, as it wrote it; null when it gave none
 */
public record PostedDate(
        @Nullable Instant instant, DatePrecision precision, @Nullable Instant bound,
        @Nullable String text) {
    public static final PostedDate UNKNOWN =
            new PostedDate(null, DatePrecision.UNKNOWN, null, null);

    public PostedDate {
        Objects.requireNonNull(precision, "precision");
        boolean hasInstant = precision == DatePrecision.EXACT || precision == DatePrecision.DAY;
        if (hasInstant != (instant != null)
                || (precision == DatePrecision.LOWER_BOUND) != (bound != null)) {
            throw new IllegalArgumentException("posted date " + instant + " / " + bound
                    + " does not fit precision " + precision);
        }
    }

    public static PostedDate exact(Instant instant, @Nullable String text) {
        return new PostedDate(instant, DatePrecision.EXACT, null, text);
    }

    public static PostedDate day(Instant instant, @Nullable String text) {
        return new PostedDate(instant, DatePrecision.DAY, null, text);
    }

    public static PostedDate atOrBefore(Instant bound, @Nullable String text) {
        return new PostedDate(null, DatePrecision.LOWER_BOUND, bound, text);
    }

    public static PostedDate unreadable(@Nullable String text) {
        return new PostedDate(null, DatePrecision.UNKNOWN, null, text);
    }

    /** The instant, else the bound, else null: what to sort and compare by. */
    public @Nullable Instant bestGuess() {
        return instant != null ? instant : bound;
    }
}
