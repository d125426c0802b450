package org.joblist.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConfigLoaderTest {
    @TempDir
    Path dir;

    @Test
    void readsEverySection() throws IOException {
        Path file = write("""
                sources:
                  - id: gitlab
                    kind: greenhouse
                    board: gitlab
                  - id: remoteok
                    kind: remoteok
                    url: http://127.0.0.1:8080/api
                    minInterval: 6h
                publications:
                  - id: backend
                    title: Backend Developer Jobs 2026
                    file: jobs/backend.md
                    intro: Fresh backend roles.
                store:
                  url: jdbc:h2:file:./var/db
                  user: joblist
                  password: ${DB_PASSWORD}
                http:
                  userAgent: test-agent/1.0
                  connectTimeout: 500ms
                  readTimeout: 2m
                  maxResponseBytes: 4MB
                  retries: 2
                  retryBackoff: 500ms
                  maxRetryTime: 1m
                  hostInterval: 0
                git:
                  repository: out/site
                  branch: jobs
                  authorName: Job Bot
                  authorEmail: bot@example.org
                replay: cassettes/demo
                """);

        JoblistConfig config = ConfigLoader.load(file, Map.of("DB_PASSWORD", "s3cret"));

        assertThat(config.sources()).containsExactly(
                new SourceConfig("gitlab", SourceKind.GREENHOUSE, "gitlab", null),
                new SourceConfig("remoteok", SourceKind.REMOTEOK, null,
                        URI.create("http://127.0.0.1:8080/api"))
                        .withMinInterval(Duration.ofHours(6)));
        assertThat(config.publications()).containsExactly(new PublicationConfig(
                "backend", "Backend Developer Jobs 2026", "jobs/backend.md", "Fresh backend roles."));
        assertThat(config.store()).isEqualTo(
                new StoreConfig("jdbc:h2:file:./var/db", "joblist", "s3cret"));
        assertThat(config.http()).isEqualTo(new HttpConfig(
                "test-agent/1.0", Duration.ofMillis(500), Duration.ofMinutes(2), 4L * 1024 * 1024,
                2, Duration.ofMillis(500), Duration.ofMinutes(1), Duration.ZERO));
        assertThat(config.git()).isEqualTo(
                new GitConfig(Path.of("out/site"), "jobs", "Job Bot", "bot@example.org"));
        assertThat(config.replay()).isEqualTo(Path.of("cassettes/demo"));
        assertThat(config.record()).isNull();
    }

    @Test
    void fillsDefaultsForMissingSections() throws IOException {
        Path file = write("""
                sources:
                  - id: remoteok
                    kind: remoteok
                """);

        JoblistConfig config = ConfigLoader.load(file, Map.of());

        assertThat(config.publications()).isEmpty();
        assertThat(config.store().url()).isEqualTo("jdbc:h2:file:./data/joblist");
        assertThat(config.http()).isEqualTo(HttpConfig.defaults());
        assertThat(config.git()).isEqualTo(
                new GitConfig(Path.of("site"), "main", "joblist", "joblist@localhost"));
        assertThat(config.scheduler()).isEqualTo(new SchedulerConfig(
                "0 0 * * * ?", null, Duration.ofSeconds(30), false));
        assertThat(config.server()).isNull();
    }

    @Test
    void readsTheDaemonsSchedulesAndServer() throws IOException {
        Path file = write("""
                sources:
                  - id: gitlab
                    kind: greenhouse
                    board: gitlab
                    schedule: "0 15 * * * ?"
                  - id: remoteok
                    kind: remoteok
                scheduler:
                  defaultSchedule: "0 0 */6 * * ?"
                  publishSchedule: "0 30 6 * * ?"
                  gracePeriod: 2m
                  clustered: false
                server:
                  port: 9464
                """);

        JoblistConfig config = ConfigLoader.load(file, Map.of());

        assertThat(config.sources()).extracting(SourceConfig::schedule)
                .containsExactly("0 15 * * * ?", null);
        assertThat(config.scheduler()).isEqualTo(new SchedulerConfig(
                "0 0 */6 * * ?", "0 30 6 * * ?", Duration.ofMinutes(2), false));
        assertThat(config.sources()).extracting(config.scheduler()::scheduleOf)
                .containsExactly("0 15 * * * ?", "0 0 */6 * * ?");
        assertThat(config.server()).isEqualTo(new ServerConfig("127.0.0.1", 9464));
    }

    @Test
    void namesTheKeyAndTheReasonOfABadCronExpression() throws IOException {
        String sources = "sources:\n  - id: a\n    kind: remoteok\n";

        assertThatThrownBy(() -> ConfigLoader.load(
                write(sources + "    schedule: every hour\n"), Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageEndingWith(": sources[0].schedule: \"every hour\" is not a Quartz cron"
                        + " expression (Illegal characters for this position: 'EVE'); write second"
                        + " minute hour day-of-month month day-of-week, e.g. \"0 0 * * * ?\" for"
                        + " every hour");
        assertThatThrownBy(() -> ConfigLoader.load(
                write(sources + "scheduler:\n  defaultSchedule: \"0 0 * * *\"\n"), Map.of()))
                .hasMessageEndingWith(": scheduler.defaultSchedule: \"0 0 * * *\" is not a Quartz"
                        + " cron expression (Unexpected end of expression); write second minute"
                        + " hour day-of-month month day-of-week, e.g. \"0 0 * * * ?\" for every"
                        + " hour");
        assertThatThrownBy(() -> ConfigLoader.load(
                write(sources + "scheduler:\n  publishSchedule: \"0 0 * * * *\"\n"), Map.of()))
                .hasMessageEndingWith(": scheduler.publishSchedule: \"0 0 * * * *\" is not a"
                        + " Quartz cron expression (Support for specifying both a day-of-week AND"
                        + " a day-of-month parameter is not implemented); write second minute hour"
                        + " day-of-month month day-of-week, e.g. \"0 0 * * * ?\" for every hour");
    }

    @Test
    void explainsABadGracePeriodPortAndSchedulerKey() throws IOException {
        String sources = "sources:\n  - id: a\n    kind: remoteok\n";

        assertThatThrownBy(() -> ConfigLoader.load(
                write(sources + "scheduler:\n  gracePeriod: soon\n"), Map.of()))
                .hasMessageEndingWith(": scheduler.gracePeriod: \"soon\" is not a duration"
                        + " (e.g. \"500ms\", \"30s\", \"2m\")");
        assertThatThrownBy(() -> ConfigLoader.load(
                write(sources + "scheduler:\n  cron: \"0 0 * * * ?\"\n"), Map.of()))
                .hasMessageEndingWith(": scheduler.cron: unknown key (known: clustered,"
                        + " defaultSchedule, gracePeriod, publishSchedule)");
        assertThatThrownBy(() -> ConfigLoader.load(
                write(sources + "server:\n  port: 80000\n"), Map.of()))
                .hasMessageEndingWith(": server.port: \"80000\" is not a whole number from 1 to"
                        + " 65535");
        assertThatThrownBy(() -> ConfigLoader.load(
                write(sources + "server:\n  host: 0.0.0.0\n"), Map.of()))
                .hasMessageEndingWith(": server: sets no port; set server.port (e.g. 9464) to"
                        + " serve /health and /metrics, or leave the section out");
    }

    @Test
    void clustersOnlyOnAPostgresqlStore() throws IOException {
        String sources = """
                sources:
                  - id: a
                    kind: remoteok
                scheduler:
                  clustered: true
                """;
        Path onH2 = write(sources);
        Path onPostgres = write(sources + """
                store:
                  url: jdbc:postgresql://127.0.0.1:5432/joblist
                  user: joblist
                  password: ${JOBLIST_DB_PASSWORD}
                """);

        assertThatThrownBy(() -> ConfigLoader.load(onH2, Map.of()))
                .hasMessage(onH2 + ": scheduler.clustered: true needs a PostgreSQL store that"
                        + " every node shares (store.url: jdbc:postgresql://host:port/database),"
                        + " not jdbc:h2:file:./data/joblist; leave it out (or false) to run one"
                        + " daemon");
        assertThat(ConfigLoader.load(onPostgres, Map.of("JOBLIST_DB_PASSWORD", "secret"))
                .scheduler().clustered()).isTrue();
    }

    @Test
    void namesAMissingFile() {
        Path file = dir.resolve("nope.yml");

        assertThatThrownBy(() -> ConfigLoader.load(file, Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessage(file + ": no such config file (create it, or name another with"
                        + " --config FILE)");
    }

    @Test
    void namesAnUnknownSourceKindAndTheKindsAccepted() throws IOException {
        Path file = write("""
                sources:
                  - id: a
                    kind: remoteok
                  - id: b
                    kind: monster
                """);

        assertThatThrownBy(() -> ConfigLoader.load(file, Map.of()))
                .hasMessage(file + ": sources[1].kind: \"monster\" is not a source kind"
                        + " (one of: " + SourceKind.configNames() + ")");
    }

    @Test
    void rejectsAnUnknownKeyWithTheKeysKnownThere() throws IOException {
        Path file = write("""
                sources:
                  - id: a
                    kind: remoteok
                    shedule: hourly
                """);

        assertThatThrownBy(() -> ConfigLoader.load(file, Map.of()))
                .hasMessage(file + ": sources[0].shedule: unknown key (known: board, id, kind,"
                        + " maxPages, minInterval, schedule, url)");
    }

    @Test
    void rejectsRetriesThatAreNotACount() throws IOException {
        Path file = write("""
                sources:
                  - id: a
                    kind: remoteok
                http:
                  retries: many
                """);

        assertThatThrownBy(() -> ConfigLoader.load(file, Map.of()))
                .hasMessage(file + ": http.retries: \"many\" is not a whole number from 0 to 100");
    }

    @Test
    void requiresTheSourcesList() throws IOException {
        Path file = write("""
                publications: []
                """);

        assertThatThrownBy(() -> ConfigLoader.load(file, Map.of()))
                .hasMessage(file + ": sources: missing; this key is required");
    }

    @Test
    void requiresABoardForGreenhouse() throws IOException {
        Path file = write("""
                sources:
                  - id: gl
                    kind: greenhouse
                """);

        assertThatThrownBy(() -> ConfigLoader.load(file, Map.of()))
                .hasMessage(file + ": sources[0]: a greenhouse source needs \"board\" (the board"
                        + " token, e.g. \"gitlab\" for boards.greenhouse.io/gitlab) or \"url\"");
    }

    @Test
    void rejectsDuplicateSourceIds() throws IOException {
        Path file = write("""
                sources:
                  - id: same
                    kind: remoteok
                  - id: same
                    kind: remoteok
                """);

        assertThatThrownBy(() -> ConfigLoader.load(file, Map.of()))
                .hasMessage(file + ": sources[1].id: \"same\" is used by an earlier entry;"
                        + " ids must be unique");
    }

    @Test
    void resolvesEnvironmentReferencesAndNamesAMissingVariable() throws IOException {
        Path file = write("""
                sources:
                  - id: a
                    kind: remoteok
                git:
                  authorEmail: ${BOT_MAIL}
                """);

        assertThat(ConfigLoader.load(file, Map.of("BOT_MAIL", "bot@example.org")).git()
                .authorEmail()).isEqualTo("bot@example.org");
        assertThatThrownBy(() -> ConfigLoader.load(file, Map.of()))
                .hasMessage(file + ": git.authorEmail: environment variable BOT_MAIL is not set");
    }

    @Test
    void readsAPostgresqlStoreWithItsPasswordFromTheEnvironment() throws IOException {
        Path file = write("""
                sources:
                  - id: a
                    kind: remoteok
                store:
                  url: jdbc:postgresql://db.internal:5432/joblist?ssl=true
                  user: joblist
                  password: ${JOBLIST_DB_PASSWORD}
                """);

        JoblistConfig config = ConfigLoader.load(file, Map.of("JOBLIST_DB_PASSWORD", "s3cret"));

        assertThat(config.store()).isEqualTo(new StoreConfig(
                "jdbc:postgresql://db.internal:5432/joblist?ssl=true", "joblist", "s3cret"));
        assertThat(config.store().toString()).doesNotContain("s3cret");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "jdbc:postgresql://db/joblist?user=joblist&password=hunter2",
        "jdbc:h2:file:./data/joblist;PASSWORD=hunter2",
        "jdbc:mysql://db/x?Password=hunter2",
    })
    void refusesAPasswordInTheStoreUrlWithoutQuotingIt(String url) throws IOException {
        Path file = write("sources:\n  - id: a\n    kind: remoteok\nstore:\n  url: " + url + "\n");

        assertThatThrownBy(() -> ConfigLoader.load(file, Map.of()))
                .hasMessage(file + ": store.url: the URL holds a password; give it as"
                        + " store.password with an environment variable reference such as"
                        + " ${JOBLIST_DB_PASSWORD}")
                .message().doesNotContain("hunter2");
    }

    @Test
    void refusesASecretWrittenIntoTheFile() throws IOException {
        Path file = write("""
                sources:
                  - id: a
                    kind: remoteok
                store:
                  url: jdbc:h2:file:./data/joblist
                  password: hunter2
                """);

        assertThatThrownBy(() -> ConfigLoader.load(file, Map.of()))
                .hasMessage(file + ": store.password: write a secret as an environment variable"
                        + " reference such as ${JOBLIST_DB_PASSWORD}; the value itself must not be"
                        + " kept in the file")
                .message().doesNotContain("hunter2");
    }

    @Test
    void explainsABadDurationSizeUrlAndPath() throws IOException {
        String sources = "sources:\n  - id: a\n    kind: remoteok\n";

        assertThatThrownBy(() -> ConfigLoader.load(
                write(sources + "http:\n  readTimeout: 30 seconds\n"), Map.of()))
                .hasMessageEndingWith(": http.readTimeout: \"30 seconds\" is not a duration"
                        + " (e.g. \"500ms\", \"30s\", \"2m\")");
        assertThatThrownBy(() -> ConfigLoader.load(
                write(sources + "http:\n  maxResponseBytes: lots\n"), Map.of()))
                .hasMessageEndingWith(": http.maxResponseBytes: \"lots\" is not a size in bytes"
                        + " above zero (e.g. \"32MB\", \"512KB\", \"1000000\")");
        assertThatThrownBy(() -> ConfigLoader.load(
                write("sources:\n  - id: a\n    kind: remoteok\n    url: ftp://x/y\n"), Map.of()))
                .hasMessageEndingWith(": sources[0].url: \"ftp://x/y\" is not an absolute http or"
                        + " https URL");
        assertThatThrownBy(() -> ConfigLoader.load(write(sources
                + "publications:\n  - id: p\n    title: T\n    file: ../outside.md\n"), Map.of()))
                .hasMessageEndingWith(": publications[0].file: \"../outside.md\" is not a file"
                        + " path inside the repository (relative, '/'-separated, without '.',"
                        + " '..' or '.git' parts, e.g. \"README.md\" or \"jobs/backend.md\")");
        assertThatThrownBy(() -> ConfigLoader.load(
                write(sources + "store:\n  url: jdbc:mysql://db/x\n"), Map.of()))
                .hasMessageEndingWith(": store.url: \"jdbc:mysql://db/x\" is not a supported"
                        + " JDBC URL (jdbc:h2:... or jdbc:postgresql://host:port/database)");
        assertThatThrownBy(() -> ConfigLoader.load(
                write(sources + "http:\n  userAgent: \"joblist (Zo\u00eb)\"\n"), Map.of()))
                .hasMessageEndingWith(": http.userAgent: \"joblist (Zo\u00eb)\" may hold only"
                        + " printable ASCII characters, as it is sent as an HTTP header (found"
                        + " U+00EB at 11)");
    }

    @Test
    void pointsAtTheLineOfBrokenYaml() throws IOException {
        Path file = write("""
                sources:
                  - id: a
                    kind: [remoteok
                """);

        assertThatThrownBy(() -> ConfigLoader.load(file, Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessage(file + ": not valid YAML at line 4, column 1: expected ',' or ']',"
                        + " but got <stream end>");
    }

    @Test
    void pointsAtAMisindentedKey() throws IOException {
        Path file = write("sources:\n  - id: a\n    kind: remoteok\n   url: x\n");

        assertThatThrownBy(() -> ConfigLoader.load(file, Map.of()))
                .hasMessage(file + ": not valid YAML at line 4, column 4: expected <block end>, but"
                        + " found '<block mapping start>'");
    }

    @ParameterizedTest
    @ValueSource(strings = {".GIT/config", "sub/.git/config", "./README.md", "a//b.md", "/x.md"})
    void refusesPublicationFilesInsideGitDirectoriesOrOddPaths(String file) throws IOException {
        Path config = write("sources:\n  - id: a\n    kind: remoteok\npublications:\n"
                + "  - id: p\n    title: T\n    file: \"" + file + "\"\n");

        assertThatThrownBy(() -> ConfigLoader.load(config, Map.of()))
                .hasMessageStartingWith(config + ": publications[0].file: \"" + file + "\" is not"
                        + " a file path inside the repository");
    }

    @ParameterizedTest
    @ValueSource(strings = {"HEAD", "refs/heads/x", "-x", "bad..name", "a b", "x.lock", "a~1"})
    void refusesBranchNamesGitRejects(String branch) throws IOException {
        Path config = write("sources:\n  - id: a\n    kind: remoteok\ngit:\n  branch: \""
                + branch + "\"\n");

        assertThatThrownBy(() -> ConfigLoader.load(config, Map.of()))
                .hasMessage(config + ": git.branch: \"" + branch + "\" is not a branch name git"
                        + " accepts (e.g. \"main\" or \"jobs/daily\"; no spaces, '..', '~^:?*[\\',"
                        + " leading '-' or 'refs/')");
    }

    @Test
    void refusesAMarkerCommentInAPublicationsIntro() throws IOException {
        Path config = write("sources:\n  - id: a\n    kind: remoteok\npublications:\n"
                + "  - id: p\n    title: T\n    file: README.md\n"
                + "    intro: \"x <!-- joblist:end --> y\"\n");

        assertThatThrownBy(() -> ConfigLoader.load(config, Map.of()))
                .hasMessage(config + ": publications[0].intro: must not hold a joblist marker"
                        + " comment (<!-- joblist:... -->); the generated block of the published"
                        + " file is delimited by them");
    }

    @Test
    void acceptsABranchWithASlash() throws IOException {
        Path config = write("sources:\n  - id: a\n    kind: remoteok\ngit:\n  branch: jobs/daily\n");

        assertThat(ConfigLoader.load(config, Map.of()).git().branch()).isEqualTo("jobs/daily");
    }

    @Test
    void refusesYamlAliasesThatWouldReadAsTheirName() throws IOException {
        Path file = write("""
                sources:
                  - id: &name jobs
                    kind: remoteok
                publications:
                  - id: p
                    title: *name
                    file: README.md
                """);

        assertThatThrownBy(() -> ConfigLoader.load(file, Map.of()))
                .hasMessage(file + ": line 6: YAML anchors and aliases (&name, *name) are not"
                        + " supported; write the value out");
    }

    @Test
    void namesADirectoryGivenAsTheConfigFile() {
        assertThatThrownBy(() -> ConfigLoader.load(dir, Map.of()))
                .hasMessage(dir + ": is a directory; name a YAML config file");
    }

    @Test
    void rejectsRecordAndReplayTogether() throws IOException {
        Path file = write("""
                sources:
                  - id: a
                    kind: remoteok
                record: rec
                replay: rep
                """);

        assertThatThrownBy(() -> ConfigLoader.load(file, Map.of()))
                .hasMessage(file + ": replay: record and replay cannot both be set; a run either"
                        + " records a cassette or replays one");
    }

    @Test
    void readsAPageCapAndAKindsOwnSettingsAndSecrets() throws IOException {
        Path file = write("""
                sources:
                  - id: adzuna-gb
                    kind: adzuna
                    country: gb
                    what: java developer
                    appId: ${ADZUNA_APP_ID}
                    appKey: ${ADZUNA_APP_KEY}
                    maxPages: 5
                """);

        SourceConfig source = ConfigLoader.load(file,
                Map.of("ADZUNA_APP_ID", "id1", "ADZUNA_APP_KEY", "key1")).sources().get(0);

        assertThat(source.maxPages()).isEqualTo(5);
        assertThat(source.settings()).isEqualTo(Map.of("country", "gb", "what", "java developer"));
        assertThat(source.secret("appKey")).isEqualTo("key1");
        assertThat(source.toString()).doesNotContain("key1").contains("appKey=***");
    }

    @Test
    void defaultsThePageCap() throws IOException {
        Path file = write("sources:\n  - id: a\n    kind: himalayas\n");

        assertThat(ConfigLoader.load(file, Map.of()).sources().get(0).maxPages())
                .isEqualTo(SourceConfig.DEFAULT_MAX_PAGES);
    }

    @Test
    void rejectsAPageCapThatIsNoPositiveNumber() throws IOException {
        Path file = write("sources:\n  - id: a\n    kind: himalayas\n    maxPages: 0\n");

        assertThatThrownBy(() -> ConfigLoader.load(file, Map.of()))
                .hasMessage(file + ": sources[0].maxPages: \"0\" is not a page count (a whole"
                        + " number from 1 to 999999, e.g. 50)");
    }

    @Test
    void namesTheCountriesAdzunaServes() throws IOException {
        Path file = write("""
                sources:
                  - id: a
                    kind: adzuna
                    country: xx
                    appId: ${ID}
                    appKey: ${KEY}
                """);

        assertThatThrownBy(() -> ConfigLoader.load(file, Map.of("ID", "i", "KEY", "k")))
                .hasMessage(file + ": sources[0].country: \"xx\" is not a country Adzuna serves"
                        + " (one of: at, au, be, br, ca, ch, de, es, fr, gb, in, it, mx, nl, nz,"
                        + " pl, sg, us, za)");
    }

    @Test
    void requiresAdzunasCountryAndCredentialsFromTheEnvironment() throws IOException {
        Path noCountry = write("sources:\n  - id: a\n    kind: adzuna\n");
        Path literalKey = write("""
                sources:
                  - id: a
                    kind: adzuna
                    country: gb
                    appId: ${ID}
                    appKey: abc123
                """);
        Path noKey = write("""
                sources:
                  - id: a
                    kind: adzuna
                    country: gb
                    appId: ${ID}
                """);

        assertThatThrownBy(() -> ConfigLoader.load(noCountry, Map.of()))
                .hasMessage(noCountry + ": sources[0].country: missing; this key is required");
        assertThatThrownBy(() -> ConfigLoader.load(literalKey, Map.of("ID", "i")))
                .hasMessage(literalKey + ": sources[0].appKey: write a secret as an environment"
                        + " variable reference such as ${ADZUNA_APP_KEY}; the value itself must"
                        + " not be kept in the file");
        assertThatThrownBy(() -> ConfigLoader.load(noKey, Map.of("ID", "i")))
                .hasMessage(noKey + ": sources[0].appKey: missing; this key is required");
    }

    @Test
    void requiresAnEmailAsUsaJobsUserAgent() throws IOException {
        Path file = write("""
                sources:
                  - id: a
                    kind: usajobs
                    apiKey: ${USAJOBS_API_KEY}
                    email: ${USAJOBS_EMAIL}
                """);

        assertThatThrownBy(() -> ConfigLoader.load(file,
                Map.of("USAJOBS_API_KEY", "k", "USAJOBS_EMAIL", "nobody")))
                .hasMessage(file + ": sources[0].email: is not an e-mail address; USAJOBS wants"
                        + " the address the API key was issued to as User-Agent");
        assertThat(ConfigLoader.load(file,
                Map.of("USAJOBS_API_KEY", "k", "USAJOBS_EMAIL", "me@example.org")).sources()
                .get(0).secret("email")).isEqualTo("me@example.org");
    }

    @Test
    void aKindsOwnKeysAreUnknownToOtherKinds() throws IOException {
        Path file = write("sources:\n  - id: a\n    kind: lever\n    board: x\n"
                + "    country: gb\n");

        assertThatThrownBy(() -> ConfigLoader.load(file, Map.of()))
                .hasMessage(file + ": sources[0].country: unknown key (known: board, id, kind,"
                        + " maxPages, minInterval, schedule, url)");
    }

    @Test
    void remotiveWaitsSixHoursBetweenFetchesUnlessToldOtherwise() throws IOException {
        Path file = write("sources:\n  - id: remotive\n    kind: remotive\n"
                + "  - id: hourly\n    kind: remotive\n    minInterval: 1h\n"
                + "  - id: remoteok\n    kind: remoteok\n");

        assertThat(ConfigLoader.load(file, Map.of()).sources())
                .extracting(SourceConfig::minInterval)
                .containsExactly(Duration.ofHours(6), Duration.ofHours(1), Duration.ZERO);
    }

    @Test
    void requiresABoardForTheAtsKinds() throws IOException {
        Path file = write("sources:\n  - id: a\n    kind: lever\n");

        assertThatThrownBy(() -> ConfigLoader.load(file, Map.of()))
                .hasMessage(file + ": sources[0]: a lever source needs \"board\" (the site name,"
                        + " e.g. \"leverdemo\" for jobs.lever.co/leverdemo) or \"url\"");
    }

    @Test
    void readsAnHtmlBoardsSelectorsAndRequiresItemAndTitle() throws IOException {
        Path file = write("""
                sources:
                  - id: ostwald
                    kind: html
                    url: https://jobs.ostwald.example/jobs
                    selectors:
                      item: article.job
                      title: h2 a
                      nextPage: a.next
                """);
        Path noTitle = write("""
                sources:
                  - id: ostwald
                    kind: html
                    url: https://jobs.ostwald.example/jobs
                    selectors: {item: article.job}
                """);

        assertThat(ConfigLoader.load(file, Map.of()).sources().get(0).settings()).isEqualTo(Map.of(
                "selectors.item", "article.job", "selectors.title", "h2 a",
                "selectors.nextPage", "a.next"));
        assertThatThrownBy(() -> ConfigLoader.load(noTitle, Map.of()))
                .hasMessage(noTitle + ": sources[0].selectors.title: missing; this key is"
                        + " required");
    }

    private Path write(String yaml) throws IOException {
        Path file = Files.createTempFile(dir, "joblist", ".yml");
        Files.writeString(file, yaml);
        return file;
    }
}
