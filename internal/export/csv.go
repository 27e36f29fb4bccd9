package export

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"

	"dateline"
)

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

// WriteCSV writes events as CSV (RFC 4180) under a CSVColumns header: the
// one CSV layout of dateline, written by 'dateline query --format csv' and
// GET /v1/events?format=csv alike. A missing source, target or place leaves
// its columns empty. A cell that a spreadsheet would run as a formula is
// escaped (see Cell).
func WriteCSV(w io.Writer, events []dateline.Event) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(CSVColumns); err != nil {
		return fmt.Errorf("write csv: %w", err)
	}
	row := make([]string, 0, len(CSVColumns))
	for i := range events {
		row = csvRow(row[:0], &events[i])
		for j := range row {
			row[j] = Cell(row[j])
		}
		if err := cw.Write(row); err != nil {
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

// Cell escapes a CSV cell as OWASP's advice on CSV injection says: a cell
// that starts with =, +, -, @, a tab or a carriage return, and so would be
// read as a formula by a spreadsheet, is prefixed with a single quote.
// Numbers ("-5.2", a Goldstein score) are left as they are: a spreadsheet
// reads them as numbers, never as formulas.
func Cell(s string) string {
	if s == "" || !strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return s
	}
	if isNumber(s) {
		return s
	}
	return "'" + s
}

// isNumber reports whether s is a decimal number: digits with an optional
// sign, point and exponent ("-5.2", "1e-3"), never "-Inf" or "0x1p3".
func isNumber(s string) bool {
	if strings.Trim(s, "0123456789+-.eE") != "" {
		return false
	}
	_, err := strconv.ParseFloat(s, 64)
	return err == nil
}
