package org.joblist.publish;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Pattern;
import org.joblist.aggregate.Posting;
import org.joblist.aggregate.PostingCatalog;
import org.joblist.aggregate.StoredPosting;
import org.joblist.config.PublicationConfig;
import org.jspecify.annotations.Nullable;

/**
 * Renders a publication's README block with the Mustache templates {@code readme.mustache} (the
 * layout) and {@code readme-row.mustache} (one table row). Rows are rendered as the catalogue hands
 * them over, in its order; only their text and the stats counters are kept. Double-brace values
 * are escaped with {@link MarkdownText#escape}. Thread-safe.
 */
final class ReadmeRenderer {
    private static final String TEMPLATES = "org/joblist/publish/";
    private static final DateTimeFormatter UPDATED =
            DateTimeFormatter.ofPattern("MMM d, uuuu 'at' HH:mm 'UTC'", Locale.ENGLISH)
                    .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    private static final String NONE = "—";

    /** The layout's line that shows when the block was rendered. */
    private static final Pattern UPDATED_LINE = Pattern.compile("(?m)^Last updated: .*$");

    private final Mustache layout;
    private final Mustache row;

    ReadmeRenderer() {
        MarkdownMustacheFactory templates = new MarkdownMustacheFactory();
        this.layout = templates.compile(TEMPLATES + "readme.mustache");
        this.row = templates.compile(TEMPLATES + "readme-row.mustache");
    }

    /** Renders the block, markers included, followed by a line break. */
    Readme render(PublicationConfig publication, PostingCatalog catalog, Instant updated) {
        ReadmeStats stats = new ReadmeStats();
        StringWriter rows = new StringWriter();
        catalog.forEachPosting(stored -> {
            stats.count(stored.posting());
            row.execute(rows, RowView.of(stored));
        });

        String intro = publication.intro();
        LayoutView view = new LayoutView(
                publication.title(),
                intro == null || intro.isBlank() ? null : intro.strip(),
                UPDATED.format(updated),
                ReadmeStats.jobs(stats.rows()),
                stats.remotePercent(),
                stats.companies(),
                rows.toString());
        StringWriter text = new StringWriter();
        layout.execute(text, view);
        return new Readme(text.toString(), stats.rows());
    }

    /** Whether two rendered blocks show the same rows and differ at most in their update time. */
    static boolean sameExceptUpdated(String block, String other) {
        return UPDATED_LINE.matcher(block).replaceFirst("")
                .equals(UPDATED_LINE.matcher(other).replaceFirst(""));
    }

    /** A rendered README block and the number of rows it lists. */
    record Readme(String text, int rows) {}

    private record LayoutView(
            String title,
            @Nullable String intro,
            String updated,
            String jobs,
            int remotePercent,
            String companies,
            String rows) {}

    private record RowView(
            String company,
            String title,
            @Nullable String url,
            String location,
            String type,
            String date) {
        static RowView of(StoredPosting stored) {
            Posting posting = stored.posting();
            return new RowView(
                    posting.company(),
                    posting.title(),
                    MarkdownText.linkTarget(posting.applyUrl()),
                    posting.location().isBlank() ? NONE : posting.location(),
                    switch (posting.workplaceType()) {
                        case REMOTE -> "Remote";
                        case HYBRID -> "Hybrid";
                        case ONSITE -> "On Site";
                        case UNKNOWN -> NONE;
                    },
                    DATE.format(stored.listedAt()));
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
}
