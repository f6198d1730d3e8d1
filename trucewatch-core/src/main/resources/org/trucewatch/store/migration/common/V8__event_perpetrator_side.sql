-- TruceWatch store, version 8: the alleged perpetrator's side id ("AZ", "AM") beside its display name, so that readers
-- never turn a name back into a side. Events stored before it have no id; re-ingesting an article fills it.
ALTER TABLE events ADD COLUMN perpetrator_side TEXT;
