// Package schema is kg's vocabulary: entity types, relation predicates (with
// domain and range), and the IRIs of entities, articles, statements and claims.
// It also maps extraction results to quads and back.
//
// It owns the graph model. It must not read input files, run extraction or
// open a store.
//
// Every article is one named graph: all quads it contributes carry the
// article's IRI as label. Vocab.ArticleQuads documents the full layout of
// articles, entities, relation statements and claims.
package schema

import (
	"crypto/sha256"
	"encoding/hex"
	"net/url"
	"strconv"
	"strings"

	"github.com/cayleygraph/quad"

	"kg/extract"
)

// DefaultBase is the default IRI base. "kg:" is an absolute IRI scheme, which
// keeps IRIs short to type in Gizmo (<kg:entity/russia>) and valid in RDF.
const DefaultBase = "kg:"

// EntityTypes are the entity classes, as the extractor assigns them.
var EntityTypes = extract.EntityTypes

// Predicate describes one relation predicate.
type Predicate struct {
	Name      string
	Domain    string // coarse class of the subject: Agent, Person, Place, Organization, Document, Any
	Range     string // coarse class of the object
	Symmetric bool
	Doc       string
}

// Predicates are the relation predicates kg extracts.
var Predicates = []Predicate{
	{"vetoed", "Agent", "Document", false, "actor vetoed a resolution or proposal"},
	{"drafted", "Agent", "Document", false, "actor drafted, sponsored or tabled a resolution or proposal"},
	{"proposed", "Agent", "Any", false, "actor proposed something (ceasefire, plan)"},
	{"submittedTo", "Document", "Organization", false, "resolution or proposal put before a body"},
	{"controls", "Agent", "Place", false, "actor holds or controls a place"},
	{"captured", "Agent", "Place", false, "actor took a place"},
	{"attacked", "Agent", "Any", false, "actor attacked, shelled or bombed a place or actor"},
	{"supports", "Agent", "Any", false, "actor backs another actor"},
	{"opposes", "Agent", "Any", false, "actor opposes or rejects another actor or proposal"},
	{"negotiatesWith", "Agent", "Agent", true, "talks between two actors"},
	{"memberOf", "Person", "Organization", false, "person belongs to a group or organisation"},
	{"leaderOf", "Person", "Agent", false, "person leads a group, organisation or country"},
	{"represents", "Person", "Agent", false, "person speaks or acts officially for a state or body"},
	{"formerlyKnownAs", "Organization", "Organization", false, "an organisation's earlier name"},
	{"locatedIn", "Place", "Place", false, "a place lies inside another"},
}

// IsPredicate reports whether name is one of Predicates.
func IsPredicate(name string) bool {
	for _, p := range Predicates {
		if p.Name == name {
			return true
		}
	}
	return false
}

// Vocab builds kg's IRIs under one base.
type Vocab struct {
	Base string
}

// New returns the vocabulary under base ("" means DefaultBase).
func New(base string) Vocab {
	if base == "" {
		base = DefaultBase
	}
	return Vocab{Base: base}
}

// Term is the IRI of a vocabulary term: a predicate ("vetoed", "name") or a
// class ("Country", "Article").
func (v Vocab) Term(name string) quad.IRI { return quad.IRI(v.Base + name) }

// Entity is the IRI of the canonical entity with the given key.
func (v Vocab) Entity(key string) quad.IRI { return quad.IRI(v.Base + "entity/" + escape(key)) }

// Article is the IRI of an article, readable and unique: a slug of the
// article's identity plus a short hash of it.
func (v Vocab) Article(id string) quad.IRI {
	return quad.IRI(v.Base + "article/" + Slug(lastSegment(id)) + "-" + shortHash(id))
}

// Statement is the IRI of the evidence node of one relation in one article.
func (v Vocab) Statement(articleID, subj, pred, obj string, start int) quad.IRI {
	return quad.IRI(v.Base + "statement/" + shortHash(articleID, subj, pred, obj, itoa(start)))
}

// Claim is the IRI of a claim node.
func (v Vocab) Claim(articleID, speaker string, start int) quad.IRI {
	return quad.IRI(v.Base + "claim/" + shortHash(articleID, speaker, itoa(start)))
}

// Slug folds s into lower-case ASCII letters, digits and dashes.
func Slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range foldASCII(s) {
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			b.WriteRune(r)
			dash = false
		case r >= 'A' && r <= 'Z':
			b.WriteRune(r + 'a' - 'A')
			dash = false
		default:
			if !dash && b.Len() > 0 {
				b.WriteByte('-')
				dash = true
			}
		}
	}
	out := strings.TrimSuffix(b.String(), "-")
	if len(out) > 60 {
		out = strings.TrimSuffix(out[:60], "-")
	}
	if out == "" {
		out = "x"
	}
	return out
}

var asciiFold = strings.NewReplacer(
	"æ", "ae", "Æ", "ae", "ø", "o", "Ø", "o", "å", "a", "Å", "a",
	"ä", "a", "ö", "o", "ü", "u", "é", "e", "è", "e", "ê", "e", "á", "a", "à", "a",
	"í", "i", "ó", "o", "ú", "u", "ñ", "n", "ç", "c", "ß", "ss",
)

func foldASCII(s string) string { return asciiFold.Replace(s) }

func escape(key string) string { return url.PathEscape(key) }

func lastSegment(id string) string {
	id = strings.TrimRight(id, "/")
	if i := strings.LastIndexAny(id, "/\\"); i >= 0 {
		id = id[i+1:]
	}
	return strings.TrimSuffix(id, ".txt")
}

func shortHash(parts ...string) string {
	h := sha256.New()
	for _, p := range parts {
		h.Write([]byte(p))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))[:12]
}

func itoa(n int) string { return strconv.Itoa(n) }

// Text is the text of a value: a literal's lexical form without its
// language tag or type, an IRI without brackets, "" for nil.
func Text(v quad.Value) string {
	switch v := v.(type) {
	case nil:
		return ""
	case quad.String:
		return string(v)
	case quad.LangString:
		return string(v.Value)
	case quad.TypedString:
		return string(v.Value)
	case quad.TypedStringer:
		return string(v.TypedString().Value)
	case quad.IRI:
		return string(v)
	}
	return quad.StringOf(v)
}
