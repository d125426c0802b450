package org.joblist.app;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.joblist.aggregate.SourceOutcome;
import org.joblist.aggregate.SourceStatus;
import org.joblist.config.ConfigLoader;
import org.joblist.config.JoblistConfig;
import org.joblist.config.SourceKind;
import org.joblist.ingest.Fixtures;
import org.joblist.ingest.http.CassetteWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A backfill with a source of every kind at once, replayed from a cassette built from the real
 * payloads in the shared folder (and, for the kinds without one, fixtures of our own): every
 * source ends with exactly one outcome, and the boards whose payload says there is more are
 * read up to their page cap.
 */
class EveryKindBackfillTest {
    private static final Clock AUG_20 =
            Clock.fixed(Instant.parse("2026-08-20T12:00:00Z"), ZoneOffset.UTC);
    private static final Map<String, String> ENV = Map.of(
            "ADZUNA_APP_ID", "id1", "ADZUNA_APP_KEY", "key1",
            "USAJOBS_API_KEY", "usa-key", "USAJOBS_EMAIL", "jobs@example.org");

    @TempDir
    Path dir;

    @Test
    void everyKindConfiguredAtOnceEndsWithOneOutcomePerSource() throws IOException {
        JoblistConfig config = ConfigLoader.load(configFile(), ENV).withReplay(cassette());

        BackfillReport report = new Backfill(config, AUG_20, RunProgress.NONE).run();

        assertThat(report.hasFailedSources()).isFalse();
        assertThat(report.run().outcomes())
                .extracting(SourceOutcome::sourceId, SourceOutcome::status, SourceOutcome::seen)
                .containsExactlyInAnyOrder(
                        tuple("gitlab", SourceStatus.OK, 3),
                        tuple("remoteok", SourceStatus.OK, 4),
                        tuple("leverdemo", SourceStatus.OK, 6),
                        tuple("answersnow", SourceStatus.OK, 3),
                        tuple("automationanywhere", SourceStatus.OK, 3),
                        tuple("himalayas", SourceStatus.TRUNCATED, 4),
                        tuple("arbeitnow", SourceStatus.OK, 5),
                        tuple("remotive", SourceStatus.OK, 4),
                        tuple("jobicy", SourceStatus.OK, 5),
                        tuple("huggingface", SourceStatus.OK, 3),
                        tuple("aikido", SourceStatus.OK, 3),
                        tuple("clark", SourceStatus.OK, 4),
                        tuple("themuse", SourceStatus.TRUNCATED, 20),
                        tuple("workingnomads", SourceStatus.OK, 4),
                        tuple("adzuna-gb", SourceStatus.TRUNCATED, 50),
                        tuple("usajobs", SourceStatus.TRUNCATED, 2),
                        tuple("wwr", SourceStatus.OK, 4),
                        tuple("hn-july", SourceStatus.OK, 6),
                        tuple("fernwood", SourceStatus.OK, 2),
                        tuple("ostwald", SourceStatus.OK, 3));
        assertThat(report.run().outcomes()).extracting(SourceOutcome::sourceId)
                .hasSize(SourceKind.values().length);
        // The four read with maxPages: 1 have more pages than the cassette holds: their runs say
        // so instead of claiming a complete listing.
        assertThat(report.run().outcomes())
                .filteredOn(outcome -> outcome.status() == SourceStatus.TRUNCATED)
                .extracting(SourceOutcome::message).allSatisfy(error ->
                        assertThat(error).startsWith(
                                "stopped at the configured page cap after 1 page and "));
    }

    private Path configFile() throws IOException {
        Path file = dir.resolve("joblist.yml");
        Files.writeString(file, """
                sources:
                  - {id: gitlab, kind: greenhouse, board: gitlab}
                  - {id: remoteok, kind: remoteok}
                  - {id: leverdemo, kind: lever, board: leverdemo}
                  - {id: answersnow, kind: ashby, board: answersnow}
                  - {id: automationanywhere, kind: smartrecruiters, board: AutomationAnywhere1}
                  - {id: himalayas, kind: himalayas, maxPages: 1}
                  - {id: arbeitnow, kind: arbeitnow}
                  - {id: remotive, kind: remotive}
                  - {id: jobicy, kind: jobicy}
                  - {id: huggingface, kind: workable, board: huggingface}
                  - {id: aikido, kind: recruitee, board: aikidosecurity}
                  - {id: clark, kind: personio, board: clark}
                  - {id: themuse, kind: themuse, maxPages: 1}
                  - {id: workingnomads, kind: workingnomads}
                  - id: adzuna-gb
                    kind: adzuna
                    country: gb
                    appId: ${ADZUNA_APP_ID}
                    appKey: ${ADZUNA_APP_KEY}
                    maxPages: 1
                  - id: usajobs
                    kind: usajobs
                    keyword: data
                    apiKey: ${USAJOBS_API_KEY}
                    email: ${USAJOBS_EMAIL}
                    maxPages: 1
                  - {id: wwr, kind: rss, url: "https://weworkremotely.com/remote-jobs.rss"}
                  - {id: hn-july, kind: hackernews, thread: "48747976"}
                  - {id: fernwood, kind: jsonld, url: "https://fernwood.example/careers"}
                  - id: ostwald
                    kind: html
                    url: https://jobs.ostwald.example/jobs
                    selectors: {item: article.job, title: h2.title, company: .company,
                                location: .where, date: time, nextPage: a.next}
                publications:
                  - {id: jobs, title: Every Kind, file: README.md}
                store:
                  url: jdbc:h2:file:%s
                git:
                  repository: %s
                """.formatted(dir.resolve("data/joblist"), dir.resolve("site")), UTF_8);
        return file;
    }

    /** Every board's first request answered with its real payload. */
    private Path cassette() {
        Path cassette = dir.resolve("cassette");
        CassetteWriter writer = CassetteWriter.open(cassette);
        String sr = "https://api.smartrecruiters.com/v1/companies/AutomationAnywhere1/postings";
        String[][] exchanges = {
            {"https://boards-api.greenhouse.io/v1/boards/gitlab/jobs?content=true",
                "greenhouse/jobs-content-gitlab.json"},
            {"https://remoteok.com/api", "remoteok/api-trimmed-2026-08-03.json"},
            {"https://api.lever.co/v0/postings/leverdemo?mode=json&skip=0&limit=100",
                "lever/postings-leverdemo.json"},
            {"https://api.ashbyhq.com/posting-api/job-board/answersnow?includeCompensation=true",
                "ashby/job-board-answersnow.json"},
            {sr + "?offset=0&limit=100", "smartrecruiters/postings-page0-automationanywhere.json"},
            {sr + "?offset=3&limit=100", "smartrecruiters/postings-page1-automationanywhere.json"},
            {"https://himalayas.app/jobs/api?offset=0&limit=20",
                "himalayas/api-trimmed-2026-07-10.json"},
            {"https://www.arbeitnow.com/api/job-board-api",
                "arbeitnow/api-trimmed-2026-08-03.json"},
            {"https://remotive.com/api/remote-jobs", "remotive/api-trimmed-2026-07-10.json"},
            {"https://jobicy.com/api/v2/remote-jobs?count=100",
                "jobicy/api-trimmed-2026-08-03.json"},
            {"https://apply.workable.com/api/v1/widget/accounts/huggingface?details=true",
                "workable/widget-details-huggingface.json"},
            {"https://aikidosecurity.recruitee.com/api/offers/",
                "recruitee/offers-aikidosecurity.json"},
            {"https://clark.jobs.personio.de/xml", "personio/feed-clark.xml"},
            {"https://www.themuse.com/api/public/jobs?page=0",
                "themuse/public-jobs-page0-2021-08.json"},
            {"https://www.workingnomads.com/api/exposed_jobs/",
                "workingnomads/exposed-jobs-trimmed-2026-07-10.json"},
            {"https://api.adzuna.com/v1/api/jobs/gb/search/1?results_per_page=50&app_id=id1"
                + "&app_key=key1", "adzuna/gb-search-page-2025-08-10.json"},
            {"https://data.usajobs.gov/api/search?Keyword=data&ResultsPerPage=500&Page=1",
                "usajobs/search-2-items-2022-03.json"},
            {"https://weworkremotely.com/remote-jobs.rss",
                "weworkremotely/remote-jobs-rss-2026-07.xml"},
            {"https://hn.algolia.com/api/v1/search_by_date?tags=comment,story_48747976"
                + "&hitsPerPage=1000&page=0", "hackernews/algolia-search-comments-2026-07.json"},
        };
        for (String[] exchange : exchanges) {
            String type = exchange[1].endsWith(".xml") ? "application/xml" : Fixtures.JSON;
            writer.add("GET", exchange[0], 200, type, Fixtures.shared(exchange[1]));
        }
        // No real pages for these two kinds yet: the ingest tests' own fixtures.
        writer.add("GET", "https://fernwood.example/careers", 200, "text/html",
                resource("/boards/jsonld/two-blocks.html"));
        writer.add("GET", "https://jobs.ostwald.example/jobs", 200, "text/html",
                resource("/boards/html/page1.html"));
        writer.add("GET", "https://jobs.ostwald.example/jobs?page=2", 200, "text/html",
                resource("/boards/html/page2.html"));
        return cassette;
    }

    private static byte[] resource(String name) {
        try (InputStream in = EveryKindBackfillTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
