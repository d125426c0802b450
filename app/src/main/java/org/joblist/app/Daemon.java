package org.joblist.app;

import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TimeZone;
import org.joblist.aggregate.SourceOutcome;
import org.joblist.config.JoblistConfig;
import org.joblist.config.SchedulerConfig;
import org.joblist.config.SourceConfig;
import org.jspecify.annotations.Nullable;
import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.impl.matchers.GroupMatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * joblist's long-running mode. A Quartz scheduler fires a {@link SourceJob} per source on the
 * source's cron, each run stored as a run of its own, and publishes after the runs that changed
 * postings, or on the publish cron (see {@link DaemonRuns}). With {@code server.port} set, an HTTP
 * server answers {@code /health} and {@code /metrics}.
 *
 * <p>At start, runs that a killed daemon left running are ended, and each source's trigger starts
 * after the source's last stored run: a slot missed while the daemon was down has misfired, and
 * the source runs once, right away. Closing stops gracefully: no run starts any more, the runs
 * going on get the grace period to finish, then the scheduler, the server and the store close.
 *
 * <pre>{@code
 * try (Daemon daemon = Daemon.start(config, Clock.systemUTC())) {
 *     signals.await();
 * }
 * }</pre>
 */
final class Daemon implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Daemon.class);
    private static final String SOURCES = "sources";
    private static final TriggerKey PUBLISH_TRIGGER = TriggerKey.triggerKey("publish", "publish");
    private static final Duration POLL = Duration.ofMillis(50);

    private final Pipeline pipeline;
    private final DaemonRuns runs;
    private final Scheduler scheduler;
    private final @Nullable DaemonServer server;
    private final Duration gracePeriod;

    private Daemon(Pipeline pipeline, DaemonRuns runs, Scheduler scheduler,
            @Nullable DaemonServer server, Duration gracePeriod) {
        this.pipeline = pipeline;
        this.runs = runs;
        this.scheduler = scheduler;
        this.server = server;
        this.gracePeriod = gracePeriod;
    }

    /**
     * Opens the store and the HTTP client, ends abandoned runs, schedules every source, starts
     * the HTTP server when configured, and starts the scheduler.
     *
     * @throws org.joblist.config.JoblistException when the store, a cassette or the server's
     *     address cannot be used
     */
    static Daemon start(JoblistConfig config, Clock clock) {
        Objects.requireNonNull(config, "config");
        DaemonMetrics metrics = new DaemonMetrics();
        Pipeline pipeline = Pipeline.open(config, clock, metrics);
        Scheduler scheduler = null;
        DaemonServer server = null;
        try {
            boolean clustered = config.scheduler().clustered();
            if (!clustered) {
                // Alone on its store, a daemon ends every run that a stopped process left running.
                pipeline.store().endAbandonedRuns();
            }
            DaemonRuns runs = new DaemonRuns(config, pipeline, metrics);
            scheduler = newScheduler(config, runs);
            if (clustered) {
                runs.shareWith(scheduler);
            }
            schedule(scheduler, config, pipeline.store().lastOutcomes(), clock.instant());
            if (config.server() != null) {
                Health health = new Health(scheduler, pipeline.store(), config.sources());
                server = DaemonServer.start(config.server(), health, metrics);
            }
            scheduler.start();
            if (clustered) {
                // Started, this node is in the cluster's state; nodes that are not ran nothing.
                // TODO(#6): a backfill killed mid-run on a cluster's store leaves a run without
                // node marked running for good; only a non-clustered daemon's start ends it.
                pipeline.store().endRunsOfGoneNodes(QuartzProperties.INSTANCE_NAME);
                LOG.info("daemon: node {} of a cluster", scheduler.getSchedulerInstanceId());
            }
            LOG.info("daemon: started with {} sources, publishing {}", config.sources().size(),
                    config.scheduler().publishSchedule() == null
                            ? "after runs that change postings"
                            : "on " + config.scheduler().publishSchedule());
            return new Daemon(pipeline, runs, scheduler, server,
                    config.scheduler().gracePeriod());
        } catch (SchedulerException | RuntimeException e) {
            closeAfterFailedStart(scheduler, server, pipeline, e);
            if (e instanceof RuntimeException unchecked) {
                throw unchecked;
            }
            throw new IllegalStateException("daemon: the scheduler failed to start: " + e, e);
        }
    }

    private static Scheduler newScheduler(JoblistConfig config, DaemonRuns runs)
            throws SchedulerException {
        int jobs = config.sources().size()
                + (config.scheduler().publishSchedule() == null ? 0 : 1);
        Scheduler scheduler = new StdSchedulerFactory(
                QuartzProperties.of(config.scheduler(), jobs, config.store())).getScheduler();
        scheduler.setJobFactory((bundle, owner) -> newJob(bundle.getJobDetail(), runs));
        return scheduler;
    }

    private static Job newJob(JobDetail detail, DaemonRuns runs) {
        if (detail.getJobClass() == SourceJob.class) {
            return new SourceJob(runs);
        }
        if (detail.getJobClass() == PublishJob.class) {
            return new PublishJob(runs);
        }
        throw new IllegalArgumentException("no job of " + detail.getJobClass());
    }

    /**
     * One trigger per source, starting after the source's last run, and the publish trigger.
     * Every trigger fires once when it missed its time, however many slots it missed. A cluster
     * keeps its jobs and triggers in the store: those another node scheduled on the same cron
     * are kept as they are, and the jobs of sources no longer configured are deleted.
     */
    private static void schedule(Scheduler scheduler, JoblistConfig config,
            Map<String, SourceOutcome> lastRuns, Instant now) throws SchedulerException {
        SchedulerConfig settings = config.scheduler();
        TimeZone zone = TimeZone.getDefault();
        Set<JobKey> configured = new HashSet<>();
        for (SourceConfig source : config.sources()) {
            JobDetail job = JobBuilder.newJob(SourceJob.class)
                    .withIdentity(source.id(), SOURCES)
                    .usingJobData(SourceJob.SOURCE_ID, source.id())
                    .build();
            configured.add(job.getKey());
            String cron = settings.scheduleOf(source);
            Date kept = keptFireTime(scheduler, triggerKey(source), cron);
            if (kept != null) {
                LOG.info("source {}: scheduled \"{}\" by the cluster, next run at {}",
                        source.id(), cron, kept.toInstant());
                continue;
            }
            SourceOutcome last = lastRuns.get(source.id());
            Instant after = last == null ? now : last.startedAt();
            Trigger trigger = cronTrigger(triggerKey(source), cron, zone, after);
            scheduler.scheduleJob(job, Set.of(trigger), true);
            logFirstRun(source, cron, trigger.getNextFireTime().toInstant(), now, after);
        }
        for (JobKey key : scheduler.getJobKeys(GroupMatcher.jobGroupEquals(SOURCES))) {
            if (!configured.contains(key)) {
                scheduler.deleteJob(key);
                LOG.info("source {}: no longer configured; its schedule is deleted",
                        key.getName());
            }
        }

        // Durable, so that a cluster's runs can fire it without a trigger of its own.
        scheduler.addJob(JobBuilder.newJob(PublishJob.class).withIdentity(PublishJob.KEY)
                .storeDurably().build(), true);
        String publishSchedule = settings.publishSchedule();
        if (publishSchedule == null) {
            scheduler.unscheduleJob(PUBLISH_TRIGGER);
        } else if (keptFireTime(scheduler, PUBLISH_TRIGGER, publishSchedule) == null) {
            // A trigger on another cron, kept by a cluster, gives way to the configured one.
            scheduler.unscheduleJob(PUBLISH_TRIGGER);
            scheduler.scheduleJob(cronTrigger(PUBLISH_TRIGGER, publishSchedule, zone, now)
                    .getTriggerBuilder().forJob(PublishJob.KEY).build());
        }
    }

    /**
     * The next fire time of a trigger the scheduler holds already on this cron, as a cluster
     * does; null when it holds none, or one on another cron.
     */
    private static @Nullable Date keptFireTime(Scheduler scheduler, TriggerKey key, String cron)
            throws SchedulerException {
        Trigger existing = scheduler.getTrigger(key);
        if (existing instanceof CronTrigger kept && kept.getCronExpression().equals(cron)) {
            return kept.getNextFireTime();
        }
        return null;
    }

    /**
     * A trigger that fires first at the cron's first slot after the instant, which may be past:
     * then it has misfired and fires once, right away.
     */
    private static Trigger cronTrigger(TriggerKey key, String cron, TimeZone zone,
            Instant after) {
        // Quartz starts at the first slot at or after the start time's whole second.
        Instant startAt = after.truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
        return TriggerBuilder.newTrigger()
                .withIdentity(key)
                .withSchedule(CronScheduleBuilder.cronSchedule(Schedules.cron(cron, zone))
                        .withMisfireHandlingInstructionFireAndProceed())
                .startAt(Date.from(startAt))
                .build();
    }

    /** @param lastRun when the source last ran (by a daemon or a backfill) */
    private static void logFirstRun(SourceConfig source, String cron, Instant first,
            Instant now, Instant lastRun) {
        if (first.isBefore(now)) {
            LOG.info("source {}: due at {} on \"{}\" since its last run at {}; runs once now",
                    source.id(), first, cron, lastRun);
        } else {
            LOG.info("source {}: scheduled \"{}\", first run at {}", source.id(), cron, first);
        }
    }

    static TriggerKey triggerKey(SourceConfig source) {
        return TriggerKey.triggerKey(source.id(), SOURCES);
    }

    /** The address of the HTTP server; null when none is configured. */
    @Nullable InetSocketAddress serverAddress() {
        return server == null ? null : server.address();
    }

    /** The scheduler, for tests that read its triggers. */
    Scheduler scheduler() {
        return scheduler;
    }

    /**
     * Stops starting runs and waits for those going on, at most the grace period.
     *
     * @return the jobs still running when the grace period ended, by key; empty when all ended
     */
    List<String> pause() throws InterruptedException {
        runs.stopStarting();
        try {
            scheduler.standby();
            Instant deadline = Instant.now().plus(gracePeriod);
            List<String> running = running();
            while (!running.isEmpty() && Instant.now().isBefore(deadline)) {
                Thread.sleep(POLL.toMillis());
                running = running();
            }
            return running;
        } catch (SchedulerException e) {
            throw new IllegalStateException("daemon: the scheduler failed to pause: " + e, e);
        }
    }

    private List<String> running() throws SchedulerException {
        List<String> running = new ArrayList<>();
        for (JobExecutionContext context : scheduler.getCurrentlyExecutingJobs()) {
            running.add(context.getJobDetail().getKey().getName());
        }
        return running;
    }

    /**
     * Stops gracefully: no new run starts, the runs going on get the grace period to finish,
     * then the scheduler, the server and the store close. A run still going after the grace
     * period is abandoned: its writes roll back, and the next start ends its run.
     */
    @Override
    public void close() {
        LOG.info("daemon: stopping; runs going on get {} ms to finish", gracePeriod.toMillis());
        try {
            List<String> abandoned = pause();
            if (!abandoned.isEmpty()) {
                LOG.warn("daemon: {} still running after the grace period; stopping without"
                        + " them, their writes roll back", abandoned);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.warn("daemon: interrupted while waiting for runs; stopping without them");
        } finally {
            shutdown(scheduler);
            try (pipeline) {
                if (server != null) {
                    server.close();
                }
            }
            LOG.info("daemon: stopped");
        }
    }

    private static void shutdown(@Nullable Scheduler scheduler) {
        if (scheduler == null) {
            return;
        }
        try {
            scheduler.shutdown(false);
        } catch (SchedulerException e) {
            LOG.error("daemon: the scheduler failed to shut down: {}", e.toString(), e);
        }
    }

    private static void closeAfterFailedStart(@Nullable Scheduler scheduler,
            @Nullable DaemonServer server, Pipeline pipeline, Exception failure) {
        shutdown(scheduler);
        try (pipeline) {
            if (server != null) {
                server.close();
            }
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
    }
}
