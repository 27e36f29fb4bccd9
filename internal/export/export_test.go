package export

import (
	"bytes"
	"encoding/csv"
	"io"
	"os"
	"strings"
	"testing"
	"time"

	"dateline"
)

// palermo is the seed story's CONSULT event as SCHEMA.md writes it.
var palermo = dateline.Event{
	ID: "palermo-0", Doc: "palermo-2018",
	Sentence: dateline.SentenceRef{Index: 0, Text: "ROME (AP) — Italy's premier hosted\tLibya's rival leaders.", Start: 0, End: 57},
	Type:     "CONSULT", CAMEO: "043", Goldstein: 2.8, QuadClass: 1, Modality: dateline.Asserted,
	Source:  &dateline.Participant{Text: "Italy's premier", Name: "Giuseppe Conte", Country: "ITA", Sector: "GOV", Code: "ITAGOV", Start: 12, End: 27},
	Target:  &dateline.Participant{Text: "Libya's rival leaders", Name: "Libya", Country: "LBY", Code: "LBY", Start: 35, End: 56},
	Trigger: dateline.Trigger{Text: "hosted", Start: 28, End: 34},
	Date:    "2018-11-13", DatePrecision: "day",
	Place:      &dateline.Place{Name: "Palermo", Admin1: "Sicily", Country: "ITA", Lat: 38.116, Lon: 13.361, GeoNamesID: 2523920, Feature: "city"},
	Confidence: 0.9, Rule: "host",
}

// gdeltRow writes one event and returns its columns by name.
func gdeltRow(t *testing.T, g GDELT, e dateline.Event) map[string]string {
	t.Helper()
	var b bytes.Buffer
	if err := g.Write(&b, []dateline.Event{e}); err != nil {
		t.Fatal(err)
	}
	line := strings.TrimSuffix(b.String(), "\n")
	if strings.Contains(line, "\n") {
		t.Fatalf("got several lines: %q", line)
	}
	f := strings.Split(line, "\t")
	if len(f) != 61 {
		t.Fatalf("got %d columns, want 61", len(f))
	}
	m := make(map[string]string, len(f))
	for i, c := range GDELTColumns {
		m[c] = f[i]
	}
	return m
}

func TestGDELT(t *testing.T) {
	unplaced := palermo
	unplaced.Place, unplaced.Target, unplaced.Date, unplaced.Sentence.Index = nil, nil, "", 3
	un := palermo
	un.Source = &dateline.Participant{Name: "United Nations", Country: "UNO", Sector: "IGO", Code: "IGOUNO"}
	un.Date = "2018-11"
	un.Place = &dateline.Place{Name: "Libya", Country: "LBY", Lat: 27, Lon: 17, Feature: "country"}
	us := palermo
	us.Place = &dateline.Place{Name: "Texas", Country: "USA", Feature: "admin1"}
	added := time.Date(2026, 11, 27, 10, 4, 5, 0, time.FixedZone("", 3600))
	urls := GDELT{Added: added, URL: func(doc string) string { return "https://example.org/" + doc }}

	tests := []struct {
		name string
		g    GDELT
		e    dateline.Event
		want map[string]string
	}{
		{"seed event", GDELT{}, palermo, map[string]string{
			"GLOBALEVENTID": "", "SQLDATE": "20181113", "MonthYear": "201811", "Year": "2018", "FractionDate": "2018.8685",
			"Actor1Code": "ITAGOV", "Actor1Name": "GIUSEPPE CONTE", "Actor1CountryCode": "ITA", "Actor1KnownGroupCode": "", "Actor1Type1Code": "GOV",
			"Actor2Code": "LBY", "Actor2Name": "LIBYA", "Actor2CountryCode": "LBY", "Actor2Type1Code": "",
			"IsRootEvent": "1", "EventCode": "043", "EventBaseCode": "043", "EventRootCode": "04", "QuadClass": "1", "GoldsteinScale": "2.8",
			"NumMentions": "1", "NumSources": "1", "NumArticles": "1", "AvgTone": "",
			"Actor1Geo_Type": "", "Actor2Geo_FullName": "",
			"ActionGeo_Type": "4", "ActionGeo_FullName": "Palermo, Sicily, ITA", "ActionGeo_CountryCode": "IT", "ActionGeo_ADM1Code": "",
			"ActionGeo_Lat": "38.116", "ActionGeo_Long": "13.361", "ActionGeo_FeatureID": "2523920",
			"DATEADDED": "", "SOURCEURL": "palermo-2018",
		}},
		{"no place, target or date", GDELT{}, unplaced, map[string]string{
			"SQLDATE": "", "Year": "", "FractionDate": "", "Actor2Code": "", "Actor2Name": "", "IsRootEvent": "0",
			"ActionGeo_Type": "", "ActionGeo_FullName": "", "ActionGeo_Lat": "", "ActionGeo_FeatureID": "",
		}},
		{"IGO actor, month date, country place", GDELT{}, un, map[string]string{
			"SQLDATE": "20181101", "MonthYear": "201811", "Actor1Code": "IGOUNO", "Actor1CountryCode": "", "Actor1KnownGroupCode": "UNO",
			"Actor1Type1Code": "IGO", "ActionGeo_Type": "1", "ActionGeo_FullName": "Libya, LBY", "ActionGeo_CountryCode": "LY",
			"ActionGeo_ADM1Code": "LY", "ActionGeo_Lat": "27", "ActionGeo_Long": "17", "ActionGeo_FeatureID": "",
		}},
		{"US state without coordinates", GDELT{}, us, map[string]string{
			"ActionGeo_Type": "2", "ActionGeo_CountryCode": "US", "ActionGeo_Lat": "", "ActionGeo_Long": "",
		}},
		{"date added and URL", urls, palermo, map[string]string{
			"DATEADDED": "20261127090405", "SOURCEURL": "https://example.org/palermo-2018",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := gdeltRow(t, tt.g, tt.e)
			for col, want := range tt.want {
				if col == "GLOBALEVENTID" {
					want = got[col] // checked in TestID
				}
				if got[col] != want {
					t.Errorf("%s: got %q, want %q", col, got[col], want)
				}
			}
		})
	}
}

func TestGDELTHeaderAndClean(t *testing.T) {
	var b bytes.Buffer
	e := palermo
	e.Source = &dateline.Participant{Name: "Line\nbreak\tand tab", Code: "X"}
	if err := (GDELT{Header: true}).Write(&b, []dateline.Event{e, palermo}); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
	if len(lines) != 3 {
		t.Fatalf("got %d lines, want a header and 2 rows", len(lines))
	}
	if got, want := lines[0], strings.Join(GDELTColumns, "\t"); got != want {
		t.Errorf("header: got %q, want %q", got, want)
	}
	if f := strings.Split(lines[1], "\t"); len(f) != 61 || f[6] != "LINE BREAK AND TAB" {
		t.Errorf("got %d columns, Actor1Name %q; want 61, %q", len(f), f[6], "LINE BREAK AND TAB")
	}
}

func TestID(t *testing.T) {
	a, b := ID("palermo-0"), ID("palermo-1")
	if a <= 0 || b <= 0 || a == b || a != ID("palermo-0") {
		t.Errorf("ID: got %d and %d, want distinct, positive, stable", a, b)
	}
}

func TestFIPS(t *testing.T) {
	tests := []struct{ iso, want string }{
		{"LBY", "LY"}, {"DEU", "GM"}, {"GBR", "UK"}, {"EGY", "EG"}, {"ESP", "SP"}, {"XKX", "KV"}, {"UNO", ""}, {"", ""},
	}
	for _, tt := range tests {
		if got := FIPS(tt.iso); got != tt.want {
			t.Errorf("FIPS(%q) = %q, want %q", tt.iso, got, tt.want)
		}
	}
	if len(fips) < 240 {
		t.Errorf("got %d FIPS codes, want the whole table", len(fips))
	}
}

func TestCSV(t *testing.T) {
	bare := dateline.Event{ID: "bare", Doc: "d", Modality: dateline.Negated}
	var b bytes.Buffer
	if err := WriteCSV(&b, []dateline.Event{palermo, bare}); err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(&b).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 3 {
		t.Fatalf("got %d records, want header and 2 rows", len(recs))
	}
	row := func(i int) map[string]string {
		m := map[string]string{}
		for j, c := range recs[0] {
			m[c] = recs[i][j]
		}
		return m
	}
	tests := []struct {
		name string
		row  int
		want map[string]string
	}{
		{"full", 1, map[string]string{
			"id": "palermo-0", "sentence_text": palermo.Sentence.Text, "cameo": "043", "goldstein": "2.8",
			"source_name": "Giuseppe Conte", "source_country": "ITA", "target_sector": "", "trigger_start": "28",
			"date": "2018-11-13", "place_lat": "38.116", "place_geonames_id": "2523920", "confidence": "0.9", "rule": "host",
		}},
		{"bare", 2, map[string]string{
			"id": "bare", "modality": "negated", "source_name": "", "target_start": "", "place_name": "", "place_lat": "",
		}},
	}
	for _, tt := range tests {
		got := row(tt.row)
		for col, want := range tt.want {
			if got[col] != want {
				t.Errorf("%s: %s: got %q, want %q", tt.name, col, got[col], want)
			}
		}
	}
}

func ExampleWriteCSV() {
	WriteCSV(os.Stdout, []dateline.Event{{ID: "e1", Doc: "story", Type: "CONSULT", CAMEO: "040", Modality: dateline.Asserted}})
	// Output:
	// id,doc,sentence_index,sentence_start,sentence_end,sentence_text,type,mode,cameo,goldstein,quad_class,modality,source_text,source_name,source_country,source_sector,source_code,source_start,source_end,target_text,target_name,target_country,target_sector,target_code,target_start,target_end,trigger_text,trigger_start,trigger_end,date,date_precision,place_name,place_admin1,place_country,place_lat,place_lon,place_geonames_id,place_feature,confidence,rule
	// e1,story,0,0,0,,CONSULT,,040,0,0,asserted,,,,,,,,,,,,,,,,0,0,,,,,,,,,,0,
}

func BenchmarkGDELT(b *testing.B) {
	events := make([]dateline.Event, 1000)
	for i := range events {
		events[i] = palermo
	}
	b.ReportAllocs()
	for b.Loop() {
		WriteGDELT(io.Discard, events)
	}
}
