package org.joblist.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.joblist.publish.Postings.posting;

import java.time.Instant;
import org.joblist.config.PublicationConfig;
import org.joblist.ingest.WorkplaceType;
import org.junit.jupiter.api.Test;

class ReadmeRendererTest {
    private static final Instant NOW = Instant.parse("2026-09-05T08:00:00Z");
    private static final PublicationConfig PLAIN =
            new PublicationConfig("plain", "Jobs", "README.md", null);

    private final ReadmeRenderer renderer = new ReadmeRenderer();

    @Test
    void rendersHostileTitlesCompaniesAndLocationsAsTextWithoutTheirLink() {
        ListCatalog catalog = ListCatalog.of(posting(
                "Evil|Corp <b>`x`</b>",
                "Engineer](javascript:alert(1)) <script>alert(1)</script>\r\nnext *line* _x_ \\",
                "Remote | Mars\nEarth",
                WorkplaceType.REMOTE, "2026-06-01", "javascript:alert(1)"));

        String text = renderer.render(PLAIN, catalog, NOW).readme();

        assertThat(text).contains("\n| Evil\\|Corp \\<b\\>\\`x\\`\\</b\\>"
                + " | Engineer\\](javascript:alert(1)) \\<script\\>alert(1)\\</script\\>"
                + " next \\*line\\* \\_x\\_ \\\\"
                + " | Remote \\| Mars Earth | Remote | Jun 1, 2026 |\n");
        assertThat(text).doesNotContainPattern("(?<!\\\\)<(?!!-- joblist:)");
        assertThat(text).doesNotContainPattern("(?<!\\\\)]\\((?!https?://)");
    }

    @Test
    void linksATitleToAnHttpsUrlWithTheCharactersThatWouldBreakTheCellEncoded() {
        ListCatalog catalog = ListCatalog.of(posting("GitLab", "AI [Engineer]", "Remote",
                WorkplaceType.REMOTE, "2026-05-22", "https://example.com/jobs/a b|(c)"));

        String text = renderer.render(PLAIN, catalog, NOW).readme();

        assertThat(text).contains("\n| GitLab | [AI \\[Engineer\\]]"
                + "(https://example.com/jobs/a%20b%7C%28c%29)"
                + " | Remote | Remote | May 22, 2026 |\n");
    }

    @Test
    void escapesThePublicationTitleAndLeavesOutTheIntroWhenItIsBlank() {
        PublicationConfig publication =
                new PublicationConfig("hearts", "Jobs <3 | *2026*", "README.md", "  \n");

        String text = renderer.render(publication, ListCatalog.of(), NOW).readme();

        assertThat(text).startsWith("<!-- joblist:begin -->\n"
                + "# Jobs \\<3 \\| \\*2026\\*\n"
                + "\n"
                + "Last updated: Sep 5, 2026 at 08:00 UTC\n"
                + "\n"
                + "**0 jobs** | 0% remote | 0 companies\n");
    }

    @Test
    void keepsTheIntroAsTheMarkdownItIs() {
        PublicationConfig publication = new PublicationConfig(
                "backend", "Jobs", "README.md", "See [our guide](https://example.com/guide).\n");

        String text = renderer.render(publication, ListCatalog.of(), NOW).readme();

        assertThat(text).contains("# Jobs\n\nSee [our guide](https://example.com/guide).\n\n"
                + "Last updated: ");
    }

    @Test
    void countsTheRowsItRendered() {
        assertThat(renderer.render(PLAIN, Postings.golden(), NOW).rows()).isEqualTo(6);
    }

    @Test
    void treatsBlocksThatDifferOnlyInTheirUpdateTimeAsTheSame() {
        String monday = renderer.render(PLAIN, Postings.golden(), NOW).readme();
        String tuesday = renderer.render(PLAIN, Postings.golden(), NOW.plusSeconds(86_400)).readme();
        String fewer = renderer.render(PLAIN, ListCatalog.of(), NOW).readme();

        assertThat(monday).isNotEqualTo(tuesday);
        assertThat(ReadmeRenderer.sameExceptUpdated(monday, tuesday)).isTrue();
        assertThat(ReadmeRenderer.sameExceptUpdated(monday, fewer)).isFalse();
    }
}
