package org.joblist.aggregate;

import java.time.Instant;
import java.util.function.Consumer;

/**
 * Read access to the stored postings, for publishing. Curation applies to both views: postings of
 * blocked companies and removed postings never appear, and overridden fields show their
 * configured values.
 */
public interface PostingCatalog {
    /**
     * Hands every open posting to the action, one at a time, in publication order: newest
     * {@link StoredPosting#listedAt()} first, then company, title, location, source id and external
     * id, so the order is total and the same catalogue always gives the same sequence.
     */
    void forEachPosting(Consumer<StoredPosting> action);

    /**
     * Hands every posting that closed at or after {@code since} to the action, in publication
     * order, for a "Recently closed" section. A catalogue that keeps no closed postings hands
     * over none.
     */
    default void forEachClosedSince(Instant since, Consumer<StoredPosting> action) {
    }
}
