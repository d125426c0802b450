/** The connector for Working Nomads' jobs API ({@code workingnomads.com/api/exposed_jobs}). */
@NullMarked
package org.joblist.ingest.workingnomads;

import org.jspecify.annotations.NullMarked;
