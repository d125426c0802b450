/**
 * Normalization: a source posting's text, dates and URL made uniform, so that postings from
 * different sources and runs compare field by field.
 */
@NullMarked
package org.joblist.aggregate.normalize;

import org.jspecify.annotations.NullMarked;
