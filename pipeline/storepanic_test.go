package pipeline

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/cayleygraph/quad"

	"kg/graph"
)

// panickyStore is a real store whose writes panic, inside graph.Store
// while it holds its lock, whenever they include an article whose IRI
// contains bad: the context they get panics when the store asks it
// whether it is done.
type panickyStore struct {
	*graph.Store
	bad            string
	batchPanics    atomic.Int32 // panics of PutArticles with more than one article
	articlePanics  atomic.Int32 // panics of PutArticle
	batchedWriting atomic.Int32 // PutArticles calls
}

type panicCtx struct{ context.Context }

func (panicCtx) Err() error {
	var m map[string]int
	m["boom"]++ // a real runtime panic: assignment to entry in nil map
	return nil
}

func (p *panickyStore) PutArticles(ctx context.Context, arts []graph.ArticleVersion) ([]graph.Outcome, error) {
	p.batchedWriting.Add(1)
	for _, a := range arts {
		if strings.Contains(string(a.IRI), p.bad) {
			if len(arts) > 1 {
				p.batchPanics.Add(1)
			}
			ctx = panicCtx{ctx}
		}
	}
	return p.Store.PutArticles(ctx, arts)
}

func (p *panickyStore) PutArticle(ctx context.Context, a quad.IRI, hash string, quads []quad.Quad) (graph.Outcome, error) {
	if strings.Contains(string(a), p.bad) {
		p.articlePanics.Add(1)
		ctx = panicCtx{ctx}
	}
	return p.Store.PutArticle(ctx, a, hash, quads)
}

// TestStorePanicIsTheArticlesError builds the corpus (real loaders,
// extractor and store) while every write that includes one article panics
// inside the store: the panic becomes that article's error, named with its
// path, the other articles are written (the store equals a clean build of
// the corpus without that article), and with --strict the build stops
// there.
func TestStorePanicIsTheArticlesError(t *testing.T) {
	dir := corpus(t)
	x := newExtractor(t)
	const bad = "gen-02"

	// What the store must hold: a clean build of the same directory
	// without the bad article (moved out of it meanwhile).
	badPath, aside := filepath.Join(dir, bad+".txt"), filepath.Join(t.TempDir(), bad+".txt")
	if err := os.Rename(badPath, aside); err != nil {
		t.Fatal(err)
	}
	clean := openStore(t, graph.Config{Backend: diskBackend(), Path: filepath.Join(t.TempDir(), "clean.db")})
	if sum, err := Build(context.Background(), []string{dir}, Options{Workers: 4}, x, clean); err != nil || sum.Loaded != 7 {
		t.Fatalf("clean build: %+v, %v", sum, err)
	}
	if err := os.Rename(aside, badPath); err != nil {
		t.Fatal(err)
	}
	want := allQuads(t, clean)

	for _, workers := range []int{1, 4} {
		st := &panickyStore{Store: openStore(t, graph.Config{Backend: diskBackend(), Path: filepath.Join(t.TempDir(), "kg.db")}), bad: bad}
		var errs []error
		sum, err := build(context.Background(), read([]string{dir}, Options{}), Options{Workers: workers,
			OnError: func(err error) { errs = append(errs, err) }}, x, st)
		if err != nil {
			t.Fatalf("workers %d: build stopped: %v", workers, err)
		}
		if sum.Read != 8 || sum.Loaded != 7 || sum.Failed != 1 {
			t.Errorf("workers %d: summary %+v, want 8 read, 7 loaded, 1 failed", workers, sum)
		}
		var ae *ArticleError
		if len(errs) != 1 || !errors.As(errs[0], &ae) || !strings.HasSuffix(ae.Source, bad+".txt") ||
			!strings.Contains(errs[0].Error(), bad+".txt: write: panic: assignment to entry in nil map (in ") {
			t.Fatalf("workers %d: errors %v; want one, the article's, saying it panicked and where", workers, errs)
		}
		if got := allQuads(t, st.Store); !slices.Equal(got, want) {
			t.Errorf("workers %d: the store holds %d quads, a clean build without the article %d; they differ", workers, len(got), len(want))
		}
		t.Logf("workers %d: %v; %d batch writes, %d of them panicked, then %d single writes did",
			workers, errs[0], st.batchedWriting.Load(), st.batchPanics.Load(), st.articlePanics.Load())
		if st.articlePanics.Load() != 1 {
			t.Errorf("workers %d: the article was written alone %d times, want once", workers, st.articlePanics.Load())
		}
	}

	// Strict: the panic stops the build, and nothing after the article is
	// written (the files are read in name order; gen-03 comes after).
	st := &panickyStore{Store: openStore(t, graph.Config{Backend: diskBackend(), Path: filepath.Join(t.TempDir(), "strict.db")}), bad: bad}
	var errs []error
	_, err := build(context.Background(), read([]string{dir}, Options{}), Options{Workers: 4, Strict: true,
		OnError: func(err error) { errs = append(errs, err) }}, x, st)
	if !errors.Is(err, ErrStopped) || len(errs) != 1 || !strings.Contains(errs[0].Error(), "panic") {
		t.Fatalf("strict: %v, reported %v; want ErrStopped after the panic", err, errs)
	}
	arts, err := st.Articles(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range arts {
		if strings.Contains(a.ID, "gen-02") || strings.Contains(a.ID, "gen-03") {
			t.Errorf("strict: %s was written", a.ID)
		}
	}
	if len(arts) == 0 {
		t.Error("strict: nothing before the article was written")
	}
}
