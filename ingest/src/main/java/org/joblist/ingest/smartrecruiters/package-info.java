/** The connector for SmartRecruiters' public Posting API ({@code api.smartrecruiters.com}). */
@NullMarked
package org.joblist.ingest.smartrecruiters;

import org.jspecify.annotations.NullMarked;
