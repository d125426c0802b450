package org.joblist.app;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import org.joblist.aggregate.store.PostingStore;
import org.joblist.config.ConfigLoader;
import org.joblist.config.JoblistConfig;
import org.joblist.config.JoblistException;
import org.joblist.publish.PublishResult;
import org.joblist.publish.Publisher;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code joblist publish}: renders every job list from the stored postings, without ingesting,
 * and commits (and pushes) what changed; with {@code --dry-run} prints the diff instead.
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
        try (PostingStore store = PostingStore.openExisting(loaded.store(), clock)) {
            requireRuns(store);
            Publisher publisher = new Publisher(loaded.git(), loaded.sources(), clock);
            if (dryRun) {
                out.print(publisher.preview(loaded.publications(), store));
            } else {
                List<PublishResult> results = publisher.publishAll(loaded.publications(), store);
                results.forEach(result -> out.println(TerminalProgress.describe(result)));
            }
        }
        out.flush();
        return 0;
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
