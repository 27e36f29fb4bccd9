package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode"

	"dateline"
)

// DefaultLimit is how many events Events returns when Query.Limit is 0. A
// negative Limit returns every match.
const DefaultLimit = 1000

// DefaultRadiusKM is the radius of Query.Near when Query.RadiusKM is 0.
const DefaultRadiusKM = 50

// earthKM is the mean radius of the Earth.
const earthKM = 6371.0088

// Events returns the stored events that match every filter q sets, ordered
// by their story's publication time (unknown last), story id, sentence and
// trigger offset.
//
//   - Actor: a name matched case-insensitively against the source's or
//     target's canonical name, whole words ("haftar" finds "Khalifa Haftar");
//     an upper-case code ("LBY", "LBYMIL") also matches as a prefix of either
//     participant's CAMEO actor code.
//   - Country, Type: exact, case-insensitive.
//   - CAMEO: a prefix of the event code ("04" finds "043").
//   - From, To: YYYY, YYYY-MM or YYYY-MM-DD; an event whose date (or, if it
//     has none, its story's publication day) overlaps the range matches.
//   - Near: a place name, or "lat,lon". A name is placed where stored events
//     (then stored mentions) with that name are placed; events with that
//     place name, or within RadiusKM (DefaultRadiusKM if 0) of it, match.
//   - Text: words in the event's sentence (SQLite FTS5; see ftsQuery).
func (db *DB) Events(ctx context.Context, q dateline.Query) ([]dateline.Event, error) {
	where, args, err := db.filter(ctx, q)
	if err != nil {
		return nil, fmt.Errorf("query events: %w", err)
	}
	limit := q.Limit
	switch {
	case limit == 0:
		limit = DefaultLimit
	case limit < 0:
		limit = -1
	}
	// Sort keys, not records: the JSON is read for the page returned only.
	query := `SELECT j.json FROM (SELECT e.key AS k, s.published_ns IS NULL AS o1, s.published_ns AS o2,
		s.id AS o3, e.sentence AS o4, e.trigger_start AS o5, e.seq AS o6
		FROM events e JOIN stories s ON s.key = e.story`
	if len(where) > 0 {
		query += "\nWHERE " + strings.Join(where, "\n  AND ")
	}
	query += `
		ORDER BY o1, o2, o3, o4, o5, o6 LIMIT ?) h
	JOIN event_json j ON j.key = h.k
	ORDER BY h.o1, h.o2, h.o3, h.o4, h.o5, h.o6`
	events, err := collectEvents(db.r.QueryContext(ctx, query, append(args, limit)...))
	if err != nil {
		return nil, fmt.Errorf("query events: %w", err)
	}
	return events, nil
}

// filter turns q into SQL conditions on events e and their arguments.
func (db *DB) filter(ctx context.Context, q dateline.Query) (where []string, args []any, err error) {
	add := func(cond string, a ...any) {
		where = append(where, cond)
		args = append(args, a...)
	}
	if a := strings.TrimSpace(q.Actor); a != "" {
		cond, a := actorCond(a)
		add(cond, a...)
	}
	if c := strings.TrimSpace(q.Country); c != "" {
		c = strings.ToUpper(c)
		add(`(e.src_country = ? OR e.tgt_country = ?)`, c, c)
	}
	if t := strings.TrimSpace(q.Type); t != "" {
		add(`e.type = ?`, strings.ToUpper(t))
	}
	if c := strings.TrimSpace(q.CAMEO); c != "" {
		if !isCode(c) {
			return nil, nil, fmt.Errorf("cameo %q: want digits", q.CAMEO)
		}
		add(`e.cameo GLOB ?`, c+"*")
	}
	if f := strings.TrimSpace(q.From); f != "" {
		lo, _, ok := dateRange(f)
		if !ok {
			return nil, nil, fmt.Errorf("from %q: want YYYY, YYYY-MM or YYYY-MM-DD", q.From)
		}
		add(`e.date_hi >= ?`, lo)
	}
	if t := strings.TrimSpace(q.To); t != "" {
		_, hi, ok := dateRange(t)
		if !ok {
			return nil, nil, fmt.Errorf("to %q: want YYYY, YYYY-MM or YYYY-MM-DD", q.To)
		}
		add(`e.date_lo <= ?`, hi)
	}
	if n := strings.TrimSpace(q.Near); n != "" {
		cond, a, err := db.nearCond(ctx, n, q.RadiusKM)
		if err != nil {
			return nil, nil, err
		}
		add(cond, a...)
	}
	if t := strings.TrimSpace(q.Text); t != "" {
		m := ftsQuery(t)
		if m == "" {
			return nil, nil, fmt.Errorf("text %q: no words to search for", q.Text)
		}
		add(`(e.story, e.sentence) IN (SELECT story, idx FROM sentences WHERE key IN
			(SELECT rowid FROM sentence_fts WHERE sentence_fts MATCH ?))`, m)
	}
	return where, args, nil
}

// actorCond matches a name, and an upper-case code as a code prefix, as the
// source or the target.
func actorCond(a string) (string, []any) {
	like := "% " + escapeLike(strings.ToLower(a)) + " %"
	cond := `(' ' || e.src_lname || ' ' LIKE ? ESCAPE '\' OR ' ' || e.tgt_lname || ' ' LIKE ? ESCAPE '\'`
	args := []any{like, like}
	if isCode(a) && strings.ToUpper(a) == a {
		cond += ` OR e.src_code GLOB ? OR e.tgt_code GLOB ?`
		args = append(args, a+"*", a+"*")
	}
	return cond + ")", args
}

// isCode reports whether s is letters and digits only, so safe in a GLOB.
func isCode(s string) bool {
	for _, r := range s {
		if !('A' <= r && r <= 'Z' || 'a' <= r && r <= 'z' || '0' <= r && r <= '9') {
			return false
		}
	}
	return s != ""
}

// escapeLike quotes LIKE's wildcards with a backslash.
func escapeLike(s string) string {
	return strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(s)
}

// nearCond matches events placed at the place named near or within radius
// km of where it lies.
func (db *DB) nearCond(ctx context.Context, near string, radius float64) (string, []any, error) {
	if radius <= 0 {
		radius = DefaultRadiusKM
	}
	lat, lon, ok := parseLatLon(near)
	if !ok {
		var err error
		if lat, lon, ok, err = db.locate(ctx, near); err != nil {
			return "", nil, fmt.Errorf("near %q: %w", near, err)
		}
	}
	if !ok {
		// Known by name only, or not at all.
		return `e.place_name = ? COLLATE NOCASE`, []any{near}, nil
	}
	dLat := radius / earthKM * 180 / math.Pi
	minLat, maxLat := lat-dLat, lat+dLat
	minLon, maxLon := -180.0, 180.0
	if c := math.Cos(lat * math.Pi / 180); maxLat < 90 && minLat > -90 && c > 0 {
		dLon := dLat / c
		if lon-dLon >= -180 && lon+dLon <= 180 {
			minLon, maxLon = lon-dLon, lon+dLon
		}
	}
	cond := `(e.place_name = ? COLLATE NOCASE OR (e.key IN
		(SELECT key FROM event_geo WHERE max_lat >= ? AND min_lat <= ? AND max_lon >= ? AND min_lon <= ?)
		AND 2 * ? * asin(sqrt(pow(sin(radians(e.place_lat - ?) / 2), 2) +
			cos(radians(?)) * cos(radians(e.place_lat)) * pow(sin(radians(e.place_lon - ?) / 2), 2))) <= ?))`
	return cond, []any{near, minLat, maxLat, minLon, maxLon, earthKM, lat, lat, lon, radius}, nil
}

// locate finds where the place called name lies: the coordinates stored
// events give it most often, else those stored mentions give it.
func (db *DB) locate(ctx context.Context, name string) (lat, lon float64, ok bool, err error) {
	for _, q := range []string{
		`SELECT place_lat, place_lon FROM events WHERE place_name = ? COLLATE NOCASE
			AND NOT (place_lat = 0 AND place_lon = 0) GROUP BY 1, 2 ORDER BY count(*) DESC LIMIT 1`,
		`SELECT place_lat, place_lon FROM mentions WHERE has_place AND place_name = ? COLLATE NOCASE
			AND NOT (place_lat = 0 AND place_lon = 0) GROUP BY 1, 2 ORDER BY count(*) DESC LIMIT 1`,
	} {
		err := db.r.QueryRowContext(ctx, q, name).Scan(&lat, &lon)
		if err == nil {
			return lat, lon, true, nil
		}
		if !errors.Is(err, sql.ErrNoRows) {
			return 0, 0, false, err
		}
	}
	return 0, 0, false, nil
}

// parseLatLon reads "lat,lon" in decimal degrees.
func parseLatLon(s string) (lat, lon float64, ok bool) {
	a, b, found := strings.Cut(s, ",")
	if !found {
		return 0, 0, false
	}
	lat, err1 := strconv.ParseFloat(strings.TrimSpace(a), 64)
	lon, err2 := strconv.ParseFloat(strings.TrimSpace(b), 64)
	if err1 != nil || err2 != nil || math.Abs(lat) > 90 || math.Abs(lon) > 180 {
		return 0, 0, false
	}
	return lat, lon, true
}

// ftsQuery turns what a user typed into an FTS5 query that cannot be a
// syntax error: every word must appear (in any order), "quoted words" must
// appear as a phrase, a word ending in * matches as a prefix, and OR and NOT
// in capitals are FTS5's operators. Punctuation separates words, as the
// index's tokenizer does.
func ftsQuery(text string) string {
	var out []string
	op := false // the last thing written was an operator
	for i, part := range strings.Split(text, `"`) {
		if i%2 == 1 { // inside quotes: a phrase
			if w := words(part); len(w) > 0 {
				out = append(out, `"`+strings.Join(w, " ")+`"`)
				op = false
			}
			continue
		}
		for _, f := range strings.Fields(part) {
			if (f == "OR" || f == "NOT") && len(out) > 0 && !op {
				out = append(out, f)
				op = true
				continue
			}
			prefix := strings.HasSuffix(f, "*")
			for j, w := range words(f) {
				term := `"` + w + `"`
				if prefix && j == len(words(f))-1 {
					term += "*"
				}
				out = append(out, term)
				op = false
			}
		}
	}
	if op {
		out = out[:len(out)-1]
	}
	return strings.Join(out, " ")
}

// words splits s into runs of letters and digits.
func words(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}
