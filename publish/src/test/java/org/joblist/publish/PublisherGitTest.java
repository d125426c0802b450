package org.joblist.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.joblist.publish.Postings.closedAt;
import static org.joblist.publish.Postings.golden;
import static org.joblist.publish.Postings.posting;
import static org.joblist.publish.Postings.with;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.joblist.aggregate.StoredPosting;
import org.joblist.config.GitConfig;
import org.joblist.config.PublicationConfig;
import org.joblist.ingest.WorkplaceType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Commits that say what changed, and pushes that never force. */
class PublisherGitTest {
    private static final Instant AUG_2 = Instant.parse("2026-08-02T21:05:33Z");
    private static final Instant AUG_3 = Instant.parse("2026-08-03T07:40:00Z");
    private static final PublicationConfig BACKEND = new PublicationConfig("backend",
            "Backend Jobs 2026", "README.md", "Fresh backend roles, updated every day.");
    private static final StoredPosting NEW_ONE = with(posting("Zed Industries", "Rust Engineer",
            "Remote, Europe", WorkplaceType.REMOTE, "2026-08-02", "https://zed.dev/jobs/rust"),
            p -> p.skills(List.of("Rust")));

    @TempDir
    Path dir;

    /**
     * The stats are the stats line and the two charts drawn from the same rows: a new posting
     * adds a bar to its week and its skills to the skills chart, and moves nothing else.
     */
    @Test
    void aOnePostingChangeMakesACommitTouchingOnlyThatRowTheStatsWithTheirChartsAndTheDateLine()
            throws IOException, GitAPIException {
        Path site = dir.resolve("site");
        publisher(local(site), AUG_2).publish(BACKEND, golden());

        PublishResult result = publisher(local(site), AUG_3).publish(BACKEND, withNewOne());

        assertThat(commitMessages(site)).first()
                .isEqualTo("Publish backend: 7 jobs (+1 new)");
        assertThat(changedLines(site, result.commitId())).containsExactly(
                "-Last updated: Aug 2, 2026 at 21:05 UTC",
                "+Last updated: Aug 3, 2026 at 07:40 UTC",
                "-**6 jobs** | 50% remote | 5 companies"
                        + " | Avg salary \\$109,000 / year in USD (3 of 6 jobs)",
                "+**7 jobs** | 57% remote | 6 companies"
                        + " | Avg salary \\$109,000 / year in USD (3 of 7 jobs)",
                "-    bar [0, 3, 0, 0, 0, 0, 0, 0, 0, 1, 0, 1]",
                "+    bar [0, 3, 0, 0, 0, 0, 0, 0, 0, 1, 0, 2]",
                "-    x-axis [\"Python\", \"SQL\", \".NET\", \"C#\", \"Go\", \"Java\", \"LLM\","
                        + " \"Ruby\"]",
                "+    x-axis [\"Python\", \"SQL\", \".NET\", \"C#\", \"Go\", \"Java\", \"LLM\","
                        + " \"Ruby\", \"Rust\"]",
                "-    bar [3, 3, 1, 1, 1, 1, 1, 1]",
                "+    bar [3, 3, 1, 1, 1, 1, 1, 1, 1]",
                "+| Zed Industries | [Rust Engineer](https://zed.dev/jobs/rust) | Remote, Europe"
                        + " | Remote | Aug 2, 2026 |");
    }

    @Test
    void aPostingWhoseLocationChangedChangesOnlyItsRowAndTheDateLine()
            throws IOException, GitAPIException {
        Path site = dir.resolve("site");
        publisher(local(site), AUG_2).publish(BACKEND, golden());
        List<StoredPosting> postings = new ArrayList<>(golden().postings());
        postings.set(2, with(postings.get(2), p -> p.location("Remote, India")));

        PublishResult result =
                publisher(local(site), AUG_3).publish(BACKEND, new ListCatalog(postings));

        assertThat(commitMessages(site)).first().isEqualTo("Publish backend: 6 jobs (1 changed)");
        assertThat(changedLines(site, result.commitId())).containsExactly(
                "-Last updated: Aug 2, 2026 at 21:05 UTC",
                "+Last updated: Aug 3, 2026 at 07:40 UTC",
                "-| GitLab | [AI Engineer](https://job-boards.greenhouse.io/gitlab/jobs/8556658002)"
                        + " | Remote, Bangalore | Remote | May 22, 2026 |",
                "+| GitLab | [AI Engineer](https://job-boards.greenhouse.io/gitlab/jobs/8556658002)"
                        + " | Remote, India | Remote | May 22, 2026 |");
    }

    @Test
    void theCommitMessageCountsAClosedPostingAsClosedAndOneThatAgedOutAsRemoved()
            throws IOException, GitAPIException {
        Path site = dir.resolve("site");
        publisher(local(site), AUG_2).publish(BACKEND, withNewOne());
        List<StoredPosting> postings = new ArrayList<>(withNewOne().postings());
        postings.set(0, closedAt(postings.get(0), "2026-08-03T06:00:00Z"));
        postings.remove(postings.size() - 1);

        PublishResult result = publisher(local(site), AUG_3)
                .publish(BACKEND, new ListCatalog(postings));

        assertThat(commitMessages(site)).first()
                .isEqualTo("Publish backend: 5 jobs (1 closed, 1 removed)");
        assertThat(Files.readString(result.file())).contains("\n| Company | Position | Location"
                + " | Type | Closed |\n|---|---|---|---|---|\n"
                + "| Notion | Software Engineer, Enterprise Data | San Francisco, California"
                + " | Hybrid | Aug 3, 2026 |\n");
    }

    @Test
    void rowsOfTheRecentlyClosedSectionCountAsNoListedRows() throws IOException, GitAPIException {
        Path site = dir.resolve("site");
        List<StoredPosting> postings = new ArrayList<>(golden().postings());
        postings.set(0, closedAt(postings.get(0), "2026-08-02T06:00:00Z"));
        publisher(local(site), AUG_2).publish(BACKEND, new ListCatalog(postings));
        postings.add(1, NEW_ONE);

        publisher(local(site), AUG_3).publish(BACKEND, new ListCatalog(postings));

        assertThat(commitMessages(site)).containsExactly("Publish backend: 6 jobs (+1 new)",
                "Publish backend: 5 jobs (+5 new)");
    }

    @Test
    void pushesToALocalBareRepository() throws IOException, GitAPIException {
        Path remote = bare(dir.resolve("remote.git"));

        PublishResult result = publisher(pushing(dir.resolve("site"), remote), AUG_2)
                .publish(BACKEND, golden());

        try (Git git = Git.open(remote.toFile())) {
            assertThat(git.getRepository().resolve("refs/heads/main").getName())
                    .isEqualTo(result.commitId());
        }
        assertThat(commitMessages(remote)).containsExactly("Publish backend: 6 jobs (+6 new)");
    }

    @Test
    void whenTheRemoteMovedOnThePublishRebasesOntoItAndPushesWithoutForce()
            throws IOException, GitAPIException {
        Path remote = bare(dir.resolve("remote.git"));
        GitConfig git = pushing(dir.resolve("site"), remote);
        publisher(git, AUG_2).publish(BACKEND, golden());
        pushFromAnotherClone(remote, "CONTRIBUTING.md", text -> "Send corrections by issue.\n",
                "Add contributing notes");

        publisher(git, AUG_3).publish(BACKEND, withNewOne());

        assertThat(commitMessages(remote)).containsExactly("Publish backend: 7 jobs (+1 new)",
                "Add contributing notes", "Publish backend: 6 jobs (+6 new)");
        assertThat(dir.resolve("site/CONTRIBUTING.md")).hasContent("Send corrections by issue.");
        try (Git site = Git.open(dir.resolve("site").toFile());
                Git bare = Git.open(remote.toFile())) {
            assertThat(site.getRepository().resolve("HEAD"))
                    .isEqualTo(bare.getRepository().resolve("main"));
        }
    }

    @Test
    void aConflictingRemoteChangeStopsTheRebaseWithOneLineAndKeepsTheLocalCommit()
            throws IOException, GitAPIException {
        Path remote = bare(dir.resolve("remote.git"));
        GitConfig git = pushing(dir.resolve("site"), remote);
        publisher(git, AUG_2).publish(BACKEND, golden());
        pushFromAnotherClone(remote, "README.md",
                text -> text.replace("**6 jobs** | 50% remote", "**6 open jobs** | 50% remote"),
                "Reword stats");

        assertThatThrownBy(() -> publisher(git, AUG_3).publish(BACKEND, withNewOne()))
                .isInstanceOf(PublishException.class)
                .hasMessage("publication backend: repository " + dir.resolve("site")
                        + ": cannot push main to " + remote.toUri() + ": the remote moved on and"
                        + " rebasing onto it stopped (stopped in README.md); the local commits are"
                        + " kept, resolve by hand");

        assertThat(commitMessages(remote)).containsExactly("Reword stats",
                "Publish backend: 6 jobs (+6 new)");
        assertThat(commitMessages(dir.resolve("site"))).first()
                .isEqualTo("Publish backend: 7 jobs (+1 new)");
        try (Git site = Git.open(dir.resolve("site").toFile())) {
            assertThat(site.status().call().isClean()).isTrue();
            assertThat(site.getRepository().getBranch()).isEqualTo("main");
        }
    }

    @Test
    void aFailedPushNamesTheRemoteButNeverTheToken() throws IOException {
        Path site = dir.resolve("site");
        publisher(local(site), AUG_2).publish(BACKEND, golden());
        String missing = dir.resolve("missing.git").toUri().toString();
        GitConfig git = local(site).withRemote(missing, "ghp_s3cret");

        assertThatThrownBy(() -> publisher(git, AUG_3).publish(BACKEND, withNewOne()))
                .isInstanceOf(PublishException.class)
                .hasMessageStartingWith("publication backend: repository " + site
                        + ": cannot push main to " + missing + ": ")
                .message().doesNotContain("s3cret");
    }

    @Test
    void clonesTheRemoteWhenTheRepositoryDirectoryIsMissing() throws IOException, GitAPIException {
        Path remote = bare(dir.resolve("remote.git"));
        publisher(pushing(dir.resolve("first"), remote), AUG_2).publish(BACKEND, golden());

        PublishResult again = publisher(pushing(dir.resolve("second"), remote), AUG_3)
                .publish(BACKEND, golden());

        assertThat(again.changed()).isFalse();
        assertThat(commitMessages(remote)).containsExactly("Publish backend: 6 jobs (+6 new)");
    }

    @Test
    void aPreviewPrintsTheDiffAndWritesNothing() throws IOException, GitAPIException {
        Path site = dir.resolve("site");
        publisher(local(site), AUG_2).publish(BACKEND, golden());
        byte[] before = Files.readAllBytes(site.resolve("README.md"));

        String diff = publisher(local(site), AUG_3).preview(List.of(BACKEND), withNewOne()).diff();

        assertThat(diff).startsWith("--- a/README.md\n+++ b/README.md\n@@ -3,9 +3,9 @@\n")
                .contains("\n-Last updated: Aug 2, 2026 at 21:05 UTC\n"
                        + "+Last updated: Aug 3, 2026 at 07:40 UTC\n")
                .contains("\n+| Zed Industries | [Rust Engineer](https://zed.dev/jobs/rust) |");
        assertThat(site.resolve("README.md")).hasBinaryContent(before);
        assertThat(commitMessages(site)).hasSize(1);
        assertThat(publisher(local(dir.resolve("none")), AUG_3)
                .preview(List.of(BACKEND), golden()).diff())
                .startsWith("--- /dev/null\n+++ b/README.md\n");
        assertThat(dir.resolve("none")).doesNotExist();
    }

    @Test
    void aPreviewShowsTheDiffOfTheOtherListsAndNamesOneThatWouldFail() throws IOException {
        Path site = dir.resolve("site");
        publisher(local(site), AUG_2).publish(BACKEND, golden());
        Path broken = Files.writeString(site.resolve("broken.md"),
                "# Mine\n<!-- joblist:end -->\n");
        PublicationConfig brokenJobs = new PublicationConfig("broken", "Jobs", "broken.md", null);

        PublishPreview preview =
                publisher(local(site), AUG_3).preview(List.of(brokenJobs, BACKEND), withNewOne());

        assertThat(preview.diff()).startsWith("--- a/README.md\n+++ b/README.md\n")
                .doesNotContain("broken.md");
        assertThat(preview.failures()).extracting(PublishFailure::message).containsExactly(
                "publication broken: " + broken + ": no <!-- joblist:begin -->; expected one"
                        + " <!-- joblist:begin --> followed by one <!-- joblist:end -->, file left"
                        + " unchanged");
        assertThat(broken).hasContent("# Mine\n<!-- joblist:end -->");
    }

    private static ListCatalog withNewOne() {
        List<StoredPosting> postings = new ArrayList<>(golden().postings());
        postings.add(1, NEW_ONE);
        return new ListCatalog(postings);
    }

    /** The removed and added lines of a commit's diff against its parent, in order. */
    private static List<String> changedLines(Path repository, String commitId)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Git git = Git.open(repository.toFile());
                RevWalk walk = new RevWalk(git.getRepository());
                DiffFormatter formatter = new DiffFormatter(out)) {
            Repository repo = git.getRepository();
            RevCommit commit = walk.parseCommit(ObjectId.fromString(commitId));
            formatter.setRepository(repo);
            RevCommit parent = walk.parseCommit(commit.getParent(0));
            for (DiffEntry entry : formatter.scan(parent.getTree(), commit.getTree())) {
                formatter.format(entry);
            }
        }
        List<String> lines = new ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            if ((line.startsWith("+") || line.startsWith("-"))
                    && !line.startsWith("+++") && !line.startsWith("---")) {
                lines.add(line);
            }
        }
        return lines;
    }

    /** Someone else's commit on the remote: one file edited in a clone of it, then pushed. */
    private void pushFromAnotherClone(Path remote, String file, UnaryOperator<String> edit,
            String message) throws IOException, GitAPIException {
        Path other = dir.resolve("maintainer");
        try (Git maintainer = Git.cloneRepository().setURI(remote.toUri().toString())
                .setDirectory(other.toFile()).setBranch("main").call()) {
            Path path = other.resolve(file);
            Files.writeString(path, edit.apply(Files.exists(path) ? Files.readString(path) : ""));
            maintainer.add().addFilepattern(file).call();
            maintainer.commit().setMessage(message).setSign(false).call();
            maintainer.push().call();
        }
    }

    private static Path bare(Path path) throws GitAPIException {
        Git.init().setBare(true).setDirectory(path.toFile()).setInitialBranch("main").call()
                .close();
        return path;
    }

    private static GitConfig local(Path repository) {
        return new GitConfig(repository, "main", "joblist", "bot@example.com");
    }

    private static GitConfig pushing(Path repository, Path remote) {
        return local(repository).withRemote(remote.toUri().toString(), null);
    }

    private static Publisher publisher(GitConfig git, Instant now) {
        return new Publisher(git, Clock.fixed(now, ZoneOffset.UTC));
    }

    private static List<String> commitMessages(Path repository)
            throws IOException, GitAPIException {
        List<String> messages = new ArrayList<>();
        try (Git git = Git.open(repository.toFile())) {
            git.log().call().forEach(commit -> messages.add(commit.getFullMessage()));
        }
        return messages;
    }
}
