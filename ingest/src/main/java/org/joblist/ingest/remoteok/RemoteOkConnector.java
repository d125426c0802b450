package org.joblist.ingest.remoteok;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;
import okhttp3.HttpUrl;
import org.joblist.config.SourceConfig;
import org.joblist.ingest.Connector;
import org.joblist.ingest.FetchSummary;
import org.joblist.ingest.PayPeriod;
import org.joblist.ingest.PostingSink;
import org.joblist.ingest.SalaryOrigin;
import org.joblist.ingest.SalaryRange;
import org.joblist.ingest.SourcePosting;
import org.joblist.ingest.WorkplaceType;
import org.joblist.ingest.http.BoardClient;
import org.joblist.ingest.internal.BoardJson;
import org.joblist.ingest.internal.BoardUrls;
import org.joblist.ingest.internal.JsonBoardFetcher;
import org.joblist.ingest.internal.PostingTally;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads RemoteOK, a board of remote jobs whose API gives all current postings in one response:
 * {@code GET https://remoteok.com/api}, a JSON array whose first element is the API's legal
 * notice ({@code legal}, no {@code id}) and is no posting.
 *
 * <p>Mapping: {@code id} → externalId; {@code company}; {@code position} → title;
 * {@code location} as written; workplace type {@link WorkplaceType#REMOTE} (the board lists
 * remote jobs only); {@code date}, or {@code epoch} when absent → postedAt; {@code url}, or
 * {@code apply_url} when absent → applyUrl; {@code salary_min}/{@code salary_max} as yearly USD
 * when both are above 0; {@code description}; {@code tags} (see {@link RemoteOkTags}).
 */
public final class RemoteOkConnector implements Connector {
    private static final Logger LOG = LoggerFactory.getLogger(RemoteOkConnector.class);
    private static final HttpUrl API = HttpUrl.get("https://remoteok.com/api");
    private static final Currency USD = Currency.getInstance("USD");

    private final JsonBoardFetcher fetcher;

    public RemoteOkConnector(BoardClient client) {
        this.fetcher = new JsonBoardFetcher(Objects.requireNonNull(client, "client"));
    }

    /** The source's board URL: its {@code url} when set, otherwise RemoteOK's API. */
    public static HttpUrl boardUrl(SourceConfig source) {
        return BoardUrls.configuredOr(source, API);
    }

    @Override
    public FetchSummary fetch(SourceConfig source, PostingSink sink) {
        return fetcher.fetch(source, boardUrl(source), sink, (json, tally) -> {
            BoardJson.expect(json, JsonToken.START_ARRAY, "a JSON array of postings");
            BoardJson.forEachObject(json, tally,
                    (index, entry) -> readEntry(index, entry, source, tally));
        });
    }

    private static void readEntry(int index, JsonNode entry, SourceConfig source,
            PostingTally tally) {
        if (entry.has("legal") && !entry.has("id")) {
            LOG.debug("source {}: entry [{}] is the legal notice", source.id(), index);
            return;
        }
        String id = BoardJson.text(entry, "id");
        String title = BoardJson.text(entry, "position");
        if (!tally.hasIdAndTitle(index, id, title)) {
            return;
        }

        tally.accept(SourcePosting.builder(source.id(), id)
                .company(BoardJson.textOrEmpty(entry, "company"))
                .title(title)
                .location(BoardJson.text(entry, "location"))
                // A remote-only board: its location says who may apply, not where an office is.
                .workplaceType(WorkplaceType.REMOTE)
                .postedAt(firstText(entry, "date", "epoch"))
                .applyUrl(Objects.requireNonNullElse(firstText(entry, "url", "apply_url"), ""))
                .salary(salary(entry))
                .description(BoardJson.textOrEmpty(entry, "description"))
                .tags(RemoteOkTags.of(entry.path("tags")))
                .build());
    }

    /** RemoteOK states yearly US dollars; 0 for either bound means it states no salary. */
    private static @Nullable SalaryRange salary(JsonNode entry) {
        long min = entry.path("salary_min").asLong(0);
        long max = entry.path("salary_max").asLong(0);
        if (min <= 0 || max <= 0 || min > max) {
            return null;
        }
        return new SalaryRange(BigDecimal.valueOf(min), BigDecimal.valueOf(max), USD,
                PayPeriod.YEAR, SalaryOrigin.STATED);
    }

    private static @Nullable String firstText(JsonNode entry, String field, String fallback) {
        String text = BoardJson.text(entry, field);
        return text != null && !text.isBlank() ? text : BoardJson.text(entry, fallback);
    }
}
