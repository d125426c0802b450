package org.joblist.publish;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.joblist.aggregate.EmploymentType;
import org.joblist.aggregate.Location;
import org.joblist.aggregate.Posting;
import org.joblist.aggregate.StoredPosting;
import org.joblist.ingest.SalaryRange;
import org.joblist.ingest.SourceCredit;
import org.jspecify.annotations.Nullable;

/**
 * One posting as the feeds carry it: plain values, no Markdown.
 *
 * @param id stable across runs: {@code urn:joblist:<source id>:<external id>}, both parts
 *     percent-encoded
 * @param location the location as the source writes it; empty when it names none
 * @param locations the offices the posting names, parsed
 * @param applicantLocations for remote work, where applicants may live, parsed
 * @param workplaceType {@code remote}, {@code hybrid}, {@code onsite} or {@code unknown}
 * @param employmentType {@code full_time}, {@code part_time}, {@code contract}, {@code
 *     temporary} or {@code internship}; null when unknown
 * @param salary the salary the source states; null when none, or only a predicted one
 * @param date when it was listed: posted, or first seen when the source gave no date
 * @param applyUrl where to apply; null unless an http(s) URL
 * @param via the source to credit, as its terms ask; null when they ask for nothing
 */
record FeedItem(
        String id,
        String title,
        String company,
        String location,
        List<Location> locations,
        List<Location> applicantLocations,
        String workplaceType,
        @Nullable String employmentType,
        @Nullable SalaryRange salary,
        Instant date,
        @Nullable String applyUrl,
        @Nullable SourceCredit via) {
    FeedItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(company, "company");
        Objects.requireNonNull(location, "location");
        locations = List.copyOf(locations);
        applicantLocations = List.copyOf(applicantLocations);
        Objects.requireNonNull(workplaceType, "workplaceType");
        Objects.requireNonNull(date, "date");
    }

    static FeedItem of(StoredPosting stored, @Nullable SourceCredit via) {
        Posting posting = stored.posting();
        String url = posting.applyUrl().strip();
        boolean web = url.regionMatches(true, 0, "https://", 0, 8)
                || url.regionMatches(true, 0, "http://", 0, 7);
        EmploymentType employment = posting.employmentType();
        return new FeedItem(
                "urn:joblist:" + encode(posting.sourceId()) + ":" + encode(posting.externalId()),
                posting.title(),
                posting.company(),
                posting.location().strip(),
                posting.locations(),
                posting.applicantLocations(),
                lower(posting.workplaceType()),
                employment == EmploymentType.UNKNOWN ? null : lower(employment),
                posting.publishedSalary(),
                stored.listedAt(),
                web ? url : null,
                via);
    }

    /** The salary as the README writes it, e.g. "$27.50 / hour"; null without one. */
    @Nullable String salaryText() {
        return salary == null ? null : SalaryFormat.range(salary);
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    private static String encode(String part) {
        return URLEncoder.encode(part, StandardCharsets.UTF_8);
    }
}
