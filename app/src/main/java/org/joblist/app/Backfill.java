package org.joblist.app;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.joblist.aggregate.Curation;
import org.joblist.aggregate.PostingCatalog;
import org.joblist.aggregate.RunId;
import org.joblist.aggregate.RunReport;
import org.joblist.aggregate.RunStatus;
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
import org.joblist.publish.PublishResult;
import org.joblist.publish.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One pass of the whole pipeline: every source is read completely into the store, one after the
 * other, then every publication is published from the store. A failing source is recorded and
 * skipped; it keeps the postings it had, and the publications are still made from what is stored.
 * When every source fails, nothing is published.
 */
final class Backfill {
    private static final Logger LOG = LoggerFactory.getLogger(Backfill.class);

    private final JoblistConfig config;
    private final Clock clock;
    private final RunProgress progress;

    Backfill(JoblistConfig config, Clock clock, RunProgress progress) {
        this.config = Objects.requireNonNull(config, "config");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    BackfillReport run() {
        try (PostingStore store = PostingStore.open(
                        config.store(), clock, new Curation(config.aggregate()));
                BoardClient client = BoardClient.builder(config.http())
                        .record(config.record())
                        .replay(config.replay())
                        .clock(clock)
                        .validators(store)
                        .build()) {
            RunReport run = ingest(client, store);
            if (run.status() == RunStatus.FAILED) {
                // Nothing was read: publishing now could only commit what a broken network or
                // cassette left behind, such as an empty first list.
                LOG.warn("run {}: every source failed; publications left as they are", run.run());
                return new BackfillReport(run, List.of());
            }
            return new BackfillReport(run, publish(store));
        }
    }

    private RunReport ingest(BoardClient client, PostingStore store) {
        RunId run = store.startRun();
        SourceRunner runner = new SourceRunner(store, clock, config.aggregate());
        for (SourceConfig source : config.sources()) {
            progress.sourceStarted(source);
            Connector connector = Connectors.forKind(source.kind(), client);
            SourceOutcome outcome = runner.run(run, source, connector, pageProgress(source));
            progress.sourceFinished(outcome);
        }
        return store.finishRun(run);
    }

    private List<PublishResult> publish(PostingStore store) {
        Publisher publisher = new Publisher(config.git(), config.sources(), clock);
        PostingCatalog catalog = new DedupedCatalog(
                store, new Deduplicator(config.aggregate().postedWithin()));
        List<PublishResult> results = publisher.publishAll(config.publications(), catalog);
        results.forEach(progress::published);
        return results;
    }

    private PostingSink pageProgress(SourceConfig source) {
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
