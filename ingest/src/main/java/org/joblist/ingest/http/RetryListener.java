package org.joblist.ingest.http;

/**
 * Told of every retry a {@link BoardClient} is about to make, e.g. to count retries per host.
 * Called on the thread of the request, before its wait; it must return quickly and not throw.
 */
@FunctionalInterface
public interface RetryListener {
    /** Listens to nothing. */
    RetryListener NONE = (sourceId, host) -> {
    };

    /**
     * @param sourceId the source the request is for
     * @param host the host of the request's URL, e.g. {@code remoteok.com}
     */
    void retrying(String sourceId, String host);
}
