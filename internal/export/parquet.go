package export

import (
	"fmt"
	"io"
	"time"

	"github.com/parquet-go/parquet-go"

	"dateline"
)

// ParquetEvent is one row of the Parquet export: the event record of
// SCHEMA.md with its field names and nesting (sentence, source, target,
// trigger and place are groups), typed columns for numbers and offsets,
// nulls where the record has null, and two DATE columns that the string
// date cannot give a query engine: the first and last day the date covers.
type ParquetEvent struct {
	ID            string              `parquet:"id"`
	Doc           string              `parquet:"doc"`
	Sentence      ParquetSentence     `parquet:"sentence"`
	Type          string              `parquet:"type,dict"`
	Mode          string              `parquet:"mode,dict"`
	CAMEO         string              `parquet:"cameo,dict"`
	Goldstein     float64             `parquet:"goldstein"`
	QuadClass     int32               `parquet:"quad_class"`
	Modality      string              `parquet:"modality,dict"`
	Source        *ParquetParticipant `parquet:"source,optional"`
	Target        *ParquetParticipant `parquet:"target,optional"`
	Trigger       ParquetTrigger      `parquet:"trigger"`
	Date          *string             `parquet:"date,optional"`           // YYYY, YYYY-MM or YYYY-MM-DD; null when unknown
	DatePrecision *string             `parquet:"date_precision,optional"` // day, month, year, unknown
	DateFrom      *int32              `parquet:"date_from,optional,date"` // first day Date covers, in days since 1970-01-01 (Parquet DATE)
	DateTo        *int32              `parquet:"date_to,optional,date"`   // last day Date covers
	Place         *ParquetPlace       `parquet:"place,optional"`
	Confidence    float64             `parquet:"confidence"`
	Rule          string              `parquet:"rule"`
}

// ParquetSentence is an event's sentence; Index is 0-based, as in SCHEMA.md.
type ParquetSentence struct {
	Index int32  `parquet:"index"`
	Text  string `parquet:"text"`
	Start int32  `parquet:"start"`
	End   int32  `parquet:"end"`
}

// ParquetParticipant is an event's source or target.
type ParquetParticipant struct {
	Text    string  `parquet:"text"`
	Name    string  `parquet:"name"`
	Country *string `parquet:"country,optional,dict"`
	Sector  *string `parquet:"sector,optional,dict"`
	Code    string  `parquet:"code,dict"`
	Start   int32   `parquet:"start"`
	End     int32   `parquet:"end"`
}

// ParquetTrigger is the words that name an event's action.
type ParquetTrigger struct {
	Text  string `parquet:"text"`
	Start int32  `parquet:"start"`
	End   int32  `parquet:"end"`
}

// ParquetPlace is where an event happened.
type ParquetPlace struct {
	Name       string  `parquet:"name"`
	Admin1     string  `parquet:"admin1"`
	Country    string  `parquet:"country,dict"`
	Lat        float64 `parquet:"lat"`
	Lon        float64 `parquet:"lon"`
	GeoNamesID int64   `parquet:"geonames_id"`
	Feature    string  `parquet:"feature,dict"`
}

// WriteParquet writes events as one Apache Parquet file (zstd-compressed)
// with the ParquetEvent schema, which DuckDB, Spark, pandas and BigQuery
// load as they are.
func WriteParquet(w io.Writer, events []dateline.Event) error {
	pw := parquet.NewGenericWriter[ParquetEvent](w, parquet.Compression(&parquet.Zstd))
	rows := make([]ParquetEvent, 0, min(len(events), 1024))
	for i := range events {
		rows = append(rows, parquetRow(&events[i]))
		if len(rows) == cap(rows) {
			if _, err := pw.Write(rows); err != nil {
				return fmt.Errorf("write parquet: %w", err)
			}
			rows = rows[:0]
		}
	}
	if _, err := pw.Write(rows); err != nil {
		return fmt.Errorf("write parquet: %w", err)
	}
	if err := pw.Close(); err != nil {
		return fmt.Errorf("write parquet: %w", err)
	}
	return nil
}

// parquetRow converts e.
func parquetRow(e *dateline.Event) ParquetEvent {
	r := ParquetEvent{
		ID: e.ID, Doc: e.Doc,
		Sentence: ParquetSentence{int32(e.Sentence.Index), e.Sentence.Text, int32(e.Sentence.Start), int32(e.Sentence.End)},
		Type:     e.Type, Mode: e.Mode, CAMEO: e.CAMEO, Goldstein: e.Goldstein, QuadClass: int32(e.QuadClass),
		Modality: string(e.Modality),
		Source:   parquetParticipant(e.Source), Target: parquetParticipant(e.Target),
		Trigger:       ParquetTrigger{e.Trigger.Text, int32(e.Trigger.Start), int32(e.Trigger.End)},
		Date:          null(string(e.Date)),
		DatePrecision: null(string(e.DatePrecision)),
		Confidence:    e.Confidence, Rule: e.Rule,
	}
	if y, m, d, ok := ymd(string(e.Date)); ok {
		from := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
		to := from
		switch len(e.Date) {
		case 4:
			to = from.AddDate(1, 0, -1)
		case 7:
			to = from.AddDate(0, 1, -1)
		}
		r.DateFrom, r.DateTo = epochDays(from), epochDays(to)
	}
	if p := e.Place; p != nil {
		r.Place = &ParquetPlace{p.Name, p.Admin1, p.Country, p.Lat, p.Lon, int64(p.GeoNamesID), p.Feature}
	}
	return r
}

func parquetParticipant(p *dateline.Participant) *ParquetParticipant {
	if p == nil {
		return nil
	}
	return &ParquetParticipant{p.Text, p.Name, null(string(p.Country)), null(string(p.Sector)), p.Code, int32(p.Start), int32(p.End)}
}

// epochDays is a DATE value: days since 1970-01-01.
func epochDays(t time.Time) *int32 {
	d := int32(t.Unix() / 86400)
	return &d
}

// null is nil for "" and a pointer to s otherwise.
func null(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}
