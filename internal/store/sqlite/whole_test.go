package sqlite

import (
	"testing"
)

// checkWhole checks that every stored story is whole: as many sentences and
// events as its own row says, and that SQLite, the full-text index and the
// R*Tree agree with the tables.
func checkWhole(t *testing.T, db *DB) {
	t.Helper()
	rows, err := db.r.Query(`SELECT id, n_sentences, n_events,
		(SELECT count(*) FROM sentences WHERE story = s.key),
		(SELECT count(*) FROM events WHERE story = s.key) FROM stories s`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	for rows.Next() {
		var id string
		var wantS, wantE, gotS, gotE int
		if err := rows.Scan(&id, &wantS, &wantE, &gotS, &gotE); err != nil {
			t.Fatal(err)
		}
		if gotS != wantS || gotE != wantE {
			t.Errorf("story %s: got %d sentences and %d events, want %d and %d", id, gotS, gotE, wantS, wantE)
		}
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	var ok string
	if err := db.r.QueryRow(`PRAGMA integrity_check`).Scan(&ok); err != nil || ok != "ok" {
		t.Errorf("integrity_check: got %q, %v; want ok", ok, err)
	}
	if err := db.r.QueryRow(`SELECT rtreecheck('event_geo')`).Scan(&ok); err != nil || ok != "ok" {
		t.Errorf("rtreecheck: got %q, %v; want ok", ok, err)
	}
	if _, err := db.w.Exec(`INSERT INTO sentence_fts(sentence_fts, rank) VALUES ('integrity-check', 1)`); err != nil {
		t.Errorf("fts integrity-check: %v", err)
	}
	var orphans int
	if err := db.r.QueryRow(`SELECT (SELECT count(*) FROM event_geo WHERE key NOT IN (SELECT key FROM events)) +
		(SELECT count(*) FROM mentions WHERE story NOT IN (SELECT key FROM stories))`).Scan(&orphans); err != nil || orphans != 0 {
		t.Errorf("orphan rows: got %d, %v; want 0", orphans, err)
	}
}

func TestStoredAsText(t *testing.T) {
	db := loaded(t)
	var blobs int
	if err := db.r.QueryRow(`SELECT count(*) FROM event_json WHERE typeof(json) != 'text' OR json_valid(json) = 0`).Scan(&blobs); err != nil || blobs != 0 {
		t.Errorf("got %d records that are not JSON text, %v; want 0", blobs, err)
	}
}
