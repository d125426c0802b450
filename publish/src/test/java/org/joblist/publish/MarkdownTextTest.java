package org.joblist.publish;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class MarkdownTextTest {
    @Test
    void escapesEveryCharacterThatStartsMarkupWithABackslash() {
        String escaped = MarkdownText.escape("a\\b `c` *d* _e_ [f] <g> h|i ~j~ &k; $l$ #m");

        assertThat(escaped).isEqualTo(
                "a\\\\b \\`c\\` \\*d\\* \\_e\\_ \\[f\\] \\<g\\> h\\|i \\~j\\~ \\&k; \\$l\\$ \\#m");
    }

    @Test
    void turnsEachRunOfLineBreaksAndControlCharactersIntoOneSpace() {
        assertThat(MarkdownText.escape("Senior\r\nEngineer\n\n\tBerlin\u2028Remote\u0000"))
                .isEqualTo("Senior Engineer Berlin Remote ");
    }

    @Test
    void leavesPlainTextAndOtherPunctuationAlone() {
        assertThat(MarkdownText.escape("Software Engineer, Backend (Go) - 100% remote! €90k"))
                .isEqualTo("Software Engineer, Backend (Go) - 100% remote! €90k");
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " -> ", value = {
        "https://job-boards.greenhouse.io/gitlab/jobs/8556658002"
                + " -> https://job-boards.greenhouse.io/gitlab/jobs/8556658002",
        "HTTP://Example.com/jobs?id=7#apply -> HTTP://Example.com/jobs?id=7#apply",
        "https://example.com/jobs/a b)(c|d<e>\"f\\g`h"
                + " -> https://example.com/jobs/a%20b%29%28c%7Cd%3Ce%3E%22f%5Cg%60h",
    })
    void linksHttpAndHttpsUrlsWithCharactersThatWouldEndTheLinkEncoded(String url, String target) {
        assertThat(MarkdownText.linkTarget(url)).isEqualTo(target);
    }

    @Test
    void dropsTheSpaceAroundAUrl() {
        assertThat(MarkdownText.linkTarget("  https://example.com/jobs/1\n"))
                .isEqualTo("https://example.com/jobs/1");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "javascript:alert(1)",
        "JavaScript://%0Aalert(1)",
        "data:text/html,<script>alert(1)</script>",
        "mailto:jobs@example.com",
        "ftp://example.com/jobs",
        "//example.com/jobs",
        "/jobs/1",
        "https://",
        "https:///jobs",
        "https:example.com",
        "",
    })
    void linksNothingButHttpAndHttpsUrls(String url) {
        assertThat(MarkdownText.linkTarget(url)).isNull();
    }
}
