package org.joblist.app;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.joblist.aggregate.StoredPosting;
import org.joblist.aggregate.store.PostingStore;
import org.joblist.config.ConfigLoader;
import org.joblist.config.JoblistConfig;
import org.joblist.ingest.Fixtures;
import org.joblist.ingest.http.CassetteWriter;

/**
 * A joblist installation in a temporary directory: a config file naming the real Greenhouse
 * (gitlab) and RemoteOK boards, with the store and the git repository inside the directory.
 */
final class TestInstallation {
    static final String GITLAB_URL =
            "https://boards-api.greenhouse.io/v1/boards/gitlab/jobs?content=true";
    static final String REMOTEOK_URL = "https://remoteok.com/api";

    /** The real Greenhouse (gitlab) and RemoteOK boards, as the {@code sources} section. */
    static final String TWO_BOARDS = """
            sources:
              - id: gitlab
                kind: greenhouse
                board: gitlab
              - id: remoteok
                kind: remoteok
            """;

    /** One job list of every posting, {@code jobs}, in README.md. */
    static final String ONE_LIST = """
            publications:
              - id: jobs
                title: Remote and Tech Jobs
                file: README.md
            """;

    /** {@code jobs} in README.md and {@code remote} in remote.md, both of every posting. */
    static final String TWO_LISTS = ONE_LIST + """
              - id: remote
                title: Remote Jobs
                file: remote.md
            """;

    private final Path dir;

    TestInstallation(Path dir) {
        this.dir = dir;
    }

    Path configFile() {
        return configFile(TWO_BOARDS, "");
    }

    /** Writes the config file with these sources and {@link #ONE_LIST}; see below. */
    Path configFile(String sources, String sections) {
        return configFile(sources, ONE_LIST, sections);
    }

    /**
     * Writes the config file with these sources and publications, the store and the repository
     * inside the directory, and the further sections given.
     */
    Path configFile(String sources, String publications, String sections) {
        Path file = dir.resolve("joblist.yml");
        String yaml = sources + publications + """
                store:
                  url: jdbc:h2:file:%s
                git:
                  repository: %s
                lifecycle:
                  maxAge: 3650d   # the replayed payloads are from 2026; MainTest runs on the real clock
                """.formatted(dir.resolve("data/joblist"), repository()) + sections;
        try {
            Files.createDirectories(dir);
            Files.writeString(file, yaml, UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    JoblistConfig config(Path cassette) {
        return ConfigLoader.load(configFile(), Map.of()).withReplay(cassette);
    }

    Path repository() {
        return dir.resolve("site");
    }

    /**
     * Writes a file of the maintainer's into the repository, creating the repository on branch
     * main when missing.
     *
     * @param path the file's path in the repository
     */
    Path handWrittenFile(String path, String text) {
        Path file = repository().resolve(path);
        try {
            if (!Files.exists(repository().resolve(".git"))) {
                Git.init().setDirectory(repository().toFile()).setInitialBranch("main").call()
                        .close();
            }
            Files.writeString(file, text, UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
        return file;
    }

    /** A cassette in the directory answering both boards with their real recorded payloads. */
    Path cassette() {
        Path cassette = dir.resolve("cassette");
        CassetteWriter writer = CassetteWriter.open(cassette);
        writer.add("GET", GITLAB_URL, 200, Fixtures.JSON,
                Fixtures.shared("greenhouse/jobs-content-gitlab.json"));
        writer.add("GET", REMOTEOK_URL, 200, Fixtures.JSON,
                Fixtures.shared("remoteok/api-trimmed-2026-08-03.json"));
        return cassette;
    }

    String readme() {
        try {
            return Files.readString(repository().resolve("README.md"), UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<StoredPosting> storedPostings(JoblistConfig config) {
        List<StoredPosting> postings = new ArrayList<>();
        try (PostingStore store = PostingStore.open(config.store(), Clock.systemUTC())) {
            store.forEachPosting(postings::add);
        }
        return postings;
    }
}
