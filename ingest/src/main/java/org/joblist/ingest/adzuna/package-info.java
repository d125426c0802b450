/** The connector for Adzuna's job search API ({@code api.adzuna.com/v1/api/jobs}). */
@NullMarked
package org.joblist.ingest.adzuna;

import org.jspecify.annotations.NullMarked;
