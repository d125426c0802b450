package org.joblist.ingest.http;

import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a response body while it streams in, e.g. with Jackson's streaming parser, so a whole
 * board never sits in memory.
 *
 * @param <T> what the reader makes of the body
 */
@FunctionalInterface
public interface BodyReader<T> {
    /**
     * Reads the body.
     *
     * @param body the body's bytes; the client closes it after this returns
     * @throws IOException when the body cannot be read, is not valid JSON, or is not what the
     *     source serves ({@link UnexpectedBodyException}); the client turns it into a
     *     {@link org.joblist.ingest.FetchException}
     */
    T read(InputStream body) throws IOException;
}
