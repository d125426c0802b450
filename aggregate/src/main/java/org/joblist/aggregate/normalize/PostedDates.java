package org.joblist.aggregate.normalize;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.joblist.aggregate.DatePrecision;
import org.joblist.aggregate.PostedDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Reads the posted dates sources write: ISO 8601 date-times with an offset ({@code
 * 2026-04-17T05:58:03-04:00}, {@code ...Z}, {@code ...+0000}), without one or date only (taken as
 * UTC), epoch seconds or milliseconds written as digits, RFC 822 ({@code Mon, 02 Mar 2026
 * 15:00:00 +0000}), relative text against the fetch time ({@code 3 hours ago}, {@code Posted 2
 * days ago}, {@code 30+ days ago}, {@code yesterday}) and an HTML {@code <time>} element, whose
 * text wins over a date-only {@code datetime} attribute when it falls on that day.
 *
 * <p>A date read is not yet a date to publish: {@link #isPlausible} tells placeholder dates
 * (epoch 0, year 1) and dates in the future apart from real ones.
 */
final class PostedDates {
    private static final DateTimeFormatter DATE_TIME = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .optionalStart().appendOffset("+HH:MM:ss", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .toFormatter(Locale.ROOT);
    private static final DateTimeFormatter RFC_822 = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .appendPattern("[EEE, ]d MMM ")
            .appendPattern("[yyyy][yy] HH:mm[:ss] ")
            .optionalStart().appendOffset("+HHMM", "+0000").optionalEnd()
            .optionalStart().appendZoneText(TextStyle.SHORT).optionalEnd()
            .toFormatter(Locale.ENGLISH);
    private static final Pattern DIGITS = Pattern.compile("\\d{1,18}");
    private static final Pattern RELATIVE = Pattern.compile("(?i)(?:posted\\s+)?(?:about\\s+)?"
            + "(\\d+|an?|one)(\\+)?\\s*(minute|min|hour|hr|h|day|d|week|wk|w|month|mo)s?\\s+ago");
    private static final Pattern TODAY = Pattern.compile("(?i)(?:posted\\s+)?(today|just now)");
    private static final Pattern YESTERDAY = Pattern.compile("(?i)(?:posted\\s+)?yesterday");

    /** The earliest posted date taken as real; earlier ones are placeholders (1970, year 1). */
    static final Instant EARLIEST = Instant.parse("1990-01-01T00:00:00Z");
    /** How far past the fetch time a posted date may lie: clocks and time zones run ahead. */
    static final Duration AHEAD = Duration.ofDays(1);

    // 10^11 seconds lie in the year 5138, 10^11 milliseconds in 1973: larger values are millis.
    private static final long SMALLEST_MILLIS = 100_000_000_000L;

    private PostedDates() {
    }

    /** The instant the text names; null when it is none of the absolute forms above. */
    static @Nullable Instant parse(String text) {
        return read(text, null).instant();
    }

    /**
     * The date the text names, relative text resolved against the fetch time.
     *
     * @param fetchedAt when the text was fetched; null to read absolute forms only
     */
    static PostedDate read(String text, @Nullable Instant fetchedAt) {
        String trimmed = text.trim();
        if (trimmed.startsWith("<")) {
            return timeElement(trimmed, text, fetchedAt);
        }
        if (fetchedAt != null) {
            PostedDate relative = relative(trimmed, text, fetchedAt);
            if (relative != null) {
                return relative;
            }
        }
        return absolute(trimmed, text);
    }

    /**
     * Whether a posted date can be real: not before {@link #EARLIEST} and, when the fetch time is
     * known, not more than {@link #AHEAD} after it.
     */
    static boolean isPlausible(Instant posted, @Nullable Instant fetchedAt) {
        return !posted.isBefore(EARLIEST)
                && (fetchedAt == null || !posted.isAfter(fetchedAt.plus(AHEAD)));
    }

    private static PostedDate absolute(String trimmed, String text) {
        if (DIGITS.matcher(trimmed).matches()) {
            long epoch = Long.parseLong(trimmed);
            return PostedDate.exact(epoch < SMALLEST_MILLIS
                    ? Instant.ofEpochSecond(epoch)
                    : Instant.ofEpochMilli(epoch), text);
        }
        try {
            if (trimmed.length() == 10) {
                return PostedDate.day(dateOnly(trimmed), text);
            }
            if (Character.isDigit(trimmed.charAt(0)) && trimmed.charAt(4) == '-') {
                return PostedDate.exact(dateTime(trimmed), text);
            }
            return PostedDate.exact(ZonedDateTime.parse(trimmed, RFC_822).toInstant(), text);
        } catch (DateTimeException | IndexOutOfBoundsException e) {
            return PostedDate.unreadable(text);
        }
    }

    private static @Nullable PostedDate relative(String trimmed, String text, Instant fetchedAt) {
        if (TODAY.matcher(trimmed).matches()) {
            return PostedDate.day(fetchedAt, text);
        }
        if (YESTERDAY.matcher(trimmed).matches()) {
            return PostedDate.day(fetchedAt.minus(Duration.ofDays(1)), text);
        }
        Matcher m = RELATIVE.matcher(trimmed);
        if (!m.matches()) {
            return null;
        }
        String count = m.group(1).toLowerCase(Locale.ROOT);
        ChronoUnit unit = unit(m.group(3).toLowerCase(Locale.ROOT));
        Instant at;
        try {
            long amount = Character.isDigit(count.charAt(0)) ? Long.parseLong(count) : 1;
            at = fetchedAt.minus(unit.getDuration().multipliedBy(amount));
        } catch (NumberFormatException | ArithmeticException | DateTimeException e) {
            // "99999999999999999999 days ago" lies before any instant there is.
            return PostedDate.unreadable(text);
        }
        if (m.group(2) != null) {
            return PostedDate.atOrBefore(at, text);
        }
        return unit.compareTo(ChronoUnit.HOURS) <= 0
                ? PostedDate.exact(at, text)
                : PostedDate.day(at, text);
    }

    private static ChronoUnit unit(String word) {
        return switch (word) {
            case "minute", "min" -> ChronoUnit.MINUTES;
            case "hour", "hr", "h" -> ChronoUnit.HOURS;
            case "day", "d" -> ChronoUnit.DAYS;
            case "week", "wk", "w" -> ChronoUnit.WEEKS;
            default -> ChronoUnit.MONTHS;
        };
    }

    /** {@code <time datetime="2026-03-02">3 hours ago</time>}: the finer of the two that agree. */
    private static PostedDate timeElement(String html, String text, @Nullable Instant fetchedAt) {
        Element time = Jsoup.parseBodyFragment(html).selectFirst("time");
        if (time == null) {
            return PostedDate.unreadable(text);
        }
        PostedDate attribute = time.hasAttr("datetime")
                ? absolute(time.attr("datetime").trim(), text)
                : PostedDate.unreadable(text);
        PostedDate shown = read(time.text(), fetchedAt);
        Instant day = attribute.instant();
        Instant finer = shown.instant();
        if (day == null) {
            return withText(shown, text);
        }
        boolean sameDay = finer != null
                && day.truncatedTo(ChronoUnit.DAYS).equals(finer.truncatedTo(ChronoUnit.DAYS));
        return attribute.precision() == DatePrecision.DAY && sameDay
                ? withText(shown, text)
                : attribute;
    }

    private static PostedDate withText(PostedDate date, String text) {
        return new PostedDate(date.instant(), date.precision(), date.bound(), text);
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
