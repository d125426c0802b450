package org.joblist.aggregate.dedupe;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.joblist.aggregate.DatePrecision;
import org.joblist.aggregate.EmploymentType;
import org.joblist.aggregate.PostedDate;
import org.joblist.aggregate.Posting;
import org.joblist.aggregate.normalize.CompanyNames;
import org.joblist.aggregate.normalize.UrlCanon;
import org.joblist.ingest.SalaryRange;
import org.joblist.ingest.WorkplaceType;
import org.jspecify.annotations.Nullable;

/**
 * Merges the postings of one job: the primary is the one with a direct ATS link (Greenhouse,
 * Lever, Ashby, Workable), else the richest; each field then takes the richest value any member
 * has: the cleanest company name, the company's site (the primary's, else the next richest
 * member's that names one), the longest description, a stated salary before a parsed or
 * predicted one, the most precise posted date, and every skill.
 */
final class Merger {
    private static final Comparator<Posting> BY_KEY =
            Comparator.comparing(Posting::sourceId).thenComparing(Posting::externalId);
    private static final Comparator<Posting> PRIMARY_FIRST =
            Comparator.comparing((Posting p) -> !isAts(p))
                    .thenComparing(Comparator.comparingInt(Merger::richness).reversed())
                    .thenComparing(BY_KEY);

    private Merger() {
    }

    /** The cluster of the postings, which must be sorted by source id and external id. */
    static DuplicateCluster merge(List<Posting> members) {
        if (members.size() == 1) {
            Posting only = members.get(0);
            return new DuplicateCluster(only, List.of(link(only)));
        }
        List<Posting> ranked = new ArrayList<>(members);
        ranked.sort(PRIMARY_FIRST);
        Posting primary = ranked.get(0);

        Posting merged = primary.toBuilder()
                .company(CompanyNames.cleanest(ranked.stream().map(Posting::company).toList()))
                .companyUrl(ranked.stream().map(Posting::companyUrl)
                        .filter(Objects::nonNull).findFirst().orElse(null))
                .description(ranked.stream().map(Posting::description)
                        .max(Comparator.comparingInt(String::length)).orElse(""))
                .salary(salary(ranked))
                .posted(posted(ranked))
                .workplaceType(ranked.stream().map(Posting::workplaceType)
                        .filter(t -> t != WorkplaceType.UNKNOWN).findFirst()
                        .orElse(WorkplaceType.UNKNOWN))
                .employmentType(ranked.stream().map(Posting::employmentType)
                        .filter(t -> t != EmploymentType.UNKNOWN).findFirst()
                        .orElse(EmploymentType.UNKNOWN))
                .locations(ranked.stream().map(Posting::locations)
                        .filter(l -> !l.isEmpty()).findFirst().orElse(List.of()))
                .skills(List.copyOf(ranked.stream().flatMap(p -> p.skills().stream())
                        .collect(TreeSet::new, TreeSet::add, TreeSet::addAll)))
                .category(ranked.stream().map(Posting::category)
                        .filter(c -> !c.equals(Posting.OTHER)).findFirst()
                        .orElse(Posting.OTHER))
                .build();

        List<SourceLink> links = new ArrayList<>();
        links.add(link(primary));
        members.stream().filter(p -> p != primary).map(Merger::link).forEach(links::add);
        return new DuplicateCluster(merged, links);
    }

    private static SourceLink link(Posting posting) {
        return new SourceLink(posting.sourceId(), posting.externalId(), posting.applyUrl());
    }

    private static boolean isAts(Posting posting) {
        return UrlCanon.jobKey(posting.applyUrl())
                .filter(key -> key.matches("(greenhouse|lever|ashby|workable):.*"))
                .isPresent();
    }

    /** How many optional fields a posting fills, and how long its description is. */
    private static int richness(Posting p) {
        int filled = (p.salary() != null ? 1 : 0) + (p.locations().isEmpty() ? 0 : 1)
                + (p.workplaceType() != WorkplaceType.UNKNOWN ? 1 : 0)
                + (p.employmentType() != EmploymentType.UNKNOWN ? 1 : 0)
                + (p.posted().precision() != DatePrecision.UNKNOWN ? 1 : 0)
                + (p.skills().isEmpty() ? 0 : 1);
        return filled * 100_000 + Math.min(p.description().length(), 99_999);
    }

    private static @Nullable SalaryRange salary(List<Posting> ranked) {
        return ranked.stream().map(Posting::salary)
                .filter(Objects::nonNull)
                .min(Comparator.comparing(SalaryRange::origin))
                .orElse(null);
    }

    private static PostedDate posted(List<Posting> ranked) {
        return ranked.stream().map(Posting::posted)
                .min(Comparator.comparing(PostedDate::precision)
                        .thenComparing(d -> d.bestGuess() == null ? Instant.MAX
                                : d.bestGuess()))
                .orElse(PostedDate.UNKNOWN);
    }
}
