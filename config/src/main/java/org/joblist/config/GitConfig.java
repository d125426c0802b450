package org.joblist.config;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The git repository publications are committed to; created with an empty history when the
 * directory holds none.
 *
 * @param repository the repository's work tree
 * @param branch the branch commits go to
 */
public record GitConfig(Path repository, String branch, String authorName, String authorEmail) {
    public static final Path DEFAULT_REPOSITORY = Path.of("site");
    public static final String DEFAULT_BRANCH = "main";
    public static final String DEFAULT_AUTHOR_NAME = "joblist";
    public static final String DEFAULT_AUTHOR_EMAIL = "joblist@localhost";

    public GitConfig {
        Objects.requireNonNull(repository, "repository");
        Objects.requireNonNull(branch, "branch");
        Objects.requireNonNull(authorName, "authorName");
        Objects.requireNonNull(authorEmail, "authorEmail");
    }
}
