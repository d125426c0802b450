package org.joblist.aggregate;

/** How reading one source went in a run. */
public enum SourceStatus {
    /** Every posting the connector handed over was stored. */
    OK,
    /** The source failed; nothing of it was stored in this run and its previous postings remain. */
    ERROR
}
