package org.joblist.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.joblist.config.ConfigLoader;
import org.joblist.config.JoblistConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * The daemon's jobs, called as its triggers call them, on an H2 file replaying the example
 * cassette (examples/cassette: three GitLab postings on Greenhouse).
 */
class DaemonRunsTest {
    @TempDir
    Path dir;

    // Regression for #5: one job list's broken markers stopped every list from publishing.
    @Test
    void aListThatFailsIsLoggedCountedAndPublishedAfterTheNextRunOnceItsFileIsMended()
            throws Exception {
        TestInstallation installation = new TestInstallation(dir);
        JoblistConfig config = ConfigLoader.load(installation.configFile(
                        TestInstallation.TWO_BOARDS, TestInstallation.TWO_LISTS, ""), Map.of())
                .withReplay(DaemonTest.EXAMPLE_CASSETTE);
        Path remote = installation.handWrittenFile("remote.md", "# Remote jobs\n");
        DaemonMetrics metrics = new DaemonMetrics();

        List<ILoggingEvent> errors;
        String metricsAfterFailure;
        try (Pipeline pipeline = Pipeline.open(config, Clock.systemUTC(), metrics)) {
            DaemonRuns runs = new DaemonRuns(config, pipeline, metrics);
            errors = errorsLoggedWhile(() -> runs.runSource("gitlab", null, null));
            metricsAfterFailure = metrics.scrape();
            Files.writeString(remote,
                    "# Remote jobs\n<!-- joblist:begin -->\n<!-- joblist:end -->\n");
            runs.runSource("gitlab", null, null);
        }

        assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.getFormattedMessage()).isEqualTo("publish: failed, still pending:"
                    + " publication remote: " + remote + ": no <!-- joblist:begin -->; expected"
                    + " one <!-- joblist:begin --> followed by one <!-- joblist:end -->, file left"
                    + " unchanged");
            assertThat(error.getThrowableProxy()).isNull();
        });
        assertThat(metricsAfterFailure)
                .contains("joblist_publishes_total{result=\"failed\"} 1.0\n")
                .doesNotContain("joblist_publishes_total{result=\"committed\"}");
        assertThat(metrics.scrape())
                .contains("joblist_publishes_total{result=\"failed\"} 1.0\n")
                .contains("joblist_publishes_total{result=\"committed\"} 1.0\n");
        // The second run changed no posting; the publishing left pending made the commit.
        assertThat(DaemonTest.commitMessages(installation.repository())).containsExactly(
                "Publish remote: 3 jobs (+3 new)", "Publish jobs: 3 jobs (+3 new)");
        assertThat(remote).content().startsWith("# Remote jobs\n<!-- joblist:begin -->\n");
    }

    /** The ERROR events logged for DaemonRuns while the action runs. */
    private static List<ILoggingEvent> errorsLoggedWhile(Runnable action) {
        Logger logger = (Logger) LoggerFactory.getLogger(DaemonRuns.class);
        ListAppender<ILoggingEvent> events = new ListAppender<>();
        events.start();
        logger.addAppender(events);
        try {
            action.run();
        } finally {
            logger.detachAppender(events);
        }
        return events.list.stream().filter(event -> event.getLevel() == Level.ERROR).toList();
    }
}
