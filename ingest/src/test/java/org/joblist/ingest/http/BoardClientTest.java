package org.joblist.ingest.http;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.HttpUrl;
import org.joblist.config.HttpConfig;
import org.joblist.ingest.FetchException;
import org.junit.jupiter.api.Test;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BoardClientTest {
    /** Without retries, which BoardClientRetryTest covers, so nothing here waits. */
    private static final HttpConfig CAPPED_AT_10_BYTES = new HttpConfig("joblist-test/1.0",
            Duration.ofSeconds(5), Duration.ofSeconds(5), 10)
            .withRetries(0, Duration.ZERO, Duration.ZERO);

    @StartStop
    private final MockWebServer server = new MockWebServer();

    @Test
    void sendsTheConfiguredUserAgentAndTheAcceptHeader() throws Exception {
        server.enqueue(new MockResponse.Builder().body("[]").build());

        try (BoardClient client = BoardClient.create(CAPPED_AT_10_BYTES, null, null)) {
            client.get("acme", server.url("/api"), "application/json", BoardClientTest::text);
        }

        RecordedRequest request = server.takeRequest();
        assertThat(request.getHeaders().get("User-Agent")).isEqualTo("joblist-test/1.0");
        assertThat(request.getHeaders().get("Accept")).isEqualTo("application/json");
    }

    @Test
    void handsTheBodyToTheReader() {
        server.enqueue(new MockResponse.Builder().body("[1, 2, 3]").build());

        String body = get(server.url("/api"));

        assertThat(body).isEqualTo("[1, 2, 3]");
    }

    @Test
    void errorStatusFailsWithTheStatus() {
        server.enqueue(new MockResponse.Builder().code(503).body("try later").build());
        HttpUrl url = server.url("/api");

        assertThatThrownBy(() -> get(url))
                .isInstanceOfSatisfying(FetchException.class, e -> {
                    assertThat(e.sourceId()).isEqualTo("acme");
                    assertThat(e.url()).isEqualTo(url.toString());
                    assertThat(e.status()).isEqualTo(503);
                })
                .hasMessage("source acme: " + url + ": HTTP 503");
    }

    @Test
    void bodyAtTheCapIsRead() {
        server.enqueue(new MockResponse.Builder().body("0123456789").build());

        assertThat(get(server.url("/api"))).isEqualTo("0123456789");
    }

    @Test
    void bodyWhoseLengthPassesTheCapFailsBeforeItIsRead() {
        server.enqueue(new MockResponse.Builder().body("0123456789A").build());
        HttpUrl url = server.url("/api");

        assertThatThrownBy(() -> get(url))
                .isInstanceOfSatisfying(FetchException.class,
                        e -> assertThat(e.status()).isNull())
                .hasMessage("source acme: " + url + ": response body exceeds 10 bytes");
    }

    @Test
    void chunkedBodyFailsOnceItPassesTheCap() {
        server.enqueue(new MockResponse.Builder().chunkedBody("0123456789".repeat(5), 4).build());
        HttpUrl url = server.url("/api");

        assertThatThrownBy(() -> get(url))
                .isInstanceOf(FetchException.class)
                .hasMessage("source acme: " + url + ": response body exceeds 10 bytes");
    }

    @Test
    void refusedConnectionFailsNamingTheExceptionOnOneLine() {
        HttpUrl url = server.url("/api");
        server.close();

        assertThatThrownBy(() -> get(url))
                .isInstanceOf(FetchException.class)
                .hasMessageStartingWith("source acme: " + url + ": request failed (")
                .hasMessageNotContaining("\n");
    }

    @Test
    void recordAndReplayExcludeEachOther() {
        Path dir = Path.of("cassette");

        assertThatThrownBy(() -> BoardClient.create(HttpConfig.defaults(), dir, dir))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("record cassette and replay cassette exclude each other");
    }

    private static String get(HttpUrl url) {
        try (BoardClient client = BoardClient.create(CAPPED_AT_10_BYTES, null, null)) {
            return client.get("acme", url, "application/json", BoardClientTest::text);
        }
    }

    private static String text(InputStream body) throws IOException {
        return new String(body.readAllBytes(), UTF_8);
    }
}
