package org.joblist.publish;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.joblist.aggregate.Posting;
import org.joblist.aggregate.StoredPosting;
import org.joblist.ingest.SalaryRange;
import org.joblist.ingest.SourceCredit;
import org.jspecify.annotations.Nullable;

/**
 * One row of a job-list table, as the row template sees it: plain text values, which the template
 * escapes, and links, which are kept only when http(s) and made safe as link targets here. A
 * nullable value renders only when present.
 *
 * @param companyUrl the company's site; null when unknown or not http(s)
 * @param url where to apply; null when the posting's URL is not http(s), or for a closed row
 * @param date the date the row shows: when listed, or when closed for a closed row
 * @param salary the salary as the Salary column shows it; null when not stated or only predicted
 * @param creditName the source to credit next to the row, e.g. "Remote OK"; null when its terms
 *     ask for none
 * @param creditUrl the followed link of the credit; null without one
 */
record ListRow(
        String company,
        @Nullable String companyUrl,
        String title,
        @Nullable String url,
        String location,
        String type,
        String date,
        @Nullable String salary,
        @Nullable String creditName,
        @Nullable String creditUrl) {
    static final String NONE = "—";
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    ListRow {
        companyUrl = companyUrl == null ? null : MarkdownText.linkTarget(companyUrl);
        url = url == null ? null : MarkdownText.linkTarget(url);
        creditUrl = creditUrl == null ? null : MarkdownText.linkTarget(creditUrl);
    }

    /** @param credit what the terms of the posting's source ask for; null for nothing */
    static ListRow of(StoredPosting stored, @Nullable SourceCredit credit) {
        Posting posting = stored.posting();
        return of(posting, posting.applyUrl(), DATE.format(stored.listedAt()), credit);
    }

    /**
     * A row of the "Recently closed" table: the date is the closing date, and the position has no
     * link, since nobody can apply any more.
     */
    static ListRow closed(StoredPosting stored, Instant closedAt, @Nullable SourceCredit credit) {
        return of(stored.posting(), null, DATE.format(closedAt), credit);
    }

    private static ListRow of(Posting posting, @Nullable String url, String date,
            @Nullable SourceCredit credit) {
        SalaryRange salary = posting.publishedSalary();
        return new ListRow(
                posting.company(),
                posting.companyUrl(),
                posting.title(),
                url,
                posting.location().isBlank() ? NONE : posting.location(),
                switch (posting.workplaceType()) {
                    case REMOTE -> "Remote";
                    case HYBRID -> "Hybrid";
                    case ONSITE -> "On Site";
                    case UNKNOWN -> NONE;
                },
                date,
                salary == null ? null : SalaryFormat.range(salary),
                credit == null ? null : credit.name(),
                credit == null ? null : credit.url());
    }

    /** The salary cell's text. */
    String salaryCell() {
        return salary == null ? NONE : salary;
    }
}
