package export

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"sort"
	"strings"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"kg/graph"
	"kg/queries"
	"kg/schema"
)

// Selection says which part of the store to export. The zero Selection is
// the whole store. Conditions combine: an article must pass all of them.
type Selection struct {
	// Articles are articles by id, source or IRI (see graph.Store.FindArticle);
	// empty means every article.
	Articles []string
	// Since keeps articles dated on or after it: YYYY, YYYY-MM or
	// YYYY-MM-DD. An article dated only by month or year counts when that
	// month or year is not before Since; undated articles are left out.
	Since string
	// Entity (a name, alias, key or IRI, see queries.FindEntities) limits
	// the export to the entities within Depth relation hops of it, in
	// either direction, and to the articles that mention them.
	Entity string
	Depth  int
}

// Exporter reads one selection of a store. Make one with New.
type Exporter struct {
	qs cgraph.QuadStore
	v  schema.Vocab

	articles  map[quad.IRI]bool // nil: not limited by --article
	since     string            // "" or YYYY[-MM[-DD]]
	entities  map[quad.IRI]bool // nil: every entity
	entList   []quad.IRI        // entities, sorted
	entArts   []quad.IRI        // articles mentioning entities, sorted (entities != nil)
	terms     terms
	predicate map[quad.IRI]string // relation predicate IRIs -> name
	selected  map[quad.IRI]bool   // articles checked against --article and --since
}

// terms are the vocabulary IRIs the exporter compares against.
type terms struct {
	typ, name, alias, qid, language, mentions, article, date, subject, predicate, object,
	evidence, confidence, speaker, classArticle, classStatement, classClaim quad.IRI
}

// SelectionError is a Selection that does not fit the store: a date that
// is not one, an unknown article or entity, an ambiguous entity, a
// negative depth.
type SelectionError struct{ msg string }

func (e *SelectionError) Error() string { return e.msg }

func badSelection(format string, args ...any) error {
	return &SelectionError{fmt.Sprintf(format, args...)}
}

var sinceRe = regexp.MustCompile(`^\d{4}(-\d{2}(-\d{2})?)?$`)

// New resolves sel against the store: it finds the named articles, checks
// Since and collects the entities around Entity. Errors name the option
// and the reason; a selection that does not fit is a *SelectionError.
func New(ctx context.Context, st *graph.Store, sel Selection) (*Exporter, error) {
	v := st.Vocab()
	e := &Exporter{qs: st.QuadStore(), v: v, terms: vocabTerms(v), predicate: map[quad.IRI]string{}, selected: map[quad.IRI]bool{}}
	for _, p := range schema.Predicates {
		e.predicate[v.Term(p.Name)] = p.Name
	}
	if sel.Since != "" {
		if !sinceRe.MatchString(sel.Since) || !validDate(sel.Since) {
			return nil, badSelection("--since %q: not a date; use YYYY, YYYY-MM or YYYY-MM-DD", sel.Since)
		}
		e.since = sel.Since
	}
	if len(sel.Articles) > 0 {
		e.articles = map[quad.IRI]bool{}
		for _, a := range sel.Articles {
			iri, ok, err := st.FindArticle(ctx, a)
			if err != nil {
				return nil, fmt.Errorf("--article %s: %v", a, err)
			}
			if !ok {
				return nil, badSelection("--article %s: no such article in %s", a, st.Name())
			}
			e.articles[iri] = true
		}
	}
	if sel.Depth < 0 {
		return nil, badSelection("--depth %d: must be 0 or more", sel.Depth)
	}
	if sel.Entity != "" {
		iris, err := queries.FindEntities(ctx, e.qs, v, sel.Entity)
		if err != nil {
			return nil, fmt.Errorf("--entity %q: %v", sel.Entity, err)
		}
		switch {
		case len(iris) == 0:
			return nil, badSelection("--entity %q: no entity in %s has that name, alias or IRI (see 'kg entities --match')", sel.Entity, st.Name())
		case len(iris) > 1:
			found, err := queries.DescribeEntities(ctx, e.qs, v, iris)
			if err != nil {
				return nil, fmt.Errorf("--entity %q: %v", sel.Entity, err)
			}
			var names []string
			for _, f := range found {
				names = append(names, fmt.Sprintf("%s <%s>", f.Name, f.IRI))
			}
			return nil, badSelection("--entity %q is ambiguous: %s; give an IRI", sel.Entity, strings.Join(names, ", "))
		}
		if err := e.neighbourhood(ctx, iris[0], sel.Depth); err != nil {
			return nil, err
		}
	}
	return e, nil
}

func vocabTerms(v schema.Vocab) terms {
	return terms{
		typ: v.Term(schema.TermType), name: v.Term(schema.TermName), alias: v.Term(schema.TermAlias),
		qid: v.Term(schema.TermQID), language: v.Term(schema.TermLanguage), mentions: v.Term(schema.TermMentions), article: v.Term(schema.TermArticle),
		date: v.Term(schema.TermDate), subject: v.Term(schema.TermSubject), predicate: v.Term(schema.TermPredicate),
		object: v.Term(schema.TermObject), evidence: v.Term(schema.TermEvidence),
		confidence: v.Term(schema.TermConfidence), speaker: v.Term(schema.TermSpeaker),
		classArticle: v.Term(schema.ClassArticle), classStatement: v.Term(schema.ClassStatement),
		classClaim: v.Term(schema.ClassClaim),
	}
}

func validDate(s string) bool {
	layout := map[int]string{4: "2006", 7: "2006-01", 10: "2006-01-02"}[len(s)]
	_, err := time.Parse(layout, s)
	return err == nil
}

// neighbourhood collects the entities within depth relation hops of start
// (through selected articles) and the selected articles that mention them.
func (e *Exporter) neighbourhood(ctx context.Context, start quad.IRI, depth int) error {
	e.entities = map[quad.IRI]bool{start: true}
	frontier := []quad.IRI{start}
	for d := 0; d < depth && len(frontier) > 0; d++ {
		var next []quad.IRI
		for _, n := range frontier {
			for _, dir := range []quad.Direction{quad.Subject, quad.Object} {
				err := e.each(ctx, dir, n, func(q quad.Quad) error {
					if _, rel := e.predicate[iriOf(q.Predicate)]; !rel {
						return nil
					}
					ok, err := e.selectedLabel(ctx, q.Label)
					if err != nil || !ok {
						return err
					}
					other := iriOf(q.Object)
					if dir == quad.Object {
						other = iriOf(q.Subject)
					}
					if other != "" && !e.entities[other] {
						e.entities[other] = true
						next = append(next, other)
					}
					return nil
				})
				if err != nil {
					return err
				}
			}
		}
		frontier = next
	}
	arts := map[quad.IRI]bool{}
	for n := range e.entities {
		e.entList = append(e.entList, n)
		err := e.each(ctx, quad.Object, n, func(q quad.Quad) error {
			a := iriOf(q.Subject)
			if q.Predicate != e.terms.mentions || a == "" || arts[a] {
				return nil
			}
			ok, err := e.articleSelected(ctx, a)
			if ok {
				arts[a] = true
			}
			return err
		})
		if err != nil {
			return err
		}
	}
	sortIRIs(e.entList)
	for a := range arts {
		e.entArts = append(e.entArts, a)
	}
	sortIRIs(e.entArts)
	return nil
}

// articleSelected reports whether article a passes --article and --since
// (not --entity: callers that need it use eachArticle).
func (e *Exporter) articleSelected(ctx context.Context, a quad.IRI) (bool, error) {
	if e.articles != nil && !e.articles[a] {
		return false, nil
	}
	if e.since == "" {
		return true, nil
	}
	date := ""
	err := e.each(ctx, quad.Subject, a, func(q quad.Quad) error {
		if q.Predicate == e.terms.date && q.Label == a && date == "" {
			date = schema.Text(q.Object)
		}
		return nil
	})
	return dateOnOrAfter(date, e.since), err
}

// selectedLabel reports whether a quad with this label belongs to the
// selection's articles (ignoring --entity, which filters by entity).
func (e *Exporter) selectedLabel(ctx context.Context, label quad.Value) (bool, error) {
	if e.articles == nil && e.since == "" {
		return true, nil
	}
	a := iriOf(label)
	if a == "" {
		return false, nil
	}
	if ok, seen := e.selected[a]; seen {
		return ok, nil
	}
	ok, err := e.articleSelected(ctx, a)
	if err == nil {
		e.selected[a] = ok
	}
	return ok, err
}

// errStop ends an each early without an error.
var errStop = errors.New("stop")

var datePrefix = regexp.MustCompile(`^\d{4}(-\d{2}(-\d{2})?)?`)

var dateLayouts = []string{time.RFC3339, time.RFC1123Z, time.RFC1123, time.RFC822Z, time.RFC822,
	"2 January 2006", "January 2, 2006", "Jan 2, 2006", "02.01.2006", "2.1.2006"}

// isoDate returns the YYYY[-MM[-DD]] form of an article date as given, or
// "" if it is not a date kg understands.
func isoDate(s string) string {
	s = strings.TrimSpace(s)
	if p := datePrefix.FindString(s); p != "" {
		return p
	}
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t.Format("2006-01-02")
		}
	}
	return ""
}

// dateOnOrAfter compares an article date with since at the precision both
// have.
func dateOnOrAfter(date, since string) bool {
	d := isoDate(date)
	if d == "" {
		return false
	}
	n := min(len(d), len(since))
	return d[:n] >= since[:n]
}

// eachArticle calls fn for every selected article: in IRI order when the
// selection names articles or an entity, else in the store's index order.
func (e *Exporter) eachArticle(ctx context.Context, fn func(quad.IRI) error) error {
	var list []quad.IRI
	switch {
	case e.entities != nil:
		list = e.entArts
	case e.articles != nil:
		for a := range e.articles {
			list = append(list, a)
		}
		sortIRIs(list)
	default:
		return e.each(ctx, quad.Object, e.terms.classArticle, func(q quad.Quad) error {
			a := iriOf(q.Subject)
			if q.Predicate != e.terms.typ || a == "" || q.Label != q.Subject {
				return nil
			}
			ok, err := e.articleSelected(ctx, a)
			if err != nil || !ok {
				return err
			}
			return fn(a)
		})
	}
	for _, a := range list {
		ok, err := e.articleSelected(ctx, a)
		if err != nil {
			return err
		}
		if ok {
			if err := fn(a); err != nil {
				return err
			}
		}
	}
	return nil
}

// eachRun reads every quad of the store once, in the store's order, and
// calls fn with each run of consecutive quads of one selected article
// (label "" for quads without an article label), sorted. Memory holds one
// run and a flag per article.
func (e *Exporter) eachRun(ctx context.Context, fn func(quad.IRI, []quad.Quad) error) error {
	it := e.qs.QuadsAllIterator()
	defer it.Close()
	selected := map[any]bool{} // label key -> passes the selection
	var (
		runKey   any
		runLabel quad.IRI
		run      []quad.Quad
	)
	flush := func() error {
		if len(run) == 0 {
			return nil
		}
		sortQuads(run)
		err := fn(runLabel, run)
		run = run[:0]
		return err
	}
	for it.Next(ctx) {
		ref := it.Result()
		lref := e.qs.QuadDirection(ref, quad.Label)
		var key any
		if lref != nil {
			key = cgraph.ToKey(lref)
		}
		ok, seen := selected[key]
		if !seen {
			var label quad.Value
			if lref != nil {
				label = e.qs.NameOf(lref)
			}
			var err error
			if ok, err = e.selectedLabel(ctx, label); err != nil {
				return err
			}
			selected[key] = ok
		}
		if !ok {
			continue
		}
		if key != runKey || len(run) == 0 {
			if err := flush(); err != nil {
				return err
			}
			runKey = key
			runLabel = ""
			if lref != nil {
				runLabel = iriOf(e.qs.NameOf(lref))
			}
		}
		run = append(run, e.qs.Quad(ref))
	}
	if err := it.Err(); err != nil {
		return fmt.Errorf("read store: %v", err)
	}
	if err := flush(); err != nil {
		return err
	}
	return ctx.Err()
}

// articleQuads returns the quads article a contributed that the selection
// keeps, sorted by subject, predicate, object. It reads them through the
// article's own nodes (see package graph): the article, the entities it
// mentions and the statement and claim nodes pointing back at it.
func (e *Exporter) articleQuads(ctx context.Context, a quad.IRI) ([]quad.Quad, error) {
	bySubject := map[quad.Value][]quad.Quad{}
	var subjects []quad.Value
	add := func(subj quad.Value) error {
		if _, seen := bySubject[subj]; seen {
			return nil
		}
		bySubject[subj] = []quad.Quad{}
		subjects = append(subjects, subj)
		return e.each(ctx, quad.Subject, subj, func(q quad.Quad) error {
			if q.Label == a {
				bySubject[subj] = append(bySubject[subj], q)
			}
			return nil
		})
	}
	if err := add(a); err != nil {
		return nil, err
	}
	mentioned := map[quad.Value]bool{}
	for _, q := range bySubject[a] {
		if q.Predicate == e.terms.mentions {
			mentioned[q.Object] = true
		}
	}
	var nodes []quad.Value
	err := e.each(ctx, quad.Object, a, func(q quad.Quad) error {
		if q.Predicate == e.terms.article && q.Label == a {
			nodes = append(nodes, q.Subject)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	for _, q := range bySubject[a] {
		if q.Predicate == e.terms.mentions {
			if err := add(q.Object); err != nil {
				return nil, err
			}
		}
	}
	for _, n := range nodes {
		if err := add(n); err != nil {
			return nil, err
		}
	}
	var out []quad.Quad
	for _, subj := range subjects {
		for _, q := range bySubject[subj] {
			if e.keep(q, a, mentioned[subj], bySubject[subj]) {
				out = append(out, q)
			}
		}
	}
	sortQuads(out)
	return out, nil
}

// keep applies --entity to one quad of article a; group are the quads of
// the article with the same subject.
func (e *Exporter) keep(q quad.Quad, a quad.IRI, isEntity bool, group []quad.Quad) bool {
	if e.entities == nil {
		return true
	}
	in := func(v quad.Value) bool { return e.entities[iriOf(v)] }
	switch {
	case q.Subject == a:
		return q.Predicate != e.terms.mentions || in(q.Object)
	case isEntity:
		if _, rel := e.predicate[iriOf(q.Predicate)]; rel {
			return in(q.Subject) && in(q.Object)
		}
		return in(q.Subject)
	}
	// a statement or claim node: keep it whole if its entities are kept
	var subj, obj, speaker quad.Value
	for _, g := range group {
		switch g.Predicate {
		case e.terms.subject:
			subj = g.Object
		case e.terms.object:
			obj = g.Object
		case e.terms.speaker:
			speaker = g.Object
		}
	}
	if speaker != nil {
		return in(speaker)
	}
	return in(subj) && in(obj)
}

// each calls fn for every live quad with v in direction dir, until fn
// returns errStop.
func (e *Exporter) each(ctx context.Context, dir quad.Direction, v quad.Value, fn func(quad.Quad) error) error {
	ref := e.qs.ValueOf(v)
	if ref == nil {
		return nil
	}
	it := e.qs.QuadIterator(dir, ref)
	defer it.Close()
	for it.Next(ctx) {
		if err := fn(e.qs.Quad(it.Result())); err == errStop {
			return nil
		} else if err != nil {
			return err
		}
	}
	if err := it.Err(); err != nil {
		return fmt.Errorf("read store: %v", err)
	}
	return ctx.Err()
}

func iriOf(v quad.Value) quad.IRI {
	iri, _ := v.(quad.IRI)
	return iri
}

func sortIRIs(list []quad.IRI) { sort.Slice(list, func(i, j int) bool { return list[i] < list[j] }) }

// sortQuads orders quads by subject, predicate, object (as N-Quads terms).
func sortQuads(qs []quad.Quad) {
	sort.SliceStable(qs, func(i, j int) bool {
		a, b := qs[i], qs[j]
		for _, d := range []quad.Direction{quad.Subject, quad.Predicate, quad.Object} {
			x, y := term(a.Get(d)), term(b.Get(d))
			if x != y {
				return x < y
			}
		}
		return false
	})
}
