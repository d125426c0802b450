package org.joblist.publish;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import org.joblist.ingest.PayPeriod;
import org.joblist.ingest.SalaryRange;

/**
 * Salaries as a job list writes them: whole figures with thousands separators, in the period and
 * currency the source stated, e.g. {@code $118,000–$142,000 / year}, {@code $27.50 / hour} or
 * {@code CHF 8,000 / month}. Never abbreviated, so an hourly figure never reads as "3k".
 */
final class SalaryFormat {
    private SalaryFormat() {}

    /** The range in its stated period: one figure when both bounds are equal. */
    static String range(SalaryRange range) {
        String min = amount(range.min(), range.currency());
        String max = amount(range.max(), range.currency());
        String figures = min.equals(max) ? min : min + "–" + max;
        return figures + " / " + period(range.period());
    }

    /**
     * An amount with the currency's one-character symbol in front ({@code $}, {@code €}, {@code
     * £}), else its code and a space ({@code CHF 8,000}); cents only when there are any.
     */
    static String amount(BigDecimal value, Currency currency) {
        String symbol = currency.getSymbol(Locale.US);
        String prefix = symbol.length() == 1 ? symbol : currency.getCurrencyCode() + " ";
        if (value.stripTrailingZeros().scale() > 0) {
            return prefix + String.format(Locale.ROOT, "%,.2f", value);
        }
        return prefix + String.format(Locale.ROOT, "%,d", value.toBigInteger());
    }

    /** The period's word: {@code hour}, {@code day}, {@code week}, {@code month}, {@code year}. */
    static String period(PayPeriod period) {
        return period.name().toLowerCase(Locale.ROOT);
    }
}
