package org.joblist.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.joblist.publish.Postings.onsite;
import static org.joblist.publish.Postings.remote;
import static org.joblist.publish.Postings.salary;
import static org.joblist.publish.Postings.with;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.joblist.aggregate.StoredPosting;
import org.joblist.config.SalaryStats;
import org.joblist.ingest.PayPeriod;
import org.joblist.ingest.SalaryOrigin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReadmeStatsTest {
    @ParameterizedTest
    @CsvSource({
        "1, 8, 13",
        "1, 3, 33",
        "2, 3, 67",
        "4, 7, 57",
        "1, 200, 1",
        "1, 201, 0",
        "3, 3, 100",
        "0, 5, 0",
    })
    void roundsTheRemoteShareHalfUpToAWholePercent(int remote, int rows, int percent) {
        ReadmeStats stats = new ReadmeStats();
        for (int i = 0; i < rows; i++) {
            String title = "Job " + i;
            stats.count((i < remote ? remote("GitLab", title) : onsite("GitLab", title)).posting());
        }

        assertThat(stats.remotePercent()).isEqualTo(percent);
    }

    @Test
    void countsNoRowsAsZeroPercentRemoteAndNoCompanies() {
        ReadmeStats stats = new ReadmeStats();

        assertThat(stats.rows()).isZero();
        assertThat(stats.remotePercent()).isZero();
        assertThat(stats.companies()).isEqualTo("0 companies");
    }

    @Test
    void countsCompaniesByNameIgnoringCase() {
        ReadmeStats stats = new ReadmeStats();

        stats.count(remote("GitLab", "AI Engineer").posting());
        stats.count(remote("gitlab", "Backend Engineer").posting());
        stats.count(onsite("GITLAB", "Designer").posting());

        assertThat(stats.rows()).isEqualTo(3);
        assertThat(stats.companies()).isEqualTo("1 company");
    }

    @Test
    void countsCompaniesByTheirKeySoALegalFormMakesNoSecondCompany() {
        ReadmeStats stats = new ReadmeStats();

        stats.count(remote("Acme", "Dev").posting());
        stats.count(remote("ACME Inc.", "Ops").posting());
        stats.count(remote("Acme Labs", "QA").posting());

        assertThat(stats.companies()).isEqualTo("2 companies");
    }

    @Test
    void averagesTheAnnualizedMidpointsOfTheMostStatedCurrencyRoundedToThousands() {
        ReadmeStats stats = stats(
                paid("100000", "120000", "USD", PayPeriod.YEAR, SalaryOrigin.STATED),
                paid("50", "50", "USD", PayPeriod.HOUR, SalaryOrigin.PARSED),
                paid("60000", "60000", "EUR", PayPeriod.YEAR, SalaryOrigin.STATED),
                paid("900000", "900000", "USD", PayPeriod.YEAR, SalaryOrigin.PREDICTED),
                paid("10", "12", "USD", PayPeriod.MONTH, SalaryOrigin.STATED),
                remote("Acme", "No salary"));

        assertThat(stats.averageSalary(SalaryStats.DEFAULT))
                .isEqualTo("$107,000 / year in USD (2 of 6 jobs)");
    }

    @Test
    void takesTheFirstCurrencyByCodeWhenTwoAreStatedEquallyOften() {
        ReadmeStats stats = stats(
                paid("4000", "4000", "GBP", PayPeriod.MONTH, SalaryOrigin.STATED),
                paid("50000", "70000", "EUR", PayPeriod.YEAR, SalaryOrigin.STATED));

        assertThat(stats.averageSalary(SalaryStats.DEFAULT))
                .isEqualTo("€60,000 / year in EUR (1 of 2 jobs)");
    }

    @Test
    void convertsTheCurrenciesWithARateAndLeavesTheOthersOut() {
        ReadmeStats stats = stats(
                paid("100000", "100000", "USD", PayPeriod.YEAR, SalaryOrigin.STATED),
                paid("80000", "80000", "EUR", PayPeriod.YEAR, SalaryOrigin.STATED),
                paid("5000", "5000", "GBP", PayPeriod.MONTH, SalaryOrigin.STATED),
                paid("8000000", "8000000", "JPY", PayPeriod.YEAR, SalaryOrigin.STATED));
        Currency usd = Currency.getInstance("USD");
        Map<Currency, BigDecimal> rates = Map.of(Currency.getInstance("EUR"),
                new BigDecimal("1.10"), Currency.getInstance("GBP"), new BigDecimal("1.25"));

        assertThat(stats.averageSalary(new SalaryStats(usd, rates)))
                .isEqualTo("$88,000 / year in USD (3 of 4 jobs; EUR, GBP converted)");
        assertThat(stats.averageSalary(new SalaryStats(usd, Map.of())))
                .isEqualTo("$100,000 / year in USD (1 of 4 jobs)");
        assertThat(stats.averageSalary(new SalaryStats(Currency.getInstance("CHF"), Map.of())))
                .isNull();
    }

    @Test
    void statesNoAverageWithoutAStatedSalary() {
        ReadmeStats stats = stats(remote("Acme", "Dev"),
                paid("150000", "150000", "USD", PayPeriod.YEAR, SalaryOrigin.PREDICTED));

        assertThat(stats.averageSalary(SalaryStats.DEFAULT)).isNull();
    }

    @Test
    void trendsTheMostFrequentSkillsWithTiesByNameWhateverTheOrderTheyCameIn() {
        List<StoredPosting> postings = List.of(skilled("Go", "rust"), skilled("Rust", "Go"),
                skilled("Kotlin", "go"), skilled("Java"), skilled("Kotlin"), skilled("Zig"));
        List<StoredPosting> reversed = new ArrayList<>(postings);
        Collections.reverse(reversed);

        ReadmeStats stats = stats(postings.toArray(StoredPosting[]::new));
        ReadmeStats other = stats(reversed.toArray(StoredPosting[]::new));

        assertThat(stats.trendingSkills())
                .isEqualTo("Go (2), Kotlin (2), go (1), Java (1), Rust (1)");
        assertThat(other.trendingSkills()).isEqualTo(stats.trendingSkills());
        assertThat(other.skillsChart()).isEqualTo(stats.skillsChart()).isEqualTo("xychart-beta\n"
                + "    title \"Top skills\"\n"
                + "    x-axis [\"Go\", \"Kotlin\", \"go\", \"Java\", \"Rust\", \"rust\","
                + " \"Zig\"]\n"
                + "    y-axis \"Postings\"\n"
                + "    bar [2, 2, 1, 1, 1, 1, 1]");
        assertThat(new ReadmeStats().trendingSkills()).isNull();
        assertThat(new ReadmeStats().skillsChart()).isNull();
    }

    @Test
    void chartsTheTenMostFrequentSkills() {
        List<String> skills = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            skills.add("S" + (char) ('a' + i));
        }
        ReadmeStats stats = stats(skilled(skills.toArray(String[]::new)));

        assertThat(stats.trendingSkills()).isEqualTo("Sa (1), Sb (1), Sc (1), Sd (1), Se (1)");
        assertThat(stats.skillsChart()).contains("x-axis [\"Sa\", \"Sb\", \"Sc\", \"Sd\","
                + " \"Se\", \"Sf\", \"Sg\", \"Sh\", \"Si\", \"Sj\"]\n");
    }

    private static ReadmeStats stats(StoredPosting... postings) {
        ReadmeStats stats = new ReadmeStats();
        for (StoredPosting posting : postings) {
            stats.count(posting.posting());
        }
        return stats;
    }

    private static StoredPosting paid(String min, String max, String currency, PayPeriod period,
            SalaryOrigin origin) {
        return with(remote("Acme", min + currency),
                p -> p.salary(salary(min, max, currency, period, origin)));
    }

    private static StoredPosting skilled(String... skills) {
        return with(remote("Acme", String.join(" ", skills)), p -> p.skills(List.of(skills)));
    }

    @Test
    void saysJobsInTheSingularForOne() {
        assertThat(ReadmeStats.jobs(0)).isEqualTo("0 jobs");
        assertThat(ReadmeStats.jobs(1)).isEqualTo("1 job");
        assertThat(ReadmeStats.jobs(7)).isEqualTo("7 jobs");
    }
}
