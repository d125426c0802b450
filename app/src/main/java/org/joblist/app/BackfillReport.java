package org.joblist.app;

import java.util.Objects;
import org.joblist.aggregate.RunReport;
import org.joblist.publish.PublishReport;

/**
 * What one backfill did: the stored run and what publishing did, {@link PublishReport#NONE} when
 * every source failed and nothing was published.
 */
record BackfillReport(RunReport run, PublishReport publishing) {
    BackfillReport {
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(publishing, "publishing");
    }

    /** Whether a source was blocked, rate limited or failed; unchanged and truncated did not. */
    boolean hasFailedSources() {
        return run.outcomes().stream().anyMatch(o -> o.status().isFailure());
    }
}
