/**
 * Reading sources: one connector per kind of source, all sharing one HTTP client with
 * record and replay. A connector maps a board's fields to {@link org.joblist.ingest.SourcePosting}s
 * without interpreting them.
 */
@NullMarked
package org.joblist.ingest;

import org.jspecify.annotations.NullMarked;
