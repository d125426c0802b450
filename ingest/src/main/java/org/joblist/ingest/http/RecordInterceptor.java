package org.joblist.ingest.http;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSink;
import okio.Okio;

/**
 * Records every exchange into a cassette: the body is copied to its file as the caller reads
 * it, and the exchange enters the index once the whole body has been read.
 */
final class RecordInterceptor implements Interceptor {
    private final CassetteWriter cassette;

    RecordInterceptor(CassetteWriter cassette) {
        this.cassette = cassette;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        Response response = chain.proceed(request);
        String contentType = response.header("Content-Type");
        CassetteWriter.BodyFile file = cassette.newBody(contentType);
        Exchange exchange = CassetteWriter.exchange(request.method(), request.url().toString(),
                response.code(), contentType, file.name());

        BufferedSink copy;
        try {
            copy = Okio.buffer(Okio.sink(file.path()));
        } catch (IOException e) {
            response.close();
            throw e;
        }
        ResponseBody body = response.body();
        RecordingSource recording =
                new RecordingSource(body.source(), copy, file.path(), cassette, exchange);
        return response.newBuilder()
                .body(ResponseBody.create(Okio.buffer(recording), body.contentType(),
                        body.contentLength()))
                .build();
    }
}
