package org.joblist.ingest.usajobs;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.joblist.ingest.http.UnexpectedBodyException;
import org.joblist.ingest.internal.BoardJson;
import org.joblist.ingest.internal.BoardUrls;
import org.joblist.ingest.internal.PagedFetcher;
import org.joblist.ingest.internal.PayPeriods;
import org.joblist.ingest.internal.PostingTally;
import org.joblist.ingest.internal.Salaries;
import org.jspecify.annotations.Nullable;

/**
 * Reads the US federal government's job search, 500 a page:
 * {@code GET https://data.usajobs.gov/api/search?ResultsPerPage=500&Page=N}, with the API key
 * in {@code Authorization-Key} and the registered e-mail address as {@code User-Agent}, as the
 * API requires; both come from the environment. The body is an object whose
 * {@code SearchResult} holds {@code SearchResultItems} and {@code UserArea.NumberOfPages}; pages
 * are followed until that number. The source's {@code keyword} setting narrows the search.
 *
 * <p>Mapping: {@code MatchedObjectId} → externalId; of the {@code MatchedObjectDescriptor}:
 * {@code OrganizationName} → company; {@code PositionTitle} → title; each
 * {@code PositionLocation}'s {@code LocationName} → locations; {@code RemoteIndicator: true} →
 * remote, otherwise unknown; {@code PositionSchedule} names → employmentType;
 * {@code PublicationStartDate} → postedAt; {@code PositionURI} → applyUrl; the first
 * {@code PositionRemuneration} → salary in US dollars; {@code JobSummary} → description;
 * {@code DepartmentName} and {@code JobCategory} names → tags.
 */
public final class UsaJobsConnector implements Connector {
    private static final HttpUrl SEARCH = HttpUrl.get("https://data.usajobs.gov/api/search");
    static final int PAGE_SIZE = 500;

    private final PagedFetcher fetcher;

    public UsaJobsConnector(BoardClient client) {
        this.fetcher = new PagedFetcher(Objects.requireNonNull(client, "client"));
    }

    /** The first page: the source's {@code url} or the search, with its keyword and page. */
    public static HttpUrl boardUrl(SourceConfig source) {
        HttpUrl url = BoardUrls.configuredOr(source, SEARCH);
        HttpUrl.Builder builder = url.newBuilder();
        String keyword = source.setting("keyword");
        if (keyword != null && url.queryParameter("Keyword") == null) {
            builder.addQueryParameter("Keyword", keyword);
        }
        if (url.queryParameter("ResultsPerPage") == null) {
            builder.addQueryParameter("ResultsPerPage", Integer.toString(PAGE_SIZE));
        }
        if (url.queryParameter("Page") == null) {
            builder.addQueryParameter("Page", "1");
        }
        return builder.build();
    }

    @Override
    public FetchSummary fetch(SourceConfig source, PostingSink sink) {
        Map<String, String> headers = Map.of(
                "Authorization-Key", Objects.requireNonNullElse(source.secret("apiKey"), ""),
                "User-Agent", Objects.requireNonNullElse(source.secret("email"), ""));
        return fetcher.fetchJson(source, boardUrl(source), headers, sink,
                (url, json, tally) -> readPage(url, json, source, tally));
    }

    private static @Nullable HttpUrl readPage(HttpUrl url, JsonParser json, SourceConfig source,
            PostingTally tally) throws IOException {
        BoardJson.expect(json, JsonToken.START_OBJECT, "a JSON object with a \"SearchResult\"");
        JsonNode body = json.readValueAsTree();
        JsonNode result = body.path("SearchResult");
        if (!result.path("SearchResultItems").isArray()) {
            throw new UnexpectedBodyException("expected a JSON object with a \"SearchResult\""
                    + " holding \"SearchResultItems\", found an object without one");
        }
        JsonNode items = result.path("SearchResultItems");
        for (int index = 0; index < items.size(); index++) {
            readItem(index, items.get(index), source, tally);
        }
        long page = PagedFetcher.parameter(url, "Page", 1);
        long pages = result.path("UserArea").path("NumberOfPages").asLong(0);
        if (items.isEmpty() || page >= pages) {
            return null;
        }
        return PagedFetcher.withParameter(url, "Page", page + 1);
    }

    private static void readItem(int index, JsonNode item, SourceConfig source,
            PostingTally tally) {
        JsonNode job = item.path("MatchedObjectDescriptor");
        String id = BoardJson.text(item, "MatchedObjectId");
        String title = BoardJson.text(job, "PositionTitle");
        if (!tally.hasIdAndTitle(index, id, title)) {
            return;
        }
        JsonNode details = job.path("UserArea").path("Details");
        JsonNode pay = job.path("PositionRemuneration").path(0);
        List<String> schedules = BoardJson.texts(job.path("PositionSchedule"), "Name");
        String department = BoardJson.text(job, "DepartmentName");
        List<String> tags = new ArrayList<>();
        if (department != null && !department.isBlank()) {
            tags.add(department);
        }
        tags.addAll(BoardJson.texts(job.path("JobCategory"), "Name"));
        SourcePosting.Builder builder = SourcePosting.builder(source.id(), id)
                .company(BoardJson.textOrEmpty(job, "OrganizationName"))
                .title(title)
                .workplaceType(details.path("RemoteIndicator").asBoolean(false)
                        ? WorkplaceType.REMOTE : WorkplaceType.UNKNOWN)
                .employmentType(schedules.isEmpty() ? null : String.join(", ", schedules))
                .postedAt(BoardJson.text(job, "PublicationStartDate"))
                .applyUrl(BoardJson.textOrEmpty(job, "PositionURI"))
                .salary(Salaries.of(Salaries.number(pay, "MinimumRange"),
                        Salaries.number(pay, "MaximumRange"), "USD",
                        PayPeriods.of(BoardJson.text(pay, "RateIntervalCode")),
                        SalaryOrigin.STATED))
                .description(BoardJson.textOrEmpty(details, "JobSummary"))
                .tags(tags);
        BoardJson.texts(job.path("PositionLocation"), "LocationName").forEach(builder::location);
        tally.accept(builder.build());
    }
}
