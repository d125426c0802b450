package org.joblist.aggregate;

/** Identifies one run in the store; its text form is the bare number, as logs show it. */
public record RunId(long value) {
    public RunId {
        if (value <= 0) {
            throw new IllegalArgumentException("run id must be > 0: " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
