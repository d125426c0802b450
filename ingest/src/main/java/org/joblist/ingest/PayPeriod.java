package org.joblist.ingest;

/** The period a salary amount is paid for. */
public enum PayPeriod {
    HOUR,
    DAY,
    WEEK,
    MONTH,
    YEAR
}
