package org.joblist.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.joblist.aggregate.SourceOutcome;
import org.joblist.aggregate.SourceStatus;
import org.junit.jupiter.api.Test;

class TerminalProgressTest {
    private static final Instant START = Instant.parse("2026-08-20T12:00:00Z");

    @Test
    void describesAnOkSourceByItsCounts() {
        SourceOutcome ok = outcome(SourceStatus.OK, 1, 4, 4, "read to the end");

        assertThat(TerminalProgress.describe(ok))
                .isEqualTo("remoteok: 1 page, 4 postings (4 new, 0 updated) in 250 ms");
    }

    @Test
    void describesATruncatedSourceByItsCountsAndWhy() {
        SourceOutcome truncated = outcome(SourceStatus.TRUNCATED, 3, 250, 250,
                "stopped at the configured page cap after 3 pages and 250 postings; the board"
                        + " has more");

        assertThat(TerminalProgress.describe(truncated)).isEqualTo("remoteok: TRUNCATED, 3 pages,"
                + " 250 postings (250 new, 0 updated) in 250 ms: stopped at the configured page"
                + " cap after 3 pages and 250 postings; the board has more");
    }

    @Test
    void describesAnUnchangedSourceByItsMessage() {
        SourceOutcome unchanged = outcome(SourceStatus.UNCHANGED, 1, 0, 0,
                "source remoteok: https://remoteok.com/api: not modified since the last read"
                        + " (HTTP 304)");

        assertThat(TerminalProgress.describe(unchanged)).isEqualTo("remoteok: unchanged,"
                + " postings kept: source remoteok: https://remoteok.com/api: not modified since"
                + " the last read (HTTP 304)");
    }

    @Test
    void namesTheFailureOfABlockedSource() {
        SourceOutcome blocked = outcome(SourceStatus.BLOCKED, 0, 0, 0,
                "source remoteok: https://remoteok.com/api: blocked: Cloudflare challenge page"
                        + " (HTTP 403)");

        assertThat(TerminalProgress.describe(blocked)).isEqualTo("remoteok: BLOCKED, previous"
                + " postings kept: source remoteok: https://remoteok.com/api: blocked:"
                + " Cloudflare challenge page (HTTP 403)");
    }

    private static SourceOutcome outcome(SourceStatus status, int pages, int seen, int newCount,
            String message) {
        return new SourceOutcome("remoteok", status, pages, seen, newCount, 0, 0, message, START,
                Duration.ofMillis(250));
    }
}
