package org.joblist.ingest.greenhouse;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.joblist.config.SourceConfig;
import org.joblist.config.SourceKind;
import org.joblist.ingest.CollectingSink;
import org.joblist.ingest.BlockedException;
import org.joblist.ingest.FetchException;
import org.joblist.ingest.FetchSummary;
import org.joblist.ingest.Fixtures;
import org.joblist.ingest.SourcePosting;
import org.joblist.ingest.WorkplaceType;
import org.joblist.ingest.http.BoardClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class GreenhouseConnectorTest {
    private static final String GITLAB_URL =
            "https://boards-api.greenhouse.io/v1/boards/gitlab/jobs?content=true";

    @TempDir
    Path cassette;

    @TempDir
    Path scratch;

    private final CollectingSink sink = new CollectingSink();

    @Test
    void readsEveryJobOfTheGitlabBoard() {
        Path payload = Fixtures.shared("greenhouse/jobs-content-gitlab.json");

        FetchSummary summary = fetch(source("gitlab"), GITLAB_URL, payload);

        assertThat(summary).isEqualTo(new FetchSummary(1, 3, 0));
        assertThat(sink.pagesRead()).isEqualTo(1);
        assertThat(sink.postings())
                .extracting(SourcePosting::externalId, SourcePosting::company,
                        SourcePosting::title, SourcePosting::locations, SourcePosting::postedAt)
                .containsExactly(
                        tuple("8503792002", "GitLab", "Account Executive - Italy",
                                List.of("Remote, Italy"), "2026-04-17T05:58:03-04:00"),
                        tuple("8556658002", "GitLab", "AI Engineer",
                                List.of("Remote, Bangalore"), "2026-05-22T09:16:29-04:00"),
                        tuple("8638232002", "GitLab", "AI Transformation Owner, CRO",
                                List.of("Remote, United States"), "2026-07-22T13:38:40-04:00"));
    }

    @Test
    void mapsUrlDepartmentsAndRawContentOfAGitlabJob() {
        Path payload = Fixtures.shared("greenhouse/jobs-content-gitlab.json");

        fetch(source("gitlab"), GITLAB_URL, payload);

        SourcePosting first = sink.postings().get(0);
        assertThat(first.sourceId()).isEqualTo("gitlab");
        assertThat(first.applyUrl())
                .isEqualTo("https://job-boards.greenhouse.io/gitlab/jobs/8503792002");
        assertThat(first.tags()).containsExactly("EMEA - Commercial");
        assertThat(first.workplaceType()).isEqualTo(WorkplaceType.UNKNOWN);
        assertThat(first.description()).startsWith(
                "&lt;div class=&quot;content-intro&quot;&gt;&lt;p&gt;GitLab is the intelligent");
    }

    @Test
    void readsJapaneseTitlesOfTheDatabricksBoard() {
        Path payload = Fixtures.shared("greenhouse/jobs-content-databricks-redacted.json");
        String url = "https://boards-api.greenhouse.io/v1/boards/databricks/jobs?content=true";

        FetchSummary summary = fetch(source("databricks"), url, payload);

        assertThat(summary).isEqualTo(new FetchSummary(1, 2, 0));
        assertThat(sink.postings())
                .extracting(SourcePosting::externalId, SourcePosting::title,
                        SourcePosting::locations, SourcePosting::postedAt, SourcePosting::applyUrl,
                        SourcePosting::tags)
                .containsExactly(
                        tuple("8559344002", "ソリューションアーキテクト (プリセールス)", List.of("Tokyo, Japan"),
                                "2026-06-29T02:02:50-04:00",
                                "https://databricks.com/company/careers/open-positions/job?gh_jid=8559344002",
                                List.of("Field Engineering - Other")),
                        tuple("8428882002", "デリバリーソリューションアーキテクト", List.of("Tokyo, Japan"),
                                "2026-03-05T06:43:29-05:00",
                                "https://databricks.com/company/careers/open-positions/job?gh_jid=8428882002",
                                List.of("Delivery Solutions Architects")));
    }

    @Test
    void readsTheStripeListWithoutContentAsPostingsWithoutDescription() {
        Path payload = Fixtures.shared("greenhouse/jobs-list-stripe.json");
        String url = "https://boards-api.greenhouse.io/v1/boards/stripe/jobs";
        SourceConfig stripe = new SourceConfig("stripe", SourceKind.GREENHOUSE, "stripe",
                URI.create(url));

        FetchSummary summary = fetch(stripe, url, payload);

        assertThat(summary).isEqualTo(new FetchSummary(1, 6, 0));
        assertThat(sink.postings()).extracting(SourcePosting::title).containsExactly(
                "Account Executive, Bridge",
                "Account Executive, Bridge ",
                "Account Executive, Commercial Grower (Japanese Fluency)",
                "Account Executive, Commercial Hunter (Japanese Fluency)",
                "Account Executive, Cross Border China",
                "Account Executive - Enterprise, Grower");
        SourcePosting last = sink.postings().get(5);
        assertThat(last.locations()).containsExactly(
                "US-Remote, US-San Francisco, US-Chicago, US-New York, US-Seattle, US-Texas");
        assertThat(last.applyUrl()).isEqualTo("https://stripe.com/jobs/search?gh_jid=7993151");
        assertThat(last.postedAt()).isEqualTo("2026-06-09T13:38:22-04:00");
        assertThat(last.description()).isEmpty();
        assertThat(last.tags()).isEmpty();
    }

    @Test
    void anApplyLinkOnTheCompanysOwnDomainIsNoCompanySite() {
        String url = "https://boards-api.greenhouse.io/v1/boards/stripe/jobs";
        SourceConfig stripe = new SourceConfig("stripe", SourceKind.GREENHOUSE, "stripe",
                URI.create(url));

        fetch(stripe, url, Fixtures.shared("greenhouse/jobs-list-stripe.json"));

        assertThat(sink.postings()).extracting(SourcePosting::applyUrl)
                .allMatch(applyUrl -> applyUrl.startsWith("https://stripe.com/jobs/search?"));
        assertThat(sink.postings()).extracting(SourcePosting::companyUrl).containsOnlyNulls();
    }

    @Test
    void truncatedBoardFailsNamingSourceUrlAndWhereTheBodyEnds() throws IOException {
        Path truncated = scratch.resolve("truncated.json");
        try (InputStream in = Files.newInputStream(
                Fixtures.shared("greenhouse/jobs-content-gitlab.json"))) {
            Files.write(truncated, in.readNBytes(1234));
        }

        assertThatThrownBy(() -> fetch(source("gitlab"), GITLAB_URL, truncated))
                .isInstanceOf(FetchException.class)
                .hasMessage("source gitlab: " + GITLAB_URL
                        + ": body is not complete JSON (unexpected end at byte 1234)");
    }

    @Test
    void skipsProspectPostsAndJobsWithoutIdOrTitle() {
        String board = """
                {"jobs": [
                  {"id": 1, "internal_job_id": null, "title": "Talent community"},
                  {"title": "No id"},
                  {"id": 3, "internal_job_id": 30, "title": " "},
                  "not a job",
                  {"id": 5, "internal_job_id": 50, "title": "Backend Engineer"}
                ], "meta": {"total": 5}}
                """;

        FetchSummary summary = fetch(source("acme"), board);

        assertThat(summary).isEqualTo(new FetchSummary(1, 1, 4));
        assertThat(sink.postings()).extracting(SourcePosting::externalId).containsExactly("5");
    }

    @Test
    void fallsBackToBoardNameAndUpdatedDateWhenTheJobGivesNone() {
        String board = """
                {"jobs": [{"id": 7, "title": "Designer", "updated_at": "2026-08-01T10:00:00Z"}]}
                """;

        fetch(source("acme"), board);

        SourcePosting posting = sink.postings().get(0);
        assertThat(posting.company()).isEqualTo("acme");
        assertThat(posting.postedAt()).isEqualTo("2026-08-01T10:00:00Z");
        assertThat(posting.locations()).isEmpty();
        assertThat(posting.applyUrl()).isEmpty();
    }

    @Test
    void htmlPageWhereJsonIsExpectedIsBlockedNotAParseError() {
        String page = "<!DOCTYPE html><html><body>Page not found</body></html>";

        assertThatThrownBy(() -> fetch(source("acme"), page))
                .isInstanceOf(BlockedException.class)
                .hasMessage("source acme: " + boardUrl("acme") + ": blocked: an HTML page where"
                        + " JSON was expected (HTTP 200)");
    }

    @Test
    void arrayInsteadOfBoardObjectFailsNamingTheExpectedShape() {
        assertThatThrownBy(() -> fetch(source("acme"), "[{\"id\": 1}]"))
                .isInstanceOf(FetchException.class)
                .hasMessage("source acme: " + boardUrl("acme")
                        + ": expected a JSON object with a \"jobs\" array, found an array");
    }

    @Test
    void objectWithoutJobsFailsNamingTheExpectedShape() {
        assertThatThrownBy(() -> fetch(source("acme"), "{\"status\": 404, \"jobs\": null}"))
                .isInstanceOf(FetchException.class)
                .hasMessage("source acme: " + boardUrl("acme") + ": expected a JSON object"
                        + " with a \"jobs\" array, found an object without one");
    }

    @Test
    void boardUrlIsTheConfiguredUrlWhenSet() {
        SourceConfig source = new SourceConfig("eu", SourceKind.GREENHOUSE, "acme",
                URI.create("https://boards-api.eu.greenhouse.io/v1/boards/acme/jobs"));

        assertThat(GreenhouseConnector.boardUrl(source))
                .hasToString("https://boards-api.eu.greenhouse.io/v1/boards/acme/jobs");
    }

    @Test
    void boardUrlNeedsABoardOrAUrl() {
        SourceConfig source = new SourceConfig("acme", SourceKind.GREENHOUSE, null, null);

        assertThatThrownBy(() -> GreenhouseConnector.boardUrl(source))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("source acme: a greenhouse source needs a board or a url");
    }

    private static SourceConfig source(String board) {
        return new SourceConfig(board, SourceKind.GREENHOUSE, board, null);
    }

    private static String boardUrl(String board) {
        return "https://boards-api.greenhouse.io/v1/boards/" + board + "/jobs?content=true";
    }

    private FetchSummary fetch(SourceConfig source, String url, Path payload) {
        try (BoardClient client = Fixtures.replaying(cassette, url, payload)) {
            return new GreenhouseConnector(client).fetch(source, sink);
        }
    }

    private FetchSummary fetch(SourceConfig source, String board) {
        try (BoardClient client = Fixtures.replaying(cassette, boardUrl(source.board()), board)) {
            return new GreenhouseConnector(client).fetch(source, sink);
        }
    }
}
