package org.joblist.publish;

import java.util.List;
import java.util.Objects;

/**
 * What publishing would change, found without writing anything.
 *
 * @param diff a unified diff of every file that would change; empty when none would
 * @param failures the publications that publishing would fail, and why
 */
public record PublishPreview(String diff, List<PublishFailure> failures) {
    public PublishPreview {
        Objects.requireNonNull(diff, "diff");
        failures = List.copyOf(failures);
    }
}
