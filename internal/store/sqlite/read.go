package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"iter"
	"time"

	"dateline"
	"dateline/internal/export"
)

// Stored is a stored story with what the store knows about its coding.
type Stored struct {
	Story     dateline.Story
	Knowledge string    // the knowledge version that coded it (DB.Knowledge at Put or Replace)
	CodedAt   time.Time // when it was last coded
	Events    int       // how many events it holds
}

const storySelect = `SELECT key, id, source, url, headline, byline, published, updated,
	has_dateline, dateline_text, dateline_place, dateline_admin1, dateline_country, dateline_agency,
	body, paragraphs, contributors, mention_lists, n_events, coded_at, knowledge FROM stories`

// scanStory reads one row of storySelect.
func scanStory(row interface{ Scan(...any) error }) (key int64, st *Stored, mentionLists int, err error) {
	st = new(Stored)
	s := &st.Story
	var byline, contrib, codedAt string
	var published, updated sql.NullString
	var hasDateline bool
	var d dateline.Dateline
	var paragraphs []byte
	if err := row.Scan(&key, &s.ID, &s.Source, &s.URL, &s.Headline, &byline, &published, &updated,
		&hasDateline, &d.Text, &d.Place, &d.Admin1, &d.Country, &d.Agency,
		&s.Body, &paragraphs, &contrib, &mentionLists, &st.Events, &codedAt, &st.Knowledge); err != nil {
		return 0, nil, 0, err
	}
	if hasDateline {
		s.Dateline = &d
	}
	if err := json.Unmarshal([]byte(byline), &s.Byline); err != nil {
		return 0, nil, 0, fmt.Errorf("story %s: byline: %w", s.ID, err)
	}
	if err := json.Unmarshal([]byte(contrib), &s.Contributors); err != nil {
		return 0, nil, 0, fmt.Errorf("story %s: contributors: %w", s.ID, err)
	}
	if s.Paragraphs, err = unpackSpans(paragraphs); err != nil {
		return 0, nil, 0, fmt.Errorf("story %s: paragraphs: %w", s.ID, err)
	}
	for _, f := range []struct {
		from sql.NullString
		to   *time.Time
	}{{published, &s.Published}, {updated, &s.Updated}, {sql.NullString{String: codedAt, Valid: true}, &st.CodedAt}} {
		if !f.from.Valid {
			continue
		}
		if *f.to, err = time.Parse(time.RFC3339Nano, f.from.String); err != nil {
			return 0, nil, 0, fmt.Errorf("story %s: %w", s.ID, err)
		}
	}
	return key, st, mentionLists, nil
}

// Story returns the stored story with id: its sentences, mentions and
// events as they were stored, or an error wrapping dateline.ErrNotFound.
// Times come back with the offset they were stored with, in a fixed zone.
func (db *DB) Story(ctx context.Context, id string) (*dateline.Coded, error) {
	tx, err := db.r.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, fmt.Errorf("read story %s: %w", id, err)
	}
	defer tx.Rollback()
	key, st, lists, err := scanStory(tx.QueryRowContext(ctx, storySelect+` WHERE id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("story %s: %w", id, dateline.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("read story %s: %w", id, err)
	}
	c := &dateline.Coded{Story: st.Story}
	if err := readSentences(ctx, tx, key, c); err != nil {
		return nil, fmt.Errorf("read story %s: %w", id, err)
	}
	if err := readMentions(ctx, tx, key, lists, c); err != nil {
		return nil, fmt.Errorf("read story %s: %w", id, err)
	}
	if c.Events, err = collectEvents(tx.QueryContext(ctx, `SELECT j.json FROM events e JOIN event_json j ON j.key = e.key WHERE e.story = ? ORDER BY e.seq`, key)); err != nil {
		return nil, fmt.Errorf("read story %s: %w", id, err)
	}
	return c, nil
}

// readSentences reads story key's sentences into c.
func readSentences(ctx context.Context, tx *sql.Tx, key int64, c *dateline.Coded) error {
	rows, err := tx.QueryContext(ctx, `SELECT idx, paragraph, start, end, text, tokens FROM sentences WHERE story = ? ORDER BY idx`, key)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var s dateline.Sentence
		var toks []byte
		if err := rows.Scan(&s.Index, &s.Paragraph, &s.Start, &s.End, &s.Text, &toks); err != nil {
			return err
		}
		if s.Tokens, err = unpackTokens(c.Story.Body, toks); err != nil {
			return fmt.Errorf("sentence %d: tokens: %w", s.Index, err)
		}
		c.Sentences = append(c.Sentences, s)
	}
	return rows.Err()
}

// readMentions reads story key's mentions into c.Mentions, lists long, one
// list per sentence.
func readMentions(ctx context.Context, tx *sql.Tx, key int64, lists int, c *dateline.Coded) error {
	if lists == 0 {
		return nil
	}
	if lists > len(c.Sentences) {
		return fmt.Errorf("%d mention lists for %d sentences", lists, len(c.Sentences))
	}
	c.Mentions = make([][]dateline.Mention, lists)
	pos := make(map[int]int, lists) // sentence index -> list
	for i := range lists {
		pos[c.Sentences[i].Index] = i
	}
	rows, err := tx.QueryContext(ctx, `SELECT sentence, start, end, text, kind, name, country, sector, code, rule,
		has_place, place_name, place_admin1, place_country, place_lat, place_lon, place_geonames, place_feature
		FROM mentions WHERE story = ? ORDER BY sentence, seq`, key)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var m dateline.Mention
		var idx int
		var hasPlace bool
		var p dateline.Place
		if err := rows.Scan(&idx, &m.Start, &m.End, &m.Text, &m.Kind, &m.Actor.Name, &m.Actor.Country,
			&m.Actor.Sector, &m.Actor.Code, &m.Rule, &hasPlace, &p.Name, &p.Admin1, &p.Country,
			&p.Lat, &p.Lon, &p.GeoNamesID, &p.Feature); err != nil {
			return err
		}
		if hasPlace {
			m.Place = &p
		}
		i, ok := pos[idx]
		if !ok {
			return fmt.Errorf("mention %q in sentence %d, which is not stored", m.Text, idx)
		}
		c.Mentions[i] = append(c.Mentions[i], m)
	}
	return rows.Err()
}

// collectEvents decodes the json column of rows into events.
func collectEvents(rows *sql.Rows, err error) ([]dateline.Event, error) {
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var events []dateline.Event
	var js []byte
	for rows.Next() {
		if err := rows.Scan(&js); err != nil {
			return nil, err
		}
		events = append(events, dateline.Event{})
		if err := json.Unmarshal(js, &events[len(events)-1]); err != nil {
			return nil, fmt.Errorf("decode event: %w", err)
		}
	}
	return events, rows.Err()
}

// storiesPage is how many stories Stories reads per query; between pages it
// holds no read transaction, so a caller may Replace as it goes.
const storiesPage = 64

// Stories yields every stored story in the order they were stored, without
// sentences or events: what a recode needs to code them again. It stops at
// the first error, which it yields with a nil story.
func (db *DB) Stories(ctx context.Context) iter.Seq2[*Stored, error] {
	return func(yield func(*Stored, error) bool) {
		after := int64(0)
		for {
			page, err := db.storiesAfter(ctx, after)
			if err != nil {
				yield(nil, fmt.Errorf("list stories: %w", err))
				return
			}
			for _, p := range page {
				if !yield(p.st, nil) {
					return
				}
				after = p.key
			}
			if len(page) < storiesPage {
				return
			}
		}
	}
}

type keyed struct {
	key int64
	st  *Stored
}

// storiesAfter reads the next page of stories whose key is above after.
func (db *DB) storiesAfter(ctx context.Context, after int64) ([]keyed, error) {
	rows, err := db.r.QueryContext(ctx, storySelect+` WHERE key > ? ORDER BY key LIMIT ?`, after, storiesPage)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var page []keyed
	for rows.Next() {
		key, st, _, err := scanStory(rows)
		if err != nil {
			return nil, err
		}
		page = append(page, keyed{key, st})
	}
	return page, rows.Err()
}

// Has reports whether s is stored already, by id or by the same body: an
// ingest can ask before coding a story it would not store.
func (db *DB) Has(ctx context.Context, s *dateline.Story) (bool, error) {
	var n int
	err := db.r.QueryRowContext(ctx, `SELECT count(*) FROM stories WHERE id = ? OR hash = ?`, s.ID, Hash(s.Body)).Scan(&n)
	if err != nil {
		return false, fmt.Errorf("look up story %s: %w", s.ID, err)
	}
	return n > 0, nil
}

// Match finds what the store holds of s: the story stored under s's id,
// else one stored with s's text (body). id is "" when there is neither;
// sameText reports whether the story found has s's text. An ingest asks
// before coding a story, to tell one already stored from a duplicate of
// another story or an id taken by another text.
func (db *DB) Match(ctx context.Context, s *dateline.Story) (id string, sameText bool, err error) {
	hash := Hash(s.Body)
	err = db.r.QueryRowContext(ctx, `SELECT id, hash = ? FROM stories WHERE id = ? OR hash = ? ORDER BY id = ? DESC LIMIT 1`,
		hash, s.ID, hash, s.ID).Scan(&id, &sameText)
	if errors.Is(err, sql.ErrNoRows) {
		return "", false, nil
	}
	if err != nil {
		return "", false, fmt.Errorf("look up story %s: %w", s.ID, err)
	}
	return id, sameText, nil
}

// Counts returns how many stories and events the store holds.
func (db *DB) Counts(ctx context.Context) (stories, events int, err error) {
	err = db.r.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM stories), (SELECT count(*) FROM events)`).Scan(&stories, &events)
	if err != nil {
		return 0, 0, fmt.Errorf("count stories: %w", err)
	}
	return stories, events, nil
}

// Origins returns what exports need to know of each stored story among
// ids: its address, publication time and when it was last coded into the
// store (export.GDELT's DATEADDED). Ids not stored are left out.
func (db *DB) Origins(ctx context.Context, ids []string) (map[string]export.Origin, error) {
	list, err := json.Marshal(ids)
	if err != nil {
		return nil, fmt.Errorf("story origins: %w", err)
	}
	rows, err := db.r.QueryContext(ctx, `SELECT id, url, published, coded_at FROM stories WHERE id IN (SELECT value FROM json_each(?))`, string(list))
	if err != nil {
		return nil, fmt.Errorf("story origins: %w", err)
	}
	defer rows.Close()
	origins := make(map[string]export.Origin, len(ids))
	for rows.Next() {
		var id, codedAt string
		var published sql.NullString
		var o export.Origin
		if err := rows.Scan(&id, &o.URL, &published, &codedAt); err != nil {
			return nil, fmt.Errorf("story origins: %w", err)
		}
		if published.Valid {
			if o.Published, err = time.Parse(time.RFC3339Nano, published.String); err != nil {
				return nil, fmt.Errorf("story %s: published: %w", id, err)
			}
		}
		if o.Stored, err = time.Parse(time.RFC3339Nano, codedAt); err != nil {
			return nil, fmt.Errorf("story %s: coded_at: %w", id, err)
		}
		origins[id] = o
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("story origins: %w", err)
	}
	return origins, nil
}

// Distinct returns the distinct values the stored events hold for what,
// sorted: "country" (of sources and targets), "place" (event and mention
// place names) or "type". A command checks a filter against them and
// suggests the nearest when it matches none.
func (db *DB) Distinct(ctx context.Context, what string) ([]string, error) {
	q, ok := map[string]string{
		"country": `SELECT src_country FROM events WHERE src_country IS NOT NULL UNION SELECT tgt_country FROM events WHERE tgt_country IS NOT NULL`,
		"place":   `SELECT place_name FROM events WHERE place_name IS NOT NULL UNION SELECT place_name FROM mentions WHERE has_place`,
		"type":    `SELECT DISTINCT type FROM events WHERE type != ''`,
	}[what]
	if !ok {
		return nil, fmt.Errorf("distinct %q: want country, place or type", what)
	}
	rows, err := db.r.QueryContext(ctx, q+` ORDER BY 1`)
	if err != nil {
		return nil, fmt.Errorf("distinct %s: %w", what, err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			return nil, fmt.Errorf("distinct %s: %w", what, err)
		}
		out = append(out, s)
	}
	return out, rows.Err()
}
