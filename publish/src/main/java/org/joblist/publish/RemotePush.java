package org.joblist.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.RebaseCommand;
import org.eclipse.jgit.api.RebaseResult;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.RemoteRefUpdate;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;
import org.joblist.config.GitConfig;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pushes a repository's branch to its remote, never forced. A push rejected because the remote
 * moved on is answered by fetching the remote's branch, rebasing the local commits onto it and
 * pushing again, up to {@link GitConfig#pushAttempts()} attempts in all. The token, when there is
 * one, goes to the remote as the password of user {@value #TOKEN_USER} and into no message.
 */
final class RemotePush {
    private static final Logger LOG = LoggerFactory.getLogger(RemotePush.class);

    /** The user name GitHub and GitLab accept with an access token as the password. */
    static final String TOKEN_USER = "x-access-token";

    private final Git git;
    private final Path root;
    private final GitConfig config;
    private final String remote;
    private final String branchRef;
    private final String trackingRef;

    RemotePush(Git git, Path root, GitConfig config) {
        this.git = Objects.requireNonNull(git, "git");
        this.root = Objects.requireNonNull(root, "root");
        this.config = Objects.requireNonNull(config, "config");
        this.remote = Objects.requireNonNull(config.remote(), "config.remote");
        this.branchRef = Constants.R_HEADS + config.branch();
        this.trackingRef = Constants.R_REMOTES + "joblist/" + config.branch();
    }

    /** Clones the remote's branch into root; an empty remote gives an empty repository. */
    static Git cloneInto(Path root, GitConfig config) throws IOException, GitAPIException {
        Files.createDirectories(root);
        Git git = Git.cloneRepository()
                .setURI(Objects.requireNonNull(config.remote(), "config.remote"))
                .setDirectory(root.toFile())
                .setBranch(config.branch())
                .setCredentialsProvider(credentials(config))
                .call();
        if (git.getRepository().resolve(Constants.HEAD) == null) {
            // An empty remote leaves HEAD on the remote's default branch name; use ours.
            RefUpdate head = git.getRepository().getRefDatabase().newUpdate(Constants.HEAD, false);
            head.link(Constants.R_HEADS + config.branch());
        }
        LOG.info("repository {}: cloned {} branch {}", root, config.remote(), config.branch());
        return git;
    }

    void push() {
        try {
            if (git.getRepository().resolve(Constants.HEAD) == null) {
                return;
            }
            for (int attempt = 1; ; attempt++) {
                RemoteRefUpdate update = pushOnce();
                switch (update.getStatus()) {
                    case OK, UP_TO_DATE -> {
                        LOG.info("repository {}: pushed {} to {} (attempt {})", root,
                                config.branch(), remote, attempt);
                        return;
                    }
                    case REJECTED_NONFASTFORWARD, REJECTED_REMOTE_CHANGED -> {
                        if (attempt >= config.pushAttempts()) {
                            throw failure("rejected " + attempt + " times because the remote"
                                    + " moved on each time; nothing was forced");
                        }
                        LOG.info("repository {}: push rejected, remote moved on; fetching and"
                                + " rebasing (attempt {} of {})", root, attempt,
                                config.pushAttempts());
                        fetchAndRebase();
                    }
                    default -> throw failure(describe(update));
                }
            }
        } catch (IOException | GitAPIException e) {
            throw failure(e.getMessage());
        }
    }

    private RemoteRefUpdate pushOnce() throws GitAPIException {
        Iterable<PushResult> results = git.push()
                .setRemote(remote)
                .setRefSpecs(new RefSpec(branchRef + ":" + branchRef))
                .setCredentialsProvider(credentials(config))
                .call();
        for (PushResult result : results) {
            RemoteRefUpdate update = result.getRemoteUpdate(branchRef);
            if (update != null) {
                return update;
            }
        }
        throw failure("the remote did not answer for " + branchRef);
    }

    private void fetchAndRebase() throws GitAPIException {
        git.fetch()
                .setRemote(remote)
                .setRefSpecs(new RefSpec("+" + branchRef + ":" + trackingRef))
                .setCredentialsProvider(credentials(config))
                .call();
        RebaseResult result = git.rebase().setUpstream(trackingRef).call();
        if (result.getStatus().isSuccessful()) {
            return;
        }

        String where = "";
        if (result.getStatus() == RebaseResult.Status.STOPPED) {
            // A rebase stopped by a conflict is undone, so the local commits stay as they were.
            where = " in " + String.join(", ", new TreeSet<>(git.status().call().getConflicting()));
            git.rebase().setOperation(RebaseCommand.Operation.ABORT).call();
        } else if (result.getConflicts() != null && !result.getConflicts().isEmpty()) {
            where = " in " + String.join(", ", result.getConflicts());
        } else if (result.getUncommittedChanges() != null) {
            where = ": uncommitted changes in " + String.join(", ", result.getUncommittedChanges());
        }
        throw failure("the remote moved on and rebasing onto it stopped ("
                + result.getStatus().name().toLowerCase(Locale.ROOT) + where
                + "); the local commits are kept, resolve by hand");
    }

    private static String describe(RemoteRefUpdate update) {
        String status = update.getStatus().name().toLowerCase(Locale.ROOT);
        return update.getMessage() == null ? status : status + " (" + update.getMessage() + ")";
    }

    private PublishException failure(@Nullable String reason) {
        return new PublishException("repository " + root + ": cannot push " + config.branch()
                + " to " + remote + ": " + reason);
    }

    private static @Nullable CredentialsProvider credentials(GitConfig config) {
        String token = config.token();
        return token == null ? null : new UsernamePasswordCredentialsProvider(TOKEN_USER, token);
    }
}
