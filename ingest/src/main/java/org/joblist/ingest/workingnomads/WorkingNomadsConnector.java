package org.joblist.ingest.workingnomads;

import com.fasterxml.jackson.core.JsonToken;
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
 * Reads Working Nomads, a board of remote jobs whose API gives its current jobs in one response:
 * {@code GET https://www.workingnomads.com/api/exposed_jobs/}, a JSON array.
 *
 * <p>Mapping: {@code url} (the board's stable link to the job) → externalId and applyUrl;
 * {@code company_name} → company; {@code title}; {@code location} → location (who may apply);
 * workplace type {@link WorkplaceType#REMOTE}; {@code pub_date} → postedAt;
 * {@code description}; {@code category_name}, then the comma-separated {@code tags} → tags.
 */
public final class WorkingNomadsConnector implements Connector {
    private static final HttpUrl API =
            HttpUrl.get("https://www.workingnomads.com/api/exposed_jobs/");

    private final JsonBoardFetcher fetcher;

    public WorkingNomadsConnector(BoardClient client) {
        this.fetcher = new JsonBoardFetcher(Objects.requireNonNull(client, "client"));
    }

    /** The source's board URL: its {@code url} when set, otherwise the API. */
    public static HttpUrl boardUrl(SourceConfig source) {
        return BoardUrls.configuredOr(source, API);
    }

    @Override
    public FetchSummary fetch(SourceConfig source, PostingSink sink) {
        return fetcher.fetch(source, boardUrl(source), sink, (json, tally) -> {
            BoardJson.expect(json, JsonToken.START_ARRAY, "a JSON array of jobs");
            BoardJson.forEachObject(json, tally,
                    (index, job) -> readJob(index, job, source, tally));
        });
    }

    private static void readJob(int index, JsonNode job, SourceConfig source,
            PostingTally tally) {
        String url = BoardJson.text(job, "url");
        String title = BoardJson.text(job, "title");
        if (!tally.hasIdAndTitle(index, url, title)) {
            return;
        }
        List<String> tags = new ArrayList<>();
        String category = BoardJson.text(job, "category_name");
        if (category != null && !category.isBlank()) {
            tags.add(category);
        }
        for (String tag : BoardJson.textOrEmpty(job, "tags").split(",")) {
            if (!tag.isBlank()) {
                tags.add(tag.strip());
            }
        }
        tally.accept(SourcePosting.builder(source.id(), url)
                .company(BoardJson.textOrEmpty(job, "company_name"))
                .title(title)
                .location(BoardJson.text(job, "location"))
                // A remote-only board: its location says who may apply, not where an office is.
                .workplaceType(WorkplaceType.REMOTE)
                .postedAt(BoardJson.text(job, "pub_date"))
                .applyUrl(url)
                .description(BoardJson.textOrEmpty(job, "description"))
                .tags(tags)
                .build());
    }
}
