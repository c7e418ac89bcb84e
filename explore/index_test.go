package explore

import (
	"context"
	"fmt"
	"math/rand"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"github.com/cayleygraph/quad"

	"kg/extract"
	"kg/graph"
	"kg/loaders"
)

// variedStore writes articles to a disk store that exercise what the
// explorer's index reads must get right: an edge stated twice in one
// article, a relation of an entity with itself, a predicate kg does not
// list, entities whose articles disagree on their name and type (ties
// included), dated and undated articles, and articles replaced by other
// versions or deleted (Cayley keeps deleted quads in its indexes). It
// returns the store and the entities.
func variedStore(t *testing.T) (*graph.Store, []quad.IRI) {
	t.Helper()
	backend := map[bool]string{false: "bolt", true: "leveldb"}[raceEnabled]
	s, err := graph.Open(graph.Config{Backend: backend, Path: filepath.Join(t.TempDir(), "kg.db"), Vocab: vocab})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	const entities = 40
	rng := rand.New(rand.NewSource(7))
	zipf := rand.NewZipf(rng, 1.3, 2, entities-1)
	preds := []string{"vetoed", "supports", "opposes", "locatedIn", "memberOf", "praised"} // praised is not a kg predicate
	types := []string{"Organization", "Country", "Person"}
	ctx := context.Background()
	write := func(i, version int) {
		id := fmt.Sprintf("varied/%03d.txt", i)
		doc := &extract.Document{ID: id, Language: "en"}
		ids := map[uint64]string{}
		ent := func(n uint64) string {
			if e, ok := ids[n]; ok {
				return e
			}
			e := fmt.Sprintf("e%d", len(ids)+1)
			ids[n] = e
			name := fmt.Sprintf("Entity %d", n)
			if rng.Intn(4) == 0 {
				name = fmt.Sprintf("Entity %d variant %d", n, rng.Intn(2))
			}
			typ := types[int(n)%len(types)]
			if rng.Intn(5) == 0 {
				typ = types[rng.Intn(len(types))]
			}
			doc.Entities = append(doc.Entities, extract.Entity{ID: e, Key: fmt.Sprintf("entity-%d", n), Name: name, Type: typ})
			return e
		}
		for r := 0; r < 3+rng.Intn(5); r++ {
			a, o := zipf.Uint64(), zipf.Uint64()
			if rng.Intn(10) == 0 {
				o = a // a relation of an entity with itself
			}
			p := preds[rng.Intn(len(preds))]
			doc.Relations = append(doc.Relations, extract.Relation{Subject: ent(a), Predicate: p, Object: ent(o),
				Evidence: "A sentence.", Start: r * 20, End: r*20 + 11, Confidence: 0.8})
			if rng.Intn(6) == 0 { // the same edge stated again further on
				doc.Relations = append(doc.Relations, extract.Relation{Subject: ent(a), Predicate: p, Object: ent(o),
					Evidence: "Again.", Start: 500 + r*20, End: 500 + r*20 + 6, Confidence: 0.7})
			}
		}
		art := loaders.Article{ID: id, Title: id}
		if i%3 != 0 {
			art.Date = fmt.Sprintf("2024-%02d-%02d", 1+(i+version)%12, 1+i%28)
		}
		hash := fmt.Sprintf("%s@%d", id, version)
		if _, err := s.PutArticle(ctx, vocab.Article(id), hash, vocab.ArticleQuads(art, doc, hash)); err != nil {
			t.Fatal(err)
		}
	}
	for i := 0; i < 120; i++ {
		write(i, 0)
	}
	for i := 0; i < 120; i += 7 {
		write(i, 1) // replaced: the old version's quads are deleted
	}
	for i := 3; i < 120; i += 11 {
		if _, err := s.DeleteArticle(ctx, vocab.Article(fmt.Sprintf("varied/%03d.txt", i))); err != nil {
			t.Fatal(err)
		}
	}
	// An entity renamed: most articles that gave its old name, more of
	// them than give the new one, are deleted; one is left, so that the
	// old name is still in the store.
	renamed := func(id, name string) {
		doc := &extract.Document{ID: id, Language: "en", Entities: []extract.Entity{
			{ID: "e1", Key: "renamed", Name: name, Type: "Organization"},
			{ID: "e2", Key: "entity-1", Name: "Entity 1", Type: "Country"}},
			Relations: []extract.Relation{{Subject: "e1", Predicate: "memberOf", Object: "e2", Evidence: "A sentence.", End: 11, Confidence: 0.8}}}
		if _, err := s.PutArticle(ctx, vocab.Article(id), id, vocab.ArticleQuads(loaders.Article{ID: id, Title: id}, doc, id)); err != nil {
			t.Fatal(err)
		}
	}
	renamed("varied/renamed-old.txt", "Old Name") // first, so the deleted quads name the same node
	for i := 0; i < 3; i++ {
		id := fmt.Sprintf("varied/renamed-%d.txt", i)
		renamed(id, "Old Name")
		if _, err := s.DeleteArticle(ctx, vocab.Article(id)); err != nil {
			t.Fatal(err)
		}
	}
	renamed("varied/renamed-new-0.txt", "New Name")
	renamed("varied/renamed-new-1.txt", "New Name")
	out := []quad.IRI{vocab.Entity("renamed")}
	for n := 0; n < entities; n++ {
		out = append(out, vocab.Entity(fmt.Sprintf("entity-%d", n)))
	}
	return s, append(out, vocab.Entity("no-such-entity"))
}

// TestIndexReadsAnswerAsWholeNodeReads: on a KV store the explorer reads
// through the subject-predicate and object-predicate indexes (and counts
// statements from direct edges); every answer must be the one reading
// each node's quads whole gives.
func TestIndexReadsAnswerAsWholeNodeReads(t *testing.T) {
	s, ents := variedStore(t)
	fast := New(s.QuadStore(), vocab)
	if fast.idx == nil {
		t.Fatalf("no pair indexes found on a %s store made by kg", s.Backend())
	}
	slow := New(s.QuadStore(), vocab)
	slow.idx = nil
	ctx := context.Background()
	same := func(what string, a, b any, errA, errB error) {
		t.Helper()
		if fmt.Sprint(errA) != fmt.Sprint(errB) || !reflect.DeepEqual(a, b) {
			t.Errorf("%s:\nindexes: %+v (%v)\nwhole:   %+v (%v)", what, a, errA, b, errB)
		}
	}
	opts := []Options{
		{},
		{Depth: 2},
		{Predicates: []string{"supports", "locatedIn"}},
		{Since: time.Date(2024, 6, 1, 0, 0, 0, 0, time.UTC)},
		{Depth: 2, MaxNodes: 5},
	}
	if e, _, err := fast.Entity(ctx, vocab.Entity("renamed")); err != nil || e.Name != "New Name" {
		t.Errorf("renamed entity = %+v, %v; want the name most of its live articles give, New Name", e, err)
	}
	relations, fallback := 0, 0
	for _, e := range ents {
		a, okA, errA := fast.Entity(ctx, e)
		b, okB, errB := slow.Entity(ctx, e)
		same("entity "+string(e), []any{a, okA}, []any{b, okB}, errA, errB)
		for _, o := range opts {
			na, errA := fast.Neighbourhood(ctx, e, o)
			nb, errB := slow.Neighbourhood(ctx, e, o)
			same(fmt.Sprintf("neighbourhood of %s %+v", e, o), na, nb, errA, errB)
			if na != nil && o.Depth == 0 && len(o.Predicates) == 0 && o.Since.IsZero() {
				relations += len(na.Relations)
				for _, r := range na.Relations {
					if r.Statements > r.Articles {
						fallback++
					}
				}
			}
		}
	}
	// The store must have exercised both ways of counting statements.
	if relations < 50 || fallback == 0 {
		t.Errorf("%d relations, %d with more statements than articles: the store does not exercise the counting", relations, fallback)
	}
	if fast.counted.Load() == 0 {
		t.Errorf("no entity's statements were counted in the index: the store does not exercise oneStatementEach")
	}
	hops := 0
	for i := 0; i+1 < len(ents); i += 3 {
		pa, errA := fast.Paths(ctx, ents[i], ents[i+1], PathOptions{MaxPaths: 20})
		pb, errB := slow.Paths(ctx, ents[i], ents[i+1], PathOptions{MaxPaths: 20})
		same(fmt.Sprintf("paths %s -> %s", ents[i], ents[i+1]), pa, pb, errA, errB)
		for _, p := range pa {
			hops += len(p.Hops)
		}
	}
	if hops < 10 {
		t.Errorf("the paths compared have %d hops in all: too few to tell", hops)
	}
}

// TestPairIndexesOnlyOnKVStores: memstore has no KV indexes, and the
// explorer reads it whole.
func TestPairIndexesOnlyOnKVStores(t *testing.T) {
	s, err := graph.Open(graph.Config{Backend: "memory", Vocab: vocab})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if New(s.QuadStore(), vocab).idx != nil {
		t.Error("pair indexes on a memory store")
	}
}
