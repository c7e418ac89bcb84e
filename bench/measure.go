package bench

import (
	"bufio"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"

	cgraph "github.com/cayleygraph/cayley/graph"

	"kg/extract"
	"kg/graph"
	"kg/pipeline"
)

// ExtractResult is the speed of extraction alone.
type ExtractResult struct {
	Articles int
	Bytes    int64 // article text
	Workers  int
	Wall     time.Duration
	CPU      time.Duration // user + system time of the process meanwhile
}

// ArticlesPerSecond is articles extracted per second of wall time.
func (r ExtractResult) ArticlesPerSecond() float64 { return float64(r.Articles) / r.Wall.Seconds() }

// MBPerCoreSecond is MB (10^6 bytes) of text extracted per second of CPU time.
func (r ExtractResult) MBPerCoreSecond() float64 { return float64(r.Bytes) / 1e6 / r.CPU.Seconds() }

// Extract extracts every article of src on workers goroutines and times
// it; loading the lexicon and models, done once per process, is not timed.
func Extract(ctx context.Context, src *Source, workers int) (ExtractResult, error) {
	x, err := extract.New(extract.Config{})
	if err != nil {
		return ExtractResult{}, err
	}
	// a first pass compiles what the extractor compiles on first use
	// (patterns, tables), once a process: a long build pays it once
	if _, err := pipeline.Extract(ctx, src.Paths(), pipeline.Options{Workers: workers}, x, func(*extract.Document) error { return nil }); err != nil {
		return ExtractResult{}, err
	}
	runtime.GC() // the lexicon's garbage is not the extraction's
	cpu0, start := CPUTime(), time.Now()
	sum, err := pipeline.Extract(ctx, src.Paths(), pipeline.Options{Workers: workers}, x, func(*extract.Document) error { return nil })
	res := ExtractResult{Articles: sum.Loaded, Bytes: src.Bytes, Workers: workers, Wall: time.Since(start), CPU: CPUTime() - cpu0}
	if err == nil && sum.Failed > 0 {
		err = fmt.Errorf("extract %s: %d articles failed", src.Dir, sum.Failed)
	}
	return res, err
}

// CPUTime is the user plus system CPU time this process has used.
func CPUTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// PeakRSS is the largest resident set this process has had, in bytes.
func PeakRSS() int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return ru.Maxrss * 1024 // Linux reports KiB
}

// Store names a store to build: a backend and its path or address.
type Store struct {
	Backend string
	Path    string // bolt, leveldb
	Address string // postgres
}

// Config is the graph.Config that opens s.
func (s Store) Config() graph.Config {
	return graph.Config{Backend: s.Backend, Path: s.Path, Address: s.Address}
}

// Usage is what a measured process took: time, CPU and peak memory.
type Usage struct {
	Wall     time.Duration
	CPU      time.Duration // user + system time of the process
	PeakRSS  int64         // bytes, of the process (getrusage)
	PeakAnon int64         // bytes: the largest anonymous resident memory (heap, stacks) seen
	PeakFile int64         // bytes: the largest file-backed resident memory seen (bolt maps its file)
	PeakLive int64         // bytes: the largest live heap a garbage collection left (GODEBUG=gctrace=1)
}

// BuildResult is one `kg build` run.
type BuildResult struct {
	Usage
	Store      Store
	Corpus     string
	Flags      []string // build flags besides the store's, e.g. --batch-bytes -1
	Articles   int      // articles loaded
	Quads      int64    // quads written
	StoreBytes int64    // on disk (bolt, leveldb) or in the database (postgres)
}

// ArticlesPerSecond is articles built per second of wall time.
func (r BuildResult) ArticlesPerSecond() float64 { return float64(r.Articles) / r.Wall.Seconds() }

// QuadsPerSecond is quads written per second of wall time.
func (r BuildResult) QuadsPerSecond() float64 { return float64(r.Quads) / r.Wall.Seconds() }

// BytesPerQuad is the store size per quad.
func (r BuildResult) BytesPerQuad() float64 {
	if r.Quads == 0 {
		return 0
	}
	return float64(r.StoreBytes) / float64(r.Quads)
}

var (
	loadedRe = regexp.MustCompile(`(?m)^Articles: \d+ read, (\d+) loaded, \d+ replaced, \d+ unchanged, (\d+) failed$`)
	quadsRe  = regexp.MustCompile(`(?m)^Written: .* (\d+) quads$`)
)

// BuildProcess runs `exe build` (exe is a kg binary) on inputs into st, in
// a process of its own so that its peak memory is the build's alone; flags
// go to the build besides the store's.
func BuildProcess(ctx context.Context, exe string, st Store, corpus string, flags []string, inputs ...string) (BuildResult, error) {
	args := append(append([]string{"build"}, storeArgs(st)...), flags...)
	for _, in := range inputs {
		args = append(args, abs(in))
	}
	res := BuildResult{Store: st, Corpus: corpus, Flags: flags}
	out, errText, usage, err := runMeasured(ctx, exe, args)
	res.Usage = usage
	if err != nil {
		return res, fmt.Errorf("%s build %s: %v: %s", exe, corpus, err, errText)
	}
	m, q := loadedRe.FindStringSubmatch(out), quadsRe.FindStringSubmatch(out)
	if m == nil || q == nil {
		return res, fmt.Errorf("%s build %s: no summary in its output:\n%s", exe, corpus, out)
	}
	res.Articles, _ = strconv.Atoi(m[1])
	res.Quads, _ = strconv.ParseInt(q[1], 10, 64)
	if failed, _ := strconv.Atoi(m[2]); failed > 0 {
		return res, fmt.Errorf("%s build %s: %d articles failed: %s", exe, corpus, failed, errText)
	}
	res.StoreBytes, err = StoreBytes(ctx, st)
	return res, err
}

// abs is p made absolute: measured processes run in another directory,
// and relative paths are the caller's.
func abs(p string) string {
	if a, err := filepath.Abs(p); err == nil {
		return a
	}
	return p
}

// storeArgs are the kg flags that open st.
func storeArgs(st Store) []string {
	args := []string{"--store-backend", st.Backend}
	if st.Path != "" {
		args = append(args, "--store-path", abs(st.Path))
	}
	if st.Address != "" {
		args = append(args, "--store-address", st.Address)
	}
	return args
}

// runMeasured runs exe with args and measures it: its standard output, its
// standard error without the gctrace lines, and its usage.
func runMeasured(ctx context.Context, exe string, args []string) (stdout, stderr string, u Usage, err error) {
	cmd := exec.CommandContext(ctx, exe, args...)
	cmd.Dir = os.TempDir() // no config.yaml of the caller's
	cmd.Env = append(cleanEnv(), gctraceEnv())
	var out, errOut strings.Builder
	cmd.Stdout, cmd.Stderr = &out, &errOut
	start := time.Now()
	err = cmd.Start()
	var peak Memory
	if err == nil {
		sampler := SampleMemory(cmd.Process.Pid, 50*time.Millisecond)
		err = cmd.Wait()
		peak = sampler.Stop()
	}
	u = Usage{Wall: time.Since(start), PeakAnon: peak.Anon, PeakFile: peak.File}
	u.PeakLive, stderr = parseGCTrace(errOut.String())
	if cmd.ProcessState != nil {
		if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
			u.PeakRSS = ru.Maxrss * 1024
			u.CPU = time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
		}
	}
	return out.String(), stderr, u, err
}

// gctraceEnv is GODEBUG with gctrace=1 added, so that the Go runtime of a
// build reports every garbage collection on stderr.
func gctraceEnv() string {
	if v := os.Getenv("GODEBUG"); v != "" {
		return "GODEBUG=" + v + ",gctrace=1"
	}
	return "GODEBUG=gctrace=1"
}

// gcTraceRe matches a GODEBUG=gctrace=1 line's heap sizes: at the start of
// the collection, at its end, and live ("400->420->210 MB").
var gcTraceRe = regexp.MustCompile(`^gc \d+ @.* (\d+)->(\d+)->(\d+) MB`)

// parseGCTrace returns the largest live heap the gctrace lines of stderr
// report, in bytes, and the rest of stderr (kg's own messages).
func parseGCTrace(stderr string) (live int64, rest string) {
	var other []string
	for _, line := range strings.Split(stderr, "\n") {
		m := gcTraceRe.FindStringSubmatch(line)
		if m == nil {
			if strings.TrimSpace(line) != "" {
				other = append(other, line)
			}
			continue
		}
		mb, _ := strconv.ParseInt(m[3], 10, 64)
		live = max(live, mb<<20)
	}
	return live, strings.Join(other, "\n")
}

// cleanEnv is the environment without KG_* settings, so that only the
// flags choose the store.
func cleanEnv() []string {
	var out []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "KG_") {
			out = append(out, kv)
		}
	}
	return out
}

// StoreBytes is the size of the store: its files, or its postgres database.
func StoreBytes(ctx context.Context, st Store) (int64, error) {
	if st.Backend == "postgres" {
		db, err := sql.Open("postgres", st.Address)
		if err != nil {
			return 0, err
		}
		defer db.Close()
		var n int64
		err = db.QueryRowContext(ctx, `SELECT pg_database_size(current_database())`).Scan(&n)
		return n, err
	}
	if st.Path == "" {
		return 0, nil
	}
	var n int64
	err := filepath.WalkDir(st.Path, func(_ string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if info, err := d.Info(); err == nil && info.Mode().IsRegular() {
			n += info.Size()
		}
		return nil
	})
	return n, err
}

// ExportNQuads writes every quad of the store st to path as N-Quads and
// returns how many it wrote.
func ExportNQuads(ctx context.Context, st *graph.Store, path string) (int64, error) {
	f, err := os.Create(path)
	if err != nil {
		return 0, err
	}
	bw := bufio.NewWriterSize(f, 1<<20)
	w := nquads.NewWriter(bw)
	r := cgraph.NewQuadStoreReader(st.QuadStore())
	n, err := quad.Copy(w, r)
	r.Close()
	err = errors.Join(err, w.Close(), bw.Flush(), f.Close())
	if err != nil {
		return int64(n), fmt.Errorf("export %s to %s: %v", st.Name(), path, err)
	}
	return int64(n), nil
}

// LoadResult is a bulk load with Cayley's own writer.
type LoadResult struct {
	Usage
	Store Store
	Quads int64
}

// QuadsPerSecond is quads loaded per second.
func (r LoadResult) QuadsPerSecond() float64 { return float64(r.Quads) / r.Wall.Seconds() }

// CayleyLoad loads the N-Quads file nq into the new store st the way
// `cayley load` does: the store's own bulk writer (qs.NewQuadWriter) fed by
// quad.CopyBatch in batches of quad.DefaultBatch. The time includes opening
// the store and parsing.
func CayleyLoad(ctx context.Context, st Store, nq string) (LoadResult, error) {
	res := LoadResult{Store: st}
	f, err := os.Open(nq)
	if err != nil {
		return res, err
	}
	defer f.Close()
	start, cpu := time.Now(), CPUTime()
	s, err := graph.Open(st.Config())
	if err != nil {
		return res, err
	}
	defer s.Close()
	w, err := s.QuadStore().NewQuadWriter()
	if err != nil {
		return res, fmt.Errorf("%s: bulk writer: %v", s.Name(), err)
	}
	r := nquads.NewReader(bufio.NewReaderSize(f, 1<<20), false)
	n, err := quad.CopyBatch(w, r, quad.DefaultBatch)
	err = errors.Join(err, w.Close(), r.Close())
	res.Quads, res.Wall, res.CPU = int64(n), time.Since(start), CPUTime()-cpu
	if err != nil {
		return res, fmt.Errorf("cayley load %s into %s: %v", nq, s.Name(), err)
	}
	return res, nil
}

// LoadProcess does CayleyLoad in a process of its own, `exe bench
// cayley-load` (exe is a kg binary), so that its peak memory is the load's
// alone.
func LoadProcess(ctx context.Context, exe string, st Store, nq string) (LoadResult, error) {
	args := append(append([]string{"bench", "cayley-load"}, storeArgs(st)...), abs(nq))
	res := LoadResult{Store: st}
	out, errText, usage, err := runMeasured(ctx, exe, args)
	res.Usage = usage
	if err != nil {
		return res, fmt.Errorf("%s bench cayley-load %s: %v: %s", exe, nq, err, errText)
	}
	m := loadedQuadsRe.FindStringSubmatch(out)
	if m == nil {
		return res, fmt.Errorf("%s bench cayley-load %s: no count in its output:\n%s", exe, nq, out)
	}
	res.Quads, _ = strconv.ParseInt(m[1], 10, 64)
	return res, nil
}

// loadedQuadsRe matches the line `kg bench cayley-load` ends with.
var loadedQuadsRe = regexp.MustCompile(`(?m)^Loaded: (\d+) quads`)
