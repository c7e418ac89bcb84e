package robust

import (
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// crashRuns is how many builds TestCrashSafety kills.
const crashRuns = 12

// TestCrashSafety kills `kg build` (bolt store) with SIGKILL at random
// points. After each kill the store opens and every article in it is
// complete — its label's quads are exactly those of a clean build — and
// building again ends in exactly the state of an uninterrupted build.
// KG_ROBUST_SEED=N replays the kill points of a failed run.
func TestCrashSafety(t *testing.T) {
	skipUnderRace(t)
	work := t.TempDir()
	corpus := filepath.Join(work, "corpus")
	writeCorpus(t, corpus, 200)

	ref := filepath.Join(work, "ref.db")
	r, firstWrite := watchBuild(t, work, ref, "corpus")
	if r.code != 0 {
		t.Fatalf("clean build: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	want := dump(t, ref)
	if s := summary(t, r.stdout); s[1] != 200 || len(want) != 200 {
		t.Fatalf("clean build: summary %v, %d labels; want 200 articles", s, len(want))
	}
	full := r.elapsed
	t.Logf("clean build: %d quads in %d articles, %s, writing from %s", want.quads(), len(want),
		full.Round(time.Millisecond), firstWrite.Round(time.Millisecond))

	rng := killRNG(t)

	partial := 0
	for run := range crashRuns {
		store := filepath.Join(work, "crash"+strconv.Itoa(run)+".db")
		// Every other run is killed twice, the second time while the
		// build resumes on a store left by a kill.
		kills := 1 + run%2
		for k := range kills {
			// Half the kills anywhere, half while the build writes.
			from := time.Duration(0)
			if rng.IntN(2) == 1 {
				from = firstWrite
			}
			at := from + time.Duration(rng.Int64N(int64(full-from+full/10)))
			cmd := kgCmd(t, work, nil, "build", "--store-path", store, "corpus")
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			time.Sleep(at)
			cmd.Process.Kill() // SIGKILL
			cmd.Wait()

			got := dump(t, store)
			for label, qs := range got {
				if d := diffLabel(qs, want[label]); d != "" {
					t.Fatalf("run %d, killed after %s: article %s is incomplete: %s", run, at, label, d)
				}
			}
			if len(got) > 0 && len(got) < len(want) {
				partial++
			}
			t.Logf("run %d kill %d after %s: %d of %d articles stored, all complete", run, k+1, at.Round(time.Millisecond), len(got), len(want))
		}
		r := runKG(t, work, nil, "build", "--store-path", store, "corpus")
		if r.code != 0 {
			t.Fatalf("run %d: build after the kill: exit %d\n%s%s", run, r.code, r.stdout, r.stderr)
		}
		if d := dump(t, store).diff(want); d != "" {
			t.Fatalf("run %d: the store after a killed and a finished build differs from a clean build:\n%s", run, d)
		}
	}
	if partial == 0 {
		t.Logf("no kill landed in the middle of the writes (all %d stores were empty or full)", crashRuns)
	}
}

// killRNG returns the random source of kill points, seeded from
// KG_ROBUST_SEED if set, else from the clock (and logged).
func killRNG(t *testing.T) *rand.Rand {
	seed := uint64(time.Now().UnixNano())
	if s := os.Getenv("KG_ROBUST_SEED"); s != "" {
		seed, _ = strconv.ParseUint(s, 10, 64)
	}
	t.Logf("kill points from KG_ROBUST_SEED=%d", seed)
	return rand.New(rand.NewPCG(seed, 1))
}

// copyStore copies the bolt store from to the new directory to.
func copyStore(t *testing.T, from, to string) {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(from, "indexes.bolt"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(to, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(to, "indexes.bolt"), data, 0o600); err != nil {
		t.Fatal(err)
	}
}

// TestCrashSafetyReplace kills a build that replaces every article of a
// store with a new version, some shorter and some longer. After each kill
// every article is exactly its old version or exactly its new version: a
// replacement is one transaction on bolt too (graph.Store.apply pads it
// around Cayley's KV node bug), and the pads a kill between that
// transaction and the one removing them leaves are gone when the store is
// opened (no quad without an article label is there). Building again ends
// in exactly the state of a clean build of the new versions.
func TestCrashSafetyReplace(t *testing.T) {
	skipUnderRace(t)
	work := t.TempDir()
	corpus := filepath.Join(work, "corpus")
	const n = 100
	writeCorpus(t, corpus, n)
	oldStore := filepath.Join(work, "old.db")
	if r := runKG(t, work, nil, "build", "--store-path", oldStore, "corpus"); r.code != 0 {
		t.Fatalf("build of the old versions: exit %d\n%s", r.code, r.stderr)
	}
	old := dump(t, oldStore)
	// New versions: other text under the same file names, so the same
	// article IDs; some are shorter than before, some longer.
	for i := range n {
		text := article(n + i)
		if i%2 == 0 {
			text = text[:len(text)/2] + "\n"
		}
		write(t, filepath.Join(corpus, fmt.Sprintf("%03d.txt", i)), []byte(text))
	}
	newStore := filepath.Join(work, "new.db")
	r := runKG(t, work, nil, "build", "--store-path", newStore, "corpus")
	if r.code != 0 {
		t.Fatalf("clean build of the new versions: exit %d\n%s", r.code, r.stderr)
	}
	want := dump(t, newStore)
	// Kill points fall within the time a whole replacing build takes,
	// half of them while it writes.
	probe := filepath.Join(work, "probe.db")
	copyStore(t, oldStore, probe)
	r, firstWrite := watchBuild(t, work, probe, "corpus")
	if r.code != 0 || dump(t, probe).diff(want) != "" {
		t.Fatalf("replacing build: exit %d, or its store differs from a clean build\n%s", r.code, r.stderr)
	}
	full := r.elapsed
	t.Logf("replacing build: %s, writing from %s", full.Round(time.Millisecond), firstWrite.Round(time.Millisecond))

	rng := killRNG(t)
	partial, padded := 0, 0
	for run := range crashRuns {
		store := filepath.Join(work, "crash"+strconv.Itoa(run)+".db")
		copyStore(t, oldStore, store)
		from := time.Duration(0)
		if rng.IntN(2) == 1 {
			from = firstWrite
		}
		at := from + time.Duration(rng.Int64N(int64(full-from+1)))
		cmd := kgCmd(t, work, nil, "build", "--store-path", store, "corpus")
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(at)
		cmd.Process.Kill()
		cmd.Wait()
		got, pads := dumpPads(t, store)
		if pads > 0 {
			padded++
		}
		replaced := 0
		for label, qs := range got {
			switch {
			case diffLabel(qs, want[label]) == "":
				replaced++
			case diffLabel(qs, old[label]) == "":
			default:
				t.Fatalf("run %d, killed after %s: article %q is neither its old version (%s) nor its new one (%s)",
					run, at, label, diffLabel(qs, old[label]), diffLabel(qs, want[label]))
			}
		}
		if len(got) != len(want) {
			t.Fatalf("run %d, killed after %s: %d articles in the store, want all %d (old or new)", run, at, len(got), len(want))
		}
		if replaced > 0 && replaced < len(want) {
			partial++
		}
		t.Logf("run %d killed after %s: %d of %d articles replaced, the others old; %d pad quads removed on opening",
			run, at.Round(time.Millisecond), replaced, len(want), pads)
		if r := runKG(t, work, nil, "build", "--store-path", store, "corpus"); r.code != 0 {
			t.Fatalf("run %d: build after the kill: exit %d\n%s", run, r.code, r.stderr)
		}
		if d := dump(t, store).diff(want); d != "" {
			t.Fatalf("run %d: the store after a killed and a finished build differs from a clean build:\n%s", run, d)
		}
	}
	t.Logf("of %d kills, %d landed between two batches of replacements and %d between a replacement and the removal of its pads",
		crashRuns, partial, padded)

	// And a kill at the worst point, every time: kg-crashtest kills itself
	// right after its first replacing transaction, before it removes the
	// pads (see binaries).
	store := filepath.Join(work, "padcrash.db")
	copyStore(t, oldStore, store)
	cmd := kgCmd(t, work, []string{"KG_CRASH_AFTER_PADDED=1"}, "build", "--store-path", store, "corpus")
	cmd.Path = filepath.Join(filepath.Dir(cmd.Path), "kg-crashtest")
	var errb strings.Builder
	cmd.Stderr = &errb
	err := cmd.Run()
	if ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus); !ok || !ws.Signaled() || ws.Signal() != syscall.SIGKILL {
		t.Fatalf("kg-crashtest was to kill itself inside the replacement; it ended with %v\n%s", err, errb.String())
	}
	got, pads := dumpPads(t, store)
	if pads == 0 {
		t.Error("the kill inside the replacement left no pads to remove")
	}
	replaced := 0
	for label, qs := range got {
		switch {
		case diffLabel(qs, want[label]) == "":
			replaced++
		case diffLabel(qs, old[label]) == "":
		default:
			t.Fatalf("killed inside a replacement: article %q is neither its old version (%s) nor its new one (%s)",
				label, diffLabel(qs, old[label]), diffLabel(qs, want[label]))
		}
	}
	if len(got) != len(want) || replaced == 0 {
		t.Fatalf("killed inside a replacement: %d articles, %d of them replaced; want %d, some replaced", len(got), replaced, len(want))
	}
	t.Logf("killed inside a replacement: %d of %d articles replaced, the others old; %d pad quads removed on opening", replaced, len(want), pads)
	if r := runKG(t, work, nil, "build", "--store-path", store, "corpus"); r.code != 0 {
		t.Fatalf("build after the kill inside a replacement: exit %d\n%s", r.code, r.stderr)
	}
	if d := dump(t, store).diff(want); d != "" {
		t.Fatalf("the store after a build killed inside a replacement and a finished one differs from a clean build:\n%s", d)
	}
}

// watchBuild runs `kg build --store-path store paths...` on a bolt store
// and also returns when, from its start, its first write came: the store
// file changed (an existing store) or grew beyond the size of an empty store
// (a new one); the whole run if neither happened.
func watchBuild(t *testing.T, work, store string, paths ...string) (result, time.Duration) {
	t.Helper()
	file := filepath.Join(store, "indexes.bolt")
	before, err := os.Stat(file)
	if err != nil {
		empty := filepath.Join(work, "empty.db")
		dump(t, empty) // opening creates an empty store
		if before, err = os.Stat(filepath.Join(empty, "indexes.bolt")); err != nil {
			t.Fatal(err)
		}
		before = sizeOnly{before}
	}

	cmd := kgCmd(t, work, nil, append([]string{"build", "--store-path", store}, paths...)...)
	var out, errb strings.Builder
	cmd.Stdout, cmd.Stderr = &out, &errb
	start := time.Now()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	first := time.Duration(0)
	var waitErr error
	for ended := false; !ended; {
		select {
		case waitErr = <-done:
			ended = true
		case <-time.After(time.Millisecond):
			if fi, err := os.Stat(file); first == 0 && err == nil && changed(before, fi) {
				first = time.Since(start)
			}
		}
	}
	r := result{stdout: out.String(), stderr: errb.String(), elapsed: time.Since(start)}
	if ee, ok := waitErr.(*exec.ExitError); ok {
		r.code = ee.ExitCode()
	} else if waitErr != nil {
		t.Fatal(waitErr)
	}
	if first == 0 {
		first = r.elapsed
	}
	return r, first
}

// sizeOnly is a file's size as the state to compare with: any other file
// of the same size or smaller counts as unchanged.
type sizeOnly struct{ os.FileInfo }

// changed reports whether now differs from before (see sizeOnly).
func changed(before, now os.FileInfo) bool {
	if _, ok := before.(sizeOnly); ok {
		return now.Size() > before.Size()
	}
	return now.Size() != before.Size() || !now.ModTime().Equal(before.ModTime())
}
