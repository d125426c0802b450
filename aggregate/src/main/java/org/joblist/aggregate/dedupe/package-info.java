/**
 * Deduplication: postings of different sources (and URL variants of one job) judged to be the
 * same job, grouped into duplicate clusters with one merged posting each.
 */
@NullMarked
package org.joblist.aggregate.dedupe;

import org.jspecify.annotations.NullMarked;
