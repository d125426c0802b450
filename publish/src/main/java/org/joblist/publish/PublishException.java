package org.joblist.publish;

import org.joblist.config.JoblistException;

/**
 * A publication could not be written: the target file has broken markers or lies outside the
 * repository, the repository has another branch checked out, or reading, writing or committing
 * failed. The message is one line naming the file or the repository; the {@link Publisher} puts
 * the publication in front of it (see {@link PublishFailure}).
 */
public final class PublishException extends JoblistException {
    private static final long serialVersionUID = 1L;

    public PublishException(String message) {
        super(message);
    }

    public PublishException(String message, Throwable cause) {
        super(message, cause);
    }
}
