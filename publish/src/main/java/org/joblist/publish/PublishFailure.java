package org.joblist.publish;

import java.util.Objects;
import org.joblist.config.PublicationConfig;

/**
 * A publication that could not be published, while the others were: its file has broken markers
 * or lies outside the repository, or its repository could not be opened, committed to or pushed.
 * Nothing of it was committed.
 *
 * @param error one line that names the publication, then what failed, e.g. {@code publication
 *     jobs: /site/README.md: no <!-- joblist:begin -->; expected one ...}
 */
public record PublishFailure(String publicationId, PublishException error) {
    public PublishFailure {
        Objects.requireNonNull(publicationId, "publicationId");
        Objects.requireNonNull(error, "error");
    }

    /** The failure of a publication, its error named after it. */
    static PublishFailure of(PublicationConfig publication, PublishException cause) {
        return new PublishFailure(publication.id(), new PublishException(
                "publication " + publication.id() + ": " + cause.getMessage(), cause));
    }

    /** The error's one line. */
    public String message() {
        return error.getMessage();
    }
}
