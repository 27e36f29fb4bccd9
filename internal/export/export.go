// Package export writes coded events in the flat formats other tools read:
// GDELT 2.0 event table rows (tab-separated) and CSV with a header.
package export

import (
	"bufio"
	_ "embed"
	"encoding/csv"
	"fmt"
	"hash/fnv"
	"io"
	"strconv"
	"strings"
	"time"

	"dateline"
)

//go:embed data/fips.tsv
var fipsTSV string

// fips maps ISO 3166-1 alpha-3 to FIPS 10-4 country codes, built once.
var fips = func() map[string]string {
	m := make(map[string]string, 256)
	for line := range strings.Lines(fipsTSV) {
		iso, code, ok := strings.Cut(strings.TrimSpace(line), "\t")
		if ok && !strings.HasPrefix(iso, "#") {
			m[iso] = code
		}
	}
	return m
}()

// FIPS returns the FIPS 10-4 code of the country with ISO 3166-1 alpha-3
// code iso, or "" if it has none.
func FIPS(iso string) string { return fips[iso] }

// ID returns the GLOBALEVENTID written for an event id: the first 63 bits
// of the id's 64-bit FNV-1a hash, so the same event always gets the same
// positive integer.
func ID(id string) int64 {
	h := fnv.New64a()
	h.Write([]byte(id))
	return int64(h.Sum64() >> 1)
}

// GDELTColumns are the 61 columns of the GDELT 2.0 event table, in order.
var GDELTColumns = []string{
	"GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
	"Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
	"Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
	"Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
	"Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
	"IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
	"NumMentions", "NumSources", "NumArticles", "AvgTone",
	"Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
	"Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
	"Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
	"Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
	"ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
	"ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
	"DATEADDED", "SOURCEURL",
}

// GDELT writes events as rows of the GDELT 2.0 event table. What dateline
// knows fills its columns; the rest are empty:
//
//   - GLOBALEVENTID is ID(event id).
//   - SQLDATE, MonthYear, Year, FractionDate come from the event's date; a
//     month- or year-precision date is written as its first day. An undated
//     event leaves them empty.
//   - Actor names are upper-cased as GDELT writes them. A participant's
//     country goes in CountryCode, except an international body's (sector
//     IGO, or a code that is not three letters), which goes in
//     KnownGroupCode. Type1Code is the sector. Ethnic and religion codes are
//     empty.
//   - IsRootEvent is 1 for an event in a story's first sentence.
//   - EventBaseCode and EventRootCode are the CAMEO code's first three and
//     two digits. NumMentions, NumSources, NumArticles are 1: one record,
//     one story. AvgTone is empty.
//   - Actor1Geo and Actor2Geo are empty. ActionGeo is the event's place:
//     Type 1 (country), 2 or 5 (US state, world state: feature admin1),
//     otherwise 3 or 4 (US city, world city); FullName is "name, admin1,
//     ISO3"; CountryCode is FIPS 10-4 like GDELT's (ISO3 for countries with
//     no FIPS code); ADM1Code is the FIPS code for a country-level place and
//     empty otherwise; FeatureID is the GeoNames id, not GDELT's GNS id.
//   - DATEADDED is Added (YYYYMMDDHHMMSS, UTC) and SOURCEURL is URL(doc),
//     or the story id where URL is nil or returns "".
type GDELT struct {
	Header bool                    // write GDELTColumns as a first line (GDELT's files have none)
	Added  time.Time               // DATEADDED; empty if zero
	URL    func(doc string) string // a story's address, by story id
}

// WriteGDELT writes events as GDELT 2.0 event rows without a header, with
// the story id as SOURCEURL.
func WriteGDELT(w io.Writer, events []dateline.Event) error {
	return GDELT{}.Write(w, events)
}

// Write writes events as tab-separated GDELT rows. Tabs and line breaks
// inside fields become spaces.
func (g GDELT) Write(w io.Writer, events []dateline.Event) error {
	bw := bufio.NewWriter(w)
	row := make([]string, len(GDELTColumns))
	if g.Header {
		writeTSV(bw, GDELTColumns)
	}
	for i := range events {
		g.row(row, &events[i])
		writeTSV(bw, row)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write gdelt: %w", err)
	}
	return nil
}

var tsvClean = strings.NewReplacer("\t", " ", "\r\n", " ", "\n", " ", "\r", " ")

// writeTSV writes one row; errors surface at Flush.
func writeTSV(w *bufio.Writer, row []string) {
	for i, f := range row {
		if i > 0 {
			w.WriteByte('\t')
		}
		if strings.ContainsAny(f, "\t\r\n") {
			f = tsvClean.Replace(f)
		}
		w.WriteString(f)
	}
	w.WriteByte('\n')
}

// row fills row with e's GDELT columns.
func (g GDELT) row(row []string, e *dateline.Event) {
	clear(row)
	row[0] = strconv.FormatInt(ID(e.ID), 10)
	if y, m, d, ok := ymd(string(e.Date)); ok {
		row[1] = fmt.Sprintf("%04d%02d%02d", y, m, d)
		row[2] = fmt.Sprintf("%04d%02d", y, m)
		row[3] = fmt.Sprintf("%04d", y)
		yday := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC).YearDay()
		row[4] = strconv.FormatFloat(float64(y)+float64(yday)/365, 'f', 4, 64)
	}
	actor(row[5:15], e.Source)
	actor(row[15:25], e.Target)
	if e.Sentence.Index == 0 {
		row[25] = "1"
	} else {
		row[25] = "0"
	}
	row[26] = e.CAMEO
	row[27] = prefix(e.CAMEO, 3)
	row[28] = prefix(e.CAMEO, 2)
	row[29] = strconv.Itoa(e.QuadClass)
	row[30] = strconv.FormatFloat(e.Goldstein, 'f', -1, 64)
	row[31], row[32], row[33] = "1", "1", "1"
	geo(row[51:59], e.Place)
	if !g.Added.IsZero() {
		row[59] = g.Added.UTC().Format("20060102150405")
	}
	row[60] = e.Doc
	if g.URL != nil {
		if u := g.URL(e.Doc); u != "" {
			row[60] = u
		}
	}
}

// actor fills the ten Actor columns from p.
func actor(cols []string, p *dateline.Participant) {
	if p == nil {
		return
	}
	cols[0] = p.Code
	cols[1] = strings.ToUpper(p.Name)
	c := string(p.Country)
	if p.Sector == "IGO" || (c != "" && !isISO3(c)) {
		cols[3] = c
	} else {
		cols[2] = c
	}
	cols[7] = string(p.Sector)
}

// geo fills the eight Geo columns from p.
func geo(cols []string, p *dateline.Place) {
	if p == nil {
		return
	}
	us := p.Country == "USA"
	switch {
	case p.Feature == "country":
		cols[0] = "1"
	case p.Feature == "admin1" && us:
		cols[0] = "2"
	case p.Feature == "admin1":
		cols[0] = "5"
	case us:
		cols[0] = "3"
	default:
		cols[0] = "4"
	}
	var parts []string
	for _, s := range []string{p.Name, p.Admin1, p.Country} {
		if s != "" && (len(parts) == 0 || parts[len(parts)-1] != s) {
			parts = append(parts, s)
		}
	}
	cols[1] = strings.Join(parts, ", ")
	cols[2] = p.Country
	if f := FIPS(p.Country); f != "" {
		cols[2] = f
	}
	if p.Feature == "country" {
		cols[3] = cols[2]
	}
	if p.Lat != 0 || p.Lon != 0 {
		cols[5] = strconv.FormatFloat(p.Lat, 'f', -1, 64)
		cols[6] = strconv.FormatFloat(p.Lon, 'f', -1, 64)
	}
	if p.GeoNamesID != 0 {
		cols[7] = strconv.Itoa(p.GeoNamesID)
	}
}

// isISO3 reports whether c looks like an ISO 3166-1 alpha-3 code.
func isISO3(c string) bool {
	return len(c) == 3 && c[0] >= 'A' && c[0] <= 'Z' && c[1] >= 'A' && c[1] <= 'Z' && c[2] >= 'A' && c[2] <= 'Z'
}

// prefix returns s's first n bytes, or s if it is shorter.
func prefix(s string, n int) string {
	if len(s) > n {
		return s[:n]
	}
	return s
}

// ymd reads a YYYY, YYYY-MM or YYYY-MM-DD date, filling a missing month or
// day with 1.
func ymd(s string) (y, m, d int, ok bool) {
	m, d = 1, 1
	parts := strings.Split(s, "-")
	if len(parts) > 3 || len(parts[0]) != 4 {
		return 0, 0, 0, false
	}
	var err error
	if y, err = strconv.Atoi(parts[0]); err != nil {
		return 0, 0, 0, false
	}
	if len(parts) > 1 {
		if m, err = strconv.Atoi(parts[1]); err != nil || m < 1 || m > 12 {
			return 0, 0, 0, false
		}
	}
	if len(parts) > 2 {
		if d, err = strconv.Atoi(parts[2]); err != nil || d < 1 || d > 31 {
			return 0, 0, 0, false
		}
	}
	return y, m, d, true
}

// CSVColumns is the header WriteCSV writes: every field of an event, with
// the nested sentence, participants, trigger and place flattened.
var CSVColumns = []string{
	"id", "doc", "sentence_index", "sentence_start", "sentence_end", "sentence_text",
	"type", "mode", "cameo", "goldstein", "quad_class", "modality",
	"source_text", "source_name", "source_country", "source_sector", "source_code", "source_start", "source_end",
	"target_text", "target_name", "target_country", "target_sector", "target_code", "target_start", "target_end",
	"trigger_text", "trigger_start", "trigger_end", "date", "date_precision",
	"place_name", "place_admin1", "place_country", "place_lat", "place_lon", "place_geonames_id", "place_feature",
	"confidence", "rule",
}

// WriteCSV writes events as CSV (RFC 4180) under a CSVColumns header. A
// missing source, target or place leaves its columns empty.
func WriteCSV(w io.Writer, events []dateline.Event) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(CSVColumns); err != nil {
		return fmt.Errorf("write csv: %w", err)
	}
	row := make([]string, 0, len(CSVColumns))
	for i := range events {
		if err := cw.Write(csvRow(row[:0], &events[i])); err != nil {
			return fmt.Errorf("write csv: %w", err)
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("write csv: %w", err)
	}
	return nil
}

// csvRow appends e's CSV columns to row.
func csvRow(row []string, e *dateline.Event) []string {
	itoa, ftoa := strconv.Itoa, func(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }
	row = append(row, e.ID, e.Doc, itoa(e.Sentence.Index), itoa(e.Sentence.Start), itoa(e.Sentence.End), e.Sentence.Text,
		e.Type, e.Mode, e.CAMEO, ftoa(e.Goldstein), itoa(e.QuadClass), string(e.Modality))
	for _, p := range []*dateline.Participant{e.Source, e.Target} {
		if p == nil {
			row = append(row, "", "", "", "", "", "", "")
			continue
		}
		row = append(row, p.Text, p.Name, string(p.Country), string(p.Sector), p.Code, itoa(p.Start), itoa(p.End))
	}
	row = append(row, e.Trigger.Text, itoa(e.Trigger.Start), itoa(e.Trigger.End), string(e.Date), string(e.DatePrecision))
	if p := e.Place; p != nil {
		row = append(row, p.Name, p.Admin1, p.Country, ftoa(p.Lat), ftoa(p.Lon), itoa(p.GeoNamesID), p.Feature)
	} else {
		row = append(row, "", "", "", "", "", "", "")
	}
	return append(row, ftoa(e.Confidence), e.Rule)
}
