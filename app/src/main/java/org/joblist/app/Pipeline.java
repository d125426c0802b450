package org.joblist.app;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.joblist.aggregate.Curation;
import org.joblist.aggregate.PostingCatalog;
import org.joblist.aggregate.RunId;
import org.joblist.aggregate.RunReport;
import org.joblist.aggregate.SourceOutcome;
import org.joblist.aggregate.dedupe.DedupedCatalog;
import org.joblist.aggregate.dedupe.Deduplicator;
import org.joblist.aggregate.run.SourceRunner;
import org.joblist.aggregate.store.PostingStore;
import org.joblist.config.JoblistConfig;
import org.joblist.config.SourceConfig;
import org.joblist.ingest.Connector;
import org.joblist.ingest.Connectors;
import org.joblist.ingest.PostingSink;
import org.joblist.ingest.SourcePosting;
import org.joblist.ingest.http.BoardClient;
import org.joblist.ingest.http.RetryListener;
import org.joblist.publish.PublishReport;
import org.joblist.publish.Publisher;
import org.jspecify.annotations.Nullable;

/**
 * The two stages every way of running joblist shares, over one store and one HTTP client: reading
 * sources into the store as a run, and publishing every job list from the store. {@code joblist
 * backfill} runs each once; {@code joblist daemon} runs them on the sources' schedules.
 *
 * <p>Runs of different sources may go on at once. Publishing must not overlap itself: the
 * repository takes one writer at a time.
 */
final class Pipeline implements AutoCloseable {
    private final JoblistConfig config;
    private final PostingStore store;
    private final BoardClient client;
    private final SourceRunner runner;
    private final Publisher publisher;

    private Pipeline(JoblistConfig config, Clock clock, PostingStore store, BoardClient client) {
        this.config = config;
        this.store = store;
        this.client = client;
        this.runner = new SourceRunner(store, clock, config.aggregate());
        this.publisher = new Publisher(config.git(), config.sources(), clock);
    }

    /**
     * Opens the store (migrating it) and the HTTP client, which records or replays as the config
     * says.
     *
     * @param retries told of every HTTP retry
     */
    static Pipeline open(JoblistConfig config, Clock clock, RetryListener retries) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(clock, "clock");
        PostingStore store = PostingStore.open(config.store(), clock, curationOf(config));
        try {
            BoardClient client = BoardClient.builder(config.http())
                    .record(config.record())
                    .replay(config.replay())
                    .clock(clock)
                    .validators(store)
                    .retryListener(retries)
                    .build();
            return new Pipeline(config, clock, store, client);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /** The curation of config: blocked companies, removed postings and overrides. */
    static Curation curationOf(JoblistConfig config) {
        return new Curation(config.aggregate());
    }

    /**
     * Reads the sources into the store, one after the other, as one run. A source that fails is
     * recorded as such and the next one is read.
     */
    RunReport ingest(List<SourceConfig> sources, RunProgress progress) {
        return ingest(sources, progress, null, null);
    }

    /**
     * Reads the sources as {@link #ingest(List, RunProgress)} does, in a run that records the
     * daemon node running it and the fire time of the trigger that started it.
     */
    RunReport ingest(List<SourceConfig> sources, RunProgress progress, @Nullable String node,
            @Nullable Instant scheduledFor) {
        RunId run = store.startRun(node, scheduledFor);
        for (SourceConfig source : sources) {
            progress.sourceStarted(source);
            Connector connector = Connectors.forKind(source.kind(), client);
            SourceOutcome outcome = runner.run(run, source, connector, pageProgress(source,
                    progress));
            progress.sourceFinished(outcome);
        }
        return store.finishRun(run);
    }

    /**
     * Whether the run changed what the job lists show: it stored new or updated postings, or
     * closed or reopened some.
     */
    boolean changedPostings(RunReport run) {
        boolean stored = run.outcomes().stream().anyMatch(o -> o.newCount() + o.updated() > 0);
        return stored || store.closedOrReopenedSince(run.startedAt());
    }

    /**
     * Publishes every configured job list from the stored postings, deduplicated; a job list that
     * fails leaves the others published (see {@link Publisher#publishAll}).
     */
    PublishReport publish(RunProgress progress) {
        PostingCatalog catalog = catalogOf(store, config);
        PublishReport report = publisher.publishAll(config.publications(), catalog);
        report.results().forEach(progress::published);
        return report;
    }

    /**
     * What the job lists show of a store: its postings (curated as the store was opened),
     * deduplicated as config says. {@code joblist publish} renders from it as the other ways do.
     */
    static PostingCatalog catalogOf(PostingStore store, JoblistConfig config) {
        return new DedupedCatalog(store, new Deduplicator(config.aggregate().postedWithin()));
    }

    PostingStore store() {
        return store;
    }

    /** Closes the HTTP client, then the store. */
    @Override
    public void close() {
        try (store) {
            client.close();
        }
    }

    private static PostingSink pageProgress(SourceConfig source, RunProgress progress) {
        return new PostingSink() {
            @Override
            public void accept(SourcePosting posting) {
                // Counted per page below; a line per posting would flood the terminal.
            }

            @Override
            public void pageRead(int pagesSoFar, int postingsSoFar) {
                progress.pageRead(source, pagesSoFar, postingsSoFar);
            }
        };
    }
}
