package org.joblist.aggregate.dedupe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.joblist.aggregate.dedupe.DedupedCatalogTest.posting;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.joblist.aggregate.StoredPosting;
import org.joblist.aggregate.store.PostingStore;
import org.joblist.aggregate.testing.MutableClock;
import org.joblist.aggregate.testing.TestDatabase;
import org.joblist.aggregate.testing.TestDatabases;
import org.joblist.aggregate.testing.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Deduplication of what a store hands out, on H2 and on PostgreSQL. */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
class DedupedStoreTest {
    @RegisterExtension
    static final TestDatabases DATABASES = new TestDatabases();

    private static final Instant DAY_1 = Instant.parse("2026-03-01T06:00:00Z");
    private static final Instant DAY_2 = Instant.parse("2026-03-02T06:00:00Z");

    private final MutableClock clock = new MutableClock(DAY_1);
    private final PostingStore store;

    DedupedStoreTest(TestDatabase database) {
        store = PostingStore.open(DATABASES.fresh(database), clock);
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void aJobStoredFromTwoBoardsOnTwoDaysIsHandedOverOnceWithBothSources() {
        TestStores.writeRun(store, DAY_1,
                posting("acme-board", "1", "Harbor Bakery Ltd", "2026-02-20"),
                posting("acme-board", "2", "Quayside Books", "2026-02-25"));
        clock.set(DAY_2);
        TestStores.writeRun(store, DAY_2, posting("remoteok", "9", "Harbor Bakery", "2026-02-22"));

        List<DuplicateCluster> clusters = new ArrayList<>();
        List<StoredPosting> shown = new ArrayList<>();
        DedupedCatalog catalog = new DedupedCatalog(store, new Deduplicator(Duration.ofDays(14)));
        catalog.forEachCluster((merged, cluster) -> clusters.add(cluster));
        catalog.forEachPosting(shown::add);

        assertThat(clusters).extracting(c -> c.sources().stream()
                .map(s -> s.sourceId() + ":" + s.externalId()).toList())
                .containsExactlyInAnyOrder(
                        List.of("acme-board:1", "remoteok:9"), List.of("acme-board:2"));
        assertThat(shown).extracting(s -> s.posting().company(), StoredPosting::firstSeenAt,
                StoredPosting::lastSeenAt).containsExactly(
                        tuple("Quayside Books", DAY_1, DAY_1),
                        tuple("Harbor Bakery Ltd", DAY_1, DAY_2));
    }
}
