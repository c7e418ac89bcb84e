package schema

import (
	"sort"
	"strings"

	"github.com/cayleygraph/quad"

	"kg/extract"
	"kg/loaders"
)

// Vocabulary terms used by the graph model (arguments to Vocab.Term).
const (
	TermType       = "type"
	TermID         = "id"
	TermSource     = "source"
	TermTitle      = "title"
	TermDate       = "date"
	TermURL        = "url"
	TermLanguage   = "language"
	TermHash       = "hash"
	TermMentions   = "mentions"
	TermName       = "name"
	TermAlias      = "alias"
	TermQID        = "qid"
	TermSubject    = "subject"
	TermPredicate  = "predicate"
	TermObject     = "object"
	TermEvidence   = "evidence"
	TermStart      = "start"
	TermEnd        = "end"
	TermConfidence = "confidence"
	TermArticle    = "article"
	TermSpeaker    = "speaker"
	TermText       = "text"

	ClassArticle   = "Article"
	ClassStatement = "Statement"
	ClassClaim     = "Claim"
)

// ArticleQuads returns every quad article a contributes given its extraction
// result d (which may be nil), all labelled with v.Article(a.ID) and free of
// duplicates (Cayley's KV stores leak nodes when a quad is added twice).
// storedHash is written as the article's kg:hash. Relations and claims whose
// entities are not in d.Entities, entities without a key and predicates that
// are not plain words are skipped.
//
// The layout:
//
// Every quad an article contributes is labelled with the article's IRI
// A = Vocab.Article(article.ID), so one article is one named graph. Below,
// kg:x stands for Vocab.Term("x") and "..." for a plain string.
//
// Article A:
//
//	A kg:type kg:Article
//	A kg:id "article id"          A kg:source "path or path#N"
//	A kg:title "..."              A kg:date "as given"
//	A kg:url "..."                A kg:language "nb"
//	A kg:hash "stored hash"       A kg:mentions E   (one per entity)
//
// Entity E = Vocab.Entity(key), shared by every article that mentions it:
//
//	E kg:type kg:Country          (kg:<Entity.Type>, one of EntityTypes)
//	E kg:name "Russia"            (plain string)
//	E kg:alias "Russland"@nb      (language-tagged where Entity.Labels says, else plain)
//	E kg:qid "Q159"
//
// Relation E1 -predicate-> E2: a direct edge plus a statement node
// S = Vocab.Statement(article id, subject key, predicate, object key, start):
//
//	E1 kg:vetoed E2
//	S kg:type kg:Statement        S kg:subject E1
//	S kg:predicate kg:vetoed      S kg:object E2
//	S kg:evidence "sentence"@nb   S kg:confidence 0.9 (float)
//	S kg:start 120 (int)          S kg:end 190 (int)
//	S kg:article A
//
// Claim C = Vocab.Claim(article id, speaker key, start):
//
//	C kg:type kg:Claim            C kg:speaker E
//	C kg:text "..."@nb            C kg:evidence "..."@nb
//	C kg:language "nb"            C kg:date "as given"
//	C kg:start, kg:end (int)      C kg:article A
//
// Empty values are omitted. The article's title, date and source come from
// the Article, else the Document; its language (also the tag of evidence
// and claim texts) from the Document, else the Article. Invariant (graph's
// deletion relies on it): every
// quad labelled A has as its subject A itself, an entity that A kg:mentions,
// or a statement or claim node with kg:article A.
func (v Vocab) ArticleQuads(a loaders.Article, d *extract.Document, storedHash string) []quad.Quad {
	if d == nil {
		d = &extract.Document{}
	}
	art := v.Article(a.ID)
	qs := newQuadSet(art)
	typ := v.Term(TermType)

	lang := firstNonEmpty(d.Language, a.Language)
	date := firstNonEmpty(a.Date, d.Date)
	qs.add(art, typ, v.Term(ClassArticle))
	qs.addString(art, v.Term(TermID), a.ID)
	qs.addString(art, v.Term(TermSource), firstNonEmpty(a.Source, d.Source))
	qs.addString(art, v.Term(TermTitle), firstNonEmpty(a.Title, d.Title))
	qs.addString(art, v.Term(TermDate), date)
	qs.addString(art, v.Term(TermURL), a.URL)
	qs.addString(art, v.Term(TermLanguage), lang)
	qs.addString(art, v.Term(TermHash), storedHash)

	entities := make(map[string]quad.IRI, len(d.Entities)) // Entity.ID -> IRI
	keys := make(map[string]string, len(d.Entities))       // Entity.ID -> key
	for _, e := range d.Entities {
		if e.Key == "" {
			continue
		}
		ent := v.Entity(e.Key)
		entities[e.ID] = ent
		keys[e.ID] = e.Key
		qs.add(art, v.Term(TermMentions), ent)
		if isWord(e.Type) {
			qs.add(ent, typ, v.Term(e.Type))
		}
		qs.addString(ent, v.Term(TermName), e.Name)
		for _, alias := range entityAliases(e) {
			qs.add(ent, v.Term(TermAlias), alias)
		}
		qs.addString(ent, v.Term(TermQID), e.QID)
	}

	for _, r := range d.Relations {
		subj, okS := entities[r.Subject]
		obj, okO := entities[r.Object]
		if !okS || !okO || !isWord(r.Predicate) {
			continue
		}
		pred := v.Term(r.Predicate)
		qs.add(subj, pred, obj)
		st := v.Statement(a.ID, keys[r.Subject], r.Predicate, keys[r.Object], r.Start)
		qs.add(st, typ, v.Term(ClassStatement))
		qs.add(st, v.Term(TermSubject), subj)
		qs.add(st, v.Term(TermPredicate), pred)
		qs.add(st, v.Term(TermObject), obj)
		qs.add(st, v.Term(TermEvidence), text(r.Evidence, lang))
		qs.add(st, v.Term(TermStart), quad.Int(r.Start))
		qs.add(st, v.Term(TermEnd), quad.Int(r.End))
		qs.add(st, v.Term(TermConfidence), quad.Float(r.Confidence))
		qs.add(st, v.Term(TermArticle), art)
	}

	for _, c := range d.Claims {
		speaker, ok := entities[c.Speaker]
		if !ok {
			continue
		}
		cl := v.Claim(a.ID, keys[c.Speaker], c.Start)
		qs.add(cl, typ, v.Term(ClassClaim))
		qs.add(cl, v.Term(TermSpeaker), speaker)
		qs.add(cl, v.Term(TermText), text(c.Text, lang))
		qs.add(cl, v.Term(TermEvidence), text(c.Evidence, lang))
		qs.addString(cl, v.Term(TermLanguage), lang)
		qs.addString(cl, v.Term(TermDate), date)
		qs.add(cl, v.Term(TermStart), quad.Int(c.Start))
		qs.add(cl, v.Term(TermEnd), quad.Int(c.End))
		qs.add(cl, v.Term(TermArticle), art)
	}
	return qs.quads
}

// FillIRIs sets every entity's IRI field to its canonical entity IRI (as a
// plain string without angle brackets), for `kg extract` output.
func (v Vocab) FillIRIs(d *extract.Document) {
	if d == nil {
		return
	}
	for i := range d.Entities {
		if d.Entities[i].Key != "" {
			d.Entities[i].IRI = string(v.Entity(d.Entities[i].Key))
		}
	}
}

// TermOf returns the term name of an IRI under v's base ("kg:vetoed" ->
// "vetoed"), or false if iri is not in the vocabulary's namespace.
func (v Vocab) TermOf(iri quad.IRI) (string, bool) {
	s := string(iri)
	if v.Base == "" || !strings.HasPrefix(s, v.Base) || len(s) == len(v.Base) {
		return "", false
	}
	return s[len(v.Base):], true
}

// EntityTypeOf returns the entity type named by a class IRI ("kg:Country" ->
// "Country"), or false if iri is not one of EntityTypes.
func (v Vocab) EntityTypeOf(iri quad.IRI) (string, bool) {
	name, ok := v.TermOf(iri)
	if !ok || !IsEntityType(name) {
		return "", false
	}
	return name, true
}

// PredicateOf returns the relation predicate named by iri ("kg:vetoed" ->
// "vetoed"), or false if iri is not one of Predicates.
func (v Vocab) PredicateOf(iri quad.IRI) (string, bool) {
	name, ok := v.TermOf(iri)
	if !ok || !IsPredicate(name) {
		return "", false
	}
	return name, true
}

// EntityTypeIRIs returns the class IRIs of all EntityTypes, in order.
func (v Vocab) EntityTypeIRIs() []quad.IRI {
	out := make([]quad.IRI, len(EntityTypes))
	for i, t := range EntityTypes {
		out[i] = v.Term(t)
	}
	return out
}

// PredicateIRIs returns the IRIs of all relation Predicates, in order.
func (v Vocab) PredicateIRIs() []quad.IRI {
	out := make([]quad.IRI, len(Predicates))
	for i, p := range Predicates {
		out[i] = v.Term(p.Name)
	}
	return out
}

// IsEntityType reports whether name is one of EntityTypes.
func IsEntityType(name string) bool {
	for _, t := range EntityTypes {
		if t == name {
			return true
		}
	}
	return false
}

// entityAliases returns the alias values of e: every alias and every label,
// language-tagged for each language whose Labels list holds it, plain
// otherwise. The canonical name itself is not repeated as a plain alias.
func entityAliases(e extract.Entity) []quad.Value {
	langsOf := make(map[string][]string)
	for lang, names := range e.Labels {
		for _, n := range names {
			langsOf[n] = append(langsOf[n], lang)
		}
	}
	names := make([]string, 0, len(e.Aliases)+len(langsOf))
	names = append(names, e.Aliases...)
	for n := range langsOf {
		names = append(names, n)
	}
	sort.Strings(names)
	var out []quad.Value
	for i, n := range names {
		if n == "" || (i > 0 && names[i-1] == n) {
			continue
		}
		langs := langsOf[n]
		if len(langs) == 0 {
			if n != e.Name {
				out = append(out, quad.String(n))
			}
			continue
		}
		sort.Strings(langs)
		for _, l := range langs {
			out = append(out, text(n, l))
		}
	}
	return out
}

// text is s tagged with lang when lang is known; nil for an empty s.
func text(s, lang string) quad.Value {
	if s == "" {
		return nil
	}
	if lang == "" {
		return quad.String(s)
	}
	return quad.LangString{Value: quad.String(s), Lang: lang}
}

// isWord reports whether s can be a vocabulary term: an ASCII letter
// followed by letters, digits or underscores.
func isWord(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z':
		case i > 0 && (r >= '0' && r <= '9' || r == '_'):
		default:
			return false
		}
	}
	return true
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}

// quadSet collects quads under one label, without duplicates, in insertion
// order.
type quadSet struct {
	label quad.Value
	seen  map[string]bool
	quads []quad.Quad
}

func newQuadSet(label quad.Value) *quadSet {
	return &quadSet{label: label, seen: make(map[string]bool)}
}

func (s *quadSet) add(subj, pred, obj quad.Value) {
	if obj == nil {
		return
	}
	q := quad.Quad{Subject: subj, Predicate: pred, Object: obj, Label: s.label}
	k := QuadKey(q)
	if s.seen[k] {
		return
	}
	s.seen[k] = true
	s.quads = append(s.quads, q)
}

func (s *quadSet) addString(subj, pred quad.Value, value string) {
	if value != "" {
		s.add(subj, pred, quad.String(value))
	}
}

// QuadKey is a string identifying q by its subject, predicate, object and
// label (value kinds included), for sets and diffs of quads.
func QuadKey(q quad.Quad) string {
	var b strings.Builder
	for _, v := range [...]quad.Value{q.Subject, q.Predicate, q.Object, q.Label} {
		if v != nil {
			b.WriteString(valueKind(v))
			b.WriteByte(':')
			b.WriteString(v.String())
		}
		b.WriteByte(0)
	}
	return b.String()
}

func valueKind(v quad.Value) string {
	switch v.(type) {
	case quad.IRI:
		return "i"
	case quad.BNode:
		return "b"
	case quad.String:
		return "s"
	case quad.LangString:
		return "l"
	default:
		return "t" // typed literals: String() includes the type
	}
}
