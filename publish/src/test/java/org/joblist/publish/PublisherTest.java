package org.joblist.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.joblist.publish.Postings.golden;
import static org.joblist.publish.Postings.onsite;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.joblist.aggregate.StoredPosting;
import org.joblist.config.FeedFiles;
import org.joblist.config.GitConfig;
import org.joblist.config.PublicationConfig;
import org.joblist.config.PublicationFilter;
import org.joblist.config.SalaryStats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublisherTest {
    private static final Instant AUG_2 = Instant.parse("2026-08-02T21:05:33Z");
    private static final Instant AUG_3 = Instant.parse("2026-08-03T07:40:00Z");
    private static final PublicationConfig BACKEND = new PublicationConfig("backend",
            "Backend Jobs 2026", "README.md", "Fresh backend roles, updated every day.");

    @TempDir
    Path dir;

    @Test
    void writesTheGoldenReadmeIntoANewRepository() throws IOException {
        Path repository = dir.resolve("site");

        PublishResult result = publisher(repository, AUG_2).publish(BACKEND, golden());

        assertThat(result.file()).isEqualTo(repository.resolve("README.md"));
        assertThat(result.rows()).isEqualTo(6);
        assertThat(result.changed()).isTrue();
        assertThat(Files.readString(result.file())).isEqualTo(goldenText());
    }

    @Test
    void createsTheRepositoryOnTheConfiguredBranchAndCommitsAsTheConfiguredAuthor()
            throws IOException, GitAPIException {
        Path repository = dir.resolve("sites/jobs");

        PublishResult result = publisher(repository, AUG_2).publish(BACKEND, golden());

        try (Git git = Git.open(repository.toFile())) {
            assertThat(git.getRepository().getBranch()).isEqualTo("main");
            RevCommit commit = git.log().call().iterator().next();
            assertThat(commit.getName()).isEqualTo(result.commitId());
            assertThat(commit.getFullMessage()).isEqualTo("Publish backend: 6 jobs (+6 new)");
            assertThat(commit.getAuthorIdent().getName()).isEqualTo("joblist");
            assertThat(commit.getAuthorIdent().getEmailAddress()).isEqualTo("bot@example.com");
            assertThat(commit.getCommitterIdent().getWhenAsInstant()).isEqualTo(AUG_2);
        }
    }

    @Test
    void publishingTheSameCatalogueTwiceMakesOneCommit() throws IOException, GitAPIException {
        Path repository = dir.resolve("site");
        publisher(repository, AUG_2).publish(BACKEND, golden());

        PublishResult again = publisher(repository, AUG_3).publish(BACKEND, golden());

        assertThat(again.changed()).isFalse();
        assertThat(again.commitId()).isNull();
        assertThat(commitMessages(repository)).containsExactly("Publish backend: 6 jobs (+6 new)");
        assertThat(Files.readString(again.file())).isEqualTo(goldenText());
    }

    @Test
    void publicationsSharingARepositoryChangeInOneCommitNamingEach()
            throws IOException, GitAPIException {
        Path repository = dir.resolve("site");
        PublicationConfig all = new PublicationConfig("all", "All Jobs", "all.md", null);

        PublishReport report =
                publisher(repository, AUG_2).publishAll(List.of(BACKEND, all), golden());

        List<PublishResult> results = report.results();
        assertThat(report.failures()).isEmpty();
        assertThat(results).extracting(PublishResult::changed).containsExactly(true, true);
        assertThat(results.get(0).commitId()).isEqualTo(results.get(1).commitId());
        assertThat(commitMessages(repository)).containsExactly(
                "Publish backend, all\n\nbackend: 6 jobs (+6 new)\nall: 6 jobs (+6 new)\n");
        try (Git git = Git.open(repository.toFile())) {
            RevCommit head = git.log().setMaxCount(1).call().iterator().next();
            assertThat(pathsIn(git, head)).containsExactly("README.md", "all.md");
        }
    }

    // Regression for #5: a file with broken markers stopped the publications after it.
    @Test
    void aFileWithBrokenMarkersFailsItsPublicationAloneAndTheOthersAreCommitted()
            throws IOException, GitAPIException {
        Path repository = dir.resolve("site");
        initRepository(repository, "main");
        Path readme = Files.writeString(repository.resolve("README.md"), "# Hand-written\n");
        PublicationConfig all = new PublicationConfig("all", "All Jobs", "all.md", null);

        PublishReport report =
                publisher(repository, AUG_2).publishAll(List.of(BACKEND, all), golden());

        assertThat(report.failures())
                .extracting(PublishFailure::publicationId, PublishFailure::message)
                .containsExactly(tuple("backend", "publication backend: " + readme + ": no"
                        + " <!-- joblist:begin -->; expected one <!-- joblist:begin --> followed"
                        + " by one <!-- joblist:end -->, file left unchanged"));
        assertThat(report.results()).extracting(PublishResult::publicationId, PublishResult::rows,
                PublishResult::changed).containsExactly(tuple("all", 6, true));
        assertThat(commitMessages(repository)).containsExactly("Publish all: 6 jobs (+6 new)");
        assertThat(readme).hasContent("# Hand-written");
        try (Git git = Git.open(repository.toFile())) {
            RevCommit head = git.log().setMaxCount(1).call().iterator().next();
            assertThat(pathsIn(git, head)).containsExactly("all.md");
        }
    }

    @Test
    void aRepositoryOnAnotherBranchFailsOnlyThePublicationsItHolds()
            throws IOException, GitAPIException {
        Path design = dir.resolve("design");
        initRepository(design, "gh-pages");
        PublicationConfig designJobs = new PublicationConfig("design", "Design Jobs",
                "README.md", null, PublicationFilter.NONE, List.of(),
                new GitConfig(design, "main", "joblist", "bot@example.com"), null,
                PublicationConfig.DEFAULT_MAX_ROWS, false, SalaryStats.DEFAULT,
                PublicationConfig.DEFAULT_RECENTLY_CLOSED, FeedFiles.NONE);
        Path repository = dir.resolve("site");

        PublishReport report =
                publisher(repository, AUG_2).publishAll(List.of(designJobs, BACKEND), golden());

        assertThat(report.failures()).extracting(PublishFailure::message).containsExactly(
                "publication design: repository " + design + " is on branch gh-pages, not the"
                        + " configured branch main; check out main there first");
        assertThat(report.results()).extracting(PublishResult::publicationId)
                .containsExactly("backend");
        assertThat(commitMessages(repository)).containsExactly("Publish backend: 6 jobs (+6 new)");
        assertThat(design.resolve("README.md")).doesNotExist();
    }

    @Test
    void aChangedCatalogueMakesASecondCommitAndMovesLastUpdated()
            throws IOException, GitAPIException {
        Path repository = dir.resolve("site");
        publisher(repository, AUG_2).publish(BACKEND, golden());
        List<StoredPosting> fewer =
                new ArrayList<>(golden().postings().subList(1, 6));

        PublishResult result = publisher(repository, AUG_3).publish(BACKEND,
                new ListCatalog(fewer));

        assertThat(result.changed()).isTrue();
        assertThat(commitMessages(repository))
                .containsExactly("Publish backend: 5 jobs (1 removed)",
                        "Publish backend: 6 jobs (+6 new)");
        assertThat(Files.readString(result.file()))
                .contains("Last updated: Aug 3, 2026 at 07:40 UTC\n")
                .contains("**5 jobs** | 60% remote | 4 companies"
                        + " | Avg salary \\$59,000 / year in USD (2 of 5 jobs)\n")
                .doesNotContain("Notion");
    }

    @Test
    void keepsTheTextAroundTheMarkersByteForByte() throws IOException, GitAPIException {
        Path repository = dir.resolve("site");
        initRepository(repository, "main");
        byte[] before = Bytes.utf8("\uFEFF# My jobs\r\n\r\nHand-written \u00e9 text.\r\n");
        byte[] latin1After = {'\n', 'C', 'a', 'f', (byte) 0xE9, '\r', '\n'};
        Files.write(repository.resolve("README.md"), Bytes.concat(before,
                Bytes.utf8("<!-- joblist:begin -->\nold list\n<!-- joblist:end -->"), latin1After));

        PublishResult result = publisher(repository, AUG_2).publish(BACKEND, golden());

        byte[] block = Bytes.utf8(goldenText().stripTrailing());
        assertThat(Files.readAllBytes(result.file()))
                .isEqualTo(Bytes.concat(before, block, latin1After));
        assertThat(result.changed()).isTrue();
    }

    @Test
    void refusesAFileWithoutMarkersAndLeavesItAsItWas() throws IOException, GitAPIException {
        Path repository = dir.resolve("site");
        initRepository(repository, "main");
        Path readme = repository.resolve("docs/README.md");
        Files.createDirectories(readme.getParent());
        Files.writeString(readme, "# Hand-written\n<!-- joblist:end -->\n");
        PublicationConfig publication =
                new PublicationConfig("backend", "Backend Jobs 2026", "docs/README.md", null);

        assertThatThrownBy(() -> publisher(repository, AUG_2).publish(publication, golden()))
                .isInstanceOf(PublishException.class)
                .hasMessage("publication backend: " + readme + ": no <!-- joblist:begin -->;"
                        + " expected one <!-- joblist:begin --> followed by one"
                        + " <!-- joblist:end -->, file left unchanged");

        assertThat(readme).hasContent("# Hand-written\n<!-- joblist:end -->\n");
        assertThat(commitMessages(repository)).isEmpty();
    }

    @Test
    void refusesAnIntroHoldingAMarker() {
        PublicationConfig publication = new PublicationConfig(
                "backend", "Backend Jobs 2026", "README.md", "Ends here: <!-- joblist:end -->");

        assertThatThrownBy(() -> publisher(dir, AUG_2).publish(publication, golden()))
                .isInstanceOf(PublishException.class)
                .hasMessage("publication backend: the rendered list: <!-- joblist:end -->"
                        + " appears 2 times; expected one <!-- joblist:begin --> followed by one"
                        + " <!-- joblist:end -->, file left unchanged");

        assertThat(dir.resolve("README.md")).doesNotExist();
    }

    @Test
    void refusesToWriteThroughASymbolicLink() throws IOException, GitAPIException {
        Path repository = dir.resolve("site");
        initRepository(repository, "main");
        Path outside = Files.writeString(dir.resolve("outside.md"),
                "<!-- joblist:begin -->\n<!-- joblist:end -->\n");
        Files.createSymbolicLink(repository.resolve("README.md"), outside);

        assertThatThrownBy(() -> publisher(repository, AUG_2).publish(BACKEND, golden()))
                .isInstanceOf(PublishException.class)
                .hasMessage("publication backend: file README.md of repository " + repository
                        + ": " + repository.resolve("README.md") + " is a symbolic link; joblist"
                        + " writes only regular files in the work tree");
        assertThat(Files.readString(outside)).isEqualTo(
                "<!-- joblist:begin -->\n<!-- joblist:end -->\n");
    }

    @Test
    void refusesADirectoryThatHoldsFilesButNoRepository() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("notes"));
        Files.writeString(folder.resolve("todo.txt"), "mine");

        assertThatThrownBy(() -> publisher(folder, AUG_2).publish(BACKEND, golden()))
                .isInstanceOf(PublishException.class)
                .hasMessage("publication backend: repository " + folder + ": exists and is not"
                        + " a git work tree; set git.repository to a repository or to a directory"
                        + " that does not exist yet");
        assertThat(folder.resolve(".git")).doesNotExist();
    }

    @Test
    void refusesABareRepository() throws GitAPIException {
        Path bare = dir.resolve("bare.git");
        Git.init().setBare(true).setDirectory(bare.toFile()).call().close();

        assertThatThrownBy(() -> publisher(bare, AUG_2).publish(BACKEND, golden()))
                .isInstanceOf(PublishException.class)
                .hasMessage("publication backend: repository " + bare + ": is a bare repository;"
                        + " joblist needs a work tree (clone it and set git.repository to the"
                        + " clone)");
    }

    @Test
    void refusesARepositoryOnAnotherBranch() throws GitAPIException {
        Path repository = dir.resolve("site");
        initRepository(repository, "gh-pages");

        assertThatThrownBy(() -> publisher(repository, AUG_2).publish(BACKEND, golden()))
                .isInstanceOf(PublishException.class)
                .hasMessage("publication backend: repository " + repository + " is on branch"
                        + " gh-pages, not the configured branch main; check out main there first");

        assertThat(repository.resolve("README.md")).doesNotExist();
    }

    @Test
    void commitsOnlyThePublishedFile() throws IOException, GitAPIException {
        Path repository = dir.resolve("site");
        initRepository(repository, "main");
        Files.writeString(repository.resolve("notes.md"), "staged, not ours\n");
        Files.writeString(repository.resolve("draft.md"), "untracked, not ours\n");
        try (Git git = Git.open(repository.toFile())) {
            git.add().addFilepattern("notes.md").call();
        }

        publisher(repository, AUG_2).publish(BACKEND, golden());

        try (Git git = Git.open(repository.toFile())) {
            RevCommit head = git.log().call().iterator().next();
            assertThat(pathsIn(git, head)).containsExactly("README.md");
            assertThat(git.status().call().getAdded()).containsExactly("notes.md");
            assertThat(git.status().call().getUntracked()).containsExactly("draft.md");
        }
        assertThat(repository.resolve("draft.md")).hasContent("untracked, not ours");
    }

    @Test
    void commitsAFileLeftUncommittedByAnEarlierRun() throws IOException, GitAPIException {
        Path repository = dir.resolve("site");
        initRepository(repository, "main");
        Files.writeString(repository.resolve("README.md"), goldenText());

        PublishResult result = publisher(repository, AUG_3).publish(BACKEND, golden());

        assertThat(result.changed()).isTrue();
        assertThat(commitMessages(repository)).containsExactly("Publish backend: 6 jobs");
        assertThat(Files.readString(result.file())).isEqualTo(goldenText());
    }

    @Test
    void refusesAFileOutsideTheRepository() {
        Path repository = dir.resolve("site");
        PublicationConfig publication =
                new PublicationConfig("backend", "Backend Jobs 2026", "../README.md", null);

        assertThatThrownBy(() -> publisher(repository, AUG_2).publish(publication, golden()))
                .isInstanceOf(PublishException.class)
                .hasMessage("publication backend: file ../README.md is not a work tree file of"
                        + " repository " + repository);

        assertThat(dir.resolve("README.md")).doesNotExist();
    }

    @Test
    void writesSingularCountsForOneJob() throws IOException, GitAPIException {
        Path repository = dir.resolve("site");

        PublishResult result = publisher(repository, AUG_2)
                .publish(BACKEND, ListCatalog.of(onsite("Langdock", "Platform Engineer")));

        assertThat(Files.readString(result.file()))
                .contains("\n**1 job** | 0% remote | 1 company\n");
        assertThat(commitMessages(repository)).containsExactly("Publish backend: 1 job (+1 new)");
    }

    @Test
    void writesAnEmptyTableForAnEmptyCatalogue() throws IOException {
        PublishResult result = publisher(dir.resolve("site"), AUG_2)
                .publish(BACKEND, ListCatalog.of());

        assertThat(Files.readString(result.file())).endsWith(""
                + "**0 jobs** | 0% remote | 0 companies\n"
                + "\n"
                + "| Company | Position | Location | Type | Date |\n"
                + "|---|---|---|---|---|\n"
                + "<!-- joblist:end -->\n");
        assertThat(result.rows()).isZero();
    }

    private static Publisher publisher(Path repository, Instant now) {
        GitConfig git = new GitConfig(repository, "main", "joblist", "bot@example.com");
        return new Publisher(git, Clock.fixed(now, ZoneOffset.UTC));
    }

    private static void initRepository(Path repository, String branch) throws GitAPIException {
        Git.init().setDirectory(repository.toFile()).setInitialBranch(branch).call().close();
    }

    private static List<String> commitMessages(Path repository)
            throws IOException, GitAPIException {
        List<String> messages = new ArrayList<>();
        try (Git git = Git.open(repository.toFile())) {
            if (git.getRepository().resolve("HEAD") == null) {
                return messages;
            }
            git.log().call().forEach(commit -> messages.add(commit.getFullMessage()));
        }
        return messages;
    }

    private static List<String> pathsIn(Git git, RevCommit commit) throws IOException {
        List<String> paths = new ArrayList<>();
        try (TreeWalk walk = new TreeWalk(git.getRepository())) {
            walk.addTree(commit.getTree());
            walk.setRecursive(true);
            while (walk.next()) {
                paths.add(walk.getPathString());
            }
        }
        return paths;
    }

    /** The README expected from {@link Postings#golden()} at {@link #AUG_2}, read by hand. */
    private static String goldenText() throws IOException {
        try (InputStream in = PublisherTest.class.getResourceAsStream("golden-README.md")) {
            return new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
