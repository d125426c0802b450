package org.joblist.ingest.themuse;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
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
import org.joblist.ingest.internal.PagedFetcher;
import org.joblist.ingest.internal.PostingTally;
import org.jspecify.annotations.Nullable;

/**
 * Reads The Muse, 20 jobs a page: {@code GET https://www.themuse.com/api/public/jobs?page=N},
 * an object with {@code page}, {@code page_count} and a {@code results} array. Pages are counted
 * from 0 and followed until {@code page_count}; the board holds hundreds of thousands of jobs, so
 * {@code maxPages} decides how much of it a run reads. The optional {@code apiKey} raises the
 * hourly request limit.
 *
 * <p>Mapping: {@code id} → externalId; {@code company.name} → company; {@code name} → title;
 * each of {@code locations} → locations ("Flexible / Remote" among them is left for aggregation);
 * {@code publication_date} → postedAt; {@code refs.landing_page} → applyUrl; {@code contents} →
 * description; category and level names → tags.
 */
public final class TheMuseConnector implements Connector {
    private static final HttpUrl API = HttpUrl.get("https://www.themuse.com/api/public/jobs");

    private final PagedFetcher fetcher;

    public TheMuseConnector(BoardClient client) {
        this.fetcher = new PagedFetcher(Objects.requireNonNull(client, "client"));
    }

    /** The first page: the source's {@code url} or the API, with {@code page} added. */
    public static HttpUrl boardUrl(SourceConfig source) {
        return BoardUrls.withDefaults(BoardUrls.configuredOr(source, API), "page", "0");
    }

    @Override
    public FetchSummary fetch(SourceConfig source, PostingSink sink) {
        HttpUrl first = boardUrl(source);
        String key = source.secret("apiKey");
        if (key != null) {
            first = first.newBuilder().setQueryParameter("api_key", key).build();
        }
        return fetcher.fetchJson(source, first, sink,
                (url, json, tally) -> readPage(url, json, source, tally));
    }

    private static @Nullable HttpUrl readPage(HttpUrl url, JsonParser json, SourceConfig source,
            PostingTally tally) throws IOException {
        BoardJson.Envelope envelope = BoardJson.envelope(json, "results", tally,
                (index, job) -> readJob(index, job, source, tally));
        long page = PagedFetcher.parameter(url, "page", 0);
        if (envelope.entries() == 0
                || page + 1 >= envelope.fields().path("page_count").asLong(0)) {
            return null;
        }
        return PagedFetcher.withParameter(url, "page", page + 1);
    }

    private static void readJob(int index, JsonNode job, SourceConfig source,
            PostingTally tally) {
        String id = BoardJson.text(job, "id");
        String title = BoardJson.text(job, "name");
        if (!tally.hasIdAndTitle(index, id, title)) {
            return;
        }
        List<String> tags = new ArrayList<>(BoardJson.texts(job.path("categories"), "name"));
        tags.addAll(BoardJson.texts(job.path("levels"), "name"));
        SourcePosting.Builder builder = SourcePosting.builder(source.id(), id)
                .company(BoardJson.textOrEmpty(job.path("company"), "name"))
                .title(title)
                .postedAt(BoardJson.text(job, "publication_date"))
                .applyUrl(BoardJson.textOrEmpty(job.path("refs"), "landing_page"))
                .description(BoardJson.textOrEmpty(job, "contents"))
                .tags(tags);
        BoardJson.texts(job.path("locations"), "name").forEach(builder::location);
        tally.accept(builder.build());
    }
}
