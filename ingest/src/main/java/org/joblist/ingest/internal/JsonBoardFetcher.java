package org.joblist.ingest.internal;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import okhttp3.HttpUrl;
import org.joblist.config.SourceConfig;
import org.joblist.ingest.FetchSummary;
import org.joblist.ingest.PostingSink;
import org.joblist.ingest.http.BoardClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches a board that gives all its postings in one JSON response and lets a connector's
 * {@link BoardParser} read it with a streaming parser.
 */
public final class JsonBoardFetcher {
    private static final Logger LOG = LoggerFactory.getLogger(JsonBoardFetcher.class);

    private final BoardClient client;

    public JsonBoardFetcher(BoardClient client) {
        this.client = client;
    }

    /** Reads a board's JSON body into postings. */
    @FunctionalInterface
    public interface BoardParser {
        /**
         * @param json a parser standing before the body's first token
         * @param tally takes the postings and counts the skipped entries
         * @throws IOException when the body is not valid JSON or not the board's shape
         */
        void parse(JsonParser json, PostingTally tally) throws IOException;
    }

    /**
     * Fetches the board at {@code url} and parses it.
     *
     * @throws org.joblist.ingest.FetchException when the board cannot be fetched or read
     */
    public FetchSummary fetch(SourceConfig source, HttpUrl url, PostingSink sink,
            BoardParser parser) {
        PostingTally tally = new PostingTally(source.id(), sink);
        client.getIfModified(source.id(), url, "application/json", body -> {
            try (JsonParser json = BoardJson.parser(body)) {
                parser.parse(json, tally);
            }
            return tally;
        });
        sink.pageRead(1, tally.postings());

        LOG.info("source {}: read {} postings, skipped {} entries, from {}",
                source.id(), tally.postings(), tally.skipped(), url);
        return tally.summary(1);
    }
}
