package org.joblist.ingest.http;

import org.jspecify.annotations.Nullable;

/**
 * Remembers each URL's {@link Validators} for conditional GETs. The store must keep what a source
 * learnt only once the source's read is stored completely: validators of a read that failed
 * half-way would make the next run skip postings it never stored.
 */
public interface ValidatorStore {
    /** Remembers nothing: every request is unconditional. */
    ValidatorStore NONE = new ValidatorStore() {
        @Override
        public @Nullable Validators find(String url) {
            return null;
        }

        @Override
        public void remember(String sourceId, String url, Validators validators) {
        }
    };

    /** The validators last stored for a URL; null when there are none. */
    @Nullable Validators find(String url);

    /** Takes the validators of a response that is being read for a source. */
    void remember(String sourceId, String url, Validators validators);
}
