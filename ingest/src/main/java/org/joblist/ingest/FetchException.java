package org.joblist.ingest;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A source's board could not be fetched or read: an HTTP error, an I/O failure, a body that is
 * not what the source serves, or a request a replayed cassette cannot answer. Caught per source,
 * so the other sources still run and this one keeps its previous postings. Two kinds say more:
 * {@link BlockedException} (the board answered with a bot challenge or an HTML page) and
 * {@link NotModifiedException} (the board is unchanged since the last read, no failure at all).
 */
public class FetchException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String sourceId;
    private final String url;
    private final @Nullable Integer status;

    public FetchException(
            String sourceId, String url, @Nullable Integer status, String reason,
            @Nullable Throwable cause) {
        super("source " + sourceId + ": " + url + ": " + reason, cause);
        this.sourceId = Objects.requireNonNull(sourceId, "sourceId");
        this.url = Objects.requireNonNull(url, "url");
        this.status = status;
    }

    public String sourceId() {
        return sourceId;
    }

    public String url() {
        return url;
    }

    /** The HTTP status of the failed response; null when there was none. */
    public @Nullable Integer status() {
        return status;
    }
}
