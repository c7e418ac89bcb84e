package queries

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"kg/schema"
)

// Named is a stored Gizmo query with parameters.
//
// The script never contains its arguments as text. RunNamed resolves them
// (a parameter named "predicate" to a relation predicate's IRI, any other to
// an entity's IRI, see FindEntities) and defines them, JSON-encoded, in a
// prelude before the script:
//
//	var T = {"name": "<kg:name>", ..., "relations": ["<kg:vetoed>", ...]}; // vocabulary
//	var args = {"predicate": "<kg:vetoed>", "object": "<kg:entity/...>"};
//	var LIMIT = 1000;               // Options.Limit, 0 for none
//	function first(node, predicate) // first value of node -predicate->, or null
//	function nameOf(node)           // first kg:name of node (cached)
//	function typeOf(node)           // first kg:type of node as a term: "Country"
//	function limit(path)            // path.Limit(LIMIT) when there is a limit
//	function once(set, key)         // true the first time key is seen in set
//	function term(iri)              // "<kg:vetoed>" -> "vetoed"
//
// Scripts start every hop from a fixed node (an argument or a vocabulary
// term), put Unique() before ForEach, fetch per-result values with Save or
// one-hop lookups, and never give Out/In a list of predicates: on Cayley's
// KV backends those patterns are fast, the others can take seconds.
type Named struct {
	Name   string
	Doc    string
	Params []string
	Gizmo  string
}

var namedQueries = []Named{
	{
		Name:   "actors",
		Doc:    "who did PREDICATE to OBJECT, e.g. actors vetoed \"draft resolution\"",
		Params: []string{"predicate", "object"},
		Gizmo: `
var objectName = nameOf(args.object);
limit(g.V(args.object).In(args.predicate).Unique()).ForEach(function(d) {
	g.Emit({actor: d.id, name: nameOf(d.id), type: typeOf(d.id),
		predicate: term(args.predicate), object: args.object, object_name: objectName});
});`,
	},
	{
		Name:   "objects",
		Doc:    "what SUBJECT did PREDICATE to, e.g. objects Russia vetoed",
		Params: []string{"subject", "predicate"},
		Gizmo: `
var subjectName = nameOf(args.subject);
limit(g.V(args.subject).Out(args.predicate).Unique()).ForEach(function(d) {
	g.Emit({subject: args.subject, subject_name: subjectName, predicate: term(args.predicate),
		object: d.id, name: nameOf(d.id), type: typeOf(d.id)});
});`,
	},
	{
		Name:   "relations",
		Doc:    "every relation edge from or to ENTITY, with its predicate",
		Params: []string{"entity"},
		// Out(null)/In(null) plus a filter here: a list of predicates in
		// Out/In makes Cayley's KV backends scan each predicate's quads.
		Gizmo: `
var self = nameOf(args.entity), seen = {}, emitted = 0;
var isRelation = {};
for (var i = 0; i < T.relations.length; i++) { isRelation[T.relations[i]] = true; }
function edge(direction, predicate, other) {
	if (!isRelation[predicate] || (LIMIT > 0 && emitted >= LIMIT) || !once(seen, direction + " " + predicate + " " + other)) { return; }
	emitted++;
	if (direction === "out") {
		g.Emit({direction: "out", subject: args.entity, subject_name: self, predicate: term(predicate), object: other, object_name: nameOf(other)});
	} else {
		g.Emit({direction: "in", subject: other, subject_name: nameOf(other), predicate: term(predicate), object: args.entity, object_name: self});
	}
}
g.V(args.entity).Out(null, "predicate").ForEach(function(d) { edge("out", d.predicate, d.id); });
g.V(args.entity).In(null, "predicate").ForEach(function(d) { edge("in", d.predicate, d.id); });`,
	},
	{
		Name:   "claims",
		Doc:    "claims made by SPEAKER: text, language, date and article",
		Params: []string{"speaker"},
		Gizmo: `
var speakerName = nameOf(args.speaker);
limit(g.V(args.speaker).In(T.speaker).Unique()).Save(T.article, "article").SaveOpt(T.text, "text").
	SaveOpt(T.language, "language").SaveOpt(T.date, "date").SaveOpt(T.evidence, "evidence").ForEach(function(c) {
	g.Emit({claim: c.id, speaker: args.speaker, speaker_name: speakerName,
		text: c.text, language: c.language, date: c.date, evidence: c.evidence,
		article: c.article, title: first(c.article, T.title)});
});`,
	},
	{
		Name:   "evidence",
		Doc:    "the statements behind SUBJECT PREDICATE OBJECT: sentence, confidence, article",
		Params: []string{"subject", "predicate", "object"},
		Gizmo: `
limit(g.V(args.object).In(T.object).Has(T.subject, args.subject).Has(T.predicate, args.predicate).Unique()).
	Save(T.article, "article").SaveOpt(T.evidence, "sentence").SaveOpt(T.confidence, "confidence").
	SaveOpt(T.start, "start").SaveOpt(T.end, "end").ForEach(function(s) {
	g.Emit({statement: s.id, subject: args.subject, predicate: term(args.predicate), object: args.object,
		sentence: s.sentence, confidence: s.confidence, start: s.start, end: s.end,
		article: s.article, article_id: first(s.article, T.id), title: first(s.article, T.title),
		date: first(s.article, T.date), language: first(s.article, T.language)});
});`,
	},
	{
		Name:   "articles",
		Doc:    "articles that mention ENTITY",
		Params: []string{"entity"},
		Gizmo: `
limit(g.V(args.entity).In(T.mentions).Unique()).SaveOpt(T.id, "id_").SaveOpt(T.title, "title").
	SaveOpt(T.date, "date").SaveOpt(T.source, "source").SaveOpt(T.language, "language").ForEach(function(a) {
	g.Emit({article: a.id, id: a.id_, title: a.title, date: a.date, source: a.source, language: a.language});
});`,
	},
	{
		Name:   "controls",
		Doc:    "every controls edge: who controls which place, and in how many statements",
		Params: nil,
		Gizmo: `
var edges = {}, order = [];
g.V(T.controls).In(T.predicate).Unique().Save(T.subject, "subject").Save(T.object, "object").ForEach(function(s) {
	var key = s.subject + " " + s.object;
	if (once(edges, key)) {
		edges[key] = {controller: s.subject, place: s.object, statements: 0};
		order.push(key);
	}
	edges[key].statements++;
});
for (var i = 0; i < order.length && (LIMIT <= 0 || i < LIMIT); i++) {
	var e = edges[order[i]];
	g.Emit({controller: e.controller, controller_name: nameOf(e.controller),
		place: e.place, place_name: nameOf(e.place), statements: e.statements});
}`,
	},
	{
		Name:   "between",
		Doc:    "relations between ENTITY and OTHER, either way: statements, articles, first evidence sentence",
		Params: []string{"entity", "other"},
		Gizmo: `
var edges = {}, order = [];
function collect(subject, object) {
	g.V(object).In(T.object).Has(T.subject, subject).Unique().Save(T.predicate, "predicate").Save(T.article, "article").
		SaveOpt(T.evidence, "sentence").ForEach(function(s) {
		var key = subject + " " + s.predicate + " " + object;
		if (once(edges, key)) {
			edges[key] = {subject: subject, predicate: s.predicate, object: object, statements: 0, articles: {}, narticles: 0, sentence: s.sentence};
			order.push(key);
		}
		var e = edges[key];
		e.statements++;
		if (once(e.articles, s.article)) { e.narticles++; }
	});
}
collect(args.entity, args.other);
collect(args.other, args.entity);
for (var i = 0; i < order.length && (LIMIT <= 0 || i < LIMIT); i++) {
	var e = edges[order[i]];
	g.Emit({subject: e.subject, subject_name: nameOf(e.subject), predicate: term(e.predicate),
		object: e.object, object_name: nameOf(e.object), statements: e.statements, articles: e.narticles, sentence: e.sentence});
}`,
	},
	{
		Name:   "comentioned",
		Doc:    "entities mentioned in the same articles as ENTITY, most shared articles first",
		Params: []string{"entity"},
		Gizmo: `
var counts = {}, order = [];
g.V(args.entity).In(T.mentions).Unique().ForEach(function(a) {
	g.V(a.id).Out(T.mentions).Unique().ForEach(function(e) {
		if (e.id === args.entity) { return; }
		if (once(counts, e.id)) { counts[e.id] = 0; order.push(e.id); }
		counts[e.id]++;
	});
});
var rows = [];
for (var i = 0; i < order.length; i++) { rows.push({entity: order[i], name: nameOf(order[i]), articles: counts[order[i]]}); }
rows.sort(function(a, b) { return b.articles - a.articles || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0); });
for (var j = 0; j < rows.length && (LIMIT <= 0 || j < LIMIT); j++) {
	rows[j].type = typeOf(rows[j].entity);
	g.Emit(rows[j]);
}`,
	},
	{
		Name:   "timeline",
		Doc:    "the relations of ENTITY in article date order: date, relation, sentence, article",
		Params: []string{"entity"},
		// Dates are sorted as ISO text; "12.03.2024" is read as 2024-03-12.
		Gizmo: `
var rows = [], seen = {};
function isoDate(d) {
	if (d === null || d === undefined) { return ""; }
	var m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(String(d));
	if (m) { return m[3] + "-" + (m[2].length < 2 ? "0" : "") + m[2] + "-" + (m[1].length < 2 ? "0" : "") + m[1]; }
	return String(d);
}
function collect(role) {
	g.V(args.entity).In(role).Unique().Save(T.subject, "subject").Save(T.predicate, "predicate").Save(T.object, "object").
		Save(T.article, "article").SaveOpt(T.evidence, "sentence").ForEach(function(s) {
		if (!once(seen, s.id)) { return; }
		var date = first(s.article, T.date);
		rows.push({date: date, sort: isoDate(date), subject: s.subject, predicate: term(s.predicate), object: s.object,
			sentence: s.sentence, article: s.article});
	});
}
collect(T.subject);
collect(T.object);
rows.sort(function(a, b) {
	if (a.sort !== b.sort) { return a.sort === "" ? 1 : b.sort === "" ? -1 : (a.sort < b.sort ? -1 : 1); }
	return a.predicate < b.predicate ? -1 : a.predicate > b.predicate ? 1 : 0;
});
for (var i = 0; i < rows.length && (LIMIT <= 0 || i < LIMIT); i++) {
	var r = rows[i];
	g.Emit({date: r.date, subject: r.subject, subject_name: nameOf(r.subject), predicate: r.predicate,
		object: r.object, object_name: nameOf(r.object), sentence: r.sentence, article: r.article, title: first(r.article, T.title)});
}`,
	},
}

// NamedQueries returns the named queries, in a stable order.
func NamedQueries() []Named {
	out := make([]Named, len(namedQueries))
	for i, q := range namedQueries {
		q.Params = append([]string(nil), q.Params...)
		out[i] = q
	}
	return out
}

// RunNamed runs the named query name with args, one per parameter: a
// relation predicate ("vetoed") for a "predicate" parameter, an entity's
// name, alias, key or IRI for the others. An entity argument that matches
// no entity, or several, is an error naming the candidates.
func RunNamed(ctx context.Context, qs cgraph.QuadStore, v schema.Vocab, name string, args []string, opt Options) ([]any, error) {
	if v.Base == "" {
		v = schema.New("")
	}
	q, ok := findNamed(name)
	if !ok {
		names := make([]string, len(namedQueries))
		for i, n := range namedQueries {
			names[i] = n.Name
		}
		return nil, fmt.Errorf("unknown named query %q: use one of %s (kg query --list)", name, strings.Join(names, ", "))
	}
	if len(args) != len(q.Params) {
		return nil, fmt.Errorf("named query %s takes %d argument(s) %s, got %d", q.Name, len(q.Params), upper(q.Params), len(args))
	}
	bound := make(map[string]string, len(args))
	for i, p := range q.Params {
		var (
			iri quad.IRI
			err error
		)
		if p == "predicate" {
			iri, err = resolvePredicate(v, args[i])
		} else {
			iri, err = resolveOneEntity(ctx, qs, v, p, args[i])
		}
		if err != nil {
			return nil, err
		}
		bound[p] = iri.String() // "<kg:...>", as Gizmo takes IRIs
	}
	script, err := namedScript(v, bound, opt.Limit, q.Gizmo)
	if err != nil {
		return nil, err
	}
	res, err := Gizmo(ctx, qs, script, opt)
	if err != nil {
		return nil, fmt.Errorf("named query %s: %v", q.Name, err)
	}
	return res, nil
}

func findNamed(name string) (Named, bool) {
	for _, q := range namedQueries {
		if strings.EqualFold(q.Name, name) {
			return q, true
		}
	}
	return Named{}, false
}

// resolvePredicate accepts "vetoed", "kg:vetoed" or "<kg:vetoed>".
func resolvePredicate(v schema.Vocab, arg string) (quad.IRI, error) {
	s := strings.TrimSpace(arg)
	if iri, ok := quad.StringToValue(s).(quad.IRI); ok {
		s = string(iri)
	}
	s = strings.TrimPrefix(s, v.Base)
	for _, p := range schema.Predicates {
		if strings.EqualFold(p.Name, s) {
			return v.Term(p.Name), nil
		}
	}
	names := make([]string, len(schema.Predicates))
	for i, p := range schema.Predicates {
		names[i] = p.Name
	}
	return "", fmt.Errorf("unknown predicate %q: use one of %s", arg, strings.Join(names, ", "))
}

func resolveOneEntity(ctx context.Context, qs cgraph.QuadStore, v schema.Vocab, param, arg string) (quad.IRI, error) {
	iris, err := FindEntities(ctx, qs, v, arg)
	if err != nil {
		return "", err
	}
	switch len(iris) {
	case 0:
		return "", fmt.Errorf("%s %q matches no entity (try: kg entities --match %q)", param, arg, arg)
	case 1:
		return iris[0], nil
	}
	found, err := DescribeEntities(ctx, qs, v, iris)
	if err != nil {
		return "", err
	}
	list := make([]string, len(found))
	for i, e := range found {
		list[i] = fmt.Sprintf("%s (%s, %s)", e.Name, e.Type, e.IRI)
	}
	return "", fmt.Errorf("%s %q is ambiguous: %s; pass the IRI instead", param, arg, strings.Join(list, "; "))
}

const namedHelpers = `
function first(node, predicate) {
	if (node === null || node === undefined) { return null; }
	return g.V(node).Out(predicate).ToValue();
}
var names_ = {}, types_ = {};
function nameOf(node) {
	if (!Object.prototype.hasOwnProperty.call(names_, node)) { names_[node] = first(node, T.name); }
	return names_[node];
}
function typeOf(node) {
	if (!Object.prototype.hasOwnProperty.call(types_, node)) { types_[node] = term(first(node, T.type)); }
	return types_[node];
}
function limit(path) { return LIMIT > 0 ? path.Limit(LIMIT) : path; }
function once(set, key) {
	if (Object.prototype.hasOwnProperty.call(set, key)) { return false; }
	set[key] = true;
	return true;
}
function term(iri) {
	var s = String(iri), prefix = "<" + T.base;
	if (s.indexOf(prefix) === 0 && s.charAt(s.length - 1) === ">") { return s.substring(prefix.length, s.length - 1); }
	return s;
}
`

// namedScript is the prelude (vocabulary and arguments as JSON values, and
// the helpers) followed by the query's script.
func namedScript(v schema.Vocab, args map[string]string, limit int, body string) (string, error) {
	terms := map[string]any{"base": v.Base}
	for _, t := range []string{
		schema.TermType, schema.TermID, schema.TermSource, schema.TermTitle, schema.TermDate, schema.TermURL,
		schema.TermLanguage, schema.TermHash, schema.TermMentions, schema.TermName, schema.TermAlias, schema.TermQID,
		schema.TermSubject, schema.TermPredicate, schema.TermObject, schema.TermEvidence, schema.TermStart,
		schema.TermEnd, schema.TermConfidence, schema.TermArticle, schema.TermSpeaker, schema.TermText,
		schema.ClassArticle, schema.ClassStatement, schema.ClassClaim,
	} {
		terms[t] = v.Term(t).String()
	}
	relations := make([]string, 0, len(schema.Predicates))
	for _, p := range schema.Predicates {
		terms[p.Name] = v.Term(p.Name).String()
		relations = append(relations, v.Term(p.Name).String())
	}
	terms["relations"] = relations
	tj, err := json.Marshal(terms)
	if err != nil {
		return "", err
	}
	aj, err := json.Marshal(args)
	if err != nil {
		return "", err
	}
	if limit < 0 {
		limit = 0
	}
	return fmt.Sprintf("var T = %s;\nvar args = %s;\nvar LIMIT = %d;\n%s%s", tj, aj, limit, namedHelpers, body), nil
}

func upper(params []string) string {
	out := make([]string, len(params))
	for i, p := range params {
		out[i] = strings.ToUpper(p)
	}
	return strings.Join(out, " ")
}
