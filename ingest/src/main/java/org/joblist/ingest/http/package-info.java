/**
 * The one HTTP client every connector shares ({@link org.joblist.ingest.http.BoardClient}) and
 * its cassettes: directories that record HTTP exchanges and replay them with no network at all.
 */
@NullMarked
package org.joblist.ingest.http;

import org.jspecify.annotations.NullMarked;
