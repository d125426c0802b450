package org.joblist.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The whole configuration of one joblist installation, as read from {@code joblist.yml}.
 *
 * @param record directory to write every HTTP exchange to as a cassette; null to record nothing
 * @param replay cassette directory to answer every HTTP request from, with no network; null to
 *     use the network
 * @param aggregate normalization, dedupe, lifecycle and curation settings
 * @param scheduler the daemon's schedules and grace period
 * @param server where the daemon serves health and metrics; null for no HTTP server
 */
public record JoblistConfig(
        List<SourceConfig> sources,
        List<PublicationConfig> publications,
        StoreConfig store,
        HttpConfig http,
        GitConfig git,
        @Nullable Path record,
        @Nullable Path replay,
        AggregateConfig aggregate,
        SchedulerConfig scheduler,
        @Nullable ServerConfig server) {
    public JoblistConfig {
        sources = List.copyOf(sources);
        publications = List.copyOf(publications);
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(http, "http");
        Objects.requireNonNull(git, "git");
        Objects.requireNonNull(aggregate, "aggregate");
        Objects.requireNonNull(scheduler, "scheduler");
        if (record != null && replay != null) {
            throw new IllegalArgumentException("record and replay exclude each other");
        }
    }

    /** A config with the default scheduler settings and no HTTP server. */
    public JoblistConfig(List<SourceConfig> sources, List<PublicationConfig> publications,
            StoreConfig store, HttpConfig http, GitConfig git, @Nullable Path record,
            @Nullable Path replay, AggregateConfig aggregate) {
        this(sources, publications, store, http, git, record, replay, aggregate,
                SchedulerConfig.defaults(), null);
    }

    /** A config with the default aggregate settings. */
    public JoblistConfig(List<SourceConfig> sources, List<PublicationConfig> publications,
            StoreConfig store, HttpConfig http, GitConfig git, @Nullable Path record,
            @Nullable Path replay) {
        this(sources, publications, store, http, git, record, replay, AggregateConfig.defaults());
    }

    public JoblistConfig withRecord(@Nullable Path directory) {
        return new JoblistConfig(sources, publications, store, http, git, directory, replay,
                aggregate, scheduler, server);
    }

    public JoblistConfig withReplay(@Nullable Path directory) {
        return new JoblistConfig(sources, publications, store, http, git, record, directory,
                aggregate, scheduler, server);
    }
}
