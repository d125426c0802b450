/** The {@code joblist} command line: it wires config, ingest, aggregate and publish together. */
@NullMarked
package org.joblist.app;

import org.jspecify.annotations.NullMarked;
