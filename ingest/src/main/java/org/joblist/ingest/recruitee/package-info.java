/** The connector for Recruitee career sites' API ({@code {company}.recruitee.com/api/offers}). */
@NullMarked
package org.joblist.ingest.recruitee;

import org.jspecify.annotations.NullMarked;
