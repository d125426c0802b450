package org.joblist.app;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.List;
import java.util.Locale;
import org.joblist.aggregate.RunReport;
import org.joblist.aggregate.SourceOutcome;
import org.joblist.ingest.http.RetryListener;
import org.joblist.publish.PublishResult;

/**
 * The daemon's numbers, counted since the process started and served at {@code /metrics} in
 * Prometheus text format:
 *
 * <pre>
 * joblist_runs_total                                   runs stored (one per source run)
 * joblist_source_runs_total{source, status}            source runs by outcome: ok, error, ...
 * joblist_postings_seen_total{source}                  postings the source handed over
 * joblist_postings_new_total{source}                   postings stored for the first time
 * joblist_postings_updated_total{source}               stored postings whose content changed
 * joblist_source_run_duration_seconds{source}          how long reading the source took
 * joblist_publishes_total{result}                      committed, unchanged or failed (a job
 *                                                      list failed; the others may have
 *                                                      committed)
 * joblist_http_retries_total{host}                     HTTP requests retried, by host
 * jvm_memory_used_bytes, jvm_threads_live_threads, ... the JVM's own
 * </pre>
 *
 * <p>Thread-safe.
 */
final class DaemonMetrics implements RetryListener {
    private final PrometheusMeterRegistry registry =
            new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Counter runs;

    DaemonMetrics() {
        runs = Counter.builder("joblist.runs").description("Runs stored, one per source run")
                .register(registry);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
    }

    /** Counts a stored run and each of its sources' outcome. */
    void recordRun(RunReport run) {
        runs.increment();
        for (SourceOutcome outcome : run.outcomes()) {
            String source = outcome.sourceId();
            count("joblist.source.runs", "Source runs by outcome", 1,
                    "source", source, "status", outcome.status().name().toLowerCase(Locale.ROOT));
            count("joblist.postings.seen", "Postings the source handed over", outcome.seen(),
                    "source", source);
            count("joblist.postings.new", "Postings stored for the first time",
                    outcome.newCount(), "source", source);
            count("joblist.postings.updated", "Stored postings whose content changed",
                    outcome.updated(), "source", source);
            Timer.builder("joblist.source.run.duration").description("How long a source run took")
                    .tag("source", source).register(registry).record(outcome.duration());
        }
    }

    /** Counts a publishing that committed a change, or one that changed nothing. */
    void recordPublished(List<PublishResult> results) {
        boolean committed = results.stream().anyMatch(PublishResult::changed);
        countPublishing(committed ? "committed" : "unchanged");
    }

    /** Counts a publishing that failed, or in which a job list failed. */
    void recordPublishFailed() {
        countPublishing("failed");
    }

    @Override
    public void retrying(String sourceId, String host) {
        count("joblist.http.retries", "HTTP requests retried", 1, "host", host);
    }

    private void countPublishing(String result) {
        count("joblist.publishes", "Publishings of every job list", 1, "result", result);
    }

    private void count(String name, String description, double amount, String... tags) {
        Counter.builder(name).description(description).tags(tags).register(registry)
                .increment(amount);
    }

    /** Every metric in Prometheus text format 0.0.4. */
    String scrape() {
        return registry.scrape();
    }
}
