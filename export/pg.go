package export

import (
	"context"
	"sort"
	"strconv"
	"strings"

	"github.com/cayleygraph/quad"

	"kg/schema"
)

// Node is an entity as a property-graph node, over the selected articles.
type Node struct {
	ID       string   `json:"id"`   // the entity IRI without angle brackets: kg:entity/russia
	Type     string   `json:"type"` // the entity type most articles give it: Country
	Name     string   `json:"name"`
	Aliases  []string `json:"aliases,omitempty"` // other names, sorted, language tags dropped
	QID      string   `json:"qid,omitempty"`     // Wikidata id
	Articles int      `json:"articles"`          // selected articles that mention it
}

// Edge is a relation between two entities, aggregated over the statements
// of the selected articles that support it.
type Edge struct {
	Source     string `json:"source"`    // subject entity IRI
	Target     string `json:"target"`    // object entity IRI
	Predicate  string `json:"predicate"` // vetoed
	Articles   int    `json:"articles"`  // articles with a statement of it
	Statements int    `json:"statements"`
	FirstDate  string `json:"first_date,omitempty"` // earliest kg:date of those articles
	LastDate   string `json:"last_date,omitempty"`  // latest
	Evidence   string `json:"evidence,omitempty"`   // sentence of the most confident statement
	Language   string `json:"language,omitempty"`   // language of Evidence
}

// ID identifies the edge: "SOURCE PREDICATE TARGET".
func (e Edge) ID() string { return e.Source + " " + e.Predicate + " " + e.Target }

// Nodes calls fn for every selected entity. Without --entity it walks the
// store's node list once, so memory does not grow with the store.
func (e *Exporter) Nodes(ctx context.Context, fn func(Node) error) error {
	return e.eachEntity(ctx, func(iri quad.IRI) error {
		n, ok, err := e.node(ctx, iri)
		if err != nil || !ok {
			return err
		}
		return fn(n)
	})
}

// Edges calls fn for every relation whose subject and object are selected
// entities, grouped by subject.
func (e *Exporter) Edges(ctx context.Context, fn func(Edge) error) error {
	return e.eachEntity(ctx, func(iri quad.IRI) error {
		edges, err := e.edgesFrom(ctx, iri)
		if err != nil {
			return err
		}
		for _, ed := range edges {
			if err := fn(ed); err != nil {
				return err
			}
		}
		return nil
	})
}

// eachEntity calls fn with every candidate entity IRI: the --entity
// neighbourhood, or every entity IRI among the store's nodes.
func (e *Exporter) eachEntity(ctx context.Context, fn func(quad.IRI) error) error {
	if e.entities != nil {
		for _, n := range e.entList {
			if err := fn(n); err != nil {
				return err
			}
		}
		return nil
	}
	prefix := string(e.v.Entity(""))
	it := e.qs.NodesAllIterator()
	defer it.Close()
	for it.Next(ctx) {
		iri, ok := e.qs.NameOf(it.Result()).(quad.IRI)
		if !ok || !strings.HasPrefix(string(iri), prefix) {
			continue
		}
		if err := fn(iri); err != nil {
			return err
		}
	}
	if err := it.Err(); err != nil {
		return err
	}
	return ctx.Err()
}

// node describes entity iri from the quads of the selected articles; false
// if no selected article gives it an entity type.
func (e *Exporter) node(ctx context.Context, iri quad.IRI) (Node, bool, error) {
	types, names := map[string]int{}, map[string]int{}
	aliases, articles := map[string]bool{}, map[quad.Value]bool{}
	qid := ""
	err := e.each(ctx, quad.Subject, iri, func(q quad.Quad) error {
		ok, err := e.selectedLabel(ctx, q.Label)
		if err != nil || !ok {
			return err
		}
		switch q.Predicate {
		case e.terms.typ:
			if t, ok := e.v.EntityTypeOf(iriOf(q.Object)); ok {
				types[t]++
				articles[q.Label] = true
			}
		case e.terms.name:
			names[schema.Text(q.Object)]++
		case e.terms.alias:
			aliases[schema.Text(q.Object)] = true
		case e.terms.qid:
			if qid == "" || schema.Text(q.Object) < qid {
				qid = schema.Text(q.Object)
			}
		}
		return nil
	})
	if err != nil || len(types) == 0 {
		return Node{}, false, err
	}
	n := Node{ID: string(iri), Type: mostCommon(types, schema.EntityTypes), Name: mostCommon(names, nil), QID: qid, Articles: len(articles)}
	for a := range aliases {
		if a != n.Name && a != "" {
			n.Aliases = append(n.Aliases, a)
		}
	}
	sort.Strings(n.Aliases)
	return n, true, nil
}

// isNode reports whether iri is a selected entity (has an entity type in a
// selected article).
func (e *Exporter) isNode(ctx context.Context, iri quad.IRI) (bool, error) {
	if e.entities != nil {
		return e.entities[iri], nil
	}
	found := false
	err := e.each(ctx, quad.Subject, iri, func(q quad.Quad) error {
		if q.Predicate != e.terms.typ {
			return nil
		}
		if _, ok := e.v.EntityTypeOf(iriOf(q.Object)); !ok {
			return nil
		}
		ok, err := e.selectedLabel(ctx, q.Label)
		if found = ok; found {
			return errStop
		}
		return err
	})
	return found, err
}

// statement is one kg:Statement node read from the store.
type statement struct {
	iri        quad.IRI
	predicate  string
	object     quad.IRI
	article    quad.IRI
	evidence   quad.Value
	confidence float64
}

// edgesFrom returns the edges whose subject is iri, sorted by predicate and
// object.
func (e *Exporter) edgesFrom(ctx context.Context, iri quad.IRI) ([]Edge, error) {
	var stmts []statement
	err := e.each(ctx, quad.Object, iri, func(q quad.Quad) error {
		if q.Predicate != e.terms.subject {
			return nil
		}
		ok, err := e.selectedLabel(ctx, q.Label)
		if err != nil || !ok {
			return err
		}
		st, ok, err := e.statement(ctx, iriOf(q.Subject), q.Label)
		if ok {
			stmts = append(stmts, st)
		}
		return err
	})
	if err != nil {
		return nil, err
	}
	groups := map[string][]statement{}
	var keys []string
	for _, st := range stmts {
		k := st.predicate + " " + string(st.object)
		if _, ok := groups[k]; !ok {
			keys = append(keys, k)
		}
		groups[k] = append(groups[k], st)
	}
	sort.Strings(keys)
	var out []Edge
	for _, k := range keys {
		g := groups[k]
		ok, err := e.isNode(ctx, g[0].object)
		if err != nil {
			return nil, err
		}
		if !ok {
			continue
		}
		ed, err := e.edge(ctx, iri, g)
		if err != nil {
			return nil, err
		}
		out = append(out, ed)
	}
	return out, nil
}

// statement reads statement node s of the article labelled label.
func (e *Exporter) statement(ctx context.Context, s quad.IRI, label quad.Value) (statement, bool, error) {
	st := statement{iri: s, article: iriOf(label)}
	isStatement := false
	err := e.each(ctx, quad.Subject, s, func(q quad.Quad) error {
		if q.Label != label {
			return nil
		}
		switch q.Predicate {
		case e.terms.typ:
			isStatement = isStatement || q.Object == e.terms.classStatement
		case e.terms.predicate:
			if name, ok := e.v.TermOf(iriOf(q.Object)); ok {
				st.predicate = name
			}
		case e.terms.object:
			st.object = iriOf(q.Object)
		case e.terms.evidence:
			st.evidence = q.Object
		case e.terms.confidence:
			st.confidence, _ = strconv.ParseFloat(schema.Text(q.Object), 64)
		case e.terms.article:
			st.article = iriOf(q.Object)
		}
		return nil
	})
	return st, err == nil && isStatement && st.predicate != "" && st.object != "", err
}

// edge aggregates the statements of one subject, predicate and object.
func (e *Exporter) edge(ctx context.Context, subj quad.IRI, stmts []statement) (Edge, error) {
	ed := Edge{Source: string(subj), Target: string(stmts[0].object), Predicate: stmts[0].predicate, Statements: len(stmts)}
	dates := map[quad.IRI]string{}
	for _, st := range stmts {
		if _, seen := dates[st.article]; seen {
			continue
		}
		d, err := e.articleDate(ctx, st.article)
		if err != nil {
			return ed, err
		}
		if iso := isoDate(d); iso != "" {
			d = iso
		}
		dates[st.article] = d
		if d == "" {
			continue
		}
		if ed.FirstDate == "" || d < ed.FirstDate {
			ed.FirstDate = d
		}
		if d > ed.LastDate {
			ed.LastDate = d
		}
	}
	ed.Articles = len(dates)
	// the most confident statement's sentence; ties: earliest article, then IRI
	best := -1
	for i, st := range stmts {
		if st.evidence == nil {
			continue
		}
		if best < 0 || st.confidence > stmts[best].confidence ||
			st.confidence == stmts[best].confidence && (dates[st.article] < dates[stmts[best].article] ||
				dates[st.article] == dates[stmts[best].article] && st.iri < stmts[best].iri) {
			best = i
		}
	}
	if best >= 0 {
		ed.Evidence = schema.Text(stmts[best].evidence)
		if ls, ok := stmts[best].evidence.(quad.LangString); ok {
			ed.Language = ls.Lang
		}
	}
	return ed, nil
}

// articleDate is the article's kg:date as given ("" if none).
func (e *Exporter) articleDate(ctx context.Context, a quad.IRI) (string, error) {
	date := ""
	err := e.each(ctx, quad.Subject, a, func(q quad.Quad) error {
		if q.Predicate == e.terms.date && q.Label == a && date == "" {
			date = schema.Text(q.Object)
		}
		return nil
	})
	return date, err
}

// mostCommon returns the key with the highest count; ties go to the key
// earlier in order (if given), then the smaller key.
func mostCommon(counts map[string]int, order []string) string {
	rank := func(k string) int {
		for i, o := range order {
			if o == k {
				return i
			}
		}
		return len(order)
	}
	best := ""
	for k, c := range counts {
		if best == "" && k != "" {
			best = k
			continue
		}
		if k == "" {
			continue
		}
		bc := counts[best]
		if c > bc || c == bc && (rank(k) < rank(best) || rank(k) == rank(best) && k < best) {
			best = k
		}
	}
	return best
}
