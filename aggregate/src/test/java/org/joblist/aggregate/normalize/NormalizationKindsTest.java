package org.joblist.aggregate.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.joblist.aggregate.DatePrecision;
import org.joblist.aggregate.EmploymentType;
import org.joblist.aggregate.Location;
import org.joblist.aggregate.PostedDate;
import org.joblist.aggregate.Posting;
import org.joblist.ingest.SalaryRange;
import org.joblist.ingest.SourcePosting;
import org.joblist.ingest.WorkplaceType;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each kind of fault the issue names, beyond its one example. */
class NormalizationKindsTest {
    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "€50.000 - €60.000 pro Jahr        | 50000 | 60000 | EUR | YEAR",
        "50.000,00 EUR                     | 50000 | 50000 | EUR | YEAR",
        "USD 120k - 150k                   | 120000 | 150000 | USD | YEAR",
        "120,000 to 150,000 CAD per annum  | 120000 | 150000 | CAD | YEAR",
        "$60 - $80 per hour                | 60 | 80 | USD | HOUR",
        "€450/day                          | 450 | 450 | EUR | DAY",
        "CHF 8’000 monthly                 | 8000 | 8000 | CHF | MONTH",
        "4.500 € monatlich                 | 4500 | 4500 | EUR | MONTH",
        "$1,500 a week                     | 1500 | 1500 | USD | WEEK",
        "$95k—$130k                        | 95000 | 130000 | USD | YEAR",
        "Competitive                       | - | - | - | -",
        "Negotiable                        | - | - | - | -",
        "$35                               | - | - | - | -",
        "60 000 - 75 000 EUR               | 60000 | 75000 | EUR | YEAR",
        "$120K - $150K                     | 120000 | 150000 | USD | YEAR",
        "£45k-£55k p.a.                    | 45000 | 55000 | GBP | YEAR",
        "USD 50-60 per hour                | 50 | 60 | USD | HOUR",
        "$45/h                             | 45 | 45 | USD | HOUR",
        "CA$90,000–CA$110,000              | 90000 | 110000 | CAD | YEAR",
        "₹12,00,000 - ₹18,00,000           | 1200000 | 1800000 | INR | YEAR",
        "120k-150k EUR                     | 120000 | 150000 | EUR | YEAR",
        "$100,000 – $130,000 + equity      | 100000 | 130000 | USD | YEAR",
        "$150,000 + equity                 | 150000 | 150000 | USD | YEAR",
        "'1.234,56 € pro Stunde'           | 1234.56 | 1234.56 | EUR | HOUR",
        "$85k/year                         | 85000 | 85000 | USD | YEAR",
        "$7,000/month                      | 7000 | 7000 | USD | MONTH",
        "JPY 6,000,000 - 8,000,000         | 6000000 | 8000000 | JPY | YEAR",
        "€ 55k                             | 55000 | 55000 | EUR | YEAR",
        "Salary: 70,000 - 90,000 USD/year  | 70000 | 90000 | USD | YEAR",
        "$95,000.00 - $105,000.00          | 95000 | 105000 | USD | YEAR",
        "50.000 bis 60.000 € brutto        | 50000 | 60000 | EUR | YEAR",
        "$95k–$130k+                       | 95000 | 130000 | USD | YEAR",
        "$120k+                            | - | - | - | -",
        "£40,000+                          | - | - | - | -",
        "$150,000+ base + equity           | - | - | - | -",
        "Up to £180,000  Equity            | - | - | - | -",
        "up to $60/hr                      | - | - | - | -",
        "from €50,000 a year               | - | - | - | -",
        "Starting at $25/hr                | - | - | - | -",
        "ab 60.000 € pro Jahr              | - | - | - | -",
        "bis zu 70.000 EUR                 | - | - | - | -",
        "Minimum: $80,000                  | - | - | - | -",
        "DOE                               | - | - | - | -",
    })
    void readsSalaryText(String text, @Nullable String min, @Nullable String max,
            @Nullable String currency, @Nullable String period) {
        var range = SalaryText.parse(text, null);

        if (min == null) {
            assertThat(range).isEmpty();
        } else {
            SalaryRange salary = range.orElseThrow();
            assertThat(salary.min()).isEqualByComparingTo(min);
            assertThat(salary.max()).isEqualByComparingTo(max);
            assertThat(salary.currency().getCurrencyCode()).isEqualTo(currency);
            assertThat(salary.period().name()).isEqualTo(period);
        }
    }

    @Test
    void keepsAFloorSalaryAsTextWithoutARange() {
        SourcePosting source = SourcePosting.builder("hn", "1").company("Acme")
                .title("Backend Engineer").salaryText("$120k+")
                .applyUrl("https://news.ycombinator.com/item?id=1").build();

        Posting posting =
                ((Normalization.Kept) new PostingNormalizer().normalize(source)).posting();

        assertThat(posting.salary()).isNull();
        assertThat(posting.salaryText()).isEqualTo("$120k+");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', value = {
        "€450/day                  | €450/day",
        "CHF 8’000 monthly         | CHF 8k/mo",
        "£3,250.50 per month       | £3,250.50/mo",
        "$3000 a year              | $3k/yr",
        "$3 - $4.25 an hour        | $3–$4.25/hr",
        "60 000 - 75 500 EUR       | €60k–€75,500/yr",
    })
    void displaysSalariesInTheirStatedPeriod(String text, String expected) {
        assertThat(Salaries.display(SalaryText.parse(text, null).orElseThrow()))
                .isEqualTo(expected);
    }

    @Test
    void annualizesWithOneFactorSetAndDropsFiguresOutsideTheSanityBounds() {
        assertThat(Salaries.annualized(SalaryText.parse("€450/day", null).orElseThrow()))
                .map(Salaries.Annual::min).get().isEqualTo(new java.math.BigDecimal("117000"));
        assertThat(Salaries.annualized(SalaryText.parse("$5 a month", null).orElseThrow()))
                .isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        "Sales &amp;amp; Marketing          | Sales &amp; Marketing",
        "Rocket &#x1F680; Engineer          | Rocket \uD83D\uDE80 Engineer",
        "Rocket &#128640; Engineer          | Rocket \uD83D\uDE80 Engineer",
        "Caf&eacute; Manager                | Café Manager",
        "Ingénieur                        | Ingénieur",
        "Engineer â€“ Backend              | Engineer – Backend",
        "Itâ€™s Senior                      | It’s Senior",
        "Café â€“ Ã©quipe                  | Café – équipe",
        "donÃ¢Â€Â™t                        | don’t",
        "theyâ\u0080\u0099re               | they’re",
        "~Data\u00a0 Engineer\t ~              | Data Engineer",
        "It&#39;s Lead                      | It's Lead",
        "&quot;Quoted&quot; Lead            | \"Quoted\" Lead",
        "Dev&#x2F;Ops Engineer              | Dev/Ops Engineer",
        "C&#43;&#43; Developer              | C++ Developer",
        "Caf&#xE9; &#X41;BC                 | Café ABC",
        "Senior&#160;Engineer               | Senior Engineer",
        "Fish &amp Chips                    | Fish & Chips",
        "AT&T Engineer                      | AT&T Engineer",
        "Q&A Lead                           | Q&A Lead",
        "&lt;b&gt;Bold&lt;/b&gt; Engineer   | <b>Bold</b> Engineer",
        "Tom &amp;amp;amp; Jerry            | Tom &amp;amp; Jerry",
    })
    void repairsTitles(String raw, String expected) {
        assertThat(TextRepair.title(raw)).isEqualTo(expected);
    }

    @Test
    void leavesCorrectTextWithAccentsAlone() {
        assertThat(TextRepair.title("Señor Développeur Straße")).isEqualTo("Señor Développeur Straße");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', value = {
        "veeamsoftware             | veeamsoftware",
        "Veeam Software            | veeamsoftware",
        "Veeam Software GmbH       | veeamsoftware",
        "Harbor Bakery Ltd         | harborbakery",
        "Harbor Bakery, Inc.       | harborbakery",
        "The Harbor Bakery LLC     | harborbakery",
        "Dept                      | dept",
        "DEPT® Agency B.V.         | deptagency",
        "Acme S.A.                 | acme",
        "Müller & Söhne GmbH & Co. KG | mullersohne",
        "The Guardian              | guardian",
        "The                       | the",
    })
    void foldsCompanyKeys(String name, String key) {
        assertThat(CompanyNames.key(name)).isEqualTo(key);
    }

    @Test
    void keepsTheCleanestFullCompanyName() {
        assertThat(CompanyNames.cleanest(List.of("veeamsoftware", "Veeam Software")))
                .isEqualTo("Veeam Software");
        assertThat(CompanyNames.cleanest(List.of("Harbor Bakery", "Harbor Bakery Ltd")))
                .isEqualTo("Harbor Bakery Ltd");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', value = {
        "'San Francisco, CA'                 | San Francisco, CA, US",
        "'Toronto, ON'                       | Toronto, ON, CA",
        "'Toronto, CA'                       | Toronto, ON, CA",
        "'Berlin, DE'                        | Berlin, DE",
        "'Wilmington, DE'                    | Wilmington, DE, US",
        "'Atlanta, GA'                       | Atlanta, GA, US",
        "'Indianapolis, IN'                  | Indianapolis, IN, US",
        "'Bangalore, IN'                     | Bangalore, IN",
        "Germany - Berlin                    | Berlin, DE",
        "'Austin, Texas, United States'      | Austin, TX, US",
        "'New York, NY, USA'                 | New York, NY, US",
        "'Fresno, CA'                        | Fresno, CA, US",
        "'Quebec City, QC, Canada'           | Quebec City, QC, CA",
        "'US-Remote'                         | US",
        "'Remote (Europe)'                   | Europe",
        "'USA only'                          | US",
        "'Springfield'                       | Springfield",
    })
    void parsesOnePlace(String text, String expected) {
        assertThat(Locations.parse(List.of(text)).places()).extracting(Location::toString)
                .containsExactly(expected);
    }

    @Test
    void parsesSeveralPlacesInOneText() {
        List<Location> places =
                Locations.parse(List.of("New York, NY; San Francisco, CA | London or Paris"))
                        .places();

        assertThat(places).extracting(Location::toString).containsExactly(
                "New York, NY, US", "San Francisco, CA, US", "London, GB", "Paris, FR");
    }

    @Test
    void parsesTwoCitiesSplitByACommaAsTwoPlaces() {
        assertThat(Locations.parse(List.of("Hamburg, Berlin")).places())
                .extracting(Location::toString).containsExactly("Hamburg, DE", "Berlin, DE");
    }

    @Test
    void leavesAnAmbiguousCodeAloneUnread() {
        assertThat(Locations.parse(List.of("CA")).places()).isEmpty();
        assertThat(Locations.parse(List.of("Remote - CA, USA")).places())
                .containsExactly(new Location(null, "CA", "US"));
    }

    @Test
    void readsARemoteOnlyBoardsLocationAsWhoMayApply() {
        PostingNormalizer normalizer = new PostingNormalizer();
        var remoteOnly = new PostingNormalizer.SourceContext(Instant.EPOCH, true, null);
        var source = SourcePosting.builder("remoteok", "1").company("Wolt")
                .title("Store Manager").location("USA only")
                .applyUrl("https://remoteok.com/remote-jobs/1").build();

        var posting = ((Normalization.Kept) normalizer.normalize(source, remoteOnly)).posting();

        assertThat(posting.workplaceType()).isEqualTo(WorkplaceType.REMOTE);
        assertThat(posting.locations()).isEmpty();
        assertThat(posting.applicantLocations()).containsExactly(new Location(null, null, "US"));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', value = {
        "'Remote, US'     | REMOTE",
        "'Hybrid - Berlin' | HYBRID",
        "'Berlin (On-site)' | ONSITE",
        "'Berlin'          | UNKNOWN",
    })
    void readsWorkplaceLabels(String text, WorkplaceType expected) {
        assertThat(Locations.parse(List.of(text)).label()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', value = {
        "This is an on-site role in Leeds.                 | ONSITE",
        "No remote work, sorry.                            | ONSITE",
        "We work in a hybrid model, 3 days a week in the office. | HYBRID",
        "This position is fully remote.                    | REMOTE",
        "We sell remote controls.                          | UNKNOWN",
    })
    void readsExplicitWorkplaceStatements(String text, WorkplaceType expected) {
        assertThat(WorkplaceTypes.stated(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\" / \"{1}\"")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "Full-time  | Engineer              | FULL_TIME",
        "FULL_TIME  | Engineer              | FULL_TIME",
        "Vollzeit   | Entwickler            | FULL_TIME",
        "part_time  | Engineer              | PART_TIME",
        "Contract   | Engineer              | CONTRACT",
        "Temporary  | Engineer              | TEMPORARY",
        "-          | Software Engineering Intern | INTERNSHIP",
        "-          | Engineer (Contract)   | CONTRACT",
        "-          | Engineer              | UNKNOWN",
    })
    void readsEmploymentTypes(@Nullable String field, String title, EmploymentType expected) {
        assertThat(EmploymentTypes.read(field, title)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', value = {
        "2026-04-17T05:58:03-04:00        | 2026-04-17T09:58:03Z | EXACT",
        "2026-04-17T05:58:03              | 2026-04-17T05:58:03Z | EXACT",
        "2026-04-17                       | 2026-04-17T00:00:00Z | DAY",
        "1785704722                       | 2026-08-02T21:05:22Z | EXACT",
        "1785704722000                    | 2026-08-02T21:05:22Z | EXACT",
        "'Mon, 02 Mar 2026 15:00:00 +0000' | 2026-03-02T15:00:00Z | EXACT",
        "'Mon, 02 Mar 2026 15:00:00 GMT'  | 2026-03-02T15:00:00Z | EXACT",
        "45 minutes ago                   | 2026-03-31T11:15:00Z | EXACT",
        "an hour ago                      | 2026-03-31T11:00:00Z | EXACT",
        "yesterday                        | 2026-03-30T12:00:00Z | DAY",
        "Posted today                     | 2026-03-31T12:00:00Z | DAY",
        "2 weeks ago                      | 2026-03-17T12:00:00Z | DAY",
    })
    void readsDates(String text, Instant expected, DatePrecision precision) {
        PostedDate date = PostedDates.read(text, Instant.parse("2026-03-31T12:00:00Z"));

        assertThat(date.instant()).isEqualTo(expected);
        assertThat(date.precision()).isEqualTo(precision);
    }

    @Test
    void keepsAnUnreadableDateAsUnknownWithItsText() {
        PostedDate date = PostedDates.read("sometime soon", Instant.EPOCH);

        assertThat(date).isEqualTo(PostedDate.unreadable("sometime soon"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "https://Boards.Greenhouse.io/gitlab/jobs/123?gh_src=abc&utm_source=x | "
                + "https://boards.greenhouse.io/gitlab/jobs/123",
        "https://example.com:443/jobs/1/?ref=remoteok#apply | https://example.com/jobs/1",
        "https://example.com/jobs?id=7&utm_medium=feed&source=x | https://example.com/jobs?id=7",
        "https://remoteok.com/ | -",
        "not a url | -",
    })
    void canonicalizesApplyUrls(String url, @Nullable String expected) {
        assertThat(UrlCanon.canonical(url).orElse(null)).isEqualTo(expected);
    }

    @Test
    void mapsAtsUrlVariantsToOneJobKey() {
        assertThat(List.of(
                "https://boards.greenhouse.io/gitlab/jobs/8503792002",
                "https://job-boards.greenhouse.io/gitlab/jobs/8503792002?gh_src=x",
                "https://boards.greenhouse.io/embed/job_app?for=gitlab&token=8503792002"))
                .map(url -> UrlCanon.jobKey(url).orElseThrow())
                .containsOnly("greenhouse:gitlab:8503792002");
        assertThat(UrlCanon.jobKey("https://jobs.lever.co/acme/"
                + "0f2a1b3c-4d5e-6f70-8192-a3b4c5d6e7f8/apply").orElseThrow())
                .isEqualTo("lever:acme:0f2a1b3c-4d5e-6f70-8192-a3b4c5d6e7f8");
    }

    @Test
    void findsSkillsOnWordBoundariesOnly() {
        SkillDictionary skills = new SkillDictionary(Map.of("Elixir", List.of("phoenix")));

        List<String> found = skills.find(List.of("golang", "Docker"), "Backend Engineer",
                "We use Go and Phoenix with PostgreSQL. Our go to market team ships in Javas.");

        assertThat(found).containsExactly("Docker", "Elixir", "Go", "PostgreSQL");
        assertThat(skills.find(List.of(), "Go-to-market Lead", "Go to market with us."))
                .isEmpty();
    }

    @Test
    void categorizesByTheFirstMatchingRuleConfiguredFirst() {
        CategoryRules rules = new CategoryRules(List.of(
                new org.joblist.config.AggregateConfig.CategoryRule("growth",
                        List.of("growth"))));

        assertThat(rules.categorize("Full Stack Engineer (React/Node)")).isEqualTo("full stack");
        assertThat(rules.categorize("Senior Backend Engineer")).isEqualTo("backend");
        assertThat(rules.categorize("iOS Developer")).isEqualTo("mobile");
        assertThat(rules.categorize("Growth Engineer")).isEqualTo("growth");
        assertThat(rules.categorize("Office Manager")).isEqualTo("other");
    }

    @Test
    void sanitizesDescriptionsIntoParagraphs() {
        assertThat(DescriptionText.sanitize("<h2>About</h2><p>We  build.<br>Things.</p>"
                + "<ul><li>Go</li><li>SQL</li></ul>"))
                .isEqualTo("About\n\nWe build.\n\nThings.\n\nGo\n\nSQL");
        assertThat(DescriptionText.sanitize("&amp;lt;b&amp;gt;bold&amp;lt;/b&amp;gt;"))
                .isEqualTo("bold");
    }
}
