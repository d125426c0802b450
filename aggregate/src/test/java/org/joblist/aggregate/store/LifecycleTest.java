package org.joblist.aggregate.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.joblist.aggregate.Curation;
import org.joblist.aggregate.Posting;
import org.joblist.aggregate.RunId;
import org.joblist.aggregate.SourceOutcome;
import org.joblist.aggregate.SourceStatus;
import org.joblist.aggregate.StoredPosting;
import org.joblist.aggregate.testing.MutableClock;
import org.joblist.aggregate.testing.TestStores;
import org.joblist.config.AggregateConfig;
import org.joblist.config.AggregateConfig.PostingOverride;
import org.joblist.ingest.WorkplaceType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Postings close, stay open and reopen by their source's runs; curation hides and overrides. */
class LifecycleTest {
    private static final Instant DAY_1 = Instant.parse("2026-08-15T06:00:00Z");
    private static final SourceLifecycle COMPLETE =
            new SourceLifecycle(true, 2, Duration.ofDays(30));
    private static final Posting ACCOUNT_EXECUTIVE = gitlab("8503792002",
            "Account Executive - Italy");
    private static final Posting AI_ENGINEER = gitlab("8556658002", "AI Engineer");

    private final MutableClock clock = new MutableClock(DAY_1);
    private PostingStore store = TestStores.openInMemory(clock);

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void aPostingMissingFromTwoCompleteRunsCloses() {
        run(SourceStatus.OK, COMPLETE, ACCOUNT_EXECUTIVE, AI_ENGINEER);
        run(SourceStatus.OK, COMPLETE, ACCOUNT_EXECUTIVE);
        List<String> openAfterOneMiss = openIds();
        Instant thirdRun = run(SourceStatus.OK, COMPLETE, ACCOUNT_EXECUTIVE);

        assertThat(openAfterOneMiss).containsExactly("8503792002", "8556658002");
        assertThat(openIds()).containsExactly("8503792002");
        assertThat(closedSince(DAY_1)).extracting(s -> s.posting().externalId(),
                StoredPosting::closedAt).containsExactly(
                        tuple("8556658002", thirdRun));
    }

    @Test
    void runsThatAreNotCompleteListingsNeverClose() {
        run(SourceStatus.OK, COMPLETE, ACCOUNT_EXECUTIVE, AI_ENGINEER);

        for (SourceStatus status : List.of(SourceStatus.TRUNCATED, SourceStatus.BLOCKED,
                SourceStatus.UNCHANGED, SourceStatus.RATE_LIMITED, SourceStatus.TRUNCATED,
                SourceStatus.BLOCKED)) {
            run(status, COMPLETE, ACCOUNT_EXECUTIVE);
        }

        assertThat(openIds()).containsExactly("8503792002", "8556658002");
    }

    @Test
    void aClosedPostingSeenAgainReopens() {
        run(SourceStatus.OK, COMPLETE, ACCOUNT_EXECUTIVE, AI_ENGINEER);
        run(SourceStatus.OK, COMPLETE, ACCOUNT_EXECUTIVE);
        run(SourceStatus.OK, COMPLETE, ACCOUNT_EXECUTIVE);

        Instant seenAgain = run(SourceStatus.OK, COMPLETE, ACCOUNT_EXECUTIVE, AI_ENGINEER);

        StoredPosting reopened = TestStores.all(store).stream()
                .filter(s -> s.posting().externalId().equals("8556658002"))
                .findFirst().orElseThrow();
        assertThat(reopened.isOpen()).isTrue();
        assertThat(reopened.reopenedAt()).isEqualTo(seenAgain);
        assertThat(closedSince(DAY_1)).isEmpty();
    }

    @Test
    void tellsWhetherARunClosedOrReopenedAPosting() {
        run(SourceStatus.OK, COMPLETE, ACCOUNT_EXECUTIVE, AI_ENGINEER);
        Instant missedOnce = run(SourceStatus.OK, COMPLETE, ACCOUNT_EXECUTIVE);
        boolean afterOneMiss = store.closedOrReopenedSince(missedOnce);
        Instant closing = run(SourceStatus.OK, COMPLETE, ACCOUNT_EXECUTIVE);
        boolean afterClosing = store.closedOrReopenedSince(closing);
        Instant stillClosed = run(SourceStatus.OK, COMPLETE, ACCOUNT_EXECUTIVE);
        boolean afterStillClosed = store.closedOrReopenedSince(stillClosed);

        Instant reopening = run(SourceStatus.OK, COMPLETE, ACCOUNT_EXECUTIVE, AI_ENGINEER);

        assertThat(List.of(afterOneMiss, afterClosing, afterStillClosed,
                store.closedOrReopenedSince(reopening))).containsExactly(false, true, false, true);
    }

    @Test
    void aSourceOfRecentItemsClosesByAgeNotByAbsence() {
        SourceLifecycle recent = new SourceLifecycle(false, 2, Duration.ofDays(30));
        Posting old = new Posting("remoteok", "1", "Wolt", "Store Manager", "Marsa",
                WorkplaceType.REMOTE, DAY_1.minus(Duration.ofDays(31)), "https://remoteok.com/1");
        Posting fresh = new Posting("remoteok", "2", "Wolt", "Courier", "Marsa",
                WorkplaceType.REMOTE, DAY_1.minus(Duration.ofDays(3)), "https://remoteok.com/2");

        run(SourceStatus.OK, recent, old, fresh);
        run(SourceStatus.OK, recent);
        run(SourceStatus.OK, recent);

        assertThat(openIds()).containsExactly("2");
    }

    @Test
    void aBlockedCompanyNeverAppearsWhateverTheSourceSends() {
        store.close();
        store = PostingStore.open(TestStores.inMemory(), clock, new Curation(config(
                Set.of("GitLab Inc."), Set.of(), List.of())));

        run(SourceStatus.OK, COMPLETE, ACCOUNT_EXECUTIVE,
                gitlab("1", "Engineer").toBuilder().company("GITLAB, INC").build(),
                new Posting("gitlab", "2", "Harbor Bakery", "Baker", "", WorkplaceType.ONSITE,
                        null, "https://example.com/jobs/2"));

        assertThat(openIds()).containsExactly("2");
    }

    @Test
    void removedPostingsAndOverridesSurviveIngest() {
        store.close();
        store = PostingStore.open(TestStores.inMemory(), clock, new Curation(config(Set.of(),
                Set.of("gitlab:8556658002"), List.of(new PostingOverride("gitlab:8503792002",
                        Map.of("title", "Account Executive, Italy", "category", "sales"))))));

        run(SourceStatus.OK, COMPLETE, ACCOUNT_EXECUTIVE, AI_ENGINEER);
        run(SourceStatus.OK, COMPLETE, ACCOUNT_EXECUTIVE, AI_ENGINEER);

        assertThat(TestStores.all(store)).extracting(s -> s.posting().title(),
                s -> s.posting().category())
                .containsExactly(tuple(
                        "Account Executive, Italy", "sales"));
    }

    private static AggregateConfig config(Set<String> blocked, Set<String> removed,
            List<PostingOverride> overrides) {
        AggregateConfig d = AggregateConfig.defaults();
        return new AggregateConfig(d.closeAfterMissedRuns(), d.maxAge(), d.postedWithin(),
                d.skills(), d.categories(), blocked, removed, overrides);
    }

    /** One run of the postings' source a day after the last, committed with this status. */
    private Instant run(SourceStatus status, SourceLifecycle lifecycle, Posting... postings) {
        clock.advance(Duration.ofDays(1));
        Instant startedAt = clock.instant();
        String sourceId = postings.length == 0 ? "remoteok" : postings[0].sourceId();
        RunId run = store.startRun();
        try (SourceTransaction transaction = store.beginSource(run, sourceId, lifecycle)) {
            for (Posting posting : postings) {
                transaction.write(posting);
            }
            transaction.commit(new SourceOutcome(sourceId, status, 1, postings.length, 0, 0, 0,
                    status == SourceStatus.OK ? null : "ended " + status, startedAt, Duration.ZERO));
        }
        store.finishRun(run);
        return startedAt;
    }

    private List<String> openIds() {
        List<String> ids = new ArrayList<>();
        store.forEachPosting(s -> ids.add(s.posting().externalId()));
        ids.sort(null);
        return ids;
    }

    private List<StoredPosting> closedSince(Instant since) {
        List<StoredPosting> closed = new ArrayList<>();
        store.forEachClosedSince(since, closed::add);
        return closed;
    }

    private static Posting gitlab(String id, String title) {
        return new Posting("gitlab", id, "GitLab", title, "Remote, Italy", WorkplaceType.UNKNOWN,
                Instant.parse("2026-04-17T09:58:03Z"),
                "https://job-boards.greenhouse.io/gitlab/jobs/" + id);
    }
}
