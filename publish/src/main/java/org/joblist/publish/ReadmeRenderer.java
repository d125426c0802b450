package org.joblist.publish;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.joblist.aggregate.PostingCatalog;
import org.joblist.aggregate.StoredPosting;
import org.joblist.config.PublicationConfig;
import org.joblist.config.RelatedList;
import org.joblist.ingest.SourceCredit;
import org.jspecify.annotations.Nullable;

/**
 * Renders a publication's README block and its archive files with Mustache templates: the layout
 * ({@code readme.mustache}, or the publication's own template file), {@code readme-row.mustache}
 * for one table row and {@code archive.mustache} for an archive file. Postings are taken from the
 * catalogue in its order and filtered as they stream by; each is rendered to its row at once, so
 * only row text and counters are kept. The first {@link PublicationConfig#maxRows()} rows go to
 * the README, the rest to archive files of as many rows each. When the publication has feeds, each
 * listed posting is also kept as a {@link FeedItem}. Postings closed lately are rendered into a
 * collapsed "Recently closed" section. Double-brace values are escaped with {@link
 * MarkdownText#escape}. Thread-safe.
 */
final class ReadmeRenderer {
    private static final String TEMPLATES = "org/joblist/publish/";
    private static final DateTimeFormatter UPDATED =
            DateTimeFormatter.ofPattern("MMM d, uuuu 'at' HH:mm 'UTC'", Locale.ENGLISH)
                    .withZone(ZoneOffset.UTC);
    private static final String HEADER = "| Company | Position | Location | Type | Date |\n"
            + "|---|---|---|---|---|";
    private static final String HEADER_WITH_SALARY =
            "| Company | Position | Location | Type | Salary | Date |\n|---|---|---|---|---|---|";
    /** The header of the "Recently closed" table; its last column is the closing date. */
    static final String CLOSED_HEADER = "| Company | Position | Location | Type | Closed |\n"
            + "|---|---|---|---|---|";

    /** The most rows the "Recently closed" section shows. */
    static final int CLOSED_ROWS = 100;

    /** The layout's line that shows when the block was rendered. */
    private static final Pattern UPDATED_LINE = Pattern.compile("(?m)^Last updated: .*$");

    private final MarkdownMustacheFactory templates = new MarkdownMustacheFactory();
    private final Mustache layout;
    private final Mustache row;
    private final Mustache archive;

    ReadmeRenderer() {
        this.layout = templates.compile(TEMPLATES + "readme.mustache");
        this.row = templates.compile(TEMPLATES + "readme-row.mustache");
        this.archive = templates.compile(TEMPLATES + "archive.mustache");
    }

    /**
     * Renders the README block, markers included and followed by a line break, and the archive
     * files for the rows past the budget.
     *
     * @throws PublishException when the publication's own template cannot be read or compiled
     */
    Rendering render(PublicationConfig publication, PostingCatalog catalog, Instant now) {
        return render(publication, catalog, now, Map.of());
    }

    /**
     * Renders as {@link #render(PublicationConfig, PostingCatalog, Instant)} does, crediting the
     * sources whose terms ask for it next to their rows and in their feed items.
     *
     * @param credits the credit each source asks for, by source id; a source not in it gets none
     */
    Rendering render(PublicationConfig publication, PostingCatalog catalog, Instant now,
            Map<String, SourceCredit> credits) {
        PostingFilter filter = PostingFilter.of(publication.filter(), now);
        ReadmeStats stats = new ReadmeStats();
        WeeklyChart chart = new WeeklyChart();
        List<StringWriter> pages = new ArrayList<>();
        RowFlags flags = new RowFlags(publication.salaryColumn());
        boolean feeds = !publication.feeds().isEmpty();
        List<FeedItem> feedItems = new ArrayList<>();
        catalog.forEachPosting(stored -> {
            if (!filter.accepts(stored)) {
                return;
            }
            if (stats.rows() % publication.maxRows() == 0) {
                pages.add(new StringWriter());
            }
            stats.count(stored.posting());
            chart.count(stored.listedAt());
            SourceCredit credit = creditOf(stored, credits);
            pages.get(pages.size() - 1).write(renderRow(ListRow.of(stored, credit), flags));
            if (feeds) {
                feedItems.add(FeedItem.of(stored, credit));
            }
        });

        String header = publication.salaryColumn() ? HEADER_WITH_SALARY : HEADER;
        List<ArchiveLink> archiveLinks = new ArrayList<>();
        List<ArchivePage> archivePages = new ArrayList<>();
        renderArchives(publication, pages, header, archiveLinks, archivePages);
        ClosedSection closed = closedSection(publication, catalog, filter, now, credits);

        String intro = publication.intro();
        LayoutView view = new LayoutView(
                publication.title(),
                intro == null || intro.isBlank() ? null : intro.strip(),
                UPDATED.format(now),
                ReadmeStats.jobs(stats.rows()),
                stats.remotePercent(),
                stats.companies(),
                stats.averageSalary(publication.salaryStats()),
                stats.trendingSkills(),
                chart.mermaid(),
                stats.skillsChart(),
                header,
                pages.isEmpty() ? "" : pages.get(0).toString(),
                closed.summary(),
                CLOSED_HEADER,
                closed.rows(),
                archiveLinks,
                publication.related().stream().map(ReadmeRenderer::relatedLink).toList());
        String readme = execute(layoutOf(publication), view);
        return new Rendering(readme, archivePages, feedItems, stats.rows());
    }

    /** The pages past the first as archive files, and the README's links to them. */
    private void renderArchives(PublicationConfig publication, List<StringWriter> pages,
            String header, List<ArchiveLink> links, List<ArchivePage> archivePages) {
        ArchiveFiles archiveFiles = new ArchiveFiles(publication.file());
        for (int number = 1; number < pages.size(); number++) {
            String path = archiveFiles.path(number);
            links.add(new ArchiveLink(number, linkTo(path)));
            ArchiveView view = new ArchiveView(publication.title(), number,
                    linkTo(publication.file()), header, pages.get(number).toString());
            archivePages.add(new ArchivePage(path, execute(archive, view)));
        }
    }

    /**
     * The rows of the "Recently closed" section: the listed postings closed within the
     * publication's {@code recentlyClosed}, most recently closed first, at most {@value
     * #CLOSED_ROWS}; no section when the setting is zero or nothing closed.
     */
    private ClosedSection closedSection(PublicationConfig publication, PostingCatalog catalog,
            PostingFilter filter, Instant now, Map<String, SourceCredit> credits) {
        if (publication.recentlyClosed().isZero()) {
            return ClosedSection.NONE;
        }
        List<StoredPosting> closed = new ArrayList<>();
        catalog.forEachClosedSince(now.minus(publication.recentlyClosed()), stored -> {
            if (stored.closedAt() != null && filter.accepts(stored)) {
                closed.add(stored);
            }
        });
        if (closed.isEmpty()) {
            return ClosedSection.NONE;
        }
        // Stable: postings closed at the same time keep the catalogue's order.
        closed.sort(Comparator.comparing(StoredPosting::closedAt, Comparator.reverseOrder()));
        StringBuilder rows = new StringBuilder();
        RowFlags flags = new RowFlags(false);
        for (StoredPosting stored : closed.subList(0, Math.min(CLOSED_ROWS, closed.size()))) {
            SourceCredit credit = creditOf(stored, credits);
            rows.append(renderRow(ListRow.closed(stored, stored.closedAt(), credit), flags));
        }
        String count = closed.size() > CLOSED_ROWS
                ? CLOSED_ROWS + " of " + closed.size()
                : String.valueOf(closed.size());
        return new ClosedSection("Recently closed (" + count + ")", rows.toString());
    }

    /**
     * The table keys (see {@link RowDelta#keyOf}) the publication's rows would have for the
     * postings it lists that closed at or after {@code since}.
     */
    Set<String> closedRowKeys(PublicationConfig publication, PostingCatalog catalog,
            Instant since, Instant now, Map<String, SourceCredit> credits) {
        PostingFilter filter = PostingFilter.of(publication.filter(), now);
        RowFlags flags = new RowFlags(publication.salaryColumn());
        Set<String> keys = new HashSet<>();
        catalog.forEachClosedSince(since, stored -> {
            if (filter.accepts(stored)) {
                SourceCredit credit = creditOf(stored, credits);
                keys.add(RowDelta.keyOf(renderRow(ListRow.of(stored, credit), flags).strip()));
            }
        });
        return keys;
    }

    /** When a rendered block says it was last updated; empty when it says no such thing. */
    static Optional<Instant> updatedAt(String block) {
        Matcher line = UPDATED_LINE.matcher(block);
        if (!line.find()) {
            return Optional.empty();
        }
        try {
            String text = line.group().substring("Last updated: ".length()).strip();
            return Optional.of(Instant.from(UPDATED.parse(text)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** One table row, followed by a line break. */
    String renderRow(ListRow listRow, boolean salaryColumn) {
        return renderRow(listRow, new RowFlags(salaryColumn));
    }

    private String renderRow(ListRow listRow, RowFlags flags) {
        StringWriter text = new StringWriter();
        row.execute(text, List.of(flags, listRow));
        return text.toString();
    }

    /** Whether two rendered blocks show the same rows and differ at most in their update time. */
    static boolean sameExceptUpdated(String block, String other) {
        return UPDATED_LINE.matcher(block).replaceFirst("")
                .equals(UPDATED_LINE.matcher(other).replaceFirst(""));
    }

    private Mustache layoutOf(PublicationConfig publication) {
        Path template = publication.template();
        if (template == null) {
            return layout;
        }
        try (Reader reader = Files.newBufferedReader(template, StandardCharsets.UTF_8)) {
            return templates.compile(reader, template.toString());
        } catch (NoSuchFileException e) {
            throw new PublishException("template " + template + ": no such file", e);
        } catch (IOException | UncheckedIOException | MustacheException e) {
            throw new PublishException("template " + template + ": " + e.getMessage(), e);
        }
    }

    private static String execute(Mustache template, Object view) {
        StringWriter text = new StringWriter();
        template.execute(text, view);
        return text.toString();
    }

    private static RelatedLink relatedLink(RelatedList related) {
        return new RelatedLink(related.title(), MarkdownText.relativeTarget(related.target()));
    }

    /** A link from one file of the publication to another; they share a directory. */
    private static String linkTo(String path) {
        return MarkdownText.relativeTarget(ArchiveFiles.fileName(path));
    }

    /**
     * A rendered README block, the publication's archive files, the items for its feeds (none
     * when it has no feeds) and the rows they list.
     */
    record Rendering(
            String readme, List<ArchivePage> archives, List<FeedItem> feedItems, int rows) {
        Rendering {
            archives = List.copyOf(archives);
            feedItems = List.copyOf(feedItems);
        }
    }

    /** One archive file: its repository path and its whole text. */
    record ArchivePage(String path, String text) {}

    private record RowFlags(boolean salaryColumn) {}

    /** The "Recently closed" section's summary line and rows; both null for no section. */
    private record ClosedSection(@Nullable String summary, @Nullable String rows) {
        static final ClosedSection NONE = new ClosedSection(null, null);
    }

    private record ArchiveLink(int number, String target) {}

    private record RelatedLink(String title, String target) {}

    private record ArchiveView(
            String title, int number, String home, String tableHeader, String rows) {}

    private record LayoutView(
            String title,
            @Nullable String intro,
            String updated,
            String jobs,
            int remotePercent,
            String companies,
            @Nullable String averageSalary,
            @Nullable String trendingSkills,
            @Nullable String chart,
            @Nullable String skillsChart,
            String tableHeader,
            String rows,
            @Nullable String closedSummary,
            String closedHeader,
            @Nullable String closedRows,
            List<ArchiveLink> archives,
            List<RelatedLink> related) {
        boolean hasArchives() {
            return !archives.isEmpty();
        }

        boolean hasRelated() {
            return !related.isEmpty();
        }
    }

    /** Escapes double-brace values for Markdown where Mustache would escape them for HTML. */
    private static final class MarkdownMustacheFactory extends DefaultMustacheFactory {
        @Override
        public void encode(String value, Writer writer) {
            try {
                writer.write(MarkdownText.escape(value));
            } catch (IOException e) {
                throw new MustacheException("cannot write a rendered value", e);
            }
        }
    }

    /**
     * The credit a row owes: the first of its sources whose terms ask for one, so a Remote OK
     * listing merged into a Greenhouse posting is still credited; null when none asks.
     */
    private static @Nullable SourceCredit creditOf(StoredPosting stored,
            Map<String, SourceCredit> credits) {
        for (String sourceId : stored.sourceIds()) {
            SourceCredit credit = credits.get(sourceId);
            if (credit != null) {
                return credit;
            }
        }
        return null;
    }
}
