package org.joblist.ingest.hackernews;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.joblist.config.HttpConfig;
import org.joblist.config.SourceConfig;
import org.joblist.config.SourceKind;
import org.joblist.ingest.CollectingSink;
import org.joblist.ingest.FetchSummary;
import org.joblist.ingest.Fixtures;
import org.joblist.ingest.SourcePosting;
import org.joblist.ingest.http.BoardClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class HackerNewsConnectorTest {
    private static final SourceConfig JULY = new SourceConfig("hn-july", SourceKind.HACKERNEWS,
            null, null).with(Map.of("thread", "48747976"), Map.of());

    @TempDir
    Path cassette;

    @StartStop
    private final MockWebServer server = new MockWebServer();

    private final CollectingSink sink = new CollectingSink();

    @Test
    void makesOnePostingPerTopLevelCommentAndNoneOfTheReply() {
        String url = "https://hn.algolia.com/api/v1/search_by_date"
                + "?tags=comment,story_48747976&hitsPerPage=1000&page=0";
        Path payload = Fixtures.shared("hackernews/algolia-search-comments-2026-07.json");

        FetchSummary summary;
        try (BoardClient client = Fixtures.replaying(cassette, url, payload)) {
            summary = new HackerNewsConnector(client).fetch(JULY, sink);
        }

        assertThat(summary).isEqualTo(new FetchSummary(1, 6, 0));
        assertThat(sink.postings())
                .extracting(SourcePosting::externalId, SourcePosting::company,
                        SourcePosting::title, SourcePosting::locations,
                        SourcePosting::employmentType, SourcePosting::salaryText)
                .containsExactly(
                        tuple("48860201", "Qase",
                                "Developer Advocate / Technical Customer Support Specialist",
                                List.of("REMOTE"), "Full-time", null),
                        tuple("48843116", "Wave", "On-Premises SRE", List.of("Remote (EMEA)"),
                                "Permanent (Full-time)", "Salary up to $185,500 + equity"),
                        tuple("48842567", "Zeitlabs", "Senior Frontend Engineer",
                                List.of("Remote (UTC+3)"), "Full time or Full time contract",
                                null),
                        tuple("48837669", "Trinsic", "Senior Product Engineer",
                                List.of("REMOTE (Europe)"), "Full-time", null),
                        tuple("48868436", "ResortPass", "Senior Software Engineer, Frontend",
                                List.of("New York, NY", "Onsite"), "Full-time",
                                "$160k–$180k ($210k for senior band) + Equity"),
                        tuple("48804695", "This Dot Labs",
                                "Open roles: • Engineering Leads • Senior Engineers", List.of(),
                                null, null));
        assertThat(sink.postings().get(1).postedAt()).isEqualTo("2026-07-09T09:17:40Z");
        assertThat(sink.postings().get(1).applyUrl())
                .isEqualTo("https://news.ycombinator.com/item?id=48843116");
    }

    @Test
    void keepsNoCommenterNameOrEmailAddress() {
        String url = "https://hn.algolia.com/api/v1/search_by_date"
                + "?tags=comment,story_48747976&hitsPerPage=1000&page=0";
        Path payload = Fixtures.shared("hackernews/algolia-search-comments-2026-07.json");

        try (BoardClient client = Fixtures.replaying(cassette, url, payload)) {
            new HackerNewsConnector(client).fetch(JULY, sink);
        }

        assertThat(sink.postings()).allSatisfy(posting -> assertThat(posting.toString())
                .doesNotContain("hn_user").doesNotContain("this-dot-labs")
                .doesNotContain("jobs@thisdot.co"));
        assertThat(sink.postings().get(5).description())
                .endsWith("Send resume to [e-mail removed]");
    }

    @Test
    void followsThePagesOfALargeThread() throws Exception {
        server.enqueue(page(0, 2, hit("1", 100, "Acme | Backend Engineer | Berlin")));
        server.enqueue(page(1, 2, hit("2", 100, "Globex | Designer | Remote (EU)")
                + "," + hit("3", 2, "@someone is this still open?")));
        SourceConfig source = new SourceConfig("hn", SourceKind.HACKERNEWS, null,
                URI.create(server.url("/api/v1/search_by_date?tags=comment,story_100"
                        + "&hitsPerPage=1000&page=0").toString()));

        FetchSummary summary;
        try (BoardClient client = BoardClient.create(HttpConfig.defaults(), null, null)) {
            summary = new HackerNewsConnector(client).fetch(source, sink);
        }

        assertThat(summary).isEqualTo(new FetchSummary(2, 2, 0));
        assertThat(sink.postings()).extracting(SourcePosting::company)
                .containsExactly("Acme", "Globex");
        server.takeRequest();
        assertThat(server.takeRequest().getUrl().queryParameter("page")).isEqualTo("1");
    }

    @Test
    void blanksOutAddressesAndMentions() {
        assertThat(HackerNewsConnector.withoutPeople(
                "Mail jane.doe+jobs@example.co.uk or ask @jdoe; jobs [at] acme.io"))
                .isEqualTo("Mail [e-mail removed] or ask @[removed]; [e-mail removed]");
    }

    /** A hit shaped as the Algolia HN Search API returns it, author and all. */
    private static String hit(String id, int parent, String text) {
        return "{\"author\": \"someone\", \"comment_text\": \"" + text + "<p>Details.\","
                + " \"created_at\": \"2026-07-01T15:00:00Z\", \"created_at_i\": 1782918000,"
                + " \"objectID\": \"" + id + "\", \"parent_id\": " + parent + ","
                + " \"story_id\": 100, \"story_title\": \"Ask HN: Who is hiring? (July 2026)\","
                + " \"_tags\": [\"comment\", \"author_someone\", \"story_100\"]}";
    }

    private static MockResponse page(int page, int pages, String hits) {
        return new MockResponse.Builder().body("{\"hits\": [" + hits + "], \"nbHits\": 3,"
                + " \"page\": " + page + ", \"nbPages\": " + pages + ", \"hitsPerPage\": 1000}")
                .build();
    }
}
