/** The connector for the USAJOBS search API ({@code data.usajobs.gov/api/search}). */
@NullMarked
package org.joblist.ingest.usajobs;

import org.jspecify.annotations.NullMarked;
