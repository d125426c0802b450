package org.joblist.app;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.stream.StreamSupport;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.joblist.aggregate.SourceOutcome;
import org.joblist.aggregate.SourceStatus;
import org.joblist.aggregate.StoredPosting;
import org.joblist.config.JoblistConfig;
import org.joblist.ingest.Fixtures;
import org.joblist.ingest.http.CassetteWriter;
import org.joblist.publish.PublishReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The main job end to end on real recorded responses: GitLab's Greenhouse board (3 jobs) and a
 * RemoteOK capture (the terms notice, then 4 jobs), replayed through the real connectors into H2
 * and published to a git repository.
 */
class BackfillTest {
    private static final Clock AUG_20 =
            Clock.fixed(Instant.parse("2026-08-20T12:00:00Z"), ZoneOffset.UTC);
    private static final String GITLAB_PAYLOAD = "greenhouse/jobs-content-gitlab.json";
    private static final String REMOTEOK_PAYLOAD = "remoteok/api-trimmed-2026-08-03.json";

    /**
     * Read by hand from the two payloads: newest first_published / date first; Go twice from
     * Remote OK's "golang" tags. Neither board states a salary, so there is no average.
     */
    private static final String EXPECTED_README = """
            <!-- joblist:begin -->
            # Remote and Tech Jobs

            Last updated: Aug 20, 2026 at 12:00 UTC

            **7 jobs** | 100% remote | 5 companies

            Trending skills: Go (2), GraphQL (1), JavaScript (1), LLM (1), Python (1)

            ```mermaid
            xychart-beta
                title "New postings per week"
                x-axis ["May 11", "May 18", "May 25", "Jun 1", "Jun 8", "Jun 15", "Jun 22", "Jun 29", "Jul 6", "Jul 13", "Jul 20", "Jul 27"]
                y-axis "Postings"
                bar [0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 4]
            ```

            ```mermaid
            xychart-beta
                title "Top skills"
                x-axis ["Go", "GraphQL", "JavaScript", "LLM", "Python", "TypeScript"]
                y-axis "Postings"
                bar [2, 1, 1, 1, 1, 1]
            ```

            | Company | Position | Location | Type | Date |
            |---|---|---|---|---|
            | DanielTems | [Compatibility](https://remoteOK.com/remote-jobs/remote-compatibility-danieltems-1135929) (via [Remote OK](https://remoteok.com)) | How | Remote | Aug 2, 2026 |
            | Anansewaa | [These 10 things on your cv could be the reason you are not getting hired](https://remoteOK.com/remote-jobs/remote-these-10-things-on-your-cv-could-be-the-reason-you-are-not-getting-hired-anansewaa-1136039) (via [Remote OK](https://remoteok.com)) | Sonipat | Remote | Aug 2, 2026 |
            | Bevoxe | [Menu](https://remoteOK.com/remote-jobs/remote-menu-bevoxe-1135927) (via [Remote OK](https://remoteok.com)) | Ashreigney | Remote | Aug 2, 2026 |
            | Deliberate Development | [Failure Breeds Success](https://remoteOK.com/remote-jobs/remote-failure-breeds-success-deliberate-development-1135924) (via [Remote OK](https://remoteok.com)) | Success | Remote | Aug 2, 2026 |
            | GitLab | [AI Transformation Owner, CRO](https://job-boards.greenhouse.io/gitlab/jobs/8638232002) | Remote, United States | Remote | Jul 22, 2026 |
            | GitLab | [AI Engineer](https://job-boards.greenhouse.io/gitlab/jobs/8556658002) | Remote, Bangalore | Remote | May 22, 2026 |
            | GitLab | [Account Executive - Italy](https://job-boards.greenhouse.io/gitlab/jobs/8503792002) | Remote, Italy | Remote | Apr 17, 2026 |
            <!-- joblist:end -->
            """;

    @TempDir
    Path dir;

    @Test
    void storesEveryPostingOfBothBoardsAndPublishesThemNewestFirst() throws Exception {
        TestInstallation installation = new TestInstallation(dir.resolve("one"));
        JoblistConfig config = installation.config(cassette("full", shared(GITLAB_PAYLOAD)));

        BackfillReport report = new Backfill(config, AUG_20, RunProgress.NONE).run();

        assertThat(report.run().outcomes())
                .extracting(SourceOutcome::sourceId, SourceOutcome::status, SourceOutcome::seen,
                        SourceOutcome::newCount)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("gitlab", SourceStatus.OK, 3, 3),
                        org.assertj.core.groups.Tuple.tuple("remoteok", SourceStatus.OK, 4, 4));
        assertThat(installation.storedPostings(config))
                .extracting(s -> s.posting().sourceId() + "/" + s.posting().externalId())
                .containsExactly("remoteok/1135929", "remoteok/1136039", "remoteok/1135927",
                        "remoteok/1135924", "gitlab/8638232002", "gitlab/8556658002",
                        "gitlab/8503792002");
        assertThat(installation.readme()).isEqualTo(EXPECTED_README);
        assertThat(commitMessages(installation.repository()))
                .containsExactly("Publish jobs: 7 jobs (+7 new)");
    }

    @Test
    void sameInputGivesTheSameBytesAndASecondRunMakesNoCommit() throws Exception {
        Path cassette = cassette("full", shared(GITLAB_PAYLOAD));
        TestInstallation first = new TestInstallation(dir.resolve("first"));
        TestInstallation second = new TestInstallation(dir.resolve("second"));

        new Backfill(first.config(cassette), AUG_20, RunProgress.NONE).run();
        new Backfill(second.config(cassette), AUG_20, RunProgress.NONE).run();
        Clock later = Clock.offset(AUG_20, java.time.Duration.ofHours(5));
        BackfillReport again = new Backfill(first.config(cassette), later, RunProgress.NONE).run();

        assertThat(second.readme()).isEqualTo(first.readme());
        assertThat(again.run().outcomes()).extracting(SourceOutcome::newCount, SourceOutcome::updated)
                .containsOnly(org.assertj.core.groups.Tuple.tuple(0, 0));
        assertThat(again.publishing().results()).singleElement()
                .satisfies(result -> assertThat(result.changed()).isFalse());
        assertThat(commitMessages(first.repository())).hasSize(1);
    }

    @Test
    void truncatedBodyFailsOnlyItsSourceAndLosesNothingStoredEarlier() throws Exception {
        TestInstallation installation = new TestInstallation(dir.resolve("install"));
        new Backfill(installation.config(cassette("full", shared(GITLAB_PAYLOAD))), AUG_20,
                RunProgress.NONE).run();
        Path truncated = dir.resolve("gitlab-truncated.json");
        Files.write(truncated, Arrays.copyOf(Files.readAllBytes(shared(GITLAB_PAYLOAD)), 1234));
        JoblistConfig config = installation.config(cassette("truncated", truncated));

        BackfillReport report = new Backfill(config, AUG_20, RunProgress.NONE).run();

        assertThat(report.hasFailedSources()).isTrue();
        SourceOutcome gitlab = report.run().outcomes().get(0);
        assertThat(gitlab.status()).isEqualTo(SourceStatus.ERROR);
        assertThat(gitlab.message()).isEqualTo("source gitlab: " + TestInstallation.GITLAB_URL
                + ": body is not complete JSON (unexpected end at byte 1234)");
        assertThat(report.run().outcomes().get(1).status()).isEqualTo(SourceStatus.OK);
        assertThat(installation.storedPostings(config))
                .extracting(StoredPosting::posting)
                .filteredOn(p -> p.sourceId().equals("gitlab"))
                .extracting(p -> p.title())
                .containsExactly("AI Transformation Owner, CRO", "AI Engineer",
                        "Account Executive - Italy");
        assertThat(installation.readme()).contains("**7 jobs**");
    }

    @Test
    void aSourceFailingOnItsFirstRunLeavesTheOtherStoredAndPublished() throws Exception {
        TestInstallation installation = new TestInstallation(dir.resolve("install"));
        Path truncated = dir.resolve("gitlab-truncated.json");
        Files.write(truncated, Arrays.copyOf(Files.readAllBytes(shared(GITLAB_PAYLOAD)), 1234));
        JoblistConfig config = installation.config(cassette("truncated", truncated));

        BackfillReport report = new Backfill(config, AUG_20, RunProgress.NONE).run();

        assertThat(report.run().outcomes()).extracting(SourceOutcome::status)
                .containsExactly(SourceStatus.ERROR, SourceStatus.OK);
        assertThat(installation.storedPostings(config)).hasSize(4);
        assertThat(installation.readme())
                .contains("**4 jobs** | 100% remote | 4 companies")
                .doesNotContain("GitLab");
    }

    @Test
    void whenEverySourceFailsNothingIsPublished() throws Exception {
        TestInstallation installation = new TestInstallation(dir.resolve("install"));
        Path cassette = dir.resolve("cassettes").resolve("empty");
        CassetteWriter.open(cassette);
        JoblistConfig config = installation.config(cassette);

        BackfillReport report = new Backfill(config, AUG_20, RunProgress.NONE).run();

        assertThat(report.run().outcomes()).extracting(SourceOutcome::message).containsExactly(
                "source gitlab: " + TestInstallation.GITLAB_URL + ": not in cassette " + cassette,
                "source remoteok: " + TestInstallation.REMOTEOK_URL + ": not in cassette "
                        + cassette);
        assertThat(report.publishing()).isEqualTo(PublishReport.NONE);
        assertThat(installation.repository()).doesNotExist();
    }

    /** A cassette answering the gitlab board with {@code gitlabBody} and RemoteOK with its payload. */
    private Path cassette(String name, Path gitlabBody) {
        Path cassette = dir.resolve("cassettes").resolve(name);
        CassetteWriter writer = CassetteWriter.open(cassette);
        writer.add("GET", TestInstallation.GITLAB_URL, 200, Fixtures.JSON, gitlabBody);
        writer.add("GET", TestInstallation.REMOTEOK_URL, 200, Fixtures.JSON, shared(REMOTEOK_PAYLOAD));
        return cassette;
    }

    private static Path shared(String payload) {
        return Fixtures.shared(payload);
    }

    private static List<String> commitMessages(Path repository) throws IOException, GitAPIException {
        try (Git git = Git.open(repository.toFile())) {
            return StreamSupport.stream(git.log().call().spliterator(), false)
                    .map(commit -> commit.getFullMessage().strip())
                    .toList();
        }
    }

    static String utf8(byte[] bytes) {
        return new String(bytes, UTF_8);
    }
}
