package schema_test

import (
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"kg/extract"
	"kg/loaders"
	"kg/schema"
	"kg/schema/schematest"
)

// handMade is a small Norwegian article: Equinor's CEO (invented) speaks
// for the company, which controls a made-up field in the North Sea.
func handMade() (loaders.Article, *extract.Document) {
	text := "Konsernsjef Åse Lind i Equinor sa at feltet Trollvik skal driftes videre. Equinor kontrollerer Trollvik."
	a := loaders.Article{
		ID: "corpus/nb/trollvik.txt", Source: "corpus/nb/trollvik.txt", Title: "Trollvik drives videre",
		Text: text, Date: "2024-05-02", Hash: "abc123",
	}
	d := &extract.Document{
		ID: a.ID, Source: a.Source, Language: "nb",
		Entities: []extract.Entity{
			{ID: "e1", Key: "ase-lind", Name: "Åse Lind", Type: "Person"},
			{ID: "e2", Key: "equinor", Name: "Equinor", Type: "Company", QID: "Q1130",
				Aliases: []string{"Statoil", "Equinor ASA"},
				Labels:  map[string][]string{"nb": {"Equinor ASA"}, "en": {"Equinor ASA", "Equinor"}}},
			{ID: "e3", Key: "trollvik", Name: "Trollvik", Type: "Place"},
			{ID: "e4", Key: "", Name: "keyless", Type: "Place"},
		},
		Relations: []extract.Relation{
			{Subject: "e1", Predicate: "represents", Object: "e2", Evidence: "Konsernsjef Åse Lind i Equinor sa at feltet Trollvik skal driftes videre.", Start: 0, End: 74, Confidence: 0.75},
			{Subject: "e2", Predicate: "controls", Object: "e3", Evidence: "Equinor kontrollerer Trollvik.", Start: 75, End: 105, Confidence: 0.9},
			{Subject: "e2", Predicate: "controls", Object: "e3", Evidence: "Equinor kontrollerer Trollvik.", Start: 75, End: 105, Confidence: 0.9}, // duplicate
			{Subject: "e2", Predicate: "controls", Object: "e4"},      // keyless object: skipped
			{Subject: "e2", Predicate: "bad predicate", Object: "e3"}, // not a term: skipped
		},
		Claims: []extract.Claim{
			{Speaker: "e1", Text: "feltet Trollvik skal driftes videre", Evidence: "Konsernsjef Åse Lind i Equinor sa at feltet Trollvik skal driftes videre.", Start: 0, End: 74},
			{Speaker: "e9", Text: "unknown speaker"},
		},
	}
	return a, d
}

type triple struct{ s, p, o quad.Value }

func has(qs []quad.Quad, s, p, o quad.Value) bool {
	for _, q := range qs {
		if q.Subject == s && q.Predicate == p && q.Object == o {
			return true
		}
	}
	return false
}

func TestArticleQuadsLayout(t *testing.T) {
	v := schema.New("")
	a, d := handMade()
	qs := v.ArticleQuads(a, d, a.Hash)
	A := v.Article(a.ID)
	T := v.Term
	lind, equinor, trollvik := v.Entity("ase-lind"), v.Entity("equinor"), v.Entity("trollvik")
	st := v.Statement(a.ID, "equinor", "controls", "trollvik", 75)
	cl := v.Claim(a.ID, "ase-lind", 0)
	nb := func(s string) quad.Value { return quad.LangString{Value: quad.String(s), Lang: "nb"} }

	want := []triple{
		{A, T("type"), T("Article")},
		{A, T("id"), quad.String(a.ID)},
		{A, T("source"), quad.String(a.Source)},
		{A, T("title"), quad.String("Trollvik drives videre")},
		{A, T("date"), quad.String("2024-05-02")},
		{A, T("language"), quad.String("nb")},
		{A, T("hash"), quad.String("abc123")},
		{A, T("mentions"), lind},
		{A, T("mentions"), equinor},
		{A, T("mentions"), trollvik},
		{lind, T("type"), T("Person")},
		{lind, T("name"), quad.String("Åse Lind")},
		{equinor, T("type"), T("Company")},
		{equinor, T("name"), quad.String("Equinor")},
		{trollvik, T("type"), T("Place")},
		{trollvik, T("name"), quad.String("Trollvik")},
		{equinor, T("qid"), quad.String("Q1130")},
		{equinor, T("alias"), quad.String("Statoil")},
		{equinor, T("alias"), nb("Equinor ASA")},
		{equinor, T("alias"), quad.LangString{Value: "Equinor ASA", Lang: "en"}},
		{equinor, T("alias"), quad.LangString{Value: "Equinor", Lang: "en"}},
		{equinor, T("controls"), trollvik},
		{lind, T("represents"), equinor},
		{st, T("type"), T("Statement")},
		{st, T("subject"), equinor},
		{st, T("predicate"), T("controls")},
		{st, T("object"), trollvik},
		{st, T("evidence"), nb("Equinor kontrollerer Trollvik.")},
		{st, T("start"), quad.Int(75)},
		{st, T("end"), quad.Int(105)},
		{st, T("confidence"), quad.Float(0.9)},
		{st, T("article"), A},
		{cl, T("type"), T("Claim")},
		{cl, T("speaker"), lind},
		{cl, T("text"), nb("feltet Trollvik skal driftes videre")},
		{cl, T("evidence"), nb("Konsernsjef Åse Lind i Equinor sa at feltet Trollvik skal driftes videre.")},
		{cl, T("language"), quad.String("nb")},
		{cl, T("date"), quad.String("2024-05-02")},
		{cl, T("start"), quad.Int(0)},
		{cl, T("end"), quad.Int(74)},
		{cl, T("article"), A},
	}
	rep := v.Statement(a.ID, "ase-lind", "represents", "equinor", 0)
	for _, q := range []triple{
		{rep, T("type"), T("Statement")},
		{rep, T("subject"), lind},
		{rep, T("predicate"), T("represents")},
		{rep, T("object"), equinor},
		{rep, T("evidence"), nb(d.Relations[0].Evidence)},
		{rep, T("start"), quad.Int(0)},
		{rep, T("end"), quad.Int(74)},
		{rep, T("confidence"), quad.Float(0.75)},
		{rep, T("article"), A},
	} {
		want = append(want, q)
	}
	for _, w := range want {
		if !has(qs, w.s, w.p, w.o) {
			t.Errorf("missing %v", w)
		}
	}
	// Absent: empty URL, keyless entity, bad predicate, unknown speaker,
	// the canonical name repeated as an alias.
	for _, q := range qs {
		if q.Label != A {
			t.Errorf("quad %v labelled %v, want %v", q, q.Label, A)
		}
		if q.Predicate == T("url") {
			t.Errorf("empty url written: %v", q)
		}
		if strings.Contains(q.NQuad(), "keyless") || strings.Contains(q.NQuad(), "unknown speaker") ||
			strings.Contains(q.NQuad(), "bad") {
			t.Errorf("skipped input written: %v", q)
		}
		if q.Predicate == T("alias") && q.Object == quad.String("Equinor") {
			t.Errorf("name repeated as plain alias: %v", q)
		}
	}
	// Exactly one statement node for the duplicated relation, and no
	// duplicate quads at all.
	seen := map[string]bool{}
	statements := 0
	for _, q := range qs {
		k := schema.QuadKey(q)
		if seen[k] {
			t.Errorf("duplicate quad %v", q)
		}
		seen[k] = true
		if q.Predicate == T("type") && q.Object == T("Statement") {
			statements++
		}
	}
	if statements != 2 {
		t.Errorf("statements = %d, want 2", statements)
	}
	for _, q := range qs {
		found := false
		for _, w := range want {
			found = found || (q.Subject == w.s && q.Predicate == w.p && q.Object == w.o)
		}
		if !found {
			t.Errorf("unexpected quad %v", q)
		}
	}
	if len(qs) != len(want) {
		t.Errorf("got %d quads, want %d:\n%s", len(qs), len(want), dump(qs))
	}
}

func dump(qs []quad.Quad) string {
	var b strings.Builder
	for _, q := range qs {
		b.WriteString(q.NQuad())
		b.WriteByte('\n')
	}
	return b.String()
}

func TestArticleQuadsNilDocumentAndNoLanguage(t *testing.T) {
	v := schema.New("")
	a := loaders.Article{ID: "x.txt", Title: "T"}
	qs := v.ArticleQuads(a, nil, "")
	if len(qs) != 3 { // type, id, title
		t.Fatalf("got %d quads:\n%s", len(qs), dump(qs))
	}
	d := &extract.Document{
		Entities:  []extract.Entity{{ID: "e1", Key: "a", Name: "A"}, {ID: "e2", Key: "b", Name: "B"}},
		Relations: []extract.Relation{{Subject: "e1", Predicate: "supports", Object: "e2", Evidence: "A backs B."}},
	}
	qs = v.ArticleQuads(a, d, "h")
	st := v.Statement(a.ID, "a", "supports", "b", 0)
	if !has(qs, st, v.Term("evidence"), quad.String("A backs B.")) {
		t.Errorf("evidence without a language should be a plain string:\n%s", dump(qs))
	}
}

// TestArticleQuadsInvariant checks what graph's deletion relies on: every
// quad's subject is the article, an entity it mentions, or a node with
// kg:article pointing at it.
func TestArticleQuadsInvariant(t *testing.T) {
	v := schema.New("")
	for _, f := range []schematest.Fixture{schematest.English(), schematest.EnglishRevised(), schematest.Norwegian()} {
		qs := f.Quads(v)
		A := f.IRI(v)
		ok := map[quad.Value]bool{A: true}
		for _, q := range qs {
			if q.Subject == A && q.Predicate == v.Term("mentions") {
				ok[q.Object] = true
			}
			if q.Predicate == v.Term("article") && q.Object == A {
				ok[q.Subject] = true
			}
		}
		for _, q := range qs {
			if !ok[q.Subject] {
				t.Errorf("%s: quad %v has a subject deletion cannot find", f.Article.ID, q)
			}
			if q.Label != A {
				t.Errorf("%s: quad %v not labelled with the article", f.Article.ID, q)
			}
		}
	}
}

func TestFillIRIs(t *testing.T) {
	v := schema.New("")
	_, d := handMade()
	v.FillIRIs(d)
	if d.Entities[1].IRI != "kg:entity/equinor" {
		t.Errorf("IRI = %q", d.Entities[1].IRI)
	}
	if d.Entities[3].IRI != "" {
		t.Errorf("keyless entity got IRI %q", d.Entities[3].IRI)
	}
}

func TestVocabLookups(t *testing.T) {
	v := schema.New("")
	if typ, ok := v.EntityTypeOf("kg:Country"); !ok || typ != "Country" {
		t.Errorf("EntityTypeOf(kg:Country) = %q, %v", typ, ok)
	}
	if _, ok := v.EntityTypeOf("kg:Statement"); ok {
		t.Error("kg:Statement is not an entity type")
	}
	if p, ok := v.PredicateOf("kg:vetoed"); !ok || p != "vetoed" {
		t.Errorf("PredicateOf(kg:vetoed) = %q, %v", p, ok)
	}
	if _, ok := v.PredicateOf("other:vetoed"); ok {
		t.Error("other:vetoed is outside the vocabulary")
	}
	if n := len(v.EntityTypeIRIs()); n != len(schema.EntityTypes) {
		t.Errorf("EntityTypeIRIs: %d", n)
	}
}

func TestFold(t *testing.T) {
	for in, want := range map[string]string{
		"Sjøforsvaret":      "sjoforsvaret",
		"  Émile   Zola ":   "emile zola",
		"Ærlig Åse":         "aerlig ase",
		"RUSSLAND":          "russland",
		"Zürich-Flughafen":  "zurich-flughafen",
		"Łódź":              "łodz", // ł has no decomposition; kept, lower-cased
		"São Tomé":          "sao tome",
		"\tNorge\n":         "norge",
		"Kari\u00a0Nordvik": "kari nordvik",
	} {
		if got := schema.Fold(in); got != want {
			t.Errorf("Fold(%q) = %q, want %q", in, got, want)
		}
	}
}

// The vocabulary describes exactly the predicates the extractor produces.
func TestPredicatesMatchExtractor(t *testing.T) {
	if len(schema.Predicates) != len(extract.PredicateNames) {
		t.Fatalf("schema has %d predicates, the extractor %d", len(schema.Predicates), len(extract.PredicateNames))
	}
	for i, p := range schema.Predicates {
		if p.Name != extract.PredicateNames[i] {
			t.Errorf("predicate %d: schema %q, extractor %q", i, p.Name, extract.PredicateNames[i])
		}
	}
}
