package org.joblist.ingest.himalayas;

import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Currency;
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

class HimalayasConnectorTest {
    private static final Currency USD = Currency.getInstance("USD");
    private static final SourceConfig HIMALAYAS =
            new SourceConfig("himalayas", SourceKind.HIMALAYAS, null, null);

    @TempDir
    Path cassette;

    @StartStop
    private final MockWebServer server = new MockWebServer();

    private final CollectingSink sink = new CollectingSink();

    @Test
    void readsTheRecordedPageAndSaysTheBoardHasMore() {
        FetchSummary summary = replay(HIMALAYAS.withMaxPages(1),
                "himalayas/api-trimmed-2026-07-10.json");

        assertThat(summary).isEqualTo(new FetchSummary(1, 4, 0, true));
        assertThat(sink.postings())
                .extracting(SourcePosting::company, SourcePosting::title,
                        SourcePosting::locations, SourcePosting::postedAt,
                        SourcePosting::salary)
                .containsExactly(
                        tuple("Ceragon Networks", "Content & Marcom Specialist",
                                List.of("United States"), "1783731532", null),
                        tuple("Binance", "Product Manager - Web3/ DeFi",
                                List.of("Hong Kong", "Singapore", "Taiwan"), "1783731516", null),
                        tuple("Mindrift", "Portfolio Manager - Freelance AI Trainer",
                                List.of("Romania"), "1783731390", new SalaryRange(
                                        new BigDecimal("50"), new BigDecimal("50"), USD,
                                        PayPeriod.HOUR, SalaryOrigin.STATED)),
                        tuple("NVIDIA", "Senior System Software Engineer, NvSci",
                                List.of("Canada", "United States"), "1783731382",
                                new SalaryRange(new BigDecimal("184000"),
                                        new BigDecimal("356500"), USD, PayPeriod.YEAR,
                                        SalaryOrigin.STATED)));
    }

    @Test
    void mapsEmploymentTypeUrlAndWorkplaceType() {
        replay(HIMALAYAS.withMaxPages(1), "himalayas/api-trimmed-2026-07-10.json");

        SourcePosting mindrift = sink.postings().get(2);
        assertThat(mindrift.externalId()).isEqualTo("https://himalayas.app/companies/mindrift/jobs/"
                + "portfolio-manager-freelance-ai-trainer-169480136");
        assertThat(mindrift.applyUrl()).isEqualTo(mindrift.externalId());
        assertThat(mindrift.employmentType()).isEqualTo("Contractor");
        assertThat(mindrift.workplaceType()).isEqualTo(WorkplaceType.REMOTE);
        assertThat(mindrift.tags()).startsWith("Portfolio-Management", "Investment-Management");
    }

    @Test
    void takesNeitherTheLogoNorTheBoardsCompanyPageForTheCompanySite() {
        replay(HIMALAYAS.withMaxPages(1), "himalayas/api-trimmed-2026-07-10.json");

        assertThat(sink.postings()).extracting(SourcePosting::companyUrl).containsOnlyNulls();
    }

    @Test
    void takesTheSlugWhenTheCompanyNameIsAPlaceholder() {
        assertThat(HimalayasConnector.company("NVIDIA", "nvidia")).isEqualTo("NVIDIA");
        assertThat(HimalayasConnector.company("Ceragon Networks", "ceragon-networks"))
                .isEqualTo("Ceragon Networks");
        assertThat(HimalayasConnector.company("Confidential", "acme-robotics"))
                .isEqualTo("acme-robotics");
        assertThat(HimalayasConnector.company("Stealth Startup", "nimbus-labs"))
                .isEqualTo("nimbus-labs");
        assertThat(HimalayasConnector.company(" ", "nimbus-labs")).isEqualTo("nimbus-labs");
        assertThat(HimalayasConnector.company("Acme", null)).isEqualTo("Acme");
    }

    @Test
    void aFirstPageOf100Of233LeadsToRequestsAtOffsets100And200() throws Exception {
        server.setDispatcher(new Board(233));

        FetchSummary summary = live(new SourceConfig("himalayas", SourceKind.HIMALAYAS, null,
                URI.create(server.url("/jobs/api").toString())));

        assertThat(summary).isEqualTo(new FetchSummary(3, 233, 0));
        List<String> offsets = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            offsets.add(server.takeRequest().getUrl().queryParameter("offset"));
        }
        assertThat(offsets).containsExactly("0", "100", "200");
    }

    @Test
    void aBoardAnsweredInThreePagesYieldsTheSum() {
        server.setDispatcher(new Board(250));

        FetchSummary summary = live(new SourceConfig("himalayas", SourceKind.HIMALAYAS, null,
                URI.create(server.url("/jobs/api").toString())));

        assertThat(summary).isEqualTo(new FetchSummary(3, 250, 0));
        assertThat(sink.postings()).extracting(SourcePosting::externalId).doesNotHaveDuplicates();
    }

    @Test
    void aBodyWithoutJobsFailsNamingSourceAndUrl() {
        assertThatThrownBy(() -> replay(HIMALAYAS, "[]"))
                .isInstanceOf(FetchException.class)
                .hasMessage("source himalayas: https://himalayas.app/jobs/api?offset=0&limit=20:"
                        + " expected a JSON object with a \"jobs\" array, found an array");
    }

    private FetchSummary replay(SourceConfig source, String payloadOrBody) {
        String url = HimalayasConnector.boardUrl(source).toString();
        BoardClient client = payloadOrBody.endsWith(".json")
                ? Fixtures.replaying(cassette, url, Fixtures.shared(payloadOrBody))
                : Fixtures.replaying(cassette, url, payloadOrBody);
        try (client) {
            return new HimalayasConnector(client).fetch(source, sink);
        }
    }

    private FetchSummary live(SourceConfig source) {
        try (BoardClient client = BoardClient.create(HttpConfig.defaults(), null, null)) {
            return new HimalayasConnector(client).fetch(source, sink);
        }
    }

    /** A board of {@code total} jobs answering 100 a page whatever the limit asked. */
    private static final class Board extends Dispatcher {
        private final int total;

        Board(int total) {
            this.total = total;
        }

        @Override
        public MockResponse dispatch(RecordedRequest request) {
            int offset = Integer.parseInt(request.getUrl().queryParameter("offset"));
            StringBuilder jobs = new StringBuilder();
            for (int i = offset; i < Math.min(offset + 100, total); i++) {
                jobs.append(jobs.length() > 0 ? "," : "")
                        .append("{\"guid\": \"https://himalayas.app/j/").append(i)
                        .append("\", \"title\": \"Job ").append(i).append("\"}");
            }
            return new MockResponse.Builder().body("{\"offset\": " + offset
                    + ", \"totalCount\": " + total + ", \"jobs\": [" + jobs + "]}").build();
        }
    }
}
