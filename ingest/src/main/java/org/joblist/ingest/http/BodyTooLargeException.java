package org.joblist.ingest.http;

import java.io.IOException;

/** A response body longer than {@link org.joblist.config.HttpConfig#maxResponseBytes()}. */
final class BodyTooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    BodyTooLargeException(long maxBytes) {
        super("response body exceeds " + maxBytes + " bytes");
    }
}
