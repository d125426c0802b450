package org.joblist.aggregate.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PostedDatesTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // Greenhouse first_published (GitLab board)
        "2026-04-17T05:58:03-04:00, 2026-04-17T09:58:03Z",
        // RemoteOK date
        "2026-08-02T21:05:22+00:00, 2026-08-02T21:05:22Z",
        // The Muse publication_date
        "2021-06-17T16:00:15Z,      2021-06-17T16:00:15Z",
        "2026-08-02T23:05:22.250+0200, 2026-08-02T21:05:22.250Z",
        "2026-08-02T21:05:22,       2026-08-02T21:05:22Z",
        "2026-08-02T21:05,          2026-08-02T21:05:00Z",
        "2026-08-02,                2026-08-02T00:00:00Z",
        // RemoteOK epoch of the same posting, in seconds and in milliseconds
        "1785704722,                2026-08-02T21:05:22Z",
        "1785704722000,             2026-08-02T21:05:22Z",
        "1785704722123,             2026-08-02T21:05:22.123Z",
        "' 1785704722 ',            2026-08-02T21:05:22Z",
    })
    void readsIsoDatesAndEpochsAsUtcInstants(String text, String expected) {
        assertThat(PostedDates.parse(text)).isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {
        "", "yesterday", "2 days ago", "17/04/2026", "2026-13-01", "2026-04-17T25:00:00Z",
        "-1785704722", "1785704722.5", "99999999999999999999"})
    void givesNullForTextItCannotRead(String text) {
        assertThat(PostedDates.parse(text)).isNull();
    }
}
