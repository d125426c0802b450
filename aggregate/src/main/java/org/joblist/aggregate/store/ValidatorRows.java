package org.joblist.aggregate.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import org.joblist.ingest.http.Validators;
import org.jspecify.annotations.Nullable;

/** Maps the validators of conditional GETs to rows of the {@code http_validators} table. */
final class ValidatorRows {
    private static final String SELECT =
            "SELECT etag, last_modified FROM http_validators WHERE url = ?";
    private static final String DELETE = "DELETE FROM http_validators WHERE url = ?";
    private static final String INSERT = "INSERT INTO http_validators"
            + " (url, source_id, etag, last_modified, stored_at) VALUES (?, ?, ?, ?, ?)";

    private ValidatorRows() {
    }

    static @Nullable Validators find(Connection connection, String url) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(SELECT)) {
            select.setString(1, url);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return null;
                }
                String etag = row.getString("etag");
                String lastModified = row.getString("last_modified");
                return etag == null && lastModified == null
                        ? null
                        : new Validators(etag, lastModified);
            }
        }
    }

    /** Replaces the validators of each URL with the ones a source learnt. */
    static void replace(Connection connection, String sourceId, Map<String, Validators> byUrl,
            Instant storedAt) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(DELETE);
                PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (Map.Entry<String, Validators> entry : byUrl.entrySet()) {
                delete.setString(1, entry.getKey());
                delete.addBatch();
                insert.setString(1, entry.getKey());
                insert.setString(2, sourceId);
                insert.setString(3, entry.getValue().etag());
                insert.setString(4, entry.getValue().lastModified());
                SqlTimes.set(insert, 5, storedAt);
                insert.addBatch();
            }
            delete.executeBatch();
            insert.executeBatch();
        }
    }
}
