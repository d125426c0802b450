package org.joblist.publish;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.joblist.aggregate.Posting;
import org.joblist.aggregate.StoredPosting;
import org.joblist.ingest.SourceCredit;
import org.jspecify.annotations.Nullable;

/**
 * One row of a job-list table, as the row template sees it: plain text values, which the template
 * escapes, and links, which are kept only when http(s) and made safe as link targets here. A
 * nullable value renders only when present.
 *
 * @param companyUrl the company's site; null when unknown or not http(s)
 * @param url where to apply; null when the posting's URL is not http(s)
 * @param salary the salary as the Salary column shows it; null when not stated
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
        // TODO(#5): the company's site and the salary have no field in the normalized posting
        // yet (issue #4 brings salary; the company URL SourcePosting carries is not stored).
        // Until then the company is plain text and the Salary column shows "—". A posting merged
        // from several sources will need the credit of each.
        return new ListRow(
                posting.company(),
                null,
                posting.title(),
                posting.applyUrl(),
                posting.location().isBlank() ? NONE : posting.location(),
                switch (posting.workplaceType()) {
                    case REMOTE -> "Remote";
                    case HYBRID -> "Hybrid";
                    case ONSITE -> "On Site";
                    case UNKNOWN -> NONE;
                },
                DATE.format(stored.listedAt()),
                null,
                credit == null ? null : credit.name(),
                credit == null ? null : credit.url());
    }

    /** The salary cell's text. */
    String salaryCell() {
        return salary == null ? NONE : salary;
    }
}
