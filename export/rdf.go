package export

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"regexp"
	"sort"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"kg/schema"
)

// RDF formats, by name.
const (
	NQuads = "nquads"
	TriG   = "trig"
	Turtle = "turtle"
	JSONLD = "jsonld"
)

// rdfSink receives the selection one article at a time.
type rdfSink interface {
	begin() error
	article(a quad.IRI, quads []quad.Quad) error
	end() error
}

var schemeRe = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9+.-]*:`)

// WriteRDF writes the selected articles' quads to w in format (NQuads,
// TriG, Turtle or JSONLD) and returns how many quads it wrote. N-Quads,
// TriG and JSON-LD name each article's graph with its IRI; Turtle has no
// graphs and writes plain triples.
//
// Quads are written as stored, except that an entity's kg:name, a plain
// string in the store, is tagged with its language where the article
// tells it (see NameLanguage); claim texts, evidence and aliases carry
// their tags in the store already. Import removes the tag again.
//
// The whole store (or --since) is read in one pass in the store's order,
// in which an article's quads are together unless the article was
// replaced: a replaced article can come in more than one block (TriG and
// JSON-LD merge blocks of the same graph; kg import groups them). Named
// articles and entity neighbourhoods are read article by article, each in
// one block.
func (e *Exporter) WriteRDF(ctx context.Context, format string, w io.Writer) (int, error) {
	if !schemeRe.MatchString(e.v.Base) {
		return 0, fmt.Errorf("base_iri %q is not an absolute IRI: RDF needs a scheme, like kg: or https://example.org/kg/", e.v.Base)
	}
	bw := bufio.NewWriterSize(w, 64<<10)
	var sink rdfSink
	switch format {
	case NQuads:
		sink = &nquadsSink{w: bw}
	case TriG, Turtle:
		sink = &turtleSink{w: bw, graphs: format == TriG}
	case JSONLD:
		sink = &jsonldSink{w: bw, v: e.v}
	default:
		return 0, fmt.Errorf("unknown RDF format %q (use %s, %s, %s or %s)", format, NQuads, TriG, Turtle, JSONLD)
	}
	n := 0
	if err := sink.begin(); err != nil {
		return n, err
	}
	var err error
	if e.articles == nil && e.entities == nil {
		// the whole store, or all articles since a date: one pass
		err = e.eachRun(ctx, func(a quad.IRI, qs []quad.Quad) error {
			// a run may be part of a replaced article: read the rest
			qs, err := e.tagNames(ctx, a, qs, false)
			if err != nil {
				return err
			}
			n += len(qs)
			return sink.article(a, qs)
		})
	} else {
		err = e.eachArticle(ctx, func(a quad.IRI) error {
			qs, err := e.articleQuads(ctx, a)
			if err == nil {
				qs, err = e.tagNames(ctx, a, qs, true)
			}
			if err != nil {
				return err
			}
			n += len(qs)
			return sink.article(a, qs)
		})
	}
	if err != nil {
		return n, err
	}
	if err := sink.end(); err != nil {
		return n, err
	}
	return n, bw.Flush()
}

// tagNames returns qs with every plain kg:name literal of graph a tagged
// with its language (NameLanguage), as a copy if anything changed. whole
// says qs are all of a's quads; otherwise a's language and aliases are
// read from the store.
func (e *Exporter) tagNames(ctx context.Context, a quad.IRI, qs []quad.Quad, whole bool) ([]quad.Quad, error) {
	found := false
	for _, q := range qs {
		if _, plain := q.Object.(quad.String); plain && q.Predicate == e.terms.name {
			found = true
			break
		}
	}
	if !found {
		return qs, nil
	}
	lang := ""
	aliases := map[quad.Value]map[string]bool{} // entity -> "lang\x00text" and "lang"
	note := func(q quad.Quad) error {
		switch {
		case q.Label != a:
		case q.Subject == a && q.Predicate == e.terms.language:
			lang = schema.Text(q.Object)
		case q.Predicate == e.terms.alias:
			if ls, ok := q.Object.(quad.LangString); ok {
				if aliases[q.Subject] == nil {
					aliases[q.Subject] = map[string]bool{}
				}
				aliases[q.Subject][ls.Lang+"\x00"+string(ls.Value)] = true
				aliases[q.Subject][ls.Lang] = true
			}
		}
		return nil
	}
	for _, q := range qs {
		note(q)
	}
	// An English article's names are English (NameLanguage): no need to
	// read the rest of the article.
	if !whole && lang != "en" {
		lang, aliases = "", map[quad.Value]map[string]bool{}
		if err := e.eachLabelled(ctx, a, []quad.IRI{e.terms.alias, e.terms.language}, note); err != nil {
			return nil, err
		}
	}
	out := make([]quad.Quad, len(qs))
	copy(out, qs)
	for i, q := range out {
		if name, plain := q.Object.(quad.String); plain && q.Predicate == e.terms.name {
			if l := NameLanguage(string(name), lang, aliases[q.Subject]); l != "" {
				out[i].Object = quad.LangString{Value: name, Lang: l}
			}
		}
	}
	return out, nil
}

// eachLabelled calls fn with every quad of graph a whose predicate is one
// of preds. It reads only the predicate of the other quads.
func (e *Exporter) eachLabelled(ctx context.Context, a quad.IRI, preds []quad.IRI, fn func(quad.Quad) error) error {
	ref := e.qs.ValueOf(a)
	if ref == nil {
		return nil
	}
	want := map[any]bool{}
	for _, p := range preds {
		if pr := e.qs.ValueOf(p); pr != nil {
			want[cgraph.ToKey(pr)] = true
		}
	}
	it := e.qs.QuadIterator(quad.Label, ref)
	defer it.Close()
	for it.Next(ctx) {
		q := it.Result()
		if p := e.qs.QuadDirection(q, quad.Predicate); p == nil || !want[cgraph.ToKey(p)] {
			continue
		}
		if err := fn(e.qs.Quad(q)); err != nil {
			return err
		}
	}
	if err := it.Err(); err != nil {
		return fmt.Errorf("read store: %v", err)
	}
	return ctx.Err()
}

// NameLanguage is the language of an entity's canonical name as one
// article gives it, or "" when the article does not tell; articleLang is
// the article's kg:language and aliases holds "lang\x00text" and "lang"
// for every language-tagged kg:alias of the entity in that article.
//
// kg's canonical name is English where kg knows the English name (its
// lexicon and gazetteer), and otherwise the name as the article writes it.
// An article in English or a language with extraction rules (en, nb)
// records every name it writes as an alias in its language. So the name is
// English when the article is English or has it as an English alias; it
// is in the article's language when the article writes it so; it is
// English (from kg's lexicon) when the article has names of the entity in
// its language but not this one; otherwise it is not known.
func NameLanguage(name, articleLang string, aliases map[string]bool) string {
	switch {
	case articleLang == "en" || aliases["en\x00"+name]:
		return "en"
	case articleLang == "":
		return ""
	case aliases[articleLang+"\x00"+name]:
		return articleLang
	case aliases[articleLang]:
		return "en"
	}
	return ""
}

// term writes v in N-Triples syntax (also valid Turtle): IRIs in angle
// brackets with forbidden characters \u-escaped, literals quoted and
// escaped, language tags kept, datatypes as full IRIs.
func term(v quad.Value) string {
	switch v := v.(type) {
	case nil:
		return ""
	case quad.IRI:
		return iriTerm(string(v))
	case quad.BNode:
		return "_:" + string(v)
	case quad.String:
		return quoted(string(v))
	case quad.LangString:
		return quoted(string(v.Value)) + "@" + v.Lang
	case quad.TypedString:
		return quoted(string(v.Value)) + "^^" + iriTerm(string(v.Type.Full()))
	case quad.TypedStringer:
		return term(v.TypedString())
	}
	return quoted(quad.StringOf(v))
}

func iriTerm(s string) string {
	var b strings.Builder
	b.WriteByte('<')
	for _, r := range s {
		if r <= 0x20 || strings.ContainsRune("<>\"{}|^`\\", r) {
			fmt.Fprintf(&b, `\u%04X`, r)
			continue
		}
		b.WriteRune(r)
	}
	b.WriteByte('>')
	return b.String()
}

func quoted(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		default:
			if r < 0x20 || r == 0x7f {
				fmt.Fprintf(&b, `\u%04X`, r)
			} else {
				b.WriteRune(r)
			}
		}
	}
	b.WriteByte('"')
	return b.String()
}

type nquadsSink struct{ w *bufio.Writer }

func (s *nquadsSink) begin() error { return nil }
func (s *nquadsSink) end() error   { return nil }
func (s *nquadsSink) article(a quad.IRI, quads []quad.Quad) error {
	for _, q := range quads {
		s.w.WriteString(term(q.Subject) + " " + term(q.Predicate) + " " + term(q.Object))
		if q.Label != nil {
			s.w.WriteString(" " + term(q.Label))
		}
		if _, err := s.w.WriteString(" .\n"); err != nil {
			return err
		}
	}
	return nil
}

// turtleSink writes Turtle, or TriG with one graph block per article.
// Subjects are grouped with ';'.
type turtleSink struct {
	w      *bufio.Writer
	graphs bool
}

func (s *turtleSink) begin() error {
	_, err := s.w.WriteString("# kg export: every IRI is written in full.\n")
	return err
}
func (s *turtleSink) end() error { return nil }
func (s *turtleSink) article(a quad.IRI, quads []quad.Quad) error {
	indent := ""
	s.w.WriteString("\n")
	switch {
	case s.graphs && a == "":
		s.w.WriteString("{\n") // the default graph
		indent = "  "
	case s.graphs:
		s.w.WriteString(term(a) + " {\n")
		indent = "  "
	case a != "":
		s.w.WriteString("# from " + term(a) + "\n")
	}
	for i, q := range quads {
		if i == 0 || q.Subject != quads[i-1].Subject {
			s.w.WriteString(indent + term(q.Subject) + "\n")
		}
		s.w.WriteString(indent + "    " + term(q.Predicate) + " " + term(q.Object))
		if i+1 < len(quads) && quads[i+1].Subject == q.Subject {
			s.w.WriteString(" ;\n")
		} else {
			s.w.WriteString(" .\n")
		}
	}
	var err error
	if s.graphs {
		_, err = s.w.WriteString("}\n")
	}
	return err
}

// Schema.org and RDF terms used by the JSON-LD context.
const (
	schemaNS = "https://schema.org/"
	rdfNS    = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
	rdfsNS   = "http://www.w3.org/2000/01/rdf-schema#"
	xsdNS    = "http://www.w3.org/2001/XMLSchema#"
)

// jsonldTerms maps kg vocabulary terms to the schema.org or RDF IRIs
// JSON-LD output uses for them; other terms keep their kg IRI.
var jsonldTerms = map[string]string{
	schema.TermName:      "schema:name",
	schema.TermAlias:     "schema:alternateName",
	schema.TermTitle:     "schema:headline",
	schema.TermDate:      "schema:datePublished",
	schema.TermURL:       "schema:url",
	schema.TermMentions:  "schema:mentions",
	schema.TermLanguage:  "schema:inLanguage",
	schema.TermText:      "schema:text",
	schema.TermID:        "schema:identifier",
	schema.TermSpeaker:   "schema:author",
	schema.TermSubject:   "rdf:subject",
	schema.TermPredicate: "rdf:predicate",
	schema.TermObject:    "rdf:object",

	"Person":                 "schema:Person",
	"Organization":           "schema:Organization",
	"GovernmentOrganization": "schema:GovernmentOrganization",
	"PoliticalParty":         "schema:PoliticalParty",
	"Company":                "schema:Corporation",
	"MediaOrganization":      "schema:NewsMediaOrganization",
	"Country":                "schema:Country",
	"City":                   "schema:City",
	"Place":                  "schema:Place",
	"Event":                  "schema:Event",
	schema.ClassArticle:      "schema:NewsArticle",
	schema.ClassClaim:        "schema:Claim",
	schema.ClassStatement:    "rdf:Statement",
}

// jsonldVocab lists the property and class terms the context defines.
func jsonldVocab() []string {
	terms := []string{schema.TermID, schema.TermSource, schema.TermTitle, schema.TermDate, schema.TermURL,
		schema.TermLanguage, schema.TermHash, schema.TermMentions, schema.TermName, schema.TermAlias,
		schema.TermQID, schema.TermSubject, schema.TermPredicate, schema.TermObject, schema.TermEvidence,
		schema.TermStart, schema.TermEnd, schema.TermConfidence, schema.TermArticle, schema.TermSpeaker,
		schema.TermText, schema.ClassArticle, schema.ClassStatement, schema.ClassClaim}
	terms = append(terms, schema.EntityTypes...)
	for _, p := range schema.Predicates {
		terms = append(terms, p.Name)
	}
	return terms
}

// JSONLDContext returns the @context of kg's JSON-LD output under vocabulary
// v: the schema, rdf, rdfs and xsd prefixes and one term per vocabulary
// word, mapped to schema.org or RDF where one fits (name → schema:name,
// Country → schema:Country, Article → schema:NewsArticle, ...) and to its kg
// IRI otherwise. kg:type is written as @type.
func JSONLDContext(v schema.Vocab) map[string]any {
	ctx := map[string]any{"schema": schemaNS, "rdf": rdfNS, "rdfs": rdfsNS, "xsd": xsdNS}
	for _, t := range jsonldVocab() {
		if iri, ok := jsonldTerms[t]; ok {
			ctx[t] = iri
		} else {
			ctx[t] = string(v.Term(t))
		}
	}
	return ctx
}

type jsonldSink struct {
	w     *bufio.Writer
	v     schema.Vocab
	keys  map[quad.IRI]string // predicate/class IRI -> context term
	first bool
}

func (s *jsonldSink) begin() error {
	ctx := JSONLDContext(s.v)
	s.keys = map[quad.IRI]string{}
	for _, t := range jsonldVocab() {
		s.keys[s.v.Term(t)] = t
	}
	b, err := json.MarshalIndent(ctx, "  ", "  ")
	if err != nil {
		return err
	}
	s.first = true
	s.w.WriteString("{\n  \"@context\": ")
	s.w.Write(b)
	_, err = s.w.WriteString(",\n  \"@graph\": [")
	return err
}

func (s *jsonldSink) end() error {
	_, err := s.w.WriteString("\n  ]\n}\n")
	return err
}

func (s *jsonldSink) article(a quad.IRI, quads []quad.Quad) error {
	nodes := s.nodes(quads)
	indent := "\n    "
	if a != "" {
		nodes = []string{"{\"@id\": " + jsonString(string(a)) + ", \"@graph\": [\n      " + strings.Join(nodes, ",\n      ") + "\n    ]}"}
	}
	for _, n := range nodes {
		if !s.first {
			s.w.WriteString(",")
		}
		s.first = false
		if _, err := s.w.WriteString(indent + n); err != nil {
			return err
		}
	}
	return nil
}

// nodes turns quads sorted by subject into JSON-LD node objects, one per
// subject.
func (s *jsonldSink) nodes(quads []quad.Quad) []string {
	typ := s.v.Term(schema.TermType)
	var out []string
	for i := 0; i < len(quads); {
		j := i
		for j < len(quads) && quads[j].Subject == quads[i].Subject {
			j++
		}
		node := quads[i:j]
		var types []string
		props := map[string][]string{}
		for _, q := range node {
			if q.Predicate == typ {
				if iri, ok := q.Object.(quad.IRI); ok {
					types = append(types, jsonString(s.key(iri)))
					continue
				}
			}
			k := s.key(iriOf(q.Predicate))
			if k == "" {
				k = schema.Text(q.Predicate)
			}
			props[k] = append(props[k], jsonldValue(q.Object))
		}
		var b strings.Builder
		b.WriteString("{\"@id\": " + jsonldID(node[0].Subject))
		if len(types) > 0 {
			b.WriteString(", \"@type\": " + jsonList(types))
		}
		keys := make([]string, 0, len(props))
		for k := range props {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			b.WriteString(", " + jsonString(k) + ": " + jsonList(props[k]))
		}
		b.WriteString("}")
		out = append(out, b.String())
		i = j
	}
	return out
}

// key is the context term for iri, or iri itself when the context has none.
func (s *jsonldSink) key(iri quad.IRI) string {
	if k, ok := s.keys[iri]; ok {
		return k
	}
	return string(iri)
}

func jsonldID(v quad.Value) string {
	if b, ok := v.(quad.BNode); ok {
		return jsonString("_:" + string(b))
	}
	return jsonString(schema.Text(v))
}

func jsonldValue(v quad.Value) string {
	switch v := v.(type) {
	case quad.IRI:
		return `{"@id": ` + jsonString(string(v)) + `}`
	case quad.BNode:
		return `{"@id": ` + jsonString("_:"+string(v)) + `}`
	case quad.String:
		return jsonString(string(v))
	case quad.LangString:
		return `{"@value": ` + jsonString(string(v.Value)) + `, "@language": ` + jsonString(v.Lang) + `}`
	case quad.TypedString:
		return `{"@value": ` + jsonString(string(v.Value)) + `, "@type": ` + jsonString(string(v.Type.Full())) + `}`
	case quad.TypedStringer:
		return jsonldValue(v.TypedString())
	}
	return jsonString(schema.Text(v))
}

func jsonList(vals []string) string {
	if len(vals) == 1 {
		return vals[0]
	}
	return "[" + strings.Join(vals, ", ") + "]"
}

func jsonString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}
