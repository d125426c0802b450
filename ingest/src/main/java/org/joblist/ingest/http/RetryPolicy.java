package org.joblist.ingest.http;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.function.DoubleSupplier;
import org.jspecify.annotations.Nullable;

/**
 * Decides whether a failed attempt is tried again and after how long: statuses 429, 502, 503 and
 * 504 and I/O failures are, up to {@code retries} times, waiting what the board's
 * {@code Retry-After} asks or else an exponential backoff with jitter, as long as all waits of
 * the request stay within {@code maxRetryTime}.
 */
final class RetryPolicy {
    private static final Set<Integer> RETRYABLE = Set.of(429, 502, 503, 504);

    private final int retries;
    private final Duration backoff;
    private final Duration maxRetryTime;
    private final DoubleSupplier random;

    /** @param random gives numbers in [0, 1) that spread the backoff waits */
    RetryPolicy(int retries, Duration backoff, Duration maxRetryTime, DoubleSupplier random) {
        this.retries = retries;
        this.backoff = backoff;
        this.maxRetryTime = maxRetryTime;
        this.random = random;
    }

    static boolean isRetryable(int status) {
        return RETRYABLE.contains(status);
    }

    /**
     * The wait before retry number {@code retry} (from 1), or null when the request is not
     * retried: too many retries, or a wait that would take the request past its time budget.
     *
     * @param retryAfter the failed response's {@code Retry-After} header; null after an I/O
     *     failure or when the response had none
     * @param waited what the request waited before its earlier retries
     */
    @Nullable Duration delay(int retry, @Nullable String retryAfter, Instant now,
            Duration waited) {
        if (retry > retries) {
            return null;
        }
        Duration asked = RetryAfter.parse(retryAfter, now);
        Duration delay = asked != null ? asked : backoff(retry);
        return waited.plus(delay).compareTo(maxRetryTime) > 0 ? null : delay;
    }

    /** Half of the doubled backoff fixed, half random ("equal jitter"). */
    private Duration backoff(int retry) {
        long full = backoff.toMillis() << Math.min(retry - 1, 20);
        long half = full / 2;
        return Duration.ofMillis(half + (long) (random.getAsDouble() * (full - half)));
    }

    int retries() {
        return retries;
    }
}
