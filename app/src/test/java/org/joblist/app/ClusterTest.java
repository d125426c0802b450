package org.joblist.app;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.joblist.aggregate.testing.TestDatabase;
import org.joblist.aggregate.testing.TestDatabases;
import org.joblist.config.StoreConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two daemons in JVMs of their own, clustered on one PostgreSQL database (a throwaway server
 * on loopback; skipped where PostgreSQL is not installed), with three sources every
 * {@value #PERIOD_S} seconds replayed from the README's example cassette. What each node did is
 * read from the runs it stored: the node and the trigger's fire time of every run.
 */
class ClusterTest {
    @RegisterExtension
    static final TestDatabases DATABASES = new TestDatabases();

    private static final int PERIOD_S = 2;
    private static final Set<String> SOURCES = Set.of("gitlab", "remoteok", "gitlab-copy");
    private static final Pattern NODE = Pattern.compile("daemon: node (\\S+) of a cluster");
    /** Quartz's failure detection (check-in interval plus 7.5 s), with room for a slow machine. */
    private static final Duration TAKEOVER = Duration.ofSeconds(60);
    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    @Test
    void eachFireRunsOnOneNodeAndTheSurvivorKeepsEverySourceOnSchedule() throws Exception {
        StoreConfig store = DATABASES.fresh(TestDatabase.POSTGRESQL);
        StoredRuns stored = new StoredRuns(store);
        Path config = config(store);
        Path cassette = Path.of("..", "examples", "cassette").toAbsolutePath();
        Map<String, String> environment = Map.of("JOBLIST_DB_PASSWORD", store.password());

        try (DaemonProcess first = DaemonProcess.start(dir, config, cassette, environment);
                DaemonProcess second = DaemonProcess.start(dir, config, cassette, environment)) {
            String killed = node(first);
            String survivor = node(second);
            // Both nodes take firings for a few periods; then the first dies mid-schedule.
            Deadline.await(WAIT, "runs by both nodes", () -> runsBy(stored, killed) >= 3
                    && runsBy(stored, survivor) >= 3);
            first.kill();
            Instant killedAt = Instant.now();

            Deadline.await(TAKEOVER, "the cluster dropping the killed node",
                    () -> stored.rows("SELECT instance_name FROM qrtz_scheduler_state")
                            .equals(List.of(List.of(survivor))));
            Instant takenOver = Instant.now();
            // Every source then runs on the survivor, period after period.
            Deadline.await(WAIT, "three runs of each source after the takeover",
                    () -> SOURCES.stream().allMatch(
                            source -> firesOf(stored, source, takenOver).size() >= 3));
            second.stop();
            assertThat(second.awaitExit(WAIT)).isZero();

            List<Fire> fires = fires(stored);
            // Exactly once: no fire time of a source ran twice, on one node or on two.
            assertThat(fires.stream().map(fire -> fire.source() + "@" + fire.scheduledFor())
                    .distinct().count()).isEqualTo(fires.size());
            assertThat(fires).extracting(Fire::node).containsOnly(killed, survivor);
            assertThat(fires).filteredOn(fire -> fire.startedAt().isAfter(killedAt))
                    .extracting(Fire::node).containsOnly(survivor);
            for (String source : SOURCES) {
                List<Instant> after = firesOf(stored, source, takenOver);
                // On schedule: the survivor ran every period, none skipped.
                for (int i = 1; i < after.size(); i++) {
                    assertThat(Duration.between(after.get(i - 1), after.get(i)))
                            .as("%s between %s and %s", source, after.get(i - 1), after.get(i))
                            .isLessThanOrEqualTo(Duration.ofSeconds(PERIOD_S));
                }
            }
            // The killed node's run, if it was in one, is ended; the survivor stopped cleanly.
            assertThat(stored.runs()).containsOnlyKeys("ok");
            assertThat(stored.postings()).isEqualTo(Map.of("gitlab", 3L, "gitlab-copy", 3L,
                    "remoteok", 3L));
        }
    }

    private static String node(DaemonProcess daemon) {
        daemon.awaitLine("of a cluster", WAIT);
        for (String line : daemon.log()) {
            Matcher node = NODE.matcher(line);
            if (node.find()) {
                return node.group(1);
            }
        }
        throw new AssertionError("no node id in " + daemon);
    }

    private static long runsBy(StoredRuns stored, String node) {
        return fires(stored).stream().filter(fire -> fire.node().equals(node)).count();
    }

    /** The fire times of the source's runs that started after the instant, in order. */
    private static List<Instant> firesOf(StoredRuns stored, String source, Instant after) {
        return fires(stored).stream()
                .filter(fire -> fire.source().equals(source) && fire.startedAt().isAfter(after))
                .map(Fire::scheduledFor)
                .sorted()
                .toList();
    }

    /** Every stored source run, with the node that ran it and its trigger's fire time. */
    private static List<Fire> fires(StoredRuns stored) {
        return stored.rows("SELECT o.source_id, r.node, " + utc("r.scheduled_for") + ", "
                        + utc("r.started_at")
                        + " FROM runs r JOIN source_outcomes o ON o.run_id = r.id ORDER BY r.id")
                .stream()
                .map(row -> new Fire(row.get(0), row.get(1), Instant.parse(row.get(2)),
                        Instant.parse(row.get(3))))
                .toList();
    }

    /** A timestamp column as ISO 8601 in UTC, whatever the server's time zone. */
    private static String utc(String column) {
        return "to_char(" + column + " AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')";
    }

    private Path config(StoreConfig store) throws IOException {
        Path file = dir.resolve("joblist.yml");
        Files.writeString(file, TestInstallation.TWO_BOARDS + """
                  - id: gitlab-copy
                    kind: greenhouse
                    board: gitlab
                publications:
                  - id: jobs
                    title: Jobs
                    file: README.md
                store:
                  url: %s
                  user: %s
                  password: ${JOBLIST_DB_PASSWORD}
                lifecycle:
                  maxAge: 3650d
                git:
                  repository: site
                scheduler:
                  defaultSchedule: "*/%d * * * * ?"
                  gracePeriod: 10s
                  clustered: true
                """.formatted(store.url(), store.user(), PERIOD_S), UTF_8);
        return file;
    }

    private record Fire(String source, String node, Instant scheduledFor, Instant startedAt) {
    }
}
