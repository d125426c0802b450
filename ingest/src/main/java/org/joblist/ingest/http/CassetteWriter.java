package org.joblist.ingest.http;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import org.jspecify.annotations.Nullable;

/**
 * Writes a cassette: a directory that {@link BoardClient} can replay with no network. Each
 * exchange's body goes to {@code bodies/NNNN.ext} and {@code index.json} is rewritten after every
 * exchange, so the directory is a valid cassette at all times. Opening a directory that already
 * holds a cassette adds to it; an exchange with the method and URL of an existing one replaces it.
 *
 * <pre>{@code
 * CassetteWriter cassette = CassetteWriter.open(dir);
 * cassette.add("GET", "https://remoteok.com/api", 200, "application/json", Path.of("api.json"));
 * BoardClient client = BoardClient.create(HttpConfig.defaults(), null, dir);
 * }</pre>
 *
 * <p>Thread-safe: the recorder of a {@link BoardClient} adds exchanges from several sources.
 */
public final class CassetteWriter {
    private static final String BODIES = "bodies";
    private static final Pattern NUMBERED = Pattern.compile("(\\d{1,9})\\..*");

    private final Path dir;
    private final Map<String, Exchange> exchanges = new LinkedHashMap<>();
    private int lastNumber;

    private CassetteWriter(Path dir, List<Exchange> existing, int lastNumber) {
        this.dir = dir;
        existing.forEach(exchange -> exchanges.put(exchange.key(), exchange));
        this.lastNumber = lastNumber;
    }

    /**
     * Opens a cassette directory for writing, creating it when needed, and writes its index.
     *
     * @throws CassetteException when the directory cannot be written or holds a malformed index
     */
    public static CassetteWriter open(Path dir) {
        Path bodies = dir.resolve(BODIES);
        try {
            Files.createDirectories(bodies);
        } catch (IOException e) {
            throw new CassetteException(dir + ": cannot create cassette directory (" + e + ")", e);
        }

        boolean hasIndex = Files.exists(dir.resolve(CassetteIndex.FILE_NAME));
        List<Exchange> existing = hasIndex ? CassetteIndex.read(dir) : List.of();
        CassetteWriter writer = new CassetteWriter(dir, existing, lastNumber(bodies));
        writer.writeIndex();
        return writer;
    }

    /** The cassette directory. */
    public Path directory() {
        return dir;
    }

    /**
     * Adds an exchange whose body is the given bytes.
     *
     * @param contentType the response's Content-Type; null for none, which stores the body as
     *     {@code .txt}
     * @throws CassetteException when the body cannot be written
     */
    public void add(String method, String url, int status, @Nullable String contentType,
            byte[] body) {
        Objects.requireNonNull(body, "body");
        add(method, url, status, contentType, file -> Files.write(file, body));
    }

    /**
     * Adds an exchange whose body is a copy of the given file.
     *
     * @param contentType the response's Content-Type; null for none, which stores the body as
     *     {@code .txt}
     * @throws CassetteException when the body cannot be copied
     */
    public void add(String method, String url, int status, @Nullable String contentType,
            Path body) {
        Objects.requireNonNull(body, "body");
        add(method, url, status, contentType, file -> Files.copy(body, file));
    }

    private void add(String method, String url, int status, @Nullable String contentType,
            BodyWrite write) {
        // Check the arguments before a body file is named.
        Exchange exchange = exchange(method, url, status, contentType, null);
        BodyFile body = newBody(contentType);
        try {
            write.to(body.path());
        } catch (IOException e) {
            throw new CassetteException(body.path() + ": cannot write body (" + e + ")", e);
        }
        put(exchange.withBody(body.name()));
    }

    /** Names a new body file for a response of the given content type. */
    synchronized BodyFile newBody(@Nullable String contentType) {
        lastNumber++;
        String name = BODIES + "/" + String.format("%04d", lastNumber) + extension(contentType);
        return new BodyFile(name, dir.resolve(name));
    }

    /**
     * Adds an exchange whose body file is written, replacing one with the same method and URL,
     * and rewrites the index.
     */
    synchronized void put(Exchange exchange) {
        Exchange replaced = exchanges.put(exchange.key(), exchange);
        writeIndex();
        if (replaced != null) {
            deleteUnusedBody(replaced.body());
        }
    }

    static Exchange exchange(String method, String url, int status, @Nullable String contentType,
            @Nullable String body) {
        Objects.requireNonNull(method, "method");
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("status " + status + " is not an HTTP status");
        }
        Map<String, String> headers =
                contentType == null ? Map.of() : Map.of("Content-Type", contentType);
        return new Exchange(method, SecretParameters.shown(HttpUrl.get(url)), status, headers,
                body);
    }

    /** The body file extension for a content type: .json, .xml, .html, or else .txt. */
    static String extension(@Nullable String contentType) {
        MediaType type = contentType == null ? null : MediaType.parse(contentType);
        String subtype = type == null ? "" : type.subtype();
        if (subtype.equals("json") || subtype.endsWith("+json")) {
            return ".json";
        }
        if (subtype.equals("xml") || subtype.endsWith("+xml")) {
            return ".xml";
        }
        return subtype.equals("html") ? ".html" : ".txt";
    }

    private void writeIndex() {
        CassetteIndex.write(dir, exchanges.values());
    }

    /** Deletes a replaced exchange's body when it is one of ours and no other entry names it. */
    private void deleteUnusedBody(@Nullable String body) {
        boolean unused = body != null && body.startsWith(BODIES + "/")
                && exchanges.values().stream().noneMatch(e -> body.equals(e.body()));
        if (unused) {
            try {
                Files.deleteIfExists(dir.resolve(body));
            } catch (IOException e) {
                throw new CassetteException(dir.resolve(body) + ": cannot delete (" + e + ")", e);
            }
        }
    }

    /** The highest number among the body files already in the directory; 0 when none. */
    private static int lastNumber(Path bodies) {
        try (Stream<Path> files = Files.list(bodies)) {
            return files.map(file -> NUMBERED.matcher(file.getFileName().toString()))
                    .filter(Matcher::matches)
                    .mapToInt(matcher -> Integer.parseInt(matcher.group(1)))
                    .max()
                    .orElse(0);
        } catch (IOException e) {
            throw new CassetteException(bodies + ": cannot list (" + e + ")", e);
        }
    }

    /** A body file: its name as the index gives it, relative to the cassette, and its path. */
    record BodyFile(String name, Path path) {
    }

    @FunctionalInterface
    private interface BodyWrite {
        void to(Path file) throws IOException;
    }
}
