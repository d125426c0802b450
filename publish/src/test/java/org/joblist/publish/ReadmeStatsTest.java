package org.joblist.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.joblist.publish.Postings.onsite;
import static org.joblist.publish.Postings.remote;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReadmeStatsTest {
    @ParameterizedTest
    @CsvSource({
        "1, 8, 13",
        "1, 3, 33",
        "2, 3, 67",
        "4, 7, 57",
        "1, 200, 1",
        "1, 201, 0",
        "3, 3, 100",
        "0, 5, 0",
    })
    void roundsTheRemoteShareHalfUpToAWholePercent(int remote, int rows, int percent) {
        ReadmeStats stats = new ReadmeStats();
        for (int i = 0; i < rows; i++) {
            String title = "Job " + i;
            stats.count((i < remote ? remote("GitLab", title) : onsite("GitLab", title)).posting());
        }

        assertThat(stats.remotePercent()).isEqualTo(percent);
    }

    @Test
    void countsNoRowsAsZeroPercentRemoteAndNoCompanies() {
        ReadmeStats stats = new ReadmeStats();

        assertThat(stats.rows()).isZero();
        assertThat(stats.remotePercent()).isZero();
        assertThat(stats.companies()).isEqualTo("0 companies");
    }

    @Test
    void countsCompaniesByNameIgnoringCase() {
        ReadmeStats stats = new ReadmeStats();

        stats.count(remote("GitLab", "AI Engineer").posting());
        stats.count(remote("gitlab", "Backend Engineer").posting());
        stats.count(onsite("GITLAB", "Designer").posting());

        assertThat(stats.rows()).isEqualTo(3);
        assertThat(stats.companies()).isEqualTo("1 company");
    }

    @Test
    void saysJobsInTheSingularForOne() {
        assertThat(ReadmeStats.jobs(0)).isEqualTo("0 jobs");
        assertThat(ReadmeStats.jobs(1)).isEqualTo("1 job");
        assertThat(ReadmeStats.jobs(7)).isEqualTo("7 jobs");
    }
}
