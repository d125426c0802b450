package org.joblist.app;

import java.util.Objects;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.SchedulerException;

/**
 * The Quartz job of one source: one run of it, then publishing when the run changed postings.
 * Two runs of one source never overlap; a firing that comes while one is going on waits, and
 * fires once however many slots it missed.
 */
@DisallowConcurrentExecution
final class SourceJob implements Job {
    /** The key of the source id in the job's data. */
    static final String SOURCE_ID = "sourceId";

    private final DaemonRuns runs;

    SourceJob(DaemonRuns runs) {
        this.runs = Objects.requireNonNull(runs, "runs");
    }

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        String node;
        try {
            node = context.getScheduler().getSchedulerInstanceId();
        } catch (SchedulerException e) {
            throw new JobExecutionException(e);
        }
        runs.runSource(context.getMergedJobDataMap().getString(SOURCE_ID), node,
                context.getScheduledFireTime().toInstant());
    }
}
