package org.joblist.aggregate;

/** How reading one source went in a run. */
public enum SourceStatus {
    /** Every posting the connector handed over was stored: the source's complete listing. */
    OK,
    /** The board answered that nothing changed since the last read. */
    UNCHANGED,
    /** The connector stopped at a configured cap, so the listing is not complete. */
    TRUNCATED,
    /** The board refused us (robots.txt, 401/403). */
    BLOCKED,
    /** The board asked us to slow down and the run gave up on it. */
    RATE_LIMITED,
    /** The source failed; nothing of it was stored in this run and its previous postings remain. */
    ERROR
}
