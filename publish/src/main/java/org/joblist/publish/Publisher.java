package org.joblist.publish;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.joblist.aggregate.PostingCatalog;
import org.joblist.config.GitConfig;
import org.joblist.config.PublicationConfig;
import org.joblist.config.SourceConfig;
import org.joblist.ingest.SourceCredit;
import org.joblist.publish.PublicationPlanner.Plan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes job lists: renders each publication's README (and archive files) from the catalogue,
 * writes it between the markers of its file in the git repository, commits the files whose bytes
 * changed and pushes when a remote is configured.
 *
 * <pre>{@code
 * Publisher publisher = new Publisher(config.git(), config.sources(), Clock.systemUTC());
 * List<PublishResult> results = publisher.publishAll(config.publications(), catalog);
 * String diff = publisher.preview(config.publications(), catalog);   // writes nothing
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
    private final PublicationPlanner planner;

    /** A publisher that credits no source. */
    public Publisher(GitConfig git, Clock clock) {
        this(git, List.of(), clock);
    }

    /**
     * @param git the shared repository, for publications that have none of their own
     * @param sources the configured sources, so that the rows of those whose terms ask for it
     *     are credited (see {@link SourceCredit})
     */
    public Publisher(GitConfig git, List<SourceConfig> sources, Clock clock) {
        this.git = Objects.requireNonNull(git, "git");
        this.clock = Objects.requireNonNull(clock, "clock");
        Map<String, SourceCredit> credits = new HashMap<>();
        for (SourceConfig source : sources) {
            SourceCredit.of(source.kind()).ifPresent(credit -> credits.put(source.id(), credit));
        }
        this.planner = new PublicationPlanner(new ReadmeRenderer(), credits);
    }

    /**
     * Publishes every publication, then makes one commit per repository holding the files of
     * every publication that changed, and pushes each repository that has a remote once.
     *
     * @throws PublishException as {@link #publish} does, or when a push fails
     */
    public List<PublishResult> publishAll(
            List<PublicationConfig> publications, PostingCatalog catalog) {
        List<PublishResult> results = new ArrayList<>();
        for (Map.Entry<GitConfig, List<PublicationConfig>> group
                : byRepository(publications).entrySet()) {
            try (PublicationRepository repository = PublicationRepository.open(group.getKey())) {
                results.addAll(publish(repository, group.getValue(), catalog));
                repository.push();
            }
        }
        return results;
    }

    /**
     * Publishes one publication, creating the repository and the file when missing, and pushes
     * when its repository has a remote.
     *
     * @throws PublishException when the file's markers are broken, the file lies outside the
     *     repository or the repository has another branch checked out, all found before anything
     *     is written; or when reading, writing, committing or pushing fails
     */
    public PublishResult publish(PublicationConfig publication, PostingCatalog catalog) {
        return publishAll(List.of(publication), catalog).get(0);
    }

    /**
     * What publishing would change, as a unified diff of every file that would change; empty when
     * nothing would. Writes nothing and creates no repository.
     */
    public String preview(List<PublicationConfig> publications, PostingCatalog catalog) {
        Instant now = clock.instant();
        StringBuilder diff = new StringBuilder();
        for (PublicationConfig publication : publications) {
            Path root = gitOf(publication).repository().toAbsolutePath().normalize();
            Plan plan = planner.plan(root, publication, catalog, now);
            for (FileChange change : plan.files()) {
                diff.append(UnifiedDiff.of(change));
            }
        }
        return diff.toString();
    }

    /** Writes every publication's files into one repository and commits those that changed. */
    private List<PublishResult> publish(PublicationRepository repository,
            List<PublicationConfig> publications, PostingCatalog catalog) {
        Instant now = clock.instant();
        List<Written> written = new ArrayList<>();
        for (PublicationConfig publication : publications) {
            Plan plan = planner.plan(repository.root(), publication, catalog, now);
            plan.files().forEach(repository::apply);
            List<String> paths = plan.files().stream().map(FileChange::path).toList();
            written.add(new Written(publication, plan, repository.changedPaths(paths)));
        }

        List<Written> changed = written.stream().filter(w -> !w.changedPaths().isEmpty()).toList();
        String commitId = changed.isEmpty() ? null : repository.commit(
                changed.stream().flatMap(w -> w.changedPaths().stream()).toList(),
                commitMessage(changed), now);

        List<PublishResult> results = new ArrayList<>();
        for (Written w : written) {
            boolean hasChanged = !w.changedPaths().isEmpty();
            LOG.info("publication {}: {} rows, {}", w.publication().id(), w.plan().rows(),
                    hasChanged ? "committed " + commitId + ": " + w.summary() : "unchanged");
            results.add(new PublishResult(w.publication().id(), w.plan().file(),
                    w.plan().archives(), w.plan().rows(), hasChanged,
                    hasChanged ? commitId : null));
        }
        return results;
    }

    /**
     * One publication: "Publish jobs: 7 jobs (+1 new)". Several: their ids on the first line and
     * one such summary each below it.
     */
    private static String commitMessage(List<Written> changed) {
        if (changed.size() == 1) {
            return "Publish " + changed.get(0).summary();
        }
        StringBuilder message = new StringBuilder("Publish ")
                .append(String.join(", ", changed.stream().map(w -> w.publication().id()).toList()))
                .append("\n");
        for (Written w : changed) {
            message.append("\n").append(w.summary());
        }
        return message.append("\n").toString();
    }

    /** A publication whose files were written, and those of them that differ from HEAD. */
    private record Written(PublicationConfig publication, Plan plan, List<String> changedPaths) {
        /** "jobs: 7 jobs (+1 new, 2 closed)". */
        String summary() {
            String delta = plan.delta().describe();
            return publication.id() + ": " + ReadmeStats.jobs(plan.rows())
                    + (delta.isEmpty() ? "" : " (" + delta + ")");
        }
    }

    private Map<GitConfig, List<PublicationConfig>> byRepository(
            List<PublicationConfig> publications) {
        Map<GitConfig, List<PublicationConfig>> groups = new LinkedHashMap<>();
        for (PublicationConfig publication : publications) {
            groups.computeIfAbsent(gitOf(publication), key -> new ArrayList<>()).add(publication);
        }
        return groups;
    }

    private GitConfig gitOf(PublicationConfig publication) {
        GitConfig own = publication.git();
        return own == null ? git : own;
    }
}
