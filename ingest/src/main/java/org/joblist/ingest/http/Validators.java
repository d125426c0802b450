package org.joblist.ingest.http;

import org.jspecify.annotations.Nullable;

/**
 * What a board said to identify the version of a response, sent back on the next request for
 * the same URL so the board can answer 304 Not Modified.
 *
 * @param etag the {@code ETag} header as sent, quotes included; null when absent
 * @param lastModified the {@code Last-Modified} header as sent; null when absent
 */
public record Validators(@Nullable String etag, @Nullable String lastModified) {
    public Validators {
        if (etag == null && lastModified == null) {
            throw new IllegalArgumentException("validators need an etag or a lastModified");
        }
    }
}
