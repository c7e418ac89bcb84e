// Package schematest holds small hand-made articles and their extraction
// results, for tests of schema, graph and queries. The news is invented:
// Russia vetoes a draft resolution on a ceasefire in the made-up country of
// Kordavia, drafted by Norway, Ireland and Mexico. One article is English,
// one Norwegian (Bokmål); both mention Russia, Norway, Ireland, Mexico,
// Kordavia and the resolution, so those entities carry facts from both.
//
// It must not be imported by non-test code.
package schematest

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"

	"github.com/cayleygraph/quad"

	"kg/extract"
	"kg/loaders"
	"kg/schema"
)

// Fixture is one article with its extraction result.
type Fixture struct {
	Article loaders.Article
	Doc     *extract.Document
}

// Quads returns the fixture's quads under v, with the article hash stored.
func (f Fixture) Quads(v schema.Vocab) []quad.Quad {
	return v.ArticleQuads(f.Article, f.Doc, f.Article.Hash)
}

// IRI returns the fixture's article IRI under v.
func (f Fixture) IRI(v schema.Vocab) quad.IRI { return v.Article(f.Article.ID) }

// Entity keys used by the fixtures.
const (
	Russia     = "russia"
	Norway     = "norway"
	Ireland    = "ireland"
	Mexico     = "mexico"
	Kordavia   = "kordavia"
	Resolution = "resolution/kordavia-ceasefire-2024"
	Petrov     = "ivan-petrov"
	Nordvik    = "kari-nordvik"
	Front      = "northern-front"
	Marela     = "marela"
	Security   = "un-security-council"
)

const englishText = `Russia vetoed a draft resolution calling for a ceasefire in Kordavia at the UN Security Council on Tuesday. ` +
	`The draft was written by Norway, Ireland and Mexico. ` +
	`Russian envoy Ivan Petrov said the text was one-sided and ignored the facts on the ground. ` +
	`The Northern Front still controls the port city of Marela.`

const norwegianText = `Russland la ned veto mot resolusjonsutkastet om våpenhvile i Kordavia i FNs sikkerhetsråd tirsdag. ` +
	`Utkastet var skrevet av Norge, Irland og Mexico. ` +
	`Utenriksminister Kari Nordvik sa at Norge er dypt skuffet over vetoet.`

// English is the English article: veto, three drafters, an envoy who
// represents Russia and makes a claim, and a controls edge.
func English() Fixture {
	b := newBuilder("https://news.example.org/world/2024/kordavia-veto", "en", englishText)
	b.article.Title = "Russia vetoes Kordavia ceasefire resolution"
	b.article.Date = "2024-03-12"
	b.article.URL = b.article.ID
	b.article.Source = "testdata/feed.xml#3"
	ru := b.entity(Russia, "Russia", "Country", "Q159", "Russia", "Russian")
	b.label(ru, "en", "Russia")
	b.label(ru, "nb", "Russland")
	res := b.entity(Resolution, "Kordavia ceasefire resolution", "Resolution", "", "draft resolution", "draft")
	no := b.entity(Norway, "Norway", "Country", "Q20", "Norway")
	ie := b.entity(Ireland, "Ireland", "Country", "Q27", "Ireland")
	mx := b.entity(Mexico, "Mexico", "Country", "Q96", "Mexico")
	b.entity(Kordavia, "Kordavia", "Country", "", "Kordavia")
	sc := b.entity(Security, "UN Security Council", "Organization", "Q37470", "UN Security Council")
	ip := b.entity(Petrov, "Ivan Petrov", "Person", "", "Ivan Petrov")
	nf := b.entity(Front, "Northern Front", "ArmedGroup", "", "Northern Front")
	ma := b.entity(Marela, "Marela", "City", "", "Marela")
	b.relation(ru, "vetoed", res, "Russia vetoed", 0.95)
	b.relation(res, "submittedTo", sc, "Russia vetoed", 0.7)
	b.relation(no, "drafted", res, "The draft was written", 0.9)
	b.relation(ie, "drafted", res, "The draft was written", 0.9)
	b.relation(mx, "drafted", res, "The draft was written", 0.9)
	b.relation(ip, "represents", ru, "Russian envoy", 0.8)
	b.relation(nf, "controls", ma, "The Northern Front", 0.85)
	b.claim(ip, "the text was one-sided and ignored the facts on the ground", "Russian envoy")
	return b.fixture()
}

// EnglishRevised is a corrected version of English (same article ID, new
// text and hash): the controls edge and the envoy's claim are gone, and
// Mexico now opposes the veto instead of drafting.
func EnglishRevised() Fixture {
	text := strings.Replace(englishText, `The Northern Front still controls the port city of Marela.`,
		`Mexico said it opposes Russia's decision.`, 1)
	text = strings.Replace(text, `Russian envoy Ivan Petrov said the text was one-sided and ignored the facts on the ground. `, ``, 1)
	text = strings.Replace(text, `Norway, Ireland and Mexico`, `Norway and Ireland`, 1)
	b := newBuilder("https://news.example.org/world/2024/kordavia-veto", "en", text)
	b.article.Title = "Russia vetoes Kordavia ceasefire resolution (updated)"
	b.article.Date = "2024-03-12"
	b.article.URL = b.article.ID
	b.article.Source = "testdata/feed.xml#3"
	ru := b.entity(Russia, "Russia", "Country", "Q159", "Russia")
	b.label(ru, "en", "Russia")
	res := b.entity(Resolution, "Kordavia ceasefire resolution", "Resolution", "", "draft resolution")
	no := b.entity(Norway, "Norway", "Country", "Q20", "Norway")
	ie := b.entity(Ireland, "Ireland", "Country", "Q27", "Ireland")
	mx := b.entity(Mexico, "Mexico", "Country", "Q96", "Mexico")
	b.relation(ru, "vetoed", res, "Russia vetoed", 0.95)
	b.relation(no, "drafted", res, "The draft was written", 0.9)
	b.relation(ie, "drafted", res, "The draft was written", 0.9)
	b.relation(mx, "opposes", ru, "Mexico said", 0.6)
	return b.fixture()
}

// Norwegian is the Norwegian article: the same veto and drafters, and
// Norway's foreign minister, who represents Norway and makes a claim.
func Norwegian() Fixture {
	b := newBuilder("corpus/nb/kordavia-veto.txt", "nb", norwegianText)
	b.article.Source = "corpus/nb/kordavia-veto.txt"
	b.article.Title = "Russland la ned veto"
	b.article.Date = "12.03.2024"
	ru := b.entity(Russia, "Russia", "Country", "Q159", "Russland")
	b.label(ru, "nb", "Russland")
	res := b.entity(Resolution, "Kordavia ceasefire resolution", "Resolution", "", "resolusjonsutkastet", "Utkastet")
	b.label(res, "nb", "resolusjonsutkastet")
	no := b.entity(Norway, "Norway", "Country", "Q20", "Norge")
	b.label(no, "nb", "Norge")
	ie := b.entity(Ireland, "Ireland", "Country", "Q27", "Irland")
	b.label(ie, "nb", "Irland")
	mx := b.entity(Mexico, "Mexico", "Country", "Q96", "Mexico")
	b.entity(Kordavia, "Kordavia", "Country", "", "Kordavia")
	b.entity(Security, "UN Security Council", "Organization", "Q37470", "FNs sikkerhetsråd")
	kn := b.entity(Nordvik, "Kari Nordvik", "Person", "", "Kari Nordvik")
	b.relation(ru, "vetoed", res, "Russland la ned veto", 0.9)
	b.relation(no, "drafted", res, "Utkastet var skrevet", 0.85)
	b.relation(ie, "drafted", res, "Utkastet var skrevet", 0.85)
	b.relation(mx, "drafted", res, "Utkastet var skrevet", 0.85)
	b.relation(kn, "represents", no, "Utenriksminister Kari Nordvik", 0.8)
	b.claim(kn, "Norge er dypt skuffet over vetoet", "Utenriksminister Kari Nordvik")
	return b.fixture()
}

// builder assembles a Fixture, finding offsets in the article text.
type builder struct {
	article loaders.Article
	doc     *extract.Document
}

func newBuilder(id, lang, text string) *builder {
	sum := sha256.Sum256([]byte(id + "\x00" + text))
	return &builder{
		article: loaders.Article{ID: id, Source: id, Text: text, Language: lang, Hash: hex.EncodeToString(sum[:])},
		doc:     &extract.Document{ID: id, Source: id, Language: lang},
	}
}

func (b *builder) fixture() Fixture {
	b.doc.Title, b.doc.Date, b.doc.Source = b.article.Title, b.article.Date, b.article.Source
	return Fixture{Article: b.article, Doc: b.doc}
}

// entity adds an entity with its surface forms (each must occur in the text).
func (b *builder) entity(key, name, typ, qid string, forms ...string) string {
	id := fmt.Sprintf("e%d", len(b.doc.Entities)+1)
	e := extract.Entity{ID: id, Key: key, Name: name, Type: typ, QID: qid}
	for _, f := range forms {
		i := strings.Index(b.article.Text, f)
		if i < 0 {
			panic(fmt.Sprintf("schematest: %q not in text of %s", f, b.article.ID))
		}
		e.Mentions = append(e.Mentions, extract.Mention{Start: i, End: i + len(f), Text: f})
		if f != name {
			e.Aliases = append(e.Aliases, f)
		}
	}
	b.doc.Entities = append(b.doc.Entities, e)
	return id
}

func (b *builder) label(id, lang, name string) {
	for i := range b.doc.Entities {
		if b.doc.Entities[i].ID == id {
			if b.doc.Entities[i].Labels == nil {
				b.doc.Entities[i].Labels = map[string][]string{}
			}
			b.doc.Entities[i].Labels[lang] = append(b.doc.Entities[i].Labels[lang], name)
		}
	}
}

// sentence returns the offsets and text of the sentence starting with prefix.
func (b *builder) sentence(prefix string) (int, int, string) {
	start := strings.Index(b.article.Text, prefix)
	if start < 0 {
		panic(fmt.Sprintf("schematest: %q not in text of %s", prefix, b.article.ID))
	}
	end := strings.Index(b.article.Text[start:], ". ")
	if end < 0 {
		end = len(b.article.Text)
	} else {
		end += start + 1
	}
	return start, end, b.article.Text[start:end]
}

func (b *builder) relation(subj, pred, obj, sentencePrefix string, confidence float64) {
	start, end, sent := b.sentence(sentencePrefix)
	b.doc.Relations = append(b.doc.Relations, extract.Relation{
		Subject: subj, Predicate: pred, Object: obj,
		Evidence: sent, Start: start, End: end, Confidence: confidence,
	})
}

func (b *builder) claim(speaker, text, sentencePrefix string) {
	start, end, sent := b.sentence(sentencePrefix)
	b.doc.Claims = append(b.doc.Claims, extract.Claim{Speaker: speaker, Text: text, Evidence: sent, Start: start, End: end})
}
