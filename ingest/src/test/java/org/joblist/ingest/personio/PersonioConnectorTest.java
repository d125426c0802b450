package org.joblist.ingest.personio;

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

class PersonioConnectorTest {
    private static final String FEED = "https://clark.jobs.personio.de/xml";
    private static final SourceConfig CLARK =
            new SourceConfig("clark", SourceKind.PERSONIO, "clark", null);

    @TempDir
    Path cassette;

    private final CollectingSink sink = new CollectingSink();

    @Test
    void readsEveryPositionOfTheFeed() {
        FetchSummary summary = fetch(Fixtures.shared("personio/feed-clark.xml"));

        assertThat(summary).isEqualTo(new FetchSummary(1, 4, 0));
        assertThat(sink.postings())
                .extracting(SourcePosting::externalId, SourcePosting::company,
                        SourcePosting::title, SourcePosting::locations, SourcePosting::postedAt)
                .containsExactly(
                        tuple("2415353", "CLARK Holding SE", "(Senior) CRM Manager (m/w/d)",
                                List.of("Berlin", "Frankfurt am Main"),
                                "2025-11-04T08:40:52+00:00"),
                        tuple("2377588", "Clark Germany GmbH",
                                "Digitaler Bestandskundenbetreuer (Outbound) (m/w/d)",
                                List.of("Remote"), "2025-10-07T15:05:38+00:00"),
                        tuple("342554", "Clark Germany GmbH", "Sales Consultant (m/w/d)",
                                List.of("Berlin"), "2021-03-24T16:31:23+00:00"),
                        tuple("2335782", "Clark Switzerland AG", "Sales Consultant (m/w/d)",
                                List.of("Zürich"), "2025-09-15T08:25:51+00:00"));
    }

    @Test
    void decodesXmlEntitiesAndBuildsThePositionsPage() {
        fetch(Fixtures.shared("personio/feed-clark.xml"));

        SourcePosting sales = sink.postings().get(2);
        assertThat(sales.tags()).containsExactly("DE - Sales Life & Health", "full-time");
        assertThat(sales.employmentType()).isEqualTo("permanent");
        assertThat(sales.applyUrl()).isEqualTo("https://clark.jobs.personio.de/job/342554");
        assertThat(sales.description()).isEmpty();
    }

    @Test
    void joinsTheNamedDescriptionParts() {
        fetch("""
                <?xml version="1.0" encoding="UTF-8"?>
                <workzag-jobs><position><id>7</id><name>Engineer</name>
                  <jobDescriptions>
                    <jobDescription><name>Your tasks</name>
                      <value><![CDATA[<p>Build</p>]]></value></jobDescription>
                    <jobDescription><name>Your profile</name>
                      <value>&lt;p&gt;Care&lt;/p&gt;</value></jobDescription>
                  </jobDescriptions></position></workzag-jobs>
                """);

        assertThat(sink.postings().get(0).description())
                .isEqualTo("<h3>Your tasks</h3><p>Build</p><h3>Your profile</h3><p>Care</p>");
        assertThat(sink.postings().get(0).company()).isEqualTo("clark");
    }

    @Test
    void anotherRootFailsNamingIt() {
        assertThatThrownBy(() -> fetch("<error><message>Moved</message></error>"))
                .isInstanceOf(FetchException.class)
                .hasMessage("source clark: " + FEED + ": expected a Personio XML feed"
                        + " (<workzag-jobs>), found <error>");
    }

    @Test
    void brokenXmlFailsAsNotWellFormed() {
        assertThatThrownBy(() -> fetch("<workzag-jobs><position><id>1</id>"))
                .isInstanceOf(FetchException.class)
                .hasMessageStartingWith("source clark: " + FEED + ": body is not well-formed XML");
    }

    private FetchSummary fetch(Path feed) {
        CassetteWriter.open(cassette).add("GET", FEED, 200, "application/xml", feed);
        return run();
    }

    private FetchSummary fetch(String feed) {
        CassetteWriter.open(cassette).add("GET", FEED, 200, "application/xml",
                feed.getBytes(UTF_8));
        return run();
    }

    private FetchSummary run() {
        try (BoardClient client = BoardClient.create(HttpConfig.defaults(), null, cassette)) {
            return new PersonioConnector(client).fetch(CLARK, sink);
        }
    }
}
