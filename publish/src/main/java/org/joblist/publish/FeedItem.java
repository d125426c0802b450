package org.joblist.publish;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.joblist.aggregate.Posting;
import org.joblist.aggregate.StoredPosting;
import org.joblist.ingest.SourceCredit;
import org.jspecify.annotations.Nullable;

/**
 * One posting as the feeds carry it: plain values, no Markdown.
 *
 * @param id stable across runs: {@code urn:joblist:<source id>:<external id>}, both parts
 *     percent-encoded
 * @param locations the locations as the source names them; empty when it names none
 * @param workplaceType {@code remote}, {@code hybrid}, {@code onsite} or {@code unknown}
 * @param salary the salary as text; null when not stated
 * @param date when it was listed: posted, or first seen when the source gave no date
 * @param applyUrl where to apply; null unless an http(s) URL
 * @param via the source to credit, as its terms ask; null when they ask for nothing
 */
record FeedItem(
        String id,
        String title,
        String company,
        List<String> locations,
        String workplaceType,
        @Nullable String salary,
        Instant date,
        @Nullable String applyUrl,
        @Nullable SourceCredit via) {
    FeedItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(company, "company");
        locations = List.copyOf(locations);
        Objects.requireNonNull(workplaceType, "workplaceType");
        Objects.requireNonNull(date, "date");
    }

    static FeedItem of(StoredPosting stored, @Nullable SourceCredit via) {
        Posting posting = stored.posting();
        String url = posting.applyUrl().strip();
        boolean web = url.regionMatches(true, 0, "https://", 0, 8)
                || url.regionMatches(true, 0, "http://", 0, 7);
        // TODO(#5): one location string until postings carry parsed locations (issue #4), and no
        // salary until they carry one; the feeds' fields are there for them already.
        return new FeedItem(
                "urn:joblist:" + encode(posting.sourceId()) + ":" + encode(posting.externalId()),
                posting.title(),
                posting.company(),
                posting.location().isBlank() ? List.of() : List.of(posting.location()),
                posting.workplaceType().name().toLowerCase(Locale.ROOT),
                null,
                stored.listedAt(),
                web ? url : null,
                via);
    }

    private static String encode(String part) {
        return URLEncoder.encode(part, StandardCharsets.UTF_8);
    }
}
