package org.joblist.ingest;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/** Pay for a posting; both bounds are inclusive and a single figure has min equal to max. */
public record SalaryRange(
        BigDecimal min, BigDecimal max, Currency currency, PayPeriod period, SalaryOrigin origin) {
    public SalaryRange {
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(origin, "origin");
        if (min.signum() < 0 || min.compareTo(max) > 0) {
            throw new IllegalArgumentException(
                    "salary range " + min + ".." + max + " " + currency + " needs 0 <= min <= max");
        }
    }
}
