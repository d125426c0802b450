package org.joblist.ingest.http;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import okhttp3.Interceptor;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps at least an interval between the starts of two requests to the same host, whichever
 * source sends them, so joblist never hits a board faster than its operator would call polite.
 * Thread-safe: requests from several threads take their turns.
 */
final class HostThrottle implements Interceptor {
    private static final Logger LOG = LoggerFactory.getLogger(HostThrottle.class);

    private final Duration interval;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Map<String, Instant> nextStart = new HashMap<>();
    private final Map<String, Duration> slower = new HashMap<>();

    HostThrottle(Duration interval, Clock clock, Sleeper sleeper) {
        this.interval = interval;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        String host = chain.request().url().host();
        Duration wait = reserve(host);
        if (!wait.isZero()) {
            LOG.debug("host {}: waiting {} ms before the next request", host, wait.toMillis());
            try {
                sleeper.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while waiting for host " + host);
            }
        }
        return chain.proceed(chain.request());
    }

    /**
     * Keeps at least this interval between requests to the host from now on, when it is longer
     * than the configured one: a site's robots.txt {@code Crawl-delay}.
     */
    synchronized void slowDown(String host, Duration hostInterval) {
        slower.merge(host, hostInterval, (a, b) -> a.compareTo(b) >= 0 ? a : b);
    }

    /** Takes the host's next free start and returns how long until it comes. */
    private synchronized Duration reserve(String host) {
        Instant now = clock.instant();
        Instant start = nextStart.getOrDefault(host, now);
        if (start.isBefore(now)) {
            start = now;
        }
        Duration hostInterval = slower.getOrDefault(host, Duration.ZERO);
        nextStart.put(host, start.plus(hostInterval.compareTo(interval) > 0
                ? hostInterval : interval));
        return Duration.between(now, start);
    }
}
