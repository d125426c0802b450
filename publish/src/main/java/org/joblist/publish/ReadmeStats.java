package org.joblist.publish;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.joblist.aggregate.Posting;
import org.joblist.aggregate.normalize.Salaries;
import org.joblist.config.SalaryStats;
import org.joblist.ingest.PayPeriod;
import org.joblist.ingest.SalaryRange;
import org.joblist.ingest.WorkplaceType;
import org.jspecify.annotations.Nullable;

/**
 * The figures of a README's stats line and its skills chart, counted over exactly the rows it
 * shows, one posting at a time. Keeps counts, sums and the set of company keys, never the
 * postings.
 */
final class ReadmeStats {
    /** Skills the "Trending skills" line names at most. */
    static final int TRENDING_SKILLS = 5;
    /** Skills the skills chart shows at most. */
    static final int CHART_SKILLS = 10;

    /** Most frequent first; on a tie, by name without case, then by name. */
    private static final Comparator<Map.Entry<String, Integer>> BY_FREQUENCY =
            Map.Entry.<String, Integer>comparingByValue().reversed()
                    .thenComparing(entry -> entry.getKey().toLowerCase(Locale.ROOT))
                    .thenComparing(Map.Entry::getKey);
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    private final Set<String> companyKeys = new HashSet<>();
    private final Map<String, Integer> skills = new HashMap<>();
    /** Per currency, by code: the annualized midpoints of the rows stating a salary in it. */
    private final Map<Currency, Sum> salaries = new TreeMap<>(
            Comparator.comparing(Currency::getCurrencyCode));
    private int rows;
    private int remoteRows;

    void count(Posting posting) {
        rows++;
        if (posting.workplaceType() == WorkplaceType.REMOTE) {
            remoteRows++;
        }
        companyKeys.add(posting.companyKey());
        for (String skill : posting.skills()) {
            skills.merge(skill, 1, Integer::sum);
        }
        SalaryRange salary = posting.publishedSalary();
        if (salary != null) {
            Salaries.annualized(salary).ifPresent(annual -> salaries
                    .computeIfAbsent(salary.currency(), currency -> new Sum())
                    .add(annual.min().add(annual.max()).divide(BigDecimal.valueOf(2))));
        }
    }

    int rows() {
        return rows;
    }

    /** Remote rows as a share of all rows in whole percent, rounded half up; 0 with no rows. */
    int remotePercent() {
        if (rows == 0) {
            return 0;
        }
        return (int) ((remoteRows * 200L + rows) / (2L * rows));
    }

    /**
     * The average annual salary of the rows that state one, in one currency and rounded to
     * thousands, saying the currency and how many rows it covers, e.g. "$131,000 / year in USD (3
     * of 6 jobs)"; null when no row states a salary it can count. A predicted salary, or one
     * outside {@link Salaries}' sanity bounds, is no stated salary.
     */
    @Nullable String averageSalary(SalaryStats config) {
        Currency currency = config.currency() != null ? config.currency() : mostStated();
        if (currency == null) {
            return null;
        }
        Sum total = salaries.getOrDefault(currency, new Sum()).copy();
        List<String> converted = new ArrayList<>();
        config.rates().entrySet().stream()
                .filter(rate -> salaries.containsKey(rate.getKey()))
                .sorted(Map.Entry.comparingByKey(Comparator.comparing(Currency::getCurrencyCode)))
                .forEach(rate -> {
                    total.add(salaries.get(rate.getKey()), rate.getValue());
                    converted.add(rate.getKey().getCurrencyCode());
                });
        if (total.count == 0) {
            return null;
        }
        BigDecimal average = total.sum
                .divide(BigDecimal.valueOf(total.count).multiply(THOUSAND), 0, RoundingMode.HALF_UP)
                .multiply(THOUSAND);
        return SalaryFormat.amount(average, currency) + " / " + SalaryFormat.period(PayPeriod.YEAR)
                + " in " + currency.getCurrencyCode() + " (" + total.count + " of " + jobs(rows)
                + (converted.isEmpty() ? "" : "; " + String.join(", ", converted) + " converted")
                + ")";
    }

    /** The currency most rows state; the first by code on a tie; null when none states one. */
    private @Nullable Currency mostStated() {
        Currency most = null;
        for (Map.Entry<Currency, Sum> entry : salaries.entrySet()) {
            if (most == null || entry.getValue().count > salaries.get(most).count) {
                most = entry.getKey();
            }
        }
        return most;
    }

    /**
     * The rows' {@value #TRENDING_SKILLS} most frequent skills with their rows, most frequent
     * first and by name on a tie, e.g. "Python (3), Go (2)"; null for none.
     */
    @Nullable String trendingSkills() {
        if (skills.isEmpty()) {
            return null;
        }
        return topSkills(TRENDING_SKILLS).stream()
                .map(skill -> skill.getKey() + " (" + skill.getValue() + ")")
                .collect(Collectors.joining(", "));
    }

    /** A Mermaid bar chart of the {@value #CHART_SKILLS} most frequent skills; null for none. */
    @Nullable String skillsChart() {
        if (skills.isEmpty()) {
            return null;
        }
        List<Map.Entry<String, Integer>> top = topSkills(CHART_SKILLS);
        return MermaidChart.bars("Top skills", top.stream().map(Map.Entry::getKey).toList(),
                "Postings", top.stream().map(Map.Entry::getValue).toList());
    }

    private List<Map.Entry<String, Integer>> topSkills(int limit) {
        return skills.entrySet().stream().sorted(BY_FREQUENCY).limit(limit).toList();
    }

    /**
     * The number of companies, telling them apart by company key (case, punctuation and legal
     * form folded), e.g. "6 companies".
     */
    String companies() {
        return counted(companyKeys.size(), "company", "companies");
    }

    /** The number of rows as the README and the commit message say it, e.g. "1 job". */
    static String jobs(int rows) {
        return counted(rows, "job", "jobs");
    }

    private static String counted(int count, String one, String many) {
        return count + " " + (count == 1 ? one : many);
    }

    /** A sum of annual figures and how many were added. */
    private static final class Sum {
        private BigDecimal sum = BigDecimal.ZERO;
        private int count;

        void add(BigDecimal figure) {
            sum = sum.add(figure);
            count++;
        }

        /** Adds another currency's figures at a rate into this one's. */
        void add(Sum other, BigDecimal rate) {
            sum = sum.add(other.sum.multiply(rate));
            count += other.count;
        }

        Sum copy() {
            Sum copy = new Sum();
            copy.sum = sum;
            copy.count = count;
            return copy;
        }
    }
}
