package org.joblist.ingest.http;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import okhttp3.HttpUrl;
import org.joblist.config.HttpConfig;
import org.joblist.config.SourceConfig;
import org.joblist.config.SourceKind;
import org.joblist.ingest.CollectingSink;
import org.joblist.ingest.FakeTime;
import org.joblist.ingest.FetchException;
import org.joblist.ingest.FetchSummary;
import org.joblist.ingest.Fixtures;
import org.joblist.ingest.SourcePosting;
import org.joblist.ingest.remoteok.RemoteOkConnector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BoardClientRetryTest {
    private static final Instant NOW = Instant.parse("2026-08-03T10:00:00Z");
    /** Backoff without jitter spread: always the middle of the range. */
    private static final double HALF = 0.5;
    private static final HttpConfig NO_HOST_INTERVAL =
            HttpConfig.defaults().withHostInterval(Duration.ZERO);

    @StartStop
    private final MockWebServer server = new MockWebServer();

    private final FakeTime time = new FakeTime(NOW);

    @Test
    void waitsWhatRetryAfterAsksInSecondsThenReadsThePostings() throws IOException {
        Path payload = Fixtures.shared("remoteok/api-trimmed-2026-08-03.json");
        server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "30")
                .body("slow down").build());
        server.enqueue(new MockResponse.Builder().setHeader("Content-Type", Fixtures.JSON)
                .body(Files.readString(payload, UTF_8)).build());
        SourceConfig source = new SourceConfig("remoteok", SourceKind.REMOTEOK, null,
                server.url("/api").uri());
        CollectingSink sink = new CollectingSink();

        FetchSummary summary;
        try (BoardClient client = client(NO_HOST_INTERVAL)) {
            summary = new RemoteOkConnector(client).fetch(source, sink);
        }

        assertThat(time.waits()).containsExactly(Duration.ofSeconds(30));
        assertThat(summary).isEqualTo(new FetchSummary(1, 4, 0));
        assertThat(sink.postings()).extracting(SourcePosting::company)
                .containsExactly("DanielTems", "Anansewaa", "Bevoxe", "Deliberate Development");
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void waitsUntilTheHttpDateRetryAfterNames() {
        server.enqueue(new MockResponse.Builder().code(503)
                .setHeader("Retry-After", "Mon, 03 Aug 2026 10:01:30 GMT").build());
        server.enqueue(new MockResponse.Builder().body("[]").build());

        String body = get(client(NO_HOST_INTERVAL), server.url("/api"));

        assertThat(body).isEqualTo("[]");
        assertThat(time.waits()).containsExactly(Duration.ofSeconds(90));
    }

    @Test
    void backsOffExponentiallyWithJitterWithoutRetryAfter() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(new MockResponse.Builder().code(502).build());
        }
        server.enqueue(new MockResponse.Builder().body("[]").build());

        get(client(NO_HOST_INTERVAL), server.url("/api"));

        // Equal jitter: half of 1 s, 2 s, 4 s fixed, the other half spread by the random 0.5.
        assertThat(time.waits()).containsExactly(Duration.ofMillis(750),
                Duration.ofMillis(1500), Duration.ofMillis(3000));
    }

    @Test
    void fiveServiceUnavailablesInARowFailAfterTheBoundedRetries() {
        for (int i = 0; i < 5; i++) {
            server.enqueue(new MockResponse.Builder().code(503).body("busy").build());
        }
        server.enqueue(new MockResponse.Builder().body("[] never reached").build());
        HttpUrl url = server.url("/api");

        assertThatThrownBy(() -> get(client(NO_HOST_INTERVAL), url))
                .isInstanceOfSatisfying(FetchException.class,
                        e -> assertThat(e.status()).isEqualTo(503))
                .hasMessage("source acme: " + url + ": HTTP 503 after 4 retries");
        assertThat(server.getRequestCount()).isEqualTo(5);
        assertThat(time.waits()).hasSize(4);
    }

    @Test
    void stopsRetryingWhenRetryAfterPassesTheTimeBudget() {
        server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "3600")
                .build());
        HttpUrl url = server.url("/api");

        assertThatThrownBy(() -> get(client(NO_HOST_INTERVAL), url))
                .isInstanceOfSatisfying(FetchException.class,
                        e -> assertThat(e.status()).isEqualTo(429))
                .hasMessage("source acme: " + url + ": HTTP 429 (Retry-After asks to wait 3600 s,"
                        + " past http.maxRetryTime)");
        assertThat(time.waits()).isEmpty();
    }

    @Test
    void retriesAConnectionDroppedBeforeTheResponse() {
        server.enqueue(new MockResponse.Builder()
                .onRequestStart(new SocketEffect.CloseSocket(true, true, true)).build());
        server.enqueue(new MockResponse.Builder().body("[1]").build());

        String body = get(client(NO_HOST_INTERVAL), server.url("/api"));

        assertThat(body).isEqualTo("[1]");
        assertThat(time.waits()).hasSize(1);
    }

    @Test
    void doesNotRetryAClientError() {
        server.enqueue(new MockResponse.Builder().code(404).build());
        HttpUrl url = server.url("/api");

        assertThatThrownBy(() -> get(client(NO_HOST_INTERVAL), url))
                .hasMessage("source acme: " + url + ": HTTP 404");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void replayNeverRetriesNorWaits(@TempDir Path dir) {
        CassetteWriter.open(dir).add("GET", "https://example.org/api", 503, "text/plain",
                "busy".getBytes(UTF_8));
        BoardClient client = BoardClient.builder(HttpConfig.defaults()).replay(dir).clock(time)
                .sleeper(time).build();

        assertThatThrownBy(() -> get(client, HttpUrl.get("https://example.org/api")))
                .hasMessage("source acme: https://example.org/api: HTTP 503");
        assertThat(time.waits()).isEqualTo(Collections.emptyList());
    }

    @Test
    void keepsTheHostIntervalBetweenTwoRequestsToOneHost() {
        server.enqueue(new MockResponse.Builder().body("[1]").build());
        server.enqueue(new MockResponse.Builder().body("[2]").build());
        BoardClient client = client(HttpConfig.defaults().withHostInterval(Duration.ofSeconds(2)));

        client.get("acme", server.url("/1"), "application/json", BoardClientRetryTest::text);
        time.advance(Duration.ofMillis(500));
        client.get("acme", server.url("/2"), "application/json", BoardClientRetryTest::text);

        assertThat(time.waits()).containsExactly(Duration.ofMillis(1500));
    }

    @Test
    void tellsTheRetryListenerOfEachRetryWithItsSourceAndHost() {
        server.enqueue(new MockResponse.Builder().code(503).build());
        server.enqueue(new MockResponse.Builder().code(429).build());
        server.enqueue(new MockResponse.Builder().body("[]").build());
        List<String> retries = new ArrayList<>();
        BoardClient client = BoardClient.builder(NO_HOST_INTERVAL).clock(time).sleeper(time)
                .random(() -> HALF)
                .retryListener((sourceId, host) -> retries.add(sourceId + "@" + host))
                .build();

        get(client, server.url("/api"));

        assertThat(retries).containsExactly("acme@" + server.getHostName(),
                "acme@" + server.getHostName());
    }

    /** A client on fake time; no host interval unless the config sets one. */
    private BoardClient client(HttpConfig config) {
        return BoardClient.builder(config).clock(time).sleeper(time).random(() -> HALF).build();
    }

    private static String get(BoardClient client, HttpUrl url) {
        try (client) {
            return client.get("acme", url, "application/json", BoardClientRetryTest::text);
        }
    }

    private static String text(InputStream body) throws IOException {
        return new String(body.readAllBytes(), UTF_8);
    }
}
