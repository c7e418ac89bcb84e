package graph

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"kg/schema"
	"kg/schema/schematest"
)

// TestLabelIndex checks that new bolt and leveldb stores get the label
// index, and that a store made without it (as older kg versions and
// Cayley's own tools make them) still replaces and deletes articles whole.
func TestLabelIndex(t *testing.T) {
	for _, backend := range []string{"bolt", "leveldb"} {
		t.Run(backend, func(t *testing.T) {
			if backend == "bolt" {
				skipBoltUnderRace(t)
			}
			if s := openTest(t, backend); !s.labelIndex {
				t.Errorf("a new %s store has no label index", backend)
			}

			dir := filepath.Join(t.TempDir(), "cayley.db")
			if err := cgraph.InitQuadStore(backend, dir, nil); err != nil {
				t.Fatal(err)
			}
			s, err := Open(Config{Backend: backend, Path: dir, Vocab: vocab})
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			if s.labelIndex {
				t.Fatalf("a store Cayley created reports the label index")
			}
			en, revised, no := schematest.English(), schematest.EnglishRevised(), schematest.Norwegian()
			put(t, s, en)
			put(t, s, no)
			if got := put(t, s, revised); got != Replaced {
				t.Fatalf("replace: %v", got)
			}
			sameQuads(t, s, en.IRI(vocab), revised.Quads(vocab))
			sameQuads(t, s, no.IRI(vocab), no.Quads(vocab))
			if n, err := s.DeleteArticle(context.Background(), en.IRI(vocab)); err != nil || n != len(revised.Quads(vocab)) {
				t.Fatalf("delete: %d quads, %v; want %d", n, err, len(revised.Quads(vocab)))
			}
			if n := count(t, s); n != int64(len(no.Quads(vocab))) {
				t.Errorf("%d quads left, want the Norwegian article's %d", n, len(no.Quads(vocab)))
			}
		})
	}
}

// BenchmarkReplaceSharedEntity replaces one of many articles that all
// mention the same entity, with and without the label index: without it
// the replacement reads the entity's quads of every article.
func BenchmarkReplaceSharedEntity(b *testing.B) {
	const articles = 3000
	v := schema.New("")
	ent := v.Entity("russia")
	version := func(i, rev int) ArticleVersion {
		a := v.Article(fmt.Sprintf("a%d", i))
		q := func(s, p, o quad.Value) quad.Quad { return quad.Quad{Subject: s, Predicate: p, Object: o, Label: a} }
		return ArticleVersion{IRI: a, Hash: fmt.Sprintf("h%d-%d", i, rev), Quads: []quad.Quad{
			q(a, v.Term(schema.TermType), v.Term(schema.ClassArticle)),
			q(a, v.Term(schema.TermMentions), ent),
			q(ent, v.Term(schema.TermType), v.Term("Country")),
			q(ent, v.Term(schema.TermName), quad.String("Russia")),
			q(ent, v.Term(schema.TermAlias), quad.String(fmt.Sprintf("Russia %d", rev))),
		}}
	}
	for _, index := range []bool{true, false} {
		b.Run(fmt.Sprintf("label-index=%v", index), func(b *testing.B) {
			backend := diskBackend()
			dir := filepath.Join(b.TempDir(), "kg.db")
			if !index {
				if err := cgraph.InitQuadStore(backend, dir, nil); err != nil {
					b.Fatal(err)
				}
			}
			s, err := Open(Config{Backend: backend, Path: dir, Vocab: v})
			if err != nil {
				b.Fatal(err)
			}
			defer s.Close()
			ctx := context.Background()
			batch := make([]ArticleVersion, 0, 500)
			for i := range articles {
				batch = append(batch, version(i, 0))
				if len(batch) == cap(batch) {
					if _, err := s.PutArticles(ctx, batch); err != nil {
						b.Fatal(err)
					}
					batch = batch[:0]
				}
			}
			rev := 0
			for b.Loop() {
				rev++
				if out, err := s.PutArticles(ctx, []ArticleVersion{version(0, rev)}); err != nil || out[0] != Replaced {
					b.Fatalf("replace: %v %v", out, err)
				}
			}
		})
	}
}
