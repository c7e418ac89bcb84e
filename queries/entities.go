package queries

import (
	"context"
	"fmt"
	"sort"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	cpath "github.com/cayleygraph/cayley/graph/path"
	"github.com/cayleygraph/quad"

	"kg/schema"
)

// EntityInfo describes one entity as the store knows it, across articles.
type EntityInfo struct {
	IRI      string   `json:"iri"` // without angle brackets: kg:entity/russia
	Name     string   `json:"name"`
	Type     string   `json:"type"`
	Aliases  []string `json:"aliases,omitempty"`
	QID      string   `json:"qid,omitempty"`
	Articles int      `json:"articles"` // distinct articles that mention it
}

// Filter selects entities.
type Filter struct {
	Type  string // entity type (case-insensitive), e.g. "country"; "" for all
	Match string // case- and accent-insensitive substring of the name or an alias
}

// Entities lists the entities that pass f, most-mentioned first, then by
// name.
func Entities(ctx context.Context, qs cgraph.QuadStore, v schema.Vocab, f Filter) ([]EntityInfo, error) {
	types := schema.EntityTypes
	if f.Type != "" {
		t, ok := entityType(f.Type)
		if !ok {
			return nil, fmt.Errorf("unknown entity type %q: use one of %s", f.Type, strings.Join(schema.EntityTypes, ", "))
		}
		types = []string{t}
	}
	r := newReader(ctx, qs, v)
	nodes, err := r.entityNodes(types)
	if err != nil {
		return nil, err
	}
	match := schema.Fold(f.Match)
	out := []EntityInfo{}
	for _, n := range nodes {
		e, err := r.describe(n)
		if err != nil {
			return nil, err
		}
		if match != "" && !e.matches(func(name string) bool { return strings.Contains(schema.Fold(name), match) }) {
			continue
		}
		if e.Articles, err = r.mentionCount(n); err != nil {
			return nil, err
		}
		out = append(out, e.EntityInfo)
	}
	sortEntities(out)
	return out, nil
}

// DescribeEntities describes the entities, most mentioned first: for
// listing the candidates of an ambiguous name.
func DescribeEntities(ctx context.Context, qs cgraph.QuadStore, v schema.Vocab, iris []quad.IRI) ([]EntityInfo, error) {
	return newReader(ctx, qs, v).infos(iris)
}

// FindEntities finds the entities text names: the entity with that IRI
// ("kg:entity/russia", with or without angle brackets) or key ("russia");
// else those whose name or alias is exactly text; else those whose name or
// alias equals text ignoring case and accents ("russland" finds Russia by
// its alias Russland). Several entities mean text is ambiguous; none, that it
// names nothing known. Only the last way reads every entity.
func FindEntities(ctx context.Context, qs cgraph.QuadStore, v schema.Vocab, text string) ([]quad.IRI, error) {
	text = strings.TrimSpace(text)
	if text == "" {
		return nil, nil
	}
	r := newReader(ctx, qs, v)
	var candidates []quad.IRI
	if iri, ok := quad.StringToValue(text).(quad.IRI); ok {
		candidates = append(candidates, iri)
	}
	candidates = append(candidates, quad.IRI(text), v.Entity(text))
	for _, c := range candidates {
		if ok, err := r.isEntity(c); err != nil {
			return nil, err
		} else if ok {
			return []quad.IRI{c}, nil
		}
	}

	// Exact name or alias: the subjects of the name and alias quads with
	// that value, each read once.
	var exact []quad.IRI
	if r.key(quad.String(text)) != nil {
		subjects := map[any]bool{}
		var refs []cgraph.Ref
		err := cpath.StartPath(qs, quad.String(text)).In(v.Term(schema.TermName), v.Term(schema.TermAlias)).Iterate(ctx).Each(func(ref cgraph.Ref) {
			if k := cgraph.ToKey(ref); !subjects[k] {
				subjects[k] = true
				refs = append(refs, ref)
			}
		})
		if err != nil {
			return nil, err
		}
		for _, ref := range refs {
			if iri, ok := qs.NameOf(ref).(quad.IRI); ok {
				exact = appendIRI(exact, iri)
			}
		}
	}
	if len(exact) > 0 {
		return exact, nil
	}

	// Folded match over all entities (language-tagged aliases, case, accents).
	nodes, err := r.entityNodes(schema.EntityTypes)
	if err != nil {
		return nil, err
	}
	want := schema.Fold(text)
	var found []quad.IRI
	for _, n := range nodes {
		e, err := r.describe(n)
		if err != nil {
			return nil, err
		}
		if e.matches(func(name string) bool { return schema.Fold(name) == want }) {
			found = append(found, n)
		}
	}
	if len(found) == 0 {
		// a word of a longer name: "resolution" finds "UN resolution"
		for _, n := range nodes {
			e, err := r.describe(n)
			if err != nil {
				return nil, err
			}
			if e.matches(func(name string) bool { return containsWords(schema.Fold(name), want) }) {
				found = append(found, n)
			}
		}
	}
	return found, nil
}

// containsWords reports whether the words of part occur in name, in order
// and whole.
func containsWords(name, part string) bool {
	return strings.Contains(" "+name+" ", " "+part+" ")
}

// entityType returns the EntityTypes spelling of name, matched without case.
func entityType(name string) (string, bool) {
	for _, t := range schema.EntityTypes {
		if strings.EqualFold(t, name) {
			return t, true
		}
	}
	return "", false
}

func sortEntities(list []EntityInfo) {
	sort.SliceStable(list, func(i, j int) bool {
		a, b := list[i], list[j]
		if a.Articles != b.Articles {
			return a.Articles > b.Articles
		}
		if a.Name != b.Name {
			return a.Name < b.Name
		}
		return a.IRI < b.IRI
	})
}

// reader reads the store through its indexes, one fixed node or value at a
// time. It compares store references rather than values where it can:
// resolving a reference to its value is the expensive part of a read.
type reader struct {
	ctx  context.Context
	qs   cgraph.QuadStore
	v    schema.Vocab
	keys map[quad.Value]any // ToKey of fixed values (nil: not in the store)
}

func newReader(ctx context.Context, qs cgraph.QuadStore, v schema.Vocab) *reader {
	if v.Base == "" {
		v = schema.New("")
	}
	return &reader{ctx: ctx, qs: qs, v: v, keys: map[quad.Value]any{}}
}

// key is the comparable key of val's store reference, nil if val is not in
// the store.
func (r *reader) key(val quad.Value) any {
	k, ok := r.keys[val]
	if !ok {
		if ref := r.qs.ValueOf(val); ref != nil {
			k = cgraph.ToKey(ref)
		}
		r.keys[val] = k
	}
	return k
}

func (r *reader) termKey(term string) any { return r.key(r.v.Term(term)) }

// eachRef calls fn with the reference of every live quad with value val in
// direction dir.
func (r *reader) eachRef(dir quad.Direction, val quad.Value, fn func(q cgraph.Ref)) error {
	ref := r.qs.ValueOf(val)
	if ref == nil {
		return nil
	}
	it := r.qs.QuadIterator(dir, ref)
	defer it.Close()
	for it.Next(r.ctx) {
		fn(it.Result())
	}
	if err := it.Err(); err != nil {
		return err
	}
	return r.ctx.Err()
}

// eachQuad calls fn for every live quad with value val in direction dir.
func (r *reader) eachQuad(dir quad.Direction, val quad.Value, fn func(quad.Quad)) error {
	return r.eachRef(dir, val, func(q cgraph.Ref) { fn(r.qs.Quad(q)) })
}

// dirKey is the key of the node in direction d of quad q.
func (r *reader) dirKey(q cgraph.Ref, d quad.Direction) any {
	ref := r.qs.QuadDirection(q, d)
	if ref == nil {
		return nil
	}
	return cgraph.ToKey(ref)
}

// typed returns the distinct nodes (as references) with "node kg:type class".
func (r *reader) typed(class quad.IRI) (map[any]cgraph.Ref, error) {
	nodes := map[any]cgraph.Ref{}
	typ := r.termKey(schema.TermType)
	if typ == nil {
		return nodes, nil
	}
	err := r.eachRef(quad.Object, class, func(q cgraph.Ref) {
		if r.dirKey(q, quad.Predicate) == typ {
			s := r.qs.QuadDirection(q, quad.Subject)
			nodes[cgraph.ToKey(s)] = s
		}
	})
	return nodes, err
}

// entityNodes returns the distinct nodes typed with one of types.
func (r *reader) entityNodes(types []string) ([]quad.IRI, error) {
	var out []quad.IRI
	seen := map[any]bool{}
	for _, t := range types {
		nodes, err := r.typed(r.v.Term(t))
		if err != nil {
			return nil, err
		}
		for k, ref := range nodes {
			if seen[k] {
				continue
			}
			seen[k] = true
			if iri, ok := r.qs.NameOf(ref).(quad.IRI); ok {
				out = append(out, iri)
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out, nil
}

// isEntity reports whether iri has an entity type.
func (r *reader) isEntity(iri quad.IRI) (bool, error) {
	if r.key(iri) == nil || r.termKey(schema.TermType) == nil {
		return false, nil
	}
	// Through the subject-predicate index on KV stores: an entity in a
	// thousand articles has thousands of quads, and kg gives a node entity
	// types only if it is an entity, so a few type quads tell.
	found := false
	err := cpath.StartPath(r.qs, iri).Out(r.v.Term(schema.TermType)).Iterate(r.ctx).Limit(typesLooked).EachValue(r.qs, func(v quad.Value) {
		if class, ok := v.(quad.IRI); ok && !found {
			_, found = r.v.EntityTypeOf(class)
		}
	})
	return found, err
}

// typesLooked is how many of a node's type quads isEntity reads.
const typesLooked = 100

// entity is an EntityInfo plus every name it goes by.
type entity struct {
	EntityInfo
	names []string // name(s) and aliases, as stored
}

func (e entity) matches(pred func(string) bool) bool {
	for _, n := range e.names {
		if pred(n) {
			return true
		}
	}
	return false
}

// describe reads an entity's own quads (all articles): the most frequent
// name and type, every alias, the QID. Each distinct value is resolved once,
// however many articles repeat it.
func (r *reader) describe(iri quad.IRI) (entity, error) {
	e := entity{EntityInfo: EntityInfo{IRI: string(iri)}}
	nameK, aliasK, qidK, typeK := r.termKey(schema.TermName), r.termKey(schema.TermAlias), r.termKey(schema.TermQID), r.termKey(schema.TermType)
	type counted struct {
		ref cgraph.Ref
		n   int
	}
	values := map[any]map[any]*counted{nameK: {}, aliasK: {}, qidK: {}, typeK: {}}
	err := r.eachRef(quad.Subject, iri, func(q cgraph.Ref) {
		byValue, ok := values[r.dirKey(q, quad.Predicate)]
		if !ok {
			return
		}
		o := r.qs.QuadDirection(q, quad.Object)
		k := cgraph.ToKey(o)
		if c := byValue[k]; c != nil {
			c.n++
		} else {
			byValue[k] = &counted{ref: o, n: 1}
		}
	})
	if err != nil {
		return e, err
	}
	resolve := func(predKey any, fn func(v quad.Value, n int)) {
		if predKey == nil {
			return
		}
		for _, c := range values[predKey] {
			fn(r.qs.NameOf(c.ref), c.n)
		}
	}
	names, types := map[string]int{}, map[string]int{}
	aliases := map[string]bool{}
	resolve(nameK, func(v quad.Value, n int) { names[schema.Text(v)] += n })
	resolve(aliasK, func(v quad.Value, _ int) { aliases[schema.Text(v)] = true })
	resolve(qidK, func(v quad.Value, _ int) {
		if q := schema.Text(v); e.QID == "" || q < e.QID {
			e.QID = q
		}
	})
	resolve(typeK, func(v quad.Value, n int) {
		if t, ok := r.v.EntityTypeOf(iriOf(v)); ok {
			types[t] += n
		}
	})
	e.Name, e.Type = mostFrequent(names), mostFrequent(types)
	for n := range names {
		e.names = append(e.names, n)
	}
	for a := range aliases {
		if _, isName := names[a]; !isName && a != "" {
			e.Aliases = append(e.Aliases, a)
		}
	}
	sort.Strings(e.Aliases)
	e.names = append(e.names, e.Aliases...)
	return e, nil
}

// mentionCount counts the distinct articles with "article kg:mentions iri".
func (r *reader) mentionCount(iri quad.IRI) (int, error) {
	if r.key(iri) == nil || r.termKey(schema.TermMentions) == nil {
		return 0, nil
	}
	// Only the mention quads (the object-predicate index on KV stores),
	// not the relations and statements that also point at the entity.
	articles := map[any]bool{}
	err := cpath.StartPath(r.qs, iri).In(r.v.Term(schema.TermMentions)).Iterate(r.ctx).Each(func(ref cgraph.Ref) {
		articles[cgraph.ToKey(ref)] = true
	})
	return len(articles), err
}

// infos describes the entities, sorted like Entities.
func (r *reader) infos(iris []quad.IRI) ([]EntityInfo, error) {
	out := make([]EntityInfo, 0, len(iris))
	for _, iri := range iris {
		e, err := r.describe(iri)
		if err != nil {
			return nil, err
		}
		if e.Articles, err = r.mentionCount(iri); err != nil {
			return nil, err
		}
		out = append(out, e.EntityInfo)
	}
	sortEntities(out)
	return out, nil
}

// mostFrequent returns the key with the highest count, ties broken by the
// smaller key; "" for an empty map.
func mostFrequent(counts map[string]int) string {
	best, bestN := "", 0
	for k, n := range counts {
		if n > bestN || (n == bestN && k < best) {
			best, bestN = k, n
		}
	}
	return best
}

func iriOf(v quad.Value) quad.IRI {
	iri, _ := v.(quad.IRI)
	return iri
}

func appendIRI(list []quad.IRI, iri quad.IRI) []quad.IRI {
	for _, x := range list {
		if x == iri {
			return list
		}
	}
	return append(list, iri)
}
