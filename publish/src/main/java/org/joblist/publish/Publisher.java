package org.joblist.publish;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import org.joblist.aggregate.PostingCatalog;
import org.joblist.config.GitConfig;
import org.joblist.config.PublicationConfig;
import org.joblist.publish.ReadmeRenderer.Readme;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes job lists: renders a publication's README from the catalogue, writes it between the
 * markers of its file in the git repository and commits that file when its bytes changed.
 *
 * <pre>{@code
 * Publisher publisher = new Publisher(config.git(), Clock.systemUTC());
 * for (PublicationConfig publication : config.publications()) {
 *     PublishResult result = publisher.publish(publication, catalog);
 * }
 * }</pre>
 *
 * <p>The "Last updated" line moves only when the rows change: a file whose block differs from the
 * new one in that line alone is kept as it is, so an unchanged catalogue makes no commit. Calls
 * for the same repository must not overlap.
 */
public final class Publisher {
    private static final Logger LOG = LoggerFactory.getLogger(Publisher.class);

    private final GitConfig git;
    private final Clock clock;
    private final ReadmeRenderer renderer = new ReadmeRenderer();

    public Publisher(GitConfig git, Clock clock) {
        this.git = Objects.requireNonNull(git, "git");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Publishes one publication, creating the repository and the file when missing.
     *
     * @throws PublishException when the file's markers are broken, the file lies outside the
     *     repository or the repository has another branch checked out, all found before anything
     *     is written; or when reading, writing or committing fails
     */
    public PublishResult publish(PublicationConfig publication, PostingCatalog catalog) {
        try (PublicationRepository repository = PublicationRepository.open(git)) {
            Path file = repository.resolve(publication.file());
            Instant now = clock.instant();
            Readme readme = renderer.render(publication, catalog, now);

            writeIfChanged(repository, file, publication.id(), readme);

            String message = "Publish " + publication.id() + ": " + ReadmeStats.jobs(readme.rows());
            String commitId = repository.commitIfChanged(file, message, now);
            if (commitId == null) {
                LOG.info("publication {}: {} rows, unchanged", publication.id(), readme.rows());
            } else {
                LOG.info("publication {}: {} rows, committed {}", publication.id(), readme.rows(),
                        commitId);
            }
            return new PublishResult(
                    publication.id(), file, readme.rows(), commitId != null, commitId);
        }
    }

    /** Puts the rendered block into the file, creating it when missing, and writes on change. */
    private static void writeIfChanged(
            PublicationRepository repository, Path file, String publicationId, Readme readme) {
        byte[] text = readme.text().getBytes(StandardCharsets.UTF_8);
        MarkedFile rendered = MarkedFile.parse(text, "publication " + publicationId);

        byte[] existing = repository.read(file);
        byte[] content = existing == null
                ? text
                : merge(MarkedFile.parse(existing, file.toString()), existing, rendered);

        if (!Arrays.equals(existing, content)) {
            repository.write(file, content);
            LOG.debug("publication {}: wrote {} ({} bytes)", publicationId, file, content.length);
        }
    }

    /** The existing bytes with the new block, or unchanged when only the update time differs. */
    private static byte[] merge(MarkedFile current, byte[] existing, MarkedFile rendered) {
        String block = rendered.block();
        if (ReadmeRenderer.sameExceptUpdated(current.block(), block)) {
            return existing;
        }
        return current.withBlock(block);
    }
}
