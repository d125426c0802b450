package org.joblist.publish;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A file of a publication as it is in the work tree and as publishing would leave it.
 *
 * @param path the file's repository path, '/'-separated
 * @param file the file in the work tree
 * @param before its bytes now; null when it does not exist
 * @param after its bytes after publishing; null when publishing deletes it
 */
record FileChange(String path, Path file, byte @Nullable [] before, byte @Nullable [] after) {
    FileChange {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(file, "file");
    }

    boolean changes() {
        return !Arrays.equals(before, after);
    }
}
