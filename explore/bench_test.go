package explore

import (
	"context"
	"fmt"
	"math/rand"
	"path/filepath"
	"testing"

	"kg/extract"
	"kg/graph"
	"kg/loaders"
)

// synthStore writes articles synthetic articles to a disk store, each with
// relations among entities drawn from a pool of size entities (a few hubs,
// many rare ones), and returns the store.
func synthStore(b *testing.B, articles, entities int) *graph.Store {
	b.Helper()
	backend := map[bool]string{false: "bolt", true: "leveldb"}[raceEnabled]
	s, err := graph.Open(graph.Config{Backend: backend, Path: filepath.Join(b.TempDir(), "kg.db"), Vocab: vocab})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	rng := rand.New(rand.NewSource(1))
	zipf := rand.NewZipf(rng, 1.2, 4, uint64(entities-1))
	preds := []string{"vetoed", "drafted", "supports", "opposes", "controls", "attacked", "memberOf", "represents"}
	for i := 0; i < articles; i++ {
		id := fmt.Sprintf("synth/%05d.txt", i)
		doc := &extract.Document{ID: id, Language: "en"}
		seen := map[uint64]string{}
		ent := func(n uint64) string {
			if e, ok := seen[n]; ok {
				return e
			}
			e := fmt.Sprintf("e%d", len(seen)+1)
			seen[n] = e
			doc.Entities = append(doc.Entities, extract.Entity{ID: e, Key: fmt.Sprintf("entity-%d", n),
				Name: fmt.Sprintf("Entity %d", n), Type: "Organization"})
			return e
		}
		for r := 0; r < 6; r++ {
			a, o := zipf.Uint64(), zipf.Uint64()
			if a == o {
				continue
			}
			doc.Relations = append(doc.Relations, extract.Relation{Subject: ent(a), Predicate: preds[rng.Intn(len(preds))], Object: ent(o),
				Evidence: "A sentence.", Start: r * 20, End: r*20 + 11, Confidence: 0.8})
		}
		art := loaders.Article{ID: id, Title: id, Date: fmt.Sprintf("2024-%02d-%02d", 1+i%12, 1+i%28), Hash: id}
		if _, err := s.PutArticle(context.Background(), vocab.Article(id), id, vocab.ArticleQuads(art, doc, id)); err != nil {
			b.Fatal(err)
		}
	}
	return s
}

// BenchmarkNeighbourhood: the depth-1 and depth-2 neighbourhood of the
// biggest hub, and a path between two rare entities, on 2000 articles
// (about 12,000 statements among 3,000 entities).
func BenchmarkNeighbourhood(b *testing.B) {
	s := synthStore(b, 2000, 3000)
	x := New(s.QuadStore(), vocab)
	ctx := context.Background()
	hub := vocab.Entity("entity-0")
	for _, depth := range []int{1, 2} {
		b.Run(fmt.Sprintf("depth%d", depth), func(b *testing.B) {
			var nodes, rels int
			for i := 0; i < b.N; i++ {
				n, err := x.Neighbourhood(ctx, hub, Options{Depth: depth, MaxNodes: 5000})
				if err != nil {
					b.Fatal(err)
				}
				nodes, rels = len(n.Nodes), len(n.Relations)
			}
			b.ReportMetric(float64(nodes), "nodes")
			b.ReportMetric(float64(rels), "relations")
		})
	}
	b.Run("path", func(b *testing.B) {
		var hops int
		for i := 0; i < b.N; i++ {
			paths, err := x.Paths(ctx, vocab.Entity("entity-700"), vocab.Entity("entity-1500"), PathOptions{MaxDepth: 6})
			if err != nil {
				b.Fatal(err)
			}
			if len(paths) > 0 {
				hops = len(paths[0].Hops)
			}
		}
		b.ReportMetric(float64(hops), "hops")
	})
}
