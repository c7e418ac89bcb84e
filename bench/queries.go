package bench

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	cpath "github.com/cayleygraph/cayley/graph/path"
	"github.com/cayleygraph/quad"

	"kg/explore"
	"kg/extract"
	"kg/graph"
	"kg/queries"
	"kg/schema"
)

// Targets are the entities the query benchmarks start from.
type Targets struct {
	Typical quad.IRI // a related entity with the median number of source articles
	Hub     quad.IRI // the related entity in the most source articles
}

// PickTargets extracts the source articles and picks the query targets
// among entities whose names WriteCorpus never respells, so that they are
// in every round of a generated corpus.
func PickTargets(ctx context.Context, src *Source, v schema.Vocab) (Targets, error) {
	x, err := extract.New(extract.Config{})
	if err != nil {
		return Targets{}, err
	}
	freq := map[string]int{}
	related := map[string]bool{}
	for _, a := range src.Articles {
		if err := ctx.Err(); err != nil {
			return Targets{}, err
		}
		d, err := x.Extract(a)
		if err != nil {
			return Targets{}, fmt.Errorf("%s: %v", a.Source, err)
		}
		// Keys that depend on the article (a resolution of this article)
		// are not shared by the generated copies: extract the article
		// again under another ID and keep the keys both have.
		probe := a
		probe.ID = "bench-probe/" + a.ID
		again, err := x.Extract(probe)
		if err != nil {
			return Targets{}, fmt.Errorf("%s: %v", a.Source, err)
		}
		stable := map[string]bool{}
		for _, e := range again.Entities {
			stable[e.Key] = true
		}
		keys := map[string]string{}
		for _, e := range d.Entities {
			if e.Key != "" && stable[e.Key] && perturb(e.Name, 1) == e.Name {
				keys[e.ID] = e.Key
			}
		}
		for _, k := range keys {
			freq[k]++
		}
		for _, r := range d.Relations {
			if keys[r.Subject] != "" && keys[r.Object] != "" && schema.IsPredicate(r.Predicate) {
				related[keys[r.Subject]], related[keys[r.Object]] = true, true
			}
		}
	}
	var all, rel []string
	for k := range freq {
		all = append(all, k)
		if related[k] {
			rel = append(rel, k)
		}
	}
	if len(all) == 0 || len(rel) == 0 {
		return Targets{}, fmt.Errorf("corpus %s: no entities with relations to query", src.Dir)
	}
	byFreq := func(list []string) {
		sort.Slice(list, func(i, j int) bool {
			if freq[list[i]] != freq[list[j]] {
				return freq[list[i]] < freq[list[j]]
			}
			return list[i] < list[j]
		})
	}
	byFreq(all)
	byFreq(rel)
	// The typical entity has relations (so the path query starts somewhere)
	// and the median frequency among such entities; the hub is the most
	// frequent entity with relations; the path leads from the typical
	// entity to the hub.
	t := Targets{Typical: v.Entity(rel[(len(rel)-1)/2]), Hub: v.Entity(rel[len(rel)-1])}
	if t.Hub == t.Typical {
		return Targets{}, fmt.Errorf("corpus %s: too few entities with relations to query", src.Dir)
	}
	return t, nil
}

// Latency is the timing of one query over several runs.
type Latency struct {
	Query   string
	Runs    int
	P50     time.Duration
	P99     time.Duration
	Results int // results of the last run
}

// QueryLatencies runs each benchmark query runs times (after one untimed
// run) on st and returns their latencies:
//
//   - neighbourhood: what `kg explore` and the web page show for the
//     typical entity and the hub (explore.Neighbourhood, depth 1: each
//     relation edge with its statements, articles and dates); the result
//     count is the number of relation edges
//   - one-hop: the typical entity's neighbours by relation predicates
//   - one-hop all edges: every node one edge from the typical entity,
//     mentioning articles included
//   - one-hop hub: the hub entity's relation neighbours
//   - two-hop: the named query comentioned (entities sharing an article)
//     for the typical entity, top 20
//   - path: breadth-first search over relations from the typical entity to
//     the hub, up to 4 hops, with Cayley's path API
//   - kg path: what `kg path` finds between them (explore.Paths: every
//     shortest path, up to its default number, each hop with its support)
func QueryLatencies(ctx context.Context, st *graph.Store, t Targets, runs int) ([]Latency, error) {
	if runs < 1 {
		runs = 1
	}
	v := st.Vocab()
	qs := st.QuadStore()
	preds := make([]string, 0, len(schema.Predicates))
	for _, p := range v.PredicateIRIs() {
		preds = append(preds, fmt.Sprintf("%q", p.String()))
	}
	relPreds := "[" + strings.Join(preds, ",") + "]" // one argument: a second one would be tags
	gizmo := func(script string) func() (int, error) {
		return func() (int, error) {
			res, err := queries.Gizmo(ctx, qs, script, queries.Options{Timeout: time.Minute})
			return len(res), err
		}
	}
	x := explore.New(qs, v)
	neighbourhood := func(center quad.IRI) func() (int, error) {
		return func() (int, error) {
			n, err := x.Neighbourhood(ctx, center, explore.Options{Depth: 1})
			if err != nil {
				return 0, err
			}
			return len(n.Relations), nil
		}
	}
	cases := []struct {
		name string
		run  func() (int, error)
	}{
		{"neighbourhood (kg explore, depth 1)", neighbourhood(t.Typical)},
		{"neighbourhood hub (kg explore, depth 1)", neighbourhood(t.Hub)},
		{"one-hop (relations)", gizmo(fmt.Sprintf(`g.V(%q).Both(%s).Unique().All()`, t.Typical.String(), relPreds))},
		{"one-hop (all edges)", gizmo(fmt.Sprintf(`g.V(%q).Both().Unique().All()`, t.Typical.String()))},
		{"one-hop hub (relations)", gizmo(fmt.Sprintf(`g.V(%q).Both(%s).Unique().All()`, t.Hub.String(), relPreds))},
		{"two-hop (comentioned, top 20)", func() (int, error) {
			res, err := queries.RunNamed(ctx, qs, v, "comentioned", []string{t.Typical.String()}, queries.Options{Timeout: time.Minute, Limit: 20})
			return len(res), err
		}},
		{"path (BFS over relations, ≤4 hops)", func() (int, error) {
			d, err := pathLength(ctx, qs, t.Typical, t.Hub, v.PredicateIRIs(), 4)
			return d, err
		}},
		{"kg path (shortest paths with support, ≤4 hops)", func() (int, error) {
			paths, err := x.Paths(ctx, t.Typical, t.Hub, explore.PathOptions{MaxDepth: 4})
			return len(paths), err
		}},
	}
	var out []Latency
	for _, c := range cases {
		if _, err := c.run(); err != nil { // warm-up
			return out, fmt.Errorf("query %s: %v", c.name, err)
		}
		times := make([]time.Duration, runs)
		var n int
		for i := range times {
			start := time.Now()
			var err error
			if n, err = c.run(); err != nil {
				return out, fmt.Errorf("query %s: %v", c.name, err)
			}
			times[i] = time.Since(start)
		}
		slices.Sort(times)
		out = append(out, Latency{Query: c.name, Runs: runs, P50: percentile(times, 50), P99: percentile(times, 99), Results: n})
	}
	return out, nil
}

// percentile is the p-th percentile (nearest rank) of sorted times.
func percentile(sorted []time.Duration, p int) time.Duration {
	i := (len(sorted)*p+99)/100 - 1
	return sorted[max(0, min(i, len(sorted)-1))]
}

// pathLength is the number of relation edges (either direction) on a
// shortest path from a to b, found breadth first up to maxDepth hops; -1
// if there is none that short.
func pathLength(ctx context.Context, qs cgraph.QuadStore, a, b quad.IRI, preds []quad.IRI, maxDepth int) (int, error) {
	via := make([]any, len(preds))
	for i, p := range preds {
		via[i] = p
	}
	seen := map[quad.Value]bool{a: true}
	frontier := []quad.Value{a}
	for depth := 1; depth <= maxDepth && len(frontier) > 0; depth++ {
		var next []quad.Value
		found := false
		// One path per node: from a fixed node each step uses an index;
		// from a set of nodes Cayley's KV planner scans whole predicates.
		for _, n := range frontier {
			err := cpath.StartPath(qs, n).Both(via...).Iterate(ctx).EachValue(qs, func(v quad.Value) {
				if seen[v] {
					return
				}
				seen[v] = true
				found = found || v == b
				next = append(next, v)
			})
			if err != nil {
				return -1, err
			}
		}
		if found {
			return depth, nil
		}
		frontier = next
	}
	return -1, ctx.Err()
}
