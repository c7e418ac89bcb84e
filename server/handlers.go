package server

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/cayleygraph/quad"

	"kg/explore"
	"kg/queries"
	"kg/schema"
)

// handleV1Query is Cayley's v1 query endpoint: the query is the request
// body, the answer {"result": [...]} or {"error": "..."}.
func (s *Server) handleV1Query(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		w.Header().Set("Allow", http.MethodPost)
		writeError(w, http.StatusMethodNotAllowed, fmt.Errorf("%s /api/v1/query: send the query as the body of a POST", r.Method))
		return
	}
	if lang := r.PathValue("lang"); lang != "gizmo" {
		writeError(w, http.StatusBadRequest, fmt.Errorf("unsupported query language %q: kg serves gizmo", lang))
		return
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, s.opt.MaxBodyBytes))
	if err != nil {
		var tooLarge *http.MaxBytesError
		if errors.As(err, &tooLarge) {
			writeError(w, http.StatusRequestEntityTooLarge, fmt.Errorf("query is larger than %d bytes", s.opt.MaxBodyBytes))
			return
		}
		writeError(w, http.StatusBadRequest, fmt.Errorf("reading the query: %v", err))
		return
	}
	if strings.TrimSpace(string(body)) == "" {
		writeError(w, http.StatusBadRequest, errors.New("empty query: send a Gizmo query as the request body"))
		return
	}
	start := time.Now()
	res, err := queries.Gizmo(r.Context(), s.qs, string(body), queries.Options{Limit: s.opt.QueryLimit, Timeout: s.opt.QueryTimeout, MaxMemory: s.opt.QueryMaxMemory})
	if err != nil {
		var me *queries.MemoryError
		status := http.StatusBadRequest
		switch {
		case errors.As(err, &me):
			status = http.StatusInsufficientStorage
		case time.Since(start) >= s.opt.QueryTimeout:
			status = http.StatusGatewayTimeout
		}
		writeError(w, status, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"result": res})
}

// SearchResult is one entity found by /api/search.
type SearchResult struct {
	IRI      string   `json:"iri"`
	Name     string   `json:"name"`
	Type     string   `json:"type"`
	Aliases  []string `json:"aliases,omitempty"`
	Articles int      `json:"articles"`
	Matched  string   `json:"matched"` // the name or alias that matched
}

func (s *Server) handleSearch(w http.ResponseWriter, r *http.Request) {
	q := strings.TrimSpace(r.URL.Query().Get("q"))
	if q == "" {
		writeError(w, http.StatusBadRequest, errors.New("parameter q is missing: the text to search for"))
		return
	}
	limit, ok := s.intParam(w, r, "limit", 10, s.opt.QueryLimit)
	if !ok {
		return
	}
	ctx, cancel := s.timeout(r)
	defer cancel()
	res, err := s.search.find(ctx, q, limit)
	if err != nil {
		s.fail(w, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"query": q, "results": res})
}

// handleEntity resolves a name, alias or IRI the way the CLI does.
func (s *Server) handleEntity(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := s.timeout(r)
	defer cancel()
	iri, ok := s.entityParam(ctx, w, r, "q")
	if !ok {
		return
	}
	e, _, err := s.x.Entity(ctx, iri)
	if err != nil {
		s.fail(w, err)
		return
	}
	writeJSON(w, http.StatusOK, e)
}

// Elements is a graph in Cytoscape.js's JSON form.
type Elements struct {
	Nodes []Element `json:"nodes"`
	Edges []Element `json:"edges"`
}

// Element is one Cytoscape.js node or edge.
type Element struct {
	Data map[string]any `json:"data"`
}

func (s *Server) handleNeighbourhood(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := s.timeout(r)
	defer cancel()
	iri, ok := s.entityParam(ctx, w, r, "entity")
	if !ok {
		return
	}
	depth, ok := s.intParam(w, r, "depth", 1, 5)
	if !ok {
		return
	}
	maxNodes, ok := s.intParam(w, r, "max_nodes", s.opt.QueryLimit, s.opt.QueryLimit)
	if !ok {
		return
	}
	opt := explore.Options{Depth: depth, MaxNodes: maxNodes, Predicates: listParam(r, "predicate")}
	if since := r.URL.Query().Get("since"); since != "" {
		t, err := explore.ParseSince(since)
		if err != nil {
			writeError(w, http.StatusBadRequest, fmt.Errorf("parameter since: %v", err))
			return
		}
		opt.Since = t
	}
	n, err := s.x.Neighbourhood(ctx, iri, opt)
	if err != nil {
		s.fail(w, err)
		return
	}
	nodes := make([]explore.Entity, len(n.Nodes))
	depths := map[string]int{}
	for i, nd := range n.Nodes {
		nodes[i] = nd.Entity
		depths[nd.IRI] = nd.Depth
	}
	writeJSON(w, http.StatusOK, map[string]any{"center": n.Center, "depth": n.Depth, "truncated": n.Truncated,
		"elements": elements(nodes, n.Relations, depths)})
}

// handleSubgraph returns the given entities and the relations among them,
// for showing query results on the graph.
func (s *Server) handleSubgraph(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := s.timeout(r)
	defer cancel()
	iris := r.URL.Query()["iri"]
	if len(iris) == 0 {
		writeError(w, http.StatusBadRequest, errors.New("parameter iri is missing: give one or more entity IRIs"))
		return
	}
	if len(iris) > s.opt.QueryLimit {
		writeError(w, http.StatusBadRequest, fmt.Errorf("too many iri parameters: %d, the limit is %d (query.limit)", len(iris), s.opt.QueryLimit))
		return
	}
	in := map[string]bool{}
	var nodes []explore.Entity
	for _, raw := range iris {
		iri := explore.ParseIRI(raw)
		e, ok, err := s.x.Entity(ctx, iri)
		if err != nil {
			s.fail(w, err)
			return
		}
		if ok && !in[e.IRI] {
			in[e.IRI] = true
			nodes = append(nodes, e)
		}
	}
	seen := map[string]bool{}
	var rels []explore.Relation
	for _, e := range nodes {
		n, err := s.x.Neighbourhood(ctx, quad.IRI(e.IRI), explore.Options{Depth: 1, MaxNodes: s.opt.QueryLimit})
		if err != nil {
			s.fail(w, err)
			return
		}
		for _, rel := range n.Relations {
			k := edgeID(rel)
			if in[rel.Subject.IRI] && in[rel.Object.IRI] && !seen[k] {
				seen[k] = true
				rels = append(rels, rel)
			}
		}
	}
	writeJSON(w, http.StatusOK, map[string]any{"elements": elements(nodes, rels, nil)})
}

func (s *Server) handlePath(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := s.timeout(r)
	defer cancel()
	from, ok := s.entityParam(ctx, w, r, "from")
	if !ok {
		return
	}
	to, ok := s.entityParam(ctx, w, r, "to")
	if !ok {
		return
	}
	maxDepth, ok := s.intParam(w, r, "max_depth", explore.DefaultMaxDepth, 8)
	if !ok {
		return
	}
	maxPaths, ok := s.intParam(w, r, "max_paths", explore.DefaultMaxPaths, 50)
	if !ok {
		return
	}
	paths, err := s.x.Paths(ctx, from, to, explore.PathOptions{MaxDepth: maxDepth, MaxPaths: maxPaths})
	if err != nil {
		s.fail(w, err)
		return
	}
	var nodes []explore.Entity
	var rels []explore.Relation
	seenNode, seenEdge := map[string]bool{}, map[string]bool{}
	for _, p := range paths {
		for _, h := range p.Hops {
			for _, e := range []explore.Entity{h.From, h.To} {
				if !seenNode[e.IRI] {
					seenNode[e.IRI] = true
					nodes = append(nodes, e)
				}
			}
			rel := explore.Relation{Subject: h.From, Predicate: h.Predicate, Object: h.To, Statements: h.Statements,
				Articles: h.Articles, FirstDate: h.FirstDate, LastDate: h.LastDate}
			if !h.Forward {
				rel.Subject, rel.Object = h.To, h.From
			}
			if k := edgeID(rel); !seenEdge[k] {
				seenEdge[k] = true
				rels = append(rels, rel)
			}
		}
	}
	if paths == nil {
		paths = []explore.Path{}
	}
	writeJSON(w, http.StatusOK, map[string]any{"from": from, "to": to, "max_depth": maxDepth, "paths": paths,
		"elements": elements(nodes, rels, nil)})
}

func (s *Server) handleEvidence(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := s.timeout(r)
	defer cancel()
	q := r.URL.Query()
	for _, p := range []string{"subject", "predicate", "object"} {
		if q.Get(p) == "" {
			writeError(w, http.StatusBadRequest, fmt.Errorf("parameter %s is missing: evidence needs subject, predicate and object", p))
			return
		}
	}
	pred, err := s.x.Predicate(q.Get("predicate"))
	if err != nil {
		writeError(w, http.StatusBadRequest, fmt.Errorf("parameter predicate: %v", err))
		return
	}
	subj, obj := explore.ParseIRI(q.Get("subject")), explore.ParseIRI(q.Get("object"))
	ev, err := s.x.Evidence(ctx, subj, pred, obj)
	if err != nil {
		s.fail(w, err)
		return
	}
	if len(ev) == 0 {
		writeError(w, http.StatusNotFound, fmt.Errorf("no statement says %s %s %s", subj, pred, obj))
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"subject": subj, "predicate": pred, "object": obj, "evidence": ev})
}

func (s *Server) handleArticle(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := s.timeout(r)
	defer cancel()
	raw := r.URL.Query().Get("iri")
	if raw == "" {
		writeError(w, http.StatusBadRequest, errors.New("parameter iri is missing: the article's IRI"))
		return
	}
	a, ok, err := s.x.Article(ctx, explore.ParseIRI(raw))
	if err != nil {
		s.fail(w, err)
		return
	}
	if !ok {
		writeError(w, http.StatusNotFound, fmt.Errorf("no article %s in the store", raw))
		return
	}
	writeJSON(w, http.StatusOK, a)
}

// handleVocabulary lists the relation predicates and entity types, for
// the page's filters and legend.
func (s *Server) handleVocabulary(w http.ResponseWriter, r *http.Request) {
	type pred struct {
		Name string `json:"name"`
		Doc  string `json:"doc"`
	}
	preds := make([]pred, len(schema.Predicates))
	for i, p := range schema.Predicates {
		preds[i] = pred{p.Name, p.Doc}
	}
	writeJSON(w, http.StatusOK, map[string]any{"predicates": preds, "types": schema.EntityTypes})
}

// elements converts entities and relations to Cytoscape.js elements. A
// node's data: id (IRI), label (name), type and, when known, depth. An
// edge's: id, source, target, predicate, statements, articles, first and
// last date.
func elements(nodes []explore.Entity, rels []explore.Relation, depth map[string]int) Elements {
	out := Elements{Nodes: []Element{}, Edges: []Element{}}
	for _, n := range nodes {
		d := map[string]any{"id": n.IRI, "label": n.Name, "type": n.Type}
		if depth != nil {
			d["depth"] = depth[n.IRI]
		}
		out.Nodes = append(out.Nodes, Element{Data: d})
	}
	for _, r := range rels {
		out.Edges = append(out.Edges, Element{Data: map[string]any{
			"id": edgeID(r), "source": r.Subject.IRI, "target": r.Object.IRI, "predicate": r.Predicate,
			"statements": r.Statements, "articles": r.Articles, "first": r.FirstDate, "last": r.LastDate,
		}})
	}
	return out
}

func edgeID(r explore.Relation) string {
	return r.Subject.IRI + " " + r.Predicate + " " + r.Object.IRI
}

// entityParam resolves the entity named by parameter name (IRI, name or
// alias in any language). It writes the error response and returns false
// when the parameter is missing, names nothing (404) or several entities
// (409, with the candidates).
func (s *Server) entityParam(ctx context.Context, w http.ResponseWriter, r *http.Request, name string) (quad.IRI, bool) {
	text := strings.TrimSpace(r.URL.Query().Get(name))
	if text == "" {
		writeError(w, http.StatusBadRequest, fmt.Errorf("parameter %s is missing: an entity's name, alias or IRI", name))
		return "", false
	}
	iris, err := queries.FindEntities(ctx, s.qs, s.v, text)
	if err != nil {
		s.fail(w, err)
		return "", false
	}
	switch len(iris) {
	case 0:
		writeError(w, http.StatusNotFound, fmt.Errorf("parameter %s: %q matches no entity", name, text))
		return "", false
	case 1:
		return iris[0], true
	}
	found, err := queries.DescribeEntities(ctx, s.qs, s.v, iris)
	if err != nil {
		s.fail(w, err)
		return "", false
	}
	names := make([]string, len(found))
	for i, e := range found {
		names[i] = fmt.Sprintf("%s (%s, %s)", e.Name, e.Type, e.IRI)
	}
	writeJSON(w, http.StatusConflict, map[string]any{
		"error":      fmt.Sprintf("parameter %s: %q is ambiguous: %s", name, text, strings.Join(names, "; ")),
		"candidates": found,
	})
	return "", false
}

// intParam reads an optional positive integer parameter, at most max.
func (s *Server) intParam(w http.ResponseWriter, r *http.Request, name string, def, max int) (int, bool) {
	raw := r.URL.Query().Get(name)
	if raw == "" {
		return def, true
	}
	n, err := strconv.Atoi(raw)
	if err != nil || n <= 0 || n > max {
		writeError(w, http.StatusBadRequest, fmt.Errorf("parameter %s: %q is not a whole number from 1 to %d", name, raw, max))
		return 0, false
	}
	return n, true
}

// listParam reads a parameter given repeatedly or comma-separated.
func listParam(r *http.Request, name string) []string {
	var out []string
	for _, v := range r.URL.Query()[name] {
		for _, p := range strings.Split(v, ",") {
			if p = strings.TrimSpace(p); p != "" {
				out = append(out, p)
			}
		}
	}
	return out
}

func (s *Server) timeout(r *http.Request) (context.Context, context.CancelFunc) {
	return context.WithTimeout(r.Context(), s.opt.QueryTimeout)
}

// fail reports an error from exploring: a timeout is 504, a request for
// something that is not an entity or a bad predicate 400, anything else 500.
func (s *Server) fail(w http.ResponseWriter, err error) {
	switch {
	case errors.Is(err, context.DeadlineExceeded):
		writeError(w, http.StatusGatewayTimeout, fmt.Errorf("the request exceeded the timeout of %s (query.timeout)", s.opt.QueryTimeout))
	case errors.Is(err, context.Canceled):
		writeError(w, http.StatusServiceUnavailable, errors.New("request cancelled"))
	case errors.Is(err, explore.ErrUnknownPredicate), errors.Is(err, explore.ErrNotEntity), errors.Is(err, explore.ErrSameEntity):
		writeError(w, http.StatusBadRequest, err)
	default:
		writeError(w, http.StatusInternalServerError, err)
	}
}
