package org.joblist.aggregate.normalize;

import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.joblist.aggregate.Posting;
import org.joblist.ingest.SourcePosting;
import org.jsoup.parser.Parser;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a source posting into a posting: company and title with whitespace folded (the title's
 * HTML entities decoded exactly once, so {@code Sales &amp;amp; Marketing} becomes {@code Sales
 * &amp; Marketing}), the location without dangling separators ({@code "How, "} becomes {@code
 * "How"}), the posted date as a UTC instant (null when unreadable) and the apply URL trimmed.
 * A posting without a title, an external id or an http(s) apply URL is skipped with a reason;
 * nothing here throws for bad input. Stateless and thread-safe.
 */
public final class PostingNormalizer {
    private static final Logger LOG = LoggerFactory.getLogger(PostingNormalizer.class);

    private static final Pattern WHITESPACE =
            Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern EDGE_SEPARATORS = Pattern.compile("^[\\s,;/|·-]+|[\\s,;/|·-]+$");
    private static final Pattern HTTP_URL = Pattern.compile("(?i)https?://[^/?#\\s]+([/?#].*)?");

    /** The posting the source posting describes, or why it cannot become one. */
    public Normalization normalize(SourcePosting source) {
        String externalId = source.externalId().trim();
        String title = fold(Parser.unescapeEntities(source.title(), false));
        String applyUrl = source.applyUrl().trim();

        if (externalId.isEmpty()) {
            return new Normalization.Skipped(source.externalId(), "no external id");
        }
        if (title.isEmpty()) {
            return new Normalization.Skipped(externalId, "no title");
        }
        if (applyUrl.isEmpty()) {
            return new Normalization.Skipped(externalId, "no apply URL");
        }
        if (!HTTP_URL.matcher(applyUrl).matches()) {
            return new Normalization.Skipped(
                    externalId, "apply URL \"" + applyUrl + "\" is not http(s)");
        }

        return new Normalization.Kept(new Posting(
                source.sourceId(),
                externalId,
                fold(source.company()),
                title,
                location(source.locations()),
                source.workplaceType(),
                postedAt(source, externalId),
                applyUrl));
    }

    private static @Nullable Instant postedAt(SourcePosting source, String externalId) {
        String text = source.postedAt();
        if (text == null) {
            return null;
        }
        Instant postedAt = PostedDates.parse(text);
        if (postedAt == null) {
            LOG.debug("source {}: posting {}: unreadable posted date \"{}\"",
                    source.sourceId(), externalId, text);
        }
        return postedAt;
    }

    /** The source's location texts as one line, each cleaned, repeats left out, "; " between. */
    // TODO(#4): parse locations into city, region and country instead of joining their text.
    private static String location(List<String> texts) {
        return texts.stream()
                .map(text -> EDGE_SEPARATORS.matcher(fold(text)).replaceAll(""))
                .filter(text -> !text.isEmpty())
                .distinct()
                .collect(Collectors.joining("; "));
    }

    private static String fold(String text) {
        return WHITESPACE.matcher(text).replaceAll(" ").trim();
    }
}
