package org.joblist.aggregate.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

/** JDBC URLs as joblist connects with them and as they may appear in messages and logs. */
final class JdbcUrls {
    private static final Pattern PASSWORD = Pattern.compile("(?i)(password=)[^&;]*");
    private static final Pattern H2_NOT_A_FILE = Pattern.compile("(?i)jdbc:h2:(mem|tcp|ssl):.*");
    private static final String H2_BIND_ADDRESS = "h2.bindAddress";
    private static final String H2_FILE_PREFIX = "file:";
    private static final String H2_FILE_SUFFIX = ".mv.db";

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
        if (isH2File(url) && !upper.contains("AUTO_SERVER") && !upper.contains("FILE_LOCK")) {
            connecting += ";AUTO_SERVER=TRUE";
        }
        return connecting;
    }

    /**
     * The URL to connect with to a database that must exist already: as {@link #forConnecting},
     * and an H2 file gets {@code IFEXISTS=TRUE} unless it sets that itself, so H2 fails rather
     * than create a missing one. Other URLs are left so: PostgreSQL never creates a database on
     * connecting, and an H2 database in memory exists only once created.
     */
    static String forConnectingToExisting(String url) {
        String connecting = forConnecting(url);
        if (isH2File(url) && !url.toUpperCase(Locale.ROOT).contains("IFEXISTS")) {
            connecting += ";IFEXISTS=TRUE";
        }
        return connecting;
    }

    /** Whether the URL names an H2 database kept in a file, not in memory or on a server. */
    static boolean isH2File(String url) {
        return url.startsWith("jdbc:h2:") && !H2_NOT_A_FILE.matcher(url).matches();
    }

    /**
     * The file an H2 file URL keeps its database in, {@code <name>.mv.db}, as an absolute path:
     * {@code jdbc:h2:file:./data/joblist} gives {@code <working directory>/data/joblist.mv.db}, and
     * a name starting with {@code ~} is taken from the user's home directory, as H2 does.
     *
     * @throws IllegalArgumentException when the URL names no H2 file
     */
    static Path h2File(String url) {
        if (!isH2File(url)) {
            throw new IllegalArgumentException("not an H2 file URL: " + redact(url));
        }
        String name = url.substring("jdbc:h2:".length());
        if (name.startsWith(H2_FILE_PREFIX)) {
            name = name.substring(H2_FILE_PREFIX.length());
        }
        int settings = name.indexOf(';');
        if (settings >= 0) {
            name = name.substring(0, settings);
        }
        if (name.startsWith("~")) {
            name = System.getProperty("user.home") + name.substring(1);
        }
        return Path.of(name + H2_FILE_SUFFIX).toAbsolutePath().normalize();
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
