package web

import (
	"net/http/httptest"
	"strings"
	"testing"
)

// TestBodyKind checks how a request's Content-Type decides how its body is
// read: JSON and JSON Lines by type, anything else as a story in plain text,
// as curl sends it by default.
func TestBodyKind(t *testing.T) {
	tests := []struct {
		name, ctype string
		want        string
		wantStatus  int // of the error, when one is wanted
	}{
		{"none", "", kindText, 0},
		{"curl default", "application/x-www-form-urlencoded", kindText, 0},
		{"plain text", "text/plain; charset=utf-8", kindText, 0},
		{"markdown", "text/markdown", kindText, 0},
		{"octet stream", "application/octet-stream", kindText, 0},
		{"unreadable", "text/plain; charset", kindText, 0},
		{"json", "application/json", kindJSON, 0},
		{"json upper case", "Application/JSON; charset=UTF-8", kindJSON, 0},
		{"json suffix", "application/vnd.story+json", kindJSON, 0},
		{"ndjson", "application/x-ndjson", kindJSONL, 0},
		{"ndjson registered", "application/ndjson", kindJSONL, 0},
		{"jsonl", "application/jsonl", kindJSONL, 0},
		{"jsonlines", "application/x-jsonlines", kindJSONL, 0},
		{"multipart form", "multipart/form-data; boundary=b", "", 415},
		{"latin-1", "text/plain; charset=iso-8859-1", "", 415},
		{"ascii", "text/plain; charset=us-ascii", kindText, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := httptest.NewRequest("POST", "/v1/code", strings.NewReader("x"))
			if tt.ctype != "" {
				r.Header.Set("Content-Type", tt.ctype)
			}
			got, err := bodyKind(r)
			if tt.wantStatus != 0 {
				es, ok := err.(*errStatus)
				if !ok || es.code != tt.wantStatus {
					t.Fatalf("got %q, %v; want an error with status %d", got, err, tt.wantStatus)
				}
				return
			}
			if err != nil || got != tt.want {
				t.Errorf("got %q, %v; want %q", got, err, tt.want)
			}
		})
	}
}
