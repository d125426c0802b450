package org.joblist.aggregate.store;

import java.util.regex.Pattern;

/** JDBC URLs as they may appear in messages and logs. */
final class JdbcUrls {
    private static final Pattern PASSWORD = Pattern.compile("(?i)(password=)[^&;]*");

    private JdbcUrls() {
    }

    /** The URL with any password parameter's value replaced by {@code ***}. */
    static String redact(String url) {
        return PASSWORD.matcher(url).replaceAll("$1***");
    }
}
