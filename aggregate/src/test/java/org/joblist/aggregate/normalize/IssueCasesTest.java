package org.joblist.aggregate.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import org.joblist.aggregate.DatePrecision;
import org.joblist.aggregate.Location;
import org.joblist.aggregate.PostedDate;
import org.joblist.aggregate.Posting;
import org.joblist.ingest.PayPeriod;
import org.joblist.ingest.SalaryOrigin;
import org.joblist.ingest.SalaryRange;
import org.joblist.ingest.SourcePosting;
import org.joblist.ingest.WorkplaceType;
import org.junit.jupiter.api.Test;

/** The cases 1 to 11 of issue #4, each with the exact value the issue gives. */
class IssueCasesTest {
    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency GBP = Currency.getInstance("GBP");

    private final PostingNormalizer normalizer = new PostingNormalizer();

    @Test
    void case1ReadsAYearlyRangeWithDollarSigns() {
        SalaryRange range = SalaryText.parse("$118,000 - $142,000 a year", null).orElseThrow();

        assertThat(range).isEqualTo(new SalaryRange(new BigDecimal("118000"),
                new BigDecimal("142000"), USD, PayPeriod.YEAR, SalaryOrigin.PARSED));
    }

    @Test
    void case1NeverStoresARangeWithMinAboveMax() {
        SalaryRange range = SalaryText.parse("$142,000 - $118,000 a year", null).orElseThrow();

        assertThat(range.min()).isEqualByComparingTo("118000");
        assertThat(range.max()).isEqualByComparingTo("142000");
    }

    @Test
    void case2ReadsTheKWrittenOnceForBothEnds() {
        SalaryRange range = SalaryText.parse("$95–130k", null).orElseThrow();

        assertThat(range).isEqualTo(new SalaryRange(new BigDecimal("95000"),
                new BigDecimal("130000"), USD, PayPeriod.YEAR, SalaryOrigin.PARSED));
        assertThat(Salaries.display(range)).isEqualTo("$95k–$130k/yr");
    }

    @Test
    void case3ReadsAnHourlyFigureAsHourly() {
        SalaryRange range = SalaryText.parse("$27.50/hr", null).orElseThrow();

        assertThat(range).isEqualTo(new SalaryRange(new BigDecimal("27.5"),
                new BigDecimal("27.5"), USD, PayPeriod.HOUR, SalaryOrigin.PARSED));
        assertThat(Salaries.display(range)).isEqualTo("$27.50/hr");
        assertThat(Salaries.annualized(range).orElseThrow().min()).isEqualByComparingTo("57200");
    }

    @Test
    void case4KeepsAStatedRangeAndWithholdsAPredictedOne() {
        SalaryRange stated = new SalaryRange(new BigDecimal("41000"), new BigDecimal("47000"),
                GBP, PayPeriod.YEAR, SalaryOrigin.STATED);
        SalaryRange predicted = new SalaryRange(new BigDecimal("41000"),
                new BigDecimal("47000"), GBP, PayPeriod.YEAR, SalaryOrigin.PREDICTED);

        Posting withStated = kept(adzuna().salary(stated).build());
        Posting withPredicted = kept(adzuna().salary(predicted).build());

        assertThat(withStated.publishedSalary()).isEqualTo(stated);
        assertThat(withPredicted.salary()).isEqualTo(predicted);
        assertThat(withPredicted.publishedSalary()).isNull();
    }

    @Test
    void case4ReadsFiguresWithoutACurrencyInTheBoardsCurrency() {
        SalaryRange range = SalaryText.parse("41000 - 47000", GBP).orElseThrow();

        assertThat(range).isEqualTo(new SalaryRange(new BigDecimal("41000"),
                new BigDecimal("47000"), GBP, PayPeriod.YEAR, SalaryOrigin.PARSED));
    }

    @Test
    void case5TakesTheRelativeTextOfATimeElementOnItsDate() {
        PostedDate date = PostedDates.read("<time datetime=\"2026-03-02\">3 hours ago</time>",
                Instant.parse("2026-03-02T15:00:00Z"));

        assertThat(date.instant()).isEqualTo(Instant.parse("2026-03-02T12:00:00Z"));
    }

    @Test
    void case6ReadsAnOpenEndedAgeAsALowerBound() {
        Instant fetchedAt = Instant.parse("2026-03-31T12:00:00Z");

        PostedDate old = PostedDates.read("Posted 30+ days ago", fetchedAt);
        PostedDate recent = PostedDates.read("Posted 2 days ago", fetchedAt);

        assertThat(old.instant()).isNull();
        assertThat(old.precision()).isEqualTo(DatePrecision.LOWER_BOUND);
        assertThat(old.bound()).isEqualTo(Instant.parse("2026-03-01T12:00:00Z"));
        assertThat(recent.instant()).isEqualTo(Instant.parse("2026-03-29T12:00:00Z"));
        assertThat(recent.precision()).isEqualTo(DatePrecision.DAY);
    }

    @Test
    void case7DropsARegionRepeatingTheCityAndLeavesTheCountryUnknown() {
        assertThat(Locations.of("Melbourne", "Melbourne", ""))
                .contains(new Location("Melbourne", null, null));
        assertThat(Locations.parse(List.of("Melbourne, Melbourne")).places())
                .containsExactly(new Location("Melbourne", null, null));
    }

    @Test
    void case7ReadsRemoteRemoteAsRemoteWithNoPlace() {
        Posting posting = kept(base().location("Remote, Remote").build());

        assertThat(posting.workplaceType()).isEqualTo(WorkplaceType.REMOTE);
        assertThat(posting.locations()).isEmpty();
    }

    @Test
    void case8LetsAnOnSiteStatementWinOverTheRemoteLabel() {
        Posting posting = kept(base().location("US, TX, Remote")
                .description("This role is fully on-site at our Austin plant; remote or hybrid"
                        + " work is not available.")
                .build());

        assertThat(posting.workplaceType()).isEqualTo(WorkplaceType.ONSITE);
        assertThat(posting.locations()).containsExactly(new Location("Austin", "TX", "US"));
    }

    @Test
    void case9LetsTheStructuredWorkplaceTypeWin() {
        Posting posting = kept(base().workplaceType(WorkplaceType.HYBRID).location("Berlin")
                .description("Fully remote is not what this is.").build());

        assertThat(posting.workplaceType()).isEqualTo(WorkplaceType.HYBRID);
        assertThat(posting.locations()).containsExactly(new Location("Berlin", null, "DE"));
    }

    @Test
    void case10DecodesTheTitleSoAKeywordFilterMatches() {
        Posting posting = kept(base().title("Sales &amp; Marketing Lead").build());

        assertThat(posting.title()).isEqualTo("Sales & Marketing Lead");
        assertThat(posting.title().toLowerCase()).contains("sales & marketing");
    }

    @Test
    void case11DecodesEscapedHtmlAndDropsTheBoardFooter() {
        Posting posting = kept(base().description("&lt;p&gt;Wir suchen &lt;strong&gt;Verstärkung"
                + "&lt;/strong&gt;.&lt;/p&gt;<p>Find more jobs on Arbeitnow</p>").build());

        assertThat(posting.description()).isEqualTo("Wir suchen Verstärkung.");
    }

    private static SourcePosting.Builder adzuna() {
        return base().applyUrl("https://www.adzuna.co.uk/jobs/details/1");
    }

    private static SourcePosting.Builder base() {
        return SourcePosting.builder("board", "1").company("Acme").title("Engineer")
                .applyUrl("https://example.com/jobs/1");
    }

    private Posting kept(SourcePosting source) {
        Normalization normalization = normalizer.normalize(source);
        assertThat(normalization).isInstanceOf(Normalization.Kept.class);
        return ((Normalization.Kept) normalization).posting();
    }
}
