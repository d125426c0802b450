/** The connector for Remotive's public API ({@code remotive.com/api/remote-jobs}). */
@NullMarked
package org.joblist.ingest.remotive;

import org.jspecify.annotations.NullMarked;
