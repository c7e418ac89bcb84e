package export

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/jsonld"
	"github.com/cayleygraph/quad/nquads"

	"kg/extract"
	"kg/graph"
	"kg/graph/pgtest"
	"kg/loaders"
	"kg/queries"
	"kg/schema"
	"kg/schema/schematest"
)

var vocab = schema.New("")

// diskBackend is bolt, or leveldb under the race detector (boltdb/bolt
// v1.3.1 fails its checkptr check; see raceEnabled).
func diskBackend() string {
	if raceEnabled {
		return "leveldb"
	}
	return "bolt"
}

// awkward is an article whose names and sentences need escaping in every
// format: quotes, backslashes, a tab and a newline, markup characters and
// non-ASCII letters.
func awkward() schematest.Fixture {
	text := "Café \"Noir\" & <Sønner>\\AS signed with Ærø Kommune.\tIt said: \"yes\"\nand left."
	a := loaders.Article{ID: "test/awkward.txt", Source: "test/awkward.txt", Text: text, Language: "nb",
		Date: "2023-05-06", Title: `Tittel med "sitat" og \ skråstrek`, Hash: "awkward-hash-1"}
	d := &extract.Document{ID: a.ID, Language: "nb",
		Entities: []extract.Entity{
			{ID: "e1", Key: "cafe-noir", Name: `Café "Noir" & <Sønner>\AS`, Type: "Company", Aliases: []string{"Café Noir"}},
			{ID: "e2", Key: "aero-kommune", Name: "Ærø Kommune", Type: "GovernmentOrganization",
				Labels: map[string][]string{"nb": {"Ærø Kommune"}, "en": {"Aero municipality"}}},
		},
		Relations: []extract.Relation{{Subject: "e1", Predicate: "negotiatesWith", Object: "e2",
			Evidence: text, Start: 0, End: len(text), Confidence: 0.5}},
		Claims: []extract.Claim{{Speaker: "e1", Text: "\"yes\"\nand left", Evidence: text, Start: 0, End: len(text)}},
	}
	return schematest.Fixture{Article: a, Doc: d}
}

func fixtures() []schematest.Fixture {
	return []schematest.Fixture{schematest.English(), schematest.Norwegian(), awkward()}
}

// backends are the stores the round-trip and property-graph tests run on:
// bolt (leveldb under -race), memory and, when KG_TEST_POSTGRES names a
// server or CI=true, postgres (see pgtest).
func backends() []string {
	list := []string{diskBackend(), "memory"}
	if pgtest.Configured() || os.Getenv("CI") == "true" {
		list = append(list, "postgres")
	}
	return list
}

// openStore opens a fresh store of backend: in a temporary directory, or
// a database of its own on the postgres test server.
func openStore(t *testing.T, backend string) *graph.Store {
	t.Helper()
	cfg := graph.Config{Backend: backend, Path: filepath.Join(t.TempDir(), "kg.db"), Vocab: vocab}
	if backend == "postgres" {
		cfg.Address = pgtest.Database(t)
	}
	s, err := graph.Open(cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// fixtureStore is a store holding fs (default: fixtures()).
func fixtureStore(t *testing.T, backend string, fs ...schematest.Fixture) *graph.Store {
	t.Helper()
	s := openStore(t, backend)
	if len(fs) == 0 {
		fs = fixtures()
	}
	for _, f := range fs {
		if _, err := s.PutArticle(context.Background(), f.IRI(vocab), f.Article.Hash, f.Quads(vocab)); err != nil {
			t.Fatal(err)
		}
	}
	return s
}

// storeQuads is every live quad in the store, as N-Quads lines, sorted.
func storeQuads(t *testing.T, s *graph.Store) []string {
	t.Helper()
	qs := s.QuadStore()
	it := qs.QuadsAllIterator()
	defer it.Close()
	var out []string
	for it.Next(context.Background()) {
		out = append(out, schema.QuadKey(qs.Quad(it.Result())))
	}
	if err := it.Err(); err != nil {
		t.Fatal(err)
	}
	sort.Strings(out)
	return out
}

func keys(qs []quad.Quad) []string {
	out := make([]string, len(qs))
	for i, q := range qs {
		out[i] = schema.QuadKey(q)
	}
	sort.Strings(out)
	return out
}

func newExporter(t *testing.T, s *graph.Store, sel Selection) *Exporter {
	t.Helper()
	e, err := New(context.Background(), s, sel)
	if err != nil {
		t.Fatal(err)
	}
	return e
}

func export(t *testing.T, e *Exporter, format string) ([]byte, Counts) {
	t.Helper()
	var b bytes.Buffer
	c, err := e.Write(context.Background(), format, &b)
	if err != nil {
		t.Fatalf("%s: %v", format, err)
	}
	return b.Bytes(), c
}

func readNQ(t *testing.T, data []byte) []quad.Quad {
	t.Helper()
	r := nquads.NewReader(bytes.NewReader(data), false)
	var out []quad.Quad
	for {
		q, err := r.ReadQuad()
		if err == io.EOF {
			return out
		}
		if err != nil {
			t.Fatalf("N-Quads do not parse: %v", err)
		}
		out = append(out, q)
	}
}

// readExport reads N-Quads that kg exported as kg import stores them:
// names without their language tag.
func readExport(t *testing.T, data []byte) []quad.Quad {
	t.Helper()
	qs := readNQ(t, data)
	for i, q := range qs {
		if ls, ok := q.Object.(quad.LangString); ok && q.Predicate == vocab.Term(schema.TermName) {
			qs[i].Object = ls.Value
		}
	}
	return qs
}

func equalLists(t *testing.T, what string, got, want []string) {
	t.Helper()
	if strings.Join(got, "\n") == strings.Join(want, "\n") {
		return
	}
	g, w := map[string]bool{}, map[string]bool{}
	for _, x := range got {
		g[x] = true
	}
	for _, x := range want {
		w[x] = true
	}
	n := 0
	for _, x := range want {
		if !g[x] && n < 5 {
			t.Errorf("%s: missing %q", what, x)
			n++
		}
	}
	for _, x := range got {
		if !w[x] && n < 10 {
			t.Errorf("%s: extra %q", what, x)
			n++
		}
	}
	t.Fatalf("%s: %d items, want %d", what, len(got), len(want))
}

// TestNQuadsRoundTrip exports the whole store as N-Quads, reads the file
// back with Cayley's parser, imports it into a fresh store and compares the
// quads and a named query's answer; kg rm still works on the imported store.
// The English article is replaced by its revision first, so its quads are
// not all together in the store.
func TestNQuadsRoundTrip(t *testing.T) {
	for _, b := range backends() {
		t.Run(b, func(t *testing.T) { testNQuadsRoundTrip(t, b) })
	}
}

func testNQuadsRoundTrip(t *testing.T, backend string) {
	ctx := context.Background()
	src := fixtureStore(t, backend, append(fixtures(), schematest.EnglishRevised())...)
	data, c := export(t, newExporter(t, src, Selection{}), NQuads)
	want := storeQuads(t, src)
	parsed := readExport(t, data)
	if c.Quads != len(want) || len(parsed) != len(want) {
		t.Fatalf("wrote %d quads, file has %d, store has %d", c.Quads, len(parsed), len(want))
	}
	equalLists(t, "exported quads", keys(parsed), want)
	for _, q := range parsed {
		if _, ok := q.Label.(quad.IRI); !ok {
			t.Fatalf("quad without an article graph: %v", q)
		}
	}
	// typed literals carry full datatype IRIs
	if !bytes.Contains(data, []byte(`^^<http://www.w3.org/2001/XMLSchema#integer>`)) || bytes.Contains(data, []byte("^^<xsd:")) {
		t.Error("integers are not typed with the full xsd IRI")
	}

	file := filepath.Join(t.TempDir(), "kg.nq")
	os.WriteFile(file, data, 0o644)
	dst := openStore(t, backend)
	res, err := Import(ctx, dst, file)
	if err != nil {
		t.Fatal(err)
	}
	if res.Loaded != len(fixtures()) || res.Quads != len(want) {
		t.Fatalf("import: %+v", res)
	}
	equalLists(t, "imported store", storeQuads(t, dst), want)

	ask := func(s *graph.Store) string { return askDrafters(t, s) }
	if a, b := ask(src), ask(dst); a != b || !strings.Contains(a, "Norway") {
		t.Fatalf("named query differs after import:\n%s\n%s", a, b)
	}

	// Importing again changes nothing: every article keeps its hash.
	if res, err := Import(ctx, dst, file); err != nil || res.Unchanged != len(fixtures()) {
		t.Fatalf("second import: %+v %v", res, err)
	}
	// kg rm's deletion finds every imported quad of the article.
	en := schematest.English().IRI(vocab)
	if _, err := dst.DeleteArticle(ctx, en); err != nil {
		t.Fatal(err)
	}
	if left, err := dst.ScanLabel(ctx, en); err != nil || len(left) != 0 {
		t.Fatalf("after deleting an imported article %d of its quads are left (%v)", len(left), err)
	}
}

// askDrafters is the answer to the named query "who drafted the draft
// resolution", as a sorted set of JSON rows (memstore answers in insertion
// order).
func askDrafters(t *testing.T, s *graph.Store) string {
	t.Helper()
	res, err := queries.RunNamed(context.Background(), s.QuadStore(), vocab, "actors", []string{"drafted", "draft resolution"}, queries.Options{})
	if err != nil {
		t.Fatal(err)
	}
	rows := make([]string, len(res))
	for i, r := range res {
		b, _ := json.Marshal(r)
		rows[i] = string(b)
	}
	sort.Strings(rows)
	return strings.Join(rows, "\n")
}

// TestTriGRoundTrip exports the store as TriG, imports the file into a
// fresh store and finds the same quads and the same answer to a named
// query as the N-Quads path; exporting the imported store gives the same
// statements again, and a second import changes nothing.
func TestTriGRoundTrip(t *testing.T) {
	for _, b := range backends() {
		t.Run(b, func(t *testing.T) { testTriGRoundTrip(t, b) })
	}
}

func testTriGRoundTrip(t *testing.T, backend string) {
	ctx := context.Background()
	src := fixtureStore(t, backend, append(fixtures(), schematest.EnglishRevised())...)
	want := storeQuads(t, src)
	data, c := export(t, newExporter(t, src, Selection{}), TriG)
	file := filepath.Join(t.TempDir(), "kg.trig")
	os.WriteFile(file, data, 0o644)

	dst := openStore(t, backend)
	res, err := Import(ctx, dst, file) // TriG by its extension
	if err != nil {
		t.Fatal(err)
	}
	if res.Loaded != len(fixtures()) || res.Quads != c.Quads || res.Quads != len(want) {
		t.Fatalf("import: %+v, exported %d quads, store has %d", res, c.Quads, len(want))
	}
	equalLists(t, "store imported from TriG", storeQuads(t, dst), want)

	// the same as importing the N-Quads export
	nq, _ := export(t, newExporter(t, src, Selection{}), NQuads)
	nqFile := filepath.Join(t.TempDir(), "kg.nq")
	os.WriteFile(nqFile, nq, 0o644)
	viaNQ := openStore(t, backend)
	if _, err := Import(ctx, viaNQ, nqFile); err != nil {
		t.Fatal(err)
	}
	equalLists(t, "TriG import against N-Quads import", storeQuads(t, dst), storeQuads(t, viaNQ))
	if a, b, c := askDrafters(t, src), askDrafters(t, dst), askDrafters(t, viaNQ); a != b || a != c || !strings.Contains(a, "Norway") {
		t.Fatalf("named query differs after import:\nsource: %s\nTriG:   %s\nN-Quads: %s", a, b, c)
	}

	// export -> import -> export is stable (as a set: the source store
	// holds the replaced article in two blocks)
	again, _ := export(t, newExporter(t, dst, Selection{}), NQuads)
	lines := func(b []byte) []string {
		l := strings.Split(strings.TrimSpace(string(b)), "\n")
		sort.Strings(l)
		return l
	}
	equalLists(t, "N-Quads export of the imported store", lines(again), lines(nq))
	if !bytes.Contains(again, []byte(`"Russia"@en`)) {
		t.Error("the export of the imported store has no tagged names")
	}

	if res, err := Import(ctx, dst, file); err != nil || res.Unchanged != len(fixtures()) {
		t.Fatalf("second import: %+v %v", res, err)
	}
}

// TestNameLanguage checks the language tags an export gives entity names:
// the rule itself, the tags in the fixtures' exports (the store keeps the
// names plain), and that an article exported alone gets the same tags as
// in the whole export, also when a revision of the article put the alias
// that decides the tag in a later block of the store.
func TestNameLanguage(t *testing.T) {
	for _, c := range []struct {
		name, lang string
		aliases    []string
		want       string
	}{
		{"Russia", "en", nil, "en"},
		{"Russia", "nb", []string{"en\x00Russia", "en", "nb\x00Russland", "nb"}, "en"},
		{"Russia", "nb", []string{"nb\x00Russland", "nb"}, "en"},           // from the lexicon
		{"Kari Nordvik", "nb", []string{"nb\x00Kari Nordvik", "nb"}, "nb"}, // as the article writes it
		{"Kari Nordvik", "nb", nil, ""},                                    // no names recorded: unknown
		{"Kari Nordvik", "", []string{"nb\x00Kari Nordvik", "nb"}, ""},     // article language unknown
		{"Auswärtiges Amt", "de", nil, ""},
		{"Germany", "de", []string{"en\x00Germany", "en"}, "en"},
	} {
		set := map[string]bool{}
		for _, a := range c.aliases {
			set[a] = true
		}
		if got := NameLanguage(c.name, c.lang, set); got != c.want {
			t.Errorf("NameLanguage(%q, %q, %v) = %q, want %q", c.name, c.lang, c.aliases, got, c.want)
		}
	}

	for _, b := range backends() {
		t.Run(b, func(t *testing.T) { testNameTags(t, b) })
	}
}

// testNameTags exports a store whose Norwegian article's revision adds
// the alias that tags the name, on backend.
func testNameTags(t *testing.T, backend string) {
	v1 := loaders.Article{ID: "test/nb-revised.txt", Text: "Kari Nordvik talte.", Language: "nb", Date: "2024-01-02", Hash: "v1"}
	d1 := &extract.Document{ID: v1.ID, Language: "nb", Entities: []extract.Entity{
		{ID: "e1", Key: "kari-nordvik", Name: "Kari Nordvik", Type: "Person"},
		{ID: "e2", Key: "norway", Name: "Norway", Type: "Country", Labels: map[string][]string{"nb": {"Norge"}}},
	}}
	v2, d2 := v1, *d1
	v2.Hash, v2.Text = "v2", "Kari Nordvik talte. Nordvik sa nei."
	d2.Entities = []extract.Entity{
		{ID: "e1", Key: "kari-nordvik", Name: "Kari Nordvik", Type: "Person", Labels: map[string][]string{"nb": {"Kari Nordvik", "Nordvik"}}},
		d1.Entities[1],
	}
	// v1 first and v2 last: the store holds the article in two blocks
	s := fixtureStore(t, backend, append(append([]schematest.Fixture{{Article: v1, Doc: d1}}, fixtures()...), schematest.Fixture{Article: v2, Doc: &d2})...)
	whole, _ := export(t, newExporter(t, s, Selection{}), NQuads)
	nameOf := map[string]quad.Value{} // "entity graph" -> name
	for _, q := range readNQ(t, whole) {
		if q.Predicate == vocab.Term(schema.TermName) {
			nameOf[fmt.Sprint(q.Subject, " ", q.Label)] = q.Object
		}
	}
	en, nb, aw, rev := schematest.English().IRI(vocab), schematest.Norwegian().IRI(vocab), awkward().IRI(vocab), vocab.Article(v1.ID)
	for _, c := range []struct {
		entity string
		graph  quad.IRI
		want   quad.Value
	}{
		{schematest.Russia, en, quad.LangString{Value: "Russia", Lang: "en"}},
		{schematest.Kordavia, en, quad.LangString{Value: "Kordavia", Lang: "en"}},
		{schematest.Russia, nb, quad.LangString{Value: "Russia", Lang: "en"}},
		{schematest.Norway, nb, quad.LangString{Value: "Norway", Lang: "en"}},
		{"aero-kommune", aw, quad.LangString{Value: "Ærø Kommune", Lang: "nb"}},
		{"cafe-noir", aw, quad.String(`Café "Noir" & <Sønner>\AS`)},
		{"kari-nordvik", rev, quad.LangString{Value: "Kari Nordvik", Lang: "nb"}},
		{"norway", rev, quad.LangString{Value: "Norway", Lang: "en"}},
	} {
		if got := nameOf[fmt.Sprint(vocab.Entity(c.entity), " ", c.graph)]; got != c.want {
			t.Errorf("name of %s in %s: %#v, want %#v", c.entity, c.graph, got, c.want)
		}
	}
	// the store keeps every name plain
	for _, k := range storeQuads(t, s) {
		if strings.Contains(k, string(vocab.Term(schema.TermName))) && !strings.Contains(k, "\x00s:") {
			t.Errorf("a name is stored tagged: %q", k)
		}
	}
	// article by article (read whole through the indexes) = the whole export
	var one []string
	for _, id := range []string{schematest.English().Article.ID, schematest.Norwegian().Article.ID, awkward().Article.ID, v1.ID} {
		data, _ := export(t, newExporter(t, s, Selection{Articles: []string{id}}), NQuads)
		one = append(one, strings.Split(strings.TrimSpace(string(data)), "\n")...)
	}
	all := strings.Split(strings.TrimSpace(string(whole)), "\n")
	sort.Strings(one)
	sort.Strings(all)
	equalLists(t, "articles exported one by one", one, all)
}

func TestImportErrors(t *testing.T) {
	ctx := context.Background()
	src := fixtureStore(t, "memory")
	data, _ := export(t, newExporter(t, src, Selection{}), NQuads)
	lines := strings.Split(strings.TrimSpace(string(data)), "\n")
	dir := t.TempDir()
	write := func(name string, lines []string) string {
		p := filepath.Join(dir, name)
		os.WriteFile(p, []byte(strings.Join(lines, "\n")+"\n"), 0o644)
		return p
	}
	trig, _ := export(t, newExporter(t, src, Selection{}), TriG)
	tg := strings.Split(strings.TrimSpace(string(trig)), "\n")
	lastBlock := len(tg) - 1 // the last block's closing "}"
	turtle, _ := export(t, newExporter(t, src, Selection{}), Turtle)
	tt := strings.Split(strings.TrimSpace(string(turtle)), "\n")
	if !strings.HasPrefix(tt[4], "    <") || tg[lastBlock] != "}" {
		t.Fatalf("the test expects kg's Turtle to have its first statement on line 5 and TriG to end with }:\n%s\n%s", tt[4], tg[lastBlock])
	}
	noGraph := strings.TrimSuffix(lines[0], " .")
	noGraph = noGraph[:strings.LastIndex(noGraph, " ")] + " ."
	foreign := `<kg:entity/elsewhere> <kg:name> "Elsewhere" ` + lines[0][strings.LastIndex(strings.TrimSuffix(lines[0], " ."), " ")+1:]
	cases := []struct {
		name  string
		lines []string
		want  string
	}{
		{"nolabel.nq", append([]string{"# comment", lines[1], noGraph}, lines[2:]...), "nolabel.nq:3: the statement has no graph name"},
		{"syntax.nq", append([]string{lines[0], "<a> <b> \"unterminated ."}, lines[1:]...), "syntax.nq:2: not an N-Quads statement"},
		{"notarticle.nq", []string{`<kg:entity/x> <kg:name> "X" <kg:graph/other> .`}, "notarticle.nq:1: graph <kg:graph/other> is not a kg article"},
		{"foreign.nq", append(append([]string{}, lines...), foreign), fmt.Sprintf("foreign.nq:%d: subject <kg:entity/elsewhere> is not article", len(lines)+1)},
		{"graph.trig", lines, "graph.trig:1: not TriG: expected '.' at the end of the statement, found <kg:article/"},
		{"default.trig", append(append([]string{}, tg...), `<kg:entity/x> <kg:name> "X" .`), fmt.Sprintf("default.trig:%d: the statement is in the default graph", len(tg)+1)},
		{"syntax.trig", append(append(append([]string{}, tg[:8]...), `    <kg:title> "unterminated ;`), tg[8:]...), "syntax.trig:9: not TriG: a line break in a \"...\" string"},
		{"foreign.trig", append(append(append([]string{}, tg[:lastBlock]...), `  <kg:entity/elsewhere> <kg:name> "Elsewhere" .`), tg[lastBlock:]...), fmt.Sprintf("foreign.trig:%d: subject <kg:entity/elsewhere> is not article", lastBlock+1)},
		{"kg.ttl", tt, "kg.ttl:5: Turtle has no graph names"},
		{"kg.jsonld", []string{"{}"}, "kg.jsonld: kg import reads N-Quads (.nq), TriG (.trig) or Turtle (.ttl)"},
	}
	for _, c := range cases {
		dst := openStore(t, "memory")
		_, err := Import(ctx, dst, write(c.name, c.lines))
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error %v, want %q", c.name, err, c.want)
			continue
		}
		if n, _ := dst.QuadCount(ctx); n != 0 {
			t.Errorf("%s: a bad file wrote %d quads", c.name, n)
		}
	}
	if _, err := Import(ctx, openStore(t, "memory"), filepath.Join(dir, "missing.nq")); err == nil || !strings.Contains(err.Error(), "missing.nq") {
		t.Errorf("missing file: %v", err)
	}
	if _, err := ImportFormat(ctx, openStore(t, "memory"), write("x.nq", lines), "rdfxml"); err == nil || !strings.Contains(err.Error(), `unknown import format "rdfxml"`) {
		t.Errorf("unknown format: %v", err)
	}
	// a format given overrides the extension
	dst := openStore(t, "memory")
	if _, err := ImportFormat(ctx, dst, write("trig-inside.nq", tg), TriG); err != nil {
		t.Fatalf("TriG in a .nq file with format trig: %v", err)
	}
	equalLists(t, "import with an explicit format", storeQuads(t, dst), storeQuads(t, src))

	// Lines in any order: graphs are grouped in memory, same store.
	shuffled := append([]string{}, lines...)
	sort.Strings(shuffled)
	for i := 0; i < len(shuffled)/2; i += 2 {
		j := len(shuffled) - 1 - i
		shuffled[i], shuffled[j] = shuffled[j], shuffled[i]
	}
	dst = openStore(t, "memory")
	if _, err := Import(ctx, dst, write("shuffled.nq", shuffled)); err != nil {
		t.Fatal(err)
	}
	equalLists(t, "import of an unordered file", storeQuads(t, dst), storeQuads(t, src))
}

// TestRDFFormats reads TriG/Turtle structure and JSON-LD with json-gold
// (Cayley's JSON-LD reader): same quads, graphs and schema.org terms.
//
// The English article is replaced by its revision, so its quads come in two
// blocks, which TriG and JSON-LD readers must merge into one graph.
func TestRDFFormats(t *testing.T) {
	stored := []schematest.Fixture{schematest.EnglishRevised(), schematest.Norwegian(), awkward()}
	s := fixtureStore(t, "memory", append(fixtures(), schematest.EnglishRevised())...)
	e := newExporter(t, s, Selection{})
	nq, c := export(t, e, NQuads)

	ld, cl := export(t, e, JSONLD)
	if cl.Quads != c.Quads {
		t.Fatalf("jsonld wrote %d quads, nquads %d", cl.Quads, c.Quads)
	}
	var doc map[string]any
	if err := json.Unmarshal(ld, &doc); err != nil {
		t.Fatalf("JSON-LD is not JSON: %v", err)
	}
	r := jsonld.NewReader(bytes.NewReader(ld))
	var got []quad.Quad
	for {
		q, err := r.ReadQuad()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("JSON-LD does not convert to RDF: %v", err)
		}
		got = append(got, q)
	}
	if len(got) != c.Quads {
		t.Fatalf("JSON-LD holds %d quads, N-Quads %d", len(got), c.Quads)
	}
	graphs := map[quad.Value]int{}
	has := map[string]bool{}
	for _, q := range got {
		graphs[q.Label]++
		has[fmt.Sprint(q.Subject, " ", q.Predicate, " ", q.Object)] = true
	}
	if len(graphs) != len(stored) {
		t.Errorf("JSON-LD has %d graphs, want %d", len(graphs), len(stored))
	}
	for _, f := range stored {
		if graphs[f.IRI(vocab)] != len(f.Quads(vocab)) {
			t.Errorf("graph %s has %d quads in JSON-LD, want %d", f.IRI(vocab), graphs[f.IRI(vocab)], len(f.Quads(vocab)))
		}
	}
	russia := vocab.Entity(schematest.Russia)
	for _, want := range []string{
		fmt.Sprint(russia, " <https://schema.org/name> ", quad.LangString{Value: "Russia", Lang: "en"}),
		fmt.Sprint(russia, " <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://schema.org/Country>"),
		fmt.Sprint(russia, " <https://schema.org/alternateName> ", quad.LangString{Value: "Russland", Lang: "nb"}),
		fmt.Sprint(schematest.English().IRI(vocab), " <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://schema.org/NewsArticle>"),
		fmt.Sprint(vocab.Entity("cafe-noir"), " <https://schema.org/name> ", quad.String(`Café "Noir" & <Sønner>\AS`)),
		fmt.Sprint(vocab.Entity("cafe-noir"), " <kg:negotiatesWith> ", vocab.Entity("aero-kommune")),
	} {
		if !has[want] {
			t.Errorf("JSON-LD lacks %s", want)
		}
	}

	for _, format := range []string{TriG, Turtle} {
		out, ct := export(t, e, format)
		if ct.Quads != c.Quads {
			t.Errorf("%s wrote %d, nquads %d", format, ct.Quads, c.Quads)
		}
		blocks := strings.Count(string(out), "> {\n")
		if format == TriG && blocks != len(stored)+1 || format == Turtle && blocks != 0 {
			t.Errorf("%s has %d graph blocks, want one per article and two for the replaced one", format, blocks)
		}
		// every N-Quads term appears verbatim: both use N-Triples terms
		for _, line := range strings.SplitN(string(nq), "\n", 40)[:39] {
			obj := line[strings.Index(line, "> ")+2:]
			obj = obj[strings.Index(obj, "> ")+2:]
			obj = obj[:strings.LastIndex(strings.TrimSuffix(obj, " ."), " ")]
			if !strings.Contains(string(out), obj) {
				t.Errorf("%s lacks the term %s", format, obj)
			}
		}
	}
}

type fixtureEdge struct{ subj, pred, obj string }

// expected derives the property graph from the fixtures themselves.
func expected(fs []schematest.Fixture) (entities map[string]string, edges map[fixtureEdge][]string) {
	entities, edges = map[string]string{}, map[fixtureEdge][]string{}
	for _, f := range fs {
		key := map[string]string{}
		for _, e := range f.Doc.Entities {
			key[e.ID] = string(vocab.Entity(e.Key))
			entities[string(vocab.Entity(e.Key))] = e.Name
		}
		for _, r := range f.Doc.Relations {
			k := fixtureEdge{key[r.Subject], r.Predicate, key[r.Object]}
			edges[k] = append(edges[k], f.Article.ID)
		}
	}
	return entities, edges
}

func collect(t *testing.T, e *Exporter) ([]Node, []Edge) {
	t.Helper()
	var nodes []Node
	var edges []Edge
	ctx := context.Background()
	if err := e.Nodes(ctx, func(n Node) error { nodes = append(nodes, n); return nil }); err != nil {
		t.Fatal(err)
	}
	if err := e.Edges(ctx, func(ed Edge) error { edges = append(edges, ed); return nil }); err != nil {
		t.Fatal(err)
	}
	return nodes, edges
}

func TestPropertyGraph(t *testing.T) {
	for _, b := range backends() {
		t.Run(b, func(t *testing.T) { testPropertyGraph(t, b) })
	}
}

func testPropertyGraph(t *testing.T, backend string) {
	s := fixtureStore(t, backend)
	wantNodes, wantEdges := expected(fixtures())
	nodes, edges := collect(t, newExporter(t, s, Selection{}))
	if len(nodes) != len(wantNodes) || len(edges) != len(wantEdges) {
		t.Fatalf("%d nodes and %d edges, want %d and %d", len(nodes), len(edges), len(wantNodes), len(wantEdges))
	}
	st, err := queries.Stats(context.Background(), s.QuadStore(), vocab)
	if err != nil {
		t.Fatal(err)
	}
	statements := 0
	for _, ed := range edges {
		statements += ed.Statements
		k := fixtureEdge{ed.Source, ed.Predicate, ed.Target}
		if len(wantEdges[k]) != ed.Statements {
			t.Errorf("edge %s: %d statements, fixtures have %d", ed.ID(), ed.Statements, len(wantEdges[k]))
		}
	}
	if st.Entities != len(nodes) || st.Relations != statements {
		t.Errorf("stats: %d entities, %d relations; export: %d nodes, %d statements", st.Entities, st.Relations, len(nodes), statements)
	}
	for _, n := range nodes {
		if wantNodes[n.ID] != n.Name || n.Type == "" {
			t.Errorf("node %+v, want name %q", n, wantNodes[n.ID])
		}
		if n.ID == string(vocab.Entity(schematest.Russia)) {
			if n.QID != "Q159" || n.Articles != 2 || n.Type != "Country" || !contains(n.Aliases, "Russland") {
				t.Errorf("Russia: %+v", n)
			}
		}
	}
	// Russia vetoed the resolution in both articles, dated 2024-03-12 and
	// 12.03.2024; the English sentence is the more confident.
	for _, ed := range edges {
		if ed.Predicate == "vetoed" {
			if ed.Articles != 2 || ed.FirstDate != "2024-03-12" || ed.LastDate != "2024-03-12" ||
				!strings.HasPrefix(ed.Evidence, "Russia vetoed") || ed.Language != "en" {
				t.Errorf("vetoed edge: %+v", ed)
			}
		}
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func TestSelection(t *testing.T) {
	ctx := context.Background()
	s := fixtureStore(t, diskBackend())
	en, nb := schematest.English(), schematest.Norwegian()

	// --article: exactly that article's quads.
	data, _ := export(t, newExporter(t, s, Selection{Articles: []string{en.Article.ID}}), NQuads)
	equalLists(t, "--article", keys(readExport(t, data)), keys(en.Quads(vocab)))

	// --since compares at the precision of both dates (12.03.2024 is read as 2024-03-12).
	for since, want := range map[string][]schematest.Fixture{
		"2024":       {en, nb},
		"2024-03-12": {en, nb},
		"2024-03-13": nil,
		"2023-05":    {en, nb, awkward()},
	} {
		data, _ := export(t, newExporter(t, s, Selection{Since: since}), NQuads)
		var all []quad.Quad
		for _, f := range want {
			all = append(all, f.Quads(vocab)...)
		}
		equalLists(t, "--since "+since, keys(readExport(t, data)), keys(all))
	}

	// --entity with --depth: the relation neighbourhood.
	front, marela := string(vocab.Entity(schematest.Front)), string(vocab.Entity(schematest.Marela))
	for _, c := range []struct {
		entity string
		depth  int
		nodes  []string
		edges  int
	}{
		{"Northern Front", 0, []string{front}, 0},
		{"Northern Front", 1, []string{front, marela}, 1},
		{"Northern Front", 5, []string{front, marela}, 1},
		{"Russia", 1, keysOf(schematest.Russia, schematest.Resolution, schematest.Petrov), 2},
	} {
		nodes, edges := collect(t, newExporter(t, s, Selection{Entity: c.entity, Depth: c.depth}))
		var ids []string
		for _, n := range nodes {
			ids = append(ids, n.ID)
		}
		sort.Strings(ids)
		sort.Strings(c.nodes)
		if strings.Join(ids, " ") != strings.Join(c.nodes, " ") || len(edges) != c.edges {
			t.Errorf("--entity %q --depth %d: nodes %v, %d edges; want %v, %d", c.entity, c.depth, ids, len(edges), c.nodes, c.edges)
		}
	}
	// RDF of a neighbourhood: only quads about its entities, every
	// statement whole, and all of it imports.
	data, _ = export(t, newExporter(t, s, Selection{Entity: "Northern Front", Depth: 1}), NQuads)
	quads := readNQ(t, data)
	for _, q := range quads {
		if q.Label != en.IRI(vocab) {
			t.Errorf("Northern Front is only in the English article; got %v", q)
		}
		if strings.HasPrefix(string(iriOf(q.Subject)), string(vocab.Entity(""))) && q.Subject != quad.IRI(front) && q.Subject != quad.IRI(marela) {
			t.Errorf("quad about an entity outside the selection: %v", q)
		}
	}
	file := filepath.Join(t.TempDir(), "front.nq")
	os.WriteFile(file, data, 0o644)
	part := openStore(t, "memory")
	if _, err := Import(ctx, part, file); err != nil {
		t.Fatalf("a neighbourhood export does not import: %v", err)
	}
	if got, _ := collect(t, newExporter(t, part, Selection{})); len(got) != 2 {
		t.Errorf("imported neighbourhood has %d entities, want 2", len(got))
	}

	for _, bad := range []struct {
		sel  Selection
		want string
	}{
		{Selection{Since: "March 2024"}, `--since "March 2024"`},
		{Selection{Since: "2024-13"}, `--since "2024-13"`},
		{Selection{Articles: []string{"no/such/article"}}, "--article no/such/article: no such article"},
		{Selection{Entity: "Atlantis"}, `--entity "Atlantis": no entity`},
		{Selection{Entity: "Russia", Depth: -1}, "--depth -1"},
	} {
		var se *SelectionError
		if _, err := New(ctx, s, bad.sel); !errors.As(err, &se) || !strings.Contains(err.Error(), bad.want) {
			t.Errorf("%+v: error %v, want %q", bad.sel, err, bad.want)
		}
	}
}

func keysOf(keys ...string) []string {
	out := make([]string, len(keys))
	for i, k := range keys {
		out[i] = string(vocab.Entity(k))
	}
	return out
}

// TestPropertyGraphFormats parses GraphML with encoding/xml, the CSV files
// with encoding/csv and Cytoscape.js JSON with encoding/json, and checks
// them against the exporter's nodes and edges.
func TestPropertyGraphFormats(t *testing.T) {
	s := fixtureStore(t, "memory")
	e := newExporter(t, s, Selection{})
	nodes, edges := collect(t, e)

	data, c := export(t, e, GraphML)
	var g struct {
		Keys  []struct{ ID, For, Name string } `xml:"key"`
		Graph struct {
			Nodes []struct {
				ID   string `xml:"id,attr"`
				Data []struct {
					Key   string `xml:"key,attr"`
					Value string `xml:",chardata"`
				} `xml:"data"`
			} `xml:"node"`
			Edges []struct {
				Source string `xml:"source,attr"`
				Target string `xml:"target,attr"`
			} `xml:"edge"`
		} `xml:"graph"`
	}
	if err := xml.Unmarshal(data, &g); err != nil {
		t.Fatalf("GraphML is not XML: %v", err)
	}
	if len(g.Graph.Nodes) != len(nodes) || len(g.Graph.Edges) != len(edges) || c.Nodes != len(nodes) || c.Edges != len(edges) {
		t.Fatalf("GraphML: %d nodes, %d edges; want %d, %d", len(g.Graph.Nodes), len(g.Graph.Edges), len(nodes), len(edges))
	}
	names := map[string]string{}
	for _, n := range g.Graph.Nodes {
		for _, d := range n.Data {
			if d.Key == "name" {
				names[n.ID] = d.Value
			}
		}
	}
	if got := names[string(vocab.Entity("cafe-noir"))]; got != `Café "Noir" & <Sønner>\AS` {
		t.Errorf("GraphML name read back as %q", got)
	}

	dir := t.TempDir()
	nf, rf := CSVFiles(dir)
	var nb, rb bytes.Buffer
	if _, err := e.WriteCSV(context.Background(), &nb, &rb); err != nil {
		t.Fatal(err)
	}
	if nf != filepath.Join(dir, "nodes.csv") || rf != filepath.Join(dir, "relationships.csv") {
		t.Errorf("CSVFiles(dir) = %s, %s", nf, rf)
	}
	if n, r := CSVFiles(filepath.Join(dir, "kg-")); n != filepath.Join(dir, "kg-nodes.csv") || r != filepath.Join(dir, "kg-relationships.csv") {
		t.Errorf("CSVFiles(prefix) = %s, %s", n, r)
	}
	nrows, err := csv.NewReader(&nb).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	rrows, err := csv.NewReader(&rb).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if nrows[0][0] != "id:ID" || nrows[0][1] != ":LABEL" || rrows[0][0] != ":START_ID" || rrows[0][1] != ":END_ID" || rrows[0][2] != ":TYPE" {
		t.Errorf("CSV headers %v / %v", nrows[0], rrows[0])
	}
	if len(nrows)-1 != len(nodes) || len(rrows)-1 != len(edges) {
		t.Errorf("CSV: %d nodes, %d relationships; want %d, %d", len(nrows)-1, len(rrows)-1, len(nodes), len(edges))
	}
	ids := map[string]bool{}
	for _, r := range nrows[1:] {
		ids[r[0]] = true
		if !strings.HasPrefix(r[1], "Entity;") {
			t.Errorf("node labels %q", r[1])
		}
	}
	for _, r := range rrows[1:] {
		if !ids[r[0]] || !ids[r[1]] {
			t.Errorf("relationship %v points outside the nodes file", r[:3])
		}
	}

	data, _ = export(t, e, Cytoscape)
	var cy CytoscapeGraph
	if err := json.Unmarshal(data, &cy); err != nil {
		t.Fatalf("Cytoscape JSON: %v\n%s", err, data)
	}
	built, err := e.Cytoscape(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	b1, _ := json.Marshal(cy)
	b2, _ := json.Marshal(built)
	if len(cy.Elements.Nodes) != len(nodes) || len(cy.Elements.Edges) != len(edges) || string(b1) != string(b2) {
		t.Errorf("Cytoscape: streamed and built documents differ or miscount (%d nodes, %d edges)", len(cy.Elements.Nodes), len(cy.Elements.Edges))
	}
	var raw map[string]map[string][]map[string]map[string]any
	json.Unmarshal(data, &raw)
	if d := raw["elements"]["edges"][0]["data"]; d["id"] == "" || d["source"] == nil || d["target"] == nil {
		t.Errorf("Cytoscape edge data %v", d)
	}
}
