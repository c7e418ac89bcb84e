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
	// one pass first: what the extractor compiles on first use (chained
	// rule patterns) is compiled once a process, not once an article
	for _, a := range arts {
		if _, err := x.Extract(a); err != nil {
			b.Fatal(err)
		}
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

// Every article of ../shared/corpus extracts without error, and every
// mention's offsets hold its text (an extraction that panics fails the
// article: nb-0118 once did, on a list item inside a hidden mention).
func TestCorpusExtracts(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "shared", "corpus", "*.txt"))
	if len(files) == 0 {
		t.Skip("no ../shared/corpus beside the repository")
	}
	x, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		text, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		d, err := x.Extract(loaders.Article{ID: f, Text: string(text)})
		if err != nil {
			t.Errorf("%s: %v", f, err)
			continue
		}
		for _, e := range d.Entities {
			for _, m := range e.Mentions {
				if m.Start < 0 || m.End > len(text) || m.Start >= m.End || string(text[m.Start:m.End]) != m.Text {
					t.Errorf("%s: mention %q of %s at [%d,%d)", f, m.Text, e.Name, m.Start, m.End)
				}
			}
		}
	}
}
