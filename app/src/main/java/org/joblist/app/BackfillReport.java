package org.joblist.app;

import java.util.List;
import java.util.Objects;
import org.joblist.aggregate.RunReport;
import org.joblist.aggregate.SourceStatus;
import org.joblist.publish.PublishResult;

/** What one backfill did: the stored run and each publication's result. */
record BackfillReport(RunReport run, List<PublishResult> publications) {
    BackfillReport {
        Objects.requireNonNull(run, "run");
        publications = List.copyOf(publications);
    }

    boolean hasFailedSources() {
        return run.outcomes().stream().anyMatch(o -> o.status() != SourceStatus.OK);
    }
}
