// Package pipeline runs kg's batch work: it streams articles from the
// loaders, extracts them on a pool of worker goroutines and hands the results
// on in input order — to the store (Build) or to a caller (Extract).
//
// It owns concurrency, ordering, failure accounting and the stored version
// hash of an article. It must not parse inputs (loaders), extract facts
// (extract), decide the quad model (schema) or touch the store other than
// through graph.Store's article-level writes. Results are deterministic: the
// store after Build is the same whatever the number of workers and however
// the writer groups articles into transactions.
package pipeline

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"iter"
	"os"
	"runtime"
	"runtime/debug"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/cayleygraph/quad"

	"kg/extract"
	"kg/graph"
	"kg/loaders"
	"kg/schema"
)

// Options configure a run.
type Options struct {
	// Workers is the number of extraction goroutines (<= 0: one per core).
	Workers int
	// MaxBytes is the largest input file read (0: no limit).
	MaxBytes int64
	// Strict stops the run at the first failure.
	Strict bool
	// Vocab builds the IRIs (zero value: schema.New("")).
	Vocab schema.Vocab
	// BatchQuads is how many quads Build gathers, at most, before it writes
	// them in one transaction (0: DefaultBatchQuads; 1: one transaction per
	// article). Whatever the batch, each article is written whole or not at
	// all, and the store ends up the same.
	BatchQuads int
	// BatchBytes bounds the memory of a write transaction: when a batch
	// made the store rewrite more bytes of database pages than this
	// (graph.WriteStats.PageBytes, which bolt reports: bolt keeps a copy
	// of each page a transaction changes until it commits), the next
	// batches take proportionally fewer quads, down to MinBatchQuads, and
	// more again, up to BatchQuads, when they rewrite less. As a store
	// grows, the same quads land on more distinct pages, so this keeps a
	// build's memory from growing with the store, at the price of more,
	// smaller transactions. 0: DefaultBatchBytes; negative: no bound.
	BatchBytes int64
	// MemoryLimit is a soft limit on the Go heap while Build runs
	// (runtime/debug.SetMemoryLimit): near it the garbage collector runs
	// more often instead of letting the heap grow to twice what it keeps
	// (GOGC=100), which costs some CPU time when the heap is big and none
	// while it is small. 0: 128 MiB plus four times BatchBytes plus 16 MiB
	// per worker (416 MiB with the defaults on two cores), none when
	// BatchBytes is negative; negative: no limit. The GOMEMLIMIT
	// environment variable, when set, wins.
	MemoryLimit int64
	// Progress, if set, is called from the goroutine that called Build or
	// Extract after articles are handled (written, or failed), in order.
	// total is -1 while the inputs are still being read.
	Progress func(done, total int)
	// OnError, if set, is called once for each failure, in input order (by
	// one goroutine at a time; Build's writer calls it while the caller's
	// goroutine may be in Progress): a
	// *loaders.Error for an input that could not be read, an *ArticleError
	// for an article that could not be extracted or written.
	OnError func(error)
}

// Summary counts what a run did. Read = Loaded + Replaced + Unchanged +
// Failed for Build; Entities, Relations, Claims and Quads count the articles
// written (Build) or emitted (Extract) in this run.
type Summary struct {
	Read      int `json:"read"` // articles and unreadable inputs seen
	Loaded    int `json:"loaded"`
	Replaced  int `json:"replaced"`
	Unchanged int `json:"unchanged"`
	Failed    int `json:"failed"`
	Entities  int `json:"entities"`
	Relations int `json:"relations"`
	Claims    int `json:"claims"`
	Quads     int `json:"quads"`

	Elapsed time.Duration `json:"elapsed"`
}

// DefaultBatchQuads is the default of Options.BatchQuads. Each commit to
// Cayley's bolt backend rewrites the index entries of the entities it
// touches, and those of frequent entities grow with the store: building
// 100,000 articles took 218 s in transactions of 50,000 quads against
// 356 s in transactions of 10,000 (README, Performance), and 5,000
// articles were no slower.
const DefaultBatchQuads = 50000

// DefaultBatchBytes is the default of Options.BatchBytes: about three
// times what a 50,000-quad transaction rewrites in a 1,000-article store.
// Each commit rewrites the pages it touched, so a smaller bound commits
// more often: 32 MiB (the default before) built 100,000 articles in
// 10 min 49 s with 1.20× the anonymous memory of a 1,000-article build,
// 64 MiB in 6 min 38 s with 1.50×, 80 MiB in 6 min 41 s with 1.90×. See
// the README's Performance.
const DefaultBatchBytes = 64 << 20

// MinBatchQuads is the fewest quads Options.BatchBytes brings a batch
// down to (a tenth of BatchQuads if that is fewer).
const MinBatchQuads = 5000

// ErrStopped is returned by a Strict run that stopped at a failure; the
// failure itself went to OnError.
var ErrStopped = errors.New("stopped at the first failure (strict mode)")

// ArticleError is an article that was read but could not be extracted or
// written.
type ArticleError struct {
	Source string // where the article came from (Article.Source)
	ID     string // Article.ID
	Err    error
}

func (e *ArticleError) Error() string { return e.Source + ": " + e.Err.Error() }
func (e *ArticleError) Unwrap() error { return e.Err }

// StoredHash is the version stored with an article: its content hash
// combined with extract.Version, so that a new extractor rewrites articles
// whose text did not change.
func StoredHash(a loaders.Article) string {
	sum := sha256.Sum256([]byte(a.Hash + "\x00" + extract.Version))
	return hex.EncodeToString(sum[:])
}

// Build reads the articles in paths, extracts them and writes each one's
// quads to store in input order. Articles that are ready together are
// written together, in transactions of up to Options.BatchQuads quads; a
// lone article is written at once.
func Build(ctx context.Context, paths []string, opts Options, ext *extract.Extractor, store *graph.Store) (Summary, error) {
	if ext == nil || store == nil {
		return Summary{}, errors.New("pipeline.Build: nil extractor or store")
	}
	return build(ctx, read(paths, opts), opts, ext, store)
}

// Extract reads and extracts the articles in paths and calls emit with each
// Document (IRIs filled in) in input order. An error from emit stops the run
// and is returned.
func Extract(ctx context.Context, paths []string, opts Options, ext *extract.Extractor, emit func(*extract.Document) error) (Summary, error) {
	if ext == nil || emit == nil {
		return Summary{}, errors.New("pipeline.Extract: nil extractor or emit")
	}
	return extractAll(ctx, read(paths, opts), opts, ext, emit)
}

func read(paths []string, opts Options) iter.Seq2[loaders.Article, error] {
	return loaders.Read(paths, loaders.Options{MaxBytes: opts.MaxBytes})
}

// extractor and articleWriter are what the pipeline uses of
// *extract.Extractor and *graph.Store (tests substitute them).
type extractor interface {
	Extract(loaders.Article) (*extract.Document, error)
}

type articleWriter interface {
	PutArticle(ctx context.Context, article quad.IRI, hash string, quads []quad.Quad) (graph.Outcome, error)
}

// batchWriter is an articleWriter that also writes several articles in one
// transaction.
type batchWriter interface {
	articleWriter
	PutArticles(ctx context.Context, articles []graph.ArticleVersion) ([]graph.Outcome, error)
}

func vocab(opts Options) schema.Vocab {
	if opts.Vocab.Base == "" {
		return schema.New("")
	}
	return opts.Vocab
}

func build(ctx context.Context, in iter.Seq2[loaders.Article, error], opts Options, ext extractor, store articleWriter) (Summary, error) {
	start := time.Now()
	if limit := memoryLimit(opts); limit > 0 && os.Getenv("GOMEMLIMIT") == "" {
		defer debug.SetMemoryLimit(debug.SetMemoryLimit(limit))
	}
	v := vocab(opts)
	var sum Summary
	work := func(it *item) {
		it.doc, it.err = safely(it.art, "extract", func() (*extract.Document, error) { return ext.Extract(it.art) })
		if it.err != nil {
			return
		}
		it.hash = StoredHash(it.art)
		it.quads, it.err = safely(it.art, "build quads", func() ([]quad.Quad, error) {
			return v.ArticleQuads(it.art, it.doc, it.hash), nil
		})
	}
	w := &writer{store: store, opts: opts, vocab: v, sum: &sum, maxQuads: opts.BatchQuads, budget: opts.BatchBytes}
	if w.maxQuads <= 0 {
		w.maxQuads = DefaultBatchQuads
	}
	if w.budget == 0 {
		w.budget = DefaultBatchBytes
	}
	w.limit.Store(int64(w.maxQuads))
	if w.batch, _ = store.(batchWriter); w.batch != nil {
		wctx, stop := context.WithCancel(ctx)
		defer stop()
		w.start(wctx)
	}
	err := ordered(ctx, in, workers(opts), work, w.take, w.end, opts.Progress)
	if werr := w.close(); err == nil {
		err = werr
	}
	sum.Elapsed = time.Since(start)
	return sum, err
}

// writer is Build's in-order end: it gathers extracted articles into
// batches and writes them, keeping the summary. With a store that writes
// batches, a goroutine of its own writes one batch while the next is
// gathered (and extraction goes on); otherwise each article is written
// as it comes.
type writer struct {
	store    articleWriter
	batch    batchWriter // store, if it writes batches
	opts     Options
	vocab    schema.Vocab
	sum      *Summary     // written only by the goroutine that writes
	maxQuads int          // most quads per batch
	budget   int64        // page bytes per transaction (Options.BatchBytes); <= 0: no bound
	limit    atomic.Int64 // quads per batch now: maxQuads, less while transactions rewrite more than budget

	held  []*item // in input order; items that failed before writing too
	quads int
	since time.Time // when the first held item came

	// The writing goroutine (batch stores only).
	queue    chan []*item
	done     chan struct{}
	err      error        // why it stopped; read after done is closed
	written  atomic.Int64 // items it has handled
	pending  atomic.Int32 // batches given to it and not yet written
	reported int64        // of those, how many take and end returned
}

// start starts the writing goroutine.
func (w *writer) start(ctx context.Context) {
	queue, done := make(chan []*item, 1), make(chan struct{})
	w.queue, w.done = queue, done
	go func() {
		defer close(done)
		for items := range queue {
			if w.err != nil {
				w.pending.Add(-1)
				continue // stopped: nothing more is written
			}
			n, err := w.writeSafely(ctx, items)
			w.written.Add(int64(n))
			w.err = err
			w.pending.Add(-1)
		}
	}()
}

// writeSafely is write for the writing goroutine: a panic outside the
// store calls (which write recovers itself) stops the run with an error
// instead of the process.
func (w *writer) writeSafely(ctx context.Context, items []*item) (n int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("writer: panic: %v%s", r, panicSite())
		}
	}()
	return w.write(ctx, items)
}

// take handles the next item in input order; nil means no item is ready,
// so the held ones are written if they have waited maxHold. It returns how
// many items are done since it last returned.
func (w *writer) take(ctx context.Context, it *item) (int, error) {
	if w.queue != nil {
		select {
		case <-w.done:
			return w.progress(), w.err
		default:
		}
	}
	switch {
	case it == nil:
		// Nothing new is ready. While the writing goroutine is busy, more
		// articles gather for its next transaction.
		if len(w.held) == 0 || time.Since(w.since) < maxHold || w.pending.Load() > 0 {
			return w.progress(), nil
		}
	default:
		if len(w.held) == 0 {
			w.since = time.Now()
		}
		w.held = append(w.held, it)
		w.quads += len(it.quads)
		// A failure is reported in input order, after what came before;
		// send it on at once.
		if w.batch != nil && it.err == nil && int64(w.quads) < w.limit.Load() {
			return w.progress(), nil
		}
	}
	return w.submit(ctx)
}

// end writes what is held and waits for the writing goroutine.
func (w *writer) end(ctx context.Context) (int, error) {
	k, err := w.submit(ctx) // k: items written since the last report, counted now
	if err != nil {
		return k + w.progress(), err
	}
	err = w.close()
	return k + w.progress(), err
}

// close stops the writing goroutine after the batches it was given and
// returns why it stopped early, if it did.
func (w *writer) close() error {
	if w.queue != nil {
		close(w.queue)
		w.queue = nil
		<-w.done
	}
	return w.err
}

// submit hands the held items to the writing goroutine, or writes them.
func (w *writer) submit(ctx context.Context) (int, error) {
	held := w.held
	w.held, w.quads = nil, 0
	if len(held) == 0 {
		return w.progress(), nil
	}
	if w.queue == nil {
		if w.batch != nil { // closed: Build is ending
			return 0, nil
		}
		return w.write(ctx, held)
	}
	w.pending.Add(1)
	select {
	case w.queue <- held:
		return w.progress(), nil
	case <-w.done:
		return w.progress(), w.err
	case <-ctx.Done():
		return w.progress(), ctx.Err()
	}
}

// progress is how many items the writing goroutine finished since the
// last call.
func (w *writer) progress() int {
	n := w.written.Load()
	k := n - w.reported
	w.reported = n
	return int(k)
}

// write writes items in order: runs of articles together if the store can
// (else, or if the batch fails, to find the article that fails, one by
// one), and reports the items that failed before. It returns how many
// items it handled.
func (w *writer) write(ctx context.Context, items []*item) (int, error) {
	done := 0
	for len(items) > 0 {
		if it := items[0]; it.err != nil {
			w.sum.Read++
			w.sum.Failed++
			items = items[1:]
			done++
			if err := failed(w.opts, it.err); err != nil {
				return done, err
			}
			continue
		}
		run := 0
		for run < len(items) && items[run].err == nil {
			run++
		}
		n, err := w.writeArticles(ctx, items[:run])
		done += n
		if err != nil {
			return done, err
		}
		items = items[run:]
	}
	return done, nil
}

// writeArticles writes extracted articles, together if the store can. If
// the batch fails — an error or a panic in the store — the articles are
// written one by one, so that the failure is reported as the error of the
// article(s) that cause it and the others are written.
func (w *writer) writeArticles(ctx context.Context, held []*item) (int, error) {
	if w.batch != nil && len(held) > 1 {
		versions := make([]graph.ArticleVersion, len(held))
		for i, it := range held {
			versions[i] = graph.ArticleVersion{IRI: w.vocab.Article(it.art.ID), Hash: it.hash, Quads: it.quads}
		}
		outs, err := storeCall(func() ([]graph.Outcome, error) { return w.batch.PutArticles(ctx, versions) })
		if err == nil {
			w.adapt()
			for i, it := range held {
				w.count(it, outs[i])
			}
			return len(held), nil
		}
		if ctx.Err() != nil {
			return 0, ctx.Err()
		}
	}
	for i, it := range held {
		out, err := storeCall(func() (graph.Outcome, error) {
			return w.store.PutArticle(ctx, w.vocab.Article(it.art.ID), it.hash, it.quads)
		})
		if err != nil {
			if ctx.Err() != nil {
				return i, ctx.Err()
			}
			w.sum.Read++
			w.sum.Failed++
			if err := failed(w.opts, &ArticleError{Source: it.art.Source, ID: it.art.ID, Err: fmt.Errorf("write: %w", err)}); err != nil {
				return i + 1, err
			}
			continue
		}
		w.count(it, out)
	}
	return len(held), nil
}

// memoryLimit is the heap limit Build sets (see Options.MemoryLimit).
// throughputGCPercent is the garbage collector's target while Extract
// runs: the extractor keeps little (its lexicon, about 30 MB) and
// allocates about twenty bytes for every byte of text, so at the default
// (100) the collector runs every few articles; at 400 it runs a quarter as
// often, for 10–15 % more text per CPU second (`go test -bench 'Extract$'
// ./bench`) at the price of a heap of about 150 MB. Build keeps the
// default: its writer, not extraction, sets its pace, and its heap grew to
// the memory limit (the corpus build's peak 166 → 290 MB) for no time
// saved.
const throughputGCPercent = 400

// collectLess sets the collector's target to throughputGCPercent, unless
// GOGC is set, and returns what restores it.
func collectLess() func() {
	if os.Getenv("GOGC") != "" {
		return func() {}
	}
	old := debug.SetGCPercent(throughputGCPercent)
	return func() { debug.SetGCPercent(old) }
}

func memoryLimit(opts Options) int64 {
	if opts.MemoryLimit != 0 {
		return opts.MemoryLimit
	}
	budget := opts.BatchBytes
	if budget == 0 {
		budget = DefaultBatchBytes
	}
	if budget < 0 {
		return 0 // transactions are not bounded, nor is the heap
	}
	return 128<<20 + 4*budget + 16<<20*int64(workers(opts))
}

// adapt sets the batch size from what the last batch's transactions
// rewrote (see Options.BatchBytes).
func (w *writer) adapt() {
	st, ok := w.store.(interface{ LastWrite() graph.WriteStats })
	if !ok || w.budget <= 0 {
		return
	}
	ws := st.LastWrite()
	if ws.PageBytes <= 0 || ws.Quads == 0 {
		return
	}
	next := int64(float64(ws.Quads) * float64(w.budget) / float64(ws.PageBytes))
	floor := min(MinBatchQuads, max(1, w.maxQuads/10))
	next = max(min(next, int64(w.maxQuads)), int64(floor))
	w.limit.Store(next)
}

// storeCall calls the store, turning a panic into an error that says where
// it happened (graph.Store rolls the transaction back and stays usable).
func storeCall[T any](f func() (T, error)) (out T, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("panic: %v%s", r, panicSite())
		}
	}()
	return f()
}

// count adds a written article to the summary.
func (w *writer) count(it *item, out graph.Outcome) {
	s := w.sum
	s.Read++
	switch out {
	case graph.Unchanged:
		s.Unchanged++
		return
	case graph.Replaced:
		s.Replaced++
	default:
		s.Loaded++
	}
	s.Entities += len(it.doc.Entities)
	s.Relations += len(it.doc.Relations)
	s.Claims += len(it.doc.Claims)
	s.Quads += len(it.quads)
}

func extractAll(ctx context.Context, in iter.Seq2[loaders.Article, error], opts Options, ext extractor, emit func(*extract.Document) error) (Summary, error) {
	start := time.Now()
	defer collectLess()()
	v := vocab(opts)
	var sum Summary
	work := func(it *item) {
		it.doc, it.err = safely(it.art, "extract", func() (*extract.Document, error) {
			d, err := ext.Extract(it.art)
			if err == nil && d != nil {
				v.FillIRIs(d)
			}
			return d, err
		})
	}
	sink := func(ctx context.Context, it *item) (int, error) {
		if it == nil {
			return 0, nil
		}
		sum.Read++
		if it.err != nil {
			sum.Failed++
			return 1, failed(opts, it.err)
		}
		if err := emit(it.doc); err != nil {
			return 0, err
		}
		sum.Loaded++
		sum.Entities += len(it.doc.Entities)
		sum.Relations += len(it.doc.Relations)
		sum.Claims += len(it.doc.Claims)
		return 1, nil
	}
	err := ordered(ctx, in, workers(opts), work, sink, nil, opts.Progress)
	sum.Elapsed = time.Since(start)
	return sum, err
}

func workers(opts Options) int {
	if opts.Workers > 0 {
		return opts.Workers
	}
	return runtime.NumCPU()
}

// failed reports one failure and says whether the run goes on.
func failed(opts Options, err error) error {
	if opts.OnError != nil {
		opts.OnError(err)
	}
	if opts.Strict {
		return ErrStopped
	}
	return nil
}

// safely runs f for article a, turning an error or a panic into an
// *ArticleError that names the article and the step.
func safely[T any](a loaders.Article, step string, f func() (T, error)) (out T, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = &ArticleError{Source: a.Source, ID: a.ID, Err: fmt.Errorf("%s: panic: %v%s", step, r, panicSite())}
		}
	}()
	out, err = f()
	if err != nil {
		return out, &ArticleError{Source: a.Source, ID: a.ID, Err: fmt.Errorf("%s: %w", step, err)}
	}
	if isNilDoc(out) {
		return out, &ArticleError{Source: a.Source, ID: a.ID, Err: fmt.Errorf("%s: no result", step)}
	}
	return out, nil
}

func isNilDoc(v any) bool {
	d, ok := v.(*extract.Document)
	return ok && d == nil
}

// panicSite names the function that panicked, for the error message. It is
// called from the deferred recover, so the panicking frame is on the stack.
func panicSite() string {
	pc := make([]uintptr, 32)
	n := runtime.Callers(3, pc)
	frames := runtime.CallersFrames(pc[:n])
	for {
		f, more := frames.Next()
		if !strings.HasPrefix(f.Function, "runtime.") && !strings.HasSuffix(f.File, "/pipeline/pipeline.go") {
			return fmt.Sprintf(" (in %s at %s:%d)", f.Function, shortFile(f.File), f.Line)
		}
		if !more {
			return ""
		}
	}
}

func shortFile(path string) string {
	parts := strings.Split(path, "/")
	if len(parts) > 2 {
		parts = parts[len(parts)-2:]
	}
	return strings.Join(parts, "/")
}

// item is one input on its way through the pipeline.
type item struct {
	seq   int
	art   loaders.Article
	err   error // a loader error, or the article's extraction error
	doc   *extract.Document
	hash  string
	quads []quad.Quad
}

// idleTick is how often ordered offers the sink to finish held items
// while no new item is ready.
const idleTick = 20 * time.Millisecond

// maxHold is how long Build holds an extracted article back to write it
// with others: a small batch costs a commit (an fsync on bolt) of its own.
const maxHold = 100 * time.Millisecond

// ordered streams in through work on n goroutines and calls sink for each
// item in input order, on the calling goroutine, and with nil whenever no
// item is ready, so that a sink that holds items back may finish them; end,
// if not nil, is called after the last item to finish the rest. sink and
// end return how many items are done, for progress.
// ordered stops at the first sink error or when ctx is cancelled, and
// returns only after every goroutine it started has finished. At most 4n
// items are between the reader and the sink, so memory stays bounded
// however slow one item is.
func ordered(parent context.Context, in iter.Seq2[loaders.Article, error], n int, work func(*item), sink func(context.Context, *item) (int, error), end func(context.Context) (int, error), progress func(done, total int)) error {
	ctx, cancel := context.WithCancel(parent)
	defer cancel()

	window := make(chan struct{}, 4*n)
	jobs := make(chan *item, n)
	results := make(chan *item, n)
	var total atomic.Int64
	total.Store(-1)

	var readerDone sync.WaitGroup
	readerDone.Add(1)
	go func() {
		defer readerDone.Done()
		defer close(jobs)
		seq := 0
		defer func() {
			if r := recover(); r != nil {
				// A panicking reader ends the input; report it in order.
				it := &item{seq: seq, err: fmt.Errorf("reading input: panic: %v%s", r, panicSite())}
				select {
				case window <- struct{}{}:
					select {
					case jobs <- it:
						seq++
					case <-ctx.Done():
					}
				case <-ctx.Done():
				}
			}
			total.Store(int64(seq))
		}()
		for a, err := range in {
			select {
			case window <- struct{}{}:
			case <-ctx.Done():
				return
			}
			it := &item{seq: seq, art: a, err: err}
			select {
			case jobs <- it:
				seq++
			case <-ctx.Done():
				return
			}
		}
	}()

	var workersDone sync.WaitGroup
	for range n {
		workersDone.Add(1)
		go func() {
			defer workersDone.Done()
			for it := range jobs {
				if it.err == nil && ctx.Err() == nil {
					work(it)
				}
				select {
				case results <- it:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	go func() {
		workersDone.Wait()
		close(results)
	}()

	finish := func(err error) error {
		cancel()
		for range results {
		}
		readerDone.Wait()
		return err
	}

	idle := time.NewTimer(idleTick)
	defer idle.Stop()
	done := 0
	report := func(k int) {
		if k > 0 && progress != nil {
			done += k
			progress(done, int(total.Load()))
		}
	}
	pending := map[int]*item{}
	next := 0
	for {
		var (
			it *item
			ok bool
		)
		select {
		case it, ok = <-results:
		default:
			// Nothing is ready: let the sink finish what it holds, then
			// wait, asking it again every idleTick.
			k, err := sink(ctx, nil)
			report(k)
			if err != nil {
				return finish(err)
			}
			idle.Reset(idleTick)
			select {
			case it, ok = <-results:
			case <-idle.C:
				continue
			}
		}
		if !ok {
			break
		}
		pending[it.seq] = it
		for {
			it, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			if err := parent.Err(); err != nil {
				return finish(err)
			}
			k, err := sink(ctx, it)
			<-window
			report(k)
			if err != nil {
				return finish(err)
			}
		}
	}
	if err := parent.Err(); err != nil {
		return finish(err)
	}
	var k int
	var err error
	if end != nil {
		k, err = end(ctx)
	}
	report(k)
	if err := finish(err); err != nil {
		return err
	}
	if progress != nil {
		progress(done, int(total.Load())) // the total is known now
	}
	return nil
}
