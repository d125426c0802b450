package org.joblist.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One job ad as one source shows it at one moment: the source's fields mapped, not interpreted.
 * Text stays as the source wrote it (entities and all); structure the source gives is carried
 * as structure. Connectors build one with {@link #builder}.
 *
 * <pre>{@code
 * SourcePosting posting = SourcePosting.builder("gitlab", "8503792002")
 *         .company("GitLab")
 *         .title("Account Executive - Italy")
 *         .location("Remote, Italy")
 *         .postedAt("2026-04-17T05:58:03-04:00")
 *         .applyUrl("https://job-boards.greenhouse.io/gitlab/jobs/8503792002")
 *         .build();
 * }</pre>
 *
 * @param sourceId the configured source it came from
 * @param externalId the source's own stable id of the ad
 * @param company the employer's name as the source writes it
 * @param title the title as the source writes it, HTML entities and all
 * @param locations each location text as the source writes it, in its order; empty when it
 *     gives none
 * @param workplaceType what the source's structured fields state; {@link WorkplaceType#UNKNOWN}
 *     when it has none
 * @param employmentType the source's employment type field as it writes it ("Full-time",
 *     "FULL_TIME", ...); null when it has none
 * @param postedAt the source's posted date, as it writes it (ISO 8601, epoch seconds, ...); null
 *     when it gives none
 * @param updatedAt the source's last-updated date, as it writes it; null when it gives none
 * @param applyUrl where to apply, as the source gives it
 * @param companyUrl the employer's own site as the source writes it, an absolute http(s) URL;
 *     null when the source names none (a board's page about the company, a logo or the apply
 *     link is no company site)
 * @param salary the pay the source states as structured numbers; null when it states none
 * @param salaryText the pay as text when the source gives it only as text; null otherwise
 * @param description the description as the source gives it (HTML, maybe entity-escaped); empty
 *     when it gives none
 * @param tags the source's tags or categories, in its order
 */
public record SourcePosting(
        String sourceId,
        String externalId,
        String company,
        String title,
        List<String> locations,
        WorkplaceType workplaceType,
        @Nullable String employmentType,
        @Nullable String postedAt,
        @Nullable String updatedAt,
        String applyUrl,
        @Nullable String companyUrl,
        @Nullable SalaryRange salary,
        @Nullable String salaryText,
        String description,
        List<String> tags) {
    public SourcePosting {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(externalId, "externalId");
        Objects.requireNonNull(company, "company");
        Objects.requireNonNull(title, "title");
        locations = List.copyOf(locations);
        Objects.requireNonNull(workplaceType, "workplaceType");
        Objects.requireNonNull(applyUrl, "applyUrl");
        Objects.requireNonNull(description, "description");
        tags = List.copyOf(tags);
    }

    public static Builder builder(String sourceId, String externalId) {
        return new Builder(sourceId, externalId);
    }

    /** Collects a source posting's fields; unset text fields are empty, others null or UNKNOWN. */
    public static final class Builder {
        private final String sourceId;
        private final String externalId;
        private String company = "";
        private String title = "";
        private final List<String> locations = new ArrayList<>();
        private WorkplaceType workplaceType = WorkplaceType.UNKNOWN;
        private @Nullable String employmentType;
        private @Nullable String postedAt;
        private @Nullable String updatedAt;
        private String applyUrl = "";
        private @Nullable String companyUrl;
        private @Nullable SalaryRange salary;
        private @Nullable String salaryText;
        private String description = "";
        private final List<String> tags = new ArrayList<>();

        private Builder(String sourceId, String externalId) {
            this.sourceId = Objects.requireNonNull(sourceId, "sourceId");
            this.externalId = Objects.requireNonNull(externalId, "externalId");
        }

        public Builder company(String company) {
            this.company = Objects.requireNonNull(company, "company");
            return this;
        }

        public Builder title(String title) {
            this.title = Objects.requireNonNull(title, "title");
            return this;
        }

        /** Adds one location text; blank text is left out. */
        public Builder location(@Nullable String location) {
            if (location != null && !location.isBlank()) {
                locations.add(location);
            }
            return this;
        }

        public Builder workplaceType(WorkplaceType workplaceType) {
            this.workplaceType = Objects.requireNonNull(workplaceType, "workplaceType");
            return this;
        }

        public Builder employmentType(@Nullable String employmentType) {
            this.employmentType = employmentType;
            return this;
        }

        public Builder postedAt(@Nullable String postedAt) {
            this.postedAt = postedAt;
            return this;
        }

        public Builder updatedAt(@Nullable String updatedAt) {
            this.updatedAt = updatedAt;
            return this;
        }

        public Builder applyUrl(String applyUrl) {
            this.applyUrl = Objects.requireNonNull(applyUrl, "applyUrl");
            return this;
        }

        public Builder companyUrl(@Nullable String companyUrl) {
            this.companyUrl = companyUrl;
            return this;
        }

        public Builder salary(@Nullable SalaryRange salary) {
            this.salary = salary;
            return this;
        }

        public Builder salaryText(@Nullable String salaryText) {
            this.salaryText = salaryText;
            return this;
        }

        public Builder description(String description) {
            this.description = Objects.requireNonNull(description, "description");
            return this;
        }

        public Builder tags(List<String> tags) {
            this.tags.addAll(tags);
            return this;
        }

        public SourcePosting build() {
            return new SourcePosting(sourceId, externalId, company, title, locations,
                    workplaceType, employmentType, postedAt, updatedAt, applyUrl, companyUrl,
                    salary, salaryText, description, tags);
        }
    }
}
