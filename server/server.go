// Package server is kg's read-only HTTP front end: a Cayley-compatible
// query API (POST /api/v1/query/gizmo and Cayley's /api/v2 endpoints), JSON
// endpoints for entity search, neighbourhoods, paths, edge evidence and
// article metadata, and the embedded web page that explores the graph with
// them.
//
// It must never change the store: it is given only a QuadStore to read,
// Cayley's v2 API runs read-only over a writer that refuses every write,
// and Gizmo has no write functions. Relationship logic belongs to package
// explore, queries and name lookup to package queries; this package only
// maps HTTP requests onto them.
package server

import (
	"bytes"
	"context"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"net/http"
	"strings"
	"time"

	chttp "github.com/cayleygraph/cayley/server/http"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"kg/explore"
	"kg/queries"
	"kg/schema"
)

//go:embed web
var webFiles embed.FS

// Defaults for unset Options.
const (
	DefaultQueryTimeout = 10 * time.Second
	DefaultQueryLimit   = 1000
	DefaultMaxBodyBytes = 64 << 10
	DefaultIndexTTL     = time.Minute
	// DefaultQueryMaxMemory is queries.DefaultMaxMemory (1 GiB).
	DefaultQueryMaxMemory = queries.DefaultMaxMemory
)

// Options bound what one request may cost.
type Options struct {
	QueryTimeout time.Duration // longest a query or exploration may run
	QueryLimit   int           // most results of a query; most nodes of a neighbourhood
	MaxBodyBytes int64         // largest request body accepted
	IndexTTL     time.Duration // how long the entity search index is reused before it is rebuilt
	// QueryMaxMemory is how much the heap may grow while a Gizmo query
	// runs, in bytes (see queries.WithMemoryLimit); 0 means
	// DefaultQueryMaxMemory, < 0 no limit.
	QueryMaxMemory int64
}

// Server serves one store over HTTP. It is an http.Handler.
type Server struct {
	qs     cgraph.QuadStore
	v      schema.Vocab
	opt    Options
	x      *explore.Explorer
	mux    *http.ServeMux
	search *searchIndex

	getRoutes map[string]http.HandlerFunc // the JSON endpoints, all GET
	static    http.Handler                // the embedded page
}

// New returns a server over qs with vocabulary v.
func New(qs cgraph.QuadStore, v schema.Vocab, opt Options) *Server {
	if v.Base == "" {
		v = schema.New("")
	}
	if opt.QueryTimeout <= 0 {
		opt.QueryTimeout = DefaultQueryTimeout
	}
	if opt.QueryLimit <= 0 {
		opt.QueryLimit = DefaultQueryLimit
	}
	if opt.MaxBodyBytes <= 0 {
		opt.MaxBodyBytes = DefaultMaxBodyBytes
	}
	if opt.IndexTTL <= 0 {
		opt.IndexTTL = DefaultIndexTTL
	}
	switch {
	case opt.QueryMaxMemory == 0:
		opt.QueryMaxMemory = DefaultQueryMaxMemory
	case opt.QueryMaxMemory < 0:
		opt.QueryMaxMemory = 0 // none, for queries.Options
	}
	s := &Server{qs: qs, v: v, opt: opt, x: explore.New(qs, v), mux: http.NewServeMux()}
	s.search = newSearchIndex(qs, v, opt.IndexTTL)

	api := chttp.NewAPIv2(&cgraph.Handle{QuadStore: qs, QuadWriter: refusingWriter{}})
	api.SetReadOnly(true)
	api.SetQueryTimeout(opt.QueryTimeout)
	api.SetQueryLimit(opt.QueryLimit)
	s.mux.Handle("/api/v2/", s.limitBody(api))
	// Cayley runs these queries itself: the memory limit is added around.
	s.mux.Handle("/api/v2/query", s.limitBody(s.limitMemory(api)))

	s.mux.HandleFunc("/api/v1/query/{lang}", s.handleV1Query)
	s.getRoutes = map[string]http.HandlerFunc{
		"/api/search":        s.handleSearch,
		"/api/entity":        s.handleEntity,
		"/api/neighbourhood": s.handleNeighbourhood,
		"/api/subgraph":      s.handleSubgraph,
		"/api/path":          s.handlePath,
		"/api/evidence":      s.handleEvidence,
		"/api/article":       s.handleArticle,
		"/api/vocabulary":    s.handleVocabulary,
	}
	for path, h := range s.getRoutes {
		s.mux.HandleFunc("GET "+path, h)
	}
	web, err := fs.Sub(webFiles, "web")
	if err != nil {
		panic(err) // the embedded directory is part of the binary
	}
	s.static = noSniff(http.FileServerFS(web))
	s.mux.HandleFunc("/", s.handleOther)
	return s
}

// ServeHTTP serves one request.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.mux.ServeHTTP(w, r) }

// handleOther serves the page's files, and JSON errors for API paths
// that match no endpoint (405 for a known endpoint asked with another
// method).
func (s *Server) handleOther(w http.ResponseWriter, r *http.Request) {
	path := r.URL.Path
	if strings.HasPrefix(path, "/api/") {
		if _, ok := s.getRoutes[path]; ok {
			w.Header().Set("Allow", "GET, HEAD")
			writeError(w, http.StatusMethodNotAllowed, fmt.Errorf("%s %s: only GET is allowed (the server is read-only)", r.Method, path))
			return
		}
		writeError(w, http.StatusNotFound, errors.New("no such API endpoint: "+path))
		return
	}
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		writeError(w, http.StatusMethodNotAllowed, fmt.Errorf("%s %s: only GET is allowed (the server is read-only)", r.Method, path))
		return
	}
	s.static.ServeHTTP(w, r)
}

// limitBody caps request bodies at Options.MaxBodyBytes.
func (s *Server) limitBody(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		r.Body = http.MaxBytesReader(w, r.Body, s.opt.MaxBodyBytes)
		h.ServeHTTP(w, r)
	})
}

// limitMemory runs h (Cayley's query endpoint) with a context that
// queries.WithMemoryLimit cancels when the heap grows by more than
// Options.QueryMaxMemory: Cayley interrupts the query's JavaScript VM when
// its context is done. h's response is held back, and replaced by an error
// saying that the query exceeded the memory limit if it did.
func (s *Server) limitMemory(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := queries.WithMemoryLimit(r.Context(), s.opt.QueryMaxMemory)
		defer cancel()
		var held heldResponse
		h.ServeHTTP(&held, r.WithContext(ctx))
		var me *queries.MemoryError
		if errors.As(context.Cause(ctx), &me) {
			writeError(w, http.StatusInsufficientStorage, me)
			// Cayley interrupts the query's VM but does not wait for
			// it; give it a moment to end before releasing its memory,
			// and try again later in case it took longer (loaded cores)
			for _, after := range []time.Duration{releaseDelay, 5 * releaseDelay, 25 * releaseDelay} {
				time.AfterFunc(after, queries.ReleaseMemory)
			}
			return
		}
		held.sendTo(w)
	})
}

// releaseDelay is how long after a query stopped by the memory limit the
// server first returns its memory to the system (again 5 and 25 times as
// long after).
const releaseDelay = 200 * time.Millisecond

// heldResponse is an http.ResponseWriter that keeps the response to send
// it later (Cayley's query handler builds its whole response in memory
// anyway).
type heldResponse struct {
	header http.Header
	status int
	body   bytes.Buffer
}

func (h *heldResponse) Header() http.Header {
	if h.header == nil {
		h.header = http.Header{}
	}
	return h.header
}

func (h *heldResponse) WriteHeader(status int) {
	if h.status == 0 {
		h.status = status
	}
}

func (h *heldResponse) Write(b []byte) (int, error) {
	h.WriteHeader(http.StatusOK)
	return h.body.Write(b)
}

func (h *heldResponse) sendTo(w http.ResponseWriter) {
	for k, v := range h.header {
		w.Header()[k] = v
	}
	if h.status == 0 {
		h.status = http.StatusOK
	}
	w.WriteHeader(h.status)
	w.Write(h.body.Bytes())
}

func noSniff(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("X-Content-Type-Options", "nosniff")
		h.ServeHTTP(w, r)
	})
}

// errReadOnly is what every write through the server's writer returns.
var errReadOnly = errors.New("kg serve is read-only")

// refusingWriter is the quad writer handed to Cayley's v2 API: read-only
// mode already hides its write routes, and this refuses whatever might
// still reach it.
type refusingWriter struct{}

func (refusingWriter) AddQuad(quad.Quad) error                    { return errReadOnly }
func (refusingWriter) AddQuadSet([]quad.Quad) error               { return errReadOnly }
func (refusingWriter) RemoveQuad(quad.Quad) error                 { return errReadOnly }
func (refusingWriter) ApplyTransaction(*cgraph.Transaction) error { return errReadOnly }
func (refusingWriter) RemoveNode(quad.Value) error                { return errReadOnly }
func (refusingWriter) Close() error                               { return nil }

// writeJSON writes v as JSON with the status code.
func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.Encode(v)
}

// writeError writes {"error": message} with the status code.
func writeError(w http.ResponseWriter, status int, err error) {
	writeJSON(w, status, map[string]string{"error": err.Error()})
}
