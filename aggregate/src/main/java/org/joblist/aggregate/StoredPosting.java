package org.joblist.aggregate;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A posting as the store keeps it, with the times joblist saw it.
 *
 * @param firstSeenAt the start of the first run that stored it
 * @param lastSeenAt the start of the latest run that saw it
 * @param closedAt when it closed (missing from enough complete listings of its source, or too
 *     old for a source of recent items); null while it is open
 * @param reopenedAt the latest time it was seen again after it had closed; null if never
 * @param sourceIds the sources that list it, its posting's own first: more than one when
 *     deduplication merged the listings of several sources into it
 */
public record StoredPosting(Posting posting, Instant firstSeenAt, Instant lastSeenAt,
        @Nullable Instant closedAt, @Nullable Instant reopenedAt, List<String> sourceIds) {
    public StoredPosting {
        Objects.requireNonNull(posting, "posting");
        Objects.requireNonNull(firstSeenAt, "firstSeenAt");
        Objects.requireNonNull(lastSeenAt, "lastSeenAt");
        sourceIds = List.copyOf(sourceIds);
        if (sourceIds.isEmpty() || !sourceIds.get(0).equals(posting.sourceId())) {
            throw new IllegalArgumentException("sourceIds must start with the posting's source "
                    + posting.sourceId() + ": " + sourceIds);
        }
    }

    /** A posting as one source lists it. */
    public StoredPosting(Posting posting, Instant firstSeenAt, Instant lastSeenAt,
            @Nullable Instant closedAt, @Nullable Instant reopenedAt) {
        this(posting, firstSeenAt, lastSeenAt, closedAt, reopenedAt,
                List.of(posting.sourceId()));
    }

    /** An open posting that never closed. */
    public StoredPosting(Posting posting, Instant firstSeenAt, Instant lastSeenAt) {
        this(posting, firstSeenAt, lastSeenAt, null, null);
    }

    /** Whether it is still open. */
    public boolean isOpen() {
        return closedAt == null;
    }

    /**
     * The date a job list shows: when it was posted, else the latest it can have been posted,
     * else when first seen.
     */
    public Instant listedAt() {
        Instant posted = posting.posted().bestGuess();
        return posted != null ? posted : firstSeenAt;
    }
}
