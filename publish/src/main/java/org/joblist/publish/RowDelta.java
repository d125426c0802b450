package org.joblist.publish;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * How the table rows of a publication's files changed: rows new, closed, removed and changed,
 * telling rows apart by the apply link in their Position cell, so that a retitled posting is one
 * row changed (by their Company and Position cells when no link is written). Only the listing
 * tables count: the rows of the "Recently closed" table are none of them.
 *
 * @param added rows whose posting was not listed before
 * @param closed rows no longer listed because their posting closed
 * @param removed rows no longer listed for another reason: older than the maximum age, out of
 *     the filter or curated away
 * @param changed rows listed before and now with another title, company, location, type,
 *     salary or date
 */
record RowDelta(int added, int closed, int removed, int changed) {
    private static final Pattern CELL_SEPARATOR = Pattern.compile("(?<!\\\\)\\|");
    private static final Pattern LINK_TARGET = Pattern.compile("\\]\\((https?://[^)\\s]+)\\)");
    private static final String HEADER_START = "| Company | Position |";
    private static final String CLOSED_HEADER_END = "| Closed |";

    /**
     * Compares the rows of the files before and after; a null entry stands for no file.
     *
     * @param closedKeys the {@link #keyOf keys} of the rows whose postings closed since the files
     *     were written; asked only when a row is no longer listed
     */
    static RowDelta of(List<FileChange> files, Supplier<Set<String>> closedKeys) {
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
        List<String> gone = before.keySet().stream().filter(key -> !after.containsKey(key))
                .toList();
        Set<String> closedNow = gone.isEmpty() ? Set.of() : closedKeys.get();
        int closed = (int) gone.stream().filter(closedNow::contains).count();
        return new RowDelta(added, closed, gone.size() - closed, changed);
    }

    /**
     * The key of a table row: the first link target in its Position cell (the apply link), or
     * its Company and Position cells as written when that cell holds no link.
     */
    static String keyOf(String row) {
        String[] cells = CELL_SEPARATOR.split(row, -1);
        if (cells.length <= 2) {
            return row;
        }
        Matcher link = LINK_TARGET.matcher(cells[2]);
        return link.find() ? link.group(1) : cells[1] + "|" + cells[2];
    }

    /**
     * The non-zero counts for a commit message, e.g. "+12 new, 3 closed, 1 removed"; empty for
     * none.
     */
    String describe() {
        StringJoiner parts = new StringJoiner(", ");
        if (added > 0) {
            parts.add("+" + added + " new");
        }
        if (closed > 0) {
            parts.add(closed + " closed");
        }
        if (removed > 0) {
            parts.add(removed + " removed");
        }
        if (changed > 0) {
            parts.add(changed + " changed");
        }
        return parts.toString();
    }

    /** The rows of the file's listing tables, by key; rows under a "Closed" header are skipped. */
    private static void collectRows(byte @Nullable [] content, Map<String, String> rows) {
        if (content == null) {
            return;
        }
        String text = new String(content, StandardCharsets.UTF_8);
        boolean closedTable = false;
        for (String line : text.split("\n")) {
            if (line.startsWith(HEADER_START)) {
                closedTable = line.stripTrailing().endsWith(CLOSED_HEADER_END);
                continue;
            }
            if (!line.startsWith("| ") || closedTable) {
                continue;
            }
            rows.put(keyOf(line), line);
        }
    }
}
