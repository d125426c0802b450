package org.joblist.aggregate.store;

/**
 * What writing a source's postings did to the store so far.
 *
 * @param newCount postings stored for the first time
 * @param updated stored postings whose content changed
 * @param unchanged stored postings seen again with the same content; only their last-seen time
 *     moved
 */
public record WriteCounts(int newCount, int updated, int unchanged) {
    static final WriteCounts NONE = new WriteCounts(0, 0, 0);

    WriteCounts plus(WriteCounts other) {
        return new WriteCounts(
                newCount + other.newCount, updated + other.updated, unchanged + other.unchanged);
    }
}
