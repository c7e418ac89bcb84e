package main

import (
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"kg/export"
	"kg/export/tooltest"
)

// TestExportImport exports the examples as N-Quads, imports them into a
// new store and compares stats and a named query; then bad command lines.
func TestExportImport(t *testing.T) {
	store := setup(t)
	ok(t, "build", "-q", "--store-path", store, examples)
	file := filepath.Join(t.TempDir(), "kg.nq")
	out := ok(t, "export", "--store-path", store, "--format", "nquads", "-o", file)
	before := stats(t, "--store-path", store)
	if want := "wrote " + strconv.Itoa(count(t, before, "quads")) + " quads to " + file; strings.TrimSpace(out) != want {
		t.Errorf("export said %q, want %q", out, want)
	}
	other := filepath.Join(t.TempDir(), "other.db")
	out = ok(t, "import", "--store-path", other, file)
	if !strings.Contains(out, "5 articles loaded") {
		t.Errorf("import said %q", out)
	}
	after := stats(t, "--store-path", other)
	b1, _ := json.Marshal(before)
	b2, _ := json.Marshal(after)
	if string(b1) != string(b2) {
		t.Fatalf("stats differ after export and import:\n%s\n%s", b1, b2)
	}
	q := []string{"query", "--named", "actors", "vetoed", "draft resolution"}
	if a, b := ok(t, append(q, "--store-path", store)...), ok(t, append(q, "--store-path", other)...); a != b {
		t.Errorf("named query differs after import:\n%s\n%s", a, b)
	}
	// stdout when there is no -o; rm works on imported articles
	if nq := ok(t, "export", "--store-path", other, "--article", filepath.Join(examples, "en-envoy.txt")); !strings.HasSuffix(nq, " .\n") || strings.Count(nq, "\n") >= count(t, after, "quads") {
		t.Errorf("--article to stdout: %d lines", strings.Count(nq, "\n"))
	}
	ok(t, "rm", "--store-path", other, filepath.Join(examples, "en-envoy.txt"))
	if n := count(t, stats(t, "--store-path", other), "articles"); n != 4 {
		t.Errorf("rm after import: %d articles", n)
	}

	dir := t.TempDir()
	ok(t, "export", "--store-path", store, "--format", "csv", "-o", dir+"/neo/")
	for _, f := range []string{"nodes.csv", "relationships.csv"} {
		if _, err := os.Stat(filepath.Join(dir, "neo", f)); err != nil {
			t.Errorf("csv export: %v", err)
		}
	}

	for _, c := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"export", "--format", "rdfxml"}, 2, `unknown --format "rdfxml"`},
		{[]string{"export", "--format", "csv"}, 2, "--format csv writes two files"},
		{[]string{"export", "--depth", "2"}, 2, "--depth needs --entity"},
		{[]string{"export", "--since", "yesterday"}, 2, `--since "yesterday"`},
		{[]string{"export", "--entity", "Atlantis"}, 2, `--entity "Atlantis": no entity`},
		{[]string{"export", "-o", filepath.Join(dir, "no", "such", "dir", "x.nq")}, 1, "x.nq: cannot create"},
		{[]string{"import", filepath.Join(dir, "missing.nq")}, 1, "missing.nq: no such file"},
		{[]string{"import"}, 2, "accepts 1 arg"},
		{[]string{"import", "-"}, 1, "save standard input to a file"},
		{[]string{"import", dir}, 1, "is a directory"},
	} {
		r := kg(t, "", append(c.args, "--store-path", store)...)
		if r.code != c.code || !strings.HasPrefix(r.err, "kg: ") || !strings.Contains(r.err, c.want) {
			t.Errorf("kg %s: exit %d, stderr %q; want exit %d and %q", strings.Join(c.args, " "), r.code, r.err, c.code, c.want)
		}
	}
}

// TestExportSeeds is the definition of done: from a store built on
// ../shared/seeds every format exports, a real tool reads each file, and
// the counts agree with kg stats (entities, relations, quads).
func TestExportSeeds(t *testing.T) {
	seeds, _ := filepath.Abs("../../../shared/seeds")
	if _, err := os.Stat(seeds); err != nil {
		t.Skipf("no seed articles at %s", seeds)
	}
	store := setup(t)
	ok(t, "build", "-q", "--store-path", store, seeds)
	st := stats(t, "--store-path", store)
	entities, relations, quads := count(t, st, "entities"), count(t, st, "relations"), count(t, st, "quads")
	if entities == 0 || relations == 0 {
		t.Fatalf("the seeds gave %d entities, %d relations", entities, relations)
	}
	dir := t.TempDir()
	file := func(format string) string {
		p := filepath.Join(dir, "seeds."+format)
		if format == export.CSV {
			p = dir + "/csv/"
		}
		ok(t, "export", "--store-path", store, "--format", format, "-o", p)
		return p
	}

	for _, f := range []string{export.NQuads, export.TriG, export.Turtle} {
		if n := tooltest.Rapper(t, f, file(f)); n != quads {
			t.Errorf("rapper read %d statements from %s, stats say %d quads", n, f, quads)
		}
	}

	var cy export.CytoscapeGraph
	data, _ := os.ReadFile(file(export.Cytoscape))
	if err := json.Unmarshal(data, &cy); err != nil {
		t.Fatalf("cytoscape: %v", err)
	}
	edges, statements := len(cy.Elements.Edges), 0
	for _, e := range cy.Elements.Edges {
		statements += e.Data.Statements
	}
	if len(cy.Elements.Nodes) != entities || statements != relations {
		t.Errorf("cytoscape: %d nodes, %d statements; stats: %d entities, %d relations", len(cy.Elements.Nodes), statements, entities, relations)
	}

	for _, f := range []string{export.GraphML, export.GML} {
		g := tooltest.NetworkX(t, f, file(f))
		if g.Nodes != entities || g.Edges != edges || g.Statements != relations {
			t.Errorf("networkx read %s: %d nodes, %d edges, %d statements; want %d, %d, %d", f, g.Nodes, g.Edges, g.Statements, entities, edges, relations)
		}
	}
	if n, m := tooltest.DotSVG(t, file(export.DOT)); n != entities || m != edges {
		t.Errorf("dot drew %d nodes and %d edges; want %d and %d", n, m, entities, edges)
	}

	csvDir := file(export.CSV)
	read := func(name string) [][]string {
		f, err := os.Open(filepath.Join(csvDir, name))
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		rows, err := csv.NewReader(f).ReadAll()
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		return rows
	}
	nodes, rels := read("nodes.csv"), read("relationships.csv")
	sum := 0
	for _, r := range rels[1:] {
		n, _ := strconv.Atoi(r[4])
		sum += n
	}
	if len(nodes)-1 != entities || len(rels)-1 != edges || sum != relations {
		t.Errorf("csv: %d nodes, %d relationships, %d statements; want %d, %d, %d", len(nodes)-1, len(rels)-1, sum, entities, edges, relations)
	}

	// JSON-LD: valid JSON with one named graph per article
	var ld struct {
		Graph []struct {
			ID    string `json:"@id"`
			Graph []any  `json:"@graph"`
		} `json:"@graph"`
	}
	data, _ = os.ReadFile(file(export.JSONLD))
	if err := json.Unmarshal(data, &ld); err != nil || len(ld.Graph) != count(t, st, "articles") {
		t.Errorf("jsonld: %d graphs (%v), want one per article (%d)", len(ld.Graph), err, count(t, st, "articles"))
	}
}
