-- PostgreSQL only: why this cannot be SQL both databases run. The store hands postings out
-- ordered by company, title, location, source id and external id, compared as Java compares
-- strings (PostingCatalog; DedupedCatalog sorts the same way in memory), and H2 compares text
-- so. PostgreSQL compares text by the database's collation, which is whatever the server was
-- set up with, e.g. en-US, which puts "acme" before "Zeta" and passes over '-' and '_' at
-- first. The columns the store orders by take the C collation, which compares code points on
-- every server. (Java compares UTF-16 units; the two differ only between characters beyond
-- U+FFFF and those in U+E000..U+FFFF.)
--
-- Numbered 4.1: vendor migrations share one sequence of versions with db/migration, and a
-- migration for every database that another branch adds meanwhile as 5 still runs after this.

ALTER TABLE postings ALTER COLUMN company TYPE VARCHAR COLLATE "C";
ALTER TABLE postings ALTER COLUMN title TYPE VARCHAR COLLATE "C";
ALTER TABLE postings ALTER COLUMN location TYPE VARCHAR COLLATE "C";
ALTER TABLE postings ALTER COLUMN source_id TYPE VARCHAR COLLATE "C";
ALTER TABLE postings ALTER COLUMN external_id TYPE VARCHAR COLLATE "C";
ALTER TABLE source_outcomes ALTER COLUMN source_id TYPE VARCHAR COLLATE "C";
