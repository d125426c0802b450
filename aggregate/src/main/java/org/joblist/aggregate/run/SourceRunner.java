package org.joblist.aggregate.run;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.joblist.aggregate.RunId;
import org.joblist.aggregate.SourceOutcome;
import org.joblist.aggregate.SourceStatus;
import org.joblist.aggregate.normalize.PostingNormalizer;
import org.joblist.aggregate.store.PostingStore;
import org.joblist.aggregate.store.SourceLifecycle;
import org.joblist.aggregate.store.SourceTransaction;
import org.joblist.aggregate.store.WriteCounts;
import org.joblist.config.AggregateConfig;
import org.joblist.config.JoblistException;
import org.joblist.config.SourceConfig;
import org.joblist.ingest.BlockedException;
import org.joblist.ingest.Connector;
import org.joblist.ingest.FetchException;
import org.joblist.ingest.FetchSummary;
import org.joblist.ingest.NotModifiedException;
import org.joblist.ingest.PostingSink;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one source through its connector into the store, as one transaction: each posting is
 * normalized and written as it arrives, and the source's writes and outcome become visible
 * together. When the connector (or the store) fails, the source's writes of this run roll back,
 * its previously stored postings stay, and the failure is recorded as the outcome (blocked,
 * rate limited or error); the caller goes on with the next source. A board that answers 304, or
 * a source whose {@code minInterval} has not passed, ends unchanged with nothing written; a
 * connector that stopped at its page cap ends truncated with what it read stored.
 *
 * <pre>{@code
 * try (PostingStore store = PostingStore.open(config.store(), clock)) {
 *     RunId run = store.startRun();
 *     SourceRunner runner = new SourceRunner(store, clock);
 *     for (SourceConfig source : config.sources()) {
 *         runner.run(run, source, connectors.forKind(source.kind()), progress);
 *     }
 *     RunReport report = store.finishRun(run);
 * }
 * }</pre>
 */
public final class SourceRunner {
    private static final Logger LOG = LoggerFactory.getLogger(SourceRunner.class);

    private final PostingStore store;
    private final Clock clock;
    private final AggregateConfig config;
    private final PostingNormalizer normalizer;

    public SourceRunner(PostingStore store, Clock clock) {
        this(store, clock, AggregateConfig.defaults());
    }

    public SourceRunner(PostingStore store, Clock clock, AggregateConfig config) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.config = Objects.requireNonNull(config, "config");
        this.normalizer = new PostingNormalizer(config);
    }

    /**
     * Reads the source into the store and records its outcome in the run.
     *
     * @param progress told of every posting and page the connector hands over, for progress
     *     display
     * @return the recorded outcome: {@link SourceStatus#UNCHANGED} without fetching when the
     *     source's minimum interval has not passed since its board last answered, or when the
     *     board answers 304; {@link SourceStatus#BLOCKED}, {@link SourceStatus#RATE_LIMITED} or
     *     {@link SourceStatus#ERROR} with the failure's message when the source failed
     * @throws org.joblist.aggregate.store.StoreException when the store itself fails: the
     *     source's transaction cannot begin, or its failure cannot be recorded
     * @throws IllegalArgumentException when the run is unknown
     * @throws IllegalStateException when the run is finished
     */
    public SourceOutcome run(
            RunId run, SourceConfig source, Connector connector, PostingSink progress) {
        Instant startedAt = clock.instant();
        SourceOutcome tooSoon = notDue(source, startedAt);
        if (tooSoon != null) {
            LOG.info("source {}: {}", source.id(), tooSoon.message());
            store.recordOutcome(run, tooSoon);
            return tooSoon;
        }

        SourceOutcome outcome;
        SourceLifecycle lifecycle = new SourceLifecycle(!SourceKinds.listsRecentOnly(source.kind()),
                config.closeAfterMissedRuns(), config.maxAge());
        PostingNormalizer.SourceContext context = new PostingNormalizer.SourceContext(startedAt,
                SourceKinds.isRemoteOnly(source.kind()), SourceKinds.currency(source));
        try (SourceTransaction transaction = store.beginSource(run, source.id(), lifecycle)) {
            StoringSink sink =
                    new StoringSink(source.id(), normalizer, context, transaction, progress);
            outcome = read(source, connector, sink, transaction, startedAt);
        }
        if (!outcome.status().hasStored()) {
            store.recordOutcome(run, outcome);
        }
        return outcome;
    }

    /**
     * The outcome of a source that is not fetched because its minimum interval has not passed
     * since its board last answered; null when it is due.
     */
    private @Nullable SourceOutcome notDue(SourceConfig source, Instant now) {
        if (source.minInterval().isZero()) {
            return null;
        }
        Instant lastFetch = store.lastFetch(source.id());
        if (lastFetch == null || !now.isBefore(lastFetch.plus(source.minInterval()))) {
            return null;
        }
        String message = "not fetched: last fetched at " + lastFetch + " and minInterval is "
                + Durations.format(source.minInterval()) + "; due again at "
                + lastFetch.plus(source.minInterval());
        return new SourceOutcome(source.id(), SourceStatus.UNCHANGED, 0, 0, 0, 0, 0, message,
                now, Duration.ZERO);
    }

    private SourceOutcome read(SourceConfig source, Connector connector, StoringSink sink,
            SourceTransaction transaction, Instant startedAt) {
        try {
            FetchSummary summary = connector.fetch(source, sink);
            WriteCounts counts = transaction.flush();
            // A capped read is no complete listing: it must not close what it did not reach.
            SourceOutcome outcome = new SourceOutcome(source.id(), statusOf(summary),
                    summary.pages(), sink.seen(), counts.newCount(), counts.updated(),
                    summary.skipped() + sink.skipped(), messageOf(summary, sink.seen()), startedAt,
                    since(startedAt));
            transaction.commit(outcome);

            LOG.info("source {}: {}: {} postings seen, {} new, {} updated in {} ms",
                    source.id(), outcome.message(), outcome.seen(), outcome.newCount(),
                    outcome.updated(), outcome.duration().toMillis());
            return outcome;
        } catch (NotModifiedException e) {
            LOG.info("{}; stored postings kept as they are", e.getMessage());
            return new SourceOutcome(source.id(), SourceStatus.UNCHANGED, 1, 0, 0, 0, 0,
                    String.valueOf(e.getMessage()), startedAt, since(startedAt));
        } catch (RuntimeException e) {
            String message = logFailure(source.id(), e);
            return new SourceOutcome(source.id(), failureStatus(e), sink.pages(), sink.seen(),
                    0, 0, sink.skipped(), message, startedAt, since(startedAt));
        }
    }

    private static SourceStatus statusOf(FetchSummary summary) {
        return summary.truncated() ? SourceStatus.TRUNCATED : SourceStatus.OK;
    }

    private static String messageOf(FetchSummary summary, int seen) {
        return summary.truncated()
                ? "stopped at the configured page cap after " + summary.pages()
                        + (summary.pages() == 1 ? " page and " : " pages and ") + seen
                        + " postings; the board has more"
                : "read to the end";
    }

    private static SourceStatus failureStatus(RuntimeException e) {
        if (e instanceof BlockedException) {
            return SourceStatus.BLOCKED;
        }
        if (e instanceof FetchException fetch && Integer.valueOf(429).equals(fetch.status())) {
            return SourceStatus.RATE_LIMITED;
        }
        return SourceStatus.ERROR;
    }

    /** Logs the failure, with a stack trace only when it is unexpected; returns its message. */
    private static String logFailure(String sourceId, RuntimeException e) {
        if (e instanceof FetchException) {
            // Its message opens with "source <id>:" already.
            LOG.error("{}; previous postings kept", e.getMessage());
            return String.valueOf(e.getMessage());
        }
        if (e instanceof JoblistException) {
            LOG.error("source {}: failed, previous postings kept: {}", sourceId, e.getMessage());
            return String.valueOf(e.getMessage());
        }
        LOG.error("source {}: failed, previous postings kept: {}", sourceId, e.toString(), e);
        return e.toString();
    }

    private Duration since(Instant start) {
        return Duration.between(start, clock.instant());
    }
}
