// Package sqlite keeps coded stories in a SQLite file and answers queries
// about their events. It implements dateline.Store with the pure-Go driver
// modernc.org/sqlite: no cgo, one file, safe to reopen after a crash.
//
// Each story is stored in one transaction with its sentences (searchable
// through an FTS5 index), its actor and place mentions and its events. The
// events table flattens every field of dateline.Event into indexed columns
// for filtering and also keeps the whole record as JSON, which is what
// queries return. Event places are indexed in an R*Tree for Query.Near.
//
// The database runs in WAL mode: readers never block the writer and a
// process killed mid-write leaves the last committed story whole and no
// part of the next one.
package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"dateline"

	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

// BusyTimeout is how long a statement waits for another connection or
// process holding the database's write lock before it fails.
const BusyTimeout = 10 * time.Second

// DB is a story store in one SQLite file. It is safe for concurrent use;
// writes are serialised on one connection, reads use a pool.
type DB struct {
	// Knowledge names the version of the knowledge files (dictionaries,
	// lexicons, gazetteer) that coded the stories being stored; Put and
	// Replace record it with each story so a recode can find stale ones.
	Knowledge string
	// Now tells the time recorded as a story's coded_at; time.Now by default.
	Now func() time.Time

	path string
	w    *sql.DB // one connection; transactions BEGIN IMMEDIATE
	r    *sql.DB // read-only pool

	// beforeCommit, when set by a test, runs inside Put's transaction after
	// every row is written and before COMMIT.
	beforeCommit func()
}

var _ dateline.Store = (*DB)(nil)

// Open opens the store at path, creating the file if it does not exist and
// bringing its schema up to date.
func Open(path string) (*DB, error) {
	if path == "" {
		return nil, errors.New("open store: empty path")
	}
	base := "file:" + escapePath(path) + fmt.Sprintf("?_busy_timeout=%d&_foreign_keys=on&_synchronous=NORMAL&_pragma=temp_store(memory)", BusyTimeout.Milliseconds())
	w, err := sql.Open("sqlite", base+"&_journal_mode=WAL&_txlock=immediate")
	if err != nil {
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	w.SetMaxOpenConns(1)
	w.SetMaxIdleConns(1)
	w.SetConnMaxLifetime(0)
	w.SetConnMaxIdleTime(0)
	db := &DB{Now: time.Now, path: path, w: w}
	if err := db.migrate(context.Background()); err != nil {
		w.Close()
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	// The readers open after the writer has made the file and set WAL mode.
	r, err := sql.Open("sqlite", base+"&_query_only=on&_pragma=mmap_size(268435456)&_pragma=cache_size(-32768)")
	if err != nil {
		w.Close()
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	r.SetMaxIdleConns(4)
	db.r = r
	return db, nil
}

// escapePath quotes the characters that would end or corrupt the path part
// of a file: URI.
func escapePath(p string) string {
	return strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23").Replace(p)
}

// Path returns the file the store was opened from.
func (db *DB) Path() string { return db.path }

// Close optimises the query planner's statistics and closes the file.
func (db *DB) Close() error {
	_, err := db.w.Exec("PRAGMA optimize")
	err = errors.Join(err, db.r.Close(), db.w.Close())
	if err != nil {
		return fmt.Errorf("close store %s: %w", db.path, err)
	}
	return nil
}

// SchemaVersion is the schema version this package writes.
func SchemaVersion() int { return len(migrations) }

// migrate applies the migrations the file has not seen, in one transaction.
func (db *DB) migrate(ctx context.Context) error {
	tx, err := db.w.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)`); err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	var v int
	switch err := tx.QueryRowContext(ctx, `SELECT version FROM schema_version`).Scan(&v); {
	case errors.Is(err, sql.ErrNoRows):
		if _, err := tx.ExecContext(ctx, `INSERT INTO schema_version VALUES (0)`); err != nil {
			return fmt.Errorf("migrate: %w", err)
		}
	case err != nil:
		return fmt.Errorf("migrate: %w", err)
	}
	if v > len(migrations) {
		return fmt.Errorf("schema version %d is newer than this program knows (%d)", v, len(migrations))
	}
	for ; v < len(migrations); v++ {
		if _, err := tx.ExecContext(ctx, migrations[v]); err != nil {
			return fmt.Errorf("migrate to version %d: %w", v+1, err)
		}
	}
	if _, err := tx.ExecContext(ctx, `UPDATE schema_version SET version = ?`, v); err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	return tx.Commit()
}
