package sqlite

import "testing"

func TestPragmas(t *testing.T) {
	db := open(t)
	tests := []struct{ pragma, want string }{
		{"journal_mode", "wal"},
		{"synchronous", "1"}, // NORMAL: WAL commits survive a killed process
		{"foreign_keys", "1"},
		{"busy_timeout", "10000"},
		{"temp_store", "2"}, // MEMORY
	}
	for _, tt := range tests {
		var w, r string
		if err := db.w.QueryRow("PRAGMA " + tt.pragma).Scan(&w); err != nil {
			t.Fatal(err)
		}
		if err := db.r.QueryRow("PRAGMA " + tt.pragma).Scan(&r); err != nil {
			t.Fatal(err)
		}
		if w != tt.want || r != tt.want {
			t.Errorf("%s: got writer %s, reader %s; want %s", tt.pragma, w, r, tt.want)
		}
	}
	var v int
	if err := db.r.QueryRow("SELECT version FROM schema_version").Scan(&v); err != nil || v != SchemaVersion() {
		t.Errorf("schema version: got %d, %v; want %d", v, err, SchemaVersion())
	}
}
