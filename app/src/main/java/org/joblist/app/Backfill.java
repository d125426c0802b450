package org.joblist.app;

import java.time.Clock;
import java.util.Objects;
import org.joblist.aggregate.RunReport;
import org.joblist.aggregate.RunStatus;
import org.joblist.config.JoblistConfig;
import org.joblist.ingest.http.RetryListener;
import org.joblist.publish.PublishReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One pass of the whole pipeline: every source is read completely into the store, one after the
 * other, then every publication is published from the store. A failing source is recorded and
 * skipped; it keeps the postings it had, and the publications are still made from what is stored.
 * When every source fails, nothing is published. A failing publication is reported and leaves
 * the others published.
 */
final class Backfill {
    private static final Logger LOG = LoggerFactory.getLogger(Backfill.class);

    private final JoblistConfig config;
    private final Clock clock;
    private final RunProgress progress;

    Backfill(JoblistConfig config, Clock clock, RunProgress progress) {
        this.config = Objects.requireNonNull(config, "config");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    BackfillReport run() {
        try (Pipeline pipeline = Pipeline.open(config, clock, RetryListener.NONE)) {
            RunReport run = pipeline.ingest(config.sources(), progress);
            if (run.status() == RunStatus.FAILED) {
                // Nothing was read: publishing now could only commit what a broken network or
                // cassette left behind, such as an empty first list.
                LOG.warn("run {}: every source failed; publications left as they are", run.run());
                return new BackfillReport(run, PublishReport.NONE);
            }
            return new BackfillReport(run, pipeline.publish(progress));
        }
    }
}
