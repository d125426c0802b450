/** The connector for Greenhouse job boards ({@code boards-api.greenhouse.io}). */
@NullMarked
package org.joblist.ingest.greenhouse;

import org.jspecify.annotations.NullMarked;
