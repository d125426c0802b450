package org.joblist.app;

import picocli.CommandLine;

/** Entry point of the {@code joblist} command. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line with joblist's error handling, for {@link #main} and for tests. */
    static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new JoblistCommand());
        UserErrorHandler errors = new UserErrorHandler();
        commandLine.setExecutionExceptionHandler(errors);
        commandLine.setParameterExceptionHandler(errors);
        return commandLine;
    }
}
