package main

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCodeBoundedInput: an endless stream read as JSON Lines ends with an
// error naming it instead of running forever, and an empty file is
// reported the same way whatever its extension; the good story beside them
// is still coded.
func TestCodeBoundedInput(t *testing.T) {
	if _, err := os.Stat("/dev/zero"); err != nil {
		t.Skip("no /dev/zero")
	}
	dir := t.TempDir()
	const story = "Egyptian police arrested 12 protesters in Cairo on Monday."
	goodText, goodJSONL := filepath.Join(dir, "good.txt"), filepath.Join(dir, "good.jsonl")
	if err := os.WriteFile(goodText, []byte(story+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(goodJSONL, []byte(jsonLine(t, map[string]string{"id": "good", "text": story})+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, file, kind string
		data             []byte // nil for /dev/zero
		want             string // in stderr
	}{
		{"endless stream", "/dev/zero", "jsonl", nil, "/dev/zero:1: no line end in 64 MiB: not JSON Lines; stopped reading"},
		{"endless stream as text", "/dev/zero", "text", nil, "larger than 8 MiB"},
		{"empty text file", "empty.txt", "", []byte{}, "empty.txt: empty text"},
		{"empty JSON Lines file", "empty.jsonl", "", []byte{}, "empty.jsonl:1: empty text"},
		{"blank JSON Lines file", "blank.ndjson", "", []byte("\n\n"), "blank.ndjson:3: empty text"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := tt.file
			if tt.data != nil {
				path = filepath.Join(dir, tt.file)
				if err := os.WriteFile(path, tt.data, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			args, good := []string{"code", "--format", "jsonl"}, goodText
			if tt.kind != "" {
				args = append(args, "--in", tt.kind)
			}
			if tt.kind == "jsonl" {
				good = goodJSONL
			}
			out, errOut, err := runArgs(t, "", append(args, path, good)...)
			if !errors.Is(err, errFailed) {
				t.Errorf("got %v, want errFailed", err)
			}
			if !strings.Contains(errOut, tt.want) {
				t.Errorf("stderr: got %q, want %q", errOut, tt.want)
			}
			if !strings.Contains(out, `"cameo":"173"`) {
				t.Errorf("the good story was not coded: %q", out)
			}
		})
	}
}
