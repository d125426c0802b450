package org.joblist.aggregate.store;

import java.util.Locale;
import java.util.regex.Pattern;

/** JDBC URLs as joblist connects with them and as they may appear in messages and logs. */
final class JdbcUrls {
    private static final Pattern PASSWORD = Pattern.compile("(?i)(password=)[^&;]*");
    private static final Pattern H2_NOT_A_FILE = Pattern.compile("(?i)jdbc:h2:(mem|tcp|ssl):.*");
    private static final String H2_BIND_ADDRESS = "h2.bindAddress";

    private JdbcUrls() {
    }

    /**
     * The URL to connect with. An H2 URL gets {@code TRACE_LEVEL_FILE=0} unless it sets a trace
     * level itself: H2's trace file duplicates what we log, and when it cannot be written H2
     * prints its whole stack trace to the console. An H2 file gets {@code AUTO_SERVER=TRUE}
     * unless it sets its own locking: the process that opens the file first serves it to the
     * others, so {@code joblist status} can read the store while the daemon holds it.
     */
    static String forConnecting(String url) {
        if (!url.startsWith("jdbc:h2:")) {
            return url;
        }
        String upper = url.toUpperCase(Locale.ROOT);
        String connecting = url;
        if (!upper.contains("TRACE_LEVEL_FILE")) {
            connecting += ";TRACE_LEVEL_FILE=0";
        }
        if (!H2_NOT_A_FILE.matcher(url).matches() && !upper.contains("AUTO_SERVER")
                && !upper.contains("FILE_LOCK")) {
            connecting += ";AUTO_SERVER=TRUE";
        }
        return connecting;
    }

    /**
     * Keeps the TCP server that H2 starts for {@code AUTO_SERVER} on the loopback interface: by
     * default it listens on every interface. H2 reads the setting once, when it first opens a
     * database, so this must run before; an {@code h2.bindAddress} set on the command line wins.
     */
    static void keepH2ServersOnLoopback() {
        if (System.getProperty(H2_BIND_ADDRESS) == null) {
            System.setProperty(H2_BIND_ADDRESS, "127.0.0.1");
        }
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
