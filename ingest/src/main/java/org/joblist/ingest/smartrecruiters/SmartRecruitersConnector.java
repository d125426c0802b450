package org.joblist.ingest.smartrecruiters;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import okhttp3.HttpUrl;
import org.joblist.config.SourceConfig;
import org.joblist.ingest.Connector;
import org.joblist.ingest.FetchException;
import org.joblist.ingest.FetchSummary;
import org.joblist.ingest.PostingSink;
import org.joblist.ingest.SourcePosting;
import org.joblist.ingest.WorkplaceType;
import org.joblist.ingest.http.BoardClient;
import org.joblist.ingest.http.UnexpectedBodyException;
import org.joblist.ingest.internal.BoardJson;
import org.joblist.ingest.internal.BoardUrls;
import org.joblist.ingest.internal.PagedFetcher;
import org.joblist.ingest.internal.PostingTally;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a company's postings from SmartRecruiters, {@code limit} at a time:
 * {@code GET https://api.smartrecruiters.com/v1/companies/{company}/postings?offset=N&limit=100},
 * an object with {@code totalFound} and a {@code content} array. Pages are followed until the
 * offset reaches {@code totalFound} or a page comes back empty. The list has no description, so
 * each posting is completed by a detail call, {@code GET .../postings/{id}}; a posting whose
 * detail cannot be fetched is kept without a description.
 *
 * <p>Mapping: {@code id} → externalId; {@code company.name}, or the board → company;
 * {@code name} → title; {@code location.fullLocation}, or city, region and country →
 * location; {@code location.remote} → remote, {@code location.hybrid} → hybrid, both false →
 * on-site; {@code typeOfEmployment.label} → employmentType; {@code releasedDate} → postedAt;
 * the detail's {@code postingUrl}, or the public job page → applyUrl; the detail's
 * {@code jobAd.sections} → description; {@code function} and {@code department} labels → tags.
 */
public final class SmartRecruitersConnector implements Connector {
    private static final Logger LOG = LoggerFactory.getLogger(SmartRecruitersConnector.class);
    private static final HttpUrl COMPANIES =
            HttpUrl.get("https://api.smartrecruiters.com/v1/companies");
    private static final String PAGE_SHAPE = "a JSON object with a \"content\" array";
    private static final List<String> SECTIONS = List.of(
            "companyDescription", "jobDescription", "qualifications", "additionalInformation");
    static final int PAGE_SIZE = 100;

    private final BoardClient client;
    private final PagedFetcher fetcher;

    public SmartRecruitersConnector(BoardClient client) {
        this.client = Objects.requireNonNull(client, "client");
        this.fetcher = new PagedFetcher(client);
    }

    /**
     * The source's first page: its {@code url} when set, otherwise its company's postings, with
     * {@code offset} and {@code limit} added unless the URL sets them.
     *
     * @throws IllegalArgumentException when the source has neither a url nor a board
     */
    public static HttpUrl boardUrl(SourceConfig source) {
        HttpUrl url = BoardUrls.configuredOrBoard(source, board -> COMPANIES.newBuilder()
                .addPathSegment(board).addPathSegment("postings").build());
        return BoardUrls.withDefaults(url, "offset", "0", "limit", Integer.toString(PAGE_SIZE));
    }

    @Override
    public FetchSummary fetch(SourceConfig source, PostingSink sink) {
        return fetcher.fetchPages(source, boardUrl(source), sink,
                (url, tally) -> readPage(url, source, tally));
    }

    private @Nullable HttpUrl readPage(HttpUrl url, SourceConfig source, PostingTally tally) {
        JsonNode page = client.get(source.id(), url, "application/json", body -> {
            JsonNode tree = BoardJson.object(body, PAGE_SHAPE);
            if (!tree.path("content").isArray()) {
                throw new UnexpectedBodyException(
                        "expected " + PAGE_SHAPE + ", found an object without one");
            }
            return tree;
        });
        // The list response is closed before the detail calls go out.
        JsonNode content = page.path("content");
        for (int index = 0; index < content.size(); index++) {
            JsonNode entry = content.get(index);
            if (!entry.isObject()) {
                tally.skip("[" + index + "]", "expected a JSON object");
                continue;
            }
            readPosting(index, entry, url, source, tally);
        }
        long offset = PagedFetcher.parameter(url, "offset", 0) + content.size();
        long total = page.path("totalFound").asLong(0);
        if (content.isEmpty() || offset >= total) {
            return null;
        }
        return PagedFetcher.withParameter(url, "offset", offset);
    }

    private void readPosting(int index, JsonNode entry, HttpUrl page, SourceConfig source,
            PostingTally tally) {
        String id = BoardJson.text(entry, "id");
        String title = BoardJson.text(entry, "name");
        if (!tally.hasIdAndTitle(index, id, title)) {
            return;
        }
        JsonNode detail = detail(page, id, source);
        JsonNode location = entry.path("location");
        String company = BoardJson.text(entry.path("company"), "name");
        String identifier = BoardJson.text(entry.path("company"), "identifier");
        String postingUrl = BoardJson.text(detail, "postingUrl");
        tally.accept(SourcePosting.builder(source.id(), id)
                .company(company != null ? company : BoardUrls.boardOrId(source))
                .title(title)
                .location(location(location))
                .workplaceType(workplaceType(location))
                .employmentType(BoardJson.text(entry.path("typeOfEmployment"), "label"))
                .postedAt(BoardJson.text(entry, "releasedDate"))
                .applyUrl(postingUrl != null ? postingUrl : "https://jobs.smartrecruiters.com/"
                        + (identifier != null ? identifier : source.board()) + "/" + id)
                .description(description(detail))
                .tags(tags(entry))
                .build());
    }

    /** The posting's detail; an empty object when it cannot be fetched. */
    private JsonNode detail(HttpUrl page, String id, SourceConfig source) {
        HttpUrl url = page.newBuilder().query(null).addPathSegment(id).build();
        try {
            return client.get(source.id(), url, "application/json",
                    body -> BoardJson.object(body, "a JSON object"));
        } catch (FetchException e) {
            LOG.warn("source {}: posting {} kept without description: {}", source.id(), id,
                    e.getMessage());
            return JsonNodeFactory.instance.objectNode();
        }
    }

    private static @Nullable String location(JsonNode location) {
        String full = BoardJson.text(location, "fullLocation");
        if (full != null && !full.isBlank()) {
            return full;
        }
        List<String> parts = new ArrayList<>();
        for (String field : List.of("city", "region", "country")) {
            String part = BoardJson.text(location, field);
            if (part != null && !part.isBlank()) {
                parts.add(part);
            }
        }
        return parts.isEmpty() ? null : String.join(", ", parts);
    }

    private static WorkplaceType workplaceType(JsonNode location) {
        JsonNode remote = location.path("remote");
        JsonNode hybrid = location.path("hybrid");
        if (remote.asBoolean(false)) {
            return WorkplaceType.REMOTE;
        }
        if (hybrid.asBoolean(false)) {
            return WorkplaceType.HYBRID;
        }
        return remote.isBoolean() && hybrid.isBoolean() ? WorkplaceType.ONSITE
                : WorkplaceType.UNKNOWN;
    }

    /** Each non-empty section of the job ad, under its title. */
    private static String description(JsonNode detail) {
        StringBuilder html = new StringBuilder();
        JsonNode sections = detail.path("jobAd").path("sections");
        for (String name : SECTIONS) {
            JsonNode section = sections.path(name);
            String text = BoardJson.text(section, "text");
            if (text != null && !text.isBlank()) {
                html.append("<h3>").append(BoardJson.textOrEmpty(section, "title"))
                        .append("</h3>").append(text);
            }
        }
        return html.toString();
    }

    private static List<String> tags(JsonNode entry) {
        return BoardUrls.distinct(List.of(BoardJson.textOrEmpty(entry.path("function"), "label"),
                BoardJson.textOrEmpty(entry.path("department"), "label")));
    }
}
