package sqlite

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"dateline"
)

// many returns n distinct coded stories, each with its own body and a
// dozen events, built from the fixture.
func many(n int) []*dateline.Coded {
	base := fixture()
	out := make([]*dateline.Coded, n)
	for i := range out {
		c := build(fmt.Sprintf("story-%05d", i), day("2020-01-01T00:00:00Z").Add(time.Duration(i)*time.Minute),
			append(make([]string, 0, 8), base[i%4].Sentences[0].Text, base[(i+1)%4].Sentences[0].Text,
				fmt.Sprintf("Officials counted %d incidents.", i)), nil)
		for j := 0; j < 12; j++ {
			e := base[j%4].Events[0]
			e.ID = fmt.Sprintf("%s-%d", c.Story.ID, j)
			e.Doc = c.Story.ID
			c.Events = append(c.Events, e)
		}
		out[i] = c
	}
	return out
}

func TestPutCancelledMidTransaction(t *testing.T) {
	db := open(t)
	stories := many(6)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	for i, c := range stories {
		if i == 3 {
			// Every row of the fourth story is written; cancel before COMMIT.
			db.beforeCommit = cancel
		}
		added, err := db.Put(ctx, c)
		switch {
		case i < 3 && (err != nil || !added):
			t.Fatalf("Put(%d) = %v, %v; want true, nil", i, added, err)
		case i >= 3 && (err == nil || added):
			t.Fatalf("Put(%d) after cancel = %v, %v; want false and an error", i, added, err)
		}
		db.beforeCommit = nil
	}
	checkWhole(t, db)
	if n, _, err := db.Counts(context.Background()); err != nil || n != 3 {
		t.Errorf("Counts = %d, %v; want 3 stories", n, err)
	}
	if _, err := db.Story(context.Background(), stories[3].Story.ID); !errors.Is(err, dateline.ErrNotFound) {
		t.Errorf("cancelled story: got %v, want ErrNotFound", err)
	}
	// The store is usable again and takes the cancelled story whole.
	if added, err := db.Put(context.Background(), stories[3]); err != nil || !added {
		t.Errorf("Put after cancel = %v, %v; want true, nil", added, err)
	}
	checkWhole(t, db)
}

// childEnv names the store file a child process of TestKillMidIngest
// ingests into; childMode says how it ends.
const (
	childEnv  = "DATELINE_SQLITE_KILL_CHILD"
	childMode = "DATELINE_SQLITE_KILL_MODE"
)

// TestKillMidIngest runs this test binary as a child that ingests stories
// and kills it with SIGKILL: once while a transaction has written all its
// rows but not committed, once at a moment the child does not choose. The
// reopened store must hold only whole stories.
func TestKillMidIngest(t *testing.T) {
	if path := os.Getenv(childEnv); path != "" {
		ingestUntilKilled(path, os.Getenv(childMode))
		return
	}
	if testing.Short() {
		t.Skip("runs child processes")
	}
	tests := []struct {
		name, mode string
		wait       string // the line from the child after which to kill it
	}{
		{"before commit", "hang", "hanging"},
		{"anywhere", "run", "put 40"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "events.db")
			cmd := exec.Command(os.Args[0], "-test.run=^TestKillMidIngest$", "-test.count=1")
			cmd.Env = append(os.Environ(), childEnv+"="+path, childMode+"="+tt.mode)
			out, err := cmd.StdoutPipe()
			if err != nil {
				t.Fatal(err)
			}
			cmd.Stderr = os.Stderr
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			lines := bufio.NewScanner(out)
			last := 0 // stories the child reported committed
			read := func(until string) {
				for lines.Scan() {
					var n int
					if _, err := fmt.Sscanf(lines.Text(), "put %d", &n); err == nil {
						last = n + 1
					}
					if lines.Text() == until {
						return
					}
				}
			}
			read(tt.wait)
			if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
				t.Fatal(err)
			}
			read("") // what the child said before the signal landed
			cmd.Wait()
			if last == 0 {
				t.Fatal("the child stored nothing before it was killed")
			}

			db, err := Open(path)
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			checkWhole(t, db)
			stories, events, err := db.Counts(context.Background())
			if err != nil {
				t.Fatal(err)
			}
			// Every story the child reported is there; at most the one in
			// flight may have committed after it last wrote.
			if stories < last || stories > last+1 || events != 12*stories {
				t.Errorf("got %d stories and %d events, want %d or %d stories with 12 events each", stories, events, last, last+1)
			}
			if tt.mode == "hang" && stories != last {
				t.Errorf("got %d stories, want %d: the uncommitted one must not be stored", stories, last)
			}
		})
	}
}

// ingestUntilKilled is the child: it stores stories, saying "put N" after
// each commit. In mode "hang" it stops inside the 21st story's transaction,
// says "hanging" and waits to be killed.
func ingestUntilKilled(path, mode string) {
	db, err := Open(path)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	stories := many(2000)
	for i, c := range stories {
		if mode == "hang" && i == 20 {
			db.beforeCommit = func() {
				fmt.Println("hanging")
				select {}
			}
		}
		if _, err := db.Put(context.Background(), c); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
		fmt.Println("put", i)
	}
	fmt.Println("done")
	select {} // wait to be killed
}
