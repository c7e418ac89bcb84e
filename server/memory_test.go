package server

import (
	"net/http"
	"runtime"
	"runtime/metrics"
	"strings"
	"sync"
	"testing"
	"time"
)

// retained is the memory the Go runtime holds from the system (mapped and
// not released), about the process's resident memory.
func retained() int64 {
	s := []metrics.Sample{{Name: "/memory/classes/total:bytes"}, {Name: "/memory/classes/heap/released:bytes"}}
	metrics.Read(s)
	return int64(s[0].Value.Uint64()) - int64(s[1].Value.Uint64())
}

// TestGizmoMemoryLimit sends queries that allocate without end to kg's and
// Cayley's query endpoints with a memory limit far below what they reach
// within the timeout: each answers 507 with an error naming the limit,
// while other requests are answered meanwhile; afterwards the server has
// given the memory back and answers queries.
func TestGizmoMemoryLimit(t *testing.T) {
	// A search must come back within this while a hostile query runs; the
	// race detector slows the collector's work on the query's big heap
	// several times over (a CI run saw 2.3 s on two loaded cores).
	slowSearch := 2 * time.Second
	if raceEnabled {
		slowSearch = 6 * time.Second
	}
	_, ts := testServer(t, Options{QueryTimeout: 30 * time.Second, QueryMaxMemory: 64 << 20})
	runtime.GC()
	held := retained()
	hostile := []struct{ path, query string }{
		{"/api/v1/query/gizmo", `var a = []; while (true) { a.push({n: a.length, s: "x" + a.length}); }`},
		{"/api/v2/query?lang=gizmo", `var a = []; while (true) { a.push({n: a.length, s: "y" + a.length}); }`},
		{"/api/v1/query/gizmo", `var s = "x"; while (true) { s = s + s; }`},
		{"/api/v2/query?lang=gizmo", `var s = "y"; while (true) { s = s + s; }`},
	}
	for _, h := range hostile {
		var (
			wg    sync.WaitGroup
			r     response
			start = time.Now()
			took  time.Duration
		)
		wg.Add(1)
		go func() {
			defer wg.Done()
			r = do(t, http.MethodPost, ts.URL+h.path, "", strings.NewReader(h.query))
			took = time.Since(start)
		}()
		// Meanwhile, other requests are answered.
		done := make(chan struct{})
		go func() { wg.Wait(); close(done) }()
		answered := 0
	loop:
		for {
			select {
			case <-done:
				break loop
			default:
			}
			t0 := time.Now()
			if s := get(t, ts, "/api/search", "q", "Russia"); s.status != http.StatusOK {
				t.Errorf("a search while %s runs: status %d %s", h.path, s.status, s.body)
			} else if d := time.Since(t0); d > slowSearch {
				t.Errorf("a search while %s runs took %s", h.path, d)
			}
			answered++
		}
		wantError(t, r, http.StatusInsufficientStorage, "query exceeded the memory limit of 64 MiB (query.max_memory)")
		if took > 15*time.Second {
			t.Errorf("%s %s: stopped after %s, not by the memory limit", h.path, h.query, took)
		}
		t.Logf("%s %.40s: stopped after %s; %d searches answered meanwhile", h.path, h.query, took.Round(time.Millisecond), answered)
	}
	// Their memory went back to the system: soon after the release the
	// server schedules (on loaded cores the last query may still be
	// unwinding when it runs; the runtime's scavenger then returns the rest).
	d := int64(0)
	for wait := time.Duration(0); wait < 10*time.Second; wait += releaseDelay {
		time.Sleep(releaseDelay)
		if d = retained() - held; d <= 64<<20 {
			break
		}
	}
	if d > 64<<20 {
		t.Errorf("10 s after the stopped queries the server holds %d MiB more than before", d>>20)
	}
	for _, path := range []string{"/api/v1/query/gizmo", "/api/v2/query?lang=gizmo"} {
		r := do(t, http.MethodPost, ts.URL+path, "", strings.NewReader(`g.V("<kg:entity/russia>").Out("<kg:name>").All()`))
		if r.status != http.StatusOK || !strings.Contains(string(r.body), "Russia") {
			t.Errorf("%s after the stopped queries: %d %s", path, r.status, r.body)
		}
	}
}
