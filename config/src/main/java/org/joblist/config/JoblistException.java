package org.joblist.config;

/**
 * The root of joblist's own exceptions: a problem with input the user controls (a config file, a
 * cassette, a database, a target repository). Its message is one line meant for the user, and the
 * command line prints it without a stack trace.
 */
public class JoblistException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public JoblistException(String message) {
        super(message);
    }

    public JoblistException(String message, Throwable cause) {
        super(message, cause);
    }
}
