package org.joblist.ingest.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import org.joblist.ingest.PayPeriod;
import org.joblist.ingest.SalaryOrigin;
import org.joblist.ingest.SalaryRange;
import org.jspecify.annotations.Nullable;

/** Builds the salary a board states in numbers, or none when the numbers do not make one. */
public final class Salaries {
    private Salaries() {
    }

    /**
     * A range from a board's numbers. A missing bound takes the other's value; no range when both
     * are missing or zero, when min is above max, or when the currency is not an ISO 4217 code.
     */
    public static @Nullable SalaryRange of(@Nullable BigDecimal min, @Nullable BigDecimal max,
            @Nullable String currencyCode, @Nullable PayPeriod period, SalaryOrigin origin) {
        BigDecimal low = positive(min) != null ? min : positive(max);
        BigDecimal high = positive(max) != null ? max : positive(min);
        Currency currency = currency(currencyCode);
        if (low == null || high == null || currency == null || period == null
                || low.compareTo(high) > 0) {
            return null;
        }
        return new SalaryRange(low, high, currency, period, origin);
    }

    /** The number a JSON field holds, as a number or numeric text; null otherwise. */
    public static @Nullable BigDecimal number(JsonNode entry, String field) {
        JsonNode value = entry.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isNumber()) {
            return value.decimalValue();
        }
        if (value.isTextual()) {
            try {
                return new BigDecimal(value.asText().strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    /** An ISO 4217 currency; null when the code is missing or unknown. */
    public static @Nullable Currency currency(@Nullable String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        try {
            return Currency.getInstance(code.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static @Nullable BigDecimal positive(@Nullable BigDecimal value) {
        return value != null && value.signum() > 0 ? value : null;
    }
}
