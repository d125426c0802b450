package org.joblist.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.StringJoiner;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
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
 * out is refused. Reads, writes and commits only the files it is given, never the rest of the
 * work tree or the index.
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

    /** Opens the repository, creating the directory and the repository when missing. */
    static PublicationRepository open(GitConfig config) {
        Path root = config.repository().toAbsolutePath().normalize();
        Git git;
        try {
            git = Files.exists(root.resolve(Constants.DOT_GIT))
                    ? Git.open(root.toFile())
                    : init(root, config.branch());
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

    /**
     * The work tree path of a file named relative to the repository root.
     *
     * @throws PublishException when the file lies outside the work tree or inside {@code .git}
     */
    Path resolve(String file) {
        Path resolved = root.resolve(file).normalize();
        if (!resolved.startsWith(root) || resolved.equals(root)
                || resolved.startsWith(root.resolve(Constants.DOT_GIT))) {
            throw new PublishException(
                    "file " + file + " is not a work tree file of repository " + root);
        }
        return resolved;
    }

    /** The file's bytes; null when it does not exist. */
    byte @Nullable [] read(Path file) {
        try {
            return Files.exists(file) ? Files.readAllBytes(file) : null;
        } catch (IOException e) {
            throw new PublishException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    void write(Path file, byte[] content) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, content);
        } catch (IOException e) {
            throw new PublishException(file + ": cannot write: " + e.getMessage(), e);
        }
    }

    /**
     * Commits the file alone when its bytes differ from its version in HEAD, leaving whatever
     * else is staged or changed as it was.
     *
     * @return the new commit's id; null when the file was unchanged
     */
    @Nullable String commitIfChanged(Path file, String message, Instant when) {
        String path = gitPath(file);
        try {
            if (Arrays.equals(Files.readAllBytes(file), headVersion(path))) {
                return null;
            }

            PersonIdent author = new PersonIdent(
                    config.authorName(), config.authorEmail(), when, ZoneOffset.UTC);
            git.add().addFilepattern(path).call();
            RevCommit commit = git.commit()
                    .setOnly(path)
                    .setMessage(message)
                    .setAuthor(author)
                    .setCommitter(author)
                    .setSign(false)
                    .call();
            return commit.getName();
        } catch (IOException | GitAPIException e) {
            throw new PublishException(
                    "repository " + root + ": cannot commit " + path + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        git.close();
    }

    private static Git init(Path root, String branch) throws IOException, GitAPIException {
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

    /** The file's path as git names it: relative to the root, with '/' separators. */
    private String gitPath(Path file) {
        StringJoiner path = new StringJoiner("/");
        root.relativize(file).forEach(name -> path.add(name.toString()));
        return path.toString();
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
}
