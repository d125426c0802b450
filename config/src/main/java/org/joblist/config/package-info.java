/**
 * The typed configuration of joblist and its validation. Every other module receives these
 * objects; none reads files or environment variables itself.
 */
@NullMarked
package org.joblist.config;

import org.jspecify.annotations.NullMarked;
