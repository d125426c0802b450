package org.joblist.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.joblist.config.AggregateConfig.CategoryRule;
import org.joblist.config.AggregateConfig.PostingOverride;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AggregateSectionsTest {
    private static final String SOURCES = "sources:\n  - id: a\n    kind: remoteok\n";

    @TempDir
    Path dir;

    @Test
    void readsEveryAggregateSection() throws IOException {
        JoblistConfig config = ConfigLoader.load(write(SOURCES + """
                normalize:
                  skills:
                    Elixir: [elixir, phoenix]
                  categories:
                    - category: growth
                      keywords: [growth, seo]
                lifecycle:
                  closeAfterMissedRuns: 3
                  maxAge: 45d
                dedupe:
                  postedWithin: 7d
                curation:
                  blockedCompanies: [Crossover]
                  removedPostings: ["gitlab:8503792002", "https://example.com/jobs/1"]
                  overrides:
                    - posting: "gitlab:8556658002"
                      title: AI Engineer
                      workplaceType: remote
                """), Map.of());

        AggregateConfig aggregate = config.aggregate();
        assertThat(aggregate.closeAfterMissedRuns()).isEqualTo(3);
        assertThat(aggregate.maxAge()).isEqualTo(Duration.ofDays(45));
        assertThat(aggregate.postedWithin()).isEqualTo(Duration.ofDays(7));
        assertThat(aggregate.skills()).containsEntry("Elixir", List.of("elixir", "phoenix"));
        assertThat(aggregate.categories())
                .containsExactly(new CategoryRule("growth", List.of("growth", "seo")));
        assertThat(aggregate.blockedCompanies()).containsExactly("Crossover");
        assertThat(aggregate.removedPostings())
                .containsExactlyInAnyOrder("gitlab:8503792002", "https://example.com/jobs/1");
        assertThat(aggregate.overrides()).containsExactly(new PostingOverride("gitlab:8556658002",
                Map.of("title", "AI Engineer", "workplaceType", "remote")));
    }

    @Test
    void defaultsWithoutTheSections() throws IOException {
        assertThat(ConfigLoader.load(write(SOURCES), Map.of()).aggregate())
                .isEqualTo(AggregateConfig.defaults());
    }

    @Test
    void explainsEachBadValueInOneLine() throws IOException {
        assertError("lifecycle:\n  closeAfterMissedRuns: 0\n",
                "lifecycle.closeAfterMissedRuns: \"0\" is not a number of runs from 1 to 100");
        assertError("lifecycle:\n  maxAge: a month\n",
                "lifecycle.maxAge: \"a month\" is not a duration (e.g. \"500ms\", \"30s\", \"2m\")");
        assertError("dedupe:\n  window: 3d\n",
                "dedupe.window: unknown key (known: postedWithin)");
        assertError("normalize:\n  categories:\n    - category: x\n      keywords: []\n",
                "normalize.categories[0].keywords: lists no keyword; a rule needs at least one");
        assertError("curation:\n  removedPostings: [gitlab]\n",
                "curation.removedPostings[0]: \"gitlab\" names no posting (write"
                        + " source:externalId, e.g. \"gitlab:8503792002\", or the apply URL)");
        assertError("curation:\n  overrides:\n    - posting: a:1\n      workplaceType: office\n",
                "curation.overrides[0].workplaceType: \"office\" is not a workplace type (one of:"
                        + " hybrid, onsite, remote)");
        assertError("curation:\n  overrides:\n    - posting: a:1\n      salary: 1\n",
                "curation.overrides[0].salary: unknown key (known: category, company, location,"
                        + " posting, title, workplaceType)");
        assertError("curation:\n  overrides:\n    - posting: a:1\n",
                "curation.overrides[0]: overrides no field; set at least one of: category,"
                        + " company, location, title, workplaceType");
    }

    private void assertError(String yaml, String message) throws IOException {
        Path file = write(SOURCES + yaml);

        assertThatThrownBy(() -> ConfigLoader.load(file, Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessage(file + ": " + message);
    }

    private Path write(String yaml) throws IOException {
        Path file = Files.createTempFile(dir, "joblist", ".yml");
        Files.writeString(file, yaml);
        return file;
    }
}
