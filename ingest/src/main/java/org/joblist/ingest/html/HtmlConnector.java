package org.joblist.ingest.html;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import okhttp3.HttpUrl;
import org.joblist.config.SourceConfig;
import org.joblist.ingest.Connector;
import org.joblist.ingest.FetchException;
import org.joblist.ingest.FetchSummary;
import org.joblist.ingest.PostingSink;
import org.joblist.ingest.SourcePosting;
import org.joblist.ingest.http.BoardClient;
import org.joblist.ingest.internal.PagedFetcher;
import org.joblist.ingest.internal.PostingTally;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.QueryParser;
import org.jsoup.select.Selector;
import org.jspecify.annotations.Nullable;

/**
 * Reads a board without an API from its HTML, as the source's config describes it with CSS
 * selectors (jsoup): {@code selectors.item} picks each posting on a page; inside it
 * {@code title} (required), {@code company}, {@code location}, {@code date} and {@code link}
 * pick its parts; {@code nextPage} on the page picks the link to the next page, followed until
 * there is none or {@code maxPages} is reached.
 *
 * <p>Mapping: the link's absolute {@code href} (the title's own link when no {@code link}
 * selector is set, or the title's first link inside it) → externalId and applyUrl; the
 * selected texts → title, company (the source's {@code company} setting, else the board, when no
 * selector is set), location and postedAt ({@code datetime} attribute when the date element has
 * one); the item's inner HTML → description.
 */
public final class HtmlConnector implements Connector {
    private final PagedFetcher fetcher;

    public HtmlConnector(BoardClient client) {
        this.fetcher = new PagedFetcher(Objects.requireNonNull(client, "client"));
    }

    /**
     * The board's first page.
     *
     * @throws IllegalArgumentException when the source has no url
     */
    public static HttpUrl boardUrl(SourceConfig source) {
        if (source.url() == null) {
            throw new IllegalArgumentException(
                    "source " + source.id() + ": an html source needs a url");
        }
        return HttpUrl.get(source.url().toString());
    }

    @Override
    public FetchSummary fetch(SourceConfig source, PostingSink sink) {
        checkSelectors(source);
        return fetcher.fetchWebPages(source, boardUrl(source), sink,
                (url, body, tally) -> readPage(url, body, source, tally));
    }

    private static @Nullable HttpUrl readPage(HttpUrl url, InputStream body, SourceConfig source,
            PostingTally tally) throws IOException {
        Document page = Jsoup.parse(body, null, url.toString());
        int index = 0;
        for (Element item : select(page, source, "item")) {
            readItem(index++, item, url, source, tally);
        }
        String next = source.setting("selectors.nextPage");
        if (next == null) {
            return null;
        }
        Element link = page.selectFirst(next);
        String href = link == null ? "" : link.attr("abs:href");
        return href.isEmpty() ? null : HttpUrl.parse(href);
    }

    private static void readItem(int index, Element item, HttpUrl page, SourceConfig source,
            PostingTally tally) {
        Element title = part(item, source, "title");
        Element link = source.setting("selectors.link") != null ? part(item, source, "link")
                : title != null && title.is("a[href]") ? title
                : title != null ? title.selectFirst("a[href]") : null;
        String href = link == null ? null : blankToNull(link.attr("abs:href"));
        String titleText = title == null ? null : blankToNull(title.text());
        if (!tally.hasIdAndTitle(index, href != null ? href : titleText == null ? null
                : page + "#" + titleText, titleText)) {
            return;
        }
        Element date = part(item, source, "date");
        String fixedCompany = source.setting("company");
        String id = href != null ? href : page + "#" + titleText;
        tally.accept(SourcePosting.builder(source.id(), id)
                .company(source.setting("selectors.company") != null
                        ? textOf(part(item, source, "company"))
                        : fixedCompany != null ? fixedCompany
                        : source.board() != null ? source.board() : source.id())
                .title(titleText)
                .location(blankToNull(textOf(part(item, source, "location"))))
                .postedAt(date == null ? null : date.hasAttr("datetime") ? date.attr("datetime")
                        : blankToNull(date.text()))
                .applyUrl(href != null ? href : page.toString())
                .description(item.html())
                .build());
    }

    /** Fails the source, before any request, on a selector jsoup cannot read. */
    private static void checkSelectors(SourceConfig source) {
        source.settings().forEach((key, selector) -> {
            if (key.startsWith("selectors.")) {
                try {
                    QueryParser.parse(selector);
                } catch (Selector.SelectorParseException e) {
                    throw new FetchException(source.id(), boardUrl(source).toString(), null,
                            key + ": \"" + selector + "\" is not a CSS selector ("
                                    + e.getMessage() + ")", e);
                }
            }
        });
    }

    private static Iterable<Element> select(Document page, SourceConfig source, String name) {
        return page.select(Objects.requireNonNull(source.setting("selectors." + name),
                "selectors." + name));
    }

    private static @Nullable Element part(Element item, SourceConfig source, String name) {
        String selector = source.setting("selectors." + name);
        if (selector == null) {
            return null;
        }
        return item.selectFirst(selector);
    }

    private static String textOf(@Nullable Element element) {
        return element == null ? "" : element.text().strip();
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
