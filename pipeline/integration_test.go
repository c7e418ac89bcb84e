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
	"kg/graph/pgtest"
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
	// Memory and disk, one worker and four, one article per transaction
	// and batches: the same store.
	runs := []struct {
		backend     string
		workers     int
		batchQuads  int
		description string
	}{
		{"memory", 1, 1, "memory, 1 worker, one article per transaction"},
		{"memory", 4, 0, "memory, 4 workers, batches"},
		{diskBackend(), 4, 0, diskBackend() + ", 4 workers, batches"},
		{diskBackend(), 2, 200, diskBackend() + ", 2 workers, batches of 200 quads"},
	}
	for _, r := range runs {
		n := r.description
		cfg := graph.Config{Backend: r.backend}
		if r.backend != "memory" {
			cfg.Path = filepath.Join(t.TempDir(), "kg.db")
		}
		s := openStore(t, cfg)
		var errs []error
		sum, err := Build(context.Background(), []string{dir}, Options{Workers: r.workers, BatchQuads: r.batchQuads, OnError: func(err error) { errs = append(errs, err) }}, x, s)
		if err != nil {
			t.Fatal(err)
		}
		if len(errs) != 0 || sum.Failed != 0 {
			t.Fatalf("%s: failures %v", n, errs)
		}
		// 2 text + 1 md + 2 jsonl examples + 3 generated
		if sum.Read != 8 || sum.Loaded != 8 {
			t.Fatalf("%s: summary %+v", n, sum)
		}
		if sum.Entities == 0 || sum.Quads == 0 {
			t.Fatalf("%s: nothing extracted: %+v", n, sum)
		}
		q := allQuads(t, s)
		if len(q) != sum.Quads {
			t.Errorf("%s: store holds %d quads, summary says %d written", n, len(q), sum.Quads)
		}
		stores = append(stores, q)
		sum.Elapsed = 0
		sums = append(sums, sum)
	}
	for i := 1; i < len(runs); i++ {
		if sums[0] != sums[i] {
			t.Errorf("summaries differ: %s %+v, %s %+v", runs[0].description, sums[0], runs[i].description, sums[i])
		}
		if !slices.Equal(stores[0], stores[i]) {
			a, b := stores[0], stores[i]
			for _, s := range a {
				if !slices.Contains(b, s) {
					t.Errorf("only with %s: %s", runs[0].description, s)
				}
			}
			for _, s := range b {
				if !slices.Contains(a, s) {
					t.Errorf("only with %s: %s", runs[i].description, s)
				}
			}
			t.Fatalf("stores differ: %d vs %d quads", len(a), len(b))
		}
	}
}

// storeBackends are the persistent backends the build tests run on: the
// disk backend and postgres (skipped without KG_TEST_POSTGRES outside CI).
func storeBackends(t *testing.T, fn func(t *testing.T, cfg graph.Config)) {
	for _, b := range []string{diskBackend(), "postgres"} {
		t.Run(b, func(t *testing.T) {
			cfg := graph.Config{Backend: b}
			if b == "postgres" {
				cfg.Address = pgtest.Database(t)
			} else {
				cfg.Path = filepath.Join(t.TempDir(), "kg.db")
			}
			fn(t, cfg)
		})
	}
}

func TestBuildRebuildAndBadFile(t *testing.T) {
	storeBackends(t, testBuildRebuildAndBadFile)
}

func testBuildRebuildAndBadFile(t *testing.T, cfg graph.Config) {
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
	s := openStore(t, cfg)

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
	s = openStore(t, cfg)
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

// TestEntitiesLinkAcrossBuilds builds two articles that mention the same
// entities in two separate runs, reopening the store in between: each
// entity stays one node that both articles point at.
func TestEntitiesLinkAcrossBuilds(t *testing.T) {
	storeBackends(t, func(t *testing.T, cfg graph.Config) {
		dir := t.TempDir()
		first := write(t, dir, "first.txt", "Russia vetoed the resolution drafted by France.")
		second := write(t, dir, "second.txt", "France and Russia met again in Geneva on Friday.")
		x := newExtractor(t)
		v := schema.New("")
		for _, path := range []string{first, second} {
			s := openStore(t, cfg)
			sum, err := Build(context.Background(), []string{path}, Options{}, x, s)
			if err != nil || sum.Loaded != 1 {
				t.Fatalf("build %s: %+v %v", path, sum, err)
			}
			s.Close()
		}
		s := openStore(t, cfg)
		qs := s.QuadStore()
		mentions := v.Term(schema.TermMentions)
		for _, key := range []string{"russia", "france"} {
			ent := v.Entity(key)
			var from []string
			it := qs.QuadIterator(quad.Object, qs.ValueOf(ent))
			for it.Next(context.Background()) {
				if q := qs.Quad(it.Result()); q.Predicate == mentions {
					from = append(from, q.Subject.String())
				}
			}
			it.Close()
			slices.Sort(from)
			want := []string{v.Article(first).String(), v.Article(second).String()}
			slices.Sort(want)
			if !slices.Equal(from, want) {
				t.Errorf("%s is mentioned by %v, want both articles %v", ent, from, want)
			}
		}
		// Both again, in one run: nothing changes.
		sum, err := Build(context.Background(), []string{first, second}, Options{}, x, s)
		if err != nil || sum.Unchanged != 2 {
			t.Fatalf("rebuild: %+v %v", sum, err)
		}
	})
}
