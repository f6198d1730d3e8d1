-- TruceWatch store, version 1: the tables both databases share. SQL that SQLite and PostgreSQL read alike (TEXT,
-- INTEGER, DOUBLE PRECISION, BOOLEAN); full-text search differs and lives in the vendor folders. Dates and times are
-- ISO-8601 text, so that a date, a date-time and a date-time with an offset keep exactly what the source said.

CREATE TABLE articles (
  id                  TEXT PRIMARY KEY,
  source_file         TEXT,
  record              TEXT,
  sha256              TEXT,
  url                 TEXT,
  outlet              TEXT,
  title               TEXT,
  byline              TEXT,
  dateline            TEXT,
  published           TEXT,
  published_evidence  TEXT,
  published_origin    TEXT,
  published_inferred  BOOLEAN,
  language            TEXT,
  body                TEXT NOT NULL,
  paragraphs          TEXT NOT NULL,
  captions            TEXT NOT NULL,
  removed             TEXT NOT NULL,
  cluster             TEXT NOT NULL,
  ingested_at         TEXT NOT NULL
);
CREATE INDEX articles_cluster ON articles (cluster);
CREATE INDEX articles_newest ON articles (published, ingested_at);

CREATE TABLE rejections (
  source_file  TEXT NOT NULL,
  record_key   TEXT NOT NULL,
  record       TEXT,
  reason       TEXT NOT NULL,
  message      TEXT NOT NULL,
  recorded_at  TEXT NOT NULL,
  PRIMARY KEY (source_file, record_key, reason)
);
CREATE INDEX rejections_newest ON rejections (recorded_at);

CREATE TABLE events (
  id                    TEXT PRIMARY KEY,
  article_id            TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  ord                   INTEGER NOT NULL,
  type                  TEXT NOT NULL,
  subtype               TEXT,
  date                  TEXT,
  date_end              TEXT,
  time                  TEXT,
  date_basis            TEXT,
  loc_name              TEXT,
  loc_lat               DOUBLE PRECISION,
  loc_lon               DOUBLE PRECISION,
  loc_country           TEXT,
  loc_admin1            TEXT,
  loc_precision         TEXT,
  loc_surface           TEXT,
  perpetrator           TEXT,
  perpetrator_actor     TEXT,
  perpetrator_inferred  BOOLEAN NOT NULL,
  target                TEXT,
  has_casualties        BOOLEAN NOT NULL,
  killed                INTEGER,
  wounded               INTEGER,
  victims               TEXT,
  qualifier             TEXT,
  civilian_killed       INTEGER,
  since                 TEXT,
  parties               TEXT NOT NULL,
  mediator              TEXT
);
CREATE INDEX events_article ON events (article_id, ord);
CREATE INDEX events_type_date ON events (type, date);

-- Claims and evidence are rows of their own so that a server can be asked "all denials by X".
CREATE TABLE claims (
  event_id     TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  ord          INTEGER NOT NULL,
  article_id   TEXT NOT NULL,
  actor        TEXT NOT NULL,
  actor_id     TEXT,
  side         TEXT,
  stance       TEXT NOT NULL,
  via          TEXT,
  ev_sentence  INTEGER,
  ev_start     INTEGER,
  ev_end       INTEGER,
  ev_text      TEXT,
  PRIMARY KEY (event_id, ord)
);
CREATE INDEX claims_article ON claims (article_id);
CREATE INDEX claims_actor ON claims (actor, stance);

CREATE TABLE evidence (
  event_id      TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  ord           INTEGER NOT NULL,
  article_id    TEXT NOT NULL,
  sentence      INTEGER NOT NULL,
  start_offset  INTEGER NOT NULL,
  end_offset    INTEGER NOT NULL,
  text          TEXT NOT NULL,
  PRIMARY KEY (event_id, ord)
);
CREATE INDEX evidence_article ON evidence (article_id);

-- Mentions point at event ids without a foreign key: re-extracting an article replaces its events before the resolver
-- rewrites the incidents that named them.
CREATE TABLE incidents (
  id                   TEXT PRIMARY KEY,
  type                 TEXT NOT NULL,
  subtype              TEXT,
  date                 TEXT,
  date_end             TEXT,
  loc_name             TEXT,
  loc_lat              DOUBLE PRECISION,
  loc_lon              DOUBLE PRECISION,
  loc_country          TEXT,
  loc_admin1           TEXT,
  loc_precision        TEXT,
  loc_surface          TEXT,
  place_key            TEXT,
  admin1_key           TEXT,
  perpetrator          TEXT,
  party_key            TEXT,
  standing             TEXT NOT NULL,
  standing_rank        INTEGER NOT NULL,
  ceasefire_id         TEXT,
  independent_sources  INTEGER NOT NULL,
  killed               INTEGER,
  wounded              INTEGER
);
CREATE INDEX incidents_type_date ON incidents (type, date);
CREATE INDEX incidents_date ON incidents (date, id);
CREATE INDEX incidents_ceasefire ON incidents (ceasefire_id);

CREATE TABLE incident_mentions (
  incident_id  TEXT NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
  ord          INTEGER NOT NULL,
  event_id     TEXT NOT NULL,
  PRIMARY KEY (incident_id, ord)
);
CREATE INDEX incident_mentions_event ON incident_mentions (event_id);

CREATE TABLE ceasefires (
  id              TEXT PRIMARY KEY,
  name            TEXT,
  starts          TEXT NOT NULL,
  start_date      TEXT NOT NULL,
  ends            TEXT,
  parties         TEXT NOT NULL,
  mediator        TEXT,
  place_of_talks  TEXT,
  status          TEXT,
  source          TEXT,
  evidence        TEXT NOT NULL
);
CREATE INDEX ceasefires_start ON ceasefires (start_date);

CREATE TABLE field_reports (
  id             TEXT PRIMARY KEY,
  observer       TEXT,
  time           TEXT,
  day            TEXT,
  sort_key       TEXT,
  loc_name       TEXT,
  loc_lat        DOUBLE PRECISION,
  loc_lon        DOUBLE PRECISION,
  loc_country    TEXT,
  loc_admin1     TEXT,
  loc_precision  TEXT,
  loc_surface    TEXT,
  kind           TEXT,
  direction      TEXT,
  perpetrator    TEXT,
  text           TEXT
);
CREATE INDEX field_reports_day ON field_reports (day);
CREATE INDEX field_reports_time ON field_reports (sort_key, id);
