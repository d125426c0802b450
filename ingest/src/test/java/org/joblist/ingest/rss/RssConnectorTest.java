package org.joblist.ingest.rss;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.joblist.config.HttpConfig;
import org.joblist.config.SourceConfig;
import org.joblist.config.SourceKind;
import org.joblist.ingest.CollectingSink;
import org.joblist.ingest.FetchException;
import org.joblist.ingest.FetchSummary;
import org.joblist.ingest.Fixtures;
import org.joblist.ingest.SourcePosting;
import org.joblist.ingest.http.BoardClient;
import org.joblist.ingest.http.CassetteWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class RssConnectorTest {
    private static final String WWR = "https://weworkremotely.com/remote-jobs.rss";
    private static final String FEED = "https://jobs.example.org/feed";

    @TempDir
    Path cassette;

    private final CollectingSink sink = new CollectingSink();

    @Test
    void readsWeWorkRemotelysFeedWithCompanyFromTheTitle() {
        FetchSummary summary = fetch(WWR,
                Fixtures.shared("weworkremotely/remote-jobs-rss-2026-07.xml"));

        assertThat(summary).isEqualTo(new FetchSummary(1, 4, 0));
        assertThat(sink.postings())
                .extracting(SourcePosting::company, SourcePosting::title,
                        SourcePosting::locations, SourcePosting::postedAt,
                        SourcePosting::employmentType)
                .containsExactly(
                        tuple("Mathmo", "Maths Coach", List.of("Anywhere in the World"),
                                "2026-07-10T22:45:30Z", "Contract"),
                        tuple("Qase", "Developer Advocate", List.of("Anywhere in the World"),
                                "2026-07-10T19:44:50Z", "Full-Time"),
                        tuple("APEX TRADE", "Entry-Level Crypto Market Specialist",
                                List.of("Anywhere in the World"), "2026-07-10T15:21:26Z",
                                "Full-Time"),
                        tuple("Qase", "Technical Customer Support Specialist",
                                List.of("Anywhere in the World"), "2026-07-10T13:52:20Z",
                                "Full-Time"));
        SourcePosting apex = sink.postings().get(2);
        assertThat(apex.externalId())
                .isEqualTo("https://weworkremotely.com/remote-jobs/"
                        + "apex-trade-entry-level-crypto-market-specialist");
        assertThat(apex.applyUrl()).isEqualTo(apex.externalId());
        assertThat(apex.tags()).containsExactly("All Other Remote", "Cryptocurrency");
        assertThat(sink.postings().get(0).description()).startsWith("<img src=\"https://");
    }

    @Test
    void takesTheCompanySiteFromWeWorkRemotelysHeaderButNeverAnApplicationLink() {
        fetch(WWR, Fixtures.shared("weworkremotely/remote-jobs-rss-2026-07.xml"));

        assertThat(sink.postings())
                .extracting(SourcePosting::company, SourcePosting::companyUrl)
                .containsExactly(
                        tuple("Mathmo", "http://www.mathmo.com"),
                        tuple("Qase", "https://qase.io/"),
                        tuple("APEX TRADE", null),
                        tuple("Qase", "https://qase.io/"));
    }

    @Test
    void aFeedWithoutWeWorkRemotelysHeaderNamesNoCompanySite() {
        fetch(FEED, """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Jobs</title>
                  <link>https://jobs.example.org/</link><description>Jobs</description>
                  <item><title>Harbour Analytics: Data Analyst</title>
                    <link>https://jobs.example.org/1</link>
                    <description>&lt;p&gt;&lt;strong&gt;URL:&lt;/strong&gt;
                      &lt;a href="https://harbour.example/"&gt;us&lt;/a&gt;&lt;/p&gt;</description>
                  </item>
                  <item><title>Lighthouse Co: Keeper</title>
                    <link>https://jobs.example.org/2</link>
                    <description>&lt;p&gt;&lt;strong&gt;Headquarters:&lt;/strong&gt; Hull
                      &lt;br /&gt;&lt;strong&gt;URL:&lt;/strong&gt;
                      &lt;a href="https://jobs.example.org/companies/lighthouse"&gt;x&lt;/a&gt;
                      &lt;/p&gt;</description>
                  </item>
                </channel></rss>
                """);

        assertThat(sink.postings()).extracting(SourcePosting::companyUrl)
                .containsExactly(null, null);
    }

    @Test
    void readsAnAtomFeedWithAuthorsAsCompanies() {
        fetch(FEED, """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom">
                  <title>Example Co-op Jobs</title>
                  <id>urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6</id>
                  <updated>2026-07-20T08:00:00Z</updated>
                  <entry>
                    <title>Backend Engineer: Payments</title>
                    <link href="https://jobs.example.org/backend-payments"/>
                    <id>urn:example:job:4711</id>
                    <published>2026-07-19T09:30:00+02:00</published>
                    <updated>2026-07-20T08:00:00Z</updated>
                    <author><name>Nordlicht Energie eG</name></author>
                    <category term="Engineering"/>
                    <content type="html">&lt;p&gt;Build our settlement service.&lt;/p&gt;</content>
                  </entry>
                </feed>
                """);

        SourcePosting posting = sink.postings().get(0);
        assertThat(posting.externalId()).isEqualTo("urn:example:job:4711");
        assertThat(posting.company()).isEqualTo("Nordlicht Energie eG");
        assertThat(posting.title()).isEqualTo("Backend Engineer: Payments");
        assertThat(posting.postedAt()).isEqualTo("2026-07-19T07:30:00Z");
        assertThat(posting.updatedAt()).isEqualTo("2026-07-20T08:00:00Z");
        assertThat(posting.applyUrl()).isEqualTo("https://jobs.example.org/backend-payments");
        assertThat(posting.description()).isEqualTo("<p>Build our settlement service.</p>");
        assertThat(posting.tags()).containsExactly("Engineering");
    }

    @Test
    void readsDcCreatorAndSkipsItemsWithoutTitle() {
        FetchSummary summary = fetch(FEED, """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
                  <channel><title>Jobs</title><link>https://jobs.example.org/</link>
                    <description>Jobs</description>
                    <item><title>Data Analyst</title><dc:creator>Harbour Analytics</dc:creator>
                      <link>https://jobs.example.org/1</link>
                      <pubDate>Mon, 06 Jul 2026 10:00:00 +0000</pubDate></item>
                    <item><link>https://jobs.example.org/2</link></item>
                  </channel>
                </rss>
                """);

        assertThat(summary).isEqualTo(new FetchSummary(1, 1, 1));
        assertThat(sink.postings().get(0).company()).isEqualTo("Harbour Analytics");
        assertThat(sink.postings().get(0).externalId()).isEqualTo("https://jobs.example.org/1");
    }

    @Test
    void xmlThatIsNoFeedFails() {
        assertThatThrownBy(() -> fetch(FEED, "<?xml version=\"1.0\"?><note>Moved</note>"))
                .isInstanceOf(FetchException.class)
                .hasMessageStartingWith("source feed: " + FEED + ": body is not an RSS or Atom"
                        + " feed (");
    }

    private FetchSummary fetch(String url, Path feed) {
        CassetteWriter.open(cassette).add("GET", url, 200, "application/rss+xml", feed);
        return run(url);
    }

    private FetchSummary fetch(String url, String feed) {
        CassetteWriter.open(cassette).add("GET", url, 200, "application/rss+xml",
                feed.getBytes(UTF_8));
        return run(url);
    }

    private FetchSummary run(String url) {
        SourceConfig source = new SourceConfig("feed", SourceKind.RSS, null, URI.create(url));
        try (BoardClient client = BoardClient.create(HttpConfig.defaults(), null, cassette)) {
            return new RssConnector(client).fetch(source, sink);
        }
    }
}
