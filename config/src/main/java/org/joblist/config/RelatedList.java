package org.joblist.config;

import java.util.Objects;

/**
 * A link from one publication to a sibling publication, under "Related job lists".
 *
 * @param title the sibling's title, the link's text
 * @param target the sibling's file relative to the directory of the linking file, with '/'
 *     separators, e.g. {@code frontend.md} or {@code ../README.md}
 */
public record RelatedList(String id, String title, String target) {
    public RelatedList {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(target, "target");
    }
}
