package server

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"kg/extract"
	"kg/graph"
	"kg/loaders"
	"kg/schema"
	"kg/schema/schematest"
)

var (
	vocab  = schema.New("")
	resIRI = string(vocab.Entity(schematest.Resolution)) // kg:entity/resolution%2Fkordavia-ceasefire-2024
)

// mexicoCity makes "Mexico" ambiguous: the country and this city.
var mexicoCity = schematest.Fixture{
	Article: loaders.Article{ID: "extra.txt", Hash: "x", Title: "Extra", Date: "2024-04-01"},
	Doc: &extract.Document{ID: "extra.txt", Language: "en", Entities: []extract.Entity{
		{ID: "e1", Key: "mexico-city", Name: "Mexico City", Type: "City", Aliases: []string{"Mexico"}},
	}},
}

// fixtureStore is a real on-disk store (bolt, or leveldb under the race
// detector) holding the English and Norwegian fixture articles and the
// Mexico City one.
func fixtureStore(t *testing.T) *graph.Store {
	t.Helper()
	backend := map[bool]string{false: "bolt", true: "leveldb"}[raceEnabled]
	s, err := graph.Open(graph.Config{Backend: backend, Path: filepath.Join(t.TempDir(), "kg.db"), Vocab: vocab})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	for _, f := range []schematest.Fixture{schematest.English(), schematest.Norwegian(), mexicoCity} {
		if _, err := s.PutArticle(context.Background(), f.IRI(vocab), f.Article.Hash, f.Quads(vocab)); err != nil {
			t.Fatal(err)
		}
	}
	return s
}

// testServer serves the fixture store; it returns the store too, to count
// quads.
func testServer(t *testing.T, opt Options) (*graph.Store, *httptest.Server) {
	t.Helper()
	st := fixtureStore(t)
	ts := httptest.NewServer(New(st.QuadStore(), st.Vocab(), opt))
	t.Cleanup(ts.Close)
	return st, ts
}

type response struct {
	status int
	header http.Header
	body   []byte
}

func (r response) json(t *testing.T) map[string]any {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal(r.body, &m); err != nil {
		t.Fatalf("response is not a JSON object: %v\n%s", err, r.body)
	}
	return m
}

func do(t *testing.T, method, u, contentType string, body io.Reader) response {
	t.Helper()
	req, err := http.NewRequest(method, u, body)
	if err != nil {
		t.Fatal(err)
	}
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return response{resp.StatusCode, resp.Header, b}
}

func get(t *testing.T, ts *httptest.Server, path string, params ...string) response {
	t.Helper()
	q := url.Values{}
	for i := 0; i+1 < len(params); i += 2 {
		q.Add(params[i], params[i+1])
	}
	u := ts.URL + path
	if len(q) > 0 {
		u += "?" + q.Encode()
	}
	return do(t, http.MethodGet, u, "", nil)
}

// wantError checks the status and that the body is {"error": ...}
// containing want.
func wantError(t *testing.T, r response, status int, want string) {
	t.Helper()
	if r.status != status {
		t.Errorf("status %d, want %d: %s", r.status, status, r.body)
		return
	}
	if !strings.HasPrefix(r.header.Get("Content-Type"), "application/json") {
		t.Errorf("error content type %q", r.header.Get("Content-Type"))
	}
	m := r.json(t)
	if msg, _ := m["error"].(string); !strings.Contains(msg, want) {
		t.Errorf("error %q, want it to contain %q", msg, want)
	}
}

func TestGizmoV1(t *testing.T) {
	_, ts := testServer(t, Options{QueryTimeout: 2 * time.Second, QueryLimit: 2, MaxBodyBytes: 1024})
	post := func(lang, body string) response {
		return do(t, http.MethodPost, ts.URL+"/api/v1/query/"+lang, "text/plain", strings.NewReader(body))
	}
	r := post("gizmo", `g.V("<kg:entity/russia>").Out("<kg:vetoed>").All()`)
	if r.status != http.StatusOK {
		t.Fatalf("status %d: %s", r.status, r.body)
	}
	var res struct {
		Result []map[string]any `json:"result"`
	}
	if err := json.Unmarshal(r.body, &res); err != nil || len(res.Result) == 0 {
		t.Errorf("result = %s (%v)", r.body, err)
	}
	for _, m := range res.Result { // one per article that says it
		if m["id"] != "<"+resIRI+">" {
			t.Errorf("result %v, want the resolution", m)
		}
	}

	// query.limit cuts the results: the fixtures have 9+ entities.
	r = post("gizmo", `g.V().Has("<kg:type>", "<kg:Country>").All()`)
	if err := json.Unmarshal(r.body, &res); err != nil || r.status != 200 || len(res.Result) != 2 {
		t.Errorf("limit 2: %d results, status %d: %s", len(res.Result), r.status, r.body)
	}

	wantError(t, post("gizmo", `g.V(.All(`), http.StatusBadRequest, "gizmo")
	wantError(t, post("gizmo", "  "), http.StatusBadRequest, "empty query")
	wantError(t, post("sparql", `SELECT *`), http.StatusBadRequest, `unsupported query language "sparql"`)
	wantError(t, post("gizmo", strings.Repeat("/", 2000)), http.StatusRequestEntityTooLarge, "larger than 1024 bytes")
	r = do(t, http.MethodGet, ts.URL+"/api/v1/query/gizmo", "", nil)
	wantError(t, r, http.StatusMethodNotAllowed, "POST")
	if r.header.Get("Allow") != "POST" {
		t.Errorf("405 without Allow: POST")
	}
}

func TestGizmoTimeout(t *testing.T) {
	_, ts := testServer(t, Options{QueryTimeout: 300 * time.Millisecond})
	r := do(t, http.MethodPost, ts.URL+"/api/v1/query/gizmo", "", strings.NewReader(`var i = 0; while (true) { i++; }`))
	wantError(t, r, http.StatusGatewayTimeout, "timeout")
}

func TestV2API(t *testing.T) {
	st, ts := testServer(t, Options{QueryLimit: 5})
	r := do(t, http.MethodPost, ts.URL+"/api/v2/query?lang=gizmo", "", strings.NewReader(`g.V("<kg:entity/norway>").Out("<kg:drafted>").All()`))
	if r.status != 200 || !strings.Contains(string(r.body), `"result"`) || !strings.Contains(string(r.body), "kordavia-ceasefire-2024") {
		t.Errorf("v2 query: %d %s", r.status, r.body)
	}
	r = get(t, ts, "/api/v2/query", "lang", "gizmo", "qu", `g.V("<kg:entity/russia>").Out("<kg:name>").All()`)
	if r.status != 200 || !strings.Contains(string(r.body), "Russia") {
		t.Errorf("v2 GET query: %d %s", r.status, r.body)
	}
	r = do(t, http.MethodPost, ts.URL+"/api/v2/query?lang=gizmo", "", strings.NewReader(strings.Repeat(" ", DefaultMaxBodyBytes+10)+"g.V().All()"))
	if r.status < 400 || !strings.Contains(string(r.body), "too large") {
		t.Errorf("v2 query over the body limit: %d %s", r.status, r.body)
	}
	before, err := st.QuadCount(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	nq := "<kg:entity/russia> <kg:supports> <kg:entity/northern-front> .\n"
	for _, path := range []string{"/api/v2/write", "/api/v2/delete"} {
		r := do(t, http.MethodPost, ts.URL+path, "application/n-quads", strings.NewReader(nq))
		if r.status < 400 {
			t.Errorf("POST %s: status %d, want a refusal: %s", path, r.status, r.body)
		}
	}
	r = do(t, http.MethodPost, ts.URL+"/api/v2/node/delete", "text/plain", strings.NewReader("<kg:entity/russia>"))
	if r.status < 400 {
		t.Errorf("node delete: status %d", r.status)
	}
	after, err := st.QuadCount(context.Background())
	if err != nil || after != before {
		t.Errorf("quads %d -> %d after write requests (%v)", before, after, err)
	}
}

// TestReadOnly sends every kind of request, including Gizmo queries that
// try to write, and checks that the store has the same quads.
func TestReadOnly(t *testing.T) {
	st, ts := testServer(t, Options{})
	ctx := context.Background()
	before, err := st.QuadCount(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		`g.addNamespace("x", "http://x/"); g.V("<kg:entity/russia>").All()`,
		`graph.Write && graph.Write([{subject: "<a>", predicate: "<b>", object: "<c>"}])`,
		`g.V("<kg:entity/russia>").Out().All()`,
	} {
		do(t, http.MethodPost, ts.URL+"/api/v1/query/gizmo", "", strings.NewReader(q))
		do(t, http.MethodPost, ts.URL+"/api/v2/query?lang=gizmo", "", strings.NewReader(q))
	}
	for _, m := range []string{http.MethodPut, http.MethodDelete, http.MethodPost} {
		do(t, m, ts.URL+"/api/v2/write", "application/n-quads", strings.NewReader("<a> <b> <c> .\n"))
		if r := do(t, m, ts.URL+"/api/neighbourhood?entity=russia", "", nil); r.status != http.StatusMethodNotAllowed {
			t.Errorf("%s /api/neighbourhood: %d, want 405", m, r.status)
		}
	}
	get(t, ts, "/api/search", "q", "russ")
	get(t, ts, "/api/neighbourhood", "entity", "Russia", "depth", "3")
	get(t, ts, "/api/path", "from", "Ivan Petrov", "to", "Kari Nordvik")
	after, err := st.QuadCount(ctx)
	if err != nil || after != before {
		t.Errorf("quads %d -> %d (%v)", before, after, err)
	}
}

func TestSearch(t *testing.T) {
	_, ts := testServer(t, Options{})
	names := func(r response) []string {
		t.Helper()
		if r.status != 200 {
			t.Fatalf("search: %d %s", r.status, r.body)
		}
		var res struct {
			Results []SearchResult `json:"results"`
		}
		if err := json.Unmarshal(r.body, &res); err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, e := range res.Results {
			out = append(out, e.Name+"|"+e.Matched)
		}
		return out
	}
	for q, want := range map[string]string{
		"Russland": "Russia|Russland", // Norwegian alias, exact
		"russ":     "Russia|Russia",   // prefix
		"Rusia":    "Russia|Russia",   // typo
		"norg":     "Norway|Norge",    // prefix of the Norwegian name
		"sikkerh":  "UN Security Council|FNs sikkerhetsråd",
		"petrov":   "Ivan Petrov|Ivan Petrov", // a word of the name
	} {
		got := names(get(t, ts, "/api/search", "q", q))
		if len(got) == 0 || got[0] != want {
			t.Errorf("search %q = %v, want %s first", q, got, want)
		}
	}
	if got := names(get(t, ts, "/api/search", "q", "Mexico", "limit", "1")); len(got) != 1 {
		t.Errorf("limit 1: %v", got)
	}
	if got := names(get(t, ts, "/api/search", "q", "zzzz")); len(got) != 0 {
		t.Errorf("search zzzz: %v", got)
	}
	wantError(t, get(t, ts, "/api/search"), http.StatusBadRequest, "parameter q is missing")
	wantError(t, get(t, ts, "/api/search", "q", "x", "limit", "ten"), http.StatusBadRequest, `parameter limit: "ten"`)
}

func TestNeighbourhood(t *testing.T) {
	_, ts := testServer(t, Options{})
	r := get(t, ts, "/api/neighbourhood", "entity", "Russland")
	if r.status != 200 {
		t.Fatalf("%d %s", r.status, r.body)
	}
	var res struct {
		Center   map[string]any `json:"center"`
		Elements Elements       `json:"elements"`
	}
	if err := json.Unmarshal(r.body, &res); err != nil {
		t.Fatal(err)
	}
	if res.Center["name"] != "Russia" || len(res.Elements.Nodes) != 3 {
		t.Errorf("centre %v, %d nodes", res.Center, len(res.Elements.Nodes))
	}
	var vetoed map[string]any
	for _, e := range res.Elements.Edges {
		if e.Data["predicate"] == "vetoed" {
			vetoed = e.Data
		}
	}
	if vetoed == nil || vetoed["source"] != "kg:entity/russia" || vetoed["target"] != resIRI ||
		fmt.Sprint(vetoed["statements"]) != "2" || fmt.Sprint(vetoed["articles"]) != "2" {
		t.Errorf("vetoed edge = %v", vetoed)
	}

	r = get(t, ts, "/api/neighbourhood", "entity", resIRI, "predicate", "drafted", "depth", "2")
	if err := json.Unmarshal(r.body, &res); err != nil || r.status != 200 || len(res.Elements.Edges) != 3 {
		t.Errorf("drafted only: %d %s", r.status, r.body)
	}
	r = get(t, ts, "/api/neighbourhood", "entity", "Mexico")
	wantError(t, r, http.StatusConflict, "ambiguous")
	if c, _ := r.json(t)["candidates"].([]any); len(c) != 2 {
		t.Errorf("candidates: %s", r.body)
	}
	wantError(t, get(t, ts, "/api/neighbourhood", "entity", "Atlantis"), http.StatusNotFound, `"Atlantis" matches no entity`)
	wantError(t, get(t, ts, "/api/neighbourhood"), http.StatusBadRequest, "parameter entity is missing")
	wantError(t, get(t, ts, "/api/neighbourhood", "entity", "Russia", "predicate", "likes"), http.StatusBadRequest, `unknown predicate "likes"`)
	wantError(t, get(t, ts, "/api/neighbourhood", "entity", "Russia", "since", "soon"), http.StatusBadRequest, "parameter since")
	wantError(t, get(t, ts, "/api/neighbourhood", "entity", "Russia", "depth", "9"), http.StatusBadRequest, "parameter depth")
}

func TestPathEvidenceArticle(t *testing.T) {
	_, ts := testServer(t, Options{})
	r := get(t, ts, "/api/path", "from", "Ivan Petrov", "to", "Kari Nordvik")
	var res struct {
		Paths []struct {
			Hops []map[string]any `json:"hops"`
		} `json:"paths"`
		Elements Elements `json:"elements"`
	}
	if err := json.Unmarshal(r.body, &res); err != nil || r.status != 200 || len(res.Paths) != 1 || len(res.Paths[0].Hops) != 4 {
		t.Fatalf("path: %d %s", r.status, r.body)
	}
	if len(res.Elements.Nodes) != 5 || len(res.Elements.Edges) != 4 {
		t.Errorf("path elements: %d nodes, %d edges", len(res.Elements.Nodes), len(res.Elements.Edges))
	}
	r = get(t, ts, "/api/path", "from", "Marela", "to", "Russia")
	if err := json.Unmarshal(r.body, &res); err != nil || r.status != 200 || len(res.Paths) != 0 {
		t.Errorf("no path: %d %s", r.status, r.body)
	}
	wantError(t, get(t, ts, "/api/path", "from", "Russia", "to", "Russland"), http.StatusBadRequest, "two different entities")
	wantError(t, get(t, ts, "/api/path", "from", "Russia"), http.StatusBadRequest, "parameter to is missing")

	r = get(t, ts, "/api/evidence", "subject", "kg:entity/russia", "predicate", "vetoed", "object", "<"+resIRI+">")
	var ev struct {
		Evidence []struct {
			Sentence string         `json:"sentence"`
			Language string         `json:"language"`
			Article  map[string]any `json:"article"`
		} `json:"evidence"`
	}
	if err := json.Unmarshal(r.body, &ev); err != nil || r.status != 200 || len(ev.Evidence) != 2 {
		t.Fatalf("evidence: %d %s", r.status, r.body)
	}
	var nb string
	for _, e := range ev.Evidence {
		if e.Language == "nb" {
			nb = e.Sentence
			if e.Article["title"] != "Russland la ned veto" || e.Article["date"] != "12.03.2024" {
				t.Errorf("Norwegian evidence article: %v", e.Article)
			}
		}
	}
	if !strings.HasPrefix(nb, "Russland la ned veto mot resolusjonsutkastet") {
		t.Errorf("Norwegian sentence = %q", nb)
	}
	wantError(t, get(t, ts, "/api/evidence", "subject", "kg:entity/russia", "predicate", "drafted", "object", "kg:entity/norway"),
		http.StatusNotFound, "no statement says")
	wantError(t, get(t, ts, "/api/evidence", "subject", "kg:entity/russia", "predicate", "x", "object", "kg:entity/norway"),
		http.StatusBadRequest, "unknown predicate")
	wantError(t, get(t, ts, "/api/evidence", "subject", "kg:entity/russia"), http.StatusBadRequest, "parameter predicate is missing")

	en := schematest.English()
	r = get(t, ts, "/api/article", "iri", string(en.IRI(vocab)))
	if m := r.json(t); r.status != 200 || m["title"] != en.Article.Title || m["language"] != "en" || m["url"] != en.Article.URL {
		t.Errorf("article: %d %s", r.status, r.body)
	}
	wantError(t, get(t, ts, "/api/article", "iri", "kg:article/none"), http.StatusNotFound, "no article")
	wantError(t, get(t, ts, "/api/article"), http.StatusBadRequest, "parameter iri is missing")

	r = get(t, ts, "/api/subgraph", "iri", "<kg:entity/russia>", "iri", resIRI, "iri", "kg:entity/marela")
	var sg struct {
		Elements Elements `json:"elements"`
	}
	if err := json.Unmarshal(r.body, &sg); err != nil || len(sg.Elements.Nodes) != 3 || len(sg.Elements.Edges) != 1 {
		t.Errorf("subgraph: %d %s", r.status, r.body)
	}
}

func TestPageAndUnknownRoutes(t *testing.T) {
	_, ts := testServer(t, Options{})
	r := get(t, ts, "/")
	if r.status != 200 || !bytes.Contains(r.body, []byte(`<script src="cytoscape.min.js">`)) || !strings.HasPrefix(r.header.Get("Content-Type"), "text/html") {
		t.Errorf("index: %d %q", r.status, r.header.Get("Content-Type"))
	}
	for _, f := range []string{"/cytoscape.min.js", "/app.js", "/style.css"} {
		if r := get(t, ts, f); r.status != 200 || len(r.body) == 0 {
			t.Errorf("%s: %d", f, r.status)
		}
	}
	wantError(t, get(t, ts, "/api/nothing"), http.StatusNotFound, "no such API endpoint")
	if r := get(t, ts, "/nothing.html"); r.status != http.StatusNotFound {
		t.Errorf("/nothing.html: %d", r.status)
	}
	r = get(t, ts, "/api/vocabulary")
	if m := r.json(t); r.status != 200 || len(m["predicates"].([]any)) != len(schema.Predicates) {
		t.Errorf("vocabulary: %s", r.body)
	}
}

// TestExplorationLimits: query.timeout stops explorations (504) and
// query.limit bounds a neighbourhood's entities.
func TestExplorationLimits(t *testing.T) {
	_, ts := testServer(t, Options{QueryTimeout: time.Nanosecond})
	for _, path := range []string{"/api/neighbourhood?entity=kg:entity/russia", "/api/search?q=russ",
		"/api/path?from=kg:entity/russia&to=kg:entity/norway"} {
		wantError(t, do(t, http.MethodGet, ts.URL+path, "", nil), http.StatusGatewayTimeout, "timeout")
	}

	_, ts = testServer(t, Options{QueryLimit: 2})
	r := get(t, ts, "/api/neighbourhood", "entity", "Russia", "depth", "3")
	var res struct {
		Truncated bool     `json:"truncated"`
		Elements  Elements `json:"elements"`
	}
	if err := json.Unmarshal(r.body, &res); err != nil || r.status != 200 || !res.Truncated || len(res.Elements.Nodes) != 2 {
		t.Errorf("limit 2: %d %s", r.status, r.body)
	}
	wantError(t, get(t, ts, "/api/neighbourhood", "entity", "Russia", "max_nodes", "3"), http.StatusBadRequest, "parameter max_nodes")
}
