package org.joblist.ingest.arbeitnow;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
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
import org.joblist.ingest.internal.PagedFetcher;
import org.joblist.ingest.internal.PostingTally;
import org.jspecify.annotations.Nullable;

/**
 * Reads Arbeitnow, a board of jobs mostly in Germany:
 * {@code GET https://www.arbeitnow.com/api/job-board-api}, an object with a {@code data} array
 * and {@code links.next}, the next page's URL, which is followed until it is null.
 *
 * <p>Mapping: {@code slug} → externalId; {@code company_name} → company; {@code title};
 * {@code location} as written (it may name several cities); {@code remote: true} → remote,
 * otherwise unknown; {@code job_types} (free-form, often German) joined → employmentType;
 * {@code created_at} (epoch seconds) → postedAt; {@code url} → applyUrl; {@code description}
 * as given (some are entity-encoded HTML followed by live HTML); {@code tags}.
 */
public final class ArbeitnowConnector implements Connector {
    private static final HttpUrl API = HttpUrl.get("https://www.arbeitnow.com/api/job-board-api");

    private final PagedFetcher fetcher;

    public ArbeitnowConnector(BoardClient client) {
        this.fetcher = new PagedFetcher(Objects.requireNonNull(client, "client"));
    }

    /** The first page: the source's {@code url} when set, otherwise the API. */
    public static HttpUrl boardUrl(SourceConfig source) {
        return BoardUrls.configuredOr(source, API);
    }

    @Override
    public FetchSummary fetch(SourceConfig source, PostingSink sink) {
        return fetcher.fetchJson(source, boardUrl(source), sink,
                (url, json, tally) -> readPage(url, json, source, tally));
    }

    private static @Nullable HttpUrl readPage(HttpUrl url, JsonParser json, SourceConfig source,
            PostingTally tally) throws IOException {
        ObjectNode envelope = BoardJson.envelope(json, "data", tally,
                (index, job) -> readJob(index, job, source, tally)).fields();
        String next = BoardJson.text(envelope.path("links"), "next");
        return next == null || next.isBlank() ? null : url.resolve(next);
    }

    private static void readJob(int index, JsonNode job, SourceConfig source,
            PostingTally tally) {
        String slug = BoardJson.text(job, "slug");
        String title = BoardJson.text(job, "title");
        if (!tally.hasIdAndTitle(index, slug, title)) {
            return;
        }
        List<String> jobTypes = BoardJson.values(job.path("job_types"));
        tally.accept(SourcePosting.builder(source.id(), slug)
                .company(BoardJson.textOrEmpty(job, "company_name"))
                .title(title)
                .location(BoardJson.text(job, "location"))
                .workplaceType(job.path("remote").asBoolean(false) ? WorkplaceType.REMOTE
                        : WorkplaceType.UNKNOWN)
                .employmentType(jobTypes.isEmpty() ? null : String.join(", ", jobTypes))
                .postedAt(BoardJson.text(job, "created_at"))
                .applyUrl(BoardJson.textOrEmpty(job, "url"))
                .description(BoardJson.textOrEmpty(job, "description"))
                .tags(BoardJson.values(job.path("tags")))
                .build());
    }
}
