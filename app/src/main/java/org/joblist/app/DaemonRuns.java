package org.joblist.app;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.joblist.aggregate.RunReport;
import org.joblist.config.JoblistConfig;
import org.joblist.config.JoblistException;
import org.joblist.config.SourceConfig;
import org.joblist.publish.PublishFailure;
import org.joblist.publish.PublishReport;
import org.jspecify.annotations.Nullable;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the daemon's jobs do: read one source into the store as a run of its own, and publish.
 * A run that changed the stored postings leaves publishing pending; the pending publishing
 * happens right after the run, or at the publish schedule when one is configured. Publishing
 * never overlaps itself, and one publishing covers every run stored before it began. A failure
 * is logged and leaves the daemon running; a publishing that failed, or in which one job list
 * failed while the others were published, stays pending.
 *
 * <p>In a cluster ({@link #shareWith}) no node knows what the others ran, so publishing is the
 * cluster's publish job, which Quartz runs on one node at a time: a run that changed postings
 * fires it, and it always publishes (an unchanged job list makes no commit). Before each run,
 * the runs that nodes no longer in the cluster left running are ended.
 */
final class DaemonRuns {
    private static final Logger LOG = LoggerFactory.getLogger(DaemonRuns.class);

    private final Map<String, SourceConfig> sources;
    private final Pipeline pipeline;
    private final DaemonMetrics metrics;
    private final boolean publishAfterRuns;
    private final ReentrantLock publishing = new ReentrantLock();
    private final AtomicBoolean publishPending = new AtomicBoolean();
    private volatile boolean stopping;
    private volatile @Nullable Scheduler cluster;

    DaemonRuns(JoblistConfig config, Pipeline pipeline, DaemonMetrics metrics) {
        this.sources = config.sources().stream()
                .collect(Collectors.toUnmodifiableMap(SourceConfig::id, Function.identity()));
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
        this.metrics = Objects.requireNonNull(metrics, "metrics");
        this.publishAfterRuns = config.scheduler().publishSchedule() == null;
        // A run before the last stop (or a kill) may have changed postings without the
        // publishing that only that process knew was due: a store with runs starts pending. An
        // unchanged list makes no commit; an empty store is never published from.
        publishPending.set(pipeline.store().hasRuns());
    }

    /** From now on, runs and publishing go as in the cluster that this scheduler is a node of. */
    void shareWith(Scheduler clusterNode) {
        this.cluster = Objects.requireNonNull(clusterNode, "clusterNode");
    }

    /**
     * Reads the source into the store, then publishes when it changed postings.
     *
     * @param node the daemon node that runs it, as the run records it
     * @param scheduledFor the fire time of the trigger that started it
     */
    void runSource(String sourceId, @Nullable String node, @Nullable Instant scheduledFor) {
        SourceConfig source = sources.get(sourceId);
        if (source == null) {
            throw new IllegalArgumentException("no source " + sourceId + " is configured");
        }
        if (stopping) {
            LOG.info("source {}: not started, the daemon is stopping", sourceId);
            return;
        }

        LOG.info("source {}: run started", sourceId);
        Scheduler clusterNode = cluster;
        boolean changed = false;
        try {
            if (clusterNode != null) {
                pipeline.store().endRunsOfGoneNodes(QuartzProperties.INSTANCE_NAME);
            }
            RunReport run = pipeline.ingest(List.of(source), RunProgress.NONE, node, scheduledFor);
            metrics.recordRun(run);
            changed = pipeline.changedPostings(run);
        } catch (RuntimeException e) {
            // The store failed: the run is not stored, or not finished (the next start ends it).
            logFailure("source " + sourceId + ": run failed", e);
        }

        if (clusterNode == null) {
            if (changed) {
                publishPending.set(true);
            }
            if (publishAfterRuns) {
                publishIfPending();
            }
        } else if (changed && publishAfterRuns) {
            requestPublishing(clusterNode, sourceId);
        }
    }

    /**
     * Publishes every job list when a run changed postings since the last publishing; in a
     * cluster, publishes whatever ran.
     */
    void publishIfPending() {
        if (cluster == null && !publishPending.get()) {
            return;
        }
        publishing.lock();
        try {
            // A run that ends while this publishing reads the store sets it pending again.
            if (publishPending.getAndSet(false) || cluster != null) {
                publish();
            }
        } finally {
            publishing.unlock();
        }
    }

    private static void requestPublishing(Scheduler clusterNode, String sourceId) {
        try {
            clusterNode.triggerJob(PublishJob.KEY);
        } catch (SchedulerException e) {
            LOG.error("source {}: cannot fire the cluster's publish job: {}", sourceId,
                    e.toString(), e);
        }
    }

    /** From now on, runs due are not started; those going on finish. */
    void stopStarting() {
        stopping = true;
    }

    /**
     * Publishes every job list. When one fails, the others are published and publishing stays
     * pending, so the next one tries the failed list again.
     */
    private void publish() {
        List<? extends RuntimeException> failures;
        try {
            PublishReport report = pipeline.publish(RunProgress.NONE);
            if (!report.hasFailures()) {
                metrics.recordPublished(report.results());
                return;
            }
            failures = report.failures().stream().map(PublishFailure::error).toList();
        } catch (RuntimeException e) {
            failures = List.of(e);
        }

        publishPending.set(true);
        metrics.recordPublishFailed();
        failures.forEach(e -> logFailure("publish: failed, still pending", e));
    }

    /** Logs a failure at ERROR, with the stack trace only when it is no bad input of the user's. */
    private static void logFailure(String what, RuntimeException e) {
        if (e instanceof JoblistException) {
            LOG.error("{}: {}", what, e.getMessage());
        } else {
            LOG.error("{}: {}", what, e.toString(), e);
        }
    }
}
