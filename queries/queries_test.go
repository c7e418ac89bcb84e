package queries

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"kg/extract"
	"kg/graph"
	"kg/graph/pgtest"
	"kg/loaders"
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

// fixtureStore is a real on-disk store (or memstore) holding the English
// and Norwegian fixture articles: Russia, Norway, Ireland, Mexico, Kordavia,
// the resolution and the Security Council appear in both.
func fixtureStore(t *testing.T, backend string, fixtures ...schematest.Fixture) *graph.Store {
	t.Helper()
	cfg := graph.Config{Backend: backend, Vocab: vocab}
	switch backend {
	case "bolt", "leveldb":
		cfg.Path = filepath.Join(t.TempDir(), "kg.db")
	case "postgres":
		cfg.Address = pgtest.Database(t) // a database of its own
	}
	s, err := graph.Open(cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	if len(fixtures) == 0 {
		fixtures = []schematest.Fixture{schematest.English(), schematest.Norwegian()}
	}
	for _, f := range fixtures {
		if _, err := s.PutArticle(context.Background(), f.IRI(vocab), f.Article.Hash, f.Quads(vocab)); err != nil {
			t.Fatal(err)
		}
	}
	return s
}

// The query tests also run on postgres when KG_TEST_POSTGRES names a
// server; with CI=true they must (see pgtest).

func backends(t *testing.T, fn func(t *testing.T, s *graph.Store)) {
	list := []string{diskBackend(), "memory"}
	if pgtest.Configured() || os.Getenv("CI") == "true" {
		list = append(list, "postgres")
	}
	for _, b := range list {
		t.Run(b, func(t *testing.T) { fn(t, fixtureStore(t, b)) })
	}
}

func iri(key string) string { return vocab.Entity(key).String() }

// field collects one field of every result, sorted.
func field(res []any, name string) []string {
	var out []string
	for _, r := range res {
		if m, ok := r.(map[string]any); ok {
			out = append(out, fmt.Sprint(m[name]))
		}
	}
	sort.Strings(out)
	return out
}

func equal(a []string, b ...string) bool {
	sort.Strings(b)
	return strings.Join(a, "|") == strings.Join(b, "|")
}

func TestGizmo(t *testing.T) {
	backends(t, func(t *testing.T, s *graph.Store) {
		ctx := context.Background()
		res, err := Gizmo(ctx, s.QuadStore(), `g.V("<kg:entity/russia>").Out("<kg:vetoed>").Unique().Tag("what").All()`, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if got := field(res, "what"); !equal(got, iri(schematest.Resolution)) {
			t.Errorf("Russia vetoed: %v", got)
		}
		// JSON-ready: encodes without error.
		if _, err := json.Marshal(res); err != nil {
			t.Errorf("results do not encode: %v", err)
		}
		// g.Emit and literal values.
		res, err = Gizmo(ctx, s.QuadStore(), `g.Emit({n: g.V("<kg:entity/russia>").In("<kg:mentions>").Count(), name: g.V("<kg:entity/russia>").Out("<kg:name>").ToValue()})`, Options{})
		if err != nil || len(res) != 1 {
			t.Fatalf("emit: %v %v", res, err)
		}
		if m := res[0].(map[string]any); fmt.Sprint(m["n"]) != "2" || m["name"] != "Russia" {
			t.Errorf("emit: %v", m)
		}
	})
}

func TestGizmoLimit(t *testing.T) {
	s := fixtureStore(t, diskBackend())
	ctx := context.Background()
	all, err := Gizmo(ctx, s.QuadStore(), `g.V("<kg:entity/russia>").In().All()`, Options{})
	if err != nil || len(all) < 5 {
		t.Fatalf("unlimited: %d results, %v", len(all), err)
	}
	res, err := Gizmo(ctx, s.QuadStore(), `g.V("<kg:entity/russia>").In().All()`, Options{Limit: 3})
	if err != nil || len(res) != 3 {
		t.Errorf("limit 3: %d results, %v", len(res), err)
	}
	res, err = Gizmo(ctx, s.QuadStore(), `for (var i = 0; i < 100; i++) { g.Emit(i) }`, Options{Limit: 4})
	if err != nil || len(res) != 4 {
		t.Errorf("limit 4 on Emit: %v, %v", res, err)
	}
}

func TestGizmoTimeout(t *testing.T) {
	s := fixtureStore(t, diskBackend())
	for _, q := range []string{
		`while (true) {}`,
		`while (true) { g.V().Count(); }`,
		`var n = 0; while (true) { n += g.V("<kg:entity/russia>").Both().Both().Both().Count(); }`,
	} {
		start := time.Now()
		_, err := Gizmo(context.Background(), s.QuadStore(), q, Options{Timeout: 300 * time.Millisecond})
		elapsed := time.Since(start)
		if err == nil || !strings.Contains(err.Error(), "exceeded the timeout of 300ms") || !strings.Contains(err.Error(), "query.timeout") {
			t.Errorf("%s: err = %v", q, err)
		}
		if elapsed > 3*time.Second {
			t.Errorf("%s: stopped after %v", q, elapsed)
		}
	}
	// The store still answers after an interrupted query.
	if res, err := Gizmo(context.Background(), s.QuadStore(), `g.V("<kg:entity/russia>").All()`, Options{Timeout: time.Second}); err != nil || len(res) != 1 {
		t.Errorf("after timeouts: %v, %v", res, err)
	}
}

func TestGizmoErrors(t *testing.T) {
	s := fixtureStore(t, "memory")
	for _, q := range []string{`g.V(`, `g.V().ShortestPath()`, `throw new Error("boom")`} {
		_, err := Gizmo(context.Background(), s.QuadStore(), q, Options{Timeout: time.Second})
		if err == nil || strings.Contains(err.Error(), "\n") {
			t.Errorf("%s: err = %q, want a one-line error", q, err)
		}
	}
}

func TestNamedQueries(t *testing.T) {
	backends(t, func(t *testing.T, s *graph.Store) {
		ctx := context.Background()
		run := func(name string, args ...string) []any {
			t.Helper()
			res, err := RunNamed(ctx, s.QuadStore(), vocab, name, args, Options{Limit: 100, Timeout: 5 * time.Second})
			if err != nil {
				t.Fatalf("%s %q: %v", name, args, err)
			}
			if _, err := json.Marshal(res); err != nil {
				t.Fatalf("%s: results do not encode: %v", name, err)
			}
			return res
		}
		res := run("actors", "vetoed", "draft resolution")
		if got := field(res, "name"); !equal(got, "Russia") {
			t.Errorf("actors vetoed: %v", res)
		}
		res = run("actors", "drafted", "resolusjonsutkastet")
		if got := field(res, "name"); !equal(got, "Ireland", "Mexico", "Norway") {
			t.Errorf("actors drafted: %v", got)
		}
		res = run("objects", "Russland", "vetoed")
		if got := field(res, "object"); !equal(got, iri(schematest.Resolution)) {
			t.Errorf("objects Russland vetoed: %v", res)
		}

		res = run("relations", "russia")
		var edges []string
		for _, r := range res {
			m := r.(map[string]any)
			edges = append(edges, fmt.Sprintf("%v %v %v %v", m["direction"], m["subject_name"], m["predicate"], m["object_name"]))
		}
		sort.Strings(edges)
		if want := "in Ivan Petrov represents Russia|out Russia vetoed Kordavia ceasefire resolution"; strings.Join(edges, "|") != want {
			t.Errorf("relations Russia:\n%s\nwant\n%s", strings.Join(edges, "|"), want)
		}

		res = run("claims", "Kari Nordvik")
		if len(res) != 1 {
			t.Fatalf("claims Kari Nordvik: %v", res)
		}
		c := res[0].(map[string]any)
		nb := schematest.Norwegian()
		if c["text"] != "Norge er dypt skuffet over vetoet" || c["language"] != "nb" || c["date"] != "12.03.2024" ||
			c["article"] != nb.IRI(vocab).String() || c["title"] != nb.Article.Title {
			t.Errorf("claim: %v", c)
		}
		if res := run("claims", "ivan petrov"); len(res) != 1 || res[0].(map[string]any)["language"] != "en" {
			t.Errorf("claims Ivan Petrov: %v", res)
		}

		res = run("evidence", "Russia", "vetoed", "Kordavia ceasefire resolution")
		if got := field(res, "language"); !equal(got, "en", "nb") {
			t.Errorf("evidence languages: %v", res)
		}
		for _, r := range res {
			m := r.(map[string]any)
			if !strings.HasPrefix(fmt.Sprint(m["sentence"]), "Russ") || m["confidence"] == nil || m["article_id"] == nil {
				t.Errorf("evidence: %v", m)
			}
		}

		res = run("articles", "Russia")
		if got := field(res, "id"); !equal(got, schematest.English().Article.ID, nb.Article.ID) {
			t.Errorf("articles Russia: %v", got)
		}
		if res := run("articles", "Ivan Petrov"); len(res) != 1 {
			t.Errorf("articles Ivan Petrov: %v", res)
		}

		res = run("controls")
		if len(res) != 1 {
			t.Fatalf("controls: %v", res)
		}
		if m := res[0].(map[string]any); m["controller_name"] != "Northern Front" || m["place_name"] != "Marela" || fmt.Sprint(m["statements"]) != "1" {
			t.Errorf("controls: %v", m)
		}

		// Limit caps named results too.
		lim, err := RunNamed(ctx, s.QuadStore(), vocab, "articles", []string{"Russia"}, Options{Limit: 1})
		if err != nil || len(lim) != 1 {
			t.Errorf("articles Russia, limit 1: %v, %v", lim, err)
		}
	})
}

func TestNamedQueryErrors(t *testing.T) {
	extra := schematest.Fixture{
		Article: loaders.Article{ID: "extra.txt", Hash: "x"},
		Doc: &extract.Document{ID: "extra.txt", Language: "en", Entities: []extract.Entity{
			{ID: "e1", Key: "mexico-city", Name: "Mexico City", Type: "City", Aliases: []string{"Mexico"}},
		}},
	}
	s := fixtureStore(t, "memory", schematest.English(), schematest.Norwegian(), extra)
	ctx := context.Background()
	for _, tc := range []struct {
		name string
		args []string
		want string
	}{
		{"nosuch", nil, `unknown named query "nosuch"`},
		{"actors", []string{"vetoed"}, "takes 2 argument(s) PREDICATE OBJECT, got 1"},
		{"actors", []string{"liked", "Russia"}, `unknown predicate "liked"`},
		{"actors", []string{"vetoed", "Atlantis"}, `object "Atlantis" matches no entity`},
		{"articles", []string{"Mexico"}, `entity "Mexico" is ambiguous: Mexico (Country, kg:entity/mexico); Mexico City (City, kg:entity/mexico-city)`},
		// Arguments are data, never script: this is just an unknown name.
		{"articles", []string{`"}); g.Emit("injected`}, "matches no entity"},
	} {
		res, err := RunNamed(ctx, s.QuadStore(), vocab, tc.name, tc.args, Options{})
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s %q: %v, %v; want error containing %q", tc.name, tc.args, res, err, tc.want)
		}
	}
}

func TestNamedArgumentsAreQuoted(t *testing.T) {
	s := fixtureStore(t, "memory")
	nasty := "a\"b'c\\d</script>\u2028\u2029\n}); g.Emit(\"x\"); ({"
	script, err := namedScript(vocab, map[string]string{"x": nasty}, 0, `g.Emit(args.x);`)
	if err != nil {
		t.Fatal(err)
	}
	res, err := Gizmo(context.Background(), s.QuadStore(), script, Options{Timeout: time.Second})
	if err != nil || len(res) != 1 || res[0] != nasty {
		t.Errorf("round trip of a nasty argument: %q, %v", res, err)
	}
}

func TestNamedQueriesRegistry(t *testing.T) {
	names := map[string]bool{}
	for _, q := range NamedQueries() {
		names[q.Name] = true
		if q.Doc == "" || q.Gizmo == "" {
			t.Errorf("%s: missing doc or script", q.Name)
		}
	}
	for _, n := range []string{"actors", "objects", "relations", "claims", "evidence", "articles", "controls", "between", "comentioned", "timeline"} {
		if !names[n] {
			t.Errorf("missing named query %s", n)
		}
	}
	NamedQueries()[0].Params = nil // a copy: the registry is unchanged
	if len(NamedQueries()[0].Params) == 0 {
		t.Error("NamedQueries returned the registry itself")
	}
}

func TestFindEntities(t *testing.T) {
	backends(t, func(t *testing.T, s *graph.Store) {
		ctx := context.Background()
		for text, want := range map[string]string{
			"Russia":              "russia",
			"Russland":            "russia", // a language-tagged alias
			"russland":            "russia",
			"RUSSIA":              "russia",
			"kg:entity/russia":    "russia",
			"<kg:entity/russia>":  "russia",
			"russia":              "russia", // key
			"FNs sikkerhetsråd":   schematest.Security,
			"fns sikkerhetsrad":   schematest.Security,
			"  Kari   Nordvik ":   schematest.Nordvik,
			"nordvik":             schematest.Nordvik, // a word of a longer name
			"resolusjonsutkastet": schematest.Resolution,
			"kg:entity/resolution%2Fkordavia-ceasefire-2024": schematest.Resolution,
		} {
			got, err := FindEntities(ctx, s.QuadStore(), vocab, text)
			if err != nil || len(got) != 1 || got[0] != vocab.Entity(want) {
				t.Errorf("FindEntities(%q) = %+v, %v; want %s", text, got, err, want)
			}
		}
		if got, err := FindEntities(ctx, s.QuadStore(), vocab, "Atlantis"); err != nil || len(got) != 0 {
			t.Errorf("FindEntities(Atlantis) = %v, %v", got, err)
		}
		if got, _ := FindEntities(ctx, s.QuadStore(), vocab, string(schematest.English().IRI(vocab))); len(got) != 0 {
			t.Errorf("an article IRI resolved to an entity: %v", got)
		}
	})
}

func TestStats(t *testing.T) {
	backends(t, func(t *testing.T, s *graph.Store) {
		ctx := context.Background()
		en, nb := schematest.English(), schematest.Norwegian()
		st, err := Stats(ctx, s.QuadStore(), vocab)
		if err != nil {
			t.Fatal(err)
		}
		want := StoreStats{
			Articles: 2, Entities: 11, Relations: 12, Claims: 2,
			Quads:                len(en.Quads(vocab)) + len(nb.Quads(vocab)),
			EntitiesByType:       map[string]int{"Country": 5, "Person": 2, "Resolution": 1, "Organization": 1, "ArmedGroup": 1, "City": 1},
			RelationsByPredicate: map[string]int{"vetoed": 2, "drafted": 6, "represents": 2, "controls": 1, "submittedTo": 1},
		}
		if fmt.Sprint(st) != fmt.Sprint(want) {
			t.Errorf("stats:\n%+v\nwant\n%+v", st, want)
		}
		b, _ := json.Marshal(st)
		for _, k := range []string{`"articles":2`, `"entities":11`, `"relations":12`, `"claims":2`, `"quads":`, `"entities_by_type":{`, `"relations_by_predicate":{`} {
			if !strings.Contains(string(b), k) {
				t.Errorf("stats JSON %s lacks %s", b, k)
			}
		}

		// After deleting the English article only the Norwegian one counts,
		// and deleted quads are not counted.
		if _, err := s.DeleteArticle(ctx, en.IRI(vocab)); err != nil {
			t.Fatal(err)
		}
		st, err = Stats(ctx, s.QuadStore(), vocab)
		if err != nil {
			t.Fatal(err)
		}
		if st.Articles != 1 || st.Claims != 1 || st.Relations != 5 || st.Entities != 8 || st.Quads != len(nb.Quads(vocab)) {
			t.Errorf("after delete: %+v (want 1 article, 1 claim, 5 relations, 8 entities, %d quads)", st, len(nb.Quads(vocab)))
		}
	})
}

func TestEntities(t *testing.T) {
	backends(t, func(t *testing.T, s *graph.Store) {
		ctx := context.Background()
		all, err := Entities(ctx, s.QuadStore(), vocab, Filter{})
		if err != nil {
			t.Fatal(err)
		}
		if len(all) != 11 {
			t.Fatalf("%d entities: %+v", len(all), all)
		}
		for i := 1; i < len(all); i++ {
			a, b := all[i-1], all[i]
			if a.Articles < b.Articles || (a.Articles == b.Articles && a.Name > b.Name) {
				t.Errorf("not sorted by articles, then name: %v before %v", a, b)
			}
		}
		var russia EntityInfo
		for _, e := range all {
			if e.IRI == string(vocab.Entity(schematest.Russia)) {
				russia = e
			}
		}
		if russia.Name != "Russia" || russia.Type != "Country" || russia.QID != "Q159" || russia.Articles != 2 ||
			strings.Join(russia.Aliases, ",") != "Russian,Russland" {
			t.Errorf("Russia: %+v", russia)
		}

		for _, tc := range []struct {
			f    Filter
			want []string
		}{
			{Filter{Type: "person"}, []string{"Ivan Petrov", "Kari Nordvik"}},
			{Filter{Match: "RUSSL"}, []string{"Russia"}},
			{Filter{Match: "sikkerhetsrad"}, []string{"UN Security Council"}},
			{Filter{Type: "Country", Match: "ir"}, []string{"Ireland"}},
			{Filter{Match: "nothing like this"}, nil},
		} {
			got, err := Entities(ctx, s.QuadStore(), vocab, tc.f)
			if err != nil {
				t.Fatal(err)
			}
			var names []string
			for _, e := range got {
				names = append(names, e.Name)
			}
			if strings.Join(names, ",") != strings.Join(tc.want, ",") {
				t.Errorf("Entities(%+v) = %v, want %v", tc.f, names, tc.want)
			}
		}
		if _, err := Entities(ctx, s.QuadStore(), vocab, Filter{Type: "Planet"}); err == nil || !strings.Contains(err.Error(), "Country") {
			t.Errorf("unknown type: %v", err)
		}
	})
}

// TestReadOnly runs every query kind and checks that the store is
// unchanged.
func TestReadOnly(t *testing.T) {
	s := fixtureStore(t, diskBackend())
	ctx := context.Background()
	before, err := s.QuadCount(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range NamedQueries() {
		args := map[int][]string{0: nil, 1: {"Russia"}, 2: {"vetoed", "Russia"}, 3: {"Russia", "vetoed", "draft resolution"}}[len(q.Params)]
		if q.Name == "objects" {
			args = []string{"Russia", "vetoed"}
		}
		if q.Name == "between" {
			args = []string{"Russia", "draft resolution"}
		}
		if _, err := RunNamed(ctx, s.QuadStore(), vocab, q.Name, args, Options{Timeout: 5 * time.Second}); err != nil {
			t.Errorf("%s: %v", q.Name, err)
		}
	}
	Stats(ctx, s.QuadStore(), vocab)
	Entities(ctx, s.QuadStore(), vocab, Filter{})
	after, err := s.QuadCount(ctx)
	if err != nil || after != before {
		t.Errorf("quads %d -> %d (%v)", before, after, err)
	}
}
