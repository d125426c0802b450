package org.joblist.app;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.joblist.config.ConfigLoader;
import org.joblist.config.JoblistConfig;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code joblist backfill}: reads every source completely, stores, and publishes once. */
@Command(
        name = "backfill",
        mixinStandardHelpOptions = true,
        description = "Reads every configured source completely, stores the postings and"
                + " publishes every job list once. Running it again with the same input changes"
                + " nothing.")
final class BackfillCommand implements Callable<Integer> {
    @Spec
    @Nullable CommandSpec spec;

    @Mixin
    ConfigOptions options = new ConfigOptions();

    @Option(names = "--replay", paramLabel = "DIR",
            description = "Answer every HTTP request from this cassette, with no network.")
    @Nullable Path replay;

    @Option(names = "--record", paramLabel = "DIR",
            description = "Write every HTTP exchange to this cassette directory.")
    @Nullable Path record;

    @Override
    public Integer call() {
        options.configureLogging();
        if (replay != null && record != null) {
            throw new ParameterException(spec().commandLine(),
                    "--replay and --record exclude each other: a run either replays a cassette"
                            + " or records one");
        }

        JoblistConfig loaded = ConfigLoader.load(options.config, System.getenv());
        JoblistConfig effective = applyCassetteOptions(loaded);

        PrintStream err = System.err;
        RunProgress progress = System.console() != null ? new TerminalProgress(err) : RunProgress.NONE;
        BackfillReport report = new Backfill(effective, Clock.systemUTC(), progress).run();
        if (UserErrorHandler.printFailedPublications(
                spec().commandLine(), report.publishing().failures())) {
            return UserErrorHandler.EXIT_BAD_INPUT;
        }
        return report.hasFailedSources() ? 1 : 0;
    }

    /** Command-line cassette options win over the config file's. */
    private JoblistConfig applyCassetteOptions(JoblistConfig loaded) {
        if (replay != null) {
            return loaded.withRecord(null).withReplay(replay);
        }
        if (record != null) {
            return loaded.withReplay(null).withRecord(record);
        }
        return loaded;
    }

    private CommandSpec spec() {
        if (spec == null) {
            throw new IllegalStateException("picocli did not inject the command spec");
        }
        return spec;
    }
}
