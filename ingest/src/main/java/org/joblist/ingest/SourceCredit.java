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
            case GREENHOUSE -> Optional.empty();
            case REMOTEOK -> Optional.of(new SourceCredit("Remote OK", "https://remoteok.com"));
        };
    }
}
