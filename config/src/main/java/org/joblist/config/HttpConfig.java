package org.joblist.config;

import java.time.Duration;
import java.util.Objects;

/**
 * Settings of the one HTTP client every source shares.
 *
 * <pre>{@code
 * http:
 *   retries: 4            # retries after the first attempt on 429, 502, 503, 504 and I/O errors
 *   retryBackoff: 1s      # the first wait, doubled for each further retry, with jitter
 *   maxRetryTime: 2m      # all waits of one request together stay within this
 *   hostInterval: 1s      # at least this long between two requests to the same host
 * }</pre>
 *
 * @param userAgent sent with every request, so a board's operator can tell who reads it
 * @param connectTimeout time allowed to open a connection
 * @param readTimeout time allowed between two reads of a response
 * @param maxResponseBytes a response body longer than this fails the source, in bytes
 * @param retries how often a request is retried after its first attempt; 0 for never
 * @param retryBackoff the wait before the first retry when the board sends no Retry-After
 * @param maxRetryTime the longest a request may spend waiting between its attempts in total
 * @param hostInterval the shortest time between the starts of two requests to one host; zero
 *     for no limit
 */
public record HttpConfig(
        String userAgent, Duration connectTimeout, Duration readTimeout, long maxResponseBytes,
        int retries, Duration retryBackoff, Duration maxRetryTime, Duration hostInterval) {
    public static final String DEFAULT_USER_AGENT =
            "joblist/0.1 (+https://github.com/joblist/joblist)";
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);
    public static final long DEFAULT_MAX_RESPONSE_BYTES = 32L * 1024 * 1024;
    public static final int DEFAULT_RETRIES = 4;
    public static final Duration DEFAULT_RETRY_BACKOFF = Duration.ofSeconds(1);
    public static final Duration DEFAULT_MAX_RETRY_TIME = Duration.ofMinutes(2);
    public static final Duration DEFAULT_HOST_INTERVAL = Duration.ofSeconds(1);

    public HttpConfig {
        Objects.requireNonNull(userAgent, "userAgent");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        Objects.requireNonNull(retryBackoff, "retryBackoff");
        Objects.requireNonNull(maxRetryTime, "maxRetryTime");
        Objects.requireNonNull(hostInterval, "hostInterval");
        if (maxResponseBytes <= 0) {
            throw new IllegalArgumentException("maxResponseBytes " + maxResponseBytes + " <= 0");
        }
        if (retries < 0) {
            throw new IllegalArgumentException("retries " + retries + " < 0");
        }
        if (retryBackoff.isNegative() || maxRetryTime.isNegative() || hostInterval.isNegative()) {
            throw new IllegalArgumentException("negative duration in " + retryBackoff + ", "
                    + maxRetryTime + ", " + hostInterval);
        }
    }

    /** The given basics with the default retries and host interval. */
    public HttpConfig(String userAgent, Duration connectTimeout, Duration readTimeout,
            long maxResponseBytes) {
        this(userAgent, connectTimeout, readTimeout, maxResponseBytes, DEFAULT_RETRIES,
                DEFAULT_RETRY_BACKOFF, DEFAULT_MAX_RETRY_TIME, DEFAULT_HOST_INTERVAL);
    }

    public static HttpConfig defaults() {
        return new HttpConfig(DEFAULT_USER_AGENT, DEFAULT_CONNECT_TIMEOUT, DEFAULT_READ_TIMEOUT,
                DEFAULT_MAX_RESPONSE_BYTES);
    }

    public HttpConfig withRetries(int retries, Duration retryBackoff, Duration maxRetryTime) {
        return new HttpConfig(userAgent, connectTimeout, readTimeout, maxResponseBytes, retries,
                retryBackoff, maxRetryTime, hostInterval);
    }

    public HttpConfig withHostInterval(Duration hostInterval) {
        return new HttpConfig(userAgent, connectTimeout, readTimeout, maxResponseBytes, retries,
                retryBackoff, maxRetryTime, hostInterval);
    }
}
