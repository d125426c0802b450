package org.joblist.app;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.joblist.aggregate.SourceOutcome;
import org.joblist.config.JoblistConfig;
import org.joblist.config.SourceConfig;
import org.jspecify.annotations.Nullable;

/**
 * What {@code joblist status} prints: a line per source with its last run and the next time its
 * cron fires, a line with the failure under a failed run, and how publishing is scheduled, e.g.
 *
 * <pre>
 * SOURCE    LAST RUN      STARTED                 SEEN     NEW  UPDATED  TOOK       NEXT RUN              SCHEDULE
 * gitlab    ok            2026-08-20T12:00:00Z       3       3        0  1250 ms    2026-08-20T13:00:00Z  0 0 * * * ?
 * remoteok  error         2026-08-20T12:00:01Z       0       0        0  40 ms      2026-08-20T13:00:00Z  0 0 * * * ?
 *           source remoteok: https://remoteok.com/api: HTTP 503
 * publishing: after each run that changes postings
 * </pre>
 *
 * <p>Times are UTC, to the second; crons are read in the machine's time zone, as the daemon reads
 * them.
 */
final class StatusReport {
    private static final String ROW = "%-{id}s  %-12s  %-20s  %6s  %6s  %7s  %-9s  %-20s  %s";

    private StatusReport() {
    }

    static List<String> lines(JoblistConfig config, Map<String, SourceOutcome> lastRuns,
            Instant now, TimeZone zone) {
        int idWidth = Math.max("SOURCE".length(),
                config.sources().stream().mapToInt(s -> s.id().length()).max().orElse(0));
        String row = ROW.replace("{id}", Integer.toString(idWidth));
        List<String> lines = new ArrayList<>();
        lines.add(format(row, "SOURCE", "LAST RUN", "STARTED", "SEEN", "NEW", "UPDATED", "TOOK",
                "NEXT RUN", "SCHEDULE"));
        for (SourceConfig source : config.sources()) {
            String schedule = config.scheduler().scheduleOf(source);
            String next = time(Schedules.nextAfter(schedule, now, zone));
            SourceOutcome last = lastRuns.get(source.id());
            if (last == null) {
                lines.add(format(row, source.id(), "never run", "", "", "", "", "", next,
                        schedule));
                continue;
            }
            lines.add(format(row, source.id(), last.status().name().toLowerCase(Locale.ROOT),
                    time(last.startedAt()), last.seen(), last.newCount(), last.updated(),
                    last.duration().toMillis() + " ms", next, schedule));
            if (last.status().isFailure()) {
                lines.add(" ".repeat(idWidth + 2) + last.message());
            }
        }
        lines.add(publishing(config, now, zone));
        return lines;
    }

    private static String publishing(JoblistConfig config, Instant now, TimeZone zone) {
        String schedule = config.scheduler().publishSchedule();
        if (schedule == null) {
            return "publishing: after each run that changes postings";
        }
        return "publishing: on \"" + schedule + "\" when runs changed postings, next at "
                + time(Schedules.nextAfter(schedule, now, zone));
    }

    private static String format(String row, Object... columns) {
        return String.format(Locale.ROOT, row, columns).stripTrailing();
    }

    private static String time(@Nullable Instant instant) {
        return instant == null ? "none" : instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
