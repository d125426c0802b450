package org.joblist.aggregate;

/** How exactly a source's date text names an instant. */
public enum DatePrecision {
    /** A timestamp, or a relative time in minutes or hours ("3 hours ago"). */
    EXACT,
    /** A date, or a relative time in days or more ("2 days ago"): right to the day. */
    DAY,
    /** Only a bound is known ("30+ days ago"): posted at or before {@link PostedDate#bound()}. */
    LOWER_BOUND,
    /** No date, or none that could be read. */
    UNKNOWN
}
