/** The connector for career pages carrying schema.org JobPosting JSON-LD, read with jsoup. */
@NullMarked
package org.joblist.ingest.jsonld;

import org.jspecify.annotations.NullMarked;
