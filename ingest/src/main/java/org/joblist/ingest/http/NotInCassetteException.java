package org.joblist.ingest.http;

import java.io.IOException;
import java.nio.file.Path;

/** A replayed request that the cassette holds no exchange for. */
final class NotInCassetteException extends IOException {
    private static final long serialVersionUID = 1L;

    NotInCassetteException(Path cassette) {
        super("not in cassette " + cassette);
    }
}
