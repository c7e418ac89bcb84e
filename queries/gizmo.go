// Package queries reads kg's graph: Gizmo queries with a time and result
// limit, named queries with safely bound parameters, entity lookup and
// listing, and store statistics.
//
// It is read-only: it never writes to the store (writes belong to package
// graph) and takes the vocabulary from package schema. Queries avoid the
// patterns that are slow on Cayley's KV backends: every hop starts from a
// fixed node or a fixed value, and per-result lookups are one-hop queries
// from that result.
package queries

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/query"
	_ "github.com/cayleygraph/cayley/query/gizmo" // registers "gizmo"
)

// Options bound a query.
type Options struct {
	Limit   int           // most results; 0 means no limit
	Timeout time.Duration // longest the query may run; 0 means no limit
	// MaxMemory is how much the heap may grow while the query runs, in
	// bytes (see WithMemoryLimit); 0 means no limit.
	MaxMemory int64
}

// Gizmo runs a Gizmo (JavaScript) query and returns its results, ready for
// encoding/json: maps from tag to value for path results (IRIs as
// "<kg:...>", literals as strings or numbers) and whatever g.Emit emitted.
// Reaching opt.Limit is not an error: the results are cut there. A query
// that runs longer than opt.Timeout is stopped and returns an error saying
// so, and so is one that makes the heap grow by more than opt.MaxMemory
// (a *MemoryError).
func Gizmo(ctx context.Context, qs cgraph.QuadStore, q string, opt Options) ([]any, error) {
	if qs == nil {
		return nil, errors.New("gizmo: no store")
	}
	runCtx, stopWatch := WithMemoryLimit(ctx, opt.MaxMemory)
	defer stopWatch()
	if opt.Timeout > 0 {
		var cancel context.CancelFunc
		runCtx, cancel = context.WithTimeout(runCtx, opt.Timeout)
		defer cancel()
	}
	limit := opt.Limit
	if limit < 0 {
		limit = 0
	}
	// A new session per query: a gizmo session owns one JavaScript VM, and
	// closing a result iterator interrupts it for good (cayley issue #971).
	it, err := query.Execute(runCtx, qs, "gizmo", q, query.Options{Collation: query.JSON, Limit: limit})
	if err != nil {
		return nil, fmt.Errorf("gizmo: %s", oneLine(err.Error()))
	}
	defer func() {
		// After finish (deferred calls run last first): the query's
		// goroutine has ended and its garbage is unreachable.
		if memoryError(runCtx) != nil {
			ReleaseMemory()
		}
	}()
	defer finish(it)
	out := []any{}
	// The deadline is enforced only by the context given to Next.
	for it.Next(runCtx) {
		r := it.Result()
		if r == nil { // the value of the script's last expression
			continue
		}
		out = append(out, r)
		if limit > 0 && len(out) >= limit {
			break
		}
	}
	err = it.Err()
	if err == nil {
		err = runCtx.Err()
	}
	switch {
	case err == nil:
		return out, nil
	case memoryError(runCtx) != nil:
		return nil, memoryError(runCtx)
	case ctx.Err() != nil:
		return nil, fmt.Errorf("gizmo: query stopped: %v", ctx.Err())
	case errors.Is(err, context.DeadlineExceeded) || runCtx.Err() != nil:
		return nil, fmt.Errorf("query exceeded the timeout of %s (query.timeout)", opt.Timeout)
	}
	return nil, fmt.Errorf("gizmo: %s", oneLine(err.Error()))
}

// memoryError is the *MemoryError that stopped ctx, or nil.
func memoryError(ctx context.Context) error {
	var me *MemoryError
	if errors.As(context.Cause(ctx), &me) {
		return me
	}
	return nil
}

// drainWait bounds how long finish waits for a stopped query to wind down.
const drainWait = 5 * time.Second

// finish closes a result iterator and waits until the goroutine running the
// query has returned. Closing only asks it to stop (it interrupts the
// JavaScript VM and cancels the query's iterators); a query still inside a
// store iterator when the caller goes on to close the store would otherwise
// read a closed database. Next on a closed iterator returns once that
// goroutine is done. finish must only be called after Next has been called.
func finish(it query.Iterator) {
	it.Close()
	ctx, cancel := context.WithTimeout(context.Background(), drainWait)
	defer cancel()
	for it.Next(ctx) {
	}
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
