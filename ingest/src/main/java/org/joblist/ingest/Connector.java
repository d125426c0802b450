package org.joblist.ingest;

import org.joblist.config.SourceConfig;

/**
 * Reads one kind of source. A connector fetches every page of a source's board through the
 * shared HTTP client and hands each posting to the sink as soon as it is parsed.
 */
public interface Connector {
    /**
     * Reads the source's whole board.
     *
     * @return what was read
     * @throws FetchException when a page cannot be fetched or parsed; postings already handed
     *     to the sink belong to a failed run and must not be kept
     */
    FetchSummary fetch(SourceConfig source, PostingSink sink);
}
