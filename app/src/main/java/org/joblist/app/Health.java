package org.joblist.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.joblist.aggregate.SourceOutcome;
import org.joblist.aggregate.store.PostingStore;
import org.joblist.config.SourceConfig;
import org.jspecify.annotations.Nullable;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What {@code /health} answers: whether the scheduler runs and the store answers, and each
 * source's last run (from the store) and next run (from its trigger), e.g.
 *
 * <pre>{@code
 * {"status":"up","scheduler":"running","store":"reachable","sources":[{"id":"gitlab",
 *  "nextRun":"2026-08-20T13:00:00Z","lastRun":{"status":"ok","startedAt":"2026-08-20T12:00:00Z",
 *  "durationMs":120,"pages":1,"seen":3,"new":3,"updated":0,"skipped":0,
 *  "message":"read to the end"}}]}
 * }</pre>
 *
 * <p>{@code lastRun} and {@code nextRun} are null when there is none; a store that does not
 * answer gives {@code "store":"unreachable"} and its error as {@code storeError}. Served through
 * {@link BoundedCheck}: a check that takes longer than the server waits answers 503 with
 * {@code {"status":"down","error":...}}.
 */
final class Health {
    private static final Logger LOG = LoggerFactory.getLogger(Health.class);
    static final ObjectMapper JSON = new ObjectMapper();

    private final Scheduler scheduler;
    private final PostingStore store;
    private final List<SourceConfig> sources;

    Health(Scheduler scheduler, PostingStore store, List<SourceConfig> sources) {
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.store = Objects.requireNonNull(store, "store");
        this.sources = List.copyOf(sources);
    }

    /** The answer to one request: the HTTP status (200 when up, else 503) and the JSON body. */
    record Answer(int status, String json) {
    }

    Answer check() {
        ObjectNode body = JSON.createObjectNode();
        String schedulerState = schedulerState();
        Map<String, SourceOutcome> lastRuns = null;
        try {
            lastRuns = store.lastOutcomes();
        } catch (RuntimeException e) {
            LOG.warn("health: the store does not answer: {}", e.getMessage());
            body.put("storeError", e.getMessage());
        }
        boolean up = schedulerState.equals("running") && lastRuns != null;

        body.put("status", up ? "up" : "down");
        body.put("scheduler", schedulerState);
        body.put("store", lastRuns != null ? "reachable" : "unreachable");
        ArrayNode list = body.putArray("sources");
        for (SourceConfig source : sources) {
            ObjectNode item = list.addObject();
            item.put("id", source.id());
            item.put("nextRun", nextRun(source));
            SourceOutcome last = lastRuns == null ? null : lastRuns.get(source.id());
            item.set("lastRun", last == null ? null : lastRun(last));
        }
        return new Answer(up ? 200 : 503, body.toString());
    }

    private String schedulerState() {
        try {
            if (scheduler.isShutdown()) {
                return "stopped";
            }
            if (scheduler.isInStandbyMode()) {
                return "standby";
            }
            return scheduler.isStarted() ? "running" : "starting";
        } catch (SchedulerException e) {
            return "failed";
        }
    }

    private @Nullable String nextRun(SourceConfig source) {
        try {
            Trigger trigger = scheduler.getTrigger(Daemon.triggerKey(source));
            Date next = trigger == null ? null : trigger.getNextFireTime();
            return next == null ? null : next.toInstant().toString();
        } catch (SchedulerException e) {
            return null;
        }
    }

    private static ObjectNode lastRun(SourceOutcome outcome) {
        ObjectNode run = JSON.createObjectNode();
        run.put("status", outcome.status().name().toLowerCase(Locale.ROOT));
        run.put("startedAt", outcome.startedAt().toString());
        run.put("durationMs", outcome.duration().toMillis());
        run.put("pages", outcome.pages());
        run.put("seen", outcome.seen());
        run.put("new", outcome.newCount());
        run.put("updated", outcome.updated());
        run.put("skipped", outcome.skipped());
        run.put("message", outcome.message());
        return run;
    }
}
