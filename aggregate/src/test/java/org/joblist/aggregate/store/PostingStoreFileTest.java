package org.joblist.aggregate.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.joblist.aggregate.Curation;
import org.joblist.aggregate.Posting;
import org.joblist.aggregate.RunId;
import org.joblist.aggregate.SourceOutcome;
import org.joblist.aggregate.SourceStatus;
import org.joblist.aggregate.StoredPosting;
import org.joblist.aggregate.testing.TestStores;
import org.joblist.config.StoreConfig;
import org.joblist.ingest.WorkplaceType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostingStoreFileTest {
    private static final Instant RUN_START = Instant.parse("2026-08-15T06:00:00Z");
    private static final Clock CLOCK = Clock.fixed(RUN_START, ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void keepsPostingsInAFileAcrossReopening() {
        StoreConfig config = new StoreConfig("jdbc:h2:file:" + dir + "/data/joblist", null, null);
        Posting wolt = new Posting("remoteok", "1136747", "Wolt", "Store Manager", "Marsa",
                WorkplaceType.REMOTE, Instant.parse("2026-08-14T15:44:08Z"),
                "https://remoteOK.com/remote-jobs/remote-store-manager-wolt-1136747");
        try (PostingStore store = PostingStore.open(config, CLOCK)) {
            RunId run = store.startRun();
            try (SourceTransaction transaction = store.beginSource(run, "remoteok")) {
                transaction.write(wolt);
                transaction.commit(new SourceOutcome("remoteok", SourceStatus.OK, 1, 1, 1, 0, 0,
                        null, RUN_START, Duration.ZERO));
            }
            store.finishRun(run);
        }

        List<StoredPosting> reopened;
        try (PostingStore store = PostingStore.open(config, CLOCK)) {
            reopened = TestStores.all(store);
        }

        assertThat(Files.exists(dir.resolve("data/joblist.mv.db"))).isTrue();
        assertThat(reopened).containsExactly(new StoredPosting(wolt, RUN_START, RUN_START));
    }

    @Test
    void openingAnExistingStoreThatIsMissingNamesTheFileAndCreatesNothing() {
        String url = "jdbc:h2:file:" + dir + "/data/joblist";

        assertThatThrownBy(() -> PostingStore.openExisting(new StoreConfig(url, null, null), CLOCK,
                Curation.none()))
                .isInstanceOf(StoreException.class)
                .hasMessage("store " + url + ": cannot open: " + dir.resolve("data/joblist.mv.db")
                        + " does not exist; check store.url, or ingest into the store first");

        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void opensAnExistingStoreWithTheRunsItRecorded() {
        StoreConfig config = new StoreConfig("jdbc:h2:file:" + dir + "/joblist", null, null);
        try (PostingStore store = PostingStore.open(config, CLOCK)) {
            store.finishRun(store.startRun());
        }

        boolean hasRuns;
        try (PostingStore store = PostingStore.openExisting(config, CLOCK, Curation.none())) {
            hasRuns = store.hasRuns();
        }

        assertThat(hasRuns).isTrue();
    }

    @Test
    void namesTheUrlInOneLineWhenTheFileIsNoDatabase() throws IOException {
        Files.writeString(dir.resolve("joblist.mv.db"), "not a database\n".repeat(500),
                StandardCharsets.UTF_8);
        String url = "jdbc:h2:file:" + dir + "/joblist";

        assertThatThrownBy(() -> PostingStore.open(new StoreConfig(url, null, null), CLOCK))
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith("store " + url + ": cannot open: IO Exception: \""
                        + dir.resolve("joblist.mv.db") + "\" [90028-")
                .hasMessageNotContaining("\n");
    }

    @Test
    void masksThePasswordWhenTheDatabaseRefusesIt() {
        String url = "jdbc:h2:file:" + dir + "/joblist";
        PostingStore.open(new StoreConfig(url, "joblist", "right-secret"), CLOCK).close();

        assertThatThrownBy(() -> PostingStore.open(
                        new StoreConfig(url + ";PASSWORD=wrong-secret", "joblist", null), CLOCK))
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith("store " + url + ";PASSWORD=***: cannot open:"
                        + " Wrong user name or password [28000-")
                .hasMessageNotContaining("wrong-secret");
    }
}
