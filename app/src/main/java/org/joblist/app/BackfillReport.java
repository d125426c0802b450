package org.joblist.app;

import java.util.List;
import java.util.Objects;
import org.joblist.aggregate.RunReport;
import org.joblist.publish.PublishResult;

/** What one backfill did: the stored run and each publication's result. */
record BackfillReport(RunReport run, List<PublishResult> publications) {
    BackfillReport {
        Objects.requireNonNull(run, "run");
        publications = List.copyOf(publications);
    }

    /** Whether a source was blocked, rate limited or failed; unchanged and truncated did not. */
    boolean hasFailedSources() {
        return run.outcomes().stream().anyMatch(o -> o.status().isFailure());
    }
}
