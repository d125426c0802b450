/** The connector for Arbeitnow's public job board API ({@code arbeitnow.com/api}). */
@NullMarked
package org.joblist.ingest.arbeitnow;

import org.jspecify.annotations.NullMarked;
