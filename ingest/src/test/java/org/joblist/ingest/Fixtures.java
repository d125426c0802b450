package org.joblist.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import org.joblist.config.HttpConfig;
import org.joblist.ingest.http.BoardClient;
import org.joblist.ingest.http.CassetteWriter;
import org.junit.jupiter.api.Assumptions;

import static java.nio.charset.StandardCharsets.UTF_8;

/** Finds the shared real board payloads and serves a payload from a cassette. */
public final class Fixtures {
    public static final String JSON = "application/json; charset=utf-8";

    private Fixtures() {
    }

    /**
     * A file of the shared real payloads, e.g. {@code greenhouse/jobs-content-gitlab.json}; the
     * test is skipped when the shared fixtures are absent.
     */
    public static Path shared(String relativePath) {
        String property = System.getProperty("joblist.sharedFixtures");
        Assumptions.assumeTrue(property != null, "system property joblist.sharedFixtures not set");
        Path dir = Path.of(property);
        Assumptions.assumeTrue(Files.isDirectory(dir), "shared fixtures absent: " + dir);
        return dir.resolve(relativePath);
    }

    /** A client replaying a cassette, written in {@code dir}, that answers GET url with a body. */
    public static BoardClient replaying(Path dir, String url, Path body) {
        CassetteWriter.open(dir).add("GET", url, 200, JSON, body);
        return BoardClient.create(HttpConfig.defaults(), null, dir);
    }

    /** Like {@link #replaying(Path, String, Path)}, with the body given as text. */
    public static BoardClient replaying(Path dir, String url, String body) {
        CassetteWriter.open(dir).add("GET", url, 200, JSON, body.getBytes(UTF_8));
        return BoardClient.create(HttpConfig.defaults(), null, dir);
    }
}
