package org.joblist.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.joblist.publish.Postings.posting;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.joblist.config.PublicationConfig;
import org.joblist.config.SalaryStats;
import org.joblist.ingest.WorkplaceType;
import org.junit.jupiter.api.Test;

/** The rendered README as GitHub reads it: parsed back with commonmark and its tables extension. */
class ReadmeMarkdownTest {
    private static final Instant AUG_2 = Instant.parse("2026-08-02T21:05:33Z");
    private static final PublicationConfig BACKEND = new PublicationConfig("backend",
            "Backend Jobs 2026", "README.md", "Fresh backend roles, updated every day.");
    private static final List<String> MARKERS =
            List.of("<!-- joblist:begin -->", "<!-- joblist:end -->");

    private final ReadmeRenderer renderer = new ReadmeRenderer();

    @Test
    void theGoldenReadmeIsByteIdenticalAndHasOneTableRowPerPostingWithItsCells()
            throws IOException {
        String readme = renderer.render(BACKEND, Postings.golden(), AUG_2).readme();

        assertThat(readme).isEqualTo(golden());
        GfmDocument document = GfmDocument.parse(readme);
        assertThat(document.tableRows()).containsExactly(
                List.of("Notion", "Software Engineer, Enterprise Data",
                        "San Francisco, California", "Hybrid", "Aug 1, 2026"),
                List.of("Langdock", "Senior Backend Engineer (C# / .NET)", "Remote, Germany",
                        "Remote", "Jul 14, 2026"),
                List.of("GitLab", "AI Engineer", "Remote, Bangalore", "Remote", "May 22, 2026"),
                List.of("GitLab", "Backend Engineer, Verify", "Remote, EMEA", "Remote",
                        "May 22, 2026"),
                List.of("Truelogic", "Data Engineer", "—", "—", "May 22, 2026"),
                List.of("Answers Now", "Client Success Manager", "Austin, Texas", "On Site",
                        "Apr 30, 2026"));
        assertThat(document.linkDestinations()).containsExactly(
                "https://jobs.ashbyhq.com/notion/23ac2477-0008-4bf3-9e4a-aaa0a7e0dc24",
                "https://jobs.ashbyhq.com/langdock/0b1c2d3e-senior-backend",
                "https://job-boards.greenhouse.io/gitlab/jobs/8556658002",
                "https://job-boards.greenhouse.io/gitlab/jobs/8012345002",
                "https://jobs.ashbyhq.com/truelogic/data-engineer",
                "https://jobs.ashbyhq.com/answersnow/client-success-manager");
        assertThat(document.html()).containsExactlyElementsOf(MARKERS);
    }

    @Test
    void theGoldenReadmeWithSalariesAndClosedPostingsIsByteIdenticalAndHasTheirCells()
            throws IOException {
        PublicationConfig salaried = BACKEND.withSalaryColumn(true).withSalaryStats(
                new SalaryStats(Currency.getInstance("USD"),
                        Map.of(Currency.getInstance("EUR"), new BigDecimal("1.10"))));

        String readme = renderer.render(salaried, Postings.goldenWithClosed(), AUG_2).readme();

        assertThat(readme).isEqualTo(golden("golden-README-salary.md"));
        GfmDocument document = GfmDocument.parse(readme);
        assertThat(document.tableRows()).containsExactly(
                List.of("Notion", "Software Engineer, Enterprise Data",
                        "San Francisco, California", "Hybrid", "$180,000–$240,000 / year",
                        "Aug 1, 2026"),
                List.of("Langdock", "Senior Backend Engineer (C# / .NET)", "Remote, Germany",
                        "Remote", "€70,000–€90,000 / year", "Jul 14, 2026"),
                List.of("GitLab", "AI Engineer", "Remote, Bangalore", "Remote", "—",
                        "May 22, 2026"),
                List.of("GitLab", "Backend Engineer, Verify", "Remote, EMEA", "Remote", "—",
                        "May 22, 2026"),
                List.of("Truelogic", "Data Engineer", "—", "—", "$27.50 / hour", "May 22, 2026"),
                List.of("Answers Now", "Client Success Manager", "Austin, Texas", "On Site",
                        "$55,000–$65,000 / year", "Apr 30, 2026"),
                List.of("Wolt", "Store Manager", "Marsa", "Remote", "Jul 30, 2026"));
        assertThat(document.linkDestinations()).hasSize(6).allMatch(url -> url.startsWith(
                "https://"));
        assertThat(document.html()).containsExactly("<!-- joblist:begin -->",
                "<details>\n<summary>Recently closed (1)</summary>",
                "</details>\n<!-- joblist:end -->");
    }

    @Test
    void aCompanyWithASiteIsALinkInItsCellAndOneWithoutIsText() {
        String readme = renderer.render(BACKEND, Postings.weWorkRemotely(), AUG_2).readme();

        GfmDocument document = GfmDocument.parse(readme);
        assertThat(document.tableRows()).extracting(cells -> cells.get(0))
                .containsExactly("APEX TRADE", "Qase");
        assertThat(document.linkDestinations()).containsExactly(
                "https://weworkremotely.com/remote-jobs/"
                        + "apex-trade-entry-level-crypto-market-specialist",
                "https://qase.io",
                "https://weworkremotely.com/remote-jobs/qase-developer-advocate");
    }

    @Test
    void hostileTitlesCompaniesAndUrlsRenderAsTextWithOnlyHttpLinks() {
        ListCatalog catalog = ListCatalog.of(
                posting("Evil|Corp <b>`x`</b>", "Engineer](javascript:alert(1))",
                        "Remote | Mars\nEarth", WorkplaceType.REMOTE, "2026-06-05",
                        "javascript:alert(1)"),
                posting("[Acme](javascript:alert(2))", "<script>alert(3)</script>",
                        "Berlin", WorkplaceType.ONSITE, "2026-06-04",
                        "JAVASCRIPT:alert(4)"),
                posting("Backtick ``` Co", "Dev\r\n# Heading\n| a | b |\n<img src=x onerror=y>",
                        "&lt;Paris&gt;", WorkplaceType.HYBRID, "2026-06-03",
                        "data:text/html,<script>alert(5)</script>"),
                posting("Fine Co", "Lead ![pic](https://evil.example/x.png) *now*",
                        "Oslo", WorkplaceType.REMOTE, "2026-06-02",
                        "https://example.com/apply?a=1&b=<2>) [x](javascript:y)"));

        String readme = renderer.render(BACKEND, catalog, AUG_2).readme();

        GfmDocument document = GfmDocument.parse(readme);
        assertThat(document.tableRows()).containsExactly(
                List.of("Evil|Corp <b>`x`</b>", "Engineer](javascript:alert(1))",
                        "Remote | Mars Earth", "Remote", "Jun 5, 2026"),
                List.of("[Acme](javascript:alert(2))", "<script>alert(3)</script>", "Berlin",
                        "On Site", "Jun 4, 2026"),
                List.of("Backtick ``` Co", "Dev # Heading | a | b | <img src=x onerror=y>",
                        "&lt;Paris&gt;", "Hybrid", "Jun 3, 2026"),
                List.of("Fine Co", "Lead ![pic](https://evil.example/x.png) *now*", "Oslo",
                        "Remote", "Jun 2, 2026"));
        assertThat(document.linkDestinations()).containsExactly(
                "https://example.com/apply?a=1&b=%3C2%3E%29%20[x]%28javascript:y%29");
        assertThat(document.html()).containsExactlyElementsOf(MARKERS);
    }

    @Test
    void hostileCompanyUrlsAreNoLinksAndAnHttpsOneCannotBreakOutOfItsCell() {
        String table = "| Company | Position | Location | Type | Salary | Date |\n"
                + "|---|---|---|---|---|---|\n"
                + row("Evil", "javascript:alert(1)") + row("Data", "data:text/html,<b>x</b>")
                + row("Mixed", " JaVaScRiPt:alert(2)") + row("Vb", "vbscript:msgbox(3)")
                + row("Relative", "//evil.example/x") + row("Fine", "https://fine.example/a b)"
                        + " [x](javascript:y) | z");

        GfmDocument document = GfmDocument.parse(table);

        assertThat(document.tableRows()).extracting(cells -> cells.get(0)).containsExactly(
                "Evil", "Data", "Mixed", "Vb", "Relative", "Fine");
        assertThat(document.tableRows()).allSatisfy(cells -> assertThat(cells).hasSize(6));
        assertThat(document.linkDestinations()).containsExactly(
                "https://fine.example/a%20b%29%20[x]%28javascript:y%29%20%7C%20z");
        assertThat(document.html()).isEmpty();
    }

    private String row(String company, String companyUrl) {
        return renderer.renderRow(new ListRow(company, companyUrl, "Dev", null, "Oslo", "Remote",
                "Jun 2, 2026", null, null, null), true);
    }

    private static String golden() throws IOException {
        return golden("golden-README.md");
    }

    private static String golden(String name) throws IOException {
        try (InputStream in = ReadmeMarkdownTest.class.getResourceAsStream(name)) {
            return new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
