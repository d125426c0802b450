package org.joblist.aggregate.dedupe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.joblist.aggregate.Location;
import org.joblist.aggregate.Posting;
import org.joblist.aggregate.run.SourceRunner;
import org.joblist.aggregate.store.PostingStore;
import org.joblist.aggregate.testing.MutableClock;
import org.joblist.aggregate.testing.TestStores;
import org.joblist.aggregate.normalize.CompanyNames;
import org.joblist.config.HttpConfig;
import org.joblist.config.SourceConfig;
import org.joblist.config.SourceKind;
import org.joblist.ingest.Connectors;
import org.joblist.ingest.Fixtures;
import org.joblist.ingest.WorkplaceType;
import org.joblist.ingest.http.BoardClient;
import org.joblist.ingest.http.CassetteWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Case 14 of issue #4: the same companies on several boards of the shared real payloads, read
 * by the real connectors from a cassette, each at the time it was captured, into one store, and
 * deduplicated as a publication reads them. The expected values are read by hand from the
 * payloads.
 */
class SharedPayloadDuplicatesTest {
    private static final String JSON = "application/json";
    private static final SourceConfig REMOTEOK =
            new SourceConfig("remoteok", SourceKind.REMOTEOK, null, null);
    private static final SourceConfig ARBEITNOW =
            new SourceConfig("arbeitnow", SourceKind.ARBEITNOW, null, null);
    private static final SourceConfig ADZUNA = new SourceConfig("adzuna-gb", SourceKind.ADZUNA,
            null, null).with(Map.of("country", "gb"), Map.of("appId", "id1", "appKey", "key1"))
            .withMaxPages(1);
    private static final SourceConfig HACKERNEWS = new SourceConfig("hn-july",
            SourceKind.HACKERNEWS, null, null).with(Map.of("thread", "48747976"), Map.of());
    private static final SourceConfig WWR = new SourceConfig("wwr", SourceKind.RSS, null,
            URI.create("https://weworkremotely.com/remote-jobs.rss"));

    @TempDir
    Path cassette;

    private final MutableClock clock = new MutableClock(Instant.parse("2025-08-10T12:00:00Z"));
    private final PostingStore store = TestStores.openInMemory(clock);
    private final List<DuplicateCluster> clusters = new ArrayList<>();

    @BeforeEach
    void readTheBoards() {
        CassetteWriter board = CassetteWriter.open(cassette);
        board.add("GET", "https://remoteok.com/api", 200, JSON,
                Fixtures.shared("remoteok/api-trimmed-2026-08-03.json"));
        board.add("GET", "https://www.arbeitnow.com/api/job-board-api", 200, JSON,
                Fixtures.shared("arbeitnow/api-trimmed-2026-08-03.json"));
        board.add("GET", "https://api.adzuna.com/v1/api/jobs/gb/search/1"
                + "?results_per_page=50&app_id=id1&app_key=key1", 200, JSON,
                Fixtures.shared("adzuna/gb-search-page-2025-08-10.json"));
        board.add("GET", "https://hn.algolia.com/api/v1/search_by_date"
                + "?tags=comment,story_48747976&hitsPerPage=1000&page=0", 200, JSON,
                Fixtures.shared("hackernews/algolia-search-comments-2026-07.json"));
        board.add("GET", WWR.url().toString(), 200, "application/rss+xml",
                Fixtures.shared("weworkremotely/remote-jobs-rss-2026-07.xml"));

        try (BoardClient client = BoardClient.create(HttpConfig.defaults(), null, cassette)) {
            read(ADZUNA, "2025-08-10T12:00:00Z", client);
            read(WWR, "2026-07-11T00:00:00Z", client);
            read(HACKERNEWS, "2026-07-11T12:00:00Z", client);
            read(REMOTEOK, "2026-08-03T18:00:00Z", client);
            read(ARBEITNOW, "2026-08-04T00:00:00Z", client);
        }
        new DedupedCatalog(store, new Deduplicator(Duration.ofDays(14)))
                .forEachCluster((merged, cluster) -> clusters.add(cluster));
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void deptOnAdzunaAndArbeitnowHasOneKeyButTwoJobsApartInTitlePlaceAndYear() {
        List<DuplicateCluster> dept = clustersOf("dept");

        assertThat(dept).hasSize(2).allSatisfy(c -> assertThat(c.sources()).hasSize(1));
        assertThat(dept).extracting(DuplicateCluster::merged).extracting(Posting::sourceId,
                Posting::company, Posting::title, Posting::locations, Posting::postedAt)
                .containsExactlyInAnyOrder(
                        tuple("adzuna-gb", "Dept",
                                "Senior Project Manager [Experience & Engineering]",
                                List.of(new Location("London", null, "GB")),
                                Instant.parse("2025-08-10T11:13:04Z")),
                        tuple("arbeitnow", "dept", "Senior Product Owner m/w/d",
                                List.of(new Location("Hamburg", null, "DE"),
                                        new Location("Berlin", null, "DE")),
                                Instant.parse("2026-08-03T21:16:52Z")));
    }

    @Test
    void qaseInTheHackerNewsThreadAndOnWeWorkRemotelyHasOneKeyButNoSharedPosting() {
        List<DuplicateCluster> qase = clustersOf("qase");

        // The thread's one comment names both roles, so it is neither feed item alone.
        assertThat(qase).hasSize(3).allSatisfy(c -> assertThat(c.sources()).hasSize(1));
        assertThat(qase).extracting(DuplicateCluster::merged).extracting(Posting::sourceId,
                Posting::title, Posting::workplaceType, Posting::postedAt)
                .containsExactlyInAnyOrder(
                        tuple("hn-july",
                                "Developer Advocate / Technical Customer Support Specialist",
                                WorkplaceType.REMOTE, Instant.parse("2026-07-10T14:10:34Z")),
                        tuple("wwr", "Developer Advocate", WorkplaceType.REMOTE,
                                Instant.parse("2026-07-10T19:44:50Z")),
                        tuple("wwr", "Technical Customer Support Specialist",
                                WorkplaceType.REMOTE, Instant.parse("2026-07-10T13:52:20Z")));
    }

    @Test
    void veeamSoftwareAndItsSlugHaveOneKeyThoughTheTrimmedPayloadsHoldNoVeeamPosting()
            throws Exception {
        String remoteOk = Files.readString(Fixtures.shared("remoteok/api-trimmed-2026-08-03.json"));
        String arbeitnow =
                Files.readString(Fixtures.shared("arbeitnow/api-trimmed-2026-08-03.json"));

        assertThat(CompanyNames.key("Veeam Software")).isEqualTo("veeamsoftware");
        assertThat(CompanyNames.key("veeamsoftware")).isEqualTo("veeamsoftware");
        assertThat(remoteOk + arbeitnow).doesNotContainIgnoringCase("veeam");
        assertThat(clustersOf("veeamsoftware")).isEmpty();
    }

    @Test
    void everyBoardWasReadAndNoPostingOfTheFiveMergedWithAnother() {
        assertThat(clusters).extracting(c -> c.merged().sourceId()).containsOnly(
                "adzuna-gb", "wwr", "hn-july", "remoteok", "arbeitnow");
        assertThat(clusters).hasSize(50 + 4 + 6 + 4 + 5)
                .allSatisfy(c -> assertThat(c.sources()).hasSize(1));
    }

    private void read(SourceConfig source, String at, BoardClient client) {
        clock.set(Instant.parse(at));
        new SourceRunner(store, clock).run(store.startRun(), source,
                Connectors.forKind(source.kind(), client), posting -> { });
    }

    private List<DuplicateCluster> clustersOf(String companyKey) {
        return clusters.stream()
                .filter(c -> c.merged().companyKey().equals(companyKey))
                .toList();
    }
}
