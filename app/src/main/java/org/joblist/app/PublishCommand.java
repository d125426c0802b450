package org.joblist.app;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import org.joblist.aggregate.PostingCatalog;
import org.joblist.aggregate.store.PostingStore;
import org.joblist.config.ConfigLoader;
import org.joblist.config.JoblistConfig;
import org.joblist.config.JoblistException;
import org.joblist.config.PublicationConfig;
import org.joblist.publish.PublishFailure;
import org.joblist.publish.PublishPreview;
import org.joblist.publish.PublishReport;
import org.joblist.publish.Publisher;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code joblist publish}: renders every job list from the stored postings, without ingesting,
 * and commits (and pushes) what changed; with {@code --dry-run} prints the diff instead. A job
 * list that fails is named in one line on standard error after the others were published, and
 * the command exits with {@link UserErrorHandler#EXIT_BAD_INPUT}.
 */
@Command(
        name = "publish",
        mixinStandardHelpOptions = true,
        description = "Renders every configured job list from the stored postings, without"
                + " reading any source, and commits the files that changed (pushing when a"
                + " remote is configured).")
final class PublishCommand implements Callable<Integer> {
    @Spec
    @Nullable CommandSpec spec;

    @Mixin
    ConfigOptions options = new ConfigOptions();

    @Option(names = "--dry-run",
            description = "Print the diff of every file that would change; write, commit and"
                    + " push nothing.")
    boolean dryRun;

    @Override
    public Integer call() {
        options.configureLogging();
        JoblistConfig loaded = ConfigLoader.load(options.config, System.getenv());
        PrintWriter out = spec().commandLine().getOut();
        Clock clock = Clock.systemUTC();

        // A store.url naming no H2 file must not leave a new, empty database behind.
        List<PublishFailure> failures;
        try (PostingStore store = PostingStore.openExisting(loaded.store(), clock,
                Pipeline.curationOf(loaded))) {
            requireRuns(store);
            // Curated and deduplicated as backfill and the daemon publish it, to the same bytes.
            PostingCatalog catalog = Pipeline.catalogOf(store, loaded);
            Publisher publisher = new Publisher(loaded.git(), loaded.sources(), clock);
            failures = dryRun
                    ? preview(publisher, loaded.publications(), catalog, out)
                    : publish(publisher, loaded.publications(), catalog, out);
        }
        out.flush();
        return UserErrorHandler.printFailedPublications(spec().commandLine(), failures)
                ? UserErrorHandler.EXIT_BAD_INPUT
                : 0;
    }

    /** Prints the diff of every file publishing would change, and gives the lists that fail. */
    private static List<PublishFailure> preview(Publisher publisher,
            List<PublicationConfig> publications, PostingCatalog catalog, PrintWriter out) {
        PublishPreview preview = publisher.preview(publications, catalog);
        out.print(preview.diff());
        return preview.failures();
    }

    /** Publishes, prints a line for each list published, and gives the lists that failed. */
    private static List<PublishFailure> publish(Publisher publisher,
            List<PublicationConfig> publications, PostingCatalog catalog, PrintWriter out) {
        PublishReport report = publisher.publishAll(publications, catalog);
        report.results().forEach(result -> out.println(TerminalProgress.describe(result)));
        return report.failures();
    }

    /**
     * Refuses a store that never recorded a run, such as one a mistyped URL once created or an
     * empty PostgreSQL database: publishing from it would empty every list.
     */
    private static void requireRuns(PostingStore store) {
        if (!store.hasRuns()) {
            throw new JoblistException("store.url " + store.url() + ": no run was ever recorded"
                    + " in this store, so publishing would empty every list; check store.url, or"
                    + " run joblist backfill first");
        }
    }

    private CommandSpec spec() {
        if (spec == null) {
            throw new IllegalStateException("picocli did not inject the command spec");
        }
        return spec;
    }
}
