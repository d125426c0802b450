package org.joblist.aggregate.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.joblist.aggregate.Location;
import org.joblist.aggregate.PostedDate;
import org.joblist.aggregate.Posting;
import org.joblist.ingest.SourcePosting;
import org.joblist.ingest.WorkplaceType;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Source postings carry values copied from the recorded boards in shared/fixtures/real. */
class PostingNormalizerTest {
    private final PostingNormalizer normalizer = new PostingNormalizer();

    @Test
    void keepsAGreenhousePostingWithItsDateInUtc() {
        SourcePosting gitlab = SourcePosting.builder("gitlab", "8503792002").company("GitLab")
                .title("Account Executive - Italy").location("Remote, Italy")
                .postedAt("2026-04-17T05:58:03-04:00")
                .applyUrl("https://job-boards.greenhouse.io/gitlab/jobs/8503792002").build();

        Posting posting = kept(normalizer.normalize(gitlab));

        assertThat(posting).isEqualTo(Posting.builder("gitlab", "8503792002").company("GitLab")
                .title("Account Executive - Italy").location("Remote, Italy")
                .locations(List.of(new Location(null, null, "IT")))
                .workplaceType(WorkplaceType.REMOTE)
                .posted(PostedDate.exact(Instant.parse("2026-04-17T09:58:03Z"),
                        "2026-04-17T05:58:03-04:00"))
                .applyUrl("https://job-boards.greenhouse.io/gitlab/jobs/8503792002")
                .canonicalUrl("https://job-boards.greenhouse.io/gitlab/jobs/8503792002")
                .category("other")
                .build());
    }

    @Test
    void dropsTheDanglingSeparatorOfARemoteOkLocation() {
        SourcePosting remoteOk = remoteOk("1135929", "Compatibility", "How, ", "1785704722");

        Posting posting = kept(normalizer.normalize(remoteOk));

        assertThat(posting.location()).isEqualTo("How");
        assertThat(posting.workplaceType()).isEqualTo(WorkplaceType.REMOTE);
        assertThat(posting.postedAt()).isEqualTo(Instant.parse("2026-08-02T21:05:22Z"));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', value = {
        "'How, '                 | How",
        "'  Orlando ,  '         | Orlando",
        "', Berlin;'             | Berlin",
        "'Remote -  US'          | Remote - US",
        "'Hamburg,\tBerlin'      | 'Hamburg, Berlin'",
        "'US-Remote, US-Chicago' | 'US-Remote, US-Chicago'",
        "''                      | ''",
    })
    void foldsLocationWhitespaceAndDropsSeparatorsAtItsEnds(String location, String expected) {
        SourcePosting source = remoteOk("1", "Menu", location, null);

        assertThat(kept(normalizer.normalize(source)).location()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', value = {
        "Sales &amp;amp; Marketing                     | Sales &amp; Marketing",
        "'Alternance - Ing&eacute;nieur Syst&egrave;me HPC H/F\n    ' "
                + "| Alternance - Ingénieur Système HPC H/F",
        "Engineer &#8211; Backend                      | Engineer – Backend",
        "Head of People &#x26; Culture                 | Head of People & Culture",
        "'Account Executive, Bridge '                  | 'Account Executive, Bridge'",
        "'Senior&nbsp;Engineer'                        | Senior Engineer",
        "Brand Protection & Marketplace Compliance Analyst "
                + "| Brand Protection & Marketplace Compliance Analyst",
    })
    void decodesTitleEntitiesOnceAndFoldsWhitespace(String title, String expected) {
        SourcePosting source = remoteOk("1", title, "", null);

        assertThat(kept(normalizer.normalize(source)).title()).isEqualTo(expected);
    }

    @Test
    void foldsWhitespaceInTheCompanyAndTrimsTheApplyUrl() {
        SourcePosting source = SourcePosting.builder("remoteok", "1134648")
                .company("  Caribbean Bottling\n Company (Bahamas) Ltd. ")
                .title("Warehouse Inventory Clerk").location("Nassau, ")
                .workplaceType(WorkplaceType.REMOTE).postedAt("2026-07-09T21:58:53+00:00")
                .applyUrl(" https://remoteOK.com/remote-jobs/1134648 \n").build();

        Posting posting = kept(normalizer.normalize(source));

        assertThat(posting.company()).isEqualTo("Caribbean Bottling Company (Bahamas) Ltd.");
        assertThat(posting.applyUrl()).isEqualTo("https://remoteOK.com/remote-jobs/1134648");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "https://qase.io/                                   | https://qase.io",
        "http://www.mathmo.com                              | http://www.mathmo.com",
        "' HTTPS://Meadow.Example:443/about/?utm_source=x ' | https://meadow.example/about",
        "https://harbor.example/?lang=en&ref=board#team     | https://harbor.example?lang=en",
        "ftp://files.scheme.example/                        | -",
        "javascript:alert(1)                                | -",
        "//lindqvist.example                                | -",
        "'https://spaced out.example'                       | -",
    })
    void keepsTheCompanySiteInCanonicalFormAndOnlyWhenItIsHttp(String site,
            @Nullable String expected) {
        SourcePosting source = SourcePosting.builder("wwr",
                        "https://weworkremotely.com/remote-jobs/qase-developer-advocate")
                .company("Qase").title("Developer Advocate").companyUrl(site)
                .applyUrl("https://weworkremotely.com/remote-jobs/qase-developer-advocate")
                .build();

        assertThat(kept(normalizer.normalize(source)).companyUrl()).isEqualTo(expected);
    }

    @Test
    void keepsThePostingWithoutADateWhenItsDateIsUnreadable() {
        SourcePosting source = remoteOk("1135927", "Menu", "Ashreigney, ", "last Tuesday");

        Posting posting = kept(normalizer.normalize(source));

        assertThat(posting.postedAt()).isNull();
        assertThat(posting.title()).isEqualTo("Menu");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "mailto:jobs@example.com   | apply URL \"mailto:jobs@example.com\" is not http(s)",
        "javascript:apply()        | apply URL \"javascript:apply()\" is not http(s)",
        "/remote-jobs/1135929      | apply URL \"/remote-jobs/1135929\" is not http(s)",
        "https://                  | apply URL \"https://\" is not http(s)",
        "'   '                     | no apply URL",
    })
    void skipsAPostingWithoutAnHttpApplyUrl(String applyUrl, String reason) {
        SourcePosting source = SourcePosting.builder("remoteok", "1135929").company("DanielTems")
                .title("Compatibility").location("How, ").workplaceType(WorkplaceType.REMOTE)
                .applyUrl(applyUrl).build();

        Normalization normalization = normalizer.normalize(source);

        assertThat(normalization).isEqualTo(new Normalization.Skipped("1135929", reason));
    }

    @Test
    void skipsAPostingWhoseTitleIsOnlyWhitespaceAndEntities() {
        SourcePosting source = remoteOk("1136039", " &nbsp; \n", "Sonipat, ", null);

        assertThat(normalizer.normalize(source))
                .isEqualTo(new Normalization.Skipped("1136039", "no title"));
    }

    @Test
    void skipsAPostingWithoutAnExternalId() {
        SourcePosting source = remoteOk(" ", "Menu", "Ashreigney, ", null);

        assertThat(normalizer.normalize(source))
                .isEqualTo(new Normalization.Skipped(" ", "no external id"));
    }

    private static SourcePosting remoteOk(
            String id, String title, String location, @Nullable String postedAt) {
        return SourcePosting.builder("remoteok", id).company("DanielTems").title(title)
                .location(location).workplaceType(WorkplaceType.REMOTE).postedAt(postedAt)
                .applyUrl("https://remoteOK.com/remote-jobs/remote-compatibility-danieltems-1135929")
                .tags(List.of("marketing")).build();
    }

    private static Posting kept(Normalization normalization) {
        assertThat(normalization).isInstanceOf(Normalization.Kept.class);
        return ((Normalization.Kept) normalization).posting();
    }
}
