package org.joblist.app;

import java.util.Objects;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobKey;

/**
 * The Quartz job of {@code scheduler.publishSchedule}: publishes when runs changed postings since
 * the last publishing. In a cluster, runs that changed postings fire it too, and it runs on one
 * node at a time.
 */
@DisallowConcurrentExecution
final class PublishJob implements Job {
    static final JobKey KEY = JobKey.jobKey("publish", "publish");

    private final DaemonRuns runs;

    PublishJob(DaemonRuns runs) {
        this.runs = Objects.requireNonNull(runs, "runs");
    }

    @Override
    public void execute(JobExecutionContext context) {
        runs.publishIfPending();
    }
}
