package org.joblist.ingest.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.joblist.config.HttpConfig;
import org.joblist.config.SourceConfig;
import org.joblist.config.SourceKind;
import org.joblist.ingest.CollectingSink;
import org.joblist.ingest.FetchException;
import org.joblist.ingest.FetchSummary;
import org.joblist.ingest.SourcePosting;
import org.joblist.ingest.http.BoardClient;
import org.joblist.ingest.http.CassetteWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class HtmlConnectorTest {
    private static final String FIRST = "https://jobs.ostwald.example/jobs";
    private static final Map<String, String> SELECTORS = Map.of(
            "selectors.item", "article.job",
            "selectors.title", "h2.title",
            "selectors.company", ".company",
            "selectors.location", ".where",
            "selectors.date", "time",
            "selectors.nextPage", "a.next");

    @TempDir
    Path cassette;

    private final CollectingSink sink = new CollectingSink();

    @Test
    void readsTheItemsOfEveryPageFollowingTheNextLink() {
        FetchSummary summary = fetch(source(SELECTORS));

        assertThat(summary).isEqualTo(new FetchSummary(2, 3, 1));
        assertThat(sink.postings())
                .extracting(SourcePosting::externalId, SourcePosting::company,
                        SourcePosting::title, SourcePosting::locations, SourcePosting::postedAt)
                .containsExactly(
                        tuple("https://jobs.ostwald.example/jobs/1042-gardener",
                                "Stadtwerke Ostwald", "Gardener (m/f/d)",
                                List.of("Ostwald, Saxony"), "2026-07-28"),
                        tuple("https://careers.ostwald.example/it-admin", "Ostwald Clinic",
                                "IT Administrator", List.of("Ostwald"), "27 July 2026"),
                        tuple("https://jobs.ostwald.example/jobs/1001-baker", "Bäckerei Lindner",
                                "Baker", List.of("Ostwald-Nord"), "2026-07-20"));
        assertThat(sink.postings().get(0).description()).contains("Care for our parks.");
    }

    @Test
    void stopsAtMaxPagesAndSaysTheReadIsTruncated() {
        FetchSummary summary = fetch(source(SELECTORS).withMaxPages(1));

        assertThat(summary).isEqualTo(new FetchSummary(1, 2, 1, true));
    }

    @Test
    void aBadSelectorFailsTheSourceBeforeAnyRequest() {
        SourceConfig source = source(Map.of("selectors.item", "article[", "selectors.title", "h2"));

        assertThatThrownBy(() -> fetch(source))
                .isInstanceOf(FetchException.class)
                .hasMessageStartingWith("source ostwald: " + FIRST
                        + ": selectors.item: \"article[\" is not a CSS selector (");
    }

    private static SourceConfig source(Map<String, String> selectors) {
        return new SourceConfig("ostwald", SourceKind.HTML, null, URI.create(FIRST))
                .with(selectors, Map.of());
    }

    private FetchSummary fetch(SourceConfig source) {
        CassetteWriter writer = CassetteWriter.open(cassette);
        writer.add("GET", FIRST, 200, "text/html; charset=utf-8", resource("page1.html"));
        writer.add("GET", FIRST + "?page=2", 200, "text/html; charset=utf-8",
                resource("page2.html"));
        try (BoardClient client = BoardClient.create(HttpConfig.defaults(), null, cassette)) {
            return new HtmlConnector(client).fetch(source, sink);
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = Objects.requireNonNull(HtmlConnectorTest.class
                .getResourceAsStream("/boards/html/" + name), name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
