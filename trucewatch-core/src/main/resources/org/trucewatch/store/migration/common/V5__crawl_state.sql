-- TruceWatch store, version 5: what the watcher knows of each address it fetches (feeds and article pages), so that a
-- restart neither downloads unchanged pages again nor forgets what failed. Times are ISO-8601 instants (UTC).
CREATE TABLE crawl_state (
  url            TEXT PRIMARY KEY,
  source         TEXT NOT NULL,
  kind           TEXT NOT NULL,
  etag           TEXT,
  last_modified  TEXT,
  last_fetch     TEXT,
  status         INTEGER,
  failures       INTEGER NOT NULL DEFAULT 0,
  next_due       TEXT,
  error          TEXT,
  sha256         TEXT
);
CREATE INDEX crawl_state_source ON crawl_state (source, kind);
