package org.joblist.ingest.jobicy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Currency;
import java.util.List;
import org.joblist.config.SourceConfig;
import org.joblist.config.SourceKind;
import org.joblist.ingest.CollectingSink;
import org.joblist.ingest.FetchSummary;
import org.joblist.ingest.Fixtures;
import org.joblist.ingest.PayPeriod;
import org.joblist.ingest.SalaryOrigin;
import org.joblist.ingest.SalaryRange;
import org.joblist.ingest.SourcePosting;
import org.joblist.ingest.http.BoardClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class JobicyConnectorTest {
    private static final String API = "https://jobicy.com/api/v2/remote-jobs?count=100";
    private static final SourceConfig JOBICY =
            new SourceConfig("jobicy", SourceKind.JOBICY, null, null);
    private static final Currency USD = Currency.getInstance("USD");

    @TempDir
    Path cassette;

    private final CollectingSink sink = new CollectingSink();

    @Test
    void readsTheJobsOfTheFullEnvelope() {
        FetchSummary summary = fetch("jobicy/api-envelope-2026-07-10.json");

        assertThat(summary).isEqualTo(new FetchSummary(1, 4, 0));
        assertThat(sink.postings())
                .extracting(SourcePosting::company, SourcePosting::title,
                        SourcePosting::locations, SourcePosting::postedAt,
                        SourcePosting::employmentType)
                .containsExactly(
                        tuple("Mozilla", "Senior Software Engineer (Contract)", List.of("Germany"),
                                "2026-07-10T20:00:05+00:00", "Contract"),
                        tuple("Dandy", "Customer Experience Lab Technician (Netherlands)",
                                List.of("Netherlands"), "2026-07-10T20:00:03+00:00", "Full-Time"),
                        tuple("M3 USA", "Project Director, Qualitative Research", List.of("UK"),
                                "2026-07-10T19:55:04+00:00", "Full-Time"),
                        tuple("RevenueCat",
                                "Content Marketing Manager, Organic Growth (SEO & AEO)",
                                List.of("EMEA,  LATAM,  Canada,  USA"),
                                "2026-07-10T19:25:02+00:00", "Full-Time"));
    }

    @Test
    void aSingleSalaryFigureIsMinAndMax() {
        fetch("jobicy/api-envelope-2026-07-10.json");

        assertThat(sink.postings().get(3).salary()).isEqualTo(new SalaryRange(
                new BigDecimal("151000"), new BigDecimal("151000"), USD, PayPeriod.YEAR,
                SalaryOrigin.STATED));
        assertThat(sink.postings().get(0).salary()).isNull();
    }

    @Test
    void readsYearlySalaryRanges() {
        FetchSummary summary = fetch("jobicy/api-trimmed-2026-08-03.json");

        assertThat(summary).isEqualTo(new FetchSummary(1, 5, 0));
        SourcePosting cox = sink.postings().get(0);
        assertThat(cox.company()).isEqualTo("Cox Enterprises");
        assertThat(cox.title())
                .isEqualTo("Senior Manager, Change Enablement - Cox Automotive Fleet");
        assertThat(cox.salary()).isEqualTo(new SalaryRange(new BigDecimal("122600"),
                new BigDecimal("204400"), USD, PayPeriod.YEAR, SalaryOrigin.STATED));
        assertThat(cox.applyUrl()).isEqualTo("https://jobicy.com/jobs/"
                + "150172-senior-manager-change-enablement-cox-automotive-fleet");
        assertThat(cox.tags()).containsExactly("Project &amp; Program Management");
        assertThat(sink.postings()).extracting(SourcePosting::company)
                .containsExactly("Cox Enterprises", "Centene Corporation", "Centene Corporation",
                        "Centene Corporation", "Centene Corporation");
    }

    private FetchSummary fetch(String payload) {
        try (BoardClient client = Fixtures.replaying(cassette, API, Fixtures.shared(payload))) {
            return new JobicyConnector(client).fetch(JOBICY, sink);
        }
    }
}
