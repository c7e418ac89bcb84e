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
	"sync/atomic"

	cgraph "github.com/cayleygraph/cayley/graph"
	ckv "github.com/cayleygraph/cayley/graph/kv"
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
	qs  cgraph.QuadStore
	v   schema.Vocab
	idx *pairIndexes // nil: read a node's quads whole
	// counted is how many times a node's statements were counted in the
	// index instead of read (see oneStatementEach), for tests.
	counted atomic.Int64
}

// New returns an explorer over qs with vocabulary v ("" base means the
// default vocabulary).
func New(qs cgraph.QuadStore, v schema.Vocab) *Explorer {
	if v.Base == "" {
		v = schema.New("")
	}
	return &Explorer{qs: qs, v: v, idx: pairIndexesOf(qs)}
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
	refs map[quad.Value]cgraph.Ref // store reference of a value (nil: absent)

	relation map[any]string     // key of a relation predicate -> its name
	relRefs  []cgraph.Ref       // the relation predicates in the store
	names    map[any]quad.Value // store key -> value, for values that recur
	entities map[quad.IRI]Entity
	articles map[quad.IRI]Article
	dateOf   map[any]string // article dates read without the rest of the article, by store key
}

func (x *Explorer) reader(ctx context.Context) (*reader, error) {
	if x == nil || x.qs == nil {
		return nil, errors.New("explore: no store")
	}
	r := &reader{ctx: ctx, x: x, refs: map[quad.Value]cgraph.Ref{}, relation: map[any]string{}, names: map[any]quad.Value{},
		entities: map[quad.IRI]Entity{}, articles: map[quad.IRI]Article{}, dateOf: map[any]string{}}
	for _, p := range schema.Predicates {
		if ref := r.ref(x.v.Term(p.Name)); ref != nil {
			r.relation[cgraph.ToKey(ref)] = p.Name
			r.relRefs = append(r.relRefs, ref)
		}
	}
	return r, nil
}

// ref is the store reference of v, cached; nil if v is not in the store.
func (r *reader) ref(v quad.Value) cgraph.Ref {
	ref, ok := r.refs[v]
	if !ok {
		ref = r.x.qs.ValueOf(v)
		r.refs[v] = ref
	}
	return ref
}

// key is the store key of v; nil if v is not in the store.
func (r *reader) key(v quad.Value) any {
	if ref := r.ref(v); ref != nil {
		return cgraph.ToKey(ref)
	}
	return nil
}

func (r *reader) term(name string) any { return r.key(r.x.v.Term(name)) }

// each calls fn for every live quad with value v in direction dir.
func (r *reader) each(dir quad.Direction, v quad.Value, fn func(q cgraph.Ref)) error {
	ref := r.ref(v)
	if ref == nil {
		return nil
	}
	return r.eachRef(dir, ref, fn)
}

// eachRef calls fn for every live quad with the node ref in direction dir.
func (r *reader) eachRef(dir quad.Direction, ref cgraph.Ref, fn func(q cgraph.Ref)) error {
	return r.drain(r.x.qs.QuadIterator(dir, ref), func(q cgraph.Ref) bool { fn(q); return true })
}

// eachPair calls fn for every live quad with the node ref in direction dir
// (quad.Subject or quad.Object) and predicate pred.
func (r *reader) eachPair(dir quad.Direction, ref, pred cgraph.Ref, fn func(q cgraph.Ref)) error {
	return r.eachPairUntil(dir, ref, pred, func(q cgraph.Ref) bool { fn(q); return true })
}

// eachPairUntil is eachPair, stopping when fn returns false.
func (r *reader) eachPairUntil(dir quad.Direction, ref, pred cgraph.Ref, fn func(q cgraph.Ref) bool) error {
	if r.x.idx != nil {
		if it := r.x.idx.iterator(dir, ref, pred); it != nil {
			return r.drain(it, fn)
		}
	}
	pk := cgraph.ToKey(pred)
	return r.drain(r.x.qs.QuadIterator(dir, ref), func(q cgraph.Ref) bool {
		return r.dirKey(q, quad.Predicate) != pk || fn(q)
	})
}

// drain calls fn for the results of it until fn returns false, and closes
// it.
func (r *reader) drain(it cgraph.Iterator, fn func(q cgraph.Ref) bool) error {
	defer it.Close()
	for it.Next(r.ctx) {
		if !fn(it.Result()) {
			break
		}
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
	if r.x.idx != nil {
		// One index scan per predicate: only the quads asked for.
		ref := r.ref(node)
		if ref == nil {
			return out, nil
		}
		for _, t := range want {
			pred := r.ref(r.x.v.Term(t))
			if pred == nil {
				continue
			}
			err := r.eachPair(quad.Subject, ref, pred, func(q cgraph.Ref) {
				out[t] = append(out[t], r.value(q, quad.Object))
			})
			if err != nil {
				return out, err
			}
		}
		return out, nil
	}
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
	nameOf := func(v quad.Value) string { return schema.Text(v) }
	typeOf := func(v quad.Value) string {
		t, _ := r.x.v.EntityTypeOf(iriOf(v))
		return t
	}
	var e Entity
	if r.x.idx != nil {
		name, err := r.mostFrequent(iri, schema.TermName, nameOf)
		if err != nil {
			return Entity{}, err
		}
		typ, err := r.mostFrequent(iri, schema.TermType, typeOf)
		if err != nil {
			return Entity{}, err
		}
		e = Entity{IRI: string(iri), Name: name, Type: typ}
	} else {
		vals, err := r.values(iri, schema.TermName, schema.TermType)
		if err != nil {
			return Entity{}, err
		}
		names, types := map[string]int{}, map[string]int{}
		for _, v := range vals[schema.TermName] {
			names[nameOf(v)]++
		}
		for _, v := range vals[schema.TermType] {
			types[typeOf(v)]++
		}
		e = Entity{IRI: string(iri), Name: mostFrequent(names), Type: mostFrequent(types)}
	}
	if e.Name == "" {
		e.Name = string(iri)
	}
	r.entities[iri] = e
	return e, nil
}

// mostFrequent is the most frequent text (the smallest on ties; "" texts
// do not count) among node's values for the vocabulary term, on a store
// with pair indexes, reading only as many of the values as it takes to be
// sure.
func (r *reader) mostFrequent(node quad.IRI, term string, text func(quad.Value) string) (string, error) {
	ref, pred := r.ref(node), r.ref(r.x.v.Term(term))
	if ref == nil || pred == nil {
		return "", nil
	}
	total, exact, err := r.x.idx.count(r.ctx, r.x.idx.subject, map[quad.Direction]cgraph.Ref{quad.Subject: ref, quad.Predicate: pred})
	if err != nil {
		return "", err
	}
	// The indexes count a node's quads with a predicate, and with a
	// predicate and a value, without reading them; the counts include
	// deleted quads, so they are upper bounds. Once the leading text has
	// more values read than any other text, or all the values not met
	// yet, could have, nothing unread can overtake it: an entity known by
	// one name is described after one batch of its names, not all of them.
	live := map[string]int{}    // values read, by text
	bound := map[string]int64{} // quads there may be, by text of the values met
	counted := map[any]bool{}   // values met (by key) whose quads bound counts
	unmet := total              // quads whose value has not been met
	var ferr error
	each := func(fn func(q cgraph.Ref) bool) error {
		ok, err := r.x.idx.eachUntil(r.ctx, r.x.idx.subject, []cgraph.Ref{ref, pred}, fn)
		if ok || err != nil {
			return err
		}
		return r.eachPairUntil(quad.Subject, ref, pred, fn)
	}
	err = each(func(q cgraph.Ref) bool {
		o := r.x.qs.QuadDirection(q, quad.Object)
		t := text(r.nameOf(o))
		if t != "" {
			live[t]++
		}
		if !exact {
			return true
		}
		if k := cgraph.ToKey(o); !counted[k] {
			counted[k] = true
			n, ok, err := r.x.idx.count(r.ctx, r.x.idx.object, map[quad.Direction]cgraph.Ref{quad.Object: o, quad.Predicate: pred, quad.Subject: ref})
			if err != nil || !ok {
				ferr, exact = err, false
				return err == nil
			}
			bound[t] += n
			unmet -= n
		}
		best := mostFrequent(live)
		var rival int64
		for t, n := range bound {
			if t != best && t != "" && n > rival {
				rival = n
			}
		}
		return !(best != "" && int64(live[best]) > rival+unmet)
	})
	if err == nil {
		err = ferr
	}
	return mostFrequent(live), err
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

// articleDate is the date of an article as it gives it, cached.
func (r *reader) articleDate(iri quad.IRI) (string, error) {
	if a, ok := r.articles[iri]; ok || r.x.idx == nil {
		if !ok {
			var err error
			if a, err = r.article(iri); err != nil {
				return "", err
			}
		}
		return a.Date, nil
	}
	ref := r.ref(iri)
	if ref == nil {
		return "", nil
	}
	return r.articleDateOf(ref)
}

// articleDateOf is the date of the article node ref as it gives it (its
// first kg:date, as article reads it), cached.
func (r *reader) articleDateOf(ref cgraph.Ref) (string, error) {
	k := cgraph.ToKey(ref)
	if d, ok := r.dateOf[k]; ok {
		return d, nil
	}
	d, found := "", false
	if pred := r.ref(r.x.v.Term(schema.TermDate)); pred != nil {
		err := r.eachPair(quad.Subject, ref, pred, func(q cgraph.Ref) {
			if !found {
				d, found = schema.Text(r.value(q, quad.Object)), true
			}
		})
		if err != nil {
			return "", err
		}
	}
	r.dateOf[k] = d
	return d, nil
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
	var roleRefs []cgraph.Ref
	for _, t := range []string{schema.TermSubject, schema.TermObject} {
		if role == "" || role == t {
			if ref := r.ref(r.x.v.Term(t)); ref != nil {
				roles[cgraph.ToKey(ref)] = true
				roleRefs = append(roleRefs, ref)
			}
		}
	}
	var out []cgraph.Ref
	seen := map[any]bool{}
	add := func(q cgraph.Ref) {
		s := r.x.qs.QuadDirection(q, quad.Subject)
		if k := cgraph.ToKey(s); !seen[k] {
			seen[k] = true
			out = append(out, s)
		}
	}
	if r.x.idx != nil {
		ref := r.ref(entity)
		if ref == nil {
			return nil, seen, nil
		}
		// In the order a scan of all the entity's quads meets them: by
		// predicate, then statement.
		sort.Slice(roleRefs, func(i, j int) bool { return refLess(roleRefs[i], roleRefs[j]) })
		for _, p := range roleRefs {
			if err := r.eachPair(quad.Object, ref, p, add); err != nil {
				return out, seen, err
			}
		}
		return out, seen, nil
	}
	err := r.each(quad.Object, entity, func(q cgraph.Ref) {
		if roles[r.dirKey(q, quad.Predicate)] {
			add(q)
		}
	})
	return out, seen, err
}

// refLess orders KV store references as the store's indexes do.
func refLess(a, b cgraph.Ref) bool {
	x, _ := a.(ckv.Int64Value)
	y, _ := b.(ckv.Int64Value)
	return x < y
}

// statement reads one statement node, its sentence and confidence too when
// evidence is set; false if it is not a complete relation statement.
func (r *reader) statement(ref cgraph.Ref, evidence bool) (statement, bool, error) {
	want := map[any]string{}
	terms := []string{schema.TermPredicate, schema.TermSubject, schema.TermObject, schema.TermArticle}
	if evidence {
		terms = append(terms, schema.TermEvidence, schema.TermConfidence)
	}
	for _, t := range terms {
		if k := r.term(t); k != nil {
			want[k] = t
		}
	}
	vals := map[string]quad.Value{}
	read := func(q cgraph.Ref) {
		if t, ok := want[r.dirKey(q, quad.Predicate)]; ok && vals[t] == nil {
			o := r.x.qs.QuadDirection(q, quad.Object)
			if t == schema.TermEvidence || t == schema.TermConfidence {
				vals[t] = r.x.qs.NameOf(o) // unique to the statement: not cached
			} else {
				vals[t] = r.nameOf(o)
			}
		}
	}
	st := statement{ref: ref}
	if r.x.idx != nil {
		// The predicate first: a statement of another predicate is not
		// read further.
		for i, t := range terms {
			pred := r.ref(r.x.v.Term(t))
			if pred == nil {
				continue
			}
			if err := r.eachPair(quad.Subject, ref, pred, read); err != nil {
				return st, false, err
			}
			if _, ok := r.x.v.PredicateOf(iriOf(vals[schema.TermPredicate])); i == 0 && !ok {
				return st, false, nil
			}
		}
	} else if err := r.eachRef(quad.Subject, ref, read); err != nil {
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
