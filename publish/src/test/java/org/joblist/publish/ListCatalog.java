package org.joblist.publish;

import java.util.List;
import java.util.function.Consumer;
import org.joblist.aggregate.PostingCatalog;
import org.joblist.aggregate.StoredPosting;

/** A catalogue that hands over its postings in the list's order, taken as publication order. */
record ListCatalog(List<StoredPosting> postings) implements PostingCatalog {
    ListCatalog {
        postings = List.copyOf(postings);
    }

    static ListCatalog of(StoredPosting... postings) {
        return new ListCatalog(List.of(postings));
    }

    @Override
    public void forEachPosting(Consumer<StoredPosting> action) {
        postings.forEach(action);
    }
}
