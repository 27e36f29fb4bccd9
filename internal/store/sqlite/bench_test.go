package sqlite

import (
	"context"
	"testing"

	"dateline"
)

func BenchmarkPut(b *testing.B) {
	db := open(b)
	stories := many(b.N)
	ctx := context.Background()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := db.Put(ctx, stories[i]); err != nil {
			b.Fatal(err)
		}
	}
}

// benchStore holds 2,000 stories (24,000 events) for the query benchmarks.
func benchStore(b *testing.B) *DB {
	b.Helper()
	db := open(b)
	stories := many(2000)
	for i := 0; i < len(stories); i += 100 {
		if _, err := db.PutAll(context.Background(), stories[i:i+100]); err != nil {
			b.Fatal(err)
		}
	}
	return db
}

func BenchmarkEvents(b *testing.B) {
	db := benchStore(b)
	queries := []struct {
		name string
		q    dateline.Query
	}{
		{"country", dateline.Query{Country: "EGY", Limit: 100}},
		{"actor code", dateline.Query{Actor: "ITAGOV", Limit: 100}},
		{"actor name", dateline.Query{Actor: "Haftar", Limit: 100}},
		{"cameo and dates", dateline.Query{CAMEO: "04", From: "2018-11", To: "2018-11", Limit: 100}},
		{"near", dateline.Query{Near: "Tripoli", Limit: 100}},
		{"text", dateline.Query{Text: "incidents 1242"}},
	}
	for _, q := range queries {
		b.Run(q.name, func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				if _, err := db.Events(context.Background(), q.q); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkPutAll(b *testing.B) {
	db := open(b)
	stories := many(b.N)
	ctx := context.Background()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i += 100 {
		if _, err := db.PutAll(ctx, stories[i:min(i+100, b.N)]); err != nil {
			b.Fatal(err)
		}
	}
}
