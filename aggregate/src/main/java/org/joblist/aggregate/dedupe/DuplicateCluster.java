package org.joblist.aggregate.dedupe;

import java.util.List;
import java.util.Objects;
import org.joblist.aggregate.Posting;

/**
 * The postings judged to be one job, and their merged view.
 *
 * @param merged the posting a job list shows: the direct ATS link when there is one, and the
 *     richest value of each field
 * @param sources every source posting of the job, the merged posting's own first, then by
 *     source id and external id
 */
public record DuplicateCluster(Posting merged, List<SourceLink> sources) {
    public DuplicateCluster {
        Objects.requireNonNull(merged, "merged");
        sources = List.copyOf(sources);
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("a cluster needs at least one source");
        }
    }
}
