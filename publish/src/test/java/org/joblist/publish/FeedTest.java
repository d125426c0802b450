package org.joblist.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.joblist.publish.Postings.golden;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.jgit.api.Git;
import org.joblist.config.FeedFiles;
import org.joblist.config.GitConfig;
import org.joblist.config.PublicationConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The feeds beside a README, read back with a feed parser, a JSON parser and a CSV parser. */
class FeedTest {
    private static final Instant AUG_2 = Instant.parse("2026-08-02T21:05:33Z");
    private static final PublicationConfig BACKEND = new PublicationConfig("backend",
            "Backend Jobs 2026", "README.md", "Fresh backend roles.")
            .withFeeds(new FeedFiles("feeds/backend.json", "feeds/backend.atom",
                    "feeds/backend.csv"));
    private static final List<String> IDS = List.of(
            "urn:joblist:test:Notion%2FSoftware+Engineer%2C+Enterprise+Data",
            "urn:joblist:test:Langdock%2FSenior+Backend+Engineer+%28C%23+%2F+.NET%29",
            "urn:joblist:test:GitLab%2FAI+Engineer",
            "urn:joblist:test:GitLab%2FBackend+Engineer%2C+Verify",
            "urn:joblist:test:Truelogic%2FData+Engineer",
            "urn:joblist:test:Answers+Now%2FClient+Success+Manager");

    @TempDir
    Path dir;

    @Test
    void theAtomFeedParsesBackWithRomeAndCarriesEveryPosting() throws Exception {
        publish(AUG_2);

        SyndFeed feed;
        try (Reader reader = Files.newBufferedReader(dir.resolve("site/feeds/backend.atom"))) {
            feed = new SyndFeedInput().build(reader);
        }

        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(feed.getTitle()).isEqualTo("Backend Jobs 2026");
        assertThat(feed.getEntries()).extracting(SyndEntry::getUri).containsExactlyElementsOf(IDS);
        SyndEntry langdock = feed.getEntries().get(1);
        assertThat(langdock.getTitle()).isEqualTo("Senior Backend Engineer (C# / .NET)");
        assertThat(langdock.getLink())
                .isEqualTo("https://jobs.ashbyhq.com/langdock/0b1c2d3e-senior-backend");
        assertThat(langdock.getAuthors().get(0).getName()).isEqualTo("Langdock");
        assertThat(langdock.getCategories()).extracting(SyndCategory::getName)
                .containsExactly("remote", "full_time");
        assertThat(langdock.getUpdatedDate().toInstant())
                .isEqualTo(Instant.parse("2026-07-14T17:30:00Z"));
        assertThat(langdock.getDescription().getValue())
                .isEqualTo("Langdock · Remote, Germany · remote · full_time"
                        + " · €70,000–€90,000 / year");
        assertThat(feed.getEntries().get(2).getCategories()).extracting(SyndCategory::getName)
                .containsExactly("remote");
    }

    @Test
    void theJsonFeedIsJsonFeedOneOneAndCarriesEveryPosting() throws Exception {
        publish(AUG_2);

        JsonNode feed =
                new ObjectMapper().readTree(dir.resolve("site/feeds/backend.json").toFile());

        assertThat(feed.get("version").asText()).isEqualTo("https://jsonfeed.org/version/1.1");
        assertThat(feed.get("title").asText()).isEqualTo("Backend Jobs 2026");
        List<String> ids = new ArrayList<>();
        feed.get("items").forEach(item -> ids.add(item.get("id").asText()));
        assertThat(ids).containsExactlyElementsOf(IDS);
        JsonNode truelogic = feed.get("items").get(4);
        assertThat(truelogic.get("url").asText())
                .isEqualTo("https://jobs.ashbyhq.com/truelogic/data-engineer");
        assertThat(truelogic.get("title").asText()).isEqualTo("Data Engineer");
        assertThat(truelogic.get("date_published").asText()).isEqualTo("2026-05-22T17:30:00Z");
        assertThat(truelogic.get("_joblist").toString()).isEqualTo("{\"company\":\"Truelogic\","
                + "\"location\":\"\",\"locations\":[],\"applicant_locations\":[],"
                + "\"workplace_type\":\"unknown\",\"employment_type\":\"contract\","
                + "\"salary\":{\"min\":27.5,\"max\":27.5,\"currency\":\"USD\","
                + "\"period\":\"hour\",\"text\":\"$27.50 / hour\"}}");
    }

    @Test
    void theJsonFeedCarriesParsedLocationsAndLeavesOutUnknownAndPredictedValues()
            throws Exception {
        publish(AUG_2);

        JsonNode items =
                new ObjectMapper().readTree(dir.resolve("site/feeds/backend.json").toFile())
                        .get("items");

        assertThat(items.get(0).get("_joblist").get("locations").toString())
                .isEqualTo("[{\"city\":\"San Francisco\",\"region\":\"CA\",\"country\":\"US\"}]");
        assertThat(items.get(1).get("_joblist").get("applicant_locations").toString())
                .isEqualTo("[{\"country\":\"DE\"}]");
        JsonNode gitlab = items.get(2).get("_joblist");
        assertThat(gitlab.get("employment_type").isNull()).isTrue();
        assertThat(gitlab.get("salary").isNull()).isTrue();
        assertThat(items.get(0).get("_joblist").get("salary").toString())
                .isEqualTo("{\"min\":180000,\"max\":240000,\"currency\":\"USD\","
                        + "\"period\":\"year\",\"text\":\"$180,000–$240,000 / year\"}");
    }

    @Test
    void theCsvHasAHeaderAndOneRecordPerPosting() throws Exception {
        publish(AUG_2);

        List<CSVRecord> records;
        try (CSVParser parser = CSVParser.parse(dir.resolve("site/feeds/backend.csv"),
                java.nio.charset.StandardCharsets.UTF_8,
                CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            assertThat(parser.getHeaderNames()).containsExactlyElementsOf(FeedWriter.CSV_HEADER);
            records = parser.getRecords();
        }

        assertThat(records).extracting(r -> r.get("id")).containsExactlyElementsOf(IDS);
        assertThat(records.get(0).toList()).containsExactly(IDS.get(0),
                "Software Engineer, Enterprise Data", "Notion", "San Francisco, California",
                "San Francisco, CA, US", "", "hybrid", "full_time", "$180,000–$240,000 / year",
                "180000", "240000", "USD", "year", "2026-08-01T06:00:00Z",
                "https://jobs.ashbyhq.com/notion/23ac2477-0008-4bf3-9e4a-aaa0a7e0dc24");
        assertThat(records.get(2).toList()).containsExactly(IDS.get(2), "AI Engineer",
                "GitLab", "Remote, Bangalore", "Bangalore, IN", "", "remote", "", "", "", "", "",
                "", "2026-05-22T17:30:00Z",
                "https://job-boards.greenhouse.io/gitlab/jobs/8556658002");
        assertThat(records.get(4).get("salary")).isEqualTo("$27.50 / hour");
    }

    @Test
    void feedsAreCommittedWithTheReadmeAndAnUnchangedCatalogueRewritesNone() throws Exception {
        PublishResult first = publish(AUG_2);

        PublishResult again = publish(AUG_2.plusSeconds(3600));

        assertThat(first.changed()).isTrue();
        assertThat(again.changed()).isFalse();
        try (Git git = Git.open(dir.resolve("site").toFile())) {
            assertThat(git.status().call().isClean()).isTrue();
        }
    }

    @Test
    void noFeedCarriesSchemaOrgJobPostingMarkup() throws Exception {
        publish(AUG_2);

        for (String feed : List.of("backend.json", "backend.atom", "backend.csv")) {
            assertThat(dir.resolve("site/feeds/" + feed)).content()
                    .doesNotContainIgnoringCase("JobPosting")
                    .doesNotContainIgnoringCase("schema.org");
        }
    }

    private PublishResult publish(Instant now) {
        GitConfig git = new GitConfig(dir.resolve("site"), "main", "joblist", "bot@example.com");
        return new Publisher(git, Clock.fixed(now, ZoneOffset.UTC)).publish(BACKEND, golden());
    }
}
