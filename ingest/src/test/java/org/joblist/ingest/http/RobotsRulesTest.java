package org.joblist.ingest.http;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.HttpUrl;
import org.joblist.config.HttpConfig;
import org.joblist.ingest.FakeTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

/** robots.txt through the shared client, on the hand-written files in resources/robots. */
class RobotsRulesTest {
    private static final HttpConfig NO_WAITS = HttpConfig.defaults()
            .withRetries(0, Duration.ZERO, Duration.ZERO)
            .withHostInterval(Duration.ZERO);

    @StartStop
    private final MockWebServer server = new MockWebServer();

    private final FakeTime time = new FakeTime(Instant.parse("2026-08-03T10:00:00Z"));
    private final BoardClient client =
            BoardClient.builder(NO_WAITS).clock(time).sleeper(time).build();

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void followsTheGroupNamingJoblistOverTheOneForEveryone() throws IOException {
        serve("careers-site.txt");

        assertThat(client.allowedByRobots("acme", server.url("/jobs/123"))).isTrue();
        assertThat(client.allowedByRobots("acme", server.url("/search?q=java"))).isTrue();
        assertThat(client.allowedByRobots("acme", server.url("/internal/jobs"))).isFalse();
    }

    @Test
    void namesJoblistByTheProductOfTheUserAgent() {
        assertThat(RobotsRules.productName(HttpConfig.DEFAULT_USER_AGENT)).isEqualTo("joblist");
        assertThat(RobotsRules.productName("Acme-Jobs/2.0 (+mailto:jobs@example.org)"))
                .isEqualTo("acme-jobs");
    }

    @Test
    void aSiteShuttingOutUnnamedCrawlersDisallowsJoblist() throws IOException {
        serve("everyone-but-named.txt");

        assertThat(client.allowedByRobots("acme", server.url("/careers"))).isFalse();
    }

    @Test
    void aCrawlDelaySpacesTheSitesRequests() {
        server.enqueue(text("User-agent: joblist\nCrawl-delay: 5\nAllow: /\n"));
        server.enqueue(text("page 1"));
        server.enqueue(text("page 2"));

        assertThat(client.allowedByRobots("acme", server.url("/jobs"))).isTrue();
        client.get("acme", server.url("/jobs?page=1"), "text/html", InputStream::readAllBytes);
        client.get("acme", server.url("/jobs?page=2"), "text/html", InputStream::readAllBytes);

        // robots.txt and page 1 go at once (the delay is learnt from robots.txt), page 2 waits.
        assertThat(time.waits()).containsExactly(Duration.ofSeconds(5));
    }

    @Test
    void aCrawlDelayPastAMinuteIsKeptAtAMinute() {
        server.enqueue(text("User-agent: *\nCrawl-delay: 120\n"));
        server.enqueue(text("page 1"));
        server.enqueue(text("page 2"));

        assertThat(client.allowedByRobots("acme", server.url("/jobs"))).isTrue();
        client.get("acme", server.url("/a"), "text/html", InputStream::readAllBytes);
        client.get("acme", server.url("/b"), "text/html", InputStream::readAllBytes);

        assertThat(time.waits()).containsExactly(Duration.ofSeconds(60));
    }

    @Test
    void aCrawlDelayPastFiveMinutesShutsJoblistOut() {
        // crawler-commons reads a site asking for more than 300 s as allowing no crawler.
        server.enqueue(text("User-agent: *\nCrawl-delay: 3600\n"));

        assertThat(client.allowedByRobots("acme", server.url("/jobs"))).isFalse();
    }

    private static MockResponse text(String body) {
        return new MockResponse.Builder().setHeader("Content-Type", "text/plain").body(body)
                .build();
    }

    @Test
    void aMissingRobotsFileAllowsEverything() {
        server.enqueue(new MockResponse.Builder().code(404).build());

        assertThat(client.allowedByRobots("acme", server.url("/careers"))).isTrue();
    }

    @Test
    void aServerErrorForRobotsDisallowsEverything() {
        server.enqueue(new MockResponse.Builder().code(503).build());

        assertThat(client.allowedByRobots("acme", server.url("/careers"))).isFalse();
    }

    @Test
    void readsRobotsOncePerSite() throws Exception {
        serve("careers-site.txt");

        client.allowedByRobots("acme", server.url("/jobs/1"));
        client.allowedByRobots("other", server.url("/jobs/2"));

        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/robots.txt");
    }

    @Test
    void aReplayedCassetteWithoutRobotsAllowsEverything(@TempDir Path dir) {
        CassetteWriter.open(dir).add("GET", "https://careers.example.com/jobs", 200,
                "text/html", "<html></html>".getBytes(UTF_8));

        try (BoardClient replaying = BoardClient.create(HttpConfig.defaults(), null, dir)) {
            assertThat(replaying.allowedByRobots("acme",
                    HttpUrl.get("https://careers.example.com/jobs"))).isTrue();
        }
    }

    private void serve(String file) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/robots/" + file)) {
            server.enqueue(new MockResponse.Builder().setHeader("Content-Type", "text/plain")
                    .body(new String(in.readAllBytes(), UTF_8)).build());
        }
    }
}
