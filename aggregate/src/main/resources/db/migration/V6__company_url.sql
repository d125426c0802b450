-- Written in SQL that H2 2.x and PostgreSQL 15 both run unchanged.
--
-- The company's own site, when a source names it (see org.joblist.aggregate.Posting). Postings
-- stored before hold null until their source lists them again; as the content hash covers the
-- new field, that run counts each of them as updated once.
ALTER TABLE postings ADD COLUMN company_url VARCHAR;
