/** The connector for RSS 2.0 and Atom job feeds, read with Rome. */
@NullMarked
package org.joblist.ingest.rss;

import org.jspecify.annotations.NullMarked;
