package org.joblist.ingest.hackernews;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Objects;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import org.joblist.config.SourceConfig;
import org.joblist.ingest.Connector;
import org.joblist.ingest.FetchSummary;
import org.joblist.ingest.PostingSink;
import org.joblist.ingest.SourcePosting;
import org.joblist.ingest.http.BoardClient;
import org.joblist.ingest.internal.BoardJson;
import org.joblist.ingest.internal.PagedFetcher;
import org.joblist.ingest.internal.PostingTally;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a Hacker News "Who is hiring?" thread through the Algolia HN Search API:
 * {@code GET https://hn.algolia.com/api/v1/search_by_date?tags=comment,story_{thread}
 * &hitsPerPage=1000&page=0}, an object with {@code hits} and {@code nbPages}, pages followed
 * until {@code nbPages}. Each top-level comment (its {@code parent_id} is the story) is one
 * posting; replies are no postings and are passed over. The commenter's name is never kept, and
 * e-mail addresses and @mentions are blanked out of the text.
 *
 * <p>Mapping: {@code objectID} → externalId; the first line by the thread's convention
 * {@code Company | Role | Location | ...} (see {@link HiringComment}) → company, title,
 * locations, employmentType and salaryText; {@code created_at} → postedAt; the comment's page
 * on Hacker News → applyUrl; {@code comment_text} → description.
 */
public final class HackerNewsConnector implements Connector {
    private static final Logger LOG = LoggerFactory.getLogger(HackerNewsConnector.class);
    private static final HttpUrl SEARCH =
            HttpUrl.get("https://hn.algolia.com/api/v1/search_by_date");
    private static final Pattern EMAIL =
            Pattern.compile("[\\w.+-]+(@|\\s*\\[at]\\s*)[\\w-]+(\\.[\\w-]+)+");
    private static final Pattern MENTION = Pattern.compile("(?<![\\w.])@\\w+");

    private final PagedFetcher fetcher;

    public HackerNewsConnector(BoardClient client) {
        this.fetcher = new PagedFetcher(Objects.requireNonNull(client, "client"));
    }

    /**
     * The first page of the thread's comments: the source's {@code url} when set, otherwise the
     * search for the comments of its {@code thread}.
     *
     * @throws IllegalArgumentException when the source has neither a url nor a thread
     */
    public static HttpUrl boardUrl(SourceConfig source) {
        if (source.url() != null) {
            return HttpUrl.get(source.url().toString());
        }
        String thread = source.setting("thread");
        if (thread == null) {
            throw new IllegalArgumentException(
                    "source " + source.id() + ": a hackernews source needs a thread or a url");
        }
        return SEARCH.newBuilder().addQueryParameter("tags", "comment,story_" + thread)
                .addQueryParameter("hitsPerPage", "1000").addQueryParameter("page", "0").build();
    }

    @Override
    public FetchSummary fetch(SourceConfig source, PostingSink sink) {
        return fetcher.fetchJson(source, boardUrl(source), sink,
                (url, json, tally) -> readPage(url, json, source, tally));
    }

    private static @Nullable HttpUrl readPage(HttpUrl url, JsonParser json, SourceConfig source,
            PostingTally tally) throws IOException {
        BoardJson.Envelope envelope = BoardJson.envelope(json, "hits", tally,
                (index, hit) -> readHit(index, hit, source, tally));
        long page = PagedFetcher.parameter(url, "page", 0);
        if (envelope.entries() == 0
                || page + 1 >= envelope.fields().path("nbPages").asLong(0)) {
            return null;
        }
        return PagedFetcher.withParameter(url, "page", page + 1);
    }

    private static void readHit(int index, JsonNode hit, SourceConfig source,
            PostingTally tally) {
        String id = BoardJson.text(hit, "objectID");
        String story = BoardJson.text(hit, "story_id");
        String parent = BoardJson.text(hit, "parent_id");
        if (story != null && parent != null && !parent.equals(story)) {
            LOG.debug("source {}: comment {} is a reply, no posting", source.id(), id);
            return;
        }
        String html = BoardJson.textOrEmpty(hit, "comment_text");
        HiringComment comment = HiringComment.parse(html);
        if (!tally.hasIdAndTitle(index, id, comment == null ? null : comment.title())) {
            return;
        }
        SourcePosting.Builder builder = SourcePosting.builder(source.id(), id)
                .company(withoutPeople(comment.company()))
                .title(withoutPeople(comment.title()))
                .employmentType(comment.employmentType())
                .postedAt(BoardJson.text(hit, "created_at"))
                .applyUrl("https://news.ycombinator.com/item?id=" + id)
                .salaryText(comment.salaryText())
                .description(withoutPeople(html));
        comment.locations().forEach(builder::location);
        tally.accept(builder.build());
    }

    /** The text with e-mail addresses and @mentions of people blanked out. */
    static String withoutPeople(String text) {
        String noMail = EMAIL.matcher(text).replaceAll("[e-mail removed]");
        return MENTION.matcher(noMail).replaceAll("@[removed]");
    }
}
