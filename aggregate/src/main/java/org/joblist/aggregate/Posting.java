package org.joblist.aggregate;

import java.time.Instant;
import java.util.Objects;
import org.joblist.ingest.WorkplaceType;
import org.jspecify.annotations.Nullable;

/**
 * One job after normalization, identified by its source and the source's external id.
 *
 * @param company the employer's display name, whitespace folded
 * @param title the title with HTML entities decoded once and whitespace folded
 * @param location the location text as one line; empty when the source gives none
 * @param postedAt when the source says it was posted, as a UTC instant; null when it says nothing
 *     we can read
 * @param applyUrl where to apply (http or https)
 */
public record Posting(
        String sourceId,
        String externalId,
        String company,
        String title,
        String location,
        WorkplaceType workplaceType,
        @Nullable Instant postedAt,
        String applyUrl) {
    public Posting {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(externalId, "externalId");
        Objects.requireNonNull(company, "company");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(workplaceType, "workplaceType");
        Objects.requireNonNull(applyUrl, "applyUrl");
    }
}
