package org.joblist.aggregate.dedupe;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.joblist.aggregate.Posting;
import org.joblist.aggregate.normalize.CompanyNames;
import org.joblist.aggregate.normalize.Normalization;
import org.joblist.aggregate.normalize.PostingNormalizer;
import org.joblist.ingest.Fixtures;
import org.joblist.ingest.SourcePosting;
import org.junit.jupiter.api.Test;

/**
 * Case 14 of issue #4: the same companies on several boards of the shared real payloads. Source
 * postings are mapped here from the payloads' own fields, as their connectors would.
 */
class SharedPayloadDuplicatesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern WWR_ITEM = Pattern.compile("<item>(.*?)</item>", Pattern.DOTALL);

    private final Deduplicator deduplicator = new Deduplicator(Duration.ofDays(14));
    private final PostingNormalizer normalizer = new PostingNormalizer();

    @Test
    void deptOnAdzunaAndArbeitnowHasOneKeyButTwoDifferentJobs() throws IOException {
        List<Posting> dept = new ArrayList<>();
        for (JsonNode job : json("adzuna/gb-search-page-2025-08-10.json").path("results")) {
            if (job.path("company").path("display_name").asText().equalsIgnoreCase("dept")) {
                dept.add(posting(SourcePosting.builder("adzuna", job.path("id").asText())
                        .company(job.path("company").path("display_name").asText())
                        .title(job.path("title").asText())
                        .location(job.path("location").path("display_name").asText())
                        .postedAt(job.path("created").asText())
                        .applyUrl(job.path("redirect_url").asText()).build()));
            }
        }
        for (JsonNode job : json("arbeitnow/api-trimmed-2026-08-03.json").path("data")) {
            if (job.path("company_name").asText().equalsIgnoreCase("dept")) {
                dept.add(posting(SourcePosting.builder("arbeitnow", job.path("slug").asText())
                        .company(job.path("company_name").asText())
                        .title(job.path("title").asText())
                        .location(job.path("location").asText())
                        .postedAt(job.path("created_at").asText())
                        .applyUrl(job.path("url").asText()).build()));
            }
        }

        List<DuplicateCluster> clusters = deduplicator.cluster(dept);

        assertThat(dept).extracting(Posting::company).containsExactly("Dept", "dept");
        assertThat(dept).extracting(Posting::companyKey).containsOnly("dept");
        assertThat(dept).extracting(Posting::title).containsExactly(
                "Senior Project Manager [Experience & Engineering]", "Senior Product Owner m/w/d");
        assertThat(clusters).hasSize(2);
    }

    @Test
    void qaseInTheHackerNewsThreadAndOnWeWorkRemotelyHasOneKeyButNoSharedPosting()
            throws IOException {
        List<Posting> qase = new ArrayList<>();
        for (JsonNode hit : json("hackernews/algolia-search-comments-2026-07.json").path("hits")) {
            String text = hit.path("comment_text").asText();
            if (text.startsWith("Qase |")) {
                String[] header = text.substring(0, text.indexOf("<p>")).split("\\s*\\|\\s*");
                qase.add(posting(SourcePosting.builder("hn", hit.path("objectID").asText())
                        .company(header[0])
                        .title(String.join(" | ", List.of(header).subList(1, header.length - 2)))
                        .location(header[header.length - 2])
                        .postedAt(hit.path("created_at").asText())
                        .description(text)
                        .applyUrl("https://news.ycombinator.com/item?id="
                                + hit.path("objectID").asText()).build()));
            }
        }
        String feed = Files.readString(Fixtures.shared("weworkremotely/remote-jobs-rss-2026-07.xml"));
        for (Matcher item = WWR_ITEM.matcher(feed); item.find(); ) {
            String title = tag(item.group(1), "title");
            if (title.startsWith("Qase:")) {
                qase.add(posting(SourcePosting.builder("wwr", tag(item.group(1), "guid"))
                        .company(title.substring(0, title.indexOf(':')))
                        .title(title.substring(title.indexOf(':') + 1))
                        .location(tag(item.group(1), "region"))
                        .postedAt(tag(item.group(1), "pubDate"))
                        .applyUrl(tag(item.group(1), "link")).build()));
            }
        }

        List<DuplicateCluster> clusters = deduplicator.cluster(qase);

        assertThat(qase).extracting(Posting::companyKey).containsOnly("qase");
        assertThat(qase).extracting(Posting::title).containsExactly(
                "Developer Advocate | Technical Customer Support Specialist",
                "Developer Advocate", "Technical Customer Support Specialist");
        assertThat(qase).extracting(Posting::postedAt).containsExactly(
                Instant.parse("2026-07-10T14:10:34Z"), Instant.parse("2026-07-10T19:44:50Z"),
                Instant.parse("2026-07-10T13:52:20Z"));
        // The thread's one comment names both roles, so it is neither feed item alone.
        assertThat(clusters).hasSize(3);
    }

    @Test
    void veeamSoftwareAndItsSlugHaveOneKeyThoughTheTrimmedPayloadsHoldNoVeeamPosting()
            throws IOException {
        String remoteOk = Files.readString(Fixtures.shared("remoteok/api-trimmed-2026-08-03.json"));
        String arbeitnow =
                Files.readString(Fixtures.shared("arbeitnow/api-trimmed-2026-08-03.json"));

        assertThat(CompanyNames.key("Veeam Software")).isEqualTo(CompanyNames.key("veeamsoftware"));
        assertThat(remoteOk + arbeitnow).doesNotContainIgnoringCase("veeam");
    }

    private static JsonNode json(String path) throws IOException {
        return JSON.readTree(Fixtures.shared(path).toFile());
    }

    private static String tag(String item, String name) {
        Matcher m = Pattern.compile("<" + name + ">(.*?)</" + name + ">", Pattern.DOTALL)
                .matcher(item);
        return m.find() ? m.group(1).trim() : "";
    }

    private Posting posting(SourcePosting source) {
        Normalization normalization = normalizer.normalize(source,
                new PostingNormalizer.SourceContext(Instant.parse("2026-08-03T00:00:00Z"), false,
                        null));
        return ((Normalization.Kept) normalization).posting();
    }
}
