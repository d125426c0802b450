/** The connector for Himalayas' public jobs API ({@code himalayas.app/jobs/api}). */
@NullMarked
package org.joblist.ingest.himalayas;

import org.jspecify.annotations.NullMarked;
