package org.joblist.aggregate;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A finished run as the store recorded it.
 *
 * @param outcomes one per source the run read, in the order their reading started
 */
public record RunReport(
        RunId run, Instant startedAt, Instant finishedAt, RunStatus status,
        List<SourceOutcome> outcomes) {
    public RunReport {
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(finishedAt, "finishedAt");
        Objects.requireNonNull(status, "status");
        outcomes = List.copyOf(outcomes);
    }
}
