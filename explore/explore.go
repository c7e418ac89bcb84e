// Package explore answers relationship questions over kg's store: the
// neighbourhood of an entity (each relation with the number of statements
// and articles that support it and the dates of the first and last of
// those articles), the shortest relation paths between two entities, the
// evidence behind one relation edge, and an article's metadata.
//
// It is read-only: it never writes to the store (writes belong to package
// graph), takes the vocabulary and graph layout from package schema, and
// leaves name lookup to package queries. It reads through the store's
// indexes from fixed nodes only, so it stays fast on Cayley's KV backends.
package explore

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"kg/schema"
)

// Entity is one entity as the explorer shows it.
type Entity struct {
	IRI  string `json:"iri"` // without angle brackets: kg:entity/russia
	Name string `json:"name"`
	Type string `json:"type,omitempty"`
}

// Article is a stored article's metadata.
type Article struct {
	IRI      string `json:"iri"`
	ID       string `json:"id,omitempty"`
	Title    string `json:"title,omitempty"`
	Date     string `json:"date,omitempty"` // as the article gives it
	Language string `json:"language,omitempty"`
	Source   string `json:"source,omitempty"`
	URL      string `json:"url,omitempty"`
}

// Errors the explorer wraps, for callers that map them to statuses.
var (
	ErrNotEntity        = errors.New("not an entity in the store")
	ErrUnknownPredicate = errors.New("unknown predicate")
	ErrSameEntity       = errors.New("a path needs two different entities")
)

// Explorer reads relationships from one store.
type Explorer struct {
	qs cgraph.QuadStore
	v  schema.Vocab
}

// New returns an explorer over qs with vocabulary v ("" base means the
// default vocabulary).
func New(qs cgraph.QuadStore, v schema.Vocab) *Explorer {
	if v.Base == "" {
		v = schema.New("")
	}
	return &Explorer{qs: qs, v: v}
}

// Predicate returns the vocabulary name of a relation predicate given as
// "vetoed", "kg:vetoed" or "<kg:vetoed>" (any case), or an error listing
// the predicates.
func (x *Explorer) Predicate(name string) (string, error) {
	s := strings.TrimSpace(name)
	if iri, ok := quad.StringToValue(s).(quad.IRI); ok {
		s = string(iri)
	}
	s = strings.TrimPrefix(s, x.v.Base)
	for _, p := range schema.Predicates {
		if strings.EqualFold(p.Name, s) {
			return p.Name, nil
		}
	}
	names := make([]string, len(schema.Predicates))
	for i, p := range schema.Predicates {
		names[i] = p.Name
	}
	return "", fmt.Errorf("%w %q: use one of %s", ErrUnknownPredicate, name, strings.Join(names, ", "))
}

// Article returns the metadata of the article with IRI iri; false if no
// such article is stored.
func (x *Explorer) Article(ctx context.Context, iri quad.IRI) (Article, bool, error) {
	r, err := x.reader(ctx)
	if err != nil {
		return Article{}, false, err
	}
	a, err := r.article(iri)
	if err != nil {
		return Article{}, false, err
	}
	return a, a.ID != "" || a.Title != "", nil
}

// Entity describes the node iri (its most frequent name and entity type);
// false if iri has no entity type in the store.
func (x *Explorer) Entity(ctx context.Context, iri quad.IRI) (Entity, bool, error) {
	r, err := x.reader(ctx)
	if err != nil {
		return Entity{}, false, err
	}
	e, err := r.entity(iri)
	return e, e.Type != "", err
}

// reader reads one request's worth of the store, caching what it resolves.
type reader struct {
	ctx  context.Context
	x    *Explorer
	keys map[quad.Value]any // store key of a vocabulary term (nil: absent)

	relation map[any]string     // key of a relation predicate -> its name
	names    map[any]quad.Value // store key -> value, for values that recur
	entities map[quad.IRI]Entity
	articles map[quad.IRI]Article
}

func (x *Explorer) reader(ctx context.Context) (*reader, error) {
	if x == nil || x.qs == nil {
		return nil, errors.New("explore: no store")
	}
	r := &reader{ctx: ctx, x: x, keys: map[quad.Value]any{}, relation: map[any]string{}, names: map[any]quad.Value{},
		entities: map[quad.IRI]Entity{}, articles: map[quad.IRI]Article{}}
	for _, p := range schema.Predicates {
		if k := r.key(x.v.Term(p.Name)); k != nil {
			r.relation[k] = p.Name
		}
	}
	return r, nil
}

func (r *reader) key(v quad.Value) any {
	k, ok := r.keys[v]
	if !ok {
		if ref := r.x.qs.ValueOf(v); ref != nil {
			k = cgraph.ToKey(ref)
		}
		r.keys[v] = k
	}
	return k
}

func (r *reader) term(name string) any { return r.key(r.x.v.Term(name)) }

// each calls fn for every live quad with value v in direction dir.
func (r *reader) each(dir quad.Direction, v quad.Value, fn func(q cgraph.Ref)) error {
	ref := r.x.qs.ValueOf(v)
	if ref == nil {
		return nil
	}
	return r.eachRef(dir, ref, fn)
}

// eachRef calls fn for every live quad with the node ref in direction dir.
func (r *reader) eachRef(dir quad.Direction, ref cgraph.Ref, fn func(q cgraph.Ref)) error {
	it := r.x.qs.QuadIterator(dir, ref)
	defer it.Close()
	for it.Next(r.ctx) {
		fn(it.Result())
	}
	if err := it.Err(); err != nil {
		return err
	}
	return r.ctx.Err()
}

// nameOf is the value of a node reference, cached: subjects, predicates,
// objects and articles recur across statements.
func (r *reader) nameOf(ref cgraph.Ref) quad.Value {
	if ref == nil {
		return nil
	}
	k := cgraph.ToKey(ref)
	if v, ok := r.names[k]; ok {
		return v
	}
	v := r.x.qs.NameOf(ref)
	r.names[k] = v
	return v
}

func (r *reader) dirKey(q cgraph.Ref, d quad.Direction) any {
	ref := r.x.qs.QuadDirection(q, d)
	if ref == nil {
		return nil
	}
	return cgraph.ToKey(ref)
}

func (r *reader) value(q cgraph.Ref, d quad.Direction) quad.Value {
	return r.nameOf(r.x.qs.QuadDirection(q, d))
}

// values reads node's own quads: for each predicate key in want, the
// values in store order.
func (r *reader) values(node quad.Value, want ...string) (map[string][]quad.Value, error) {
	byKey := make(map[any]string, len(want))
	for _, t := range want {
		if k := r.term(t); k != nil {
			byKey[k] = t
		}
	}
	out := map[string][]quad.Value{}
	err := r.each(quad.Subject, node, func(q cgraph.Ref) {
		if t, ok := byKey[r.dirKey(q, quad.Predicate)]; ok {
			out[t] = append(out[t], r.value(q, quad.Object))
		}
	})
	return out, err
}

// entity describes iri, cached.
func (r *reader) entity(iri quad.IRI) (Entity, error) {
	if e, ok := r.entities[iri]; ok {
		return e, nil
	}
	vals, err := r.values(iri, schema.TermName, schema.TermType)
	if err != nil {
		return Entity{}, err
	}
	names, types := map[string]int{}, map[string]int{}
	for _, v := range vals[schema.TermName] {
		names[schema.Text(v)]++
	}
	for _, v := range vals[schema.TermType] {
		if t, ok := r.x.v.EntityTypeOf(iriOf(v)); ok {
			types[t]++
		}
	}
	e := Entity{IRI: string(iri), Name: mostFrequent(names), Type: mostFrequent(types)}
	if e.Name == "" {
		e.Name = string(iri)
	}
	r.entities[iri] = e
	return e, nil
}

// article reads an article node, cached.
func (r *reader) article(iri quad.IRI) (Article, error) {
	if a, ok := r.articles[iri]; ok {
		return a, nil
	}
	vals, err := r.values(iri, schema.TermID, schema.TermTitle, schema.TermDate, schema.TermLanguage, schema.TermSource, schema.TermURL)
	if err != nil {
		return Article{}, err
	}
	one := func(t string) string {
		if len(vals[t]) == 0 {
			return ""
		}
		return schema.Text(vals[t][0])
	}
	a := Article{IRI: string(iri), ID: one(schema.TermID), Title: one(schema.TermTitle), Date: one(schema.TermDate),
		Language: one(schema.TermLanguage), Source: one(schema.TermSource), URL: one(schema.TermURL)}
	r.articles[iri] = a
	return a, nil
}

// statement is one relation statement node.
type statement struct {
	ref        cgraph.Ref
	subject    quad.IRI
	predicate  string // vocabulary name
	object     quad.IRI
	article    quad.IRI
	sentence   string // read only with evidence
	language   string
	confidence float64
}

// statementsOf returns the statement nodes (as references, in store order)
// that have entity as subject or object (role "" for both, else
// schema.TermSubject or schema.TermObject), keyed by their store keys.
func (r *reader) statementsOf(entity quad.IRI, role string) ([]cgraph.Ref, map[any]bool, error) {
	roles := map[any]bool{}
	for _, t := range []string{schema.TermSubject, schema.TermObject} {
		if role == "" || role == t {
			if k := r.term(t); k != nil {
				roles[k] = true
			}
		}
	}
	var out []cgraph.Ref
	seen := map[any]bool{}
	err := r.each(quad.Object, entity, func(q cgraph.Ref) {
		if !roles[r.dirKey(q, quad.Predicate)] {
			return
		}
		s := r.x.qs.QuadDirection(q, quad.Subject)
		if k := cgraph.ToKey(s); !seen[k] {
			seen[k] = true
			out = append(out, s)
		}
	})
	return out, seen, err
}

// statement reads one statement node, its sentence and confidence too when
// evidence is set; false if it is not a complete relation statement.
func (r *reader) statement(ref cgraph.Ref, evidence bool) (statement, bool, error) {
	want := map[any]string{}
	terms := []string{schema.TermSubject, schema.TermPredicate, schema.TermObject, schema.TermArticle}
	if evidence {
		terms = append(terms, schema.TermEvidence, schema.TermConfidence)
	}
	for _, t := range terms {
		if k := r.term(t); k != nil {
			want[k] = t
		}
	}
	vals := map[string]quad.Value{}
	err := r.eachRef(quad.Subject, ref, func(q cgraph.Ref) {
		if t, ok := want[r.dirKey(q, quad.Predicate)]; ok && vals[t] == nil {
			o := r.x.qs.QuadDirection(q, quad.Object)
			if t == schema.TermEvidence || t == schema.TermConfidence {
				vals[t] = r.x.qs.NameOf(o) // unique to the statement: not cached
			} else {
				vals[t] = r.nameOf(o)
			}
		}
	})
	st := statement{ref: ref}
	if err != nil {
		return st, false, err
	}
	st.subject = iriOf(vals[schema.TermSubject])
	st.object = iriOf(vals[schema.TermObject])
	p, ok := r.x.v.PredicateOf(iriOf(vals[schema.TermPredicate]))
	if !ok || st.subject == "" || st.object == "" {
		return st, false, nil
	}
	st.predicate = p
	st.article = iriOf(vals[schema.TermArticle])
	if ev := vals[schema.TermEvidence]; ev != nil {
		st.sentence = schema.Text(ev)
		if ls, ok := ev.(quad.LangString); ok {
			st.language = ls.Lang
		}
	}
	switch v := vals[schema.TermConfidence].(type) {
	case quad.Float:
		st.confidence = float64(v)
	case quad.Int:
		st.confidence = float64(v)
	}
	return st, true, nil
}

func iriOf(v quad.Value) quad.IRI {
	iri, _ := v.(quad.IRI)
	return iri
}

// mostFrequent is the key with the highest count, the smallest on ties.
func mostFrequent(counts map[string]int) string {
	best, n := "", 0
	for k, c := range counts {
		if k != "" && (c > n || c == n && k < best) {
			best, n = k, c
		}
	}
	return best
}

// ParseIRI reads an entity or article IRI given as "kg:entity/x" or
// "<kg:entity/x>".
func ParseIRI(s string) quad.IRI {
	s = strings.TrimSpace(s)
	if iri, ok := quad.StringToValue(s).(quad.IRI); ok {
		return iri
	}
	return quad.IRI(s)
}

func sortEntities(list []Entity) {
	sort.Slice(list, func(i, j int) bool {
		if list[i].Name != list[j].Name {
			return list[i].Name < list[j].Name
		}
		return list[i].IRI < list[j].IRI
	})
}
