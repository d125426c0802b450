package org.joblist.aggregate.normalize;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.joblist.aggregate.DatePrecision;
import org.joblist.aggregate.Location;
import org.joblist.aggregate.Posting;
import org.joblist.aggregate.PostedDate;
import org.joblist.config.AggregateConfig;
import org.joblist.ingest.SalaryRange;
import org.joblist.ingest.SourcePosting;
import org.joblist.ingest.WorkplaceType;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a source posting into a posting: company display name and key ({@link CompanyNames}),
 * title repaired ({@link TextRepair}), locations parsed ({@link Locations}), workplace type
 * decided ({@link WorkplaceTypes}), employment type, posted date against the fetch time
 * ({@link PostedDates}), salary (the source's numbers, else parsed from its text), description as
 * sanitized text, skills, category, the canonical apply URL and the company's site
 * ({@link UrlCanon#site}; dropped when it is no http(s) URL). A posting without a title, an
 * external id or an http(s) apply URL is skipped with a reason; nothing here throws for bad input.
 * Thread-safe.
 */
public final class PostingNormalizer {
    private static final Logger LOG = LoggerFactory.getLogger(PostingNormalizer.class);

    private static final Pattern EDGE_SEPARATORS = Pattern.compile("^[\\s,;/|·-]+|[\\s,;/|·-]+$");
    private static final Pattern HTTP_URL = Pattern.compile("(?i)https?://[^/?#\\s]+([/?#].*)?");

    /**
     * What the normalizer knows of a source beyond its postings.
     *
     * @param fetchedAt when the source was read; relative dates count back from it, and a posted
     *     date more than a day after it is no real date; null when unknown, so that only
     *     absolute dates are read
     * @param remoteOnly whether the board lists remote work only, so its locations say who may
     *     apply rather than where an office is
     * @param currency the currency of figures the source writes without one; null when none
     */
    public record SourceContext(@Nullable Instant fetchedAt, boolean remoteOnly,
            @Nullable Currency currency) {}

    private final SkillDictionary skills;
    private final CategoryRules categories;

    public PostingNormalizer(AggregateConfig config) {
        this.skills = new SkillDictionary(config.skills());
        this.categories = new CategoryRules(config.categories());
    }

    /** A normalizer with the built-in dictionary and rules. */
    public PostingNormalizer() {
        this(AggregateConfig.defaults());
    }

    /**
     * The posting, read with no fetch time (so relative dates stay unknown) and no default
     * currency; for tests and old callers.
     */
    public Normalization normalize(SourcePosting source) {
        return normalize(source, new SourceContext(null, false, null));
    }

    /** The posting the source posting describes, or why it cannot become one. */
    public Normalization normalize(SourcePosting source, SourceContext context) {
        String externalId = source.externalId().trim();
        String title = TextRepair.title(source.title());
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

        String description = DescriptionText.sanitize(source.description());
        Locations.Parsed parsed = Locations.parse(source.locations());
        WorkplaceType workplaceType = workplaceType(source, context, title, description, parsed);
        List<Location> places = withCitiesNamedIn(parsed.places(), description, workplaceType);
        boolean applicantOnly = context.remoteOnly() && workplaceType == WorkplaceType.REMOTE;
        return new Normalization.Kept(Posting.builder(source.sourceId(), externalId)
                .company(CompanyNames.display(source.company()))
                .companyUrl(companyUrl(source))
                .title(title)
                .location(location(source.locations()))
                .locations(applicantOnly ? List.of() : places)
                .applicantLocations(applicantOnly ? places : List.of())
                .workplaceType(workplaceType)
                .employmentType(EmploymentTypes.read(source.employmentType(), title))
                .posted(posted(source, externalId, context.fetchedAt()))
                .applyUrl(applyUrl)
                .canonicalUrl(UrlCanon.canonical(applyUrl).orElse(null))
                .salary(salary(source, context))
                .salaryText(source.salaryText())
                .description(description)
                .skills(skills.find(source.tags(), title, description))
                .category(categories.categorize(title))
                .build());
    }

    private static @Nullable String companyUrl(SourcePosting source) {
        String url = source.companyUrl();
        return url == null ? null : UrlCanon.site(url).orElse(null);
    }

    private static WorkplaceType workplaceType(SourcePosting source, SourceContext context,
            String title, String description, Locations.Parsed parsed) {
        WorkplaceType label = parsed.label();
        if (label == WorkplaceType.UNKNOWN) {
            label = WorkplaceTypes.stated(title);
        }
        if (label == WorkplaceType.UNKNOWN && context.remoteOnly()) {
            label = WorkplaceType.REMOTE;
        }
        return WorkplaceTypes.decide(source.workplaceType(), description, label);
    }

    /** An on-site or hybrid place without a city takes the one city the description names. */
    private static List<Location> withCitiesNamedIn(List<Location> places, String description,
            WorkplaceType workplaceType) {
        if (workplaceType == WorkplaceType.REMOTE || places.size() != 1) {
            return places;
        }
        List<Location> filled = new ArrayList<>();
        for (Location place : places) {
            filled.add(Locations.withCityNamedIn(place, description));
        }
        return filled;
    }

    private static @Nullable SalaryRange salary(SourcePosting source, SourceContext context) {
        if (source.salary() != null) {
            return source.salary();
        }
        String text = source.salaryText();
        return text == null ? null : SalaryText.parse(text, context.currency()).orElse(null);
    }

    /** The posted date; unknown when unreadable, or placeholder or future (never published). */
    private static PostedDate posted(
            SourcePosting source, String externalId, @Nullable Instant fetchedAt) {
        String text = source.postedAt();
        if (text == null) {
            return PostedDate.UNKNOWN;
        }
        PostedDate posted = PostedDates.read(text, fetchedAt);
        Instant at = posted.bestGuess();
        if (posted.precision() == DatePrecision.UNKNOWN) {
            LOG.debug("source {}: posting {}: unreadable posted date \"{}\"",
                    source.sourceId(), externalId, text);
        } else if (at != null && !PostedDates.isPlausible(at, fetchedAt)) {
            LOG.debug("source {}: posting {}: posted date \"{}\" reads as {}, before 1990 or"
                    + " over a day after the fetch at {}; kept as unknown", source.sourceId(),
                    externalId, text, at, fetchedAt);
            return PostedDate.unreadable(text);
        }
        return posted;
    }

    /** The source's location texts as one line, each cleaned, repeats left out, "; " between. */
    private static String location(List<String> texts) {
        return texts.stream()
                .map(text -> EDGE_SEPARATORS.matcher(TextRepair.fold(text)).replaceAll(""))
                .filter(text -> !text.isEmpty())
                .distinct()
                .collect(Collectors.joining("; "));
    }
}
