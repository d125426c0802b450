package org.joblist.ingest.jsonld;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import okhttp3.HttpUrl;
import org.joblist.config.SourceConfig;
import org.joblist.ingest.Connector;
import org.joblist.ingest.FetchException;
import org.joblist.ingest.FetchSummary;
import org.joblist.ingest.PostingSink;
import org.joblist.ingest.SalaryOrigin;
import org.joblist.ingest.SalaryRange;
import org.joblist.ingest.SourcePosting;
import org.joblist.ingest.WorkplaceType;
import org.joblist.ingest.http.BoardClient;
import org.joblist.ingest.http.UnexpectedBodyException;
import org.joblist.ingest.internal.BoardJson;
import org.joblist.ingest.internal.CompanySites;
import org.joblist.ingest.internal.PagedFetcher;
import org.joblist.ingest.internal.PayPeriods;
import org.joblist.ingest.internal.PostingTally;
import org.joblist.ingest.internal.Salaries;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the schema.org {@code JobPosting}s a career page at the source's {@code url} carries in
 * its {@code <script type="application/ld+json">} blocks, parsed with jsoup. A page may hold
 * several blocks; a block may be one object, an array, or an object whose {@code @graph} holds
 * the postings. Blocks are read leniently: trailing commas, comments, single quotes and raw line
 * breaks in strings are accepted, and a block written entity-encoded ({@code &quot;}) is decoded
 * first. A block that still cannot be read is skipped with a warning; a page with no
 * JobPosting at all fails, since a career page that lists none is more likely a changed page or
 * a challenge than an empty board.
 *
 * <p>With a {@code jobLinks} CSS selector, the page at {@code url} is a listing instead: the
 * links the selector finds lead to one page per job, and each of those is read for its
 * postings (each page counts against {@code maxPages}). Every page is read only where the site's
 * robots.txt allows it.
 *
 * <p>Mapping: {@code identifier} (text or {@code PropertyValue}), else {@code url}, else the page
 * URL with the posting's place → externalId; {@code hiringOrganization.name} → company, its
 * {@code sameAs} (one or a list), else its {@code url}, when that is the company's own site
 * (an absolute http(s) URL, no network profile, not a page of the career page's site other than
 * its front page) → companyUrl; {@code title}; each {@code jobLocation}'s address
 * (locality, region, country), then each {@code applicantLocationRequirements} name →
 * locations; {@code jobLocationType: TELECOMMUTE} → remote; {@code employmentType} (joined when
 * a list); {@code datePosted} → postedAt; {@code url}, else the page → applyUrl;
 * {@code baseSalary} → salary; {@code description}.
 */
public final class JsonLdConnector implements Connector {
    private static final Logger LOG = LoggerFactory.getLogger(JsonLdConnector.class);
    private static final JsonMapper LENIENT = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .enable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .build();

    private final PagedFetcher fetcher;

    public JsonLdConnector(BoardClient client) {
        this.fetcher = new PagedFetcher(Objects.requireNonNull(client, "client"));
    }

    /**
     * The source's career page.
     *
     * @throws IllegalArgumentException when the source has no url
     */
    public static HttpUrl boardUrl(SourceConfig source) {
        if (source.url() == null) {
            throw new IllegalArgumentException(
                    "source " + source.id() + ": a jsonld source needs a url");
        }
        return HttpUrl.get(source.url().toString());
    }

    @Override
    public FetchSummary fetch(SourceConfig source, PostingSink sink) {
        String jobLinks = source.setting("jobLinks");
        if (jobLinks == null) {
            return fetcher.fetchWebPages(source, boardUrl(source), sink, (url, body, tally) -> {
                requirePostings(readPage(url, body, source, tally));
                return null;
            });
        }
        return fetchJobPages(source, jobLinks, sink);
    }

    /**
     * Reads a listing page for the links its {@code jobLinks} selector finds, then each linked
     * page's postings. A job page without any is skipped with a warning; all of them without any
     * fails the source, as one page without any does.
     */
    private FetchSummary fetchJobPages(SourceConfig source, String jobLinks, PostingSink sink) {
        HttpUrl listing = boardUrl(source);
        Deque<HttpUrl> jobPages = new ArrayDeque<>();
        int[] blocks = {0};
        FetchSummary summary = fetcher.fetchWebPages(source, listing, sink, (url, body, tally) -> {
            if (url.equals(listing)) {
                jobPages.addAll(links(url, body, jobLinks));
                if (jobPages.isEmpty()) {
                    throw new UnexpectedBodyException("found no links matching jobLinks \""
                            + jobLinks + "\"");
                }
                LOG.debug("source {}: {} job pages linked from {}", source.id(), jobPages.size(),
                        url);
            } else {
                PageBlocks page = readPage(url, body, source, tally);
                blocks[0] += page.blocks();
                if (page.postings() == 0) {
                    LOG.warn("source {}: {}: no schema.org JobPosting in the page's {} JSON-LD"
                            + " blocks; skipped", source.id(), url, page.blocks());
                    tally.skip(url.toString(), "no JobPosting");
                }
            }
            return jobPages.poll();
        });
        if (summary.postings() == 0 && !summary.truncated()) {
            throw new FetchException(source.id(), listing.toString(), null, "found no schema.org"
                    + " JobPosting on the " + (summary.pages() - 1) + " pages its job links"
                    + " lead to (" + blocks[0] + " JSON-LD blocks)", null);
        }
        return summary;
    }

    /** The distinct http(s) targets of the links the selector finds, in page order. */
    private static Set<HttpUrl> links(HttpUrl url, InputStream body, String selector)
            throws IOException {
        Document page = Jsoup.parse(body, null, url.toString());
        Set<HttpUrl> links = new LinkedHashSet<>();
        for (Element link : page.select(selector)) {
            HttpUrl target = HttpUrl.parse(link.attr("abs:href"));
            if (target != null && !target.equals(url)) {
                links.add(target.newBuilder().fragment(null).build());
            }
        }
        return links;
    }

    /** How many JSON-LD blocks a page held, and how many postings they gave. */
    private record PageBlocks(int blocks, int postings) {
    }

    private static void requirePostings(PageBlocks page) throws UnexpectedBodyException {
        if (page.postings() == 0) {
            throw new UnexpectedBodyException("found no schema.org JobPosting in the page's "
                    + page.blocks() + " JSON-LD blocks");
        }
    }

    private static PageBlocks readPage(HttpUrl url, InputStream body, SourceConfig source,
            PostingTally tally) throws IOException {
        Document page = Jsoup.parse(body, null, url.toString());
        List<JsonNode> postings = new ArrayList<>();
        int blocks = 0;
        for (Element script : page.select("script[type=application/ld+json]")) {
            blocks++;
            JsonNode block = parse(script.data(), source, blocks);
            if (block != null) {
                collect(block, postings);
            }
        }
        for (int index = 0; index < postings.size(); index++) {
            readPosting(index, postings.get(index), url, source, tally);
        }
        return new PageBlocks(blocks, postings.size());
    }

    /** A block as JSON: as written, else entity-decoded; null when neither reads. */
    private static @Nullable JsonNode parse(String text, SourceConfig source, int block) {
        try {
            return LENIENT.readTree(text.strip());
        } catch (JsonProcessingException first) {
            try {
                return LENIENT.readTree(Parser.unescapeEntities(text.strip(), false));
            } catch (JsonProcessingException e) {
                LOG.warn("source {}: skipped JSON-LD block {}: {}", source.id(), block,
                        e.getOriginalMessage());
                return null;
            }
        }
    }

    /** Adds the JobPostings of a block: the node itself, an array's, or its @graph's. */
    private static void collect(JsonNode node, List<JsonNode> postings) {
        if (node.isArray()) {
            node.forEach(element -> collect(element, postings));
        } else if (node.isObject()) {
            if (isJobPosting(node)) {
                postings.add(node);
            }
            if (node.has("@graph")) {
                collect(node.get("@graph"), postings);
            }
        }
    }

    private static boolean isJobPosting(JsonNode node) {
        JsonNode type = node.path("@type");
        if (type.isArray()) {
            for (JsonNode each : type) {
                if (each.asText().endsWith("JobPosting")) {
                    return true;
                }
            }
            return false;
        }
        return type.asText().endsWith("JobPosting");
    }

    private static void readPosting(int index, JsonNode posting, HttpUrl page, SourceConfig source,
            PostingTally tally) {
        String url = BoardJson.text(posting, "url");
        String id = identifier(posting.path("identifier"));
        if (id == null) {
            id = url != null ? url : page + "#" + index;
        }
        String title = text(BoardJson.text(posting, "title"));
        if (!tally.hasIdAndTitle(index, id, title)) {
            return;
        }
        JsonNode organization = posting.path("hiringOrganization");
        String company = organization.isTextual() ? organization.asText()
                : BoardJson.text(organization, "name");
        SourcePosting.Builder builder = SourcePosting.builder(source.id(), id)
                .company(text(company == null ? "" : company))
                .title(title)
                .workplaceType("TELECOMMUTE".equalsIgnoreCase(
                        BoardJson.text(posting, "jobLocationType")) ? WorkplaceType.REMOTE
                        : WorkplaceType.UNKNOWN)
                .employmentType(joined(posting.path("employmentType")))
                .postedAt(BoardJson.text(posting, "datePosted"))
                .applyUrl(applyUrl(page, url))
                .companyUrl(companyUrl(organization, page))
                .salary(salary(posting.path("baseSalary")))
                .description(BoardJson.textOrEmpty(posting, "description"));
        for (JsonNode place : list(posting.path("jobLocation"))) {
            builder.location(address(place.path("address")));
        }
        for (JsonNode place : list(posting.path("applicantLocationRequirements"))) {
            builder.location(place.isTextual() ? place.asText() : BoardJson.text(place, "name"));
        }
        tally.accept(builder.build());
    }

    /**
     * The hiring organization's own site: its {@code sameAs} (Google's guide for job postings
     * puts the company's website there), each of a list in turn, else its {@code url}; profiles
     * on networks and the page's own site are passed over (see {@link CompanySites}).
     */
    private static @Nullable String companyUrl(JsonNode organization, HttpUrl page) {
        List<JsonNode> candidates = list(organization.path("sameAs"));
        candidates.addAll(list(organization.path("url")));
        for (JsonNode candidate : candidates) {
            String site = candidate.isTextual() ? CompanySites.site(candidate.asText(), page)
                    : null;
            if (site != null) {
                return site;
            }
        }
        return null;
    }

    /** The posting's url made absolute against the page; the page itself when it has none. */
    private static String applyUrl(HttpUrl page, @Nullable String url) {
        HttpUrl resolved = url == null ? null : page.resolve(url);
        return resolved != null ? resolved.toString() : url != null ? url : page.toString();
    }

    private static @Nullable String identifier(JsonNode identifier) {
        if (identifier.isValueNode() && !identifier.isNull()) {
            return identifier.asText();
        }
        return BoardJson.text(identifier, "value");
    }

    /** A PostalAddress as "locality, region, country", or the text it is. */
    private static @Nullable String address(JsonNode address) {
        if (address.isTextual()) {
            return address.asText();
        }
        List<String> parts = new ArrayList<>();
        for (String field : List.of("addressLocality", "addressRegion", "addressCountry")) {
            JsonNode value = address.path(field);
            String part = value.isObject() ? BoardJson.text(value, "name")
                    : value.isValueNode() && !value.isNull() ? value.asText() : null;
            if (part != null && !part.isBlank() && !parts.contains(part.strip())) {
                parts.add(part.strip());
            }
        }
        return parts.isEmpty() ? null : String.join(", ", parts);
    }

    /** A MonetaryAmount with a QuantitativeValue, or a plain number. */
    private static @Nullable SalaryRange salary(JsonNode base) {
        if (!base.isObject()) {
            return null;
        }
        JsonNode value = base.path("value");
        if (value.isObject()) {
            return Salaries.of(first(value, "minValue", "value"), first(value, "maxValue", "value"),
                    BoardJson.text(base, "currency"),
                    PayPeriods.of(BoardJson.text(value, "unitText")), SalaryOrigin.STATED);
        }
        return Salaries.of(Salaries.number(base, "value"), Salaries.number(base, "value"),
                BoardJson.text(base, "currency"), PayPeriods.of(BoardJson.text(base, "unitText")),
                SalaryOrigin.STATED);
    }

    private static @Nullable BigDecimal first(JsonNode node, String field, String fallback) {
        BigDecimal value = Salaries.number(node, field);
        return value != null ? value : Salaries.number(node, fallback);
    }

    private static List<JsonNode> list(JsonNode node) {
        List<JsonNode> list = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(list::add);
        } else if (!node.isMissingNode() && !node.isNull()) {
            list.add(node);
        }
        return list;
    }

    private static @Nullable String joined(JsonNode node) {
        List<String> values = new ArrayList<>();
        for (JsonNode value : list(node)) {
            if (value.isValueNode() && !value.asText().isBlank()) {
                values.add(value.asText());
            }
        }
        return values.isEmpty() ? null : String.join(", ", values);
    }

    /** Text with HTML entities decoded once, as pages that escape their JSON-LD write it. */
    private static String text(@Nullable String text) {
        return text == null ? "" : Parser.unescapeEntities(text, false).strip();
    }
}
