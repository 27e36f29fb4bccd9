package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestServeStopsOnSignal starts `dateline serve` as a process and sends it
// SIGTERM (what systemd and containers send) or SIGINT (Ctrl-C) while a
// request to store a story is in flight: the process stops accepting at
// once, answers the request, closes the store cleanly and exits 0.
func TestServeStopsOnSignal(t *testing.T) {
	if testing.Short() {
		t.Skip("starts child processes")
	}
	for _, sig := range []syscall.Signal{syscall.SIGTERM, syscall.SIGINT} {
		t.Run(sig.String(), func(t *testing.T) {
			db := filepath.Join(t.TempDir(), "events.db")
			var stderr bytes.Buffer
			cmd := child("serve", "--db", db, "--addr", "127.0.0.1:0")
			cmd.Stderr = &stderr
			stdout, err := cmd.StdoutPipe()
			if err != nil {
				t.Fatal(err)
			}
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { cmd.Process.Kill() })
			addr := servingAddr(t, stdout)

			body := "Egyptian police arrested 12 protesters in Cairo on Monday."
			conn, err := net.Dial("tcp", addr)
			if err != nil {
				t.Fatal(err)
			}
			defer conn.Close()
			br := bufio.NewReader(conn)
			// Expect: 100-continue: the server asks for the body once the
			// handler reads it, so the request is surely in flight.
			fmt.Fprintf(conn, "POST /v1/stories HTTP/1.1\r\nHost: %s\r\nContent-Type: text/plain\r\nContent-Length: %d\r\nExpect: 100-continue\r\n\r\n", addr, len(body))
			if line, err := br.ReadString('\n'); err != nil || !strings.Contains(line, "100 Continue") {
				t.Fatalf("got %q, %v; want 100 Continue", line, err)
			}
			if _, err := br.ReadString('\n'); err != nil { // the blank line after it
				t.Fatal(err)
			}

			if err := cmd.Process.Signal(sig); err != nil {
				t.Fatal(err)
			}
			for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(5 * time.Millisecond) {
				c, err := net.Dial("tcp", addr)
				if err != nil {
					break
				}
				c.Close()
				if time.Now().After(deadline) {
					t.Fatal("still accepting connections 10s after the signal")
				}
			}
			io.WriteString(conn, body)
			resp, err := http.ReadResponse(br, nil)
			if err != nil {
				t.Fatalf("request in flight: %v", err)
			}
			reply, _ := io.ReadAll(resp.Body)
			if resp.StatusCode != 200 || !strings.Contains(string(reply), `"added":1`) {
				t.Errorf("request in flight: got %d %s, want 200 and the story added", resp.StatusCode, reply)
			}

			if err := waitExit(cmd, 30*time.Second); err != nil {
				t.Fatalf("exit: %v (stderr %s)", err, stderr.String())
			}
			if !strings.Contains(stderr.String(), "stopped; the store is closed") {
				t.Errorf("stderr: got %q, want it to say the store is closed", stderr.String())
			}
			if _, err := os.Stat(db + "-wal"); !os.IsNotExist(err) {
				t.Errorf("%s-wal: got %v, want it gone: the store was not closed", db, err)
			}
			if n, _ := counts(t, db); n != 1 {
				t.Errorf("store: got %d stories, want the one in flight", n)
			}
		})
	}
}

// child returns the command that runs dateline with args in a child
// process: the test binary itself, through TestMain.
func child(args ...string) *exec.Cmd {
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), "DATELINE_TEST_ARGS="+strings.Join(args, "\x1f"))
	return cmd
}

// servingAddr reads the address `dateline serve` prints when it is ready.
func servingAddr(t *testing.T, stdout io.Reader) string {
	t.Helper()
	line, err := bufio.NewReader(stdout).ReadString('\n')
	if err != nil {
		t.Fatalf("serve printed %q: %v", line, err)
	}
	_, rest, ok := strings.Cut(line, "http://")
	addr, _, _ := strings.Cut(rest, "/")
	if !ok || addr == "" {
		t.Fatalf("serve printed %q, want its address", line)
	}
	return addr
}

// waitExit waits for cmd to exit, killing it after d.
func waitExit(cmd *exec.Cmd, d time.Duration) error {
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		return err
	case <-time.After(d):
		cmd.Process.Kill()
		return fmt.Errorf("still running %v after the signal", d)
	}
}
