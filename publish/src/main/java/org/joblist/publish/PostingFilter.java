package org.joblist.publish;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.joblist.aggregate.Posting;
import org.joblist.aggregate.StoredPosting;
import org.joblist.config.PublicationFilter;
import org.jspecify.annotations.Nullable;

/**
 * Decides, one posting at a time, whether a publication lists it (see {@link PublicationFilter}).
 * Keywords match whole words of the title without case; companies match their name without case.
 */
final class PostingFilter {
    private final @Nullable Pattern keywords;
    private final @Nullable Pattern excludeKeywords;
    private final Set<String> workplaceTypes;
    private final @Nullable Instant oldest;
    private final Set<String> excludeCompanies;

    private PostingFilter(PublicationFilter filter, Instant now) {
        this.keywords = anyWord(filter.keywords());
        this.excludeKeywords = anyWord(filter.excludeKeywords());
        this.workplaceTypes = filter.workplaceTypes();
        this.oldest = filter.maxAge() == null ? null : now.minus(filter.maxAge());
        // TODO(#5): compare the company key once postings carry one (issue #4); until then
        // "Acme" and "Acme Inc." are different companies to this filter.
        this.excludeCompanies = filter.excludeCompanies().stream()
                .map(PostingFilter::fold)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The filter as it stands at {@code now}, which the maximum age counts back from. */
    static PostingFilter of(PublicationFilter filter, Instant now) {
        return new PostingFilter(filter, now);
    }

    boolean accepts(StoredPosting stored) {
        Posting posting = stored.posting();
        String title = posting.title();
        if (keywords != null && !keywords.matcher(title).find()) {
            return false;
        }
        if (excludeKeywords != null && excludeKeywords.matcher(title).find()) {
            return false;
        }
        if (!workplaceTypes.isEmpty() && !workplaceTypes.contains(
                posting.workplaceType().name().toLowerCase(Locale.ROOT))) {
            return false;
        }
        if (oldest != null && stored.listedAt().isBefore(oldest)) {
            return false;
        }
        return !excludeCompanies.contains(fold(posting.company()));
    }

    /** Matches any of the words where no letter or digit touches either end; null for none. */
    private static @Nullable Pattern anyWord(List<String> words) {
        if (words.isEmpty()) {
            return null;
        }
        String alternatives = words.stream()
                .map(Pattern::quote)
                .collect(Collectors.joining("|"));
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static String fold(String company) {
        return company.strip().toLowerCase(Locale.ROOT);
    }
}
