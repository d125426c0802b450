package org.joblist.aggregate;

import java.util.List;

/** How a run went, judged from its sources' outcomes. */
public enum RunStatus {
    /** Started and not finished yet. */
    RUNNING,
    /** No source failed (also when there were none): each was read, unchanged or truncated. */
    OK,
    /** Some sources failed and some did not. */
    PARTIAL,
    /** Every source failed. */
    FAILED;

    /** The status of a finished run with these outcomes. */
    public static RunStatus of(List<SourceOutcome> outcomes) {
        long failed = outcomes.stream().filter(o -> o.status().isFailure()).count();
        if (failed == 0) {
            return OK;
        }
        return failed == outcomes.size() ? FAILED : PARTIAL;
    }
}
