package org.joblist.aggregate.run;

import org.joblist.config.SourceKind;

/**
 * What aggregation must know of a kind of source: whether a complete read lists every open job,
 * and whether the board lists remote work only. A switch over every kind, so a kind added later
 * does not compile until someone decides both.
 */
final class SourceKinds {
    private SourceKinds() {
    }

    /**
     * Whether the board shows only its recent items or the hits of a search, so a posting missing
     * from a complete read has not closed; such postings close by age instead.
     */
    static boolean listsRecentOnly(SourceKind kind) {
        return switch (kind) {
            case REMOTEOK, REMOTIVE, JOBICY, WORKINGNOMADS, RSS, HACKERNEWS, ADZUNA, USAJOBS ->
                    true;
            case GREENHOUSE, LEVER, ASHBY, SMARTRECRUITERS, WORKABLE, RECRUITEE, PERSONIO,
                    HIMALAYAS, ARBEITNOW, THEMUSE, JSONLD, HTML -> false;
        };
    }

    /** Whether the board lists remote work only, so its locations say who may apply. */
    static boolean isRemoteOnly(SourceKind kind) {
        return switch (kind) {
            case REMOTEOK, REMOTIVE, JOBICY, HIMALAYAS, WORKINGNOMADS -> true;
            case GREENHOUSE, LEVER, ASHBY, SMARTRECRUITERS, WORKABLE, RECRUITEE, PERSONIO,
                    ARBEITNOW, THEMUSE, ADZUNA, USAJOBS, RSS, HACKERNEWS, JSONLD, HTML -> false;
        };
    }
}
