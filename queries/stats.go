package queries

import (
	"context"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"kg/schema"
)

// StoreStats counts what the store holds. (Go does not allow a type and a
// function both named Stats in one package; the function is Stats.)
type StoreStats struct {
	Articles  int `json:"articles"`  // nodes typed kg:Article
	Entities  int `json:"entities"`  // distinct nodes typed with an entity type
	Relations int `json:"relations"` // statement nodes (one per relation per article)
	Claims    int `json:"claims"`    // claim nodes
	Quads     int `json:"quads"`     // live quads, counted exactly
	// EntitiesByType counts entities per type; an entity typed differently
	// by different articles counts under each of its types.
	EntitiesByType map[string]int `json:"entities_by_type"`
	// RelationsByPredicate counts statement nodes per predicate ("vetoed").
	RelationsByPredicate map[string]int `json:"relations_by_predicate"`
}

// Stats counts articles, entities, relations, claims and quads. Node counts
// come from the kg:type index (one lookup per class); the quad count
// iterates every live quad, so it is exact and costs one pass over the
// store.
func Stats(ctx context.Context, qs cgraph.QuadStore, v schema.Vocab) (StoreStats, error) {
	r := newReader(ctx, qs, v)
	st := StoreStats{EntitiesByType: map[string]int{}, RelationsByPredicate: map[string]int{}}

	count := func(class string) (map[any]cgraph.Ref, error) { return r.typed(r.v.Term(class)) }
	articles, err := count(schema.ClassArticle)
	if err != nil {
		return st, err
	}
	st.Articles = len(articles)
	claims, err := count(schema.ClassClaim)
	if err != nil {
		return st, err
	}
	st.Claims = len(claims)

	entities := map[any]bool{}
	for _, t := range schema.EntityTypes {
		nodes, err := count(t)
		if err != nil {
			return st, err
		}
		if len(nodes) > 0 {
			st.EntitiesByType[t] = len(nodes)
		}
		for n := range nodes {
			entities[n] = true
		}
	}
	st.Entities = len(entities)

	// Statements by predicate: "S kg:predicate kg:p", looked up by each
	// known predicate's IRI.
	statements := map[any]bool{}
	if predicate := r.termKey(schema.TermPredicate); predicate != nil {
		for _, p := range schema.Predicates {
			nodes := map[any]bool{}
			err := r.eachRef(quad.Object, r.v.Term(p.Name), func(q cgraph.Ref) {
				if r.dirKey(q, quad.Predicate) == predicate {
					nodes[r.dirKey(q, quad.Subject)] = true
				}
			})
			if err != nil {
				return st, err
			}
			if len(nodes) > 0 {
				st.RelationsByPredicate[p.Name] = len(nodes)
			}
			for n := range nodes {
				statements[n] = true
			}
		}
	}
	// Statements with a predicate outside schema.Predicates still count.
	typed, err := count(schema.ClassStatement)
	if err != nil {
		return st, err
	}
	for n := range typed {
		statements[n] = true
	}
	st.Relations = len(statements)
	if other := len(statements) - sum(st.RelationsByPredicate); other > 0 {
		st.RelationsByPredicate["other"] = other
	}

	it := qs.QuadsAllIterator()
	defer it.Close()
	for it.Next(ctx) {
		st.Quads++
	}
	if err := it.Err(); err != nil {
		return st, err
	}
	return st, ctx.Err()
}

func sum(m map[string]int) int {
	n := 0
	for _, v := range m {
		n += v
	}
	return n
}
