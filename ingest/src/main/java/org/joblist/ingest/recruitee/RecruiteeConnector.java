package org.joblist.ingest.recruitee;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
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
import org.joblist.ingest.internal.BoardJson;
import org.joblist.ingest.internal.BoardUrls;
import org.joblist.ingest.internal.JsonBoardFetcher;
import org.joblist.ingest.internal.PayPeriods;
import org.joblist.ingest.internal.PostingTally;
import org.joblist.ingest.internal.Salaries;
import org.jspecify.annotations.Nullable;

/**
 * Reads a Recruitee career site, whose API gives all published offers in one response:
 * {@code GET https://{company}.recruitee.com/api/offers/}, an object with an {@code offers}
 * array.
 *
 * <p>Mapping: {@code id} → externalId; {@code company_name}, or the board → company;
 * {@code title}; each of {@code locations} (city, state, country), or {@code location} as
 * written when there is no such list → locations; {@code remote}, {@code hybrid},
 * {@code on_site} (the first true one, in that order) → workplace type;
 * {@code employment_type_code} → employmentType; {@code published_at} → postedAt;
 * {@code updated_at}; {@code careers_url} → applyUrl; {@code salary} min/max/currency/period →
 * salary; {@code description} then {@code requirements} → description; department, then
 * {@code tags} → tags.
 */
public final class RecruiteeConnector implements Connector {
    private final JsonBoardFetcher fetcher;

    public RecruiteeConnector(BoardClient client) {
        this.fetcher = new JsonBoardFetcher(Objects.requireNonNull(client, "client"));
    }

    /**
     * The source's board URL: its {@code url} when set, otherwise its career site's offers.
     *
     * @throws IllegalArgumentException when the source has neither a url nor a board
     */
    public static HttpUrl boardUrl(SourceConfig source) {
        return BoardUrls.configuredOrBoard(source, board -> new HttpUrl.Builder().scheme("https")
                .host(board + ".recruitee.com").addPathSegments("api/offers/").build());
    }

    @Override
    public FetchSummary fetch(SourceConfig source, PostingSink sink) {
        return fetcher.fetch(source, boardUrl(source), sink, (json, tally) -> BoardJson.envelope(
                json, "offers", tally, (index, offer) -> readOffer(index, offer, source, tally)));
    }

    private static void readOffer(int index, JsonNode offer, SourceConfig source,
            PostingTally tally) {
        String id = BoardJson.text(offer, "id");
        String title = BoardJson.text(offer, "title");
        if (!tally.hasIdAndTitle(index, id, title)) {
            return;
        }
        String company = BoardJson.text(offer, "company_name");
        JsonNode salary = offer.path("salary");
        SourcePosting.Builder builder = SourcePosting.builder(source.id(), id)
                .company(company != null && !company.isBlank() ? company
                        : BoardUrls.boardOrId(source))
                .title(title)
                .workplaceType(workplaceType(offer))
                .employmentType(BoardJson.text(offer, "employment_type_code"))
                .postedAt(BoardJson.text(offer, "published_at"))
                .updatedAt(BoardJson.text(offer, "updated_at"))
                .applyUrl(BoardJson.textOrEmpty(offer, "careers_url"))
                .salary(Salaries.of(Salaries.number(salary, "min"), Salaries.number(salary, "max"),
                        BoardJson.text(salary, "currency"),
                        PayPeriods.of(BoardJson.text(salary, "period")), SalaryOrigin.STATED))
                .description(BoardJson.textOrEmpty(offer, "description")
                        + BoardJson.textOrEmpty(offer, "requirements"))
                .tags(tags(offer));
        List<String> places = new ArrayList<>();
        for (JsonNode location : offer.path("locations")) {
            String place = place(location);
            if (place != null && !places.contains(place)) {
                places.add(place);
            }
        }
        if (places.isEmpty()) {
            builder.location(BoardJson.text(offer, "location"));
        }
        places.forEach(builder::location);
        tally.accept(builder.build());
    }

    private static WorkplaceType workplaceType(JsonNode offer) {
        if (offer.path("remote").asBoolean(false)) {
            return WorkplaceType.REMOTE;
        }
        if (offer.path("hybrid").asBoolean(false)) {
            return WorkplaceType.HYBRID;
        }
        return offer.path("on_site").asBoolean(false) ? WorkplaceType.ONSITE
                : WorkplaceType.UNKNOWN;
    }

    private static @Nullable String place(JsonNode location) {
        List<String> parts = new ArrayList<>();
        for (String field : List.of("city", "state", "country")) {
            String part = BoardJson.text(location, field);
            if (part != null && !part.isBlank() && !parts.contains(part.strip())) {
                parts.add(part.strip());
            }
        }
        return parts.isEmpty() ? BoardJson.text(location, "name") : String.join(", ", parts);
    }

    private static List<String> tags(JsonNode offer) {
        List<String> tags = new ArrayList<>();
        String department = BoardJson.text(offer, "department");
        if (department != null && !department.isBlank()) {
            tags.add(department);
        }
        tags.addAll(BoardJson.values(offer.path("tags")));
        return tags;
    }
}
