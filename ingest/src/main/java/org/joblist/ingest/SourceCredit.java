package org.joblist.ingest;

import java.util.Objects;
import java.util.Optional;
import org.joblist.config.SourceKind;

/**
 * The credit a kind of source's terms ask for next to each posting republished from it: its name
 * with a plain, followed link. Remote OK's API terms, for one, ask to "mention Remote OK as a
 * source" and link back without nofollow.
 */
public record SourceCredit(String name, String url) {
    public SourceCredit {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(url, "url");
    }

    /** The credit the kind's terms ask for; empty when they ask for none. */
    public static Optional<SourceCredit> of(SourceKind kind) {
        return switch (kind) {
            case REMOTEOK -> Optional.of(new SourceCredit("Remote OK", "https://remoteok.com"));
            // Remotive's terms: "link back to the URL found on Remotive and mention Remotive as
            // a source"; Jobicy's ask for a credit with a direct link.
            case REMOTIVE -> Optional.of(new SourceCredit("Remotive", "https://remotive.com"));
            case JOBICY -> Optional.of(new SourceCredit("Jobicy", "https://jobicy.com"));
            case GREENHOUSE, LEVER, ASHBY, SMARTRECRUITERS, HIMALAYAS, ARBEITNOW, WORKABLE,
                    RECRUITEE, PERSONIO, THEMUSE, WORKINGNOMADS, ADZUNA, USAJOBS, RSS, HACKERNEWS,
                    JSONLD, HTML -> Optional.empty();
        };
    }
}
