/** The connector for boards without an API, described in config by CSS selectors (jsoup). */
@NullMarked
package org.joblist.ingest.html;

import org.jspecify.annotations.NullMarked;
