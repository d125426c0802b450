package org.joblist.aggregate.dedupe;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.joblist.aggregate.Posting;
import org.joblist.aggregate.PostingCatalog;
import org.joblist.aggregate.StoredPosting;

/**
 * A catalogue whose open postings are deduplicated: each {@link DuplicateCluster} of the
 * underlying catalogue's open postings is handed over once, as its merged posting, first seen
 * when its first source was and last seen when its latest was. Closed postings pass through as
 * they are. Reads the whole open catalogue into memory for each call.
 *
 * <pre>{@code
 * PostingCatalog catalog = new DedupedCatalog(store, new Deduplicator(Duration.ofDays(14)));
 * publisher.publish(publication, catalog);
 * }</pre>
 */
public final class DedupedCatalog implements PostingCatalog {
    /** The publication order of {@link PostingCatalog#forEachPosting}. */
    static final Comparator<StoredPosting> PUBLICATION_ORDER =
            Comparator.comparing(StoredPosting::listedAt, Comparator.reverseOrder())
                    .thenComparing(s -> s.posting().company())
                    .thenComparing(s -> s.posting().title())
                    .thenComparing(s -> s.posting().location())
                    .thenComparing(s -> s.posting().sourceId())
                    .thenComparing(s -> s.posting().externalId());

    private final PostingCatalog catalog;
    private final Deduplicator deduplicator;

    public DedupedCatalog(PostingCatalog catalog, Deduplicator deduplicator) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.deduplicator = Objects.requireNonNull(deduplicator, "deduplicator");
    }

    @Override
    public void forEachPosting(Consumer<StoredPosting> action) {
        List<StoredPosting> merged = new ArrayList<>();
        forEachCluster((stored, cluster) -> merged.add(stored));
        merged.sort(PUBLICATION_ORDER);
        merged.forEach(action);
    }

    @Override
    public void forEachClosedSince(Instant since, Consumer<StoredPosting> action) {
        catalog.forEachClosedSince(since, action);
    }

    /** Hands every cluster of open postings over with its merged posting as stored. */
    // TODO(#4): every open posting, description included, is held here while a publication
    // renders, unlike ingest and the store, which stream; a catalogue of several hundred thousand
    // open postings needs a heap to match. Clustering block by block from a query ordered by
    // blocking key would hold one block at a time.
    public void forEachCluster(ClusterAction action) {
        Map<String, StoredPosting> byKey = new HashMap<>();
        List<Posting> postings = new ArrayList<>();
        catalog.forEachPosting(stored -> {
            byKey.put(key(stored.posting().sourceId(), stored.posting().externalId()), stored);
            postings.add(stored.posting());
        });
        for (DuplicateCluster cluster : deduplicator.cluster(postings)) {
            Instant firstSeen = null;
            Instant lastSeen = null;
            Set<String> sourceIds = new LinkedHashSet<>();
            sourceIds.add(cluster.merged().sourceId());
            for (SourceLink link : cluster.sources()) {
                sourceIds.add(link.sourceId());
                StoredPosting member = byKey.get(key(link.sourceId(), link.externalId()));
                firstSeen = firstSeen == null || member.firstSeenAt().isBefore(firstSeen)
                        ? member.firstSeenAt() : firstSeen;
                lastSeen = lastSeen == null || member.lastSeenAt().isAfter(lastSeen)
                        ? member.lastSeenAt() : lastSeen;
            }
            action.accept(new StoredPosting(cluster.merged(), firstSeen, lastSeen, null, null,
                    List.copyOf(sourceIds)), cluster);
        }
    }

    private static String key(String sourceId, String externalId) {
        return sourceId + '\u001f' + externalId;
    }

    /** Receives a merged posting with its cluster. */
    @FunctionalInterface
    public interface ClusterAction {
        void accept(StoredPosting merged, DuplicateCluster cluster);
    }
}
