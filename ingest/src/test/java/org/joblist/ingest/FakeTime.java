package org.joblist.ingest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.joblist.ingest.http.Sleeper;

/**
 * A UTC clock that stands still, and a sleeper that moves it on instead of waiting; it keeps
 * every wait it was asked for, so a test can check them without waiting at all.
 */
public final class FakeTime extends Clock implements Sleeper {
    private Instant now;
    private final List<Duration> waits = new ArrayList<>();

    public FakeTime(Instant now) {
        this.now = now;
    }

    @Override
    public synchronized void sleep(Duration duration) {
        waits.add(duration);
        now = now.plus(duration);
    }

    public synchronized void advance(Duration duration) {
        now = now.plus(duration);
    }

    /** Every wait asked for so far, in order. */
    public synchronized List<Duration> waits() {
        return List.copyOf(waits);
    }

    @Override
    public synchronized Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("FakeTime stays in UTC");
    }
}
