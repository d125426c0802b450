package org.joblist.ingest.http;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.HttpUrl;
import okio.Buffer;
import org.joblist.config.HttpConfig;
import org.joblist.config.SourceConfig;
import org.joblist.config.SourceKind;
import org.joblist.ingest.CollectingSink;
import org.joblist.ingest.FetchException;
import org.joblist.ingest.Fixtures;
import org.joblist.ingest.SourcePosting;
import org.joblist.ingest.greenhouse.GreenhouseConnector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CassetteRecordTest {
    /** Recording retries for real, so a 503 here must not be retried. */
    private static final HttpConfig NO_RETRIES =
            HttpConfig.defaults().withRetries(0, Duration.ZERO, Duration.ZERO);

    @StartStop
    private final MockWebServer server = new MockWebServer();

    @TempDir
    Path dir;

    @Test
    void recordedBoardReplaysToTheSamePostingsWithTheServerShutDown() throws IOException {
        byte[] payload = Files.readAllBytes(Fixtures.shared("greenhouse/jobs-content-gitlab.json"));
        server.enqueue(new MockResponse.Builder()
                .setHeader("Content-Type", Fixtures.JSON)
                .body(new Buffer().write(payload))
                .build());
        SourceConfig gitlab = new SourceConfig("gitlab", SourceKind.GREENHOUSE, "gitlab",
                server.url("/v1/boards/gitlab/jobs?content=true").uri());

        List<SourcePosting> recorded = fetchGreenhouse(gitlab, dir, null);
        server.close();
        List<SourcePosting> replayed = fetchGreenhouse(gitlab, null, dir);

        assertThat(recorded).hasSize(3);
        assertThat(replayed).isEqualTo(recorded);
        assertThat(dir.resolve("bodies/0001.json")).hasBinaryContent(payload);
    }

    @Test
    void recordsEachExchangeInTheIndex() {
        server.enqueue(new MockResponse.Builder()
                .setHeader("Content-Type", "application/json")
                .setHeader("Set-Cookie", "session=secret")
                .body("[]")
                .build());
        HttpUrl url = server.url("/api?b=2&a=1");

        assertThat(record(url)).isEqualTo("[]");

        assertThat(dir.resolve("index.json")).hasContent("""
                [
                  {
                    "method": "GET",
                    "url": "%s",
                    "status": 200,
                    "headers": {
                      "Content-Type": "application/json"
                    },
                    "body": "bodies/0001.json"
                  }
                ]""".formatted(url));
        assertThat(dir.resolve("bodies/0001.json")).hasContent("[]");
    }

    @Test
    void aKeyInTheQueryIsMaskedInTheIndexInErrorsAndWhenReplayed() throws IOException {
        server.enqueue(new MockResponse.Builder().body("[\"jobs\"]").build());
        server.enqueue(new MockResponse.Builder().code(404).body("no").build());
        HttpUrl url = server.url("/jobs/gb/search/1?app_id=id-42&app_key=s3cr3t&what=java");
        HttpUrl masked = server.url("/jobs/gb/search/1?app_id=***&app_key=***&what=java");

        record(url);
        assertThatThrownBy(() -> record(url.newBuilder().setQueryParameter("page", "2").build()))
                .hasMessage("source acme: " + masked.newBuilder().setQueryParameter("page", "2")
                        .build() + ": HTTP 404");
        server.close();

        assertThat(Files.readString(dir.resolve("index.json")))
                .contains("\"url\": \"" + masked + "\"")
                .doesNotContain("s3cr3t").doesNotContain("id-42");
        // Replayed with another key, as a colleague's checkout would.
        assertThat(replay(url.newBuilder().setQueryParameter("app_key", "other").build()))
                .isEqualTo("[\"jobs\"]");
    }

    @Test
    void errorResponseIsRecordedWholeAndReplaysToTheSameFailure() {
        server.enqueue(new MockResponse.Builder()
                .code(503)
                .setHeader("Content-Type", "text/plain")
                .body("down for maintenance")
                .build());
        HttpUrl url = server.url("/api");

        assertThatThrownBy(() -> record(url)).hasMessage("source acme: " + url + ": HTTP 503");
        server.close();

        assertThatThrownBy(() -> replay(url)).hasMessage("source acme: " + url + ": HTTP 503");
        assertThat(dir.resolve("bodies/0001.txt")).hasContent("down for maintenance");
    }

    @Test
    void bodyTheReaderLeavesUnreadIsRecordedWhole() {
        server.enqueue(new MockResponse.Builder().body("[1, 2, 3]").build());
        HttpUrl url = server.url("/api");

        try (BoardClient client = BoardClient.create(NO_RETRIES, dir, null)) {
            client.get("acme", url, "*/*", body -> body.read());
        }

        assertThat(replay(url)).isEqualTo("[1, 2, 3]");
    }

    @Test
    void recordingTheSameUrlAgainReplacesItsEntry() {
        server.enqueue(new MockResponse.Builder().body("[\"old\"]").build());
        server.enqueue(new MockResponse.Builder().body("[\"new\"]").build());
        HttpUrl url = server.url("/api");

        record(url);
        record(url);

        assertThat(replay(url)).isEqualTo("[\"new\"]");
        assertThat(CassetteIndex.read(dir)).extracting(Exchange::body)
                .containsExactly("bodies/0002.txt");
        assertThat(dir.resolve("bodies/0001.txt")).doesNotExist();
    }

    @Test
    void bodyPastTheCapIsNotRecorded() {
        server.enqueue(new MockResponse.Builder().chunkedBody("0123456789ABCDEF", 4).build());
        HttpUrl url = server.url("/api");
        HttpConfig cappedAt10Bytes =
                new HttpConfig("joblist-test", Duration.ofSeconds(5), Duration.ofSeconds(5), 10)
                        .withRetries(0, Duration.ZERO, Duration.ZERO);

        try (BoardClient client = BoardClient.create(cappedAt10Bytes, dir, null)) {
            assertThatThrownBy(() -> client.get("acme", url, "*/*", CassetteReplayTest::text))
                    .isInstanceOf(FetchException.class)
                    .hasMessage("source acme: " + url + ": response body exceeds 10 bytes");
        }

        assertThat(CassetteIndex.read(dir)).isEmpty();
        assertThat(dir.resolve("bodies")).isEmptyDirectory();
    }

    private String record(HttpUrl url) {
        try (BoardClient client = BoardClient.create(NO_RETRIES, dir, null)) {
            return client.get("acme", url, "*/*", CassetteReplayTest::text);
        }
    }

    private String replay(HttpUrl url) {
        try (BoardClient client = BoardClient.create(HttpConfig.defaults(), null, dir)) {
            return client.get("acme", url, "*/*", CassetteReplayTest::text);
        }
    }

    private static List<SourcePosting> fetchGreenhouse(SourceConfig source, Path record,
            Path replay) {
        CollectingSink sink = new CollectingSink();
        try (BoardClient client = BoardClient.create(NO_RETRIES, record, replay)) {
            new GreenhouseConnector(client).fetch(source, sink);
        }
        return sink.postings();
    }
}
