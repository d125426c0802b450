package org.joblist.ingest.http;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.joblist.ingest.http.CassetteReplayTest.bytes;

class CassetteWriterTest {
    @TempDir
    Path dir;

    @Test
    void openingAnEmptyDirectoryWritesAnEmptyIndex() {
        CassetteWriter.open(dir);

        assertThat(dir.resolve("index.json")).hasContent("[ ]");
        assertThat(dir.resolve("bodies")).isEmptyDirectory();
    }

    @Test
    void addingToAnExistingCassetteKeepsItsExchangesAndNumbersOn() {
        CassetteWriter.open(dir).add("GET", "https://remoteok.com/api", 200,
                "application/json", bytes("[]"));

        CassetteWriter.open(dir).add("GET", "https://weworkremotely.com/remote-jobs.rss", 200,
                "application/rss+xml", bytes("<rss/>"));

        assertThat(CassetteIndex.read(dir)).extracting(Exchange::url, Exchange::body)
                .containsExactly(
                        tuple("https://remoteok.com/api",
                                "bodies/0001.json"),
                        tuple(
                                "https://weworkremotely.com/remote-jobs.rss", "bodies/0002.xml"));
    }

    @ParameterizedTest
    @CsvSource(nullValues = "none", value = {
            "application/json; charset=utf-8, .json",
            "application/ld+json, .json",
            "text/xml, .xml",
            "application/atom+xml, .xml",
            "text/html; charset=UTF-8, .html",
            "text/plain, .txt",
            "application/octet-stream, .txt",
            "none, .txt"})
    void bodyFileExtensionFollowsTheContentType(String contentType, String extension) {
        assertThat(CassetteWriter.extension(contentType)).isEqualTo(extension);
    }

    @Test
    void rejectsAStatusThatIsNoHttpStatus() {
        CassetteWriter cassette = CassetteWriter.open(dir);

        assertThatThrownBy(() -> cassette.add("GET", "https://remoteok.com/api", 0, null,
                bytes("")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("status 0 is not an HTTP status");
    }
}
