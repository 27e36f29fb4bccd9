package export

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"dateline"
)

// GDELTColumns are the 61 columns of the GDELT 2.0 event table, in order,
// as the GDELT 2.0 event codebook and GDELT's BigQuery table name them.
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
//   - SQLDATE, MonthYear, Year, FractionDate are always set. GDELT dates an
//     event by the article that reports it; dateline dates it by the text
//     where it can. So the date is the event's date (a month or a year is
//     written as its first day), else the story's publication day, else
//     the day it was stored. An event with none of the three leaves them
//     empty.
//   - Actor names are upper-cased as GDELT writes them. A participant's
//     country goes in CountryCode, except an international body's (sector
//     IGO, or a code that is not three letters), which goes in
//     KnownGroupCode. Type1Code is the sector. Ethnic and religion codes are
//     empty.
//   - IsRootEvent is 1 for an event in a story's first sentence.
//   - EventBaseCode and EventRootCode are the CAMEO code's first three and
//     two digits. NumMentions, NumSources, NumArticles are 1: one record,
//     one story. AvgTone is empty.
//   - Actor1Geo and Actor2Geo are the actor's country as a country-level
//     place (ActorGeo); ActionGeo is the event's place (PlaceGeo). Type is
//     0 and the other columns empty where there is none.
//   - DATEADDED is when the story was stored (Origin.Stored, as
//     YYYYMMDDHHMMSS in UTC), not when the export ran, so exporting a
//     store twice gives the same bytes. SOURCEURL is Origin.URL, or the
//     story id where it has none.
type GDELT struct {
	Header  bool              // write GDELTColumns as a first line (GDELT's files have none)
	Origins map[string]Origin // the stories events come from, by story id; nil if unknown
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
	o := g.Origins[e.Doc]
	row[0] = strconv.FormatInt(ID(e.ID), 10)
	if y, m, d, ok := EventDay(e, o); ok {
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
	ActorGeo(e.Source).columns(row[35:43])
	ActorGeo(e.Target).columns(row[43:51])
	PlaceGeo(e.Place).columns(row[51:59])
	if !o.Stored.IsZero() {
		row[59] = o.Stored.UTC().Format("20060102150405")
	}
	row[60] = e.Doc
	if o.URL != "" {
		row[60] = o.URL
	}
}

// EventDay returns the day GDELT's SQLDATE gives an event: its own date (a
// month or a year as its first day), else the day its story was published
// (in the story's zone), else the day it was stored (UTC). ok is false when
// none is known.
func EventDay(e *dateline.Event, o Origin) (y, m, d int, ok bool) {
	if y, m, d, ok = ymd(string(e.Date)); ok {
		return y, m, d, true
	}
	for _, t := range []time.Time{o.Published, o.Stored.UTC()} {
		if !t.IsZero() {
			yy, mm, dd := t.Date()
			return yy, int(mm), dd, true
		}
	}
	return 0, 0, 0, false
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
