package org.joblist.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.joblist.config.ConfigLoader;
import org.joblist.config.JoblistConfig;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code joblist daemon}: runs every source on its schedule and publishes, until SIGTERM or
 * Ctrl-C; see {@link Daemon}.
 */
@Command(
        name = "daemon",
        mixinStandardHelpOptions = true,
        description = "Runs every source on its cron (scheduler.defaultSchedule, or the source's"
                + " schedule) and publishes after the runs that change postings, until SIGTERM"
                + " or Ctrl-C: runs going on then get scheduler.gracePeriod to finish; a second"
                + " signal stops at once. Logs one line per stage; -v adds per-page detail.")
final class DaemonCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions options = new ConfigOptions();

    @Option(names = "--replay", paramLabel = "DIR",
            description = "Answer every HTTP request from this cassette, with no network.")
    @Nullable Path replay;

    @Override
    public Integer call() throws InterruptedException {
        // A daemon's log is its record: one line per stage by default, detail with -v.
        Logging.configure(options.verbose.length + 1);
        JoblistConfig loaded = ConfigLoader.load(options.config, System.getenv());
        JoblistConfig config = replay == null ? loaded : loaded.withRecord(null).withReplay(replay);

        // A signal while the daemon starts stops it as soon as it has started.
        try (StopSignals signals = StopSignals.install();
                Daemon daemon = Daemon.start(config, Clock.systemUTC())) {
            signals.await();
        }
        return 0;
    }
}
