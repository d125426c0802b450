package org.joblist.aggregate.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.joblist.aggregate.Posting;
import org.joblist.aggregate.RunId;
import org.joblist.aggregate.SourceOutcome;
import org.joblist.aggregate.SourceStatus;
import org.joblist.aggregate.StoredPosting;
import org.joblist.aggregate.store.PostingStore;
import org.joblist.aggregate.store.SourceTransaction;
import org.joblist.aggregate.store.WriteCounts;
import org.joblist.config.StoreConfig;

/**
 * Stores for tests: H2 in memory under a fresh name, so no two tests share a database (for
 * PostgreSQL too, see {@link TestDatabases}).
 */
public final class TestStores {
    private TestStores() {
    }

    /** The config of a fresh in-memory database; it lives while a store holds it open. */
    public static StoreConfig inMemory() {
        return new StoreConfig("jdbc:h2:mem:joblist-" + UUID.randomUUID(), null, null);
    }

    public static PostingStore openInMemory(Clock clock) {
        return PostingStore.open(inMemory(), clock);
    }

    /**
     * One run in which one source hands over the postings, all of that source, and ends ok; the
     * run starts at the store clock's now, and the outcome says the source started then too.
     */
    public static WriteCounts writeRun(PostingStore store, Instant now, Posting... postings) {
        String sourceId = postings[0].sourceId();
        RunId run = store.startRun();
        WriteCounts counts;
        try (SourceTransaction transaction = store.beginSource(run, sourceId)) {
            for (Posting posting : postings) {
                transaction.write(posting);
            }
            counts = transaction.flush();
            transaction.commit(new SourceOutcome(sourceId, SourceStatus.OK, 1, postings.length,
                    counts.newCount(), counts.updated(), 0, null, now, Duration.ZERO));
        }
        store.finishRun(run);
        return counts;
    }

    /** Every stored posting, in the order the store hands them out. */
    public static List<StoredPosting> all(PostingStore store) {
        List<StoredPosting> postings = new ArrayList<>();
        store.forEachPosting(postings::add);
        return postings;
    }

    /** The first column of the first row of a query, read on a connection of its own. */
    public static String queryOne(StoreConfig config, String sql) throws SQLException {
        return queryColumn(config, sql).get(0);
    }

    /** The first column of every row of a query, read on a connection of its own. */
    public static List<String> queryColumn(StoreConfig config, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(
                        config.url(), config.user(), config.password());
                ResultSet rows = connection.createStatement().executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }
}
