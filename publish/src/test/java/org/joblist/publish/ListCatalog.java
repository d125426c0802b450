package org.joblist.publish;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.joblist.aggregate.PostingCatalog;
import org.joblist.aggregate.StoredPosting;

/**
 * A catalogue that hands over its postings in the list's order, taken as publication order: the
 * open ones as listed, the closed ones as recently closed.
 */
record ListCatalog(List<StoredPosting> postings) implements PostingCatalog {
    ListCatalog {
        postings = List.copyOf(postings);
    }

    static ListCatalog of(StoredPosting... postings) {
        return new ListCatalog(List.of(postings));
    }

    @Override
    public void forEachPosting(Consumer<StoredPosting> action) {
        postings.stream().filter(StoredPosting::isOpen).forEach(action);
    }

    @Override
    public void forEachClosedSince(Instant since, Consumer<StoredPosting> action) {
        postings.stream()
                .filter(stored -> stored.closedAt() != null && !stored.closedAt().isBefore(since))
                .forEach(action);
    }
}
