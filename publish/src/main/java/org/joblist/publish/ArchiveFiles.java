package org.joblist.publish;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names of a publication's numbered archive files, which hold the rows past its row budget. They
 * sit beside the file: {@code jobs/backend.md} has {@code jobs/backend-archive-1.md}, then
 * {@code -2}, and so on.
 */
final class ArchiveFiles {
    private final String stem;
    private final String extension;
    private final Pattern numbered;

    /** @param file the publication's file as a repository path */
    ArchiveFiles(String file) {
        int slash = file.lastIndexOf('/');
        int dot = file.lastIndexOf('.');
        boolean hasExtension = dot > slash + 1;
        this.stem = hasExtension ? file.substring(0, dot) : file;
        this.extension = hasExtension ? file.substring(dot) : "";
        this.numbered = Pattern.compile(
                Pattern.quote(stem) + "-archive-([1-9][0-9]*)" + Pattern.quote(extension));
    }

    /** The repository path of archive file {@code number}, counted from 1. */
    String path(int number) {
        return stem + "-archive-" + number + extension;
    }

    /** The archive number of a repository path; 0 when the path is no archive of this file. */
    int numberOf(String path) {
        Matcher matcher = numbered.matcher(path);
        return matcher.matches() ? Integer.parseInt(matcher.group(1)) : 0;
    }

    /** The name of a repository path within its directory, to link a sibling file. */
    static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
