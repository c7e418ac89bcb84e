package export

import (
	"os"
	"path/filepath"
	"testing"

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
