package org.joblist.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.eclipse.jgit.lib.Constants;
import org.joblist.aggregate.PostingCatalog;
import org.joblist.config.FeedFiles;
import org.joblist.config.PublicationConfig;
import org.joblist.ingest.SourceCredit;
import org.joblist.publish.ReadmeRenderer.ArchivePage;
import org.joblist.publish.ReadmeRenderer.Rendering;
import org.jspecify.annotations.Nullable;

/**
 * Works out what publishing a publication would do to the files of a work tree, writing nothing:
 * the README with its new block (or unchanged when only its update time would move), each
 * archive file, the archive files left over from a longer list, to delete, and the feeds.
 */
final class PublicationPlanner {
    private final ReadmeRenderer renderer;
    private final Map<String, SourceCredit> credits;

    /** @param credits the credit each source's terms ask for, by source id */
    PublicationPlanner(ReadmeRenderer renderer, Map<String, SourceCredit> credits) {
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        this.credits = Map.copyOf(credits);
    }

    /**
     * What publishing would change.
     *
     * @param root the repository's work tree, which need not exist yet
     * @throws PublishException when the file lies outside the work tree, its markers are broken
     *     or a file cannot be read
     */
    Plan plan(Path root, PublicationConfig publication, PostingCatalog catalog, Instant now) {
        Path file = resolve(root, publication.file());
        Rendering rendering = renderer.render(publication, catalog, now, credits);
        List<FileChange> changes = new ArrayList<>();
        FileChange readme = readmeChange(publication, file, rendering);
        changes.add(readme);

        TreeMap<Integer, FileChange> archives = new TreeMap<>();
        for (int i = 0; i < rendering.archives().size(); i++) {
            ArchivePage page = rendering.archives().get(i);
            Path archive = resolve(root, page.path());
            archives.put(i + 1, new FileChange(page.path(), archive, read(archive),
                    page.text().getBytes(StandardCharsets.UTF_8)));
        }
        addLeftoverArchives(root, publication.file(), archives);
        changes.addAll(archives.values());
        changes.addAll(feedChanges(root, publication, rendering));
        RowDelta delta = RowDelta.of(changes,
                () -> closedRowKeys(publication, catalog, readme.before(), now));
        return new Plan(publication.id(), file, rendering.rows(), changes, delta);
    }

    /**
     * The keys of the rows whose postings closed since the README was last updated, as its
     * "Last updated" line says, less a day: a run that closed a posting may have begun before
     * the publish that still showed it. None without an earlier README.
     */
    private Set<String> closedRowKeys(PublicationConfig publication, PostingCatalog catalog,
            byte @Nullable [] readme, Instant now) {
        if (readme == null) {
            return Set.of();
        }
        String block = MarkedFile.parse(readme, publication.file()).block();
        return ReadmeRenderer.updatedAt(block)
                .map(updated -> renderer.closedRowKeys(publication, catalog,
                        updated.minus(Duration.ofDays(1)), now, credits))
                .orElse(Set.of());
    }

    private static FileChange readmeChange(
            PublicationConfig publication, Path file, Rendering rendering) {
        byte[] text = rendering.readme().getBytes(StandardCharsets.UTF_8);
        MarkedFile rendered = MarkedFile.parse(text, "the rendered list");
        byte[] existing = read(file);
        byte[] content = existing == null
                ? text
                : merge(MarkedFile.parse(existing, file.toString()), existing, rendered);
        return new FileChange(publication.file(), file, existing, content);
    }

    /** The existing bytes with the new block, or unchanged when only the update time differs. */
    private static byte[] merge(MarkedFile current, byte[] existing, MarkedFile rendered) {
        String block = rendered.block();
        if (ReadmeRenderer.sameExceptUpdated(current.block(), block)) {
            return existing;
        }
        return current.withBlock(block);
    }

    private static List<FileChange> feedChanges(
            Path root, PublicationConfig publication, Rendering rendering) {
        FeedFiles feeds = publication.feeds();
        List<FeedItem> items = rendering.feedItems();
        List<FileChange> changes = new ArrayList<>();
        if (feeds.json() != null) {
            changes.add(feedChange(root, feeds.json(), FeedWriter.jsonFeed(publication, items)));
        }
        if (feeds.atom() != null) {
            changes.add(feedChange(root, feeds.atom(), FeedWriter.atom(publication, items)));
        }
        if (feeds.csv() != null) {
            changes.add(feedChange(root, feeds.csv(), FeedWriter.csv(items)));
        }
        return changes;
    }

    private static FileChange feedChange(Path root, String path, byte[] content) {
        Path file = resolve(root, path);
        return new FileChange(path, file, read(file), content);
    }

    /** Archive files numbered past the new last one, from an earlier, longer list: deleted. */
    private static void addLeftoverArchives(
            Path root, String readmePath, TreeMap<Integer, FileChange> archives) {
        ArchiveFiles names = new ArchiveFiles(readmePath);
        int slash = readmePath.lastIndexOf('/');
        String directory = slash < 0 ? "" : readmePath.substring(0, slash + 1);
        Path dir = resolve(root, readmePath).getParent();
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> siblings = Files.list(dir)) {
            siblings.forEach(sibling -> {
                String path = directory + sibling.getFileName();
                int number = names.numberOf(path);
                if (number > 0 && !archives.containsKey(number)) {
                    archives.put(number, new FileChange(path, sibling, read(sibling), null));
                }
            });
        } catch (IOException e) {
            throw new PublishException(dir + ": cannot list: " + e.getMessage(), e);
        }
    }

    /**
     * The work tree path of a file named relative to the repository root.
     *
     * @throws PublishException when the file lies outside the work tree or inside {@code .git}
     */
    static Path resolve(Path root, String file) {
        Path resolved = root.resolve(file).normalize();
        if (!resolved.startsWith(root) || resolved.equals(root)
                || resolved.startsWith(root.resolve(Constants.DOT_GIT))) {
            throw new PublishException(
                    "file " + file + " is not a work tree file of repository " + root);
        }
        // A link would let a write land outside the repository, or in a file git keeps as a link.
        for (Path part = resolved; !part.equals(root); part = part.getParent()) {
            if (Files.isSymbolicLink(part)) {
                throw new PublishException("file " + file + " of repository " + root + ": " + part
                        + " is a symbolic link; joblist writes only regular files in the work tree");
            }
        }
        return resolved;
    }

    /** The file's bytes; null when it does not exist. */
    private static byte @Nullable [] read(Path file) {
        try {
            return Files.exists(file) ? Files.readAllBytes(file) : null;
        } catch (IOException e) {
            throw new PublishException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    /**
     * What publishing one publication would change.
     *
     * @param file the README in the work tree
     * @param rows the postings listed, in the README and its archive files together
     * @param files the README first, then the archive files by number, then the feeds
     * @param delta how the rows of the README and its archive files change
     */
    record Plan(
            String publicationId, Path file, int rows, List<FileChange> files, RowDelta delta) {
        Plan {
            files = List.copyOf(files);
        }

        boolean changes() {
            return files.stream().anyMatch(FileChange::changes);
        }

        /** The archive files publishing leaves in place. */
        List<Path> archives() {
            ArchiveFiles names = new ArchiveFiles(files.get(0).path());
            return files.subList(1, files.size()).stream()
                    .filter(change -> change.after() != null)
                    .filter(change -> names.numberOf(change.path()) > 0)
                    .map(FileChange::file)
                    .toList();
        }
    }
}
