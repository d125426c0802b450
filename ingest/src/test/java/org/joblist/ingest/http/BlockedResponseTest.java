package org.joblist.ingest.http;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.HttpUrl;
import org.joblist.config.HttpConfig;
import org.joblist.ingest.BlockedException;
import org.joblist.ingest.FakeTime;
import org.joblist.ingest.FetchException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Bot challenges and HTML where data was expected end as blocked, not as parse errors. */
class BlockedResponseTest {
    private static final String JSON = "application/json";
    private static final String FEED = "application/rss+xml, application/atom+xml";
    private static final String CLOUDFLARE = "<!DOCTYPE html><html lang=\"en-US\"><head>"
            + "<title>Just a moment...</title></head><body><noscript>Enable JavaScript and"
            + " cookies to continue</noscript><script src=\"/cdn-cgi/challenge-platform/h/b/"
            + "orchestrate/chl_page/v1\"></script></body></html>";

    @StartStop
    private final MockWebServer server = new MockWebServer();

    private final FakeTime time = new FakeTime(Instant.parse("2026-08-03T10:00:00Z"));
    private final BoardClient client = BoardClient.builder(
                    HttpConfig.defaults().withHostInterval(Duration.ZERO))
            .clock(time).sleeper(time).build();

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void cloudflareChallengeIsBlockedWhateverItsStatus() {
        server.enqueue(html(403, CLOUDFLARE));
        HttpUrl url = server.url("/api");

        assertThatThrownBy(() -> get(url, JSON))
                .isInstanceOfSatisfying(BlockedException.class,
                        e -> assertThat(e.status()).isEqualTo(403))
                .hasMessage("source acme: " + url
                        + ": blocked: Cloudflare challenge page (HTTP 403)");
    }

    @Test
    void aChallengeAnsweredWithServiceUnavailableIsNotRetried() {
        server.enqueue(html(503, CLOUDFLARE));
        HttpUrl url = server.url("/api");

        assertThatThrownBy(() -> get(url, JSON)).isInstanceOf(BlockedException.class);
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(time.waits()).isEmpty();
    }

    @Test
    void cloudflareMitigationHeaderIsBlocked() {
        server.enqueue(new MockResponse.Builder().code(403).setHeader("cf-mitigated", "challenge")
                .build());
        HttpUrl url = server.url("/api");

        assertThatThrownBy(() -> get(url, JSON))
                .hasMessage("source acme: " + url + ": blocked: Cloudflare challenge (HTTP 403)");
    }

    @Test
    void htmlPageWhereAFeedWasExpectedIsBlocked() {
        server.enqueue(html(200, "<html><head><title>Sign in</title></head></html>"));
        HttpUrl url = server.url("/feed");

        assertThatThrownBy(() -> get(url, FEED))
                .hasMessage("source acme: " + url
                        + ": blocked: an HTML page where XML was expected (HTTP 200)");
    }

    @Test
    void aFeedServedAsTextHtmlIsRead() {
        server.enqueue(html(200, "<?xml version=\"1.0\"?><rss version=\"2.0\"></rss>"));

        assertThat(get(server.url("/feed"), FEED)).startsWith("<?xml");
    }

    @Test
    void jsonMentioningAChallengeIsTheBoardsAnswer() {
        server.enqueue(new MockResponse.Builder().setHeader("Content-Type", JSON)
                .body("[{\"description\": \"<title>Just a moment...</title>\"}]").build());

        assertThat(get(server.url("/api"), JSON)).startsWith("[{");
    }

    @Test
    void aNotFoundHtmlPageStaysAnHttpError() {
        server.enqueue(html(404, "<!DOCTYPE html><html><body>Not found</body></html>"));
        HttpUrl url = server.url("/api");

        assertThatThrownBy(() -> get(url, JSON))
                .isExactlyInstanceOf(FetchException.class)
                .hasMessage("source acme: " + url + ": HTTP 404");
    }

    @Test
    void htmlPagesAreReadWhenHtmlIsWhatTheSourceAsksFor() {
        server.enqueue(html(200, "<!DOCTYPE html><html><body>Jobs</body></html>"));

        assertThat(get(server.url("/careers"), "text/html")).contains("Jobs");
    }

    private static MockResponse html(int status, String body) {
        return new MockResponse.Builder().code(status)
                .setHeader("Content-Type", "text/html; charset=UTF-8").body(body).build();
    }

    private String get(HttpUrl url, String accept) {
        return client.get("acme", url, accept, BlockedResponseTest::text);
    }

    private static String text(InputStream body) throws IOException {
        return new String(body.readAllBytes(), UTF_8);
    }
}
