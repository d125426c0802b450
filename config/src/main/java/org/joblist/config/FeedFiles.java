package org.joblist.config;

import org.jspecify.annotations.Nullable;

/**
 * The feed files a publication writes beside its README, each a path inside the repository; a
 * null path writes no such feed.
 *
 * <pre>{@code
 * feeds:
 *   json: feeds/backend.json   # JSON Feed 1.1
 *   atom: feeds/backend.atom   # Atom 1.0
 *   csv: feeds/backend.csv     # one row per posting, with a header row
 * }</pre>
 */
public record FeedFiles(@Nullable String json, @Nullable String atom, @Nullable String csv) {
    public static final FeedFiles NONE = new FeedFiles(null, null, null);

    public boolean isEmpty() {
        return json == null && atom == null && csv == null;
    }
}
