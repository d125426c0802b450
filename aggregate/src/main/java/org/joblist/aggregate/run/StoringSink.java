package org.joblist.aggregate.run;

import org.joblist.aggregate.normalize.Normalization;
import org.joblist.aggregate.normalize.PostingNormalizer;
import org.joblist.aggregate.store.SourceTransaction;
import org.joblist.ingest.PostingSink;
import org.joblist.ingest.SourcePosting;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Normalizes each posting a connector hands over and writes it into the source's transaction,
 * counting what it saw, and passes every call on to a progress sink.
 */
final class StoringSink implements PostingSink {
    private static final Logger LOG = LoggerFactory.getLogger(StoringSink.class);

    private final String sourceId;
    private final PostingNormalizer normalizer;
    private final PostingNormalizer.SourceContext context;
    private final SourceTransaction transaction;
    private final PostingSink progress;
    private int pages;
    private int seen;
    private int skipped;

    StoringSink(String sourceId, PostingNormalizer normalizer,
            PostingNormalizer.SourceContext context, SourceTransaction transaction,
            PostingSink progress) {
        this.sourceId = sourceId;
        this.normalizer = normalizer;
        this.context = context;
        this.transaction = transaction;
        this.progress = progress;
    }

    @Override
    public void accept(SourcePosting posting) {
        seen++;
        Normalization normalization = normalizer.normalize(posting, context);
        if (normalization instanceof Normalization.Kept kept) {
            transaction.write(kept.posting());
        } else if (normalization instanceof Normalization.Skipped skip) {
            skipped++;
            LOG.warn("source {}: skipped posting {}: {}",
                    sourceId, skip.externalId(), skip.reason());
        }
        progress.accept(posting);
    }

    @Override
    public void pageRead(int pagesSoFar, int postingsSoFar) {
        pages = pagesSoFar;
        progress.pageRead(pagesSoFar, postingsSoFar);
    }

    /** Pages the connector reported read so far. */
    int pages() {
        return pages;
    }

    /** Postings handed over so far. */
    int seen() {
        return seen;
    }

    /** Postings handed over that could not be normalized. */
    int skipped() {
        return skipped;
    }
}
