package org.joblist.aggregate.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.joblist.aggregate.RunId;
import org.joblist.aggregate.RunReport;
import org.joblist.aggregate.RunStatus;
import org.joblist.aggregate.SourceOutcome;
import org.joblist.aggregate.SourceStatus;
import org.joblist.aggregate.StoredPosting;
import org.joblist.aggregate.store.PostingStore;
import org.joblist.aggregate.testing.MutableClock;
import org.joblist.aggregate.testing.TestDatabase;
import org.joblist.aggregate.testing.TestDatabases;
import org.joblist.aggregate.testing.TestStores;
import org.joblist.config.AggregateConfig;
import org.joblist.config.SourceConfig;
import org.joblist.config.SourceKind;
import org.joblist.ingest.Connector;
import org.joblist.ingest.FetchException;
import org.joblist.ingest.FetchSummary;
import org.joblist.ingest.PostingSink;
import org.joblist.ingest.SourcePosting;
import org.joblist.ingest.WorkplaceType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Source postings carry values copied from the recorded boards in shared/fixtures/real. On H2 and
 * on PostgreSQL.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
class SourceRunnerTest {
    @RegisterExtension
    static final TestDatabases DATABASES = new TestDatabases();

    private static final Instant FIRST_RUN = Instant.parse("2026-08-15T06:00:00Z");
    private static final Instant SECOND_RUN = Instant.parse("2026-08-16T06:00:00Z");
    private static final SourceConfig GITLAB =
            new SourceConfig("gitlab", SourceKind.GREENHOUSE, "gitlab", null);
    private static final SourceConfig REMOTEOK = new SourceConfig(
            "remoteok", SourceKind.REMOTEOK, null, URI.create("https://remoteok.com/api"));
    private static final String GITLAB_URL =
            "https://boards-api.greenhouse.io/v1/boards/gitlab/jobs?content=true";
    private static final PostingSink NO_PROGRESS = posting -> { };

    private static final SourcePosting ACCOUNT_EXECUTIVE = gitlab("8503792002",
            "Account Executive - Italy", "Remote, Italy", "2026-04-17T05:58:03-04:00");
    private static final SourcePosting AI_ENGINEER = gitlab("8556658002",
            "AI Engineer", "Remote, Bangalore", "2026-05-22T09:16:29-04:00");
    private static final SourcePosting AI_TRANSFORMATION_OWNER = gitlab("8638232002",
            "AI Transformation Owner, CRO", "Remote, United States", "2026-07-22T13:38:40-04:00");
    private static final List<SourcePosting> GITLAB_BOARD =
            List.of(ACCOUNT_EXECUTIVE, AI_ENGINEER, AI_TRANSFORMATION_OWNER);

    private final MutableClock clock = new MutableClock(FIRST_RUN);
    private final PostingStore store;
    private final SourceRunner runner;

    SourceRunnerTest(TestDatabase database) {
        this.store = PostingStore.open(DATABASES.fresh(database), clock);
        this.runner = new SourceRunner(store, clock);
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void storesASourceAndCountsNewAndUpdatedPostingsOnTheNextRun() {
        SourceOutcome first = runOnce(GITLAB, ListConnector.of(GITLAB_BOARD));
        clock.set(SECOND_RUN);
        SourcePosting retitled = gitlab("8556658002",
                "AI Engineer &amp; Researcher", "Remote, Bangalore", "2026-05-22T09:16:29-04:00");

        SourceOutcome second = runOnce(GITLAB,
                ListConnector.of(List.of(ACCOUNT_EXECUTIVE, retitled, AI_TRANSFORMATION_OWNER)));

        assertThat(first).isEqualTo(ok(GITLAB, 1, 3, 3, 0, 0, FIRST_RUN));
        assertThat(second).isEqualTo(ok(GITLAB, 1, 3, 0, 1, 0, SECOND_RUN));
        assertThat(TestStores.all(store))
                .extracting(s -> s.posting().title(), s -> s.posting().location(),
                        s -> s.posting().postedAt(), StoredPosting::firstSeenAt,
                        StoredPosting::lastSeenAt)
                .containsExactly(
                        tuple("AI Transformation Owner, CRO", "Remote, United States",
                                Instant.parse("2026-07-22T17:38:40Z"), FIRST_RUN, SECOND_RUN),
                        tuple("AI Engineer & Researcher", "Remote, Bangalore",
                                Instant.parse("2026-05-22T13:16:29Z"), FIRST_RUN, SECOND_RUN),
                        tuple("Account Executive - Italy", "Remote, Italy",
                                Instant.parse("2026-04-17T09:58:03Z"), FIRST_RUN, SECOND_RUN));
    }

    @Test
    void aFailingSourceKeepsItsPreviousPostingsWhileAnotherSourceOfTheRunIsStored() {
        runOnce(GITLAB, ListConnector.of(GITLAB_BOARD));
        List<StoredPosting> before = TestStores.all(store);
        clock.set(SECOND_RUN);
        SourcePosting retitled = gitlab("8503792002",
                "Account Executive - Spain", "Remote, Spain", "2026-04-17T05:58:03-04:00");
        SourcePosting added = gitlab("8638232003",
                "AI Engineer II", "Remote, Berlin", "2026-08-10T16:52:46-04:00");
        RunId run = store.startRun();

        SourceOutcome gitlab = runner.run(run, GITLAB, ListConnector.failingAfter(
                List.of(retitled, AI_ENGINEER, added), unavailable()), NO_PROGRESS);
        SourceOutcome remoteOk = runner.run(run, REMOTEOK, ListConnector.of(List.of(
                remoteOk("1136747", "Wolt", "Store Manager", "Marsa, ", "1786722248"))),
                NO_PROGRESS);
        RunReport report = store.finishRun(run);

        SourceOutcome failed = new SourceOutcome("gitlab", SourceStatus.ERROR, 1, 3, 0, 0, 0,
                "source gitlab: " + GITLAB_URL + ": HTTP 503", SECOND_RUN, Duration.ZERO);
        assertThat(gitlab).isEqualTo(failed);
        assertThat(remoteOk).isEqualTo(ok(REMOTEOK, 1, 1, 1, 0, 0, SECOND_RUN));
        assertThat(report.status()).isEqualTo(RunStatus.PARTIAL);
        assertThat(report.outcomes()).containsExactly(failed, remoteOk);
        List<StoredPosting> after = TestStores.all(store);
        assertThat(after).hasSize(4);
        assertThat(after.get(0).posting().title()).isEqualTo("Store Manager");
        assertThat(after.subList(1, 4)).isEqualTo(before);
    }

    @Test
    void aSourceFailingAfterSeveralBatchesRollsAllOfThemBack() {
        runOnce(GITLAB, ListConnector.of(GITLAB_BOARD));
        List<StoredPosting> before = TestStores.all(store);
        clock.set(SECOND_RUN);
        List<SourcePosting> board = new ArrayList<>(GITLAB_BOARD);
        IntStream.rangeClosed(1, 1_231).forEach(i -> board.add(gitlab(
                "9" + i, "Engineer " + i, "Remote", "2026-08-10T16:52:46-04:00")));

        SourceOutcome outcome = runOnce(GITLAB, ListConnector.failingAfter(board, unavailable()));

        assertThat(outcome.status()).isEqualTo(SourceStatus.ERROR);
        assertThat(outcome.seen()).isEqualTo(1_234);
        assertThat(outcome.pages()).isEqualTo(13);
        assertThat(TestStores.all(store)).isEqualTo(before);
    }

    @Test
    void storesMorePostingsThanOneBatchHolds() {
        List<SourcePosting> board = IntStream.rangeClosed(1, 1_234)
                .mapToObj(i -> gitlab("9" + i, "Engineer " + i, "Remote",
                        String.valueOf(1_786_000_000L + i)))
                .toList();

        SourceOutcome outcome = runOnce(GITLAB, ListConnector.of(board));

        assertThat(outcome).isEqualTo(ok(GITLAB, 13, 1_234, 1_234, 0, 0, FIRST_RUN));
        List<StoredPosting> stored = TestStores.all(store);
        assertThat(stored).hasSize(1_234);
        assertThat(stored.get(0).posting().title()).isEqualTo("Engineer 1234");
        assertThat(stored.get(0).posting().postedAt())
                .isEqualTo(Instant.ofEpochSecond(1_786_001_234L));
    }

    @Test
    void anyExceptionFromAConnectorFailsOnlyItsSource() {
        Connector broken = (source, sink) -> {
            throw new IllegalStateException("unexpected token at line 3");
        };

        SourceOutcome outcome = runOnce(GITLAB, broken);

        assertThat(outcome.status()).isEqualTo(SourceStatus.ERROR);
        assertThat(outcome.message())
                .isEqualTo("java.lang.IllegalStateException: unexpected token at line 3");
    }

    @Test
    void countsPostingsThatCannotBeNormalizedAsSkipped() {
        List<SourcePosting> board = List.of(
                remoteOk("1135929", "DanielTems", "Compatibility", "How, ", "1785704722"),
                remoteOk("1135927", "Bevoxe", "Menu", "Ashreigney, ", "1785702712"),
                SourcePosting.builder("remoteok", "1135924").company("Deliberate Development")
                        .title("Failure Breeds Success").location("Success, ")
                        .workplaceType(WorkplaceType.REMOTE).postedAt("1785694767")
                        .applyUrl("mailto:jobs@example.com").build());

        SourceOutcome outcome = runOnce(REMOTEOK, ListConnector.withSkippedEntries(board, 1));

        assertThat(outcome).isEqualTo(ok(REMOTEOK, 1, 3, 2, 0, 2, FIRST_RUN));
        assertThat(TestStores.all(store)).extracting(s -> s.posting().location())
                .containsExactly("How", "Ashreigney");
    }

    @Test
    void measuresTheSourceWithTheClockAndTellsTheProgressSinkEverything() {
        List<String> progress = new ArrayList<>();
        PostingSink recorder = new PostingSink() {
            @Override
            public void accept(SourcePosting posting) {
                progress.add("posting " + posting.externalId());
            }

            @Override
            public void pageRead(int pagesSoFar, int postingsSoFar) {
                progress.add("page " + pagesSoFar + " with " + postingsSoFar);
            }
        };
        Connector slow = (source, sink) -> {
            clock.advance(Duration.ofMillis(1_500));
            return ListConnector.of(GITLAB_BOARD).fetch(source, sink);
        };
        RunId run = store.startRun();

        SourceOutcome outcome = runner.run(run, GITLAB, slow, recorder);

        assertThat(outcome.duration()).isEqualTo(Duration.ofMillis(1_500));
        assertThat(progress).containsExactly("posting 8503792002", "posting 8556658002",
                "posting 8638232002", "page 1 with 3");
    }

    @Test
    void aCappedReadIsRecordedAsTruncatedAndClosesNothing() {
        SourceRunner closingAfterOneMiss = closingAfterOneMiss();
        closingAfterOneMiss.run(store.startRun(), GITLAB, ListConnector.of(GITLAB_BOARD),
                NO_PROGRESS);
        clock.set(SECOND_RUN);
        Connector capped = (source, sink) -> {
            sink.accept(ACCOUNT_EXECUTIVE);
            return new FetchSummary(1, 1, 0, true);
        };

        SourceOutcome outcome =
                closingAfterOneMiss.run(store.startRun(), GITLAB, capped, NO_PROGRESS);

        assertThat(outcome.status()).isEqualTo(SourceStatus.TRUNCATED);
        assertThat(TestStores.all(store)).hasSize(3);
    }

    @Test
    void aCompleteReadClosesWhatItMissedAndPassesTheFetchTimeForRelativeDates() {
        SourceRunner closingAfterOneMiss = closingAfterOneMiss();
        closingAfterOneMiss.run(store.startRun(), GITLAB, ListConnector.of(GITLAB_BOARD),
                NO_PROGRESS);
        clock.set(SECOND_RUN);
        SourcePosting relative = gitlab("1", "Engineer", "Berlin", "3 hours ago");

        closingAfterOneMiss.run(store.startRun(), GITLAB,
                ListConnector.of(List.of(ACCOUNT_EXECUTIVE, relative)), NO_PROGRESS);

        assertThat(TestStores.all(store)).extracting(s -> s.posting().externalId(),
                s -> s.posting().postedAt()).containsExactlyInAnyOrder(
                        tuple("1", SECOND_RUN.minus(Duration.ofHours(3))),
                        tuple("8503792002", Instant.parse("2026-04-17T09:58:03Z")));
    }

    private SourceRunner closingAfterOneMiss() {
        return new SourceRunner(store, clock, new AggregateConfig(1, Duration.ofDays(30),
                Duration.ofDays(14), Map.of(), List.of(), Set.of(), Set.of(), List.of()));
    }

    private SourceOutcome runOnce(SourceConfig source, Connector connector) {
        RunId run = store.startRun();
        SourceOutcome outcome = runner.run(run, source, connector, NO_PROGRESS);
        assertThat(store.finishRun(run).outcomes()).containsExactly(outcome);
        return outcome;
    }

    private static FetchException unavailable() {
        return new FetchException("gitlab", GITLAB_URL, 503, "HTTP 503", null);
    }

    private static SourceOutcome ok(SourceConfig source, int pages, int seen, int newCount,
            int updated, int skipped, Instant startedAt) {
        return new SourceOutcome(source.id(), SourceStatus.OK, pages, seen, newCount, updated,
                skipped, "read to the end", startedAt, Duration.ZERO);
    }

    private static SourcePosting gitlab(
            String id, String title, String location, String postedAt) {
        return SourcePosting.builder("gitlab", id).company("GitLab").title(title)
                .location(location).postedAt(postedAt)
                .applyUrl("https://job-boards.greenhouse.io/gitlab/jobs/" + id)
                .description("&lt;p&gt;GitLab is an open-core software company.&lt;/p&gt;")
                .build();
    }

    private static SourcePosting remoteOk(
            String id, String company, String title, String location, String epoch) {
        return SourcePosting.builder("remoteok", id).company(company).title(title)
                .location(location).workplaceType(WorkplaceType.REMOTE).postedAt(epoch)
                .applyUrl("https://remoteOK.com/remote-jobs/" + id).tags(List.of("remote"))
                .build();
    }
}
