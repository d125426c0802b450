package org.joblist.aggregate.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;
import org.joblist.aggregate.Curation;
import org.joblist.aggregate.PostingCatalog;
import org.joblist.aggregate.RunId;
import org.joblist.aggregate.RunReport;
import org.joblist.aggregate.RunStatus;
import org.joblist.aggregate.SourceOutcome;
import org.joblist.aggregate.SourceStatus;
import org.joblist.aggregate.StoredPosting;
import org.joblist.config.StoreConfig;
import org.joblist.ingest.http.ValidatorStore;
import org.joblist.ingest.http.Validators;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The catalogue of postings and the record of runs, in the database a {@link StoreConfig} names:
 * H2 ({@code ./data/joblist} by default) or PostgreSQL, which several nodes can share. Opening it
 * applies any pending schema migration. Thread-safe: each call takes its own connection from a
 * pool of {@value #POOL_SIZE}.
 *
 * <pre>{@code
 * try (PostingStore store = PostingStore.open(config.store(), clock)) {
 *     RunId run = store.startRun();
 *     // one SourceTransaction per source, see SourceRunner
 *     RunReport report = store.finishRun(run);
 * }
 * }</pre>
 *
 * <p>Every database failure surfaces as a {@link StoreException}.
 */
public final class PostingStore implements PostingCatalog, ValidatorStore, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PostingStore.class);

    // Flyway holds two connections at once while migrating (a pool of one hangs, then fails);
    // readers and sources need more.
    private static final int POOL_SIZE = 4;
    private static final int FETCH_SIZE = 500;
    /** H2's {@code ErrorCode.DATABASE_NOT_FOUND_WITH_IF_EXISTS_1}; H2 is a runtime dependency. */
    private static final int H2_DATABASE_NOT_FOUND_WITH_IF_EXISTS = 90146;

    private final HikariDataSource dataSource;
    private final String url;
    private final Clock clock;
    /** Validators each source learnt in its open transaction, by URL; kept when it commits. */
    private final Map<String, Map<String, Validators>> pendingValidators =
            new ConcurrentHashMap<>();
    private final Curation curation;

    private PostingStore(HikariDataSource dataSource, String url, Clock clock,
            Curation curation) {
        this.dataSource = dataSource;
        this.url = url;
        this.clock = clock;
        this.curation = curation;
    }

    /** Opens the store with no curation; see {@link #open(StoreConfig, Clock, Curation)}. */
    public static PostingStore open(StoreConfig config, Clock clock) {
        return open(config, clock, Curation.none());
    }

    /**
     * Connects to the configured database and migrates its schema to the newest version; an H2
     * file that does not exist yet is created.
     *
     * @throws StoreException when the database cannot be opened (missing driver, locked or
     *     corrupt file, wrong password) or migrated
     */
    public static PostingStore open(StoreConfig config, Clock clock, Curation curation) {
        Objects.requireNonNull(config, "config");
        return connectAndMigrate(config, clock, curation, JdbcUrls.forConnecting(config.url()));
    }

    /**
     * The file of an H2 store that does not exist yet; empty for a store that exists, and for
     * one in memory or on a server. Lets commands that only read tell "no store yet" without
     * creating one.
     */
    public static Optional<Path> missingFile(StoreConfig config) {
        if (!JdbcUrls.isH2File(config.url())) {
            return Optional.empty();
        }
        Path file = JdbcUrls.h2File(config.url());
        return Files.exists(file) ? Optional.empty() : Optional.of(file);
    }

    /**
     * Opens a store that exists already, as {@link #open(StoreConfig, Clock, Curation)} does,
     * for those that only read it: an H2 file that does not exist is not created (nor its
     * directory), so a mistyped {@code store.url} leaves nothing behind. A PostgreSQL database is
     * never created by connecting to it anyway.
     *
     * @throws StoreException naming the URL and the file when an H2 file does not exist, or as
     *     {@link #open(StoreConfig, Clock, Curation)} does
     */
    public static PostingStore openExisting(StoreConfig config, Clock clock, Curation curation) {
        Objects.requireNonNull(config, "config");
        return connectAndMigrate(config, clock, curation,
                JdbcUrls.forConnectingToExisting(config.url()));
    }

    private static PostingStore connectAndMigrate(
            StoreConfig config, Clock clock, Curation curation, String connectingUrl) {
        Objects.requireNonNull(curation, "curation");
        Objects.requireNonNull(clock, "clock");
        HikariDataSource dataSource = connect(config, connectingUrl);
        try {
            MigrateResult migrated = Flyway.configure()
                    .dataSource(dataSource)
                    .locations(migrationLocations(config.url()))
                    .load()
                    .migrate();
            LOG.debug("store {}: open, {} migrations applied", JdbcUrls.redact(config.url()),
                    migrated.migrationsExecuted);
        } catch (FlywayException e) {
            dataSource.close();
            throw new StoreException(config.url(), "cannot migrate schema", e);
        }
        return new PostingStore(dataSource, config.url(), clock, curation);
    }

    /**
     * The migrations for every database, then those of this database alone, in
     * {@code db/vendor/<vendor>} (h2, postgresql) when there are any: Spring Boot's
     * {@code {vendor}} folders, which plain Flyway does not resolve by itself. Both share one
     * sequence of versions.
     */
    private static String[] migrationLocations(String url) {
        String vendor = "db/vendor/" + JdbcUrls.vendor(url);
        if (PostingStore.class.getClassLoader().getResource(vendor) == null) {
            return new String[] {"classpath:db/migration"};
        }
        return new String[] {"classpath:db/migration", "classpath:" + vendor};
    }

    private static HikariDataSource connect(StoreConfig config, String connectingUrl) {
        JdbcUrls.keepH2ServersOnLoopback();
        HikariConfig hikari = new HikariConfig();
        hikari.setPoolName("joblist-store");
        hikari.setJdbcUrl(connectingUrl);
        hikari.setUsername(config.user());
        hikari.setPassword(config.password());
        hikari.setMaximumPoolSize(POOL_SIZE);
        try {
            return new HikariDataSource(hikari);
        } catch (RuntimeException e) {
            if (JdbcUrls.isH2File(config.url()) && isMissingH2Database(e)) {
                throw StoreException.missingFile(config.url(), JdbcUrls.h2File(config.url()), e);
            }
            throw new StoreException(config.url(), "cannot open", e);
        }
    }

    /** Whether H2 refused to create a database, as {@code IFEXISTS=TRUE} asks. */
    private static boolean isMissingH2Database(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql
                    && sql.getErrorCode() == H2_DATABASE_NOT_FOUND_WITH_IF_EXISTS) {
                return true;
            }
        }
        return false;
    }

    /** Records the start of a run, now, by a process that is no daemon (a backfill). */
    public RunId startRun() {
        return startRun(null, null);
    }

    /**
     * Records the start of a run, now.
     *
     * @param node the daemon that runs it (its Quartz instance id); null for none
     * @param scheduledFor the fire time of the trigger that started it; null for none
     */
    public RunId startRun(@Nullable String node, @Nullable Instant scheduledFor) {
        String sql = "INSERT INTO runs (started_at, status, node, scheduled_for)"
                + " VALUES (?, 'running', ?, ?)";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(sql, new String[] {"id"})) {
            SqlTimes.set(insert, 1, clock.instant());
            insert.setString(2, node);
            SqlTimes.set(insert, 3, scheduledFor);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                RunId run = new RunId(keys.getLong(1));
                LOG.debug("run {}: started", run);
                return run;
            }
        } catch (SQLException e) {
            throw failure("cannot start a run", e);
        }
    }

    /**
     * Opens the transaction in which one source's postings of the run are written. Postings it
     * writes count as seen at the run's start.
     *
     * @throws IllegalArgumentException when the run is unknown
     * @throws IllegalStateException when the run is finished
     */
    public SourceTransaction beginSource(RunId run, String sourceId) {
        return beginSource(run, sourceId, SourceLifecycle.DEFAULT);
    }

    /**
     * Opens the transaction in which one source's postings of the run are written; committing an
     * {@link SourceStatus#OK} outcome closes postings as the lifecycle says.
     */
    public SourceTransaction beginSource(RunId run, String sourceId, SourceLifecycle lifecycle) {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(lifecycle, "lifecycle");
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            connection.setAutoCommit(false);
            Instant runStartedAt = runningSince(connection, run);
            pendingValidators.remove(sourceId);
            return new SourceTransaction(connection, url, run, sourceId, runStartedAt,
                    () -> takeValidators(sourceId), lifecycle);
        } catch (SQLException e) {
            closeQuietly(connection, e);
            throw failure("cannot begin source " + sourceId, e);
        } catch (RuntimeException e) {
            closeQuietly(connection, e);
            throw e;
        }
    }

    /**
     * The validators stored for a URL with the postings of the last complete read of it; null
     * when there are none.
     */
    @Override
    public @Nullable Validators find(String url) {
        try (Connection connection = dataSource.getConnection()) {
            return ValidatorRows.find(connection, url);
        } catch (SQLException e) {
            throw failure("cannot read validators of " + url, e);
        }
    }

    /**
     * Takes validators a source learnt while its transaction is open; they are stored when it
     * commits and forgotten when it rolls back.
     */
    @Override
    public void remember(String sourceId, String url, Validators validators) {
        pendingValidators.computeIfAbsent(sourceId, id -> new ConcurrentHashMap<>())
                .put(url, validators);
    }

    private Map<String, Validators> takeValidators(String sourceId) {
        Map<String, Validators> learnt = pendingValidators.remove(sourceId);
        return learnt == null ? Map.of() : learnt;
    }

    /** The latest outcome of every source that has one, by source id in id order. */
    public Map<String, SourceOutcome> lastOutcomes() {
        try (Connection connection = dataSource.getConnection()) {
            return OutcomeRows.lastOfEachSource(connection);
        } catch (SQLException e) {
            throw failure("cannot read the last outcomes", e);
        }
    }

    /**
     * When the source's board last answered, in any run: the start of its latest outcome that
     * read a page; null when it never did.
     */
    public @Nullable Instant lastFetch(String sourceId) {
        try (Connection connection = dataSource.getConnection()) {
            return OutcomeRows.lastFetch(connection, sourceId);
        } catch (SQLException e) {
            throw failure("cannot read the last fetch of source " + sourceId, e);
        }
    }

    /**
     * Whether any run was ever recorded here. A store that never ran holds no catalogue: a
     * mistyped URL opens (and creates) such an empty one, and publishing from it would empty
     * every list.
     */
    public boolean hasRuns() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT EXISTS (SELECT 1 FROM runs)");
                ResultSet row = select.executeQuery()) {
            row.next();
            return row.getBoolean(1);
        } catch (SQLException e) {
            throw failure("cannot read the runs", e);
        }
    }

    /** The JDBC URL of the store, with any password masked. */
    public String url() {
        return JdbcUrls.redact(url);
    }

    /** Records the outcome of a source whose transaction was not committed, e.g. a failed one. */
    public void recordOutcome(RunId run, SourceOutcome outcome) {
        try (Connection connection = dataSource.getConnection()) {
            OutcomeRows.insert(connection, run, outcome);
        } catch (SQLException e) {
            throw failure("cannot record outcome of source " + outcome.sourceId(), e);
        }
    }

    /**
     * Records the end of a run, now, with a status judged from the outcomes recorded for it.
     *
     * @throws IllegalArgumentException when the run is unknown
     * @throws IllegalStateException when the run is finished already
     */
    public RunReport finishRun(RunId run) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            Instant startedAt = runningSince(connection, run);
            List<SourceOutcome> outcomes = OutcomeRows.ofRun(connection, run);
            RunReport report = new RunReport(
                    run, startedAt, clock.instant(), RunStatus.of(outcomes), outcomes);
            RunRows.markFinished(connection, report);
            connection.commit();
            logFinished(report);
            return report;
        } catch (SQLException e) {
            throw failure("cannot finish run " + run, e);
        }
    }

    private static void logFinished(RunReport report) {
        long failed = report.outcomes().stream()
                .filter(o -> o.status().isFailure())
                .count();
        LOG.info("run {}: {} in {} ms; sources: {}, failed: {}", report.run(),
                report.status().name().toLowerCase(Locale.ROOT),
                Duration.between(report.startedAt(), report.finishedAt()).toMillis(),
                report.outcomes().size(), failed);
    }

    /**
     * Ends the runs a process left running when it was killed in the middle of them. A run that
     * recorded no outcome is deleted, as if it never started: the writes of its sources rolled
     * back with their transactions. A run with outcomes is finished at the end of its last one,
     * with the status they give. Meant for the start of a daemon, while no other process runs.
     *
     * @return what became of each run, oldest first; a deleted run's report has no outcomes
     */
    public List<RunReport> endAbandonedRuns() {
        return endRuns(RunRows::endRunning);
    }

    /**
     * Ends, as {@link #endAbandonedRuns} does, the runs left running by the daemons of a Quartz
     * cluster that are no longer in its scheduler state ({@code qrtz_scheduler_state}, which only
     * a PostgreSQL store has): a node leaves it when it shuts down, and the other nodes remove
     * it when it stops checking in. The runs of live nodes, and of processes that are no daemon,
     * are left alone.
     *
     * @param scheduler the name of the clustered scheduler the daemons share
     */
    public List<RunReport> endRunsOfGoneNodes(String scheduler) {
        Objects.requireNonNull(scheduler, "scheduler");
        return endRuns(connection -> RunRows.endRunningOfGoneNodes(connection, scheduler));
    }

    private List<RunReport> endRuns(RunEnder ender) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            List<RunReport> ended = ender.end(connection);
            connection.commit();
            for (RunReport run : ended) {
                LOG.warn("run {}: left running since {} by a process that stopped; {}", run.run(),
                        run.startedAt(), run.outcomes().isEmpty()
                                ? "it stored nothing and is removed"
                                : "finished as " + run.status().name().toLowerCase(Locale.ROOT));
            }
            return ended;
        } catch (SQLException e) {
            throw failure("cannot end abandoned runs", e);
        }
    }

    /**
     * Whether any posting closed or reopened at or after the instant, e.g. in a run that started
     * then: together with a run's new and updated counts, whether the catalogue changed.
     */
    public boolean closedOrReopenedSince(Instant since) {
        Objects.requireNonNull(since, "since");
        String sql = "SELECT 1 FROM postings WHERE closed_at >= ? OR reopened_at >= ?"
                + " FETCH FIRST 1 ROWS ONLY";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            SqlTimes.set(select, 1, since);
            SqlTimes.set(select, 2, since);
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        } catch (SQLException e) {
            throw failure("cannot read closed and reopened postings", e);
        }
    }

    /** The start of a run that has not finished, read in the caller's transaction. */
    private static Instant runningSince(Connection connection, RunId run) throws SQLException {
        String sql = "SELECT started_at, status FROM runs WHERE id = ?";
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setLong(1, run.value());
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalArgumentException("unknown run " + run);
                }
                if (!"running".equals(row.getString("status"))) {
                    throw new IllegalStateException("run " + run + " is finished");
                }
                return SqlTimes.require(row, "started_at");
            }
        }
    }

    /**
     * Streams every open posting in publication order (see {@link PostingCatalog}), curated,
     * reading {@value #FETCH_SIZE} rows at a time; an exception the action throws ends the
     * reading and propagates.
     */
    @Override
    public void forEachPosting(Consumer<StoredPosting> action) {
        Objects.requireNonNull(action, "action");
        stream(PostingRows.SELECT_IN_PUBLICATION_ORDER, null, action);
    }

    @Override
    public void forEachClosedSince(Instant since, Consumer<StoredPosting> action) {
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(action, "action");
        stream(PostingRows.SELECT_CLOSED_SINCE, since, action);
    }

    private void stream(String sql, @Nullable Instant since, Consumer<StoredPosting> action) {
        try (Connection connection = dataSource.getConnection()) {
            // PostgreSQL streams a result only inside a transaction.
            connection.setAutoCommit(false);
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                if (since != null) {
                    SqlTimes.set(select, 1, since);
                }
                select.setFetchSize(FETCH_SIZE);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        curation.apply(PostingRows.read(rows)).ifPresent(action);
                    }
                }
            }
            connection.commit();
        } catch (SQLException e) {
            throw failure("cannot read postings", e);
        }
    }

    /** Closes every pooled connection; an H2 file database is closed with the last one. */
    @Override
    public void close() {
        dataSource.close();
    }

    private StoreException failure(String action, SQLException e) {
        return new StoreException(url, action, e);
    }

    private static void closeQuietly(@Nullable Connection connection, Exception failure) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    /** Ends some of the runs marked running, in the caller's transaction. */
    private interface RunEnder {
        List<RunReport> end(Connection connection) throws SQLException;
    }
}
