package org.joblist.publish;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * New postings per week as a Mermaid bar chart, which GitHub renders. Weeks start on Monday (UTC);
 * the chart shows the weeks from the oldest posting's to the newest posting's, at most the last
 * {@value #WEEKS}, so it depends on the rows alone, never on the day it is rendered.
 */
final class WeeklyChart {
    static final int WEEKS = 12;
    private static final DateTimeFormatter LABEL =
            DateTimeFormatter.ofPattern("MMM d", Locale.ENGLISH);

    private final TreeMap<LocalDate, Integer> perWeek = new TreeMap<>();

    void count(Instant listedAt) {
        LocalDate monday = LocalDate.ofInstant(listedAt, ZoneOffset.UTC)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        perWeek.merge(monday, 1, Integer::sum);
    }

    /** The chart's Mermaid source, without the code fence; null when nothing was counted. */
    @Nullable String mermaid() {
        if (perWeek.isEmpty()) {
            return null;
        }
        LocalDate last = perWeek.lastKey();
        LocalDate first = perWeek.firstKey();
        if (first.isBefore(last.minusWeeks(WEEKS - 1))) {
            first = last.minusWeeks(WEEKS - 1);
        }
        List<String> labels = new ArrayList<>();
        List<Integer> bars = new ArrayList<>();
        for (LocalDate week = first; !week.isAfter(last); week = week.plusWeeks(1)) {
            labels.add(LABEL.format(week));
            bars.add(perWeek.getOrDefault(week, 0));
        }
        return MermaidChart.bars("New postings per week", labels, "Postings", bars);
    }
}
