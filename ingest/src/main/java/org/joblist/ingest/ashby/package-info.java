/** The connector for Ashby's public job board API ({@code api.ashbyhq.com/posting-api}). */
@NullMarked
package org.joblist.ingest.ashby;

import org.jspecify.annotations.NullMarked;
