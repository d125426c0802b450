package org.joblist.ingest.internal;

import java.util.Locale;
import org.joblist.ingest.PayPeriod;
import org.jspecify.annotations.Nullable;

/** Reads the pay period words boards write ("annual", "per-year-salary", "hourly", ...). */
public final class PayPeriods {
    private PayPeriods() {
    }

    /** The period a board's word names; null when it names none this knows. */
    public static @Nullable PayPeriod of(@Nullable String word) {
        if (word == null) {
            return null;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.contains("year") || lower.contains("annual")) {
            return PayPeriod.YEAR;
        } else if (lower.contains("month")) {
            return PayPeriod.MONTH;
        } else if (lower.contains("week")) {
            return PayPeriod.WEEK;
        } else if (lower.contains("day") || lower.contains("daily")) {
            return PayPeriod.DAY;
        } else if (lower.contains("hour")) {
            return PayPeriod.HOUR;
        }
        return null;
    }
}
