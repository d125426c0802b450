package org.joblist.config;

import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The git repository publications are committed to; created with an empty history when the
 * directory holds none, or cloned from the remote when one is configured.
 *
 * @param repository the repository's work tree
 * @param branch the branch commits go to, and are pushed to
 * @param remote the URL commits are pushed to (https, ssh or file); null to push nowhere
 * @param token the password or access token for the remote, from the environment; null for none
 * @param pushAttempts how often a push rejected because the remote moved on is fetched, rebased
 *     and tried again, the first attempt included
 */
public record GitConfig(
        Path repository,
        String branch,
        String authorName,
        String authorEmail,
        @Nullable String remote,
        @Nullable String token,
        int pushAttempts) {
    public static final Path DEFAULT_REPOSITORY = Path.of("site");
    public static final String DEFAULT_BRANCH = "main";
    public static final String DEFAULT_AUTHOR_NAME = "joblist";
    public static final String DEFAULT_AUTHOR_EMAIL = "joblist@localhost";
    public static final int DEFAULT_PUSH_ATTEMPTS = 3;

    public GitConfig {
        Objects.requireNonNull(repository, "repository");
        Objects.requireNonNull(branch, "branch");
        Objects.requireNonNull(authorName, "authorName");
        Objects.requireNonNull(authorEmail, "authorEmail");
        if (pushAttempts < 1) {
            throw new IllegalArgumentException("pushAttempts " + pushAttempts + " is below 1");
        }
    }

    /** A repository that is committed to and never pushed. */
    public GitConfig(Path repository, String branch, String authorName, String authorEmail) {
        this(repository, branch, authorName, authorEmail, null, null, DEFAULT_PUSH_ATTEMPTS);
    }

    public GitConfig withRemote(@Nullable String newRemote, @Nullable String newToken) {
        return new GitConfig(repository, branch, authorName, authorEmail, newRemote, newToken,
                pushAttempts);
    }

    @Override
    public String toString() {
        // The token never reaches a log line through toString.
        return "GitConfig[repository=" + repository + ", branch=" + branch + ", authorName="
                + authorName + ", authorEmail=" + authorEmail + ", remote=" + remote + ", token="
                + (token == null ? "none" : "***") + ", pushAttempts=" + pushAttempts + "]";
    }
}
