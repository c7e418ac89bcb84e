package explore

import (
	"context"
	"fmt"
	"sort"
	"time"

	"github.com/cayleygraph/quad"
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
	stmts, _, err := r.statementsOf(node, "")
	if err != nil {
		return nil, err
	}
	type agg struct {
		rel         Relation
		articles    map[quad.IRI]bool
		first, last time.Time
	}
	edges := map[edgeKey]*agg{}
	var order []edgeKey
	for _, s := range stmts {
		st, ok, err := r.statement(s, false)
		if err != nil {
			return nil, err
		}
		if !ok || (len(only) > 0 && !only[st.predicate]) || st.subject == st.object {
			continue
		}
		var art Article
		if st.article != "" {
			if art, err = r.article(st.article); err != nil {
				return nil, err
			}
		}
		date, dated := ParseDate(art.Date)
		if !since.IsZero() && (!dated || date.Before(since)) {
			continue
		}
		k := edgeKey{st.subject, st.predicate, st.object}
		a := edges[k]
		if a == nil {
			subj, err := r.entity(st.subject)
			if err != nil {
				return nil, err
			}
			obj, err := r.entity(st.object)
			if err != nil {
				return nil, err
			}
			a = &agg{rel: Relation{Subject: subj, Predicate: st.predicate, Object: obj}, articles: map[quad.IRI]bool{}}
			edges[k] = a
			order = append(order, k)
		}
		a.rel.Statements++
		if st.article != "" {
			a.articles[st.article] = true
		}
		if dated {
			if a.first.IsZero() || date.Before(a.first) {
				a.first, a.rel.FirstDate = date, art.Date
			}
			if a.last.IsZero() || date.After(a.last) {
				a.last, a.rel.LastDate = date, art.Date
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
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Predicate != out[j].Predicate {
			return out[i].Predicate < out[j].Predicate
		}
		if oi, oj := otherName(out[i]), otherName(out[j]); oi != oj {
			return oi < oj
		}
		return out[i].Subject.IRI < out[j].Subject.IRI
	})
	return out, nil
}
