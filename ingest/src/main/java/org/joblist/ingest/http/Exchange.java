package org.joblist.ingest.http;

import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a cassette's {@code index.json}: a request and the response it got.
 *
 * @param method the request method, e.g. {@code GET}
 * @param url the request URL as recorded
 * @param status the response's HTTP status
 * @param headers response headers, in the index's order
 * @param body the body file, relative to the cassette directory; null for an empty body
 */
record Exchange(
        String method, String url, int status, Map<String, String> headers, @Nullable String body) {
    Exchange {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(url, "url");
        headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    }

    Exchange withBody(String body) {
        return new Exchange(method, url, status, headers, body);
    }

    /** What a request must share with this exchange to be answered by it. */
    String key() {
        return key(method, HttpUrl.get(url));
    }

    /** The Content-Type header, looked up without regard to case; null when absent. */
    @Nullable String contentType() {
        for (Map.Entry<String, String> header : headers.entrySet()) {
            if (header.getKey().equalsIgnoreCase("Content-Type")) {
                return header.getValue();
            }
        }
        return null;
    }

    /**
     * The method and the URL with its query parameters sorted, so that two requests differing
     * only in the order of their query parameters get the same key; credentials are masked, as
     * they are in a recorded index.
     */
    static String key(String method, HttpUrl requested) {
        HttpUrl url = SecretParameters.mask(requested);
        List<Integer> order = IntStream.range(0, url.querySize()).boxed()
                .sorted(Comparator.comparing(url::queryParameterName)
                        .thenComparing(i -> Objects.toString(url.queryParameterValue(i), "")))
                .toList();

        HttpUrl.Builder sorted = url.newBuilder().query(null).fragment(null);
        for (int i : order) {
            sorted.addQueryParameter(url.queryParameterName(i), url.queryParameterValue(i));
        }
        return method.toUpperCase(Locale.ROOT) + " " + sorted.build();
    }
}
