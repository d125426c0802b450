package org.joblist.aggregate.store;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.joblist.aggregate.Posting;
import org.jspecify.annotations.Nullable;

/**
 * Writes batches of one source's postings on one connection: inserts the new ones, updates the
 * ones whose content hash changed and moves only the last-seen time of the rest, each kind as one
 * JDBC batch. The SQL runs unchanged on H2 and PostgreSQL.
 */
final class PostingBatchWriter implements AutoCloseable {
    private static final String INSERT = "INSERT INTO postings (" + PostingRows.CONTENT_COLUMNS
            + ", source_id, external_id, first_seen_at, last_seen_at) VALUES ("
            + "?, ".repeat(PostingRows.CONTENT_COUNT + 3) + "?)";
    // Seen again: the miss count restarts, and a closed posting reopens. SET reads old values.
    private static final String SEEN = "last_seen_at = ?, missed_runs = 0, reopened_at = CASE"
            + " WHEN closed_at IS NULL THEN reopened_at ELSE CAST(? AS TIMESTAMP WITH TIME ZONE)"
            + " END, closed_at = NULL";
    private static final String UPDATE = "UPDATE postings SET " + PostingRows.CONTENT_ASSIGNMENTS
            + ", " + SEEN + " WHERE source_id = ? AND external_id = ?";
    private static final String TOUCH =
            "UPDATE postings SET " + SEEN + " WHERE source_id = ? AND external_id = ?";
    // One array of external ids keeps both key columns in the index condition of the generic
    // plan PostgreSQL caches after five runs. With a list of parameters it kept a plan made
    // while the source had no rows, and read all of them for every batch. H2 looks a list up
    // (IN or = ANY) in the first column of an index only, so it would read all of the source's
    // rows for each batch; a list of row values keeps both columns in its index lookup.
    private static final String LOOKUP = "SELECT external_id, content_hash FROM postings"
            + " WHERE source_id = ? AND external_id = ANY (?)";
    private static final String ROW_VALUE_LOOKUP = "SELECT external_id, content_hash"
            + " FROM postings WHERE (source_id, external_id) IN (";

    private final Connection connection;
    private final String sourceId;
    private final PreparedStatement insert;
    private final PreparedStatement update;
    private final PreparedStatement touch;
    private final boolean rowValues;
    /** The lookup, for an array of any length or, on H2, for {@link #lookupSize} row values. */
    private @Nullable PreparedStatement lookup;
    private int lookupSize;

    PostingBatchWriter(Connection connection, String sourceId) throws SQLException {
        this.connection = connection;
        this.sourceId = sourceId;
        this.insert = connection.prepareStatement(INSERT);
        this.update = connection.prepareStatement(UPDATE);
        this.touch = connection.prepareStatement(TOUCH);
        this.rowValues = "H2".equals(connection.getMetaData().getDatabaseProductName());
    }

    /** Writes the batch, whose external ids must be distinct, as seen by a run started then. */
    WriteCounts write(Collection<Posting> batch, Instant seenAt) throws SQLException {
        Map<String, String> storedHashes = storedHashes(batch);
        int newCount = 0;
        int updated = 0;
        for (Posting posting : batch) {
            String hash = ContentHash.of(posting);
            String storedHash = storedHashes.get(posting.externalId());
            if (storedHash == null) {
                addInsert(posting, hash, seenAt);
                newCount++;
            } else if (!storedHash.equals(hash)) {
                addUpdate(posting, hash, seenAt);
                updated++;
            } else {
                addTouch(posting, seenAt);
            }
        }

        insert.executeBatch();
        update.executeBatch();
        touch.executeBatch();
        return new WriteCounts(newCount, updated, batch.size() - newCount - updated);
    }

    private Map<String, String> storedHashes(Collection<Posting> batch) throws SQLException {
        if (rowValues) {
            PreparedStatement select = lookupOf(batch.size());
            int index = 1;
            for (Posting posting : batch) {
                select.setString(index++, sourceId);
                select.setString(index++, posting.externalId());
            }
            return hashes(select);
        }
        String[] externalIds = batch.stream().map(Posting::externalId).toArray(String[]::new);
        Array ids = connection.createArrayOf("VARCHAR", externalIds);
        try {
            PreparedStatement select = lookupOf(0);
            select.setString(1, sourceId);
            select.setArray(2, ids);
            return hashes(select);
        } finally {
            ids.free();
        }
    }

    /** The lookup statement, prepared again only when an H2 batch has another size. */
    private PreparedStatement lookupOf(int size) throws SQLException {
        if (lookup != null && lookupSize == size) {
            return lookup;
        }
        if (lookup != null) {
            lookup.close();
        }
        lookup = connection.prepareStatement(rowValues
                ? ROW_VALUE_LOOKUP + "(?, ?), ".repeat(size - 1) + "(?, ?))"
                : LOOKUP);
        lookupSize = size;
        return lookup;
    }

    private static Map<String, String> hashes(PreparedStatement select) throws SQLException {
        Map<String, String> hashes = new HashMap<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                hashes.put(rows.getString("external_id"), rows.getString("content_hash"));
            }
        }
        return hashes;
    }

    private void addInsert(Posting posting, String hash, Instant seenAt) throws SQLException {
        int index = PostingRows.bindContent(insert, 1, posting, hash);
        insert.setString(index++, sourceId);
        insert.setString(index++, posting.externalId());
        SqlTimes.set(insert, index++, seenAt);
        SqlTimes.set(insert, index, seenAt);
        insert.addBatch();
    }

    private void addUpdate(Posting posting, String hash, Instant seenAt) throws SQLException {
        int index = PostingRows.bindContent(update, 1, posting, hash);
        SqlTimes.set(update, index++, seenAt);
        SqlTimes.set(update, index++, seenAt);
        update.setString(index++, sourceId);
        update.setString(index, posting.externalId());
        update.addBatch();
    }

    private void addTouch(Posting posting, Instant seenAt) throws SQLException {
        SqlTimes.set(touch, 1, seenAt);
        SqlTimes.set(touch, 2, seenAt);
        touch.setString(3, sourceId);
        touch.setString(4, posting.externalId());
        touch.addBatch();
    }

    @Override
    public void close() throws SQLException {
        insert.close();
        update.close();
        touch.close();
        if (lookup != null) {
            lookup.close();
        }
    }
}
