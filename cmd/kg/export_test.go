package main

import (
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
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

	// TriG: the same store and answers as the N-Quads import; a TriG file
	// under another name imports with --format
	trig := filepath.Join(t.TempDir(), "kg.trig")
	ok(t, "export", "--store-path", store, "--format", "trig", "-o", trig)
	viaTriG := filepath.Join(t.TempDir(), "trig.db")
	if out := ok(t, "import", "--store-path", viaTriG, trig); !strings.Contains(out, "5 articles loaded") {
		t.Errorf("TriG import said %q", out)
	}
	b3, _ := json.Marshal(stats(t, "--store-path", viaTriG))
	if string(b3) != string(b1) {
		t.Fatalf("stats differ after TriG export and import:\n%s\n%s", b1, b3)
	}
	if a, b := ok(t, append(q, "--store-path", store)...), ok(t, append(q, "--store-path", viaTriG)...); a != b {
		t.Errorf("named query differs after TriG import:\n%s\n%s", a, b)
	}
	renamed := filepath.Join(t.TempDir(), "kg.data")
	data, _ := os.ReadFile(trig)
	os.WriteFile(renamed, data, 0o644)
	if r := kg(t, "", "import", "--store-path", filepath.Join(t.TempDir(), "x.db"), renamed); r.code != 1 || !strings.Contains(r.err, "kg.data:3: not an N-Quads statement") || !strings.Contains(r.err, "give --format trig") {
		t.Errorf("TriG read as N-Quads: exit %d, %q", r.code, r.err)
	}
	if out := ok(t, "import", "--store-path", viaTriG, "--format", "trig", renamed); !strings.Contains(out, "5 unchanged") {
		t.Errorf("import --format trig of the same articles said %q", out)
	}

	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.trig")
	os.WriteFile(bad, []byte("<kg:article/a> {\n  <kg:article/a> <kg:title> \"no end ;\n}\n"), 0o644)
	turtle := filepath.Join(dir, "kg.ttl")
	ok(t, "export", "--store-path", store, "--format", "turtle", "-o", turtle)
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
		{[]string{"import", bad}, 1, "bad.trig:2: not TriG: a line break in a \"...\" string"},
		{[]string{"import", turtle}, 1, "kg.ttl:5: Turtle has no graph names"},
		{[]string{"import", "--format", "rdfxml", file}, 2, `unknown --format "rdfxml" (use nquads or trig or turtle)`},
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

	// export -> TriG -> import into a fresh store: the same quads (the
	// N-Quads export of both, as sets) and the same answers as the
	// N-Quads path; also for the TriG rapper's Turtle makes of the N-Quads
	nq := file(export.NQuads)
	lines := func(store string) string {
		out := ok(t, "export", "--store-path", store, "--format", "nquads")
		l := strings.Split(strings.TrimSpace(out), "\n")
		sort.Strings(l)
		return strings.Join(l, "\n")
	}
	rapperTriG := filepath.Join(dir, "rapper.trig")
	if n := tooltest.RapperTriG(t, nq, rapperTriG); n != quads {
		t.Errorf("rapper read %d statements from its own TriG, stats say %d quads", n, quads)
	}
	want := lines(store)
	queries := [][]string{{"query", "--named", "actors", "vetoed", "resolution"}, {"query", "--named", "claims", "Staffan de Mistura"}, {"entities", "--format", "json"}}
	answers := func(store string) []string {
		var out []string
		for _, q := range queries {
			out = append(out, ok(t, append(q, "--store-path", store)...))
		}
		return out
	}
	wantAnswers := answers(store)
	for _, in := range []string{nq, file(export.TriG), rapperTriG} {
		other := filepath.Join(t.TempDir(), "kg.db")
		ok(t, "import", "-q", "--store-path", other, in)
		if got := lines(other); got != want {
			t.Errorf("%s: the imported store's quads differ from the source's", filepath.Base(in))
		}
		for i, a := range answers(other) {
			if a != wantAnswers[i] || len(a) < 10 {
				t.Errorf("%s: kg %s answers\n%s\nafter import, before:\n%s", filepath.Base(in), strings.Join(queries[i], " "), a, wantAnswers[i])
			}
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
