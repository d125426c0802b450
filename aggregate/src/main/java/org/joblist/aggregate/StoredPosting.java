package org.joblist.aggregate;

import java.time.Instant;
import java.util.Objects;

/**
 * A posting as the store keeps it, with the times joblist saw it.
 *
 * @param firstSeenAt the start of the first run that stored it
 * @param lastSeenAt the start of the latest run that saw it
 */
public record StoredPosting(Posting posting, Instant firstSeenAt, Instant lastSeenAt) {
    public StoredPosting {
        Objects.requireNonNull(posting, "posting");
        Objects.requireNonNull(firstSeenAt, "firstSeenAt");
        Objects.requireNonNull(lastSeenAt, "lastSeenAt");
    }

    /** The date a job list shows: when it was posted, or when first seen if the source gave none. */
    public Instant listedAt() {
        Instant postedAt = posting.postedAt();
        return postedAt != null ? postedAt : firstSeenAt;
    }
}
