package org.joblist.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.revwalk.RevCommit;
import org.joblist.aggregate.Posting;
import org.joblist.aggregate.StoredPosting;
import org.joblist.config.GitConfig;
import org.joblist.config.PublicationConfig;
import org.joblist.ingest.WorkplaceType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Past its row budget a README sends its older rows to archive files; it is never cut short. */
class SizeGuardTest {
    /** GitHub stops rendering a README at this many bytes. */
    private static final int GITHUB_LIMIT = 512_000;
    private static final Instant NOW = Instant.parse("2026-08-02T21:05:33Z");
    private static final PublicationConfig JOBS =
            new PublicationConfig("jobs", "All Jobs 2026", "lists/jobs.md", null);

    @TempDir
    Path dir;

    @Test
    void fiveThousandPostingsGiveAReadmeUnderTheLimitAndArchivesHoldingEveryPostingOnce()
            throws IOException {
        ListCatalog catalog = catalog(5000);

        PublishResult result = publisher().publish(JOBS, catalog);

        String readme = Files.readString(result.file());
        assertThat(readme.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                .isLessThan(GITHUB_LIMIT);
        assertThat(result.archives()).containsExactly(
                dir.resolve("site/lists/jobs-archive-1.md"),
                dir.resolve("site/lists/jobs-archive-2.md"),
                dir.resolve("site/lists/jobs-archive-3.md"),
                dir.resolve("site/lists/jobs-archive-4.md"));
        assertThat(readme).contains("**5000 jobs**")
                .contains("\nOlder postings:\n- [Archive 1](jobs-archive-1.md)\n"
                        + "- [Archive 2](jobs-archive-2.md)\n- [Archive 3](jobs-archive-3.md)\n"
                        + "- [Archive 4](jobs-archive-4.md)\n");

        List<String> links = new ArrayList<>(applyLinks(readme));
        assertThat(links).hasSize(PublicationConfig.DEFAULT_MAX_ROWS);
        for (Path archive : result.archives()) {
            String text = Files.readString(archive);
            assertThat(text).startsWith("<!-- joblist:begin -->\n# All Jobs 2026: archive ")
                    .contains("Older postings of [All Jobs 2026](jobs.md), newest first.");
            links.addAll(applyLinks(text));
        }
        assertThat(links).containsExactlyElementsOf(catalog.postings().stream()
                .map(stored -> stored.posting().applyUrl()).toList());
    }

    @Test
    void aShorterListDeletesTheArchiveFilesItNoLongerNeedsInItsCommit()
            throws IOException, GitAPIException {
        PublicationConfig small = JOBS.withMaxRows(2);
        publisher().publish(small, catalog(7));

        PublishResult result = publisher().publish(small, catalog(3));

        assertThat(result.archives()).containsExactly(dir.resolve("site/lists/jobs-archive-1.md"));
        assertThat(dir.resolve("site/lists/jobs-archive-2.md")).doesNotExist();
        assertThat(dir.resolve("site/lists/jobs-archive-3.md")).doesNotExist();
        try (Git git = Git.open(dir.resolve("site").toFile())) {
            RevCommit head = git.log().call().iterator().next();
            assertThat(head.getFullMessage()).isEqualTo("Publish jobs: 3 jobs (4 removed)");
            assertThat(git.status().call().isClean()).isTrue();
        }
    }

    /** Applies links, read from each table row's Position cell, in the order of the rows. */
    private static List<String> applyLinks(String markdown) {
        return GfmDocument.parse(markdown).linkDestinations().stream()
                .filter(link -> link.startsWith("https://boards.example.com/"))
                .toList();
    }

    /** Postings in publication order, newest first, with titles of a realistic length. */
    private static ListCatalog catalog(int count) {
        List<StoredPosting> postings = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Instant postedAt = Instant.parse("2026-08-01T12:00:00Z").minusSeconds(600L * i);
            Posting posting = new Posting("test", "p" + i, "Company Number " + (i % 700),
                    "Senior Software Engineer, Platform Infrastructure " + i,
                    "Remote, Europe or Americas", WorkplaceType.REMOTE, postedAt,
                    "https://boards.example.com/company-" + (i % 700) + "/jobs/" + (4_000_000 + i));
            postings.add(new StoredPosting(posting, postedAt, postedAt));
        }
        return new ListCatalog(postings);
    }

    private Publisher publisher() {
        GitConfig git = new GitConfig(dir.resolve("site"), "main", "joblist", "bot@example.com");
        return new Publisher(git, Clock.fixed(NOW, ZoneOffset.UTC));
    }
}
