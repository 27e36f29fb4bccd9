package export

import (
	"bytes"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/parquet-go/parquet-go"

	"dateline"
)

// TestParquetReadBack writes real events and a bare one to a Parquet file,
// reads it back with the same library and checks the schema's types and
// every value.
func TestParquetReadBack(t *testing.T) {
	_, events := seedEvents(t)
	bare := dateline.Event{ID: "bare", Doc: "d", Modality: dateline.Negated, DatePrecision: "unknown"}
	month := palermo
	month.ID, month.Date, month.DatePrecision = "month", "2024-02", "month"
	events = append(events, bare, month)
	var b bytes.Buffer
	if err := WriteParquet(&b, events); err != nil {
		t.Fatal(err)
	}
	f, err := parquet.OpenFile(bytes.NewReader(b.Bytes()), int64(b.Len()))
	if err != nil {
		t.Fatal(err)
	}
	if got := f.NumRows(); got != int64(len(events)) {
		t.Errorf("got %d rows, want %d", got, len(events))
	}
	types := []struct {
		path     []string
		kind     parquet.Kind
		logical  string // "" for none
		optional bool
	}{
		{[]string{"id"}, parquet.ByteArray, "STRING", false},
		{[]string{"type"}, parquet.ByteArray, "STRING", false},
		{[]string{"sentence", "index"}, parquet.Int32, "", false},
		{[]string{"goldstein"}, parquet.Double, "", false},
		{[]string{"quad_class"}, parquet.Int32, "", false},
		{[]string{"source", "country"}, parquet.ByteArray, "STRING", true},
		{[]string{"target", "code"}, parquet.ByteArray, "STRING", false},
		{[]string{"date"}, parquet.ByteArray, "STRING", true},
		{[]string{"date_from"}, parquet.Int32, "DATE", true},
		{[]string{"place", "lat"}, parquet.Double, "", false},
		{[]string{"place", "geonames_id"}, parquet.Int64, "", false},
		{[]string{"confidence"}, parquet.Double, "", false},
	}
	for _, tt := range types {
		col, ok := f.Schema().Lookup(tt.path...)
		if !ok {
			t.Errorf("no column %v", tt.path)
			continue
		}
		n := col.Node
		logical := ""
		if lt := n.Type().LogicalType(); lt != nil {
			logical = lt.String()
		}
		if n.Type().Kind() != tt.kind || !strings.Contains(logical, tt.logical) {
			t.Errorf("%v: got %v %q, want %v %s", tt.path, n.Type().Kind(), logical, tt.kind, tt.logical)
		}
		if opt := n.Optional(); opt != tt.optional {
			t.Errorf("%v: got optional %v, want %v", tt.path, opt, tt.optional)
		}
	}
	for _, group := range [][]string{{"source"}, {"target"}, {"place"}} {
		if col, ok := f.Schema().Lookup(group...); ok && !col.Node.Optional() {
			t.Errorf("%v: got a required group, want optional (null where SCHEMA says null)", group)
		}
	}

	rows, err := parquet.Read[ParquetEvent](bytes.NewReader(b.Bytes()), int64(b.Len()))
	if err != nil {
		t.Fatal(err)
	}
	for i := range events {
		if want := parquetRow(&events[i]); !reflect.DeepEqual(rows[i], want) {
			t.Errorf("row %d: got %+v, want %+v", i, rows[i], want)
		}
	}
	last := rows[len(rows)-1]
	day := func(d *int32) string {
		if d == nil {
			return "null"
		}
		return time.Unix(int64(*d)*86400, 0).UTC().Format("2006-01-02")
	}
	if from, to := day(last.DateFrom), day(last.DateTo); from != "2024-02-01" || to != "2024-02-29" {
		t.Errorf("2024-02: got days %s to %s, want 2024-02-01 to 2024-02-29", from, to)
	}
	b0 := rows[len(rows)-2]
	if b0.Source != nil || b0.Place != nil || b0.Date != nil || b0.DateFrom != nil || b0.DatePrecision == nil || *b0.DatePrecision != "unknown" {
		t.Errorf("bare event: got %+v, want null source, place and dates and precision unknown", b0)
	}
	if r := rows[0]; r.Source == nil || r.Source.Country == nil || *r.Source.Country != string(events[0].Source.Country) || r.Goldstein != events[0].Goldstein {
		t.Errorf("first seed event: got %+v, want its source and Goldstein score", r)
	}
}
