package org.joblist.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.joblist.publish.Postings.closedAt;
import static org.joblist.publish.Postings.posting;
import static org.joblist.publish.Postings.with;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.joblist.aggregate.StoredPosting;
import org.joblist.config.FeedFiles;
import org.joblist.config.PublicationConfig;
import org.joblist.config.PublicationFilter;
import org.joblist.config.RelatedList;
import org.joblist.config.SalaryStats;
import org.joblist.config.SourceKind;
import org.joblist.ingest.SourceCredit;
import org.joblist.ingest.WorkplaceType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
        String tuesday =
                renderer.render(PLAIN, Postings.golden(), NOW.plusSeconds(86_400)).readme();
        String fewer = renderer.render(PLAIN, ListCatalog.of(), NOW).readme();

        assertThat(monday).isNotEqualTo(tuesday);
        assertThat(ReadmeRenderer.sameExceptUpdated(monday, tuesday)).isTrue();
        assertThat(ReadmeRenderer.sameExceptUpdated(monday, fewer)).isFalse();
    }

    @Test
    void linksTheCompanyAndShowsSalaryAndCreditWhenARowHasThem() {
        ListRow row = new ListRow("GitLab", "https://about.gitlab.com", "AI Engineer",
                "https://job-boards.greenhouse.io/gitlab/jobs/8556658002", "Remote", "Remote",
                "May 22, 2026", "$120k–$150k", "Remote OK", "https://remoteok.com");

        assertThat(renderer.renderRow(row, true)).isEqualTo("| [GitLab](https://about.gitlab.com)"
                + " | [AI Engineer](https://job-boards.greenhouse.io/gitlab/jobs/8556658002)"
                + " (via [Remote OK](https://remoteok.com)) | Remote | Remote | \\$120k–\\$150k"
                + " | May 22, 2026 |\n");
    }

    @Test
    void creditsAListingMergedIntoAPostingOfAnotherSource() {
        StoredPosting direct = Postings.onsite("Langdock", "Platform Engineer");
        StoredPosting merged = new StoredPosting(direct.posting(), direct.firstSeenAt(),
                direct.lastSeenAt(), null, null, List.of("test", "remoteok"));
        Map<String, SourceCredit> credits =
                Map.of("remoteok", SourceCredit.of(SourceKind.REMOTEOK).orElseThrow());

        String text = renderer.render(PLAIN, ListCatalog.of(merged, Postings.remote("Wolt",
                "Store Manager")), NOW, credits).readme();

        assertThat(text).contains("| Langdock | [Platform Engineer](https://example.com/jobs/2)"
                + " (via [Remote OK](https://remoteok.com)) | Berlin | On Site | Jun 1, 2026 |\n")
                .contains("| Wolt | [Store Manager](https://example.com/jobs/1) | Remote | Remote"
                        + " | Jun 1, 2026 |\n");
    }

    @Test
    void creditsTheSourcesWhoseTermsAskForItNextToTheirRows() {
        ListCatalog catalog = ListCatalog.of(Postings.remote("Wolt", "Store Manager"),
                Postings.onsite("Langdock", "Platform Engineer"));
        Map<String, SourceCredit> credits = Map.of("test",
                SourceCredit.of(SourceKind.REMOTEOK).orElseThrow(), "other",
                new SourceCredit("Other", "https://other.example"));

        String text = renderer.render(PLAIN, catalog, NOW, credits).readme();

        assertThat(text).contains("| Wolt | [Store Manager](https://example.com/jobs/1)"
                + " (via [Remote OK](https://remoteok.com)) | Remote | Remote | Jun 1, 2026 |\n"
                + "| Langdock | [Platform Engineer](https://example.com/jobs/2)"
                + " (via [Remote OK](https://remoteok.com)) | Berlin | On Site | Jun 1, 2026 |\n");
        assertThat(renderer.render(PLAIN, catalog, NOW).readme()).doesNotContain("via");
    }

    @Test
    void linksTheCompanyToItsSiteWhenKnownAndWritesItAsTextOtherwise() {
        String text = renderer.render(PLAIN, Postings.weWorkRemotely(), NOW).readme();

        assertThat(text).contains("\n"
                + "| Company | Position | Location | Type | Date |\n"
                + "|---|---|---|---|---|\n"
                + "| APEX TRADE | [Entry-Level Crypto Market Specialist](https://weworkremotely.com/remote-jobs/apex-trade-entry-level-crypto-market-specialist)"
                + " | Anywhere in the World | Remote | Jul 10, 2026 |\n"
                + "| [Qase](https://qase.io) | [Developer Advocate](https://weworkremotely.com/remote-jobs/qase-developer-advocate)"
                + " | Anywhere in the World | Remote | Jul 10, 2026 |\n"
                + "<!-- joblist:end -->\n");
    }

    @Test
    void dropsACompanyLinkThatIsNotHttpAndShowsADashForAMissingSalary() {
        ListRow row = new ListRow("Evil", "javascript:alert(1)", "Dev", null, "—", "—",
                "May 22, 2026", null, null, null);

        assertThat(renderer.renderRow(row, true))
                .isEqualTo("| Evil | Dev | — | — | — | May 22, 2026 |\n");
        assertThat(renderer.renderRow(row, false))
                .isEqualTo("| Evil | Dev | — | — | May 22, 2026 |\n");
    }

    @Test
    void linksRelatedListsAndPutsASalaryColumnInTheHeader() {
        PublicationConfig publication = new PublicationConfig("backend", "Jobs", "jobs/backend.md",
                null, PublicationFilter.NONE,
                List.of(new RelatedList("design", "Design <Jobs>", "../design.md"),
                        new RelatedList("odd", "Odd", "javascript:alert(1).md")),
                null, null, 10, true, SalaryStats.DEFAULT, Duration.ZERO, FeedFiles.NONE);

        String text = renderer.render(publication, ListCatalog.of(), NOW).readme();

        assertThat(text).contains("| Company | Position | Location | Type | Salary | Date |\n"
                + "|---|---|---|---|---|---|\n"
                + "\n## Related job lists\n\n"
                + "- [Design \\<Jobs\\>](../design.md)\n"
                + "- [Odd](javascript%3Aalert%281%29.md)\n"
                + "<!-- joblist:end -->\n");
    }

    @Test
    void rendersWithThePublicationsOwnTemplate(@TempDir Path dir) throws IOException {
        Path template = dir.resolve("mine.mustache");
        Files.writeString(template, "<!-- joblist:begin -->\n## {{title}}: {{jobs}}\n"
                + "{{{tableHeader}}}\n{{{rows}}}<!-- joblist:end -->\n");
        PublicationConfig publication = new PublicationConfig("mine", "My *list*", "README.md",
                null, PublicationFilter.NONE, List.of(), null, template, 10, false,
                SalaryStats.DEFAULT, Duration.ZERO, FeedFiles.NONE);

        String text = renderer.render(publication, ListCatalog.of(Postings.onsite("Acme", "Dev")),
                NOW).readme();

        assertThat(text).isEqualTo("<!-- joblist:begin -->\n## My \\*list\\*: 1 job\n"
                + "| Company | Position | Location | Type | Date |\n|---|---|---|---|---|\n"
                + "| Acme | [Dev](https://example.com/jobs/2) | Berlin | On Site | Jun 1, 2026 |\n"
                + "<!-- joblist:end -->\n");
    }

    @Test
    void listsPostingsClosedWithinTheWindowThatPassTheFilterWithoutTheirApplyLink() {
        StoredPosting open = Postings.onsite("Acme", "Dev");
        StoredPosting closedLately = closedAt(with(Postings.remote("Wolt", "Store Manager"),
                p -> p.category("retail")), "2026-09-01T10:00:00Z");
        StoredPosting closedLast = closedAt(Postings.remote("Beta", "Ops"), "2026-09-04T10:00:00Z");
        StoredPosting closedLong = closedAt(Postings.remote("Old", "Gone"), "2026-08-20T10:00:00Z");
        StoredPosting filteredOut = closedAt(with(Postings.remote("Data", "Analyst"),
                p -> p.category("data")), "2026-09-03T10:00:00Z");
        PublicationConfig noData = PLAIN.withFilter(new PublicationFilter(List.of(), List.of(),
                Set.of(), null, List.of(), Set.of("retail", "other"), Set.of(), Set.of()));
        Map<String, SourceCredit> credits =
                Map.of("test", SourceCredit.of(SourceKind.REMOTEOK).orElseThrow());

        String text = renderer.render(noData,
                ListCatalog.of(open, closedLately, closedLast, closedLong, filteredOut), NOW,
                credits).readme();

        assertThat(text).contains("**1 job** | 0% remote | 1 company\n").contains("\n"
                + "| Acme | [Dev](https://example.com/jobs/2)"
                + " (via [Remote OK](https://remoteok.com)) | Berlin | On Site | Jun 1, 2026 |\n"
                + "\n"
                + "<details>\n"
                + "<summary>Recently closed (2)</summary>\n"
                + "\n"
                + "| Company | Position | Location | Type | Closed |\n"
                + "|---|---|---|---|---|\n"
                + "| Beta | Ops (via [Remote OK](https://remoteok.com)) | Remote | Remote"
                + " | Sep 4, 2026 |\n"
                + "| Wolt | Store Manager (via [Remote OK](https://remoteok.com)) | Remote | Remote"
                + " | Sep 1, 2026 |\n"
                + "\n"
                + "</details>\n");
        assertThat(renderer.render(noData.withRecentlyClosed(Duration.ZERO),
                ListCatalog.of(open, closedLately), NOW).readme()).doesNotContain("<details>");
    }

    @Test
    void showsTheHundredMostRecentlyClosedAndSaysHowManyClosed() {
        List<StoredPosting> closed = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            closed.add(closedAt(Postings.remote("Co " + i, "Job"),
                    NOW.minusSeconds(3600L * (i + 1)).toString()));
        }

        String text = renderer.render(PLAIN, new ListCatalog(closed), NOW).readme();

        assertThat(text).contains("<summary>Recently closed (100 of 101)</summary>")
                .contains("| Co 99 |").doesNotContain("| Co 100 |");
    }

    @Test
    void namesAnUnreadableTemplate(@TempDir Path dir) {
        Path template = dir.resolve("gone.mustache");
        PublicationConfig publication = new PublicationConfig("mine", "Jobs", "README.md",
                null, PublicationFilter.NONE, List.of(), null, template, 10, false,
                SalaryStats.DEFAULT, Duration.ZERO, FeedFiles.NONE);

        assertThatThrownBy(() -> renderer.render(publication, ListCatalog.of(), NOW))
                .isInstanceOf(PublishException.class)
                .hasMessage("template " + template + ": no such file");
    }
}
