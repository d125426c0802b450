package org.joblist.app;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.Callable;
import org.joblist.aggregate.SourceOutcome;
import org.joblist.config.ConfigLoader;
import org.joblist.config.JoblistConfig;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code joblist status}: each source's last run and the next time its schedule fires (see
 * {@link StatusReport}). It reads the store while a daemon holds it: the daemon's H2 file serves
 * other processes.
 */
@Command(
        name = "status",
        mixinStandardHelpOptions = true,
        description = "Shows each source's last run (outcome, counts, start and duration) and"
                + " the next time its schedule fires, and how publishing is scheduled. Works"
                + " while the daemon runs.")
final class StatusCommand implements Callable<Integer> {
    @Spec
    @Nullable CommandSpec spec;

    @Mixin
    ConfigOptions options = new ConfigOptions();

    /** Where "now" comes from, so a test can fix the next fire times. */
    Clock clock = Clock.systemUTC();

    @Override
    public Integer call() {
        options.configureLogging();
        JoblistConfig loaded = ConfigLoader.load(options.config, System.getenv());
        Map<String, SourceOutcome> lastRuns =
                LastOutcomes.read(loaded.store(), clock, spec().commandLine().getErr());

        PrintWriter out = spec().commandLine().getOut();
        StatusReport.lines(loaded, lastRuns, clock.instant(), TimeZone.getDefault())
                .forEach(out::println);
        out.flush();
        return 0;
    }

    private CommandSpec spec() {
        if (spec == null) {
            throw new IllegalStateException("picocli did not inject the command spec");
        }
        return spec;
    }
}
