package org.joblist.config;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How postings are normalized, deduplicated, closed and curated: the {@code normalize},
 * {@code lifecycle}, {@code dedupe} and {@code curation} sections of the config file.
 *
 * <pre>{@code
 * normalize:
 *   skills: {Elixir: [elixir, phoenix]}        # added to the built-in dictionary
 *   categories:                                # checked in order, before the defaults
 *     - {category: data, keywords: [analytics engineer]}
 * lifecycle:
 *   closeAfterMissedRuns: 2
 *   maxAge: 30d
 * dedupe:
 *   postedWithin: 14d
 * curation:
 *   blockedCompanies: [Crossover]
 *   removedPostings: ["gitlab:8503792002", "https://example.com/jobs/1"]
 *   overrides:
 *     - {posting: "gitlab:8503792002", title: "Account Executive, Italy"}
 * }</pre>
 *
 * @param closeAfterMissedRuns a posting closes when missing from this many consecutive complete
 *     listings of its source
 * @param maxAge a posting of a source that lists only recent items (feeds, threads) closes
 *     this long after it was last seen
 * @param postedWithin postings of different sources may merge when posted at most this far apart
 * @param skills canonical skill names to aliases, added to the built-in dictionary
 * @param categories category rules checked in order before the built-in ones
 * @param blockedCompanies company names whose postings never appear, matched by company key
 * @param removedPostings postings that never appear, as {@code source:externalId} or apply URL
 * @param overrides field values that replace what sources send
 */
public record AggregateConfig(
        int closeAfterMissedRuns,
        Duration maxAge,
        Duration postedWithin,
        Map<String, List<String>> skills,
        List<CategoryRule> categories,
        Set<String> blockedCompanies,
        Set<String> removedPostings,
        List<PostingOverride> overrides) {
    public static final int DEFAULT_CLOSE_AFTER_MISSED_RUNS = 2;
    public static final Duration DEFAULT_MAX_AGE = Duration.ofDays(30);
    public static final Duration DEFAULT_POSTED_WITHIN = Duration.ofDays(14);

    public AggregateConfig {
        if (closeAfterMissedRuns < 1) {
            throw new IllegalArgumentException(
                    "closeAfterMissedRuns must be >= 1: " + closeAfterMissedRuns);
        }
        Objects.requireNonNull(maxAge, "maxAge");
        Objects.requireNonNull(postedWithin, "postedWithin");
        skills = Map.copyOf(skills);
        categories = List.copyOf(categories);
        blockedCompanies = Set.copyOf(blockedCompanies);
        removedPostings = Set.copyOf(removedPostings);
        overrides = List.copyOf(overrides);
    }

    public static AggregateConfig defaults() {
        return new AggregateConfig(DEFAULT_CLOSE_AFTER_MISSED_RUNS, DEFAULT_MAX_AGE,
                DEFAULT_POSTED_WITHIN, Map.of(), List.of(), Set.of(), Set.of(), List.of());
    }

    /** A category and the title keywords (whole words, any case) that give it. */
    public record CategoryRule(String category, List<String> keywords) {
        public CategoryRule {
            Objects.requireNonNull(category, "category");
            keywords = List.copyOf(keywords);
        }
    }

    /**
     * Field values for one posting that ingest never overwrites.
     *
     * @param posting {@code source:externalId} or the posting's apply URL
     * @param fields field name ({@code company}, {@code title}, {@code location}, {@code
     *     workplaceType}, {@code category}) to its value
     */
    public record PostingOverride(String posting, Map<String, String> fields) {
        /** The fields an override may set. */
        public static final Set<String> FIELDS =
                Set.of("company", "title", "location", "workplaceType", "category");

        public PostingOverride {
            Objects.requireNonNull(posting, "posting");
            fields = Map.copyOf(fields);
        }
    }
}
