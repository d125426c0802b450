package org.joblist.ingest;

/**
 * What a connector read of one source's board.
 *
 * @param pages pages (HTTP responses) read
 * @param postings postings handed to the sink
 * @param skipped entries of the board that were not postings or could not be read
 * @param truncated whether the connector stopped at a configured cap before the board's end, so
 *     the postings are not the source's complete current set
 */
public record FetchSummary(int pages, int postings, int skipped, boolean truncated) {
    public FetchSummary {
        if (pages < 0 || postings < 0 || skipped < 0) {
            throw new IllegalArgumentException(
                    "counts must be >= 0: " + pages + ", " + postings + ", " + skipped);
        }
    }

    /** A board read to its end. */
    public FetchSummary(int pages, int postings, int skipped) {
        this(pages, postings, skipped, false);
    }
}
