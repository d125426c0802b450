package org.joblist.ingest.ashby;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import org.joblist.ingest.internal.Salaries;
import org.jspecify.annotations.Nullable;

/**
 * Reads an Ashby job board, whose API gives every listed job of a board in one response (it has
 * no paging): {@code GET https://api.ashbyhq.com/posting-api/job-board/{board}
 * ?includeCompensation=true}, an object whose {@code jobs} array holds the postings.
 *
 * <p>Mapping: {@code id} → externalId; the board (Ashby names no company) → company;
 * {@code title}; {@code location}, then each of {@code secondaryLocations} → locations;
 * {@code workplaceType} ({@code Remote}, {@code Hybrid}, {@code OnSite}) → workplace type, and
 * only when it is absent {@code isRemote: true} → remote (Ashby sets {@code isRemote} for hybrid
 * jobs too); {@code employmentType}; {@code publishedAt} → postedAt; {@code jobUrl} → applyUrl;
 * the {@code Salary} component of {@code compensation.summaryComponents} → salary, or the
 * compensation summary text when no component has numbers; {@code descriptionHtml};
 * department and team → tags. A job with {@code isListed: false} is skipped.
 */
public final class AshbyConnector implements Connector {
    private static final HttpUrl JOB_BOARD =
            HttpUrl.get("https://api.ashbyhq.com/posting-api/job-board");

    private final JsonBoardFetcher fetcher;

    public AshbyConnector(BoardClient client) {
        this.fetcher = new JsonBoardFetcher(Objects.requireNonNull(client, "client"));
    }

    /**
     * The source's board URL: its {@code url} when set, otherwise its board's jobs with their
     * compensation.
     *
     * @throws IllegalArgumentException when the source has neither a url nor a board
     */
    public static HttpUrl boardUrl(SourceConfig source) {
        return BoardUrls.configuredOrBoard(source, board -> JOB_BOARD.newBuilder()
                .addPathSegment(board).addQueryParameter("includeCompensation", "true").build());
    }

    @Override
    public FetchSummary fetch(SourceConfig source, PostingSink sink) {
        return fetcher.fetch(source, boardUrl(source), sink,
                (json, tally) -> readBoard(json, source, tally));
    }

    private static void readBoard(JsonParser json, SourceConfig source, PostingTally tally)
            throws IOException {
        BoardJson.envelope(json, "jobs", tally, (index, job) -> readJob(index, job, source, tally));
    }

    private static void readJob(int index, JsonNode job, SourceConfig source,
            PostingTally tally) {
        String id = BoardJson.text(job, "id");
        String title = BoardJson.text(job, "title");
        if (!tally.hasIdAndTitle(index, id, title)) {
            return;
        }
        if (job.path("isListed").isBoolean() && !job.path("isListed").asBoolean()) {
            tally.skip(id, "not listed (isListed is false)");
            return;
        }
        JsonNode compensation = job.path("compensation");
        SalaryRange salary = salary(compensation);
        SourcePosting.Builder builder = SourcePosting.builder(source.id(), id)
                .company(BoardUrls.boardOrId(source))
                .title(title)
                .location(BoardJson.text(job, "location"))
                .workplaceType(workplaceType(job))
                .employmentType(BoardJson.text(job, "employmentType"))
                .postedAt(BoardJson.text(job, "publishedAt"))
                .applyUrl(Objects.requireNonNullElse(BoardJson.text(job, "jobUrl"),
                        BoardJson.textOrEmpty(job, "applyUrl")))
                .salary(salary)
                .salaryText(salary == null ? salaryText(compensation) : null)
                .description(BoardJson.textOrEmpty(job, "descriptionHtml"))
                .tags(tags(job));
        for (JsonNode secondary : job.path("secondaryLocations")) {
            builder.location(BoardJson.text(secondary, "location"));
        }
        tally.accept(builder.build());
    }

    static WorkplaceType workplaceType(JsonNode job) {
        String type = BoardJson.text(job, "workplaceType");
        if (type != null) {
            return switch (type.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "")) {
                case "remote" -> WorkplaceType.REMOTE;
                case "hybrid" -> WorkplaceType.HYBRID;
                case "onsite" -> WorkplaceType.ONSITE;
                default -> WorkplaceType.UNKNOWN;
            };
        }
        return job.path("isRemote").asBoolean(false) ? WorkplaceType.REMOTE
                : WorkplaceType.UNKNOWN;
    }

    /** The first {@code Salary} component with numbers, from the summary, else the tiers. */
    private static @Nullable SalaryRange salary(JsonNode compensation) {
        List<JsonNode> components = new ArrayList<>();
        compensation.path("summaryComponents").forEach(components::add);
        for (JsonNode tier : compensation.path("compensationTiers")) {
            tier.path("components").forEach(components::add);
        }
        for (JsonNode component : components) {
            if (!"Salary".equals(BoardJson.text(component, "compensationType"))) {
                continue;
            }
            SalaryRange range = Salaries.of(Salaries.number(component, "minValue"),
                    Salaries.number(component, "maxValue"),
                    BoardJson.text(component, "currencyCode"),
                    period(BoardJson.text(component, "interval")), SalaryOrigin.STATED);
            if (range != null) {
                return range;
            }
        }
        return null;
    }

    /** Ashby's intervals: "1 YEAR", "1 MONTH", "1 HOUR", ...; "NONE" has no period. */
    private static @Nullable PayPeriod period(@Nullable String interval) {
        if (interval == null) {
            return null;
        }
        return switch (interval.strip().toUpperCase(Locale.ROOT)) {
            case "1 YEAR" -> PayPeriod.YEAR;
            case "1 MONTH" -> PayPeriod.MONTH;
            case "1 WEEK" -> PayPeriod.WEEK;
            case "1 DAY" -> PayPeriod.DAY;
            case "1 HOUR" -> PayPeriod.HOUR;
            default -> null;
        };
    }

    private static @Nullable String salaryText(JsonNode compensation) {
        String summary = BoardJson.text(compensation, "scrapeableCompensationSalarySummary");
        return summary != null && !summary.isBlank() ? summary
                : BoardJson.text(compensation, "compensationTierSummary");
    }

    private static List<String> tags(JsonNode job) {
        return BoardUrls.distinct(List.of(BoardJson.textOrEmpty(job, "department"),
                BoardJson.textOrEmpty(job, "team")));
    }
}
