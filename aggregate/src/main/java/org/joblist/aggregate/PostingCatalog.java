package org.joblist.aggregate;

import java.util.function.Consumer;

/** Read access to the stored postings, for publishing. */
public interface PostingCatalog {
    /**
     * Hands every stored posting to the action, one at a time, in publication order: newest
     * {@link StoredPosting#listedAt()} first, then company, title, location, source id and external
     * id, so the order is total and the same catalogue always gives the same sequence.
     */
    void forEachPosting(Consumer<StoredPosting> action);
}
