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
    // (IN or = ANY) in the first column of an index only: it reads the source's rows either way.
    private static final String LOOKUP = "SELECT external_id, content_hash FROM postings"
            + " WHERE source_id = ? AND external_id = ANY (?)";

    private final Connection connection;
    private final String sourceId;
    private final PreparedStatement insert;
    private final PreparedStatement update;
    private final PreparedStatement touch;
    private final PreparedStatement lookup;

    PostingBatchWriter(Connection connection, String sourceId) throws SQLException {
        this.connection = connection;
        this.sourceId = sourceId;
        this.insert = connection.prepareStatement(INSERT);
        this.update = connection.prepareStatement(UPDATE);
        this.touch = connection.prepareStatement(TOUCH);
        this.lookup = connection.prepareStatement(LOOKUP);
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
        String[] externalIds = batch.stream().map(Posting::externalId).toArray(String[]::new);
        Array ids = connection.createArrayOf("VARCHAR", externalIds);
        lookup.setString(1, sourceId);
        lookup.setArray(2, ids);
        Map<String, String> hashes = new HashMap<>();
        try (ResultSet rows = lookup.executeQuery()) {
            while (rows.next()) {
                hashes.put(rows.getString("external_id"), rows.getString("content_hash"));
            }
        } finally {
            ids.free();
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
        lookup.close();
    }
}
