package org.joblist.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublicationsConfigTest {
    private static final String SOURCES = "sources:\n  - id: a\n    kind: remoteok\n";

    @TempDir
    Path dir;

    @Test
    void readsSeveralPublicationsWithFiltersAndRelatedLinks() throws IOException {
        Path file = write(SOURCES + """
                publications:
                  - id: backend
                    title: Backend Jobs
                    file: README.md
                    filter:
                      keywords: [backend, java]
                      excludeKeywords: senior
                      workplaceTypes: [Remote, hybrid]
                      maxAge: 30d
                      excludeCompanies: [Acme Corp]
                    related: [frontend]
                    maxRows: 500
                    salaryColumn: true
                  - id: frontend
                    title: Frontend Jobs
                    file: lists/frontend.md
                    related: [backend]
                """);

        List<PublicationConfig> publications = ConfigLoader.load(file, Map.of()).publications();

        PublicationConfig backend = publications.get(0);
        assertThat(backend.filter()).isEqualTo(new PublicationFilter(List.of("backend", "java"),
                List.of("senior"), Set.of("remote", "hybrid"), Duration.ofDays(30),
                List.of("Acme Corp")));
        assertThat(backend.related()).containsExactly(
                new RelatedList("frontend", "Frontend Jobs", "lists/frontend.md"));
        assertThat(backend.maxRows()).isEqualTo(500);
        assertThat(backend.salaryColumn()).isTrue();
        assertThat(backend.git()).isNull();
        PublicationConfig frontend = publications.get(1);
        assertThat(frontend.filter()).isEqualTo(PublicationFilter.NONE);
        assertThat(frontend.related()).containsExactly(
                new RelatedList("backend", "Backend Jobs", "../README.md"));
        assertThat(frontend.maxRows()).isEqualTo(PublicationConfig.DEFAULT_MAX_ROWS);
        assertThat(frontend.salaryColumn()).isFalse();
        assertThat(frontend.salaryStats()).isEqualTo(SalaryStats.DEFAULT);
        assertThat(frontend.recentlyClosed()).isEqualTo(Duration.ofDays(14));
    }

    @Test
    void readsCategoryCountryAndEmploymentTypeFiltersAndTheStatsKeys() throws IOException {
        Path file = write(SOURCES + """
                publications:
                  - id: dach
                    title: DACH Jobs
                    file: README.md
                    filter:
                      categories: [Backend, devops]
                      countries: [de, AT, CH]
                      employmentTypes: [FULL_TIME, contract]
                    statsCurrency: eur
                    exchangeRates: {CHF: 1.05, USD: 0.92}
                    recentlyClosed: 7d
                  - id: none
                    title: No Closed
                    file: none.md
                    recentlyClosed: 0
                """);

        List<PublicationConfig> publications = ConfigLoader.load(file, Map.of()).publications();

        PublicationConfig dach = publications.get(0);
        assertThat(dach.filter()).isEqualTo(new PublicationFilter(List.of(), List.of(), Set.of(),
                null, List.of(), Set.of("backend", "devops"), Set.of("DE", "AT", "CH"),
                Set.of("full_time", "contract")));
        assertThat(dach.salaryStats()).isEqualTo(new SalaryStats(Currency.getInstance("EUR"),
                Map.of(Currency.getInstance("CHF"), new BigDecimal("1.05"),
                        Currency.getInstance("USD"), new BigDecimal("0.92"))));
        assertThat(dach.recentlyClosed()).isEqualTo(Duration.ofDays(7));
        assertThat(publications.get(1).recentlyClosed()).isZero();
    }

    @Test
    void explainsEachBadFilterAndStatsKeyInOneLine() throws IOException {
        String one = SOURCES + "publications:\n  - id: a\n    title: A\n    file: a.md\n";

        assertThat(error(one + "    filter:\n      countries: [DE, UK]\n"))
                .isEqualTo("publications[0].filter.countries[1]: \"UK\" is not an ISO 3166-1"
                        + " alpha-2 country code (e.g. US, DE, GB)");
        assertThat(error(one + "    filter:\n      employmentTypes: [full-time]\n"))
                .isEqualTo("publications[0].filter.employmentTypes[0]: \"full-time\" is not an"
                        + " employment type (one of: full_time, part_time, contract, temporary,"
                        + " internship, unknown)");
        assertThat(error(one + "    statsCurrency: dollars\n"))
                .isEqualTo("publications[0].statsCurrency: \"dollars\" is not an ISO 4217"
                        + " currency code (e.g. USD, EUR, GBP)");
        assertThat(error(one + "    exchangeRates: {EUR: 1.08}\n"))
                .isEqualTo("publications[0].exchangeRates: needs statsCurrency, the currency"
                        + " the rates convert to");
        assertThat(error(one + "    statsCurrency: USD\n    exchangeRates: {EUR: -1}\n"))
                .isEqualTo("publications[0].exchangeRates.EUR: \"-1\" is not a positive number"
                        + " (USD per unit, e.g. 1.08)");
        assertThat(error(one + "    statsCurrency: USD\n    exchangeRates: {XYZ: 2}\n"))
                .isEqualTo("publications[0].exchangeRates.XYZ: \"XYZ\" is not an ISO 4217"
                        + " currency code (e.g. USD, EUR, GBP)");
        assertThat(error(one + "    statsCurrency: USD\n    exchangeRates: {usd: 1}\n"))
                .isEqualTo("publications[0].exchangeRates.usd: is the statsCurrency itself;"
                        + " give rates for other currencies only");
        assertThat(error(one + "    recentlyClosed: two weeks\n"))
                .isEqualTo("publications[0].recentlyClosed: \"two weeks\" is not a duration"
                        + " (e.g. \"500ms\", \"30s\", \"2m\")");
    }

    @Test
    void givesAPublicationItsOwnRepositoryInheritingTheSharedGitSettings() throws IOException {
        Path file = write(SOURCES + """
                git:
                  repository: site
                  authorName: Job Bot
                  remote: https://github.com/acme/jobs.git
                  token: ${GIT_TOKEN}
                publications:
                  - id: jobs
                    title: Jobs
                    file: README.md
                  - id: design
                    title: Design Jobs
                    file: README.md
                    git:
                      repository: design-site
                      remote: file:///srv/git/design.git
                      pushAttempts: 5
                """);

        JoblistConfig config = ConfigLoader.load(file, Map.of("GIT_TOKEN", "t0ken"));

        assertThat(config.git()).isEqualTo(new GitConfig(Path.of("site"), "main", "Job Bot",
                "joblist@localhost", "https://github.com/acme/jobs.git", "t0ken", 3));
        assertThat(config.publications().get(0).git()).isNull();
        assertThat(config.publications().get(1).git()).isEqualTo(new GitConfig(
                Path.of("design-site"), "main", "Job Bot", "joblist@localhost",
                "file:///srv/git/design.git", "t0ken", 5));
        assertThat(config.git().toString()).doesNotContain("t0ken");
    }

    @Test
    void explainsEachBadPublicationKeyInOneLine() throws IOException {
        String two = SOURCES + "publications:\n"
                + "  - id: a\n    title: A\n    file: a.md\n"
                + "  - id: b\n    title: B\n    file: b.md\n";

        assertThat(error(two + "    filter:\n      workplaceTypes: [remote, office]\n"))
                .isEqualTo("publications[1].filter.workplaceTypes[1]: \"office\" is not a"
                        + " workplace type (one of: remote, hybrid, onsite, unknown)");
        assertThat(error(two + "    filter:\n      maxAge: a month\n"))
                .isEqualTo("publications[1].filter.maxAge: \"a month\" is not a duration"
                        + " (e.g. \"500ms\", \"30s\", \"2m\")");
        assertThat(error(two + "    filter:\n      country: de\n"))
                .isEqualTo("publications[1].filter.country: unknown key (known:"
                        + " categories, countries, employmentTypes, excludeCompanies,"
                        + " excludeKeywords, keywords, maxAge, workplaceTypes)");
        assertThat(error(two + "    related: [c]\n"))
                .isEqualTo("publications[1].related[0]: \"c\" is not the id of another"
                        + " publication (one of: a)");
        assertThat(error(two + "    related: [b]\n"))
                .isEqualTo("publications[1].related[0]: \"b\" is not the id of another"
                        + " publication (one of: a)");
        String one = SOURCES + "publications:\n  - id: a\n    title: A\n    file: a.md\n";
        assertThat(error(one + "    related: [frontend]\n"))
                .isEqualTo("publications[0].related[0]: \"frontend\" is not the id of another"
                        + " publication (there is no other; leave related out)");
        assertThat(error(two + "    related: [a]\n    git:\n      repository: other\n"))
                .isEqualTo("publications[1].related[0]: \"a\" is published to another"
                        + " repository; related lists must share a repository");
        assertThat(error(two + "    maxRows: 0\n"))
                .isEqualTo("publications[1].maxRows: \"0\" is not a whole number from 1 to"
                        + " 100000");
        assertThat(error(two + "    salaryColumn: yes please\n"))
                .isEqualTo("publications[1].salaryColumn: expected true or false, found"
                        + " \"yes please\"");
        assertThat(error(two + "    template: missing.mustache\n"))
                .isEqualTo("publications[1].template: \"missing.mustache\" is not a readable"
                        + " file (a Mustache template, relative to the working directory)");
        assertThat(error(two + "    git:\n      branch: other\n"))
                .isEqualTo("publications[1].git: repository site is used by an earlier"
                        + " publication with other git settings; give every publication in one"
                        + " repository the same ones");
    }

    @Test
    void refusesTheSameFileTwiceInOneRepositoryButNotInTwo() throws IOException {
        String yaml = SOURCES + "publications:\n"
                + "  - id: a\n    title: A\n    file: README.md\n"
                + "  - id: b\n    title: B\n    file: README.md\n";

        assertThat(error(yaml)).isEqualTo("publications[1].file: \"README.md\" is the file of"
                + " another publication already");
        assertThat(ConfigLoader.load(write(yaml + "    git:\n      repository: b-site\n"),
                Map.of()).publications()).hasSize(2);
    }

    @Test
    void readsFeedFilesAndRefusesOneThatIsAnotherPublicationsFile() throws IOException {
        String yaml = SOURCES + "publications:\n"
                + "  - id: a\n    title: A\n    file: README.md\n"
                + "    feeds:\n      json: feeds/a.json\n      csv: feeds/a.csv\n";

        assertThat(ConfigLoader.load(write(yaml), Map.of()).publications().get(0).feeds())
                .isEqualTo(new FeedFiles("feeds/a.json", null, "feeds/a.csv"));
        assertThat(error(yaml + "  - id: b\n    title: B\n    file: b.md\n"
                + "    feeds:\n      atom: feeds/a.csv\n"))
                .isEqualTo("publications[1].feeds.atom: \"feeds/a.csv\" is the file of another"
                        + " publication or feed already");
        assertThat(error(yaml.replace("csv: feeds/a.csv", "rss: feeds/a.rss")))
                .isEqualTo("publications[0].feeds.rss: unknown key (known: atom, csv, json)");
    }

    @Test
    void refusesAGitRemoteThatIsNoUrlOrHoldsAToken() throws IOException {
        assertThat(error(SOURCES + "git:\n  remote: somewhere\n"))
                .isEqualTo("git.remote: \"somewhere\" is not a git remote URL (https://, ssh://,"
                        + " file:// or user@host:path)");
        assertThat(error(SOURCES + "git:\n  remote: https://bot:ghp_s3cret@github.com/a/b.git\n"))
                .isEqualTo("git.remote: the URL holds a password or token; give it as git.token"
                        + " with an environment variable reference such as ${JOBLIST_GIT_TOKEN}")
                .doesNotContain("s3cret");
        assertThat(error(SOURCES + "git:\n  remote: https://github.com/a/b.git\n  token: abc\n"))
                .isEqualTo("git.token: write a secret as an environment variable reference such"
                        + " as ${JOBLIST_GIT_TOKEN}; the value itself must not be kept in the file");
        assertThat(error(SOURCES + "git:\n  token: ${T}\n"))
                .isEqualTo("git.token: a token needs a remote to push to; set git.remote too");
        assertThat(ConfigLoader.load(write(SOURCES + "git:\n  remote: git@github.com:a/b.git\n"),
                Map.of()).git().remote()).isEqualTo("git@github.com:a/b.git");
    }

    /** The error's message without the file name in front. */
    private String error(String yaml) throws IOException {
        Path file = write(yaml);
        try {
            ConfigLoader.load(file, Map.of("T", "x"));
        } catch (ConfigException e) {
            assertThat(e.getMessage()).startsWith(file + ": ");
            return e.getMessage().substring(file.toString().length() + 2);
        }
        throw new AssertionError("no ConfigException for:\n" + yaml);
    }

    private Path write(String yaml) throws IOException {
        Path file = Files.createTempFile(dir, "joblist", ".yml");
        Files.writeString(file, yaml);
        return file;
    }
}
