package org.joblist.aggregate.normalize;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.joblist.ingest.PayPeriod;
import org.joblist.ingest.SalaryOrigin;
import org.joblist.ingest.SalaryRange;
import org.jspecify.annotations.Nullable;

/**
 * Reads pay from text into a {@link SalaryOrigin#PARSED} range: ranges with any dash or "to",
 * {@code k} written once for both ends ({@code $95–130k}), currency symbols and ISO codes before
 * or after, English ({@code 118,000.50}), European ({@code 50.000,50}, {@code 50 000}) and
 * Indian ({@code 12,00,000}) numbers, periods ("a year", "/yr", "per hour", "/hr", "/h",
 * "p.a.", "monthly", ...) and single values. Text without a figure ("competitive",
 * "negotiable") gives nothing, as does text without a currency when the source has no default,
 * and figures without a period below 1,000 (an hourly or yearly figure cannot be told apart).
 * Bounds written high to low are swapped, so no range has min above max.
 *
 * <p>A lone bound gives nothing either: a floor ({@code $120k+}, "from €50,000", "ab 60.000 €",
 * "starting at") or a ceiling ("up to £180,000", "bis zu"). A {@link SalaryRange} holds two
 * bounds, and reading the one figure as both would state an exact pay the source never gave;
 * the source's text stays in the posting's {@code salaryText}. A range whose top ends in "+"
 * ({@code $95k–$130k+}) keeps its two stated bounds.
 */
public final class SalaryText {
    // Indian grouping (12,00,000) first, then English and European thousands, then plain digits.
    private static final String NUMBER = "\\d{1,2}(?:,\\d{2})+,\\d{3}(?:\\.\\d{1,2})?"
            + "|\\d{1,3}(?:[,.'’\\s\\u00a0\\u202f]\\d{3})+(?:[.,]\\d{1,2})?|\\d+(?:[.,]\\d{1,2})?";
    private static final String SYMBOL = "(?:US\\$|CA\\$|C\\$|AU\\$|A\\$|NZ\\$|\\$|€|£|¥|₹|CHF|"
            + "[A-Z]{3}(?![a-z]))";
    private static final Pattern AMOUNT = Pattern.compile(
            "(?<cur1>" + SYMBOL + ")?\\s?(?<lo>" + NUMBER + ")\\s?(?<k1>[kK])?\\s?(?<cur2>"
                    + SYMBOL + ")?"
                    + "(?:\\s*(?:-|–|—|to|bis)\\s*(?<cur3>" + SYMBOL + ")?\\s?(?<hi>" + NUMBER
                    + ")\\s?(?<k2>[kK])?\\s?(?<cur4>" + SYMBOL + ")?)?(?<plus>\\+)?");
    private static final Pattern BOUND_BEFORE = Pattern.compile("(?i)(?:\\bup\\s*to|\\bfrom"
            + "|\\bstarting(?:\\s+(?:at|from))?|\\bat\\s+least|\\bmin(?:imum|\\.)?"
            + "|\\bmax(?:imum|\\.)?|\\bab|\\bbis(?:\\s+zu)?|jusqu'à|à partir de)\\s*:?\\s*$");
    private static final Pattern HOUR = Pattern.compile("(?i)(/\\s?(?:hr|hour|h)\\b|per\\s+hour"
            + "|an\\s+hour|hourly|/std|pro stunde)");
    private static final Pattern DAY =
            Pattern.compile("(?i)(/\\s?day\\b|per\\s+day|a\\s+day|daily|pro tag)");
    private static final Pattern WEEK =
            Pattern.compile("(?i)(/\\s?(?:wk|week)\\b|per\\s+week|a\\s+week|weekly)");
    private static final Pattern MONTH = Pattern.compile("(?i)(/\\s?(?:mo|month)\\b|per\\s+month"
            + "|a\\s+month|monthly|monatlich|pro monat)");
    private static final Pattern YEAR = Pattern.compile("(?i)(/\\s?(?:yr|year|y|annum)\\b|per\\s+"
            + "(?:year|annum)|a\\s+year|annual|yearly|p\\.\\s?a\\.?|jährlich|pro jahr)");

    private SalaryText() {
    }

    /**
     * The range the text states.
     *
     * @param defaultCurrency the currency of a source that writes figures without one (a
     *     country's board); null when there is none
     */
    public static Optional<SalaryRange> parse(String text, @Nullable Currency defaultCurrency) {
        Matcher m = AMOUNT.matcher(text);
        while (m.find()) {
            Optional<SalaryRange> range = range(m, text, defaultCurrency);
            if (range.isPresent()) {
                return range;
            }
        }
        return Optional.empty();
    }

    private static Optional<SalaryRange> range(Matcher m, String text,
            @Nullable Currency defaultCurrency) {
        Currency currency = firstCurrency(m.group("cur1"), m.group("cur2"), m.group("cur3"),
                m.group("cur4"));
        if (currency == null) {
            currency = defaultCurrency;
        }
        if (currency == null) {
            return Optional.empty();
        }
        if (m.group("hi") == null && isLoneBound(m, text)) {
            // TODO(#4): an open range ("$120k+": min 120000, no max) needs SalaryRange to allow
            // a missing max, which the store and publish read; until then it gives no range.
            return Optional.empty();
        }
        BigDecimal low = amount(m.group("lo"));
        if (m.group("k1") != null) {
            low = low.scaleByPowerOfTen(3);
        }
        BigDecimal high = low;
        if (m.group("hi") != null) {
            high = amount(m.group("hi"));
            if (m.group("k2") != null) {
                high = high.scaleByPowerOfTen(3);
                // "95-130k": the k written once stands for both ends.
                if (m.group("k1") == null && low.compareTo(BigDecimal.valueOf(1000)) < 0) {
                    low = low.scaleByPowerOfTen(3);
                }
            }
        }
        PayPeriod period = period(text.substring(m.end()));
        if (period == null) {
            if (high.compareTo(BigDecimal.valueOf(1000)) < 0) {
                return Optional.empty();
            }
            period = PayPeriod.YEAR;
        }
        BigDecimal min = low.min(high).stripTrailingZeros();
        BigDecimal max = low.max(high).stripTrailingZeros();
        return Optional.of(new SalaryRange(plain(min), plain(max), currency, period,
                SalaryOrigin.PARSED));
    }

    /** A single figure written as a floor or a ceiling. */
    private static boolean isLoneBound(Matcher m, String text) {
        String before = text.substring(Math.max(0, m.start() - 20), m.start());
        // "$120k+" is a floor; "$150,000 + equity" is a figure and something more.
        boolean floor = m.group("plus") != null
                && !Character.isWhitespace(text.charAt(m.start("plus") - 1));
        return floor || BOUND_BEFORE.matcher(before).find();
    }

    private static BigDecimal plain(BigDecimal value) {
        return value.scale() < 0 ? value.setScale(0) : value;
    }

    private static @Nullable PayPeriod period(String after) {
        String near = after.length() > 30 ? after.substring(0, 30) : after;
        if (HOUR.matcher(near).find()) {
            return PayPeriod.HOUR;
        }
        if (DAY.matcher(near).find()) {
            return PayPeriod.DAY;
        }
        if (WEEK.matcher(near).find()) {
            return PayPeriod.WEEK;
        }
        if (MONTH.matcher(near).find()) {
            return PayPeriod.MONTH;
        }
        if (YEAR.matcher(near).find()) {
            return PayPeriod.YEAR;
        }
        return null;
    }

    /** A number in English or European notation. */
    static BigDecimal amount(String number) {
        String digits = number.replaceAll("['’\\s\\u00a0\\u202f]", "");
        int lastComma = digits.lastIndexOf(',');
        int lastDot = digits.lastIndexOf('.');
        int last = Math.max(lastComma, lastDot);
        if (last < 0) {
            return new BigDecimal(digits);
        }
        char mark = digits.charAt(last);
        boolean both = lastComma >= 0 && lastDot >= 0;
        boolean once = digits.indexOf(mark) == last;
        boolean decimal = both || (once && digits.length() - last - 1 != 3);
        String whole = decimal ? digits.substring(0, last) : digits;
        String integer = whole.replaceAll("[.,]", "");
        return new BigDecimal(decimal ? integer + "." + digits.substring(last + 1) : integer);
    }

    private static @Nullable Currency firstCurrency(@Nullable String... symbols) {
        for (String symbol : symbols) {
            if (symbol != null) {
                Currency currency = currency(symbol);
                if (currency != null) {
                    return currency;
                }
            }
        }
        return null;
    }

    private static @Nullable Currency currency(String symbol) {
        String code = switch (symbol) {
            case "$", "US$" -> "USD";
            case "CA$", "C$" -> "CAD";
            case "AU$", "A$" -> "AUD";
            case "NZ$" -> "NZD";
            case "€" -> "EUR";
            case "£" -> "GBP";
            case "¥" -> "JPY";
            case "₹" -> "INR";
            default -> symbol.toUpperCase(Locale.ROOT);
        };
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
