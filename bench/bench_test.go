package bench

import (
	"context"
	"flag"
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"kg/extract"
	"kg/graph"
	"kg/graph/pgtest"
	"kg/pipeline"
	"kg/schema"
)

// The benchmarks run in-process (for -cpuprofile and -memprofile); `kg
// bench` runs each build as a process of its own and prints the table.
//
//	go test -run '^$' -bench . -benchtime 1x ./bench -args -articles 20000
//
// They need the shared corpus (../shared/corpus, or -corpus) and skip
// without it; the postgres variants need KG_TEST_POSTGRES.

var (
	corpusFlag   = flag.String("corpus", "../../shared/corpus", "directory of real articles (*.txt)")
	articlesFlag = flag.Int("articles", 100000, "articles in the generated corpus")
	batchFlag    = flag.Int("batch", 0, "most quads per write transaction (0: pipeline.DefaultBatchQuads)")
	bytesFlag    = flag.Int64("batchbytes", 0, "page bytes a write transaction may rewrite before batches shrink (0: pipeline.DefaultBatchBytes, -1: no bound)")
	memFlag      = flag.Int64("memlimit", 0, "soft heap limit during a build, in bytes (0: pipeline's default, -1: none)")
	heapFlag     = flag.String("peakheap", "", "BenchmarkBuild: write a heap profile at the build's peak live heap to this file")
)

func source(b *testing.B) *Source {
	b.Helper()
	if _, err := os.Stat(*corpusFlag); err != nil {
		b.Skipf("no corpus at %s (set -corpus): %v", *corpusFlag, err)
	}
	src, err := LoadSource(*corpusFlag)
	if err != nil {
		b.Fatal(err)
	}
	return src
}

// BenchmarkExtract extracts the real corpus: articles/s and MB of text per
// CPU second.
func BenchmarkExtract(b *testing.B) {
	src := source(b)
	var res ExtractResult
	for b.Loop() {
		var err error
		if res, err = Extract(context.Background(), src, runtime.NumCPU()); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(res.ArticlesPerSecond(), "articles/s")
	b.ReportMetric(res.MBPerCoreSecond(), "MB/s/core")
}

// BenchmarkBuild builds the real corpus and a generated one (-articles) on
// bolt and postgres.
func BenchmarkBuild(b *testing.B) {
	src := source(b)
	gen := ""
	for _, backend := range []string{"bolt", "postgres"} {
		for _, corpus := range []string{"real", "generated"} {
			b.Run(backend+"/"+corpus, func(b *testing.B) {
				if raceEnabled && backend == "bolt" {
					b.Skip("boltdb/bolt v1.3.1 fails the race detector's checkptr check")
				}
				inputs := src.Paths()
				if corpus == "generated" {
					if gen == "" {
						var err error
						if gen, _, err = src.GenerateCorpus(b.TempDir(), *articlesFlag); err != nil {
							b.Fatal(err)
						}
						defer func() { os.Remove(gen); gen = "" }()
					}
					inputs = []string{gen}
				}
				x, err := extract.New(extract.Config{})
				if err != nil {
					b.Fatal(err)
				}
				var sum pipeline.Summary
				var size int64
				var prof *PeakHeapProfiler
				if *heapFlag != "" {
					prof = ProfilePeakHeap(*heapFlag)
				}
				mem := SampleMemory(0, 50*time.Millisecond)
				for b.Loop() {
					st := Store{Backend: backend}
					if backend == "postgres" {
						st.Address = pgtest.Database(b)
					} else {
						st.Path = filepath.Join(b.TempDir(), "kg.db")
					}
					cfg := st.Config()
					cfg.Vocab = schema.New("")
					s, err := graph.Open(cfg)
					if err != nil {
						b.Fatal(err)
					}
					sum, err = pipeline.Build(context.Background(), inputs, pipeline.Options{BatchQuads: *batchFlag, BatchBytes: *bytesFlag, MemoryLimit: *memFlag}, x, s)
					s.Close()
					if err != nil || sum.Failed > 0 {
						b.Fatalf("build: %v, %d failed", err, sum.Failed)
					}
					if size, err = StoreBytes(context.Background(), st); err != nil {
						b.Fatal(err)
					}
				}
				b.ReportMetric(float64(sum.Loaded)/sum.Elapsed.Seconds(), "articles/s")
				b.ReportMetric(float64(sum.Quads)/sum.Elapsed.Seconds(), "quads/s")
				b.ReportMetric(float64(size)/float64(sum.Quads), "B/quad")
				peak := mem.Stop()
				if prof != nil {
					live, err := prof.Stop()
					if err != nil {
						b.Fatal(err)
					}
					b.ReportMetric(float64(live>>20), "peak-live-heap-MB")
				}
				b.ReportMetric(float64(PeakRSS()>>20), "peak-RSS-MB")
				b.ReportMetric(float64(peak.Anon>>20), "peak-anon-MB")
				b.ReportMetric(float64(peak.File>>20), "peak-file-MB")
			})
		}
	}
}

var nquadsFlag = flag.String("nquads", "", "N-Quads file for BenchmarkCayleyLoad (default: the real corpus, built and exported)")

// BenchmarkCayleyLoad loads N-Quads (-nquads, e.g. from `kg export --format
// nquads`, or the real corpus built and exported) into a new bolt store
// with Cayley's own bulk writer, as `cayley load` does: the baseline kg's
// build time is compared with.
func BenchmarkCayleyLoad(b *testing.B) {
	if raceEnabled {
		b.Skip("boltdb/bolt v1.3.1 fails the race detector's checkptr check")
	}
	nq := *nquadsFlag
	if nq == "" {
		src := source(b)
		x, err := extract.New(extract.Config{})
		if err != nil {
			b.Fatal(err)
		}
		s, err := graph.Open(graph.Config{Backend: "bolt", Path: filepath.Join(b.TempDir(), "kg.db")})
		if err != nil {
			b.Fatal(err)
		}
		if _, err := pipeline.Build(context.Background(), src.Paths(), pipeline.Options{}, x, s); err != nil {
			b.Fatal(err)
		}
		nq = filepath.Join(b.TempDir(), "corpus.nq")
		_, err = ExportNQuads(context.Background(), s, nq)
		s.Close()
		if err != nil {
			b.Fatal(err)
		}
	}
	var res LoadResult
	for b.Loop() {
		var err error
		if res, err = CayleyLoad(context.Background(), Store{Backend: "bolt", Path: filepath.Join(b.TempDir(), "cayley.db")}, nq); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(res.QuadsPerSecond(), "quads/s")
	b.ReportMetric(float64(res.Quads), "quads")
}

var (
	storeFlag = flag.String("store", "", "BenchmarkQueries: an existing bolt store to time the queries on (e.g. one `kg bench --keep` built)")
	runsFlag  = flag.Int("runs", 50, "BenchmarkQueries: timed runs per query")
	typFlag   = flag.String("typical", "", "BenchmarkQueries: the typical entity's key (e.g. nebraska) instead of the one picked from the corpus")
	hubFlag   = flag.String("hub", "", "BenchmarkQueries: the hub entity's key instead of the one picked from the corpus")
)

// BenchmarkQueries times the queries `kg bench` times (one-hop, two-hop,
// path) on an existing bolt store, -store, and logs the table; opening
// the store is timed too.
//
//	go test -run '^$' -bench Queries -benchtime 1x ./bench -args -store /tmp/kg-bench/bolt-generated-100000
func BenchmarkQueries(b *testing.B) {
	if *storeFlag == "" {
		b.Skip("no store to query (set -store)")
	}
	if raceEnabled {
		b.Skip("boltdb/bolt v1.3.1 fails the race detector's checkptr check")
	}
	src := source(b)
	targets, err := PickTargets(context.Background(), src, schema.New(""))
	if err != nil {
		b.Fatal(err)
	}
	// The picked targets follow the extractor; a store built by an older
	// one may call for the targets it was measured with.
	if *typFlag != "" {
		targets.Typical = schema.New("").Entity(*typFlag)
	}
	if *hubFlag != "" {
		targets.Hub = schema.New("").Entity(*hubFlag)
	}
	for b.Loop() {
		start := time.Now()
		st, err := graph.Open(graph.Config{Backend: "bolt", Path: *storeFlag})
		if err != nil {
			b.Fatal(err)
		}
		opened := time.Since(start)
		lat, err := QueryLatencies(context.Background(), st, targets, *runsFlag)
		st.Close()
		if err != nil {
			b.Fatal(err)
		}
		b.Logf("opened %s in %s; typical entity %s, hub %s", *storeFlag, opened.Round(time.Millisecond), targets.Typical, targets.Hub)
		for _, l := range lat {
			b.Logf("%-42s %5d results  p50 %s  p99 %s", l.Query, l.Results, ms(l.P50), ms(l.P99))
		}
	}
}
