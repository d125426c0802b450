package org.joblist.config;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where the catalogue is kept: a JDBC URL, H2 in a file under {@code ./data/} by default.
 *
 * @param user null when the database needs none
 * @param password null when the database needs none; comes from the environment, never the file
 */
public record StoreConfig(String url, @Nullable String user, @Nullable String password) {
    public static final String DEFAULT_URL = "jdbc:h2:file:./data/joblist";

    public StoreConfig {
        Objects.requireNonNull(url, "url");
    }

    @Override
    public String toString() {
        // The password never reaches a log line through toString.
        return "StoreConfig[url=" + url + ", user=" + user + ", password="
                + (password == null ? "none" : "***") + "]";
    }
}
