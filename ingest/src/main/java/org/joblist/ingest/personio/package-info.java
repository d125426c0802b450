/** The connector for Personio career sites' XML feed ({@code {company}.jobs.personio.de/xml}). */
@NullMarked
package org.joblist.ingest.personio;

import org.jspecify.annotations.NullMarked;
