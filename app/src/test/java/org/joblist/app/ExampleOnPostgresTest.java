package org.joblist.app;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.joblist.aggregate.SourceOutcome;
import org.joblist.aggregate.SourceStatus;
import org.joblist.aggregate.testing.TestDatabase;
import org.joblist.aggregate.testing.TestDatabases;
import org.joblist.config.ConfigLoader;
import org.joblist.config.JoblistConfig;
import org.joblist.config.StoreConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example of the README, examples/joblist.yml replayed from examples/cassette, once with its
 * H2 store and once with a PostgreSQL one: both publish the same bytes. Skipped where PostgreSQL
 * is not installed.
 */
class ExampleOnPostgresTest {
    @RegisterExtension
    static final TestDatabases DATABASES = new TestDatabases();

    private static final Path EXAMPLES = Path.of("..", "examples");
    private static final String EXAMPLE_STORE = "  url: jdbc:h2:file:./data/joblist";
    private static final String EXAMPLE_REPOSITORY = "  repository: site";
    private static final Clock AUG_20 =
            Clock.fixed(Instant.parse("2026-08-20T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void publishesTheSameBytesFromPostgresqlAsFromH2() throws IOException {
        StoreConfig postgres = DATABASES.fresh(TestDatabase.POSTGRESQL);
        Path onH2 = dir.resolve("h2");
        Path onPostgres = dir.resolve("postgresql");

        BackfillReport h2Report = backfill(onH2,
                "  url: jdbc:h2:file:" + onH2.resolve("data/joblist"), Map.of());
        BackfillReport postgresReport = backfill(onPostgres, "  url: " + postgres.url()
                        + "\n  user: " + postgres.user() + "\n  password: ${JOBLIST_DB_PASSWORD}",
                Map.of("JOBLIST_DB_PASSWORD", postgres.password()));

        Map<String, byte[]> h2Files = published(onH2.resolve("site"));
        Map<String, byte[]> postgresFiles = published(onPostgres.resolve("site"));
        assertThat(h2Files).containsOnlyKeys("README.md", "remote.md", "feeds/remote.json",
                "feeds/remote.atom");
        assertThat(postgresFiles).containsOnlyKeys(h2Files.keySet());
        h2Files.forEach((name, bytes) -> assertThat(postgresFiles.get(name)).as(name)
                .isEqualTo(bytes));
        assertThat(new String(h2Files.get("README.md"), UTF_8))
                .contains("# Remote and Tech Jobs 2026")
                .contains("Last updated: Aug 20, 2026 at 12:00 UTC")
                .contains("**6 jobs** | 100% remote | 4 companies")
                .contains("| Wolt | [Store Manager](https://remoteOK.com/remote-jobs/"
                        + "remote-store-manager-wolt-1136747) (via [Remote OK]"
                        + "(https://remoteok.com)) | Marsa | Remote | Aug 14, 2026 |")
                .contains("| GitLab | [AI Engineer](https://job-boards.greenhouse.io/gitlab/jobs/"
                        + "8556658002) | Remote, Bangalore | Remote | May 22, 2026 |");
        for (BackfillReport report : List.of(h2Report, postgresReport)) {
            assertThat(report.run().outcomes()).extracting(SourceOutcome::sourceId,
                    SourceOutcome::status, SourceOutcome::seen, SourceOutcome::newCount)
                    .containsExactly(tuple("gitlab", SourceStatus.OK, 3, 3),
                            tuple("remoteok", SourceStatus.OK, 3, 3));
        }
    }

    /** The example's backfill with its store and repository moved into {@code home}. */
    private static BackfillReport backfill(Path home, String storeLines, Map<String, String> env)
            throws IOException {
        String example = Files.readString(EXAMPLES.resolve("joblist.yml"), UTF_8);
        assertThat(example).contains(EXAMPLE_STORE, EXAMPLE_REPOSITORY);
        Path config = home.resolve("joblist.yml");
        Files.createDirectories(home);
        Files.writeString(config, example
                .replace(EXAMPLE_STORE, storeLines)
                .replace(EXAMPLE_REPOSITORY, "  repository: " + home.resolve("site")), UTF_8);

        JoblistConfig loaded =
                ConfigLoader.load(config, env).withReplay(EXAMPLES.resolve("cassette"));
        return new Backfill(loaded, AUG_20, RunProgress.NONE).run();
    }

    /** Every file of the repository's working tree by its path, .git left out. */
    private static Map<String, byte[]> published(Path repository) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(repository)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                String name = repository.relativize(path).toString();
                if (!name.startsWith(".git/")) {
                    files.put(name, Files.readAllBytes(path));
                }
            }
        }
        return files;
    }
}
