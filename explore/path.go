package explore

import (
	"context"
	"fmt"
	"sort"
	"time"

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
	Articles   int       `json:"articles"` // distinct articles among the statements
	FirstDate  string    `json:"first_date,omitempty"`
	LastDate   string    `json:"last_date,omitempty"`
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

	routes, err := r.shortestRoutes(from, to, opt)
	if err != nil || len(routes) == 0 {
		return nil, err
	}

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
			h := Hop{From: fromE, To: toE, Predicate: l.predicate, Forward: l.forward}
			if err := r.support(&h, subj, obj); err != nil {
				return nil, err
			}
			p.Hops = append(p.Hops, h)
		}
		paths = append(paths, p)
	}
	return paths, nil
}

// link is a relation edge seen from one end: from other to to, forward
// when the edge points that way (other is its subject). links returns them
// with other set to the neighbour (and to too); the search turns them into
// hops.
type link struct {
	other, to quad.IRI
	predicate string
	forward   bool
}

// shortestRoutes finds the shortest routes from one entity to another,
// each a list of hops (other: the hop's start, to: its end), by
// breadth-first search from both ends at once, always growing the smaller
// frontier by one whole layer. It returns at most opt.MaxPaths routes, in a
// stable order, none if the ends are more than opt.MaxDepth hops apart.
func (r *reader) shortestRoutes(from, to quad.IRI, opt PathOptions) ([][]link, error) {
	// Each side keeps every node's distance from its end and the hops that
	// reach it on a shortest route: fromward[n] hops parent→n (n further
	// from `from`), toward[n] hops n→parent (parent closer to `to`).
	distF, distT := map[quad.IRI]int{from: 0}, map[quad.IRI]int{to: 0}
	fromward, toward := map[quad.IRI][]link{}, map[quad.IRI][]link{}
	frontF, frontT := []quad.IRI{from}, []quad.IRI{to}
	depthF, depthT := 0, 0
	var meet []quad.IRI
	for len(meet) == 0 && depthF+depthT < opt.MaxDepth && len(frontF) > 0 && len(frontT) > 0 {
		grow := func(front []quad.IRI, dist map[quad.IRI]int, depth int, record func(parent quad.IRI, l link)) ([]quad.IRI, error) {
			var next []quad.IRI
			for _, node := range front {
				links, err := r.links(node)
				if err != nil {
					return nil, err
				}
				for _, l := range links {
					d, seen := dist[l.other]
					if !seen {
						dist[l.other] = depth + 1
						next = append(next, l.other)
					} else if d != depth+1 {
						continue
					}
					record(node, l)
				}
			}
			return next, nil
		}
		var err error
		if len(frontF) <= len(frontT) {
			frontF, err = grow(frontF, distF, depthF, func(parent quad.IRI, l link) {
				fromward[l.other] = append(fromward[l.other], link{other: parent, to: l.other, predicate: l.predicate, forward: l.forward})
			})
			depthF++
		} else {
			frontT, err = grow(frontT, distT, depthT, func(parent quad.IRI, l link) {
				toward[l.other] = append(toward[l.other], link{other: l.other, to: parent, predicate: l.predicate, forward: !l.forward})
			})
			depthT++
		}
		if err != nil {
			return nil, err
		}
		// The two searches meet where a node has both distances; the
		// shortest routes pass through those with the smallest sum.
		best := -1
		for n, df := range distF {
			if dt, ok := distT[n]; ok {
				switch sum := df + dt; {
				case best < 0 || sum < best:
					best, meet = sum, []quad.IRI{n}
				case sum == best:
					meet = append(meet, n)
				}
			}
		}
	}
	if len(meet) == 0 {
		return nil, nil
	}
	sort.Slice(meet, func(i, j int) bool { return meet[i] < meet[j] })
	order := func(ls []link, key func(link) quad.IRI) {
		sort.Slice(ls, func(i, j int) bool {
			if ki, kj := key(ls[i]), key(ls[j]); ki != kj {
				return ki < kj
			}
			if ls[i].predicate != ls[j].predicate {
				return ls[i].predicate < ls[j].predicate
			}
			return ls[i].forward && !ls[j].forward
		})
	}
	for _, ls := range fromward {
		order(ls, func(l link) quad.IRI { return l.other })
	}
	for _, ls := range toward {
		order(ls, func(l link) quad.IRI { return l.to })
	}
	// prefixes lists the routes from `from` to n; suffixes those from n to `to`.
	var prefixes, suffixes func(n quad.IRI, limit int) [][]link
	prefixes = func(n quad.IRI, limit int) [][]link {
		if n == from {
			return [][]link{nil}
		}
		var out [][]link
		for _, l := range fromward[n] {
			for _, p := range prefixes(l.other, limit-len(out)) {
				out = append(out, append(append([]link(nil), p...), l))
				if len(out) >= limit {
					return out
				}
			}
		}
		return out
	}
	suffixes = func(n quad.IRI, limit int) [][]link {
		if n == to {
			return [][]link{nil}
		}
		var out [][]link
		for _, l := range toward[n] {
			for _, s := range suffixes(l.to, limit-len(out)) {
				out = append(out, append([]link{l}, s...))
				if len(out) >= limit {
					return out
				}
			}
		}
		return out
	}
	var routes [][]link
	for _, m := range meet {
		for _, p := range prefixes(m, opt.MaxPaths-len(routes)) {
			for _, s := range suffixes(m, opt.MaxPaths-len(routes)) {
				routes = append(routes, append(append([]link(nil), p...), s...))
				if len(routes) >= opt.MaxPaths {
					return routes, nil
				}
			}
		}
	}
	return routes, nil
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
	if r.x.idx != nil {
		// One index scan per relation predicate and direction.
		ref := r.ref(node)
		if ref == nil {
			return nil, nil
		}
		for _, p := range r.relRefs {
			if err := r.eachPair(quad.Subject, ref, p, func(q cgraph.Ref) { add(q, quad.Object, true) }); err != nil {
				return nil, err
			}
			if err := r.eachPair(quad.Object, ref, p, func(q cgraph.Ref) { add(q, quad.Subject, false) }); err != nil {
				return nil, err
			}
		}
	} else {
		if err := r.each(quad.Subject, node, func(q cgraph.Ref) { add(q, quad.Object, true) }); err != nil {
			return nil, err
		}
		if err := r.each(quad.Object, node, func(q cgraph.Ref) { add(q, quad.Subject, false) }); err != nil {
			return nil, err
		}
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

// support fills in a hop's support from the statements of the edge
// subject -h.Predicate-> object: their number, their articles', the dates
// of the first and last dated ones, and the evidence of the first (as
// evidence orders them: oldest article first, undated last, then by
// statement IRI). With the store's pair indexes only that first statement
// is read whole: the others are read for their article, whose date is
// read alone.
func (r *reader) support(h *Hop, subject, object quad.IRI) error {
	if r.x.idx == nil {
		ev, err := r.evidence(subject, h.Predicate, object)
		if err != nil {
			return err
		}
		h.Statements = len(ev)
		articles := map[string]bool{}
		for _, e := range ev { // oldest first; undated last
			articles[e.Article.IRI] = true
			if _, ok := ParseDate(e.Article.Date); ok {
				if h.FirstDate == "" {
					h.FirstDate = e.Article.Date
				}
				h.LastDate = e.Article.Date
			}
		}
		h.Articles = len(articles)
		if len(ev) > 0 {
			h.Evidence = &ev[0]
		}
		return nil
	}
	stmts, err := r.edgeStatements(subject, h.Predicate, object)
	if err != nil {
		return err
	}
	type dated struct {
		st    statement
		iri   string
		date  string
		t     time.Time
		dated bool
	}
	list := make([]dated, 0, len(stmts))
	articles := map[string]bool{}
	for _, st := range stmts {
		d := dated{st: st, iri: string(iriOf(r.nameOf(st.ref)))}
		if st.article != "" {
			if d.date, err = r.articleDate(st.article); err != nil {
				return err
			}
		}
		d.t, d.dated = ParseDate(d.date)
		articles[string(st.article)] = true
		list = append(list, d)
	}
	sort.Slice(list, func(i, j int) bool { // as evidence sorts
		a, b := list[i], list[j]
		switch {
		case a.dated && b.dated && !a.t.Equal(b.t):
			return a.t.Before(b.t)
		case a.dated != b.dated:
			return a.dated
		}
		return a.iri < b.iri
	})
	h.Statements, h.Articles = len(list), len(articles)
	for _, d := range list {
		if d.dated {
			if h.FirstDate == "" {
				h.FirstDate = d.date
			}
			h.LastDate = d.date
		}
	}
	if len(list) > 0 {
		ev, err := r.evidenceOf(list[0].st.ref, subject, h.Predicate, object)
		if err != nil {
			return err
		}
		h.Evidence = &ev
	}
	return nil
}

// edgeStatements returns the complete statements of subject -predicate->
// object, without their sentences.
func (r *reader) edgeStatements(subject quad.IRI, predicate string, object quad.IRI) ([]statement, error) {
	// Statements with both ends: the smaller index scans, intersected.
	asObject, _, err := r.statementsOf(object, schema.TermObject)
	if err != nil {
		return nil, err
	}
	_, asSubject, err := r.statementsOf(subject, schema.TermSubject)
	if err != nil {
		return nil, err
	}
	var out []statement
	for _, s := range asObject {
		if !asSubject[cgraph.ToKey(s)] {
			continue
		}
		st, ok, err := r.statement(s, false)
		if err != nil {
			return nil, err
		}
		if ok && st.subject == subject && st.predicate == predicate && st.object == object {
			out = append(out, st)
		}
	}
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
		ev, err := r.evidenceFrom(st)
		if err != nil {
			return nil, err
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

// evidenceOf reads the statement ref, of subject -predicate-> object,
// whole.
func (r *reader) evidenceOf(ref cgraph.Ref, subject quad.IRI, predicate string, object quad.IRI) (Evidence, error) {
	st, ok, err := r.statement(ref, true)
	if err != nil {
		return Evidence{}, err
	}
	if !ok || st.subject != subject || st.predicate != predicate || st.object != object {
		return Evidence{}, fmt.Errorf("statement %v changed while read", r.nameOf(ref))
	}
	return r.evidenceFrom(st)
}

// evidenceFrom is the evidence of a statement read with its sentence.
func (r *reader) evidenceFrom(st statement) (Evidence, error) {
	ev := Evidence{Statement: string(iriOf(r.nameOf(st.ref))), Subject: string(st.subject), Predicate: st.predicate, Object: string(st.object),
		Sentence: st.sentence, Language: st.language, Confidence: st.confidence}
	if st.article != "" {
		var err error
		if ev.Article, err = r.article(st.article); err != nil {
			return ev, err
		}
	}
	if ev.Language == "" {
		ev.Language = ev.Article.Language
	}
	return ev, nil
}
