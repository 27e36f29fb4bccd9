package main

import (
	"bytes"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// TestIngestAccounts ingests stories twice: every input is accounted for,
// added, already stored, with the text of another story, or failed, and
// each story not stored for a reason other than being stored already is
// named with its file and line.
func TestIngestAccounts(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "events.db")
	input := filepath.Join(dir, "stories.jsonl")
	const (
		one   = "Egyptian police arrested 12 protesters in Cairo on Monday."
		two   = "Kenyan police fired tear gas at protesters in Nairobi on Tuesday."
		three = "Israeli jets struck the Gaza Strip on Friday."
	)
	lines := []string{
		jsonLine(t, map[string]string{"id": "a", "text": one, "published": "2019-09-23"}),
		jsonLine(t, map[string]string{"id": "b", "text": one, "published": "2019-09-23"}), // a's text
		jsonLine(t, map[string]string{"id": "c", "text": two, "published": "2019-09-24"}),
		`{"id": "d"}`, // no text
		jsonLine(t, map[string]string{"id": "a", "text": three, "published": "2019-09-25"}), // a's id
	}
	if err := os.WriteFile(input, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, summary string
		named         []string // in stderr
	}{
		{"first run", "ingest: 2 stories added, 0 already stored, 1 with the text of another, 2 failed; the store holds 2 stories",
			[]string{"stories.jsonl:2: story b not stored: it has the text of story a", "stories.jsonl:4", "stories.jsonl:5: story a not stored: a stored story has its id and another text"}},
		{"second run", "ingest: 0 stories added, 2 already stored, 1 with the text of another, 2 failed; the store holds 2 stories",
			[]string{"stories.jsonl:2: story b not stored: it has the text of story a", "stories.jsonl:4", "stories.jsonl:5: story a not stored: a stored story has its id and another text"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, errOut, err := runArgs(t, "", "ingest", "--db", db, input)
			if !errors.Is(err, errFailed) {
				t.Errorf("got %v, want errFailed", err)
			}
			if !strings.HasPrefix(out, tt.summary) {
				t.Errorf("summary: got %q, want %q", out, tt.summary)
			}
			for _, n := range tt.named {
				if strings.Count(errOut, n) != 1 {
					t.Errorf("stderr names %q %d times, want once:\n%s", n, strings.Count(errOut, n), errOut)
				}
			}
		})
	}
}

// TestIngestUnreadable ingests a folder with unreadable folders inside, at
// two depths, and a dangling link: each is named and skipped, the stories
// that can be read are stored, and the run fails. chmod does not stop
// root, so as root the ingest runs as the user nobody.
func TestIngestUnreadable(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a child process")
	}
	tmp, err := os.MkdirTemp("", "dateline-ingest-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(tmp) })
	dir := filepath.Join(tmp, "news")
	story := goodStory(t, "2011-cairo-tahrir.txt")
	for _, f := range []string{"good.txt", "sub/also-good.txt", "locked/hidden.txt", "deep/er/locked/hidden.txt"} {
		p := filepath.Join(dir, f)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		text := append(story[:len(story):len(story)], "\n\nThis copy was filed as "+f+".\n"...) // a text of its own
		if err := os.WriteFile(p, text, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Symlink(filepath.Join(dir, "gone.txt"), filepath.Join(dir, "dangling.txt")); err != nil {
		t.Fatal(err)
	}
	for _, d := range []string{"locked", "deep/er/locked"} {
		p := filepath.Join(dir, d)
		if err := os.Chmod(p, 0); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { os.Chmod(p, 0o755) })
	}
	if err := os.Chmod(tmp, 0o777); err != nil { // the store is made here
		t.Fatal(err)
	}
	db := filepath.Join(tmp, "events.db")

	cmd := child("ingest", "--db", db, dir)
	if os.Geteuid() == 0 {
		cmd.Path = executableCopy(t, tmp)
		cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
	}
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err = cmd.Run()
	var exit *exec.ExitError
	if !errors.As(err, &exit) || exit.ExitCode() != 1 {
		t.Fatalf("got %v, want exit status 1 (stderr %s)", err, stderr.String())
	}
	const summary = "ingest: 2 stories added, 0 already stored, 0 with the text of another, 3 failed; the store holds 2 stories"
	if !strings.HasPrefix(stdout.String(), summary) {
		t.Errorf("summary: got %q, want %q", stdout.String(), summary)
	}
	for _, name := range []string{"news/locked:", "news/deep/er/locked:", "news/dangling.txt:"} {
		if strings.Count(stderr.String(), name) != 1 {
			t.Errorf("stderr names %q %d times, want once:\n%s", name, strings.Count(stderr.String(), name), stderr.String())
		}
	}
}

// executableCopy copies the test binary into dir, where the user nobody
// may run it.
func executableCopy(t *testing.T, dir string) string {
	t.Helper()
	src, err := os.Open(os.Args[0])
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	p := filepath.Join(dir, "dateline.test")
	dst, err := os.OpenFile(p, os.O_CREATE|os.O_WRONLY, 0o755)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.Copy(dst, src); err != nil {
		t.Fatal(err)
	}
	if err := dst.Close(); err != nil {
		t.Fatal(err)
	}
	return p
}
