package org.joblist.ingest.himalayas;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
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
import org.joblist.ingest.internal.PagedFetcher;
import org.joblist.ingest.internal.PayPeriods;
import org.joblist.ingest.internal.PostingTally;
import org.joblist.ingest.internal.Salaries;
import org.jspecify.annotations.Nullable;

/**
 * Reads Himalayas, a board of remote jobs, {@code limit} at a time:
 * {@code GET https://himalayas.app/jobs/api?offset=N&limit=20}, an object with
 * {@code totalCount} and a {@code jobs} array. Pages are followed until the offset reaches
 * {@code totalCount} or a page comes back empty; the board holds about a hundred thousand jobs,
 * so {@code maxPages} decides how much of it a run reads.
 *
 * <p>Mapping: {@code guid}, or {@code applicationLink} → externalId; {@code companyName}, or
 * {@code companySlug} when the name is a placeholder (blank, or sharing no word with the slug)
 * → company; {@code title}; each of {@code locationRestrictions} → locations (the countries
 * whose residents may apply); workplace type {@link WorkplaceType#REMOTE}; {@code employmentType};
 * {@code pubDate} (epoch seconds) → postedAt; {@code applicationLink} → applyUrl;
 * {@code minSalary}/{@code maxSalary}/{@code currency}/{@code salaryPeriod} → salary;
 * {@code description}; {@code categories} → tags.
 */
public final class HimalayasConnector implements Connector {
    private static final HttpUrl API = HttpUrl.get("https://himalayas.app/jobs/api");
    private static final Set<String> PLACEHOLDERS = Set.of("company", "confidential",
            "anonymous", "hidden", "stealth", "undisclosed", "n/a", "na", "unknown");
    static final int PAGE_SIZE = 20;

    private final PagedFetcher fetcher;

    public HimalayasConnector(BoardClient client) {
        this.fetcher = new PagedFetcher(Objects.requireNonNull(client, "client"));
    }

    /** The first page: the source's {@code url} or the API, with offset and limit added. */
    public static HttpUrl boardUrl(SourceConfig source) {
        return BoardUrls.withDefaults(BoardUrls.configuredOr(source, API),
                "offset", "0", "limit", Integer.toString(PAGE_SIZE));
    }

    @Override
    public FetchSummary fetch(SourceConfig source, PostingSink sink) {
        return fetcher.fetchJson(source, boardUrl(source), sink,
                (url, json, tally) -> readPage(url, json, source, tally));
    }

    private static @Nullable HttpUrl readPage(HttpUrl url, JsonParser json, SourceConfig source,
            PostingTally tally) throws IOException {
        BoardJson.Envelope envelope = BoardJson.envelope(json, "jobs", tally,
                (index, job) -> readJob(index, job, source, tally));
        long offset = PagedFetcher.parameter(url, "offset", 0) + envelope.entries();
        if (envelope.entries() == 0
                || offset >= envelope.fields().path("totalCount").asLong(0)) {
            return null;
        }
        return PagedFetcher.withParameter(url, "offset", offset);
    }

    private static void readJob(int index, JsonNode job, SourceConfig source,
            PostingTally tally) {
        String link = BoardJson.text(job, "applicationLink");
        String guid = BoardJson.text(job, "guid");
        String title = BoardJson.text(job, "title");
        if (!tally.hasIdAndTitle(index, guid != null ? guid : link, title)) {
            return;
        }
        SourcePosting.Builder builder = SourcePosting.builder(source.id(),
                        guid != null ? guid : link)
                .company(company(BoardJson.text(job, "companyName"),
                        BoardJson.text(job, "companySlug")))
                .title(title)
                // A remote-only board: its locations say who may apply, not where an office is.
                .workplaceType(WorkplaceType.REMOTE)
                .employmentType(BoardJson.text(job, "employmentType"))
                .postedAt(BoardJson.text(job, "pubDate"))
                .applyUrl(Objects.requireNonNullElse(link, guid))
                .salary(Salaries.of(Salaries.number(job, "minSalary"),
                        Salaries.number(job, "maxSalary"), BoardJson.text(job, "currency"),
                        PayPeriods.of(BoardJson.text(job, "salaryPeriod")), SalaryOrigin.STATED))
                .description(BoardJson.textOrEmpty(job, "description"))
                .tags(BoardJson.values(job.path("categories")));
        BoardJson.values(job.path("locationRestrictions")).forEach(builder::location);
        tally.accept(builder.build());
    }

    /** The company name, or the slug when the name is blank or a placeholder. */
    static String company(@Nullable String name, @Nullable String slug) {
        if (slug == null || slug.isBlank()) {
            return name == null ? "" : name;
        }
        if (name == null || name.isBlank()
                || PLACEHOLDERS.contains(name.strip().toLowerCase(Locale.ROOT))) {
            return slug;
        }
        List<String> slugWords = Arrays.asList(slug.toLowerCase(Locale.ROOT).split("-"));
        for (String word : name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty() && slugWords.contains(word)) {
                return name;
            }
        }
        return slug;
    }
}
