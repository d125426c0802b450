package org.joblist.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.joblist.aggregate.RunId;
import org.joblist.aggregate.SourceOutcome;
import org.joblist.aggregate.SourceStatus;
import org.joblist.aggregate.store.PostingStore;
import org.joblist.aggregate.store.SourceTransaction;
import org.joblist.config.ConfigLoader;
import org.joblist.config.JoblistConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class StatusCommandTest {
    private static final Instant NOON = Instant.parse("2026-08-20T12:00:00Z");
    // Schedules whose slots are the same instants in every time zone (offsets are whole quarters);
    // remoteok, the last of the two boards, has its own.
    private static final String SOURCES = TestInstallation.TWO_BOARDS + """
                schedule: "0 */15 * * * ?"
              - id: design
                kind: greenhouse
                board: design
            scheduler:
              defaultSchedule: "*/20 * * * * ?"
              publishSchedule: "0 */15 * * * ?"
            """;

    @TempDir
    Path dir;

    @Test
    void showsEachSourcesLastRunAndNextRunAndWhenPublishingHappens() {
        Path file = new TestInstallation(dir).configFile(SOURCES, "");
        JoblistConfig config = ConfigLoader.load(file, Map.of());
        try (PostingStore store = PostingStore.open(config.store(),
                Clock.fixed(NOON, ZoneOffset.UTC))) {
            RunId gitlab = store.startRun();
            try (SourceTransaction transaction = store.beginSource(gitlab, "gitlab")) {
                transaction.commit(new SourceOutcome("gitlab", SourceStatus.OK, 1, 3, 3, 0, 0,
                        "read to the end", NOON, Duration.ofMillis(1_250)));
            }
            store.finishRun(gitlab);
            RunId remoteOk = store.startRun();
            store.recordOutcome(remoteOk, new SourceOutcome("remoteok", SourceStatus.ERROR, 0, 0,
                    0, 0, 0, "source remoteok: https://remoteok.com/api: HTTP 503",
                    NOON.plusMillis(1_500), Duration.ofMillis(40)));
            store.finishRun(remoteOk);
        }
        StatusCommand command = new StatusCommand();
        command.clock = Clock.fixed(Instant.parse("2026-08-20T12:07:30Z"), ZoneOffset.UTC);
        StringWriter out = new StringWriter();
        CommandLine commandLine = new CommandLine(command);
        commandLine.setOut(new PrintWriter(out, true));

        int exit = commandLine.execute("--config", file.toString());

        assertThat(exit).isEqualTo(0);
        assertThat(out.toString()).isEqualToNormalizingNewlines("""
                SOURCE    LAST RUN      STARTED                 SEEN     NEW  UPDATED  TOOK       NEXT RUN              SCHEDULE
                gitlab    ok            2026-08-20T12:00:00Z       3       3        0  1250 ms    2026-08-20T12:07:40Z  */20 * * * * ?
                remoteok  error         2026-08-20T12:00:01Z       0       0        0  40 ms      2026-08-20T12:15:00Z  0 */15 * * * ?
                          source remoteok: https://remoteok.com/api: HTTP 503
                design    never run                                                               2026-08-20T12:07:40Z  */20 * * * * ?
                publishing: on "0 */15 * * * ?" when runs changed postings, next at 2026-08-20T12:15:00Z
                """);
    }
}
