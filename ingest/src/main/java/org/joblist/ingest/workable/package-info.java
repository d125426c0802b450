/** The connector for Workable's public widget API ({@code apply.workable.com/api/v1/widget}). */
@NullMarked
package org.joblist.ingest.workable;

import org.jspecify.annotations.NullMarked;
