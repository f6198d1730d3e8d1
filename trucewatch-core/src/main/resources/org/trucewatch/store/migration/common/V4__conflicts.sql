-- TruceWatch store, version 4: every event, incident and truce belongs to a conflict profile (or to none), an incident
-- on the start day of a truce at an unknown time names that truce apart from the ones it broke, and register truces
-- keep their sources.
ALTER TABLE events ADD COLUMN conflict TEXT;
ALTER TABLE incidents ADD COLUMN conflict TEXT;
ALTER TABLE incidents ADD COLUMN ceasefire_open TEXT;
ALTER TABLE ceasefires ADD COLUMN conflict TEXT;
ALTER TABLE ceasefires ADD COLUMN sources TEXT;
CREATE INDEX incidents_conflict_date ON incidents (conflict, date);
