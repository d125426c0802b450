package org.joblist.aggregate.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.joblist.aggregate.Posting;
import org.joblist.aggregate.RunId;
import org.joblist.aggregate.SourceOutcome;
import org.joblist.aggregate.SourceStatus;
import org.joblist.ingest.http.Validators;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One source's writes in one run, as one database transaction: postings go in JDBC batches of
 * {@value #BATCH_SIZE}, and nothing is visible to readers until {@link #commit}. Closing without
 * committing rolls every write back, so the source's previously stored postings stay as they
 * were. Not thread-safe: one connector's sink writes into it.
 *
 * <pre>{@code
 * try (SourceTransaction transaction = store.beginSource(run, "gitlab")) {
 *     postings.forEach(transaction::write);
 *     WriteCounts counts = transaction.flush();
 *     transaction.commit(outcomeFrom(counts));
 * }
 * }</pre>
 */
public final class SourceTransaction implements AutoCloseable {
    /** Postings written per JDBC batch. */
    public static final int BATCH_SIZE = 500;

    private static final Logger LOG = LoggerFactory.getLogger(SourceTransaction.class);

    private final Connection connection;
    private final PostingBatchWriter writer;
    private final String url;
    private final RunId run;
    private final String sourceId;
    private final Instant seenAt;
    private final Supplier<Map<String, Validators>> learntValidators;
    private final SourceLifecycle lifecycle;
    private final Map<String, Posting> pending = new LinkedHashMap<>();
    private WriteCounts counts = WriteCounts.NONE;
    private boolean committed;

    SourceTransaction(Connection connection, String url, RunId run, String sourceId,
            Instant seenAt, Supplier<Map<String, Validators>> learntValidators,
            SourceLifecycle lifecycle) throws SQLException {
        this.connection = connection;
        this.writer = new PostingBatchWriter(connection, sourceId);
        this.url = url;
        this.run = run;
        this.sourceId = sourceId;
        this.seenAt = seenAt;
        this.learntValidators = learntValidators;
        this.lifecycle = lifecycle;
    }

    /**
     * Adds a posting of this transaction's source. A posting whose external id came before in
     * this transaction is written after the earlier one, as if seen in a later run.
     *
     * @throws IllegalArgumentException when the posting belongs to another source
     */
    public void write(Posting posting) {
        if (!posting.sourceId().equals(sourceId)) {
            throw new IllegalArgumentException("posting " + posting.externalId() + " of source "
                    + posting.sourceId() + " written to source " + sourceId);
        }
        if (pending.containsKey(posting.externalId())) {
            flush();
        }
        pending.put(posting.externalId(), posting);
        if (pending.size() >= BATCH_SIZE) {
            flush();
        }
    }

    /** Writes the postings still waiting for a full batch; returns the counts of all writes. */
    public WriteCounts flush() {
        if (pending.isEmpty()) {
            return counts;
        }
        try {
            WriteCounts batch = writer.write(pending.values(), seenAt);
            LOG.debug("source {}: wrote batch of {} postings: {} new, {} updated, {} unchanged",
                    sourceId, pending.size(), batch.newCount(), batch.updated(),
                    batch.unchanged());
            pending.clear();
            counts = counts.plus(batch);
            return counts;
        } catch (SQLException e) {
            throw failure("cannot write postings of source " + sourceId, e);
        }
    }

    /**
     * Writes what is pending, the validators of conditional GETs the source learnt, and the
     * source's outcome, closes what the outcome lets close (see {@link SourceLifecycle}), and
     * makes all of it visible at once.
     */
    public void commit(SourceOutcome outcome) {
        if (!outcome.sourceId().equals(sourceId)) {
            throw new IllegalArgumentException(
                    "outcome of source " + outcome.sourceId() + " committed for " + sourceId);
        }
        flush();
        try {
            ValidatorRows.replace(connection, sourceId, learntValidators.get(), seenAt);
            if (outcome.status() == SourceStatus.OK) {
                int closed = Closings.close(connection, sourceId, seenAt, lifecycle);
                LOG.debug("source {}: closed {} postings", sourceId, closed);
            }
            OutcomeRows.insert(connection, run, outcome);
            connection.commit();
            committed = true;
        } catch (SQLException e) {
            throw failure("cannot commit source " + sourceId, e);
        }
    }

    /** Rolls back unless committed, and gives the connection back. */
    @Override
    public void close() {
        try (connection) {
            writer.close();
            if (!committed) {
                // What a read that is rolled back learnt must not make the next one conditional.
                learntValidators.get();
                connection.rollback();
            }
        } catch (SQLException e) {
            throw failure("cannot roll back source " + sourceId, e);
        }
    }

    private StoreException failure(String action, SQLException e) {
        return new StoreException(url, action, e);
    }
}
