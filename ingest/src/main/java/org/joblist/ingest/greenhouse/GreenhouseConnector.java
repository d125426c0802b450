package org.joblist.ingest.greenhouse;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Objects;
import okhttp3.HttpUrl;
import org.joblist.config.SourceConfig;
import org.joblist.ingest.Connector;
import org.joblist.ingest.FetchSummary;
import org.joblist.ingest.PostingSink;
import org.joblist.ingest.SourcePosting;
import org.joblist.ingest.http.BoardClient;
import org.joblist.ingest.internal.BoardJson;
import org.joblist.ingest.internal.BoardUrls;
import org.joblist.ingest.internal.JsonBoardFetcher;
import org.joblist.ingest.internal.PostingTally;

/**
 * Reads a Greenhouse job board, whose API gives every job of a board in one response:
 * {@code GET https://boards-api.greenhouse.io/v1/boards/{board}/jobs?content=true}, an object
 * whose {@code jobs} array holds the postings.
 *
 * <p>Mapping: {@code id} → externalId; {@code company_name}, or the board name when absent →
 * company; {@code title}; {@code location.name} → location; {@code first_published}, or
 * {@code updated_at} when absent → postedAt; {@code absolute_url} → applyUrl; {@code content}
 * (HTML, entity-escaped) → description; the names of {@code departments} → tags. Greenhouse has
 * no structured workplace field, so the workplace type is {@link WorkplaceType#UNKNOWN}. A
 * prospect post ({@code internal_job_id: null}) is no job and is skipped.
 */
public final class GreenhouseConnector implements Connector {
    private static final HttpUrl BOARDS = HttpUrl.get("https://boards-api.greenhouse.io/v1/boards");

    private final JsonBoardFetcher fetcher;

    public GreenhouseConnector(BoardClient client) {
        this.fetcher = new JsonBoardFetcher(Objects.requireNonNull(client, "client"));
    }

    /**
     * The source's board URL: its {@code url} when set, otherwise the jobs of its {@code board}
     * with their content.
     *
     * @throws IllegalArgumentException when the source has neither a url nor a board
     */
    public static HttpUrl boardUrl(SourceConfig source) {
        return BoardUrls.configuredOrBoard(source, board -> BOARDS.newBuilder()
                .addPathSegment(board)
                .addPathSegment("jobs")
                .addQueryParameter("content", "true")
                .build());
    }

    @Override
    public FetchSummary fetch(SourceConfig source, PostingSink sink) {
        return fetcher.fetch(source, boardUrl(source), sink,
                (json, tally) -> readBoard(json, source, tally));
    }

    private static void readBoard(JsonParser json, SourceConfig source, PostingTally tally)
            throws IOException {
        BoardJson.envelope(json, "jobs", tally, (index, job) -> readJob(index, job, source, tally));
    }

    private static void readJob(int index, JsonNode job, SourceConfig source,
            PostingTally tally) {
        String id = BoardJson.text(job, "id");
        String title = BoardJson.text(job, "title");
        if (!tally.hasIdAndTitle(index, id, title)) {
            return;
        }
        if (job.has("internal_job_id") && job.get("internal_job_id").isNull()) {
            tally.skip(id, "prospect post (internal_job_id is null)");
            return;
        }

        String postedAt = BoardJson.text(job, "first_published");
        String updatedAt = BoardJson.text(job, "updated_at");
        tally.accept(SourcePosting.builder(source.id(), id)
                .company(company(job, source))
                .title(title)
                .location(BoardJson.text(job.path("location"), "name"))
                .postedAt(postedAt != null ? postedAt : updatedAt)
                .updatedAt(updatedAt)
                .applyUrl(BoardJson.textOrEmpty(job, "absolute_url"))
                .description(BoardJson.textOrEmpty(job, "content"))
                .tags(BoardJson.texts(job.path("departments"), "name"))
                .build());
    }

    /** The company the job names; the board name (or the source id) when it names none. */
    private static String company(JsonNode job, SourceConfig source) {
        String company = BoardJson.text(job, "company_name");
        if (company != null && !company.isBlank()) {
            return company;
        }
        return BoardUrls.boardOrId(source);
    }
}
