package org.joblist.aggregate;

/**
 * How reading one source ended in a run. Only {@link #OK} saw the source's complete current set;
 * every other status leaves the source's stored postings as they were (none is closed), and
 * {@link #TRUNCATED} stores what it read without judging what it did not reach.
 */
public enum SourceStatus {
    /** The board was read to its end and every posting handed over was stored. */
    OK,
    /**
     * Nothing was read because nothing changed: the board answered 304 Not Modified, or the
     * source's minimum interval had not passed, so it was not fetched at all.
     */
    UNCHANGED,
    /** The connector stopped at its configured page cap; what it read was stored. */
    TRUNCATED,
    /** The board answered with a bot challenge or an HTML page where it serves data. */
    BLOCKED,
    /** The board kept answering 429 Too Many Requests after the client's retries. */
    RATE_LIMITED,
    /** Any other failure: HTTP error, I/O, a body that is not the board's, the store. */
    ERROR;

    /** Whether the source failed in this run, so the run is not fully done. */
    public boolean isFailure() {
        return this == BLOCKED || this == RATE_LIMITED || this == ERROR;
    }

    /** Whether postings were stored in this run. */
    public boolean hasStored() {
        return this == OK || this == TRUNCATED;
    }
}
