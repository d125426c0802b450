package org.joblist.ingest.smartrecruiters;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.Dispatcher;
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
import org.joblist.ingest.SourcePosting;
import org.joblist.ingest.WorkplaceType;
import org.joblist.ingest.http.BoardClient;
import org.joblist.ingest.http.CassetteWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class SmartRecruitersConnectorTest {
    private static final String LIST =
            "https://api.smartrecruiters.com/v1/companies/AutomationAnywhere1/postings";

    @TempDir
    Path cassette;

    @StartStop
    private final MockWebServer server = new MockWebServer();

    private final CollectingSink sink = new CollectingSink();

    @Test
    void followsTheRecordedPagesAndSkipsTheRepeatedPosting() {
        CassetteWriter writer = CassetteWriter.open(cassette);
        writer.add("GET", LIST + "?offset=0&limit=100", 200, Fixtures.JSON,
                Fixtures.shared("smartrecruiters/postings-page0-automationanywhere.json"));
        writer.add("GET", LIST + "?offset=3&limit=100", 200, Fixtures.JSON,
                Fixtures.shared("smartrecruiters/postings-page1-automationanywhere.json"));
        SourceConfig source = new SourceConfig(
                "aa", SourceKind.SMARTRECRUITERS, "AutomationAnywhere1", null);

        FetchSummary summary = replay(source);

        assertThat(summary).isEqualTo(new FetchSummary(2, 3, 1));
        assertThat(sink.postings())
                .extracting(SourcePosting::company, SourcePosting::title,
                        SourcePosting::locations, SourcePosting::postedAt,
                        SourcePosting::workplaceType, SourcePosting::employmentType)
                .containsExactly(
                        tuple("Automation Anywhere", "Pricing Analyst",
                                List.of("San Jose, CA, United States"), "2020-02-06T19:42:44.000Z",
                                WorkplaceType.ONSITE, "Full-time"),
                        tuple("Automation Anywhere", "Sr. Sales Executive  (4418)",
                                List.of("Los Angeles, CA, United States"),
                                "2020-02-06T18:23:10.000Z", WorkplaceType.ONSITE, "Full-time"),
                        tuple("Automation Anywhere",
                                "Strategic Account Manager/Senior Account Executive"
                                        + " - Seattle  (4120)",
                                List.of("Seattle, WA, United States"), "2020-01-21T21:03:44.000Z",
                                WorkplaceType.ONSITE, "Full-time"));
        assertThat(sink.postings().get(0).applyUrl())
                .isEqualTo("https://jobs.smartrecruiters.com/AutomationAnywhere1/743999706414750");
        assertThat(sink.postings().get(0).tags()).containsExactly("Information Technology");
        assertThat(sink.postings().get(0).description()).isEmpty();
    }

    @Test
    void takesDescriptionAndPostingUrlFromTheDetailCall() throws Exception {
        String list = "https://api.smartrecruiters.com/v1/companies/Visa/postings";
        CassetteWriter writer = CassetteWriter.open(cassette);
        writer.add("GET", list + "?offset=0&limit=100", 200, Fixtures.JSON, """
                {"offset": 0, "limit": 100, "totalFound": 1, "content": [
                  {"id": "744000133907678", "name": "Sr. Manager",
                   "company": {"identifier": "Visa", "name": "Visa"},
                   "releasedDate": "2026-06-24T10:00:11.853Z",
                   "location": {"city": "Austin", "region": "TX", "country": "us",
                                "remote": false, "hybrid": true}}]}
                """.getBytes(UTF_8));
        writer.add("GET", list + "/744000133907678", 200, Fixtures.JSON,
                Fixtures.shared("smartrecruiters/posting-detail-visa.json"));
        SourceConfig visa = new SourceConfig("visa", SourceKind.SMARTRECRUITERS, "Visa", null);

        replay(visa);

        SourcePosting posting = sink.postings().get(0);
        assertThat(posting.applyUrl())
                .isEqualTo("https://jobs.smartrecruiters.com/Visa/744000133907678-sr-manager");
        assertThat(posting.description()).isEqualTo("<h3>Additional Information</h3><p>All your"
                + " information will be kept confidential according to EEO guidelines.</p>");
        assertThat(posting.locations()).containsExactly("Austin, TX, us");
        assertThat(posting.workplaceType()).isEqualTo(WorkplaceType.HYBRID);
    }

    @Test
    void aFirstPageOf100Of233LeadsToRequestsAtOffsets100And200() {
        // The cassette answers only these three list pages: a request at any other offset fails.
        recordBoard(233, 0, 100, 200);
        SourceConfig source = new SourceConfig("acme", SourceKind.SMARTRECRUITERS, "acme", null);

        FetchSummary summary = replay(source);

        assertThat(summary).isEqualTo(new FetchSummary(3, 233, 0));
        assertThat(sink.postings()).extracting(SourcePosting::externalId)
                .startsWith("p0", "p1").endsWith("p231", "p232");
    }

    @Test
    void stopsAtMaxPagesAndSaysTheReadIsTruncated() {
        recordBoard(233, 0, 100);
        SourceConfig source = new SourceConfig("acme", SourceKind.SMARTRECRUITERS, "acme", null)
                .withMaxPages(2);

        FetchSummary summary = replay(source);

        assertThat(summary).isEqualTo(new FetchSummary(2, 200, 0, true));
    }

    @Test
    void readsTheOffsetsAMockBoardAsksFor() throws Exception {
        server.setDispatcher(new Board(5, 2));
        SourceConfig source = new SourceConfig("acme", SourceKind.SMARTRECRUITERS, "acme",
                URI.create(server.url("/v1/companies/acme/postings?limit=2").toString()));

        FetchSummary summary = live(source);

        assertThat(summary).isEqualTo(new FetchSummary(3, 5, 0));
        assertThat(listOffsets()).containsExactly("0", "2", "4");
    }

    @Test
    void aPageWithoutContentFailsNamingSourceAndUrl() {
        CassetteWriter.open(cassette).add("GET", LIST + "?offset=0&limit=100", 200, Fixtures.JSON,
                "{\"message\": \"Company not found\"}".getBytes(UTF_8));
        SourceConfig source = new SourceConfig(
                "aa", SourceKind.SMARTRECRUITERS, "AutomationAnywhere1", null);

        assertThatThrownBy(() -> replay(source))
                .isInstanceOf(FetchException.class)
                .hasMessage("source aa: " + LIST + "?offset=0&limit=100: expected a JSON object"
                        + " with a \"content\" array, found an object without one");
    }

    /** A company of {@code total} postings, 100 a page, at the given offsets, with details. */
    private void recordBoard(int total, int... offsets) {
        CassetteWriter writer = CassetteWriter.open(cassette);
        String list = "https://api.smartrecruiters.com/v1/companies/acme/postings";
        for (int offset : offsets) {
            writer.add("GET", list + "?offset=" + offset + "&limit=100", 200, Fixtures.JSON,
                    Board.page(total, offset, 100).getBytes(UTF_8));
            for (int i = offset; i < Math.min(offset + 100, total); i++) {
                writer.add("GET", list + "/p" + i, 200, Fixtures.JSON, "{}".getBytes(UTF_8));
            }
        }
    }

    private List<String> listOffsets() throws InterruptedException {
        List<String> offsets = new ArrayList<>();
        int requests = server.getRequestCount();
        for (int i = 0; i < requests; i++) {
            RecordedRequest request = server.takeRequest();
            if (request.getUrl().encodedPath().endsWith("/postings")) {
                offsets.add(request.getUrl().queryParameter("offset"));
            }
        }
        return offsets;
    }

    private FetchSummary replay(SourceConfig source) {
        try (BoardClient client = BoardClient.create(HttpConfig.defaults(), null, cassette)) {
            return new SmartRecruitersConnector(client).fetch(source, sink);
        }
    }

    private FetchSummary live(SourceConfig source) {
        try (BoardClient client = BoardClient.create(HttpConfig.defaults(), null, null)) {
            return new SmartRecruitersConnector(client).fetch(source, sink);
        }
    }

    /** A company of {@code total} postings answering {@code size} a page, "{}" for details. */
    private static final class Board extends Dispatcher {
        private final int total;
        private final int size;

        Board(int total, int size) {
            this.total = total;
            this.size = size;
        }

        @Override
        public MockResponse dispatch(RecordedRequest request) {
            if (!request.getUrl().encodedPath().endsWith("/postings")) {
                return new MockResponse.Builder().body("{}").build();
            }
            int offset = Integer.parseInt(request.getUrl().queryParameter("offset"));
            return new MockResponse.Builder().body(page(total, offset, size)).build();
        }

        static String page(int total, int offset, int size) {
            StringBuilder content = new StringBuilder();
            for (int i = offset; i < Math.min(offset + size, total); i++) {
                content.append(content.length() > 0 ? "," : "")
                        .append("{\"id\": \"p").append(i).append("\", \"name\": \"Job ")
                        .append(i).append("\"}");
            }
            return "{\"totalFound\": " + total + ", \"content\": [" + content + "]}";
        }
    }
}
