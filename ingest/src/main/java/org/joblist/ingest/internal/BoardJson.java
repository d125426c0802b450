package org.joblist.ingest.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.joblist.ingest.http.UnexpectedBodyException;
import org.jspecify.annotations.Nullable;

/**
 * Reads a board's JSON with Jackson's streaming parser, one entry at a time: only the entry
 * being mapped is held as a tree, never the whole board.
 */
public final class BoardJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private BoardJson() {
    }

    /** Maps one entry of a board. */
    @FunctionalInterface
    public interface EntryReader {
        /** @param index the entry's place in the board's array, from 0 */
        void read(int index, JsonNode entry);
    }

    static JsonParser parser(InputStream body) throws IOException {
        return MAPPER.createParser(body);
    }

    /**
     * Reads a small body, such as one posting's detail, as a whole tree.
     *
     * @throws UnexpectedBodyException when the body is empty or not a JSON object
     */
    public static JsonNode object(InputStream body, String what) throws IOException {
        try (JsonParser json = parser(body)) {
            expect(json, JsonToken.START_OBJECT, what);
            return json.readValueAsTree();
        }
    }

    /**
     * Moves to the next token and checks it.
     *
     * @param what the expected value in words, e.g. "a JSON array of postings"
     * @throws UnexpectedBodyException naming what was expected and what was found
     */
    public static void expect(JsonParser json, JsonToken expected, String what)
            throws IOException {
        JsonToken found = json.nextToken();
        if (found != expected) {
            throw new UnexpectedBodyException("expected " + what + ", found " + describe(found));
        }
    }

    /**
     * Reads the array the parser stands at, to its end: hands each object to the reader and
     * skips any other value, counting it in the tally.
     */
    public static void forEachObject(JsonParser json, PostingTally tally, EntryReader reader)
            throws IOException {
        int index = 0;
        while (json.nextToken() != JsonToken.END_ARRAY) {
            JsonToken token = json.currentToken();
            JsonNode entry = json.readValueAsTree();
            if (token == JsonToken.START_OBJECT) {
                reader.read(index, entry);
            } else {
                tally.skip("[" + index + "]", "expected a JSON object, found " + describe(token));
            }
            index++;
        }
    }

    /**
     * Reads the object the parser stands before, an envelope around the board's postings: hands
     * each object of its array {@code arrayField} to the reader as it streams in and returns the
     * envelope's other fields (totals, links) with the number of entries read.
     *
     * @throws UnexpectedBodyException when the body is not an object with that array
     */
    public static Envelope envelope(JsonParser json, String arrayField, PostingTally tally,
            EntryReader reader) throws IOException {
        String shape = "a JSON object with a \"" + arrayField + "\" array";
        expect(json, JsonToken.START_OBJECT, shape);
        ObjectNode rest = MAPPER.createObjectNode();
        int[] entries = {0};
        boolean found = false;
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String name = json.currentName();
            JsonToken value = json.nextToken();
            if (value == JsonToken.START_ARRAY && name.equals(arrayField)) {
                found = true;
                forEachObject(json, tally, (index, entry) -> {
                    entries[0]++;
                    reader.read(index, entry);
                });
            } else {
                rest.set(name, json.readValueAsTree());
            }
        }
        if (!found) {
            throw new UnexpectedBodyException(
                    "expected " + shape + ", found an object without one");
        }
        return new Envelope(rest, entries[0]);
    }

    /**
     * What an envelope held besides its postings.
     *
     * @param fields its other fields (totals, links)
     * @param entries the objects its array held, postings or skipped
     */
    public record Envelope(ObjectNode fields, int entries) {
    }

    /**
     * A field of an entry as text (numbers and booleans too); null when the field is absent,
     * null, an array or an object.
     */
    public static @Nullable String text(JsonNode entry, String field) {
        JsonNode value = entry.get(field);
        return value != null && value.isValueNode() && !value.isNull() ? value.asText() : null;
    }

    /** Like {@link #text}, but the empty string where that gives null. */
    public static String textOrEmpty(JsonNode entry, String field) {
        String text = text(entry, field);
        return text == null ? "" : text;
    }

    /** The non-blank values of a field of each element of an array, in order. */
    public static List<String> texts(JsonNode array, String field) {
        List<String> texts = new ArrayList<>();
        for (JsonNode element : array) {
            String text = text(element, field);
            if (text != null && !text.isBlank()) {
                texts.add(text);
            }
        }
        return texts;
    }

    /** The non-blank values of an array of values, as text, in order; empty for a non-array. */
    public static List<String> values(JsonNode array) {
        List<String> values = new ArrayList<>();
        for (JsonNode element : array) {
            if (element.isValueNode() && !element.isNull() && !element.asText().isBlank()) {
                values.add(element.asText());
            }
        }
        return values;
    }

    private static String describe(@Nullable JsonToken token) {
        if (token == null) {
            return "an empty body";
        }
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> token.toString();
        };
    }
}
