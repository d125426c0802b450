package org.joblist.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sets how much the command line logs. By default only warnings and errors reach standard error,
 * so a run from cron or CI stays quiet unless something needs attention.
 */
final class Logging {
    private static volatile boolean verbose;

    private Logging() {
    }

    /** @param verbosity 0 for warnings and errors, 1 for one line per stage, 2 and more for detail */
    static void configure(int verbosity) {
        verbose = verbosity > 0;
        Level level = switch (verbosity) {
            case 0 -> Level.WARN;
            case 1 -> Level.INFO;
            default -> Level.DEBUG;
        };
        Logger joblist = (Logger) LoggerFactory.getLogger("org.joblist");
        joblist.setLevel(level);
    }

    static boolean isVerbose() {
        return verbose;
    }
}
