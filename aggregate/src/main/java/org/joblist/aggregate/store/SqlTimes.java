package org.joblist.aggregate.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;

/** Instants in {@code TIMESTAMP WITH TIME ZONE} columns, always written in UTC. */
final class SqlTimes {
    private SqlTimes() {
    }

    static void set(PreparedStatement statement, int index, @Nullable Instant instant)
            throws SQLException {
        if (instant == null) {
            statement.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            statement.setObject(index, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
        }
    }

    static @Nullable Instant get(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static Instant require(ResultSet row, String column) throws SQLException {
        Instant value = get(row, column);
        if (value == null) {
            throw new SQLException("column " + column + " is null");
        }
        return value;
    }
}
