package org.joblist.aggregate;

/** The form of contract a posting offers; {@link #UNKNOWN} when nothing says. */
public enum EmploymentType {
    FULL_TIME,
    PART_TIME,
    CONTRACT,
    TEMPORARY,
    INTERNSHIP,
    UNKNOWN
}
