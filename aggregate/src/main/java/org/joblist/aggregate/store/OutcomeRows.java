package org.joblist.aggregate.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.joblist.aggregate.RunId;
import org.joblist.aggregate.SourceOutcome;
import org.joblist.aggregate.SourceStatus;
import org.jspecify.annotations.Nullable;

/** Maps source outcomes to rows of the {@code source_outcomes} table and back. */
final class OutcomeRows {
    private static final String INSERT = "INSERT INTO source_outcomes (run_id, source_id, status,"
            + " pages, seen, new_count, updated, skipped, message, started_at, duration_ms)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String SELECT_OF_RUN = "SELECT source_id, status, pages, seen,"
            + " new_count, updated, skipped, message, started_at, duration_ms"
            + " FROM source_outcomes WHERE run_id = ? ORDER BY started_at, source_id";

    private static final String SELECT_LAST_OF_EACH = "SELECT o.source_id, o.status, o.pages,"
            + " o.seen, o.new_count, o.updated, o.skipped, o.message, o.started_at,"
            + " o.duration_ms FROM source_outcomes o WHERE o.started_at = (SELECT MAX(l.started_at)"
            + " FROM source_outcomes l WHERE l.source_id = o.source_id) ORDER BY o.source_id";
    private static final String SELECT_LAST_FETCH = "SELECT MAX(started_at) AS started_at"
            + " FROM source_outcomes WHERE source_id = ? AND pages > 0";

    private OutcomeRows() {
    }

    /** The latest outcome of every source that has one, by source id. */
    static Map<String, SourceOutcome> lastOfEachSource(Connection connection)
            throws SQLException {
        Map<String, SourceOutcome> last = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement(SELECT_LAST_OF_EACH);
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                SourceOutcome outcome = read(rows);
                last.put(outcome.sourceId(), outcome);
            }
        }
        return last;
    }

    /** When the source's board last answered: the start of its latest outcome with a page. */
    static @Nullable Instant lastFetch(Connection connection, String sourceId)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(SELECT_LAST_FETCH)) {
            select.setString(1, sourceId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? SqlTimes.get(row, "started_at") : null;
            }
        }
    }

    static void insert(Connection connection, RunId run, SourceOutcome outcome)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setLong(1, run.value());
            insert.setString(2, outcome.sourceId());
            insert.setString(3, outcome.status().name().toLowerCase(Locale.ROOT));
            insert.setInt(4, outcome.pages());
            insert.setInt(5, outcome.seen());
            insert.setInt(6, outcome.newCount());
            insert.setInt(7, outcome.updated());
            insert.setInt(8, outcome.skipped());
            insert.setString(9, outcome.message());
            SqlTimes.set(insert, 10, outcome.startedAt());
            insert.setLong(11, outcome.duration().toMillis());
            insert.executeUpdate();
        }
    }

    /** The run's outcomes in the order their sources started. */
    static List<SourceOutcome> ofRun(Connection connection, RunId run) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(SELECT_OF_RUN)) {
            select.setLong(1, run.value());
            List<SourceOutcome> outcomes = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    outcomes.add(read(rows));
                }
            }
            return outcomes;
        }
    }

    private static SourceOutcome read(ResultSet row) throws SQLException {
        return new SourceOutcome(
                row.getString("source_id"),
                SourceStatus.valueOf(row.getString("status").toUpperCase(Locale.ROOT)),
                row.getInt("pages"),
                row.getInt("seen"),
                row.getInt("new_count"),
                row.getInt("updated"),
                row.getInt("skipped"),
                row.getString("message"),
                SqlTimes.require(row, "started_at"),
                Duration.ofMillis(row.getLong("duration_ms")));
    }
}
