package org.joblist.publish;

import java.util.List;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/** A Mermaid bar chart ({@code xychart-beta}), which GitHub renders from a fenced code block. */
final class MermaidChart {
    /** Characters that would end a quoted label or the line it is on. */
    private static final Pattern UNSAFE_IN_LABEL =
            Pattern.compile("[\"\\\\\\p{Cntrl}\\u0085\\u2028\\u2029]+");

    private MermaidChart() {}

    /**
     * The chart's Mermaid source, without the code fence.
     *
     * @param labels one per bar, in order; quotes, backslashes and line breaks become spaces
     * @param values one per label
     */
    static String bars(String title, List<String> labels, String yAxis, List<Integer> values) {
        if (labels.size() != values.size()) {
            throw new IllegalArgumentException(
                    labels.size() + " labels for " + values.size() + " values");
        }
        StringJoiner quoted = new StringJoiner(", ", "[", "]");
        labels.forEach(label -> quoted.add(quote(label)));
        StringJoiner bars = new StringJoiner(", ", "[", "]");
        values.forEach(value -> bars.add(String.valueOf(value)));
        return "xychart-beta\n"
                + "    title " + quote(title) + "\n"
                + "    x-axis " + quoted + "\n"
                + "    y-axis " + quote(yAxis) + "\n"
                + "    bar " + bars;
    }

    private static String quote(String label) {
        return "\"" + UNSAFE_IN_LABEL.matcher(label).replaceAll(" ").strip() + "\"";
    }
}
