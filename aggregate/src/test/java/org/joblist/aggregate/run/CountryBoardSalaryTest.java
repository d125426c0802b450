package org.joblist.aggregate.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.joblist.aggregate.Posting;
import org.joblist.aggregate.SourceOutcome;
import org.joblist.aggregate.SourceStatus;
import org.joblist.aggregate.StoredPosting;
import org.joblist.aggregate.store.PostingStore;
import org.joblist.aggregate.testing.MutableClock;
import org.joblist.aggregate.testing.TestStores;
import org.joblist.config.SourceConfig;
import org.joblist.config.SourceKind;
import org.joblist.ingest.Connector;
import org.joblist.ingest.Connectors;
import org.joblist.ingest.Fixtures;
import org.joblist.ingest.PayPeriod;
import org.joblist.ingest.SalaryOrigin;
import org.joblist.ingest.SalaryRange;
import org.joblist.ingest.SourcePosting;
import org.joblist.ingest.http.BoardClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Case 4 of issue #4 end to end: an Adzuna answer from the {@code gb} endpoint replayed through
 * the real connector and the runner into the store.
 */
class CountryBoardSalaryTest {
    private static final Instant RUN = Instant.parse("2025-08-10T12:00:00Z");
    private static final Currency GBP = Currency.getInstance("GBP");
    private static final SourceConfig ADZUNA_GB = new SourceConfig("adzuna-gb", SourceKind.ADZUNA,
            null, null).with(Map.of("country", "gb"), Map.of("appId", "id1", "appKey", "key1"));
    private static final String FIRST_PAGE = "https://api.adzuna.com/v1/api/jobs/gb/search/1"
            + "?results_per_page=50&app_id=id1&app_key=key1";

    @TempDir
    Path cassette;

    private final MutableClock clock = new MutableClock(RUN);
    private final PostingStore store = TestStores.openInMemory(clock);
    private final SourceRunner runner = new SourceRunner(store, clock);

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void case4StoresTheGbEndpointsFiguresAsStatedPoundsPerYearAndWithholdsPredictedOnes() {
        String page = "{\"count\": 2, \"results\": ["
                + job("1", "Backend Engineer", "0") + ", "
                + job("2", "Frontend Engineer", "1") + "]}";

        SourceOutcome outcome;
        try (BoardClient client = Fixtures.replaying(cassette, FIRST_PAGE, page)) {
            outcome = run(ADZUNA_GB, Connectors.forKind(SourceKind.ADZUNA, client));
        }

        SalaryRange stated = new SalaryRange(new BigDecimal("41000"), new BigDecimal("47000"),
                GBP, PayPeriod.YEAR, SalaryOrigin.STATED);
        SalaryRange predicted = new SalaryRange(new BigDecimal("41000"), new BigDecimal("47000"),
                GBP, PayPeriod.YEAR, SalaryOrigin.PREDICTED);
        assertThat(outcome.status()).isEqualTo(SourceStatus.OK);
        assertThat(postings()).extracting(Posting::title, Posting::salary,
                Posting::publishedSalary).containsExactly(
                        tuple("Backend Engineer", stated, stated),
                        tuple("Frontend Engineer", predicted, null));
    }

    @Test
    void readsTheRecordedGbPageInPoundsKeepingPredictedSalariesUnpublished() {
        Path payload = Fixtures.shared("adzuna/gb-search-page-2025-08-10.json");

        try (BoardClient client = Fixtures.replaying(cassette, FIRST_PAGE, payload)) {
            run(ADZUNA_GB.withMaxPages(1), Connectors.forKind(SourceKind.ADZUNA, client));
        }

        // Values read by hand from the payload: Dept's is predicted, TRM International's stated.
        Posting dept = posting("5346670339");
        Posting trm = posting("5346491974");
        assertThat(dept.salary()).isEqualTo(new SalaryRange(new BigDecimal("44493.92"),
                new BigDecimal("44493.92"), GBP, PayPeriod.YEAR, SalaryOrigin.PREDICTED));
        assertThat(dept.publishedSalary()).isNull();
        assertThat(trm.publishedSalary()).isEqualTo(new SalaryRange(new BigDecimal("70000"),
                new BigDecimal("85000"), GBP, PayPeriod.YEAR, SalaryOrigin.STATED));
        assertThat(postings()).hasSize(50).allSatisfy(posting ->
                assertThat(posting.salary().currency()).isEqualTo(GBP));
    }

    @Test
    void readsPayTextWithoutACurrencyInTheCountryBoardsCurrency() {
        SourcePosting withText = SourcePosting.builder("adzuna-gb", "1").company("Acme")
                .title("Backend Engineer").salaryText("41,000 - 47,000 per annum")
                .applyUrl("https://www.adzuna.co.uk/jobs/details/1").build();

        run(ADZUNA_GB, ListConnector.of(List.of(withText)));

        assertThat(posting("1").salary()).isEqualTo(new SalaryRange(new BigDecimal("41000"),
                new BigDecimal("47000"), GBP, PayPeriod.YEAR, SalaryOrigin.PARSED));
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "adzuna   | country=gb | -                                                  | GBP",
        "adzuna   | country=US | -                                                  | USD",
        "adzuna   | country=ch | -                                                  | CHF",
        "adzuna   | country=de | -                                                  | EUR",
        "adzuna   | -          | https://api.adzuna.com/v1/api/jobs/za/search/1     | ZAR",
        "adzuna   | country=xx | -                                                  | -",
        "adzuna   | -          | https://api.adzuna.com/v1/api/jobs                 | -",
        "usajobs  | -          | -                                                  | USD",
        "greenhouse | -        | -                                                  | -",
        "arbeitnow  | -        | -                                                  | -",
    })
    void givesACountryBoardItsCountrysCurrency(String kind, String setting, String url,
            String currency) {
        Map<String, String> settings = setting == null
                ? Map.of() : Map.of(setting.split("=")[0], setting.split("=")[1]);
        SourceConfig source = new SourceConfig("s", SourceKind.fromConfigName(kind).orElseThrow(),
                null, url == null ? null : URI.create(url)).with(settings, Map.of());

        Currency expected = currency == null ? null : Currency.getInstance(currency);
        assertThat(SourceKinds.currency(source)).isEqualTo(expected);
    }

    private static String job(String id, String title, String predicted) {
        return "{\"id\": \"" + id + "\", \"title\": \"" + title + "\","
                + " \"company\": {\"display_name\": \"Acme\"},"
                + " \"location\": {\"display_name\": \"London, UK\"},"
                + " \"created\": \"2025-08-10T11:13:04Z\","
                + " \"redirect_url\": \"https://www.adzuna.co.uk/jobs/details/" + id + "\","
                + " \"salary_min\": 41000, \"salary_max\": 47000,"
                + " \"salary_is_predicted\": \"" + predicted + "\"}";
    }

    private SourceOutcome run(SourceConfig source, Connector connector) {
        return runner.run(store.startRun(), source, connector, posting -> { });
    }

    private List<Posting> postings() {
        return TestStores.all(store).stream().map(StoredPosting::posting)
                .sorted((a, b) -> a.externalId().compareTo(b.externalId())).toList();
    }

    private Posting posting(String externalId) {
        return postings().stream().filter(p -> p.externalId().equals(externalId)).findFirst()
                .orElseThrow();
    }
}
