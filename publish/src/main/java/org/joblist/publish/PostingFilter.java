package org.joblist.publish;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.joblist.aggregate.Location;
import org.joblist.aggregate.Posting;
import org.joblist.aggregate.StoredPosting;
import org.joblist.aggregate.normalize.CompanyNames;
import org.joblist.config.PublicationFilter;
import org.jspecify.annotations.Nullable;

/**
 * Decides, one posting at a time, whether a publication lists it (see {@link PublicationFilter}).
 * Keywords match whole words of the title without case; companies match by company key, so
 * "Acme" also leaves out "ACME Inc."; countries match the parsed locations, offices and, for
 * remote work, where applicants may live.
 */
final class PostingFilter {
    private final @Nullable Pattern keywords;
    private final @Nullable Pattern excludeKeywords;
    private final Set<String> workplaceTypes;
    private final @Nullable Instant oldest;
    private final Set<String> excludeCompanyKeys;
    private final Set<String> categories;
    private final Set<String> countries;
    private final Set<String> employmentTypes;

    private PostingFilter(PublicationFilter filter, Instant now) {
        this.keywords = anyWord(filter.keywords());
        this.excludeKeywords = anyWord(filter.excludeKeywords());
        this.workplaceTypes = filter.workplaceTypes();
        this.oldest = filter.maxAge() == null ? null : now.minus(filter.maxAge());
        this.excludeCompanyKeys = filter.excludeCompanies().stream()
                .map(CompanyNames::key)
                .collect(Collectors.toUnmodifiableSet());
        this.categories = filter.categories();
        this.countries = filter.countries();
        this.employmentTypes = filter.employmentTypes();
    }

    /** The filter as it stands at {@code now}, which the maximum age counts back from. */
    static PostingFilter of(PublicationFilter filter, Instant now) {
        return new PostingFilter(filter, now);
    }

    boolean accepts(StoredPosting stored) {
        Posting posting = stored.posting();
        return matchesTitle(posting.title())
                && (workplaceTypes.isEmpty() || workplaceTypes.contains(lower(
                        posting.workplaceType())))
                && (employmentTypes.isEmpty() || employmentTypes.contains(lower(
                        posting.employmentType())))
                && (categories.isEmpty() || categories.contains(
                        posting.category().toLowerCase(Locale.ROOT)))
                && (countries.isEmpty() || isInCountries(posting))
                && (oldest == null || !stored.listedAt().isBefore(oldest))
                && !excludeCompanyKeys.contains(posting.companyKey());
    }

    private boolean matchesTitle(String title) {
        return (keywords == null || keywords.matcher(title).find())
                && (excludeKeywords == null || !excludeKeywords.matcher(title).find());
    }

    private boolean isInCountries(Posting posting) {
        return Stream.concat(posting.locations().stream(), posting.applicantLocations().stream())
                .map(Location::country)
                .filter(Objects::nonNull)
                .anyMatch(countries::contains);
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

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
