// Package extract turns an Article into a Document: the entities it mentions
// (linked to canonical entities across articles and languages), the relations
// between them and the claims made in it, each with its evidence.
//
// It owns language detection, sentence splitting, entity recognition and
// linking, relation and claim extraction, and the lexicons they use. It must
// not read files or touch the store.
package extract

import (
	"embed"
	"fmt"
	"strconv"
	"strings"

	"kg/loaders"
)

// Version identifies the extractor's rules; a store built by another
// version re-extracts its articles on the next build.
const Version = "0.1.0"

// Config holds extraction options; the zero value is usable.
type Config struct {
	// Lexicon names extra lexicon files (YAML, in the format of the
	// built-in ones under extract/lexicon) that extend the built-in ones.
	Lexicon []string
	// Languages are the languages whose rules apply (empty: every language
	// kg has rules for). Text in any other language gets names from their
	// shape and the gazetteer only.
	Languages []string
	// NoTagger turns off the statistical name tagger (rules only).
	NoTagger bool
}

// Extractor extracts Documents from Articles. It is safe for concurrent use.
type Extractor struct {
	lex      *Lexicon
	fallback *LanguageRules // for languages kg has no rules for
	taggers  map[string]*Tagger
	words    map[string]wordList // spelling dictionaries by language (words.go)
	// languages limits which languages' rules apply (nil: all)
	languages []string
	vocab     vocabulary // the lexicons' words by language (langvocab.go)
}

// New returns an Extractor with the built-in lexicons plus those named in cfg.
func New(cfg Config) (*Extractor, error) {
	lex, err := LoadLexicon(cfg.Lexicon)
	if err != nil {
		return nil, err
	}
	fb := &LanguageRules{Language: "und"}
	for _, r := range lex.rules {
		fb.Stopwords = append(fb.Stopwords, r.Stopwords...)
	}
	fb.index()
	x := &Extractor{lex: lex, fallback: fb, taggers: map[string]*Tagger{}, languages: cfg.Languages, vocab: newVocabulary(lex)}
	if x.words, err = loadWordLists(); err != nil {
		return nil, err
	}
	if !cfg.NoTagger {
		if err := x.loadTaggers(); err != nil {
			return nil, err
		}
	}
	return x, nil
}

// Extract reads one article. A panic in the rules is returned as an error
// so that one bad article never stops a run.
func (x *Extractor) Extract(a loaders.Article) (doc *Document, err error) {
	defer func() {
		if r := recover(); r != nil {
			doc, err = nil, fmt.Errorf("extraction failed: %v", r)
		}
	}()
	lang := DetectLanguage(a.Text, nil)
	if lang == "und" && a.Language != "" {
		lang = a.Language
	}
	if lang == "und" {
		lang = x.languageByVocabulary(a.Text) // a headline's few words
	}
	d := x.analyse(a.Text, lang, a.ID)
	d.year = yearOf(a.Date)
	d.extractRelations()
	d.extractClaims()
	d.speakingOfficers()
	ents, rels, claims := d.document()
	if ents == nil {
		ents = []Entity{}
	}
	if rels == nil {
		rels = []Relation{}
	}
	if claims == nil {
		claims = []Claim{}
	}
	return &Document{ID: a.ID, Source: a.Source, Title: a.Title, Date: a.Date, Language: lang,
		Entities: ents, Relations: rels, Claims: claims}, nil
}

// analyse finds and links the entity mentions of a text.
func (x *Extractor) analyse(text, lang, articleID string) *doc {
	d := newDoc(x, text, lang, articleID)
	for si := range d.sents {
		d.recognize(si)
	}
	d.knownAsTypes()
	d.recallSurnames()
	d.recallCountryTails()
	d.recallStateAbbreviations()
	d.recallPlaceTails()
	d.joinParticleNames()
	d.joinBranchNames()
	d.sportsSides()
	d.link()
	d.bodiesByTheirTitles()
	d.recallOneWordNames() // after linking: "Lakers" is the Los Angeles Lakers
	d.setAsideProducts()
	d.centralEvents()
	d.unnamedProposals()
	d.policeBody() // an unnamed police force is an entity whether or not it speaks
	d.settleTypes()
	return d
}

// lexicon/given_names.yaml is made by tools/gennames from two npm packages
// (see its doc comment); the taggers use it, so it comes before them.
//
// model/words-en.txt.gz, the English spelling dictionary the recogniser
// asks (words.go), is made by tools/genwords from Debian's wamerican
// (apt-get install wamerican).
//
// lexicon/people.yaml, one-word names that are a person's and nothing
// else, is made by tools/genpeople from Debian's wordnet-base (apt-get
// install wordnet-base wamerican).
//
// The name tagger models, one per language, trained by tools/trainner on
// the development splits of NorNE (nb) and Universal NER (en, with NorNE
// added: its shapes carry over). Retrain after changing the lexicon; the
// generated city list comes first, since the taggers use it:
//
//go:generate go run ../tools/gencities -lexicon lexicon -o lexicon/cities.yaml -regions lexicon/regions.yaml
//go:generate go run ../tools/genwords -o model/words-en.txt.gz /usr/share/dict/american-english
//go:generate go run ../tools/genpeople -o lexicon/people.yaml
//go:generate go run ../tools/trainner -lang nb -o model/ner-nb.gob.gz ../../shared/ner/norne/no_bokmaal-ud-dev.conllu
//go:generate go run ../tools/trainner -lang en -o model/ner-en.gob.gz ../../shared/ner/uner_en/en_ewt-ud-dev.iob2 ../../shared/ner/norne/no_bokmaal-ud-dev.conllu
//go:embed model/*.gob.gz model/words-*.txt.gz
var models embed.FS

func (x *Extractor) loadTaggers() error {
	entries, err := models.ReadDir("model")
	if err != nil {
		return err
	}
	for _, e := range entries {
		if !strings.HasPrefix(e.Name(), "ner-") {
			continue
		}
		lang := strings.TrimSuffix(strings.TrimPrefix(e.Name(), "ner-"), ".gob.gz")
		f, err := models.Open("model/" + e.Name())
		if err != nil {
			return err
		}
		t, err := ReadTagger(f)
		f.Close()
		if err != nil {
			return fmt.Errorf("name tagger model %s: %w", e.Name(), err)
		}
		x.taggers[lang] = t
	}
	return nil
}

// IsGivenName reports whether the hand-made lexicon lists name as a given
// name (the generated common-names list is not asked).
func (x *Extractor) IsGivenName(name string) bool { return x.lex.handGiven[name] }

// IsCommonGivenName reports whether name is a given name of either the
// hand-made or the generated list ("Nelson", "Victoria").
func (x *Extractor) IsCommonGivenName(name string) bool { return x.lex.givenNames[name] }

// CountryKey is the key of the country with ISO 3166 code code ("CI":
// "ivory-coast"), or "".
func (x *Extractor) CountryKey(code string) string { return x.lex.countryKeys[code] }

// IsPeopleWord reports whether word names a people or a faith's members
// as the lexicon knows them ("Somali", "Jewish"): a name no place goes by.
func (x *Extractor) IsPeopleWord(word string) bool {
	return x.lex.demonyms[strings.ToLower(word)] != nil || x.lex.groupWords[word]
}

// IsOrdinaryWord reports whether the language's spelling dictionary knows
// word in lower case ("Central", "Lakes"; not "Sicily").
func (x *Extractor) IsOrdinaryWord(lang, word string) bool {
	k := x.words[lang].kind(word, strings.ToLower(word))
	return k == "common" || k == "both"
}

// yearOf reads the year a date begins with ("2018-09-30", "2018"), or 0.
func yearOf(date string) int {
	if len(date) < 4 {
		return 0
	}
	y, err := strconv.Atoi(date[:4])
	if err != nil || y < 1900 || y > 2200 {
		return 0
	}
	return y
}
