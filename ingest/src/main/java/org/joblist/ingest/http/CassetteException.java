package org.joblist.ingest.http;

import org.joblist.config.JoblistException;

/**
 * A cassette directory that cannot be used: its {@code index.json} is missing or malformed, a
 * body file it names is missing, or it cannot be written. The message is one line naming the
 * file, e.g. {@code /tmp/c/index.json: [2].status: expected an HTTP status number}.
 */
public final class CassetteException extends JoblistException {
    private static final long serialVersionUID = 1L;

    public CassetteException(String message) {
        super(message);
    }

    public CassetteException(String message, Throwable cause) {
        super(message, cause);
    }
}
