package robust

import (
	"encoding/json"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestHostileQueries runs Gizmo queries that never end, allocate without
// bound or ask for every node of a store of 200 articles through `kg
// query`: the timeout stops the first two with one line saying so (with a
// memory limit they do not reach in that time), the memory limit stops
// queries that allocate fast before the process's peak memory grows by
// four times the limit (a doubling step under way cannot be interrupted,
// and on a loaded machine the next may start), and the result limit cuts the last with a note on
// stderr.
func TestHostileQueries(t *testing.T) {
	skipUnderRace(t)
	work := t.TempDir()
	store := filepath.Join(work, "kg.db")
	writeCorpus(t, filepath.Join(work, "corpus"), 200)
	if r := runKG(t, work, nil, "build", "--store-path", store, "corpus"); r.code != 0 {
		t.Fatalf("build: exit %d\n%s", r.code, r.stderr)
	}
	env := []string{"KG_STORE_PATH=" + store}
	peakRSS := func(cmd *exec.Cmd) int64 {
		if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
			return ru.Maxrss << 10 // KiB on Linux
		}
		return 0
	}

	const timeout = "1s"
	timeoutMsg := "kg: query exceeded the timeout of " + timeout + " (query.timeout)\n"
	for _, q := range []struct{ name, query string }{
		{"endless loop", `while (true) {}`},
		{"endless loop in a callback", `g.V().ForEach(function(n) { while (true) {} })`},
		{"unbounded allocation", `var a = []; while (true) { a.push({n: a.length, s: "x" + a.length}); }`},
		{"every node for every node", `g.V().ForEach(function(a) { g.V().ForEach(function(b) {}) })`},
	} {
		cmd := kgCmd(t, work, append(env, "KG_QUERY_MAX_MEMORY=4294967296"), "query", "--timeout", timeout, q.query)
		timer := time.AfterFunc(hangGuard, func() { cmd.Process.Kill() })
		r := runCmd(t, cmd, "")
		timer.Stop()
		if r.elapsed >= hangGuard {
			t.Errorf("%s: not stopped; killed after %s", q.name, hangGuard)
			continue
		}
		if r.code != 1 || r.stderr != timeoutMsg || r.stdout != "" {
			t.Errorf("%s: exit %d, stdout %.200q, stderr %.300q; want exit 1 and %q", q.name, r.code, r.stdout, r.stderr, timeoutMsg)
		}
		t.Logf("%s: stopped after %s, peak memory %d MiB", q.name, r.elapsed.Round(time.Millisecond), peakRSS(cmd)>>20)
	}

	// Memory: allocating fast is stopped at query.max_memory, long before
	// the timeout. The peak memory of a kg query that allocates nothing is
	// the base the limit adds to.
	small := kgCmd(t, work, env, "query", `g.V("<kg:entity/norway>").All()`)
	if r := runCmd(t, small, ""); r.code != 0 {
		t.Fatalf("a small query: exit %d\n%s", r.code, r.stderr)
	}
	base := peakRSS(small)
	const limit = 256 << 20
	memoryMsg := "kg: query exceeded the memory limit of 256 MiB (query.max_memory)\n"
	for _, q := range []struct{ name, query string }{
		{"doubling string", `var s = "x"; while (true) { s = s + s; }`},
		{"growing array", `var a = []; while (true) { a.push({n: a.length, s: "x" + a.length}); }`},
		{"doubling string in a callback", `g.V().ForEach(function(n) { var s = "y"; while (true) { s += s; } })`},
	} {
		cmd := kgCmd(t, work, append(env, "KG_QUERY_MAX_MEMORY=268435456"), "query", "--timeout", "60s", q.query)
		timer := time.AfterFunc(hangGuard, func() { cmd.Process.Kill() })
		r := runCmd(t, cmd, "")
		timer.Stop()
		peak := peakRSS(cmd)
		if r.code != 1 || r.stderr != memoryMsg || r.stdout != "" {
			t.Errorf("%s: exit %d after %s, stdout %.200q, stderr %.300q; want exit 1 and %q", q.name, r.code, r.elapsed, r.stdout, r.stderr, memoryMsg)
		}
		t.Logf("%s: stopped after %s, peak memory %d MiB (%d MiB over a small query's)", q.name, r.elapsed.Round(time.Millisecond), peak>>20, (peak-base)>>20)
		if peak-base >= 4*limit {
			t.Errorf("%s: peak memory %d MiB over a small query's, four times the limit of %d MiB or more", q.name, (peak-base)>>20, limit>>20)
		}
	}

	// Every node: cut at the limit, with a note.
	for _, limit := range []string{"1000", "25"} {
		r := runGuarded(t, work, env, "query", "--limit", limit, `g.V().All()`)
		var res []any
		if err := json.Unmarshal([]byte(r.stdout), &res); err != nil || r.code != 0 {
			t.Fatalf("g.V().All() --limit %s: exit %d, %v\n%.300s\n%s", limit, r.code, err, r.stdout, r.stderr)
		}
		want := "kg: stopped at the limit of " + limit + " results (query.limit)"
		if len(res) != atoi(limit) || !strings.HasPrefix(r.stderr, want) || strings.Count(r.stderr, "\n") != 1 {
			t.Errorf("g.V().All() --limit %s: %d results, stderr %q; want %s and %q", limit, len(res), r.stderr, limit, want)
		}
	}
	// Under the limit: no note.
	r := runGuarded(t, work, env, "query", `g.V("<kg:entity/norway>").All()`)
	if r.code != 0 || r.stderr != "" || !strings.Contains(r.stdout, "norway") {
		t.Errorf("a small query: exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
}

func atoi(s string) int {
	n := 0
	for _, c := range s {
		n = n*10 + int(c-'0')
	}
	return n
}
