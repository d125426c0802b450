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
 *   categories: [backend, devops]    # the posting's category is one of them
 *   countries: [DE, AT]              # a parsed location lies in one of them
 *   employmentTypes: [full_time]     # one of: full_time, part_time, contract, ...
 *   maxAge: 30d                      # listed at most this long ago
 *   excludeCompanies: [Acme Corp]    # compared by company key: case and legal form folded
 * }</pre>
 *
 * <p>Keywords match whole words of the title without regard to case: {@code java} matches "Java
 * Developer" but not "JavaScript Developer".
 *
 * @param workplaceTypes the workplace type names to keep, lower case; empty for all
 * @param maxAge how long ago a posting may have been listed; null for no limit
 * @param excludeCompanies company names as configured; a posting is left out when its company
 *     key equals the key of one of them
 * @param categories the category names to keep, lower case; empty for all
 * @param countries ISO 3166-1 alpha-2 codes, upper case; a posting is kept when one of its
 *     parsed locations (an office, or where a remote applicant may live) lies in one of them;
 *     empty for all
 * @param employmentTypes the employment type names to keep, lower case; empty for all
 */
public record PublicationFilter(
        List<String> keywords,
        List<String> excludeKeywords,
        Set<String> workplaceTypes,
        @Nullable Duration maxAge,
        List<String> excludeCompanies,
        Set<String> categories,
        Set<String> countries,
        Set<String> employmentTypes) {
    /** The workplace type names a filter accepts, as the ingest module names them. */
    public static final List<String> WORKPLACE_TYPES =
            List.of("remote", "hybrid", "onsite", "unknown");

    /** The employment type names a filter accepts, as the feeds write them. */
    public static final List<String> EMPLOYMENT_TYPES = List.of(
            "full_time", "part_time", "contract", "temporary", "internship", "unknown");

    /** Lists every posting. */
    public static final PublicationFilter NONE =
            new PublicationFilter(List.of(), List.of(), Set.of(), null, List.of());

    public PublicationFilter {
        keywords = List.copyOf(keywords);
        excludeKeywords = List.copyOf(excludeKeywords);
        workplaceTypes = Set.copyOf(workplaceTypes);
        excludeCompanies = List.copyOf(excludeCompanies);
        categories = Set.copyOf(categories);
        countries = Set.copyOf(countries);
        employmentTypes = Set.copyOf(employmentTypes);
        requireAllIn(workplaceTypes, WORKPLACE_TYPES, "workplace type");
        requireAllIn(employmentTypes, EMPLOYMENT_TYPES, "employment type");
        for (String country : countries) {
            if (!country.matches("[A-Z]{2}")) {
                throw new IllegalArgumentException(
                        "country " + country + " is not an upper-case ISO 3166-1 alpha-2 code");
            }
        }
        if (maxAge != null && (maxAge.isNegative() || maxAge.isZero())) {
            throw new IllegalArgumentException("maxAge " + maxAge + " is not positive");
        }
    }

    /** A filter on title, workplace type, age and company only. */
    public PublicationFilter(List<String> keywords, List<String> excludeKeywords,
            Set<String> workplaceTypes, @Nullable Duration maxAge, List<String> excludeCompanies) {
        this(keywords, excludeKeywords, workplaceTypes, maxAge, excludeCompanies, Set.of(),
                Set.of(), Set.of());
    }

    private static void requireAllIn(Set<String> names, List<String> known, String what) {
        for (String name : names) {
            if (!known.contains(name)) {
                throw new IllegalArgumentException(what + " " + name + " is not one of " + known);
            }
        }
    }
}
