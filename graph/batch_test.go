package graph

import (
	"context"
	"slices"
	"testing"

	"github.com/cayleygraph/quad"

	"kg/schema/schematest"
)

// TestPutArticlesSameAsOneByOne writes a batch holding a new article, a
// second new article, a revision of the first (the same IRI twice in one
// batch) and that revision again, and checks the outcomes and that the
// store equals the one written article by article.
func TestPutArticlesSameAsOneByOne(t *testing.T) {
	forEachBackend(t, func(t *testing.T, backend string) {
		ctx := context.Background()
		en, no, revised := schematest.English(), schematest.Norwegian(), schematest.EnglishRevised()
		batch := []schematest.Fixture{en, no, revised, revised}
		versions := make([]ArticleVersion, len(batch))
		for i, f := range batch {
			versions[i] = ArticleVersion{IRI: f.IRI(vocab), Hash: f.Article.Hash, Quads: f.Quads(vocab)}
		}

		batched := openTest(t, backend)
		got, err := batched.PutArticles(ctx, versions)
		if err != nil {
			t.Fatal(err)
		}
		want := []Outcome{Loaded, Loaded, Replaced, Unchanged}
		if !slices.Equal(got, want) {
			t.Fatalf("outcomes %v, want %v", got, want)
		}
		sameQuads(t, batched, en.IRI(vocab), revised.Quads(vocab))
		sameQuads(t, batched, no.IRI(vocab), no.Quads(vocab))

		single := openTest(t, backend)
		for i, f := range batch {
			if out := put(t, single, f); out != want[i] {
				t.Fatalf("one by one: article %d %v, want %v", i, out, want[i])
			}
		}
		if a, b := allKeys(t, batched), allKeys(t, single); !slices.Equal(a, b) {
			t.Fatalf("batched store has %d quads, one-by-one store %d; they differ", len(a), len(b))
		}

		// The whole batch again changes nothing.
		again, err := batched.PutArticles(ctx, versions[1:])
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(again, []Outcome{Unchanged, Unchanged, Unchanged}) {
			t.Errorf("second batch: %v, want all unchanged", again)
		}
	})
}

func TestPutArticlesRejectsBadBatch(t *testing.T) {
	s := openTest(t, "memory")
	en, no := schematest.English(), schematest.Norwegian()
	bad := en.Quads(vocab)
	bad[0].Label = no.IRI(vocab)
	_, err := s.PutArticles(context.Background(), []ArticleVersion{
		{IRI: no.IRI(vocab), Hash: no.Article.Hash, Quads: no.Quads(vocab)},
		{IRI: en.IRI(vocab), Hash: en.Article.Hash, Quads: bad},
	})
	if err == nil {
		t.Fatal("a quad labelled with another article was accepted")
	}
	if n := count(t, s); n != 0 {
		t.Errorf("a rejected batch wrote %d quads", n)
	}
}

// allKeys lists every quad of the store as sorted keys.
func allKeys(t *testing.T, s *Store) []string {
	t.Helper()
	it := s.qs.QuadsAllIterator()
	defer it.Close()
	var out []string
	for it.Next(context.Background()) {
		out = append(out, keys([]quad.Quad{s.qs.Quad(it.Result())})...)
	}
	if err := it.Err(); err != nil {
		t.Fatal(err)
	}
	slices.Sort(out)
	return out
}
