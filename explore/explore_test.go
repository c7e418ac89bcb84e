package explore

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/cayleygraph/quad"

	"kg/extract"
	"kg/graph"
	"kg/loaders"
	"kg/schema"
	"kg/schema/schematest"
)

var vocab = schema.New("")

// fixtureStores runs fn on a real on-disk store (bolt, or leveldb under the
// race detector) and on memstore, each holding the English and Norwegian
// fixture articles.
func fixtureStores(t *testing.T, fn func(t *testing.T, x *Explorer)) {
	disk := map[bool]string{false: "bolt", true: "leveldb"}[raceEnabled]
	for _, backend := range []string{disk, "memory"} {
		t.Run(backend, func(t *testing.T) {
			cfg := graph.Config{Backend: backend, Vocab: vocab}
			if backend != "memory" {
				cfg.Path = filepath.Join(t.TempDir(), "kg.db")
			}
			s, err := graph.Open(cfg)
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { s.Close() })
			for _, f := range []schematest.Fixture{schematest.English(), schematest.Norwegian()} {
				if _, err := s.PutArticle(context.Background(), f.IRI(vocab), f.Article.Hash, f.Quads(vocab)); err != nil {
					t.Fatal(err)
				}
			}
			fn(t, New(s.QuadStore(), vocab))
		})
	}
}

func ent(key string) quad.IRI { return vocab.Entity(key) }

// find returns the relation subject -predicate-> object of rels, or nil.
func find(rels []Relation, subject, predicate, object string) *Relation {
	for i, r := range rels {
		if r.Subject.IRI == string(ent(subject)) && r.Predicate == predicate && r.Object.IRI == string(ent(object)) {
			return &rels[i]
		}
	}
	return nil
}

func TestNeighbourhoodDepthOne(t *testing.T) {
	fixtureStores(t, func(t *testing.T, x *Explorer) {
		n, err := x.Neighbourhood(context.Background(), ent(schematest.Russia), Options{})
		if err != nil {
			t.Fatal(err)
		}
		if n.Center.Name != "Russia" || n.Center.Type != "Country" {
			t.Errorf("centre = %+v, want Russia (Country)", n.Center)
		}
		if len(n.Relations) != 2 {
			t.Fatalf("Russia has %d relations, want 2 (vetoed, represents): %+v", len(n.Relations), n.Relations)
		}
		veto := find(n.Relations, schematest.Russia, "vetoed", schematest.Resolution)
		if veto == nil {
			t.Fatalf("no vetoed edge: %+v", n.Relations)
		}
		// one statement in each article, dated 2024-03-12 both (two forms)
		if veto.Statements != 2 || veto.Articles != 2 {
			t.Errorf("vetoed support = %d statements, %d articles; want 2, 2", veto.Statements, veto.Articles)
		}
		if veto.FirstDate == "" || veto.LastDate == "" {
			t.Errorf("vetoed dates missing: %+v", veto)
		}
		if veto.Object.Name != "Kordavia ceasefire resolution" || veto.Object.Type != "Resolution" {
			t.Errorf("vetoed object = %+v", veto.Object)
		}
		rep := find(n.Relations, schematest.Petrov, "represents", schematest.Russia)
		if rep == nil || rep.Statements != 1 || rep.Articles != 1 || rep.FirstDate != "2024-03-12" {
			t.Errorf("represents edge = %+v, want 1 statement from 2024-03-12", rep)
		}
		if len(n.Nodes) != 3 || n.Nodes[0].IRI != string(ent(schematest.Russia)) || n.Nodes[0].Depth != 0 {
			t.Errorf("nodes = %+v, want Russia first and its 2 neighbours", n.Nodes)
		}
	})
}

func TestNeighbourhoodDepthTwoReachesTheDrafters(t *testing.T) {
	fixtureStores(t, func(t *testing.T, x *Explorer) {
		n, err := x.Neighbourhood(context.Background(), ent(schematest.Russia), Options{Depth: 2})
		if err != nil {
			t.Fatal(err)
		}
		depth := map[string]int{}
		for _, nd := range n.Nodes {
			depth[nd.Name] = nd.Depth
		}
		for name, want := range map[string]int{"Russia": 0, "Kordavia ceasefire resolution": 1, "Ivan Petrov": 1,
			"Norway": 2, "Ireland": 2, "Mexico": 2, "UN Security Council": 2} {
			if got, ok := depth[name]; !ok || got != want {
				t.Errorf("%s at depth %d (found %v), want %d", name, got, ok, want)
			}
		}
		if _, ok := depth["Kari Nordvik"]; ok {
			t.Errorf("Kari Nordvik is 3 hops away but is in the depth-2 neighbourhood")
		}
		d := find(n.Relations, schematest.Norway, "drafted", schematest.Resolution)
		if d == nil || d.Statements != 2 {
			t.Errorf("Norway drafted = %+v, want 2 statements", d)
		}
		for _, r := range n.Relations {
			if r.Subject.IRI == r.Object.IRI {
				t.Errorf("self loop %+v", r)
			}
		}
	})
}

func TestNeighbourhoodFilters(t *testing.T) {
	fixtureStores(t, func(t *testing.T, x *Explorer) {
		ctx := context.Background()
		n, err := x.Neighbourhood(ctx, ent(schematest.Resolution), Options{Predicates: []string{"Drafted"}})
		if err != nil {
			t.Fatal(err)
		}
		if len(n.Relations) != 3 {
			t.Errorf("drafted filter: %d relations, want 3 drafters: %+v", len(n.Relations), n.Relations)
		}
		for _, r := range n.Relations {
			if r.Predicate != "drafted" {
				t.Errorf("filter let through %s", r.Predicate)
			}
		}
		if _, err := x.Neighbourhood(ctx, ent(schematest.Resolution), Options{Predicates: []string{"likes"}}); err == nil ||
			!strings.Contains(err.Error(), `unknown predicate "likes"`) || !strings.Contains(err.Error(), "vetoed") {
			t.Errorf("unknown predicate error = %v", err)
		}

		// --since: the English article's date is 2024-03-12, the
		// Norwegian one 12.03.2024: both are on the 12th.
		since, _ := ParseSince("2024-03-12")
		n, err = x.Neighbourhood(ctx, ent(schematest.Russia), Options{Since: since})
		if err != nil {
			t.Fatal(err)
		}
		if v := find(n.Relations, schematest.Russia, "vetoed", schematest.Resolution); v == nil || v.Articles != 2 {
			t.Errorf("since the day itself: vetoed = %+v, want 2 articles", v)
		}
		since, _ = ParseSince("2024-03-13")
		n, err = x.Neighbourhood(ctx, ent(schematest.Russia), Options{Since: since})
		if err != nil {
			t.Fatal(err)
		}
		if len(n.Relations) != 0 || len(n.Nodes) != 1 {
			t.Errorf("since the next day: %d relations, %d nodes, want only the centre", len(n.Relations), len(n.Nodes))
		}

		n, err = x.Neighbourhood(ctx, ent(schematest.Resolution), Options{Depth: 3, MaxNodes: 3})
		if err != nil {
			t.Fatal(err)
		}
		if !n.Truncated || len(n.Nodes) != 3 {
			t.Errorf("MaxNodes 3: %d nodes, truncated %v", len(n.Nodes), n.Truncated)
		}
		if _, err := x.Neighbourhood(ctx, quad.IRI("kg:entity/nowhere"), Options{}); err == nil || !strings.Contains(err.Error(), "kg:entity/nowhere") {
			t.Errorf("unknown entity error = %v", err)
		}
	})
}

func TestPaths(t *testing.T) {
	fixtureStores(t, func(t *testing.T, x *Explorer) {
		ctx := context.Background()
		paths, err := x.Paths(ctx, ent(schematest.Petrov), ent(schematest.Nordvik), PathOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if len(paths) != 1 {
			t.Fatalf("%d paths from Petrov to Nordvik, want 1: %+v", len(paths), paths)
		}
		var chain []string
		for _, h := range paths[0].Hops {
			dir := ">"
			if !h.Forward {
				dir = "<"
			}
			chain = append(chain, h.From.Name+" "+dir+h.Predicate+" "+h.To.Name)
			if h.Evidence == nil || h.Evidence.Sentence == "" || h.Evidence.Article.Title == "" {
				t.Errorf("hop %s %s %s has no evidence: %+v", h.From.Name, h.Predicate, h.To.Name, h.Evidence)
			}
		}
		want := []string{"Ivan Petrov >represents Russia", "Russia >vetoed Kordavia ceasefire resolution",
			"Kordavia ceasefire resolution <drafted Norway", "Norway <represents Kari Nordvik"}
		if strings.Join(chain, " | ") != strings.Join(want, " | ") {
			t.Errorf("path = %q\nwant   %q", chain, want)
		}

		// Too short a bound, and entities in separate components: no path.
		if paths, err := x.Paths(ctx, ent(schematest.Petrov), ent(schematest.Nordvik), PathOptions{MaxDepth: 3}); err != nil || len(paths) != 0 {
			t.Errorf("max depth 3: %d paths, err %v; want none", len(paths), err)
		}
		if paths, err := x.Paths(ctx, ent(schematest.Marela), ent(schematest.Russia), PathOptions{MaxDepth: 10}); err != nil || len(paths) != 0 {
			t.Errorf("Marela to Russia: %d paths, err %v; want none", len(paths), err)
		}

		// Several shortest paths: Norway to Ireland via the resolution only.
		paths, err = x.Paths(ctx, ent(schematest.Norway), ent(schematest.Mexico), PathOptions{})
		if err != nil || len(paths) != 1 || len(paths[0].Hops) != 2 {
			t.Errorf("Norway to Mexico = %+v, %v; want one 2-hop path", paths, err)
		}
		if _, err := x.Paths(ctx, ent(schematest.Norway), ent(schematest.Norway), PathOptions{}); err == nil {
			t.Errorf("path from an entity to itself: no error")
		}
	})
}

func TestEvidenceAndArticle(t *testing.T) {
	fixtureStores(t, func(t *testing.T, x *Explorer) {
		ctx := context.Background()
		ev, err := x.Evidence(ctx, ent(schematest.Russia), "<kg:vetoed>", ent(schematest.Resolution))
		if err != nil {
			t.Fatal(err)
		}
		if len(ev) != 2 {
			t.Fatalf("%d evidence items for the veto, want 2", len(ev))
		}
		langs := map[string]string{}
		for _, e := range ev {
			langs[e.Language] = e.Sentence
			if e.Article.Date == "" || e.Article.IRI == "" || e.Confidence <= 0 {
				t.Errorf("evidence lacks article or confidence: %+v", e)
			}
		}
		if !strings.HasPrefix(langs["nb"], "Russland la ned veto") || !strings.HasPrefix(langs["en"], "Russia vetoed") {
			t.Errorf("evidence sentences by language = %q", langs)
		}
		if ev, err := x.Evidence(ctx, ent(schematest.Resolution), "vetoed", ent(schematest.Russia)); err != nil || len(ev) != 0 {
			t.Errorf("reversed edge: %d items, %v; want none", len(ev), err)
		}

		en := schematest.English()
		a, ok, err := x.Article(ctx, en.IRI(vocab))
		if err != nil || !ok {
			t.Fatalf("article: %v %v", ok, err)
		}
		if a.Title != en.Article.Title || a.Date != "2024-03-12" || a.Language != "en" || a.URL != en.Article.URL || a.Source == "" {
			t.Errorf("article = %+v", a)
		}
		if _, ok, err := x.Article(ctx, "kg:article/none"); ok || err != nil {
			t.Errorf("missing article: %v %v", ok, err)
		}
	})
}

func TestParseDate(t *testing.T) {
	for in, want := range map[string]string{
		"2024-03-12": "2024-03-12", "12.03.2024": "2024-03-12", "2016-12": "2016-12-01", "2016": "2016-01-01",
		"2024-03-12T10:00:00Z": "2024-03-12", "Tue, 12 Mar 2024 10:00:00 +0000": "2024-03-12",
		"12 March 2024": "2024-03-12", "March 12, 2024": "2024-03-12",
	} {
		got, ok := ParseDate(in)
		if !ok || got.Format(time.DateOnly) != want {
			t.Errorf("ParseDate(%q) = %v %v, want %s", in, got, ok, want)
		}
	}
	for _, bad := range []string{"", "yesterday", "32.13.2024"} {
		if _, ok := ParseDate(bad); ok {
			t.Errorf("ParseDate(%q) accepted", bad)
		}
	}
	if _, err := ParseSince("soon"); err == nil || !strings.Contains(err.Error(), `"soon"`) {
		t.Errorf("ParseSince error = %v", err)
	}
}

// TestAllShortestPaths: where A reaches D by three two-hop routes (via B, C
// and E, edges either way), every one is found, in a stable order, from
// either end; MaxPaths cuts them.
func TestAllShortestPaths(t *testing.T) {
	s, err := graph.Open(graph.Config{Backend: "memory", Vocab: vocab})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	doc := &extract.Document{ID: "diamond.txt", Language: "en"}
	for _, k := range []string{"a", "b", "c", "d", "e"} {
		doc.Entities = append(doc.Entities, extract.Entity{ID: k, Key: k, Name: strings.ToUpper(k), Type: "Organization"})
	}
	for i, r := range [][3]string{{"a", "supports", "b"}, {"a", "supports", "c"}, {"b", "opposes", "d"}, {"d", "attacked", "c"}, {"d", "supports", "e"}, {"a", "opposes", "e"}} {
		doc.Relations = append(doc.Relations, extract.Relation{Subject: r[0], Predicate: r[1], Object: r[2], Evidence: "S.", Start: i * 3, End: i*3 + 2, Confidence: 1})
	}
	art := loaders.Article{ID: "diamond.txt", Title: "Diamond", Date: "2024-01-01", Hash: "d"}
	if _, err := s.PutArticle(context.Background(), vocab.Article(art.ID), "d", vocab.ArticleQuads(art, doc, "d")); err != nil {
		t.Fatal(err)
	}
	x := New(s.QuadStore(), vocab)
	route := func(p Path) string {
		out := p.Hops[0].From.Name
		for _, h := range p.Hops {
			if h.Forward {
				out += " >" + h.Predicate + " " + h.To.Name
			} else {
				out += " <" + h.Predicate + " " + h.To.Name
			}
		}
		return out
	}
	for _, tc := range []struct {
		from, to string
		max      int
		want     []string
	}{
		{"a", "d", 0, []string{"A >supports B >opposes D", "A >supports C <attacked D", "A >opposes E <supports D"}},
		{"a", "d", 2, []string{"A >supports B >opposes D", "A >supports C <attacked D"}},
		{"d", "a", 0, []string{"D <opposes B <supports A", "D >attacked C <supports A", "D >supports E <opposes A"}},
		{"b", "c", 0, []string{"B <supports A >supports C", "B >opposes D >attacked C"}},
		{"a", "b", 0, []string{"A >supports B"}},
	} {
		paths, err := x.Paths(context.Background(), vocab.Entity(tc.from), vocab.Entity(tc.to), PathOptions{MaxPaths: tc.max})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, p := range paths {
			got = append(got, route(p))
		}
		if strings.Join(got, " | ") != strings.Join(tc.want, " | ") {
			t.Errorf("%s to %s (max %d):\n got %q\nwant %q", tc.from, tc.to, tc.max, got, tc.want)
		}
	}
}
