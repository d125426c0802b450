package org.joblist.aggregate.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.joblist.aggregate.RunId;
import org.joblist.aggregate.RunReport;
import org.joblist.aggregate.RunStatus;
import org.joblist.aggregate.SourceOutcome;
import org.joblist.aggregate.SourceStatus;
import org.joblist.aggregate.StoredPosting;
import org.joblist.aggregate.store.PostingStore;
import org.joblist.aggregate.testing.TestDatabase;
import org.joblist.aggregate.testing.TestDatabases;
import org.joblist.aggregate.testing.TestStores;
import org.joblist.config.HttpConfig;
import org.joblist.config.SourceConfig;
import org.joblist.config.SourceKind;
import org.joblist.ingest.Connectors;
import org.joblist.ingest.FakeTime;
import org.joblist.ingest.Fixtures;
import org.joblist.ingest.PostingSink;
import org.joblist.ingest.SourcePosting;
import org.joblist.ingest.http.BoardClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Each outcome a source run can end in, over HTTP from a MockWebServer through the real client
 * and connectors, on fake time. The boards are the recorded GitLab Greenhouse board (3 jobs) and
 * a RemoteOK capture (4 jobs after the terms notice). On H2 and on PostgreSQL.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
class SourceOutcomeTest {
    @RegisterExtension
    static final TestDatabases DATABASES = new TestDatabases();

    private static final Instant MORNING = Instant.parse("2026-08-15T06:00:00Z");
    private static final PostingSink NO_PROGRESS = posting -> { };
    private static final String CHALLENGE = "<!DOCTYPE html><html lang=\"en-US\"><head>"
            + "<title>Just a moment...</title></head><body>Enable JavaScript and cookies to"
            + " continue</body></html>";

    @StartStop
    private final MockWebServer server = new MockWebServer();

    /** What each path answers next; the last answer of a path repeats. */
    private final Map<String, List<MockResponse>> answers = new ConcurrentHashMap<>();

    private final FakeTime time = new FakeTime(MORNING);
    private final PostingStore store;
    private final SourceRunner runner;
    private final BoardClient client;

    SourceOutcomeTest(TestDatabase database) {
        store = PostingStore.open(DATABASES.fresh(database), time);
        runner = new SourceRunner(store, time);
        client = BoardClient.builder(HttpConfig.defaults())
                .clock(time).sleeper(time).random(() -> 0.5).validators(store).build();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                List<MockResponse> queue = answers.get(request.getUrl().encodedPath());
                return queue.size() > 1 ? queue.remove(0) : queue.get(0);
            }
        });
    }

    @AfterEach
    void close() {
        client.close();
        store.close();
    }

    @Test
    void fiveServiceUnavailablesEndInErrorAfterTheRetriesAndTheOtherSourceCompletes()
            throws IOException {
        answer("/gitlab", status(503), status(503), status(503), status(503), status(503),
                board("greenhouse/jobs-content-gitlab.json"));
        answer("/remoteok", board("remoteok/api-trimmed-2026-08-03.json"));

        RunReport report = runBoth();

        assertThat(report.outcomes())
                .extracting(SourceOutcome::sourceId, SourceOutcome::status, SourceOutcome::seen,
                        SourceOutcome::message)
                .containsExactly(
                        tuple("gitlab", SourceStatus.ERROR, 0, "source gitlab: "
                                + server.url("/gitlab") + ": HTTP 503 after 4 retries"),
                        tuple("remoteok", SourceStatus.OK, 4, "read to the end"));
        assertThat(report.status()).isEqualTo(RunStatus.PARTIAL);
        // The four backoffs (1, 2, 4, 8 s with equal jitter at 0.5) among the host's pacing.
        assertThat(time.waits()).containsSubsequence(Duration.ofMillis(750),
                Duration.ofMillis(1500), Duration.ofMillis(3000), Duration.ofMillis(6000));
        assertThat(server.getRequestCount()).isEqualTo(6);
        assertThat(TestStores.all(store)).extracting(s -> s.posting().sourceId())
                .containsOnly("remoteok").hasSize(4);
    }

    @Test
    void tooManyRequestsAfterTheRetriesEndsRateLimited() throws IOException {
        answer("/gitlab", new MockResponse.Builder().code(429).setHeader("Retry-After", "3600")
                .build());
        answer("/remoteok", board("remoteok/api-trimmed-2026-08-03.json"));

        RunReport report = runBoth();

        assertThat(report.outcomes()).extracting(SourceOutcome::status)
                .containsExactly(SourceStatus.RATE_LIMITED, SourceStatus.OK);
        assertThat(report.outcomes().get(0).message())
                .isEqualTo("source gitlab: " + server.url("/gitlab") + ": HTTP 429"
                        + " (Retry-After asks to wait 3600 s, past http.maxRetryTime)");
    }

    @Test
    void challengePageEndsBlockedAndThePreviousPostingsStay() throws IOException {
        answer("/gitlab", board("greenhouse/jobs-content-gitlab.json"),
                new MockResponse.Builder().code(403)
                        .setHeader("Content-Type", "text/html; charset=UTF-8")
                        .body(CHALLENGE).build());
        answer("/remoteok", board("remoteok/api-trimmed-2026-08-03.json"));
        runBoth();
        List<StoredPosting> before = TestStores.all(store);
        time.advance(Duration.ofHours(6));

        RunReport report = runBoth();

        SourceOutcome blocked = report.outcomes().get(0);
        assertThat(blocked.status()).isEqualTo(SourceStatus.BLOCKED);
        assertThat(blocked.message()).isEqualTo("source gitlab: " + server.url("/gitlab")
                + ": blocked: Cloudflare challenge page (HTTP 403)");
        assertThat(report.status()).isEqualTo(RunStatus.PARTIAL);
        assertThat(TestStores.all(store)).extracting(s -> s.posting().externalId())
                .containsExactlyElementsOf(before.stream()
                        .map(s -> s.posting().externalId()).toList())
                .contains("8638232002", "8556658002", "8503792002");
    }

    @Test
    void notModifiedEndsUnchangedAfterTheETagWasSentBack() throws Exception {
        answer("/remoteok",
                board("remoteok/api-trimmed-2026-08-03.json").newBuilder()
                        .setHeader("ETag", "\"v1\"").build(),
                status(304));

        SourceOutcome first = runOne(remoteOk());
        time.advance(Duration.ofHours(1));
        SourceOutcome second = runOne(remoteOk());

        assertThat(first.status()).isEqualTo(SourceStatus.OK);
        assertThat(second.status()).isEqualTo(SourceStatus.UNCHANGED);
        assertThat(second.message()).isEqualTo("source remoteok: " + server.url("/remoteok")
                + ": not modified since the last read (HTTP 304)");
        server.takeRequest();
        assertThat(server.takeRequest().getHeaders().get("If-None-Match")).isEqualTo("\"v1\"");
        assertThat(TestStores.all(store)).hasSize(4);
    }

    @Test
    void aFailedReadDoesNotKeepTheETagItSaw() throws Exception {
        answer("/remoteok", new MockResponse.Builder().setHeader("ETag", "\"v1\"")
                        .setHeader("Content-Type", Fixtures.JSON)
                        .body("[{\"id\": 1, \"position\": ").build(),
                board("remoteok/api-trimmed-2026-08-03.json"));

        SourceOutcome failed = runOne(remoteOk());
        SourceOutcome next = runOne(remoteOk());

        assertThat(failed.status()).isEqualTo(SourceStatus.ERROR);
        assertThat(next.status()).isEqualTo(SourceStatus.OK);
        server.takeRequest();
        assertThat(server.takeRequest().getHeaders().get("If-None-Match")).isNull();
    }

    @Test
    void aSourceRunSoonerThanItsMinimumIntervalIsNotFetched() throws IOException {
        SourceConfig remotive = new SourceConfig("remoteok", SourceKind.REMOTEOK, null,
                server.url("/remoteok").uri()).withMinInterval(Duration.ofHours(6));
        answer("/remoteok", board("remoteok/api-trimmed-2026-08-03.json"));
        runOne(remotive);
        time.advance(Duration.ofHours(2));

        SourceOutcome skipped = runOne(remotive);
        time.advance(Duration.ofHours(4));
        SourceOutcome due = runOne(remotive);

        assertThat(skipped.status()).isEqualTo(SourceStatus.UNCHANGED);
        assertThat(skipped.message()).isEqualTo("not fetched: last fetched at"
                + " 2026-08-15T06:00:00Z and minInterval is 6h; due again at 2026-08-15T12:00:00Z");
        assertThat(due.status()).isEqualTo(SourceStatus.OK);
        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(TestStores.all(store)).hasSize(4);
    }

    @Test
    void aConnectorStoppedAtItsPageCapEndsTruncatedWithWhatItRead() {
        List<SourcePosting> board = java.util.stream.IntStream.rangeClosed(1, 250)
                .mapToObj(i -> SourcePosting.builder("gitlab", "85" + i).company("GitLab")
                        .title("Engineer " + i).location("Remote")
                        .postedAt("2026-08-10T16:52:46-04:00")
                        .applyUrl("https://job-boards.greenhouse.io/gitlab/jobs/85" + i)
                        .build())
                .toList();

        RunId run = store.startRun();
        SourceOutcome outcome = runner.run(run, gitlab(), ListConnector.of(board).truncated(),
                NO_PROGRESS);

        assertThat(outcome.status()).isEqualTo(SourceStatus.TRUNCATED);
        assertThat(outcome.message()).isEqualTo("stopped at the configured page cap after 3"
                + " pages and 250 postings; the board has more");
        assertThat(store.finishRun(run).status()).isEqualTo(RunStatus.OK);
        assertThat(TestStores.all(store)).hasSize(250);
    }

    /** The server starts only before each test, after the fields are set. */
    private SourceConfig gitlab() {
        return new SourceConfig("gitlab", SourceKind.GREENHOUSE, "gitlab",
                server.url("/gitlab").uri());
    }

    private SourceConfig remoteOk() {
        return new SourceConfig("remoteok", SourceKind.REMOTEOK, null,
                server.url("/remoteok").uri());
    }

    private RunReport runBoth() {
        RunId run = store.startRun();
        for (SourceConfig source : List.of(gitlab(), remoteOk())) {
            runner.run(run, source, Connectors.forKind(source.kind(), client), NO_PROGRESS);
        }
        return store.finishRun(run);
    }

    private SourceOutcome runOne(SourceConfig source) {
        RunId run = store.startRun();
        SourceOutcome outcome =
                runner.run(run, source, Connectors.forKind(source.kind(), client), NO_PROGRESS);
        store.finishRun(run);
        return outcome;
    }

    private void answer(String path, MockResponse... responses) {
        answers.put(path, new java.util.ArrayList<>(List.of(responses)));
    }

    private static MockResponse status(int code) {
        return new MockResponse.Builder().code(code).build();
    }

    private static MockResponse board(String payload) throws IOException {
        Path file = Fixtures.shared(payload);
        return new MockResponse.Builder().setHeader("Content-Type", Fixtures.JSON)
                .body(Files.readString(file, UTF_8)).build();
    }
}
