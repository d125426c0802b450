package org.joblist.ingest.http;

import java.time.Duration;

/**
 * Waits, for retries and the per-host rate limit. The client waits only through its sleeper, so
 * a test can hand it one that records each wait and moves a fake clock instead.
 */
@FunctionalInterface
public interface Sleeper {
    /** Waits with {@link Thread#sleep}. */
    Sleeper REAL = duration -> Thread.sleep(duration.toMillis());

    /** Waits this long; returns at once for zero. */
    void sleep(Duration duration) throws InterruptedException;
}
