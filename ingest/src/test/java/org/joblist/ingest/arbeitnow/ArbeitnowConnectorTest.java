package org.joblist.ingest.arbeitnow;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.joblist.config.HttpConfig;
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

class ArbeitnowConnectorTest {
    private static final String API = "https://www.arbeitnow.com/api/job-board-api";
    private static final SourceConfig ARBEITNOW =
            new SourceConfig("arbeitnow", SourceKind.ARBEITNOW, null, null);

    @TempDir
    Path cassette;

    @StartStop
    private final MockWebServer server = new MockWebServer();

    private final CollectingSink sink = new CollectingSink();

    @Test
    void readsEveryPostingOfTheRecordedPage() {
        FetchSummary summary = replay(Fixtures.shared("arbeitnow/api-trimmed-2026-08-03.json"));

        assertThat(summary).isEqualTo(new FetchSummary(1, 5, 0));
        assertThat(sink.postings())
                .extracting(SourcePosting::company, SourcePosting::title,
                        SourcePosting::locations, SourcePosting::postedAt,
                        SourcePosting::employmentType)
                .containsExactly(
                        tuple("kausable GmbH", "ML Product Engineer", List.of("Heidelberg"),
                                "1785792634", "professional / experienced"),
                        tuple("kausable GmbH", "Machine (Meta) Learner", List.of("Heidelberg"),
                                "1785792634", "professional / experienced"),
                        tuple("aureas", "Technical Co-Founder/CTO aureas", List.of("Munich"),
                                "1785792633", "geschäftsleitung"),
                        tuple("dept", "Senior Product Owner m/w/d", List.of("Hamburg, Berlin"),
                                "1785791812", null),
                        tuple("Moonfare", "Director of Data (m/f/d)", List.of("Berlin"),
                                "1785791778", null));
    }

    @Test
    void keepsTheEntityEncodedDescriptionAsWritten() {
        replay(Fixtures.shared("arbeitnow/api-trimmed-2026-08-03.json"));

        SourcePosting owner = sink.postings().get(3);
        assertThat(owner.externalId()).isEqualTo("senior-product-owner-hamburg-berlin-302643");
        assertThat(owner.applyUrl()).isEqualTo("https://www.arbeitnow.com/jobs/companies/dept/"
                + "senior-product-owner-hamburg-berlin-302643");
        assertThat(owner.description()).startsWith("&lt;p&gt;&lt;strong&gt;Senior Product Owner");
        assertThat(owner.workplaceType()).isEqualTo(WorkplaceType.UNKNOWN);
        assertThat(owner.tags()).containsExactly("Project Management & Delivery");
    }

    @Test
    void aBoardAnsweredInThreePagesYieldsTheSum() throws Exception {
        server.enqueue(page(List.of("a", "b"), server.url("/api/job-board-api?page=2").toString()));
        server.enqueue(page(List.of("c", "d"), server.url("/api/job-board-api?page=3").toString()));
        server.enqueue(page(List.of("e"), null));

        FetchSummary summary = live(ARBEITNOW);

        assertThat(summary).isEqualTo(new FetchSummary(3, 5, 0));
        assertThat(sink.postings()).extracting(SourcePosting::externalId)
                .containsExactly("a", "b", "c", "d", "e");
        server.takeRequest();
        assertThat(server.takeRequest().getUrl().queryParameter("page")).isEqualTo("2");
        assertThat(server.takeRequest().getUrl().queryParameter("page")).isEqualTo("3");
    }

    @Test
    void stopsAtMaxPagesAndSaysTheReadIsTruncated() {
        server.enqueue(page(List.of("a"), server.url("/api/job-board-api?page=2").toString()));

        FetchSummary summary = live(ARBEITNOW.withMaxPages(1));

        assertThat(summary).isEqualTo(new FetchSummary(1, 1, 0, true));
    }

    @Test
    void aNextLinkBackToAPageReadEndsTheRead() {
        server.enqueue(page(List.of("a"), server.url("/api/job-board-api?page=2").toString()));
        server.enqueue(page(List.of("b"), server.url("/api/job-board-api").toString()));

        FetchSummary summary = live(ARBEITNOW);

        assertThat(summary).isEqualTo(new FetchSummary(2, 2, 0));
    }

    @Test
    void anArrayFailsNamingSourceAndUrl() {
        assertThatThrownBy(() -> replay("[]"))
                .isInstanceOf(FetchException.class)
                .hasMessage("source arbeitnow: " + API + ": expected a JSON object with a"
                        + " \"data\" array, found an array");
    }

    private MockResponse page(List<String> slugs, String next) {
        StringBuilder data = new StringBuilder();
        for (String slug : slugs) {
            data.append(data.length() > 0 ? "," : "").append("{\"slug\": \"").append(slug)
                    .append("\", \"title\": \"Job ").append(slug).append("\"}");
        }
        String link = next == null ? "null" : "\"" + next + "\"";
        return new MockResponse.Builder().body("{\"data\": [" + data + "], \"links\": {\"next\": "
                + link + "}}").build();
    }

    private FetchSummary replay(Path payload) {
        try (BoardClient client = Fixtures.replaying(cassette, API, payload)) {
            return new ArbeitnowConnector(client).fetch(ARBEITNOW, sink);
        }
    }

    private FetchSummary replay(String body) {
        try (BoardClient client = Fixtures.replaying(cassette, API, body)) {
            return new ArbeitnowConnector(client).fetch(ARBEITNOW, sink);
        }
    }

    private FetchSummary live(SourceConfig source) {
        SourceConfig local = new SourceConfig(source.id(), source.kind(), null,
                URI.create(server.url("/api/job-board-api").toString()), source.minInterval(),
                source.maxPages(), source.settings(), source.secrets());
        try (BoardClient client = BoardClient.create(HttpConfig.defaults(), null, null)) {
            return new ArbeitnowConnector(client).fetch(local, sink);
        }
    }
}
