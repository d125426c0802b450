package org.joblist.ingest.http;

import java.io.IOException;

/**
 * A body that parses but is not what the source serves, e.g. a JSON object where the board gives
 * an array. A {@link BodyReader} throws it; {@link BoardClient} turns it into a
 * {@link org.joblist.ingest.FetchException} whose reason is this message.
 */
public final class UnexpectedBodyException extends IOException {
    private static final long serialVersionUID = 1L;

    /** @param reason what was wrong, in a few lower-case words, e.g. "expected an array" */
    public UnexpectedBodyException(String reason) {
        super(reason);
    }
}
