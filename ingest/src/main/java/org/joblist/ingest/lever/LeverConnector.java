package org.joblist.ingest.lever;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import okhttp3.HttpUrl;
import org.joblist.config.SourceConfig;
import org.joblist.ingest.Connector;
import org.joblist.ingest.FetchSummary;
import org.joblist.ingest.PostingSink;
import org.joblist.ingest.SalaryOrigin;
import org.joblist.ingest.SalaryRange;
import org.joblist.ingest.SourcePosting;
import org.joblist.ingest.WorkplaceType;
import org.joblist.ingest.http.BoardClient;
import org.joblist.ingest.internal.BoardJson;
import org.joblist.ingest.internal.BoardUrls;
import org.joblist.ingest.internal.PagedFetcher;
import org.joblist.ingest.internal.PayPeriods;
import org.joblist.ingest.internal.PostingTally;
import org.joblist.ingest.internal.Salaries;
import org.jspecify.annotations.Nullable;

/**
 * Reads a Lever site's postings, {@code limit} at a time:
 * {@code GET https://api.lever.co/v0/postings/{site}?mode=json&skip=N&limit=100}, a JSON array.
 * A page as long as the limit is followed by the next; a shorter one is the last.
 *
 * <p>Mapping: {@code id} → externalId; the site (Lever names no company) → company;
 * {@code text} → title; {@code categories.allLocations}, or {@code categories.location} when
 * empty → locations; {@code workplaceType} ({@code remote}, {@code hybrid}, {@code on-site} or
 * {@code onsite}; {@code unspecified} is unknown); {@code categories.commitment} →
 * employmentType; {@code createdAt} (epoch milliseconds) → postedAt; {@code hostedUrl} →
 * applyUrl; {@code salaryRange} → salary, or {@code salaryDescriptionPlain} → salaryText;
 * {@code description}, {@code lists} and {@code additional} → description; team and department
 * → tags.
 */
public final class LeverConnector implements Connector {
    private static final HttpUrl POSTINGS = HttpUrl.get("https://api.lever.co/v0/postings");
    static final int PAGE_SIZE = 100;

    private final PagedFetcher fetcher;

    public LeverConnector(BoardClient client) {
        this.fetcher = new PagedFetcher(Objects.requireNonNull(client, "client"));
    }

    /**
     * The source's first page: its {@code url} when set, otherwise its site's postings, with
     * {@code skip} and {@code limit} added unless the URL sets them.
     *
     * @throws IllegalArgumentException when the source has neither a url nor a board
     */
    public static HttpUrl boardUrl(SourceConfig source) {
        HttpUrl url = BoardUrls.configuredOrBoard(source, board -> POSTINGS.newBuilder()
                .addPathSegment(board).addQueryParameter("mode", "json").build());
        return BoardUrls.withDefaults(url, "skip", "0", "limit", Integer.toString(PAGE_SIZE));
    }

    @Override
    public FetchSummary fetch(SourceConfig source, PostingSink sink) {
        return fetcher.fetchJson(source, boardUrl(source), sink,
                (url, json, tally) -> readPage(url, json, source, tally));
    }

    private static @Nullable HttpUrl readPage(HttpUrl url, JsonParser json, SourceConfig source,
            PostingTally tally) throws IOException {
        BoardJson.expect(json, JsonToken.START_ARRAY, "a JSON array of postings");
        int[] entries = {0};
        BoardJson.forEachObject(json, tally, (index, posting) -> {
            entries[0]++;
            readPosting(index, posting, source, tally);
        });
        long skip = PagedFetcher.parameter(url, "skip", 0);
        long limit = PagedFetcher.parameter(url, "limit", PAGE_SIZE);
        if (entries[0] == 0 || entries[0] < limit) {
            return null;
        }
        return PagedFetcher.withParameter(url, "skip", skip + entries[0]);
    }

    private static void readPosting(int index, JsonNode posting, SourceConfig source,
            PostingTally tally) {
        String id = BoardJson.text(posting, "id");
        String title = BoardJson.text(posting, "text");
        if (!tally.hasIdAndTitle(index, id, title)) {
            return;
        }
        JsonNode categories = posting.path("categories");
        SalaryRange salary = salary(posting.path("salaryRange"));
        SourcePosting.Builder builder = SourcePosting.builder(source.id(), id)
                .company(BoardUrls.boardOrId(source))
                .title(title)
                .workplaceType(workplaceType(BoardJson.text(posting, "workplaceType")))
                .employmentType(BoardJson.text(categories, "commitment"))
                .postedAt(BoardJson.text(posting, "createdAt"))
                .applyUrl(Objects.requireNonNullElse(BoardJson.text(posting, "hostedUrl"),
                        BoardJson.textOrEmpty(posting, "applyUrl")))
                .salary(salary)
                .salaryText(salary == null ? BoardJson.text(posting, "salaryDescriptionPlain")
                        : null)
                .description(description(posting))
                .tags(tags(categories));
        List<String> all = BoardJson.values(categories.path("allLocations"));
        if (all.isEmpty()) {
            builder.location(BoardJson.text(categories, "location"));
        }
        all.forEach(builder::location);
        tally.accept(builder.build());
    }

    static WorkplaceType workplaceType(@Nullable String value) {
        if (value == null) {
            return WorkplaceType.UNKNOWN;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "remote" -> WorkplaceType.REMOTE;
            case "hybrid" -> WorkplaceType.HYBRID;
            case "on-site", "onsite" -> WorkplaceType.ONSITE;
            default -> WorkplaceType.UNKNOWN;
        };
    }

    private static @Nullable SalaryRange salary(JsonNode range) {
        if (!range.isObject()) {
            return null;
        }
        return Salaries.of(Salaries.number(range, "min"), Salaries.number(range, "max"),
                BoardJson.text(range, "currency"), PayPeriods.of(BoardJson.text(range, "interval")),
                SalaryOrigin.STATED);
    }

    /** The description, then each list as a heading and its items, then the closing text. */
    private static String description(JsonNode posting) {
        StringBuilder html = new StringBuilder(BoardJson.textOrEmpty(posting, "description"));
        for (JsonNode list : posting.path("lists")) {
            html.append("<h3>").append(BoardJson.textOrEmpty(list, "text")).append("</h3><ul>")
                    .append(BoardJson.textOrEmpty(list, "content")).append("</ul>");
        }
        return html.append(BoardJson.textOrEmpty(posting, "additional")).toString();
    }

    private static List<String> tags(JsonNode categories) {
        return BoardUrls.distinct(List.of(BoardJson.textOrEmpty(categories, "team"),
                BoardJson.textOrEmpty(categories, "department")));
    }
}
