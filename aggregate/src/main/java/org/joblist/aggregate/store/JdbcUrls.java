package org.joblist.aggregate.store;

import java.util.Locale;
import java.util.regex.Pattern;

/** JDBC URLs as joblist connects with them and as they may appear in messages and logs. */
final class JdbcUrls {
    private static final Pattern PASSWORD = Pattern.compile("(?i)(password=)[^&;]*");

    private JdbcUrls() {
    }

    /**
     * The URL to connect with. An H2 URL gets {@code TRACE_LEVEL_FILE=0} unless it sets a trace
     * level itself: H2's trace file duplicates what we log, and when it cannot be written H2
     * prints its whole stack trace to the console.
     */
    static String forConnecting(String url) {
        boolean h2 = url.startsWith("jdbc:h2:");
        if (!h2 || url.toUpperCase(Locale.ROOT).contains("TRACE_LEVEL_FILE")) {
            return url;
        }
        return url + ";TRACE_LEVEL_FILE=0";
    }

    /**
     * The database's name as Flyway's vendor-specific migration folders use it, {@code h2} or
     * {@code postgresql}: the word after {@code jdbc:}.
     */
    static String vendor(String url) {
        int end = url.indexOf(':', "jdbc:".length());
        if (!url.startsWith("jdbc:") || end < 0) {
            throw new IllegalArgumentException("not a JDBC URL: " + redact(url));
        }
        return url.substring("jdbc:".length(), end).toLowerCase(Locale.ROOT);
    }

    /** The URL with any password parameter's value replaced by {@code ***}. */
    static String redact(String url) {
        return PASSWORD.matcher(url).replaceAll("$1***");
    }
}
