/**
 * The store: postings, runs and source outcomes in a relational database (H2 in a file by
 * default), its schema kept by Flyway migrations in {@code db/migration}.
 */
@NullMarked
package org.joblist.aggregate.store;

import org.jspecify.annotations.NullMarked;
