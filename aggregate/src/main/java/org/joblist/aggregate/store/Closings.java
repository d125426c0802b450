package org.joblist.aggregate.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;

/** Closes a source's postings after a complete (OK) run, as its {@link SourceLifecycle} says. */
final class Closings {
    private static final String MISSED = "UPDATE postings SET missed_runs = missed_runs + 1"
            + " WHERE source_id = ? AND closed_at IS NULL AND last_seen_at < ?";
    private static final String CLOSE_MISSED = "UPDATE postings SET closed_at = ?"
            + " WHERE source_id = ? AND closed_at IS NULL AND missed_runs >= ?";
    private static final String CLOSE_OLD = "UPDATE postings SET closed_at = ?"
            + " WHERE source_id = ? AND closed_at IS NULL"
            + " AND COALESCE(posted_at, posted_bound, first_seen_at) < ?";

    private Closings() {
    }

    /** Closes what the run lets close; returns how many postings closed. */
    static int close(Connection connection, String sourceId, Instant runStartedAt,
            SourceLifecycle lifecycle) throws SQLException {
        if (lifecycle.completeListing()) {
            try (PreparedStatement missed = connection.prepareStatement(MISSED)) {
                missed.setString(1, sourceId);
                SqlTimes.set(missed, 2, runStartedAt);
                missed.executeUpdate();
            }
            try (PreparedStatement close = connection.prepareStatement(CLOSE_MISSED)) {
                SqlTimes.set(close, 1, runStartedAt);
                close.setString(2, sourceId);
                close.setInt(3, lifecycle.closeAfterMissedRuns());
                return close.executeUpdate();
            }
        }
        try (PreparedStatement close = connection.prepareStatement(CLOSE_OLD)) {
            SqlTimes.set(close, 1, runStartedAt);
            close.setString(2, sourceId);
            SqlTimes.set(close, 3, runStartedAt.minus(lifecycle.maxAge()));
            return close.executeUpdate();
        }
    }
}
