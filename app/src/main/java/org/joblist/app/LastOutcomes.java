package org.joblist.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.joblist.aggregate.Curation;
import org.joblist.aggregate.SourceOutcome;
import org.joblist.aggregate.store.PostingStore;
import org.joblist.config.StoreConfig;

/**
 * The last outcome of each source, for the commands that only read the store ({@code sources},
 * {@code status}). They never create one: where the H2 file does not exist yet, every source has
 * no outcome and a line on standard error names the file, so a mistyped {@code store.url} shows.
 */
final class LastOutcomes {
    private LastOutcomes() {
    }

    static Map<String, SourceOutcome> read(StoreConfig config, Clock clock, PrintWriter err) {
        Optional<Path> missing = PostingStore.missingFile(config);
        if (missing.isPresent()) {
            err.println("joblist: no store at " + missing.get() + " yet (store.url "
                    + config.url() + "); every source is shown as never run");
            err.flush();
            return Map.of();
        }
        try (PostingStore store = PostingStore.openExisting(config, clock, Curation.none())) {
            return store.lastOutcomes();
        }
    }
}
