package org.joblist.app;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.TreeMap;
import org.joblist.config.StoreConfig;

/**
 * What a store holds, counted over plain JDBC, for tests that compare it with what a daemon did
 * or reported. Each call reads on a connection of its own.
 */
final class StoredRuns {
    private final String url;
    private final Properties login = new Properties();

    StoredRuns(String url) {
        this.url = url;
    }

    /** A store that needs a login, such as PostgreSQL. */
    StoredRuns(StoreConfig store) {
        this(store.url());
        login.setProperty("user", Objects.requireNonNull(store.user(), "user"));
        login.setProperty("password", Objects.requireNonNull(store.password(), "password"));
    }

    /** Runs by status: {@code running}, {@code ok}, {@code partial}, {@code failed}. */
    Map<String, Long> runs() {
        return counts("SELECT status, COUNT(*) FROM runs GROUP BY status");
    }

    /** Source outcomes by source and status, e.g. {@code gitlab/ok}. */
    Map<String, Long> outcomes() {
        return counts("SELECT source_id || '/' || status, COUNT(*) FROM source_outcomes"
                + " GROUP BY source_id, status");
    }

    /** The sum of an outcome column (seen, new_count, updated) by source. */
    Map<String, Long> sumOf(String column) {
        return counts("SELECT source_id, SUM(" + column + ") FROM source_outcomes"
                + " GROUP BY source_id");
    }

    /** Stored postings by source. */
    Map<String, Long> postings() {
        return counts("SELECT source_id, COUNT(*) FROM postings GROUP BY source_id");
    }

    /** The rows of a query, each column as text (null stays null). */
    List<List<String>> rows(String sql) {
        List<List<String>> rows = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url, login);
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    row.add(result.getString(i));
                }
                rows.add(row);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(url + ": " + sql + ": " + e.getMessage(), e);
        }
        return rows;
    }

    private Map<String, Long> counts(String sql) {
        Map<String, Long> counts = new TreeMap<>();
        rows(sql).forEach(row -> counts.put(row.get(0), Long.parseLong(row.get(1))));
        return counts;
    }
}
