package org.joblist.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.joblist.publish.Postings.posting;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
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

    private static PostingFilter filter(List<String> keywords, List<String> excludeKeywords,
            Set<String> types, Duration maxAge, List<String> companies) {
        return PostingFilter.of(
                new PublicationFilter(keywords, excludeKeywords, types, maxAge, companies), NOW);
    }
}
