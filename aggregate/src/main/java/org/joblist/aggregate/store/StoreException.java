package org.joblist.aggregate.store;

import java.nio.file.Path;
import java.sql.SQLException;
import org.joblist.config.JoblistException;
import org.jspecify.annotations.Nullable;

/**
 * The store's database cannot be opened, migrated, read or written. The message is one line
 * naming the JDBC URL (passwords masked), what was being done and the database's own reason, e.g.
 * {@code store jdbc:h2:file:./data/joblist: cannot open: Database may be already in use: ...}.
 */
public final class StoreException extends JoblistException {
    private static final long serialVersionUID = 1L;

    private final String url;

    StoreException(String url, String action, Throwable cause) {
        this(url, action, reason(cause), cause);
    }

    private StoreException(String url, String action, String reason, Throwable cause) {
        super("store " + JdbcUrls.redact(url) + ": " + action + ": " + reason, cause);
        this.url = JdbcUrls.redact(url);
    }

    /** An H2 file that was to be opened only if it exists does not. */
    static StoreException missingFile(String url, Path file, Throwable cause) {
        return new StoreException(url, "cannot open",
                file + " does not exist; check store.url, or ingest into the store first", cause);
    }

    /** The JDBC URL of the store, with any password masked. */
    public String url() {
        return url;
    }

    /** The first line of the innermost SQL error's message, else of the cause's own message. */
    private static String reason(Throwable cause) {
        String message = cause.getMessage();
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof SQLException && t.getMessage() != null) {
                message = t.getMessage();
            }
        }
        return firstLine(message != null ? message : cause.getClass().getName());
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return (end < 0 ? text : text.substring(0, end)).strip();
    }
}
