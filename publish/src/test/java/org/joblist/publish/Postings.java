package org.joblist.publish;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.function.UnaryOperator;
import org.joblist.aggregate.EmploymentType;
import org.joblist.aggregate.Location;
import org.joblist.aggregate.Posting;
import org.joblist.aggregate.StoredPosting;
import org.joblist.ingest.PayPeriod;
import org.joblist.ingest.SalaryOrigin;
import org.joblist.ingest.SalaryRange;
import org.joblist.ingest.WorkplaceType;
import org.jspecify.annotations.Nullable;

/** Stored postings for tests, and the catalogue the golden README is rendered from. */
final class Postings {
    /** When every test posting was first seen: Aug 1, 2026. */
    static final Instant FIRST_SEEN = Instant.parse("2026-08-01T06:00:00Z");

    private Postings() {}

    /**
     * A posting seen since {@link #FIRST_SEEN}, with the basic fields only.
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
     * Two postings of We Work Remotely's recorded feed of Jul 10, 2026, in publication order:
     * APEX TRADE's, whose company header names no site, and Qase's, whose header names
     * https://qase.io/ (stored as {@code https://qase.io}).
     */
    static ListCatalog weWorkRemotely() {
        String jobs = "https://weworkremotely.com/remote-jobs/";
        return ListCatalog.of(
                posting("APEX TRADE", "Entry-Level Crypto Market Specialist",
                        "Anywhere in the World", WorkplaceType.REMOTE, "2026-07-10",
                        jobs + "apex-trade-entry-level-crypto-market-specialist"),
                with(posting("Qase", "Developer Advocate", "Anywhere in the World",
                        WorkplaceType.REMOTE, "2026-07-10", jobs + "qase-developer-advocate"),
                        p -> p.companyUrl("https://qase.io")));
    }

    /** The posting with some normalized fields changed, seen and closed as before. */
    static StoredPosting with(StoredPosting stored, UnaryOperator<Posting.Builder> change) {
        return new StoredPosting(change.apply(stored.posting().toBuilder()).build(),
                stored.firstSeenAt(), stored.lastSeenAt(), stored.closedAt(),
                stored.reopenedAt());
    }

    /** The posting, closed at an instant such as {@code 2026-07-30T09:00:00Z}. */
    static StoredPosting closedAt(StoredPosting stored, String instant) {
        return new StoredPosting(stored.posting(), stored.firstSeenAt(), stored.lastSeenAt(),
                Instant.parse(instant), null);
    }

    static SalaryRange salary(String min, String max, String currency, PayPeriod period,
            SalaryOrigin origin) {
        return new SalaryRange(new BigDecimal(min), new BigDecimal(max),
                Currency.getInstance(currency), period, origin);
    }

    static Location place(@Nullable String city, @Nullable String region, String country) {
        return new Location(city, region, country);
    }

    /**
     * Six postings in publication order: newest first, then by company and title. Three share
     * May 22, one has no posted date (listed at first seen), one an empty location and an unknown
     * workplace type. Four state a salary: three in US dollars (one hourly) and one in euros; a
     * fifth has only a predicted one, which is never shown. Python and SQL are the most frequent
     * skills, three postings each.
     */
    static ListCatalog golden() {
        return ListCatalog.of(
                with(posting("Notion", "Software Engineer, Enterprise Data",
                        "San Francisco, California", WorkplaceType.HYBRID, null,
                        "https://jobs.ashbyhq.com/notion/23ac2477-0008-4bf3-9e4a-aaa0a7e0dc24"),
                        p -> p.locations(List.of(place("San Francisco", "CA", "US")))
                                .employmentType(EmploymentType.FULL_TIME)
                                .salary(salary("180000", "240000", "USD", PayPeriod.YEAR,
                                        SalaryOrigin.STATED))
                                .skills(List.of("Java", "Python", "SQL"))
                                .category("engineering")),
                with(posting("Langdock", "Senior Backend Engineer (C# / .NET)", "Remote, Germany",
                        WorkplaceType.REMOTE, "2026-07-14",
                        "https://jobs.ashbyhq.com/langdock/0b1c2d3e-senior-backend"),
                        p -> p.applicantLocations(List.of(place(null, null, "DE")))
                                .employmentType(EmploymentType.FULL_TIME)
                                .salary(salary("70000", "90000", "EUR", PayPeriod.YEAR,
                                        SalaryOrigin.PARSED))
                                .skills(List.of(".NET", "C#", "SQL"))
                                .category("backend")),
                with(posting("GitLab", "AI Engineer", "Remote, Bangalore", WorkplaceType.REMOTE,
                        "2026-05-22", "https://job-boards.greenhouse.io/gitlab/jobs/8556658002"),
                        p -> p.locations(List.of(place("Bangalore", null, "IN")))
                                .salary(salary("150000", "150000", "USD", PayPeriod.YEAR,
                                        SalaryOrigin.PREDICTED))
                                .skills(List.of("LLM", "Python"))
                                .category("data")),
                with(posting("GitLab", "Backend Engineer, Verify", "Remote, EMEA",
                        WorkplaceType.REMOTE, "2026-05-22",
                        "https://job-boards.greenhouse.io/gitlab/jobs/8012345002"),
                        p -> p.employmentType(EmploymentType.FULL_TIME)
                                .skills(List.of("Go", "Ruby"))
                                .category("backend")),
                with(posting("Truelogic", "Data Engineer", "", WorkplaceType.UNKNOWN, "2026-05-22",
                        "https://jobs.ashbyhq.com/truelogic/data-engineer"),
                        p -> p.employmentType(EmploymentType.CONTRACT)
                                .salary(salary("27.50", "27.50", "USD", PayPeriod.HOUR,
                                        SalaryOrigin.STATED))
                                .skills(List.of("Python", "SQL"))
                                .category("data")),
                with(posting("Answers Now", "Client Success Manager", "Austin, Texas",
                        WorkplaceType.ONSITE, "2026-04-30",
                        "https://jobs.ashbyhq.com/answersnow/client-success-manager"),
                        p -> p.locations(List.of(place("Austin", "TX", "US")))
                                .employmentType(EmploymentType.PART_TIME)
                                .salary(salary("55000", "65000", "USD", PayPeriod.YEAR,
                                        SalaryOrigin.STATED))));
    }

    /**
     * {@link #golden()} and two closed postings: Wolt's, closed on Jul 30, 2026, and one closed
     * on Jul 1, 2026, too long before Aug 2 for a "Recently closed" section of 14 days.
     */
    static ListCatalog goldenWithClosed() {
        List<StoredPosting> postings = new ArrayList<>(golden().postings());
        postings.add(closedAt(with(posting("Wolt", "Store Manager", "Marsa", WorkplaceType.REMOTE,
                "2026-07-20", "https://remoteok.com/remote-jobs/1136747"),
                p -> p.skills(List.of("Retail"))), "2026-07-30T09:00:00Z"));
        postings.add(closedAt(posting("Gone", "Old Job", "Paris", WorkplaceType.ONSITE,
                "2026-05-02", "https://example.com/old"), "2026-07-01T09:00:00Z"));
        return new ListCatalog(postings);
    }
}
