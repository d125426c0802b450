package org.joblist.ingest;

/**
 * The board answered a conditional GET with 304 Not Modified: nothing changed since the last
 * complete read, so the source's stored postings stay as they are. Not a failure; it ends the
 * connector's read early and the run records the source as unchanged.
 */
public final class NotModifiedException extends FetchException {
    private static final long serialVersionUID = 1L;

    public NotModifiedException(String sourceId, String url) {
        super(sourceId, url, 304, "not modified since the last read (HTTP 304)", null);
    }
}
