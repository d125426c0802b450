package org.joblist.ingest.http;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Okio;

/**
 * Answers every request from a cassette and never calls the network. A request matches an
 * exchange with the same method and URL, the order of query parameters aside; when several do,
 * the last one in the index answers. The body streams from its file.
 */
final class ReplayInterceptor implements Interceptor {
    private final Path dir;
    private final Map<String, Exchange> exchanges;

    private ReplayInterceptor(Path dir, Map<String, Exchange> exchanges) {
        this.dir = dir;
        this.exchanges = exchanges;
    }

    /** @throws CassetteException when the cassette's index is missing or malformed */
    static ReplayInterceptor load(Path dir) {
        Map<String, Exchange> exchanges = new LinkedHashMap<>();
        CassetteIndex.read(dir).forEach(exchange -> exchanges.put(exchange.key(), exchange));
        return new ReplayInterceptor(dir, exchanges);
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        Exchange exchange = exchanges.get(Exchange.key(request.method(), request.url()));
        if (exchange == null) {
            throw new NotInCassetteException(dir);
        }

        Response.Builder response = new Response.Builder()
                .request(request)
                .protocol(Protocol.HTTP_1_1)
                .code(exchange.status())
                .message("");
        exchange.headers().forEach(response::addHeader);
        return response.body(body(exchange)).build();
    }

    private ResponseBody body(Exchange exchange) throws IOException {
        String contentType = exchange.contentType();
        MediaType type = contentType == null ? null : MediaType.parse(contentType);
        if (exchange.body() == null) {
            return ResponseBody.create(new byte[0], type);
        }
        Path file = dir.resolve(exchange.body());
        return ResponseBody.create(Okio.buffer(Okio.source(file)), type, Files.size(file));
    }
}
