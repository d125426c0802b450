package org.joblist.ingest;

/** Where a salary range comes from, which decides how far a job list may trust it. */
public enum SalaryOrigin {
    /** Given by the source as structured numbers. */
    STATED,
    /** Read by joblist from the source's text. */
    PARSED,
    /** Estimated by the board, not the employer (Adzuna's {@code salary_is_predicted}). */
    PREDICTED
}
