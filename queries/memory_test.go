package queries

import (
	"context"
	"errors"
	"runtime"
	"runtime/metrics"
	"strings"
	"sync"
	"testing"
	"time"
)

// TestGizmoMemoryLimit runs queries that allocate without end — a string
// that doubles, an array that grows — with a memory limit far below what
// they reach within their timeout: each is stopped by the limit, with the
// error saying so, and the heap never grows by four times the limit (one
// allocation cannot be interrupted: the doubling string's step under way
// when the watchdog looks allocates twice what it held before, and on a
// loaded machine or under the race detector the step after it may start
// before the interrupt lands).
func TestGizmoMemoryLimit(t *testing.T) {
	s := fixtureStore(t, "memory")
	const limit = 64 << 20
	const timeout = 20 * time.Second
	for _, q := range []struct{ name, query string }{
		{"doubling string", `var s = "x"; while (true) { s = s + s; }`},
		{"growing array", `var a = []; while (true) { a.push({n: a.length, s: "x" + a.length}); }`},
		{"doubling string in a callback", `g.V().ForEach(function(n) { var s = "y"; while (true) { s += s; } })`},
	} {
		runtime.GC()
		base, held := heapBytes(), retained()
		peak := base
		stop := make(chan struct{})
		var wg sync.WaitGroup
		wg.Add(1)
		go func() { // the test's own, finer sampling
			defer wg.Done()
			for {
				select {
				case <-stop:
					return
				default:
				}
				if h := heapBytes(); h > peak {
					peak = h
				}
				time.Sleep(200 * time.Microsecond)
			}
		}()
		start := time.Now()
		res, err := Gizmo(context.Background(), s.QuadStore(), q.query, Options{Timeout: timeout, MaxMemory: limit})
		elapsed := time.Since(start)
		close(stop)
		wg.Wait()
		var me *MemoryError
		want := "query exceeded the memory limit of 64 MiB (query.max_memory)"
		if !errors.As(err, &me) || err.Error() != want || res != nil {
			t.Errorf("%s: %d results, err %v; want %q", q.name, len(res), err, want)
		}
		if elapsed >= timeout/2 {
			t.Errorf("%s: stopped after %s, not by the memory limit", q.name, elapsed)
		}
		grew := peak - base
		t.Logf("%s: stopped after %s, heap grew by up to %d MiB (limit %d MiB)", q.name, elapsed.Round(time.Millisecond), grew>>20, limit>>20)
		if grew >= 4*limit {
			t.Errorf("%s: the heap grew by %d MiB, four times the limit of %d MiB or more", q.name, grew>>20, limit>>20)
		}
		// The stopped query's memory went back to the system.
		if d := retained() - held; d > limit/2 {
			t.Errorf("%s: the process holds %d MiB more than before the query", q.name, d>>20)
		}
	}
	// Small queries still run, and the timeout still applies with a limit.
	if res, err := Gizmo(context.Background(), s.QuadStore(), `g.V("<kg:entity/russia>").All()`, Options{Timeout: time.Second, MaxMemory: limit}); err != nil || len(res) != 1 {
		t.Errorf("after the stopped queries: %v, %v", res, err)
	}
	_, err := Gizmo(context.Background(), s.QuadStore(), `while (true) {}`, Options{Timeout: 200 * time.Millisecond, MaxMemory: limit})
	if err == nil || !strings.Contains(err.Error(), "exceeded the timeout of 200ms (query.timeout)") {
		t.Errorf("an endless loop with a memory limit: %v, want the timeout", err)
	}
}

// retained is the memory the Go runtime holds from the system (mapped and
// not released), about the process's resident memory.
func retained() int64 {
	s := []metrics.Sample{{Name: "/memory/classes/total:bytes"}, {Name: "/memory/classes/heap/released:bytes"}}
	metrics.Read(s)
	return int64(s[0].Value.Uint64()) - int64(s[1].Value.Uint64())
}

// TestWithMemoryLimit: the watchdog cancels its context with a
// *MemoryError when the heap (as read by heapBytes) grows past the limit
// over the lowest point it saw, and not before.
func TestWithMemoryLimit(t *testing.T) {
	var mu sync.Mutex
	heap := int64(1000)
	set := func(n int64) { mu.Lock(); heap = n; mu.Unlock() }
	old := heapBytes
	heapBytes = func() int64 { mu.Lock(); defer mu.Unlock(); return heap }
	t.Cleanup(func() { heapBytes = old })

	ctx, cancel := WithMemoryLimit(context.Background(), 500)
	defer cancel()
	wait := func() { time.Sleep(20 * memorySample) }
	set(1400) // +400
	wait()
	set(600) // collected: the base is now 600
	wait()
	set(1050) // +450 over 600
	wait()
	if ctx.Err() != nil {
		t.Fatalf("cancelled within the limit: %v", context.Cause(ctx))
	}
	set(1101) // +501
	select {
	case <-ctx.Done():
	case <-time.After(5 * time.Second):
		t.Fatal("not cancelled past the limit")
	}
	var me *MemoryError
	if !errors.As(context.Cause(ctx), &me) || me.Limit != 500 {
		t.Errorf("cause %v, want a *MemoryError of 500 bytes", context.Cause(ctx))
	}

	// No limit: never cancelled.
	ctx2, cancel2 := WithMemoryLimit(context.Background(), 0)
	set(1 << 40)
	wait()
	if ctx2.Err() != nil {
		t.Error("cancelled without a limit")
	}
	cancel2()
}

func TestFormatBytes(t *testing.T) {
	for n, want := range map[int64]string{
		1 << 30: "1 GiB", 256 << 20: "256 MiB", 3 << 10: "3 KiB", 1500: "1500 bytes",
		1<<30 + 1: "1024.0 MiB (1073741825 bytes)",
	} {
		if got := FormatBytes(n); got != want {
			t.Errorf("FormatBytes(%d) = %q, want %q", n, got, want)
		}
	}
}
