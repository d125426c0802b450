package org.joblist.aggregate;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.joblist.aggregate.normalize.CompanyNames;
import org.joblist.aggregate.normalize.Locations;
import org.joblist.config.AggregateConfig;
import org.joblist.config.AggregateConfig.PostingOverride;
import org.joblist.ingest.WorkplaceType;

/**
 * The curation config applied to stored postings as they are read, so ingest never overwrites
 * it: postings of blocked companies (matched by company key) and removed postings (by {@code
 * source:externalId} or apply URL) are left out, and overrides replace the fields they name (a
 * location override its parsed places too).
 */
public final class Curation {
    private final Set<String> blockedKeys;
    private final Set<String> removed;
    private final Map<String, PostingOverride> overrides = new HashMap<>();

    public Curation(AggregateConfig config) {
        this.blockedKeys = config.blockedCompanies().stream()
                .map(CompanyNames::key)
                .collect(Collectors.toUnmodifiableSet());
        this.removed = config.removedPostings();
        for (PostingOverride override : config.overrides()) {
            overrides.put(override.posting(), override);
        }
    }

    /** No curation at all. */
    public static Curation none() {
        return new Curation(AggregateConfig.defaults());
    }

    /** Whether postings of this company never appear. */
    public boolean isBlocked(String company) {
        return blockedKeys.contains(CompanyNames.key(company));
    }

    /** The posting as readers see it; empty when it must not appear. */
    public Optional<StoredPosting> apply(StoredPosting stored) {
        Posting posting = stored.posting();
        String id = posting.sourceId() + ":" + posting.externalId();
        if (isBlocked(posting.company()) || removed.contains(id)
                || removed.contains(posting.applyUrl())) {
            return Optional.empty();
        }
        PostingOverride override = overrides.get(id);
        if (override == null) {
            override = overrides.get(posting.applyUrl());
        }
        if (override == null) {
            return Optional.of(stored);
        }
        Posting.Builder builder = posting.toBuilder();
        override.fields().forEach((field, value) -> set(builder, field, value));
        String location = override.fields().get("location");
        Posting curated = location == null
                ? builder.build()
                : withPlaces(builder.build(), posting, location);
        if (isBlocked(curated.company())) {
            return Optional.empty();
        }
        return Optional.of(new StoredPosting(curated, stored.firstSeenAt(), stored.lastSeenAt(),
                stored.closedAt(), stored.reopenedAt()));
    }

    /**
     * The curated posting with the places read from its overridden location, so dedupe and
     * country filters read the override too. Places that said who may apply (a remote-only
     * board's) keep that meaning while the posting stays remote; a workplace label in the text
     * ("Remote") leaves the workplace type alone, which has an override of its own.
     */
    private static Posting withPlaces(Posting curated, Posting source, String location) {
        List<Location> places = Locations.parse(List.of(location)).places();
        boolean applicantsOnly = curated.workplaceType() == WorkplaceType.REMOTE
                && source.locations().isEmpty() && !source.applicantLocations().isEmpty();
        return curated.toBuilder()
                .locations(applicantsOnly ? List.of() : places)
                .applicantLocations(applicantsOnly ? places : List.of())
                .build();
    }

    private static void set(Posting.Builder builder, String field, String value) {
        switch (field) {
            case "company" -> builder.company(value).companyKey(CompanyNames.key(value));
            case "title" -> builder.title(value);
            case "location" -> builder.location(value);
            case "workplaceType" ->
                    builder.workplaceType(WorkplaceType.valueOf(value.toUpperCase(Locale.ROOT)));
            case "category" -> builder.category(value);
            default -> throw new IllegalArgumentException("no override for field " + field);
        }
    }
}
