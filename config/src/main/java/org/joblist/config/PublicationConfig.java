package org.joblist.config;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A job list joblist publishes: a README file in the git repository of {@link GitConfig}.
 *
 * <pre>{@code
 * publications:
 *   - id: backend
 *     title: Backend Developer Jobs 2026
 *     file: README.md          # path inside the git repository
 *     intro: Fresh backend roles, updated every day.
 * }</pre>
 *
 * @param file path of the target file relative to the repository root, with '/' separators
 * @param intro a paragraph shown under the title; null for none
 */
public record PublicationConfig(String id, String title, String file, @Nullable String intro) {
    public PublicationConfig {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(file, "file");
    }
}
