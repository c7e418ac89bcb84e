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

	relation map[any]string // key of a relation predicate -> its name
	entities map[quad.IRI]Entity
	articles map[quad.IRI]Article
}

func (x *Explorer) reader(ctx context.Context) (*reader, error) {
	if x == nil || x.qs == nil {
		return nil, errors.New("explore: no store")
	}
	r := &reader{ctx: ctx, x: x, keys: map[quad.Value]any{}, relation: map[any]string{},
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

func (r *reader) dirKey(q cgraph.Ref, d quad.Direction) any {
	ref := r.x.qs.QuadDirection(q, d)
	if ref == nil {
		return nil
	}
	return cgraph.ToKey(ref)
}

func (r *reader) value(q cgraph.Ref, d quad.Direction) quad.Value {
	ref := r.x.qs.QuadDirection(q, d)
	if ref == nil {
		return nil
	}
	return r.x.qs.NameOf(ref)
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
		names[literal(v)]++
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
		return literal(vals[t][0])
	}
	a := Article{IRI: string(iri), ID: one(schema.TermID), Title: one(schema.TermTitle), Date: one(schema.TermDate),
		Language: one(schema.TermLanguage), Source: one(schema.TermSource), URL: one(schema.TermURL)}
	r.articles[iri] = a
	return a, nil
}

// statement is one relation statement node, read in full.
type statement struct {
	iri        quad.IRI
	subject    quad.IRI
	predicate  string // vocabulary name
	object     quad.IRI
	article    quad.IRI
	sentence   string
	language   string
	confidence float64
}

// statementsOf returns the statement nodes that have entity as subject or
// object (role "" for both, else schema.TermSubject or schema.TermObject).
func (r *reader) statementsOf(entity quad.IRI, role string) ([]quad.IRI, error) {
	roles := map[any]bool{}
	for _, t := range []string{schema.TermSubject, schema.TermObject} {
		if role == "" || role == t {
			if k := r.term(t); k != nil {
				roles[k] = true
			}
		}
	}
	var out []quad.IRI
	seen := map[quad.IRI]bool{}
	err := r.each(quad.Object, entity, func(q cgraph.Ref) {
		if !roles[r.dirKey(q, quad.Predicate)] {
			return
		}
		if s, ok := r.value(q, quad.Subject).(quad.IRI); ok && !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	})
	return out, err
}

// statement reads one statement node; false if it is not a complete
// relation statement.
func (r *reader) statement(iri quad.IRI) (statement, bool, error) {
	vals, err := r.values(iri, schema.TermSubject, schema.TermPredicate, schema.TermObject, schema.TermArticle,
		schema.TermEvidence, schema.TermConfidence)
	if err != nil {
		return statement{}, false, err
	}
	st := statement{iri: iri}
	if len(vals[schema.TermSubject]) == 0 || len(vals[schema.TermPredicate]) == 0 || len(vals[schema.TermObject]) == 0 {
		return st, false, nil
	}
	st.subject = iriOf(vals[schema.TermSubject][0])
	st.object = iriOf(vals[schema.TermObject][0])
	p, ok := r.x.v.PredicateOf(iriOf(vals[schema.TermPredicate][0]))
	if !ok || st.subject == "" || st.object == "" {
		return st, false, nil
	}
	st.predicate = p
	if a := vals[schema.TermArticle]; len(a) > 0 {
		st.article = iriOf(a[0])
	}
	if ev := vals[schema.TermEvidence]; len(ev) > 0 {
		st.sentence = literal(ev[0])
		if ls, ok := ev[0].(quad.LangString); ok {
			st.language = ls.Lang
		}
	}
	if c := vals[schema.TermConfidence]; len(c) > 0 {
		switch v := c[0].(type) {
		case quad.Float:
			st.confidence = float64(v)
		case quad.Int:
			st.confidence = float64(v)
		}
	}
	return st, true, nil
}

// literal is the text of a string-like value, or its String form.
func literal(v quad.Value) string {
	switch v := v.(type) {
	case nil:
		return ""
	case quad.String:
		return string(v)
	case quad.LangString:
		return string(v.Value)
	case quad.TypedString:
		return string(v.Value)
	case quad.IRI:
		return string(v)
	}
	return v.String()
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
