package org.joblist.ingest.rss;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import okhttp3.HttpUrl;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.JDOMException;
import org.jdom2.input.SAXBuilder;
import org.joblist.config.SourceConfig;
import org.joblist.ingest.Connector;
import org.joblist.ingest.FetchSummary;
import org.joblist.ingest.PostingSink;
import org.joblist.ingest.SourcePosting;
import org.joblist.ingest.http.BoardClient;
import org.joblist.ingest.http.UnexpectedBodyException;
import org.joblist.ingest.internal.CompanySites;
import org.joblist.ingest.internal.PagedFetcher;
import org.joblist.ingest.internal.PostingTally;
import org.jspecify.annotations.Nullable;

/**
 * Reads an RSS 2.0 or Atom job feed at the source's {@code url} with Rome, one response (a feed
 * shows its latest items only, so postings that leave it are closed by age, not by absence).
 *
 * <p>Mapping: {@code guid} / Atom {@code id}, or the link → externalId; the author
 * ({@code dc:creator}, Atom {@code author}) → company, or, when the feed names none and the
 * title reads "Company: Role" (as We Work Remotely writes it), the part before the first ": "
 * → company and the rest → title; the link → applyUrl; the published date, or the updated one,
 * as an ISO 8601 instant → postedAt; the description or content → description; categories,
 * then comma-separated {@code skills} → tags. Job-board extensions are read when present:
 * {@code region} → location, {@code type} → employmentType; the "URL:" link of the company
 * header We Work Remotely opens a description with ({@link CompanyHeader}) → companyUrl, when
 * it is an absolute http(s) URL of the company's own site.
 */
public final class RssConnector implements Connector {
    private final PagedFetcher fetcher;

    public RssConnector(BoardClient client) {
        this.fetcher = new PagedFetcher(Objects.requireNonNull(client, "client"));
    }

    /**
     * The source's feed URL.
     *
     * @throws IllegalArgumentException when the source has no url
     */
    public static HttpUrl boardUrl(SourceConfig source) {
        if (source.url() == null) {
            throw new IllegalArgumentException(
                    "source " + source.id() + ": an rss source needs a url");
        }
        return HttpUrl.get(source.url().toString());
    }

    @Override
    public FetchSummary fetch(SourceConfig source, PostingSink sink) {
        return fetcher.fetch(source, boardUrl(source),
                "application/rss+xml, application/atom+xml, application/xml;q=0.9", sink,
                (url, body, tally) -> {
                    readFeed(url, body, source, tally);
                    return null;
                });
    }

    private static void readFeed(HttpUrl url, InputStream body, SourceConfig source,
            PostingTally tally) throws IOException {
        Document document;
        SyndFeed feed;
        try {
            SAXBuilder builder = new SAXBuilder();
            builder.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            builder.setExpandEntities(false);
            document = builder.build(new XmlReader(body));
            feed = new SyndFeedInput().build(document);
        } catch (JDOMException | FeedException | IllegalArgumentException e) {
            throw new UnexpectedBodyException("body is not an RSS or Atom feed ("
                    + Objects.requireNonNullElse(e.getMessage(), e.toString())
                            .replaceAll("\\s+", " ").strip() + ")");
        }
        List<Element> items = items(document.getRootElement());
        List<SyndEntry> entries = feed.getEntries();
        for (int index = 0; index < entries.size(); index++) {
            Element item = index < items.size() ? items.get(index) : null;
            readEntry(index, entries.get(index), item, url, source, tally);
        }
    }

    /**
     * The feed's item elements in order: Rome drops RSS elements it does not know, such as We
     * Work Remotely's {@code region}, so they are read from the document itself.
     */
    private static List<Element> items(Element root) {
        Element channel = root.getChild("channel", root.getNamespace());
        if (channel != null && !channel.getChildren("item", channel.getNamespace()).isEmpty()) {
            return channel.getChildren("item", channel.getNamespace());
        }
        List<Element> items = new ArrayList<>(root.getChildren("item", root.getNamespace()));
        items.addAll(root.getChildren("entry", root.getNamespace()));
        return items;
    }

    private static void readEntry(int index, SyndEntry entry, @Nullable Element item,
            HttpUrl feed, SourceConfig source, PostingTally tally) {
        String link = blankToNull(entry.getLink());
        String id = blankToNull(entry.getUri());
        String title = blankToNull(entry.getTitle());
        if (!tally.hasIdAndTitle(index, id != null ? id : link, title)) {
            return;
        }
        String company = blankToNull(entry.getAuthor());
        int colon = title.indexOf(": ");
        if (company == null && colon > 0) {
            company = title.substring(0, colon).strip();
            title = title.substring(colon + 2).strip();
        }
        Date date = entry.getPublishedDate() != null ? entry.getPublishedDate()
                : entry.getUpdatedDate();
        List<String> tags = new ArrayList<>();
        for (SyndCategory category : entry.getCategories()) {
            if (category.getName() != null && !category.getName().isBlank()) {
                tags.add(category.getName().strip());
            }
        }
        String skills = extension(item, "skills");
        if (skills != null) {
            for (String skill : skills.split(",")) {
                if (!skill.isBlank()) {
                    tags.add(skill.strip());
                }
            }
        }
        String description = description(entry);
        tally.accept(SourcePosting.builder(source.id(), id != null ? id : link)
                .company(company == null ? "" : company)
                .title(title)
                .location(extension(item, "region"))
                .employmentType(extension(item, "type"))
                .postedAt(date == null ? null : date.toInstant().toString())
                .updatedAt(entry.getUpdatedDate() == null ? null
                        : entry.getUpdatedDate().toInstant().toString())
                .applyUrl(link != null ? link : id)
                .companyUrl(CompanySites.site(CompanyHeader.url(description), feed))
                .description(description)
                .tags(tags)
                .build());
    }

    private static String description(SyndEntry entry) {
        SyndContent description = entry.getDescription();
        if (description != null && description.getValue() != null) {
            return description.getValue();
        }
        StringBuilder html = new StringBuilder();
        for (SyndContent content : entry.getContents()) {
            html.append(Objects.requireNonNullElse(content.getValue(), ""));
        }
        return html.toString();
    }

    /** The text of an element outside RSS and Atom, such as We Work Remotely's region. */
    private static @Nullable String extension(@Nullable Element item, String name) {
        if (item == null) {
            return null;
        }
        for (Element element : item.getChildren()) {
            if (element.getName().equals(name)) {
                return blankToNull(element.getTextTrim());
            }
        }
        return null;
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
