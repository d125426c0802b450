/**
 * Runs: reading each configured source through its connector into the store, one transaction
 * per source, and reporting what happened.
 */
@NullMarked
package org.joblist.aggregate.run;

import org.jspecify.annotations.NullMarked;
