package org.joblist.ingest.jobicy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;
import okhttp3.HttpUrl;
import org.joblist.config.SourceConfig;
import org.joblist.ingest.Connector;
import org.joblist.ingest.FetchSummary;
import org.joblist.ingest.PostingSink;
import org.joblist.ingest.SalaryOrigin;
import org.joblist.ingest.SourcePosting;
import org.joblist.ingest.WorkplaceType;
import org.joblist.ingest.http.BoardClient;
import org.joblist.ingest.internal.BoardJson;
import org.joblist.ingest.internal.BoardUrls;
import org.joblist.ingest.internal.JsonBoardFetcher;
import org.joblist.ingest.internal.PayPeriods;
import org.joblist.ingest.internal.PostingTally;
import org.joblist.ingest.internal.Salaries;

/**
 * Reads Jobicy, a board of remote jobs whose API gives its latest jobs (up to {@code count}, at
 * most 100) in one response: {@code GET https://jobicy.com/api/v2/remote-jobs?count=100}, an
 * object with a {@code jobs} array. Its notice asks for a credit with a direct link and apply
 * buttons that lead to the job's own URL.
 *
 * <p>Mapping: {@code id} → externalId; {@code companyName} → company; {@code jobTitle} →
 * title; {@code jobGeo} → location (who may apply); workplace type
 * {@link WorkplaceType#REMOTE}; {@code jobType} joined → employmentType; {@code pubDate} →
 * postedAt; {@code url} → applyUrl; {@code salaryMin}/{@code salaryMax}/{@code salaryCurrency}/
 * {@code salaryPeriod} → salary; {@code jobDescription}; {@code jobIndustry} → tags.
 */
public final class JobicyConnector implements Connector {
    private static final HttpUrl API =
            HttpUrl.get("https://jobicy.com/api/v2/remote-jobs?count=100");

    private final JsonBoardFetcher fetcher;

    public JobicyConnector(BoardClient client) {
        this.fetcher = new JsonBoardFetcher(Objects.requireNonNull(client, "client"));
    }

    /** The source's board URL: its {@code url} when set, otherwise the latest 100 jobs. */
    public static HttpUrl boardUrl(SourceConfig source) {
        return BoardUrls.configuredOr(source, API);
    }

    @Override
    public FetchSummary fetch(SourceConfig source, PostingSink sink) {
        return fetcher.fetch(source, boardUrl(source), sink, (json, tally) -> BoardJson.envelope(
                json, "jobs", tally, (index, job) -> readJob(index, job, source, tally)));
    }

    private static void readJob(int index, JsonNode job, SourceConfig source,
            PostingTally tally) {
        String id = BoardJson.text(job, "id");
        String title = BoardJson.text(job, "jobTitle");
        if (!tally.hasIdAndTitle(index, id, title)) {
            return;
        }
        List<String> types = BoardJson.values(job.path("jobType"));
        tally.accept(SourcePosting.builder(source.id(), id)
                .company(BoardJson.textOrEmpty(job, "companyName"))
                .title(title)
                .location(BoardJson.text(job, "jobGeo"))
                // A remote-only board: its location says who may apply, not where an office is.
                .workplaceType(WorkplaceType.REMOTE)
                .employmentType(types.isEmpty() ? null : String.join(", ", types))
                .postedAt(BoardJson.text(job, "pubDate"))
                .applyUrl(BoardJson.textOrEmpty(job, "url"))
                .salary(Salaries.of(Salaries.number(job, "salaryMin"),
                        Salaries.number(job, "salaryMax"), BoardJson.text(job, "salaryCurrency"),
                        PayPeriods.of(BoardJson.text(job, "salaryPeriod")), SalaryOrigin.STATED))
                .description(BoardJson.textOrEmpty(job, "jobDescription"))
                .tags(BoardJson.values(job.path("jobIndustry")))
                .build());
    }
}
