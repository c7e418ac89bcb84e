package robust

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"kg/extract"
	"kg/loaders"
	"kg/schema"
)

// Pathological inputs, generated at size n (bytes, or nesting depth for
// HTML). None has a sentence end, so a sentence is the whole input.
var pathological = []struct {
	name string
	ext  string // file extension, which decides the loader
	n    int    // the small size; the test compares n with 4n
	gen  func(n int) string
}{
	{"one long line", ".txt", 5 << 20 / 4, func(n int) string {
		// 4n = 5 MiB.
		return repeatWords(n, "the", "council", "met", "in", "Oslo", "with", "Jonas", "and", "talks", "about", "ferry", "Sweden", "said")
	}},
	{"capitalised words", ".txt", 1 << 20, func(n int) string {
		// n ≈ 150k words.
		return repeatWords(n, "Oslo", "Paris", "Norway", "Council", "Minister", "Alpha", "Bergen", "Støre", "United", "Nations")
	}},
	{"one long JSON line", ".jsonl", 1 << 20, func(n int) string {
		return `{"id": "long", "text": "` + repeatWords(n, "Regjeringen", "i", "Oslo", "sa", "at", "avtalen", "er", "viktig") + `"}` + "\n"
	}},
	{"one long Markdown line", ".md", 1 << 20, func(n int) string {
		return "# Title\n\n" + repeatWords(n, "*the*", "**council**", "[met](http://x)", "`in`", "Oslo", "_with_", "Jonas")
	}},
	// x/net/html refuses more than 512 open elements ("open stack of
	// elements exceeds 512 nodes", see TestBadInput), and readability's
	// link density is quadratic in the depth, which that bounds: at the
	// deepest nesting the parser takes, time must grow linearly with the
	// content.
	{"deeply nested HTML", ".html", 64 << 10, func(n int) string {
		return nestedHTML(n, true)
	}},
	{"deeply nested unclosed HTML", ".html", 64 << 10, func(n int) string {
		return nestedHTML(n, false)
	}},
}

// htmlDepth is the nesting of nestedHTML: near x/net/html's limit of 512.
const htmlDepth = 500

// nestedHTML returns about n bytes of HTML: htmlDepth nested divs, each
// with its share of the text, closed or left open.
func nestedHTML(n int, closed bool) string {
	var b strings.Builder
	b.WriteString("<html><body>")
	per := n / htmlDepth
	for i := range htmlDepth {
		fmt.Fprintf(&b, "<div class=\"c%d\"><p>%s", i, repeatWords(per, "the", "talks", "in", "Oslo", "went", "on,", "officials", "said."))
		if closed {
			b.WriteString("</p>")
		}
	}
	if closed {
		b.WriteString(strings.Repeat("</div>", htmlDepth))
	}
	b.WriteString("</body></html>")
	return b.String()
}

func repeatWords(n int, words ...string) string {
	var b strings.Builder
	b.Grow(n + 20)
	for i := 0; b.Len() < n; i++ {
		b.WriteString(words[i%len(words)])
		b.WriteByte(' ')
	}
	return b.String()
}

// maxRatio bounds time(4n) / time(n): 4 for linear work, with room for
// noise and caches; quadratic work gives 16.
const maxRatio = 8

// scaling measures op on inputs of size n and 4n (min of 3
// testing.Benchmark runs each) and fails if the time grows more than
// maxRatio times.
func scaling(t *testing.T, what string, n int, op func(n int) func(b *testing.B)) {
	t.Helper()
	if f := flag.Lookup("test.benchtime"); f != nil && f.Value.String() == "1s" {
		f.Value.Set("200ms") // enough for a minimum; keeps the test short
		defer f.Value.Set("1s")
	}
	measure := func(n int) time.Duration {
		bench := op(n)
		best := time.Duration(0)
		for range 3 {
			r := testing.Benchmark(bench)
			if r.N == 0 {
				t.Fatalf("%s at size %d: the benchmark failed", what, n)
			}
			if d := time.Duration(r.NsPerOp()); best == 0 || d < best {
				best = d
			}
		}
		return best
	}
	small, large := measure(n), measure(4*n)
	ratio := float64(large) / float64(max(small, 1))
	t.Logf("%s: %s at %d, %s at %d: ×%.1f", what, small, n, large, 4*n, ratio)
	if ratio > maxRatio {
		t.Errorf("%s is not linear: 4× the input takes %.1f× the time (%s at %d, %s at %d)", what, ratio, small, n, large, 4*n)
	}
}

// TestLoadersLinear reads each pathological input with the loaders
// (through loaders.Read, from a file) in time linear in its size.
func TestLoadersLinear(t *testing.T) {
	skipUnderRace(t)
	if testing.Short() {
		t.Skip("measures running time")
	}
	dir := t.TempDir()
	for _, p := range pathological {
		t.Run(strings.ReplaceAll(p.name, " ", "_"), func(t *testing.T) {
			scaling(t, "reading "+p.name, p.n, func(n int) func(*testing.B) {
				path := filepath.Join(dir, fmt.Sprintf("in-%d%s", n, p.ext))
				if err := os.WriteFile(path, []byte(p.gen(n)), 0o644); err != nil {
					t.Fatal(err)
				}
				return func(b *testing.B) {
					for b.Loop() {
						for _, err := range loaders.Read([]string{path}, loaders.Options{}) {
							if err != nil {
								b.Fatal(err)
							}
						}
					}
				}
			})
		})
	}
}

// TestExtractLinear extracts each pathological input (as its loader reads
// it) and builds its quads in time linear in its size.
func TestExtractLinear(t *testing.T) {
	skipUnderRace(t)
	if testing.Short() {
		t.Skip("measures running time")
	}
	x, err := extract.New(extract.Config{})
	if err != nil {
		t.Fatal(err)
	}
	v := schema.New("")
	dir := t.TempDir()
	for _, p := range pathological {
		t.Run(strings.ReplaceAll(p.name, " ", "_"), func(t *testing.T) {
			if p.ext == ".html" {
				t.Skip("readability keeps only a little of nested HTML: nothing to measure beyond the text cases")
			}
			// Extraction is slower than reading: a quarter of the size.
			n := p.n / 4
			scaling(t, "extracting "+p.name, n, func(n int) func(*testing.B) {
				path := filepath.Join(dir, fmt.Sprintf("in-%d%s", n, p.ext))
				if err := os.WriteFile(path, []byte(p.gen(n)), 0o644); err != nil {
					t.Fatal(err)
				}
				var arts []loaders.Article
				for a, err := range loaders.Read([]string{path}, loaders.Options{}) {
					if err != nil {
						t.Fatal(err)
					}
					arts = append(arts, a)
				}
				return func(b *testing.B) {
					for b.Loop() {
						for _, a := range arts {
							d, err := x.Extract(a)
							if err != nil {
								b.Fatal(err)
							}
							v.ArticleQuads(a, d, a.Hash)
						}
					}
				}
			})
		})
	}
}
