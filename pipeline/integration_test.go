package pipeline

import (
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"kg/extract"
	"kg/graph"
	"kg/loaders"
	"kg/schema"
)

// These tests run Build with the real loaders, extractor and stores on the
// repository's examples plus a few generated articles.

// corpus copies ../examples into a fresh directory, adds generated articles
// and returns the directory.
func corpus(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	entries, err := os.ReadDir("../examples")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		data, err := os.ReadFile(filepath.Join("../examples", e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		write(t, dir, e.Name(), string(data))
	}
	write(t, dir, "gen-01.txt", "France and Germany drafted a resolution on the crisis.\n\nRussia vetoed the resolution on Tuesday, diplomats said.")
	write(t, dir, "gen-02.txt", "date 2024-04 Kina og Russland la ned veto mot resolusjonen. – Vi er skuffet, sa utenriksminister Ola Berg.")
	write(t, dir, "gen-03.txt", "The Syrian army captured the town of Palmyra. Government forces now control most of the province.")
	return dir
}

func write(t *testing.T, dir, name, body string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// diskBackend is the on-disk backend for tests: bolt, kg's default, except
// under the race detector (see raceEnabled).
func diskBackend() string {
	if raceEnabled {
		return "leveldb"
	}
	return "bolt"
}

func newExtractor(t *testing.T) *extract.Extractor {
	t.Helper()
	x, err := extract.New(extract.Config{})
	if err != nil {
		t.Fatal(err)
	}
	return x
}

func openStore(t *testing.T, cfg graph.Config) *graph.Store {
	t.Helper()
	cfg.Vocab = schema.New("")
	s, err := graph.Open(cfg)
	if err != nil {
		t.Fatalf("open %s store: %v", cfg.Backend, err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// allQuads lists every quad in the store, as sorted strings.
func allQuads(t *testing.T, s *graph.Store) []string {
	t.Helper()
	r := cgraph.NewQuadStoreReader(s.QuadStore())
	defer r.Close()
	var out []string
	for {
		q, err := r.ReadQuad()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, quadString(q))
	}
	slices.Sort(out)
	return out
}

func quadString(q quad.Quad) string {
	parts := make([]string, 4)
	for i, v := range []quad.Value{q.Subject, q.Predicate, q.Object, q.Label} {
		if v != nil {
			parts[i] = v.String()
		}
	}
	return strings.Join(parts, " ")
}

func TestBuildSameStoreWhateverWorkers(t *testing.T) {
	dir := corpus(t)
	x := newExtractor(t)
	var stores [][]string
	var sums []Summary
	for _, n := range []int{1, 4} {
		s := openStore(t, graph.Config{Backend: "memory"})
		var errs []error
		sum, err := Build(context.Background(), []string{dir}, Options{Workers: n, OnError: func(err error) { errs = append(errs, err) }}, x, s)
		if err != nil {
			t.Fatal(err)
		}
		if len(errs) != 0 || sum.Failed != 0 {
			t.Fatalf("workers=%d: failures %v", n, errs)
		}
		// 2 text + 1 md + 2 jsonl examples + 3 generated
		if sum.Read != 8 || sum.Loaded != 8 {
			t.Fatalf("workers=%d: summary %+v", n, sum)
		}
		if sum.Entities == 0 || sum.Quads == 0 {
			t.Fatalf("workers=%d: nothing extracted: %+v", n, sum)
		}
		q := allQuads(t, s)
		if len(q) != sum.Quads {
			t.Errorf("workers=%d: store holds %d quads, summary says %d written", n, len(q), sum.Quads)
		}
		stores = append(stores, q)
		sum.Elapsed = 0
		sums = append(sums, sum)
	}
	if sums[0] != sums[1] {
		t.Errorf("summaries differ: %+v vs %+v", sums[0], sums[1])
	}
	if !slices.Equal(stores[0], stores[1]) {
		a, b := stores[0], stores[1]
		for _, s := range a {
			if !slices.Contains(b, s) {
				t.Errorf("only with workers=1: %s", s)
			}
		}
		for _, s := range b {
			if !slices.Contains(a, s) {
				t.Errorf("only with workers=4: %s", s)
			}
		}
		t.Fatalf("stores differ: %d vs %d quads", len(a), len(b))
	}
}

func TestBuildBoltRebuildAndBadFile(t *testing.T) {
	dir := corpus(t)
	// A file over the size limit and an unreadable file among good ones.
	write(t, dir, "huge.txt", strings.Repeat("Russia vetoed the resolution. ", 400))
	bad := write(t, dir, "secret.txt", "not readable")
	if err := os.Chmod(bad, 0); err != nil {
		t.Fatal(err)
	}
	if f, err := os.Open(bad); err == nil { // running as root: permissions do not stop us
		f.Close()
		os.Remove(bad)
		bad = ""
	}
	x := newExtractor(t)
	storePath := filepath.Join(t.TempDir(), "kg.db")
	s := openStore(t, graph.Config{Backend: diskBackend(), Path: storePath})

	var errs []error
	opts := Options{Workers: 3, MaxBytes: 8 << 10, OnError: func(err error) { errs = append(errs, err) }}
	sum, err := Build(context.Background(), []string{dir}, opts, x, s)
	if err != nil {
		t.Fatal(err)
	}
	wantFailed := 1
	if bad != "" {
		wantFailed = 2
	}
	if sum.Failed != wantFailed || len(errs) != wantFailed {
		t.Fatalf("failed %d, reported %v; want %d", sum.Failed, errs, wantFailed)
	}
	for _, err := range errs {
		var le *loaders.Error
		if !errors.As(err, &le) {
			t.Errorf("failure %v is not a *loaders.Error", err)
		}
		if !strings.Contains(err.Error(), "huge.txt") && !strings.Contains(err.Error(), "secret.txt") {
			t.Errorf("failure %q does not name the file", err)
		}
	}
	if sum.Loaded != 8 || sum.Read != 8+wantFailed || sum.Loaded+sum.Replaced+sum.Unchanged+sum.Failed != sum.Read {
		t.Fatalf("summary %+v", sum)
	}
	first := allQuads(t, s)
	if len(first) != sum.Quads {
		t.Errorf("store holds %d quads, summary says %d", len(first), sum.Quads)
	}

	// Rebuild into the reopened store: nothing changes.
	s.Close()
	s = openStore(t, graph.Config{Backend: diskBackend(), Path: storePath})
	errs = nil
	again, err := Build(context.Background(), []string{dir}, opts, x, s)
	if err != nil {
		t.Fatal(err)
	}
	if again.Unchanged != 8 || again.Loaded+again.Replaced != 0 || again.Quads != 0 || again.Failed != wantFailed {
		t.Fatalf("rebuild summary %+v", again)
	}
	if second := allQuads(t, s); !slices.Equal(first, second) {
		t.Fatalf("rebuild changed the store: %d → %d quads", len(first), len(second))
	}

	// Strict stops at the first failure.
	errs = nil
	opts.Strict = true
	if _, err := Build(context.Background(), []string{dir}, opts, x, s); !errors.Is(err, ErrStopped) || len(errs) != 1 {
		t.Fatalf("strict: err %v, reported %v", err, errs)
	}
}

func TestExtractExamples(t *testing.T) {
	var docs []*extract.Document
	sum, err := Extract(context.Background(), []string{"../examples"}, Options{Workers: 2}, newExtractor(t), func(d *extract.Document) error {
		docs = append(docs, d)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Read != 5 || len(docs) != 5 {
		t.Fatalf("summary %+v, %d documents", sum, len(docs))
	}
	var ids []string
	for _, d := range docs {
		ids = append(ids, d.Source)
		for _, e := range d.Entities {
			if !strings.HasPrefix(e.IRI, "kg:entity/") {
				t.Errorf("%s: entity %q has IRI %q", d.Source, e.Name, e.IRI)
			}
		}
	}
	// Directory entries come in name order, JSON lines in line order.
	if !slices.IsSorted(ids) || !strings.HasSuffix(ids[0], "en-envoy.txt") {
		t.Errorf("documents out of input order: %v", ids)
	}
}
