package sqlite

import (
	"context"
	"errors"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"dateline"
)

// open opens a store in a fresh temporary directory and closes it when the
// test ends.
func open(t testing.TB) *DB {
	t.Helper()
	db, err := Open(filepath.Join(t.TempDir(), "events.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := db.Close(); err != nil {
			t.Error(err)
		}
	})
	return db
}

// loaded opens a store holding the fixture.
func loaded(t testing.TB) *DB {
	t.Helper()
	db := open(t)
	for _, c := range fixture() {
		if added, err := db.Put(context.Background(), c); err != nil || !added {
			t.Fatalf("Put(%s) = %v, %v; want true, nil", c.Story.ID, added, err)
		}
	}
	return db
}

// sameTimes checks that got's times are want's instants with want's
// offsets, then makes them identical so the rest compares with DeepEqual.
func sameTimes(t *testing.T, got, want *time.Time) {
	t.Helper()
	_, gotOff := got.Zone()
	_, wantOff := want.Zone()
	if !got.Equal(*want) || gotOff != wantOff {
		t.Errorf("time: got %v, want %v", *got, *want)
	}
	*got = *want
}

func TestPutStoryRoundTrip(t *testing.T) {
	db := open(t)
	ctx := context.Background()
	c := fixture()[3]
	// Fill the fields the fixture leaves empty, including awkward ones.
	c.Story.Byline = []string{"Paolo Santalucia", "Samy Magdy"}
	c.Story.Updated = day("2018-11-14T08:00:00+01:00")
	c.Story.Dateline = &dateline.Dateline{Text: "PALERMO, Sicily", Place: "Palermo", Admin1: "Sicily", Country: "ITA", Agency: "AP"}
	c.Story.Contributors = []dateline.Contributor{{Name: "Samy Magdy", Place: "Cairo"}}
	c.Sentences[0].Tokens[0].Lower = "italian-normalised" // a Lower that is not ToLower(Text)
	c.Sentences[1].Tokens[0].Text = "KHALIFA"             // a Text that is not the body's
	c.Mentions[1] = nil                                   // a sentence without mentions
	if added, err := db.Put(ctx, c); err != nil || !added {
		t.Fatalf("Put = %v, %v; want true, nil", added, err)
	}
	got, err := db.Story(ctx, c.Story.ID)
	if err != nil {
		t.Fatal(err)
	}
	sameTimes(t, &got.Story.Published, &c.Story.Published)
	sameTimes(t, &got.Story.Updated, &c.Story.Updated)
	if !reflect.DeepEqual(got.Story, c.Story) {
		t.Errorf("story:\ngot  %+v\nwant %+v", got.Story, c.Story)
	}
	if !reflect.DeepEqual(got.Sentences, c.Sentences) {
		t.Errorf("sentences:\ngot  %+v\nwant %+v", got.Sentences, c.Sentences)
	}
	if !reflect.DeepEqual(got.Mentions, c.Mentions) {
		t.Errorf("mentions:\ngot  %+v\nwant %+v", got.Mentions, c.Mentions)
	}
	if !reflect.DeepEqual(got.Events, c.Events) {
		t.Errorf("events:\ngot  %+v\nwant %+v", got.Events, c.Events)
	}
}

func TestStoryNotFound(t *testing.T) {
	db := loaded(t)
	_, err := db.Story(context.Background(), "no-such-story")
	if !errors.Is(err, dateline.ErrNotFound) {
		t.Errorf("got %v, want ErrNotFound", err)
	}
}

func TestPutIdempotent(t *testing.T) {
	db := loaded(t)
	ctx := context.Background()
	again := fixture()[1]
	other := fixture()[1]
	other.Story.ID = "cairo-2018-copy"
	edited := fixture()[1]
	edited.Story.Body += " More."
	tests := []struct {
		name      string
		c         *dateline.Coded
		wantAdded bool
	}{
		{"same id", again, false},
		{"same text under another id", other, false},
		{"same id, other text", edited, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			added, err := db.Put(ctx, tt.c)
			if err != nil || added != tt.wantAdded {
				t.Errorf("Put = %v, %v; want %v, nil", added, err, tt.wantAdded)
			}
			stories, events, err := db.Counts(ctx)
			if err != nil || stories != 4 || events != 7 {
				t.Errorf("Counts = %d, %d, %v; want 4, 7, nil", stories, events, err)
			}
		})
	}
}

func TestHas(t *testing.T) {
	db := loaded(t)
	ctx := context.Background()
	tests := []struct {
		name string
		s    dateline.Story
		want bool
	}{
		{"by id", dateline.Story{ID: "palermo-2018"}, true},
		{"by text", dateline.Story{ID: "x", Body: fixture()[2].Story.Body}, true},
		{"new", dateline.Story{ID: "x", Body: "Nothing happened."}, false},
	}
	for _, tt := range tests {
		if got, err := db.Has(ctx, &tt.s); err != nil || got != tt.want {
			t.Errorf("%s: Has = %v, %v; want %v", tt.name, got, err, tt.want)
		}
	}
}

func TestMatch(t *testing.T) {
	db := loaded(t)
	stored := fixture()[2].Story
	tests := []struct {
		name     string
		s        dateline.Story
		id       string
		sameText bool
	}{
		{"stored", stored, stored.ID, true},
		{"same text, other id", dateline.Story{ID: "copy", Body: stored.Body}, stored.ID, true},
		{"same id, other text", dateline.Story{ID: stored.ID, Body: "Nothing happened."}, stored.ID, false},
		{"id of one, text of another", dateline.Story{ID: "palermo-2018", Body: stored.Body}, "palermo-2018", false},
		{"new", dateline.Story{ID: "x", Body: "Nothing happened."}, "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			id, same, err := db.Match(context.Background(), &tt.s)
			if err != nil || id != tt.id || same != tt.sameText {
				t.Errorf("got %q, %v, %v; want %q, %v, nil", id, same, err, tt.id, tt.sameText)
			}
		})
	}
}

// ids returns the events' ids.
func ids(events []dateline.Event) []string {
	out := make([]string, len(events))
	for i, e := range events {
		out[i] = e.ID
	}
	return out
}

func TestEvents(t *testing.T) {
	db := loaded(t)
	all := []string{"cairo-2018-0", "cairo-2018-1", "palermo-2018-0", "palermo-2018-1", "tripoli-2019-0", "tripoli-2019-1", "misrata-2019-0"}
	tests := []struct {
		name string
		q    dateline.Query
		want []string
	}{
		{"everything, by publication time, undated story last", dateline.Query{}, all},
		{"limit", dateline.Query{Limit: 2}, all[:2]},
		{"no limit", dateline.Query{Limit: -1}, all},
		{"actor surname", dateline.Query{Actor: "Haftar"}, []string{"cairo-2018-0", "palermo-2018-1", "tripoli-2019-0"}},
		{"actor full name, any case", dateline.Query{Actor: "khalifa HAFTAR"}, []string{"cairo-2018-0", "palermo-2018-1", "tripoli-2019-0"}},
		{"actor part of a word does not match", dateline.Query{Actor: "Haft"}, nil},
		{"actor code", dateline.Query{Actor: "LBYMIL"}, []string{"cairo-2018-0", "cairo-2018-1", "palermo-2018-1", "tripoli-2019-0"}},
		{"actor code prefix", dateline.Query{Actor: "EGY"}, []string{"cairo-2018-0"}},
		{"actor IGO code", dateline.Query{Actor: "IGO"}, []string{"tripoli-2019-1"}},
		{"actor name of an organisation", dateline.Query{Actor: "united nations"}, []string{"tripoli-2019-1"}},
		{"country as source or target", dateline.Query{Country: "egy"}, []string{"cairo-2018-0"}},
		{"country", dateline.Query{Country: "ITA"}, []string{"palermo-2018-0"}},
		{"type", dateline.Query{Type: "assault"}, []string{"cairo-2018-1", "tripoli-2019-0"}},
		{"cameo root", dateline.Query{CAMEO: "04"}, []string{"cairo-2018-0", "palermo-2018-0", "palermo-2018-1"}},
		{"cameo full", dateline.Query{CAMEO: "043"}, []string{"palermo-2018-0"}},
		{"year", dateline.Query{From: "2018", To: "2018"}, []string{"cairo-2018-0", "cairo-2018-1", "palermo-2018-0", "palermo-2018-1"}},
		{"month overlaps a month-precision date", dateline.Query{From: "2018-05-20", To: "2018-05-31"}, []string{"cairo-2018-1"}},
		{"day", dateline.Query{From: "2018-05-09", To: "2018-05-09"}, []string{"cairo-2018-0", "cairo-2018-1"}},
		{"year-precision date overlaps a day", dateline.Query{From: "2019-07-01", To: "2019-07-01"}, []string{"misrata-2019-0"}},
		{"undated event takes its story's day", dateline.Query{From: "2019-04-05", To: "2019-04-05"}, []string{"tripoli-2019-1", "misrata-2019-0"}},
		{"from only", dateline.Query{From: "2019-04"}, []string{"tripoli-2019-0", "tripoli-2019-1", "misrata-2019-0"}},
		{"to only", dateline.Query{To: "2018-05"}, []string{"cairo-2018-0", "cairo-2018-1"}},
		{"egypt and the LNA in 2018", dateline.Query{Actor: "LBYMIL", Country: "EGY", From: "2018", To: "2018"}, []string{"cairo-2018-0"}},
		{"text", dateline.Query{Text: "truce"}, []string{"tripoli-2019-1"}},
		{"text, every word", dateline.Query{Text: "Haftar sidelines"}, []string{"palermo-2018-1"}},
		{"text, punctuation and case", dateline.Query{Text: "libya's RIVAL"}, []string{"palermo-2018-0"}},
		{"text phrase", dateline.Query{Text: `"rival leaders"`}, []string{"palermo-2018-0"}},
		{"text phrase out of order", dateline.Query{Text: `"leaders rival"`}, nil},
		{"text prefix", dateline.Query{Text: "Mujahid*"}, []string{"cairo-2018-1"}},
		{"text or", dateline.Query{Text: "truce OR sidelines"}, []string{"palermo-2018-1", "tripoli-2019-1"}},
		{"near a stored place", dateline.Query{Near: "tripoli"}, []string{"tripoli-2019-0"}},
		{"near, wider radius", dateline.Query{Near: "Tripoli", RadiusKM: 250}, []string{"tripoli-2019-0", "misrata-2019-0"}},
		{"near coordinates", dateline.Query{Near: "32.9,13.2", RadiusKM: 10}, []string{"tripoli-2019-0"}},
		{"near coordinates, nothing there", dateline.Query{Near: "0.5,0.5"}, nil},
		{"near an unknown place", dateline.Query{Near: "Atlantis"}, nil},
		{"near and type", dateline.Query{Near: "Palermo", Actor: "Serraj"}, []string{"palermo-2018-1"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := db.Events(context.Background(), tt.q)
			if err != nil {
				t.Fatal(err)
			}
			if g := ids(got); !slices.Equal(g, tt.want) {
				t.Errorf("got %q, want %q", g, tt.want)
			}
		})
	}
}

func TestEventsBadQuery(t *testing.T) {
	db := loaded(t)
	tests := []struct {
		name string
		q    dateline.Query
		want string
	}{
		{"from", dateline.Query{From: "last May"}, "from"},
		{"to", dateline.Query{To: "2018-13"}, "to"},
		{"cameo", dateline.Query{CAMEO: "04*"}, "cameo"},
		{"text of punctuation", dateline.Query{Text: "'?!"}, "text"},
	}
	for _, tt := range tests {
		_, err := db.Events(context.Background(), tt.q)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: got error %v, want one naming %q", tt.name, err, tt.want)
		}
	}
}

func TestEventsReturnsRecords(t *testing.T) {
	db := loaded(t)
	got, err := db.Events(context.Background(), dateline.Query{Actor: "Conte"})
	if err != nil || len(got) != 1 {
		t.Fatalf("got %d events, %v; want 1", len(got), err)
	}
	want := fixture()[3].Events[0]
	if !reflect.DeepEqual(got[0], want) {
		t.Errorf("got %+v, want %+v", got[0], want)
	}
}

func TestFTSQuery(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"words", "Haftar forces", `"Haftar" "forces"`},
		{"punctuation splits", "Haftar's", `"Haftar" "s"`},
		{"phrase", `met "rival leaders"`, `"met" "rival leaders"`},
		{"prefix", "Mujahid*", `"Mujahid"*`},
		{"or", "truce OR ceasefire", `"truce" OR "ceasefire"`},
		{"leading operator dropped", "OR truce", `"OR" "truce"`},
		{"trailing operator dropped", "truce NOT", `"truce"`},
		{"lower-case or is a word", "truce or", `"truce" "or"`},
		{"unbalanced quote", `"rival leaders`, `"rival leaders"`},
		{"nothing", `"" ?!`, ``},
	}
	for _, tt := range tests {
		if got := ftsQuery(tt.in); got != tt.want {
			t.Errorf("%s: ftsQuery(%q) = %s, want %s", tt.name, tt.in, got, tt.want)
		}
	}
}

func TestReplaceAndStories(t *testing.T) {
	db := loaded(t)
	ctx := context.Background()
	db.Knowledge = "v2"
	var n int
	for st, err := range db.Stories(ctx) {
		if err != nil {
			t.Fatal(err)
		}
		n++
		if st.Knowledge != "" {
			t.Errorf("%s: knowledge %q, want empty", st.Story.ID, st.Knowledge)
		}
		// Recode: drop every event but the first.
		c := fixture()[slices.IndexFunc(fixture(), func(c *dateline.Coded) bool { return c.Story.ID == st.Story.ID })]
		c.Events = c.Events[:1]
		if err := db.Replace(ctx, c); err != nil {
			t.Fatal(err)
		}
	}
	if n != 4 {
		t.Errorf("Stories yielded %d, want 4", n)
	}
	if stories, events, err := db.Counts(ctx); err != nil || stories != 4 || events != 4 {
		t.Errorf("Counts = %d, %d, %v; want 4, 4, nil", stories, events, err)
	}
	for st, err := range db.Stories(ctx) {
		if err != nil {
			t.Fatal(err)
		}
		if st.Knowledge != "v2" || st.Events != 1 {
			t.Errorf("%s: knowledge %q, events %d; want v2, 1", st.Story.ID, st.Knowledge, st.Events)
		}
	}
	// The replaced sentences are searchable and the old ones are gone.
	if got, err := db.Events(ctx, dateline.Query{Text: "truce"}); err != nil || len(got) != 0 {
		t.Errorf("text search after replace: got %q, %v; want none", ids(got), err)
	}
	if got, err := db.Events(ctx, dateline.Query{Near: "Tripoli"}); err != nil || len(got) != 1 {
		t.Errorf("near after replace: got %q, %v; want one", ids(got), err)
	}
	checkWhole(t, db)
	missing := fixture()[0]
	missing.Story.ID = "nowhere"
	if err := db.Replace(ctx, missing); !errors.Is(err, dateline.ErrNotFound) {
		t.Errorf("Replace(missing) = %v, want ErrNotFound", err)
	}
}

// TestReplaceAllIsOneTransaction replaces a batch whose last story is not
// stored: nothing in the batch is replaced.
func TestReplaceAllIsOneTransaction(t *testing.T) {
	db := loaded(t)
	ctx := context.Background()
	first, missing := fixture()[0], fixture()[1]
	first.Events = first.Events[:0]
	missing.Story.ID = "nowhere"
	if err := db.ReplaceAll(ctx, []*dateline.Coded{first, missing}); !errors.Is(err, dateline.ErrNotFound) {
		t.Fatalf("ReplaceAll with a missing story = %v, want ErrNotFound", err)
	}
	got, err := db.Story(ctx, first.Story.ID)
	if err != nil {
		t.Fatal(err)
	}
	if want := len(fixture()[0].Events); len(got.Events) != want {
		t.Errorf("%s after a failed batch: got %d events, want the %d stored before", first.Story.ID, len(got.Events), want)
	}
	if err := db.ReplaceAll(ctx, []*dateline.Coded{first}); err != nil {
		t.Fatal(err)
	}
	if got, err := db.Story(ctx, first.Story.ID); err != nil || len(got.Events) != 0 {
		t.Errorf("%s after ReplaceAll: got %v events, err %v; want 0", first.Story.ID, len(got.Events), err)
	}
	checkWhole(t, db)
}

// TestReplaceSentences re-codes a story twice: with the same sentences,
// which are kept with their full-text index, and with a changed one, which
// replaces the old in the index.
func TestReplaceSentences(t *testing.T) {
	db := loaded(t)
	ctx := context.Background()
	search := func(words string) []string {
		t.Helper()
		got, err := db.Events(ctx, dateline.Query{Text: words})
		if err != nil {
			t.Fatal(err)
		}
		return ids(got)
	}
	same := fixture()[0] // tripoli-2019, whose second sentence asks for a truce
	if err := db.Replace(ctx, same); err != nil {
		t.Fatal(err)
	}
	if got := search("truce"); len(got) != 1 {
		t.Errorf("truce after replacing with the same sentences: got %q, want one event", got)
	}
	changed := build("tripoli-2019", day("2019-04-05T09:00:00+02:00"), []string{
		"Forces loyal to Khalifa Haftar attacked the Tripoli government on Thursday south of Tripoli.",
		"The United Nations urged both sides to agree a ceasefire.",
	}, []ev{
		{0, "attacked", &haftar, &tripGov, "ASSAULT", "190", "2019-04-04", tripoli},
		{1, "urged", &un, nil, "REQUEST", "0241", "", nil},
	})
	if err := db.Replace(ctx, changed); err != nil {
		t.Fatal(err)
	}
	if got := search("truce"); len(got) != 0 {
		t.Errorf("truce after the sentence changed: got %q, want none", got)
	}
	if got := search("ceasefire"); len(got) != 1 {
		t.Errorf("ceasefire after the sentence changed: got %q, want one event", got)
	}
	checkWhole(t, db)
}

func TestStoriesStopsEarly(t *testing.T) {
	db := loaded(t)
	n := 0
	for range db.Stories(context.Background()) {
		n++
		break
	}
	if n != 1 {
		t.Errorf("got %d stories, want 1", n)
	}
}

func TestReopen(t *testing.T) {
	path := filepath.Join(t.TempDir(), "events.db")
	db, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range fixture() {
		if _, err := db.Put(context.Background(), c); err != nil {
			t.Fatal(err)
		}
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	db, err = Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if stories, events, err := db.Counts(context.Background()); err != nil || stories != 4 || events != 7 {
		t.Errorf("Counts after reopen = %d, %d, %v; want 4, 7, nil", stories, events, err)
	}
}

func TestOpenPathWithURICharacters(t *testing.T) {
	path := filepath.Join(t.TempDir(), "a?b#c%d.db")
	db, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := filepath.Glob(path); err != nil {
		t.Fatal(err)
	}
	if m, _ := filepath.Glob(filepath.Join(filepath.Dir(path), "a?b#c%d.db")); len(m) != 1 {
		t.Errorf("got files %q, want the one named", m)
	}
}

func TestPutAll(t *testing.T) {
	db := open(t)
	ctx := context.Background()
	fx := fixture()
	if _, err := db.Put(ctx, fx[0]); err != nil {
		t.Fatal(err)
	}
	copyOf := fixture()[1]
	copyOf.Story.ID = "copy"
	added, err := db.PutAll(ctx, []*dateline.Coded{fx[0], fx[1], copyOf, fx[2], fx[2]})
	if err != nil {
		t.Fatal(err)
	}
	if want := []bool{false, true, false, true, false}; !slices.Equal(added, want) {
		t.Errorf("added: got %v, want %v", added, want)
	}
	if stories, events, err := db.Counts(ctx); err != nil || stories != 3 || events != 5 {
		t.Errorf("Counts = %d, %d, %v; want 3, 5, nil", stories, events, err)
	}
	// A bad story fails the batch and stores nothing of it.
	bad := fixture()[3]
	bad.Mentions = append(bad.Mentions, nil, nil)
	if _, err := db.PutAll(ctx, []*dateline.Coded{fx[3], bad}); err == nil {
		t.Error("PutAll with a bad story: got no error")
	}
	if stories, _, _ := db.Counts(ctx); stories != 3 {
		t.Errorf("after a failed batch: got %d stories, want 3", stories)
	}
	checkWhole(t, db)
}

// TestOrigins checks what exports learn of stored stories: the address,
// the publication time and when the story was stored, which the store's
// clock tells.
func TestOrigins(t *testing.T) {
	db := open(t)
	stored := time.Date(2026, 11, 27, 9, 4, 5, 0, time.UTC)
	db.Now = func() time.Time { return stored.In(time.FixedZone("", 3600)) }
	ctx := context.Background()
	for _, c := range fixture() {
		if _, err := db.Put(ctx, c); err != nil {
			t.Fatal(err)
		}
	}
	got, err := db.Origins(ctx, []string{"cairo-2018", "nowhere", "palermo-2018"})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 {
		t.Fatalf("got origins of %d stories, want 2 (nowhere is not stored)", len(got))
	}
	for _, c := range fixture() {
		o, ok := got[c.Story.ID]
		if !ok {
			continue
		}
		if o.URL != c.Story.URL || !o.Published.Equal(c.Story.Published) || !o.Stored.Equal(stored) {
			t.Errorf("%s: got %+v, want URL %s, published %v, stored %v", c.Story.ID, o, c.Story.URL, c.Story.Published, stored)
		}
	}
}

func TestDistinct(t *testing.T) {
	db := loaded(t)
	tests := []struct {
		what string
		want []string
	}{
		{"country", []string{"EGY", "ITA", "LBY"}},
		{"place", []string{"Cairo", "Derna", "Misrata", "Palermo", "Tripoli"}},
	}
	for _, tt := range tests {
		got, err := db.Distinct(context.Background(), tt.what)
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range tt.want {
			if !slices.Contains(got, w) {
				t.Errorf("Distinct(%s) = %v, want it to hold %s", tt.what, got, w)
			}
		}
	}
	if _, err := db.Distinct(context.Background(), "body"); err == nil {
		t.Error("Distinct(body): got no error")
	}
}
