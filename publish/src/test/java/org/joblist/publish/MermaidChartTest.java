package org.joblist.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class MermaidChartTest {
    @Test
    void quotesEachLabelAndTurnsQuotesBackslashesAndLineBreaksIntoSpaces() {
        String chart = MermaidChart.bars("Top skills",
                List.of("C#", "Evil\"] \nbar [9", "a\\b"), "Postings", List.of(3, 2, 1));

        assertThat(chart).isEqualTo("xychart-beta\n"
                + "    title \"Top skills\"\n"
                + "    x-axis [\"C#\", \"Evil ]  bar [9\", \"a b\"]\n"
                + "    y-axis \"Postings\"\n"
                + "    bar [3, 2, 1]");
    }

    @Test
    void refusesLabelsAndValuesOfDifferentCounts() {
        assertThatThrownBy(() -> MermaidChart.bars("t", List.of("a"), "y", List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("1 labels for 0 values");
    }
}
