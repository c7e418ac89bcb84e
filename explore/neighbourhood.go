package explore

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"kg/schema"
)

// DefaultMaxNodes bounds a neighbourhood when Options.MaxNodes is 0.
const DefaultMaxNodes = 500

// Options select a neighbourhood.
type Options struct {
	Depth      int       // hops from the centre; 0 means 1
	Predicates []string  // relation predicates to follow (vocabulary names); empty for all
	Since      time.Time // when set, only statements from articles dated on or after it (undated ones are left out)
	MaxNodes   int       // stop expanding once this many entities are found; 0 means DefaultMaxNodes
}

// Relation is one relation edge with its support.
type Relation struct {
	Subject    Entity `json:"subject"`
	Predicate  string `json:"predicate"`
	Object     Entity `json:"object"`
	Statements int    `json:"statements"` // statement nodes behind the edge
	Articles   int    `json:"articles"`   // distinct articles among them
	FirstDate  string `json:"first_date,omitempty"`
	LastDate   string `json:"last_date,omitempty"`
}

// Node is an entity of a neighbourhood with its distance from the centre.
type Node struct {
	Entity
	Depth int `json:"depth"`
}

// Neighbourhood is the entities within Options.Depth relation hops of a
// centre entity and the relations among them that were followed.
type Neighbourhood struct {
	Center    Entity     `json:"center"`
	Depth     int        `json:"depth"`
	Nodes     []Node     `json:"nodes"`     // breadth-first order, the centre first
	Relations []Relation `json:"relations"` // ordered by the node they were found from, then predicate and name
	Truncated bool       `json:"truncated"` // MaxNodes stopped the expansion
}

// Neighbourhood explores the relations of center breadth-first up to
// opt.Depth hops, in both directions.
func (x *Explorer) Neighbourhood(ctx context.Context, center quad.IRI, opt Options) (*Neighbourhood, error) {
	r, err := x.reader(ctx)
	if err != nil {
		return nil, err
	}
	if opt.Depth <= 0 {
		opt.Depth = 1
	}
	if opt.MaxNodes <= 0 {
		opt.MaxNodes = DefaultMaxNodes
	}
	only := map[string]bool{}
	for _, p := range opt.Predicates {
		name, err := x.Predicate(p)
		if err != nil {
			return nil, err
		}
		only[name] = true
	}
	c, err := r.entity(center)
	if err != nil {
		return nil, err
	}
	if c.Type == "" {
		return nil, fmt.Errorf("%s is %w", center, ErrNotEntity)
	}
	n := &Neighbourhood{Center: c, Depth: opt.Depth, Nodes: []Node{{Entity: c}}}
	depth := map[quad.IRI]int{center: 0}
	seenEdge := map[edgeKey]bool{}
	frontier := []quad.IRI{center}
	for d := 1; d <= opt.Depth && len(frontier) > 0; d++ {
		var next []quad.IRI
		for _, node := range frontier {
			rels, err := r.relations(node, only, opt.Since)
			if err != nil {
				return nil, err
			}
			for _, rel := range rels {
				k := edgeKey{quad.IRI(rel.Subject.IRI), rel.Predicate, quad.IRI(rel.Object.IRI)}
				other := quad.IRI(rel.Object.IRI)
				if other == node {
					other = quad.IRI(rel.Subject.IRI)
				}
				if _, known := depth[other]; !known {
					if len(n.Nodes) >= opt.MaxNodes {
						n.Truncated = true
						continue
					}
					depth[other] = d
					oe, err := r.entity(other)
					if err != nil {
						return nil, err
					}
					n.Nodes = append(n.Nodes, Node{Entity: oe, Depth: d})
					next = append(next, other)
				}
				if !seenEdge[k] {
					seenEdge[k] = true
					n.Relations = append(n.Relations, rel)
				}
			}
		}
		frontier = next
	}
	return n, nil
}

// edgeKey identifies a relation edge.
type edgeKey struct {
	subject   quad.IRI
	predicate string
	object    quad.IRI
}

// relations returns the relation edges of node in both directions,
// aggregated from their statements: by predicate, then the other entity's
// name.
func (r *reader) relations(node quad.IRI, only map[string]bool, since time.Time) ([]Relation, error) {
	keep := func(e edgeKey) bool {
		return e.subject != "" && e.object != "" && e.subject != e.object && (len(only) == 0 || only[e.predicate])
	}
	var (
		sup []support
		err error
	)
	if r.x.idx != nil {
		sup, err = r.supportByEdges(node, keep)
	} else {
		sup, err = r.supportByStatements(node, keep)
	}
	if err != nil {
		return nil, err
	}
	type agg struct {
		rel         Relation
		articles    map[any]bool
		first, last time.Time
	}
	edges := map[edgeKey]*agg{}
	var order []edgeKey
	for _, s := range sup {
		date, dated := ParseDate(s.date)
		if !since.IsZero() && (!dated || date.Before(since)) {
			continue
		}
		k := s.edge
		a := edges[k]
		if a == nil {
			subj, err := r.entity(k.subject)
			if err != nil {
				return nil, err
			}
			obj, err := r.entity(k.object)
			if err != nil {
				return nil, err
			}
			a = &agg{rel: Relation{Subject: subj, Predicate: k.predicate, Object: obj}, articles: map[any]bool{}}
			edges[k] = a
			order = append(order, k)
		}
		a.rel.Statements += s.statements
		if s.article != nil {
			a.articles[s.article] = true
		}
		if dated {
			if a.first.IsZero() || date.Before(a.first) {
				a.first, a.rel.FirstDate = date, s.date
			}
			if a.last.IsZero() || date.After(a.last) {
				a.last, a.rel.LastDate = date, s.date
			}
		}
	}
	out := make([]Relation, 0, len(order))
	for _, k := range order {
		a := edges[k]
		a.rel.Articles = len(a.articles)
		out = append(out, a.rel)
	}
	otherName := func(rel Relation) string {
		if rel.Subject.IRI == string(node) {
			return rel.Object.Name
		}
		return rel.Subject.Name
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Predicate != out[j].Predicate {
			return out[i].Predicate < out[j].Predicate
		}
		if oi, oj := otherName(out[i]), otherName(out[j]); oi != oj {
			return oi < oj
		}
		if out[i].Subject.IRI != out[j].Subject.IRI {
			return out[i].Subject.IRI < out[j].Subject.IRI
		}
		return out[i].Object.IRI < out[j].Object.IRI
	})
	return out, nil
}

// support is what one article says about one relation edge: how many of
// its statements state it.
type support struct {
	edge       edgeKey
	article    any    // identifies the article; nil if the statements name none
	date       string // the article's date as given
	statements int
}

// supportByStatements reads every relation statement node with node as
// subject or object, for the edges keep accepts.
func (r *reader) supportByStatements(node quad.IRI, keep func(edgeKey) bool) ([]support, error) {
	stmts, _, err := r.statementsOf(node, "")
	if err != nil {
		return nil, err
	}
	var out []support
	for _, s := range stmts {
		st, ok, err := r.statement(s, false)
		if err != nil {
			return nil, err
		}
		e := edgeKey{st.subject, st.predicate, st.object}
		if !ok || !keep(e) {
			continue
		}
		sup := support{edge: e, statements: 1}
		if st.article != "" {
			sup.article = st.article
			if sup.date, err = r.articleDate(st.article); err != nil {
				return nil, err
			}
		}
		out = append(out, sup)
	}
	return out, nil
}

// group is what one article (label) says with node: a few edges and
// statements, so slices.
type group struct {
	label cgraph.Ref
	edges []edgeKey
	stmts []cgraph.Ref
	keys  []any // of stmts
}

// supportByEdges finds what supportByStatements finds, on a store with
// pair indexes, reading few statement nodes.
func (r *reader) supportByEdges(node quad.IRI, keep func(edgeKey) bool) ([]support, error) {
	// An article that states E1 -p-> E2 holds the direct edge E1 p E2 and
	// one statement node per statement of it, all labelled with the
	// article (see schema.ArticleQuads). So this scans node's direct
	// relation edges and the statement nodes that have node as subject
	// or object, grouped by label: where an article has as many such
	// statements as edges, each edge has exactly one statement (each
	// edge has at least one, and a statement states one edge), and no
	// statement is read. Otherwise (an edge stated twice in one article,
	// a statement of a predicate kg does not list) the article's
	// statements are read.
	ref := r.ref(node)
	if ref == nil {
		return nil, nil
	}
	groups := map[any]*group{}
	var order []any
	groupOf := func(q cgraph.Ref) *group {
		label := r.x.qs.QuadDirection(q, quad.Label)
		var k any
		if label != nil {
			k = cgraph.ToKey(label)
		}
		g := groups[k]
		if g == nil {
			g = &group{label: label}
			groups[k] = g
			order = append(order, k)
		}
		return g
	}
	addEdge := func(q cgraph.Ref, e edgeKey) {
		if g := groupOf(q); !slices.Contains(g.edges, e) { // a self-edge is met from both ends
			g.edges = append(g.edges, e)
		}
	}
	for _, p := range r.relRefs {
		name := r.relation[cgraph.ToKey(p)]
		err := r.eachPair(quad.Subject, ref, p, func(q cgraph.Ref) {
			addEdge(q, edgeKey{node, name, iriOf(r.value(q, quad.Object))})
		})
		if err != nil {
			return nil, err
		}
		err = r.eachPair(quad.Object, ref, p, func(q cgraph.Ref) {
			addEdge(q, edgeKey{iriOf(r.value(q, quad.Subject)), name, node})
		})
		if err != nil {
			return nil, err
		}
	}
	roles := make([]cgraph.Ref, 0, 2)
	for _, t := range []string{schema.TermSubject, schema.TermObject} {
		if role := r.ref(r.x.v.Term(t)); role != nil {
			roles = append(roles, role)
		}
	}
	// Where the index holds as many statements naming node as there are
	// edges, every article has as many of each, and no statement need be
	// read at all: the groups get their statements' count, not the
	// statements.
	oneEach, err := r.oneStatementEach(ref, roles, groups)
	if err != nil {
		return nil, err
	}
	if oneEach {
		roles = nil // nothing to read
	}
	for _, role := range roles {
		err := r.eachPair(quad.Object, ref, role, func(q cgraph.Ref) {
			g := groupOf(q)
			s := r.x.qs.QuadDirection(q, quad.Subject)
			if k := cgraph.ToKey(s); !slices.Contains(g.keys, k) { // a statement about node and node
				g.keys = append(g.keys, k)
				g.stmts = append(g.stmts, s)
			}
		})
		if err != nil {
			return nil, err
		}
	}
	var out []support
	for _, k := range order {
		g := groups[k]
		if g.label != nil && (oneEach || len(g.stmts) == len(g.edges)) {
			date, err := r.articleDateOf(g.label)
			if err != nil {
				return nil, err
			}
			for _, e := range g.edges {
				if keep(e) {
					out = append(out, support{edge: e, article: k, date: date, statements: 1})
				}
			}
			continue
		}
		for _, s := range g.stmts {
			st, ok, err := r.statement(s, false)
			if err != nil {
				return nil, err
			}
			e := edgeKey{st.subject, st.predicate, st.object}
			if !ok || !keep(e) {
				continue
			}
			sup := support{edge: e, statements: 1}
			if st.article != "" {
				if sup.article = r.key(st.article); sup.article == nil {
					sup.article = st.article
				}
				if sup.date, err = r.articleDate(st.article); err != nil {
					return nil, err
				}
			}
			out = append(out, sup)
		}
	}
	return out, nil
}

// oneStatementEach reports whether the statements with node (ref) in one of
// roles number as many as the edges in groups, counted in the store's
// index without reading them, every group being an article's. Each edge an
// article states has at least one statement in the article, so then each
// has exactly one.
func (r *reader) oneStatementEach(ref cgraph.Ref, roles []cgraph.Ref, groups map[any]*group) (bool, error) {
	if r.x.idx == nil {
		return false, nil
	}
	var edges int64
	for _, g := range groups {
		if g.label == nil {
			return false, nil
		}
		edges += int64(len(g.edges))
	}
	var stmts int64
	for _, role := range roles {
		n, ok, err := r.x.idx.entries(r.ctx, r.x.idx.object, ref, role)
		if err != nil || !ok {
			return false, err
		}
		stmts += n
	}
	if stmts != edges {
		return false, nil
	}
	r.x.counted.Add(1)
	return true, nil
}
