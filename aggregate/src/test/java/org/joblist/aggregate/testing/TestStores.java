package org.joblist.aggregate.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.joblist.aggregate.StoredPosting;
import org.joblist.aggregate.store.PostingStore;
import org.joblist.config.StoreConfig;

/** Stores for tests: H2 in memory under a fresh name, so no two tests share a database. */
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

    /** Every stored posting, in the order the store hands them out. */
    public static List<StoredPosting> all(PostingStore store) {
        List<StoredPosting> postings = new ArrayList<>();
        store.forEachPosting(postings::add);
        return postings;
    }

    /** The first column of the first row of a query, read on a connection of its own. */
    public static String queryOne(StoreConfig config, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(config.url());
                ResultSet row = connection.createStatement().executeQuery(sql)) {
            row.next();
            return row.getString(1);
        }
    }
}
