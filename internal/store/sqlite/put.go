package sqlite

import (
	"bytes"
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"dateline"
)

// Column lists, in the order the insert helpers give their arguments.
var (
	storyColumns = []string{
		"id", "hash", "source", "url", "headline", "byline", "published", "published_ns", "updated",
		"has_dateline", "dateline_text", "dateline_place", "dateline_admin1", "dateline_country", "dateline_agency",
		"body", "paragraphs", "contributors", "mention_lists", "n_sentences", "n_events", "coded_at", "knowledge",
	}
	sentenceColumns = []string{"story", "idx", "paragraph", "start", "end", "text", "tokens"}
	mentionColumns  = []string{
		"story", "sentence", "seq", "start", "end", "text", "kind", "name", "country", "sector", "code", "rule",
		"has_place", "place_name", "place_admin1", "place_country", "place_lat", "place_lon", "place_geonames", "place_feature",
	}
	eventColumns = []string{
		"story", "seq", "id", "doc", "sentence", "sentence_start", "sentence_end",
		"type", "mode", "cameo", "goldstein", "quad_class", "modality",
		"src_text", "src_name", "src_lname", "src_country", "src_sector", "src_code", "src_start", "src_end",
		"tgt_text", "tgt_name", "tgt_lname", "tgt_country", "tgt_sector", "tgt_code", "tgt_start", "tgt_end",
		"trigger_text", "trigger_start", "trigger_end", "date", "date_precision", "date_lo", "date_hi",
		"place_name", "place_admin1", "place_country", "place_lat", "place_lon", "place_geonames", "place_feature",
		"confidence", "rule",
	}
)

// insertSQL returns an INSERT of every column in cols into table.
func insertSQL(table string, cols []string) string {
	return "INSERT INTO " + table + " (" + strings.Join(cols, ", ") + ") VALUES (" +
		strings.TrimSuffix(strings.Repeat("?, ", len(cols)), ", ") + ")"
}

var (
	insertStory = insertSQL("stories", storyColumns) + " ON CONFLICT DO NOTHING RETURNING key"
	updateStory = "UPDATE stories SET " + strings.Join(storyColumns, " = ?, ") + " = ? WHERE key = ?"
	insSentence = insertSQL("sentences", sentenceColumns)
	insMention  = insertSQL("mentions", mentionColumns)
	insEvent    = insertSQL("events", eventColumns) + " RETURNING key"
	insJSON     = `INSERT INTO event_json (key, json) VALUES (?, ?)`

	// indexText and indexPlaces add a story's sentences to the full-text
	// index and its placed events to the R*Tree, in one statement each: a
	// trigger per row would make FTS5 flush its buffer for every sentence.
	indexText   = `INSERT INTO sentence_fts (rowid, text) SELECT key, text FROM sentences WHERE story = ?`
	indexPlaces = `INSERT INTO event_geo SELECT key, place_lat, place_lat, place_lon, place_lon FROM events
		WHERE story = ? AND place_lat IS NOT NULL AND NOT (place_lat = 0 AND place_lon = 0)`
)

// Put stores c in one transaction and reports whether it was added. A story
// whose id or body is already stored changes nothing and reports false.
func (db *DB) Put(ctx context.Context, c *dateline.Coded) (added bool, err error) {
	a, err := db.PutAll(ctx, []*dateline.Coded{c})
	if err != nil {
		return false, err
	}
	return a[0], nil
}

// PutAll stores several coded stories in one transaction, which is several
// times faster per story than Put when ingesting many; added[i] reports
// whether cs[i] was added. If any story fails, none is stored. A story that
// is already stored, or that repeats an earlier one in cs, is skipped.
func (db *DB) PutAll(ctx context.Context, cs []*dateline.Coded) (added []bool, err error) {
	for _, c := range cs {
		if err := check(c); err != nil {
			return nil, err
		}
	}
	tx, err := db.w.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("put stories: %w", err)
	}
	defer tx.Rollback()
	st, err := prepare(ctx, tx)
	if err != nil {
		return nil, fmt.Errorf("put stories: %w", err)
	}
	defer st.close()
	added = make([]bool, len(cs))
	for i, c := range cs {
		if added[i], err = db.put(ctx, tx, st, c); err != nil {
			return nil, fmt.Errorf("put story %s: %w", c.Story.ID, err)
		}
	}
	if db.beforeCommit != nil {
		db.beforeCommit()
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("put stories: commit: %w", err)
	}
	return added, nil
}

// put writes c in tx unless it is stored already.
func (db *DB) put(ctx context.Context, tx *sql.Tx, st *stmts, c *dateline.Coded) (bool, error) {
	args, err := db.storyArgs(c)
	if err != nil {
		return false, err
	}
	var key int64
	switch err := st.story.QueryRowContext(ctx, args...).Scan(&key); {
	case errors.Is(err, sql.ErrNoRows):
		return false, nil // same id or same body: already stored
	case err != nil:
		return false, err
	}
	return true, st.parts(ctx, key, c, true)
}

// Replace swaps a stored story's metadata, sentences, mentions and events
// for c's, in one transaction: what `dateline recode` does after the
// knowledge files change. It returns dateline.ErrNotFound if no story has
// c's id.
func (db *DB) Replace(ctx context.Context, c *dateline.Coded) error {
	return db.ReplaceAll(ctx, []*dateline.Coded{c})
}

// ReplaceAll is Replace for several stories in one transaction, which is
// several times faster per story, as PutAll is to Put. If any story fails,
// none is replaced.
func (db *DB) ReplaceAll(ctx context.Context, cs []*dateline.Coded) error {
	for _, c := range cs {
		if err := check(c); err != nil {
			return err
		}
	}
	tx, err := db.w.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("replace stories: %w", err)
	}
	defer tx.Rollback()
	st, err := prepare(ctx, tx)
	if err != nil {
		return fmt.Errorf("replace stories: %w", err)
	}
	defer st.close()
	for _, c := range cs {
		if err := db.replace(ctx, tx, st, c); err != nil {
			return fmt.Errorf("replace story %s: %w", c.Story.ID, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("replace stories: commit: %w", err)
	}
	return nil
}

// replace swaps the stored story with c's id for c in tx.
func (db *DB) replace(ctx context.Context, tx *sql.Tx, st *stmts, c *dateline.Coded) error {
	var key int64
	switch err := tx.QueryRowContext(ctx, `SELECT key FROM stories WHERE id = ?`, c.Story.ID).Scan(&key); {
	case errors.Is(err, sql.ErrNoRows):
		return dateline.ErrNotFound
	case err != nil:
		return err
	}
	// A recode after the knowledge changed mostly finds the same sentences:
	// they, and their full-text index, are kept when they are.
	same, err := sameSentences(ctx, tx, key, c)
	if err != nil {
		return err
	}
	deletes := []string{`DELETE FROM events WHERE story = ?`, `DELETE FROM mentions WHERE story = ?`}
	if !same {
		deletes = append(deletes, `DELETE FROM sentences WHERE story = ?`)
	}
	for _, q := range deletes {
		if _, err := tx.ExecContext(ctx, q, key); err != nil {
			return err
		}
	}
	args, err := db.storyArgs(c)
	if err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, updateStory, append(args, key)...); err != nil {
		return err
	}
	return st.parts(ctx, key, c, !same)
}

// sameSentences reports whether story key's stored sentences are c's:
// the same positions, paragraphs, text and tokens.
func sameSentences(ctx context.Context, tx *sql.Tx, key int64, c *dateline.Coded) (bool, error) {
	rows, err := tx.QueryContext(ctx, `SELECT idx, paragraph, start, end, text, tokens FROM sentences WHERE story = ? ORDER BY idx`, key)
	if err != nil {
		return false, err
	}
	defer rows.Close()
	i := 0
	for ; rows.Next(); i++ {
		var idx, para, start, end int
		var text string
		var toks []byte
		if err := rows.Scan(&idx, &para, &start, &end, &text, &toks); err != nil {
			return false, err
		}
		if i >= len(c.Sentences) {
			return false, nil
		}
		s := &c.Sentences[i]
		if idx != s.Index || para != s.Paragraph || start != s.Start || end != s.End || text != s.Text ||
			!bytes.Equal(toks, packTokens(c.Story.Body, s.Tokens)) {
			return false, nil
		}
	}
	return i == len(c.Sentences), rows.Err()
}

// check rejects a coded story that cannot be stored.
func check(c *dateline.Coded) error {
	switch {
	case c == nil:
		return errors.New("store: nil story")
	case c.Story.ID == "":
		return fmt.Errorf("store story from %s: empty id", c.Story.Source)
	case len(c.Mentions) > len(c.Sentences):
		return fmt.Errorf("store story %s: %d mention lists for %d sentences", c.Story.ID, len(c.Mentions), len(c.Sentences))
	}
	return nil
}

// Hash returns the content hash that Put compares to find a story already
// stored under another id: hex SHA-256 of the body.
func Hash(body string) string {
	h := sha256.Sum256([]byte(body))
	return hex.EncodeToString(h[:])
}

// storyArgs returns the stories row for c, in storyColumns order.
func (db *DB) storyArgs(c *dateline.Coded) ([]any, error) {
	s := &c.Story
	byline, err := json.Marshal(s.Byline)
	if err != nil {
		return nil, err
	}
	contrib, err := json.Marshal(s.Contributors)
	if err != nil {
		return nil, err
	}
	var published, publishedNS, updated any
	if !s.Published.IsZero() {
		published, publishedNS = s.Published.Format(time.RFC3339Nano), s.Published.UnixNano()
	}
	if !s.Updated.IsZero() {
		updated = s.Updated.Format(time.RFC3339Nano)
	}
	var d dateline.Dateline
	if s.Dateline != nil {
		d = *s.Dateline
	}
	now := time.Now
	if db.Now != nil {
		now = db.Now
	}
	return []any{
		s.ID, Hash(s.Body), s.Source, s.URL, s.Headline, string(byline), published, publishedNS, updated,
		s.Dateline != nil, d.Text, d.Place, d.Admin1, d.Country, d.Agency,
		s.Body, packSpans(s.Paragraphs), string(contrib), len(c.Mentions), len(c.Sentences), len(c.Events),
		now().UTC().Format(time.RFC3339Nano), db.Knowledge,
	}, nil
}

// stmts are the inserts of one transaction, prepared once for all its
// stories.
type stmts struct {
	story, sentence, mention, event, json, fts, geo *sql.Stmt
}

// prepare prepares the inserts in tx.
func prepare(ctx context.Context, tx *sql.Tx) (*stmts, error) {
	st := new(stmts)
	for _, p := range []struct {
		to    **sql.Stmt
		query string
	}{{&st.story, insertStory}, {&st.sentence, insSentence}, {&st.mention, insMention}, {&st.event, insEvent}, {&st.json, insJSON},
		{&st.fts, indexText}, {&st.geo, indexPlaces}} {
		var err error
		if *p.to, err = tx.PrepareContext(ctx, p.query); err != nil {
			st.close()
			return nil, err
		}
	}
	return st, nil
}

func (st *stmts) close() {
	for _, s := range []*sql.Stmt{st.story, st.sentence, st.mention, st.event, st.json, st.fts, st.geo} {
		if s != nil {
			s.Close()
		}
	}
}

// parts writes c's sentences (unless kept), mentions and events under
// story key.
func (st *stmts) parts(ctx context.Context, key int64, c *dateline.Coded, sentences bool) error {
	if sentences {
		if err := st.sentences(ctx, key, c); err != nil {
			return err
		}
	}
	if err := st.mentions(ctx, key, c); err != nil {
		return err
	}
	for i := range c.Events {
		e := &c.Events[i]
		js, err := json.Marshal(e)
		if err != nil {
			return fmt.Errorf("event %s: %w", e.ID, err)
		}
		var ek int64
		if err := st.event.QueryRowContext(ctx, eventArgs(key, i, e, c.Story.Published)...).Scan(&ek); err != nil {
			return fmt.Errorf("event %s: %w", e.ID, err)
		}
		if _, err := st.json.ExecContext(ctx, ek, string(js)); err != nil {
			return fmt.Errorf("event %s: %w", e.ID, err)
		}
	}
	if _, err := st.geo.ExecContext(ctx, key); err != nil {
		return fmt.Errorf("index places: %w", err)
	}
	return nil
}

// sentences writes c's sentences and adds them to the full-text index.
func (st *stmts) sentences(ctx context.Context, key int64, c *dateline.Coded) error {
	for i := range c.Sentences {
		s := &c.Sentences[i]
		if _, err := st.sentence.ExecContext(ctx, key, s.Index, s.Paragraph, s.Start, s.End, s.Text,
			packTokens(c.Story.Body, s.Tokens)); err != nil {
			return fmt.Errorf("sentence %d: %w", s.Index, err)
		}
	}
	if _, err := st.fts.ExecContext(ctx, key); err != nil {
		return fmt.Errorf("index sentences: %w", err)
	}
	return nil
}

// mentions writes the mentions of every sentence; the i-th list in
// c.Mentions belongs to c.Sentences[i].
func (st *stmts) mentions(ctx context.Context, key int64, c *dateline.Coded) error {
	for i, ms := range c.Mentions {
		idx := c.Sentences[i].Index
		for j := range ms {
			m := &ms[j]
			var p dateline.Place
			if m.Place != nil {
				p = *m.Place
			}
			if _, err := st.mention.ExecContext(ctx, key, idx, j, m.Start, m.End, m.Text, int(m.Kind),
				m.Actor.Name, m.Actor.Country, m.Actor.Sector, m.Actor.Code, m.Rule,
				m.Place != nil, p.Name, p.Admin1, p.Country, p.Lat, p.Lon, p.GeoNamesID, p.Feature); err != nil {
				return fmt.Errorf("mention %q in sentence %d: %w", m.Text, idx, err)
			}
		}
	}
	return nil
}

// eventArgs returns the events row for e, the seq-th event of story key, in
// eventColumns order. Undated events take the story's publication day for
// date_lo and date_hi, so date filters find them.
func eventArgs(key int64, seq int, e *dateline.Event, published time.Time) []any {
	lo, hi, ok := dateRange(string(e.Date))
	if !ok && !published.IsZero() {
		lo, hi, _ = dateRange(dateline.DateOf(published).String())
	}
	args := make([]any, 0, len(eventColumns))
	args = append(args, key, seq, e.ID, e.Doc, e.Sentence.Index, e.Sentence.Start, e.Sentence.End,
		e.Type, e.Mode, e.CAMEO, e.Goldstein, e.QuadClass, string(e.Modality))
	args = appendParticipant(args, e.Source)
	args = appendParticipant(args, e.Target)
	args = append(args, e.Trigger.Text, e.Trigger.Start, e.Trigger.End,
		string(e.Date), string(e.DatePrecision), nullString(lo), nullString(hi))
	if p := e.Place; p != nil {
		args = append(args, p.Name, p.Admin1, p.Country, p.Lat, p.Lon, p.GeoNamesID, p.Feature)
	} else {
		args = append(args, nil, nil, nil, nil, nil, nil, nil)
	}
	return append(args, e.Confidence, e.Rule)
}

// appendParticipant appends the eight src_ or tgt_ columns of p: NULLs when
// p is nil.
func appendParticipant(args []any, p *dateline.Participant) []any {
	if p == nil {
		return append(args, nil, nil, nil, nil, nil, nil, nil, nil)
	}
	return append(args, p.Text, p.Name, strings.ToLower(p.Name), nullString(string(p.Country)),
		nullString(string(p.Sector)), p.Code, p.Start, p.End)
}

// nullString is nil for "" and s otherwise.
func nullString(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// dateRange returns the first and last day a YYYY, YYYY-MM or YYYY-MM-DD
// date covers, as YYYY-MM-DD strings that compare in date order. Every month
// ends on day 31: the bound only has to sort after the month's last day.
func dateRange(s string) (lo, hi string, ok bool) {
	digits := func(t string) bool {
		for i := 0; i < len(t); i++ {
			if t[i] < '0' || t[i] > '9' {
				return false
			}
		}
		return true
	}
	switch {
	case len(s) == 4 && digits(s):
		return s + "-01-01", s + "-12-31", true
	case len(s) == 7 && s[4] == '-' && digits(s[:4]) && digits(s[5:]) && s[5:] >= "01" && s[5:] <= "12":
		return s + "-01", s + "-31", true
	case len(s) == 10 && s[4] == '-' && s[7] == '-' && digits(s[:4]) && digits(s[5:7]) && digits(s[8:]):
		return s, s, true
	}
	return "", "", false
}
