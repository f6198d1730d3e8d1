-- Incident resolution looks up the stored mentions near a new one, by date and place: single days through the
-- (type, date) index, spans (a week, a month, "since") through this one, so that neither reads every event of the
-- type dated before the new one (which made resolution slow down in proportion to the store's size).
CREATE INDEX events_spans ON events (type, date_end) WHERE date_end IS NOT NULL;
