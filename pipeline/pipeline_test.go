package pipeline

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"math/rand/v2"
	"os"
	"runtime/debug"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/cayleygraph/quad"

	"kg/extract"
	"kg/graph"
	"kg/loaders"
	"kg/schema"
)

// The tests in this file drive the pipeline with a fake extractor and a
// fake store, to pin down ordering, failure handling and cancellation.
// integration_test.go runs the real loaders, extractor and stores.

// fakeExtractor returns a small document per article after a random delay.
// It fails on articles whose text contains "FAIL" and panics on "PANIC".
type fakeExtractor struct {
	calls atomic.Int64
	delay time.Duration
	block map[string]chan struct{} // article ID → released when closed
}

func (x *fakeExtractor) Extract(a loaders.Article) (*extract.Document, error) {
	x.calls.Add(1)
	if ch := x.block[a.ID]; ch != nil {
		<-ch
	}
	if x.delay > 0 {
		time.Sleep(time.Duration(rand.Int64N(int64(x.delay))))
	}
	switch {
	case strings.Contains(a.Text, "PANIC"):
		var m map[string]int
		m["boom"]++ // a real runtime panic: assignment to entry in nil map
	case strings.Contains(a.Text, "FAIL"):
		return nil, errors.New("cannot read this text")
	}
	d := &extract.Document{ID: a.ID, Source: a.Source, Language: "en",
		Relations: []extract.Relation{}, Claims: []extract.Claim{}}
	for i, w := range strings.Fields(a.Text) {
		d.Entities = append(d.Entities, extract.Entity{
			ID: fmt.Sprintf("e%d", i+1), Key: strings.ToLower(w), Name: w, Type: "Country",
			Mentions: []extract.Mention{{Start: 0, End: len(w), Text: w}},
		})
	}
	if len(d.Entities) >= 2 {
		d.Relations = append(d.Relations, extract.Relation{Subject: "e1", Predicate: "supports", Object: "e2", Evidence: a.Text, Confidence: 0.9})
		d.Claims = append(d.Claims, extract.Claim{Speaker: "e1", Text: "something", Evidence: a.Text})
	}
	return d, nil
}

// fakeStore records the order of writes and keeps one hash per article.
type fakeStore struct {
	mu     sync.Mutex
	order  []quad.IRI
	hashes map[quad.IRI]string
	quads  map[quad.IRI]int
	fail   string // article IRI substring whose write fails
}

func newFakeStore() *fakeStore {
	return &fakeStore{hashes: map[quad.IRI]string{}, quads: map[quad.IRI]int{}}
}

func (s *fakeStore) PutArticle(ctx context.Context, a quad.IRI, hash string, quads []quad.Quad) (graph.Outcome, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.fail != "" && strings.Contains(string(a), s.fail) {
		return 0, errors.New("disk full")
	}
	s.order = append(s.order, a)
	old, ok := s.hashes[a]
	switch {
	case ok && old == hash:
		return graph.Unchanged, nil
	case ok:
		s.hashes[a], s.quads[a] = hash, len(quads)
		return graph.Replaced, nil
	}
	s.hashes[a], s.quads[a] = hash, len(quads)
	return graph.Loaded, nil
}

// input is a stream of articles; text "LOADERR" stands for an input the
// loaders could not read.
func input(texts ...string) iter.Seq2[loaders.Article, error] {
	return func(yield func(loaders.Article, error) bool) {
		for i, t := range texts {
			path := fmt.Sprintf("in/%03d.txt", i)
			if t == "LOADERR" {
				if !yield(loaders.Article{}, &loaders.Error{Path: path, Err: errors.New("not UTF-8")}) {
					return
				}
				continue
			}
			a := loaders.Article{ID: path, Source: path, Text: t, Hash: fmt.Sprintf("h%d-%s", i, t)}
			if !yield(a, nil) {
				return
			}
		}
	}
}

func manyTexts(n int) []string {
	words := []string{"Russia", "China", "France", "Norway", "Egypt", "Spain", "Japan"}
	out := make([]string, n)
	for i := range out {
		out[i] = words[i%len(words)] + " " + words[(i*3+1)%len(words)]
	}
	return out
}

func TestBuildOrderIndependentOfWorkers(t *testing.T) {
	texts := manyTexts(60)
	var first []quad.IRI
	var firstSum Summary
	for _, n := range []int{1, 2, 4, 16} {
		st := newFakeStore()
		var progress []int
		sum, err := build(context.Background(), input(texts...), Options{Workers: n, Progress: func(done, total int) {
			progress = append(progress, done)
		}}, &fakeExtractor{delay: time.Millisecond}, st)
		if err != nil {
			t.Fatal(err)
		}
		if len(st.order) != len(texts) {
			t.Fatalf("workers=%d: %d writes, want %d", n, len(st.order), len(texts))
		}
		for i, iri := range st.order {
			if want := schema.New("").Article(fmt.Sprintf("in/%03d.txt", i)); iri != want {
				t.Fatalf("workers=%d: write %d is %s, want %s (input order)", n, i, iri, want)
			}
		}
		if !slices.IsSorted(progress) || progress[len(progress)-1] != len(texts) {
			t.Errorf("workers=%d: progress calls %v", n, progress)
		}
		sum.Elapsed = 0
		if first == nil {
			first, firstSum = st.order, sum
			if sum.Read != 60 || sum.Loaded != 60 || sum.Entities != 120 || sum.Relations != 60 || sum.Claims != 60 || sum.Quads == 0 {
				t.Fatalf("summary %+v", sum)
			}
			continue
		}
		if !slices.Equal(first, st.order) || sum != firstSum {
			t.Fatalf("workers=%d: summary %+v, workers=1: %+v", n, sum, firstSum)
		}
	}
}

func TestBuildRebuildUnchanged(t *testing.T) {
	st := newFakeStore()
	texts := manyTexts(10)
	if _, err := build(context.Background(), input(texts...), Options{Workers: 3}, &fakeExtractor{}, st); err != nil {
		t.Fatal(err)
	}
	sum, err := build(context.Background(), input(texts...), Options{Workers: 3}, &fakeExtractor{}, st)
	if err != nil {
		t.Fatal(err)
	}
	if sum.Read != 10 || sum.Unchanged != 10 || sum.Loaded+sum.Replaced+sum.Failed != 0 {
		t.Fatalf("rebuild: %+v", sum)
	}
	if sum.Entities+sum.Relations+sum.Claims+sum.Quads != 0 {
		t.Fatalf("rebuild counted unwritten articles: %+v", sum)
	}
	texts[3] = "Chile Peru Cuba"
	sum, err = build(context.Background(), input(texts...), Options{Workers: 3}, &fakeExtractor{}, st)
	if err != nil {
		t.Fatal(err)
	}
	if sum.Replaced != 1 || sum.Unchanged != 9 || sum.Entities != 3 {
		t.Fatalf("one changed article: %+v", sum)
	}
}

func TestBuildFailuresReportedOnceInOrder(t *testing.T) {
	texts := []string{"Russia China", "LOADERR", "France PANIC", "Norway", "Egypt FAIL", "Spain Japan", "Chile"}
	st := newFakeStore()
	st.fail = "article/006-" // the 7th article's write fails
	var errs []error
	sum, err := build(context.Background(), input(texts...), Options{Workers: 4, OnError: func(err error) {
		errs = append(errs, err)
	}}, &fakeExtractor{delay: 2 * time.Millisecond}, st)
	if err != nil {
		t.Fatal(err)
	}
	want := Summary{Read: 7, Loaded: 3, Failed: 4, Entities: 5, Relations: 2, Claims: 2}
	sum.Elapsed, sum.Quads = 0, 0
	if sum != want {
		t.Fatalf("summary %+v, want %+v", sum, want)
	}
	if len(errs) != 4 {
		t.Fatalf("%d errors reported, want 4: %v", len(errs), errs)
	}
	checks := []struct{ path, text string }{
		{"in/001.txt", "not UTF-8"},
		{"in/002.txt", "extract: panic: assignment to entry in nil map"},
		{"in/004.txt", "extract: cannot read this text"},
		{"in/006.txt", "write: disk full"},
	}
	for i, c := range checks {
		msg := errs[i].Error()
		if !strings.HasPrefix(msg, c.path+": ") || !strings.Contains(msg, c.text) {
			t.Errorf("error %d = %q, want %s: ...%s...", i, msg, c.path, c.text)
		}
	}
	var le *loaders.Error
	if !errors.As(errs[0], &le) {
		t.Errorf("loader error not passed through as *loaders.Error: %T", errs[0])
	}
	var ae *ArticleError
	if !errors.As(errs[1], &ae) || ae.ID != "in/002.txt" {
		t.Errorf("panic not reported as the article's *ArticleError: %#v", errs[1])
	}
	if !strings.Contains(errs[1].Error(), "pipeline_test.go") {
		t.Errorf("panic error does not say where it happened: %v", errs[1])
	}
}

func TestBuildStrictStopsAtFirstFailure(t *testing.T) {
	texts := append([]string{"Russia China", "Egypt FAIL"}, manyTexts(30)...)
	st := newFakeStore()
	var errs []error
	sum, err := build(context.Background(), input(texts...), Options{Workers: 4, Strict: true, OnError: func(err error) {
		errs = append(errs, err)
	}}, &fakeExtractor{}, st)
	if !errors.Is(err, ErrStopped) {
		t.Fatalf("err = %v, want ErrStopped", err)
	}
	if len(errs) != 1 || !strings.HasPrefix(errs[0].Error(), "in/001.txt: ") {
		t.Fatalf("reported %v", errs)
	}
	if len(st.order) != 1 || sum.Loaded != 1 || sum.Failed != 1 || sum.Read != 2 {
		t.Fatalf("after the failure nothing may be written: %d writes, %+v", len(st.order), sum)
	}
}

func TestBuildCancel(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	st := newFakeStore()
	n := 0
	sum, err := build(ctx, input(manyTexts(200)...), Options{Workers: 4, Progress: func(done, total int) {
		n++
		if done == 5 {
			cancel()
		}
	}}, &fakeExtractor{}, st)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v", err)
	}
	if len(st.order) != 5 || sum.Loaded != 5 {
		t.Fatalf("writes after cancel: %d, %+v", len(st.order), sum)
	}
}

// TestBoundedInFlight checks that a slow article does not let the reader
// run ahead without limit.
func TestBoundedInFlight(t *testing.T) {
	release := make(chan struct{})
	x := &fakeExtractor{block: map[string]chan struct{}{"in/000.txt": release}}
	var yielded atomic.Int64
	counting := func(yield func(loaders.Article, error) bool) {
		for a, err := range input(manyTexts(500)...) {
			yielded.Add(1)
			if !yield(a, err) {
				return
			}
		}
	}
	done := make(chan Summary)
	go func() {
		sum, _ := build(context.Background(), counting, Options{Workers: 2}, x, newFakeStore())
		done <- sum
	}()
	time.Sleep(200 * time.Millisecond)
	if got := yielded.Load(); got > 4*2+1 {
		t.Errorf("%d articles read while the first was still extracting; want at most %d", got, 4*2+1)
	}
	close(release)
	if sum := <-done; sum.Loaded != 500 {
		t.Fatalf("summary %+v", sum)
	}
}

func TestExtractInOrder(t *testing.T) {
	texts := manyTexts(40)
	texts[7] = "Egypt FAIL"
	var ids []string
	var errs []error
	sum, err := extractAll(context.Background(), input(texts...), Options{Workers: 8, OnError: func(err error) {
		errs = append(errs, err)
	}}, &fakeExtractor{delay: time.Millisecond}, func(d *extract.Document) error {
		ids = append(ids, d.ID)
		for _, e := range d.Entities {
			if e.IRI == "" {
				t.Errorf("%s: entity %s has no IRI", d.ID, e.ID)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(ids) != 39 || !slices.IsSorted(ids) {
		t.Fatalf("emitted %v", ids)
	}
	if len(errs) != 1 || sum.Failed != 1 || sum.Read != 40 || sum.Loaded != 39 {
		t.Fatalf("errors %v, summary %+v", errs, sum)
	}
}

func TestExtractEmitErrorStops(t *testing.T) {
	stop := errors.New("broken pipe")
	n := 0
	_, err := extractAll(context.Background(), input(manyTexts(100)...), Options{Workers: 4}, &fakeExtractor{}, func(d *extract.Document) error {
		n++
		if n == 3 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) || n != 3 {
		t.Fatalf("err = %v after %d documents", err, n)
	}
}

func TestStoredHash(t *testing.T) {
	a := loaders.Article{Hash: "abc"}
	h := StoredHash(a)
	if len(h) != 64 || h == "abc" || h != StoredHash(loaders.Article{Hash: "abc", ID: "other"}) {
		t.Fatalf("StoredHash = %q", h)
	}
	if StoredHash(loaders.Article{Hash: "abd"}) == h {
		t.Fatal("different content, same stored hash")
	}
}

// fakeBatchStore is a fakeStore that also writes batches; a batch holding
// a failing article fails whole, as a transaction does.
type fakeBatchStore struct {
	*fakeStore
	batches []int // sizes of the batches written
}

func (s *fakeBatchStore) PutArticles(ctx context.Context, arts []graph.ArticleVersion) ([]graph.Outcome, error) {
	s.mu.Lock()
	for _, a := range arts {
		if s.fail != "" && strings.Contains(string(a.IRI), s.fail) {
			s.mu.Unlock()
			return nil, errors.New("disk full")
		}
	}
	s.batches = append(s.batches, len(arts))
	s.mu.Unlock()
	out := make([]graph.Outcome, len(arts))
	for i, a := range arts {
		var err error
		if out[i], err = s.PutArticle(ctx, a.IRI, a.Hash, a.Quads); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// TestBatchWriterFailuresInOrder runs the failure and strict checks with a
// store that writes batches, written by the pipeline's writing goroutine.
func TestBatchWriterFailuresInOrder(t *testing.T) {
	texts := []string{"Russia China", "LOADERR", "France PANIC", "Norway", "Egypt FAIL", "Spain Japan", "Chile", "Peru Cuba"}
	st := &fakeBatchStore{fakeStore: newFakeStore()}
	st.fail = "article/006-" // the 7th article's write fails
	var errs []string
	var progress []int
	sum, err := build(context.Background(), input(texts...), Options{Workers: 4,
		OnError:  func(err error) { errs = append(errs, err.Error()) },
		Progress: func(done, total int) { progress = append(progress, done) },
	}, &fakeExtractor{delay: 2 * time.Millisecond}, st)
	if err != nil {
		t.Fatal(err)
	}
	want := Summary{Read: 8, Loaded: 4, Failed: 4, Entities: 7, Relations: 3, Claims: 3}
	sum.Elapsed, sum.Quads = 0, 0
	if sum != want {
		t.Fatalf("summary %+v, want %+v", sum, want)
	}
	prefixes := []string{"in/001.txt: ", "in/002.txt: ", "in/004.txt: ", "in/006.txt: "}
	if len(errs) != len(prefixes) {
		t.Fatalf("errors %v", errs)
	}
	for i, p := range prefixes {
		if !strings.HasPrefix(errs[i], p) {
			t.Errorf("error %d = %q, want %s...", i, errs[i], p)
		}
	}
	wantOrder := []string{"000", "003", "005", "007"}
	if len(st.order) != len(wantOrder) {
		t.Fatalf("written %v", st.order)
	}
	for i, w := range wantOrder {
		if !strings.Contains(string(st.order[i]), "article/"+w+"-") {
			t.Errorf("write %d is %s, want article %s", i, st.order[i], w)
		}
	}
	if !slices.IsSorted(progress) || progress[len(progress)-1] != len(texts) {
		t.Errorf("progress %v", progress)
	}

	// Strict: nothing after the first failure is written.
	st = &fakeBatchStore{fakeStore: newFakeStore()}
	errs = nil
	_, err = build(context.Background(), input(append([]string{"Russia China", "Egypt FAIL"}, manyTexts(30)...)...),
		Options{Workers: 4, Strict: true, OnError: func(err error) { errs = append(errs, err.Error()) }}, &fakeExtractor{}, st)
	if !errors.Is(err, ErrStopped) || len(errs) != 1 {
		t.Fatalf("strict: %v, reported %v", err, errs)
	}
	if len(st.order) != 1 {
		t.Fatalf("strict: %d articles written, want only the one before the failure", len(st.order))
	}
}

// TestBatchWriterGathers checks that articles ready together are written
// together, and that the store is the same as one article at a time.
func TestBatchWriterGathers(t *testing.T) {
	texts := manyTexts(200)
	batched := &fakeBatchStore{fakeStore: newFakeStore()}
	if _, err := build(context.Background(), input(texts...), Options{Workers: 2}, &fakeExtractor{}, batched); err != nil {
		t.Fatal(err)
	}
	single := newFakeStore()
	if _, err := build(context.Background(), input(texts...), Options{Workers: 2}, &fakeExtractor{}, single); err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(batched.order, single.order) || len(batched.order) != 200 {
		t.Fatalf("batched writes %d articles, one by one %d, or in another order", len(batched.order), len(single.order))
	}
	if len(batched.batches) >= 200 {
		t.Errorf("%d batches for 200 articles that were ready together", len(batched.batches))
	}
}

// meteredStore is a fakeBatchStore that reports, like graph.Store on bolt,
// how many bytes of pages each write rewrote: perQuad for each quad.
type meteredStore struct {
	*fakeBatchStore
	perQuad int64
	quads   []int // quads of each batch written
	last    graph.WriteStats
}

func (s *meteredStore) PutArticles(ctx context.Context, arts []graph.ArticleVersion) ([]graph.Outcome, error) {
	n := 0
	for _, a := range arts {
		n += len(a.Quads)
	}
	s.mu.Lock()
	s.quads = append(s.quads, n)
	s.last = graph.WriteStats{Transactions: 1, Quads: n, PageBytes: int64(n) * s.perQuad}
	s.mu.Unlock()
	return s.fakeBatchStore.PutArticles(ctx, arts)
}

func (s *meteredStore) LastWrite() graph.WriteStats {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.last
}

// TestBatchBytesShrinksBatches: once a batch rewrote more page bytes than
// BatchBytes, the next batches take fewer quads; the store is the same.
func TestBatchBytesShrinksBatches(t *testing.T) {
	texts := manyTexts(300)
	run := func(budget int64) *meteredStore {
		st := &meteredStore{fakeBatchStore: &fakeBatchStore{fakeStore: newFakeStore()}, perQuad: 1000}
		if _, err := build(context.Background(), input(texts...), Options{Workers: 2, BatchQuads: 400, BatchBytes: budget}, &fakeExtractor{}, st); err != nil {
			t.Fatal(err)
		}
		return st
	}
	unbounded, bounded := run(-1), run(60_000) // 60 quads' worth
	if !slices.Equal(unbounded.order, bounded.order) || len(bounded.order) != len(texts) {
		t.Fatalf("bounded batches wrote %d articles, unbounded %d, or in another order", len(bounded.order), len(unbounded.order))
	}
	perArticle := 0
	for _, n := range bounded.fakeStore.quads {
		perArticle = max(perArticle, n)
	}
	big := slices.Max(unbounded.quads)
	if big < 400 {
		t.Fatalf("unbounded batches reach %d quads, want the 400 of BatchQuads: the test does not gather batches", big)
	}
	// While the first batch is written, the second waits in the writer's
	// queue (it holds one) and the third is being gathered: both may be
	// cut at the old size, the third once the new size is known. The
	// ones after them, at the new.
	if len(bounded.quads) < 6 {
		t.Fatalf("%d bounded batches: %v", len(bounded.quads), bounded.quads)
	}
	for i, n := range bounded.quads[3:] {
		if n >= 60+perArticle {
			t.Errorf("batch %d has %d quads, want under 60 and one article's %d (batches %v)", i+4, n, perArticle, bounded.quads)
		}
	}
}

// TestBuildSetsAMemoryLimit: while Build runs, the Go heap has the soft
// limit Options.MemoryLimit asks for, and afterwards the one it had.
func TestBuildSetsAMemoryLimit(t *testing.T) {
	if os.Getenv("GOMEMLIMIT") != "" {
		t.Skip("GOMEMLIMIT is set, and wins")
	}
	before := debug.SetMemoryLimit(-1)
	var during atomic.Int64
	x := &limitExtractor{seen: &during}
	if _, err := build(context.Background(), input("Russia China"), Options{Workers: 1, MemoryLimit: 300 << 20}, x, newFakeStore()); err != nil {
		t.Fatal(err)
	}
	if during.Load() != 300<<20 {
		t.Errorf("limit during the build = %d, want %d", during.Load(), 300<<20)
	}
	if after := debug.SetMemoryLimit(-1); after != before {
		t.Errorf("limit after the build = %d, want %d as before", after, before)
	}
	if got := memoryLimit(Options{Workers: 2}); got != 416<<20 {
		t.Errorf("default limit with two workers = %d MiB, want 416", got>>20)
	}
	if got := memoryLimit(Options{BatchBytes: -1}); got != 0 {
		t.Errorf("limit without a transaction bound = %d, want none", got)
	}
}

// limitExtractor records the heap limit while it extracts.
type limitExtractor struct {
	fakeExtractor
	seen *atomic.Int64
}

func (x *limitExtractor) Extract(a loaders.Article) (*extract.Document, error) {
	x.seen.Store(debug.SetMemoryLimit(-1))
	return x.fakeExtractor.Extract(a)
}

// Extract runs with the collector's throughput target (unless GOGC is set)
// and gives the caller's target back when it returns.
func TestExtractCollectorTargetRestored(t *testing.T) {
	if os.Getenv("GOGC") != "" {
		t.Skip("GOGC is set: Extract leaves the collector alone")
	}
	old := debug.SetGCPercent(150)
	defer debug.SetGCPercent(old)
	during := 0
	_, err := extractAll(context.Background(), input(manyTexts(3)...), Options{Workers: 1}, &fakeExtractor{}, func(d *extract.Document) error {
		p := debug.SetGCPercent(throughputGCPercent)
		during = p
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if during != throughputGCPercent {
		t.Errorf("target while extracting %d, want %d", during, throughputGCPercent)
	}
	if now := debug.SetGCPercent(150); now != 150 {
		t.Errorf("target after Extract %d, want the caller's 150", now)
	}
}
