package org.joblist.ingest.usajobs;

import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Path;
import java.util.Currency;
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
import org.joblist.ingest.WorkplaceType;
import org.joblist.ingest.http.BoardClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class UsaJobsConnectorTest {
    private static final Map<String, String> SECRETS =
            Map.of("apiKey", "k-123", "email", "jobs@example.org");
    private static final SourceConfig USAJOBS = new SourceConfig("usajobs", SourceKind.USAJOBS,
            null, null).with(Map.of("keyword", "data"), SECRETS);

    @TempDir
    Path cassette;

    @StartStop
    private final MockWebServer server = new MockWebServer();

    private final CollectingSink sink = new CollectingSink();

    @Test
    void readsTheRecordedItemsAndSaysTheSearchHasMore() {
        String url = "https://data.usajobs.gov/api/search?Keyword=data&ResultsPerPage=500&Page=1";
        Path payload = Fixtures.shared("usajobs/search-2-items-2022-03.json");

        FetchSummary summary;
        try (BoardClient client = Fixtures.replaying(cassette, url, payload)) {
            summary = new UsaJobsConnector(client).fetch(USAJOBS.withMaxPages(1), sink);
        }

        assertThat(summary).isEqualTo(new FetchSummary(1, 2, 0, true));
        assertThat(sink.postings())
                .extracting(SourcePosting::externalId, SourcePosting::company,
                        SourcePosting::title, SourcePosting::postedAt, SourcePosting::salary)
                .containsExactly(
                        tuple("645184400", "Defense Counterintelligence and Security Agency",
                                "COMPUTER SCIENTIST (DATA SCIENTIST/DATA ANALYST)",
                                "2022-03-25T11:18:12.4200", new SalaryRange(
                                        new BigDecimal("97738.0"), new BigDecimal("138868.0"),
                                        Currency.getInstance("USD"), PayPeriod.YEAR,
                                        SalaryOrigin.STATED)),
                        tuple("645856400", "National Nuclear Security Administration",
                                "Data Scientist", "2022-03-30T00:00:00.0000", new SalaryRange(
                                        new BigDecimal("126233.0"), new BigDecimal("176300.0"),
                                        Currency.getInstance("USD"), PayPeriod.YEAR,
                                        SalaryOrigin.STATED)));
        SourcePosting first = sink.postings().get(0);
        assertThat(first.locations()).containsExactly("Fort Meade, Maryland",
                "Boyers, Pennsylvania", "Arlington, Virginia", "Quantico, Virginia");
        assertThat(first.workplaceType()).isEqualTo(WorkplaceType.UNKNOWN);
        assertThat(first.employmentType()).isEqualTo("Full-time");
        assertThat(first.applyUrl())
                .isEqualTo("https://www.usajobs.gov:443/GetJob/ViewDetails/645184400");
        assertThat(first.tags()).containsExactly("Department of Defense", "Computer Science");
        assertThat(first.description()).startsWith("This position is placed in the Program");
    }

    @Test
    void sendsTheKeyAndTheEmailAndFollowsThePages() throws Exception {
        server.enqueue(page(2, "1"));
        server.enqueue(page(2, "2"));

        FetchSummary summary = live();

        assertThat(summary).isEqualTo(new FetchSummary(2, 2, 0));
        RecordedRequest first = server.takeRequest();
        assertThat(first.getHeaders().get("Authorization-Key")).isEqualTo("k-123");
        assertThat(first.getHeaders().get("User-Agent")).isEqualTo("jobs@example.org");
        assertThat(server.takeRequest().getUrl().queryParameter("Page")).isEqualTo("2");
    }

    @Test
    void aBodyWithoutSearchResultFailsNamingIt() {
        server.enqueue(new MockResponse.Builder().body("{\"message\": \"denied\"}").build());

        assertThatThrownBy(this::live)
                .isInstanceOf(FetchException.class)
                .hasMessageEndingWith(": expected a JSON object with a \"SearchResult\" holding"
                        + " \"SearchResultItems\", found an object without one");
    }

    private FetchSummary live() {
        SourceConfig source = new SourceConfig("usajobs", SourceKind.USAJOBS, null,
                URI.create(server.url("/api/search").toString())).with(Map.of(), SECRETS);
        try (BoardClient client = BoardClient.create(HttpConfig.defaults(), null, null)) {
            return new UsaJobsConnector(client).fetch(source, sink);
        }
    }

    private static MockResponse page(int pages, String id) {
        return new MockResponse.Builder().body("{\"SearchResult\": {\"SearchResultItems\": [{"
                + "\"MatchedObjectId\": \"" + id + "\", \"MatchedObjectDescriptor\": {"
                + "\"PositionTitle\": \"Analyst\"}}], \"UserArea\": {\"NumberOfPages\": \""
                + pages + "\"}}}").build();
    }
}
