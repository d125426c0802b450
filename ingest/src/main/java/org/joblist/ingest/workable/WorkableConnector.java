package org.joblist.ingest.workable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.jspecify.annotations.Nullable;

/**
 * Reads a Workable account's jobs from its widget API, which gives all of them in one response:
 * {@code GET https://apply.workable.com/api/v1/widget/accounts/{account}?details=true}, an object
 * with the account's {@code name} and a {@code jobs} array. The widget repeats a job once per
 * location with the same {@code shortcode}; the repeats become one posting with every location.
 * To merge them the connector holds the account's jobs until the body is read (an account's
 * board is small: tens to hundreds of jobs).
 *
 * <p>Mapping: {@code shortcode} → externalId; the account {@code name}, or the board → company;
 * {@code title}; each visible entry of {@code locations} (city, region, country), or the job's
 * own city, state and country when it has no such list → locations; {@code telecommuting: true}
 * → remote, otherwise unknown; {@code employment_type}; {@code published_on} → postedAt;
 * {@code url} → applyUrl; {@code description}; department and function → tags.
 */
public final class WorkableConnector implements Connector {
    private static final HttpUrl ACCOUNTS =
            HttpUrl.get("https://apply.workable.com/api/v1/widget/accounts");

    private final JsonBoardFetcher fetcher;

    public WorkableConnector(BoardClient client) {
        this.fetcher = new JsonBoardFetcher(Objects.requireNonNull(client, "client"));
    }

    /**
     * The source's board URL: its {@code url} when set, otherwise its account's widget with
     * details.
     *
     * @throws IllegalArgumentException when the source has neither a url nor a board
     */
    public static HttpUrl boardUrl(SourceConfig source) {
        return BoardUrls.configuredOrBoard(source, board -> ACCOUNTS.newBuilder()
                .addPathSegment(board).addQueryParameter("details", "true").build());
    }

    @Override
    public FetchSummary fetch(SourceConfig source, PostingSink sink) {
        return fetcher.fetch(source, boardUrl(source), sink, (json, tally) -> {
            Map<String, Job> jobs = new LinkedHashMap<>();
            ObjectNode account = BoardJson.envelope(json, "jobs", tally,
                    (index, job) -> collect(index, job, jobs, tally)).fields();
            String name = BoardJson.text(account, "name");
            String company = name != null && !name.isBlank() ? name : BoardUrls.boardOrId(source);
            jobs.forEach((shortcode, job) -> tally.accept(job.posting(source, shortcode, company)));
        });
    }

    private static void collect(int index, JsonNode entry, Map<String, Job> jobs,
            PostingTally tally) {
        String shortcode = BoardJson.text(entry, "shortcode");
        String title = BoardJson.text(entry, "title");
        if (!tally.hasIdAndTitle(index, shortcode, title)) {
            return;
        }
        jobs.computeIfAbsent(shortcode, code -> new Job(entry)).addLocations(entry);
    }

    /** One job and the locations of all its repeats. */
    private static final class Job {
        private final JsonNode first;
        private final List<String> locations = new ArrayList<>();

        Job(JsonNode first) {
            this.first = first;
        }

        void addLocations(JsonNode entry) {
            if (entry.path("locations").isArray()) {
                for (JsonNode location : entry.path("locations")) {
                    if (!location.path("hidden").asBoolean(false)) {
                        add(place(location, "city", "region", "country"));
                    }
                }
            } else {
                add(place(entry, "city", "state", "country"));
            }
        }

        private void add(@Nullable String location) {
            if (location != null && !locations.contains(location)) {
                locations.add(location);
            }
        }

        SourcePosting posting(SourceConfig source, String shortcode, String company) {
            List<String> tags = BoardUrls.distinct(List.of(
                    BoardJson.textOrEmpty(first, "department"),
                    BoardJson.textOrEmpty(first, "function")));
            SourcePosting.Builder builder = SourcePosting.builder(source.id(), shortcode)
                    .company(company)
                    .title(Objects.requireNonNull(BoardJson.text(first, "title")))
                    .workplaceType(first.path("telecommuting").asBoolean(false)
                            ? WorkplaceType.REMOTE : WorkplaceType.UNKNOWN)
                    .employmentType(blankToNull(BoardJson.text(first, "employment_type")))
                    .postedAt(BoardJson.text(first, "published_on"))
                    .applyUrl(Objects.requireNonNullElse(BoardJson.text(first, "url"),
                            BoardJson.textOrEmpty(first, "shortlink")))
                    .description(BoardJson.textOrEmpty(first, "description"))
                    .tags(tags);
            locations.forEach(builder::location);
            return builder.build();
        }
    }

    /** The non-blank parts of a place, joined with commas; null when all are blank. */
    private static @Nullable String place(JsonNode node, String... fields) {
        List<String> parts = new ArrayList<>();
        for (String field : fields) {
            String part = BoardJson.text(node, field);
            if (part != null && !part.isBlank()) {
                parts.add(part.strip());
            }
        }
        return parts.isEmpty() ? null : String.join(", ", parts);
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
