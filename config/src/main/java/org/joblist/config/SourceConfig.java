package org.joblist.config;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One configured place joblist ingests from.
 *
 * <pre>{@code
 * sources:
 *   - id: gitlab
 *     kind: greenhouse
 *     board: gitlab        # the board token in boards-api.greenhouse.io/v1/boards/{board}/jobs
 *   - id: remoteok
 *     kind: remoteok       # needs no board
 *     minInterval: 6h      # a run sooner than this after the last fetch skips the source
 *     schedule: "0 15 * * * ?"   # the daemon reads it at 15 past every hour
 * }</pre>
 *
 * @param id unique among the sources; names the source in logs, the store and errors
 * @param board the board's name at its host (Greenhouse board token, ...); null for kinds that
 *     have a single board
 * @param url the board URL to read instead of the kind's default built from {@code board}; null
 *     for the default
 * @param minInterval the shortest time between two fetches of the source, for boards whose terms
 *     ask for one; zero for none
 * @param schedule the Quartz cron expression the daemon reads the source on; null for the
 *     scheduler's default (see {@link SchedulerConfig#scheduleOf})
 */
public record SourceConfig(
        String id, SourceKind kind, @Nullable String board, @Nullable URI url,
        Duration minInterval, @Nullable String schedule) {
    public SourceConfig {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(minInterval, "minInterval");
        if (minInterval.isNegative()) {
            throw new IllegalArgumentException(
                    "source " + id + ": minInterval " + minInterval + " < 0");
        }
    }

    /** A source on the default schedule. */
    public SourceConfig(String id, SourceKind kind, @Nullable String board, @Nullable URI url,
            Duration minInterval) {
        this(id, kind, board, url, minInterval, null);
    }

    /** A source on the default schedule that may be fetched on every run. */
    public SourceConfig(String id, SourceKind kind, @Nullable String board, @Nullable URI url) {
        this(id, kind, board, url, Duration.ZERO);
    }
}
