package org.joblist.app;

import java.text.ParseException;
import java.time.Instant;
import java.util.Date;
import java.util.TimeZone;
import org.jspecify.annotations.Nullable;
import org.quartz.CronExpression;

/**
 * Quartz cron expressions as the daemon and {@code joblist status} read them: in the time zone
 * of the machine, the same for both.
 */
final class Schedules {
    private Schedules() {
    }

    /**
     * @throws IllegalArgumentException when the expression is no cron expression, which config
     *     loading refuses already
     */
    static CronExpression cron(String expression, TimeZone zone) {
        try {
            CronExpression cron = new CronExpression(expression);
            cron.setTimeZone(zone);
            return cron;
        } catch (ParseException e) {
            throw new IllegalArgumentException("not a cron expression: " + expression, e);
        }
    }

    /** The first time after the instant that the expression names; null when there is none. */
    static @Nullable Instant nextAfter(String expression, Instant after, TimeZone zone) {
        Date next = cron(expression, zone).getNextValidTimeAfter(Date.from(after));
        return next == null ? null : next.toInstant();
    }
}
