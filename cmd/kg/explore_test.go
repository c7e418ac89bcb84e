package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"kg/explore"
)

// seedsDir is the shared seed articles, or "" when they are absent.
func seedsDir(t *testing.T) string {
	t.Helper()
	dir, _ := filepath.Abs("../../../shared/seeds")
	if _, err := os.Stat(dir); err != nil {
		return ""
	}
	return dir
}

func exploreJSON(t *testing.T, args ...string) explore.Neighbourhood {
	t.Helper()
	var n explore.Neighbourhood
	out := ok(t, append([]string{"explore", "--format", "json"}, args...)...)
	if err := json.Unmarshal([]byte(out), &n); err != nil {
		t.Fatalf("explore --format json: %v\n%s", err, out)
	}
	return n
}

// TestExplore checks kg explore on the examples against the named query
// relations: the same edges, each with support and the right direction.
func TestExplore(t *testing.T) {
	store := setup(t)
	ok(t, "build", "-q", "--store-path", store, examples)

	n := exploreJSON(t, "--store-path", store, "Russland")
	if n.Center.IRI != "kg:entity/russia" || n.Center.Name != "Russia" || len(n.Relations) == 0 {
		t.Fatalf("explore Russland: centre %+v, %d relations", n.Center, len(n.Relations))
	}
	var fromExplore []string
	for _, r := range n.Relations {
		if r.Statements < r.Articles || r.Articles < 1 {
			t.Errorf("relation %s %s %s: %d statements, %d articles", r.Subject.Name, r.Predicate, r.Object.Name, r.Statements, r.Articles)
		}
		switch n.Center.IRI {
		case r.Subject.IRI:
			fromExplore = append(fromExplore, "out "+r.Predicate+" <"+r.Object.IRI+">")
		case r.Object.IRI:
			fromExplore = append(fromExplore, "in "+r.Predicate+" <"+r.Subject.IRI+">")
		default:
			t.Errorf("depth 1 relation does not touch Russia: %+v", r)
		}
	}
	var named []map[string]string
	if err := json.Unmarshal([]byte(ok(t, "query", "--store-path", store, "--named", "relations", "Russia")), &named); err != nil {
		t.Fatal(err)
	}
	var fromNamed []string
	for _, m := range named {
		other := m["object"]
		if m["direction"] == "in" {
			other = m["subject"]
		}
		fromNamed = append(fromNamed, m["direction"]+" "+m["predicate"]+" "+other)
	}
	sort.Strings(fromExplore)
	sort.Strings(fromNamed)
	if strings.Join(fromExplore, "\n") != strings.Join(fromNamed, "\n") {
		t.Errorf("explore and the named query relations disagree:\nexplore:\n%s\nnamed:\n%s", strings.Join(fromExplore, "\n"), strings.Join(fromNamed, "\n"))
	}

	text := ok(t, "explore", "--store-path", store, "Russia")
	if !strings.HasPrefix(text, "Russia (Country) kg:entity/russia\n") {
		t.Errorf("text output starts %q", strings.SplitN(text, "\n", 2)[0])
	}
	for _, r := range n.Relations {
		arrow, other := "→ "+r.Predicate, r.Object.Name
		if r.Object.IRI == n.Center.IRI {
			arrow, other = "← "+r.Predicate, r.Subject.Name
		}
		if !strings.Contains(text, arrow) || !strings.Contains(text, other) {
			t.Errorf("text output lacks %s %s:\n%s", arrow, other, text)
		}
	}

	dot := ok(t, "explore", "--store-path", store, "--format", "dot", "Russia")
	if !strings.HasPrefix(dot, "digraph kg {") || strings.Count(dot, " -> ") != len(n.Relations) {
		t.Errorf("dot output:\n%s", dot)
	}

	// Depth 2 reaches further and keeps every depth-1 relation.
	n2 := exploreJSON(t, "--store-path", store, "--depth", "2", "Russia")
	if len(n2.Relations) < len(n.Relations) || len(n2.Nodes) < len(n.Nodes) {
		t.Errorf("depth 2 has %d relations, %d nodes; depth 1 %d, %d", len(n2.Relations), len(n2.Nodes), len(n.Relations), len(n.Nodes))
	}
	// --predicate keeps only that relation.
	p := n.Relations[0].Predicate
	for _, r := range exploreJSON(t, "--store-path", store, "--predicate", p, "Russia").Relations {
		if r.Predicate != p {
			t.Errorf("--predicate %s let through %s", p, r.Predicate)
		}
	}
	// --since in the far future leaves nothing.
	if fut := exploreJSON(t, "--store-path", store, "--since", "2999-01-01", "Russia"); len(fut.Relations) != 0 {
		t.Errorf("--since 2999: %d relations", len(fut.Relations))
	}

	for _, tc := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"explore", "Atlantis"}, 1, `ENTITY "Atlantis" matches no entity`},
		{[]string{"explore", "--depth", "0", "Russia"}, 2, "--depth must be at least 1"},
		{[]string{"explore", "--format", "xml", "Russia"}, 2, `unknown --format "xml"`},
		{[]string{"explore", "--since", "soon", "Russia"}, 2, `--since: cannot read date "soon"`},
		{[]string{"explore", "--predicate", "likes", "Russia"}, 2, `--predicate: unknown predicate "likes"`},
		{[]string{"explore"}, 2, "accepts 1 arg"},
	} {
		r := kg(t, "", append(tc.args, "--store-path", store)...)
		if r.code != tc.code || !strings.Contains(r.err, tc.want) {
			t.Errorf("kg %s: exit %d, stderr %q; want %d and %q", strings.Join(tc.args, " "), r.code, r.err, tc.code, tc.want)
		}
	}
}

// TestExploreAmbiguous: a name that several entities share lists them.
func TestExploreAmbiguous(t *testing.T) {
	store := setup(t)
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a.txt"), []byte("Russia vetoed the draft resolution on Syria at the UN Security Council on Monday."), 0o644)
	os.WriteFile(filepath.Join(dir, "b.txt"), []byte("China vetoed a draft resolution on Sudan at the UN Security Council on Friday."), 0o644)
	ok(t, "build", "-q", "--store-path", store, dir)
	var list []struct{ Name, IRI string }
	if err := json.Unmarshal([]byte(ok(t, "entities", "--store-path", store, "--format", "json")), &list); err != nil {
		t.Fatal(err)
	}
	byName := map[string][]string{}
	for _, e := range list {
		byName[e.Name] = append(byName[e.Name], e.IRI)
	}
	name := ""
	for n, iris := range byName {
		if len(iris) > 1 {
			name = n
		}
	}
	if name == "" {
		t.Skipf("the extractor gave no two entities the same name: %v", byName)
	}
	r := kg(t, "", "explore", "--store-path", store, name)
	if r.code != 1 || !strings.Contains(r.err, fmt.Sprintf("ENTITY %q is ambiguous", name)) {
		t.Fatalf("explore %s: exit %d, stderr %q", name, r.code, r.err)
	}
	for _, iri := range byName[name] {
		if !strings.Contains(r.err, iri) {
			t.Errorf("candidates lack %s:\n%s", iri, r.err)
		}
	}
	if r.out != "" {
		t.Errorf("ambiguous explore printed %q", r.out)
	}
}

// TestPath finds a path to an entity two hops from Russia on the examples,
// and checks that a smaller bound finds none (exit status 1).
func TestPath(t *testing.T) {
	store := setup(t)
	ok(t, "build", "-q", "--store-path", store, examples)
	n := exploreJSON(t, "--store-path", store, "--depth", "2", "Russia")
	target := ""
	for _, nd := range n.Nodes {
		if nd.Depth == 2 {
			target = nd.IRI
			break
		}
	}
	if target == "" {
		t.Fatalf("no entity two hops from Russia in the examples: %+v", n.Nodes)
	}
	var paths []explore.Path
	out := ok(t, "path", "--store-path", store, "--format", "json", "Russland", target)
	if err := json.Unmarshal([]byte(out), &paths); err != nil {
		t.Fatal(err)
	}
	if len(paths) == 0 {
		t.Fatalf("no path from Russia to %s", target)
	}
	for _, p := range paths {
		if len(p.Hops) != 2 || p.Hops[0].From.IRI != "kg:entity/russia" || p.Hops[1].To.IRI != target || p.Hops[0].To.IRI != p.Hops[1].From.IRI {
			t.Errorf("path %+v is not a 2-hop chain from Russia to %s", p, target)
		}
		for _, h := range p.Hops {
			if h.Evidence == nil || h.Evidence.Sentence == "" || h.Statements < 1 {
				t.Errorf("hop %s %s %s without evidence", h.From.Name, h.Predicate, h.To.Name)
			}
		}
	}
	text := ok(t, "path", "--store-path", store, "Russia", target)
	if !strings.Contains(text, "of 2 hops from Russia to ") || !strings.Contains(text, "“"+paths[0].Hops[0].Evidence.Sentence) {
		t.Errorf("path text:\n%s", text)
	}

	r := kg(t, "", "path", "--store-path", store, "--max-depth", "1", "Russia", target)
	if r.code != 1 || !strings.Contains(r.err, "no path between Russia and "+target+" within 1 hops") || r.out != "" {
		t.Errorf("max-depth 1: exit %d, stdout %q, stderr %q", r.code, r.out, r.err)
	}
	r = kg(t, "", "path", "--store-path", store, "Russia", "Russland")
	if r.code != 2 || !strings.Contains(r.err, "same entity") {
		t.Errorf("path to itself: exit %d, stderr %q", r.code, r.err)
	}
	r = kg(t, "", "path", "--store-path", store, "Russia")
	if r.code != 2 {
		t.Errorf("one argument: exit %d", r.code)
	}
}

// TestServe runs kg serve in-process on a free port, queries it, and stops
// it by cancelling its context.
func TestServe(t *testing.T) {
	store := setup(t)
	ok(t, "build", "-q", "--store-path", store, examples)
	ctx, cancel := context.WithCancel(context.Background())
	pr, pw := io.Pipe()
	var errb strings.Builder
	done := make(chan int, 1)
	go func() {
		done <- run(ctx, []string{"serve", "--store-path", store, "--addr", "127.0.0.1:0", "--timeout", "3s"}, strings.NewReader(""), pw, &errb)
		pw.Close()
	}()
	line, err := bufio.NewReader(pr).ReadString('\n')
	if err != nil {
		cancel()
		t.Fatalf("no startup line: %v (stderr %q)", err, errb.String())
	}
	go io.Copy(io.Discard, pr)
	i, j := strings.Index(line, "http://"), strings.LastIndex(line, "/ ")
	if i < 0 || j < i {
		cancel()
		t.Fatalf("startup line %q has no URL", line)
	}
	base := line[i:j]

	resp, err := http.Get(base + "/api/search?q=" + url.QueryEscape("Russland"))
	if err != nil {
		t.Fatal(err)
	}
	var res struct {
		Results []struct{ IRI string } `json:"results"`
	}
	json.NewDecoder(resp.Body).Decode(&res)
	resp.Body.Close()
	if resp.StatusCode != 200 || len(res.Results) == 0 || res.Results[0].IRI != "kg:entity/russia" {
		t.Errorf("search Russland: %d %+v", resp.StatusCode, res)
	}
	resp, err = http.Post(base+"/api/v1/query/gizmo", "text/plain", strings.NewReader(`g.V("<kg:entity/russia>").Out("<kg:name>").All()`))
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(b), `"Russia"`) {
		t.Errorf("gizmo: %d %s", resp.StatusCode, b)
	}

	cancel()
	select {
	case code := <-done:
		if code != 0 {
			t.Errorf("serve exited %d: %s", code, errb.String())
		}
	case <-time.After(10 * time.Second):
		t.Fatal("serve did not stop after its context was cancelled")
	}

	r := kg(t, "", "serve", "--store-path", store, "--addr", "nonsense")
	if r.code != 1 || !strings.Contains(r.err, "--addr nonsense") {
		t.Errorf("bad --addr: exit %d, stderr %q", r.code, r.err)
	}
	r = kg(t, "", "serve", "--store-path", filepath.Join(t.TempDir(), "none"))
	if r.code != 1 || !strings.Contains(r.err, "no store at") {
		t.Errorf("missing store: exit %d, stderr %q", r.code, r.err)
	}
}
