package org.joblist.ingest.internal;

import java.util.HashSet;
import java.util.Set;
import org.joblist.ingest.FetchSummary;
import org.joblist.ingest.PostingSink;
import org.joblist.ingest.SourcePosting;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands a source's postings to its sink and counts them and the entries skipped, logging each
 * skipped entry at WARN with its reason. One per fetch of a source.
 */
public final class PostingTally {
    private static final Logger LOG = LoggerFactory.getLogger(PostingTally.class);

    private final String sourceId;
    private final PostingSink sink;
    private int postings;
    private int skipped;
    private final Set<String> seen = new HashSet<>();

    public PostingTally(String sourceId, PostingSink sink) {
        this.sourceId = sourceId;
        this.sink = sink;
    }

    /** Hands the posting to the sink; skips it when its id was handed over before in this run. */
    public void accept(SourcePosting posting) {
        if (!seen.add(posting.externalId())) {
            skip(posting.externalId(), "repeats a posting read before in this run");
            return;
        }
        sink.accept(posting);
        postings++;
    }

    /**
     * Skips an entry of the board that is not a posting or cannot be read.
     *
     * @param entry the entry's id, or its place in the board, e.g. {@code [3]}
     */
    public void skip(String entry, String reason) {
        skipped++;
        LOG.warn("source {}: skipped entry {}: {}", sourceId, entry, reason);
    }

    /**
     * Skips the entry at {@code index} of the board when it lacks an id or a title.
     *
     * @return true when the entry has both and can become a posting
     */
    public boolean hasIdAndTitle(int index, @Nullable String id, @Nullable String title) {
        if (id == null || id.isBlank()) {
            skip("[" + index + "]", "no id");
            return false;
        }
        if (title == null || title.isBlank()) {
            skip(id, "no title");
            return false;
        }
        return true;
    }

    public int postings() {
        return postings;
    }

    public int skipped() {
        return skipped;
    }

    public FetchSummary summary(int pages) {
        return new FetchSummary(pages, postings, skipped);
    }
}
