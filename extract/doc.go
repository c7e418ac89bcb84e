package extract

import (
	"crypto/sha256"
	"encoding/hex"
	"math/bits"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// doc is the working state of one article's extraction.
type doc struct {
	// dateline is the place a line of the article opens with in capitals
	// ("KHARTOUM —"), if any
	dateline *entity
	// central is the proposal the article is about (centralProposal),
	// once centralKnown
	central      *entity
	centralKnown bool
	x            *Extractor
	text         string // the article, spaced quote marks moved to their words (closeSpacedQuotes)
	orig         string // the article as given: what evidence quotes
	lang         string
	rules        *LanguageRules
	articleKey   string
	sents        []Sentence
	toks         [][]Token
	mentions     [][]*mention
	entities     map[string]*entity
	order        []*entity
	words        map[string]wordStat // each word as written (see count, lowerInside)
	sides        map[string]bool     // the one-word sides of a game report's score lines (scoreSides)
	// surnames holds the trailing words of the people named so far
	// (lower-case), indexed up to surnamesIndexed entities of order
	surnames        set
	firstNames      set // given names of the people named so far (lower-case)
	surnamesIndexed int
	// orgFirstWords holds the distinctive first words of the organisations
	// named so far ("ford"), indexed up to orgsIndexed entities of order
	orgFirstWords set
	orgLastWords  set // and their distinctive last words ("giants" of Belfast Giants)
	orgsIndexed   int
	titleCase     []bool           // sentences in Title Case (headlines)
	tagContexts   []*taggerContext // per sentence, made when the tagger is first asked
	genitives     map[int]bool     // offsets of name words read as genitives from what follows
	police        *entity          // policeBody's answer, once asked
	policeAsked   bool
	sForms        set // capitalised -s words that stand where no genitive can (plainSForm)
	implied       []impliedRelation
	relations     []relation
	claims        []Claim
	officers      map[[2]*entity]bool // people and the bodies whose officers they are ("Boeing Vice President X"): speakingOfficers
	// lastSpeaker is the person of the last claim and lastSpeakerSent its
	// sentence; spoke holds every person a claim was given to
	lastSpeaker     *entity
	lastSpeakerSent int
	spoke           map[*entity]bool
	// lastBody is the body (organisation or state) of the last claim a
	// body made, and lastBodySent its sentence: "it added" after it
	lastBody     *entity
	lastBodySent int
	// anchor bounds pronoun resolution: "he" in `"…," he said` is someone
	// named before the quote, not inside it.
	anchor int
	titles []titleUse // people named with a title, built when first asked for
	// quotedTo is where the last quote ended: a quote running over several
	// lines is not read again from the lines it covers.
	quotedTo int
	game     int8 // isGameReport's answer: 0 not asked, 1 no, 2 yes
	year     int  // the article's year, where its date gives one (0: unknown)
	// quoteOffsets holds, per sentence, where its '"' are (straightQuotesBefore)
	quoteOffsets map[int][]int
}

type impliedRelation struct {
	subj, obj *entity
	pred      string
	sent      int
}

type relation struct {
	subj, obj  *entity
	pred       string
	sent       int
	confidence float64
}

func newDoc(x *Extractor, text, lang, articleID string) *doc {
	rules := x.lex.rules[lang]
	if rules == nil || x.languages != nil && !contains(x.languages, lang) {
		rules = x.fallback
	}
	h := sha256.Sum256([]byte(articleID))
	orig := text
	text = closeSpacedPossessives(closeSpacedQuotes(text)) // the same offsets: evidence quotes orig
	d := &doc{x: x, text: text, orig: orig, lang: lang, rules: rules, articleKey: hex.EncodeToString(h[:])[:10],
		entities: map[string]*entity{}, anchor: len(text), genitives: map[int]bool{}}
	d.sents = SplitSentences(text)
	d.toks = make([][]Token, len(d.sents))
	d.mentions = make([][]*mention, len(d.sents))
	d.titleCase = make([]bool, len(d.sents))
	d.words = make(map[string]wordStat, len(text)/10)
	d.surnames, d.firstNames = set{}, set{}
	d.orgFirstWords, d.orgLastWords = set{}, set{}
	// One block of tokens for the whole text (news has about one token per
	// five bytes, and rarely more than one per two); a sentence that might
	// not fit starts a new block.
	var block []Token
	for i, s := range d.sents {
		if cap(block)-len(block) < len(s.Text)/2+2 {
			block = make([]Token, 0, max(len(text[s.Start:])/5+16, len(s.Text)/2+2))
		}
		from := len(block)
		block = appendTokens(block, s.Text, s.Start)
		d.toks[i] = block[from:len(block):len(block)]
		long, capital, capitalStops, words := 0, 0, 0, 0
		verb := false // a lower-case copula: a sentence's "Chris Leslie is MP for Nottingham East", not a headline's "Is"
		for k, t := range d.toks[i] {
			ws := d.words[t.Text]
			ws.n++
			if r, _ := utf8.DecodeRuneInString(t.Text); unicode.IsLetter(r) {
				words++
			}
			verb = verb || d.rules.copulas[t.Text]
			if k > 0 && len(t.Text) <= 3 && isCapitalized(t.Text) && d.rules.stop[t.Lower] {
				capitalStops++ // "It" of "And Women Need to Wield It."
			}
			if k > 0 && isLowerWord(t.Text) {
				ws.lowerInside = true
			}
			if k > 0 && isCapitalized(t.Text) && !d.rules.stop[t.Lower] {
				ws.capitalInside = true
			}
			d.words[t.Text] = ws
			if utf8.RuneCountInString(t.Text) >= 4 {
				long++
				if isCapitalized(t.Text) {
					capital++
				}
			}
		}
		// a headline: a line of its own, no final stop, nearly every word
		// capitalised; the title, the article's first line, may have a
		// stop when it capitalises a function word too
		// (and short, with no lower-case copula: a long line of capitals is
		// a sentence naming many, "Norman Eisen, … the author of \"The Last
		// Palace: Europe's Turbulent Century …\"")
		// (a title with a final stop: capitalised function words, or
		// ordinary words capitalised: "Kanye West Embarked on a Pro-Trump
		// Diatribe, Wearing a MAGA Hat, After his SNL Appearance.")
		d.titleCase[i] = long >= 3 && capital*4 > long*3 && (!strings.HasSuffix(s.Text, ".") || i == 0 && (capitalStops > 0 || d.mostlyCapitalisedCommonWords(d.toks[i]))) && (i == 0 || !verb && words <= 24)
	}
	return d
}

// mostlyCapitalisedCommonWords reports whether two or more of the
// capitalised words after the first of toks, and two thirds of them at
// least, are words the dictionary knows as ordinary words only: a title's
// "Embarked", "Diatribe", "Wearing", not a sentence's "Line Islands in the
// Pacific".
func (d *doc) mostlyCapitalisedCommonWords(toks []Token) bool {
	capitalised, common := 0, 0
	for k, t := range toks {
		if k == 0 || !isCapitalized(t.Text) || isAllCaps(t.Text) {
			continue
		}
		capitalised++
		if d.dictKind(t.Text) == "common" {
			common++
		}
	}
	return common >= 2 && common*3 >= capitalised*2
}

// entity returns the document's entity with key, creating it; a stronger
// type signal replaces a weaker one.
func (d *doc) entity(key, name, typ string, strength int) *entity {
	if key == "" {
		key = Key(name)
	}
	e, ok := d.entities[key]
	if !ok {
		e = &entity{key: key, name: name, typ: typ, strength: strength, labels: map[string][]string{}}
		d.entities[key] = e
		d.order = append(d.order, e)
		return e
	}
	if strength > e.strength {
		e.typ, e.strength = typ, strength
	}
	return e
}

func (d *doc) gazetteerEntity(g *GazetteerEntry) *entity {
	e := d.entity(g.Key, g.Name, g.Type, lexiconFact)
	if e.gaz == nil {
		e.gaz = g
		e.qid = g.QID
		e.typ, e.strength = g.Type, lexiconFact
		e.name = g.Name
		for lang, names := range g.Labels {
			e.labels[lang] = append(e.labels[lang], names...)
		}
	}
	return e
}

func (d *doc) attach(e *entity, m *mention) {
	m.ent = e
	e.mentions = append(e.mentions, m)
	if (!m.hidden || e.gaz == nil) && !m.genitive {
		e.addAlias(m.text) // a genitive's stem is added by whoever read it
	}
}

// ageAfter matches an age right after a name: "Dyteon Simpson, 20, …",
// "Kari Holm (34)".
var ageAfter = regexp.MustCompile(`^(?:, (?:aged )?[1-9][0-9]?,|\s?\([1-9][0-9]?\))`)

// peopleByAge types a name followed by an age as a person's, whatever its
// shape suggested.
func (d *doc) peopleByAge() {
	for _, e := range d.order {
		if e.gaz != nil || e.typ == "Person" || len(strings.Fields(e.name)) < 2 {
			continue
		}
		for _, m := range e.mentions {
			if !m.hidden && ageAfter.MatchString(d.text[m.end:min(len(d.text), m.end+12)]) {
				e.typ, e.strength = "Person", contextGuess
				break
			}
		}
	}
}

// link merges mentions that name the same thing within the article:
// surnames with full names, acronyms with the long names they follow.
func (d *doc) link() {
	d.keyPoliceByPlace()
	d.peopleByAge()
	d.trimPersonAffixes()
	d.dropForeignCountryNames()
	d.dropForeignHomeBodies()
	d.nationalBodies()
	d.dropWorkTitles()
	d.genericCounterparts()
	d.homeCounterparts()
	// people by their trailing words ("lavrov", "de mistura") and given name
	bySuffix, byFirst, byFamily := map[string]*entity{}, map[string]*entity{}, map[string]*entity{}
	byLast := map[string][]*entity{} // every person by the last word of a longer name
	for _, e := range d.order {
		words := strings.Fields(strings.ToLower(e.name))
		if e.typ != "Person" || len(words) < 2 {
			continue
		}
		byLast[words[len(words)-1]] = append(byLast[words[len(words)-1]], e)
		for k := 1; k < len(words); k++ {
			if suffix := strings.Join(words[k:], " "); bySuffix[suffix] == nil {
				bySuffix[suffix] = e
			}
		}
		// "Moualem" after "Walid al-Moualem": the name after its particle
		if last := words[len(words)-1]; strings.Count(last, "-") == 1 {
			if particle, rest, _ := strings.Cut(last, "-"); len(particle) <= 3 && len(rest) > 2 && bySuffix[rest] == nil {
				bySuffix[rest] = e
			}
		}
		if byFirst[words[0]] == nil {
			byFirst[words[0]] = e
		}
		// "Park Byeong-seug", "Ri Yong-ho": the family name first, as Korean
		// names go, is the name the article uses alone
		if len(words) == 2 && koreanGiven.MatchString(strings.Fields(e.name)[1]) && byFamily[words[0]] == nil {
			byFamily[words[0]] = e
		}
	}
	for _, e := range append([]*entity(nil), d.order...) {
		if e.gaz != nil || e.weak || len(strings.Fields(e.name)) > 2 {
			continue
		}
		name := strings.ToLower(e.name)
		p := bySuffix[name]
		if p == nil && d.lang != "en" && strings.HasSuffix(name, "s") {
			p = bySuffix[strings.TrimSuffix(name, "s")] // a genitive: "Furyks"
		}
		if p == nil && e.typ == "Person" && !strings.Contains(name, " ") {
			p = byFirst[name]
		}
		if p == nil && !strings.Contains(name, " ") {
			p = byFamily[name] // "Park uttalte" after "Park Byeong-seug", whatever "park" looked like
		}
		if p == nil && e.typ == "Person" && !strings.Contains(name, " ") && len(name) >= 6 && len(bySuffix) <= 400 {
			p = nearSurname(name, bySuffix) // "Kavadarkov" after "Vladimir Kavardarkov": a misspelling
		}
		if p == nil && e.typ == "Person" {
			p = d.headlineWordBeforeSurname(e, byLast) // "Søvnløs Svindal" before "Aksel Lund Svindal"
		}
		if p != nil && p != e {
			d.merge(e, p)
		}
	}
	// "the Council" after "the UN Security Council": the short form of a longer name
	orgByLast := map[string]*entity{}
	for _, o := range d.order {
		// (a body no mention names any longer is no antecedent: the US
		// Supreme Court after its name went to the Italian one)
		if words := strings.Fields(strings.ToLower(o.name)); class(o.typ) == 'O' && len(words) > 1 && o.mergedInto == nil && len(o.mentions) > 0 {
			if last := words[len(words)-1]; orgByLast[last] == nil {
				orgByLast[last] = o
			}
		}
	}
	// "Ford" after "Ford Motor Company": the distinctive first word
	orgByFirst := map[string]*entity{}
	for _, o := range d.order {
		if class(o.typ) == 'O' && o.mergedInto == nil && len(o.mentions) > 0 {
			if first := d.distinctiveFirstWord(o.name); first != "" && orgByFirst[first] == nil {
				orgByFirst[first] = o
			}
		}
	}
	for _, e := range append([]*entity(nil), d.order...) {
		if e.gaz != nil || e.weak || e.mergedInto != nil || strings.Contains(e.name, " ") || class(e.typ) == 'P' && e.person {
			continue
		}
		name := strings.ToLower(e.name)
		o := orgByLast[name]
		// (not a name the article says is a place's: "Nordvik University
		// College … in Nordvik, a fishing town")
		if o == nil && !e.person && !d.placeByApposition(e) {
			o = orgByFirst[name]
		}
		if o != nil && o != e && firstStart(o) < firstStart(e) {
			d.merge(e, o)
		}
	}
	d.linkShortBodyNames()
	d.linkInvertedBodyNames()
	d.linkCorporateForms()
	d.linkSpelledAcronyms()
	d.linkBracketedAcronyms()
	d.linkPlanNames()
	// "Storbrtannia", "Slawesi": a place name misspelt by one letter
	for _, e := range append([]*entity(nil), d.order...) {
		// English has real names a letter apart ("Columbia"); translated
		// Norwegian text more typos than names
		minLen := 9
		if d.lang != "en" {
			minLen = 7
		}
		if e.gaz != nil || e.mergedInto != nil || class(e.typ) != 'L' && class(e.typ) != 'G' || strings.Contains(e.name, " ") || len(e.name) < minLen {
			continue
		}
		if g := d.x.lex.misspeltPlace(e.name); g != nil {
			d.merge(e, d.gazetteerEntity(g))
		}
	}
	// Norwegian genitives of names the article also names: "Nationwides"
	if d.lang != "en" {
		byName := map[string]*entity{}
		for _, e := range d.order {
			if e.mergedInto == nil {
				byName[e.name] = e
			}
		}
		for _, e := range append([]*entity(nil), d.order...) {
			if stem, ok := strings.CutSuffix(e.name, "s"); ok && e.mergedInto == nil && e.gaz == nil && len(stem) > 1 && !strings.Contains(e.name, " ") {
				if into := byName[stem]; into != nil && into != e {
					d.merge(e, into)
				}
			}
		}
	}
	d.compact()
	d.mergeGenericActors()
	// "Long Name (ACR)": the acronym is another name of the long one
	for _, ms := range d.mentions {
		for k := 1; k < len(ms); k++ {
			a, b := ms[k-1], ms[k]
			if a.ent == b.ent || !isAllCaps(b.text) || b.ent.gaz != nil && a.ent.gaz != nil {
				continue
			}
			if b.start < a.end {
				continue // a name inside another
			}
			if between := d.text[a.end:b.start]; strings.TrimSpace(between) == "(" && strings.HasPrefix(strings.TrimLeft(d.text[b.end:], " "), ")") && initialsFit(b.text, a.ent.name, a.text) {
				if b.ent.gaz != nil {
					d.merge(a.ent, b.ent)
				} else {
					d.merge(b.ent, a.ent)
				}
			}
		}
	}
	d.compact()
}

// headlineWordBeforeSurname returns the person whose surname ends the
// two-word name of person e when e's first word is a capitalised opening
// word and no name: no given name, never capitalised inside a sentence,
// every mention of e opening its sentence ("Søvnløs Svindal knuste
// konkurrentene" before "Aksel Lund Svindal"), and long, as such words
// are ("Formsvake", "Embattled"; not "Track Palin" after "Sarah Palin");
// nil otherwise.
func (d *doc) headlineWordBeforeSurname(e *entity, byLast map[string][]*entity) *entity {
	words := strings.Fields(e.name)
	if len(words) != 2 || utf8.RuneCountInString(words[0]) < 7 || d.x.lex.givenNames[words[0]] || d.words[words[0]].capitalInside || d.lang == "en" && d.dictKind(words[0]) != "common" {
		return nil
	}
	for _, m := range e.mentions {
		if !m.hidden && !m.initial {
			return nil
		}
	}
	for _, o := range byLast[strings.ToLower(words[1])] {
		if o != e && !strings.EqualFold(strings.Fields(o.name)[0], words[0]) {
			return o
		}
	}
	return nil
}

// linkShortBodyNames merges a name that is the last words of a body's or
// place's longer name into it: "Long Lartin" beside "HMP Long Lartin", and
// "Long Lartin fengsel", a body noun after them.
func (d *doc) linkShortBodyNames() {
	bySuffixWords := map[string]*entity{}
	for _, o := range d.order {
		if words := strings.Fields(strings.ToLower(o.name)); o.mergedInto == nil && class(o.typ) != 'P' && len(words) > 2 {
			for k := 1; k+1 < len(words); k++ {
				if suffix := strings.Join(words[k:], " "); bySuffixWords[suffix] == nil {
					bySuffixWords[suffix] = o
				}
			}
		}
	}
	// "Korea" after "South Korea": the one country named with it
	byLastWord := d.countryTails()
	for _, e := range append([]*entity(nil), d.order...) {
		if e.gaz == nil && !e.weak && e.mergedInto == nil && !e.person && e.typ != "Person" && !strings.Contains(e.name, " ") {
			if o := byLastWord[strings.ToLower(e.name)]; o != nil {
				d.merge(e, o)
				continue
			}
		}
		if e.gaz != nil || e.weak || e.mergedInto != nil || e.person || !strings.Contains(e.name, " ") {
			continue
		}
		name := strings.ToLower(e.name)
		o := bySuffixWords[name]
		if words := strings.Fields(e.name); o == nil && len(words) > 2 && d.rules.orgNouns[words[len(words)-1]] {
			o = bySuffixWords[strings.ToLower(strings.Join(words[:len(words)-1], " "))] // "Long Lartin fengsel"
		}
		if o != nil && o != e {
			d.merge(e, o)
		}
	}
}

// linkInvertedBodyNames merges the two ways round of a body's name:
// "the Water Resources Ministry" is the "(Kenyan) Ministry of Water
// Resources", "Fisheries Department" the "Department of Fisheries"
// (inverted_kinds), a state or its adjective before either aside.
func (d *doc) linkInvertedBodyNames() {
	if len(d.x.lex.invertedKinds) == 0 {
		return
	}
	byKey := map[string]*entity{}
	var keyed []*entity
	var keys []string
	for _, e := range d.order {
		if e.mergedInto != nil || class(e.typ) != 'O' {
			continue
		}
		if k := d.invertedKey(e.name); k != "" {
			if o := byKey[k]; o == nil || o.gaz == nil && e.gaz != nil {
				byKey[k] = e // the known one of two
			}
			keyed, keys = append(keyed, e), append(keys, k)
		}
	}
	for i, e := range keyed {
		if o := byKey[keys[i]]; o != e && e.gaz == nil && e.mergedInto == nil && !d.statesDiffer(e.name, o.name) {
			d.merge(e, o)
		}
	}
}

// statesDiffer reports whether two bodies' names open with different
// states or their adjectives: the Moldovan Supreme Court is not the US
// Supreme Court.
func (d *doc) statesDiffer(a, b string) bool {
	sa, sb := d.leadingState(a), d.leadingState(b)
	return sa != nil && sb != nil && sa != sb
}

// leadingState is the state a name's first word names or is the
// adjective of ("Kenyan Ministry of …", "US Department of …"), or nil.
func (d *doc) leadingState(name string) *GazetteerEntry {
	first, _, _ := strings.Cut(name, " ")
	if g := d.x.lex.demonyms[strings.ToLower(first)]; g != nil {
		return g
	}
	return d.countryNamed(first)
}

// invertedKey is "KIND|TOPIC" for a body named "KIND of (the) TOPIC" or
// "TOPIC KIND", in lower case, without a state or its adjective before
// it; "" for any other name.
func (d *doc) invertedKey(name string) string {
	orig, words := strings.Fields(name), strings.Fields(strings.ToLower(name))
	for len(words) > 2 && (d.x.lex.demonyms[words[0]] != nil || d.countryNamed(orig[len(orig)-len(words)]) != nil) {
		words = words[1:] // "Kenyan Ministry of …", "US Department of …"
	}
	if len(words) >= 3 && d.x.lex.invertedKinds[words[0]] && words[1] == "of" {
		topic := words[2:]
		if topic[0] == "the" && len(topic) > 1 {
			topic = topic[1:]
		}
		return words[0] + "|" + strings.Join(topic, " ")
	}
	if n := len(words); n >= 2 && d.x.lex.invertedKinds[words[n-1]] {
		return words[n-1] + "|" + strings.Join(words[:n-1], " ")
	}
	return ""
}

// linkCorporateForms merges a company's legal name into the shorter name
// the article also uses: "Aer Lingus Group PLC" is Aer Lingus. A short
// name taken for a person's by its shape, with no sign of one, is the
// company's ("accusing Abyssal Metals of" after "Abyssal Metals Corp.").
func (d *doc) linkCorporateForms() {
	byName := map[string]*entity{}
	for _, o := range d.order {
		if o.mergedInto == nil && (class(o.typ) == 'O' || o.typ == "Person" && !o.person && o.gaz == nil) {
			byName[strings.ToLower(o.name)] = o
		}
	}
	for _, e := range append([]*entity(nil), d.order...) {
		if e.gaz != nil || e.mergedInto != nil || class(e.typ) != 'O' {
			continue
		}
		words := strings.Fields(strings.ToLower(e.name))
		n := len(words)
		for n > 1 && d.x.lex.corporateSuffixes[words[n-1]] {
			n--
		}
		if n == len(words) {
			continue
		}
		if o := byName[strings.Join(words[:n], " ")]; o != nil && o != e && o.mergedInto == nil {
			if class(o.typ) != 'O' {
				o.typ, o.strength = e.typ, max(o.strength, e.strength)
			}
			d.merge(e, o)
		}
	}
}

// linkSpelledAcronyms merges an acronym no entry knows into the one body
// of the article whose capitalised words it spells: "the ISA secretariat"
// after "the International Seabed Authority" (the parenthesis that often
// introduces it left out). Words in lower case do not count ("SOHR",
// "Syrian Observatory for Human Rights").
func (d *doc) linkSpelledAcronyms() {
	spelled := map[string][]*entity{}
	for _, o := range d.order {
		if o.mergedInto != nil || class(o.typ) != 'O' {
			continue
		}
		if ac := capitalInitials(o.name); utf8.RuneCountInString(ac) >= 3 {
			spelled[ac] = append(spelled[ac], o)
		}
	}
	if len(spelled) == 0 {
		return
	}
	for _, e := range append([]*entity(nil), d.order...) {
		if e.gaz != nil || e.mergedInto != nil || e.person || !isAcronym(e.name) {
			continue
		}
		if into := spelled[e.name]; len(into) == 1 && into[0] != e && into[0].mergedInto == nil {
			d.merge(e, into[0])
		}
	}
}

// linkBracketedAcronyms merges an acronym no entry knows, in brackets
// right after a body's name, into that body when it holds every initial
// of the name's capitalised words in some order: the name's own language
// orders them ("the National Institute of Civil Defence (INDECI)", from
// the Spanish; "Jama'at Nusrat al-Islam wal-Muslimin (JNIM)").
func (d *doc) linkBracketedAcronyms() {
	for _, ms := range d.mentions {
		for k := 0; k+1 < len(ms); k++ {
			a, b := ms[k], ms[k+1]
			if a.hidden || b.hidden || a.ent == b.ent || class(a.ent.typ) != 'O' || b.ent.gaz != nil || b.ent.mergedInto != nil || b.ent.person || !isAcronym(b.ent.name) {
				continue
			}
			if strings.TrimSpace(d.text[a.end:b.start]) != "(" || !strings.HasPrefix(d.text[b.end:], ")") {
				continue
			}
			ini := capitalInitials(a.ent.name)
			if utf8.RuneCountInString(ini) < 2 || !lettersWithin(ini, b.ent.name) {
				continue
			}
			into := a.ent
			for into.mergedInto != nil {
				into = into.mergedInto
			}
			if into != b.ent {
				d.merge(b.ent, into)
			}
		}
	}
}

// lettersWithin reports whether every letter of sub occurs in s, as
// often as in sub.
func lettersWithin(sub, s string) bool {
	count := map[rune]int{}
	for _, r := range s {
		count[r]++
	}
	for _, r := range sub {
		if count[r]--; count[r] < 0 {
			return false
		}
	}
	return true
}

// capitalInitials is the first letters of the capitalised words of name
// ("ISA" of "International Seabed Authority"), or "" when a word is not
// a word (a number, an acronym of its own).
func capitalInitials(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(name) {
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case isAllCaps(w) && utf8.RuneCountInString(w) > 1, unicode.IsDigit(r):
			return ""
		case unicode.IsUpper(r):
			b.WriteRune(r)
		}
	}
	return b.String()
}

// linkPlanNames merges a plan's capitalised name without its nouns into
// the plan, unless the name is a person's: "Chequers" after "the Chequers
// plan".
func (d *doc) linkPlanNames() {
	planByName := map[string]*entity{}
	for _, o := range d.order {
		if o.mergedInto != nil || o.typ != "Proposal" && o.typ != "Agreement" {
			continue
		}
		words := strings.Fields(o.name)
		k := 0
		for k < len(words) && startsName(words[k]) {
			k++
		}
		if k > 0 && k < len(words) && d.rules.PlanNouns[strings.ToLower(words[len(words)-1])] != "" {
			if name := strings.ToLower(strings.Join(words[:k], " ")); planByName[name] == nil {
				planByName[name] = o
			}
		}
	}
	for _, e := range append([]*entity(nil), d.order...) {
		if p := planByName[strings.ToLower(e.name)]; p != nil && p != e && e.gaz == nil && e.mergedInto == nil && !e.person {
			d.merge(e, p)
		}
	}
}

// setAsideProducts keeps products — cars, phones, films, brands — out of
// the article's entities unless a relation needs them: a name that is a
// company's name and more ("Ford Taurus", "Airbus A400M"), a name always
// followed or preceded by a product noun ("the Crown Victoria cars", "the
// film Mission Impossible"), or one listed after "brands such as".
func (d *doc) setAsideProducts() {
	if len(d.rules.productNouns) == 0 {
		return
	}
	companies := map[string]bool{}
	for _, e := range d.order {
		if e.typ == "Company" && e.mergedInto == nil {
			for _, n := range append([]string{e.name}, e.aliases...) {
				// "Nordic Motor Company", "Nordic Motor", "Nordic"
				for words := strings.Fields(n); len(words) > 0; words = words[:len(words)-1] {
					companies[strings.Join(words, " ")] = true
					if last := words[len(words)-1]; !d.x.lex.orgWords[strings.ToLower(last)] && d.orgSuffixType(last) == "" {
						break
					}
				}
			}
		}
	}
	for _, e := range d.order {
		if e.gaz == nil && e.mergedInto == nil && len(e.mentions) > 0 && d.knownProduct(e.name) {
			d.forget(e) // "Mac OS X Lion", whatever its shape or verbs suggested: no member of its maker either
			continue
		}
		if e.gaz == nil && e.mergedInto == nil && len(e.mentions) > 0 && d.saidToBeWork(e) {
			d.forget(e) // "Calypso Bay is a children's animated series", whatever "a children's" suggested
			continue
		}
		if e.gaz == nil && e.mergedInto == nil && e.typ == "Person" && e.person && len(e.mentions) > 0 && d.allInTitleQuotes(e) {
			e.weak = true // "The Rachel Maddow Show", whatever its given name says
			continue
		}
		if e.gaz == nil && e.mergedInto == nil && e.typ == "Person" && len(e.mentions) > 0 && d.companyModel(e.name, companies) {
			e.weak = true // "the Ford Five Hundred" in an article on Ford Motor Company, whatever a speech verb suggested
			continue
		}
		if e.gaz != nil || e.mergedInto != nil || e.typ == "Person" && e.person || class(e.typ) == 'G' || class(e.typ) == 'V' || len(e.mentions) == 0 {
			continue
		}
		if d.titleWord(e) || d.bareBodyWord(e) || d.adverbShaped(e) {
			d.forget(e) // no name at all: no slot in relations either
			continue
		}
		if e.typ == "Person" && !e.person && d.bodyShaped(e.name) {
			d.forget(e) // "Game of Thrones": a title, no one "he" may be
			continue
		}
		if d.companyModel(e.name, companies) {
			e.weak = true
			continue
		}
		product := true
		for _, m := range e.mentions {
			if !d.productContext(m) {
				product = false
				break
			}
		}
		if product {
			e.weak = true
		}
	}
}

// knownProduct reports whether name is a product the lexicon lists or
// opens with one: "Mac OS X Lion".
func (d *doc) knownProduct(name string) bool {
	words := strings.Fields(name)
	for n := len(words); n >= 1; n-- {
		if d.x.lex.productNames[strings.Join(words[:n], " ")] {
			return true
		}
	}
	return false
}

// bodyShaped reports whether name joins two names by "of" or "for", as
// bodies' names and titles of works do ("Game of Thrones") and people's
// names do not, unless a title opens it ("Duke of Sussex").
func (d *doc) bodyShaped(name string) bool {
	words := strings.Fields(name)
	if len(words) < 3 || d.rules.role(strings.ToLower(words[0])) != "" {
		return false
	}
	for _, w := range words[1 : len(words)-1] {
		if d.x.lex.orgConnectors[w] {
			return true
		}
	}
	return false
}

// forget removes e's mentions from the document: it names nothing.
func (d *doc) forget(e *entity) {
	for _, m := range e.mentions {
		d.unlist(m)
	}
	e.mentions = nil
	e.weak = true
}

// unlist removes m from its sentence's mentions.
func (d *doc) unlist(m *mention) {
	ms := d.mentions[m.sent]
	for k := range ms {
		if ms[k] == m {
			d.mentions[m.sent] = append(ms[:k], ms[k+1:]...)
			return
		}
	}
}

// adverbShaped reports whether e is one English word shaped like an
// adverb, capitalised at a sentence's start: "Historically", "Reportedly".
func (d *doc) adverbShaped(e *entity) bool {
	if d.lang != "en" || strings.Contains(e.name, " ") || d.x.lex.givenNames[e.name] || len(e.name) < 8 {
		return false
	}
	lw := strings.ToLower(e.name)
	for _, end := range []string{"ally", "ously", "ively", "edly", "ently", "antly", "ingly"} {
		if strings.HasSuffix(lw, end) {
			return true
		}
	}
	return false
}

// bareBodyWord reports whether e's name is only a word for a kind of body
// ("League", "Ltd", "Police"), with no name of its own.
func (d *doc) bareBodyWord(e *entity) bool {
	if strings.Contains(e.name, " ") || class(e.typ) != 'O' {
		return false
	}
	lw := strings.ToLower(strings.TrimSuffix(e.name, "."))
	return d.x.lex.orgWords[lw] || d.x.lex.orgWords[lw+"."]
}

// titleWord reports whether e is the first word of a title each time it
// is named: "Foreign" in "Foreign Minister Walid al-Moualem".
func (d *doc) titleWord(e *entity) bool {
	if strings.Contains(e.name, " ") {
		return false
	}
	for _, m := range e.mentions {
		toks := d.toks[m.sent]
		k := d.tokenAt(m.sent, m.end)
		if k >= len(toks) || d.rules.role(strings.ToLower(m.text+" "+toks[k].Text)) == "" {
			return false
		}
	}
	return true
}

// companyModel reports whether name is a company's name followed by words
// that name no body: "Ford Taurus", not "Ford Motor Credit Company".
func (d *doc) companyModel(name string, companies map[string]bool) bool {
	words := strings.Fields(name)
	for k := len(words) - 1; k >= 1; k-- {
		if !companies[strings.Join(words[:k], " ")] {
			continue
		}
		for _, g := range d.x.lex.lookup(words[k:]) {
			if c := class(g.Type); c == 'G' || c == 'L' {
				return false // a branch: "EADS North America", "Toyota UK"
			}
		}
		for _, w := range words[k:] {
			if lw := strings.ToLower(w); d.x.lex.orgWords[lw] || d.x.lex.corporateSuffixes[lw] || d.orgSuffixType(w) != "" || d.rules.placeWords[lw] || d.rules.eventWords[lw] {
				return false
			}
		}
		return true
	}
	return false
}

// productContext reports whether mention m stands next to a product noun
// or in a list of brands.
func (d *doc) productContext(m *mention) bool {
	toks := d.toks[m.sent]
	k := d.tokenAt(m.sent, m.start)
	e := d.tokenAt(m.sent, m.end)
	// past a bracket: "six new A350 XWB (Extra Wide Body) aircraft", for
	// the name and for the bracket's expansion of it
	after := e
	if after < len(toks) && toks[after].Text == "(" {
		for j := after + 1; j < len(toks) && j <= after+6; j++ {
			if toks[j].Text == ")" {
				after = j + 1
				break
			}
		}
	} else if after < len(toks) && toks[after].Text == ")" && k > 0 && toks[k-1].Text == "(" {
		after++
	}
	if after < len(toks) && d.rules.productNouns[toks[after].Lower] {
		return true // "the Ford Explorer, whose sales" no; "the Crown Victoria cars" yes
	}
	if e < len(toks) && isNumber(toks[e].Text) && d.text[m.end:toks[e].Start] == " " && !(e+1 < len(toks) && d.rules.quantityNouns[toks[e+1].Lower]) {
		return true // a model or an index: "Boeing 767", "Nikkei 225", "FTSE 100"; not "the Riverside Church 18 years ago"
	}
	if k > 0 && d.rules.productNouns[toks[k-1].Lower] && (k < 2 || strings.EqualFold(toks[k-2].Text, "the") || isNumber(toks[k-2].Text) || d.lang != "en") {
		return true // "the film Mission Impossible", "the 1969 film Easy Rider"
	}
	if d.inTitleQuote(m) {
		return true // "the creator of "Pawn Stars"", «The Rachel Maddow Show»
	}
	// "brands such as Revlon, Essie and Tweezerman", "merker som Revlon"
	for j := k - 1; j >= 0 && j >= k-12; j-- {
		w := toks[j].Lower
		if d.rules.productNouns[w] && j+1 < len(toks) && d.rules.exampleMarkers[toks[j+1].Lower] {
			return true
		}
		if w == "." || w == ";" {
			break
		}
	}
	return false
}

// saidToBeWork reports whether a sentence says e is a work (predicatedWork).
func (d *doc) saidToBeWork(e *entity) bool {
	for _, m := range e.mentions {
		if !m.hidden && d.predicatedWork(d.toks[m.sent], d.tokenAt(m.sent, m.end)) {
			return true
		}
	}
	return false
}

// predicatedWork reports whether the words from toks[e] say the name
// before them is a work's: a copula or a comma, an article, then a
// work's noun heading its phrase within a few words ("is an adventure
// video game developed by …", ", a British sitcom broadcast on ITV"; not
// "is a game developer").
func (d *doc) predicatedWork(toks []Token, e int) bool {
	r := d.rules
	if len(r.workNouns) == 0 || e+1 >= len(toks) || !r.articles[toks[e+1].Lower] || !r.copulas[toks[e].Lower] && toks[e].Text != "," {
		return false
	}
	if toks[e].Text == "," && toks[e+1].Lower == "the" {
		return false // "Under Governor Haruhiko Kuroda, the bank adopted a programme"
	}
	for j := e + 2; j < len(toks) && j <= e+8; j++ {
		w := toks[j]
		if r.workNouns[w.Lower] {
			if j+1 >= len(toks) {
				return true
			}
			next := toks[j+1]
			return !isLowerWord(next.Text) || r.nounPhraseEnds[next.Lower] || r.relative[next.Lower] || strings.HasSuffix(next.Lower, "ed") || next.Lower == "by"
		}
		if startsName(w.Text) && d.x.lex.demonyms[w.Lower] == nil || strings.ContainsAny(w.Text, ",.;:()\"") {
			return false
		}
	}
	return false
}

// allInTitleQuotes reports whether every mention of e lies in a title's
// quotation that holds more than its name.
func (d *doc) allInTitleQuotes(e *entity) bool {
	for _, m := range e.mentions {
		if !d.inTitleQuote(m) || d.quotedAlone(m) {
			return false
		}
	}
	return true
}

// quotedAlone reports whether a mention is all its quotation holds:
// "«Kim»" quotes a name, not a title.
func (d *doc) quotedAlone(m *mention) bool {
	before := strings.TrimRight(d.text[:m.start], " ")
	after := strings.TrimLeft(d.text[m.end:], " ,.!?")
	opens := strings.HasSuffix(before, "\"") || strings.HasSuffix(before, "“") || strings.HasSuffix(before, "«")
	closes := strings.HasPrefix(after, "\"") || strings.HasPrefix(after, "”") || strings.HasPrefix(after, "»")
	return opens && closes
}

// inTitleQuote reports whether a mention lies in a short quotation whose
// words are capitalised as a title's are: a book, a show or a song, not a
// name of its own.
func (d *doc) inTitleQuote(m *mention) bool {
	s := d.sents[m.sent]
	from := max(s.Start, m.start-160) // a title is short: look no further (a long line stays linear)
	before := d.text[from:m.start]
	open := strings.LastIndexAny(before, "\"“«")
	if open < 0 || before[open] == '"' && d.straightQuotesBefore(m.sent, from+open)%2 == 1 {
		return false // none, or the close of an earlier quote
	}
	if strings.ContainsAny(before[open+1:], "”»") {
		return false
	}
	after := d.text[m.end:min(s.End, m.end+160)]
	end := strings.IndexAny(after, "\"”»")
	if end < 0 {
		return false
	}
	q := strings.TrimRight(strings.TrimLeft(before[open:], "\"“« "), " ") + d.text[m.start:m.end] + after[:end]
	words := strings.Fields(q)
	if len(words) == 0 || len(words) > 15 {
		return false
	}
	for _, w := range words {
		w = strings.Trim(w, ",.:;!?'’")
		if utf8.RuneCountInString(w) >= 4 && !isCapitalized(w) {
			return false // a sentence quoted, not a title
		}
	}
	return true
}

// straightQuotesBefore counts the '"' of sentence si before offset off,
// from the sentence's quote offsets, found once.
func (d *doc) straightQuotesBefore(si, off int) int {
	if d.quoteOffsets == nil {
		d.quoteOffsets = map[int][]int{}
	}
	qs, ok := d.quoteOffsets[si]
	if !ok {
		s := d.sents[si]
		for i := s.Start; i < s.End; i++ {
			if d.text[i] == '"' {
				qs = append(qs, i)
			}
		}
		d.quoteOffsets[si] = qs
	}
	return sort.SearchInts(qs, off)
}

// isNumber reports whether w is written in digits only.
func isNumber(w string) bool {
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return w != ""
}

// centralEvents makes an entity of each unnamed event the article keeps
// coming back to — an event noun ("the referendum", "høringen",
// "FBI-granskingen") it uses at least twice — one per article, like its
// documents.
func (d *doc) centralEvents() {
	if len(d.rules.EventNouns) == 0 {
		return
	}
	uses := map[string][]eventUse{}
	var order []string
	for si, toks := range d.toks {
		for i, t := range toks {
			w := t.Lower
			// two words first: "trade war", "maiden flight"
			if i+1 < len(toks) && d.rules.eventFirst[w] {
				if canon, ok := d.rules.EventNouns[w+" "+toks[i+1].Lower]; ok && !d.inMention(si, t.Start) {
					if uses[canon] == nil {
						order = append(order, canon)
					}
					uses[canon] = append(uses[canon], eventUse{si, Token{Text: d.text[t.Start:toks[i+1].End], Lower: strings.ToLower(d.text[t.Start:toks[i+1].End]), Start: t.Start, End: toks[i+1].End}, false})
					continue
				}
			}
			if k := strings.LastIndexByte(w, '-'); k >= 0 && k+1 < len(w) {
				w = w[k+1:] // a compound's last part names its kind
			}
			canon, ok := d.rules.EventNouns[w]
			genitive := false
			if !ok && d.lang != "en" {
				// "Folkeavstemningens støttespillere": the event's genitive
				if stem, gen := genitiveStem(w, d.lang); gen {
					canon, ok = d.rules.EventNouns[stem]
					genitive = ok
				}
			}
			if !ok || d.inMention(si, t.Start) || i > 0 && uses[canon] != nil && uses[canon][len(uses[canon])-1].tok.End == t.End {
				continue
			}
			if i > 0 && d.rules.infinitiveMarkers[toks[i-1].Lower] {
				continue // "to deal with the disturbance": a verb
			}
			if uses[canon] == nil {
				order = append(order, canon)
			}
			uses[canon] = append(uses[canon], eventUse{si, t, genitive})
		}
	}
	for _, canon := range order {
		// (an election the article mentions once is still the one it means:
		// "the Nov. 6 midterm elections")
		if len(uses[canon]) < 2 && !contains(d.rules.OnceEvents, canon) {
			continue
		}
		name := canon
		if place := d.eventPlace(uses[canon]); place != nil && d.rules.EventPlaceName != "" {
			// "the summit in Singapore": the Singapore summit, toppmøtet i Singapore
			name = strings.NewReplacer("{place}", place.name, "{event}", canon).Replace(d.rules.EventPlaceName)
		}
		e := d.entity("event-"+Key(canon)+"-"+d.articleKey, name, "Event", lexiconFact)
		e.addAlias(canon)
		for _, u := range uses[canon] {
			m := &mention{start: u.tok.Start, end: u.tok.End, text: u.tok.Text, sent: u.si, generic: true, genitive: u.genitive}
			d.attach(e, m)
			ms := d.mentions[u.si]
			k := sort.Search(len(ms), func(i int) bool { return ms[i].start > m.start })
			d.mentions[u.si] = append(ms[:k], append([]*mention{m}, ms[k:]...)...)
		}
	}
}

// eventUse is a sentence's word that names an unnamed event.
type eventUse struct {
	si       int
	tok      Token
	genitive bool // "folkeavstemningens"
}

// eventPlace is the place an event is named with: "the Singapore summit",
// "the summit in Singapore", "toppmøtet i Singapore"; nil if none.
func (d *doc) eventPlace(uses []eventUse) *entity {
	for _, u := range uses {
		toks := d.toks[u.si]
		k := d.tokenAt(u.si, u.tok.Start)
		if k > 0 {
			if e := d.mentionEndingAt(u.si, toks[k-1].End); e != nil && class(e.typ) == 'L' || e != nil && class(e.typ) == 'G' && !strings.HasSuffix(toks[k-1].Text, "s") {
				return e
			}
		}
		j := d.tokenAt(u.si, u.tok.End)
		if j+1 < len(toks) && (toks[j].Text == "in" || toks[j].Text == "i") {
			if e := d.mentionStartingAt(u.si, toks[j+1].Start); e != nil && (class(e.typ) == 'L' || class(e.typ) == 'G') {
				return e
			}
		}
	}
	return nil
}

// quotedBefore reports whether a single quote opens right before offset
// off in sentence si: 'Kestrel Motors' is quoted, not a genitive.
func (d *doc) quotedBefore(si, off int) bool {
	toks := d.toks[si]
	k := sort.Search(len(toks), func(i int) bool { return toks[i].End >= off })
	return k < len(toks) && toks[k].End == off && (toks[k].Text == "'" || toks[k].Text == "‘")
}

// inMention reports whether a mention of sentence si covers offset off.
func (d *doc) inMention(si, off int) bool {
	for _, m := range d.mentions[si] {
		if m.start <= off && off < m.end {
			return true
		}
	}
	return false
}

// nameParticles join the parts of a person's name: "Paulo Di Canio",
// "Kevin De Bruyne", "Ludwig van Beethoven".
var nameParticles = map[string]bool{"di": true, "de": true, "da": true, "del": true, "della": true, "van": true, "von": true,
	"der": true, "den": true, "du": true, "dos": true, "das": true, "le": true, "la": true, "bin": true, "ibn": true, "arap": true}

// joinParticleNames makes one person of a name read as two around a
// particle: "Paulo" and "Canio" in "Paulo Di Canio".
func (d *doc) joinParticleNames() {
	for si, ms := range d.mentions {
		for k := 0; k+1 < len(ms); k++ {
			a, b := ms[k], ms[k+1]
			if a.hidden || b.hidden || b.start < a.end || a.ent.gaz != nil || b.ent.gaz != nil || a.ent.typ != "Person" && b.ent.typ != "Person" {
				continue
			}
			between := d.text[a.end:b.start]
			p := strings.TrimSpace(between)
			if !nameParticles[strings.ToLower(p)] || between != " "+p+" " || strings.Contains(a.text, " ") && !d.x.lex.givenNames[strings.Fields(a.text)[0]] {
				continue
			}
			ms = d.joinMentions(si, k, "Person")
		}
	}
}

// joinMentions makes one mention, of a new entity of type typ, of the
// mentions k and k+1 of sentence si, and returns the sentence's mentions.
func (d *doc) joinMentions(si, k int, typ string) []*mention {
	ms := d.mentions[si]
	a, b := ms[k], ms[k+1]
	name := d.text[a.start:b.end]
	e := d.entity("", name, typ, contextGuess)
	m := &mention{start: a.start, end: b.end, text: name, sent: si, initial: a.initial}
	for _, old := range []*mention{a, b} {
		kept := old.ent.mentions[:0]
		for _, x := range old.ent.mentions {
			if x != old {
				kept = append(kept, x)
			}
		}
		old.ent.mentions = kept
	}
	d.attach(e, m)
	d.mentions[si] = append(ms[:k], append([]*mention{m}, ms[k+2:]...)...)
	return d.mentions[si]
}

// joinBranchNames makes one body of a company or medium and the place of
// its branch: "BBC Scotland", "Toyota UK".
func (d *doc) joinBranchNames() {
	for si, ms := range d.mentions {
		toks := d.toks[si]
		for k := 0; k+1 < len(ms); k++ {
			a, b := ms[k], ms[k+1]
			if a.hidden || b.hidden || a.genitive || b.genitive || a.ent.typ != "Company" && a.ent.typ != "MediaOrganization" || class(b.ent.typ) != 'G' && class(b.ent.typ) != 'L' || d.text[a.end:b.start] != " " {
				continue
			}
			if n := d.tokenAt(si, b.end); n < len(toks) && (d.anyTitle(toks[n].Lower) || toks[n].Text == "'s") {
				continue // "the BBC Scotland correspondent" is no branch of its own
			}
			ms = d.joinMentions(si, k, a.ent.typ)
		}
	}
}

// dropForeignCountryNames forgets, in an English article, mentions of a
// known entity by its Norwegian name only: "Island" (Iceland) in "Sulawesi
// Island", "Man" (Isle of Man), "POD" (Politidirektoratet) for a
// "personal online data store".
func (d *doc) dropForeignCountryNames() {
	if d.lang != "en" {
		return
	}
	for _, e := range d.order {
		if e.gaz == nil || len(e.gaz.Labels["nb"]) == 0 {
			continue
		}
		// (a country's names past its English and Norwegian ones are
		// added by hand and good in any language)
		var kept []*mention
		for _, m := range e.mentions {
			if d.foreignName(e.gaz, m.text) {
				d.unlist(m)
				continue
			}
			kept = append(kept, m)
		}
		e.mentions = kept
	}
}

// dropWorkTitles drops the names inside a quoted title ("«Just the Funny
// Parts: And a Few Hard Truths About …»", "'La Bomba'"): a work's title,
// whose capitalised words name no person, body or place the lexicon does
// not know.
func (d *doc) dropWorkTitles() {
	for si := range d.sents {
		spans := d.titleSpans(si)
		for _, m := range append([]*mention(nil), d.mentions[si]...) {
			if m.hidden || m.ent.gaz != nil {
				continue
			}
			drop := d.workNounBefore(si, m) // "the film Johnny English Reborn"
			for _, sp := range spans {
				drop = drop || m.start >= sp[0] && m.end <= sp[1]
			}
			if drop {
				d.unlist(m)
				m.ent.mentions = slices.DeleteFunc(m.ent.mentions, func(x *mention) bool { return x == m })
			}
		}
	}
}

// workNounBefore reports whether a work's noun (work_nouns) in lower case
// stands right before mention m: "the film Johnny English Reborn", "the
// show Desert Island Discs", "filmen Titanic".
func (d *doc) workNounBefore(si int, m *mention) bool {
	k := d.tokenAt(si, m.start)
	if k < 1 || len(d.rules.workNouns) == 0 {
		return false
	}
	prev := d.toks[si][k-1]
	return isLowerWord(prev.Text) && d.rules.workNouns[prev.Lower]
}

// titleSpans returns the quoted spans of sentence si written as titles:
// two capitalised words or more, every other word a stopword ("«The Last
// Palace: Europe's Turbulent Century in Five Lives»").
func (d *doc) titleSpans(si int) [][2]int {
	toks := d.toks[si]
	var out [][2]int
	for k := 0; k < len(toks); k++ {
		open := toks[k].Text
		if open != "«" && open != "“" && open != "\"" && open != "'" && open != "‘" {
			continue
		}
		caps, ok := 0, true
		end := -1
		for j := k + 1; j < len(toks) && j < k+20; j++ {
			t := toks[j].Text
			if isClosingQuote(t) || t == "'" || t == "’" {
				end = j
				break
			}
			if !hasLetter(t) {
				continue
			}
			switch {
			case isCapitalized(t):
				caps++
			case !d.rules.stop[toks[j].Lower]:
				ok = false
			}
		}
		if end > k+2 && ok && caps >= 2 {
			out = append(out, [2]int{toks[k].End, toks[end].Start})
			k = end
		}
	}
	return out
}

// dropForeignHomeBodies forgets mentions of a country's own body by a
// generic name ("Regjeringen", "Finansdepartementet" for Norway's) in an
// article about another country, where they name that country's body:
// they count for their home country where the article is about it, or
// about no country in particular and names the home country or none.
func (d *doc) dropForeignHomeBodies() {
	var home map[string]bool // the countries a generic name may mean here
	for _, e := range d.order {
		if e.gaz == nil || e.gaz.Home == "" || len(e.gaz.Generic) == 0 {
			continue
		}
		if home == nil {
			home = map[string]bool{}
			if mc := d.mainCountry(); mc != nil {
				home[mc.key] = true
			} else {
				any := false
				for _, c := range d.order {
					if c.mergedInto == nil && c.typ == "Country" && len(c.mentions) > 0 {
						home[c.key], any = true, true
					}
				}
				if !any {
					home[e.gaz.Home] = true // a domestic article names no country
				}
			}
		}
		if home[e.gaz.Home] {
			continue
		}
		var kept []*mention
		for _, m := range e.mentions {
			if containsFold(e.gaz.Generic, m.text) {
				d.unlist(m)
				continue
			}
			kept = append(kept, m)
		}
		e.mentions = kept
	}
}

// genericCounterparts reads a generic body name ("finansdepartementet",
// "Treasury") in an article about one country as that country's body, where
// the gazetteer names it: HM Treasury in a British article.
func (d *doc) genericCounterparts() {
	cp := d.x.lex.counterparts
	if len(cp) == 0 {
		return
	}
	home := "" // the article's country (homeKey), when a name needs it
	for si, toks := range d.toks {
		var added []*mention
		for _, t := range toks {
			es := cp[t.Lower]
			if len(es) == 0 {
				continue
			}
			if home == "" {
				if home = d.homeKey(); home == "" {
					return
				}
			}
			body := d.x.lex.counterpartIn(t.Lower, home, nil)
			if body == nil || d.covered(si, t) {
				continue
			}
			m := &mention{start: t.Start, end: t.End, text: t.Text, sent: si}
			d.attach(d.gazetteerEntity(body), m)
			added = append(added, m)
		}
		d.addMentions(si, added)
	}
}

// homeKey is the key of the article's country: the one it names most,
// or where its cities are; "" if neither tells.
func (d *doc) homeKey() string {
	if mc := d.mainCountry(); mc != nil {
		return mc.key
	}
	if sc := d.sceneCountry(); sc != nil {
		return sc.Key
	}
	return ""
}

// atHome returns the counterpart of g the article's country has under
// name ("Conservative" in an article about Norway: Høyre, not the British
// party the adjective names elsewhere), or g.
func (d *doc) atHome(g *GazetteerEntry, name string) *GazetteerEntry {
	if g == nil || len(d.x.lex.counterparts[strings.ToLower(name)]) == 0 || g.Home != "" {
		return g
	}
	if c := d.x.lex.counterpartIn(name, d.homeKey(), g); c != nil {
		return c
	}
	return g
}

// homeCounterparts reads a body named only by names its home country's
// counterpart also goes by, in an article about that country, as the
// counterpart: "Labour", "the Labour Party", "Conservative leader" in an
// article about Norway are Arbeiderpartiet and Høyre (generic names of
// theirs), not the British parties the gazetteer knows by them.
func (d *doc) homeCounterparts() {
	cp := d.x.lex.counterparts
	if len(cp) == 0 {
		return
	}
	home := "" // the article's country (homeKey), when a name needs it
	for _, e := range d.order {
		if e.mergedInto != nil || len(e.mentions) == 0 || class(e.typ) != 'O' || e.gaz != nil && e.gaz.Home != "" {
			continue
		}
		var body *GazetteerEntry
		for _, m := range e.mentions {
			if home == "" {
				if home = d.homeKey(); home == "" {
					return
				}
			}
			found := d.x.lex.counterpartIn(m.text, home, e.gaz)
			if found == nil || body != nil && found != body {
				body = nil // a name only it goes by: "the British Labour Party"
				break
			}
			body = found
		}
		if body != nil {
			d.merge(e, d.gazetteerEntity(body))
		}
	}
}

// addMentions adds mentions found after recognition to sentence si's, in
// text order.
func (d *doc) addMentions(si int, added []*mention) {
	if len(added) == 0 {
		return
	}
	ms := append(d.mentions[si], added...)
	sort.SliceStable(ms, func(a, b int) bool { return ms[a].start < ms[b].start })
	d.mentions[si] = ms
}

// coverage tells, for the tokens of a sentence visited in text order,
// whether a mention overlaps them, reading the sentence's mentions (sorted
// by start) once: covered asked per token was quadratic on a long line.
type coverage struct {
	ms        []*mention
	i, maxEnd int
}

// covers reports whether a mention overlaps t; tokens must come in order.
func (c *coverage) covers(t Token) bool {
	for ; c.i < len(c.ms) && c.ms[c.i].start < t.End; c.i++ {
		c.maxEnd = max(c.maxEnd, c.ms[c.i].end)
	}
	return c.maxEnd > t.Start
}

// covered reports whether a mention in sentence si overlaps token t.
func (d *doc) covered(si int, t Token) bool {
	for _, m := range d.mentions[si] {
		if m.start < t.End && t.Start < m.end {
			return true
		}
	}
	return false
}

// containsFold reports whether list holds s, ignoring case.
func containsFold(list []string, s string) bool {
	for _, x := range list {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}

// trimPersonAffixes takes what is no part of a person's name off it: a
// title compound capitalised at a sentence's start ("Programvert Chris
// Wallace", "Visepresident Mike Pence"), a party or title word before the
// given name ("Republican Keith Rothfus") and a post-nominal ("Jeane
// Freeman MSP").
func (d *doc) trimPersonAffixes() {
	lx := d.x.lex
	for _, e := range append([]*entity(nil), d.order...) {
		words := strings.Fields(e.name)
		if e.gaz != nil || len(words) < 3 || e.typ != "Person" && d.lang == "en" {
			continue
		}
		from, to := 0, len(words)
		first := strings.ToLower(words[0])
		if !lx.givenNames[words[0]] && lx.givenNames[words[1]] && !isInitial(words[0]) &&
			(d.rules.role(first) != "" || d.rules.PartyAdjectives[first] != "" || d.rules.politicianTitles[first] || d.adjectiveShaped(words[0]) || d.lang != "en" && utf8.RuneCountInString(words[0]) >= 9) {
			from = 1
		}
		// "Detective Inspector Brian O'Hagan": titles of two words; "Tory
		// Brexiteer Andrea Jenkyns": a party and what its member is
		if from == 0 && len(words) >= 4 && (d.anyTitle(first) || d.rules.PartyAdjectives[first] != "") && (d.anyTitle(strings.ToLower(words[1])) || d.rules.politicianTitles[strings.ToLower(words[1])]) && lx.givenNames[words[2]] {
			from = 2
		}
		if e.typ != "Person" {
			// "Skottlandskapteinen Rory Hughes" taken for a body: a title
			// compound and a person's name
			if from == 0 || d.rules.role(d.baseRole(strings.ToLower(lastCompoundPart(words[0], d.rules.roleOf)))) == "" {
				continue
			}
			e.typ = "Person"
		}
		if d.x.lex.postNominals[words[to-1]] {
			to--
		}
		if from == 0 && to == len(words) || to-from < 2 {
			continue
		}
		name := strings.Join(words[from:to], " ")
		cut := len(strings.Join(words[:from], " "))
		if from > 0 {
			cut++ // the space
		}
		for _, m := range e.mentions {
			if strings.HasPrefix(m.text, strings.Join(words[:from], " ")) && len(m.text) > cut {
				m.start += cut
				m.text = m.text[cut:]
			}
			if to < len(words) && strings.HasSuffix(m.text, " "+words[len(words)-1]) {
				m.text = strings.TrimSuffix(m.text, " "+words[len(words)-1])
				m.end = m.start + len(m.text)
			}
		}
		var aliases []string
		for _, a := range e.aliases {
			if a != e.name {
				aliases = append(aliases, a)
			}
		}
		delete(d.entities, e.key)
		e.key, e.name, e.aliases, e.aliasSet = Key(name), name, nil, nil
		for _, a := range aliases {
			if !strings.Contains(a, e.name) || a == e.name {
				e.addAlias(a)
			}
		}
		if other := d.entities[e.key]; other != nil && other != e {
			d.merge(e, other)
			continue
		}
		d.entities[e.key] = e
	}
	d.compact()
}

// lastCompoundPart is the title a Norwegian compound ends in
// ("Skottlandskapteinen" → "kapteinen"), or the word itself.
func lastCompoundPart(w string, roles map[string]string) string {
	lw := strings.ToLower(w)
	for i := range lw {
		if i == 0 {
			continue
		}
		suffix := lw[i:]
		for _, end := range []string{"", "en", "et", "a", "n"} {
			if b, ok := strings.CutSuffix(suffix, end); ok && len(b) > 2 && roles[b] != "" {
				return suffix
			}
		}
	}
	return lw
}

// anyTitle reports whether w is a title in the article's language or in
// English, which translated news keeps ("Detective Inspector").
func (d *doc) anyTitle(w string) bool {
	if d.rules.role(w) != "" {
		return true
	}
	en := d.x.lex.rules["en"]
	return en != nil && en.role(w) != ""
}

// mergeGenericActors folds an unqualified generic actor ("government
// forces") into the one qualified actor of its kind in the article
// ("Syrian government forces"), if there is exactly one.
func (d *doc) mergeGenericActors() {
	for _, a := range d.rules.Actors {
		plain := d.entities[a.Key]
		if plain == nil {
			continue
		}
		var qualified []*entity
		for _, e := range d.order {
			if e != plain && strings.HasSuffix(e.key, "-"+a.Key) {
				qualified = append(qualified, e)
			}
		}
		switch {
		case len(qualified) == 1:
			d.merge(plain, qualified[0])
		case len(qualified) == 0 && a.Qualified != "":
			// "government forces" in a story set in Aleppo are Syria's; a
			// story set in no city, the forces of the state it names most
			c := d.sceneCountry()
			if c == nil {
				if m := d.mainCountry(); m != nil {
					c = m.gaz
				}
			}
			if c != nil && len(c.Demonyms["en"]) > 0 {
				name := strings.ReplaceAll(a.Qualified, "{demonym}", c.Demonyms["en"][0])
				delete(d.entities, plain.key)
				old := plain.name
				plain.key, plain.name = Key(name), name
				plain.addAlias(old)
				d.entities[plain.key] = plain
			}
		}
	}
}

// sceneCountry is the country the article's known cities lie in, if one
// country has most of them.
func (d *doc) sceneCountry() *GazetteerEntry {
	count := map[string]int{}
	for _, e := range d.order {
		if e.gaz != nil && e.typ == "City" && e.gaz.In != "" {
			count[e.gaz.In] += len(e.mentions)
		}
	}
	best, bestN, tie := "", 0, false
	for k, n := range count {
		switch {
		case n > bestN:
			best, bestN, tie = k, n, false
		case n == bestN:
			tie = true
		}
	}
	if best == "" || tie {
		return nil
	}
	return d.x.lex.entries[best]
}

// koreanGiven matches a Korean given name as news spells it: "Jong-un",
// "Byeong-seug", "Yong-ho".
var koreanGiven = regexp.MustCompile(`^[A-Z][a-z]+-[a-z]+$`)

// isNameSuffix reports whether short is the last word(s) of full:
// "Lavrov" of "Sergei Lavrov", "de Mistura" of "Staffan de Mistura".
func isNameSuffix(full, short string) bool {
	f, s := strings.ToLower(full), strings.ToLower(short)
	return f != s && strings.HasSuffix(f, " "+s)
}

// merge moves every mention of from to into.
// otherStates reports whether a and b belong to different states: two
// ministries read by their portfolios, or one and a name that opens with
// another people's adjective ("the Ukrainian defence ministry" is not the
// "Russian Ministry of Defence").
func (d *doc) otherStates(a, b *entity) bool {
	if a.state == nil && b.state == nil {
		return false
	}
	if a.state != nil && b.state != nil {
		return a.state != b.state
	}
	if a.state == nil {
		a, b = b, a
	}
	if a.state.gaz == nil {
		return false
	}
	if b.gaz != nil && b.gaz.Home != "" {
		return b.gaz.Home != a.state.gaz.Key
	}
	first, _, _ := strings.Cut(b.name, " ")
	g := d.x.lex.demonyms[strings.ToLower(first)]
	if g == nil {
		g = d.countryNamed(first) // "UK Ministry of Defence"
	}
	return g != nil && g != a.state.gaz
}

func (d *doc) merge(from, into *entity) {
	for into.mergedInto != nil {
		into = into.mergedInto
	}
	if from == into || from.mergedInto != nil {
		return
	}
	if d.otherStates(from, into) {
		return // two states' ministries: "Ukrainas forsvarsdepartement" is not Russia's
	}
	for _, m := range from.mentions {
		m.ent = into
		into.mentions = append(into.mentions, m)
	}
	from.mentions = nil
	into.addAlias(from.name)
	for _, a := range from.aliases {
		into.addAlias(a)
	}
	if from.person {
		into.person = true
	}
	from.mergedInto = into
	if d.entities[from.key] == from {
		delete(d.entities, from.key)
	}
}

// compact drops merged entities from the document's order.
func (d *doc) compact() {
	kept := d.order[:0]
	for _, e := range d.order {
		if e.mergedInto == nil {
			kept = append(kept, e)
		}
	}
	d.order = kept
	if d.orgsIndexed > len(d.order) {
		d.orgsIndexed = len(d.order)
	}
	if d.surnamesIndexed > len(d.order) {
		d.surnamesIndexed = len(d.order)
	}
}

// placeByApposition reports whether a mention of e is followed by an
// apposition naming a kind of place: "Nordvik, a fishing town in Troms".
func (d *doc) placeByApposition(e *entity) bool {
	for _, m := range e.mentions {
		toks := d.toks[m.sent]
		j := d.tokenAt(m.sent, m.end)
		if j+2 >= len(toks) || toks[j].Text != "," || !d.rules.articles[toks[j+1].Lower] {
			continue
		}
		for k := j + 2; k < len(toks) && k <= j+4 && isLowerWord(toks[k].Text); k++ {
			if t, ok := d.rules.kindOf[toks[k].Lower]; ok && normType(t) == "Place" {
				return true
			}
		}
	}
	return false
}

// settleTypes gives people found by a single title or speech verb their
// type across all mentions.
func (d *doc) settleTypes() {
	bodies := d.predicatedBodies()
	for _, e := range d.order {
		if e.gaz != nil || e.strength >= lexiconFact {
			continue
		}
		switch {
		case bodies[e] != "":
			e.typ, e.person = bodies[e], false
		case e.person:
			e.typ = "Person"
		}
	}
}

// predicatedBodies types the unknown names a sentence says are a kind of
// body, by a copula or an apposition: "Ford is the world's third-largest
// automaker", "Istituto Gonzaga, a catholic school in Milan", "X er et
// norsk rederi" — the name, then the kind's noun within a few lower-case
// words, heading its phrase ("a company spokesman" names no company).
func (d *doc) predicatedBodies() map[*entity]string {
	var out map[*entity]string
	for si, ms := range d.mentions {
		toks := d.toks[si]
		k := 0
		for _, m := range ms {
			if m.hidden || m.ent.gaz != nil {
				continue
			}
			for k < len(toks) && toks[k].Start < m.end {
				k++
			}
			j := k + 1
			switch {
			case k < len(toks) && d.rules.copulas[toks[k].Lower]:
			case k+1 < len(toks) && toks[k].Text == "," && d.rules.articles[toks[k+1].Lower]:
				j = k + 2
			default:
				continue
			}
			for stop := j + 4; j < len(toks) && j <= stop; j++ {
				w := toks[j].Lower
				if d.rules.articles[w] {
					continue
				}
				if startsName(toks[j].Text) || strings.ContainsAny(w, ",.;:") || d.rules.stop[w] || d.rules.relative[w] || d.rules.passiveAgents[w] || d.rules.objectPrepositions[w] {
					break // "the director of investments": not the phrase's head; "ble sett av avisen": a passive's agent
				}
				typ := d.bodyNounType(w)
				if typ == "" {
					continue
				}
				// "Colin Brimley, a former producer at the BBC": a job's
				// noun after a person's given name and surname is the job
				if d.rules.jobNouns[w] && strings.Contains(m.text, " ") && d.givenName(m.text[:strings.IndexByte(m.text, ' ')]) {
					break
				}
				// "Kees Brouwer, a crane operator and FNV member who has
				// worked …": the phrase goes on about someone
				if d.rules.jobNouns[w] && strings.Contains(m.text, " ") && whoFollows(toks, j) {
					break
				}
				if j+1 < len(toks) && isLowerWord(toks[j+1].Text) && !d.rules.nounPhraseEnds[toks[j+1].Lower] {
					if d.bodyNounType(toks[j+1].Lower) != "" {
						continue // "a startup company": the next noun heads the phrase
					}
					break // "a company spokesman": the noun is no head
				}
				if out == nil {
					out = map[*entity]string{}
				}
				out[m.ent] = typ
				break
			}
		}
	}
	return out
}

// whoFollows reports whether "who" follows toks[j] before the next comma
// or the sentence's end.
func whoFollows(toks []Token, j int) bool {
	for ; j < len(toks) && toks[j].Text != ","; j++ {
		if toks[j].Lower == "who" {
			return true
		}
	}
	return false
}

// bodyNounType is the entity type a common noun names a body or place
// of ("automaker": Company, "charity": Organization, "town": Place), or "".
func (d *doc) bodyNounType(w string) string {
	if d.rules.companyNouns[w] {
		return "Company"
	}
	if t, ok := d.rules.nominal[w]; ok {
		if t == "" {
			return "Organization"
		}
		return t
	}
	if t, ok := d.rules.cueOf[w]; ok {
		return normType(t) // "a militant group", "a charity", "a town"
	}
	if t, ok := d.rules.kindOf[w]; ok {
		return normType(t) // "a catholic school"
	}
	return ""
}

var slotIndex = regexp.MustCompile(`\[\[(\d+):`)

// tagged renders sentence si for the relation patterns: entity mentions
// become slots "[[k:C]]" (k indexes slots), other words lower-case,
// tokens separated by single spaces.
//
// With events, an unnamed event is a slot too ("supporters of the
// referendum, including X"), for the rules that take one (eventSlot).
func (d *doc) tagged(si int, ctx antecedents, events bool) (string, []*entity) {
	lastPerson, lastGroup := ctx.person, ctx.group
	var here antecedents // the bodies named so far in this sentence
	var b strings.Builder
	var slots []*entity
	ms := d.mentions[si]
	mi := 0
	toks := d.toks[si]
	for ti := 0; ti < len(toks); {
		t := toks[ti]
		// unnamed events are output, but no slot: "Russland og USA
		// forhandlinger" must still read as talks
		for mi < len(ms) && (ms[mi].hidden || !events && ms[mi].generic && ms[mi].ent.typ == "Event" || ms[mi].end <= t.Start) {
			mi++
		}
		// "the Prime Minister of Singapore, Mr. Lee Hsien Loong": an
		// honorific opening an apposition reads as nothing before a
		// person's name
		if n := ti + 1; d.x.lex.honorifics[t.Lower] && ti > 0 && toks[ti-1].Text == "," && n < len(toks) && (mi >= len(ms) || ms[mi].start > t.Start) {
			if toks[n].Text == "." && toks[n].Start == t.End {
				n++
			}
			if n < len(toks) && mi < len(ms) && ms[mi].start == toks[n].Start && ms[mi].ent.typ == "Person" {
				ti = n
				continue
			}
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		if mi < len(ms) && (ms[mi].start <= t.Start || ms[mi].start < t.End && d.compassPrefixed(d.text[t.Start:ms[mi].start])) {
			m := ms[mi]
			writeSlot(&b, len(slots), m.ent)
			slots = append(slots, m.ent)
			if class(m.ent.typ) == 'O' {
				// "Ideen bak Inrupt er ifølge selskapets CEO": a body named
				// earlier in the sentence is the nearest
				here.bodies = append(here.bodies, m.ent)
			}
			if m.genitive {
				b.WriteString(" 's")
			}
			for ti < len(toks) && toks[ti].Start < m.end {
				ti++
			}
			// "Iran-backed", "Seattle-based": the compound's tail still reads
			if rest := d.text[m.end:toks[ti-1].End]; !m.genitive && len(rest) > 1 && rest[0] == '-' && isLowerWord(rest[1:]) {
				if !d.groupNoun(strings.ToLower(rest[1:])) {
					b.WriteString(rest) // (but "M23-opprørerne", "Hamas-militantene": the group itself)
				}
			} else if m.demonym && len(rest) > 1 && isLowerWord(rest) {
				b.WriteString("-" + rest) // "russiskstøttede": read as "russisk-støttede"
			}
			mi++
			// "Kestrel Motors' chief executive", "Waters' statement": a
			// bare apostrophe after a name's s is its genitive
			if !m.genitive && ti < len(toks) && (toks[ti].Text == "'" || toks[ti].Text == "’") && toks[ti].Start == m.end && strings.HasSuffix(strings.ToLower(d.text[m.start:m.end]), "s") &&
				(ti+1 == len(toks) || isLowerWord(toks[ti+1].Text) || d.startsMention(si, toks[ti+1].Start)) && !d.quotedBefore(si, m.start) {
				b.WriteString(" 's")
				ti++
			}
			// "Harry Preuss, MD, a professor of medicine at": a person's
			// letters after the name read as nothing
			if m.ent.typ == "Person" && ti+2 < len(toks) && toks[ti].Text == "," && d.x.lex.postNominals[toks[ti+1].Text] && toks[ti+2].Text == "," {
				ti += 2
			}
			// "William Clay Ford Jr., executive chairman of", "Abyssal
			// Metals Corp., a Vancouver-based company": the point closes
			// the name, not the sentence
			if ti+1 < len(toks) && toks[ti].Text == "." && toks[ti].Start == m.end && toks[ti+1].Text == "," {
				if w := toks[ti-1].Lower; w == "jr" || w == "sr" || d.x.lex.corporateSuffixes[w] {
					ti++
				}
			}
			// "Johnson Space Center (JSC) in Houston": the name's short form
			// in brackets reads as nothing
			if ti+2 < len(toks) && toks[ti].Text == "(" && toks[ti+2].Text == ")" && mi < len(ms) && ms[mi].start == toks[ti+1].Start && ms[mi].ent == m.ent {
				ti += 3
				mi++
			}
			continue
		}
		lw := t.Lower
		// "the northern city", "byen": the city named last
		// — unless a name follows in apposition: "the nation's capital, Wellington"
		// — nor after a copula: "Oslo er hovedstaden i Norge" says what Oslo is
		// — nor before the name it gives: "byen Aleppo", "the city of Homs"
		if ctx.city != nil && d.rules.cityNouns[lw] && ti > 0 && definiteBefore(toks, ti) &&
			!(ti+2 < len(toks) && toks[ti+1].Text == "," && d.startsMention(si, toks[ti+2].Start)) && !d.copulaBefore(toks, ti) && !d.apposedToName(si, toks, ti) &&
			!(ti+1 < len(toks) && d.startsMention(si, toks[ti+1].Start)) && !(ti+2 < len(toks) && toks[ti+1].Lower == "of" && d.startsMention(si, toks[ti+2].Start)) {
			b.WriteString(lw)
			b.WriteByte(' ')
			writeSlot(&b, len(slots), ctx.city)
			slots = append(slots, ctx.city)
			ti++
			continue
		}
		// "the company", "selskapet": the company named last; "director of
		// the gallery": the body named last whose name ends in the noun
		// ("the USI Art Gallery") — unless a name follows in apposition
		// or right after it ("gruppen MoveOn")
		stem, genitive := strings.CutSuffix(lw, "'s") // "the firm's president"
		if _, known := d.rules.nominal[stem]; !known && d.lang != "en" && strings.HasSuffix(lw, "s") {
			if _, ok := d.rules.nominal[lw[:len(lw)-1]]; ok {
				stem, genitive = lw[:len(lw)-1], true // "selskapets CEO"
			}
		}
		// (ms[mi] is the next mention: they are in order)
		nameNext := mi < len(ms) && ti+1 < len(toks) && ms[mi].start == toks[ti+1].Start
		// (a Norwegian definite noun may open the sentence: "Partiets leder, X, sier")
		if (ti > 0 || d.lang != "en" && genitive) && !(ti+2 < len(toks) && toks[ti+1].Text == "," && d.startsMention(si, toks[ti+2].Start)) && !nameNext {
			var e *entity
			the := ti > 0 && strings.EqualFold(toks[ti-1].Text, "the")
			if kind, ok := d.rules.nominal[stem]; ok && (d.lang != "en" || the) {
				if e = here.lastBody(kind); e == nil {
					e = ctx.lastBody(kind)
				}
			}
			if e == nil && d.lang == "en" && the && isLowerWord(stem) {
				if e = here.bodyCalled(stem); e == nil {
					e = ctx.bodyCalled(stem) // "the federation's secretary general"
				}
			}
			if e != nil {
				writeSlot(&b, len(slots), e)
				if genitive {
					b.WriteString(" 's")
				}
				slots = append(slots, e)
				ti++
				continue
			}
		}
		if pr := d.rules.Pronouns; ti == 0 || isQuoteStart(toks, ti) {
			if contains(pr["person"], lw) && lastPerson != nil {
				writeSlot(&b, len(slots), lastPerson)
				slots = append(slots, lastPerson)
				ti++
				continue
			}
			if contains(pr["group"], lw) && lastGroup != nil && ti+1 < len(toks) && isLowerWord(toks[ti+1].Text) && !d.startsMention(si, toks[ti+1].Start) {
				writeSlot(&b, len(slots), lastGroup)
				slots = append(slots, lastGroup)
				ti++
				continue
			}
		}
		b.WriteString(lw)
		ti++
	}
	return b.String(), slots
}

// copulaBefore reports whether a copula comes right before toks[ti], past
// an article and a few lower-case words: "is the northern capital".
func (d *doc) copulaBefore(toks []Token, ti int) bool {
	for k := ti - 1; k >= 0 && k >= ti-4; k-- {
		w := toks[k].Lower
		if d.rules.copulas[w] {
			return true
		}
		if !isLowerWord(toks[k].Text) {
			return false
		}
	}
	return false
}

func (d *doc) startsMention(si, start int) bool {
	for _, m := range d.mentions[si] {
		if m.start == start {
			return true
		}
	}
	return false
}

// compassPrefixed reports whether a word's part before a name is a
// direction: "sør-London" is a part of the place.
func (d *doc) compassPrefixed(prefix string) bool {
	p, ok := strings.CutSuffix(strings.ToLower(prefix), "-")
	return ok && d.x.lex.compass[p]
}

func writeSlot(b *strings.Builder, k int, e *entity) {
	b.WriteString("[[")
	b.WriteString(strconv.Itoa(k))
	b.WriteByte(':')
	b.WriteByte(class(e.typ))
	b.WriteString("]]")
}

// antecedents are what pronouns and definite descriptions refer to.
type antecedents struct {
	person *entity   // the person named last
	group  *entity   // the first group or state named in the previous sentence
	city   *entity   // the city named last
	bodies []*entity // the organisations named so far, last one last
}

// lastBody is the organisation of type typ ("" any) named last.
func (a antecedents) lastBody(typ string) *entity {
	for k := len(a.bodies) - 1; k >= 0; k-- {
		if typ == "" || a.bodies[k].typ == typ {
			return a.bodies[k]
		}
	}
	return nil
}

// bodyCalled is the organisation named last whose name, of two words or
// more, ends in noun: "the gallery" after "the USI Art Gallery".
func (a antecedents) bodyCalled(noun string) *entity {
	for k := len(a.bodies) - 1; k >= 0; k-- {
		if nameEndsIn(a.bodies[k], noun) {
			return a.bodies[k]
		}
	}
	return nil
}

// namesUnnamedEvent reports whether sentence si names an unnamed event
// ("the referendum", "streiken").
func (d *doc) namesUnnamedEvent(si int) bool {
	for _, m := range d.mentions[si] {
		if !m.hidden && m.generic && m.ent.typ == "Event" {
			return true
		}
	}
	return false
}

// nameEndsIn reports whether e's name, of two words or more, ends in noun
// (lower case): "Assembly Commission" for "commission".
func nameEndsIn(e *entity, noun string) bool {
	return strings.HasSuffix(strings.ToLower(e.name), " "+noun)
}

// apposedToName reports whether the noun at toks[ti] stands in
// apposition to the name right before it ("Padang, hovedstaden i …",
// "Palu, the capital of …"): it says what that place is, and stands for no
// other.
func (d *doc) apposedToName(si int, toks []Token, ti int) bool {
	k := ti - 1
	if k > 0 && d.rules.articles[toks[k].Lower] {
		k--
	}
	return k > 0 && toks[k].Text == "," && d.mentionEndingAt(si, toks[k].Start) != nil
}

// definiteBefore reports whether toks[ti] ends a short definite noun
// phrase: "the northern Syrian city".
func definiteBefore(toks []Token, ti int) bool {
	for k := ti - 1; k >= 0 && k >= ti-4; k-- {
		switch toks[k].Lower {
		case "the", "this", "den", "denne":
			return true
		}
	}
	return strings.HasSuffix(toks[ti].Lower, "en") // "byen"
}

// extractRelations runs the language's relation patterns over every sentence.
func (d *doc) extractRelations() {
	var ctx antecedents
	found := make([]bool, len(d.rules.literalID))
	rules := make([]uint64, (len(d.rules.Relations)+63)/64)
	var hits []int
	var seq []uint8
	for si := range d.sents {
		tagged, slots := d.tagged(si, ctx, false)
		if len(slots) > 0 {
			hits = d.rules.literalsIn(tagged, found, hits[:0])
			d.rules.ruleSet(hits, rules)
		}
		var present uint8 // the classes of the sentence's entities
		seq = seq[:0]     // and each slot's, in order
		for _, e := range slots {
			present |= classBit(class(e.typ))
			seq = append(seq, classBit(class(e.typ)))
		}
		readings := []string{tagged}
		if re := d.rules.secondApposition; re != nil && len(slots) >= 2 && present&classBit('P') != 0 {
			// "X, a professor at Y and a specialist at Z", "X, the trial's
			// principal investigator and a researcher at Z": also read as
			// "X, a specialist at Z"; the words of the second are in the
			// first, so found holds for both
			if second := re.ReplaceAllString(tagged, "$1$2"); second != tagged {
				readings = append(readings, second)
			}
		}
		// "X, backed by Y, captured Z", "X, who led Y, is now …": also read
		// as "X captured Z" (the apposition's words are in the sentence, so
		// found holds)
		if re := d.rules.bareApposition; re != nil && len(slots) > 1 && (strings.Contains(tagged, "]] , ") || strings.Contains(tagged, "]]-")) {
			if bare := re.ReplaceAllString(tagged, "$1 $2"); bare != tagged {
				readings = append(readings, bare)
			}
		}
		// "Mona Olsen (Sp), som er ordfører i Kåfjord": also read without
		// the party in brackets after a person (the party's fact is read
		// apart)
		if strings.Contains(tagged, "]] ( [[") {
			for _, r := range readings {
				if bare := bracketedParty.ReplaceAllString(r, "$1"); bare != r {
					readings = append(readings, bare)
				}
			}
		}
		for _, tagged := range readings {
			d.relationsIn(si, tagged, slots, seq, found, rules)
		}
		if d.rules.eventRules != nil && d.namesUnnamedEvent(si) {
			// the reading with the unnamed event as a slot, for the rules
			// that take one
			if tagged, slots := d.tagged(si, ctx, true); len(slots) >= 2 {
				hits = d.rules.literalsIn(tagged, found, hits[:0])
				d.rules.ruleSet(hits, rules)
				for k := range rules {
					rules[k] &= d.rules.eventRules[k]
				}
				seq = seq[:0]
				for _, e := range slots {
					seq = append(seq, classBit(class(e.typ)))
				}
				d.relationsIn(si, tagged, slots, seq, found, rules)
			}
		}
		firstGroup := true
		for _, m := range d.mentions[si] {
			if m.hidden {
				continue
			}
			switch c := class(m.ent.typ); {
			case c == 'P':
				ctx.person = m.ent
			case c == 'O' && firstGroup:
				ctx.group, firstGroup = m.ent, false
				ctx.bodies = append(ctx.bodies, m.ent)
			case c == 'O':
				ctx.bodies = append(ctx.bodies, m.ent)
			case m.ent.typ == "City":
				ctx.city = m.ent
			}
		}
	}
	for _, r := range d.implied {
		d.relations = append(d.relations, relation{r.subj, r.obj, r.pred, r.sent, 0.9})
	}
	d.placeChains()
	d.partyStateFacts()
	d.chamberTitleFacts()
	d.partyAbbreviationFacts()
	d.partyAdjectiveFacts()
	d.partySupporterFacts()
	d.descriptorFacts()
	d.compoundTitleFacts()
	d.headTitleFacts()
	d.bodyNounTitleFacts()
	d.bareNounTitleFacts()
	d.policeHeadFacts()
	d.policeRankFacts()
	d.knownLeaders()
	d.stateTitleFacts()
	d.ministerFacts()
	d.spokesFacts()
	d.bodyHeadFacts()
	d.possessiveTitleFacts()
	d.teamHeadFacts()
	d.demonymPlaceLists()
	d.demonymAppositions()
	d.possessedPlans()
	d.ministriesStates()
	d.dropWeakerRoles()
	d.sideMembers()
}

// ministriesStates adds, for whoever represents a state's ministry read
// by its portfolio ("Talsmann for det kinesiske utenriksdepartementet, Geng
// Shuang"), that they represent the state too.
func (d *doc) ministriesStates() {
	for _, r := range d.relations {
		if r.pred == "represents" && r.obj.state != nil && r.obj.state != r.subj {
			d.relations = append(d.relations, relation{r.subj, r.obj.state, "represents", r.sent, r.confidence})
		}
	}
}

// possessedPlans reads a plan owned by a pronoun as the plan of the person
// the pronoun stands for: "her so-called Chequers plan", "hennes såkalte
// «Chequers»-plan" — she proposed it (possessives).
func (d *doc) possessedPlans() {
	if len(d.rules.Possessives) == 0 {
		return
	}
	for si, ms := range d.mentions {
		toks := d.toks[si]
		for _, m := range ms {
			if m.hidden || m.ent.typ != "Proposal" {
				continue
			}
			k := d.tokenAt(si, m.start)
			j := k - 1
			for j >= 0 && j >= k-3 && d.rules.Possessives[toks[j].Lower] == "" && (isLowerWord(strings.ReplaceAll(toks[j].Text, "-", "")) || isOpeningQuote(toks[j].Text)) {
				j--
			}
			if j < 0 || d.rules.Possessives[toks[j].Lower] == "" {
				continue
			}
			if sp := d.lastPersonFor(toks[j].Start, d.rules.Possessives[toks[j].Lower]); sp != nil {
				d.relations = append(d.relations, relation{sp, m.ent, "proposed", si, 0.6})
			}
		}
	}
}

// relationsIn applies the relation rules to one reading of sentence si
// (its tagged text: entities as numbered slots).
func (d *doc) relationsIn(si int, tagged string, slots []*entity, seq []uint8, found []bool, candidates []uint64) {
	for w, word := range candidates {
		for ; word != 0; word &= word - 1 {
			rule := &d.rules.Relations[w<<6+bits.TrailingZeros64(word)]
			if len(slots) < 2 && !(rule.implicitDoc && len(slots) == 1) && !(rule.implicitPlan && len(slots) >= 1) || !rule.hasSlotsInOrder(seq) || !rule.mayMatch(found) || rule.GameReport && !d.isGameReport() {
				continue // a relation needs two entities and the rule's words
			}
			if rule.Predicate == "attacked" && d.isGameReport() {
				continue // "hit the post as Rovers pressed", "strikes", "attacks": the game's words
			}
			for _, loc := range rule.findAll(tagged) {
				if rule.TitleBefore && !d.jobWord(lastWord(tagged[:loc[0]])) {
					continue // "dommer X i Y": the title before the match
				}
				matched := tagged[loc[0]:loc[1]]
				past := d.former(matched) || d.former(lastWord(tagged[:loc[0]]))
				if past && rule.Predicate == "memberOf" && containsAny(matched, d.rules.ShadowWords) && !d.formerBesides(matched, d.rules.ShadowWords) {
					past = false // "Labour's shadow home secretary X" holds no office, but is a member
				}
				// (and "Israel og Hamas forhandler ikke direkte": the negation
				// right after the verb a match ends with)
				if d.negated(matched) || !strings.HasSuffix(matched, "]]") && !endsWithLookahead(matched) && d.negatedNext(tagged[loc[1]:]) || roleRelations[rule.Predicate] && past || containsAny(matched, rule.Unless) {
					continue // a denied fact; a past title ("former chairman of X")
				}
				pred := rule.Predicate
				deputy := pred == "leaderOf" && d.deputy(matched)
				if deputy {
					pred = "memberOf" // "UAW Vice President X", "Apple's commercial director"
				}
				subj := groupEntities(rule.re, "subj", tagged, loc, slots)
				if head, closes := d.relativeClauseHead(rule.re, tagged, loc, slots); closes {
					if head == nil {
						continue
					}
					subj = []*entity{head} // "Lee, whose book was published by X, is CEO of Y"
				}
				if rule.implicitDoc {
					if e := d.entities["resolution-"+d.articleKey]; e != nil {
						subj = []*entity{e}
					}
				}
				if p := d.headNamedAfter(rule, tagged, loc, slots); p != nil {
					subj = []*entity{p} // "fikk støtte fra lederen av gruppen TPUSA, Candace Turner": Turner
				}
				obj := groupEntities(rule.re, "obj", tagged, loc, slots)
				if rule.implicitPlan {
					p := d.centralProposal()
					if p == nil {
						continue
					}
					obj = []*entity{p}
				}
				if p := d.titledPerson(rule, tagged, loc, slots); p != nil {
					obj = []*entity{p} // "supports Supreme Court nominee X": X, not the court
				}
				if possessorObject(rule, tagged, loc) {
					continue // "prøver å hjelpe Vest-Virginias senatkandidat X": not the state
				}
				if roleRelations[rule.Predicate] && d.placeModifiesBody(rule, tagged, loc) {
					continue // "head of the Iran Cartoon association": the association's head, not Iran's
				}
				if pred == "leaderOf" && d.leadingEnvoy(matched, tagged[loc[1]:]) {
					pred = "represents" // "Vanuatu's chief negotiator": its envoy, not its head
				}
				if pred == "memberOf" && d.spokesmansTitleIn(matched) {
					pred = "represents" // "a communications officer for the agency": it speaks for it
				}
				if rule.Predicate == "leaderOf" && !deputy && d.departmentAfter(rule, tagged, loc) {
					pred = "memberOf" // "Kari Holm, leder for Googles skyavdeling": the head of a part of the body
				}
				// an optional second subject (e.g. "divided between X and Y")
				if len(loc) > 6 {
					for g := 1; g < len(loc)/2; g++ {
						if rule.re.SubexpNames()[g] == "" && loc[2*g] >= 0 && strings.HasPrefix(tagged[loc[2*g]:loc[2*g+1]], "[[") {
							subj = append(subj, slotsIn(tagged[loc[2*g]:loc[2*g+1]], slots)...)
						}
					}
				}
				for _, s := range subj {
					if rule.SubjectEnds != nil && !nameEndsInAny(s.name, rule.SubjectEnds) {
						continue
					}
					for _, o := range obj {
						if s != o && (pred != "locatedIn" || d.canBeLocated(s, o, matched) && !(strings.Contains(matched, " , ") && (d.modifiesName(si, o) || strings.Contains(matched, "]] , [[") && d.placeList(si, s, o)))) && (rule.ObjectTypes == nil || contains(rule.ObjectTypes, o.typ)) && (rule.SubjectTypes == nil || contains(rule.SubjectTypes, s.typ)) {
							p := pred
							if p == "attacked" && s.typ == "Person" && (o.typ == "Person" || o.typ == "PoliticalParty") && !containsAny(strings.ToLower(d.sents[si].Text), d.rules.ViolenceWords) {
								p = "opposes" // "Warren attacked President Trump at the town hall": words, not blows
							}
							if deputy && class(o.typ) == 'G' {
								p = "represents" // "Indonesian Vice President X" acts for the state
							} else if p == "memberOf" && (o.typ == "Company" || o.typ == "Organization" && deputy) && containsAny(matched, d.rules.CompanyOfficers) {
								// a company's officer, or a vice president of any body: not a
								// functional head ("Sainsbury's commercial director")
								if d.officers == nil {
									d.officers = map[[2]*entity]bool{}
								}
								d.officers[[2]*entity{s, o}] = true
							}
							d.relations = append(d.relations, relation{s, o, p, si, 0.8})
						}
					}
				}
			}
		}
	}
}

// eachPerson calls f for every visible mention of a person, with its
// sentence's tokens and the index of the mention's first token.
func (d *doc) eachPerson(f func(si int, toks []Token, m *mention, k int)) {
	for si, ms := range d.mentions {
		toks := d.toks[si]
		for _, m := range ms {
			if !m.hidden && m.ent.typ == "Person" {
				f(si, toks, m, d.tokenAt(si, m.start))
			}
		}
	}
}

// compoundTitleFacts reads a title compounded with its body before a
// person — "Nato-sjef Jens Stoltenberg", "FN-ambassadør X", "Ap-leder X",
// "HMC-sjef Mike Buchanan" — as the role the title gives in that body, and
// a job so compounded ("DNB-økonom X") as membership.
func (d *doc) compoundTitleFacts() {
	d.eachPerson(func(si int, toks []Token, m *mention, k int) {
		k--
		if k < 0 {
			return
		}
		prefix, title, ok := strings.Cut(toks[k].Text, "-")
		if !ok || prefix == "" || strings.Contains(title, "-") {
			return
		}
		title = d.baseRole(strings.ToLower(title))
		kind, team := d.rules.role(title), false
		if kind == "memberOf" && slices.Contains(d.rules.Roles["represents"], title) {
			kind = "represents" // "Kreml-talsmann X" speaks for the Kremlin, as "Kremlin spokesman X" does
		}
		if k, ok := d.rules.TeamRoles[title]; ok {
			kind, team = k, true // "Sunderland-manager": the club is named like its town
		}
		local := d.rules.localLeaders[title] // "Tønsberg-ordfører X" leads the town
		if local {
			kind = "leaderOf"
		}
		if (kind == "" || kind == "person") && d.rules.jobNouns[title] {
			kind = "memberOf" // "DNB-økonom X", "NRK-journalist X": works there
		}
		if kind == "" || kind == "person" {
			return
		}
		body := d.bodyNamed(prefix, team)
		if local {
			body = d.placeNamed(prefix)
		}
		if body == nil || body == m.ent {
			return
		}
		if kind == "represents" && body.typ == "PoliticalParty" && strings.HasSuffix(title, "representant") {
			kind = "memberOf" // "Høyre-representant X" sits for the party, as "Conservative MP X"
		}
		// "USAs FN-ambassadør Susan Rice" speaks for the state before the
		// title, at the UN: not for the UN (as "America's UN ambassador")
		if kind == "represents" && k > 0 && slices.ContainsFunc(d.mentions[si], func(s *mention) bool {
			return s.start == toks[k-1].Start && !s.hidden && class(s.ent.typ) == 'G' && s.ent != body
		}) {
			return
		}
		d.attach(body, &mention{start: toks[k].Start, end: toks[k].Start + len(prefix), text: prefix, sent: si, hidden: true})
		d.relations = append(d.relations, relation{m.ent, body, kind, si, 0.8})
	})
}

// bodyNounTitleFacts reads a title owned by a body named by its noun
// before a person — "said the firm's chief executive officer, Alan
// Mulally", "the company's founder X": the role the title gives in the
// body last named (a company for a company's noun), in that sentence or
// the two before.
func (d *doc) bodyNounTitleFacts() {
	r := d.rules
	if len(r.companyNouns) == 0 {
		return
	}
	d.eachPerson(func(si int, toks []Token, m *mention, k int) {
		j := k - 1
		if j >= 0 && toks[j].Text == "," {
			j--
		}
		kind, title := "", 0
		for ; j >= 0 && title < 4 && isLowerWord(toks[j].Text); j-- {
			w := toks[j].Lower
			switch role := r.role(w); {
			case role == "leaderOf" && kind != "represents":
				kind = "leaderOf"
			case role == "represents":
				kind = "represents"
			case (role == "memberOf" || r.jobNouns[w]) && kind == "":
				kind = "memberOf"
			case role == "" && !r.jobNouns[w] && !r.deputyWords[w] && !strings.HasSuffix(w, "'s") && !strings.HasSuffix(w, "’s"):
				if title == 0 || kind == "" {
					return // "the firm's new plant X"
				}
			}
			if strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
				break
			}
			if r.deputyWords[w] && kind == "leaderOf" {
				kind = "memberOf" // "the company's vice president"
			}
			title++
		}
		if kind == "" || j < 1 || toks[j-1].Lower != "the" {
			return
		}
		noun := strings.TrimSuffix(strings.TrimSuffix(toks[j].Lower, "'s"), "’s")
		if !r.companyNouns[noun] && noun != "company" && noun != "firm" {
			return
		}
		body := d.lastNamedBefore(si, toks[j].Start, func(e *entity) bool {
			return e.typ == "Company" || e.typ == "Organization" && noun != "company" && noun != "firm"
		})
		if body != nil && body != m.ent {
			d.relations = append(d.relations, relation{m.ent, body, kind, si, 0.6})
		}
	})
}

// headTitleFacts reads a head's title right before a person's name —
// "President Trump", "statsminister Erna Solberg" — as leading the state
// or body the gazetteer knows the person heads; a president or prime
// minister it does not know leads the one country the article is about.
func (d *doc) headTitleFacts() {
	r := d.rules
	if len(r.headTitles) == 0 {
		return
	}
	var scene *entity // computed once, when an unknown head needs it
	sceneDone := false
	d.eachPerson(func(si int, toks []Token, m *mention, k int) {
		k--
		if k < 0 {
			return
		}
		title := toks[k].Lower
		from := k
		if k > 0 && r.headTitles[toks[k-1].Lower+" "+title] {
			title, from = toks[k-1].Lower+" "+title, k-1
		}
		if !r.headTitles[title] {
			return
		}
		if from > 0 {
			w := toks[from-1].Lower
			if r.deputyWords[w] || r.formerWords[w] || w == "-" {
				return // "Vice President", "former Prime Minister"
			}
			// "Former German chancellor X": past a people's adjective
			for j := from - 2; j >= 0 && j >= from-3 && toks[j].Text != "," && toks[j].Text != "."; j-- {
				if r.formerWords[toks[j].Lower] {
					return
				}
			}
		}
		var body *entity
		// the body the lexicon knows the person to lead — unless a state's
		// head's title says it is not yet or no longer theirs
		// ("statsminister Jens Stoltenberg" is not NATO's head)
		if m.ent.gaz != nil && m.ent.gaz.Leads != "" {
			if g := d.x.lex.entries[m.ent.gaz.Leads]; g != nil && !d.outsideOffice(m.ent.gaz) && !(r.stateHeads[title] && g.Type != "Country") {
				body = d.gazetteerEntity(g)
			}
		}
		// else a state's head leads the state the article is about ("US
		// President X" is read by the relation patterns)
		if body == nil && (m.ent.gaz == nil || m.ent.gaz.Leads != "") && r.stateHeads[title] && (from == 0 || !startsName(toks[from-1].Text) && !d.bodyNoun(toks[from-1].Text)) {
			if !sceneDone {
				scene, sceneDone = d.mainCountry(), true
			}
			body = scene
		}
		if body != nil && body != m.ent {
			d.relations = append(d.relations, relation{m.ent, body, "leaderOf", si, 0.7})
		}
	})
}

// policeHeadFacts reads a police chief's title before a name ("police
// chief Murphy J. Paul", "politimester X"): the person leads the police
// force the article names.
func (d *doc) policeHeadFacts() {
	d.policeTitleFacts(d.rules.policeHeads, "leaderOf", false)
}

// policeTitleFacts reads one of titles right before a person as the
// relation pred to the police force the article names (only a force
// named in the text, not the unnamed "police", when named is set); a
// former or deputy title says nothing.
func (d *doc) policeTitleFacts(titles set, pred string, named bool) {
	if len(titles) == 0 {
		return
	}
	r := d.rules
	var police *entity
	asked := false
	d.eachPerson(func(si int, toks []Token, m *mention, k int) {
		from := -1
		for n := 1; n <= 4 && n <= k; n++ {
			// "Det. Chief Insp.": the abbreviations' dots are no words
			if titles[strings.ReplaceAll(wordsLower(toks[k-n:k]), " .", "")] {
				from = k - n
			}
		}
		if from < 0 || from > 0 && (r.formerWords[toks[from-1].Lower] || r.deputyWords[toks[from-1].Lower]) {
			return
		}
		if !asked {
			police, asked = d.namedPolice(), true
		}
		if police != nil && police != m.ent && (!named || d.namedOnce(police)) {
			d.relations = append(d.relations, relation{m.ent, police, pred, si, 0.7})
		}
	})
}

// lastNamedBefore returns the entity of the last visible mention before
// offset off in sentence si that accept takes, or else of the two
// sentences before it; nil if none.
func (d *doc) lastNamedBefore(si, off int, accept func(*entity) bool) *entity {
	for s := si; s >= 0 && s >= si-2; s-- {
		var last *entity
		for _, m := range d.mentions[s] {
			if !m.hidden && m.start < off && accept(m.ent) {
				last = m.ent
			}
		}
		if last != nil {
			return last
		}
	}
	return nil
}

// bareNounTitleFacts reads a title after a bare noun of a body or a city
// — "company CEO Steve Jobs", "city mayor Hau Lung-bin" — as the title in
// the company or the city named last before it (this sentence or the two
// before).
func (d *doc) bareNounTitleFacts() {
	r := d.rules
	if d.lang != "en" || len(r.companyNouns) == 0 {
		return
	}
	d.eachPerson(func(si int, toks []Token, m *mention, k int) {
		for n := 1; n <= 3 && k-n-1 >= 1; n++ {
			kind := r.role(wordsLower(toks[k-n : k]))
			noun := toks[k-n-1].Lower
			if kind == "" || kind == "person" || !isLowerWord(toks[k-n-1].Text) || d.rules.articles[toks[k-n-2].Lower] || strings.HasSuffix(toks[k-n-2].Lower, "'s") {
				continue // "the company's CEO X" is read elsewhere
			}
			city := r.cityNouns[noun]
			if !city && !r.companyNouns[noun] || city && kind != "leaderOf" {
				continue
			}
			body := d.lastNamedBefore(si, toks[k-n-1].Start, func(e *entity) bool {
				return city && (e.typ == "City" || e.typ == "Place" && e.gaz == nil) || !city && e.typ == "Company"
			})
			if body != nil && body != m.ent {
				d.relations = append(d.relations, relation{m.ent, body, kind, si, 0.6})
			}
			return
		}
	})
}

// policeRankFacts reads a police rank right before a person ("Det.
// Dennis McCarthy", "Sergeant X", "operasjonsleder X") as the officer
// acting for the police force the article names.
func (d *doc) policeRankFacts() {
	d.policeTitleFacts(d.rules.policeRanks, "represents", true)
}

// namedOnce reports whether e has a mention that is not generic: a name
// in the text, not only "police" standing for the force of the place.
func (d *doc) namedOnce(e *entity) bool {
	for _, m := range e.mentions {
		if !m.generic {
			return true
		}
	}
	return false
}

// wordsLower joins the tokens' lower-case forms with spaces.
func wordsLower(toks []Token) string {
	var b strings.Builder
	for i, t := range toks {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t.Lower)
	}
	return b.String()
}

// spokesFacts reads a spokesperson's title right before a person the
// gazetteer does not know — "Spokeswoman X", "talsperson X" — as
// representing the one organisation the article is about, when nothing
// before the title names another ("Kremlin spokesman X" is read by the
// relation patterns).
func (d *doc) spokesFacts() {
	r := d.rules
	titles := r.spokesTitles
	if len(titles) == 0 {
		return
	}
	var body *entity // computed once, when needed
	bodyDone := false
	d.eachPerson(func(si int, toks []Token, m *mention, k int) {
		if m.ent.gaz != nil || k == 0 || !titles[toks[k-1].Lower] {
			return
		}
		if d.titleQualified(toks, k-1) {
			return // "Kremlin spokesman X", "a former spokesman", "party spokesman"
		}
		if !bodyDone {
			body, bodyDone = d.mainBody(), true
		}
		if body != nil && body != m.ent {
			d.relations = append(d.relations, relation{m.ent, body, "represents", si, 0.6})
		}
	})
}

// titleQualified reports whether the word before the title at toks[from]
// names the title's body or makes it a past one: "Kremlin spokesman",
// "former chairman", "party spokesman", "Russian envoy".
func (d *doc) titleQualified(toks []Token, from int) bool {
	if from == 0 {
		return false
	}
	w := toks[from-1]
	return startsName(w.Text) && !(from-1 == 0 || d.isStopToken(w.Text)) || w.Text == "'s" || w.Text == "-" ||
		d.rules.formerWords[w.Lower] || d.x.lex.demonyms[w.Lower] != nil || d.bodyNoun(w.Text)
}

// bodyHeadFacts reads a body's head's title right before a person the
// gazetteer does not know — "chairman Ian Beattie", "konsernsjef X" — as
// leading the body named last in that sentence or the two before it, or
// else the one organisation the article is about, when nothing before the
// title names another ("BBC chairman X" is read by the relation patterns).
func (d *doc) bodyHeadFacts() {
	r := d.rules
	if len(r.bodyHeads) == 0 {
		return
	}
	var main *entity // computed once, when needed
	mainDone := false
	d.eachPerson(func(si int, toks []Token, m *mention, k int) {
		if m.ent.gaz != nil || k == 0 {
			return
		}
		from := -1
		for n := 1; n <= 2 && n <= k; n++ {
			if r.bodyHeads[wordsLower(toks[k-n:k])] {
				from = k - n
			}
		}
		if from < 0 {
			return
		}
		if d.titleQualified(toks, from) || from > 0 && r.deputyWords[toks[from-1].Lower] {
			return // "BBC chairman X", "former chairman", "party chairman", "vice chairman"
		}
		body := d.bodyNamedBefore(si, toks[from].Start)
		if body == nil {
			if !mainDone {
				main, mainDone = d.mainBody(), true
			}
			body = main
		}
		if body != nil && body != m.ent {
			d.relations = append(d.relations, relation{m.ent, body, "leaderOf", si, 0.6})
		}
	})
}

// possessiveTitleFacts reads a sentence that opens with a body's
// possessive, a title and, after a comma, a person — "Its president,
// Heather Lindqvist, said", "Dets leder, Kari Holm, sier" — as the role the
// title gives in the body the sentence before opens with (or else names
// last): a job's noun makes a member.
func (d *doc) possessiveTitleFacts() {
	r := d.rules
	if len(r.bodyPossessives) == 0 {
		return
	}
	d.eachPerson(func(si int, toks []Token, m *mention, k int) {
		if k < 3 || toks[k-1].Text != "," {
			return
		}
		// the possessive: opening the sentence, or after a comma inside it
		// ("The Civic Renewal Party won 38 seats, putting its leader,
		// Marieke Verhoeven, on course …": the sentence's own subject)
		p := k - 2
		for p >= 0 && k-p <= 5 && !r.bodyPossessives[toks[p].Lower] {
			if !isLowerWord(toks[p].Text) {
				return
			}
			p--
		}
		if p < 0 || k-p > 5 || p == k-2 {
			return
		}
		if p > 0 {
			var subj *entity
			for _, pm := range d.mentions[si] {
				if !pm.hidden && pm.start < toks[p].Start && (class(pm.ent.typ) == 'O' || class(pm.ent.typ) == 'G') && !isAllCaps(pm.text) {
					subj = pm.ent
					break
				}
			}
			if subj == nil || subj == m.ent {
				return
			}
			if pred := d.possessedRole(toks, p+1, k-1); pred != "" {
				d.relations = append(d.relations, relation{m.ent, subj, pred, si, 0.6})
			}
			return
		}
		if si == 0 {
			return
		}
		pred := d.possessedRole(toks, 1, k-1)
		if pred == "" {
			return
		}
		var body *entity
		prev := d.toks[si-1]
		for _, pm := range d.mentions[si-1] {
			if !pm.hidden && class(pm.ent.typ) == 'O' && len(prev) > 1 && (pm.start == prev[0].Start || r.articles[prev[0].Lower] && pm.start == prev[1].Start) {
				body = pm.ent // the previous sentence's subject ("The Bloc Québécois opposed …")
			}
		}
		if body == nil {
			body = d.bodyNamedBefore(si-1, d.sents[si-1].End)
		}
		if body != nil && body != m.ent {
			d.relations = append(d.relations, relation{m.ent, body, pred, si, 0.6})
		}
	})
}

// possessedRole is the relation a body's possessive's title, toks[from:to]
// ("its president", "its housing critic"), gives its holder to the body:
// a role's, a job's membership, or "" for no title.
func (d *doc) possessedRole(toks []Token, from, to int) string {
	r := d.rules
	if to <= from {
		return ""
	}
	title := toks[to-1].Lower
	pred := r.role(title)
	if to-2 >= from && r.role(toks[to-2].Lower+" "+title) != "" {
		pred = r.role(toks[to-2].Lower + " " + title) // "its chief executive"
	}
	switch {
	case pred == "leaderOf" && to-2 >= from && r.deputyWords[toks[to-2].Lower]:
		return "memberOf" // "its deputy leader"
	case pred == "person" || pred == "":
		if !r.jobNouns[title] && !r.politicianTitles[title] {
			return ""
		}
		return "memberOf"
	}
	return pred
}

// teamHeadFacts reads a team's head's bare title before a person in a
// game report — "head coach Holt", "sjefstrener Holt", "kaptein X" — as
// leading the club named last before it (bodyNamedBefore: "Livingston
// extend their unbeaten run, with head coach Holt still to taste
// defeat"); a title the club's name qualifies is the patterns'.
func (d *doc) teamHeadFacts() {
	r := d.rules
	if len(r.TeamRoles) == 0 || !d.isGameReport() {
		return
	}
	d.eachPerson(func(si int, toks []Token, m *mention, k int) {
		if k == 0 {
			return
		}
		from, kind := -1, ""
		for n := 1; n <= 2 && n <= k; n++ {
			if rk := r.TeamRoles[d.baseRole(wordsLower(toks[k-n:k]))]; rk == "leaderOf" {
				from, kind = k-n, rk
			}
		}
		if from < 0 || d.titleQualified(toks, from) || from > 0 && (r.deputyWords[toks[from-1].Lower] || r.formerWords[toks[from-1].Lower] || startsName(toks[from-1].Text) || strings.HasSuffix(toks[from-1].Text, "'s")) {
			return // "Rangers manager X", "former manager", "assistant coach", "Gerrard's captain"
		}
		if club := d.bodyNamedBefore(si, toks[from].Start); club != nil && club != m.ent {
			d.relations = append(d.relations, relation{m.ent, club, kind, si, 0.6})
		}
	})
}

// bodyNamedBefore is the organisation (no medium: a paper reports, it is
// rarely the story's body) named last before offset off in sentence si or
// the two before it, among the last few dozen names of each.
func (d *doc) bodyNamedBefore(si, off int) *entity {
	for k := si; k >= 0 && k >= si-2; k-- {
		ms := d.mentions[k]
		j := len(ms)
		if k == si {
			j = sort.Search(len(ms), func(i int) bool { return ms[i].start >= off })
		}
		for n := 0; j > 0 && n < 64; n++ { // (a few dozen names back at most: the body is near)
			j--
			m := ms[j]
			if m.hidden || class(m.ent.typ) != 'O' || m.ent.typ == "MediaOrganization" {
				continue
			}
			return m.ent
		}
	}
	return nil
}

// mainBody is the organisation the article names more often than all
// other organisations together (twice at least), if there is one.
func (d *doc) mainBody() *entity {
	return d.dominant(func(e *entity) int {
		if class(e.typ) != 'O' {
			return -1
		}
		return len(e.mentions)
	}, 2)
}

// dominant is the entity whose weight (negative: not a candidate) is at
// least least and more than all the other candidates' together.
func (d *doc) dominant(weight func(*entity) int, least int) *entity {
	var best *entity
	bestN, total := 0, 0
	for _, e := range d.order {
		if e.mergedInto != nil {
			continue
		}
		n := weight(e)
		if n < 0 {
			continue
		}
		total += n
		if n > bestN {
			best, bestN = e, n
		}
	}
	if bestN < least || bestN*2 <= total {
		return nil
	}
	return best
}

// ministerFacts reads a minister's title right before a person the
// gazetteer does not know — "Foreign Minister X", "utenriksminister X" —
// as representing the one country the article is about, when nothing
// before the title names another ("Turkish Foreign Minister X", "Syria's
// foreign minister X" are read by the relation patterns).
func (d *doc) ministerFacts() {
	r, lx := d.rules, d.x.lex
	if len(r.MinisterTitles) == 0 {
		return
	}
	var scene *entity // computed once, when needed
	sceneDone := false
	d.eachPerson(func(si int, toks []Token, m *mention, k int) {
		if m.ent.gaz != nil || k == 0 || r.stateHeads[toks[k-1].Lower] || r.headTitles[toks[k-1].Lower] {
			return
		}
		title := toks[k-1].Lower
		from := k - 1
		ok := false
		if r.portfolioOnly[title] && k >= 2 && isCapitalized(toks[k-2].Text) && !r.notPortfolios[toks[k-2].Lower] {
			ok = true // "Business Secretary Greg Clark" — but "Press Secretary X"
		}
		for _, end := range r.MinisterTitles {
			if two := strings.Contains(end, " "); !two {
				ok = ok || strings.HasSuffix(title, end)
			} else if k >= 2 && toks[k-2].Lower+" "+title == end {
				ok, from = true, k-2 // "Attorney General X"
			}
		}
		if !ok {
			return
		}
		// the portfolio before an English title: "Foreign", "Deputy Prime"
		end, first := k-1, from
		for from > 0 && first-from < 2 && isCapitalized(toks[from-1].Text) && lx.demonyms[toks[from-1].Lower] == nil &&
			!d.inMention(si, toks[from-1].Start) && len(lx.lookup([]string{toks[from-1].Text})) == 0 {
			from--
		}
		if r.headTitles[strings.ToLower(d.text[toks[from].Start:toks[end].End])] {
			return // "Prime Minister X" leads (headTitleFacts)
		}
		if from > 0 {
			w := toks[from-1]
			if startsName(w.Text) || w.Text == "'s" || w.Text == "-" || r.formerWords[w.Lower] || lx.demonyms[w.Lower] != nil || d.bodyNoun(w.Text) {
				return // "Syria's foreign minister X", "former minister X", "party minister"
			}
		}
		if !sceneDone {
			scene, sceneDone = d.mainCountry(), true
		}
		if scene != nil && scene != m.ent {
			d.relations = append(d.relations, relation{m.ent, scene, "represents", si, 0.6})
		}
	})
}

// partyAdjectiveAfter finds a party's adjective in an apposition opening at
// token k: ", then a Democratic congresswoman", ", en republikansk senator".
func (d *doc) partyAdjectiveAfter(toks []Token, k int) (Token, bool) {
	r := d.rules
	if k >= len(toks) || toks[k].Text != "," {
		return Token{}, false
	}
	k++
	// past "then", "på den tiden" to the article: ", på den tiden en demokratisk kongresskvinne"
	for n := k; n < len(toks) && n < k+4 && isLowerWord(toks[n].Text); n++ {
		if r.articles[toks[n].Lower] && (n == k || !r.articles[toks[n-1].Lower]) && n+1 < len(toks) && r.PartyAdjectives[toks[n+1].Lower] != "" {
			k = n
			break
		}
	}
	if k < len(toks) && (toks[k].Lower == "then" || toks[k].Lower == "now" || toks[k].Lower == "da" || toks[k].Lower == "nå") {
		k++
	}
	if k < len(toks) && r.articles[toks[k].Lower] {
		k++
	}
	if k+1 >= len(toks) || r.PartyAdjectives[toks[k].Lower] == "" || d.lang == "en" && !startsName(toks[k].Text) {
		return Token{}, false
	}
	// "a Democratic congresswoman"; "Republican from Texas", "a Democrat,": the party's name as a noun
	if next := toks[k+1].Lower; !r.politicianTitles[next] && next != "from" && next != "of" && next != "fra" && next != "," && next != "." {
		return Token{}, false
	}
	return toks[k], true
}

// knownLeaders states what the gazetteer knows a person leads when the
// article names both: an article about Trump and the United States is one
// in which Trump leads the country, titled or not ("Trumps møte med
// Rosenstein") — unless the article's date lies outside the office's years,
// or it names two who led that state: then the one it names most often
// leads ("Theresa May" thrice, "Boris Johnson" once), on a tie the one it
// names first.
// The evidence is the sentence that names the person first.
func (d *doc) knownLeaders() {
	type lead struct{ leader, led *entity }
	var leads []lead
	for _, e := range d.order {
		if e.mergedInto != nil || e.gaz == nil || e.gaz.Leads == "" || len(e.mentions) == 0 {
			continue
		}
		led := d.entities[e.gaz.Leads]
		if led == nil || led.mergedInto != nil || len(led.mentions) == 0 {
			continue
		}
		if d.outsideOffice(e.gaz) {
			continue // an article from before or after the office
		}
		if d.calledFormer(e) {
			continue // "tidligere president Bill Clinton": the article says the office is past
		}
		if class(led.typ) == 'O' && d.calledStateHead(e) {
			continue // "statsminister Jens Stoltenberg" in an undated article: not yet NATO's head
		}
		leads = append(leads, lead{e, led})
	}
	top := map[*entity]*entity{} // by state, its most named leader, the first named on a tie
	for _, l := range leads {
		if best := top[l.led]; best == nil || len(l.leader.mentions) > len(best.mentions) {
			top[l.led] = l.leader
		}
	}
	for _, l := range leads {
		if top[l.led] == l.leader {
			d.relations = append(d.relations, relation{l.leader, l.led, "leaderOf", l.leader.mentions[0].sent, 0.6})
		}
	}
}

// bodyNoun reports whether w names a kind of body: the "company" of
// "company president X" says X is no state's president.
func (d *doc) bodyNoun(w string) bool {
	lw := strings.ToLower(w)
	_, nominal := d.rules.nominal[lw]
	return nominal || d.x.lex.orgWords[lw] || d.rules.companyNouns[lw]
}

// stateTitleFacts reads a title only one state has before a name —
// "Secretary of State Mike Pompeo", "Foreign Secretary X" — as representing
// that state, when the article names it.
func (d *doc) stateTitleFacts() {
	r := d.rules
	if len(r.StateTitles) == 0 {
		return
	}
	var byKey map[string]*entity // the article's known entities, made when needed
	d.eachPerson(func(si int, toks []Token, m *mention, k int) {
		// the title before the name, or in an apposition after it: "John
		// Kerry, the Secretary of State, contacted …"
		end := d.tokenAt(si, m.end)
		for n := 1; n <= 8; n++ {
			key, from := "", 0
			if n <= 4 && k-n >= 0 {
				key, from = r.StateTitles[strings.ToLower(strings.Join(wordsOf(toks[k-n:k]), " "))], k-n
			} else if a := n - 4; a > 0 && end+2+a < len(toks) && toks[end].Text == "," && toks[end+1].Lower == "the" && (toks[end+2+a].Text == "," || toks[end+2+a].Text == ".") {
				key, from = r.StateTitles[strings.ToLower(strings.Join(wordsOf(toks[end+2:end+2+a]), " "))], end+2
			}
			if key == "" {
				continue
			}
			if from > 0 {
				if w := toks[from-1].Lower; r.deputyWords[w] || r.formerWords[w] || w == "shadow" || w == "skygge" {
					break // "Shadow Foreign Secretary": the opposition's
				}
			}
			if byKey == nil {
				byKey = map[string]*entity{}
				for _, e := range d.order {
					if e.mergedInto == nil && e.gaz != nil && len(e.mentions) > 0 {
						byKey[e.gaz.Key] = e
					}
				}
			}
			if e := byKey[key]; e != nil {
				d.relations = append(d.relations, relation{m.ent, e, "represents", si, 0.7})
			}
			break
		}
	})
}

// demonymState is the state a people's adjective t in sentence si names,
// the adjective recorded as a hidden mention of it.
func (d *doc) demonymState(si int, t Token, country *GazetteerEntry) *entity {
	c := d.gazetteerEntity(country)
	d.attach(c, &mention{start: t.Start, end: t.End, text: t.Text, sent: si, hidden: true})
	return c
}

// demonymPlaceLists reads places listed after a people's adjective and a
// plural kind of place — "in several northern Iraqi cities, leaving 22
// dead in Mosul, Baiji and Tuz", "i flere irakiske byer: Mosul, Baiji og
// Tuz" — as lying in that state (place_plurals), unless the gazetteer puts
// one elsewhere.
func (d *doc) demonymPlaceLists() {
	r, lx := d.rules, d.x.lex
	if len(r.placePlurals) == 0 {
		return
	}
	for si, ms := range d.mentions {
		toks := d.toks[si]
		for k := 0; k+1 < len(toks); k++ {
			country := lx.demonyms[toks[k].Lower]
			if country == nil || country.Type != "Country" || !r.placePlurals[toks[k+1].Lower] {
				continue
			}
			var c *entity
			for _, m := range ms {
				if m.hidden || m.start < toks[k+1].End || m.ent.typ != "City" && m.ent.typ != "Place" && m.ent.typ != "Region" {
					continue
				}
				if m.ent.gaz != nil && m.ent.gaz.In != "" && m.ent.gaz.In != country.Key {
					continue
				}
				if c == nil {
					c = d.demonymState(si, toks[k], country)
				}
				if m.ent != c {
					d.relations = append(d.relations, relation{m.ent, c, "locatedIn", si, 0.6})
				}
			}
			break
		}
	}
}

// demonymAppositions places a place in the state whose people's
// adjective describes it in the apposition after its name: "Kisumu, a
// Kenyan city on Lake Victoria", "Tromsø, en norsk by" (a city noun or a
// kind of place after the adjective).
func (d *doc) demonymAppositions() {
	r, lx := d.rules, d.x.lex
	for si, ms := range d.mentions {
		toks := d.toks[si]
		for _, m := range ms {
			if m.hidden || m.ent.typ != "City" && m.ent.typ != "Place" && m.ent.typ != "Region" {
				continue
			}
			k := d.tokenAt(si, m.end)
			if k+3 >= len(toks) || toks[k].Text != "," || !r.articles[toks[k+1].Lower] {
				continue
			}
			j := k + 2
			if lx.demonyms[toks[j].Lower] == nil && isLowerWord(toks[j].Text) {
				j++ // "a small Kenyan town"
			}
			country := lx.demonyms[toks[j].Lower]
			if country == nil || country.Type != "Country" || j+1 >= len(toks) {
				continue
			}
			if w := toks[j+1].Lower; !r.cityNouns[w] && !lx.placeKinds[w] {
				continue
			}
			if m.ent.gaz != nil && m.ent.gaz.In != "" && m.ent.gaz.In != country.Key {
				continue // the gazetteer knows better
			}
			if c := d.demonymState(si, toks[j], country); c != m.ent {
				d.relations = append(d.relations, relation{m.ent, c, "locatedIn", si, 0.6})
			}
		}
	}
}

// mainCountry is the country the article names more often than all other
// countries together (twice at least, its adjective counting half), if
// there is one.
func (d *doc) mainCountry() *entity {
	// its name, and at half the weight its people's adjective: "Syrian
	// forces" is about Syria too
	return d.dominant(func(e *entity) int {
		if e.typ != "Country" {
			return -1
		}
		n := 2 * len(e.mentions)
		if dl := d.dateline; dl != nil && dl.gaz != nil && e.gaz != nil && (dl.gaz == e.gaz || dl.gaz.In == e.gaz.Key) {
			n += 4 // "ROTTERDAM —": the story was filed there
		}
		return n + d.demonymUses(e.gaz)
	}, 4)
}

// demonymUses counts the article's uses of a country's one-word people's
// adjectives and nouns ("Syrian", "syriske"); 0 for no country.
func (d *doc) demonymUses(g *GazetteerEntry) int {
	if g == nil {
		return 0
	}
	n := 0
	for _, forms := range g.Demonyms {
		for _, f := range forms {
			if !strings.Contains(f, " ") {
				n += d.occurrences(strings.ToLower(f))
			}
		}
	}
	return n
}

// bodyNamed finds the organisation or state the article or the gazetteer
// knows by name; a team may also go by its town's name.
func (d *doc) bodyNamed(name string, team bool) *entity {
	body := func(c byte) bool { return c == 'O' || c == 'G' }
	return d.entityNamed(name, func(c byte) bool { return body(c) || team && c == 'L' }, body)
}

// placeNamed is the place (not a state) called name: named in the
// article, or else known to the lexicon.
func (d *doc) placeNamed(name string) *entity {
	place := func(c byte) bool { return c == 'L' }
	return d.entityNamed(name, place, place)
}

// entityNamed is the entity called name: one of the article's of a class
// inArticle takes, or else one of the lexicon's of a class inLexicon takes.
func (d *doc) entityNamed(name string, inArticle, inLexicon func(byte) bool) *entity {
	for _, e := range d.order {
		if e.mergedInto == nil && inArticle(class(e.typ)) && (strings.EqualFold(e.name, name) || e.aliasSet[name]) {
			return e
		}
	}
	for _, g := range d.x.lex.lookup([]string{name}) {
		if inLexicon(class(g.Type)) {
			return d.gazetteerEntity(g)
		}
	}
	return nil
}

// descriptorFacts reads a person named by description after the name —
// "Elizabeth Warren says … The Massachusetts Democrat spoke", "demokraten
// fra Massachusetts", "Cristiano Ronaldo … The Portugal and Juventus
// forward" — as the person last named, in that sentence or the two
// before: a member of the party, a player (or the manager) of the sides.
func (d *doc) descriptorFacts() {
	var last *mention // the last person named
	for si, toks := range d.toks {
		ms := d.mentions[si]
		next := 0 // ms[next] is the first mention not yet passed
		for k, t := range toks {
			for ; next < len(ms) && ms[next].start < t.Start; next++ {
				if m := ms[next]; !m.hidden && m.ent.typ == "Person" {
					last = m
				}
			}
			if last == nil || si-last.sent > 2 || k+1 < len(toks) && startsName(toks[k+1].Text) {
				continue // "Republican Senator X", "Juventus forward X": the name's own title
			}
			d.partyDescriptor(si, toks, k, last.ent)
			d.sideDescriptor(si, toks, k, ms, last.ent)
		}
		for ; next < len(ms); next++ {
			if m := ms[next]; !m.hidden && m.ent.typ == "Person" {
				last = m
			}
		}
	}
}

// partyDescriptor reads toks[k] as the noun of "the Massachusetts
// Democrat", "the 76-year-old Republican", "demokraten fra X": person is
// a member of the party.
func (d *doc) partyDescriptor(si int, toks []Token, k int, person *entity) {
	if party := d.partyMemberNoun(toks, k); party != nil {
		t := toks[k]
		e := d.gazetteerEntity(party)
		d.attach(e, &mention{start: t.Start, end: t.End, text: t.Text, sent: si, hidden: true})
		d.relations = append(d.relations, relation{person, e, "memberOf", si, 0.6})
	}
}

// partyMemberNoun returns the party toks[k] calls someone a member of,
// as the noun of a description — "the Massachusetts Democrat", "the
// 76-year-old Republican" (after "the" and at most three capitalised or
// hyphenated words), "demokraten fra Massachusetts" — or nil; the
// lexicon's party_members are the nouns.
func (d *doc) partyMemberNoun(toks []Token, k int) *GazetteerEntry {
	t := toks[k]
	key := d.rules.PartyMembers[t.Lower]
	if key == "" || d.lang == "en" && !startsName(t.Text) {
		return nil
	}
	if d.lang == "en" {
		j := k - 1
		for j >= 0 && j >= k-3 && toks[j].Lower != "the" && (startsName(toks[j].Text) || strings.Contains(toks[j].Text, "-")) {
			j--
		}
		if j < 0 || toks[j].Lower != "the" {
			return nil
		}
	} else if k+1 < len(toks) && isLowerWord(toks[k+1].Text) && toks[k+1].Lower != "fra" {
		return nil
	}
	return d.x.lex.entries[key]
}

// sideDescriptor reads toks[k] as the role of "the Portugal and Juventus
// forward", "the Rangers manager" (side_roles): person plays for, or
// manages, each side named before it.
func (d *doc) sideDescriptor(si int, toks []Token, k int, ms []*mention, person *entity) {
	pred := d.rules.SideRoles[toks[k].Lower]
	if pred == "" || k < 2 {
		return
	}
	var sides []*entity
	j := k - 1
	for j >= 1 {
		var side *mention
		for _, m := range ms {
			if !m.hidden && !m.demonym && m.end == toks[j].End && (m.ent.typ == "Organization" || class(m.ent.typ) == 'G') { // not "the Argentine striker", a nationality
				side = m
			}
		}
		if side == nil {
			break
		}
		sides = append(sides, side.ent)
		j = d.tokenAt(si, side.start) - 1
		if j >= 1 && (toks[j].Lower == "and" || toks[j].Text == ",") {
			j--
			continue
		}
		break
	}
	if len(sides) == 0 || j < 0 || toks[j].Lower != "the" {
		return
	}
	for _, side := range sides {
		if side != person {
			d.relations = append(d.relations, relation{person, side, pred, si, 0.6})
		}
	}
}

// partySupporterFacts reads "Kavanaugh and his Republican supporters",
// "Kavanaugh og hans republikanske støttespillere": the party supports
// the person (supporter_nouns).
func (d *doc) partySupporterFacts() {
	r := d.rules
	if len(r.supporterNouns) == 0 {
		return
	}
	for si, toks := range d.toks {
		for k := 3; k+1 < len(toks); k++ {
			key := r.PartyAdjectives[toks[k].Lower]
			if key == "" || !r.supporterNouns[toks[k+1].Lower] || r.Possessives[toks[k-1].Lower] == "" || !d.x.lex.listWords[toks[k-2].Lower] {
				continue
			}
			person := d.mentionEndingAt(si, toks[k-3].End)
			party := d.x.lex.entries[key]
			if person == nil || person.typ != "Person" || party == nil {
				continue
			}
			e := d.gazetteerEntity(party)
			d.attach(e, &mention{start: toks[k].Start, end: toks[k].End, text: toks[k].Text, sent: si, hidden: true})
			d.relations = append(d.relations, relation{e, person, "supports", si, 0.6})
		}
	}
}

// partyAdjectiveFacts reads "Democratic Senator Chris Coons", "den
// demokratiske senatoren Chris Coons": the person is a member of the party.
func (d *doc) partyAdjectiveFacts() {
	r, lx := d.rules, d.x.lex
	if len(r.PartyAdjectives) == 0 {
		return
	}
	// "republikanske senatorer", "det republikanske partiet": the party is
	// named, as "Republican senators" names it in English
	for si, toks := range d.toks {
		for k := 0; d.lang != "en" && k+1 < len(toks); k++ {
			key := r.PartyAdjectives[toks[k].Lower]
			next := toks[k+1].Lower
			if key == "" || !r.politicianTitles[next] && !r.politicianTitles[strings.TrimSuffix(strings.TrimSuffix(next, "r"), "e")] && next != "parti" && next != "partiet" ||
				k+2 < len(toks) && startsName(toks[k+2].Text) {
				continue // before a name the person's party is read below
			}
			if party := lx.entries[key]; party != nil {
				d.attach(d.gazetteerEntity(party), &mention{start: toks[k].Start, end: toks[k].End, text: toks[k].Text, sent: si, hidden: true})
			}
		}
	}
	for si, ms := range d.mentions {
		toks := d.toks[si]
		for _, m := range ms {
			if m.hidden || m.ent.typ != "Person" {
				continue
			}
			k := d.titleBefore(si, ms, m)
			// "Labour peer Lord Adonis": past an honorific
			for k >= 1 && r.role(toks[k].Lower) == "person" && !r.politicianTitles[toks[k].Lower] && startsName(toks[k].Text) {
				k--
			}
			var adj Token
			switch {
			case k >= 0 && startsName(toks[k].Text) && r.PartyAdjectives[toks[k].Lower] != "" || k >= 0 && d.lang != "en" && r.PartyAdjectives[toks[k].Lower] != "":
				adj = toks[k] // "Republican Keith Rothfus", "demokraten Chris Coons"
			case k >= 1 && r.politicianTitles[toks[k].Lower]:
				adj = toks[k-1]
				// "GOP state Rep. Geoff Diehl": past one lower-case word
				if k >= 2 && r.PartyAdjectives[strings.ToLower(adj.Text)] == "" && isLowerWord(adj.Text) {
					adj = toks[k-2]
				}
			default:
				// "Patricia Schroeder, then a Democratic congresswoman"
				a, ok := d.partyAdjectiveAfter(toks, d.tokenAt(si, m.end))
				if !ok {
					continue
				}
				adj = a
			}
			party := d.atHome(lx.entries[r.PartyAdjectives[strings.ToLower(adj.Text)]], adj.Text)
			// "Liberal Democrat leader Ed Davey": the adjective ends a longer
			// name, another party's
			if mc := d.mentionCovering(adj.Start); party != nil && mc != nil && !mc.hidden && mc.end-mc.start > len(adj.Text) && mc.ent.gaz != party {
				continue
			}
			if party == nil {
				// "Senator John Cornyn, Republican from Texas": after the name
				a, ok := d.partyAdjectiveAfter(toks, d.tokenAt(si, m.end))
				if !ok {
					continue
				}
				if adj, party = a, d.atHome(lx.entries[r.PartyAdjectives[a.Lower]], a.Text); party == nil {
					continue
				}
			}
			e := d.gazetteerEntity(party)
			d.attach(e, &mention{start: adj.Start, end: adj.End, text: adj.Text, sent: si, hidden: true})
			d.relations = append(d.relations, relation{m.ent, e, "memberOf", si, 0.8})
		}
	}
}

// nearSurname finds the one person whose surname is name misspelt by one
// letter (added, dropped or changed), or nil.
func nearSurname(name string, bySuffix map[string]*entity) *entity {
	var found *entity
	for suffix, e := range bySuffix {
		if strings.Contains(suffix, " ") || !oneEditApart(name, suffix) {
			continue
		}
		if found != nil && found != e {
			return nil // two people it could be
		}
		found = e
	}
	return found
}

// oneEditApart reports whether a and b differ by exactly one inserted,
// deleted or changed byte, or by two neighbouring bytes swapped.
func oneEditApart(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(b)-len(a) > 1 || a == b {
		return false
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	if len(a) == len(b) {
		// one letter changed, or two neighbours swapped ("DesRoiser")
		return a[i+1:] == b[i+1:] || i+1 < len(a) && a[i] == b[i+1] && a[i+1] == b[i] && a[i+2:] == b[i+2:]
	}
	return a[i:] == b[i+1:]
}

// initialsFit reports whether an acronym can stand for one of the names:
// its first letter is the first letter of one of the name's words, and its
// letters come in order among the name's letters ("SOHR", "Syrian
// Observatory for Human Rights"), so "ANA" does not stand for "Japan".
func initialsFit(acronym string, names ...string) bool {
	ac := strings.ToLower(acronym)
	for _, name := range names {
		n := strings.ToLower(name)
		if ac == "" || n == "" {
			continue
		}
		first := false
		for _, w := range strings.Fields(n) {
			if strings.HasPrefix(w, ac[:1]) {
				first = true
			}
		}
		if !first {
			continue
		}
		k := 0
		for i := 0; i < len(n) && k < len(ac); i++ {
			if n[i] == ac[k] {
				k++
			}
		}
		if k == len(ac) {
			return true
		}
	}
	return false
}

// placeChains reads "Grand Blanc Township, Genesee County, Michigan": each
// place lies in the larger one named after it, but a list of places
// ("Paris, London and Berlin") says nothing.
func (d *doc) placeChains() {
	for si, ms := range d.mentions {
		var prev *mention
		for _, m := range ms {
			if m.hidden {
				continue
			}
			p := prev
			prev = m
			if p == nil || p.ent == m.ent || class(p.ent.typ) != 'L' || !(class(m.ent.typ) == 'G' || class(m.ent.typ) == 'L') {
				continue
			}
			// "Seattle, Washington, in the United States": the state in the country
			between := strings.Join(strings.Fields(strings.ToLower(d.text[p.end:m.start])), " ")
			inCountry := class(m.ent.typ) == 'G' && (between == ", in" || between == ", in the" || between == ", i") && d.canBeLocated(p.ent, m.ent, between)
			if between != "," && !inCountry || !d.largerPlace(m.ent) {
				continue
			}
			if class(p.ent.typ) == class(m.ent.typ) && d.listGoesOn(m) {
				continue // "New South Wales, Victoria, South Australia …", "San Francisco, Orlando, and Washington": a list
			}
			after := strings.ToLower(strings.TrimLeft(d.text[m.end:min(len(d.text), m.end+6)], " "))
			if strings.HasPrefix(after, "and ") || strings.HasPrefix(after, "og ") || strings.HasPrefix(after, "or ") || strings.HasPrefix(after, "eller ") || d.opensName(m) {
				continue // "… in the Middle East, US Internal Secretary Ryan Zinke": a title's state
			}
			d.relations = append(d.relations, relation{p.ent, m.ent, "locatedIn", si, 0.7})
		}
	}
}

// listGoesOn reports whether a comma and another name or a conjunction
// follow mention m: m is in a list ("New South Wales, Victoria, South
// Australia"), not a chain's last place.
func (d *doc) listGoesOn(m *mention) bool {
	after, ok := strings.CutPrefix(strings.TrimLeft(d.text[m.end:min(len(d.text), m.end+40)], " "), ",")
	if !ok {
		return false
	}
	next := strings.Fields(after)
	if len(next) == 0 {
		return false
	}
	if d.x.lex.listWords[strings.ToLower(next[0])] {
		return true
	}
	if !startsName(next[0]) || d.isStopToken(next[0]) {
		return false
	}
	// "Grand Blanc Township, Genesee County, Michigan": a larger place goes on the chain
	at := m.end + strings.Index(d.text[m.end:], next[0])
	for _, n := range d.mentions[m.sent] {
		if n.start == at && !n.hidden {
			return n.ent.typ == m.ent.typ
		}
	}
	return true
}

// placeList reports whether places s and o, of one type, are named next
// to each other in a list in sentence si, as in "San Francisco, Orlando,
// and Washington" or "Mosul, Baiji, and Tuz" (a city and a place the
// lexicon does not know): neither lies in the other.
func (d *doc) placeList(si int, s, o *entity) bool {
	town := func(e *entity) bool { return e.typ == "City" || e.typ == "Place" }
	if s.typ != o.typ && !(town(s) && town(o)) {
		return false // ("Springfield, Illinois, and Dallas": the town in its state)
	}
	for _, m := range d.mentions[si] {
		if m.ent == o && !m.hidden && d.listGoesOn(m) {
			return true
		}
	}
	return false
}

// partyState matches a US politician's party and state after the name:
// "(R-Ariz.)", "(D-New York)".
var partyState = regexp.MustCompile(`^\s*(?:\(\s*([A-Z])-([A-Z][A-Za-z. ]{0,20}?)\s*\)|,\s*([A-Z])-([A-Z][A-Za-z]{1,12}\.?)\s*(?:,|\.$|\.\s))`)

// partyAbbreviation matches a party's abbreviation in brackets after a
// name: "Erna Solberg (H)", "Jonas Gahr Støre (Ap)".
var partyAbbreviation = regexp.MustCompile(`^\s*\(\s*(\p{Lu}[\p{L}]{0,4})\s*\)`)

// partyAbbreviationFacts reads "Erna Solberg (H)": the person is a member
// of the party the abbreviation (party_abbreviations) stands for.
func (d *doc) partyAbbreviationFacts() {
	if len(d.rules.PartyAbbreviations) == 0 {
		return
	}
	for si, ms := range d.mentions {
		for _, m := range ms {
			if m.hidden || m.ent.typ != "Person" {
				continue
			}
			g := partyAbbreviation.FindStringSubmatchIndex(d.text[m.end:min(len(d.text), m.end+12)])
			if g == nil {
				continue
			}
			abbr := d.text[m.end+g[2] : m.end+g[3]]
			if party := d.x.lex.entries[d.rules.PartyAbbreviations[abbr]]; party != nil {
				e := d.gazetteerEntity(party)
				d.attach(e, &mention{start: m.end + g[2], end: m.end + g[3], text: abbr, sent: si, hidden: true})
				e.addAlias(abbr) // the article names the party so ("A", "H"), though the letter is no label of it
				d.relations = append(d.relations, relation{m.ent, e, "memberOf", si, 0.8})
			}
		}
	}
}

// partyStateFacts reads "Sen. Jeff Flake (R-Ariz.)" and "Rep. Adam
// Schiff, D-Calif., said": the person is a member of the party and
// represents the state.
func (d *doc) partyStateFacts() {
	r := d.rules
	if len(r.PartyLetters) == 0 {
		return
	}
	lx := d.x.lex
	for si, ms := range d.mentions {
		for _, m := range ms {
			if m.hidden || m.ent.typ != "Person" {
				continue
			}
			end := m.end
			for _, g := range []string{"'s", "’s", "s"} { // "senator Jeff Flakes (R-Arizona) forslag"
				if m.genitive && strings.HasPrefix(d.text[end:], g) {
					end += len(g)
					break
				}
			}
			if opens := strings.TrimLeft(d.text[end:min(len(d.text), end+3)], " "); !strings.HasPrefix(opens, "(") && !strings.HasPrefix(opens, ",") {
				continue
			}
			loc := partyState.FindStringSubmatchIndex(d.text[end:min(len(d.text), end+40)])
			if loc == nil {
				continue
			}
			if loc[2] < 0 { // "Rep. Adam Schiff, D-Calif., said": the form between commas
				loc = append(loc[:2:2], loc[6:10]...)
			}
			// the party and state are mentioned there, though as no names of theirs
			mentioned := func(g *GazetteerEntry, from, to int) *entity {
				e := d.gazetteerEntity(g)
				d.attach(e, &mention{start: end + from, end: end + to, text: d.text[end+from : end+to], sent: si, hidden: true})
				return e
			}
			letter, abbrev := d.text[end+loc[2]:end+loc[3]], d.text[end+loc[4]:end+loc[5]]
			if party := lx.entries[r.PartyLetters[letter]]; party != nil {
				d.relations = append(d.relations, relation{m.ent, mentioned(party, loc[2], loc[3]), "memberOf", si, 0.8})
			}
			state := lx.entries[r.StateAbbrevs[abbrev]]
			if es := lx.lookup(strings.Fields(abbrev)); state == nil && len(es) > 0 && es[0].Type == "Region" {
				state = es[0]
			}
			if state != nil {
				d.relations = append(d.relations, relation{m.ent, mentioned(state, loc[4], loc[5]), "represents", si, 0.8})
			}
		}
	}
}

// pastListedPeople returns the token index before the people listed up
// to toks[k] of sentence si, whose mentions are ms: "the Republican
// senators John Kennedy and Lindsey Graham" reads back from Graham to
// "senators".
func (d *doc) pastListedPeople(si int, ms []*mention, k int) int {
	toks := d.toks[si]
	for hops := 0; hops < 4 && k > 0 && (d.x.lex.listWords[toks[k].Lower] || toks[k].Text == ","); hops++ {
		var prev *mention
		for _, pm := range ms {
			if !pm.hidden && pm.end == toks[k-1].End && pm.ent.typ == "Person" {
				prev = pm
			}
		}
		if prev == nil {
			break
		}
		k = d.tokenAt(si, prev.start) - 1
	}
	return k
}

// titleBefore returns the index of the token a title before person
// mention m of sentence si would end at: past the people listed before m
// and the point of an abbreviated title ("Sen." as two tokens).
func (d *doc) titleBefore(si int, ms []*mention, m *mention) int {
	k := d.pastListedPeople(si, ms, d.tokenAt(si, m.start)-1)
	if k >= 1 && d.toks[si][k].Text == "." {
		k--
	}
	return k
}

// chamberTitleFacts reads "Sen. Jeff Flake", "Senator Chris Coons" as
// members of the senate the article names (chamber_titles: the title and
// a word of the chamber's name); a title alone names no chamber.
func (d *doc) chamberTitleFacts() {
	titles := d.rules.ChamberTitles
	if len(titles) == 0 {
		return
	}
	chambers := map[string]*entity{} // the word → the chamber named first
	for _, e := range d.order {
		if e.mergedInto != nil || class(e.typ) != 'O' || len(e.mentions) == 0 {
			continue
		}
		// the chamber's word ends its name, or its words are inside it
		// ("US Senate", "House of Representatives"; not "Senate Judiciary
		// Committee", nor the "White House" for "house of")
		name := strings.ToLower(e.name)
		for _, word := range titles {
			if chambers[word] == nil && (name == word || strings.HasSuffix(name, " "+word) || strings.Contains(word, " ") && strings.Contains(name, word)) {
				chambers[word] = e
			}
		}
	}
	if len(chambers) == 0 {
		return
	}
	for si, ms := range d.mentions {
		toks := d.toks[si]
		for _, m := range ms {
			if m.hidden || m.ent.typ != "Person" {
				continue
			}
			k := d.titleBefore(si, ms, m)
			if k < 0 {
				continue
			}
			if c := chambers[titles[toks[k].Lower]]; c != nil && !d.former(toks[max(k-1, 0)].Lower) {
				d.relations = append(d.relations, relation{m.ent, c, "memberOf", si, 0.7})
			}
		}
	}
}

// largerPlace reports whether e names a country, a region or an
// administrative area ("Genesee County"), which other places lie in.
func (d *doc) largerPlace(e *entity) bool {
	if e.typ == "Country" || e.typ == "Region" {
		return true
	}
	words := strings.Fields(strings.ToLower(e.name))
	return e.typ == "Place" && len(words) > 1 && adminWords[words[len(words)-1]]
}

// adminWords end the names of administrative areas.
var adminWords = map[string]bool{"county": true, "province": true, "state": true, "township": true, "district": true,
	"parish": true, "borough": true, "region": true, "oblast": true, "governorate": true, "prefecture": true,
	"fylke": true, "kommune": true, "provinsen": true, "fylket": true}

// dropWeakerRoles keeps, of the roles the article gives a person in one
// body, the strongest: "Prime Minister X" reads as leaderOf and represents,
// "X, a spokesman for Y" as represents and memberOf, and "Acme executive
// X" is no mere member where another sentence says X leads Acme.
func (d *doc) dropWeakerRoles() {
	type key struct{ s, o *entity }
	rank := map[string]int{"memberOf": 1, "represents": 2, "leaderOf": 3}
	best := map[key]int{}
	for _, r := range d.relations {
		if k := (key{r.subj, r.obj}); rank[r.pred] > best[k] {
			best[k] = rank[r.pred]
		}
	}
	kept := d.relations[:0]
	for _, r := range d.relations {
		if rank[r.pred] == 0 || rank[r.pred] == best[key{r.subj, r.obj}] {
			kept = append(kept, r)
		}
	}
	d.relations = kept
}

// leadingEnvoy reports whether a match that ends in a leader's word
// ("chief", "head") leaves out the envoy's title it qualifies, the next
// word: "Vanuatu's chief negotiator", "the delegation's head negotiator".
func (d *doc) leadingEnvoy(matched, after string) bool {
	last := lastWord(matched)
	if d.rules.role(last) != "leaderOf" {
		return false
	}
	words := strings.Fields(after)
	if len(words) == 0 {
		return false
	}
	// (or whose title with what it heads is a spokesman's: "the
	// regulator's head of communications")
	return d.rules.role(words[0]) == "represents" || len(words) >= 2 && d.rules.role(last+" "+words[0]+" "+words[1]) == "represents"
}

// roleRelations are the relations a title gives.
var roleRelations = map[string]bool{"leaderOf": true, "represents": true, "memberOf": true}

// containsAny reports whether s holds one of the phrases as whole words.
func containsAny(s string, phrases []string) bool {
	for _, p := range phrases {
		if strings.Contains(" "+s+" ", " "+p+" ") {
			return true
		}
	}
	return false
}

// deputy reports whether the matched text qualifies its leader's title as
// a lesser one ("vice president", "deputy director") — not when a leader's
// title is joined to it: "the vice president and chairman of Chrysler".
func (d *doc) deputy(matched string) bool {
	words := strings.Fields(matched)
	for k, w := range words {
		if head, _, ok := strings.Cut(w, "-"); ok && d.rules.deputyWords[head] {
			w = head // "vice-president": the deputy's word hyphenated to the title
		}
		if !d.rules.deputyWords[w] {
			continue
		}
		for _, after := range words[k+1:] {
			if after == "of" || strings.HasPrefix(after, "[[") {
				break
			}
			if after == "and" || after == "og" {
				return false
			}
		}
		return true
	}
	return false
}

// spokesmansTitleIn reports whether the matched text holds a title of two
// words that is a spokesman's ("communications officer", "press
// secretary"), which a member's pattern took for a job.
func (d *doc) spokesmansTitleIn(matched string) bool {
	words := strings.Fields(matched)
	for k := 0; k+1 < len(words); k++ {
		if d.rules.role(words[k]+" "+words[k+1]) == "represents" {
			return true
		}
	}
	return false
}

// bracketedParty matches a person's slot and the body in brackets after
// it: "[[0:P]] ( [[1:O]] )".
var bracketedParty = regexp.MustCompile(`(\[\[\d+:P\]\]) \( \[\[\d+:O\]\] \)`)

// placedByPreposition matches "X in Y", "X plant at the Y" in a tagged sentence.
var placedByPreposition = regexp.MustCompile(`\]\] (?:[^\s\[]+ )?(?:in|at|i) (?:the )?\[\[`)

// movingEvent matches names of events that are not held at one place.
var movingEvent = regexp.MustCompile(`(?i)\b(?:hurricane|typhoon|cyclone|storm|depression|war|krig|orkan|uvær|invasion|pandemic|epidemic|crisis|krise|cup|games|lekene|championship|mesterskap)`)

// within reports whether known place g is home or lies in it, as the
// gazetteer says (a few levels up).
func (d *doc) within(g, home *GazetteerEntry) bool {
	for k := 0; g != nil && k < 4; k++ {
		if g == home {
			return true
		}
		g = d.x.lex.entries[g.In]
	}
	return false
}

// namedAfterPlace is the known city whose name opens body e's longer
// name ("Denver" of "Denver Nuggets"), or nil. (A region's cities are not
// all known to lie in it: "the Texas Tribune Festival in Austin".)
func (d *doc) namedAfterPlace(e *entity) *GazetteerEntry {
	words := strings.Fields(e.name)
	for n := min(3, len(words)-1); n >= 1; n-- {
		for _, g := range d.x.lex.lookup(words[:n]) {
			if g.Type == "City" {
				return g
			}
		}
	}
	return nil
}

// regionKindIn matches a region's kind before "in" or "on" in a tagged
// sentence: "[[1:L]] province in", "[[1:L]]-provins nord på".
var regionKindIn = regexp.MustCompile(`\]\](?: (?:province|region|district|county|regency|prefecture|governorate|state) (?:in|on) |-(?:provins|provinsen|region|regionen|fylke|fylket|distrikt|distriktet|delstat|delstaten|regentskap|regentskapet|prefektur|prefekturet|guvernement|guvernementet) (?:(?:nord|sør|øst|vest|sørøst|sørvest|nordøst|nordvest|midt|sentralt) )?(?:i|på) )`)

// canBeLocated reports whether e can lie in place (matched: the words that
// say so): a place in a larger one, or a body with premises kg knows nothing of (the gazetteer places
// the bodies it knows; "the EU in Strumica" is an event there) — never a
// state, a person, a party or an armed group.
func (d *doc) canBeLocated(e, place *entity, matched string) bool {
	switch e.typ {
	case "City":
		// "Everett, Washington", "Selly Oak i Birmingham" — but not
		// "Washington in Kabul": the gazetteer places the cities it knows
		return place.typ != "City" || e.gaz == nil || !placedByPreposition.MatchString(matched)
	case "Region":
		// (or an island kg does not know, when the region's kind says so:
		// "Aceh province in northern Sumatra"; not "Scotland in Hampden")
		return place.typ == "Country" || place.typ == "Place" && place.gaz == nil && regionKindIn.MatchString(matched)
	case "Place":
		// the known ones are seas, oceans and rivers that cross borders:
		// "a lagoon in the Pacific in Micronesia" places the lagoon
		return e.gaz == nil || place.typ != "Country"
	case "Event":
		// "the Texas Tribune Festival in Austin" — but a storm or a war
		// is not held anywhere: "Hurricane Rosa in Arizona" moves on
		// and a recurring cup is not held in a continent for good
		return (place.typ == "City" || place.typ == "Place") && !movingEvent.MatchString(e.name)
	case "Organization", "GovernmentOrganization", "Company", "MediaOrganization":
		// "the EU in Strumica" is the body at work there; "France's
		// Thales", "Cisco, based in San Jose" say where it is
		// "the Denver Nuggets in San Diego": a body named after a city is
		// there, and only at work elsewhere
		if !placedByPreposition.MatchString(matched) {
			return true
		}
		home := d.namedAfterPlace(e)
		return e.gaz == nil && (home == nil || d.within(place.gaz, home))
	}
	return false
}

// lastWord is the last space-separated word of s.
// jobWord reports whether w is a job noun of the language or a compound
// ending in one ("litteraturkritiker").
func (d *doc) jobWord(w string) bool {
	for _, j := range d.rules.JobNouns {
		if strings.HasSuffix(w, j) {
			return true
		}
	}
	return false
}

func lastWord(s string) string {
	s = strings.TrimRight(s, " ")
	return s[strings.LastIndexByte(s, ' ')+1:]
}

// formerBesides reports whether the matched text has a word of
// former_words that is not one of except.
func (d *doc) formerBesides(matched string, except []string) bool {
	for _, w := range strings.Fields(matched) {
		if (d.rules.formerWords[w] || strings.HasPrefix(w, "ex-")) && !slices.Contains(except, w) {
			return true
		}
	}
	return false
}

// former reports whether the matched text makes its title a past one.
// calledFormer reports whether the article names e with a word of the
// past right before ("former president Bill Clinton", "tidligere
// president Bill Clinton", "ex-president X").
func (d *doc) calledFormer(e *entity) bool {
	for _, m := range e.mentions {
		toks := d.toks[m.sent]
		k := d.tokenAt(m.sent, m.start)
		// before the name, within its title ("Former German chancellor
		// Angela Merkel"), or in an apposition after it ("Angela Merkel,
		// the former German chancellor,", "…, tidligere forbundskansler")
		for j := k - 1; j >= 0 && j >= k-4 && toks[j].Text != "," && toks[j].Text != "."; j-- {
			if w := toks[j].Lower; d.former(w) {
				return true
			}
		}
		if end := d.tokenAt(m.sent, m.end); end < len(toks) && toks[end].Text == "," {
			// (a noun phrase only: "Trump, who was then at the UN" was no
			// former president)
			for j := end + 1; j < len(toks) && j <= end+4 && toks[j].Text != "," && !d.rules.relative[toks[j].Lower] && !d.rules.copulas[toks[j].Lower]; j++ {
				if w := toks[j].Lower; d.former(w) {
					return true
				}
			}
		}
	}
	return false
}

// outsideOffice reports whether the article's date falls before or after
// the years the lexicon gives g's office (leads_from, leads_to), and not
// in a later term (leads_again_from).
func (d *doc) outsideOffice(g *GazetteerEntry) bool {
	if d.year != 0 && g.LeadsAgainFrom != 0 && d.year >= g.LeadsAgainFrom {
		return false
	}
	return d.year != 0 && (g.LeadsFrom != 0 && d.year < g.LeadsFrom || g.LeadsTo != 0 && d.year > g.LeadsTo)
}

// calledStateHead reports whether the article gives e a state's head's
// title right before a mention: "statsminister Jens Stoltenberg".
func (d *doc) calledStateHead(e *entity) bool {
	for _, m := range e.mentions {
		toks := d.toks[m.sent]
		k := d.tokenAt(m.sent, m.start)
		if k > 0 && d.rules.stateHeads[toks[k-1].Lower] || k > 1 && d.rules.stateHeads[toks[k-2].Lower+" "+toks[k-1].Lower] {
			return true
		}
	}
	return false
}

func (d *doc) former(matched string) bool {
	for _, w := range strings.Fields(matched) {
		if d.rules.formerWords[w] || strings.HasPrefix(w, "ex-") || strings.HasPrefix(w, "former-") {
			return true
		}
	}
	return false
}

func (d *doc) negated(matched string) bool {
	for _, w := range strings.Fields(matched) {
		if d.rules.negations[w] || strings.HasSuffix(w, "n't") {
			return true
		}
	}
	return false
}

// endsWithLookahead reports whether a match ends with one letter after a
// space: a pattern's check that a word follows ("i Statoil e|r ikke
// snau"), not a verb of its own.
func endsWithLookahead(matched string) bool {
	k := strings.LastIndexByte(matched, ' ')
	return k >= 0 && utf8.RuneCountInString(matched[k+1:]) == 1
}

// negatedNext reports whether the words after a match open with a verb's
// negation ("forhandler ikke", "støtter aldri").
func (d *doc) negatedNext(rest string) bool {
	if i := strings.IndexByte(rest, ' '); i >= 0 {
		rest = rest[i:] // past the rest of a word a pattern matched the start of ("forhandl|er")
	}
	w, _, _ := strings.Cut(strings.TrimLeft(rest, " "), " ")
	return d.rules.verbNegations[w]
}

func groupEntities(re *regexp.Regexp, name, tagged string, loc []int, slots []*entity) []*entity {
	g := re.SubexpIndex(name)
	if g < 0 || loc[2*g] < 0 {
		return nil
	}
	// "Trump and his Supreme Court nominee Kavanaugh": the court only
	// qualifies the title
	text := possessedSlot.ReplaceAllString(tagged[loc[2*g]:loc[2*g+1]], "")
	return slotsIn(text, slots)
}

// possessedSlot is a possessive and a name right after it inside a list.
var possessedSlot = regexp.MustCompile(`(?:` + possessiveWords + `) \[\[\d+:[A-Z]\]\]`)

// nameEndsInAny reports whether a name's last word is one of words
// (lower-case).
func nameEndsInAny(name string, words []string) bool {
	f := strings.Fields(name)
	return len(f) > 0 && contains(words, strings.ToLower(f[len(f)-1]))
}

// placeModifiesBody reports whether the rule's object is a state or a
// place that a body's lower-case noun right after it makes a modifier:
// "head of the Iran Cartoon association" heads the association.
func (d *doc) placeModifiesBody(rule *RelationRule, tagged string, loc []int) bool {
	start, end, ok := objectSpan(rule, loc)
	if !ok {
		return false
	}
	if obj := tagged[start:end]; !strings.HasSuffix(obj, ":G]]") && !strings.HasSuffix(obj, ":L]]") {
		return false
	}
	rest := strings.Fields(tagged[end:min(len(tagged), end+60)])
	for k := 0; k < len(rest) && k < 3; k++ {
		w := rest[k]
		if !isLowerWord(w) || d.rules.stop[w] {
			return false // a mark, a name's slot, "and", "since"
		}
		if d.rules.role(w) != "" {
			return false // "Russian energy minister X": a title
		}
		if d.x.lex.orgWords[w] && (k+1 >= len(rest) || !isLowerWord(rest[k+1]) || d.rules.stop[rest[k+1]] && d.rules.role(rest[k+1]) == "") {
			return true // the body's noun ends the phrase: not "energy minister"
		}
	}
	return false
}

// departmentAfter reports whether the rule's object is a body whose
// department (department_nouns) follows in the genitive: "leder for
// Googles skyavdeling", "head of Google's cloud unit".
func (d *doc) departmentAfter(rule *RelationRule, tagged string, loc []int) bool {
	rest, ok := ownedAfterObject(rule, tagged, loc)
	if !ok {
		return false
	}
	words := strings.Fields(rest[:min(len(rest), 60)])
	for k := 0; k < len(words) && k < 3; k++ {
		w := words[k]
		if !isLowerWord(w) {
			return false
		}
		if d.rules.departmentNouns[w] {
			return true
		}
		if d.lang != "en" {
			for n := range d.rules.departmentNouns {
				if strings.HasSuffix(w, n) {
					return true // "skyavdeling": a compound's last part
				}
			}
		}
	}
	return false
}

// ownedAfterObject returns what follows the rule's object in a match
// when the object is a genitive ("[[1:O]] 's cloud unit …" gives "cloud
// unit …"), and whether it is one.
func ownedAfterObject(rule *RelationRule, tagged string, loc []int) (string, bool) {
	_, end, ok := objectSpan(rule, loc)
	if !ok {
		return "", false
	}
	return strings.CutPrefix(tagged[end:], " 's ")
}

// objectSpan is where a rule's match put its object ("obj" group) in the
// tagged sentence, and whether it matched one.
func objectSpan(rule *RelationRule, loc []int) (start, end int, ok bool) {
	g := rule.re.SubexpIndex("obj")
	if g < 0 || loc[2*g+1] < 0 {
		return 0, 0, false
	}
	return loc[2*g], loc[2*g+1], true
}

// possessorObject reports whether a stance or action's object is a
// genitive, the owner of what the verb is about: "tries to help West
// Virginia's Senate candidate X" helps X, not the state.
func possessorObject(rule *RelationRule, tagged string, loc []int) bool {
	if rule.Predicate != "supports" && rule.Predicate != "opposes" {
		return false // "attacked Iraq's border posts" attacks Iraq
	}
	rest, ok := ownedAfterObject(rule, tagged, loc)
	if !ok {
		return false
	}
	if _, end, _ := objectSpan(rule, loc); end+len(" 's") < loc[1] {
		return false // the rule reads the genitive itself: "Folkeavstemningens støttespillere, inkludert X"
	}
	// the one owned is a person named within a few words
	words := strings.Fields(rest)
	for k := 0; k < len(words) && k < 6; k++ {
		if strings.HasSuffix(words[k], ":P]]") {
			return true
		}
	}
	return false
}

// titledPerson is the person a stance's object only titles: in "supports
// Supreme Court nominee X" or "opposes Labour leader Jeremy Corbyn" the
// body's name is followed by a title and the person, who is meant.
func (d *doc) titledPerson(rule *RelationRule, tagged string, loc []int, slots []*entity) *entity {
	if rule.Predicate != "supports" && rule.Predicate != "opposes" && rule.Predicate != "negotiatesWith" {
		return nil
	}
	g := rule.re.SubexpIndex("obj")
	if g < 0 || loc[2*g+1] < 0 {
		return nil
	}
	m := titledRe.FindStringSubmatch(tagged[loc[2*g+1]:])
	if m == nil {
		return nil
	}
	words := strings.Fields(m[1])
	if last := words[len(words)-1]; d.rules.role(last) == "" && !d.politicianTitle(last) {
		return nil
	}
	if k, err := strconv.Atoi(m[2]); err == nil && k < len(slots) {
		return slots[k]
	}
	return nil
}

// headNamedAfter is the person a stance's subject body only leads: in
// "got backing from the head of the group TPUSA, Candace Turner" the
// title before the body and the name after it in commas say the person
// acts.
func (d *doc) headNamedAfter(rule *RelationRule, tagged string, loc []int, slots []*entity) *entity {
	if rule.Predicate != "supports" && rule.Predicate != "opposes" {
		return nil
	}
	g := rule.re.SubexpIndex("subj")
	if g < 0 || loc[2*g] < 0 {
		return nil
	}
	m := headAfterRe.FindStringSubmatch(tagged[loc[2*g+1]:])
	if m == nil {
		// "støtte av Domstoladministrasjonens direktør, Tor Langbach",
		// "support from Telenor's chief executive, X": the body's head
		if m = headOfGenitiveRe.FindStringSubmatch(tagged[loc[2*g+1]:]); m != nil && d.rules.role(lastWord(m[1])) == "leaderOf" {
			if k, err := strconv.Atoi(m[2]); err == nil && k < len(slots) {
				return slots[k]
			}
		}
		return nil
	}
	before := strings.Fields(tagged[max(0, loc[2*g]-80):loc[2*g]])
	titled := false
	for k := len(before) - 1; k >= 0 && k >= len(before)-5; k-- {
		if d.rules.role(before[k]) == "leaderOf" {
			titled = true
		}
	}
	if k, err := strconv.Atoi(m[1]); err == nil && titled && k < len(slots) {
		return slots[k]
	}
	return nil
}

// headOfGenitiveRe reads a title after a body's genitive and the person's
// slot after a comma: " 's direktør , [[3:P]]".
var headOfGenitiveRe = regexp.MustCompile(`^ 's ((?:[^\s,\[]+ )?[^\s,\[]+) , \[\[(\d+):P\]\]`)

// headAfterRe reads a person's slot in commas right after another.
var headAfterRe = regexp.MustCompile(`^ , \[\[(\d+):P\]\]`)

// politicianTitle reports whether w is a politician's title or, in a
// compounding language, ends in one ("høyesterettskandidat").
func (d *doc) politicianTitle(w string) bool {
	if d.rules.politicianTitles[w] {
		return true
	}
	if d.lang == "en" {
		return false
	}
	for t := range d.rules.politicianTitles {
		if len(t) >= 5 && strings.HasSuffix(w, t) {
			return true
		}
	}
	return false
}

// titledRe reads a title of one to three words and a person's slot.
var titledRe = regexp.MustCompile(`^ ((?:[a-zæøå][^\s,\[]* ){1,3})\[\[(\d+):P\]\]`)

// relativeClauseHead reports whether a match's subject closes a relative
// clause ("Lee, whose book was published by X, is CEO of Y": X is followed
// by ", is") and returns the clause's head, Lee, when it is of the
// subject's class (nil: no such head; the match says nothing of X).
func (d *doc) relativeClauseHead(re *regexp.Regexp, tagged string, loc []int, slots []*entity) (*entity, bool) {
	g := re.SubexpIndex("subj")
	if g < 0 || loc[2*g] < 0 {
		return nil, false
	}
	rest, ok := strings.CutPrefix(tagged[loc[2*g+1]:], " , ")
	if !ok {
		return nil, false
	}
	verb, _, _ := strings.Cut(rest, " ")
	if !d.rules.copulas[verb] {
		return nil, false
	}
	subj := slotsIn(tagged[loc[2*g]:loc[2*g+1]], slots)
	before := tagged[:loc[2*g]]
	if strings.HasSuffix(before, " , ") && loc[0] < loc[2*g] {
		return nil, false // "the brainchild of Ford's Chief Executive Officer, X, is to end …": X is the title's apposition
	}
	at := -1
	for rel := range d.rules.relative {
		if rel == "that" {
			continue
		}
		at = max(at, strings.LastIndex(before, "]] , "+rel+" "))
	}
	if at < 0 || len(subj) == 0 {
		return nil, true
	}
	if at >= loc[0] {
		return nil, false // the match reads the clause and its head: "Elevorganisasjonen, som ledes av X, er delt"
	}
	open := strings.LastIndex(before[:at], "[[")
	if open < 0 {
		return nil, true
	}
	heads := slotsIn(before[open:at+2], slots)
	if len(heads) != 1 || class(heads[0].typ) != class(subj[0].typ) {
		return nil, true
	}
	return heads[0], true
}

func slotsIn(s string, slots []*entity) []*entity {
	var out []*entity
	for _, m := range slotIndex.FindAllStringSubmatch(s, -1) {
		k, _ := strconv.Atoi(m[1])
		if k < len(slots) {
			out = append(out, slots[k])
		}
	}
	return out
}

// document assembles the output: entities in order of first mention,
// generic document nouns only where a relation uses them.
// genitiveForm is the text of a genitive mention with its ending
// ("Norges", "Russia's"), or "".
func (d *doc) genitiveForm(m *mention) string {
	if !m.genitive || m.hidden {
		return ""
	}
	end := m.end
	for end < len(d.text) && end-m.end < 4 {
		switch rest := d.text[end:]; {
		case rest[0] == 's' || rest[0] == '\'':
			end++
			continue
		case strings.HasPrefix(rest, "’"):
			end += len("’")
			continue
		}
		break
	}
	return d.text[m.start:end] // ("Kenya's": the mention may hold its ending)
}

func (d *doc) document() ([]Entity, []Relation, []Claim) {
	used := map[*entity]bool{}
	for _, r := range d.relations {
		used[r.subj], used[r.obj] = true, true
	}
	if d.police != nil {
		// an unnamed police force is listed where it speaks ("police
		// said") or a relation reads it, not wherever it is mentioned
		for _, c := range d.claims {
			if d.entities[c.Speaker] == d.police {
				used[d.police] = true
				break
			}
		}
	}
	first := make(map[*entity]int, len(d.order))
	for _, e := range d.order {
		first[e] = firstStart(e)
	}
	sort.SliceStable(d.order, func(i, j int) bool { return first[d.order[i]] < first[d.order[j]] })
	ids := map[*entity]string{}
	var ents []Entity
	for _, e := range d.order {
		if e.weak && !used[e] {
			continue
		}
		if len(e.mentions) == 0 {
			continue
		}
		id := "e" + strconv.Itoa(len(ents)+1)
		ids[e] = id
		out := Entity{ID: id, Key: e.key, Name: e.name, Type: e.typ, QID: e.qid}
		if e.gaz == nil && strings.Contains(e.name, " ") && isAllCaps(e.name) {
			// "NIGEL FARAGE" in a headline, "Nigel Farage" in the text
			for _, a := range e.aliases {
				if strings.EqualFold(a, e.name) && !isAllCaps(a) {
					out.Name = a
					break
				}
			}
		}
		for _, a := range e.aliases {
			if a != out.Name {
				out.Aliases = append(out.Aliases, a)
			}
		}
		// the genitive as written ("Fredrikstad kommunes", "Russia's"):
		// a surface form too
		for _, m := range e.mentions {
			if g := d.genitiveForm(m); g != "" && g != out.Name && !slices.Contains(out.Aliases, g) {
				out.Aliases = append(out.Aliases, g)
			}
		}
		out.Labels = map[string][]string{}
		for lang, ns := range e.labels {
			out.Labels[lang] = dedup(ns)
		}
		if d.lang == "en" || d.lang == "nb" {
			var seen []string
			for _, m := range e.mentions {
				if !m.hidden {
					seen = append(seen, m.text)
				}
			}
			out.Labels[d.lang] = dedup(append(out.Labels[d.lang], seen...))
		}
		if len(out.Labels) == 0 {
			out.Labels = nil
		}
		sort.Slice(e.mentions, func(i, j int) bool { return e.mentions[i].start < e.mentions[j].start })
		for _, m := range e.mentions {
			out.Mentions = append(out.Mentions, Mention{Start: m.start, End: m.end, Text: m.text})
		}
		if ents == nil {
			ents = make([]Entity, 0, len(d.order))
		}
		ents = append(ents, out)
	}
	var rels []Relation
	seen := map[string]bool{}
	captured := map[[2]*entity]int{}
	for _, r := range d.relations {
		if r.pred == "captured" {
			captured[[2]*entity{r.subj, r.obj}] = r.sent + 1
		}
	}
	for _, r := range d.relations {
		if r.pred == "controls" && captured[[2]*entity{r.subj, r.obj}] == r.sent+1 {
			continue // "took control of X" is a capture, not (yet) a hold
		}
		s, o := ids[r.subj], ids[r.obj]
		if s == "" || o == "" {
			continue
		}
		k := s + " " + r.pred + " " + o
		if seen[k] {
			continue
		}
		seen[k] = true
		sent := d.sents[r.sent]
		rels = append(rels, Relation{Subject: s, Predicate: r.pred, Object: o, Evidence: d.original(sent.Start, sent.End),
			Start: sent.Start, End: sent.End, Confidence: r.confidence})
	}
	var claims []Claim
	for _, c := range d.claims {
		c.Speaker = ids[d.entities[c.Speaker]]
		if c.Speaker != "" {
			claims = append(claims, c)
		}
	}
	return ents, rels, claims
}

func firstStart(e *entity) int {
	best := -1
	for _, m := range e.mentions {
		if best < 0 || m.start < best {
			best = m.start
		}
	}
	return best
}

func dedup(list []string) []string {
	var out []string
	if len(list) <= 16 { // a short list is scanned: no map to allocate
	next:
		for _, s := range list {
			for _, o := range out {
				if o == s {
					continue next
				}
			}
			out = append(out, s)
		}
		return out
	}
	seen := map[string]bool{}
	for _, s := range list {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

// sportsSides makes a place or one-word name the club a game report
// means: beside "goal", "halftime" and "striker", "Liverpool" is Liverpool
// FC when the lexicon knows a club by the name and a club suffix, and the
// article never puts anything in it ("in Liverpool").
func (d *doc) sportsSides() {
	// "Rapid Vienna", "Dynamo Kyiv": a word no one is named by and a known
	// city name a body, a club most often, not a person
	for _, e := range d.order {
		if words := strings.Fields(e.name); e.mergedInto == nil && e.gaz == nil && len(words) == 2 && class(e.typ) != 'O' && class(e.typ) != 'G' && class(e.typ) != 'L' && (!e.person || d.isGameReport()) && !d.givenName(words[0]) &&
			!d.x.lex.compass[strings.ToLower(words[0])] && !d.x.lex.compassHeads[strings.ToLower(words[0])] && d.x.lex.directions[strings.ToLower(words[0])] == "" && d.isCity(words[1]) {
			e.typ, e.person, e.strength = "Organization", false, contextGuess
		}
	}
	if len(d.rules.ClubSuffixes) == 0 || !d.isGameReport() {
		return
	}
	for _, e := range d.order {
		// "Ipswich Town", "Hamilton Academical": a club by its last word
		if words := strings.Fields(e.name); e.mergedInto == nil && e.gaz == nil && len(words) >= 2 && class(e.typ) != 'O' && (contains(d.rules.ClubWords, words[len(words)-1]) || d.pluralSide(e, words)) {
			e.typ, e.person, e.strength = "Organization", false, contextGuess
			continue
		}
		if e.mergedInto != nil || e.gaz != nil && class(e.typ) == 'O' || strings.Contains(e.name, " ") || len(e.mentions) == 0 {
			continue
		}
		club := d.clubNamed(e.name)
		if club == nil && e.typ == "Person" && !e.person && e.gaz == nil && !d.givenName(e.name) && d.facesOpponent(e) {
			// "uavgjortkampen 2-2 mot Villarreal": the side played, not a
			// person the tagger took it for
			e.typ, e.strength = "Organization", contextGuess
			continue
		}
		if club == nil || d.placedIn(e) {
			continue
		}
		d.merge(e, d.gazetteerEntity(club))
	}
}

// namesOtherClub reports whether sentence si names one of clubs other
// than side by its name without the suffix, where no mention of it was
// read ("Livingston 1-0 Rangers", "a 1-0 defeat at Livingston"): the
// sentence tells no one's side.
func (d *doc) namesOtherClub(si int, side *entity, clubs map[*entity]string) bool {
	text := d.text[d.sents[si].Start:d.sents[si].End]
	for e, bare := range clubs {
		if e == side {
			continue
		}
		for from := 0; ; {
			i := strings.Index(text[from:], bare)
			if i < 0 {
				break
			}
			i += from
			end := i + len(bare)
			if (i == 0 || !isWordByte(text[i-1])) && (end == len(text) || !isWordByte(text[end])) {
				return true
			}
			from = end
		}
	}
	return false
}

// clubsByBareName maps the article's clubs, known by a club suffix
// ("Livingston FC"), to their names without it.
func (d *doc) clubsByBareName() map[*entity]string {
	clubs := map[*entity]string{}
	for _, e := range d.order {
		words := strings.Fields(e.name)
		if e.mergedInto == nil && class(e.typ) == 'O' && len(words) >= 2 && contains(d.rules.ClubSuffixes, words[len(words)-1]) {
			clubs[e] = strings.Join(words[:len(words)-1], " ")
		}
	}
	return clubs
}

// pluralSide reports whether a name is a team's by its plural nickname
// after "the": "the Vanderbilt Commodores", "the Los Angeles Lakers" (a
// game report's people are not named with "the", nor after a given name).
func (d *doc) pluralSide(e *entity, words []string) bool {
	last := words[len(words)-1]
	lw := strings.ToLower(last)
	if len(last) < 4 || !strings.HasSuffix(last, "s") || strings.HasSuffix(last, "ss") || d.givenName(words[0]) ||
		d.x.lex.placeWords[lw] || d.rules.eventWords[lw] || d.x.lex.orgWords[lw] {
		return false
	}
	for _, m := range e.mentions {
		if before := strings.ToLower(d.text[max(0, m.start-4):m.start]); before == "the " {
			return true
		}
	}
	return false
}

// sideMembers gives the players a game report names their side: a person
// named only in sentences where one side and no other is named plays for
// it ("Marcus Berg missed a chance to put Sweden in the lead"). The sides
// are the bodies and states the article's players and coaches are given
// elsewhere, and those facing an opponent. A club's report tells its
// players' sides in fewer words ("Crosses came into the Livingston box …
// after Halkett's challenge on Middleton"), so a club needs two sentences
// to claim a player, a national side one.
func (d *doc) sideMembers() {
	if !d.isGameReport() {
		return
	}
	sides, placed := map[*entity]bool{}, map[*entity]bool{}
	for _, r := range d.relations {
		if class(r.subj.typ) == 'P' && (r.pred == "memberOf" || r.pred == "leaderOf") {
			placed[r.subj] = true
			if class(r.obj.typ) != 'P' && class(r.obj.typ) != 'E' {
				sides[r.obj] = true // "England", "Scotland": a region with its team
			}
		}
	}
	for _, e := range d.order {
		if e.mergedInto == nil && class(e.typ) != 'P' && class(e.typ) != 'E' && (d.facesOpponent(e) || d.besideResult(e)) {
			sides[e] = true
		}
	}
	// match officials, wherever named, play for no side: "the match
	// referee Joel Aguilar awarded Sweden …"
	for si, ms := range d.mentions {
		for _, m := range ms {
			if k := d.tokenAt(si, m.start); k > 0 && contains(d.rules.MatchOfficials, d.toks[si][k-1].Lower) {
				placed[m.ent] = true
			}
		}
	}
	d.sideLeaders(sides, placed)
	if len(sides) == 0 {
		return
	}
	type tally struct {
		side              *entity
		sent, last, sents int  // the first and last sentence, and how many name the person beside a side
		mixed             bool // two sides claim the person
	}
	tallies := map[*entity]*tally{}
	clubs := d.clubsByBareName()
	var people []*entity // in the order first met
	for si, ms := range d.mentions {
		var side *entity
		for _, m := range ms {
			if sides[m.ent] && m.ent != side {
				if side != nil {
					side = nil
					break // two sides: the sentence tells no one's
				}
				side = m.ent
			}
		}
		if side == nil || d.namesOtherClub(si, side, clubs) {
			continue
		}
		for _, m := range ms {
			p := m.ent
			if m.hidden || p.typ != "Person" || placed[p] {
				continue
			}
			t := tallies[p]
			if t == nil {
				t = &tally{side: side, sent: si, last: -1}
				tallies[p] = t
				people = append(people, p)
			}
			if t.last == si {
				continue // named twice in one sentence
			}
			t.last = si
			t.mixed = t.mixed || t.side != side
			t.sents++
		}
	}
	for _, p := range people {
		if t := tallies[p]; !t.mixed && (t.sents >= 2 || t.side.typ == "Country" || t.side.typ == "Region") {
			d.relations = append(d.relations, relation{p, t.side, "memberOf", t.sent, 0.6})
		}
	}
	d.passSides(sides, placed)
}

// passSides gives a game report's players the sides of the players they
// play with or against: "Gallagher and Robinson combining to set up Menga"
// play with Menga, "Pittman was denied by Rangers goalkeeper McGregor"
// plays against him, so for the other of two sides (teammate_cues,
// opponent_cues). A player two cues put on both sides gets neither.
func (d *doc) passSides(sides, placed map[*entity]bool) {
	r := d.rules
	if len(r.TeammateCues) == 0 && len(r.OpponentCues) == 0 {
		return
	}
	sideOf := map[*entity]*entity{}
	for _, rel := range d.relations {
		if class(rel.subj.typ) == 'P' && (rel.pred == "memberOf" || rel.pred == "leaderOf") && sides[rel.obj] {
			sideOf[rel.subj] = rel.obj
		}
	}
	var two [2]*entity // the two sides, when there are two
	n := 0
	for _, e := range d.order {
		if sides[e] && e.mergedInto == nil {
			if n < 2 {
				two[n] = e
			}
			n++
		}
	}
	other := func(s *entity) *entity {
		if n != 2 {
			return nil
		}
		if s == two[0] {
			return two[1]
		}
		return two[0]
	}
	type link struct {
		a, b *entity
		same bool
		sent int
	}
	var links []link
	for si, ms := range d.mentions {
		toks := d.toks[si]
		var people []*mention
		for _, m := range ms {
			if !m.hidden && m.ent.typ == "Person" {
				people = append(people, m)
			}
		}
		// each player and the next one named: "Gallagher and Robinson
		// combining to set up Menga" — a list shares its cue
		group := 0 // where the list the player ends begins
		for i := 0; i+1 < len(people); i++ {
			a, b := people[i], people[i+1]
			from, to := d.tokenAt(si, a.end), d.tokenAt(si, b.start)
			if to-from > 12 {
				group = i + 1
				continue // too far apart to be one move
			}
			between := wordsLower(toks[from:to])
			if d.x.lex.listWords[between] || between == "," {
				continue // b joins a's list
			}
			var same bool
			switch {
			case containsAny(between, r.OpponentCues):
				same = false
			case containsAny(between, r.TeammateCues):
				same = true
			default:
				group = i + 1
				continue
			}
			for _, g := range people[group : i+1] {
				if g.ent != b.ent {
					links = append(links, link{g.ent, b.ent, same, si})
				}
			}
			group = i + 1
		}
	}
	given := map[*entity]*entity{}
	first := map[*entity]int{}
	for changed := true; changed; {
		changed = false
		for _, l := range links {
			for _, pair := range [2][2]*entity{{l.a, l.b}, {l.b, l.a}} {
				known, p := pair[0], pair[1]
				s := sideOf[known]
				if s == nil || placed[p] || sideOf[p] != nil && given[p] == nil {
					continue
				}
				if !l.same {
					s = other(s)
				}
				if s == nil {
					continue
				}
				switch g := given[p]; {
				case g == nil && sideOf[p] == nil:
					given[p], sideOf[p], first[p] = s, s, l.sent
					changed = true
				case g != nil && g != s && g != p:
					given[p], sideOf[p] = p, nil // both sides: neither
					changed = true
				}
			}
		}
	}
	for _, p := range d.order {
		if s := given[p]; s != nil && s != p {
			d.relations = append(d.relations, relation{p, s, "memberOf", first[p], 0.5})
		}
	}
}

// besideResult reports whether a result word comes right before or after
// one of e's mentions: "Sweden defeated South Korea".
func (d *doc) besideResult(e *entity) bool { return d.wordBeside(e, d.rules.ResultWords, true) }

// facesOpponent reports whether a word of opposition comes right before
// one of e's mentions: "mot Villarreal", "against Villarreal".
func (d *doc) facesOpponent(e *entity) bool { return d.wordBeside(e, d.rules.OpponentWords, false) }

// wordBeside reports whether one of words (lower case) comes right before
// one of e's mentions, or right after it too when after is set.
func (d *doc) wordBeside(e *entity, words []string, after bool) bool {
	for _, m := range e.mentions {
		toks := d.toks[m.sent]
		if k := d.tokenAt(m.sent, m.start); k > 0 && contains(words, toks[k-1].Lower) {
			return true
		}
		if end := d.tokenAt(m.sent, m.end); after && end < len(toks) && contains(words, toks[end].Lower) {
			return true
		}
	}
	return false
}

// isCity reports whether the gazetteer knows name as a city.
func (d *doc) isCity(name string) bool {
	es := d.x.lex.lookup([]string{name})
	return len(es) > 0 && es[0].Type == "City"
}

// centralProposal is the proposal the article is about: the proposal or
// resolution it mentions most, twice at least and more often than any
// other; nil if there is none.
func (d *doc) centralProposal() *entity {
	if !d.centralKnown {
		d.centralKnown = true
		best, second := 0, 0
		for _, e := range d.order {
			if e.mergedInto != nil || e.typ != "Proposal" && e.typ != "Resolution" {
				continue
			}
			n := 0
			for _, m := range e.mentions {
				if !m.hidden {
					n++
				}
			}
			switch {
			case n > best:
				d.central, best, second = e, n, best
			case n > second:
				second = n
			}
		}
		if best < 2 || best == second {
			d.central = nil
		}
	}
	return d.central
}

// isGameReport is gameReport, read once.
func (d *doc) isGameReport() bool {
	if d.game == 0 {
		d.game = 1
		if d.gameReport() {
			d.game = 2
		}
	}
	return d.game == 2
}

// wordStat is what a document knows of one word as written.
type wordStat struct {
	n           int32 // occurrences
	lowerInside bool  // seen lower-case after a sentence's first word
	// seen capitalised after a sentence's first word (the stopwords not)
	capitalInside bool
}

// count is how often w occurs as written.
func (d *doc) count(w string) int { return int(d.words[w].n) }

// lowerInside reports whether w occurs lower-case inside a sentence: a
// common word of this text, whatever its case elsewhere.
func (d *doc) lowerInside(w string) bool { return d.words[w].lowerInside }

// gameReport reports whether the article uses three sport words or more.
func (d *doc) gameReport() bool {
	n := 0
	for _, w := range d.rules.SportWords {
		n += d.occurrences(w)
	}
	return n >= 3
}

// occurrences counts a lower-case word in the article, also where it
// opens a sentence.
func (d *doc) occurrences(w string) int {
	return d.count(w) + d.count(upperFirst(w))
}

// countryTails maps the last word (lower case) of each country the
// article names in two words to that country ("korea" → South Korea), nil
// where two countries share it (North and South Korea).
func (d *doc) countryTails() map[string]*entity {
	tails := map[string]*entity{}
	for _, e := range d.order {
		if words := strings.Fields(strings.ToLower(e.name)); e.mergedInto == nil && e.typ == "Country" && len(words) == 2 && len(e.mentions) > 0 {
			if _, seen := tails[words[1]]; seen {
				tails[words[1]] = nil
			} else {
				tails[words[1]] = e
			}
		}
	}
	return tails
}

// upperFirst is w with its first letter in upper case: the form opening a
// sentence.
func upperFirst(w string) string {
	r, size := utf8.DecodeRuneInString(w)
	return string(unicode.ToUpper(r)) + w[size:]
}

// clubNamed returns the known club called name and a club suffix, or nil.
func (d *doc) clubNamed(name string) *GazetteerEntry {
	for _, suffix := range d.rules.ClubSuffixes {
		for _, words := range [][]string{{name, suffix}, {suffix, name}} {
			if es := d.x.lex.lookup(words); len(es) > 0 && class(es[0].Type) == 'O' {
				return es[0]
			}
		}
	}
	return nil
}

// placedIn reports whether a preposition of place comes before one of e's
// mentions: "in Liverpool" is the city. In a game report "at" and "from"
// are the side's: "a 1-0 defeat at Livingston", "'Phenomenal' from
// Livingston".
func (d *doc) placedIn(e *entity) bool {
	for _, m := range e.mentions {
		if m.genitive || m.end < len(d.text) && d.text[m.end] == '-' {
			continue // "inn i Liverpools banehalvdel", "i Livingston-boksen": the side's half, its box
		}
		k := d.tokenAt(m.sent, m.start)
		if k == 0 {
			continue
		}
		if p := strings.ToLower(d.toks[m.sent][k-1].Text); contains(d.rules.PrepositionsIn, p) && !d.rules.sidePrepositions[p] {
			return true
		}
	}
	return false
}

// modifiesName reports whether every mention of e in sentence si opens a
// longer name or title: the "US" of "the Middle East, US Internal
// Secretary Ryan Zinke" is no place the Middle East lies in.
func (d *doc) modifiesName(si int, e *entity) bool {
	seen := false
	for _, m := range d.mentions[si] {
		if m.hidden || m.ent != e {
			continue
		}
		if seen = true; !d.opensName(m) {
			return false
		}
	}
	return seen
}

// opensName reports whether a capitalised word that starts no mention
// follows m: "US" in "US Internal Secretary".
func (d *doc) opensName(m *mention) bool {
	toks := d.toks[m.sent]
	k := d.tokenAt(m.sent, m.end)
	return k < len(toks) && toks[k].Start == m.end+1 && startsName(toks[k].Text) && !d.isStopToken(toks[k].Text) && !d.startsMention(m.sent, toks[k].Start)
}

// keyPoliceByPlace keys a police force named after its place by the place
// ("Wasilla Police Department", "Wasilla Police" and "politiet i Wasilla"
// are one force: wasilla-police), in any language's police_suffixes.
func (d *doc) keyPoliceByPlace() {
	for _, e := range append([]*entity(nil), d.order...) {
		if e.gaz != nil || e.mergedInto != nil || class(e.typ) != 'O' {
			continue
		}
		key := d.policeKey(e.name)
		if key == "" || key == e.key {
			continue
		}
		if other := d.entities[key]; other != nil && other != e {
			d.merge(e, other)
			continue
		}
		delete(d.entities, e.key)
		e.key = key
		d.entities[key] = e
	}
}

// policeKey is the key of the police force name names after its place
// ("Wasilla Police Department" → wasilla-police), or "".
func (d *doc) policeKey(name string) string {
	lower := strings.ToLower(name)
	for _, r := range d.x.lex.rules {
		for _, suffix := range r.PoliceSuffixes {
			if place, ok := strings.CutSuffix(lower, " "+suffix); ok && place != "" {
				return Key(place + " police")
			}
			if place, ok := strings.CutSuffix(lower, "-"+suffix); ok && place != "" {
				return Key(place + " police") // "Newport-politiet"
			}
		}
	}
	return ""
}

// isWordByte reports whether b can be part of a word: an ASCII letter or
// digit, or a byte of a multi-byte (non-ASCII) letter.
func isWordByte(b byte) bool {
	return b >= 0x80 || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
}

// original is the article's text from start to end as given.
func (d *doc) original(start, end int) string { return d.orig[start:end] }
