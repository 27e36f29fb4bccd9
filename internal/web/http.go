package web

import (
	"crypto/subtle"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"strings"
	"unicode/utf8"
)

// apiError is the body of every error response.
type apiError struct {
	Error string `json:"error"`
}

// writeJSON writes v as JSON with status code.
func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(code)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(v) // the client has gone; nothing to tell it
}

// writeError writes {"error": msg} with status code.
func writeError(w http.ResponseWriter, code int, msg string) {
	writeJSON(w, code, apiError{Error: msg})
}

// internalError logs err and tells the client only that something failed.
func (s *Server) internalError(w http.ResponseWriter, r *http.Request, err error) {
	s.log().Error("web: request failed", "method", r.Method, "path", r.URL.Path, "err", err)
	writeError(w, http.StatusInternalServerError, "internal error")
}

// only answers 405 to methods other than method (and HEAD for GET).
func (s *Server) only(method string, h http.HandlerFunc) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != method && !(method == http.MethodGet && r.Method == http.MethodHead) {
			w.Header().Set("Allow", method)
			writeError(w, http.StatusMethodNotAllowed, "method "+r.Method+" not allowed; use "+method)
			return
		}
		h(w, r)
	})
}

// auth answers 401 to requests without the bearer token, when one is set.
func (s *Server) auth(h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if s.Token == "" {
			h(w, r)
			return
		}
		got, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
		if !ok || subtle.ConstantTimeCompare([]byte(strings.TrimSpace(got)), []byte(s.Token)) != 1 {
			w.Header().Set("WWW-Authenticate", `Bearer realm="dateline"`)
			writeError(w, http.StatusUnauthorized, "writes need the header Authorization: Bearer TOKEN")
			return
		}
		h(w, r)
	}
}

// recover turns a panic in a handler into a 500 without its details.
func (s *Server) recover(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if v := recover(); v != nil {
				if v == http.ErrAbortHandler {
					panic(v)
				}
				s.log().Error("web: panic", "method", r.Method, "path", r.URL.Path, "panic", v)
				writeError(w, http.StatusInternalServerError, "internal error")
			}
		}()
		h.ServeHTTP(w, r)
	})
}

// guard runs before routing. It marks every response nosniff and refuses
// with 400 a path that is not UTF-8 text. Without a token, the server is
// for the local user only, so it refuses with 403 a request whose Host is
// neither a localhost name nor the address it came in on (a page served
// from another name that resolves here: DNS rebinding), and a write whose
// Origin is another site (a form or fetch from any page the user visits).
func (s *Server) guard(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("X-Content-Type-Options", "nosniff")
		if !utf8.ValidString(r.URL.Path) || strings.ContainsRune(r.URL.Path, 0) {
			writeError(w, http.StatusBadRequest, fmt.Sprintf("path %q is not UTF-8 text", r.URL.EscapedPath()))
			return
		}
		if s.Token == "" {
			if !localHost(r) {
				writeError(w, http.StatusForbidden, fmt.Sprintf("Host %q refused: without a token, dateline answers only localhost and its own address", r.Host))
				return
			}
			if o := r.Header.Get("Origin"); o != "" && !safeMethod(r.Method) && !sameOrigin(o, r.Host) {
				writeError(w, http.StatusForbidden, fmt.Sprintf("write from origin %q refused: without a token, only this server's own page may write", o))
				return
			}
		}
		h.ServeHTTP(w, r)
	})
}

func safeMethod(m string) bool {
	return m == http.MethodGet || m == http.MethodHead || m == http.MethodOptions
}

// localHost reports whether the request's Host is a localhost name, a
// loopback address, or the address the connection came in on. A request
// with no Host (HTTP/1.0) passes: browsers always send one.
func localHost(r *http.Request) bool {
	if r.Host == "" {
		return true
	}
	host := r.Host
	if h, _, err := net.SplitHostPort(host); err == nil {
		host = h
	}
	host = strings.TrimSuffix(strings.ToLower(strings.Trim(host, "[]")), ".")
	if host == "localhost" || strings.HasSuffix(host, ".localhost") {
		return true // resolved to loopback by the browser itself (RFC 6761)
	}
	ip := net.ParseIP(host)
	if ip == nil {
		return false
	}
	if ip.IsLoopback() {
		return true
	}
	local, ok := r.Context().Value(http.LocalAddrContextKey).(net.Addr)
	if !ok {
		return false
	}
	lh, _, err := net.SplitHostPort(local.String())
	return err == nil && ip.Equal(net.ParseIP(lh))
}

// sameOrigin reports whether origin (an Origin header) is the server
// reached at host: the same host and port, http or https.
func sameOrigin(origin, host string) bool {
	u, err := url.Parse(origin)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return false
	}
	port := "80"
	if u.Scheme == "https" {
		port = "443"
	}
	return strings.EqualFold(withPort(u.Host, port), withPort(host, port))
}

// withPort adds port to host when it names none.
func withPort(host, port string) string {
	if _, _, err := net.SplitHostPort(host); err == nil {
		return host
	}
	return net.JoinHostPort(strings.Trim(host, "[]"), port)
}
