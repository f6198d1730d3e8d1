-- TruceWatch store, version 6: alerting. What the alerter has seen of each incident (so that only a new incident or a
-- raised standing makes an alert, across restarts), each alert to deliver with its state (one row per rule, webhook,
-- incident and standing: the same alert is never queued twice), and every delivery attempt. Times are ISO-8601
-- instants (UTC).
CREATE TABLE alert_seen (
  incident_id    TEXT PRIMARY KEY,
  standing_rank  INTEGER NOT NULL
);
-- Incidents stored before alerting existed are known already: upgrading a database does not alert on its whole past.
INSERT INTO alert_seen (incident_id, standing_rank) SELECT id, standing_rank FROM incidents;

CREATE TABLE alert_deliveries (
  id             TEXT PRIMARY KEY,
  rule           TEXT NOT NULL,
  webhook        TEXT NOT NULL,
  incident_id    TEXT NOT NULL,
  standing       TEXT NOT NULL,
  event          TEXT NOT NULL,
  payload        TEXT NOT NULL,
  created_at     TEXT NOT NULL,
  state          TEXT NOT NULL,
  attempts       INTEGER NOT NULL DEFAULT 0,
  next_attempt   TEXT,
  lease_until    TEXT,
  delivered_at   TEXT,
  last_status    INTEGER,
  last_error     TEXT,
  UNIQUE (rule, webhook, incident_id, standing)
);
CREATE INDEX alert_deliveries_state ON alert_deliveries (state, next_attempt);

CREATE TABLE alert_attempts (
  delivery_id  TEXT NOT NULL REFERENCES alert_deliveries (id) ON DELETE CASCADE,
  attempt      INTEGER NOT NULL,
  at           TEXT NOT NULL,
  status       INTEGER NOT NULL,
  error        TEXT,
  PRIMARY KEY (delivery_id, attempt)
);
