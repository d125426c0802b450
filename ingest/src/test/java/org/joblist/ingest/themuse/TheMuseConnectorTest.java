package org.joblist.ingest.themuse;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.joblist.config.HttpConfig;
import org.joblist.config.SourceConfig;
import org.joblist.config.SourceKind;
import org.joblist.ingest.CollectingSink;
import org.joblist.ingest.FetchSummary;
import org.joblist.ingest.Fixtures;
import org.joblist.ingest.SourcePosting;
import org.joblist.ingest.http.BoardClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class TheMuseConnectorTest {
    private static final SourceConfig THEMUSE =
            new SourceConfig("themuse", SourceKind.THEMUSE, null, null);

    @TempDir
    Path cassette;

    @StartStop
    private final MockWebServer server = new MockWebServer();

    private final CollectingSink sink = new CollectingSink();

    @Test
    void readsTheTwentyJobsOfTheRecordedPageAndSaysTheBoardHasMore() {
        String url = "https://www.themuse.com/api/public/jobs?page=0";
        Path payload = Fixtures.shared("themuse/public-jobs-page0-2021-08.json");

        FetchSummary summary;
        try (BoardClient client = Fixtures.replaying(cassette, url, payload)) {
            summary = new TheMuseConnector(client).fetch(THEMUSE.withMaxPages(1), sink);
        }

        assertThat(summary).isEqualTo(new FetchSummary(1, 20, 0, true));
        assertThat(sink.postings())
                .extracting(SourcePosting::externalId, SourcePosting::company,
                        SourcePosting::title, SourcePosting::locations, SourcePosting::postedAt)
                .startsWith(
                        tuple("5407073", "N26", "Senior Backend Engineer - Cards",
                                List.of("Barcelona, Spain"), "2021-08-03T11:03:16Z"),
                        tuple("6545427", "Intuit",
                                "Remote Tax Advisor - CPA, Enrolled Agent or Attorney",
                                List.of("Beaumont, TX"), "2021-08-12T11:38:15Z"));
        SourcePosting atos = sink.postings().get(16);
        assertThat(atos.title())
                .startsWith("Alternance - Ing&eacute;nieur Syst&egrave;me HPC H/F\n");
        assertThat(atos.locations()).isEmpty();
        assertThat(sink.postings().get(0).applyUrl())
                .isEqualTo("https://www.themuse.com/jobs/n26/senior-backend-engineer-cards-fe88eb");
        assertThat(sink.postings().get(0).tags())
                .containsExactly("Software Engineer", "Senior Level");
    }

    @Test
    void followsPagesUntilPageCountAndSendsTheApiKey() throws Exception {
        server.enqueue(page(0, 3, "a"));
        server.enqueue(page(1, 3, "b"));
        server.enqueue(page(2, 3, "c"));
        SourceConfig source = new SourceConfig("themuse", SourceKind.THEMUSE, null,
                URI.create(server.url("/api/public/jobs").toString()))
                .with(Map.of(), Map.of("apiKey", "k123"));

        FetchSummary summary;
        try (BoardClient client = BoardClient.create(HttpConfig.defaults(), null, null)) {
            summary = new TheMuseConnector(client).fetch(source, sink);
        }

        assertThat(summary).isEqualTo(new FetchSummary(3, 3, 0));
        assertThat(server.takeRequest().getUrl().queryParameter("api_key")).isEqualTo("k123");
        assertThat(server.takeRequest().getUrl().queryParameter("page")).isEqualTo("1");
        assertThat(server.takeRequest().getUrl().queryParameter("page")).isEqualTo("2");
    }

    private static MockResponse page(int page, int pageCount, String id) {
        return new MockResponse.Builder().body("{\"page\": " + page + ", \"page_count\": "
                + pageCount + ", \"results\": [{\"id\": \"" + id + "\", \"name\": \"Job\"}]}")
                .build();
    }
}
