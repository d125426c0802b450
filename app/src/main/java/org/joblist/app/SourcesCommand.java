package org.joblist.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.joblist.aggregate.SourceOutcome;
import org.joblist.config.ConfigLoader;
import org.joblist.config.JoblistConfig;
import org.joblist.config.SourceConfig;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code joblist sources}: lists the configured sources with the outcome of their last run and
 * when it started, read from the store, e.g.
 *
 * <pre>
 * gitlab    greenhouse  blocked    2026-08-20T12:00:00Z  source gitlab: https://...: blocked: ...
 * remoteok  remoteok    ok         2026-08-20T12:00:01Z  read to the end
 * himalayas himalayas   never run
 * </pre>
 */
@Command(
        name = "sources",
        mixinStandardHelpOptions = true,
        description = "Lists the configured sources with the outcome of their last run and when"
                + " it started.")
final class SourcesCommand implements Callable<Integer> {
    @Spec
    @Nullable CommandSpec spec;

    @Option(names = "--config", paramLabel = "FILE", defaultValue = "joblist.yml",
            description = "The config file (default: ${DEFAULT-VALUE}).")
    Path config = Path.of("joblist.yml");

    @Override
    public Integer call() {
        Logging.configure(0);
        JoblistConfig loaded = ConfigLoader.load(config, System.getenv());
        Map<String, SourceOutcome> last = LastOutcomes.read(loaded.store(), Clock.systemUTC(),
                spec().commandLine().getErr());

        PrintWriter out = spec().commandLine().getOut();
        int idWidth = loaded.sources().stream().mapToInt(s -> s.id().length()).max().orElse(0);
        int kindWidth = loaded.sources().stream()
                .mapToInt(s -> s.kind().configName().length()).max().orElse(0);
        for (SourceConfig source : loaded.sources()) {
            out.println(line(source, last.get(source.id()), idWidth, kindWidth).stripTrailing());
        }
        out.flush();
        return 0;
    }

    static String line(SourceConfig source, @Nullable SourceOutcome outcome, int idWidth,
            int kindWidth) {
        String head = pad(source.id(), idWidth) + "  " + pad(source.kind().configName(), kindWidth)
                + "  ";
        if (outcome == null) {
            return head + "never run";
        }
        return head + pad(outcome.status().name().toLowerCase(Locale.ROOT), 12) + " "
                + outcome.startedAt() + "  " + (outcome.message() == null ? "" : outcome.message());
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
    }

    private CommandSpec spec() {
        if (spec == null) {
            throw new IllegalStateException("picocli did not inject the command spec");
        }
        return spec;
    }
}
