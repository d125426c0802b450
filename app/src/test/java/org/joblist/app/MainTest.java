package org.joblist.app;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.joblist.config.ConfigLoader;
import org.joblist.config.SourceKind;
import org.joblist.ingest.Fixtures;
import org.joblist.ingest.http.CassetteWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line as a user meets it: exit codes and one-line errors on standard error. */
class MainTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void missingConfigFileExitsWithOneLineAndNoStackTrace() {
        Path missing = dir.resolve("nope.yml");

        int exit = run("backfill", "--config", missing.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("joblist: " + missing + ": no such config file"
                + " (create it, or name another with --config FILE)" + System.lineSeparator());
    }

    @Test
    void unknownSourceKindExitsWithOneLineNamingTheKey() throws Exception {
        Path config = dir.resolve("joblist.yml");
        Files.writeString(config, "sources:\n  - id: jobs\n    kind: monster\n", UTF_8);

        int exit = run("backfill", "--config", config.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("joblist: " + config + ": sources[0].kind:"
                + " \"monster\" is not a source kind (one of: " + SourceKind.configNames() + ")"
                + System.lineSeparator());
    }

    @Test
    void missingCassetteIndexIsBadInput() {
        Path config = new TestInstallation(dir).configFile();
        Path cassette = dir.resolve("no-cassette");

        int exit = run("backfill", "--config", config.toString(), "--replay", cassette.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("joblist: " + cassette.resolve("index.json")
                + ": no such file (a cassette directory holds an index.json)"
                + System.lineSeparator());
    }

    @Test
    void replayAndRecordTogetherAreRefused() {
        int exit = run("backfill", "--replay", "a", "--record", "b");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("joblist: --replay and --record exclude each"
                + " other: a run either replays a cassette or records one (see 'joblist"
                + " backfill --help')" + System.lineSeparator());
    }

    @Test
    void anOptionWithoutItsValueIsOneLineNamingTheCommandsHelp() {
        int exit = run("daemon", "--config");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("joblist: Missing required parameter for option"
                + " '--config' (FILE) (see 'joblist daemon --help')" + System.lineSeparator());
    }

    @Test
    void aFailedSourceExitsWithOneAfterPublishingTheOthers() throws Exception {
        TestInstallation installation = new TestInstallation(dir);
        Path cassette = dir.resolve("cassette");
        Path gitlab = Fixtures.shared("greenhouse/jobs-content-gitlab.json");
        byte[] truncated = Arrays.copyOf(Files.readAllBytes(gitlab), 1234);
        CassetteWriter writer = CassetteWriter.open(cassette);
        writer.add("GET", TestInstallation.GITLAB_URL, 200, Fixtures.JSON, truncated);
        writer.add("GET", TestInstallation.REMOTEOK_URL, 200, Fixtures.JSON,
                Fixtures.shared("remoteok/api-trimmed-2026-08-03.json"));

        int exit = run("backfill", "--config", installation.configFile().toString(),
                "--replay", cassette.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(installation.readme()).contains("**4 jobs**");
        assertThat(out.toString()).isEmpty();
    }

    // Regression for #5: one job list's broken markers stopped every list from publishing.
    @Test
    void aListWhoseFileLostItsMarkersFailsAloneAndBackfillExitsWithTwoKeepingWhatItStored()
            throws Exception {
        TestInstallation installation = new TestInstallation(dir);
        Path config = installation.configFile(
                TestInstallation.TWO_BOARDS, TestInstallation.TWO_LISTS, "");
        Path remote = installation.handWrittenFile("remote.md", "# Remote jobs\n");
        Path cassette = installation.cassette();

        int exit = run("backfill", "--config", config.toString(), "--replay", cassette.toString());

        assertThat(exit).isEqualTo(UserErrorHandler.EXIT_BAD_INPUT);
        assertThat(err.toString()).isEqualTo("joblist: publication remote: " + remote + ": no"
                + " <!-- joblist:begin -->; expected one <!-- joblist:begin --> followed by one"
                + " <!-- joblist:end -->, file left unchanged" + System.lineSeparator());
        assertThat(out.toString()).isEmpty();
        assertThat(installation.readme()).contains("**7 jobs**");
        assertThat(remote).hasContent("# Remote jobs");
        assertThat(DaemonTest.commitMessages(installation.repository()))
                .containsExactly("Publish jobs: 7 jobs (+7 new)");
        assertThat(installation.storedPostings(ConfigLoader.load(config, Map.of()))).hasSize(7);
    }

    @Test
    void aChallengePageBlocksItsSourceExitsWithOneAndSourcesListsTheOutcomes() throws Exception {
        TestInstallation installation = new TestInstallation(dir);
        Path cassette = dir.resolve("cassette");
        CassetteWriter writer = CassetteWriter.open(cassette);
        writer.add("GET", TestInstallation.GITLAB_URL, 403, "text/html; charset=UTF-8",
                ("<!DOCTYPE html><html lang=\"en-US\"><head><title>Just a moment...</title>"
                        + "</head><body>Enable JavaScript and cookies to continue</body></html>")
                        .getBytes(UTF_8));
        writer.add("GET", TestInstallation.REMOTEOK_URL, 200, Fixtures.JSON,
                Fixtures.shared("remoteok/api-trimmed-2026-08-03.json"));
        String configFile = installation.configFile().toString();

        int backfill = run("backfill", "--config", configFile, "--replay", cassette.toString());
        int sources = run("sources", "--config", configFile);

        assertThat(backfill).isEqualTo(1);
        assertThat(sources).isEqualTo(0);
        assertThat(out.toString().split(System.lineSeparator())).satisfiesExactly(
                gitlab -> assertThat(gitlab).matches("gitlab    greenhouse  blocked      \\S+Z  "
                        + "source gitlab: \\Q" + TestInstallation.GITLAB_URL + "\\E: blocked:"
                        + " Cloudflare challenge page \\(HTTP 403\\)"),
                remoteOk -> assertThat(remoteOk)
                        .matches("remoteok  remoteok    ok           \\S+Z  read to the end"));
    }

    @Test
    void sourcesAndStatusReadingNoStoreYetCreateNoneAndSaySo() {
        Path config = new TestInstallation(dir).configFile();
        String noStore = "joblist: no store at " + dir.resolve("data/joblist.mv.db") + " yet"
                + " (store.url jdbc:h2:file:" + dir.resolve("data/joblist") + "); every source is"
                + " shown as never run" + System.lineSeparator();

        int sources = run("sources", "--config", config.toString());
        String sourcesErr = err.toString();
        err.getBuffer().setLength(0);
        int status = run("status", "--config", config.toString());

        assertThat(sources).isZero();
        assertThat(status).isZero();
        assertThat(out.toString()).startsWith("gitlab    greenhouse  never run"
                + System.lineSeparator() + "remoteok  remoteok    never run"
                + System.lineSeparator());
        assertThat(sourcesErr).isEqualTo(noStore);
        assertThat(err.toString()).isEqualTo(noStore);
        assertThat(dir.resolve("data")).doesNotExist();
    }

    @Test
    void daemonRefusesToClusterOnAnH2StoreInOneLine() {
        TestInstallation installation = new TestInstallation(dir);
        Path config = installation.configFile(TestInstallation.TWO_BOARDS,
                "scheduler:\n  clustered: true\n");

        int exit = run("daemon", "--config", config.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("joblist: " + config + ": scheduler.clustered: true"
                + " needs a PostgreSQL store that every node shares (store.url:"
                + " jdbc:postgresql://host:port/database), not jdbc:h2:file:"
                + dir.resolve("data/joblist") + "; leave it out (or false) to run one daemon"
                + System.lineSeparator());
    }

    @Test
    void daemonNamesAServerPortThatIsTakenAndLeavesTheStoreUsable() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            TestInstallation installation = new TestInstallation(dir);
            Path config = installation.configFile(TestInstallation.TWO_BOARDS,
                    "server:\n  port: " + port + "\n");

            int daemon = run("daemon", "--config", config.toString());
            int sources = run("sources", "--config", config.toString());

            assertThat(daemon).isEqualTo(2);
            assertThat(err.toString()).isEqualTo("joblist: server: cannot listen on 127.0.0.1:"
                    + port + " (java.net.BindException: Address already in use); set another"
                    + " server.host or server.port" + System.lineSeparator());
            assertThat(sources).isEqualTo(0);
        }
    }

    private int run(String... args) {
        CommandLine commandLine = Main.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }
}
