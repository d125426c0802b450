package org.joblist.config;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which postings a publication lists. A posting is listed when it passes every filter that is
 * set; an empty list or set leaves that filter off.
 *
 * <pre>{@code
 * filter:
 *   keywords: [backend, java]        # the title names at least one of them
 *   excludeKeywords: [senior]        # the title names none of them
 *   workplaceTypes: [remote, hybrid] # one of: remote, hybrid, onsite, unknown
 *   maxAge: 30d                      # listed at most this long ago
 *   excludeCompanies: [Acme Corp]    # company names, compared without case
 * }</pre>
 *
 * <p>Keywords match whole words of the title without regard to case: {@code java} matches "Java
 * Developer" but not "JavaScript Developer".
 *
 * @param workplaceTypes the workplace type names to keep, lower case; empty for all
 * @param maxAge how long ago a posting may have been listed; null for no limit
 */
// TODO(#5): categories, countries and employment types are not filterable yet: the normalized
// posting has no category, parsed country or employment type (issue #4). Until it does, a list
// for one country has to lean on keywords.
public record PublicationFilter(
        List<String> keywords,
        List<String> excludeKeywords,
        Set<String> workplaceTypes,
        @Nullable Duration maxAge,
        List<String> excludeCompanies) {
    /** The workplace type names a filter accepts, as the ingest module names them. */
    public static final List<String> WORKPLACE_TYPES =
            List.of("remote", "hybrid", "onsite", "unknown");

    /** Lists every posting. */
    public static final PublicationFilter NONE =
            new PublicationFilter(List.of(), List.of(), Set.of(), null, List.of());

    public PublicationFilter {
        keywords = List.copyOf(keywords);
        excludeKeywords = List.copyOf(excludeKeywords);
        workplaceTypes = Set.copyOf(workplaceTypes);
        excludeCompanies = List.copyOf(excludeCompanies);
        for (String type : workplaceTypes) {
            if (!WORKPLACE_TYPES.contains(type)) {
                throw new IllegalArgumentException("workplace type " + type + " is not one of "
                        + WORKPLACE_TYPES);
            }
        }
        if (maxAge != null && (maxAge.isNegative() || maxAge.isZero())) {
            throw new IllegalArgumentException("maxAge " + maxAge + " is not positive");
        }
    }
}
