package org.joblist.config;

import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * When {@code joblist daemon} runs each source and publishes, and how it stops.
 *
 * <pre>{@code
 * scheduler:
 *   defaultSchedule: "0 0 * * * ?"   # Quartz cron for every source without a schedule of its own
 *   publishSchedule: "0 30 6 * * ?"  # optional: publish on this cron instead of after ingest
 *   gracePeriod: 30s                 # after SIGTERM, how long running runs may take to finish
 * }</pre>
 *
 * @param defaultSchedule the Quartz cron expression of sources that set no {@code schedule}
 * @param publishSchedule the Quartz cron expression to publish on; null to publish after each
 *     ingest that changed the stored postings
 * @param gracePeriod after a stop signal, how long the runs still going may take to finish
 * @param clustered whether every node shares Quartz's JDBC job store (PostgreSQL only)
 */
public record SchedulerConfig(
        String defaultSchedule, @Nullable String publishSchedule, Duration gracePeriod,
        boolean clustered) {
    /** Every hour, on the hour. */
    public static final String DEFAULT_SCHEDULE = "0 0 * * * ?";
    public static final Duration DEFAULT_GRACE_PERIOD = Duration.ofSeconds(30);

    public SchedulerConfig {
        Objects.requireNonNull(defaultSchedule, "defaultSchedule");
        Objects.requireNonNull(gracePeriod, "gracePeriod");
        if (gracePeriod.isNegative() || gracePeriod.isZero()) {
            throw new IllegalArgumentException("gracePeriod " + gracePeriod + " <= 0");
        }
    }

    public static SchedulerConfig defaults() {
        return new SchedulerConfig(DEFAULT_SCHEDULE, null, DEFAULT_GRACE_PERIOD, false);
    }

    /** The cron expression the source runs on: its own, or the default. */
    public String scheduleOf(SourceConfig source) {
        String own = source.schedule();
        return own == null ? defaultSchedule : own;
    }
}
