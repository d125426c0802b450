package org.joblist.ingest.personio;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import okhttp3.HttpUrl;
import org.joblist.config.SourceConfig;
import org.joblist.ingest.Connector;
import org.joblist.ingest.FetchSummary;
import org.joblist.ingest.PostingSink;
import org.joblist.ingest.SourcePosting;
import org.joblist.ingest.http.BoardClient;
import org.joblist.ingest.http.UnexpectedBodyException;
import org.joblist.ingest.internal.BoardUrls;
import org.joblist.ingest.internal.PagedFetcher;
import org.joblist.ingest.internal.PostingTally;
import org.jspecify.annotations.Nullable;

/**
 * Reads a Personio career site's XML feed, which lists every published position in one
 * response: {@code GET https://{company}.jobs.personio.de/xml}, a {@code <workzag-jobs>} element
 * of {@code <position>}s. The feed is read with the JDK's streaming XML parser, one position at
 * a time, with DTDs and external entities switched off.
 *
 * <p>Mapping: {@code id} → externalId; {@code subcompany}, or the board → company;
 * {@code name} → title; {@code office}, then each office of {@code additionalOffices} →
 * locations; {@code employmentType}; {@code createdAt} → postedAt; the position's page
 * {@code https://{host}/job/{id}} → applyUrl; each {@code jobDescription}'s name and value →
 * description; {@code department} and {@code schedule} → tags. Personio has no structured
 * workplace field, so an office named "Remote" is left for aggregation to read.
 */
public final class PersonioConnector implements Connector {
    private static final String ROOT = "workzag-jobs";

    private final PagedFetcher fetcher;

    public PersonioConnector(BoardClient client) {
        this.fetcher = new PagedFetcher(Objects.requireNonNull(client, "client"));
    }

    /**
     * The source's feed URL: its {@code url} when set, otherwise its career site's feed.
     *
     * @throws IllegalArgumentException when the source has neither a url nor a board
     */
    public static HttpUrl boardUrl(SourceConfig source) {
        return BoardUrls.configuredOrBoard(source, board -> new HttpUrl.Builder().scheme("https")
                .host(board + ".jobs.personio.de").addPathSegment("xml").build());
    }

    @Override
    public FetchSummary fetch(SourceConfig source, PostingSink sink) {
        return fetcher.fetch(source, boardUrl(source), "application/xml", sink,
                (url, body, tally) -> {
                    readFeed(url, body, source, tally);
                    return null;
                });
    }

    private static void readFeed(HttpUrl url, InputStream body, SourceConfig source,
            PostingTally tally) throws IOException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try {
            XMLStreamReader xml = factory.createXMLStreamReader(body);
            try {
                xml.nextTag();
                if (!xml.getLocalName().equals(ROOT)) {
                    throw new UnexpectedBodyException("expected a Personio XML feed (<" + ROOT
                            + ">), found <" + xml.getLocalName() + ">");
                }
                int index = 0;
                while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
                    if (xml.getLocalName().equals("position")) {
                        readPosition(index, position(xml), url, source, tally);
                    } else {
                        skipElement(xml);
                    }
                    index++;
                }
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            throw new UnexpectedBodyException("body is not well-formed XML (" + e.getMessage()
                    .replaceAll("\\s+", " ").strip() + ")");
        }
    }

    /** A position's elements: simple ones by name, offices and descriptions as lists. */
    private static Position position(XMLStreamReader xml) throws XMLStreamException {
        Position position = new Position();
        while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
            String name = xml.getLocalName();
            switch (name) {
                case "additionalOffices" -> {
                    while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
                        position.offices.add(xml.getElementText().strip());
                    }
                }
                case "jobDescriptions" -> {
                    while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
                        Map<String, String> parts = new LinkedHashMap<>();
                        while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
                            parts.put(xml.getLocalName(), xml.getElementText());
                        }
                        position.description.append("<h3>")
                                .append(parts.getOrDefault("name", "")).append("</h3>")
                                .append(parts.getOrDefault("value", ""));
                    }
                }
                case "office" -> position.offices.add(0, xml.getElementText().strip());
                default -> position.fields.put(name, textOrSkip(xml));
            }
        }
        return position;
    }

    private static String textOrSkip(XMLStreamReader xml) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (depth == 1 && (event == XMLStreamConstants.CHARACTERS
                    || event == XMLStreamConstants.CDATA)) {
                text.append(xml.getText());
            }
        }
        return text.toString().strip();
    }

    private static void skipElement(XMLStreamReader xml) throws XMLStreamException {
        textOrSkip(xml);
    }

    private static void readPosition(int index, Position position, HttpUrl url,
            SourceConfig source, PostingTally tally) {
        String id = position.field("id");
        String title = position.field("name");
        if (!tally.hasIdAndTitle(index, id, title)) {
            return;
        }
        String company = position.field("subcompany");
        List<String> tags = new ArrayList<>();
        for (String field : List.of("department", "schedule")) {
            String tag = position.field(field);
            if (tag != null) {
                tags.add(tag);
            }
        }
        SourcePosting.Builder builder = SourcePosting.builder(source.id(), id)
                .company(company != null ? company : BoardUrls.boardOrId(source))
                .title(title)
                .employmentType(position.field("employmentType"))
                .postedAt(position.field("createdAt"))
                .applyUrl(new HttpUrl.Builder().scheme(url.scheme()).host(url.host())
                        .port(url.port()).addPathSegment("job").addPathSegment(id).build()
                        .toString())
                .description(position.description.toString())
                .tags(tags);
        position.offices.forEach(builder::location);
        tally.accept(builder.build());
    }

    /** What a position's elements hold. */
    private static final class Position {
        private final Map<String, String> fields = new LinkedHashMap<>();
        private final List<String> offices = new ArrayList<>();
        private final StringBuilder description = new StringBuilder();

        @Nullable String field(String name) {
            String value = fields.get(name);
            return value == null || value.isBlank() ? null : value;
        }
    }
}
