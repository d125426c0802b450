/**
 * Pieces the connectors share: reading a board's JSON one entry at a time and counting what
 * became of each entry. Not for use outside the ingest module.
 */
@NullMarked
package org.joblist.ingest.internal;

import org.jspecify.annotations.NullMarked;
