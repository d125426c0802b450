package org.joblist.aggregate.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.flywaydb.core.Flyway;
import org.joblist.aggregate.Posting;
import org.joblist.aggregate.RunId;
import org.joblist.aggregate.RunReport;
import org.joblist.aggregate.RunStatus;
import org.joblist.aggregate.SourceOutcome;
import org.joblist.aggregate.SourceStatus;
import org.joblist.aggregate.StoredPosting;
import org.joblist.aggregate.testing.MutableClock;
import org.joblist.aggregate.testing.TestDatabase;
import org.joblist.aggregate.testing.TestDatabases;
import org.joblist.aggregate.testing.TestStores;
import org.joblist.config.StoreConfig;
import org.joblist.ingest.WorkplaceType;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Runs on H2 and on PostgreSQL, skipped there when PostgreSQL is not installed. */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
class PostingStoreTest {
    @RegisterExtension
    static final TestDatabases DATABASES = new TestDatabases();

    private static final Instant FIRST_RUN = Instant.parse("2026-08-15T06:00:00Z");
    private static final Instant SECOND_RUN = Instant.parse("2026-08-16T06:00:00Z");

    // The three postings of GitLab's recorded Greenhouse board, first_published in UTC.
    private static final Posting ACCOUNT_EXECUTIVE = gitlab("8503792002",
            "Account Executive - Italy", "Remote, Italy", "2026-04-17T09:58:03Z");
    private static final Posting AI_ENGINEER = gitlab("8556658002",
            "AI Engineer", "Remote, Bangalore", "2026-05-22T13:16:29Z");
    private static final Posting AI_TRANSFORMATION_OWNER = gitlab("8638232002",
            "AI Transformation Owner, CRO", "Remote, United States", "2026-07-22T17:38:40Z");

    /** What Quartz's clustered job store reads and writes, on PostgreSQL only. */
    private static final List<String> QUARTZ_TABLES = List.of("qrtz_blob_triggers",
            "qrtz_calendars", "qrtz_cron_triggers", "qrtz_fired_triggers", "qrtz_job_details",
            "qrtz_locks", "qrtz_paused_trigger_grps", "qrtz_scheduler_state",
            "qrtz_simple_triggers", "qrtz_simprop_triggers", "qrtz_triggers");

    private final TestDatabase database;
    private final MutableClock clock = new MutableClock(FIRST_RUN);
    private final StoreConfig config;
    private final PostingStore store;

    PostingStoreTest(TestDatabase database) {
        this.database = database;
        this.config = DATABASES.fresh(database);
        this.store = PostingStore.open(config, clock);
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void openingAppliesTheMigrationsOfItsDatabase() throws SQLException {
        List<String> tables = TestStores.queryColumn(config, "SELECT LOWER(TABLE_NAME)"
                + " FROM INFORMATION_SCHEMA.TABLES WHERE LOWER(TABLE_SCHEMA) = 'public'");
        List<String> scripts = TestStores.queryColumn(config, "SELECT \"script\""
                + " FROM \"flyway_schema_history\" WHERE \"type\" = 'SQL' AND \"success\""
                + " ORDER BY \"installed_rank\"");

        List<String> ours = List.of("flyway_schema_history", "http_validators", "postings",
                "runs", "source_outcomes");
        if (database == TestDatabase.H2) {
            assertThat(tables).containsExactlyInAnyOrderElementsOf(ours);
            assertThat(scripts).containsExactly("V1__postings_and_runs.sql",
                    "V2__source_outcome_statuses_and_http_validators.sql",
                    "V4__normalized_fields_and_lifecycle.sql", "V5__run_node_and_schedule.sql",
                    "V6__company_url.sql");
        } else {
            assertThat(tables).containsAll(ours).containsAll(QUARTZ_TABLES)
                    .hasSize(ours.size() + QUARTZ_TABLES.size());
            assertThat(scripts).containsExactly("V1__postings_and_runs.sql",
                    "V2__source_outcome_statuses_and_http_validators.sql",
                    "V4__normalized_fields_and_lifecycle.sql",
                    "V4_1__text_ordered_by_code_point.sql", "V4_2__quartz_job_store.sql",
                    "V5__run_node_and_schedule.sql", "V6__company_url.sql");
        }
    }

    @Test
    void upgradingAStoreOfVersion5KeepsItsPostingsWithoutACompanySite() throws SQLException {
        StoreConfig old = DATABASES.fresh(database);
        String vendor = database == TestDatabase.H2 ? "h2" : "postgresql";
        // An H2 database in memory lives while a connection holds it.
        try (Connection held = DriverManager.getConnection(old.url(), old.user(),
                old.password())) {
            Flyway.configure().dataSource(old.url(), old.user(), old.password())
                    .locations("classpath:db/migration", "classpath:db/vendor/" + vendor)
                    .target("5").load().migrate();
            held.createStatement().executeUpdate("INSERT INTO postings (source_id, external_id,"
                    + " company, title, location, workplace_type, posted_at, apply_url,"
                    + " content_hash, first_seen_at, last_seen_at) VALUES ('gitlab',"
                    + " '8556658002', 'GitLab', 'AI Engineer', 'Remote, Bangalore', 'remote',"
                    + " TIMESTAMP WITH TIME ZONE '2026-05-22 13:16:29+00',"
                    + " 'https://job-boards.greenhouse.io/gitlab/jobs/8556658002', 'v5',"
                    + " TIMESTAMP WITH TIME ZONE '2026-08-15 06:00:00+00',"
                    + " TIMESTAMP WITH TIME ZONE '2026-08-15 06:00:00+00')");

            try (PostingStore upgraded = PostingStore.open(old, clock)) {
                assertThat(TestStores.all(upgraded)).extracting(s -> s.posting().title(),
                        s -> s.posting().companyUrl()).containsExactly(tuple("AI Engineer", null));
            }
        }
    }

    @Test
    void tellsWhetherARunWasEverRecorded() {
        boolean before = store.hasRuns();

        store.startRun();

        assertThat(before).isFalse();
        assertThat(store.hasRuns()).isTrue();
    }

    @Test
    void tellsNewFromUpdatedFromUnchangedAcrossTwoRuns() {
        WriteCounts first = writeRun(ACCOUNT_EXECUTIVE, AI_ENGINEER, AI_TRANSFORMATION_OWNER);
        clock.set(SECOND_RUN);
        Posting retitled = withTitle(AI_ENGINEER, "AI Engineer, Agents");

        WriteCounts second = writeRun(ACCOUNT_EXECUTIVE, retitled, AI_TRANSFORMATION_OWNER);

        assertThat(first).isEqualTo(new WriteCounts(3, 0, 0));
        assertThat(second).isEqualTo(new WriteCounts(0, 1, 2));
        assertThat(TestStores.all(store)).containsExactly(
                new StoredPosting(AI_TRANSFORMATION_OWNER, FIRST_RUN, SECOND_RUN),
                new StoredPosting(retitled, FIRST_RUN, SECOND_RUN),
                new StoredPosting(ACCOUNT_EXECUTIVE, FIRST_RUN, SECOND_RUN));
    }

    @Test
    void storesTheCompanySiteAndCountsASiteNamedLaterAsAnUpdate() {
        Posting qase = weWorkRemotely("qase-developer-advocate", "Qase", "https://qase.io");
        Posting mathmo = weWorkRemotely("mathmo-maths-coach", "Mathmo", "http://www.mathmo.com");
        Posting apex = weWorkRemotely("apex-trade-entry-level-crypto-market-specialist",
                "APEX TRADE", null);
        writeRun(qase.toBuilder().companyUrl(null).build(), mathmo, apex);
        clock.set(SECOND_RUN);

        WriteCounts second = writeRun(qase, mathmo, apex);

        assertThat(second).isEqualTo(new WriteCounts(0, 1, 2));
        assertThat(TestStores.all(store)).extracting(StoredPosting::posting)
                .containsExactlyInAnyOrder(qase, mathmo, apex);
    }

    @Test
    void keepsOnlyWhatWasStoredBeforeWhenATransactionIsNotCommitted() {
        writeRun(ACCOUNT_EXECUTIVE, AI_ENGINEER);
        List<StoredPosting> before = TestStores.all(store);
        clock.set(SECOND_RUN);
        RunId run = store.startRun();

        try (SourceTransaction transaction = store.beginSource(run, "gitlab")) {
            transaction.write(withTitle(ACCOUNT_EXECUTIVE, "Account Executive - Spain"));
            transaction.write(AI_TRANSFORMATION_OWNER);
            assertThat(transaction.flush()).isEqualTo(new WriteCounts(1, 1, 0));
        }

        assertThat(TestStores.all(store)).isEqualTo(before);
        assertThat(store.finishRun(run).outcomes()).isEmpty();
    }

    @Test
    void writesMorePostingsThanOneBatchHolds() {
        List<Posting> postings = numbered(1_234);

        WriteCounts first = writeRun(postings.toArray(Posting[]::new));
        clock.set(SECOND_RUN);
        WriteCounts second = writeRun(postings.toArray(Posting[]::new));

        assertThat(first).isEqualTo(new WriteCounts(1_234, 0, 0));
        assertThat(second).isEqualTo(new WriteCounts(0, 0, 1_234));
        List<StoredPosting> stored = TestStores.all(store);
        assertThat(stored).hasSize(1_234);
        assertThat(stored).extracting(StoredPosting::lastSeenAt).containsOnly(SECOND_RUN);
        assertThat(stored.get(0).posting().externalId()).isEqualTo("1234");
        assertThat(stored.get(1_233).posting().externalId()).isEqualTo("1");
    }

    @Test
    void writesARepeatedPostingAfterItsEarlierCopy() {
        Posting retitled = withTitle(AI_ENGINEER, "AI Engineer, Agents");

        WriteCounts counts = writeRun(AI_ENGINEER, ACCOUNT_EXECUTIVE, retitled);

        assertThat(counts).isEqualTo(new WriteCounts(2, 1, 0));
        assertThat(TestStores.all(store)).extracting(StoredPosting::posting)
                .containsExactly(retitled, ACCOUNT_EXECUTIVE);
    }

    @Test
    void handsOutPostingsNewestFirstWithTiesBrokenByCompanyTitleLocationSourceAndId() {
        String august2 = "2026-08-02T21:05:22Z";
        Posting future = remoteOk("9", "Wolt", "Store Manager", "Marsa", "2026-08-20T00:00:00Z");
        Posting undated = remoteOk("8", "Zebra", "Menu", "", null);
        Posting bevoxe = remoteOk("7", "Bevoxe", "Menu", "Ashreigney", august2);
        Posting compatibility = remoteOk("6", "Anansewaa", "Compatibility", "How", august2);
        Posting menuSonipat = remoteOk("5", "Anansewaa", "Menu", "Sonipat", august2);
        Posting menuHow = remoteOk("4", "Anansewaa", "Menu", "How", august2);
        Posting menuHowOtherId = remoteOk("10", "Anansewaa", "Menu", "How", august2);
        Posting menuHowArbeitnow = new Posting("arbeitnow", "3", "Anansewaa", "Menu", "How",
                WorkplaceType.REMOTE, Instant.parse(august2), "https://www.arbeitnow.com/jobs/3");
        Posting older = remoteOk("1", "Anansewaa", "Menu", "How", "2026-04-17T09:58:03Z");
        writeRun(older, menuHow, bevoxe, undated, compatibility, future, menuSonipat,
                menuHowOtherId);
        writeRun(menuHowArbeitnow);

        List<StoredPosting> stored = TestStores.all(store);

        assertThat(stored).extracting(StoredPosting::posting).containsExactly(
                future, undated, compatibility, menuHowArbeitnow, menuHowOtherId, menuHow,
                menuSonipat, bevoxe, older);
        assertThat(stored.get(1).listedAt()).isEqualTo(FIRST_RUN);
    }

    @Test
    void comparesTextByCodePointWhateverTheDatabasesCollation() {
        // The test server's en-US collation would give a-c, ab, acme, Ümlaut, Zeta Labs.
        String day = "2026-08-02T21:05:22Z";
        writeRun(remoteOk("1", "acme", "Menu", "", day),
                remoteOk("2", "Zeta Labs", "Menu", "", day),
                remoteOk("3", "Ümlaut", "Menu", "", day),
                remoteOk("4", "ab", "Menu", "", day),
                remoteOk("5", "a-c", "Menu", "", day));

        List<String> companies = TestStores.all(store).stream()
                .map(s -> s.posting().company())
                .toList();

        assertThat(companies).containsExactly("Zeta Labs", "a-c", "ab", "acme", "Ümlaut");
    }

    @Test
    void dropsTheNullCharacterWhichPostgresqlCannotStore() {
        Posting withNul = AI_ENGINEER.toBuilder()
                .title("AI\u0000 Engineer")
                .description("Build\u0000 agents.")
                .build();

        WriteCounts counts = writeRun(withNul);

        assertThat(counts).isEqualTo(new WriteCounts(1, 0, 0));
        assertThat(TestStores.all(store))
                .extracting(s -> s.posting().title(), s -> s.posting().description())
                .containsExactly(tuple("AI Engineer", "Build agents."));
    }

    @Test
    void reportsAFinishedRunWithTheOutcomesRecordedForIt() {
        RunId run = store.startRun();
        SourceOutcome gitlab = new SourceOutcome("gitlab", SourceStatus.OK, 1, 3, 3, 0, 0, null,
                FIRST_RUN, Duration.ofMillis(1_250));
        SourceOutcome remoteOk = new SourceOutcome("remoteok", SourceStatus.ERROR, 0, 0, 0, 0, 0,
                "source remoteok: https://remoteok.com/api: HTTP 503", FIRST_RUN.plusSeconds(2),
                Duration.ofMillis(40));
        try (SourceTransaction transaction = store.beginSource(run, "gitlab")) {
            transaction.commit(gitlab);
        }
        store.recordOutcome(run, remoteOk);
        clock.advance(Duration.ofSeconds(5));

        RunReport report = store.finishRun(run);

        assertThat(report).isEqualTo(new RunReport(run, FIRST_RUN, FIRST_RUN.plusSeconds(5),
                RunStatus.PARTIAL, List.of(gitlab, remoteOk)));
        assertThatThrownBy(() -> store.finishRun(run))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("run " + run + " is finished");
        assertThatThrownBy(() -> store.beginSource(run, "gitlab"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("run " + run + " is finished");
    }

    @Test
    void endsRunsAProcessLeftRunningAndKeepsFinishedOnes() {
        RunId finished = store.startRun();
        store.finishRun(finished);
        RunId empty = store.startRun();
        try (SourceTransaction transaction = store.beginSource(empty, "gitlab")) {
            transaction.write(AI_ENGINEER);
        }
        RunId stored = store.startRun();
        SourceOutcome gitlab = new SourceOutcome("gitlab", SourceStatus.OK, 1, 1, 1, 0, 0, null,
                FIRST_RUN.plusSeconds(1), Duration.ofMillis(1_500));
        try (SourceTransaction transaction = store.beginSource(stored, "gitlab")) {
            transaction.write(ACCOUNT_EXECUTIVE);
            transaction.commit(gitlab);
        }
        clock.advance(Duration.ofHours(3));

        List<RunReport> ended = store.endAbandonedRuns();

        assertThat(ended).containsExactly(
                new RunReport(empty, FIRST_RUN, FIRST_RUN, RunStatus.RUNNING, List.of()),
                new RunReport(stored, FIRST_RUN, FIRST_RUN.plusMillis(2_500), RunStatus.OK,
                        List.of(gitlab)));
        assertThat(store.endAbandonedRuns()).isEmpty();
        assertThat(TestStores.all(store)).extracting(StoredPosting::posting)
                .containsExactly(ACCOUNT_EXECUTIVE);
        assertThatThrownBy(() -> store.beginSource(empty, "gitlab"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown run " + empty);
        assertThatThrownBy(() -> store.finishRun(finished))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refusesARunItDoesNotKnow() {
        assertThatThrownBy(() -> store.beginSource(new RunId(99), "gitlab"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown run 99");
    }

    private WriteCounts writeRun(Posting... postings) {
        RunId run = store.startRun();
        try (SourceTransaction transaction = store.beginSource(run, postings[0].sourceId())) {
            for (Posting posting : postings) {
                transaction.write(posting);
            }
            WriteCounts counts = transaction.flush();
            transaction.commit(new SourceOutcome(postings[0].sourceId(), SourceStatus.OK, 1,
                    postings.length, counts.newCount(), counts.updated(), 0, null,
                    clock.instant(), Duration.ZERO));
            store.finishRun(run);
            return counts;
        }
    }

    /** RemoteOK-like postings with ids 1..count, posted one minute apart in id order. */
    private static List<Posting> numbered(int count) {
        Instant start = Instant.parse("2026-08-01T00:00:00Z");
        return IntStream.rangeClosed(1, count)
                .mapToObj(i -> remoteOk(String.valueOf(i), "Company " + i, "Role " + i, "",
                        start.plusSeconds(60L * i).toString()))
                .toList();
    }

    private static Posting gitlab(String id, String title, String location, String postedAt) {
        return new Posting("gitlab", id, "GitLab", title, location, WorkplaceType.UNKNOWN,
                Instant.parse(postedAt), "https://job-boards.greenhouse.io/gitlab/jobs/" + id);
    }

    private static Posting remoteOk(String id, String company, String title, String location,
            @Nullable String postedAt) {
        return new Posting("remoteok", id, company, title, location, WorkplaceType.REMOTE,
                postedAt == null ? null : Instant.parse(postedAt),
                "https://remoteOK.com/remote-jobs/" + id);
    }

    /** A posting of We Work Remotely's recorded feed, with the company's site it names. */
    private static Posting weWorkRemotely(String slug, String company,
            @Nullable String companyUrl) {
        String url = "https://weworkremotely.com/remote-jobs/" + slug;
        return new Posting("wwr", url, company, slug, "Anywhere in the World",
                WorkplaceType.REMOTE, Instant.parse("2026-07-10T19:44:50Z"), url)
                .toBuilder().companyUrl(companyUrl).build();
    }

    private static Posting withTitle(Posting posting, String title) {
        return new Posting(posting.sourceId(), posting.externalId(), posting.company(), title,
                posting.location(), posting.workplaceType(), posting.postedAt(),
                posting.applyUrl());
    }
}
