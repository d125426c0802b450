package org.joblist.ingest;

/** Where the work is done. {@link #UNKNOWN} when nothing says. */
public enum WorkplaceType {
    REMOTE,
    HYBRID,
    ONSITE,
    UNKNOWN
}
