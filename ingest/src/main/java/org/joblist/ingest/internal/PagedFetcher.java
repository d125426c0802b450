package org.joblist.ingest.internal;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import okhttp3.HttpUrl;
import org.joblist.config.SourceConfig;
import org.joblist.ingest.BlockedException;
import org.joblist.ingest.FetchSummary;
import org.joblist.ingest.PostingSink;
import org.joblist.ingest.http.BoardClient;
import org.joblist.ingest.http.SecretParameters;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a board page after page: each page's parser hands its postings to the tally and says
 * which page comes next. Stops at the last page, or at the source's {@code maxPages}, in which
 * case the summary says the read was truncated. A page that names a page already read as the
 * next one ends the read, so a board that loops cannot keep a run going.
 */
public final class PagedFetcher {
    private static final Logger LOG = LoggerFactory.getLogger(PagedFetcher.class);

    /** The Accept header of a web page request. */
    public static final String WEB_PAGE = "text/html,application/xhtml+xml";

    private final BoardClient client;

    public PagedFetcher(BoardClient client) {
        this.client = client;
    }

    /** Reads one page's body. */
    @FunctionalInterface
    public interface PageReader {
        /**
         * @param url the page's URL
         * @param body the page's body as it streams in
         * @param tally takes the postings and counts the skipped entries
         * @return the next page's URL; null when this page is the last
         * @throws IOException when the body cannot be read or is not the board's shape
         */
        @Nullable HttpUrl read(HttpUrl url, InputStream body, PostingTally tally)
                throws IOException;
    }

    /** Fetches and reads one page, with as many requests as the page needs. */
    @FunctionalInterface
    public interface PageLoader {
        /** @see PageReader#read */
        @Nullable HttpUrl load(HttpUrl url, PostingTally tally);
    }

    /** Reads one page's JSON with a streaming parser. */
    @FunctionalInterface
    public interface JsonPageReader {
        /** @see PageReader#read */
        @Nullable HttpUrl read(HttpUrl url, JsonParser json, PostingTally tally)
                throws IOException;
    }

    /** Reads a JSON board from its first page. */
    public FetchSummary fetchJson(SourceConfig source, HttpUrl first, PostingSink sink,
            JsonPageReader reader) {
        return fetchJson(source, first, Map.of(), sink, reader);
    }

    /** Reads a JSON board from its first page, sending the given headers with every request. */
    public FetchSummary fetchJson(SourceConfig source, HttpUrl first, Map<String, String> headers,
            PostingSink sink, JsonPageReader reader) {
        return fetchPages(source, first, sink, (page, tally) -> client.get(source.id(), page,
                "application/json", headers, body -> {
                    try (JsonParser json = BoardJson.parser(body)) {
                        return reader.read(page, json, tally);
                    }
                }));
    }

    /**
     * Reads a board from its first page.
     *
     * @param accept the Accept header of every page request
     * @throws org.joblist.ingest.FetchException when a page cannot be fetched or read
     */
    public FetchSummary fetch(SourceConfig source, HttpUrl first, String accept, PostingSink sink,
            PageReader reader) {
        return fetchPages(source, first, sink, (page, tally) -> client.get(source.id(), page,
                accept, body -> reader.read(page, body, tally)));
    }

    /**
     * Reads a site's web pages from the first, each only where the site's robots.txt lets
     * joblist read it.
     *
     * @throws org.joblist.ingest.BlockedException when robots.txt disallows a page
     * @throws org.joblist.ingest.FetchException when a page cannot be fetched or read
     */
    public FetchSummary fetchWebPages(SourceConfig source, HttpUrl first, PostingSink sink,
            PageReader reader) {
        return fetchPages(source, first, sink, (page, tally) -> {
            requireAllowed(source, page);
            return client.get(source.id(), page, WEB_PAGE, body -> reader.read(page, body, tally));
        });
    }

    /** @throws org.joblist.ingest.BlockedException when the site's robots.txt disallows the page */
    private void requireAllowed(SourceConfig source, HttpUrl page) {
        if (!client.allowedByRobots(source.id(), page)) {
            throw new BlockedException(source.id(), SecretParameters.shown(page),
                    "blocked: the site's robots.txt disallows joblist this page");
        }
    }

    /**
     * Reads a board from its first page, leaving each page's requests to the loader.
     *
     * @throws org.joblist.ingest.FetchException when a page cannot be fetched or read
     */
    public FetchSummary fetchPages(SourceConfig source, HttpUrl first, PostingSink sink,
            PageLoader loader) {
        PostingTally tally = new PostingTally(source.id(), sink);
        Set<HttpUrl> read = new HashSet<>();
        HttpUrl url = first;
        int pages = 0;
        while (true) {
            HttpUrl page = url;
            read.add(page);
            int before = tally.postings();
            @Nullable HttpUrl next = loader.load(page, tally);
            pages++;
            sink.pageRead(pages, tally.postings());
            LOG.debug("source {}: page {} gave {} postings", source.id(), pages,
                    tally.postings() - before);
            if (next == null) {
                break;
            }
            if (read.contains(next)) {
                LOG.warn("source {}: page {} names {} as next, read already; stopping",
                        source.id(), pages, next);
                break;
            }
            if (pages >= source.maxPages()) {
                LOG.warn("source {}: stopped at maxPages {} before {}; the read is truncated",
                        source.id(), source.maxPages(), next);
                LOG.info("source {}: read {} postings, skipped {} entries, in {} pages (truncated)",
                        source.id(), tally.postings(), tally.skipped(), pages);
                return new FetchSummary(pages, tally.postings(), tally.skipped(), true);
            }
            url = next;
        }
        LOG.info("source {}: read {} postings, skipped {} entries, in {} pages",
                source.id(), tally.postings(), tally.skipped(), pages);
        return tally.summary(pages);
    }

    /**
     * The URL with one query parameter set, e.g. the next page's offset.
     */
    public static HttpUrl withParameter(HttpUrl url, String name, long value) {
        return url.newBuilder().setQueryParameter(name, Long.toString(value)).build();
    }

    /** The number a query parameter of the URL holds; {@code fallback} when absent or not one. */
    public static long parameter(HttpUrl url, String name, long fallback) {
        String value = url.queryParameter(name);
        if (value == null) {
            return fallback;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
