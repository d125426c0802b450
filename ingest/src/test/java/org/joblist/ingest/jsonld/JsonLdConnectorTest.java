package org.joblist.ingest.jsonld;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.joblist.config.HttpConfig;
import org.joblist.config.SourceConfig;
import org.joblist.config.SourceKind;
import org.joblist.ingest.BlockedException;
import org.joblist.ingest.CollectingSink;
import org.joblist.ingest.FetchException;
import org.joblist.ingest.FetchSummary;
import org.joblist.ingest.PayPeriod;
import org.joblist.ingest.SalaryOrigin;
import org.joblist.ingest.SalaryRange;
import org.joblist.ingest.SourcePosting;
import org.joblist.ingest.WorkplaceType;
import org.joblist.ingest.http.BoardClient;
import org.joblist.ingest.http.CassetteWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class JsonLdConnectorTest {
    private static final Currency EUR = Currency.getInstance("EUR");

    @TempDir
    Path cassette;

    private final CollectingSink sink = new CollectingSink();

    @Test
    void readsAnArrayOfPostingsBesideAnOrganizationBlock() {
        FetchSummary summary = fetch("https://fernwood.example/careers", "two-blocks.html");

        assertThat(summary).isEqualTo(new FetchSummary(1, 2, 0));
        assertThat(sink.postings())
                .extracting(SourcePosting::externalId, SourcePosting::company,
                        SourcePosting::title, SourcePosting::locations, SourcePosting::postedAt,
                        SourcePosting::employmentType)
                .containsExactly(
                        tuple("FR-0412", "Fernwood Robotics", "Senior Embedded Engineer",
                                List.of("Tampere, Pirkanmaa, FI", "Oulu, FI"), "2026-07-14",
                                "FULL_TIME, CONTRACTOR"),
                        tuple("https://fernwood.example/careers/test-technician",
                                "Fernwood Robotics", "Test Technician", List.of("Tampere, Finland"),
                                "2026-07-02", "PART_TIME"));
        SourcePosting embedded = sink.postings().get(0);
        assertThat(embedded.salary()).isEqualTo(new SalaryRange(new BigDecimal("5200"),
                new BigDecimal("6400"), EUR, PayPeriod.MONTH, SalaryOrigin.STATED));
        assertThat(embedded.applyUrl())
                .isEqualTo("https://fernwood.example/careers/senior-embedded-engineer");
        assertThat(embedded.companyUrl()).isEqualTo("https://fernwood.example");
        assertThat(embedded.description()).isEqualTo("<p>Write firmware for our field robots.</p>");
    }

    @Test
    void readsAGraphWithTrailingCommasAndAnEntityEncodedBlock() {
        FetchSummary summary = fetch("https://kleefeld.example/jobs/", "graph-lenient.html");

        assertThat(summary).isEqualTo(new FetchSummary(1, 2, 0));
        SourcePosting disponent = sink.postings().get(0);
        assertThat(disponent.title()).isEqualTo("Disponent (m/w/d)");
        assertThat(disponent.company()).isEqualTo("Kleefeld Logistik GmbH");
        assertThat(disponent.locations()).containsExactly("Hannover, DE");
        assertThat(disponent.postedAt()).isEqualTo("2026-06-30T08:00:00+02:00");
        assertThat(disponent.externalId()).isEqualTo("https://kleefeld.example/jobs/#0");
        assertThat(disponent.applyUrl()).isEqualTo("https://kleefeld.example/jobs/");
        SourcePosting engineer = sink.postings().get(1);
        assertThat(engineer.externalId()).isEqualTo("KL-77");
        assertThat(engineer.title()).isEqualTo("Data Engineer & Analyst");
        assertThat(engineer.workplaceType()).isEqualTo(WorkplaceType.REMOTE);
        assertThat(engineer.locations()).containsExactly("Germany", "Austria");
        assertThat(engineer.salary()).isEqualTo(new SalaryRange(new BigDecimal("68000"),
                new BigDecimal("68000"), EUR, PayPeriod.YEAR, SalaryOrigin.STATED));
    }

    @Test
    void takesTheCompanySiteButNoProfileBoardPageLogoOrOtherScheme() {
        fetch("https://quarryjobs.example/jobs", "company-sites.html");

        assertThat(sink.postings())
                .extracting(SourcePosting::company, SourcePosting::companyUrl)
                .containsExactly(
                        tuple("Lindqvist Mining AB", "https://lindqvist.example/"),
                        tuple("Harbor Bakery", "https://harborbakery.example"),
                        tuple("Ostwind GmbH", null),
                        tuple("Scheme Co", null),
                        tuple("Nordlicht eG", null),
                        tuple("Meadow Survey",
                                "HTTPS://Meadow.Example/about?utm_source=quarryjobs"));
    }

    @Test
    void aPageWithoutJobPostingsFailsRatherThanReportingNone() {
        assertThatThrownBy(() -> fetch("https://shop.example/jobs", "no-postings.html"))
                .isInstanceOf(FetchException.class)
                .hasMessage("source page: https://shop.example/jobs: found no schema.org"
                        + " JobPosting in the page's 1 JSON-LD blocks");
    }

    @Test
    void followsTheJobLinksOfAListingToOnePagePerJob() {
        CassetteWriter cassette = listing();
        FetchSummary summary = fetchListing(cassette, 100);

        assertThat(summary).isEqualTo(new FetchSummary(4, 2, 1));
        assertThat(sink.postings())
                .extracting(SourcePosting::externalId, SourcePosting::title,
                        SourcePosting::company, SourcePosting::applyUrl)
                .containsExactly(
                        tuple("BK-1", "Bread Scientist", "Birchwood Bakery",
                                "https://birchwood.example/jobs/1"),
                        tuple("BK-2", "Oven Technician", "Birchwood Bakery",
                                "https://birchwood.example/jobs/2"));
    }

    @Test
    void aListingReadUpToMaxPagesIsTruncated() {
        FetchSummary summary = fetchListing(listing(), 2);

        assertThat(summary).isEqualTo(new FetchSummary(2, 1, 0, true));
    }

    @Test
    void aListingWithoutMatchingLinksFails() {
        CassetteWriter cassette = CassetteWriter.open(this.cassette);
        cassette.add("GET", LISTING, 200, "text/html", "<html><body><p>Soon.</p></body></html>"
                .getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> fetchListing(cassette, 100))
                .isInstanceOf(FetchException.class)
                .hasMessage("source birchwood: " + LISTING + ": found no links matching jobLinks"
                        + " \"a.job\"");
    }

    @Test
    void aPageRobotsTxtDisallowsIsBlockedAndNotRead() {
        CassetteWriter cassette = listing();
        cassette.add("GET", "https://birchwood.example/robots.txt", 200, "text/plain",
                "User-agent: *\nDisallow: /jobs/2\n".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> fetchListing(cassette, 100))
                .isInstanceOf(BlockedException.class)
                .hasMessage("source birchwood: https://birchwood.example/jobs/2: blocked: the"
                        + " site's robots.txt disallows joblist this page");
    }

    private static final String LISTING = "https://birchwood.example/careers";

    /** A listing linking three job pages (one twice), the third page without a posting. */
    private CassetteWriter listing() {
        CassetteWriter cassette = CassetteWriter.open(this.cassette);
        cassette.add("GET", LISTING, 200, "text/html", """
                <html><body>
                <a class="job" href="/jobs/1">Bread Scientist</a>
                <a class="job" href="/jobs/2#apply">Oven Technician</a>
                <a class="job" href="https://birchwood.example/jobs/1">Bread Scientist</a>
                <a class="job" href="/jobs/3">Closed role</a>
                <a href="/about">About us</a>
                </body></html>""".getBytes(StandardCharsets.UTF_8));
        cassette.add("GET", "https://birchwood.example/jobs/1", 200, "text/html",
                jobPage("BK-1", "Bread Scientist"));
        cassette.add("GET", "https://birchwood.example/jobs/2", 200, "text/html",
                jobPage("BK-2", "Oven Technician"));
        cassette.add("GET", "https://birchwood.example/jobs/3", 200, "text/html",
                "<html><body>This role has been filled.</body></html>"
                        .getBytes(StandardCharsets.UTF_8));
        return cassette;
    }

    private static byte[] jobPage(String id, String title) {
        return ("""
                <html><head><script type="application/ld+json">
                {"@context": "https://schema.org", "@type": "JobPosting", "identifier": "%s",
                 "title": "%s", "hiringOrganization": {"name": "Birchwood Bakery"},
                 "datePosted": "2026-08-01"}
                </script></head><body></body></html>""".formatted(id, title))
                .getBytes(StandardCharsets.UTF_8);
    }

    private FetchSummary fetchListing(CassetteWriter written, int maxPages) {
        SourceConfig source = new SourceConfig("birchwood", SourceKind.JSONLD, null,
                URI.create(LISTING)).withMaxPages(maxPages)
                .with(Map.of("jobLinks", "a.job"), Map.of());
        try (BoardClient client = BoardClient.create(HttpConfig.defaults(), null, cassette)) {
            return new JsonLdConnector(client).fetch(source, sink);
        }
    }

    private FetchSummary fetch(String url, String page) {
        CassetteWriter.open(cassette).add("GET", url, 200, "text/html; charset=utf-8",
                resource(page));
        SourceConfig source = new SourceConfig("page", SourceKind.JSONLD, null, URI.create(url));
        try (BoardClient client = BoardClient.create(HttpConfig.defaults(), null, cassette)) {
            return new JsonLdConnector(client).fetch(source, sink);
        }
    }

    static byte[] resource(String name) {
        try (InputStream in = Objects.requireNonNull(JsonLdConnectorTest.class
                .getResourceAsStream("/boards/jsonld/" + name), name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
