package org.joblist.ingest.workingnomads;

import java.nio.file.Path;
import java.util.List;
import org.joblist.config.SourceConfig;
import org.joblist.config.SourceKind;
import org.joblist.ingest.CollectingSink;
import org.joblist.ingest.FetchSummary;
import org.joblist.ingest.Fixtures;
import org.joblist.ingest.SourcePosting;
import org.joblist.ingest.WorkplaceType;
import org.joblist.ingest.http.BoardClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class WorkingNomadsConnectorTest {
    private static final String API = "https://www.workingnomads.com/api/exposed_jobs/";
    private static final SourceConfig NOMADS =
            new SourceConfig("nomads", SourceKind.WORKINGNOMADS, null, null);

    @TempDir
    Path cassette;

    private final CollectingSink sink = new CollectingSink();

    @Test
    void readsEveryJobOfTheArray() {
        Path payload = Fixtures.shared("workingnomads/exposed-jobs-trimmed-2026-07-10.json");

        FetchSummary summary;
        try (BoardClient client = Fixtures.replaying(cassette, API, payload)) {
            summary = new WorkingNomadsConnector(client).fetch(NOMADS, sink);
        }

        assertThat(summary).isEqualTo(new FetchSummary(1, 4, 0));
        assertThat(sink.postings())
                .extracting(SourcePosting::externalId, SourcePosting::company,
                        SourcePosting::title, SourcePosting::locations, SourcePosting::postedAt)
                .containsExactly(
                        tuple("https://www.workingnomads.com/job/go/1719512/", "Peroptyx",
                                "AI Content Analyst (No Experience Required)",
                                List.of("Australia"), "2026-07-10T09:24:39-04:00"),
                        tuple("https://www.workingnomads.com/job/go/1719508/", "Peroptyx",
                                "Data Analyst (No Experience Required)", List.of("Canada"),
                                "2026-07-10T09:22:56-04:00"),
                        tuple("https://www.workingnomads.com/job/go/1713292/", "Bebonia",
                                "Email + SMS Marketing Strategist", List.of("Global"),
                                "2026-07-07T12:04:59-04:00"),
                        tuple("https://www.workingnomads.com/job/go/1712616/", "Peroptyx",
                                "Data Analyst (No Experience Required)", List.of("Japan - Remote"),
                                "2026-07-07T06:32:47-04:00"));
        assertThat(sink.postings().get(0).tags())
                .containsExactly("Administration", "analyst", "english", "media", "researcher");
        assertThat(sink.postings().get(0).workplaceType()).isEqualTo(WorkplaceType.REMOTE);
    }
}
