package org.joblist.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A job list joblist publishes: a README file in a git repository, either the shared one of
 * {@link JoblistConfig#git()} or its own.
 *
 * <pre>{@code
 * publications:
 *   - id: backend
 *     title: Backend Developer Jobs 2026
 *     file: README.md          # path inside the git repository
 *     intro: Fresh backend roles, updated every day.
 *     filter: {keywords: [backend], workplaceTypes: [remote]}
 *     related: [frontend]      # ids of publications in the same repository
 *     maxRows: 1000            # rows past this go to numbered archive files
 *     salaryColumn: true       # a Salary column in the table
 *     statsCurrency: USD       # the average salary of the stats line in US dollars
 *     recentlyClosed: 14d      # closed postings shown this long in "Recently closed"; 0 for none
 *     feeds: {json: backend.json, atom: backend.atom, csv: backend.csv}
 * }</pre>
 *
 * @param file path of the target file relative to the repository root, with '/' separators
 * @param intro a paragraph shown under the title; null for none
 * @param related links to sibling publications, in the order configured
 * @param git the publication's own repository; null to use the shared one
 * @param template a Mustache file that replaces the built-in layout; null for the built-in one
 * @param maxRows the most rows the file's table holds; the older rows go to archive files
 * @param salaryColumn whether the table has a Salary column
 * @param salaryStats the currency, and the conversion into it, of the stats line's average salary
 * @param recentlyClosed how long a closed posting stays in the "Recently closed" section; zero
 *     for no such section
 * @param feeds the JSON Feed, Atom and CSV files written beside the README
 */
public record PublicationConfig(
        String id,
        String title,
        String file,
        @Nullable String intro,
        PublicationFilter filter,
        List<RelatedList> related,
        @Nullable GitConfig git,
        @Nullable Path template,
        int maxRows,
        boolean salaryColumn,
        SalaryStats salaryStats,
        Duration recentlyClosed,
        FeedFiles feeds) {
    /** Rows of about 200 bytes each keep a file near 200 kB, well under GitHub's 512,000 bytes. */
    public static final int DEFAULT_MAX_ROWS = 1000;

    /** How long a closed posting is shown under "Recently closed" unless configured. */
    public static final Duration DEFAULT_RECENTLY_CLOSED = Duration.ofDays(14);

    public PublicationConfig {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(salaryStats, "salaryStats");
        Objects.requireNonNull(recentlyClosed, "recentlyClosed");
        Objects.requireNonNull(feeds, "feeds");
        related = List.copyOf(related);
        if (maxRows < 1) {
            throw new IllegalArgumentException("maxRows " + maxRows + " is below 1");
        }
        if (recentlyClosed.isNegative()) {
            throw new IllegalArgumentException("recentlyClosed " + recentlyClosed + " is negative");
        }
    }

    /** A publication listing every posting in the shared repository with the built-in layout. */
    public PublicationConfig(String id, String title, String file, @Nullable String intro) {
        this(id, title, file, intro, PublicationFilter.NONE, List.of(), null, null,
                DEFAULT_MAX_ROWS, false, SalaryStats.DEFAULT, DEFAULT_RECENTLY_CLOSED,
                FeedFiles.NONE);
    }

    public PublicationConfig withFilter(PublicationFilter newFilter) {
        return new PublicationConfig(id, title, file, intro, newFilter, related, git, template,
                maxRows, salaryColumn, salaryStats, recentlyClosed, feeds);
    }

    public PublicationConfig withFeeds(FeedFiles newFeeds) {
        return new PublicationConfig(id, title, file, intro, filter, related, git, template,
                maxRows, salaryColumn, salaryStats, recentlyClosed, newFeeds);
    }

    public PublicationConfig withMaxRows(int newMaxRows) {
        return new PublicationConfig(id, title, file, intro, filter, related, git, template,
                newMaxRows, salaryColumn, salaryStats, recentlyClosed, feeds);
    }

    public PublicationConfig withSalaryColumn(boolean newSalaryColumn) {
        return new PublicationConfig(id, title, file, intro, filter, related, git, template,
                maxRows, newSalaryColumn, salaryStats, recentlyClosed, feeds);
    }

    public PublicationConfig withSalaryStats(SalaryStats newSalaryStats) {
        return new PublicationConfig(id, title, file, intro, filter, related, git, template,
                maxRows, salaryColumn, newSalaryStats, recentlyClosed, feeds);
    }

    public PublicationConfig withRecentlyClosed(Duration newRecentlyClosed) {
        return new PublicationConfig(id, title, file, intro, filter, related, git, template,
                maxRows, salaryColumn, salaryStats, newRecentlyClosed, feeds);
    }

    /** The same publication linking to these sibling lists. */
    public PublicationConfig withRelated(List<RelatedList> newRelated) {
        return new PublicationConfig(id, title, file, intro, filter, newRelated, git, template,
                maxRows, salaryColumn, salaryStats, recentlyClosed, feeds);
    }
}
