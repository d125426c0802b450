package org.joblist.aggregate.dedupe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.joblist.aggregate.Location;
import org.joblist.aggregate.PostedDate;
import org.joblist.aggregate.Posting;
import org.joblist.aggregate.PostingCatalog;
import org.joblist.aggregate.StoredPosting;
import org.junit.jupiter.api.Test;

class DedupedCatalogTest {
    private static final Instant DAY_1 = Instant.parse("2026-03-01T00:00:00Z");
    private static final Instant DAY_2 = Instant.parse("2026-03-02T00:00:00Z");

    @Test
    void handsEachJobOverOnceWithItsEarliestFirstSeenAndLatestLastSeen() {
        List<StoredPosting> stored = List.of(
                new StoredPosting(posting("a", "1", "Harbor Bakery Ltd", "2026-02-20"), DAY_1,
                        DAY_1),
                new StoredPosting(posting("b", "9", "Harbor Bakery", "2026-02-22"), DAY_2, DAY_2),
                new StoredPosting(posting("b", "10", "Other", "2026-02-25"), DAY_2, DAY_2));
        PostingCatalog store = action -> stored.forEach(action);

        List<StoredPosting> shown = new ArrayList<>();
        new DedupedCatalog(store, new Deduplicator(Duration.ofDays(14)))
                .forEachPosting(shown::add);

        assertThat(shown).extracting(s -> s.posting().company(), StoredPosting::firstSeenAt,
                StoredPosting::lastSeenAt, StoredPosting::sourceIds).containsExactly(
                        tuple("Other", DAY_2, DAY_2, List.of("b")),
                        tuple("Harbor Bakery Ltd", DAY_1, DAY_2, List.of("a", "b")));
    }

    /** A backend developer job in Leeds, posted on the date; DedupedStoreTest stores these. */
    static Posting posting(String source, String id, String company, String date) {
        return Posting.builder(source, id).company(company).title("Backend Developer")
                .location("Leeds").locations(List.of(new Location("Leeds", null, "GB")))
                .posted(PostedDate.day(Instant.parse(date + "T00:00:00Z"), date))
                .applyUrl("https://example.com/" + source + "/" + id).build();
    }
}
