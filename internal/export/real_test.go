package export

import (
	"bytes"
	"context"
	"strconv"
	"strings"
	"testing"
	"time"

	"dateline"
	"dateline/internal/seed"
	"dateline/internal/story"
	"dateline/pipeline"
)

// seedEvents codes the embedded seed story, the real events the exports
// are checked on.
func seedEvents(t *testing.T) (*dateline.Story, []dateline.Event) {
	t.Helper()
	c, err := pipeline.New()
	if err != nil {
		t.Fatal(err)
	}
	st, err := story.ReadText(seed.Name, seed.Text(), story.Options{Date: time.Date(2018, 11, 14, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	res, err := c.Code(context.Background(), &st)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Events) < 5 {
		t.Fatalf("got %d events from the seed story, want its events", len(res.Events))
	}
	return &st, res.Events
}

// TestGDELTOnRealEvents writes the seed story's events as GDELT rows and
// checks every row against its event, column by column where the record
// holds the value.
func TestGDELTOnRealEvents(t *testing.T) {
	st, events := seedEvents(t)
	stored := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	g := GDELT{Origins: map[string]Origin{st.ID: {URL: "https://apnews.example/palermo", Published: st.Published, Stored: stored}}}
	var b bytes.Buffer
	if err := g.Write(&b, events); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
	if len(lines) != len(events) {
		t.Fatalf("got %d rows for %d events", len(lines), len(events))
	}
	for i, line := range lines {
		e := &events[i]
		f := strings.Split(line, "\t")
		if len(f) != len(GDELTColumns) {
			t.Fatalf("row %d: got %d columns, want %d", i, len(f), len(GDELTColumns))
		}
		col := func(name string) string {
			for j, c := range GDELTColumns {
				if c == name {
					return f[j]
				}
			}
			t.Fatalf("no column %s", name)
			return ""
		}
		want := map[string]string{
			"GLOBALEVENTID": strconv.FormatInt(ID(e.ID), 10),
			"EventCode":     e.CAMEO, "EventRootCode": e.CAMEO[:2], "QuadClass": strconv.Itoa(e.QuadClass),
			"GoldsteinScale": strconv.FormatFloat(e.Goldstein, 'f', -1, 64),
			"Actor1Code":     e.Source.Code, "Actor1Name": strings.ToUpper(e.Source.Name),
			"DATEADDED": "20260102030405", "SOURCEURL": "https://apnews.example/palermo",
		}
		if d := string(e.Date); len(d) == 10 {
			want["SQLDATE"] = strings.ReplaceAll(d, "-", "")
		}
		if e.Target != nil {
			want["Actor2Code"] = e.Target.Code
		}
		if p := e.Place; p != nil {
			want["ActionGeo_CountryCode"] = FIPS(p.Country)
			want["ActionGeo_Lat"] = strconv.FormatFloat(p.Lat, 'f', -1, 64)
			if p.Feature == "city" {
				want["ActionGeo_FeatureID"] = strconv.Itoa(p.GeoNamesID)
				want["ActionGeo_FullName"] = p.Name + ", " + p.Admin1 + ", " + countryName(p.Country)
			}
		} else {
			want["ActionGeo_Type"] = "0"
		}
		if c := string(e.Source.Country); isISO3(c) && e.Source.Sector != "IGO" {
			want["Actor1Geo_Type"], want["Actor1Geo_CountryCode"], want["Actor1Geo_FullName"] = "1", FIPS(c), countryName(c)
		}
		for name, w := range want {
			if got := col(name); got != w {
				t.Errorf("event %s (%s): %s: got %q, want %q", e.ID, e.Trigger.Text, name, got, w)
			}
		}
		if col("SQLDATE") == "" || col("ActionGeo_Type") == "" {
			t.Errorf("event %s: SQLDATE %q, ActionGeo_Type %q; want both set", e.ID, col("SQLDATE"), col("ActionGeo_Type"))
		}
	}
	var again bytes.Buffer
	if err := g.Write(&again, events); err != nil || !bytes.Equal(again.Bytes(), b.Bytes()) {
		t.Errorf("a second export differs from the first (err %v)", err)
	}
}
