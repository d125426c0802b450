package org.joblist.ingest.remoteok;

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

class RemoteOkConnectorTest {
    private static final String API = "https://remoteok.com/api";
    private static final SourceConfig REMOTEOK =
            new SourceConfig("remoteok", SourceKind.REMOTEOK, null, null);

    @TempDir
    Path cassette;

    private final CollectingSink sink = new CollectingSink();

    @Test
    void readsThePostingsAfterTheLegalNotice() {
        Path payload = Fixtures.shared("remoteok/api-trimmed-2026-08-03.json");

        FetchSummary summary = fetch(payload);

        assertThat(summary).isEqualTo(new FetchSummary(1, 4, 0));
        assertThat(sink.postings())
                .extracting(SourcePosting::externalId, SourcePosting::company,
                        SourcePosting::title, SourcePosting::locations, SourcePosting::postedAt)
                .containsExactly(
                        tuple("1135929", "DanielTems", "Compatibility", List.of("How, "),
                                "2026-08-02T21:05:22+00:00"),
                        tuple("1136039", "Anansewaa",
                                "These 10 things on your cv could be the reason you are not getting hired",
                                List.of("Sonipat, "), "2026-08-02T20:59:49+00:00"),
                        tuple("1135927", "Bevoxe", "Menu", List.of("Ashreigney, "),
                                "2026-08-02T20:31:52+00:00"),
                        tuple("1135924", "Deliberate Development", "Failure Breeds Success",
                                List.of("Success, "), "2026-08-02T18:19:27+00:00"));
    }

    @Test
    void mapsUrlTagsAndWorkplaceTypeOfAPosting() {
        Path payload = Fixtures.shared("remoteok/api-trimmed-2026-08-03.json");

        fetch(payload);

        SourcePosting first = sink.postings().get(0);
        assertThat(first.applyUrl()).isEqualTo(
                "https://remoteOK.com/remote-jobs/remote-compatibility-danieltems-1135929");
        assertThat(first.workplaceType()).isEqualTo(WorkplaceType.REMOTE);
        assertThat(first.tags()).containsExactly("education", "marketing", "speech", "exec",
                "golang", "part time", "infosec", "cloud", "medical", "design", "embedded",
                "sys admin", "customer support", "finance", "ops", "digital nomad");
        assertThat(first.description()).startsWith("CompatibilityWorking at Stripe is not for");
    }

    @Test
    void keepsAnEmptyLocationAsEmpty() {
        Path payload = Fixtures.shared("remoteok/api-trimmed-2026-08-15.json");

        FetchSummary summary = fetch(payload);

        assertThat(summary).isEqualTo(new FetchSummary(1, 3, 0));
        assertThat(sink.postings())
                .extracting(SourcePosting::company, SourcePosting::title, SourcePosting::locations)
                .containsExactly(
                        tuple("Harris Farm Markets", "Shop Assistant Cammeray", List.of("Cammeray, ")),
                        tuple("MultiplyMii", "Brand Protection & Marketplace Compliance Analyst",
                                List.of()),
                        tuple("Wolt", "Store Manager", List.of("Marsa, ")));
    }

    @Test
    void readsTheCaptureWithShortenedDescriptions() {
        Path payload = Fixtures.shared("remoteok/api-trimmed-2026-07-11.json");

        FetchSummary summary = fetch(payload);

        assertThat(summary).isEqualTo(new FetchSummary(1, 4, 0));
        assertThat(sink.postings().get(3))
                .extracting(SourcePosting::externalId, SourcePosting::company,
                        SourcePosting::title, SourcePosting::locations)
                .containsExactly("1134648", "Caribbean Bottling Company (Bahamas) Ltd.",
                        "Warehouse Inventory Clerk", List.of("Nassau, "));
    }

    @Test
    void readsTagsGivenAsATruncatedPythonListString() {
        String board = """
                [{"last_updated": 1785777773, "legal": "API Terms of Service"},
                 {"id": "1", "position": "Go Developer", "tags": "['golang', 'backend', 'ap"}]
                """;

        fetch(board);

        assertThat(sink.postings().get(0).tags()).containsExactly("golang", "backend", "ap");
    }

    @Test
    void readsSalaryNumbersAsYearlyDollarsAndZeroAsNone() {
        String board = """
                [{"legal": "API Terms of Service"},
                 {"id": "5", "position": "Backend Engineer", "salary_min": 90000,
                  "salary_max": 120000},
                 {"id": "6", "position": "Designer", "salary_min": 0, "salary_max": 0},
                 {"id": "7", "position": "Writer", "salary_min": 50000, "salary_max": 0}]
                """;

        fetch(board);

        assertThat(sink.postings()).extracting(SourcePosting::salary).containsExactly(
                new SalaryRange(new BigDecimal("90000"), new BigDecimal("120000"),
                        Currency.getInstance("USD"), PayPeriod.YEAR, SalaryOrigin.STATED),
                null,
                null);
        assertThat(sink.postings().get(0).salaryText()).isNull();
    }

    @Test
    void fallsBackToEpochAndApplyUrl() {
        String board = """
                [{"id": 2, "epoch": 1785704722, "company": "Acme", "position": "Designer",
                  "apply_url": "https://acme.example/apply"}]
                """;

        fetch(board);

        SourcePosting posting = sink.postings().get(0);
        assertThat(posting.externalId()).isEqualTo("2");
        assertThat(posting.postedAt()).isEqualTo("1785704722");
        assertThat(posting.applyUrl()).isEqualTo("https://acme.example/apply");
        assertThat(posting.locations()).isEmpty();
        assertThat(posting.tags()).isEmpty();
    }

    @Test
    void skipsEntriesWithoutIdOrPosition() {
        String board = """
                [{"legal": "API Terms of Service"},
                 {"position": "No id"},
                 {"id": "3", "position": ""},
                 {"id": "4", "position": "Support Agent"}]
                """;

        FetchSummary summary = fetch(board);

        assertThat(summary).isEqualTo(new FetchSummary(1, 1, 2));
        assertThat(sink.postings()).extracting(SourcePosting::title)
                .containsExactly("Support Agent");
    }

    @Test
    void objectInsteadOfArrayFailsNamingTheExpectedShape() {
        String body = "{\"error\": \"rate limited\"}";

        assertThatThrownBy(() -> fetch(body))
                .isInstanceOf(FetchException.class)
                .hasMessage("source remoteok: https://remoteok.com/api:"
                        + " expected a JSON array of postings, found an object");
    }

    private FetchSummary fetch(Path payload) {
        try (BoardClient client = Fixtures.replaying(cassette, API, payload)) {
            return new RemoteOkConnector(client).fetch(REMOTEOK, sink);
        }
    }

    private FetchSummary fetch(String board) {
        try (BoardClient client = Fixtures.replaying(cassette, API, board)) {
            return new RemoteOkConnector(client).fetch(REMOTEOK, sink);
        }
    }
}
