package org.joblist.aggregate.normalize;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.joblist.ingest.PayPeriod;
import org.joblist.ingest.SalaryRange;

/**
 * Salary figures for stats: each range annualized with one shared set of factors (2,080 hours,
 * 260 days, 52 weeks, 12 months a year) and kept only within sanity bounds. The stated range and
 * its period stay as they are; only stats read these figures.
 */
public final class Salaries {
    /** How many of each period make a year; the one set every annualized figure uses. */
    public static final Map<PayPeriod, Integer> PER_YEAR = Map.of(
            PayPeriod.HOUR, 2080, PayPeriod.DAY, 260, PayPeriod.WEEK, 52, PayPeriod.MONTH, 12,
            PayPeriod.YEAR, 1);

    /** The lowest annual figure taken as real pay, in any currency. */
    public static final BigDecimal MIN_ANNUAL = BigDecimal.valueOf(1_000);
    /** The highest annual figure taken as real pay, in any currency but JPY, INR and the like. */
    public static final BigDecimal MAX_ANNUAL = BigDecimal.valueOf(100_000_000);

    /** An annualized range, in the range's currency. */
    public record Annual(BigDecimal min, BigDecimal max) {}

    private Salaries() {
    }

    /**
     * The range as a job list shows it, in its stated period: {@code $27.50/hr}, {@code
     * $95k–$130k/yr}, {@code €450/day}, {@code CHF 8,000/mo}. Thousands are written {@code k}
     * only for whole thousands of at least 1,000, so an hourly figure never reads as "3k".
     */
    public static String display(SalaryRange range) {
        String min = amount(range.min(), range.currency());
        String max = amount(range.max(), range.currency());
        String figures = min.equals(max) ? min : min + "–" + max;
        return figures + "/" + switch (range.period()) {
            case HOUR -> "hr";
            case DAY -> "day";
            case WEEK -> "wk";
            case MONTH -> "mo";
            case YEAR -> "yr";
        };
    }

    private static String amount(BigDecimal value, Currency currency) {
        String symbol = currency.getSymbol(Locale.US);
        String prefix = symbol.length() == 1 ? symbol : currency.getCurrencyCode() + " ";
        BigDecimal thousand = BigDecimal.valueOf(1000);
        if (value.compareTo(thousand) >= 0 && value.remainder(thousand).signum() == 0) {
            return prefix + value.divide(thousand).toPlainString() + "k";
        }
        if (value.stripTrailingZeros().scale() > 0) {
            return prefix + String.format(Locale.ROOT, "%,.2f", value);
        }
        return prefix + String.format(Locale.ROOT, "%,d", value.longValueExact());
    }

    /** The range per year; empty when a bound falls outside the sanity bounds. */
    public static Optional<Annual> annualized(SalaryRange range) {
        BigDecimal factor = BigDecimal.valueOf(PER_YEAR.get(range.period()));
        BigDecimal min = range.min().multiply(factor).setScale(0, RoundingMode.HALF_UP);
        BigDecimal max = range.max().multiply(factor).setScale(0, RoundingMode.HALF_UP);
        if (min.compareTo(MIN_ANNUAL) < 0 || max.compareTo(MAX_ANNUAL) > 0) {
            return Optional.empty();
        }
        return Optional.of(new Annual(min, max));
    }
}
