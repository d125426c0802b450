package org.joblist.ingest.adzuna;

import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Path;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.joblist.config.HttpConfig;
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
import org.joblist.ingest.http.BoardClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class AdzunaConnectorTest {
    private static final Currency GBP = Currency.getInstance("GBP");
    private static final SourceConfig UK = new SourceConfig("adzuna-gb", SourceKind.ADZUNA, null,
            null).with(Map.of("country", "gb", "what", "developer"),
            Map.of("appId", "id1", "appKey", "key1"));

    @TempDir
    Path cassette;

    @StartStop
    private final MockWebServer server = new MockWebServer();

    private final CollectingSink sink = new CollectingSink();

    @Test
    void readsTheRecordedPageInPoundsAndSaysTheSearchHasMore() {
        String url = "https://api.adzuna.com/v1/api/jobs/gb/search/1?results_per_page=50"
                + "&what=developer&app_id=id1&app_key=key1";
        Path payload = Fixtures.shared("adzuna/gb-search-page-2025-08-10.json");

        FetchSummary summary;
        try (BoardClient client = Fixtures.replaying(cassette, url, payload)) {
            summary = new AdzunaConnector(client).fetch(UK.withMaxPages(1), sink);
        }

        assertThat(summary).isEqualTo(new FetchSummary(1, 50, 0, true));
        assertThat(sink.postings())
                .extracting(SourcePosting::company, SourcePosting::title,
                        SourcePosting::locations, SourcePosting::postedAt, SourcePosting::salary)
                .startsWith(
                        tuple("Dept", "Senior Project Manager [Experience & Engineering]",
                                List.of("London, UK"), "2025-08-10T11:13:04Z", new SalaryRange(
                                        new BigDecimal("44493.92"), new BigDecimal("44493.92"),
                                        GBP, PayPeriod.YEAR, SalaryOrigin.PREDICTED)),
                        tuple("Dojo", "Senior Software Engineer (.NET)", List.of("London, UK"),
                                "2025-08-10T11:12:33Z", new SalaryRange(
                                        new BigDecimal("59168.01"), new BigDecimal("59168.01"),
                                        GBP, PayPeriod.YEAR, SalaryOrigin.PREDICTED)),
                        tuple("TRM International", "C#/GUI Developer Role",
                                List.of("Farringdon, Central London"), "2025-08-10T03:04:38Z",
                                new SalaryRange(new BigDecimal("70000"), new BigDecimal("85000"),
                                        GBP, PayPeriod.YEAR, SalaryOrigin.STATED)));
        assertThat(sink.postings().get(0).employmentType()).isEqualTo("contract");
        assertThat(sink.postings().get(2).employmentType()).isEqualTo("full_time");
        assertThat(sink.postings().get(0).externalId()).isEqualTo("5346670339");
        assertThat(sink.postings().get(0).tags()).containsExactly("IT Jobs");
    }

    @Test
    void followsPageNumbersUntilTheCount() throws Exception {
        server.enqueue(page(5, "a", "b"));
        server.enqueue(page(5, "c", "d"));
        server.enqueue(page(5, "e"));

        FetchSummary summary = live("/v1/api/jobs/de/search/1?results_per_page=2");

        assertThat(summary).isEqualTo(new FetchSummary(3, 5, 0));
        RecordedRequest first = server.takeRequest();
        assertThat(first.getUrl().queryParameter("app_id")).isEqualTo("id1");
        assertThat(first.getUrl().queryParameter("app_key")).isEqualTo("key1");
        assertThat(server.takeRequest().getUrl().encodedPath())
                .isEqualTo("/v1/api/jobs/de/search/2");
        assertThat(server.takeRequest().getUrl().encodedPath())
                .isEqualTo("/v1/api/jobs/de/search/3");
        assertThat(sink.postings().get(0).salary().currency())
                .isEqualTo(Currency.getInstance("EUR"));
    }

    @Test
    void aFailureNeverShowsTheApiKey() {
        server.enqueue(new MockResponse.Builder().code(401).body("{}").build());

        assertThatThrownBy(() -> live("/v1/api/jobs/de/search/1"))
                .isInstanceOf(FetchException.class)
                .hasMessage("source adzuna-de: " + server.url("/v1/api/jobs/de/search/1")
                        + "?app_id=***&app_key=***: HTTP 401")
                .satisfies(e -> assertThat(((FetchException) e).url()).doesNotContain("key1"));
    }

    @Test
    void defaultUrlNamesCountryAndSearchWithoutCredentials() {
        assertThat(AdzunaConnector.boardUrl(UK)).hasToString("https://api.adzuna.com/v1/api/jobs/"
                + "gb/search/1?results_per_page=50&what=developer");
    }

    private FetchSummary live(String path) {
        SourceConfig source = new SourceConfig("adzuna-de", SourceKind.ADZUNA, null,
                URI.create(server.url(path).toString())).with(Map.of("country", "de"),
                Map.of("appId", "id1", "appKey", "key1"));
        try (BoardClient client = BoardClient.create(HttpConfig.defaults(), null, null)) {
            return new AdzunaConnector(client).fetch(source, sink);
        }
    }

    private static MockResponse page(int count, String... ids) {
        StringBuilder results = new StringBuilder();
        for (String id : ids) {
            results.append(results.length() > 0 ? "," : "").append("{\"id\": \"").append(id)
                    .append("\", \"title\": \"Job\", \"salary_min\": 50000, \"salary_max\": 60000,"
                            + " \"salary_is_predicted\": \"0\"}");
        }
        return new MockResponse.Builder()
                .body("{\"count\": " + count + ", \"results\": [" + results + "]}").build();
    }
}
