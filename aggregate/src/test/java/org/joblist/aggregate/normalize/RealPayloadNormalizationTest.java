package org.joblist.aggregate.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.joblist.aggregate.Location;
import org.joblist.aggregate.Posting;
import org.joblist.ingest.Fixtures;
import org.joblist.ingest.SourcePosting;
import org.joblist.ingest.WorkplaceType;
import org.junit.jupiter.api.Test;

/** Normalization of postings whose fields are read from the shared real payloads. */
class RealPayloadNormalizationTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final PostingNormalizer normalizer = new PostingNormalizer();
    private final PostingNormalizer.SourceContext remoteOnly =
            new PostingNormalizer.SourceContext(Instant.parse("2026-08-03T12:00:00Z"), true, null);

    @Test
    void repairsTheMojibakeOfARemoteOkDescription() throws IOException {
        JsonNode job = remoteOk("1135929");

        Posting posting = normalize(job);

        assertThat(posting.description())
                .contains("The right people don’t always think they’re right")
                .doesNotContain("â");
    }

    @Test
    void dropsTheAntiSpamSentenceRemoteOkAppends() throws IOException {
        JsonNode job = remoteOk("1136039");

        Posting posting = normalize(job);

        assertThat(job.path("description").asText()).contains("Please mention the word");
        assertThat(posting.description()).doesNotContain("Please mention the word")
                .endsWith("measure of a… READ MORE");
    }

    @Test
    void readsAnArbeitnowLocationNamingTwoCities() throws IOException {
        JsonNode data = JSON.readTree(
                Fixtures.shared("arbeitnow/api-trimmed-2026-08-03.json").toFile()).path("data");
        JsonNode dept = null;
        for (JsonNode job : data) {
            if (job.path("company_name").asText().equals("dept")) {
                dept = job;
            }
        }

        Locations.Parsed parsed = Locations.parse(List.of(dept.path("location").asText()));

        assertThat(dept.path("location").asText()).isEqualTo("Hamburg, Berlin");
        assertThat(parsed.places()).containsExactly(
                new Location("Hamburg", null, "DE"), new Location("Berlin", null, "DE"));
        assertThat(parsed.label()).isEqualTo(WorkplaceType.UNKNOWN);
    }

    private Posting normalize(JsonNode job) {
        SourcePosting source = SourcePosting.builder("remoteok", job.path("id").asText())
                .company(job.path("company").asText()).title(job.path("position").asText())
                .location(job.path("location").asText())
                .description(job.path("description").asText())
                .postedAt(job.path("epoch").asText()).applyUrl(job.path("url").asText())
                .build();
        return ((Normalization.Kept) normalizer.normalize(source, remoteOnly)).posting();
    }

    private static JsonNode remoteOk(String id) throws IOException {
        JsonNode all = JSON.readTree(
                Fixtures.shared("remoteok/api-trimmed-2026-08-03.json").toFile());
        for (JsonNode job : all) {
            if (job.path("id").asText().equals(id)) {
                return job;
            }
        }
        throw new AssertionError("no RemoteOK posting " + id);
    }
}
