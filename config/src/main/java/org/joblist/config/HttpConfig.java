package org.joblist.config;

import java.time.Duration;
import java.util.Objects;

/**
 * Settings of the one HTTP client every source shares.
 *
 * @param userAgent sent with every request, so a board's operator can tell who reads it
 * @param connectTimeout time allowed to open a connection
 * @param readTimeout time allowed between two reads of a response
 * @param maxResponseBytes a response body longer than this fails the source, in bytes
 */
public record HttpConfig(
        String userAgent, Duration connectTimeout, Duration readTimeout, long maxResponseBytes) {
    public static final String DEFAULT_USER_AGENT =
            "joblist/0.1 (+https://github.com/joblist/joblist)";
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);
    public static final long DEFAULT_MAX_RESPONSE_BYTES = 32L * 1024 * 1024;

    public HttpConfig {
        Objects.requireNonNull(userAgent, "userAgent");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        if (maxResponseBytes <= 0) {
            throw new IllegalArgumentException("maxResponseBytes " + maxResponseBytes + " <= 0");
        }
    }

    public static HttpConfig defaults() {
        return new HttpConfig(DEFAULT_USER_AGENT, DEFAULT_CONNECT_TIMEOUT, DEFAULT_READ_TIMEOUT,
                DEFAULT_MAX_RESPONSE_BYTES);
    }
}
