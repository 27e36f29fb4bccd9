package web

import (
	"embed"
	"io/fs"
	"net/http"
)

// static holds the page: index.html and the assets the build step in ui/
// writes (app.js, app.css, countries.json) with their licences.
//
//go:embed static
var static embed.FS

// pageHandler serves the page at / and its assets by name.
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
		if r.URL.Path == "/index.html" {
			http.Redirect(w, r, "/", http.StatusMovedPermanently)
			return
		}
		files.ServeHTTP(w, r)
	}
}
