-- Full-text search in PostgreSQL: stored tsvector columns (title weighted above body) with GIN indexes, computed by the
-- database itself so that no writer can forget them.

ALTER TABLE articles ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('english', COALESCE(title, '')), 'A') || setweight(to_tsvector('english', body), 'B')) STORED;
CREATE INDEX articles_search ON articles USING GIN (search_vector);

ALTER TABLE evidence ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (to_tsvector('english', text)) STORED;
CREATE INDEX evidence_search ON evidence USING GIN (search_vector);
