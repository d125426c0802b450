package org.joblist.publish;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.joblist.aggregate.Posting;
import org.joblist.aggregate.StoredPosting;
import org.joblist.ingest.WorkplaceType;
import org.jspecify.annotations.Nullable;

/** Stored postings for tests, and the catalogue the golden README is rendered from. */
final class Postings {
    /** When every test posting was first seen: Aug 1, 2026. */
    static final Instant FIRST_SEEN = Instant.parse("2026-08-01T06:00:00Z");

    private Postings() {}

    /**
     * A posting seen since {@link #FIRST_SEEN}.
     *
     * @param postedOn an ISO date such as {@code 2026-05-22}; null when the source gave none
     */
    static StoredPosting posting(
            String company, String title, String location, WorkplaceType type,
            @Nullable String postedOn, String applyUrl) {
        Instant postedAt = postedOn == null
                ? null
                : LocalDate.parse(postedOn).atTime(17, 30).toInstant(ZoneOffset.UTC);
        Posting posting = new Posting("test", company + "/" + title, company, title, location,
                type, postedAt, applyUrl);
        return new StoredPosting(posting, FIRST_SEEN, FIRST_SEEN);
    }

    static StoredPosting remote(String company, String title) {
        return posting(company, title, "Remote", WorkplaceType.REMOTE, "2026-06-01",
                "https://example.com/jobs/1");
    }

    static StoredPosting onsite(String company, String title) {
        return posting(company, title, "Berlin", WorkplaceType.ONSITE, "2026-06-01",
                "https://example.com/jobs/2");
    }

    /**
     * Six postings in publication order: newest first, then by company and title. Three share
     * May 22, one has no posted date (listed at first seen), one an empty location and an unknown
     * workplace type.
     */
    static ListCatalog golden() {
        return ListCatalog.of(
                posting("Notion", "Software Engineer, Enterprise Data",
                        "San Francisco, California", WorkplaceType.HYBRID, null,
                        "https://jobs.ashbyhq.com/notion/23ac2477-0008-4bf3-9e4a-aaa0a7e0dc24"),
                posting("Langdock", "Senior Backend Engineer (C# / .NET)", "Remote, Germany",
                        WorkplaceType.REMOTE, "2026-07-14",
                        "https://jobs.ashbyhq.com/langdock/0b1c2d3e-senior-backend"),
                posting("GitLab", "AI Engineer", "Remote, Bangalore", WorkplaceType.REMOTE,
                        "2026-05-22", "https://job-boards.greenhouse.io/gitlab/jobs/8556658002"),
                posting("GitLab", "Backend Engineer, Verify", "Remote, EMEA",
                        WorkplaceType.REMOTE, "2026-05-22",
                        "https://job-boards.greenhouse.io/gitlab/jobs/8012345002"),
                posting("Truelogic", "Data Engineer", "", WorkplaceType.UNKNOWN, "2026-05-22",
                        "https://jobs.ashbyhq.com/truelogic/data-engineer"),
                posting("Answers Now", "Client Success Manager", "Austin, Texas",
                        WorkplaceType.ONSITE, "2026-04-30",
                        "https://jobs.ashbyhq.com/answersnow/client-success-manager"));
    }
}
