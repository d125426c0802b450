package org.joblist.ingest.http;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import okhttp3.HttpUrl;
import org.joblist.config.HttpConfig;
import org.joblist.ingest.FetchException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CassetteReplayTest {
    private static final String JOBS = "https://api.example.com/jobs";

    @TempDir
    Path dir;

    @Test
    void answersARequestWhoseQueryParametersComeInAnotherOrder() {
        CassetteWriter.open(dir).add("GET", JOBS + "?page=2&content=true", 200,
                "application/json", bytes("[\"page 2\"]"));

        String body = replay(HttpConfig.defaults(), JOBS + "?content=true&page=2");

        assertThat(body).isEqualTo("[\"page 2\"]");
    }

    @Test
    void requestNotInTheCassetteFailsNamingUrlAndCassette() {
        CassetteWriter.open(dir).add("GET", JOBS + "?page=2", 200, null, bytes("[]"));

        assertThatThrownBy(() -> replay(HttpConfig.defaults(), JOBS + "?page=3"))
                .isInstanceOf(FetchException.class)
                .hasMessage("source acme: " + JOBS + "?page=3: not in cassette " + dir);
    }

    @Test
    void recordedErrorStatusFailsWithThatStatus() {
        CassetteWriter.open(dir).add("GET", JOBS, 429, "text/plain", bytes("slow down"));

        assertThatThrownBy(() -> replay(HttpConfig.defaults(), JOBS))
                .isInstanceOfSatisfying(FetchException.class,
                        e -> assertThat(e.status()).isEqualTo(429))
                .hasMessage("source acme: " + JOBS + ": HTTP 429");
    }

    @Test
    void entryWithoutBodyGivesAnEmptyBody() throws IOException {
        Files.writeString(dir.resolve("index.json"),
                "[{\"method\": \"GET\", \"url\": \"" + JOBS + "\", \"status\": 200}]");

        String body = replay(HttpConfig.defaults(), JOBS);

        assertThat(body).isEmpty();
    }

    @Test
    void replayedBodyIsHeldToTheSizeCap() {
        CassetteWriter.open(dir).add("GET", JOBS, 200, "application/json", bytes("[1, 2, 3, 4]"));
        HttpConfig cappedAt10Bytes =
                new HttpConfig("joblist-test", Duration.ofSeconds(1), Duration.ofSeconds(1), 10);

        assertThatThrownBy(() -> replay(cappedAt10Bytes, JOBS))
                .isInstanceOf(FetchException.class)
                .hasMessage("source acme: " + JOBS + ": response body exceeds 10 bytes");
    }

    @Test
    void missingIndexFailsNamingTheFile() {
        assertThatThrownBy(() -> BoardClient.create(HttpConfig.defaults(), null, dir))
                .isInstanceOf(CassetteException.class)
                .hasMessage(dir.resolve("index.json")
                        + ": no such file (a cassette directory holds an index.json)");
    }

    @Test
    void aFileGivenAsTheCassetteIsNamedAsSuch() throws IOException {
        Path file = Files.writeString(dir.resolve("joblist.yml"), "sources: []\n");

        assertThatThrownBy(() -> BoardClient.create(HttpConfig.defaults(), null, file))
                .isInstanceOf(CassetteException.class)
                .hasMessage(file + ": is a file, not a cassette (a directory that holds an"
                        + " index.json)");
    }

    static Stream<Arguments> malformedIndexes() {
        String entry = "{\"method\": \"GET\", \"url\": \"" + JOBS + "\", \"status\": 200";
        return Stream.of(
                Arguments.of("[{\"method\": \"GET\"\n \"url\": 1}]", "not valid JSON (Unexpected"
                        + " character ('\"' (code 34)): was expecting comma to separate Object"
                        + " entries at line 2, column 2)"),
                Arguments.of("[" + entry, "not valid JSON (Unexpected end-of-input:"
                        + " expected close marker for Object at line 1, column 72)"),
                Arguments.of("[" + entry + "}", "not valid JSON (Unexpected end-of-input:"
                        + " expected close marker for Array at line 1, column 73)"),
                Arguments.of("{}", "expected a JSON array of exchanges"),
                Arguments.of("[" + entry + "}, 3]", "[1]: expected an object"),
                Arguments.of("[{\"method\": \"GET\", \"status\": 200}]", "[0].url: missing"),
                Arguments.of("[{\"method\": \"GET\", \"url\": \"ftp://x\", \"status\": 200}]",
                        "[0].url: \"ftp://x\" is not an http(s) URL"),
                Arguments.of("[" + entry.replace("200", "\"200\"") + "}]",
                        "[0].status: expected an HTTP status number (100 to 599)"),
                Arguments.of("[" + entry + ", \"headers\": {\"Content-Type\": 1}}]",
                        "[0].headers.Content-Type: expected a string"),
                Arguments.of("[" + entry + ", \"satus\": 200}]",
                        "[0].satus: unknown field (known: body, headers, method, status, url)"));
    }

    @ParameterizedTest
    @MethodSource("malformedIndexes")
    void malformedIndexFailsNamingTheFileAndWhatIsWrong(String index, String problem)
            throws IOException {
        Files.writeString(dir.resolve("index.json"), index);

        assertThatThrownBy(() -> BoardClient.create(HttpConfig.defaults(), null, dir))
                .isInstanceOf(CassetteException.class)
                .hasMessage(dir.resolve("index.json") + ": " + problem);
    }

    @Test
    void missingBodyFileFailsNamingItAndTheCassette() throws IOException {
        Files.writeString(dir.resolve("index.json"), "[{\"method\": \"GET\", \"url\": \"" + JOBS
                + "\", \"status\": 200, \"body\": \"bodies/0001.json\"}]");

        assertThatThrownBy(() -> BoardClient.create(HttpConfig.defaults(), null, dir))
                .isInstanceOf(CassetteException.class)
                .hasMessage(dir.resolve("index.json") + ": [0].body: bodies/0001.json"
                        + " does not exist in " + dir);
    }

    @Test
    void bodyPathLeavingTheCassetteIsRefused() throws IOException {
        Files.writeString(dir.resolve("index.json"), "[{\"method\": \"GET\", \"url\": \"" + JOBS
                + "\", \"status\": 200, \"body\": \"../../etc/hostname\"}]");

        assertThatThrownBy(() -> BoardClient.create(HttpConfig.defaults(), null, dir))
                .isInstanceOf(CassetteException.class)
                .hasMessage(dir.resolve("index.json") + ": [0].body: ../../etc/hostname"
                        + " is outside the cassette " + dir);
    }

    private String replay(HttpConfig config, String url) {
        try (BoardClient client = BoardClient.create(config, null, dir)) {
            return client.get("acme", HttpUrl.get(url), "*/*", CassetteReplayTest::text);
        }
    }

    static String text(InputStream body) throws IOException {
        return new String(body.readAllBytes(), UTF_8);
    }

    static byte[] bytes(String text) {
        return text.getBytes(UTF_8);
    }
}
