package org.joblist.aggregate;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.joblist.aggregate.normalize.CompanyNames;
import org.joblist.ingest.SalaryOrigin;
import org.joblist.ingest.SalaryRange;
import org.joblist.ingest.WorkplaceType;
import org.jspecify.annotations.Nullable;

/**
 * One job after normalization, identified by its source and the source's external id. Built
 * with {@link #builder}; the eight-argument constructor makes a posting with only the basic
 * fields, as the store held them before normalization grew.
 *
 * @param company the employer's display name, whitespace folded
 * @param companyKey the company folded for matching: case, punctuation, legal forms and a leading
 *     "The" dropped ({@code veeamsoftware} for "Veeam Software GmbH")
 * @param companyUrl the company's own site as a source names it, http or https, in the form
 *     {@link org.joblist.aggregate.normalize.UrlCanon#site} gives; null when no source names one
 * @param title the title with HTML entities decoded once and whitespace folded
 * @param location the location text as one line; empty when the source gives none
 * @param locations the offices the posting names, parsed
 * @param applicantLocations for remote work, where applicants may live (a remote-only board's
 *     location says that, not where an office is)
 * @param posted when the source says it was posted
 * @param applyUrl where to apply (http or https)
 * @param canonicalUrl the apply URL without tracking parameters, host in lower case; null when it
 *     names no single job (a board's listing page), so it must never identify one
 * @param salary the pay; {@link SalaryOrigin#PREDICTED} ranges are kept but not published as the
 *     posting's salary (see {@link #publishedSalary})
 * @param salaryText the source's pay text, when it gave one
 * @param description sanitized text, paragraphs split by blank lines
 * @param skills canonical skill names from the dictionary, sorted
 * @param category from the configured category rules, e.g. {@code backend}
 */
public record Posting(
        String sourceId,
        String externalId,
        String company,
        String companyKey,
        @Nullable String companyUrl,
        String title,
        String location,
        List<Location> locations,
        List<Location> applicantLocations,
        WorkplaceType workplaceType,
        EmploymentType employmentType,
        PostedDate posted,
        String applyUrl,
        @Nullable String canonicalUrl,
        @Nullable SalaryRange salary,
        @Nullable String salaryText,
        String description,
        List<String> skills,
        String category) {
    /** The category of a posting no rule matched. */
    public static final String OTHER = "other";

    public Posting {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(externalId, "externalId");
        Objects.requireNonNull(company, "company");
        Objects.requireNonNull(companyKey, "companyKey");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(location, "location");
        locations = List.copyOf(locations);
        applicantLocations = List.copyOf(applicantLocations);
        Objects.requireNonNull(workplaceType, "workplaceType");
        Objects.requireNonNull(employmentType, "employmentType");
        Objects.requireNonNull(posted, "posted");
        Objects.requireNonNull(applyUrl, "applyUrl");
        Objects.requireNonNull(description, "description");
        skills = List.copyOf(skills);
        Objects.requireNonNull(category, "category");
    }

    /** A posting with the basic fields only; the others are derived or empty. */
    public Posting(String sourceId, String externalId, String company, String title,
            String location, WorkplaceType workplaceType, @Nullable Instant postedAt,
            String applyUrl) {
        this(sourceId, externalId, company, CompanyNames.key(company), null, title, location,
                List.of(), List.of(), workplaceType, EmploymentType.UNKNOWN,
                postedAt == null ? PostedDate.UNKNOWN : PostedDate.exact(postedAt, null),
                applyUrl, null, null, null, "", List.of(), OTHER);
    }

    /** The posted instant; null when the source names none or only a bound. */
    public @Nullable Instant postedAt() {
        return posted.instant();
    }

    /** The salary a job list may show: null when there is none or the board predicted it. */
    public @Nullable SalaryRange publishedSalary() {
        return salary == null || salary.origin() == SalaryOrigin.PREDICTED ? null : salary;
    }

    public static Builder builder(String sourceId, String externalId) {
        return new Builder(sourceId, externalId);
    }

    /** A copy to change some fields of; curation overrides use it. */
    public Builder toBuilder() {
        Builder builder = new Builder(sourceId, externalId);
        builder.company = company;
        builder.companyKey = companyKey;
        builder.companyUrl = companyUrl;
        builder.title = title;
        builder.location = location;
        builder.locations = locations;
        builder.applicantLocations = applicantLocations;
        builder.workplaceType = workplaceType;
        builder.employmentType = employmentType;
        builder.posted = posted;
        builder.applyUrl = applyUrl;
        builder.canonicalUrl = canonicalUrl;
        builder.salary = salary;
        builder.salaryText = salaryText;
        builder.description = description;
        builder.skills = skills;
        builder.category = category;
        return builder;
    }

    /** Collects a posting's fields; unset text is empty, lists empty, types UNKNOWN. */
    public static final class Builder {
        private final String sourceId;
        private final String externalId;
        private String company = "";
        private @Nullable String companyKey;
        private @Nullable String companyUrl;
        private String title = "";
        private String location = "";
        private List<Location> locations = List.of();
        private List<Location> applicantLocations = List.of();
        private WorkplaceType workplaceType = WorkplaceType.UNKNOWN;
        private EmploymentType employmentType = EmploymentType.UNKNOWN;
        private PostedDate posted = PostedDate.UNKNOWN;
        private String applyUrl = "";
        private @Nullable String canonicalUrl;
        private @Nullable SalaryRange salary;
        private @Nullable String salaryText;
        private String description = "";
        private List<String> skills = List.of();
        private String category = OTHER;

        private Builder(String sourceId, String externalId) {
            this.sourceId = Objects.requireNonNull(sourceId, "sourceId");
            this.externalId = Objects.requireNonNull(externalId, "externalId");
        }

        /** Sets the display name and, unless set before, the key derived from it. */
        public Builder company(String company) {
            this.company = company;
            return this;
        }

        public Builder companyKey(String companyKey) {
            this.companyKey = companyKey;
            return this;
        }

        public Builder companyUrl(@Nullable String companyUrl) {
            this.companyUrl = companyUrl;
            return this;
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder location(String location) {
            this.location = location;
            return this;
        }

        public Builder locations(List<Location> locations) {
            this.locations = locations;
            return this;
        }

        public Builder applicantLocations(List<Location> applicantLocations) {
            this.applicantLocations = applicantLocations;
            return this;
        }

        public Builder workplaceType(WorkplaceType workplaceType) {
            this.workplaceType = workplaceType;
            return this;
        }

        public Builder employmentType(EmploymentType employmentType) {
            this.employmentType = employmentType;
            return this;
        }

        public Builder posted(PostedDate posted) {
            this.posted = posted;
            return this;
        }

        public Builder applyUrl(String applyUrl) {
            this.applyUrl = applyUrl;
            return this;
        }

        public Builder canonicalUrl(@Nullable String canonicalUrl) {
            this.canonicalUrl = canonicalUrl;
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
            this.description = description;
            return this;
        }

        public Builder skills(List<String> skills) {
            this.skills = skills;
            return this;
        }

        public Builder category(String category) {
            this.category = category;
            return this;
        }

        public Posting build() {
            String key = companyKey != null ? companyKey : CompanyNames.key(company);
            return new Posting(sourceId, externalId, company, key, companyUrl, title, location,
                    locations, applicantLocations, workplaceType, employmentType, posted,
                    applyUrl, canonicalUrl, salary, salaryText, description, skills, category);
        }
    }
}
