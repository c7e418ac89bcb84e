package export

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/jsonld"

	"kg/graph"
	"kg/schema"

	"kg/export/tooltest"
	"kg/schema/schematest"
)

// TestTools has real tools read every export of the fixture store: rapper
// parses N-Quads, TriG and Turtle, dot renders DOT, networkx reads GraphML
// and GML; the counts must match what was written.
// One article is replaced, so TriG holds two blocks of its graph.
func TestTools(t *testing.T) {
	s := fixtureStore(t, "memory", append(fixtures(), schematest.EnglishRevised())...)
	e := newExporter(t, s, Selection{})
	dir := t.TempDir()
	write := func(format string) (string, Counts) {
		data, c := export(t, e, format)
		p := filepath.Join(dir, "kg."+format)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p, c
	}
	for _, syntax := range []string{NQuads, TriG, Turtle} {
		t.Run(syntax, func(t *testing.T) {
			p, c := write(syntax)
			if n := tooltest.Rapper(t, syntax, p); n != c.Quads {
				t.Errorf("rapper read %d statements, kg wrote %d", n, c.Quads)
			}
		})
	}
	t.Run("dot", func(t *testing.T) {
		p, c := write(DOT)
		if n, m := tooltest.DotSVG(t, p); n != c.Nodes || m != c.Edges {
			t.Errorf("dot drew %d nodes and %d edges, kg wrote %d and %d", n, m, c.Nodes, c.Edges)
		}
	})
	cafe := string(vocab.Entity("cafe-noir"))
	for _, format := range []string{GraphML, GML} {
		t.Run(format, func(t *testing.T) {
			p, c := write(format)
			g := tooltest.NetworkX(t, format, p)
			if g.Nodes != c.Nodes || g.Edges != c.Edges {
				t.Errorf("networkx read %d nodes and %d edges, kg wrote %d and %d", g.Nodes, g.Edges, c.Nodes, c.Edges)
			}
			if name := g.Names[cafe]; name != `Café "Noir" & <Sønner>\AS` {
				t.Errorf("networkx read the name of %s as %q", cafe, name)
			}
		})
	}
}

// TestBaseIRI exports under an https base_iri: rapper and json-gold read
// the files and import gives back the store. A base without a scheme
// cannot make absolute IRIs and is refused.
func TestBaseIRI(t *testing.T) {
	ctx := context.Background()
	v := schema.New("https://example.org/kg/")
	open := func() *graph.Store {
		s, err := graph.Open(graph.Config{Backend: "memory", Vocab: v})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close() })
		return s
	}
	s := open()
	for _, f := range fixtures() {
		if _, err := s.PutArticle(ctx, f.IRI(v), f.Article.Hash, f.Quads(v)); err != nil {
			t.Fatal(err)
		}
	}
	e := newExporter(t, s, Selection{})
	dir := t.TempDir()
	nq, c := export(t, e, NQuads)
	if !strings.Contains(string(nq), "<https://example.org/kg/entity/russia> <https://example.org/kg/type> <https://example.org/kg/Country>") {
		t.Errorf("N-Quads do not use the base IRI")
	}
	file := filepath.Join(dir, "kg.nq")
	os.WriteFile(file, nq, 0o644)
	dst := open()
	if _, err := Import(ctx, dst, file); err != nil {
		t.Fatal(err)
	}
	equalLists(t, "import under https base", storeQuads(t, dst), storeQuads(t, s))
	// a store with kg's default base cannot take these articles
	if _, err := Import(ctx, openStore(t, "memory"), file); err == nil || !strings.Contains(err.Error(), `is base_iri "kg:"`) {
		t.Errorf("import under another base: %v", err)
	}

	ld, _ := export(t, e, JSONLD)
	r := jsonld.NewReader(bytes.NewReader(ld))
	n := 0
	for {
		if _, err := r.ReadQuad(); err == io.EOF {
			break
		} else if err != nil {
			t.Fatal(err)
		}
		n++
	}
	if n != c.Quads {
		t.Errorf("JSON-LD under an https base: %d quads, want %d", n, c.Quads)
	}
	trig, _ := export(t, e, TriG)
	os.WriteFile(filepath.Join(dir, "kg.trig"), trig, 0o644)
	if got := tooltest.Rapper(t, TriG, filepath.Join(dir, "kg.trig")); got != c.Quads {
		t.Errorf("rapper read %d statements, want %d", got, c.Quads)
	}

	rel, err := graph.Open(graph.Config{Backend: "memory", Vocab: schema.New("kg/")})
	if err != nil {
		t.Fatal(err)
	}
	defer rel.Close()
	if _, err := newExporter(t, rel, Selection{}).WriteRDF(ctx, NQuads, io.Discard); err == nil || !strings.Contains(err.Error(), "not an absolute IRI") {
		t.Errorf("relative base: %v", err)
	}
}

// TestRapperTriG imports TriG that kg did not write: tooltest.RapperTriG
// turns the N-Quads export of the fixture store (the awkward article's
// escapes, a replaced article) into TriG from rapper's Turtle, and rapper
// checks it. Importing it must give the same store as the source. The
// Turtle rapper writes for the whole file must parse to the same triples
// as the N-Quads.
func TestRapperTriG(t *testing.T) {
	ctx := context.Background()
	src := fixtureStore(t, "memory", append(fixtures(), schematest.EnglishRevised())...)
	nq, c := export(t, newExporter(t, src, Selection{}), NQuads)
	dir := t.TempDir()
	nqFile, trigFile := filepath.Join(dir, "kg.nq"), filepath.Join(dir, "rapper.trig")
	os.WriteFile(nqFile, nq, 0o644)
	if n := tooltest.RapperTriG(t, nqFile, trigFile); n != c.Quads {
		t.Fatalf("rapper reads %d statements in the assembled TriG, the export has %d", n, c.Quads)
	}
	trig, _ := os.ReadFile(trigFile)
	if !bytes.Contains(trig, []byte(", <kg:entity/")) || !bytes.Contains(trig, []byte("<kg:start> 0 ;")) {
		t.Fatalf("rapper's Turtle has no ',' lists or bare numbers; the test does not test what it says:\n%.2000s", trig)
	}
	dst := openStore(t, "memory")
	res, err := Import(ctx, dst, trigFile)
	if err != nil {
		t.Fatal(err)
	}
	if res.Quads != c.Quads {
		t.Errorf("imported %d quads, exported %d", res.Quads, c.Quads)
	}
	equalLists(t, "store imported from rapper's TriG", storeQuads(t, dst), storeQuads(t, src))
	if a, b := askDrafters(t, src), askDrafters(t, dst); a != b {
		t.Errorf("named query differs:\n%s\n%s", a, b)
	}

	// the whole file as one Turtle document: the same triples
	ttl := tooltest.RapperConvert(t, "nquads", "turtle", nqFile)
	var got []quad.Quad
	if _, err := readTurtle(ctx, "rapper.ttl", strings.NewReader(ttl), false, func(lq lineQuad) error {
		got = append(got, lq.q)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	triples := map[string]bool{}
	for _, q := range readNQ(t, nq) {
		q.Label = nil
		triples[schema.QuadKey(q)] = true
	}
	var want []string
	for k := range triples {
		want = append(want, k)
	}
	sort.Strings(want)
	equalLists(t, "rapper's Turtle read back", keys(got), want)
}
