/**
 * Aggregation: source postings normalized into postings, deduplicated and kept in the store,
 * with a record of every run.
 */
@NullMarked
package org.joblist.aggregate;

import org.jspecify.annotations.NullMarked;
