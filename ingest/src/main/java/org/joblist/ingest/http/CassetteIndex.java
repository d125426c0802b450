package org.joblist.ingest.http;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes a cassette's {@code index.json}: a JSON array of exchanges, each like
 * {@code {"method": "GET", "url": "...", "status": 200, "headers": {...}, "body": "..."}}.
 * Reading checks every entry and names the first bad one, e.g.
 * {@code /tmp/c/index.json: [2].url: missing}.
 */
final class CassetteIndex {
    static final String FILE_NAME = "index.json";
    private static final Set<String> FIELDS = Set.of("method", "url", "status", "headers", "body");

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectWriter WRITER = MAPPER.writer(prettyPrinter());

    private CassetteIndex() {
    }

    static List<Exchange> read(Path dir) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new CassetteException(dir + ": is a file, not a cassette (a directory that"
                    + " holds an index.json)");
        }
        Path file = dir.resolve(FILE_NAME);
        JsonNode root = parse(file);
        if (!root.isArray()) {
            throw new CassetteException(file + ": expected a JSON array of exchanges");
        }

        List<Exchange> exchanges = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            exchanges.add(new EntryReader(dir, file, i).read(root.get(i)));
        }
        return exchanges;
    }

    static void write(Path dir, Collection<Exchange> exchanges) {
        ArrayNode array = MAPPER.createArrayNode();
        for (Exchange exchange : exchanges) {
            ObjectNode entry = array.addObject()
                    .put("method", exchange.method())
                    .put("url", exchange.url())
                    .put("status", exchange.status());
            exchange.headers().forEach(entry.putObject("headers")::put);
            if (exchange.body() != null) {
                entry.put("body", exchange.body());
            }
        }

        // Write beside the index and move over it, so a reader never sees half an index.
        Path file = dir.resolve(FILE_NAME);
        try {
            Path partial = Files.createTempFile(dir, FILE_NAME, ".partial");
            Files.writeString(partial, WRITER.writeValueAsString(array) + "\n",
                    StandardCharsets.UTF_8);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new CassetteException(file + ": cannot write (" + e + ")", e);
        }
    }

    private static JsonNode parse(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            JsonNode root = MAPPER.readTree(in);
            return root == null ? MAPPER.missingNode() : root;
        } catch (NoSuchFileException e) {
            throw new CassetteException(
                    file + ": no such file (a cassette directory holds an index.json)", e);
        } catch (StreamReadException e) {
            JsonLocation at = e.getLocation();
            throw new CassetteException(file + ": not valid JSON (" + FailureReasons.jsonProblem(e)
                    + " at line " + at.getLineNr() + ", column " + at.getColumnNr() + ")", e);
        } catch (IOException e) {
            throw new CassetteException(file + ": cannot read (" + e + ")", e);
        }
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter twoSpaces = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        printer.indentArraysWith(twoSpaces);
        printer.indentObjectsWith(twoSpaces);
        return printer;
    }

    /** Reads entry {@code [index]} of an index, naming the entry and field of what is wrong. */
    private record EntryReader(Path dir, Path file, int index) {
        Exchange read(JsonNode entry) {
            if (!entry.isObject()) {
                throw new CassetteException(file + ": [" + index + "]: expected an object");
            }
            for (Map.Entry<String, JsonNode> field : entry.properties()) {
                if (!FIELDS.contains(field.getKey())) {
                    throw bad(field.getKey(), "unknown field (known: body, headers, method, status, url)");
                }
            }
            String method = requiredText(entry, "method");
            String url = requiredText(entry, "url");
            if (HttpUrl.parse(url) == null) {
                throw bad("url", "\"" + url + "\" is not an http(s) URL");
            }
            return new Exchange(method, url, status(entry), headers(entry), body(entry));
        }

        private String requiredText(JsonNode entry, String field) {
            JsonNode value = entry.get(field);
            if (value == null || value.isNull()) {
                throw bad(field, "missing");
            }
            if (!value.isTextual()) {
                throw bad(field, "expected a string");
            }
            return value.asText();
        }

        private int status(JsonNode entry) {
            JsonNode value = entry.get("status");
            if (value == null || !value.isInt() || value.asInt() < 100 || value.asInt() > 599) {
                throw bad("status", "expected an HTTP status number (100 to 599)");
            }
            return value.asInt();
        }

        private Map<String, String> headers(JsonNode entry) {
            JsonNode value = entry.path("headers");
            Map<String, String> headers = new LinkedHashMap<>();
            if (value.isMissingNode() || value.isNull()) {
                return headers;
            }
            if (!value.isObject()) {
                throw bad("headers", "expected an object of strings");
            }
            for (Map.Entry<String, JsonNode> header : value.properties()) {
                if (!header.getValue().isTextual()) {
                    throw bad("headers." + header.getKey(), "expected a string");
                }
                headers.put(header.getKey(), header.getValue().asText());
            }
            return headers;
        }

        private @Nullable String body(JsonNode entry) {
            JsonNode value = entry.path("body");
            if (value.isMissingNode() || value.isNull()) {
                return null;
            }
            if (!value.isTextual()) {
                throw bad("body", "expected a file path relative to " + dir);
            }
            // A cassette may come with a bug report: its bodies never point outside it.
            Path body = dir.resolve(value.asText()).normalize();
            if (!body.startsWith(dir.normalize()) || Path.of(value.asText()).isAbsolute()) {
                throw bad("body", value.asText() + " is outside the cassette " + dir);
            }
            if (!Files.isRegularFile(body)) {
                throw bad("body", value.asText() + " does not exist in " + dir);
            }
            return value.asText();
        }

        private CassetteException bad(String field, String problem) {
            return new CassetteException(file + ": [" + index + "]." + field + ": " + problem);
        }
    }
}
