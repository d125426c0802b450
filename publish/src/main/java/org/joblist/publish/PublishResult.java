package org.joblist.publish;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What publishing one publication did.
 *
 * @param file the README in the repository's work tree
 * @param archives the archive files that hold the rows past the README's budget, in order
 * @param rows the postings the README and its archive files list
 * @param changed whether the files' bytes differed from the repository's HEAD, so a commit was
 *     made; true exactly when {@code commitId} is set
 * @param commitId the id of the commit made; null when the files were unchanged
 */
public record PublishResult(
        String publicationId,
        Path file,
        List<Path> archives,
        int rows,
        boolean changed,
        @Nullable String commitId) {
    public PublishResult {
        Objects.requireNonNull(publicationId, "publicationId");
        Objects.requireNonNull(file, "file");
        archives = List.copyOf(archives);
        if (rows < 0) {
            throw new IllegalArgumentException("rows " + rows + " is negative");
        }
        if (changed != (commitId != null)) {
            throw new IllegalArgumentException(
                    "changed " + changed + " disagrees with commitId " + commitId);
        }
    }
}
