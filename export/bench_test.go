package export

import (
	"context"
	"fmt"
	"io"
	"testing"

	"kg/graph"
)

// BenchmarkExport exports a memory store of 200 articles (copies of the
// fixtures under new ids, so 13 entities each mentioned by 130 or more
// articles) to io.Discard and reports quads/s (RDF) or entities/s.
func BenchmarkExport(b *testing.B) {
	ctx := context.Background()
	s, err := graph.Open(graph.Config{Backend: "memory", Vocab: vocab})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	for i := 0; i < 200; i++ {
		f := fixtures()[i%3]
		f.Article.ID = fmt.Sprintf("%s#copy-%d", f.Article.ID, i)
		f.Article.Hash = fmt.Sprint(f.Article.Hash, i)
		if _, err := s.PutArticle(ctx, f.IRI(vocab), f.Article.Hash, f.Quads(vocab)); err != nil {
			b.Fatal(err)
		}
	}
	for _, format := range []string{NQuads, JSONLD, GraphML, Cytoscape} {
		b.Run(format, func(b *testing.B) {
			e, err := New(ctx, s, Selection{})
			if err != nil {
				b.Fatal(err)
			}
			var c Counts
			for i := 0; i < b.N; i++ {
				if c, err = e.Write(ctx, format, io.Discard); err != nil {
					b.Fatal(err)
				}
			}
			if IsRDF(format) {
				b.ReportMetric(float64(c.Quads)*float64(b.N)/b.Elapsed().Seconds(), "quads/s")
			} else {
				b.ReportMetric(float64(c.Nodes)*float64(b.N)/b.Elapsed().Seconds(), "entities/s")
			}
		})
	}
}
