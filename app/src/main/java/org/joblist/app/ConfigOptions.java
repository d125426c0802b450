package org.joblist.app;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options every command that reads the config file shares: which file, and how much to log. */
final class ConfigOptions {
    @Option(names = "--config", paramLabel = "FILE", defaultValue = "joblist.yml",
            description = "The config file (default: ${DEFAULT-VALUE}).")
    Path config = Path.of("joblist.yml");

    @Option(names = {"-v", "--verbose"},
            description = "Log one line per stage; twice (-vv) for per-page detail.")
    boolean[] verbose = new boolean[0];

    /** Sets the log level from the verbose flags given. */
    void configureLogging() {
        Logging.configure(verbose.length);
    }
}
