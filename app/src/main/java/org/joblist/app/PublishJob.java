package org.joblist.app;

import java.util.Objects;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/**
 * The Quartz job of {@code scheduler.publishSchedule}: publishes when runs changed postings since
 * the last publishing.
 */
@DisallowConcurrentExecution
final class PublishJob implements Job {
    private final DaemonRuns runs;

    PublishJob(DaemonRuns runs) {
        this.runs = Objects.requireNonNull(runs, "runs");
    }

    @Override
    public void execute(JobExecutionContext context) {
        runs.publishIfPending();
    }
}
