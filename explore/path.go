package explore

import (
	"context"
	"fmt"
	"sort"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"kg/schema"
)

// Default bounds of a path search.
const (
	DefaultMaxDepth = 4
	DefaultMaxPaths = 5
)

// PathOptions bound a path search.
type PathOptions struct {
	MaxDepth int // most hops; 0 means DefaultMaxDepth
	MaxPaths int // most paths returned; 0 means DefaultMaxPaths
}

// Hop is one step of a path: the relation edge between From and To, which
// may point either way (Forward: From is its subject).
type Hop struct {
	From       Entity    `json:"from"`
	To         Entity    `json:"to"`
	Predicate  string    `json:"predicate"`
	Forward    bool      `json:"forward"`
	Statements int       `json:"statements"`
	Evidence   *Evidence `json:"evidence,omitempty"` // the first statement's, by article date
}

// Path is a chain of hops from one entity to another.
type Path struct {
	Hops []Hop `json:"hops"`
}

// Evidence is one statement behind a relation edge.
type Evidence struct {
	Statement  string  `json:"statement"`
	Subject    string  `json:"subject"`
	Predicate  string  `json:"predicate"`
	Object     string  `json:"object"`
	Sentence   string  `json:"sentence"`
	Language   string  `json:"language,omitempty"`
	Confidence float64 `json:"confidence"`
	Article    Article `json:"article"`
}

// Paths finds the shortest relation paths from one entity to another,
// following relation edges in both directions (breadth-first), at most
// opt.MaxDepth hops long. No path within the bound is an empty result,
// not an error.
func (x *Explorer) Paths(ctx context.Context, from, to quad.IRI, opt PathOptions) ([]Path, error) {
	r, err := x.reader(ctx)
	if err != nil {
		return nil, err
	}
	if opt.MaxDepth <= 0 {
		opt.MaxDepth = DefaultMaxDepth
	}
	if opt.MaxPaths <= 0 {
		opt.MaxPaths = DefaultMaxPaths
	}
	for _, e := range []quad.IRI{from, to} {
		ent, err := r.entity(e)
		if err != nil {
			return nil, err
		}
		if ent.Type == "" {
			return nil, fmt.Errorf("%s is %w", e, ErrNotEntity)
		}
	}
	if from == to {
		return nil, fmt.Errorf("%s: %w", from, ErrSameEntity)
	}

	// Breadth-first from `from`, keeping every parent edge on a shortest
	// route, until the layer that reaches `to`.
	dist := map[quad.IRI]int{from: 0}
	parents := map[quad.IRI][]link{}
	frontier := []quad.IRI{from}
	for d := 1; d <= opt.MaxDepth && len(frontier) > 0; d++ {
		var next []quad.IRI
		for _, node := range frontier {
			links, err := r.links(node)
			if err != nil {
				return nil, err
			}
			for _, l := range links {
				od, seen := dist[l.other]
				if !seen {
					dist[l.other] = d
					next = append(next, l.other)
				} else if od != d {
					continue
				}
				l.other = node // stored at the child: the link back to its parent
				parents[l.to] = append(parents[l.to], l)
			}
		}
		if _, found := dist[to]; found {
			break
		}
		frontier = next
	}
	if _, found := dist[to]; !found {
		return nil, nil
	}

	// Walk back from `to`, shortest routes only, in a stable order.
	for _, ls := range parents {
		sort.Slice(ls, func(i, j int) bool {
			if ls[i].other != ls[j].other {
				return ls[i].other < ls[j].other
			}
			return ls[i].predicate < ls[j].predicate
		})
	}
	var routes [][]link
	var walk func(node quad.IRI, tail []link)
	walk = func(node quad.IRI, tail []link) {
		if len(routes) >= opt.MaxPaths {
			return
		}
		if node == from {
			route := make([]link, len(tail))
			for i := range tail {
				route[i] = tail[len(tail)-1-i]
			}
			routes = append(routes, route)
			return
		}
		for _, l := range parents[node] {
			walk(l.other, append(tail, l))
		}
	}
	walk(to, nil)

	paths := make([]Path, 0, len(routes))
	for _, route := range routes {
		p := Path{}
		for _, l := range route {
			fromE, err := r.entity(l.other)
			if err != nil {
				return nil, err
			}
			toE, err := r.entity(l.to)
			if err != nil {
				return nil, err
			}
			subj, obj := l.other, l.to
			if !l.forward {
				subj, obj = obj, subj
			}
			ev, err := r.evidence(subj, l.predicate, obj)
			if err != nil {
				return nil, err
			}
			h := Hop{From: fromE, To: toE, Predicate: l.predicate, Forward: l.forward, Statements: len(ev)}
			if len(ev) > 0 {
				h.Evidence = &ev[0]
			}
			p.Hops = append(p.Hops, h)
		}
		paths = append(paths, p)
	}
	return paths, nil
}

// link is a relation edge seen from one end. In the search it leads from a
// node to other; stored as a parent, it leads from other (the parent) to
// to.
type link struct {
	other, to quad.IRI
	predicate string
	forward   bool // the edge points from the parent to the child
}

// links returns node's relation edges in both directions (direct entity to
// entity edges, deduplicated across articles), as links to the other end.
func (r *reader) links(node quad.IRI) ([]link, error) {
	seen := map[link]bool{}
	var out []link
	add := func(q cgraph.Ref, otherDir quad.Direction, forward bool) {
		p, ok := r.relation[r.dirKey(q, quad.Predicate)]
		if !ok {
			return
		}
		other, ok := r.value(q, otherDir).(quad.IRI)
		if !ok || other == node {
			return
		}
		// The search keeps `to` as the newly reached node.
		l := link{other: other, to: other, predicate: p, forward: forward}
		if !seen[l] {
			seen[l] = true
			out = append(out, l)
		}
	}
	if err := r.each(quad.Subject, node, func(q cgraph.Ref) { add(q, quad.Object, true) }); err != nil {
		return nil, err
	}
	if err := r.each(quad.Object, node, func(q cgraph.Ref) { add(q, quad.Subject, false) }); err != nil {
		return nil, err
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].other != out[j].other {
			return out[i].other < out[j].other
		}
		if out[i].predicate != out[j].predicate {
			return out[i].predicate < out[j].predicate
		}
		return out[i].forward && !out[j].forward
	})
	return out, nil
}

// Evidence returns the statements behind the edge subject -predicate->
// object, oldest article first. predicate is a relation predicate's name
// or IRI.
func (x *Explorer) Evidence(ctx context.Context, subject quad.IRI, predicate string, object quad.IRI) ([]Evidence, error) {
	r, err := x.reader(ctx)
	if err != nil {
		return nil, err
	}
	p, err := x.Predicate(predicate)
	if err != nil {
		return nil, err
	}
	return r.evidence(subject, p, object)
}

func (r *reader) evidence(subject quad.IRI, predicate string, object quad.IRI) ([]Evidence, error) {
	// Statements with both ends: the smaller index scans, intersected.
	asObject, _, err := r.statementsOf(object, schema.TermObject)
	if err != nil {
		return nil, err
	}
	_, asSubject, err := r.statementsOf(subject, schema.TermSubject)
	if err != nil {
		return nil, err
	}
	out := []Evidence{}
	for _, s := range asObject {
		if !asSubject[cgraph.ToKey(s)] {
			continue
		}
		st, ok, err := r.statement(s, true)
		if err != nil {
			return nil, err
		}
		if !ok || st.subject != subject || st.predicate != predicate || st.object != object {
			continue
		}
		ev := Evidence{Statement: string(iriOf(r.nameOf(st.ref))), Subject: string(subject), Predicate: predicate, Object: string(object),
			Sentence: st.sentence, Language: st.language, Confidence: st.confidence}
		if st.article != "" {
			if ev.Article, err = r.article(st.article); err != nil {
				return nil, err
			}
		}
		if ev.Language == "" {
			ev.Language = ev.Article.Language
		}
		out = append(out, ev)
	}
	sort.SliceStable(out, func(i, j int) bool {
		di, oki := ParseDate(out[i].Article.Date)
		dj, okj := ParseDate(out[j].Article.Date)
		switch {
		case oki && okj && !di.Equal(dj):
			return di.Before(dj)
		case oki != okj:
			return oki
		}
		return out[i].Statement < out[j].Statement
	})
	return out, nil
}
