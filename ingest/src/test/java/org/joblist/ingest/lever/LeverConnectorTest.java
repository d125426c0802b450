package org.joblist.ingest.lever;

import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Path;
import java.util.Currency;
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

class LeverConnectorTest {
    private static final SourceConfig LEVERDEMO =
            new SourceConfig("leverdemo", SourceKind.LEVER, "leverdemo", null);

    @TempDir
    Path cassette;

    @StartStop
    private final MockWebServer server = new MockWebServer();

    private final CollectingSink sink = new CollectingSink();

    @Test
    void readsEveryPostingOfTheDemoBoard() {
        FetchSummary summary = fetch(LEVERDEMO, "lever/postings-leverdemo.json");

        assertThat(summary).isEqualTo(new FetchSummary(1, 6, 0));
        assertThat(sink.postings())
                .extracting(SourcePosting::company, SourcePosting::title,
                        SourcePosting::locations, SourcePosting::postedAt,
                        SourcePosting::workplaceType)
                .startsWith(
                        tuple("leverdemo", "AbelsonTaylor Writer", List.of("Arlington, TX"),
                                "1553186035299", WorkplaceType.HYBRID),
                        tuple("leverdemo", "Account Director (Inside/Outside Hybrid Sales)",
                                List.of("Atlanta, Georgia"), "1502907102690",
                                WorkplaceType.HYBRID),
                        tuple("leverdemo", "Account Executive", List.of("Bombay, MH"),
                                "1558041148927", WorkplaceType.UNKNOWN),
                        tuple("leverdemo", "Account Executive", List.of(), "1556123484732",
                                WorkplaceType.UNKNOWN));
    }

    @Test
    void carriesSalaryRangeCommitmentAndUrls() {
        fetch(LEVERDEMO, "lever/postings-leverdemo.json");

        SourcePosting amsterdam = sink.postings().get(4);
        assertThat(amsterdam.externalId()).isEqualTo("c559265a-55ec-4f75-ac56-78290081f6e7");
        assertThat(amsterdam.locations()).containsExactly("Amsterdam, Netherlands");
        assertThat(amsterdam.workplaceType()).isEqualTo(WorkplaceType.REMOTE);
        assertThat(amsterdam.salary()).isEqualTo(new SalaryRange(new BigDecimal("10000"),
                new BigDecimal("125000"), Currency.getInstance("USD"), PayPeriod.YEAR,
                SalaryOrigin.STATED));
        assertThat(amsterdam.applyUrl()).isEqualTo(
                "https://jobs.lever.co/leverdemo/c559265a-55ec-4f75-ac56-78290081f6e7");
        assertThat(amsterdam.tags()).containsExactly("Customer Success", "Business Development");
        assertThat(sink.postings().get(0).employmentType())
                .isEqualTo("Regular Full Time (Salary)");
        assertThat(sink.postings().get(0).salary()).isNull();
    }

    @Test
    void readsTheContractRoles() {
        SourceConfig idealist = new SourceConfig(
                "idealist", SourceKind.LEVER, "idealistconsulting", null);

        FetchSummary summary = fetch(idealist, "lever/postings-remote-contract.json");

        assertThat(summary).isEqualTo(new FetchSummary(1, 2, 0));
        assertThat(sink.postings())
                .extracting(SourcePosting::title, SourcePosting::locations,
                        SourcePosting::employmentType, SourcePosting::postedAt,
                        SourcePosting::workplaceType)
                .containsExactly(
                        tuple("(1099 Contract) Nonprofit Salesforce Consultant: Enterprise"
                                        + " Project Manager", List.of("Chicago, IL"), "Contract",
                                "1764205361939", WorkplaceType.REMOTE),
                        tuple("(1099 Contract) Salesforce for Nonprofits: Solution Architect",
                                List.of("Washington, D.C."), "Contract", "1674959303769",
                                WorkplaceType.REMOTE));
        assertThat(sink.postings().get(0).description()).isNotEmpty();
    }

    @Test
    void aBoardAnsweredInThreePagesYieldsTheSum() throws Exception {
        server.enqueue(page("a", "b"));
        server.enqueue(page("c", "d"));
        server.enqueue(page("e"));
        SourceConfig source = new SourceConfig("acme", SourceKind.LEVER, "acme",
                URI.create(server.url("/v0/postings/acme?mode=json&limit=2").toString()));

        FetchSummary summary = fetchLive(source);

        assertThat(summary).isEqualTo(new FetchSummary(3, 5, 0));
        assertThat(sink.postings()).extracting(SourcePosting::externalId)
                .containsExactly("a", "b", "c", "d", "e");
        assertThat(server.takeRequest().getUrl().queryParameter("skip")).isEqualTo("0");
        assertThat(server.takeRequest().getUrl().queryParameter("skip")).isEqualTo("2");
        assertThat(server.takeRequest().getUrl().queryParameter("skip")).isEqualTo("4");
    }

    @Test
    void stopsAtMaxPagesAndSaysTheReadIsTruncated() {
        server.enqueue(page("a", "b"));
        server.enqueue(page("c", "d"));
        SourceConfig source = new SourceConfig("acme", SourceKind.LEVER, "acme",
                URI.create(server.url("/v0/postings/acme?mode=json&limit=2").toString()))
                .withMaxPages(2);

        FetchSummary summary = fetchLive(source);

        assertThat(summary).isEqualTo(new FetchSummary(2, 4, 0, true));
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void skipsPostingsWithoutIdOrText() {
        server.enqueue(new MockResponse.Builder().body("""
                [{"text": "No id"}, {"id": "x", "text": " "}, {"id": "y", "text": "Engineer"}]
                """).build());
        SourceConfig source = new SourceConfig("acme", SourceKind.LEVER, "acme",
                URI.create(server.url("/v0/postings/acme?mode=json").toString()));

        FetchSummary summary = fetchLive(source);

        assertThat(summary).isEqualTo(new FetchSummary(1, 1, 2));
    }

    @Test
    void anErrorObjectFailsNamingSourceAndUrl() {
        server.enqueue(new MockResponse.Builder()
                .body("{\"ok\": false, \"error\": \"Document not found\"}").build());
        SourceConfig source = new SourceConfig("acme", SourceKind.LEVER, "acme",
                URI.create(server.url("/v0/postings/acme?mode=json").toString()));

        assertThatThrownBy(() -> fetchLive(source))
                .isInstanceOf(FetchException.class)
                .hasMessage("source acme: "
                        + server.url("/v0/postings/acme?mode=json&skip=0&limit=100")
                        + ": expected a JSON array of postings, found an object");
    }

    @Test
    void defaultUrlAsksForTheFirstPageOfTheSite() {
        assertThat(LeverConnector.boardUrl(LEVERDEMO)).hasToString(
                "https://api.lever.co/v0/postings/leverdemo?mode=json&skip=0&limit=100");
    }

    private static MockResponse page(String... ids) {
        StringBuilder json = new StringBuilder("[");
        for (String id : ids) {
            json.append(json.length() > 1 ? "," : "")
                    .append("{\"id\": \"").append(id).append("\", \"text\": \"Job ").append(id)
                    .append("\"}");
        }
        return new MockResponse.Builder().body(json.append("]").toString()).build();
    }

    private FetchSummary fetch(SourceConfig source, String payload) {
        String url = LeverConnector.boardUrl(source).toString();
        try (BoardClient client = Fixtures.replaying(cassette, url, Fixtures.shared(payload))) {
            return new LeverConnector(client).fetch(source, sink);
        }
    }

    private FetchSummary fetchLive(SourceConfig source) {
        try (BoardClient client = BoardClient.create(HttpConfig.defaults(), null, null)) {
            return new LeverConnector(client).fetch(source, sink);
        }
    }
}
