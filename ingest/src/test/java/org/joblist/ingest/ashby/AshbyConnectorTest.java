package org.joblist.ingest.ashby;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Currency;
import java.util.List;
import org.joblist.config.SourceConfig;
import org.joblist.config.SourceKind;
import org.joblist.ingest.CollectingSink;
import org.joblist.ingest.FetchException;
import org.joblist.ingest.FetchSummary;
import org.joblist.ingest.Fixtures;
import org.joblist.ingest.PayPeriod;
import org.joblist.ingest.SalaryOrigin;
import org.joblist.ingest.SalaryRange;
import org.joblist.ingest.SourcePosting;
import org.joblist.ingest.WorkplaceType;
import org.joblist.ingest.http.BoardClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class AshbyConnectorTest {
    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency EUR = Currency.getInstance("EUR");

    @TempDir
    Path cassette;

    private final CollectingSink sink = new CollectingSink();

    @Test
    void readsSecondaryLocationsAndTheSalaryComponent() {
        FetchSummary summary = fetch("answersnow", "ashby/job-board-answersnow.json");

        assertThat(summary).isEqualTo(new FetchSummary(1, 3, 0));
        SourcePosting assessor = sink.postings().get(0);
        assertThat(assessor.company()).isEqualTo("answersnow");
        assertThat(assessor.title()).isEqualTo("Clinical Assessor and Coverage Provider (Hybrid)");
        assertThat(assessor.locations()).containsExactly("Richmond", "Virginia Beach",
                "Chesapeake", "Roanoke", "Washington DC");
        assertThat(assessor.postedAt()).isEqualTo("2025-10-10T05:51:25.677+00:00");
        assertThat(assessor.employmentType()).isEqualTo("FullTime");
        assertThat(assessor.salary()).isEqualTo(new SalaryRange(new BigDecimal("75000"),
                new BigDecimal("110000"), USD, PayPeriod.YEAR, SalaryOrigin.STATED));
        assertThat(assessor.applyUrl()).isEqualTo(
                "https://jobs.ashbyhq.com/answersnow/edfb96d8-4e1b-4e4e-a0aa-9ef25d93be83");
        assertThat(assessor.tags()).containsExactly("BCBA");
    }

    @Test
    void takesIsRemoteOnlyWhenThereIsNoWorkplaceType() {
        fetch("answersnow", "ashby/job-board-answersnow.json");

        assertThat(sink.postings())
                .extracting(SourcePosting::workplaceType, SourcePosting::employmentType,
                        SourcePosting::salary)
                .containsExactly(
                        tuple(WorkplaceType.REMOTE, "FullTime", new SalaryRange(
                                new BigDecimal("75000"), new BigDecimal("110000"), USD,
                                PayPeriod.YEAR, SalaryOrigin.STATED)),
                        tuple(WorkplaceType.REMOTE, "PartTime", new SalaryRange(
                                new BigDecimal("100000"), new BigDecimal("100000"), USD,
                                PayPeriod.YEAR, SalaryOrigin.STATED)),
                        tuple(WorkplaceType.REMOTE, "FullTime", new SalaryRange(
                                new BigDecimal("135000"), new BigDecimal("200000"), USD,
                                PayPeriod.YEAR, SalaryOrigin.STATED)));
    }

    @Test
    void takesTheSalaryNotTheBonusOfABerlinBoard() {
        FetchSummary summary = fetch("langdock", "ashby/job-board-langdock.json");

        assertThat(summary).isEqualTo(new FetchSummary(1, 3, 0));
        assertThat(sink.postings())
                .extracting(SourcePosting::title, SourcePosting::locations,
                        SourcePosting::postedAt, SourcePosting::workplaceType,
                        SourcePosting::salary)
                .containsExactly(
                        tuple("AI Associate", List.of("Berlin"), "2025-04-07T12:53:54.292+00:00",
                                WorkplaceType.UNKNOWN, new SalaryRange(new BigDecimal("66000"),
                                        new BigDecimal("75000"), EUR, PayPeriod.YEAR,
                                        SalaryOrigin.STATED)),
                        tuple("Software Engineer (Full-Stack)", List.of("Berlin"),
                                "2025-10-17T10:06:30.796+00:00", WorkplaceType.UNKNOWN,
                                new SalaryRange(new BigDecimal("66000"), new BigDecimal("120000"),
                                        EUR, PayPeriod.YEAR, SalaryOrigin.STATED)),
                        tuple("Product Engineer (Full-stack)", List.of("Berlin"),
                                "2024-12-12T16:49:44.553+00:00", WorkplaceType.UNKNOWN,
                                new SalaryRange(new BigDecimal("66000"), new BigDecimal("120000"),
                                        EUR, PayPeriod.YEAR, SalaryOrigin.STATED)));
    }

    @Test
    void workplaceTypeBeatsIsRemote() {
        FetchSummary summary = fetch("notion", "ashby/job-board-notion-no-comp.json");

        assertThat(summary).isEqualTo(new FetchSummary(1, 3, 0));
        assertThat(sink.postings())
                .extracting(SourcePosting::title, SourcePosting::locations,
                        SourcePosting::workplaceType, SourcePosting::salary,
                        SourcePosting::salaryText)
                .containsExactly(
                        tuple("Business Development Representative, New York",
                                List.of("New York, New York"), WorkplaceType.HYBRID, null, null),
                        tuple("Business Development Representative, San Francisco",
                                List.of("San Francisco, California"), WorkplaceType.HYBRID, null,
                                null),
                        tuple("Product Designer",
                                List.of("San Francisco, California", "New York, New York"),
                                WorkplaceType.HYBRID, null, null));
        assertThat(sink.postings().get(2).postedAt()).isEqualTo("2026-07-02T17:18:41.823+00:00");
    }

    @Test
    void aBoardWithoutJobsGivesNone() {
        FetchSummary summary = fetch("anara", "ashby/job-board-anara.json");

        assertThat(summary).isEqualTo(new FetchSummary(1, 0, 0));
    }

    @Test
    void skipsUnlistedJobsAndJobsWithoutTitle() {
        String board = """
                {"jobs": [{"id": "a", "title": "Engineer", "isListed": false},
                          {"id": "b"},
                          {"id": "c", "title": "Designer", "isListed": true,
                           "compensation": {"compensationTierSummary": "Competitive"}}]}
                """;

        FetchSummary summary = fetch("acme", board);

        assertThat(summary).isEqualTo(new FetchSummary(1, 1, 2));
        assertThat(sink.postings().get(0).salaryText()).isEqualTo("Competitive");
    }

    @Test
    void anArrayFailsNamingTheExpectedShape() {
        assertThatThrownBy(() -> fetch("acme", "[]"))
                .isInstanceOf(FetchException.class)
                .hasMessage("source acme: https://api.ashbyhq.com/posting-api/job-board/acme"
                        + "?includeCompensation=true: expected a JSON object with a \"jobs\""
                        + " array, found an array");
    }

    private FetchSummary fetch(String board, String payloadOrBody) {
        SourceConfig source = new SourceConfig(board, SourceKind.ASHBY, board, null);
        String url = AshbyConnector.boardUrl(source).toString();
        BoardClient client = payloadOrBody.endsWith(".json")
                ? Fixtures.replaying(cassette, url, Fixtures.shared(payloadOrBody))
                : Fixtures.replaying(cassette, url, payloadOrBody);
        try (client) {
            return new AshbyConnector(client).fetch(source, sink);
        }
    }
}
