package org.joblist.ingest.http;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import okio.Buffer;
import okio.BufferedSink;
import okio.ForwardingSource;
import okio.Source;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies a body to a file as it is read. At the end of the body it enters the exchange into the
 * cassette; when closed early it first reads the rest, so a cassette holds whole bodies even of
 * responses the caller gave up on (an error status, a body that broke a parser). A failed read
 * deletes the file and records nothing.
 */
final class RecordingSource extends ForwardingSource {
    private static final Logger LOG = LoggerFactory.getLogger(RecordingSource.class);
    private static final long DRAIN_CHUNK = 8192;

    private final BufferedSink copy;
    private final Path file;
    private final CassetteWriter cassette;
    private final Exchange exchange;
    private boolean finished;

    /**
     * @param copy writes to {@code file}, the body file that {@code exchange} names
     * @param exchange entered into {@code cassette} once the whole body is read
     */
    RecordingSource(Source delegate, BufferedSink copy, Path file, CassetteWriter cassette,
            Exchange exchange) {
        super(delegate);
        this.copy = copy;
        this.file = file;
        this.cassette = cassette;
        this.exchange = exchange;
    }

    @Override
    public long read(Buffer sink, long byteCount) throws IOException {
        long read;
        try {
            read = super.read(sink, byteCount);
            if (read == -1) {
                finish();
                return -1;
            }
            sink.copyTo(copy.getBuffer(), sink.size() - read, read);
            copy.emitCompleteSegments();
        } catch (IOException e) {
            abandon(e);
            throw e;
        }
        return read;
    }

    @Override
    public void close() throws IOException {
        if (!finished) {
            drain();
        }
        super.close();
    }

    private void drain() {
        Buffer discard = new Buffer();
        try {
            while (read(discard, DRAIN_CHUNK) != -1) {
                discard.clear();
            }
        } catch (IOException e) {
            // read() has already abandoned the recording and said why.
        }
    }

    private void finish() throws IOException {
        copy.close();
        finished = true;
        cassette.put(exchange);
    }

    private void abandon(IOException cause) {
        if (finished) {
            return;
        }
        finished = true;
        try {
            copy.close();
            Files.deleteIfExists(file);
        } catch (IOException e) {
            cause.addSuppressed(e);
        }
        LOG.warn("cassette {}: {} {} not recorded: {}",
                cassette.directory(), exchange.method(), exchange.url(), cause.toString());
    }
}
