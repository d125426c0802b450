/** The connector for Recruitee career sites' offers API ({@code {company}.recruitee.com/api/offers}). */
@NullMarked
package org.joblist.ingest.recruitee;

import org.jspecify.annotations.NullMarked;
