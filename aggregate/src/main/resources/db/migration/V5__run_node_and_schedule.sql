-- Written in SQL that H2 2.x and PostgreSQL 15 both run unchanged.
--
-- Which daemon ran a run (its Quartz instance id; null for a backfill), and the fire time of the
-- trigger that started it (null for a backfill). In a cluster of daemons, a run left running by
-- a node that is no longer in Quartz's scheduler state is abandoned, and one fire time of one
-- source gives at most one run.
ALTER TABLE runs ADD COLUMN node VARCHAR(200);
ALTER TABLE runs ADD COLUMN scheduled_for TIMESTAMP WITH TIME ZONE;
