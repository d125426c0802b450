/** The connector for Hacker News "Who is hiring?" threads, via the Algolia HN Search API. */
@NullMarked
package org.joblist.ingest.hackernews;

import org.jspecify.annotations.NullMarked;
