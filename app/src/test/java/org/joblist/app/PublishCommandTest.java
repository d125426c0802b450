package org.joblist.app;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.joblist.aggregate.store.PostingStore;
import org.joblist.config.ConfigLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code joblist publish}: the job lists rendered again from the store, without ingesting. */
class PublishCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void dryRunPrintsTheDiffAndCommitsNothingThenPublishCommitsItOnce() throws Exception {
        TestInstallation installation = new TestInstallation(dir);
        Path config = installation.configFile();
        assertThat(run("backfill", "--config", config.toString(), "--replay",
                installation.cassette().toString())).isZero();
        Files.writeString(config, Files.readString(config, UTF_8)
                .replace("title: Remote and Tech Jobs", "title: Remote Jobs")
                .replace("  - id: gitlab\n    kind: greenhouse\n    board: gitlab\n", ""), UTF_8);
        String before = installation.readme();

        int dryRun = run("publish", "--dry-run", "--config", config.toString());

        assertThat(dryRun).isZero();
        assertThat(out.toString()).startsWith("--- a/README.md\n+++ b/README.md\n@@ -1,5 +1,5 @@\n"
                + " <!-- joblist:begin -->\n-# Remote and Tech Jobs\n+# Remote Jobs\n");
        assertThat(installation.readme()).isEqualTo(before);
        assertThat(commitMessages(installation.repository())).hasSize(1);

        out.getBuffer().setLength(0);
        int publish = run("publish", "--config", config.toString());
        String firstOut = out.toString();
        out.getBuffer().setLength(0);
        int again = run("publish", "--config", config.toString());

        assertThat(publish).isZero();
        assertThat(again).isZero();
        assertThat(firstOut).startsWith("publication jobs: "
                + installation.repository().resolve("README.md") + ", 7 rows, committed ");
        assertThat(out.toString()).isEqualTo("publication jobs: "
                + installation.repository().resolve("README.md")
                + ", 7 rows, unchanged, no commit\n");
        assertThat(installation.readme()).startsWith("<!-- joblist:begin -->\n# Remote Jobs\n")
                .contains("**7 jobs**");
        assertThat(commitMessages(installation.repository()))
                .containsExactly("Publish jobs: 7 jobs", "Publish jobs: 7 jobs (+7 new)");
        assertThat(err.toString()).isEmpty();
    }

    // Regression: publish rendered the store's postings without curation and without dedupe.
    @Test
    void publishesTheCuratedDeduplicatedListThatBackfillCommitted() throws Exception {
        TestInstallation installation = new TestInstallation(dir);
        Path config = installation.configFile(TestInstallation.TWO_BOARDS + """
                  - id: gitlab-again
                    kind: greenhouse
                    board: gitlab
                """, """
                curation:
                  blockedCompanies: [Bevoxe]
                """);
        assertThat(run("backfill", "--config", config.toString(), "--replay",
                installation.cassette().toString())).isZero();
        String committed = installation.readme();

        int dryRun = run("publish", "--dry-run", "--config", config.toString());
        int publish = run("publish", "--config", config.toString());

        assertThat(dryRun).isZero();
        assertThat(publish).isZero();
        assertThat(out.toString()).isEqualTo("publication jobs: "
                + installation.repository().resolve("README.md")
                + ", 6 rows, unchanged, no commit\n");
        assertThat(installation.readme()).isEqualTo(committed).doesNotContain("Bevoxe");
        assertThat(err.toString()).isEmpty();
    }

    // Regression for #5: one job list's broken markers stopped every list from publishing.
    @Test
    void aListWhoseFileLostItsMarkersFailsAloneAndPublishExitsWithTwo() throws Exception {
        TestInstallation installation = new TestInstallation(dir);
        Path config = installation.configFile(
                TestInstallation.TWO_BOARDS, TestInstallation.TWO_LISTS, "");
        assertThat(run("backfill", "--config", config.toString(), "--replay",
                installation.cassette().toString())).isZero();
        Path remote = installation.handWrittenFile("remote.md", "# Remote jobs\n");
        Files.writeString(config, Files.readString(config, UTF_8)
                .replace("title: Remote and Tech Jobs", "title: Tech Jobs"), UTF_8);
        out.getBuffer().setLength(0);

        int dryRun = run("publish", "--dry-run", "--config", config.toString());
        String diff = out.toString();
        out.getBuffer().setLength(0);
        int publish = run("publish", "--config", config.toString());

        String line = "joblist: publication remote: " + remote + ": no <!-- joblist:begin -->;"
                + " expected one <!-- joblist:begin --> followed by one <!-- joblist:end -->,"
                + " file left unchanged\n";
        assertThat(dryRun).isEqualTo(UserErrorHandler.EXIT_BAD_INPUT);
        assertThat(publish).isEqualTo(UserErrorHandler.EXIT_BAD_INPUT);
        assertThat(err.toString()).isEqualTo(line + line);
        assertThat(diff).startsWith("--- a/README.md\n+++ b/README.md\n@@ -1,5 +1,5 @@\n"
                + " <!-- joblist:begin -->\n-# Remote and Tech Jobs\n+# Tech Jobs\n")
                .doesNotContain("remote.md");
        assertThat(out.toString()).startsWith("publication jobs: "
                + installation.repository().resolve("README.md") + ", 7 rows, committed ")
                .doesNotContain("publication remote");
        assertThat(remote).hasContent("# Remote jobs");
        assertThat(commitMessages(installation.repository())).containsExactly(
                "Publish jobs: 7 jobs",
                "Publish jobs, remote\n\njobs: 7 jobs (+7 new)\nremote: 7 jobs (+7 new)\n");
    }

    @Test
    void refusesAStoreFileThatDoesNotExistAndCreatesNone() {
        TestInstallation installation = new TestInstallation(dir);
        Path config = installation.configFile();

        int dryRun = run("publish", "--dry-run", "--config", config.toString());
        int publish = run("publish", "--config", config.toString());

        String line = "joblist: store jdbc:h2:file:" + dir.resolve("data/joblist")
                + ": cannot open: " + dir.resolve("data/joblist.mv.db") + " does not exist;"
                + " check store.url, or ingest into the store first\n";
        assertThat(dryRun).isEqualTo(UserErrorHandler.EXIT_BAD_INPUT);
        assertThat(publish).isEqualTo(UserErrorHandler.EXIT_BAD_INPUT);
        assertThat(err.toString()).isEqualTo(line + line);
        assertThat(out.toString()).isEmpty();
        assertThat(dir.resolve("data")).doesNotExist();
        assertThat(installation.repository()).doesNotExist();
    }

    @Test
    void refusesAStoreThatNeverRecordedARunAndWritesNothing() {
        TestInstallation installation = new TestInstallation(dir);
        Path config = installation.configFile();
        // A store that exists and holds no run, such as an empty PostgreSQL database.
        PostingStore.open(ConfigLoader.load(config, Map.of()).store(), Clock.systemUTC()).close();

        int dryRun = run("publish", "--dry-run", "--config", config.toString());
        int publish = run("publish", "--config", config.toString());

        String line = "joblist: store.url jdbc:h2:file:" + dir.resolve("data/joblist")
                + ": no run was ever recorded in this store, so publishing would empty every"
                + " list; check store.url, or run joblist backfill first\n";
        assertThat(dryRun).isEqualTo(UserErrorHandler.EXIT_BAD_INPUT);
        assertThat(publish).isEqualTo(UserErrorHandler.EXIT_BAD_INPUT);
        assertThat(err.toString()).isEqualTo(line + line);
        assertThat(out.toString()).isEmpty();
        assertThat(installation.repository()).doesNotExist();
    }

    private static List<String> commitMessages(Path repository) throws Exception {
        List<String> messages = new ArrayList<>();
        try (Git git = Git.open(repository.toFile())) {
            git.log().call().forEach(commit -> messages.add(commit.getFullMessage()));
        }
        return messages;
    }

    private int run(String... args) {
        CommandLine commandLine = Main.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }
}
