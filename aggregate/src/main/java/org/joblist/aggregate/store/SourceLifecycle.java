package org.joblist.aggregate.store;

import java.time.Duration;
import java.util.Objects;

/**
 * How a source's postings close. A source that lists its complete current set closes a posting
 * missing from {@code closeAfterMissedRuns} consecutive complete listings; a source that shows
 * only recent items (feeds, threads) closes a posting once it is older than {@code maxAge}. Only
 * runs whose outcome is {@link org.joblist.aggregate.SourceStatus#OK} count.
 */
public record SourceLifecycle(boolean completeListing, int closeAfterMissedRuns, Duration maxAge) {
    public SourceLifecycle {
        if (closeAfterMissedRuns < 1) {
            throw new IllegalArgumentException(
                    "closeAfterMissedRuns must be >= 1: " + closeAfterMissedRuns);
        }
        Objects.requireNonNull(maxAge, "maxAge");
    }

    /** A complete listing closing after two missed runs; recent items after 30 days. */
    public static final SourceLifecycle DEFAULT =
            new SourceLifecycle(true, 2, Duration.ofDays(30));
}
