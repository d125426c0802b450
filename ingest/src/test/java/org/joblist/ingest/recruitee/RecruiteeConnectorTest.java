package org.joblist.ingest.recruitee;

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
import org.joblist.ingest.WorkplaceType;
import org.joblist.ingest.http.BoardClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class RecruiteeConnectorTest {
    @TempDir
    Path cassette;

    private final CollectingSink sink = new CollectingSink();

    @Test
    void readsOffersWithLocationsWorkplaceAndSalary() {
        FetchSummary summary = fetch("aikidosecurity", "recruitee/offers-aikidosecurity.json");

        assertThat(summary).isEqualTo(new FetchSummary(1, 3, 0));
        assertThat(sink.postings())
                .extracting(SourcePosting::company, SourcePosting::title,
                        SourcePosting::locations, SourcePosting::postedAt,
                        SourcePosting::workplaceType)
                .containsExactly(
                        tuple("Aikido Security", "Customer Success Engineer Tel Aviv",
                                List.of("Tel Aviv, Israel"), "2026-08-11 20:45:29 UTC",
                                WorkplaceType.REMOTE),
                        tuple("Aikido Security", "Customer Success Engineer Dubai",
                                List.of("Dubai, United Arab Emirates"), "2026-08-11 20:42:44 UTC",
                                WorkplaceType.REMOTE),
                        tuple("Aikido Security", "Office Manager Chicago",
                                List.of("Chicago, Illinois, United States"),
                                "2026-08-10 15:13:59 UTC", WorkplaceType.ONSITE));
        SourcePosting chicago = sink.postings().get(2);
        assertThat(chicago.salary()).isEqualTo(new SalaryRange(new BigDecimal("75.00"),
                new BigDecimal("95.00"), Currency.getInstance("USD"), PayPeriod.YEAR,
                SalaryOrigin.STATED));
        assertThat(chicago.applyUrl())
                .isEqualTo("https://aikidosecurity.recruitee.com/o/office-manager-chicago");
        assertThat(chicago.employmentType()).isEqualTo("fulltime_permanent");
        assertThat(chicago.updatedAt()).isEqualTo("2026-08-10 19:18:44 UTC");
        assertThat(sink.postings().get(0).salary()).isNull();
    }

    @Test
    void readsReducedOffersWithTheLocationText() {
        FetchSummary summary = fetch("espeo", "recruitee/offers-espeo.json");

        assertThat(summary).isEqualTo(new FetchSummary(1, 3, 0));
        assertThat(sink.postings())
                .extracting(SourcePosting::externalId, SourcePosting::title,
                        SourcePosting::locations, SourcePosting::workplaceType,
                        SourcePosting::employmentType)
                .containsExactly(
                        tuple("2681423", "Project Manager",
                                List.of("Poznań, Wielkopolskie, Poland"), WorkplaceType.HYBRID,
                                "contract"),
                        tuple("2660726", "AI Solutions Engineer", List.of("Remote job"),
                                WorkplaceType.REMOTE, "contract"),
                        tuple("2441384", "Senior DevOps Engineer",
                                List.of("Poznań, Wielkopolskie, Poland"), WorkplaceType.HYBRID,
                                "freelance"));
        assertThat(sink.postings().get(0).company()).isEqualTo("Espeo Software");
    }

    @Test
    void defaultUrlIsTheCareerSitesOffers() {
        SourceConfig espeo = new SourceConfig("espeo", SourceKind.RECRUITEE, "espeo", null);

        assertThat(RecruiteeConnector.boardUrl(espeo))
                .hasToString("https://espeo.recruitee.com/api/offers/");
    }

    private FetchSummary fetch(String board, String payload) {
        SourceConfig source = new SourceConfig(board, SourceKind.RECRUITEE, board, null);
        String url = RecruiteeConnector.boardUrl(source).toString();
        try (BoardClient client = Fixtures.replaying(cassette, url, Fixtures.shared(payload))) {
            return new RecruiteeConnector(client).fetch(source, sink);
        }
    }
}
