/** The connector for Jobicy's public API ({@code jobicy.com/api/v2/remote-jobs}). */
@NullMarked
package org.joblist.ingest.jobicy;

import org.jspecify.annotations.NullMarked;
