package pipeline

import (
	"bufio"
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestNoDevSentenceInTests: no test and no data file of the project holds
// a run of eight words of a dev gold sentence (PLOVER, PETR-2, news-dev):
// rules are tested on sentences written for them, so that the dev figures
// say something of text nobody here tuned on, and the evaluation data stay
// outside the project under their own licences. A data line that gives a
// proper name ("name:" in the actor data) is a fact and exempt. Skipped
// when ../shared is absent.
func TestNoDevSentenceInTests(t *testing.T) {
	var sents []string
	for _, f := range []string{"plover-gsr.dev.jsonl", "petr2-gsr.dev.jsonl", "news-dev/stories.jsonl"} {
		file, err := os.Open(filepath.Join(goldDir, f))
		if err != nil {
			t.Skipf("no dev gold: %v", err)
		}
		sc := bufio.NewScanner(file)
		sc.Buffer(make([]byte, 1<<20), 1<<24)
		for sc.Scan() {
			var r struct{ Text string }
			if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
				t.Fatalf("%s: %v", f, err)
			}
			sents = append(sents, r.Text)
		}
		file.Close()
	}
	// quotes and escaped newlines apart, so that a sentence inside a Go
	// string literal is found too
	clean := strings.NewReplacer(`"`, " ", `\n`, " ", "`", " ").Replace
	frags := map[string]bool{}
	for _, s := range sents {
		w := strings.Fields(clean(s))
		for i := 0; i+8 <= len(w); i++ {
			if f := strings.Join(w[i:i+8], " "); len(f) >= 35 {
				frags[f] = true
			}
		}
	}
	err := filepath.WalkDir("..", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == ".git" || d.Name() == "node_modules" || strings.HasPrefix(path, filepath.Join("..", "testdata"))) {
			return filepath.SkipDir
		}
		name := d.Name()
		data := strings.Contains(path, string(filepath.Separator)+"data"+string(filepath.Separator)) && (strings.HasSuffix(name, ".txt") || strings.HasSuffix(name, ".tsv"))
		if d.IsDir() || !strings.HasSuffix(name, "_test.go") && !data && !strings.Contains(path, "testdata") {
			return nil
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for n, line := range strings.Split(string(b), "\n") {
			if strings.HasPrefix(line, "name:") {
				continue
			}
			w := strings.Fields(clean(line))
			for i := 0; i+8 <= len(w); i++ {
				if f := strings.Join(w[i:i+8], " "); frags[f] {
					t.Errorf("%s:%d holds dev text %q", path, n+1, f)
					break
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
