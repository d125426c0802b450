/** The connector for The Muse's public jobs API ({@code themuse.com/api/public/jobs}). */
@NullMarked
package org.joblist.ingest.themuse;

import org.jspecify.annotations.NullMarked;
