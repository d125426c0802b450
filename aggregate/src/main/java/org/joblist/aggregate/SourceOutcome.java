package org.joblist.aggregate;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What reading one source did in one run. A source that stored nothing in that run (unchanged or
 * failed) has {@code newCount} and {@code updated} 0 while {@code pages}, {@code seen} and
 * {@code skipped} tell how far it got.
 *
 * @param pages pages (HTTP responses) the connector read
 * @param seen postings the connector handed over
 * @param newCount postings stored for the first time
 * @param updated stored postings whose content changed
 * @param skipped board entries the connector could not read plus postings handed over that could
 *     not be normalized
 * @param message what happened, in one line, e.g. why the source failed or was not fetched;
 *     null only for a plain {@link SourceStatus#OK}
 * @param startedAt when the source's reading started
 */
public record SourceOutcome(
        String sourceId,
        SourceStatus status,
        int pages,
        int seen,
        int newCount,
        int updated,
        int skipped,
        @Nullable String message,
        Instant startedAt,
        Duration duration) {
    public SourceOutcome {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(duration, "duration");
        if (pages < 0 || seen < 0 || newCount < 0 || updated < 0 || skipped < 0) {
            throw new IllegalArgumentException("source " + sourceId + ": counts must be >= 0: "
                    + pages + ", " + seen + ", " + newCount + ", " + updated + ", " + skipped);
        }
        if (status != SourceStatus.OK && message == null) {
            throw new IllegalArgumentException(
                    "source " + sourceId + ": status " + status + " needs a message");
        }
        if (!status.hasStored() && (newCount > 0 || updated > 0)) {
            throw new IllegalArgumentException("source " + sourceId + ": status " + status
                    + " stores nothing, yet " + newCount + " new, " + updated + " updated");
        }
    }
}
