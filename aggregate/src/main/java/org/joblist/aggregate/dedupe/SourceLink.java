package org.joblist.aggregate.dedupe;

import java.util.Objects;

/** One source of a merged posting, with its own link. */
public record SourceLink(String sourceId, String externalId, String applyUrl) {
    public SourceLink {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(externalId, "externalId");
        Objects.requireNonNull(applyUrl, "applyUrl");
    }
}
