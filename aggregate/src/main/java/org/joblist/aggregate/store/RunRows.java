package org.joblist.aggregate.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.joblist.aggregate.RunId;
import org.joblist.aggregate.RunReport;
import org.joblist.aggregate.RunStatus;
import org.joblist.aggregate.SourceOutcome;

/** Maps runs to rows of the {@code runs} table: finishing them, and ending abandoned ones. */
final class RunRows {
    private static final String SELECT_RUNNING =
            "SELECT id, started_at FROM runs WHERE status = 'running' ORDER BY id";
    /** Runs of daemons that Quartz's cluster no longer counts: stopped, or found dead. */
    private static final String SELECT_RUNNING_OF_GONE_NODES = "SELECT id, started_at FROM runs"
            + " WHERE status = 'running' AND node IS NOT NULL AND node NOT IN"
            + " (SELECT instance_name FROM qrtz_scheduler_state WHERE sched_name = ?) ORDER BY id";
    private static final String DELETE = "DELETE FROM runs WHERE id = ?";
    private static final String FINISH = "UPDATE runs SET finished_at = ?, status = ? WHERE id = ?";

    private RunRows() {
    }

    static void markFinished(Connection connection, RunReport report) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(FINISH)) {
            SqlTimes.set(update, 1, report.finishedAt());
            update.setString(2, report.status().name().toLowerCase(Locale.ROOT));
            update.setLong(3, report.run().value());
            update.executeUpdate();
        }
    }

    /**
     * Ends every run still marked running: deletes those without outcomes and finishes the others
     * at the end of their last outcome, with the status their outcomes give.
     *
     * @return what became of each run, oldest first; a deleted run's report has no outcomes
     */
    static List<RunReport> endRunning(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(SELECT_RUNNING)) {
            return end(connection, running(select));
        }
    }

    /**
     * Ends, as {@link #endRunning} does, the runs still marked running by daemon nodes that are
     * not in the Quartz cluster's scheduler state: a node removes itself when it shuts down, and
     * the others remove it when it stops checking in.
     *
     * @param scheduler the name of the clustered scheduler the nodes share
     */
    static List<RunReport> endRunningOfGoneNodes(Connection connection, String scheduler)
            throws SQLException {
        try (PreparedStatement select =
                connection.prepareStatement(SELECT_RUNNING_OF_GONE_NODES)) {
            select.setString(1, scheduler);
            return end(connection, running(select));
        }
    }

    private static List<RunReport> end(Connection connection, List<RunReport> runs)
            throws SQLException {
        List<RunReport> ended = new ArrayList<>();
        for (RunReport running : runs) {
            List<SourceOutcome> outcomes = OutcomeRows.ofRun(connection, running.run());
            if (outcomes.isEmpty()) {
                delete(connection, running.run());
                ended.add(running);
                continue;
            }
            Instant finishedAt = outcomes.stream()
                    .map(o -> o.startedAt().plus(o.duration()))
                    .max(Instant::compareTo)
                    .orElseThrow();
            RunReport report = new RunReport(running.run(), running.startedAt(), finishedAt,
                    RunStatus.of(outcomes), outcomes);
            markFinished(connection, report);
            ended.add(report);
        }
        return ended;
    }

    /** The runs marked running, each as a report finished at its start, without outcomes. */
    private static List<RunReport> running(PreparedStatement select) throws SQLException {
        List<RunReport> running = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                Instant startedAt = SqlTimes.require(rows, "started_at");
                running.add(new RunReport(new RunId(rows.getLong("id")), startedAt, startedAt,
                        RunStatus.RUNNING, List.of()));
            }
        }
        return running;
    }

    private static void delete(Connection connection, RunId run) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(DELETE)) {
            delete.setLong(1, run.value());
            delete.executeUpdate();
        }
    }
}
