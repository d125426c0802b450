package org.joblist.ingest.remoteok;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads RemoteOK's {@code tags}. Usually an array of strings; in some postings a string holding
 * a Python-style list, sometimes cut short, e.g. {@code "['react', 'node'"}. Such a string is
 * split at commas, brackets and quotes around each tag dropped: {@code [react, node]}. A tag
 * holding a comma is split too; anything else (absent, null, an object) gives no tags.
 */
final class RemoteOkTags {
    private static final Pattern OUTER_BRACKETS = Pattern.compile("^\\s*\\[|]\\s*$");
    private static final Pattern QUOTES = Pattern.compile("^['\"]|['\"]$");

    private RemoteOkTags() {
    }

    static List<String> of(JsonNode tags) {
        if (tags.isTextual()) {
            return fromText(tags.asText());
        }
        List<String> list = new ArrayList<>();
        if (tags.isArray()) {
            for (JsonNode tag : tags) {
                addTag(list, tag.isValueNode() ? tag.asText() : "");
            }
        }
        return list;
    }

    private static List<String> fromText(String text) {
        List<String> list = new ArrayList<>();
        for (String part : OUTER_BRACKETS.matcher(text).replaceAll("").split(",")) {
            addTag(list, QUOTES.matcher(part.strip()).replaceAll(""));
        }
        return list;
    }

    private static void addTag(List<String> list, String tag) {
        String stripped = tag.strip();
        if (!stripped.isEmpty()) {
            list.add(stripped);
        }
    }
}
