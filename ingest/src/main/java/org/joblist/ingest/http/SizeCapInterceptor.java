package org.joblist.ingest.http;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.ForwardingSource;
import okio.Okio;
import okio.Source;

/**
 * Fails a response whose body is longer than a cap: at once when its Content-Length says so,
 * otherwise as soon as the bytes read pass the cap.
 */
final class SizeCapInterceptor implements Interceptor {
    private final long maxBytes;

    SizeCapInterceptor(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Response response = chain.proceed(chain.request());
        ResponseBody body = response.body();
        if (body.contentLength() > maxBytes) {
            response.close();
            throw new BodyTooLargeException(maxBytes);
        }
        Source capped = new CappedSource(body.source());
        return response.newBuilder()
                .body(ResponseBody.create(Okio.buffer(capped), body.contentType(),
                        body.contentLength()))
                .build();
    }

    private final class CappedSource extends ForwardingSource {
        private long bytesRead;

        CappedSource(Source delegate) {
            super(delegate);
        }

        @Override
        public long read(Buffer sink, long byteCount) throws IOException {
            long read = super.read(sink, byteCount);
            if (read > 0) {
                bytesRead += read;
            }
            if (bytesRead > maxBytes) {
                throw new BodyTooLargeException(maxBytes);
            }
            return read;
        }
    }
}
