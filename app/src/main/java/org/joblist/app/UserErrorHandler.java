package org.joblist.app;

import java.util.List;
import org.joblist.config.JoblistException;
import org.joblist.publish.PublishFailure;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Prints a failed command's error as one line on standard error. Bad input the user controls (a
 * {@link JoblistException}, or arguments the command line cannot take) never shows a stack trace
 * or the whole usage text; an unexpected failure shows one only with {@code --verbose}, since it
 * is a bug to report.
 */
final class UserErrorHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {
    static final int EXIT_BAD_INPUT = 2;
    static final int EXIT_INTERNAL_ERROR = 70;

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        command.getErr().println("joblist: " + e.getMessage() + " (see '"
                + command.getCommandSpec().qualifiedName() + " --help')");
        return EXIT_BAD_INPUT;
    }

    @Override
    public int handleExecutionException(
            Exception e, CommandLine commandLine, ParseResult parseResult) {
        if (e instanceof JoblistException badInput) {
            print(commandLine, badInput);
            return EXIT_BAD_INPUT;
        }
        commandLine.getErr().println("joblist: unexpected error: " + e
                + " (run again with --verbose for the stack trace, and please report it)");
        if (Logging.isVerbose()) {
            e.printStackTrace(commandLine.getErr());
        }
        return EXIT_INTERNAL_ERROR;
    }

    /**
     * Prints each job list that failed to publish in one line, as bad input is, e.g. {@code
     * joblist: publication jobs: /site/README.md: no <!-- joblist:begin -->; ...}; the others
     * were published, and the command exits with {@link #EXIT_BAD_INPUT}.
     *
     * @return whether any failed
     */
    static boolean printFailedPublications(CommandLine commandLine, List<PublishFailure> failures) {
        failures.forEach(failure -> print(commandLine, failure.error()));
        return !failures.isEmpty();
    }

    private static void print(CommandLine commandLine, JoblistException e) {
        commandLine.getErr().println("joblist: " + e.getMessage());
    }
}
