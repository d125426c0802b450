package org.joblist.publish;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.eclipse.jgit.diff.DiffAlgorithm;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.diff.EditList;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;

/** A file change as the unified diff {@code git diff} prints, with three lines of context. */
final class UnifiedDiff {
    private static final byte[] NONE = new byte[0];

    private UnifiedDiff() {}

    /** The diff of the change; empty when it changes nothing. */
    static String of(FileChange change) {
        if (!change.changes()) {
            return "";
        }
        byte[] before = change.before() == null ? NONE : change.before();
        byte[] after = change.after() == null ? NONE : change.after();
        RawText a = new RawText(before);
        RawText b = new RawText(after);
        EditList edits = DiffAlgorithm.getAlgorithm(DiffAlgorithm.SupportedAlgorithm.HISTOGRAM)
                .diff(RawTextComparator.DEFAULT, a, b);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DiffFormatter formatter = new DiffFormatter(out)) {
            formatter.format(edits, a, b);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String header = "--- " + (change.before() == null ? "/dev/null" : "a/" + change.path())
                + "\n+++ " + (change.after() == null ? "/dev/null" : "b/" + change.path()) + "\n";
        return header + out.toString(StandardCharsets.UTF_8);
    }
}
