package org.joblist.aggregate.run;

import java.util.Set;
import org.joblist.config.SourceKind;

/** What aggregation must know of a kind of source: whether it lists everything, remote only. */
final class SourceKinds {
    // Config names, so kinds other modules add later are matched without a code change here.
    // TODO(#3): check these names against the kinds the new connectors register; a feed kind
    // missing here is treated as a complete listing and closes postings that merely aged out.
    private static final Set<String> RECENT_ONLY = Set.of("remoteok", "weworkremotely",
            "hackernews", "rss", "feed", "remotive", "jobicy", "himalayas", "workingnomads");
    private static final Set<String> REMOTE_ONLY = Set.of("remoteok", "weworkremotely",
            "remotive", "jobicy", "himalayas", "workingnomads");

    private SourceKinds() {
    }

    /** Whether the board shows only its recent items, so a missing posting has not closed. */
    static boolean listsRecentOnly(SourceKind kind) {
        return RECENT_ONLY.contains(kind.configName());
    }

    /** Whether the board lists remote work only, so its locations say who may apply. */
    static boolean isRemoteOnly(SourceKind kind) {
        return REMOTE_ONLY.contains(kind.configName());
    }
}
