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
 * PublishReport report = publisher.publishAll(config.publications(), catalog);
 * PublishPreview preview = publisher.preview(config.publications(), catalog);   // writes nothing
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
     * every publication that changed, and pushes each repository that has a remote once. Each
     * publication is published on its own: one whose file has broken markers or lies outside the
     * repository fails alone, and one whose repository cannot be opened, committed to or pushed
     * fails with the others of that repository; the rest are published all the same.
     *
     * @return the results in the order of the repositories' first publications, and the failures
     */
    public PublishReport publishAll(List<PublicationConfig> publications, PostingCatalog catalog) {
        List<PublishResult> results = new ArrayList<>();
        List<PublishFailure> failures = new ArrayList<>();
        for (Map.Entry<GitConfig, List<PublicationConfig>> group
                : byRepository(publications).entrySet()) {
            PublishReport report = publishInto(group.getKey(), group.getValue(), catalog);
            results.addAll(report.results());
            failures.addAll(report.failures());
        }
        return new PublishReport(results, failures);
    }

    /**
     * Publishes one publication, creating the repository and the file when missing, and pushes
     * when its repository has a remote.
     *
     * @throws PublishException naming the publication, when the file's markers are broken, the
     *     file lies outside the repository or the repository has another branch checked out, all
     *     found before anything is written; or when reading, writing, committing or pushing fails
     */
    public PublishResult publish(PublicationConfig publication, PostingCatalog catalog) {
        PublishReport report = publishAll(List.of(publication), catalog);
        if (report.hasFailures()) {
            throw report.failures().get(0).error();
        }
        return report.results().get(0);
    }

    /**
     * What publishing would change: a unified diff of every file that would change, and the
     * publications that would fail as {@link #publishAll} finds them before it writes. Writes
     * nothing and creates no repository.
     */
    public PublishPreview preview(List<PublicationConfig> publications, PostingCatalog catalog) {
        Instant now = clock.instant();
        StringBuilder diff = new StringBuilder();
        List<PublishFailure> failures = new ArrayList<>();
        for (PublicationConfig publication : publications) {
            Path root = gitOf(publication).repository().toAbsolutePath().normalize();
            try {
                Plan plan = planner.plan(root, publication, catalog, now);
                plan.files().forEach(change -> diff.append(UnifiedDiff.of(change)));
            } catch (PublishException e) {
                failures.add(PublishFailure.of(publication, e));
            }
        }
        return new PublishPreview(diff.toString(), failures);
    }

    /**
     * Publishes the publications of one repository and pushes it. A publication whose files
     * cannot be planned or written fails alone; when the repository cannot be opened, committed
     * to or pushed, every publication of it fails.
     */
    private PublishReport publishInto(GitConfig git, List<PublicationConfig> publications,
            PostingCatalog catalog) {
        PublicationRepository repository;
        try {
            repository = PublicationRepository.open(git);
        } catch (PublishException e) {
            return new PublishReport(List.of(), failures(publications, e));
        }

        try (repository) {
            Instant now = clock.instant();
            List<Written> written = new ArrayList<>();
            List<PublishFailure> failures = new ArrayList<>();
            for (PublicationConfig publication : publications) {
                try {
                    written.add(write(repository, publication, catalog, now));
                } catch (PublishException e) {
                    failures.add(PublishFailure.of(publication, e));
                }
            }

            try {
                List<PublishResult> results = commit(repository, written, now);
                repository.push();
                return new PublishReport(results, failures);
            } catch (PublishException e) {
                failures.addAll(failures(written.stream().map(Written::publication).toList(), e));
                return new PublishReport(List.of(), failures);
            }
        }
    }

    private static List<PublishFailure> failures(
            List<PublicationConfig> publications, PublishException e) {
        return publications.stream().map(publication -> PublishFailure.of(publication, e)).toList();
    }

    /** Commits the files of the publications that changed, in one commit. */
    private List<PublishResult> commit(
            PublicationRepository repository, List<Written> written, Instant now) {
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

    /** Writes a publication's files into the work tree; nothing is written when planning fails. */
    private Written write(PublicationRepository repository, PublicationConfig publication,
            PostingCatalog catalog, Instant now) {
        Plan plan = planner.plan(repository.root(), publication, catalog, now);
        plan.files().forEach(repository::apply);
        List<String> paths = plan.files().stream().map(FileChange::path).toList();
        return new Written(publication, plan, repository.changedPaths(paths));
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
