/**
 * Publishing: renders each publication's README from the stored postings and commits it to the
 * configured git repository with JGit.
 */
@NullMarked
package org.joblist.publish;

import org.jspecify.annotations.NullMarked;
