/** The connector for RemoteOK's public API ({@code remoteok.com/api}). */
@NullMarked
package org.joblist.ingest.remoteok;

import org.jspecify.annotations.NullMarked;
