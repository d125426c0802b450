package org.joblist.app;

import java.time.Clock;
import java.util.ArrayList;
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
import org.joblist.config.PublicationConfig;
import org.joblist.config.SourceConfig;
import org.joblist.ingest.Connector;
import org.joblist.ingest.Connectors;
import org.joblist.ingest.PostingSink;
import org.joblist.ingest.SourcePosting;
import org.joblist.ingest.http.BoardClient;
import org.joblist.publish.PublishResult;
import org.joblist.publish.Publisher;

/**
 * One pass of the whole pipeline: every source is read completely into the store, one after the
 * other, then every publication is published from the store. A failing source is recorded and
 * skipped; it keeps the postings it had, and the publications are still made from what is stored.
 */
final class Backfill {
    private final JoblistConfig config;
    private final Clock clock;
    private final RunProgress progress;

    Backfill(JoblistConfig config, Clock clock, RunProgress progress) {
        this.config = Objects.requireNonNull(config, "config");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    BackfillReport run() {
        try (BoardClient client = BoardClient.create(config.http(), config.record(), config.replay());
                PostingStore store = PostingStore.open(
                        config.store(), clock, new Curation(config.aggregate()))) {
            RunReport run = ingest(client, store);
            List<PublishResult> published = publish(store);
            return new BackfillReport(run, published);
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
        Publisher publisher = new Publisher(config.git(), clock);
        PostingCatalog catalog = new DedupedCatalog(
                store, new Deduplicator(config.aggregate().postedWithin()));
        List<PublishResult> results = new ArrayList<>();
        for (PublicationConfig publication : config.publications()) {
            PublishResult result = publisher.publish(publication, catalog);
            progress.published(result);
            results.add(result);
        }
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
