package org.joblist.aggregate.normalize;

import java.util.Objects;
import org.joblist.aggregate.Posting;

/** What {@link PostingNormalizer} made of one source posting: a posting, or why there is none. */
public sealed interface Normalization {
    /** The source posting normalized into a posting. */
    record Kept(Posting posting) implements Normalization {
        public Kept {
            Objects.requireNonNull(posting, "posting");
        }
    }

    /**
     * The source posting cannot become a posting.
     *
     * @param externalId the source's id of the posting, for the log line
     * @param reason one line, e.g. {@code apply URL "mailto:jobs@example.com" is not http(s)}
     */
    record Skipped(String externalId, String reason) implements Normalization {
        public Skipped {
            Objects.requireNonNull(externalId, "externalId");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
