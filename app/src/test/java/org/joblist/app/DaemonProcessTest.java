package org.joblist.app;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.joblist.ingest.http.CassetteWriter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGTERM in the middle of a run, sent to the daemon in a JVM of its own. The run reads a
 * generated RemoteOK board of {@value #POSTINGS} postings, which takes seconds, so the signal
 * lands while it is going on (the log line "run started" is the cue).
 */
class DaemonProcessTest {
    private static final int POSTINGS = 10_000;
    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    private Path cassette;
    private StoredRuns stored;

    @BeforeEach
    void writeBoard() throws IOException {
        cassette = dir.resolve("cassette");
        CassetteWriter.open(cassette).add("GET", TestInstallation.REMOTEOK_URL, 200,
                "application/json", remoteOkBoard(POSTINGS));
        stored = new StoredRuns("jdbc:h2:file:" + dir.resolve("data/joblist"));
    }

    @Test
    void sigtermLetsTheRunFinishExitsZeroAndARestartGoesOn() throws Exception {
        Path config = config("60s");

        try (DaemonProcess daemon = DaemonProcess.start(dir, config, cassette)) {
            daemon.awaitLine("source big: run started", WAIT);
            daemon.stop();
            assertThat(daemon.awaitExit(WAIT)).isZero();
        }
        assertThat(stored.runs()).containsOnly(entry("ok", 1L));
        assertThat(stored.postings()).containsOnly(entry("big", (long) POSTINGS));

        try (DaemonProcess restarted = DaemonProcess.start(dir, config, cassette)) {
            restarted.awaitLine("source big: read to the end", WAIT);
            restarted.stop();
            assertThat(restarted.awaitExit(WAIT)).isZero();
        }
        assertThat(stored.runs()).containsOnlyKeys("ok");
        assertThat(stored.runs().get("ok")).isGreaterThanOrEqualTo(2);
        assertThat(stored.postings()).containsOnly(entry("big", (long) POSTINGS));
    }

    @Test
    void aRunPastTheGracePeriodIsRolledBackWholeAndARestartGoesOn() throws Exception {
        try (DaemonProcess daemon = DaemonProcess.start(dir, config("100ms"), cassette)) {
            daemon.awaitLine("source big: run started", WAIT);
            daemon.stop();
            assertThat(daemon.awaitExit(WAIT)).isZero();
        }
        assertThat(stored.runs()).containsOnly(entry("running", 1L));
        assertThat(stored.outcomes()).isEmpty();
        assertThat(stored.postings()).isEmpty();

        try (DaemonProcess restarted = DaemonProcess.start(dir, config("60s"), cassette)) {
            restarted.awaitLine("source big: read to the end", WAIT);
            restarted.stop();
            assertThat(restarted.awaitExit(WAIT)).isZero();
            assertThat(restarted.log()).anyMatch(line -> line.matches(
                    "WARN  PostingStore - run 1: left running since \\S+ by a process that"
                            + " stopped; it stored nothing and is removed"));
        }
        assertThat(stored.runs()).containsOnlyKeys("ok");
        assertThat(stored.outcomes()).containsOnly(entry("big/ok", stored.runs().get("ok")));
        assertThat(stored.postings()).containsOnly(entry("big", (long) POSTINGS));
    }

    @Test
    void aSecondSigtermStopsAtOnceAndLeavesTheRunWholeOrAbsent() throws Exception {
        try (DaemonProcess daemon = DaemonProcess.start(dir, config("60s"), cassette)) {
            daemon.awaitLine("source big: run started", WAIT);
            daemon.stop();
            daemon.awaitLine("daemon: stopping", WAIT);
            daemon.stop();
            assertThat(daemon.awaitExit(WAIT)).isEqualTo(128 + 15);
        }

        long ok = stored.outcomes().getOrDefault("big/ok", 0L);
        assertThat(stored.postings().getOrDefault("big", 0L)).isEqualTo(ok * POSTINGS);
    }

    private Path config(String gracePeriod) throws IOException {
        Path file = dir.resolve("joblist.yml");
        Files.writeString(file, """
                sources:
                  - id: big
                    kind: remoteok
                store:
                  url: jdbc:h2:file:./data/joblist
                http:
                  maxResponseBytes: 256MB
                scheduler:
                  defaultSchedule: "*/2 * * * * ?"
                  gracePeriod: %s
                """.formatted(gracePeriod), UTF_8);
        return file;
    }

    /** A RemoteOK answer: the terms notice, then postings with generated text, posted today. */
    private static byte[] remoteOkBoard(int count) {
        long epoch = Instant.now().getEpochSecond();
        StringBuilder json = new StringBuilder("[{\"legal\": \"API Terms of Service\"}");
        for (int i = 0; i < count; i++) {
            String id = Integer.toString(3_000_000 + i);
            json.append(",{\"slug\":\"remote-role-").append(id).append("\",\"id\":\"").append(id)
                    .append("\",\"epoch\":").append(epoch - i)
                    .append(",\"company\":\"Company ").append(i % 1_000)
                    .append("\",\"position\":\"Backend Engineer ").append(i % 97)
                    .append("\",\"tags\":[\"java\",\"backend\"],\"description\":\"<p>We build"
                            + " tools that help teams ship software; you review code and keep"
                            + " services reliable.</p>\",\"location\":\"Berlin\",\"salary_min\":0,"
                            + "\"salary_max\":0,\"url\":\"https://remoteOK.com/remote-jobs/")
                    .append(id).append("\"}");
        }
        return json.append(']').toString().getBytes(UTF_8);
    }
}
