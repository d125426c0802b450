package org.joblist.aggregate.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.joblist.aggregate.Location;
import org.joblist.aggregate.Posting;
import org.joblist.aggregate.StoredPosting;
import org.joblist.aggregate.store.PostingStore;
import org.joblist.aggregate.testing.MutableClock;
import org.joblist.aggregate.testing.TestStores;
import org.joblist.config.SourceConfig;
import org.joblist.config.SourceKind;
import org.joblist.ingest.Connectors;
import org.joblist.ingest.Fixtures;
import org.joblist.ingest.WorkplaceType;
import org.joblist.ingest.http.BoardClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cases 8 and 9 of issue #4, and the company's site of issue #5, as the boards write them: a
 * board answer replayed through the real connector and the runner into the store.
 */
class IssueCasesThroughConnectorsTest {
    private static final Instant RUN = Instant.parse("2026-03-02T15:00:00Z");

    @TempDir
    Path cassette;

    private final MutableClock clock = new MutableClock(RUN);
    private final PostingStore store = TestStores.openInMemory(clock);

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void case8AnOnSiteStatementInAGreenhouseDescriptionWinsOverItsRemoteLabel() {
        SourceConfig acme = new SourceConfig("acme", SourceKind.GREENHOUSE, "acme", null);
        String board = "{\"jobs\": [{\"id\": 1, \"internal_job_id\": 11,"
                + " \"title\": \"Plant Engineer\", \"location\": {\"name\": \"US, TX, Remote\"},"
                + " \"first_published\": \"2026-03-01T09:00:00-05:00\","
                + " \"absolute_url\": \"https://job-boards.greenhouse.io/acme/jobs/1\","
                + " \"content\": \"&lt;p&gt;This role is fully on-site at our Austin plant;"
                + " remote or hybrid work is not available.&lt;/p&gt;\"}]}";

        Posting posting = readOne(acme,
                "https://boards-api.greenhouse.io/v1/boards/acme/jobs?content=true", board);

        assertThat(posting.workplaceType()).isEqualTo(WorkplaceType.ONSITE);
        assertThat(posting.locations()).containsExactly(new Location("Austin", "TX", "US"));
    }

    @Test
    void case9AnAshbyWorkplaceTypeWinsOverIsRemote() {
        SourceConfig acme = new SourceConfig("acme", SourceKind.ASHBY, "acme", null);
        String board = """
                {"jobs": [{"id": "a1", "title": "Backend Engineer", "isRemote": true,
                  "workplaceType": "Hybrid", "location": "Berlin",
                  "publishedAt": "2026-03-01T09:00:00.000+00:00",
                  "jobUrl": "https://jobs.ashbyhq.com/acme/a1"}]}""";

        Posting posting = readOne(acme,
                "https://api.ashbyhq.com/posting-api/job-board/acme?includeCompensation=true",
                board);

        assertThat(posting.workplaceType()).isEqualTo(WorkplaceType.HYBRID);
        assertThat(posting.locations()).containsExactly(new Location("Berlin", null, "DE"));
    }

    @Test
    void theSitesOfWeWorkRemotelysCompanyHeadersAreStoredInCanonicalForm() {
        String feed = "https://weworkremotely.com/remote-jobs.rss";
        SourceConfig wwr = new SourceConfig("wwr", SourceKind.RSS, null, URI.create(feed));
        clock.set(Instant.parse("2026-07-11T06:00:00Z"));

        List<Posting> postings;
        try (BoardClient client = Fixtures.replaying(cassette, feed,
                Fixtures.shared("weworkremotely/remote-jobs-rss-2026-07.xml"))) {
            postings = read(wwr, client);
        }

        assertThat(postings)
                .extracting(Posting::company, Posting::title, Posting::companyUrl)
                .containsExactly(
                        tuple("Mathmo", "Maths Coach", "http://www.mathmo.com"),
                        tuple("Qase", "Developer Advocate", "https://qase.io"),
                        tuple("APEX TRADE", "Entry-Level Crypto Market Specialist", null),
                        tuple("Qase", "Technical Customer Support Specialist",
                                "https://qase.io"));
    }

    private Posting readOne(SourceConfig source, String url, String board) {
        List<Posting> postings;
        try (BoardClient client = Fixtures.replaying(cassette, url, board)) {
            postings = read(source, client);
        }
        assertThat(postings).hasSize(1);
        return postings.get(0);
    }

    private List<Posting> read(SourceConfig source, BoardClient client) {
        new SourceRunner(store, clock).run(store.startRun(), source,
                Connectors.forKind(source.kind(), client), posting -> { });
        return TestStores.all(store).stream().map(StoredPosting::posting).toList();
    }
}
