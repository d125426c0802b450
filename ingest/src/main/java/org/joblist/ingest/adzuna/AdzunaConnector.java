package org.joblist.ingest.adzuna;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import okhttp3.HttpUrl;
import org.joblist.config.SourceConfig;
import org.joblist.ingest.Connector;
import org.joblist.ingest.FetchException;
import org.joblist.ingest.FetchSummary;
import org.joblist.ingest.PayPeriod;
import org.joblist.ingest.PostingSink;
import org.joblist.ingest.SalaryOrigin;
import org.joblist.ingest.SourcePosting;
import org.joblist.ingest.http.BoardClient;
import org.joblist.ingest.internal.BoardJson;
import org.joblist.ingest.internal.PagedFetcher;
import org.joblist.ingest.internal.PostingTally;
import org.joblist.ingest.internal.Salaries;
import org.jspecify.annotations.Nullable;

/**
 * Reads Adzuna's search results for one country, 50 a page:
 * {@code GET https://api.adzuna.com/v1/api/jobs/{country}/search/{page}?app_id=..&app_key=..
 * &results_per_page=50}, an object with {@code count} and a {@code results} array, pages counted
 * from 1 and followed until {@code count} is reached. The source's {@code what} and
 * {@code where} settings narrow the search; {@code appId} and {@code appKey} come from the
 * environment, and the key is blanked out of every error this connector raises.
 *
 * <p>Mapping: {@code id} → externalId; {@code company.display_name} → company; {@code title};
 * {@code location.display_name} → location; {@code contract_time} and {@code contract_type}
 * joined → employmentType; {@code created} → postedAt; {@code redirect_url} → applyUrl;
 * {@code salary_min}/{@code salary_max} as yearly amounts in the country's currency (the payload
 * names none), {@link SalaryOrigin#PREDICTED} when {@code salary_is_predicted} is "1";
 * {@code description}; {@code category.label} → tags.
 */
public final class AdzunaConnector implements Connector {
    private static final HttpUrl JOBS = HttpUrl.get("https://api.adzuna.com/v1/api/jobs");
    private static final Map<String, String> CURRENCIES = Map.ofEntries(
            Map.entry("at", "EUR"), Map.entry("au", "AUD"), Map.entry("be", "EUR"),
            Map.entry("br", "BRL"), Map.entry("ca", "CAD"), Map.entry("ch", "CHF"),
            Map.entry("de", "EUR"), Map.entry("es", "EUR"), Map.entry("fr", "EUR"),
            Map.entry("gb", "GBP"), Map.entry("in", "INR"), Map.entry("it", "EUR"),
            Map.entry("mx", "MXN"), Map.entry("nl", "EUR"), Map.entry("nz", "NZD"),
            Map.entry("pl", "PLN"), Map.entry("sg", "SGD"), Map.entry("us", "USD"),
            Map.entry("za", "ZAR"));
    static final int PAGE_SIZE = 50;

    private final PagedFetcher fetcher;

    public AdzunaConnector(BoardClient client) {
        this.fetcher = new PagedFetcher(Objects.requireNonNull(client, "client"));
    }

    /**
     * The first page, without the credentials: the source's {@code url} when set, otherwise its
     * country's first page of results with its {@code what} and {@code where}.
     *
     * @throws IllegalArgumentException when the source has neither a url nor a country
     */
    public static HttpUrl boardUrl(SourceConfig source) {
        if (source.url() != null) {
            return HttpUrl.get(source.url().toString());
        }
        String country = source.setting("country");
        if (country == null) {
            throw new IllegalArgumentException(
                    "source " + source.id() + ": an adzuna source needs a country or a url");
        }
        HttpUrl.Builder url = JOBS.newBuilder().addPathSegment(country.toLowerCase(Locale.ROOT))
                .addPathSegment("search").addPathSegment("1")
                .addQueryParameter("results_per_page", Integer.toString(PAGE_SIZE));
        for (String key : List.of("what", "where")) {
            String value = source.setting(key);
            if (value != null) {
                url.addQueryParameter(key, value);
            }
        }
        return url.build();
    }

    /** The currency of a country's endpoint; null for a country this does not know. */
    static @Nullable Currency currency(@Nullable String country) {
        String code = country == null ? null : CURRENCIES.get(country.toLowerCase(Locale.ROOT));
        return code == null ? null : Currency.getInstance(code);
    }

    @Override
    public FetchSummary fetch(SourceConfig source, PostingSink sink) {
        // Adzuna takes its key only in the query; the client masks it in logs, errors and
        // recorded cassettes (SecretParameters).
        HttpUrl first = boardUrl(source).newBuilder()
                .setQueryParameter("app_id", Objects.requireNonNullElse(source.secret("appId"), ""))
                .setQueryParameter("app_key",
                        Objects.requireNonNullElse(source.secret("appKey"), ""))
                .build();
        String country = country(first, source);
        try {
            return fetcher.fetchJson(source, first, sink,
                    (url, json, tally) -> readPage(url, json, source, country, tally));
        } catch (FetchException e) {
            throw withoutKey(e, source.secret("appKey"));
        }
    }

    private static String country(HttpUrl first, SourceConfig source) {
        String setting = source.setting("country");
        if (setting != null) {
            return setting;
        }
        List<String> segments = first.pathSegments();
        int search = segments.indexOf("search");
        return search > 0 ? segments.get(search - 1) : "";
    }

    private static @Nullable HttpUrl readPage(HttpUrl url, JsonParser json, SourceConfig source,
            String country, PostingTally tally) throws IOException {
        BoardJson.Envelope envelope = BoardJson.envelope(json, "results", tally,
                (index, job) -> readJob(index, job, source, country, tally));
        List<String> segments = url.pathSegments();
        long page = parsePage(segments.get(segments.size() - 1));
        long perPage = PagedFetcher.parameter(url, "results_per_page", PAGE_SIZE);
        if (envelope.entries() == 0 || page < 1
                || page * perPage >= envelope.fields().path("count").asLong(0)) {
            return null;
        }
        return url.newBuilder().setPathSegment(segments.size() - 1, Long.toString(page + 1))
                .build();
    }

    private static long parsePage(String segment) {
        try {
            return Long.parseLong(segment);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static void readJob(int index, JsonNode job, SourceConfig source, String country,
            PostingTally tally) {
        String id = BoardJson.text(job, "id");
        String title = BoardJson.text(job, "title");
        if (!tally.hasIdAndTitle(index, id, title)) {
            return;
        }
        Currency currency = currency(country);
        SalaryOrigin origin = "1".equals(BoardJson.text(job, "salary_is_predicted"))
                ? SalaryOrigin.PREDICTED : SalaryOrigin.STATED;
        List<String> contract = new ArrayList<>();
        for (String field : List.of("contract_time", "contract_type")) {
            String value = BoardJson.text(job, field);
            if (value != null && !value.isBlank()) {
                contract.add(value);
            }
        }
        String category = BoardJson.text(job.path("category"), "label");
        tally.accept(SourcePosting.builder(source.id(), id)
                .company(BoardJson.textOrEmpty(job.path("company"), "display_name"))
                .title(title)
                .location(BoardJson.text(job.path("location"), "display_name"))
                .employmentType(contract.isEmpty() ? null : String.join(", ", contract))
                .postedAt(BoardJson.text(job, "created"))
                .applyUrl(BoardJson.textOrEmpty(job, "redirect_url"))
                .salary(Salaries.of(Salaries.number(job, "salary_min"),
                        Salaries.number(job, "salary_max"),
                        currency == null ? null : currency.getCurrencyCode(), PayPeriod.YEAR,
                        origin))
                .description(BoardJson.textOrEmpty(job, "description"))
                .tags(category == null || category.isBlank() ? List.of() : List.of(category))
                .build());
    }

    /** The same failure with the API key blanked out of its URL and message. */
    private static FetchException withoutKey(FetchException e, @Nullable String key) {
        if (key == null || key.isEmpty() || !e.getMessage().contains(key)) {
            return e;
        }
        String reason = e.getMessage().substring(
                ("source " + e.sourceId() + ": " + e.url() + ": ").length());
        return new FetchException(e.sourceId(), e.url().replace(key, "***"), e.status(),
                reason.replace(key, "***"), null);
    }
}
