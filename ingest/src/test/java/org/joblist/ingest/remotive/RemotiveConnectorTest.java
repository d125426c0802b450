package org.joblist.ingest.remotive;

import java.nio.file.Path;
import java.util.List;
import org.joblist.config.SourceConfig;
import org.joblist.config.SourceKind;
import org.joblist.ingest.CollectingSink;
import org.joblist.ingest.FetchException;
import org.joblist.ingest.FetchSummary;
import org.joblist.ingest.Fixtures;
import org.joblist.ingest.SourcePosting;
import org.joblist.ingest.WorkplaceType;
import org.joblist.ingest.http.BoardClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class RemotiveConnectorTest {
    private static final String API = "https://remotive.com/api/remote-jobs";
    private static final SourceConfig REMOTIVE =
            new SourceConfig("remotive", SourceKind.REMOTIVE, null, null);

    @TempDir
    Path cassette;

    private final CollectingSink sink = new CollectingSink();

    @Test
    void readsTheJobsAfterTheNotices() {
        FetchSummary summary = fetch("remotive/api-trimmed-2026-07-10.json");

        assertThat(summary).isEqualTo(new FetchSummary(1, 4, 0));
        assertThat(sink.postings())
                .extracting(SourcePosting::company, SourcePosting::title,
                        SourcePosting::locations, SourcePosting::postedAt,
                        SourcePosting::salaryText)
                .containsExactly(
                        tuple("Tribe Wellness", "Product Sales Specialist - Pet Health",
                                List.of("USA, CST (UTC-6)"), "2026-07-09T08:01:56",
                                "$55k - $100k"),
                        tuple("Credit Wellness, LLC", "Inside Sales Contractor",
                                List.of("Worldwide"), "2026-07-08T21:48:18", "OTE $25k - $35k"),
                        tuple("FSE LLC",
                                "High-Ticket Financial Sales Specialist & Team Lead Track",
                                List.of("Worldwide"), "2026-07-08T19:44:58", "$3k - $10k"),
                        tuple("TELUS Digital", "Online Data Analyst Canada", List.of("Canada"),
                                "2026-07-08T13:02:27", null));
    }

    @Test
    void readsABodyOfJobsOnly() {
        FetchSummary summary = fetch("remotive/api-trimmed-jobs-only-2026-08-13.json");

        assertThat(summary).isEqualTo(new FetchSummary(1, 3, 0));
        SourcePosting first = sink.postings().get(0);
        assertThat(first.externalId()).isEqualTo("2091093");
        assertThat(first.title()).isEqualTo("Face Deduplication Collection");
        assertThat(first.salaryText()).isEqualTo("Pay per task");
        assertThat(first.employmentType()).isEqualTo("part_time");
        assertThat(first.workplaceType()).isEqualTo(WorkplaceType.REMOTE);
        assertThat(first.tags()).containsExactly("All others", "research");
        assertThat(first.applyUrl()).isEqualTo("https://remotive.com/remote-jobs/all-others/"
                + "face-deduplication-collection-2091093");
        assertThat(sink.postings().get(1).company()).isEqualTo("Coalition Technologies ");
    }

    @Test
    void readsAllTwentyJobsOfALimitedResponse() {
        FetchSummary summary = fetch("remotive/api-limit20-2025-12.json");

        assertThat(summary).isEqualTo(new FetchSummary(1, 20, 0));
        assertThat(sink.postings().get(2))
                .extracting(SourcePosting::company, SourcePosting::title,
                        SourcePosting::employmentType, SourcePosting::salaryText)
                .containsExactly("Omni Interactions", "Customer Service Rep in a Contractor Role"
                        + " / Pick Your Hours / Weekly Pay", "contract", "up to $19/hour");
        assertThat(sink.postings().get(4).salaryText()).isEqualTo("€80k-€110k");
        assertThat(sink.postings().get(19).locations()).containsExactly("CET +/- 3 HOURS");
    }

    @Test
    void takesNoCompanySiteFromTheLogoUrls() {
        fetch("remotive/api-limit20-2025-12.json");

        assertThat(sink.postings()).extracting(SourcePosting::companyUrl).containsOnlyNulls();
    }

    @Test
    void anArrayFailsNamingSourceAndUrl() {
        assertThatThrownBy(() -> fetchBody("[]"))
                .isInstanceOf(FetchException.class)
                .hasMessage("source remotive: " + API + ": expected a JSON object with a"
                        + " \"jobs\" array, found an array");
    }

    private FetchSummary fetch(String payload) {
        try (BoardClient client = Fixtures.replaying(cassette, API, Fixtures.shared(payload))) {
            return new RemotiveConnector(client).fetch(REMOTIVE, sink);
        }
    }

    private FetchSummary fetchBody(String body) {
        try (BoardClient client = Fixtures.replaying(cassette, API, body)) {
            return new RemotiveConnector(client).fetch(REMOTIVE, sink);
        }
    }
}
