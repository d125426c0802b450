package org.joblist.aggregate;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.joblist.aggregate.normalize.CompanyNames;
import org.joblist.config.AggregateConfig;
import org.joblist.config.AggregateConfig.PostingOverride;
import org.joblist.ingest.WorkplaceType;

/**
 * The curation config applied to stored postings as they are read, so ingest never overwrites
 * it: postings of blocked companies (matched by company key) and removed postings (by {@code
 * source:externalId} or apply URL) are left out, and overrides replace the fields they name.
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
        Posting curated = builder.build();
        if (isBlocked(curated.company())) {
            return Optional.empty();
        }
        return Optional.of(new StoredPosting(curated, stored.firstSeenAt(), stored.lastSeenAt(),
                stored.closedAt(), stored.reopenedAt()));
    }

    private static void set(Posting.Builder builder, String field, String value) {
        switch (field) {
            case "company" -> builder.company(value).companyKey(CompanyNames.key(value));
            case "title" -> builder.title(value);
            // TODO(#4): the override replaces the shown text only; parsed places stay the source's,
            // so dedupe and country filters still read those.
            case "location" -> builder.location(value);
            case "workplaceType" ->
                    builder.workplaceType(WorkplaceType.valueOf(value.toUpperCase(Locale.ROOT)));
            case "category" -> builder.category(value);
            default -> throw new IllegalArgumentException("no override for field " + field);
        }
    }
}
