/** The connector for Lever's public postings API ({@code api.lever.co/v0/postings}). */
@NullMarked
package org.joblist.ingest.lever;

import org.jspecify.annotations.NullMarked;
