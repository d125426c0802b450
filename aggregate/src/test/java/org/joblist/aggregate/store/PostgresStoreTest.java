package org.joblist.aggregate.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.joblist.aggregate.Curation;
import org.joblist.aggregate.Posting;
import org.joblist.aggregate.RunId;
import org.joblist.aggregate.RunReport;
import org.joblist.aggregate.StoredPosting;
import org.joblist.aggregate.testing.TestDatabase;
import org.joblist.aggregate.testing.TestDatabases;
import org.joblist.aggregate.testing.TestStores;
import org.joblist.config.StoreConfig;
import org.joblist.ingest.WorkplaceType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobExecutionContext;
import org.quartz.Scheduler;
import org.quartz.TriggerBuilder;
import org.quartz.impl.StdSchedulerFactory;
import org.slf4j.LoggerFactory;

/**
 * What only PostgreSQL shows: its logins, several nodes on one database, Quartz's tables, and
 * that no password reaches the logs. Skipped where PostgreSQL is not installed.
 */
class PostgresStoreTest {
    @RegisterExtension
    static final TestDatabases DATABASES = new TestDatabases();

    private static final Instant RUN_START = Instant.parse("2026-08-15T06:00:00Z");
    private static final Clock CLOCK = Clock.fixed(RUN_START, ZoneOffset.UTC);
    private static final Posting WOLT = new Posting("remoteok", "1136747", "Wolt",
            "Store Manager", "Marsa", WorkplaceType.REMOTE, Instant.parse("2026-08-14T15:44:08Z"),
            "https://remoteOK.com/remote-jobs/remote-store-manager-wolt-1136747");

    private final StoreConfig config = DATABASES.fresh(TestDatabase.POSTGRESQL);

    @Test
    void refusesAWrongPasswordInOneLineThatDoesNotShowIt() {
        StoreConfig wrong = new StoreConfig(config.url(), config.user(), "wrong-secret");

        assertThatThrownBy(() -> PostingStore.open(wrong, CLOCK))
                .isInstanceOf(StoreException.class)
                .hasMessage("store " + config.url() + ": cannot open: FATAL: password"
                        + " authentication failed for user \"joblist\"")
                .hasMessageNotContaining("wrong-secret");
    }

    @Test
    void namesTheServerItCannotReachInOneLine() throws IOException {
        String url = "jdbc:postgresql://127.0.0.1:" + freedPort() + "/joblist";

        assertThatThrownBy(() -> PostingStore.open(new StoreConfig(url, "joblist", "s3cret"),
                        CLOCK))
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith("store " + url + ": cannot open: Connection to 127.0.0.1:")
                .hasMessageContaining(" refused.")
                .hasMessageNotContaining("\n");
    }

    @Test
    void opensAnExistingDatabaseAsOpenDoes() {
        try (PostingStore store = PostingStore.open(config, CLOCK)) {
            TestStores.writeRun(store, RUN_START, WOLT);
        }

        List<StoredPosting> read;
        try (PostingStore store = PostingStore.openExisting(config, CLOCK, Curation.none())) {
            read = TestStores.all(store);
        }

        assertThat(read).containsExactly(new StoredPosting(WOLT, RUN_START, RUN_START));
    }

    @Test
    void twoNodesOpeningOneEmptyDatabaseAtOnceMigrateItOnceAndShareIt() throws Exception {
        CountDownLatch bothReady = new CountDownLatch(2);
        Callable<PostingStore> node = () -> {
            bothReady.countDown();
            bothReady.await(30, TimeUnit.SECONDS);
            return PostingStore.open(config, CLOCK);
        };
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        List<Future<PostingStore>> opening = nodes.invokeAll(List.of(node, node));
        nodes.shutdown();

        List<StoredPosting> seenByOther;
        try (PostingStore first = opening.get(0).get();
                PostingStore second = opening.get(1).get()) {
            TestStores.writeRun(first, RUN_START, WOLT);
            seenByOther = TestStores.all(second);
        }

        assertThat(TestStores.queryColumn(config, "SELECT script FROM flyway_schema_history"
                + " WHERE type = 'SQL' AND success ORDER BY installed_rank")).containsExactly(
                        "V1__postings_and_runs.sql",
                        "V2__source_outcome_statuses_and_http_validators.sql",
                        "V4__normalized_fields_and_lifecycle.sql",
                        "V4_1__text_ordered_by_code_point.sql",
                        "V4_2__quartz_job_store.sql",
                        "V5__run_node_and_schedule.sql", "V6__company_url.sql");
        assertThat(seenByOther).containsExactly(new StoredPosting(WOLT, RUN_START, RUN_START));
    }

    @Test
    void logsNoPasswordWhileOpeningWritingFailingAndClosing() {
        List<ILoggingEvent> events = capturingEverything(() -> {
            try (PostingStore store = PostingStore.open(config, CLOCK)) {
                TestStores.writeRun(store, RUN_START, WOLT);
            }
            StoreConfig wrong = new StoreConfig(config.url(), config.user(), "wrong-secret");
            assertThatThrownBy(() -> PostingStore.open(wrong, CLOCK))
                    .isInstanceOf(StoreException.class);
        });

        List<String> lines = new ArrayList<>();
        for (ILoggingEvent event : events) {
            lines.add(event.getFormattedMessage());
            for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
                lines.add(t.getMessage());
            }
        }
        assertThat(lines).anyMatch(line -> line.contains(config.url()))
                .noneMatch(line -> line != null && (line.contains(config.password())
                        || line.contains("wrong-secret")));
    }

    @Test
    void quartzRunsItsClusteredJobStoreOnTheMigratedTables() throws Exception {
        PostingStore.open(config, CLOCK).close();
        Scheduler scheduler = new StdSchedulerFactory(clusteredQuartz(config)).getScheduler();

        boolean fired;
        List<String> locks;
        try {
            scheduler.start();
            scheduler.scheduleJob(JobBuilder.newJob(SignallingJob.class).build(),
                    TriggerBuilder.newTrigger().startNow().build());
            fired = SignallingJob.FIRED.tryAcquire(30, TimeUnit.SECONDS);
            locks = TestStores.queryColumn(config, "SELECT sched_name || ':' || lock_name"
                    + " FROM qrtz_locks ORDER BY lock_name");
        } finally {
            scheduler.shutdown(true);
        }

        assertThat(fired).isTrue();
        assertThat(locks).containsExactly("joblist-test:STATE_ACCESS",
                "joblist-test:TRIGGER_ACCESS");
    }

    @Test
    void endsOnlyTheRunsOfNodesGoneFromTheCluster() throws SQLException {
        List<RunReport> ended;
        RunId gone;
        try (PostingStore store = PostingStore.open(config, CLOCK)) {
            try (Connection connection = DriverManager.getConnection(config.url(),
                    config.user(), config.password())) {
                connection.createStatement().executeUpdate("INSERT INTO qrtz_scheduler_state"
                        + " (sched_name, instance_name, last_checkin_time, checkin_interval)"
                        + " VALUES ('joblist', 'alive', 0, 5000)");
            }
            store.startRun("alive", RUN_START);
            gone = store.startRun("gone", RUN_START);
            store.startRun(null, null);

            ended = store.endRunsOfGoneNodes("joblist");
        }

        assertThat(ended).extracting(RunReport::run).containsExactly(gone);
        assertThat(TestStores.queryColumn(config, "SELECT COALESCE(node, 'none') || ' '"
                + " || status || ' ' || COALESCE(to_char(scheduled_for AT TIME ZONE 'UTC',"
                + " 'YYYY-MM-DD HH24:MI'), 'unscheduled') FROM runs ORDER BY id"))
                .containsExactly("alive running 2026-08-15 06:00", "none running unscheduled");
    }

    /** Quartz's JDBC job store as a cluster node, on the store's database. */
    private static Properties clusteredQuartz(StoreConfig config) {
        Properties quartz = new Properties();
        quartz.setProperty("org.quartz.scheduler.instanceName", "joblist-test");
        quartz.setProperty("org.quartz.scheduler.instanceId", "AUTO");
        quartz.setProperty("org.quartz.threadPool.threadCount", "1");
        quartz.setProperty("org.quartz.jobStore.class",
                "org.quartz.impl.jdbcjobstore.JobStoreTX");
        quartz.setProperty("org.quartz.jobStore.driverDelegateClass",
                "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate");
        quartz.setProperty("org.quartz.jobStore.isClustered", "true");
        quartz.setProperty("org.quartz.jobStore.dataSource", "store");
        quartz.setProperty("org.quartz.dataSource.store.provider", "hikaricp");
        quartz.setProperty("org.quartz.dataSource.store.driver", "org.postgresql.Driver");
        quartz.setProperty("org.quartz.dataSource.store.URL", config.url());
        quartz.setProperty("org.quartz.dataSource.store.user", config.user());
        quartz.setProperty("org.quartz.dataSource.store.password", config.password());
        quartz.setProperty("org.quartz.dataSource.store.maxConnections", "3");
        return quartz;
    }

    /** Signals each time it runs. */
    public static final class SignallingJob implements Job {
        static final Semaphore FIRED = new Semaphore(0);

        @Override
        public void execute(JobExecutionContext context) {
            FIRED.release();
        }
    }

    /** Every event at every level while the action runs, whatever logback-test.xml says. */
    private static List<ILoggingEvent> capturingEverything(Runnable action) {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Level level = root.getLevel();
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        root.addAppender(appender);
        root.setLevel(Level.ALL);
        try {
            action.run();
        } finally {
            root.setLevel(level);
            root.detachAppender(appender);
        }
        return appender.list;
    }

    /** A loopback port nothing listens on, most likely. */
    private static int freedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
