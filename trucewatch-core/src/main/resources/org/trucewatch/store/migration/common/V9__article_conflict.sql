-- TruceWatch store, version 9: the conflict an article's source declared (a watched source's conflict= setting, a JSON
-- line's conflict), so that re-reading a stored article assigns its events as its first reading did. Null: told from
-- the text.
ALTER TABLE articles ADD COLUMN conflict TEXT;
