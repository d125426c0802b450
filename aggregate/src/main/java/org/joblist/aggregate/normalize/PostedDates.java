package org.joblist.aggregate.normalize;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads the posted dates sources write: ISO 8601 date-times with an offset ({@code
 * 2026-04-17T05:58:03-04:00}, {@code ...Z}, {@code ...+0000}), without one or date only (taken as
 * UTC), and epoch seconds or milliseconds written as digits.
 */
final class PostedDates {
    private static final DateTimeFormatter DATE_TIME = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .optionalStart().appendOffset("+HH:MM:ss", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .toFormatter(Locale.ROOT);
    private static final Pattern DIGITS = Pattern.compile("\\d{1,18}");

    // 10^11 seconds lie in the year 5138, 10^11 milliseconds in 1973: larger values are millis.
    private static final long SMALLEST_MILLIS = 100_000_000_000L;

    private PostedDates() {
    }

    /** The instant the text names; null when it is none of the forms above. */
    static @Nullable Instant parse(String text) {
        String trimmed = text.trim();
        if (DIGITS.matcher(trimmed).matches()) {
            long epoch = Long.parseLong(trimmed);
            return epoch < SMALLEST_MILLIS
                    ? Instant.ofEpochSecond(epoch)
                    : Instant.ofEpochMilli(epoch);
        }
        try {
            return trimmed.length() == 10 ? dateOnly(trimmed) : dateTime(trimmed);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static Instant dateOnly(String text) {
        return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE)
                .atStartOfDay(ZoneOffset.UTC)
                .toInstant();
    }

    private static Instant dateTime(String text) {
        TemporalAccessor parsed = DATE_TIME.parseBest(
                text, OffsetDateTime::from, LocalDateTime::from);
        if (parsed instanceof OffsetDateTime offsetDateTime) {
            return offsetDateTime.toInstant();
        }
        return ((LocalDateTime) parsed).toInstant(ZoneOffset.UTC);
    }
}
