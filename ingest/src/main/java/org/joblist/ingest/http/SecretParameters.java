package org.joblist.ingest.http;

import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;
import okhttp3.HttpUrl;

/**
 * Query parameters that carry credentials, such as Adzuna's {@code app_key}: a board that takes
 * its key only in the URL would otherwise leave it in log lines, error messages and recorded
 * cassettes. Their values are shown and recorded as {@value #MASK}; a cassette matches a request
 * on the masked URL, so a cassette recorded with one key replays with another or none.
 */
public final class SecretParameters {
    static final String MASK = "***";
    private static final Set<String> NAMES = Set.of("app_id", "app_key", "api_key", "apikey",
            "key", "token", "access_token", "client_secret", "password");

    private SecretParameters() {
    }

    /** The URL with the value of every credential parameter replaced by {@value #MASK}. */
    public static HttpUrl mask(HttpUrl url) {
        String query = url.encodedQuery();
        if (query == null) {
            return url;
        }
        // Rebuilt from the encoded parts, so the order and encoding of the rest stay as sent.
        StringJoiner masked = new StringJoiner("&");
        boolean changed = false;
        for (String part : query.split("&", -1)) {
            int equals = part.indexOf('=');
            String name = equals < 0 ? part : part.substring(0, equals);
            String value = equals < 0 ? "" : part.substring(equals + 1);
            if (!value.isEmpty() && !value.equals(MASK)
                    && NAMES.contains(name.toLowerCase(Locale.ROOT))) {
                part = name + "=" + MASK;
                changed = true;
            }
            masked.add(part);
        }
        return changed ? url.newBuilder().encodedQuery(masked.toString()).build() : url;
    }

    /** The URL as text fit for a log line or an error message. */
    public static String shown(HttpUrl url) {
        return mask(url).toString();
    }
}
