package queries

import (
	"context"
	"fmt"
	"runtime/debug"
	"runtime/metrics"
	"sync"
	"time"
)

// DefaultMaxMemory is the default of query.max_memory: how much the heap
// may grow while a query runs.
const DefaultMaxMemory = 1 << 30

// MemoryError is why a query was stopped by its memory limit; it is the
// cause of the context WithMemoryLimit cancels.
type MemoryError struct {
	Limit int64 // bytes
}

func (e *MemoryError) Error() string {
	return fmt.Sprintf("query exceeded the memory limit of %s (query.max_memory)", FormatBytes(e.Limit))
}

// memorySample is how often WithMemoryLimit reads the heap size. Reading
// it (runtime/metrics) takes well under a microsecond and stops nothing.
const memorySample = 2 * time.Millisecond

// heapMetric is memory taken by heap objects, live or not yet swept: what
// a query's allocations add to, at once, whether or not they stay live.
const heapMetric = "/memory/classes/heap/objects:bytes"

// heapBytes reads heapMetric (a variable for tests).
var heapBytes = func() int64 {
	s := []metrics.Sample{{Name: heapMetric}}
	metrics.Read(s)
	return int64(s[0].Value.Uint64())
}

// WithMemoryLimit returns a context that is cancelled, with a *MemoryError
// as its cause, once the process's heap has grown by more than limit bytes
// over the smallest size it had since the call. A query run with it (a
// Gizmo query's JavaScript VM is interrupted when the context it iterates
// with is done) is stopped before it takes the process's memory. The heap
// is the whole process's: queries running at the same time (in kg serve)
// share the bound, and the one running when it is crossed is stopped.
// limit <= 0 means no limit. cancel stops the watchdog (and returns once it
// has stopped); call it when the query is done.
func WithMemoryLimit(parent context.Context, limit int64) (context.Context, context.CancelFunc) {
	ctx, cancel := context.WithCancelCause(parent)
	if limit <= 0 {
		return ctx, func() { cancel(nil) }
	}
	done, exited := make(chan struct{}), make(chan struct{})
	base := heapBytes()
	go func() {
		defer close(exited)
		t := time.NewTicker(memorySample)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-ctx.Done():
				return
			case <-t.C:
				now := heapBytes()
				if now < base {
					base = now // garbage collected: grow from here
				}
				if now-base > limit {
					cancel(&MemoryError{Limit: limit})
					return
				}
			}
		}
	}()
	var once sync.Once
	return ctx, func() {
		once.Do(func() { close(done) })
		<-exited
		cancel(nil)
	}
}

// ReleaseMemory returns the garbage of a query stopped by its memory
// limit to the operating system (a forced collection, then
// debug.FreeOSMemory's scavenge). Without it the process keeps those pages:
// in kg serve each stopped query would leave up to twice its limit
// resident. Call it once the query's goroutines have ended.
func ReleaseMemory() { debug.FreeOSMemory() }

// FormatBytes writes n bytes for people: "1 GiB", "256 MiB", "1500 bytes".
func FormatBytes(n int64) string {
	for _, u := range []struct {
		size int64
		name string
	}{{1 << 40, "TiB"}, {1 << 30, "GiB"}, {1 << 20, "MiB"}, {1 << 10, "KiB"}} {
		if n >= u.size && n%u.size == 0 {
			return fmt.Sprintf("%d %s", n/u.size, u.name)
		}
	}
	if n >= 10<<20 {
		return fmt.Sprintf("%.1f MiB (%d bytes)", float64(n)/(1<<20), n)
	}
	return fmt.Sprintf("%d bytes", n)
}
