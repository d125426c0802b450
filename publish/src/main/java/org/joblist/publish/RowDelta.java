package org.joblist.publish;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * How the table rows of a publication's files changed: rows new, removed and changed, telling
 * rows apart by their Company and Position cells (the position's cell holds its apply link).
 *
 * @param added rows whose company and position were not listed before
 * @param removed rows no longer listed
 * @param changed rows listed before and now with another location, type, salary or date
 */
record RowDelta(int added, int removed, int changed) {
    private static final Pattern CELL_SEPARATOR = Pattern.compile("(?<!\\\\)\\|");
    private static final String HEADER_START = "| Company | Position |";

    /** Compares the rows of the files before and after; a null entry stands for no file. */
    static RowDelta of(List<FileChange> files) {
        Map<String, String> before = new HashMap<>();
        Map<String, String> after = new HashMap<>();
        for (FileChange file : files) {
            collectRows(file.before(), before);
            collectRows(file.after(), after);
        }

        int added = 0;
        int changed = 0;
        for (Map.Entry<String, String> row : after.entrySet()) {
            String old = before.get(row.getKey());
            if (old == null) {
                added++;
            } else if (!old.equals(row.getValue())) {
                changed++;
            }
        }
        int removed = (int) before.keySet().stream().filter(key -> !after.containsKey(key)).count();
        return new RowDelta(added, removed, changed);
    }

    /** The non-zero counts for a commit message, e.g. "+12 new, 3 removed"; empty for none. */
    // TODO(#5): say "closed" instead of "removed" once the lifecycle closes postings (issue #4);
    // a row removed today may have closed, aged out of maxAge or left the filter.
    String describe() {
        StringJoiner parts = new StringJoiner(", ");
        if (added > 0) {
            parts.add("+" + added + " new");
        }
        if (removed > 0) {
            parts.add(removed + " removed");
        }
        if (changed > 0) {
            parts.add(changed + " changed");
        }
        return parts.toString();
    }

    private static void collectRows(byte @Nullable [] content, Map<String, String> rows) {
        if (content == null) {
            return;
        }
        String text = new String(content, StandardCharsets.UTF_8);
        for (String line : text.split("\n")) {
            if (!line.startsWith("| ") || line.startsWith(HEADER_START)) {
                continue;
            }
            String[] cells = CELL_SEPARATOR.split(line, -1);
            String key = cells.length > 2 ? cells[1] + "|" + cells[2] : line;
            rows.put(key, line);
        }
    }
}
