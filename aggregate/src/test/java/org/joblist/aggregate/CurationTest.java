package org.joblist.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.joblist.aggregate.dedupe.Deduplicator;
import org.joblist.aggregate.normalize.Normalization;
import org.joblist.aggregate.normalize.PostingNormalizer;
import org.joblist.config.AggregateConfig;
import org.joblist.config.AggregateConfig.PostingOverride;
import org.joblist.ingest.SourcePosting;
import org.joblist.ingest.WorkplaceType;
import org.junit.jupiter.api.Test;

class CurationTest {
    private static final Instant FETCHED_AT = Instant.parse("2026-08-03T12:00:00Z");

    private final PostingNormalizer normalizer = new PostingNormalizer();

    @Test
    void aLocationOverrideReplacesTheParsedPlacesToo() {
        Posting gitlab = posting(SourcePosting.builder("gitlab", "8503792002").company("GitLab")
                .title("Account Executive - Italy").location("Remote, Italy")
                .postedAt("2026-04-17T05:58:03-04:00")
                .applyUrl("https://job-boards.greenhouse.io/gitlab/jobs/8503792002").build(),
                false);

        Posting curated = curate(gitlab, Map.of("location", "Milan, Italy; Munich, Germany"));

        assertThat(gitlab.locations()).containsExactly(new Location(null, null, "IT"));
        assertThat(curated.location()).isEqualTo("Milan, Italy; Munich, Germany");
        assertThat(curated.locations()).containsExactly(
                new Location("Milan", null, "IT"), new Location("Munich", null, "DE"));
        assertThat(curated.workplaceType()).isEqualTo(WorkplaceType.REMOTE);
    }

    @Test
    void aLocationOverrideOfARemoteOnlyBoardStillSaysWhoMayApply() {
        Posting remoteOk = posting(SourcePosting.builder("remoteok", "1136747").company("Wolt")
                .title("Store Manager").location("USA only")
                .applyUrl("https://remoteok.com/remote-jobs/1136747").build(), true);

        Posting curated = curate(remoteOk, Map.of("location", "Canada"));
        Posting onSite = curate(remoteOk, Map.of("location", "Toronto, ON",
                "workplaceType", "onsite"));

        assertThat(curated.locations()).isEmpty();
        assertThat(curated.applicantLocations()).containsExactly(new Location(null, null, "CA"));
        assertThat(onSite.locations()).containsExactly(new Location("Toronto", "ON", "CA"));
        assertThat(onSite.applicantLocations()).isEmpty();
    }

    @Test
    void dedupeReadsTheOverriddenPlaces() {
        Posting ats = posting(SourcePosting.builder("acme", "7").company("Acme")
                .title("Backend Developer").location("Berlin, Germany")
                .postedAt("2026-08-01T00:00:00Z")
                .applyUrl("https://boards.greenhouse.io/acme/jobs/7").build(), false);
        Posting board = posting(SourcePosting.builder("arbeitnow", "acme-backend").company("acme")
                .title("Backend Developer").location("Hamburg")
                .postedAt("2026-08-02T00:00:00Z")
                .applyUrl("https://www.arbeitnow.com/jobs/companies/acme/acme-backend").build(),
                false);
        Deduplicator deduplicator = new Deduplicator(Duration.ofDays(14));

        Posting corrected = curate(board, Map.of("location", "Berlin"));

        assertThat(deduplicator.cluster(List.of(ats, board))).hasSize(2);
        assertThat(deduplicator.cluster(List.of(ats, corrected))).hasSize(1);
    }

    private static Posting curate(Posting posting, Map<String, String> fields) {
        String id = posting.sourceId() + ":" + posting.externalId();
        Curation curation = new Curation(new AggregateConfig(2, Duration.ofDays(30),
                Duration.ofDays(14), Map.of(), List.of(), Set.of(), Set.of(),
                List.of(new PostingOverride(id, fields))));
        StoredPosting stored = new StoredPosting(posting, FETCHED_AT, FETCHED_AT);
        return curation.apply(stored).orElseThrow().posting();
    }

    private Posting posting(SourcePosting source, boolean remoteOnly) {
        Normalization normalization = normalizer.normalize(source,
                new PostingNormalizer.SourceContext(FETCHED_AT, remoteOnly, null));
        return ((Normalization.Kept) normalization).posting();
    }
}
