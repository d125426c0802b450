package org.joblist.ingest;

/**
 * Receives a source's postings one at a time, as a connector parses them, so no connector holds
 * a whole board in memory.
 */
public interface PostingSink {
    /** Takes one posting; called in the board's order. */
    void accept(SourcePosting posting);

    /** Told after each page of the board has been read, for progress. */
    default void pageRead(int pagesSoFar, int postingsSoFar) {
    }
}
