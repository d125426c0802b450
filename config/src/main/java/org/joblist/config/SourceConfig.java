package org.joblist.config;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
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
 *   - id: adzuna-gb
 *     kind: adzuna
 *     country: gb          # a kind's own setting
 *     appId: ${ADZUNA_APP_ID}
 *     appKey: ${ADZUNA_APP_KEY}
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
 * @param maxPages the most pages (HTTP responses) a paged source reads in one run; a board with
 *     more is read up to this cap and its run marked truncated
 * @param settings the kind's own keys (e.g. adzuna's {@code country}, the html kind's
 *     {@code selectors.title}), as validated by the config loader
 * @param secrets the kind's credentials (API keys), each taken from the environment; never
 *     shown by {@link #toString()}
 * @param schedule the Quartz cron expression the daemon reads the source on; null for the
 *     scheduler's default (see {@link SchedulerConfig#scheduleOf})
 */
public record SourceConfig(
        String id,
        SourceKind kind,
        @Nullable String board,
        @Nullable URI url,
        Duration minInterval,
        int maxPages,
        Map<String, String> settings,
        Map<String, String> secrets,
        @Nullable String schedule) {
    /** Pages a paged source reads at most unless its {@code maxPages} says otherwise. */
    public static final int DEFAULT_MAX_PAGES = 100;

    public SourceConfig {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(minInterval, "minInterval");
        if (minInterval.isNegative()) {
            throw new IllegalArgumentException(
                    "source " + id + ": minInterval " + minInterval + " < 0");
        }
        if (maxPages < 1) {
            throw new IllegalArgumentException("maxPages must be >= 1: " + maxPages);
        }
        settings = Map.copyOf(settings);
        secrets = Map.copyOf(secrets);
    }

    /** A source on the scheduler's default schedule. */
    public SourceConfig(String id, SourceKind kind, @Nullable String board, @Nullable URI url,
            Duration minInterval, int maxPages, Map<String, String> settings,
            Map<String, String> secrets) {
        this(id, kind, board, url, minInterval, maxPages, settings, secrets, null);
    }

    /** A source fetched on every run, with the default page cap and no kind-specific settings. */
    public SourceConfig(String id, SourceKind kind, @Nullable String board, @Nullable URI url) {
        this(id, kind, board, url, Duration.ZERO, DEFAULT_MAX_PAGES, Map.of(), Map.of());
    }

    /** A kind-specific setting; null when the source does not set it. */
    public @Nullable String setting(String key) {
        return settings.get(key);
    }

    /** A credential from the environment; null when the source has none under that key. */
    public @Nullable String secret(String key) {
        return secrets.get(key);
    }

    /** The same source with another page cap. */
    public SourceConfig withMaxPages(int pages) {
        return new SourceConfig(id, kind, board, url, minInterval, pages, settings, secrets,
                schedule);
    }

    /** The same source with another minimum interval between fetches. */
    public SourceConfig withMinInterval(Duration interval) {
        return new SourceConfig(id, kind, board, url, interval, maxPages, settings, secrets,
                schedule);
    }

    /** The same source with these kind-specific settings and credentials. */
    public SourceConfig with(Map<String, String> newSettings, Map<String, String> newSecrets) {
        return new SourceConfig(id, kind, board, url, minInterval, maxPages, newSettings,
                newSecrets, schedule);
    }

    @Override
    public String toString() {
        // Credentials never reach a log line through toString.
        Map<String, String> hidden = new TreeMap<>();
        secrets.keySet().forEach(key -> hidden.put(key, "***"));
        return "SourceConfig[id=" + id + ", kind=" + kind.configName() + ", board=" + board
                + ", url=" + url + ", minInterval=" + minInterval + ", maxPages=" + maxPages
                + ", settings=" + new TreeMap<>(settings) + ", secrets=" + hidden
                + ", schedule=" + schedule + "]";
    }
}
