package org.joblist.publish;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.joblist.config.PublicationConfig;

/**
 * Writes a publication's postings as JSON Feed 1.1 (Jackson), Atom 1.0 (Rome) and CSV (Commons
 * CSV). The bytes depend on the postings alone, never on the time of writing: the Atom feed's
 * update time is its newest item's date, so an unchanged catalogue rewrites identical feeds.
 *
 * <p>None of these formats carries schema.org {@code JobPosting} markup, so no source's terms
 * against re-emitting postings as JobPosting are touched.
 */
// TODO(#5): if a feed ever carries schema.org JobPosting markup (JSON-LD), leave out postings
// from sources whose terms forbid it; sources do not declare their terms yet.
final class FeedWriter {
    static final List<String> CSV_HEADER = List.of("id", "title", "company", "locations",
            "workplace_type", "salary", "date", "apply_url");
    private static final ObjectMapper JSON = new ObjectMapper();

    private FeedWriter() {}

    static byte[] jsonFeed(PublicationConfig publication, List<FeedItem> items) {
        ObjectNode feed = JSON.createObjectNode();
        feed.put("version", "https://jsonfeed.org/version/1.1");
        feed.put("title", publication.title());
        if (publication.intro() != null && !publication.intro().isBlank()) {
            feed.put("description", publication.intro().strip());
        }
        ArrayNode entries = feed.putArray("items");
        for (FeedItem item : items) {
            ObjectNode entry = entries.addObject();
            entry.put("id", item.id());
            if (item.applyUrl() != null) {
                entry.put("url", item.applyUrl());
            }
            entry.put("title", item.title());
            entry.put("content_text", summary(item));
            entry.put("date_published", item.date().toString());
            entry.putArray("authors").addObject().put("name", item.company());
            ObjectNode job = entry.putObject("_joblist");
            job.put("company", item.company());
            ArrayNode locations = job.putArray("locations");
            item.locations().forEach(locations::add);
            job.put("workplace_type", item.workplaceType());
            job.put("salary", item.salary());
            if (item.via() != null) {
                job.putObject("via").put("name", item.via().name()).put("url", item.via().url());
            }
        }
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return (JSON.writer(printer).writeValueAsString(feed) + "\n")
                    .getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a JSON tree", e);
        }
    }

    static byte[] atom(PublicationConfig publication, List<FeedItem> items) {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setUri("urn:joblist:publication:" + publication.id());
        feed.setTitle(publication.title());
        feed.setPublishedDate(Date.from(items.stream()
                .map(FeedItem::date)
                .max(Instant::compareTo)
                .orElse(Instant.EPOCH)));
        List<SyndEntry> entries = new ArrayList<>();
        for (FeedItem item : items) {
            SyndEntry entry = new SyndEntryImpl();
            entry.setUri(item.id());
            entry.setTitle(item.title());
            entry.setLink(item.applyUrl());
            entry.setUpdatedDate(Date.from(item.date()));
            entry.setPublishedDate(Date.from(item.date()));
            SyndPersonImpl company = new SyndPersonImpl();
            company.setName(item.company());
            entry.setAuthors(List.of(company));
            SyndCategoryImpl type = new SyndCategoryImpl();
            type.setName(item.workplaceType());
            entry.setCategories(List.of(type));
            SyndContentImpl summary = new SyndContentImpl();
            summary.setType("text");
            summary.setValue(summary(item));
            entry.setDescription(summary);
            entries.add(entry);
        }
        feed.setEntries(entries);
        try {
            return new SyndFeedOutput().outputString(feed, true).getBytes(StandardCharsets.UTF_8);
        } catch (FeedException e) {
            throw new PublishException("publication " + publication.id()
                    + ": cannot write the Atom feed: " + e.getMessage(), e);
        }
    }

    static byte[] csv(List<FeedItem> items) {
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setHeader(CSV_HEADER.toArray(String[]::new))
                .setRecordSeparator("\n")
                .get();
        StringWriter text = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(text, format)) {
            for (FeedItem item : items) {
                printer.printRecord(item.id(), item.title(), item.company(),
                        String.join("; ", item.locations()), item.workplaceType(),
                        item.salary() == null ? "" : item.salary(), item.date().toString(),
                        item.applyUrl() == null ? "" : item.applyUrl());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** One line for a feed reader: company, locations and workplace type. */
    private static String summary(FeedItem item) {
        List<String> parts = new ArrayList<>();
        parts.add(item.company());
        parts.addAll(item.locations());
        parts.add(item.workplaceType());
        if (item.salary() != null) {
            parts.add(item.salary());
        }
        if (item.via() != null) {
            parts.add("via " + item.via().name() + " (" + item.via().url() + ")");
        }
        return String.join(" · ", parts);
    }
}
