package org.joblist.ingest;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One job ad as one source shows it at one moment: the source's fields mapped, not interpreted.
 * Text stays as the source wrote it (entities and all); structure the source gives is carried
 * as structure.
 *
 * @param sourceId the configured source it came from
 * @param externalId the source's own stable id of the ad
 * @param company the employer's name as the source writes it
 * @param title the title as the source writes it, HTML entities and all
 * @param location the location text as the source writes it; empty when it gives none
 * @param workplaceType what the source's structured fields state; {@link WorkplaceType#UNKNOWN}
 *     when it has none
 * @param postedAt the source's posted date, as it writes it (ISO 8601, epoch seconds, ...); null
 *     when it gives none
 * @param applyUrl where to apply, as the source gives it
 * @param description the description as the source gives it (HTML, maybe entity-escaped); empty
 *     when it gives none
 * @param tags the source's tags or categories, in its order
 */
public record SourcePosting(
        String sourceId,
        String externalId,
        String company,
        String title,
        String location,
        WorkplaceType workplaceType,
        @Nullable String postedAt,
        String applyUrl,
        String description,
        List<String> tags) {
    public SourcePosting {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(externalId, "externalId");
        Objects.requireNonNull(company, "company");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(workplaceType, "workplaceType");
        Objects.requireNonNull(applyUrl, "applyUrl");
        Objects.requireNonNull(description, "description");
        tags = List.copyOf(tags);
    }
}
