package org.joblist.config;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * How a publication's stats line averages salaries: annualized, in one currency.
 *
 * <pre>{@code
 * statsCurrency: USD             # the currency of the average
 * exchangeRates: {EUR: 1.08}     # optional: 1 EUR counts as 1.08 USD; other currencies are left out
 * }</pre>
 *
 * @param currency the currency the average is given in; null for the currency most of the rows
 *     with a salary state (the first by code on a tie), with no conversion
 * @param rates how many units of {@code currency} one unit of each other currency counts as;
 *     salaries in a currency without a rate are left out of the average
 */
public record SalaryStats(@Nullable Currency currency, Map<Currency, BigDecimal> rates) {
    /** The currency most rows state, no conversion. */
    public static final SalaryStats DEFAULT = new SalaryStats(null, Map.of());

    public SalaryStats {
        rates = Map.copyOf(rates);
        if (currency == null && !rates.isEmpty()) {
            throw new IllegalArgumentException("exchange rates need a currency to convert to");
        }
        for (Map.Entry<Currency, BigDecimal> rate : rates.entrySet()) {
            if (rate.getKey().equals(currency) || rate.getValue().signum() <= 0) {
                throw new IllegalArgumentException("rate " + rate.getValue() + " for "
                        + rate.getKey() + " is not a positive rate into another currency");
            }
        }
    }
}
