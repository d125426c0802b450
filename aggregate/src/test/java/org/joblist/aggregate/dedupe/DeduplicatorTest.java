package org.joblist.aggregate.dedupe;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.joblist.aggregate.Posting;
import org.joblist.aggregate.normalize.Normalization;
import org.joblist.aggregate.normalize.PostingNormalizer;
import org.joblist.ingest.SourcePosting;
import org.joblist.ingest.WorkplaceType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeduplicatorTest {
    private static final Duration WINDOW = Duration.ofDays(14);

    private final Deduplicator deduplicator = new Deduplicator(WINDOW);
    private final PostingNormalizer normalizer = new PostingNormalizer();

    @Test
    void case12MergesOneJobOnTwoBoardsIntoOnePostingWithTwoSources() {
        Posting ltd = posting(SourcePosting.builder("arbeitnow", "harbor-backend-1")
                .company("Harbor Bakery Ltd").title("Backend Developer").location("Leeds, UK")
                .postedAt("2026-03-02T09:00:00Z")
                .applyUrl("https://www.arbeitnow.com/jobs/companies/harbor/backend-1").build());
        Posting plain = posting(SourcePosting.builder("himalayas", "77")
                .company("Harbor Bakery").title("Backend Developer").location("Leeds, UK")
                .postedAt("2026-03-04T09:00:00Z")
                .applyUrl("https://himalayas.app/companies/harbor-bakery/jobs/backend-developer")
                .build());

        List<DuplicateCluster> clusters = deduplicator.cluster(List.of(ltd, plain));

        assertThat(clusters).hasSize(1);
        assertThat(clusters.get(0).merged().company()).isEqualTo("Harbor Bakery Ltd");
        assertThat(clusters.get(0).sources()).extracting(SourceLink::sourceId)
                .containsExactlyInAnyOrder("arbeitnow", "himalayas");
    }

    @Test
    void case13KeepsOneRequisitionPerCityApart() {
        Posting berlin = posting(greenhouse("101", "Backend Developer", "Berlin, Germany"));
        Posting munich = posting(greenhouse("102", "Backend Developer", "Munich, Germany"));
        Posting elsewhere = posting(SourcePosting.builder("arbeitnow", "x")
                .company("Acme GmbH").title("Backend Developer").location("Munich")
                .postedAt("2026-03-03T00:00:00Z").applyUrl("https://www.arbeitnow.com/jobs/x")
                .build());

        List<DuplicateCluster> clusters = deduplicator.cluster(List.of(berlin, munich, elsewhere));

        assertThat(clusters).extracting(c -> c.sources().stream()
                .map(SourceLink::externalId).sorted().toList())
                .containsExactlyInAnyOrder(List.of("101"), List.of("102", "x"));
    }

    @Test
    void prefersTheDirectAtsLinkAndKeepsEverySourceLink() {
        Posting board = posting(SourcePosting.builder("remoteok", "9").company("Acme")
                .title("Backend Developers").location("Munich").postedAt("2026-03-01T00:00:00Z")
                .salaryText("€70k - €90k").description("A long description of the role.")
                .applyUrl("https://remoteok.com/remote-jobs/9").build());
        Posting ats = posting(greenhouse("102", "Developer, Backend", "Munich, Germany"));

        DuplicateCluster cluster = deduplicator.cluster(List.of(board, ats)).get(0);

        assertThat(cluster.merged().applyUrl())
                .isEqualTo("https://boards.greenhouse.io/acme/jobs/102");
        assertThat(cluster.merged().salary()).isEqualTo(board.salary());
        assertThat(cluster.merged().description()).isEqualTo("A long description of the role.");
        assertThat(cluster.sources()).extracting(SourceLink::applyUrl).containsExactly(
                "https://boards.greenhouse.io/acme/jobs/102", "https://remoteok.com/remote-jobs/9");
    }

    @Test
    void keepsTheCompanySiteABoardNamesWhenTheAtsPostingNamesNone() {
        Posting board = posting(weWorkRemotely("https://Acme.example/?utm_source=wwr"));
        Posting ats = posting(greenhouse("102", "Developer, Backend", "Munich, Germany"));

        DuplicateCluster cluster = deduplicator.cluster(List.of(board, ats)).get(0);

        assertThat(cluster.merged().applyUrl())
                .isEqualTo("https://boards.greenhouse.io/acme/jobs/102");
        assertThat(cluster.merged().companyUrl()).isEqualTo("https://acme.example");
    }

    @Test
    void prefersThePrimarysCompanySiteWhenMembersNameDifferentOnes() {
        Posting board = posting(weWorkRemotely("https://acme-jobs.example"));
        Posting ats = posting(SourcePosting.builder("acme", "102").company("Acme")
                .title("Developer, Backend").location("Munich, Germany")
                .postedAt("2026-03-02T00:00:00Z").companyUrl("https://acme.example")
                .applyUrl("https://boards.greenhouse.io/acme/jobs/102").build());

        DuplicateCluster cluster = deduplicator.cluster(List.of(board, ats)).get(0);

        assertThat(cluster.sources()).hasSize(2);
        assertThat(cluster.merged().companyUrl()).isEqualTo("https://acme.example");
    }

    @Test
    void mergesAtsUrlVariantsButNotAListingPageSharedWithinASource() {
        Posting direct = posting(greenhouse("5", "Designer", "Berlin"));
        Posting embedded = posting(SourcePosting.builder("feed", "a").company("Other Name")
                .title("Product Designer").applyUrl(
                        "https://boards.greenhouse.io/embed/job_app?for=acme&token=5&utm_source=x")
                .build());
        Posting listing1 = posting(SourcePosting.builder("html", "1").company("Beta")
                .title("Cook").applyUrl("https://beta.example/careers").build());
        Posting listing2 = posting(SourcePosting.builder("html", "2").company("Beta")
                .title("Waiter").applyUrl("https://beta.example/careers?utm_source=y").build());

        List<DuplicateCluster> clusters =
                deduplicator.cluster(List.of(direct, embedded, listing1, listing2));

        assertThat(clusters).extracting(c -> c.sources().stream()
                .map(SourceLink::externalId).toList())
                .containsExactly(List.of("5", "a"), List.of("1"), List.of("2"));
    }

    @Test
    void borderlinePairsAreDecidedByTheirDescriptions() {
        String text = "You will build our payment APIs in Kotlin and run them on Kubernetes.";
        Posting placed = posting(greenhouse("7", "Platform Engineer", "Berlin"));
        Posting placeless = posting(SourcePosting.builder("hn", "c1").company("Acme")
                .title("Platform Engineer").description(text).applyUrl("https://hn.example/c1")
                .build());
        Posting withText = posting(SourcePosting.builder("greenhouse2", "7b").company("Acme")
                .title("Platform Engineer").location("Berlin").description(text)
                .applyUrl("https://acme.example/jobs/7b").build());

        assertThat(deduplicator.cluster(List.of(placed, placeless))).hasSize(2);
        assertThat(deduplicator.cluster(List.of(withText, placeless))).hasSize(1);
    }

    @Test
    void givesTheSameClustersForTheSameInputInAnyOrder() {
        List<Posting> postings = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            String city = i % 3 == 0 ? "Berlin" : "Munich";
            postings.add(posting(SourcePosting.builder("s" + (i % 4), "id" + i)
                    .company(i % 2 == 0 ? "Acme GmbH" : "acme").title(i % 5 == 0
                            ? "Backend Developers" : "Developer Backend")
                    .location(city).postedAt("2026-03-" + (10 + i % 10) + "T00:00:00Z")
                    .applyUrl("https://example.com/jobs/" + (i % 7 == 0 ? "shared" : i))
                    .build()));
        }
        List<DuplicateCluster> expected = deduplicator.cluster(postings);

        assertSameClustersInAnyOrder(postings, expected, 4);
        assertThat(expected.size()).isBetween(2, 59);
    }

    @ParameterizedTest(name = "\"{0}\" / \"{1}\" in {2} with {3} text: {4} cluster(s)")
    @CsvSource(delimiter = '|', value = {
        "Backend Engineer | Backend Software Engineer        | Berlin  | the same  | 1",
        "Backend Engineer | Software Engineer, Backend       | Berlin  | the same  | 1",
        "Data Engineers   | Senior Data Engineer             | Berlin  | the same  | 2",
        "Backend Engineer | Backend Engineer II              | Berlin  | the same  | 2",
        "Product Designer | Product Design Manager           | Berlin  | the same  | 2",
        "Backend Engineer | Backend Software Engineer        | Munich  | the same  | 2",
        "Backend Engineer | Backend Software Engineer        | Berlin  | other     | 2",
        "Backend Engineer | Backend Software Engineer        | Berlin  | no        | 2",
        "Backend Engineer | Backend Software Engineer, Payments | Berlin | the same | 2",
    })
    void titlesOneWordApartAreOneJobWhenTheirDescriptionsAgree(String title, String otherTitle,
            String otherCity, String text, int clusters) {
        String description = "You will build our payment APIs in Kotlin and run them on"
                + " Kubernetes, together with the platform team.";
        String otherDescription = switch (text) {
            case "the same" -> description;
            case "other" -> "Lead the design of our mobile apps in Swift and talk to customers.";
            default -> "";
        };
        Posting ats = posting(SourcePosting.builder("acme", "7").company("Acme").title(title)
                .location("Berlin").postedAt("2026-03-02T00:00:00Z").description(description)
                .applyUrl("https://boards.greenhouse.io/acme/jobs/7").build());
        Posting board = posting(SourcePosting.builder("arbeitnow", "a7").company("Acme GmbH")
                .title(otherTitle).location(otherCity).postedAt("2026-03-04T00:00:00Z")
                .description(otherDescription)
                .applyUrl("https://www.arbeitnow.com/jobs/companies/acme/a7").build());

        assertThat(deduplicator.cluster(List.of(ats, board))).hasSize(clusters);
    }

    @Test
    void titlesOneWordApartMeetInALargeBlockSplitByPlace() {
        String description = "You will build our payment APIs in Kotlin and run them on"
                + " Kubernetes, together with the platform team.";
        List<Posting> postings = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            postings.add(posting(SourcePosting.builder("acme", "g" + i).company("Acme")
                    .title("Backend Engineer").location(i == 0 ? "Berlin" : "City " + i)
                    .postedAt("2026-03-02T00:00:00Z").description(i == 0 ? description : "")
                    .applyUrl("https://boards.greenhouse.io/acme/jobs/" + i).build()));
        }
        postings.add(posting(SourcePosting.builder("arbeitnow", "a").company("acme")
                .title("Backend Software Engineer").location("Berlin")
                .postedAt("2026-03-03T00:00:00Z").description(description)
                .applyUrl("https://www.arbeitnow.com/jobs/companies/acme/a").build()));

        List<DuplicateCluster> clusters = deduplicator.cluster(postings);

        assertThat(clusters).hasSize(80);
        assertThat(clusters).filteredOn(c -> c.sources().size() == 2).singleElement()
                .extracting(c -> c.sources().stream().map(SourceLink::externalId).sorted()
                        .toList())
                .isEqualTo(List.of("a", "g0"));
    }

    @Test
    void givesTheSameClustersForTitlesOneWordApartInAnyOrder() {
        String[] titles = {"Backend Engineer", "Backend Software Engineer",
            "Software Engineer Backend", "Senior Backend Engineer", "Backend Engineers"};
        List<Posting> postings = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            postings.add(posting(SourcePosting.builder("s" + (i % 4), "id" + i)
                    .company(i % 2 == 0 ? "Acme GmbH" : "acme").title(titles[i % titles.length])
                    .location(i % 3 == 0 ? "Berlin" : "Munich")
                    .postedAt("2026-03-" + (10 + i % 10) + "T00:00:00Z")
                    .description(i % 6 < 3 ? "Build payment APIs in Kotlin on Kubernetes."
                            : "Design mobile apps in Swift for our customers.")
                    .applyUrl("https://example.com/jobs/" + i).build()));
        }
        List<DuplicateCluster> expected = deduplicator.cluster(postings);

        assertSameClustersInAnyOrder(postings, expected, 12);
        assertThat(expected.size()).isBetween(2, 59);
    }

    private void assertSameClustersInAnyOrder(List<Posting> postings,
            List<DuplicateCluster> expected, long seed) {
        Random random = new Random(seed);
        for (int round = 0; round < 20; round++) {
            List<Posting> shuffled = new ArrayList<>(postings);
            Collections.shuffle(shuffled, random);

            assertThat(deduplicator.cluster(shuffled)).isEqualTo(expected);
        }
    }

    private static SourcePosting greenhouse(String id, String title, String location) {
        return SourcePosting.builder("acme", id).company("Acme").title(title).location(location)
                .postedAt("2026-03-02T00:00:00Z")
                .applyUrl("https://boards.greenhouse.io/acme/jobs/" + id)
                .workplaceType(WorkplaceType.ONSITE).build();
    }

    /** Acme's backend role as a We Work Remotely feed writes it, naming the company's site. */
    private static SourcePosting weWorkRemotely(String companyUrl) {
        return SourcePosting.builder("wwr", "acme-backend").company("Acme")
                .title("Backend Developers").location("Munich").postedAt("2026-03-01T00:00:00Z")
                .companyUrl(companyUrl)
                .applyUrl("https://weworkremotely.com/remote-jobs/acme-backend-developers")
                .build();
    }

    private Posting posting(SourcePosting source) {
        Normalization normalization = normalizer.normalize(source,
                new PostingNormalizer.SourceContext(Instant.parse("2026-03-20T00:00:00Z"), false,
                        null));
        return ((Normalization.Kept) normalization).posting();
    }
}
