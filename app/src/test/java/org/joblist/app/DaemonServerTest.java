package org.joblist.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.joblist.config.ConfigLoader;
import org.joblist.config.JoblistConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /health} and {@code /metrics} of a daemon on loopback, checked against its store. */
class DaemonServerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void healthAndMetricsAnswerOnLoopbackWithTheNumbersOfTheRunsStored() throws Exception {
        int port = freePort();
        TestInstallation installation = new TestInstallation(dir);
        JoblistConfig config = ConfigLoader.load(installation.configFile(DaemonTest.THREE_SOURCES,
                        DaemonTest.EVERY_SECOND + "server:\n  port: " + port + "\n"), Map.of())
                .withReplay(DaemonTest.EXAMPLE_CASSETTE);
        StoredRuns stored = new StoredRuns(config.store().url());
        URI base = URI.create("http://127.0.0.1:" + port);

        HttpResponse<String> running;
        HttpResponse<String> health;
        HttpResponse<String> metrics;
        HttpResponse<String> unknown;
        try (Daemon daemon = Daemon.start(config, Clock.systemUTC())) {
            Deadline.await(WAIT, "two runs of each source",
                    () -> stored.outcomes().values().stream().filter(n -> n >= 2).count() == 3);
            running = get(base.resolve("/health"));
            daemon.pause();
            health = get(base.resolve("/health"));
            metrics = get(base.resolve("/metrics"));
            unknown = get(base.resolve("/healthz"));
        }

        assertThat(running.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(running.body()).path("status").asText()).isEqualTo("up");
        assertHealthShowsTheLastRunsStored(health, stored);
        assertMetricsCountTheRunsStored(metrics, stored);
        assertThat(samples(metrics.body()))
                .containsEntry("joblist_publishes_total{result=\"committed\"}",
                        (double) DaemonTest.commitMessages(installation.repository()).size());
        assertThat(metrics.headers().firstValue("Content-Type"))
                .hasValue("text/plain; version=0.0.4; charset=utf-8");
        assertThat(unknown.statusCode()).isEqualTo(404);
    }

    private static void assertHealthShowsTheLastRunsStored(HttpResponse<String> health,
            StoredRuns stored) throws IOException {
        // Paused: the scheduler takes no new runs, so the daemon counts itself down.
        assertThat(health.statusCode()).isEqualTo(503);
        JsonNode body = JSON.readTree(health.body());
        assertThat(body.path("status").asText()).isEqualTo("down");
        assertThat(body.path("scheduler").asText()).isEqualTo("standby");
        assertThat(body.path("store").asText()).isEqualTo("reachable");
        JsonNode sources = body.path("sources");
        assertThat(sources).extracting(s -> s.path("id").asText())
                .containsExactly("gitlab", "remoteok", "missing");
        // Every run after the first reads the same boards: nothing new.
        assertThat(sources).extracting(s -> s.path("lastRun").path("status").asText(),
                        s -> s.path("lastRun").path("seen").asInt(),
                        s -> s.path("lastRun").path("new").asInt())
                .containsExactly(Tuple.tuple("ok", 3, 0),
                        Tuple.tuple("ok", 3, 0),
                        Tuple.tuple("error", 0, 0));
        assertThat(sources.get(2).path("lastRun").path("message").asText())
                .isEqualTo("source missing: https://boards-api.greenhouse.io/v1/boards/nowhere"
                        + "/jobs?content=true: not in cassette " + DaemonTest.EXAMPLE_CASSETTE);
        assertThat(sources).allSatisfy(s -> assertThat(s.path("nextRun").asText()).endsWith("Z"));
    }

    private static void assertMetricsCountTheRunsStored(HttpResponse<String> metrics,
            StoredRuns stored) {
        Map<String, Double> samples = samples(metrics.body());
        long runs = stored.runs().values().stream().mapToLong(Long::longValue).sum();
        assertThat(samples.get("joblist_runs_total")).isEqualTo((double) runs);

        Map<String, Double> expected = new HashMap<>();
        stored.outcomes().forEach((key, count) -> {
            String[] sourceAndStatus = key.split("/");
            expected.put("joblist_source_runs_total{source=\"" + sourceAndStatus[0]
                    + "\",status=\"" + sourceAndStatus[1] + "\"}", (double) count);
            expected.put("joblist_source_run_duration_seconds_count{source=\""
                    + sourceAndStatus[0] + "\"}", (double) count);
        });
        Map.of("seen", "seen", "new", "new_count", "updated", "updated").forEach(
                (metric, column) -> stored.sumOf(column).forEach((source, sum) -> expected.put(
                        "joblist_postings_" + metric + "_total{source=\"" + source + "\"}",
                        (double) sum)));
        assertThat(samples).containsAllEntriesOf(expected);
        assertThat(expected).containsEntry("joblist_postings_new_total{source=\"gitlab\"}", 3.0);
        assertThat(samples).doesNotContainKey("joblist_publishes_total{result=\"failed\"}");
    }

    /** Each sample line of the Prometheus text format, by its name and labels. */
    private static Map<String, Double> samples(String text) {
        Map<String, Double> samples = new HashMap<>();
        for (String line : text.split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                int space = line.lastIndexOf(' ');
                samples.put(line.substring(0, space), Double.valueOf(line.substring(space + 1)));
            }
        }
        return samples;
    }

    private HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
