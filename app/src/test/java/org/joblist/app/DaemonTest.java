package org.joblist.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.stream.StreamSupport;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.joblist.aggregate.RunId;
import org.joblist.aggregate.SourceOutcome;
import org.joblist.aggregate.SourceStatus;
import org.joblist.aggregate.store.PostingStore;
import org.joblist.config.ConfigLoader;
import org.joblist.config.JoblistConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The daemon in this JVM on an H2 file, replaying the example cassette (examples/cassette: three
 * GitLab postings on Greenhouse, three on RemoteOK) with a third source the cassette lacks.
 */
class DaemonTest {
    static final Path EXAMPLE_CASSETTE = Path.of("../examples/cassette").toAbsolutePath().normalize();
    static final String THREE_SOURCES = TestInstallation.TWO_BOARDS + """
              - id: missing
                kind: greenhouse
                board: nowhere
            """;
    static final String EVERY_SECOND = """
            scheduler:
              defaultSchedule: "* * * * * ?"
            """;
    private static final String DAILY = "0 0 3 * * ?";
    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    @Test
    void runsEachSourceOnItsCronPublishesAfterChangesAndAFailingSourceStopsNoOther()
            throws Exception {
        TestInstallation installation = new TestInstallation(dir);
        JoblistConfig config = load(installation.configFile(THREE_SOURCES, EVERY_SECOND));
        StoredRuns stored = new StoredRuns(config.store().url());

        try (Daemon daemon = Daemon.start(config, Clock.systemUTC())) {
            Deadline.await(WAIT, "two runs of each source", () -> {
                Map<String, Long> outcomes = stored.outcomes();
                return outcomes.getOrDefault("gitlab/ok", 0L) >= 2
                        && outcomes.getOrDefault("remoteok/ok", 0L) >= 2
                        && outcomes.getOrDefault("missing/error", 0L) >= 2;
            });
        }

        Map<String, Long> outcomes = stored.outcomes();
        assertThat(outcomes).containsOnlyKeys("gitlab/ok", "remoteok/ok", "missing/error");
        assertThat(stored.runs()).containsOnly(
                entry("ok", outcomes.get("gitlab/ok") + outcomes.get("remoteok/ok")),
                entry("failed", outcomes.get("missing/error")));
        assertThat(stored.postings()).containsOnly(entry("gitlab", 3L), entry("remoteok", 3L));
        assertThat(stored.sumOf("new_count")).containsOnly(
                entry("gitlab", 3L), entry("remoteok", 3L), entry("missing", 0L));
        assertThat(installation.readme()).contains("**6 jobs** | 100% remote | 4 companies");
        // Only the first run of each board changed postings: one publishing for both, or one each.
        List<String> commits = commitMessages(installation.repository());
        assertThat(commits).hasSizeBetween(1, 2);
        assertThat(commits.get(0)).matches("Publish jobs: 6 jobs \\(\\+[36] new\\)");
    }

    @Test
    void aSourceThatMissedSlotsWhileTheDaemonWasDownRunsOnceAtStart() throws Exception {
        TestInstallation installation = new TestInstallation(dir);
        JoblistConfig config = load(installation.configFile(THREE_SOURCES,
                "scheduler:\n  defaultSchedule: \"" + DAILY + "\"\n"));
        StoredRuns stored = new StoredRuns(config.store().url());
        Instant threeDaysAgo = Instant.now().minus(Duration.ofDays(3));
        try (PostingStore store = PostingStore.open(config.store(),
                Clock.fixed(threeDaysAgo, ZoneOffset.UTC))) {
            RunId run = store.startRun();
            store.recordOutcome(run, new SourceOutcome("gitlab", SourceStatus.UNCHANGED, 0, 0, 0,
                    0, 0, "not fetched", threeDaysAgo, Duration.ZERO));
            store.finishRun(run);
        }

        Instant nextRun;
        try (Daemon daemon = Daemon.start(config, Clock.systemUTC())) {
            Deadline.await(WAIT, "gitlab's missed run",
                    () -> stored.outcomes().containsKey("gitlab/ok"));
            nextRun = daemon.scheduler().getTrigger(Daemon.triggerKey(config.sources().get(0)))
                    .getNextFireTime().toInstant();
        }

        // Three slots were missed: one run for all of them, and the others wait for theirs.
        assertThat(stored.outcomes()).containsOnly(
                entry("gitlab/unchanged", 1L), entry("gitlab/ok", 1L));
        assertThat(nextRun).isEqualTo(Schedules.nextAfter(DAILY, Instant.now(),
                TimeZone.getDefault()));
    }

    @Test
    void aPublishingDueWhenTheDaemonStoppedHappensAfterItStartsAgain() throws Exception {
        TestInstallation installation = new TestInstallation(dir);
        String sources = TestInstallation.TWO_BOARDS;
        // First the boards run every second, and the lists would publish only in 2099.
        JoblistConfig running = load(installation.configFile(sources, """
                scheduler:
                  defaultSchedule: "* * * * * ?"
                  publishSchedule: "0 0 0 1 1 ? 2099"
                """));
        StoredRuns stored = new StoredRuns(running.store().url());
        try (Daemon daemon = Daemon.start(running, Clock.systemUTC())) {
            Deadline.await(WAIT, "a run of each board", () -> stored.postings().size() == 2);
        }
        boolean publishedBeforeStop = Files.exists(installation.repository());

        // Then the boards wait for 2099, and the lists publish every second.
        JoblistConfig restarted = load(installation.configFile(sources, """
                scheduler:
                  defaultSchedule: "0 0 0 1 1 ? 2099"
                  publishSchedule: "* * * * * ?"
                """));
        try (Daemon daemon = Daemon.start(restarted, Clock.systemUTC())) {
            Deadline.await(WAIT, "the publishing due since the stop",
                    () -> Files.exists(installation.repository().resolve("README.md")));
        }

        assertThat(publishedBeforeStop).isFalse();
        assertThat(commitMessages(installation.repository()))
                .containsExactly("Publish jobs: 6 jobs (+6 new)");
    }

    private static JoblistConfig load(Path file) {
        return ConfigLoader.load(file, Map.of()).withReplay(EXAMPLE_CASSETTE);
    }

    static List<String> commitMessages(Path repository) throws IOException, GitAPIException {
        try (Git git = Git.open(repository.toFile())) {
            return StreamSupport.stream(git.log().call().spliterator(), false)
                    .map(commit -> commit.getFullMessage().strip())
                    .toList();
        }
    }
}
