-- Written in SQL that H2 2.x and PostgreSQL 15 both run unchanged.

-- Every status a source run can end in. The check of V1 allowed 'ok' and 'error' only, and its
-- constraint has no name both databases share, so the table is rebuilt with the wider check.
CREATE TABLE source_outcomes_v2 (
    run_id      BIGINT                   NOT NULL REFERENCES runs (id),
    source_id   VARCHAR                  NOT NULL,
    status      VARCHAR(16)              NOT NULL CHECK (status IN ('ok', 'unchanged',
        'truncated', 'blocked', 'rate_limited', 'error')),
    pages       INTEGER                  NOT NULL,
    seen        INTEGER                  NOT NULL,
    new_count   INTEGER                  NOT NULL,
    updated     INTEGER                  NOT NULL,
    skipped     INTEGER                  NOT NULL,
    message     VARCHAR,
    started_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    duration_ms BIGINT                   NOT NULL,
    PRIMARY KEY (run_id, source_id)
);

INSERT INTO source_outcomes_v2 (run_id, source_id, status, pages, seen, new_count, updated,
        skipped, message, started_at, duration_ms)
    SELECT run_id, source_id, status, pages, seen, new_count, updated, skipped, message,
        started_at, duration_ms
    FROM source_outcomes;

DROP TABLE source_outcomes;

ALTER TABLE source_outcomes_v2 RENAME TO source_outcomes;

-- A source's last outcome and last fetch are looked up by source.
CREATE INDEX source_outcomes_by_source ON source_outcomes (source_id, started_at);

-- What a board said to identify the version of a URL's response (ETag, Last-Modified), sent
-- back as a conditional GET. Written with the source's postings, in the same transaction.
CREATE TABLE http_validators (
    url           VARCHAR                  NOT NULL PRIMARY KEY,
    source_id     VARCHAR                  NOT NULL,
    etag          VARCHAR,
    last_modified VARCHAR,
    stored_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
