package bench

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"kg/graph/pgtest"
)

// TestRun runs the whole benchmark, small, with a kg binary built for the
// test, on a source of articles written for it, and checks that every
// number it reports was measured.
func TestRun(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the kg binary")
	}
	exe := filepath.Join(t.TempDir(), "kg")
	build := exec.Command("go", "build", "-o", exe, "kg/cmd/kg")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build kg: %v\n%s", err, out)
	}
	dir := t.TempDir()
	texts := []string{
		"Strike\n\nFrance attacked Syria on Monday, officials said.",
		"Backing\n\nChina supports Mexico, diplomats in Beijing said.",
		"Talks\n\nSpain negotiated with Kenya in Geneva. France attacked Syria again.",
		"Rain\n\nheavy rain fell all week in the north.",
	}
	for i, text := range texts {
		if err := os.WriteFile(filepath.Join(dir, string(rune('a'+i))+".txt"), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	backends := []string{"bolt"}
	if raceEnabled {
		backends = []string{"leveldb"} // the build runs without -race, but Run's own reads do not
	}
	// relative paths, as a user types them (each build runs elsewhere)
	work := t.TempDir()
	t.Chdir(filepath.Dir(dir))
	rel := filepath.Base
	cfg := Config{Exe: exe, Corpus: rel(dir), Articles: 40, Small: 8, Backends: backends, Runs: 3, Dir: rel(work)}
	if pgtest.Configured() {
		cfg.Backends = append(cfg.Backends, "postgres")
		cfg.Postgres = pgtest.Require(t)
	}
	rep, err := Run(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Extraction.Articles != len(texts) || rep.Extraction.Bytes == 0 || rep.Extraction.CPU <= 0 {
		t.Errorf("extraction %+v", rep.Extraction)
	}
	// real, small, big, and big again with unbounded transactions (not on postgres)
	wantBuilds, wantLoads := 4, 2
	if len(cfg.Backends) > 1 {
		wantBuilds, wantLoads = 7, 3
	}
	if len(rep.Builds) != wantBuilds {
		t.Fatalf("%d builds, want %d: %+v", len(rep.Builds), wantBuilds, rep.Builds)
	}
	for _, b := range rep.Builds {
		if b.Articles == 0 || b.Quads == 0 || b.Wall <= 0 || b.CPU <= 0 || b.PeakRSS == 0 || b.PeakAnon == 0 || b.PeakLive == 0 || b.StoreBytes == 0 {
			t.Errorf("build %s on %s: %+v", b.Corpus, b.Store.Backend, b)
		}
	}
	for _, big := range rep.Builds[2:4] {
		if big.Articles != 40 {
			t.Errorf("the big build %q loaded %d articles, want 40", big.Corpus, big.Articles)
		}
	}
	if un := rep.Builds[3]; len(un.Flags) != 2 || un.Flags[1] != "-1" || un.Quads != rep.Builds[2].Quads {
		t.Errorf("the unbounded build: %+v; want --batch-bytes -1 and the quads of %+v", un, rep.Builds[2])
	}
	if len(rep.Loads) != wantLoads {
		t.Fatalf("%d bulk loads, want %d", len(rep.Loads), wantLoads)
	}
	for _, l := range rep.Loads {
		// The same quads: the exported store, loaded again, in a process
		// whose memory is measured.
		if l.Load.Quads != l.Build.Quads || l.Ratio() <= 0 || l.Load.PeakAnon == 0 || l.Load.PeakRSS == 0 || l.Load.CPU <= 0 {
			t.Errorf("bulk load of %d quads for a build of %d: %+v", l.Load.Quads, l.Build.Quads, l)
		}
	}
	for _, b := range cfg.Backends {
		lat := rep.Queries[b]
		if len(lat) != 8 {
			t.Fatalf("%s: %d query latencies, want 8", b, len(lat))
		}
		for _, l := range lat {
			if l.P50 <= 0 || l.P99 < l.P50 || l.Runs != 3 {
				t.Errorf("%s: %s: %+v", b, l.Query, l)
			}
		}
	}
	var table bytes.Buffer
	if err := rep.WriteTable(&table); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Extraction", "generated 40", "kg / cayley", "generated 40, unbounded transactions", "cayley peak anon", "neighbourhood (kg explore, depth 1)", "one-hop (relations)", "kg path (shortest paths with support", "peak RSS", "peak memory, generated 40 / generated 8"} {
		if !strings.Contains(table.String(), want) {
			t.Errorf("table lacks %q:\n%s", want, table.String())
		}
	}
}

func TestParseGCTrace(t *testing.T) {
	stderr := "gc 1 @0.012s 2%: 0.010+1.2+0.003 ms clock, 0.020+0.1/1.0/0.5+0.006 ms cpu, 4->4->1 MB, 4 MB goal, 0 MB stacks, 0 MB globals, 2 P\n" +
		"kg: a.txt: cannot read\n" +
		"gc 2 @1.5s 3%: 0.1+20+0.01 ms clock, 0.2+1/10/5+0.02 ms cpu, 400->420->210 MB, 420 MB goal, 0 MB stacks, 0 MB globals, 2 P\n" +
		"gc 3 @2.5s 3%: 0.1+20+0.01 ms clock, 0.2+1/10/5+0.02 ms cpu, 420->430->150 MB, 420 MB goal, 0 MB stacks, 0 MB globals, 2 P (forced)\n"
	live, rest := parseGCTrace(stderr)
	if live != 210<<20 || rest != "kg: a.txt: cannot read" {
		t.Errorf("parseGCTrace = %d MB, %q; want 210 MB and kg's message", live>>20, rest)
	}
}
