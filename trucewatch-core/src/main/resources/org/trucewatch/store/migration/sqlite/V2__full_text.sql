-- Full-text search in SQLite: FTS5 indexes over article titles and bodies and over evidence sentences, kept in sync by
-- triggers. The index keys are columns of their own (search_key), numbered here, because VACUUM may renumber the
-- implicit rowids of tables whose primary key is not an integer. Porter stemming, as PostgreSQL's 'english' does.

ALTER TABLE articles ADD COLUMN search_key INTEGER;
CREATE UNIQUE INDEX articles_search_key ON articles (search_key);

CREATE VIRTUAL TABLE articles_fts USING fts5(
  title, body, content = 'articles', content_rowid = 'search_key',
  tokenize = 'porter unicode61 remove_diacritics 2');

CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
  UPDATE articles SET search_key = (SELECT COALESCE(MAX(search_key), 0) + 1 FROM articles) WHERE rowid = new.rowid;
  INSERT INTO articles_fts (rowid, title, body) SELECT search_key, title, body FROM articles WHERE rowid = new.rowid;
END;

CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
  INSERT INTO articles_fts (articles_fts, rowid, title, body) VALUES ('delete', old.search_key, old.title, old.body);
END;

CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, body ON articles BEGIN
  INSERT INTO articles_fts (articles_fts, rowid, title, body) VALUES ('delete', old.search_key, old.title, old.body);
  INSERT INTO articles_fts (rowid, title, body) VALUES (new.search_key, new.title, new.body);
END;

ALTER TABLE evidence ADD COLUMN search_key INTEGER;
CREATE UNIQUE INDEX evidence_search_key ON evidence (search_key);

CREATE VIRTUAL TABLE evidence_fts USING fts5(
  text, content = 'evidence', content_rowid = 'search_key',
  tokenize = 'porter unicode61 remove_diacritics 2');

CREATE TRIGGER evidence_fts_insert AFTER INSERT ON evidence BEGIN
  UPDATE evidence SET search_key = (SELECT COALESCE(MAX(search_key), 0) + 1 FROM evidence) WHERE rowid = new.rowid;
  INSERT INTO evidence_fts (rowid, text) SELECT search_key, text FROM evidence WHERE rowid = new.rowid;
END;

CREATE TRIGGER evidence_fts_delete AFTER DELETE ON evidence BEGIN
  INSERT INTO evidence_fts (evidence_fts, rowid, text) VALUES ('delete', old.search_key, old.text);
END;

CREATE TRIGGER evidence_fts_update AFTER UPDATE OF text ON evidence BEGIN
  INSERT INTO evidence_fts (evidence_fts, rowid, text) VALUES ('delete', old.search_key, old.text);
  INSERT INTO evidence_fts (rowid, text) VALUES (new.search_key, new.text);
END;
