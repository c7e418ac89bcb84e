package bench

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"text/tabwriter"
	"time"

	"kg/graph"
	"kg/graph/pgtest"
	"kg/schema"
)

// Config says what Run measures.
type Config struct {
	Exe      string   // the kg binary the builds run
	Corpus   string   // directory of real *.txt articles
	Articles int      // size of the generated corpus
	Small    int      // size of the generated corpus peak memory is compared with
	Backends []string // bolt, leveldb, postgres
	Postgres string   // postgres server: each store is a new database on it
	Dir      string   // work directory (stores, corpora, N-Quads)
	Runs     int      // timed runs per query
	SkipLoad bool     // skip the Cayley bulk-load comparison
	// SkipUnbounded skips building the big corpus a second time with
	// unbounded transactions (--batch-bytes -1, bolt and leveldb only),
	// which sets kg against Cayley's loader at about the memory that
	// loader takes.
	SkipUnbounded bool
	Workers       int // extraction goroutines for the extraction benchmark (0: one per core)
	Log           io.Writer
	KeepFiles     bool // keep Dir's stores and files
}

// Report is what Run measured.
type Report struct {
	Machine    string
	Extraction ExtractResult
	Builds     []BuildResult
	Loads      []LoadComparison
	Queries    map[string][]Latency // by backend
	QueryStore map[string]string    // what the queries ran on, by backend
	Targets    Targets
	Elapsed    time.Duration
}

// LoadComparison sets a kg build against loading its quads with Cayley's
// bulk writer.
type LoadComparison struct {
	Build BuildResult
	Load  LoadResult
}

// Ratio is kg's build time over Cayley's load time.
func (c LoadComparison) Ratio() float64 { return c.Build.Wall.Seconds() / c.Load.Wall.Seconds() }

// Run measures extraction, then for each backend builds the real corpus, a
// small and a big generated corpus, loads the big store's quads with
// Cayley's bulk writer, and times the queries on the big store.
func Run(ctx context.Context, cfg Config) (*Report, error) {
	start := time.Now()
	logf := func(format string, args ...any) {
		if cfg.Log != nil {
			fmt.Fprintf(cfg.Log, "bench: "+format+"\n", args...)
		}
	}
	if cfg.Exe == "" {
		return nil, errors.New("bench: no kg binary to run builds with")
	}
	if cfg.Articles < 1 || cfg.Small < 1 {
		return nil, fmt.Errorf("bench: --articles %d and --small %d must be positive", cfg.Articles, cfg.Small)
	}
	src, err := LoadSource(cfg.Corpus)
	if err != nil {
		return nil, err
	}
	dir := cfg.Dir
	if dir != "" {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, fmt.Errorf("bench: work directory: %v", err)
		}
	}
	if dir == "" {
		if dir, err = os.MkdirTemp("", "kg-bench-"); err != nil {
			return nil, err
		}
		if !cfg.KeepFiles {
			defer os.RemoveAll(dir)
		}
	}
	rep := &Report{Machine: Machine(), Queries: map[string][]Latency{}, QueryStore: map[string]string{}}

	workers := cfg.Workers
	if workers <= 0 {
		workers = runtime.NumCPU()
	}
	logf("extracting %d articles of %s on %d workers", len(src.Articles), cfg.Corpus, workers)
	if rep.Extraction, err = Extract(ctx, src, workers); err != nil {
		return rep, err
	}

	logf("generating corpora of %d and %d articles in %s", cfg.Small, cfg.Articles, dir)
	small, _, err := src.GenerateCorpus(dir, cfg.Small)
	if err != nil {
		return rep, err
	}
	big, _, err := src.GenerateCorpus(dir, cfg.Articles)
	if err != nil {
		return rep, err
	}
	if rep.Targets, err = PickTargets(ctx, src, schema.New("")); err != nil {
		return rep, err
	}

	for _, backend := range cfg.Backends {
		newStore := func(name string) (Store, func(), error) {
			switch backend {
			case "postgres":
				if cfg.Postgres == "" {
					return Store{}, nil, errors.New("bench: the postgres backend needs a server: set --store-address (or store.address)")
				}
				addr, drop, err := pgtest.CreateDatabase(ctx, cfg.Postgres, "kgbench")
				if cfg.KeepFiles {
					drop = func() {}
				}
				return Store{Backend: backend, Address: addr}, drop, err
			case "bolt", "leveldb":
				return Store{Backend: backend, Path: filepath.Join(dir, backend+"-"+slug(name))}, func() {}, nil
			}
			return Store{}, nil, fmt.Errorf("bench: backend %q cannot be benchmarked (use bolt, leveldb or postgres)", backend)
		}
		build := func(name string, flags []string, inputs ...string) (BuildResult, Store, func(), error) {
			st, drop, err := newStore(name)
			if err != nil {
				return BuildResult{}, st, nil, err
			}
			logf("%s: kg build %s", backend, name)
			res, err := BuildProcess(ctx, cfg.Exe, st, name, flags, inputs...)
			if err != nil {
				drop()
				return res, st, nil, err
			}
			logf("%s: %s: %d articles, %d quads in %s (CPU %s), peak RSS %d MB (anonymous %d MB, file %d MB; live heap %d MB)", backend, name, res.Articles, res.Quads,
				res.Wall.Round(time.Millisecond), res.CPU.Round(time.Second/10), res.PeakRSS>>20, res.PeakAnon>>20, res.PeakFile>>20, res.PeakLive>>20)
			rep.Builds = append(rep.Builds, res)
			return res, st, drop, nil
		}

		_, _, drop, err := build(fmt.Sprintf("real corpus (%d articles)", len(src.Articles)), nil, src.Paths()...)
		if err != nil {
			return rep, err
		}
		drop()
		_, _, drop, err = build(fmt.Sprintf("generated %d", cfg.Small), nil, small)
		if err != nil {
			return rep, err
		}
		drop()
		bigRes, bigStore, dropBig, err := build(fmt.Sprintf("generated %d", cfg.Articles), nil, big)
		if err != nil {
			return rep, err
		}

		st, err := graph.Open(bigStore.Config())
		if err != nil {
			dropBig()
			return rep, err
		}
		logf("%s: query latency (%d runs each)", backend, cfg.Runs)
		lat, err := QueryLatencies(ctx, st, rep.Targets, cfg.Runs)
		rep.Queries[backend] = lat
		rep.QueryStore[backend] = bigRes.Corpus
		if err == nil && !cfg.SkipLoad {
			nq := filepath.Join(dir, backend+".nq")
			logf("%s: exporting %s as N-Quads", backend, bigRes.Corpus)
			_, err = ExportNQuads(ctx, st, nq)
			if err == nil {
				st.Close()
				var target Store
				var dropLoad func()
				if target, dropLoad, err = newStore("cayley-load"); err == nil {
					logf("%s: loading the N-Quads with Cayley's bulk writer", backend)
					var load LoadResult
					load, err = LoadProcess(ctx, cfg.Exe, target, nq)
					if err == nil {
						rep.Loads = append(rep.Loads, LoadComparison{Build: bigRes, Load: load})
						logf("%s: cayley load: %d quads in %s (CPU %s), peak RSS %d MB (anonymous %d MB, file %d MB; live heap %d MB)", backend, load.Quads, load.Wall.Round(time.Millisecond),
							load.CPU.Round(time.Second/10), load.PeakRSS>>20, load.PeakAnon>>20, load.PeakFile>>20, load.PeakLive>>20)
					}
					dropLoad()
				}
			}
			if err == nil && !cfg.SkipUnbounded && backend != "postgres" {
				// The same corpus with transactions as big as the batch
				// (what Cayley's loader does): kg's time at its memory.
				var res BuildResult
				var drop func()
				res, _, drop, err = build(fmt.Sprintf("generated %d, unbounded transactions", cfg.Articles), []string{"--batch-bytes", "-1"}, big)
				if err == nil {
					drop()
					if n := len(rep.Loads); n > 0 && rep.Loads[n-1].Build.Store == bigStore {
						rep.Loads = append(rep.Loads, LoadComparison{Build: res, Load: rep.Loads[n-1].Load})
					}
				}
			}
			if !cfg.KeepFiles {
				os.Remove(nq)
			}
		}
		st.Close()
		dropBig()
		if err != nil {
			return rep, err
		}
	}
	rep.Elapsed = time.Since(start)
	return rep, nil
}

// Machine describes this computer: cores, memory, Go version.
func Machine() string {
	mem := ""
	if data, err := os.ReadFile("/proc/meminfo"); err == nil {
		var kb int64
		if _, err := fmt.Sscanf(string(data), "MemTotal: %d kB", &kb); err == nil {
			mem = fmt.Sprintf(", %.0f GiB RAM", float64(kb)/(1<<20))
		}
	}
	model := ""
	if data, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		for _, line := range strings.Split(string(data), "\n") {
			if k, v, ok := strings.Cut(line, ":"); ok && strings.TrimSpace(k) == "model name" {
				model = " (" + strings.TrimSpace(v) + ")"
				break
			}
		}
	}
	return fmt.Sprintf("%d cores%s%s, %s %s/%s", runtime.NumCPU(), model, mem, runtime.Version(), runtime.GOOS, runtime.GOARCH)
}

// WriteTable prints the report as aligned text tables.
func (r *Report) WriteTable(out io.Writer) error {
	w := tabwriter.NewWriter(out, 2, 8, 2, ' ', 0)
	fmt.Fprintf(w, "Machine: %s\n\n", r.Machine)
	e := r.Extraction
	fmt.Fprintf(w, "Extraction\tarticles\tMB\tworkers\twall\tarticles/s\tMB/s per core\n")
	fmt.Fprintf(w, "real corpus\t%d\t%.2f\t%d\t%s\t%.0f\t%.2f\n\n", e.Articles, float64(e.Bytes)/1e6, e.Workers,
		e.Wall.Round(time.Millisecond), e.ArticlesPerSecond(), e.MBPerCoreSecond())

	fmt.Fprintf(w, "Build\tbackend\tarticles\tquads\twall\tCPU\tarticles/s\tquads/s\tpeak RSS\tpeak anon\tpeak file\tpeak live heap\tstore bytes/quad\n")
	for _, b := range r.Builds {
		fmt.Fprintf(w, "%s\t%s\t%d\t%d\t%s\t%s\t%.0f\t%.0f\t%d MB\t%d MB\t%d MB\t%d MB\t%.0f\n", b.Corpus, b.Store.Backend, b.Articles, b.Quads,
			b.Wall.Round(time.Millisecond), b.CPU.Round(time.Second/10), b.ArticlesPerSecond(), b.QuadsPerSecond(), b.PeakRSS>>20, b.PeakAnon>>20, b.PeakFile>>20, b.PeakLive>>20, b.BytesPerQuad())
	}
	fmt.Fprintf(w, "(peak RSS: getrusage, what /usr/bin/time reports; anon: RssAnon, the heap and stacks; file: RssFile, mapped file pages\n")
	fmt.Fprintf(w, " such as bolt's database, page cache the kernel can reclaim; live heap: what garbage collection left, gctrace)\n")
	for _, backend := range backendsOf(r.Builds) {
		var lo, hi *BuildResult
		for i := range r.Builds {
			b := &r.Builds[i]
			if b.Store.Backend != backend || !strings.HasPrefix(b.Corpus, "generated") || len(b.Flags) > 0 {
				continue
			}
			if lo == nil || b.Articles < lo.Articles {
				lo = b
			}
			if hi == nil || b.Articles > hi.Articles {
				hi = b
			}
		}
		if lo != nil && hi != nil && lo != hi {
			fmt.Fprintf(w, "peak memory, %s / %s (%s)\tRSS %s\tanonymous %s\tfile-backed %s\tlive heap %s\n", hi.Corpus, lo.Corpus, backend,
				ratio(hi.PeakRSS, lo.PeakRSS), ratio(hi.PeakAnon, lo.PeakAnon), ratio(hi.PeakFile, lo.PeakFile), ratio(hi.PeakLive, lo.PeakLive))
		}
	}
	fmt.Fprintln(w)

	if len(r.Loads) > 0 {
		fmt.Fprintf(w, "Same quads\tbackend\tquads\tkg build\tkg peak anon\tcayley bulk load\tcayley peak anon\tload quads/s\tkg / cayley\n")
		for _, c := range r.Loads {
			fmt.Fprintf(w, "%s\t%s\t%d\t%s\t%d MB\t%s\t%d MB\t%.0f\t%.2f\n", c.Build.Corpus, c.Load.Store.Backend, c.Load.Quads,
				c.Build.Wall.Round(time.Millisecond), c.Build.PeakAnon>>20, c.Load.Wall.Round(time.Millisecond), c.Load.PeakAnon>>20, c.Load.QuadsPerSecond(), c.Ratio())
		}
		fmt.Fprintf(w, "(cayley bulk load: Cayley's own writer in transactions of 200,000 quads, its memory unbounded; kg build bounds\n")
		fmt.Fprintf(w, " each transaction's rewritten pages by build.batch_bytes, unless --batch-bytes -1)\n")
		fmt.Fprintln(w)
	}

	for _, backend := range backendsOf(r.Builds) {
		lat := r.Queries[backend]
		if len(lat) == 0 {
			continue
		}
		fmt.Fprintf(w, "Queries on %s (%s)\tresults\truns\tp50\tp99\n", backend, r.QueryStore[backend])
		for _, l := range lat {
			fmt.Fprintf(w, "%s\t%d\t%d\t%s\t%s\n", l.Query, l.Results, l.Runs, ms(l.P50), ms(l.P99))
		}
		fmt.Fprintln(w)
	}
	fmt.Fprintf(w, "Query targets: typical entity %s, hub %s\n", r.Targets.Typical, r.Targets.Hub)
	return w.Flush()
}

// slug is name with every run of other characters than letters and digits
// made one "-", for file names.
func slug(name string) string {
	return strings.Trim(strings.Join(strings.FieldsFunc(name, func(r rune) bool {
		return !('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9')
	}), "-"), "-")
}

// ratio is a/b as "1.83×", or "–" if either was not measured.
func ratio(a, b int64) string {
	if a <= 0 || b <= 0 {
		return "–"
	}
	return fmt.Sprintf("%.2f×", float64(a)/float64(b))
}

func ms(d time.Duration) string { return fmt.Sprintf("%.2f ms", float64(d)/float64(time.Millisecond)) }

func backendsOf(builds []BuildResult) []string {
	var out []string
	for _, b := range builds {
		if !contains(out, b.Store.Backend) {
			out = append(out, b.Store.Backend)
		}
	}
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
