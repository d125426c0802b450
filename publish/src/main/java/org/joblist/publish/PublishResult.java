package org.joblist.publish;

import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What publishing one publication did.
 *
 * @param file the README in the repository's work tree
 * @param rows the postings the README lists
 * @param changed whether the README's bytes differed from the repository's HEAD, so a commit was
 *     made; true exactly when {@code commitId} is set
 * @param commitId the id of the commit made; null when the README was unchanged
 */
public record PublishResult(
        String publicationId, Path file, int rows, boolean changed, @Nullable String commitId) {
    public PublishResult {
        Objects.requireNonNull(publicationId, "publicationId");
        Objects.requireNonNull(file, "file");
        if (rows < 0) {
            throw new IllegalArgumentException("rows " + rows + " is negative");
        }
        if (changed != (commitId != null)) {
            throw new IllegalArgumentException(
                    "changed " + changed + " disagrees with commitId " + commitId);
        }
    }
}
