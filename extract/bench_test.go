package extract

import (
	"os"
	"path/filepath"
	"testing"

	"kg/loaders"
)

// BenchmarkExtractCorpus extracts every article of ../shared/corpus and
// reports throughput in MB of text per second (one goroutine).
func BenchmarkExtractCorpus(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "shared", "corpus", "*.txt"))
	if len(files) == 0 {
		b.Skip("no ../shared/corpus beside the repository")
	}
	var arts []loaders.Article
	size := 0
	for _, f := range files {
		t, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		arts = append(arts, loaders.Article{ID: f, Text: string(t)})
		size += len(t)
	}
	x, err := New(Config{})
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, a := range arts {
			if _, err := x.Extract(a); err != nil {
				b.Fatal(err)
			}
		}
	}
}
