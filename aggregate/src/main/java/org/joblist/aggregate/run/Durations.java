package org.joblist.aggregate.run;

import java.time.Duration;

/** Writes a duration the way the config file does, e.g. {@code 6h}, {@code 90m}, {@code 2s}. */
final class Durations {
    private Durations() {
    }

    static String format(Duration duration) {
        long millis = duration.toMillis();
        if (millis % 3_600_000 == 0) {
            return millis / 3_600_000 + "h";
        }
        if (millis % 60_000 == 0) {
            return millis / 60_000 + "m";
        }
        return millis % 1000 == 0 ? millis / 1000 + "s" : millis + "ms";
    }
}
