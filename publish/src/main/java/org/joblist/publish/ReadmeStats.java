package org.joblist.publish;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.joblist.aggregate.Posting;
import org.joblist.ingest.WorkplaceType;
import org.jspecify.annotations.Nullable;

/**
 * The figures of a README's stats line, counted over exactly the rows it shows, one posting at a
 * time. Keeps the counts and the set of company names, never the postings.
 */
final class ReadmeStats {
    private final Set<String> companyKeys = new HashSet<>();
    private int rows;
    private int remoteRows;

    void count(Posting posting) {
        rows++;
        if (posting.workplaceType() == WorkplaceType.REMOTE) {
            remoteRows++;
        }
        companyKeys.add(posting.company().toLowerCase(Locale.ROOT));
    }

    int rows() {
        return rows;
    }

    /** Remote rows as a share of all rows in whole percent, rounded half up; 0 with no rows. */
    int remotePercent() {
        if (rows == 0) {
            return 0;
        }
        return (int) ((remoteRows * 200L + rows) / (2L * rows));
    }

    /**
     * The average of the stated annual salaries in the configured currency, e.g. "$142k"; null
     * when no row states one.
     */
    // TODO(#5): postings carry no salary yet (issue #4), so the stats line leaves the average
    // out. Once they do: annualize, keep one currency (or convert with rates from config) and
    // average over the rows that state one.
    @Nullable String averageSalary() {
        return null;
    }

    /** The rows' most frequent skills, most frequent first, e.g. "Java, Kotlin"; null for none. */
    // TODO(#5): postings carry no skills yet (issue #4), so there is no "Trending skills" line
    // and the chart shows postings per week only.
    @Nullable String trendingSkills() {
        return null;
    }

    /** The number of companies, telling names apart case-insensitively, e.g. "6 companies". */
    String companies() {
        return counted(companyKeys.size(), "company", "companies");
    }

    /** The number of rows as the README and the commit message say it, e.g. "1 job". */
    static String jobs(int rows) {
        return counted(rows, "job", "jobs");
    }

    private static String counted(int count, String one, String many) {
        return count + " " + (count == 1 ? one : many);
    }
}
