package org.joblist.publish;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.rometools.rome.feed.synd.SyndCategory;
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
import org.joblist.aggregate.Location;
import org.joblist.config.PublicationConfig;
import org.joblist.ingest.SalaryRange;
import org.jspecify.annotations.Nullable;

/**
 * Writes a publication's postings as JSON Feed 1.1 (Jackson), Atom 1.0 (Rome) and CSV (Commons
 * CSV). The bytes depend on the postings alone, never on the time of writing: the Atom feed's
 * update time is its newest item's date, so an unchanged catalogue rewrites identical feeds.
 *
 * <p>None of these formats carries schema.org {@code JobPosting} markup, so no source's terms
 * against re-emitting postings as JobPosting (Remotive's) are touched. A feed that ever does must
 * first leave out the postings of such sources, which do not declare their terms yet.
 */
final class FeedWriter {
    static final List<String> CSV_HEADER = List.of("id", "title", "company", "location",
            "locations", "applicant_locations", "workplace_type", "employment_type", "salary",
            "salary_min", "salary_max", "salary_currency", "salary_period", "date", "apply_url");
    private static final ObjectMapper JSON =
            new ObjectMapper().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

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
            job.put("location", item.location());
            putLocations(job.putArray("locations"), item.locations());
            putLocations(job.putArray("applicant_locations"), item.applicantLocations());
            job.put("workplace_type", item.workplaceType());
            job.put("employment_type", item.employmentType());
            putSalary(job, item);
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

    /** Each location as an object of the parts it names: city, region, country. */
    private static void putLocations(ArrayNode array, List<Location> locations) {
        for (Location location : locations) {
            ObjectNode place = array.addObject();
            putIfKnown(place, "city", location.city());
            putIfKnown(place, "region", location.region());
            putIfKnown(place, "country", location.country());
        }
    }

    private static void putIfKnown(ObjectNode object, String field, @Nullable String value) {
        if (value != null) {
            object.put(field, value);
        }
    }

    /** The stated salary: bounds, ISO currency, period and the README's text; null without. */
    private static void putSalary(ObjectNode job, FeedItem item) {
        SalaryRange salary = item.salary();
        if (salary == null) {
            job.putNull("salary");
            return;
        }
        job.putObject("salary")
                .put("min", salary.min())
                .put("max", salary.max())
                .put("currency", salary.currency().getCurrencyCode())
                .put("period", SalaryFormat.period(salary.period()))
                .put("text", item.salaryText());
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
            entry.setCategories(categories(item));
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
            throw new PublishException("cannot write the Atom feed: " + e.getMessage(), e);
        }
    }

    /** The workplace type, and the employment type when known, as Atom categories. */
    private static List<SyndCategory> categories(FeedItem item) {
        List<SyndCategory> categories = new ArrayList<>();
        SyndCategoryImpl workplace = new SyndCategoryImpl();
        workplace.setName(item.workplaceType());
        categories.add(workplace);
        if (item.employmentType() != null) {
            SyndCategoryImpl employment = new SyndCategoryImpl();
            employment.setName(item.employmentType());
            categories.add(employment);
        }
        return categories;
    }

    static byte[] csv(List<FeedItem> items) {
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setHeader(CSV_HEADER.toArray(String[]::new))
                .setRecordSeparator("\n")
                .get();
        StringWriter text = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(text, format)) {
            for (FeedItem item : items) {
                printer.printRecord(csvRecord(item));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The CSV fields in {@link #CSV_HEADER}'s order; an unknown value is empty. */
    private static List<String> csvRecord(FeedItem item) {
        SalaryRange salary = item.salary();
        return List.of(item.id(), item.title(), item.company(), item.location(),
                places(item.locations()), places(item.applicantLocations()), item.workplaceType(),
                orEmpty(item.employmentType()), orEmpty(item.salaryText()),
                salary == null ? "" : salary.min().toPlainString(),
                salary == null ? "" : salary.max().toPlainString(),
                salary == null ? "" : salary.currency().getCurrencyCode(),
                salary == null ? "" : SalaryFormat.period(salary.period()),
                item.date().toString(), orEmpty(item.applyUrl()));
    }

    /** Parsed places as "Austin, TX, US; Berlin, DE". */
    private static String places(List<Location> locations) {
        return String.join("; ", locations.stream().map(Location::toString).toList());
    }

    private static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }

    /**
     * One line for a feed reader: company, location, workplace type, and the employment type,
     * salary and credit when there are.
     */
    private static String summary(FeedItem item) {
        List<String> parts = new ArrayList<>();
        parts.add(item.company());
        if (!item.location().isEmpty()) {
            parts.add(item.location());
        }
        parts.add(item.workplaceType());
        if (item.employmentType() != null) {
            parts.add(item.employmentType());
        }
        if (item.salary() != null) {
            parts.add(item.salaryText());
        }
        if (item.via() != null) {
            parts.add("via " + item.via().name() + " (" + item.via().url() + ")");
        }
        return String.join(" · ", parts);
    }
}
