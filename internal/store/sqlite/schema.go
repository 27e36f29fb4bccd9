package sqlite

// migrations are the schema changes in order; migrations[i] takes the
// database from version i to version i+1. Append, never edit: a stored
// database at version i runs only migrations[i:].
var migrations = []string{
	// 1: stories, sentences with full-text search, mentions, events with an
	// R*Tree over event places.
	`
CREATE TABLE stories (
	key              INTEGER PRIMARY KEY,
	id               TEXT NOT NULL UNIQUE,
	hash             TEXT NOT NULL UNIQUE,      -- hex SHA-256 of body
	source           TEXT NOT NULL,
	url              TEXT NOT NULL,
	headline         TEXT NOT NULL,
	byline           TEXT NOT NULL,             -- JSON array of names
	published        TEXT,                      -- RFC 3339 with the story's offset; NULL if unknown
	published_ns     INTEGER,                   -- Unix nanoseconds, for ordering
	updated          TEXT,
	has_dateline     INTEGER NOT NULL,
	dateline_text    TEXT NOT NULL,
	dateline_place   TEXT NOT NULL,
	dateline_admin1  TEXT NOT NULL,
	dateline_country TEXT NOT NULL,
	dateline_agency  TEXT NOT NULL,
	body             TEXT NOT NULL,
	paragraphs       BLOB NOT NULL,             -- packed spans
	contributors     TEXT NOT NULL,             -- JSON array
	mention_lists    INTEGER NOT NULL,          -- len(Coded.Mentions)
	n_sentences      INTEGER NOT NULL,
	n_events         INTEGER NOT NULL,
	coded_at         TEXT NOT NULL,
	knowledge        TEXT NOT NULL              -- version of the knowledge files that coded it
);
CREATE INDEX stories_published ON stories(published_ns, id);

CREATE TABLE sentences (
	key       INTEGER PRIMARY KEY,
	story     INTEGER NOT NULL REFERENCES stories(key) ON DELETE CASCADE,
	idx       INTEGER NOT NULL,
	paragraph INTEGER NOT NULL,
	start     INTEGER NOT NULL,
	end       INTEGER NOT NULL,
	text      TEXT NOT NULL,
	tokens    BLOB NOT NULL,                    -- packed token spans
	UNIQUE (story, idx)
);
CREATE VIRTUAL TABLE sentence_fts USING fts5(
	text, content='sentences', content_rowid='key',
	tokenize='unicode61 remove_diacritics 2'
);
-- Put fills sentence_fts and event_geo with one statement per story (see
-- indexStory); deletes keep them in step through triggers.
CREATE TRIGGER sentences_ad AFTER DELETE ON sentences BEGIN
	INSERT INTO sentence_fts(sentence_fts, rowid, text) VALUES ('delete', old.key, old.text);
END;

CREATE TABLE mentions (
	story         INTEGER NOT NULL REFERENCES stories(key) ON DELETE CASCADE,
	sentence      INTEGER NOT NULL,
	seq           INTEGER NOT NULL,             -- position in the sentence's list
	start         INTEGER NOT NULL,
	end           INTEGER NOT NULL,
	text          TEXT NOT NULL,
	kind          INTEGER NOT NULL,
	name          TEXT NOT NULL,
	country       TEXT NOT NULL,
	sector        TEXT NOT NULL,
	code          TEXT NOT NULL,
	rule          TEXT NOT NULL,
	has_place     INTEGER NOT NULL,
	place_name    TEXT NOT NULL,
	place_admin1  TEXT NOT NULL,
	place_country TEXT NOT NULL,
	place_lat     REAL NOT NULL,
	place_lon     REAL NOT NULL,
	place_geonames INTEGER NOT NULL,
	place_feature TEXT NOT NULL,
	PRIMARY KEY (story, sentence, seq)
) WITHOUT ROWID;
CREATE INDEX mentions_place ON mentions(place_name COLLATE NOCASE) WHERE has_place;

CREATE TABLE events (
	key            INTEGER PRIMARY KEY,
	story          INTEGER NOT NULL REFERENCES stories(key) ON DELETE CASCADE,
	seq            INTEGER NOT NULL,            -- position in Coded.Events
	id             TEXT NOT NULL,
	doc            TEXT NOT NULL,
	sentence       INTEGER NOT NULL,
	sentence_start INTEGER NOT NULL,
	sentence_end   INTEGER NOT NULL,
	type           TEXT NOT NULL,
	mode           TEXT NOT NULL,
	cameo          TEXT NOT NULL,
	goldstein      REAL NOT NULL,
	quad_class     INTEGER NOT NULL,
	modality       TEXT NOT NULL,
	src_text       TEXT,                        -- src_* and tgt_* are NULL when there is no participant
	src_name       TEXT,
	src_lname      TEXT,                        -- lower-cased name, for case-insensitive matching
	src_country    TEXT,
	src_sector     TEXT,
	src_code       TEXT,
	src_start      INTEGER,
	src_end        INTEGER,
	tgt_text       TEXT,
	tgt_name       TEXT,
	tgt_lname      TEXT,
	tgt_country    TEXT,
	tgt_sector     TEXT,
	tgt_code       TEXT,
	tgt_start      INTEGER,
	tgt_end        INTEGER,
	trigger_text   TEXT NOT NULL,
	trigger_start  INTEGER NOT NULL,
	trigger_end    INTEGER NOT NULL,
	date           TEXT NOT NULL,
	date_precision TEXT NOT NULL,
	date_lo        TEXT,                        -- first day the date covers, YYYY-MM-DD
	date_hi        TEXT,                        -- last day it covers (day 31 for any month)
	place_name     TEXT,                        -- place_* are NULL when the event has no place
	place_admin1   TEXT,
	place_country  TEXT,
	place_lat      REAL,
	place_lon      REAL,
	place_geonames INTEGER,
	place_feature  TEXT,
	confidence     REAL NOT NULL,
	rule           TEXT NOT NULL,
	UNIQUE (story, seq)
);
-- The whole record, as SCHEMA.md writes it, apart from the columns above so
-- that scans over events stay narrow.
CREATE TABLE event_json (
	key  INTEGER PRIMARY KEY REFERENCES events(key) ON DELETE CASCADE,
	json TEXT NOT NULL
);
CREATE INDEX events_id          ON events(id);
CREATE INDEX events_src_country ON events(src_country);
CREATE INDEX events_tgt_country ON events(tgt_country);
CREATE INDEX events_src_code    ON events(src_code);
CREATE INDEX events_tgt_code    ON events(tgt_code);
CREATE INDEX events_type        ON events(type);
CREATE INDEX events_cameo       ON events(cameo);
CREATE INDEX events_date_lo     ON events(date_lo);
CREATE INDEX events_place       ON events(place_name COLLATE NOCASE);

CREATE VIRTUAL TABLE event_geo USING rtree(key, min_lat, max_lat, min_lon, max_lon);
CREATE TRIGGER events_ad AFTER DELETE ON events BEGIN
	DELETE FROM event_geo WHERE key = old.key;
	DELETE FROM event_json WHERE key = old.key;
END;
`,
}
