// Package export writes coded events in the formats other tools load: CSV
// with a header (one layout for the command line and the HTTP API), GDELT
// 2.0 event table rows (tab-separated, 61 columns) and Apache Parquet with
// a typed schema.
package export

import (
	"hash/fnv"
	"time"

	"dateline"
)

//go:generate go run ./gen

// Origin is what an export needs to know of the story an event came from.
type Origin struct {
	URL       string    // the story's address; "" if unknown
	Published time.Time // when the story was published; zero if unknown
	Stored    time.Time // when the story was last coded into the store; zero if never
}

// ID returns the GLOBALEVENTID written for an event id: the first 63 bits
// of the id's 64-bit FNV-1a hash, so the same event always gets the same
// positive integer.
func ID(id string) int64 {
	h := fnv.New64a()
	h.Write([]byte(id))
	return int64(h.Sum64() >> 1)
}

// Docs returns the distinct story ids of events, in first-seen order: what
// a store needs to look up their Origins.
func Docs(events []dateline.Event) []string {
	seen := make(map[string]bool)
	var docs []string
	for i := range events {
		if d := events[i].Doc; !seen[d] {
			seen[d] = true
			docs = append(docs, d)
		}
	}
	return docs
}
