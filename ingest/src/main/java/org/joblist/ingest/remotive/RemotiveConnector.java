package org.joblist.ingest.remotive;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import okhttp3.HttpUrl;
import org.joblist.config.SourceConfig;
import org.joblist.ingest.Connector;
import org.joblist.ingest.FetchSummary;
import org.joblist.ingest.PostingSink;
import org.joblist.ingest.SourcePosting;
import org.joblist.ingest.WorkplaceType;
import org.joblist.ingest.http.BoardClient;
import org.joblist.ingest.internal.BoardJson;
import org.joblist.ingest.internal.BoardUrls;
import org.joblist.ingest.internal.JsonBoardFetcher;
import org.joblist.ingest.internal.PostingTally;

/**
 * Reads Remotive, a board of remote jobs whose API gives all current jobs in one response:
 * {@code GET https://remotive.com/api/remote-jobs}, an object with the API's notices and a
 * {@code jobs} array. Its terms ask for at most about four fetches a day, a link back to the
 * job on Remotive crediting it, and that its jobs are not re-emitted as schema.org JobPosting.
 *
 * <p>Mapping: {@code id} → externalId; {@code company_name} → company; {@code title};
 * {@code candidate_required_location} → location (who may apply); workplace type
 * {@link WorkplaceType#REMOTE}; {@code job_type} → employmentType; {@code publication_date} →
 * postedAt; {@code url} → applyUrl; {@code salary}, free text such as "$55k - $100k" →
 * salaryText; {@code description}; {@code category}, then {@code tags} → tags.
 */
public final class RemotiveConnector implements Connector {
    private static final HttpUrl API = HttpUrl.get("https://remotive.com/api/remote-jobs");

    private final JsonBoardFetcher fetcher;

    public RemotiveConnector(BoardClient client) {
        this.fetcher = new JsonBoardFetcher(Objects.requireNonNull(client, "client"));
    }

    /** The source's board URL: its {@code url} when set, otherwise Remotive's API. */
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
        String title = BoardJson.text(job, "title");
        if (!tally.hasIdAndTitle(index, id, title)) {
            return;
        }
        String salary = BoardJson.text(job, "salary");
        List<String> tags = new ArrayList<>();
        String category = BoardJson.text(job, "category");
        if (category != null && !category.isBlank()) {
            tags.add(category);
        }
        tags.addAll(BoardJson.values(job.path("tags")));
        tally.accept(SourcePosting.builder(source.id(), id)
                .company(BoardJson.textOrEmpty(job, "company_name"))
                .title(title)
                .location(BoardJson.text(job, "candidate_required_location"))
                // A remote-only board: its location says who may apply, not where an office is.
                .workplaceType(WorkplaceType.REMOTE)
                .employmentType(BoardJson.text(job, "job_type"))
                .postedAt(BoardJson.text(job, "publication_date"))
                .applyUrl(BoardJson.textOrEmpty(job, "url"))
                .salaryText(salary == null || salary.isBlank() ? null : salary)
                .description(BoardJson.textOrEmpty(job, "description"))
                .tags(tags)
                .build());
    }
}
