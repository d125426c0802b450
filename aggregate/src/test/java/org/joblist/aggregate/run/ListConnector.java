package org.joblist.aggregate.run;

import java.util.List;
import org.joblist.config.SourceConfig;
import org.joblist.ingest.Connector;
import org.joblist.ingest.FetchSummary;
import org.joblist.ingest.PostingSink;
import org.joblist.ingest.SourcePosting;
import org.jspecify.annotations.Nullable;

/**
 * A connector reading a board held in a list, in pages of {@value #PAGE_SIZE} postings. When it
 * has a failure, it throws it after handing over the whole list, as a board whose next page
 * cannot be fetched.
 */
final class ListConnector implements Connector {
    static final int PAGE_SIZE = 100;

    private final List<SourcePosting> postings;
    private final int skippedEntries;
    private final @Nullable RuntimeException failure;
    private boolean truncated;

    private ListConnector(
            List<SourcePosting> postings, int skippedEntries, @Nullable RuntimeException failure) {
        this.postings = List.copyOf(postings);
        this.skippedEntries = skippedEntries;
        this.failure = failure;
    }

    static ListConnector of(List<SourcePosting> postings) {
        return new ListConnector(postings, 0, null);
    }

    /** A board with entries the connector could not read, like RemoteOK's legal notice. */
    static ListConnector withSkippedEntries(List<SourcePosting> postings, int skippedEntries) {
        return new ListConnector(postings, skippedEntries, null);
    }

    static ListConnector failingAfter(List<SourcePosting> postings, RuntimeException failure) {
        return new ListConnector(postings, 0, failure);
    }

    /** The same board, reported as stopped at a page cap. */
    ListConnector truncated() {
        truncated = true;
        return this;
    }

    @Override
    public FetchSummary fetch(SourceConfig source, PostingSink sink) {
        int pages = 0;
        for (int start = 0; start < postings.size(); start += PAGE_SIZE) {
            List<SourcePosting> page =
                    postings.subList(start, Math.min(start + PAGE_SIZE, postings.size()));
            page.forEach(sink::accept);
            pages++;
            sink.pageRead(pages, start + page.size());
        }
        if (failure != null) {
            throw failure;
        }
        return new FetchSummary(pages, postings.size(), skippedEntries, truncated);
    }
}
