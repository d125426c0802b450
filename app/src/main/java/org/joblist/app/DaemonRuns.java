package org.joblist.app;

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
import org.joblist.publish.PublishResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the daemon's jobs do: read one source into the store as a run of its own, and publish.
 * A run that changed the stored postings leaves publishing pending; the pending publishing
 * happens right after the run, or at the publish schedule when one is configured. Publishing
 * never overlaps itself, and one publishing covers every run stored before it began. A failure
 * is logged and leaves the daemon running; a failed publishing stays pending.
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

    DaemonRuns(JoblistConfig config, Pipeline pipeline, DaemonMetrics metrics) {
        this.sources = config.sources().stream()
                .collect(Collectors.toUnmodifiableMap(SourceConfig::id, Function.identity()));
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
        this.metrics = Objects.requireNonNull(metrics, "metrics");
        this.publishAfterRuns = config.scheduler().publishSchedule() == null;
    }

    /** Reads the source into the store, then publishes when it changed postings. */
    void runSource(String sourceId) {
        SourceConfig source = sources.get(sourceId);
        if (source == null) {
            throw new IllegalArgumentException("no source " + sourceId + " is configured");
        }
        if (stopping) {
            LOG.info("source {}: not started, the daemon is stopping", sourceId);
            return;
        }

        LOG.info("source {}: run started", sourceId);
        try {
            RunReport run = pipeline.ingest(List.of(source), RunProgress.NONE);
            metrics.recordRun(run);
            if (pipeline.changedPostings(run)) {
                publishPending.set(true);
            }
        } catch (RuntimeException e) {
            // The store failed: the run is not stored, or not finished (the next start ends it).
            logFailure("source " + sourceId + ": run failed", e);
        }

        if (publishAfterRuns) {
            publishIfPending();
        }
    }

    /** Publishes every job list when a run changed postings since the last publishing. */
    void publishIfPending() {
        if (!publishPending.get()) {
            return;
        }
        publishing.lock();
        try {
            // A run that ends while this publishing reads the store sets it pending again.
            if (publishPending.getAndSet(false)) {
                publish();
            }
        } finally {
            publishing.unlock();
        }
    }

    /** From now on, runs due are not started; those going on finish. */
    void stopStarting() {
        stopping = true;
    }

    private void publish() {
        try {
            List<PublishResult> results = pipeline.publish(RunProgress.NONE);
            metrics.recordPublished(results);
        } catch (RuntimeException e) {
            publishPending.set(true);
            metrics.recordPublishFailed();
            logFailure("publish: failed, still pending", e);
        }
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
