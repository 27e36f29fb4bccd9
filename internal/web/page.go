package web

import (
	"embed"
	"io/fs"
	"net/http"

	"dateline/internal/seed"
)

// static holds the page: index.html and the assets the build step in ui/
// writes (app.js, app.css, countries.json) with their licences.
//
//go:embed static
var static embed.FS

// pageHandler serves the page at /, its assets by name, and the demo
// story at /seed.txt.
func pageHandler() http.HandlerFunc {
	sub, err := fs.Sub(static, "static")
	if err != nil {
		panic(err) // the embedded tree is fixed at build time
	}
	files := http.FileServerFS(sub)
	return func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("X-Content-Type-Options", "nosniff")
		w.Header().Set("Content-Security-Policy", "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:")
		if r.URL.Path == "/" {
			http.ServeFileFS(w, r, sub, "index.html")
			return
		}
		if r.URL.Path == "/seed.txt" { // the demo story the page codes first
			w.Header().Set("Content-Type", "text/plain; charset=utf-8")
			w.Write(seed.Text())
			return
		}
		if r.URL.Path == "/index.html" {
			http.Redirect(w, r, "/", http.StatusMovedPermanently)
			return
		}
		files.ServeHTTP(w, r)
	}
}
