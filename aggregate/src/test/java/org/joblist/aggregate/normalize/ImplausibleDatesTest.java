package org.joblist.aggregate.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Instant;
import org.joblist.aggregate.DatePrecision;
import org.joblist.aggregate.PostedDate;
import org.joblist.aggregate.Posting;
import org.joblist.ingest.SourcePosting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;

/** Posted dates that cannot be real are never kept as the posting's date. */
class ImplausibleDatesTest {
    private static final Instant FETCHED_AT = Instant.parse("2026-03-02T15:00:00Z");

    private final PostingNormalizer normalizer = new PostingNormalizer();

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {
        "9999-12-31T00:00:00Z",
        "9999-12-31",
        "<time datetime=\"9999-01-01\">soon</time>",
        "-5000-01-01T00:00:00Z",
        "-5000",
        "0001-01-01T00:00:00Z",
        "0",
        "253402300799",
        "999999999999999999",
        "1989-12-31T23:59:59Z",
        "2026-03-04",
        "2026-03-03T15:00:01Z",
        "99999999999999999999 days ago",
        "9999999999999 months ago",
    })
    void keepsAPlaceholderOrFutureDateAsUnknownWithItsText(String text) {
        Posting posting = normalize(text);

        assertThat(posting.posted()).isEqualTo(PostedDate.unreadable(text));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', value = {
        "2026-03-03T15:00:00Z | 2026-03-03T15:00:00Z | EXACT",
        "2026-03-03           | 2026-03-03T00:00:00Z | DAY",
        "1990-01-01           | 1990-01-01T00:00:00Z | DAY",
        "2026-03-02T14:59:00Z | 2026-03-02T14:59:00Z | EXACT",
    })
    void keepsADateUpToADayAheadOfTheFetch(String text, Instant expected,
            DatePrecision precision) {
        Posting posting = normalize(text);

        assertThat(posting.posted()).isEqualTo(new PostedDate(expected, precision, null, text));
    }

    @Test
    void logsADroppedDateAtDebugNamingTheSourceAndPosting() {
        Logger logger = (Logger) LoggerFactory.getLogger(PostingNormalizer.class);
        ListAppender<ILoggingEvent> events = new ListAppender<>();
        events.start();
        Level before = logger.getLevel();
        logger.setLevel(Level.DEBUG);
        logger.addAppender(events);
        try {
            normalize("9999-12-31T00:00:00Z");
        } finally {
            logger.detachAppender(events);
            logger.setLevel(before);
        }

        assertThat(events.list).extracting(ILoggingEvent::getLevel,
                ILoggingEvent::getFormattedMessage).containsExactly(tuple(Level.DEBUG,
                        "source board: posting 1: posted date \"9999-12-31T00:00:00Z\" reads as"
                                + " 9999-12-31T00:00:00Z, before 1990 or over a day after the"
                                + " fetch at 2026-03-02T15:00:00Z; kept as unknown"));
    }

    @Test
    void appliesTheFloorEvenWithoutAFetchTime() {
        SourcePosting source = source("1970-01-01T00:00:00Z");

        Posting posting = ((Normalization.Kept) normalizer.normalize(source)).posting();

        assertThat(posting.posted().precision()).isEqualTo(DatePrecision.UNKNOWN);
    }

    private Posting normalize(String postedAt) {
        Normalization normalization = normalizer.normalize(source(postedAt),
                new PostingNormalizer.SourceContext(FETCHED_AT, false, null));
        return ((Normalization.Kept) normalization).posting();
    }

    private static SourcePosting source(String postedAt) {
        return SourcePosting.builder("board", "1").company("Acme").title("Engineer")
                .postedAt(postedAt).applyUrl("https://example.com/jobs/1").build();
    }
}
