package org.joblist.ingest.workable;

import java.nio.file.Path;
import java.util.List;
import org.joblist.config.SourceConfig;
import org.joblist.config.SourceKind;
import org.joblist.ingest.CollectingSink;
import org.joblist.ingest.FetchException;
import org.joblist.ingest.FetchSummary;
import org.joblist.ingest.Fixtures;
import org.joblist.ingest.SourcePosting;
import org.joblist.ingest.WorkplaceType;
import org.joblist.ingest.http.BoardClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class WorkableConnectorTest {
    @TempDir
    Path cassette;

    private final CollectingSink sink = new CollectingSink();

    @Test
    void readsTheAccountsJobsWithTheAccountNameAsCompany() {
        FetchSummary summary = fetch("huggingface", "workable/widget-details-huggingface.json");

        assertThat(summary).isEqualTo(new FetchSummary(1, 3, 0));
        assertThat(sink.postings())
                .extracting(SourcePosting::externalId, SourcePosting::company,
                        SourcePosting::title, SourcePosting::locations, SourcePosting::postedAt)
                .containsExactly(
                        tuple("F4C096B22E", "Hugging Face",
                                "Low-level Senior Software Engineer, Xet Storage - EMEA Remote",
                                List.of(), "2026-07-30"),
                        tuple("19A136F8E2", "Hugging Face",
                                "Open-Source Machine Learning Engineer - US Remote",
                                List.of("New York, New York, United States"), "2026-05-29"),
                        tuple("0BD8C06DB3", "Hugging Face", "Wild Card",
                                List.of("United States"), "2024-10-17"));
        SourcePosting first = sink.postings().get(0);
        assertThat(first.workplaceType()).isEqualTo(WorkplaceType.REMOTE);
        assertThat(first.employmentType()).isEqualTo("Full-time");
        assertThat(first.applyUrl()).isEqualTo("https://apply.workable.com/j/F4C096B22E");
        assertThat(first.tags()).containsExactly("Product", "Engineering");
    }

    @Test
    void mergesTheRepeatsOfAJobPerLocation() {
        FetchSummary summary = fetch("zaelab", "workable/widget-zaelab-per-location.json");

        assertThat(summary).isEqualTo(new FetchSummary(1, 1, 0));
        SourcePosting analyst = sink.postings().get(0);
        assertThat(analyst.externalId()).isEqualTo("DD136DD7E7");
        assertThat(analyst.company()).isEqualTo("Zaelab");
        assertThat(analyst.title()).isEqualTo("Business Analyst - Spanish Speaking");
        assertThat(analyst.locations()).containsExactly("Spain", "Portugal");
        assertThat(analyst.postedAt()).isEqualTo("2026-08-05");
    }

    @Test
    void theV3ResultsShapeIsNotTheWidgetAndFailsNamingIt() {
        Path v3 = Fixtures.shared("workable/v3-jobs-huggingface.json");

        assertThatThrownBy(() -> fetch("huggingface", v3))
                .isInstanceOf(FetchException.class)
                .hasMessage("source huggingface: https://apply.workable.com/api/v1/widget/accounts/"
                        + "huggingface?details=true: expected a JSON object with a \"jobs\""
                        + " array, found an object without one");
    }

    private FetchSummary fetch(String account, String payload) {
        return fetch(account, Fixtures.shared(payload));
    }

    private FetchSummary fetch(String account, Path payload) {
        SourceConfig source = new SourceConfig(account, SourceKind.WORKABLE, account, null);
        String url = WorkableConnector.boardUrl(source).toString();
        try (BoardClient client = Fixtures.replaying(cassette, url, payload)) {
            return new WorkableConnector(client).fetch(source, sink);
        }
    }
}
