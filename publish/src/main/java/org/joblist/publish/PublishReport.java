package org.joblist.publish;

import java.util.List;

/**
 * What publishing several publications did: each one is published, or fails, on its own.
 *
 * @param results those published, whether their files changed or not
 * @param failures those that failed; nothing of them was committed
 */
public record PublishReport(List<PublishResult> results, List<PublishFailure> failures) {
    /** Nothing was published, and nothing failed. */
    public static final PublishReport NONE = new PublishReport(List.of(), List.of());

    public PublishReport {
        results = List.copyOf(results);
        failures = List.copyOf(failures);
    }

    public boolean hasFailures() {
        return !failures.isEmpty();
    }
}
