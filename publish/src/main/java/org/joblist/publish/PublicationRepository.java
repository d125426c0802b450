package org.joblist.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.jgit.api.CommitCommand;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.JGitInternalException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.joblist.config.GitConfig;
import org.jspecify.annotations.Nullable;

/**
 * The git repository publications are written to, opened with JGit. A directory without a
 * repository gets a new one on the configured branch; a repository with another branch checked
 * out is refused. Writes and commits only the files it is given, never the rest of the work tree
 * or the index, and pushes to the configured remote, if any.
 */
final class PublicationRepository implements AutoCloseable {
    private final Git git;
    private final Path root;
    private final GitConfig config;

    private PublicationRepository(Git git, Path root, GitConfig config) {
        this.git = git;
        this.root = root;
        this.config = config;
    }

    /**
     * Opens the repository. A missing one is cloned from the configured remote, or created with
     * an empty history when there is no remote.
     */
    static PublicationRepository open(GitConfig config) {
        Path root = config.repository().toAbsolutePath().normalize();
        Git git;
        try {
            if (Files.exists(root.resolve(Constants.DOT_GIT))) {
                git = Git.open(root.toFile());
            } else if (isNonEmptyDirectory(root) || Files.isRegularFile(root)) {
                throw new PublishException("repository " + root + ": "
                        + (isBare(root) ? "is a bare repository; joblist needs a work tree (clone"
                                + " it and set git.repository to the clone)"
                                : "exists and is not a git work tree; set git.repository to a"
                                + " repository or to a directory that does not exist yet"));
            } else if (config.remote() != null) {
                git = RemotePush.cloneInto(root, config);
            } else {
                git = init(root, config.branch());
            }
        } catch (IOException | GitAPIException e) {
            throw new PublishException(
                    "repository " + root + ": cannot open: " + e.getMessage(), e);
        }

        PublicationRepository repository = new PublicationRepository(git, root, config);
        try {
            repository.checkBranch();
        } catch (RuntimeException e) {
            repository.close();
            throw e;
        }
        return repository;
    }

    private static boolean isNonEmptyDirectory(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(root)) {
            return entries.findAny().isPresent();
        }
    }

    private static boolean isBare(Path root) {
        return Files.isRegularFile(root.resolve(Constants.HEAD))
                && Files.isDirectory(root.resolve("objects"))
                && Files.isDirectory(root.resolve("refs"));
    }

    Path root() {
        return root;
    }

    /** Writes the file's new bytes, or deletes it when it has none, if they differ. */
    void apply(FileChange change) {
        if (!change.changes()) {
            return;
        }
        byte[] after = change.after();
        try {
            if (after == null) {
                Files.deleteIfExists(change.file());
            } else {
                Files.createDirectories(change.file().getParent());
                Files.write(change.file(), after);
            }
        } catch (IOException e) {
            throw new PublishException(change.file() + ": cannot write: " + e.getMessage(), e);
        }
    }

    /** The paths whose bytes in the work tree differ from HEAD's (missing counts as deleted). */
    List<String> changedPaths(List<String> paths) {
        try {
            List<String> changed = new ArrayList<>();
            for (String path : paths) {
                Path file = root.resolve(path);
                byte[] current = Files.exists(file) ? Files.readAllBytes(file) : null;
                if (!Arrays.equals(current, headVersion(path))) {
                    changed.add(path);
                }
            }
            return changed;
        } catch (IOException e) {
            throw new PublishException("repository " + root + ": cannot compare "
                    + String.join(", ", paths) + " with HEAD: " + e.getMessage(), e);
        }
    }

    /**
     * Commits these files alone, those present as they are in the work tree and those missing as
     * deleted; whatever else is staged or changed is left as it was.
     *
     * @param paths repository paths, '/'-separated, at least one
     * @return the new commit's id
     */
    String commit(List<String> paths, String message, Instant when) {
        try {
            PersonIdent author = new PersonIdent(
                    config.authorName(), config.authorEmail(), when, ZoneOffset.UTC);
            CommitCommand commit = git.commit();
            for (String path : paths) {
                if (Files.exists(root.resolve(path))) {
                    git.add().addFilepattern(path).call();
                } else {
                    git.rm().setCached(true).addFilepattern(path).call();
                }
                commit.setOnly(path);
            }
            RevCommit made = commit
                    .setMessage(message)
                    .setAuthor(author)
                    .setCommitter(author)
                    .setSign(false)
                    .call();
            return made.getName();
        } catch (GitAPIException | JGitInternalException e) {
            throw new PublishException("repository " + root + ": cannot commit "
                    + String.join(", ", paths) + ": " + causes(e), e);
        }
    }

    /**
     * Pushes the branch to the configured remote, rebasing onto the remote's branch when it moved
     * on; does nothing without a remote.
     *
     * @throws PublishException when the push fails, stays rejected after the configured attempts
     *     or the rebase meets a conflict
     */
    void push() {
        if (config.remote() != null) {
            new RemotePush(git, root, config).push();
        }
    }

    @Override
    public void close() {
        git.close();
    }

    static Git init(Path root, String branch) throws IOException, GitAPIException {
        Files.createDirectories(root);
        return Git.init().setDirectory(root.toFile()).setInitialBranch(branch).call();
    }

    private void checkBranch() {
        String current;
        try {
            current = git.getRepository().getBranch();
        } catch (IOException e) {
            throw new PublishException("repository " + root + ": cannot read HEAD: "
                    + e.getMessage(), e);
        }
        if (!config.branch().equals(current)) {
            throw new PublishException("repository " + root + " is on branch " + current
                    + ", not the configured branch " + config.branch()
                    + "; check out " + config.branch() + " there first");
        }
    }

    /** The file's bytes in HEAD; null when there is no HEAD yet or it lacks the file. */
    private byte @Nullable [] headVersion(String path) throws IOException {
        Repository repository = git.getRepository();
        ObjectId headTree = repository.resolve(Constants.HEAD + "^{tree}");
        if (headTree == null) {
            return null;
        }
        try (TreeWalk walk = TreeWalk.forPath(repository, path, headTree)) {
            return walk == null ? null : repository.open(walk.getObjectId(0)).getBytes();
        }
    }

    /** The messages of an exception and its causes, each once, e.g. JGit's wrapped lock failure. */
    private static String causes(Throwable e) {
        List<String> messages = new ArrayList<>();
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && !messages.contains(message)) {
                messages.add(message);
            }
        }
        return String.join(": ", messages);
    }
}
