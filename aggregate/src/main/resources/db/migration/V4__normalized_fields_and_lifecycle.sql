-- Written in SQL that H2 2.x and PostgreSQL 15 both run unchanged. Numbered 4, not 2, so that
-- migrations other branches add meanwhile (2, 3) keep their numbers.

-- The fields normalization reads (see org.joblist.aggregate.Posting), and the lifecycle:
-- missed_runs counts consecutive complete listings of the source without the posting.
ALTER TABLE postings ADD COLUMN company_key VARCHAR NOT NULL DEFAULT '';
ALTER TABLE postings ADD COLUMN locations VARCHAR NOT NULL DEFAULT '';
ALTER TABLE postings ADD COLUMN applicant_locations VARCHAR NOT NULL DEFAULT '';
ALTER TABLE postings ADD COLUMN employment_type VARCHAR(16) NOT NULL DEFAULT 'unknown';
ALTER TABLE postings ADD COLUMN posted_precision VARCHAR(16) NOT NULL DEFAULT 'exact';
ALTER TABLE postings ADD COLUMN posted_bound TIMESTAMP WITH TIME ZONE;
ALTER TABLE postings ADD COLUMN posted_text VARCHAR;
ALTER TABLE postings ADD COLUMN canonical_url VARCHAR;
ALTER TABLE postings ADD COLUMN salary_min NUMERIC(14, 2);
ALTER TABLE postings ADD COLUMN salary_max NUMERIC(14, 2);
ALTER TABLE postings ADD COLUMN salary_currency VARCHAR(3);
ALTER TABLE postings ADD COLUMN salary_period VARCHAR(8);
ALTER TABLE postings ADD COLUMN salary_origin VARCHAR(16);
ALTER TABLE postings ADD COLUMN salary_text VARCHAR;
ALTER TABLE postings ADD COLUMN description VARCHAR NOT NULL DEFAULT '';
ALTER TABLE postings ADD COLUMN skills VARCHAR NOT NULL DEFAULT '';
ALTER TABLE postings ADD COLUMN category VARCHAR NOT NULL DEFAULT 'other';
ALTER TABLE postings ADD COLUMN missed_runs INTEGER NOT NULL DEFAULT 0;
ALTER TABLE postings ADD COLUMN closed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE postings ADD COLUMN reopened_at TIMESTAMP WITH TIME ZONE;

UPDATE postings SET posted_precision = 'unknown' WHERE posted_at IS NULL;

-- A source outcome may now be any of these; V1's check allowed ok and error only, and its
-- constraint has no portable name, so the table is copied into one with a named check.
CREATE TABLE source_outcomes_v4 (
    run_id      BIGINT                   NOT NULL REFERENCES runs (id),
    source_id   VARCHAR                  NOT NULL,
    status      VARCHAR(16)              NOT NULL,
    pages       INTEGER                  NOT NULL,
    seen        INTEGER                  NOT NULL,
    new_count   INTEGER                  NOT NULL,
    updated     INTEGER                  NOT NULL,
    skipped     INTEGER                  NOT NULL,
    message     VARCHAR,
    started_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    duration_ms BIGINT                   NOT NULL,
    PRIMARY KEY (run_id, source_id),
    CONSTRAINT source_outcome_status CHECK (status IN
        ('ok', 'unchanged', 'truncated', 'blocked', 'rate_limited', 'error'))
);
INSERT INTO source_outcomes_v4 SELECT run_id, source_id, status, pages, seen, new_count, updated,
    skipped, message, started_at, duration_ms FROM source_outcomes;
DROP TABLE source_outcomes;
ALTER TABLE source_outcomes_v4 RENAME TO source_outcomes;
