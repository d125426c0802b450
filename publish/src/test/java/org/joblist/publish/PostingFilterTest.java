package org.joblist.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.joblist.publish.Postings.place;
import static org.joblist.publish.Postings.posting;
import static org.joblist.publish.Postings.with;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.joblist.aggregate.EmploymentType;
import org.joblist.aggregate.Location;
import org.joblist.aggregate.StoredPosting;
import org.joblist.config.PublicationFilter;
import org.joblist.ingest.WorkplaceType;
import org.junit.jupiter.api.Test;

class PostingFilterTest {
    private static final Instant NOW = Instant.parse("2026-06-10T12:00:00Z");

    private static final StoredPosting JAVA = posting("Acme Corp", "Senior Java Developer",
            "Berlin", WorkplaceType.HYBRID, "2026-06-01", "https://example.com/1");
    private static final StoredPosting JAVASCRIPT = posting("Beta", "JavaScript Developer",
            "Remote", WorkplaceType.REMOTE, "2026-05-01", "https://example.com/2");
    private static final StoredPosting CSHARP = posting("Gamma", "Backend Engineer (C# / .NET)",
            "Remote", WorkplaceType.REMOTE, "2026-06-09", "https://example.com/3");

    @Test
    void matchesKeywordsAsWholeWordsWithoutCase() {
        PostingFilter filter = filter(List.of("java", "c#"), List.of(), Set.of(), null, List.of());

        assertThat(List.of(JAVA, JAVASCRIPT, CSHARP)).filteredOn(filter::accepts)
                .containsExactly(JAVA, CSHARP);
    }

    @Test
    void leavesOutExcludedKeywordsWorkplaceTypesAndCompanies() {
        assertThat(filter(List.of(), List.of("SENIOR"), Set.of(), null, List.of()).accepts(JAVA))
                .isFalse();
        assertThat(List.of(JAVA, JAVASCRIPT, CSHARP))
                .filteredOn(
                        filter(List.of(), List.of(), Set.of("hybrid"), null, List.of())::accepts)
                .containsExactly(JAVA);
        assertThat(List.of(JAVA, JAVASCRIPT, CSHARP))
                .filteredOn(filter(List.of(), List.of(), Set.of(), null,
                        List.of(" acme corp", "GAMMA"))::accepts)
                .containsExactly(JAVASCRIPT);
    }

    @Test
    void keepsPostingsListedWithinTheMaximumAgeCountedBackFromNow() {
        PostingFilter filter =
                filter(List.of(), List.of(), Set.of(), Duration.ofDays(9), List.of());

        assertThat(List.of(JAVA, JAVASCRIPT, CSHARP)).filteredOn(filter::accepts)
                .containsExactly(JAVA, CSHARP);
    }

    @Test
    void leavesOutCompaniesByTheirKeySoALegalFormOrCaseMakesNoDifference() {
        StoredPosting acmeInc = posting("ACME Inc.", "Ops", "Remote", WorkplaceType.REMOTE,
                "2026-06-01", "https://example.com/4");

        PostingFilter filter = filter(List.of(), List.of(), Set.of(), null, List.of("Acme Corp"));

        assertThat(List.of(JAVA, acmeInc, CSHARP)).filteredOn(filter::accepts)
                .containsExactly(CSHARP);
    }

    @Test
    void keepsTheConfiguredCategoriesAndEmploymentTypes() {
        StoredPosting backend = with(CSHARP, p -> p.category("backend")
                .employmentType(EmploymentType.FULL_TIME));
        StoredPosting data = with(JAVASCRIPT, p -> p.category("data")
                .employmentType(EmploymentType.CONTRACT));

        assertThat(List.of(JAVA, backend, data))
                .filteredOn(of(Set.of("backend", "data"), Set.of(), Set.of())::accepts)
                .containsExactly(backend, data);
        assertThat(List.of(JAVA, backend, data))
                .filteredOn(of(Set.of(), Set.of(), Set.of("contract", "unknown"))::accepts)
                .containsExactly(JAVA, data);
    }

    @Test
    void keepsPostingsWithAnOfficeOrRemoteApplicantsInTheConfiguredCountries() {
        StoredPosting berlin = with(JAVA, p -> p.locations(List.of(place("Berlin", null, "DE"))));
        StoredPosting remoteAustria =
                with(JAVASCRIPT, p -> p.applicantLocations(List.of(place(null, null, "AT"))));
        StoredPosting texas = with(CSHARP, p -> p.locations(List.of(place("Austin", "TX", "US"),
                new Location("Somewhere", null, null))));

        PostingFilter dach = of(Set.of(), Set.of("DE", "AT", "CH"), Set.of());

        assertThat(List.of(berlin, remoteAustria, texas, JAVA)).filteredOn(dach::accepts)
                .containsExactly(berlin, remoteAustria);
    }

    private static PostingFilter of(
            Set<String> categories, Set<String> countries, Set<String> employmentTypes) {
        return PostingFilter.of(new PublicationFilter(List.of(), List.of(), Set.of(), null,
                List.of(), categories, countries, employmentTypes), NOW);
    }

    private static PostingFilter filter(List<String> keywords, List<String> excludeKeywords,
            Set<String> types, Duration maxAge, List<String> companies) {
        return PostingFilter.of(
                new PublicationFilter(keywords, excludeKeywords, types, maxAge, companies), NOW);
    }
}
