package org.joblist.ingest.http;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.joblist.config.HttpConfig;
import org.joblist.ingest.FetchException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one HTTP client every connector shares: it sends the configured user agent, keeps to the
 * timeouts, caps the size of a response body, and records to or replays from a cassette.
 * Whatever goes wrong with a request becomes a {@link FetchException} naming the source, the URL
 * and, in a few words, what was wrong. Thread-safe.
 *
 * <pre>{@code
 * try (BoardClient client = BoardClient.create(HttpConfig.defaults(), null, replayDir)) {
 *     Summary summary = client.get("gitlab", url, "application/json", body -> parse(body));
 * }
 * }</pre>
 */
public final class BoardClient implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BoardClient.class);

    private final OkHttpClient http;
    private final String userAgent;

    private BoardClient(OkHttpClient http, String userAgent) {
        this.http = http;
        this.userAgent = userAgent;
    }

    /**
     * Creates a client that goes to the network, and records every exchange when
     * {@code record} is given, or answers every request from the cassette {@code replay}.
     *
     * @param record a cassette directory to record into (created when needed); null for none
     * @param replay a cassette directory to replay; null to go to the network
     * @throws CassetteException when a cassette cannot be read or written
     * @throws IllegalArgumentException when both {@code record} and {@code replay} are given
     */
    public static BoardClient create(HttpConfig config, @Nullable Path record,
            @Nullable Path replay) {
        Objects.requireNonNull(config, "config");
        if (record != null && replay != null) {
            throw new IllegalArgumentException(
                    "record " + record + " and replay " + replay + " exclude each other");
        }

        OkHttpClient.Builder http = new OkHttpClient.Builder()
                .connectTimeout(config.connectTimeout())
                .readTimeout(config.readTimeout());
        // The cap sits between the recorder and the network, so a recording holds no body
        // past the cap, and in front of replay, so hand-written cassettes keep to it too.
        if (record != null) {
            http.addInterceptor(new RecordInterceptor(CassetteWriter.open(record)));
        }
        http.addInterceptor(new SizeCapInterceptor(config.maxResponseBytes()));
        if (replay != null) {
            http.addInterceptor(ReplayInterceptor.load(replay));
        }
        return new BoardClient(http.build(), config.userAgent());
    }

    /**
     * GETs a URL and hands the body, as it streams in, to a reader.
     *
     * @param sourceId the source the request is for, named in errors
     * @param accept the Accept header, e.g. {@code application/json}
     * @return what the reader made of the body
     * @throws FetchException for a non-2xx status, an I/O failure, a body longer than the cap,
     *     a body that is not (complete) JSON or not what the reader expects, or a request the
     *     replayed cassette has no exchange for
     */
    public <T> T get(String sourceId, HttpUrl url, String accept, BodyReader<T> reader) {
        return get(sourceId, url, accept, Map.of(), reader);
    }

    /**
     * Like {@link #get(String, HttpUrl, String, BodyReader)}, with request headers a source needs
     * (an API key, a User-Agent its terms ask for); they replace the client's own.
     */
    public <T> T get(String sourceId, HttpUrl url, String accept, Map<String, String> headers,
            BodyReader<T> reader) {
        Request.Builder builder = new Request.Builder()
                .url(url)
                .header("User-Agent", userAgent)
                .header("Accept", accept);
        headers.forEach(builder::header);
        Request request = builder.build();

        try (Response response = http.newCall(request).execute()) {
            LOG.debug("source {}: GET {} answered {} in {} ms", sourceId, url, response.code(),
                    response.receivedResponseAtMillis() - response.sentRequestAtMillis());
            if (!response.isSuccessful()) {
                throw new FetchException(sourceId, url.toString(), response.code(),
                        "HTTP " + response.code(), null);
            }
            return reader.read(response.body().byteStream());
        } catch (IOException e) {
            throw new FetchException(sourceId, url.toString(), null, FailureReasons.of(e), e);
        }
    }

    /** Releases the client's threads and connections. A recording is complete at all times. */
    @Override
    public void close() {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
