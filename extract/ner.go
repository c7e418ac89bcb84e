package extract

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// mention is one recognised span in a sentence.
type mention struct {
	start, end int // byte offsets into the article text
	text       string
	sent       int
	ent        *entity
	genitive   bool
	hidden     bool // recorded, but not a slot in relation patterns
	initial    bool // at the start of its sentence
	generic    bool // a common noun for an actor ("rebels"), not a name
	demonym    bool // an adjective for a country ("Russian"), not a name
	// inner is the name a body or event is named after, inside this
	// mention and hidden ("Bush" of "the Bush administration"): what a
	// named-entity tagger marks (nerSpansInto)
	inner *mention
}

// evidence strengths for entity types: a stronger signal wins.
const (
	weakGuess = iota + 1
	shapeGuess
	contextGuess
	lexiconFact
)

// entity is a canonical entity within one document.
type entity struct {
	key, name, typ, qid string
	strength            int
	gaz                 *GazetteerEntry
	aliases             []string
	aliasSet            set
	labels              map[string][]string
	mentions            []*mention
	weak                bool    // a generic document noun: kept only if a relation uses it
	person              bool    // has a person signal (title, speech verb)
	mergedInto          *entity // set once the entity has been merged into another
	// leaderNamed: a government named after its leader ("Clinton
	// administration"), whose first word alone names the leader, not it
	leaderNamed bool
	// state: the state a ministry read by its portfolio belongs to ("the
	// Russian foreign ministry"): who speaks for the ministry speaks for it
	state *entity
}

func (e *entity) addAlias(s string) {
	if s == "" || s == e.name || e.aliasSet[s] {
		return
	}
	if e.aliasSet == nil {
		e.aliasSet = set{}
	}
	e.aliasSet[s] = true
	e.aliases = append(e.aliases, s)
}

// recognize finds the mentions of sentence si.
func (d *doc) recognize(si int) {
	toks := d.toks[si]
	if isBoilerplate(d.sents[si].Text, toks) && !d.nameList(toks) {
		return
	}
	// in order of trust: generic actors, known names, document nouns, then
	// names read from their shape
	matchers := [...]func(int, []Token, int) (int, []*mention){d.matchDateline, d.matchCase, d.matchFlight, d.matchActor, d.matchTeam, d.matchEventHead, d.matchEpithet, d.matchGazetteer, d.matchDocument, d.matchName}
	var ms []*mention
	for i := 0; i < len(toks); {
		if currencyPrefix(toks, i) {
			i++ // "US$200,000" names a currency, not the United States
			continue
		}
		// "the M23 rebels", "Hamas militants": the named group's own
		// fighters, one mention of the group
		if k := d.groupNounAfter(ms, toks, i); k > 0 {
			last := ms[len(ms)-1]
			if last.inner == nil {
				name := *last // the tagger's name: "M23"
				last.inner = &name
			}
			last.end = toks[i+k-1].End
			last.text = d.text[last.start:last.end]
			i += k
			continue
		}
		n := 0
		for _, match := range matchers {
			var found []*mention
			if n, found = match(si, toks, i); n > 0 {
				// "Russia's foreign ministry", "Russlands utenriksdepartement":
				// the state's ministry, not the state
				if k, m := d.ministryOfGenitive(si, toks, i+n, found); m != nil {
					n, found = k-i, append(found, m)
				}
				ms = append(ms, found...)
				break
			}
		}
		i += max(n, 1)
	}
	ms = d.administrations(si, toks, ms)
	d.mentions[si] = d.policeOf(si, toks, d.completeLists(si, toks, ms))
	d.shareListTypes(d.mentions[si])
}

// ownerOfPersonAfter is the stem of toks[i] when it is one unknown word
// in the genitive before a person's given name and surname (and no more
// name words: not "Hudson's Bay Company"), else "".
func (d *doc) ownerOfPersonAfter(toks []Token, i int) string {
	stem, ok := strings.CutSuffix(strings.Replace(toks[i].Text, "’s", "'s", 1), "'s")
	if !ok || i+2 >= len(toks) || utf8.RuneCountInString(stem) < 3 || !isCapitalized(stem) || d.isStopToken(stem) {
		return ""
	}
	given, surname := toks[i+1], toks[i+2]
	if !d.givenName(given.Text) || !startsName(surname.Text) || d.isStopToken(surname.Text) || d.x.lex.orgWords[surname.Lower] || d.x.lex.placeWords[surname.Lower] ||
		i+3 < len(toks) && (d.x.lex.orgWords[toks[i+3].Lower] || startsName(toks[i+3].Text)) {
		return ""
	}
	if d.givenName(stem) || d.knownSurname(stem) || len(d.x.lex.lookup([]string{stem})) > 0 || d.x.lex.demonyms[strings.ToLower(stem)] != nil || d.dictKind(stem) == "common" {
		return ""
	}
	return stem
}

// bodyCue reports whether the lower-case word w names a kind of body
// before a name: "the group", "organisasjonen", "pasientorganisasjonen".
func (d *doc) bodyCue(w string) bool {
	t, ok := d.rules.cueOf[w]
	if !ok {
		t = d.rules.compoundCue(w)
	}
	return t != "" && class(normType(t)) == 'O'
}

// matchDateline reads the place a line of news opens with in capitals
// before a dash or the agency's brackets: "KHARTOUM — Sudan's army
// said", "UNITED NATIONS —", "LONDON (Reuters) -". It is the known place
// or body of that name in its usual case, or else a city (a dateline
// names where the story was filed); a common word is no dateline
// ("UPDATE -").
func (d *doc) matchDateline(si int, toks []Token, i int) (int, []*mention) {
	if i != 0 || len(toks) < 3 || toks[0].Start > 0 && d.text[toks[0].Start-1] != '\n' {
		return 0, nil
	}
	j := 0
	for j < len(toks) && j < 4 && utf8.RuneCountInString(toks[j].Text) >= 2 && isAllCaps(toks[j].Text) && !strings.ContainsAny(toks[j].Text, "0123456789") {
		j++
	}
	if j == 0 || j >= len(toks) {
		return 0, nil
	}
	if next := toks[j].Text; next != "—" && next != "–" && next != "-" && next != "(" {
		return 0, nil
	}
	words := make([]string, j)
	for k := range words {
		w := toks[k].Lower
		r, n := utf8.DecodeRuneInString(w)
		words[k] = string(unicode.ToUpper(r)) + w[n:]
	}
	m := &mention{start: toks[0].Start, end: toks[j-1].End, text: d.text[toks[0].Start:toks[j-1].End], sent: si, initial: true}
	if es := d.x.lex.lookup(words); len(es) > 0 {
		e := d.gazetteerEntity(es[0])
		d.attach(e, m)
		if d.dateline == nil {
			d.dateline = e
		}
		return j, []*mention{m}
	}
	name := strings.Join(words, " ")
	if j == 1 && (utf8.RuneCountInString(name) < 4 || isAcronym(toks[0].Text) && d.dictKind(name) != "proper" || d.dictKind(name) == "common") {
		return 0, nil // "NATO -", "UPDATE -", "PS -"
	}
	d.attach(d.entity("", name, "City", shapeGuess), m)
	return j, []*mention{m}
}

// groupNounAfter returns how many tokens from toks[i] name an armed
// group's members in general ("rebels", "militants": an actor phrase of
// type ArmedGroup) right after ms's last mention, a named armed group or
// organisation; 0 if they do not.
func (d *doc) groupNounAfter(ms []*mention, toks []Token, i int) int {
	if len(ms) == 0 || i == 0 || !isLowerWord(toks[i].Text) {
		return 0
	}
	last := ms[len(ms)-1]
	if last.generic || last.hidden || last.genitive || last.end != toks[i-1].End || toks[i].Start != toks[i-1].End+1 ||
		last.ent.typ != "ArmedGroup" && last.ent.typ != "Organization" {
		return 0
	}
	for _, c := range d.rules.actorsByFirst[toks[i].Lower] {
		if n := len(c.words); c.actor.Type == "ArmedGroup" && i+n <= len(toks) {
			if _, ok := d.matchPhrase(c.words, toks[i:i+n]); ok {
				return n
			}
		}
	}
	return 0
}

// groupNoun reports whether w, in lower case, is a one-word phrase of an
// armed group's members in general ("opprørerne", "militants").
func (d *doc) groupNoun(w string) bool {
	for _, c := range d.rules.actorsByFirst[w] {
		if c.actor.Type == "ArmedGroup" && len(c.words) == 1 {
			return true
		}
	}
	return false
}

// matchCase reads a court case named by its parties, "Roe v. Wade",
// "Cisco Systems v. Apple": one name, not two parties (the "v." with its
// dot: a fixture, "Arsenal v Chelsea", names its two sides).
func (d *doc) matchCase(si int, toks []Token, i int) (int, []*mention) {
	if !startsName(toks[i].Text) || !tokenWithin(toks, i+1, i+5, "v", "vs") {
		return 0, nil // most words: no "v" after them
	}
	party := func(k int) int { // the end of a party's name of one to four words from k
		j := k
		for j < len(toks) && j < k+4 && startsName(toks[j].Text) && !d.isStopToken(toks[j].Text) {
			j++
		}
		return j
	}
	v := party(i)
	if v == i || v+2 >= len(toks) || toks[v].Text != "v" && toks[v].Text != "vs" || toks[v+1].Text != "." || toks[v+1].Start != toks[v].End {
		return 0, nil
	}
	end := party(v + 2)
	if end == v+2 {
		return 0, nil
	}
	start, stop := toks[i].Start, toks[end-1].End
	if last := toks[end-1].Text; strings.Contains(last, "-") && isLowerWord(last[strings.LastIndexByte(last, '-')+1:]) {
		stop = toks[end-1].Start + strings.LastIndexByte(last, '-') // "Grace v. Sessions-saken": the case
	}
	m := &mention{start: start, end: stop, text: d.text[start:stop], sent: si, initial: i == 0}
	d.attach(d.entity(Key(m.text), m.text, "Event", contextGuess), m)
	return end - i, []*mention{m}
}

// matchEpithet reads a ruler's name with its epithet, "Catherine the
// Great", "Suleiman the Magnificent", "Pliny the Elder": one person.
func (d *doc) matchEpithet(si int, toks []Token, i int) (int, []*mention) {
	// (most words: no "the" one or two words on)
	if i+2 >= len(toks) || toks[i+1].Text != "the" && toks[i+2].Text != "the" || len(d.rules.epithets) == 0 || !startsName(toks[i].Text) || d.isStopToken(toks[i].Text) {
		return 0, nil
	}
	for j := i + 1; j < len(toks)-1 && j <= i+2; j++ {
		if toks[j].Lower == "the" {
			if !d.rules.epithets[toks[j+1].Lower] || !isCapitalized(toks[j+1].Text) || (j+2 < len(toks) && startsName(toks[j+2].Text)) {
				return 0, nil
			}
			m := &mention{start: toks[i].Start, end: toks[j+1].End, sent: si, initial: i == 0}
			m.text = d.text[m.start:m.end]
			d.attach(d.entity(Key(m.text), m.text, "Person", contextGuess), m)
			return j + 2 - i, []*mention{m}
		}
		if !startsName(toks[j].Text) || d.isStopToken(toks[j].Text) {
			return 0, nil
		}
	}
	return 0, nil
}

// tokenWithin reports whether one of words is a token of toks[from:to].
func tokenWithin(toks []Token, from, to int, words ...string) bool {
	return tokenWithinAt(toks, from, to, words...) >= 0
}

// tokenWithinAt returns the index of the first of toks[from:to] that is
// one of words, or -1.
func tokenWithinAt(toks []Token, from, to int, words ...string) int {
	for k := from; k < min(to, len(toks)); k++ {
		for _, w := range words {
			if toks[k].Text == w {
				return k
			}
		}
	}
	return -1
}

// flightNumber is a flight's number after "Flight": "574", "ID6321".
var flightNumber = regexp.MustCompile(`^[A-Z]{0,3}[0-9]{1,5}$`)

// matchFlight reads a flight named by its airline and number, "Adam Air
// Flight 574", "Air France Flight 447": an event (the crash, the
// diversion), the airline named in it.
func (d *doc) matchFlight(si int, toks []Token, i int) (int, []*mention) {
	if !startsName(toks[i].Text) || !tokenWithin(toks, i+1, i+4, "Flight") {
		return 0, nil
	}
	j := i
	for j < len(toks) && j < i+3 && startsName(toks[j].Text) && !d.isStopToken(toks[j].Text) && toks[j].Text != "Flight" {
		j++
	}
	if j == i || j+1 >= len(toks) || toks[j].Text != "Flight" || !flightNumber.MatchString(toks[j+1].Text) {
		return 0, nil
	}
	start, end := toks[i].Start, toks[j+1].End
	airline := d.text[start:toks[j-1].End]
	inner := &mention{start: start, end: toks[j-1].End, text: airline, sent: si}
	m := d.namedAfter(si, start, end, i == 0, inner)
	d.attach(d.entity(Key(m.text), m.text, "Event", contextGuess), m)
	if es := d.x.lex.lookup(wordsOf(toks[i:j])); len(es) > 0 {
		d.attach(d.gazetteerEntity(es[0]), inner)
	} else {
		d.attach(d.entity(Key(airline), airline, "Company", contextGuess), inner)
	}
	return j + 2 - i, []*mention{m, inner}
}

// portfolioBefore returns how many capitalised words at toks[i] name a
// title's portfolio ("Education" after "Minister of") before a person's
// given name and surname, or 0.
func (d *doc) portfolioBefore(toks []Token, i int) int {
	// a minister's or secretary's portfolio, not the body a chairman leads
	if i < 2 || !strings.EqualFold(toks[i-1].Text, "of") && !strings.EqualFold(toks[i-1].Text, "for") || d.rules.role(toks[i-2].Lower) != "represents" && d.rules.role(toks[i-2].Lower) != "person" {
		return 0
	}
	for p := i + 1; p <= i+3 && p+1 < len(toks); p++ {
		w := toks[p-1].Text
		if !startsName(w) && !strings.EqualFold(w, "and") || d.x.lex.givenNames[w] || d.knownSurname(w) || d.x.lex.orgWords[strings.ToLower(w)] {
			return 0
		}
		if d.x.lex.givenNames[toks[p].Text] && startsName(toks[p+1].Text) && !d.isStopToken(toks[p+1].Text) {
			return p - i
		}
	}
	return 0
}

// placeAlone reports whether toks[k] is a known state or place with no
// capitalised word after it: the "UK" of "of the UK", not the "US" of "of
// the US Air Force".
func (d *doc) placeAlone(toks []Token, k int) bool {
	if k+1 < len(toks) && startsName(toks[k+1].Text) {
		return false
	}
	es := d.x.lex.lookup([]string{toks[k].Text})
	return len(es) > 0 && (class(es[0].Type) == 'G' || class(es[0].Type) == 'L')
}

// currencyPrefix reports whether toks[i] marks a currency written against
// its sign: the "US" of "US$200", the "NZ" of "NZ$5".
func currencyPrefix(toks []Token, i int) bool {
	return i+1 < len(toks) && toks[i+1].Start == toks[i].End && strings.HasPrefix(toks[i+1].Text, "$")
}

// recallSurnames finds the mentions of people by a surname alone that the
// recogniser left, before the text named them (a headline's "Scherzer
// wants …" before "Scherzer, who …", or "Hammel" before "Chad Hammel") or
// after ("Kavanaugh testified …" opening a sentence): a capitalised word
// outside every name, equal to one person's surname or one-word name,
// never written in lower case in the article.
func (d *doc) recallSurnames() {
	owner := map[string]*entity{} // surname → its one person (nil: several)
	// surnames that are also ordinary words ("May", "Brown") name the
	// person only after an honorific: "Mrs May"
	titledOwner := map[string]*entity{}
	for _, e := range d.order {
		if e.typ != "Person" || e.mergedInto != nil || len(e.mentions) == 0 {
			continue
		}
		words := strings.Fields(e.name)
		w := words[len(words)-1]
		if len(w) < 3 || !isCapitalized(w) {
			continue
		}
		if d.rules.stop[strings.ToLower(w)] || d.lowerInside(strings.ToLower(w)) {
			if len(words) > 1 {
				own(titledOwner, w, e)
			}
			continue
		}
		own(owner, w, e)
	}
	if len(owner) == 0 && len(titledOwner) == 0 {
		return
	}
	changed := map[*entity]bool{}
	defer func() {
		for e := range changed { // in text order again
			sort.SliceStable(e.mentions, func(a, b int) bool { return e.mentions[a].start < e.mentions[b].start })
		}
	}()
	for si, toks := range d.toks {
		var added []*mention
		cov := coverage{ms: d.mentions[si]}
		for k, t := range toks {
			covered := cov.covers(t)
			e := owner[t.Text]
			if e == nil && k > 0 && d.x.lex.honorifics[strings.ToLower(strings.TrimSuffix(toks[k-1].Text, "."))] {
				e = titledOwner[t.Text]
			}
			if e == nil || k > 0 && startsName(toks[k-1].Text) && !d.isStopToken(toks[k-1].Text) || k+1 < len(toks) && startsName(toks[k+1].Text) {
				continue
			}
			if covered {
				continue // named
			}
			m := &mention{start: t.Start, end: t.End, text: t.Text, sent: si, initial: k == 0}
			d.attach(e, m)
			added = append(added, m)
			changed[e] = true
		}
		d.addMentions(si, added)
	}
}

// own records e as the one entity word w names, or nil once another does.
func own(owner map[string]*entity, w string, e *entity) {
	if o, seen := owner[w]; seen && o != e {
		owner[w] = nil
		return
	}
	owner[w] = e
}

// bodiesByTheirTitles retypes as an organisation a one-word name taken for a
// person that owns a title only a body has — "Bellators administrerende
// direktør", "Bellator's senior vice president" — and a name without a
// given name that opens an event's or a body's ("Global Citizen" of the
// "Global Citizen Festival").
func (d *doc) bodiesByTheirTitles() {
	titles := d.rules.bodyTitles
	if len(titles) == 0 {
		return
	}
	var opening set // the word-prefixes of the names of events and bodies, made when needed
	for _, e := range d.order {
		// "Global Citizen" beside the "Global Citizen Festival": a name
		// that opens an event's or a body's is the body behind it, no one's
		if words := strings.Fields(e.name); e.mergedInto == nil && e.typ == "Person" && e.gaz == nil && len(words) >= 2 && !d.givenName(words[0]) {
			if opening == nil {
				opening = d.namePrefixes()
			}
			if !opening[e.name] {
				continue
			}
			e.typ, e.person, e.strength = "Organization", false, contextGuess
			continue
		}
		if e.mergedInto != nil || e.typ != "Person" || e.gaz != nil || e.person || strings.Contains(e.name, " ") || d.givenName(e.name) || d.knownSurname(e.name) {
			continue
		}
		for _, m := range e.mentions {
			if !m.genitive || m.hidden {
				continue
			}
			toks := d.toks[m.sent]
			k := d.tokenAt(m.sent, m.end)
			if k < len(toks) && toks[k].Start < m.end+2 && (toks[k].Text == "'s" || toks[k].Text == "’s" || toks[k].Text == "s" || toks[k].Text == "'") {
				k++ // the genitive's ending as a token of its own
			}
			for n := 0; n <= 1 && k+n < len(toks); n++ { // past one word: "senior"
				w := toks[k+n].Lower
				if titles[w] || k+n+1 < len(toks) && titles[w+" "+toks[k+n+1].Lower] {
					e.typ = "Organization"
				}
			}
		}
	}
}

// namePrefixes holds the shorter names that open the names of the
// article's events and bodies ("Global Citizen" of "Global Citizen
// Festival").
func (d *doc) namePrefixes() set {
	out := set{}
	for _, o := range d.order {
		if o.mergedInto != nil || o.typ != "Event" && class(o.typ) != 'O' {
			continue
		}
		words := strings.Fields(o.name)
		for n := 2; n < len(words); n++ {
			out[strings.Join(words[:n], " ")] = true
		}
	}
	return out
}

// recallOneWordNames finds a body or place the article names in one word
// where that word opens a sentence ("Kilmarnock striker X scored" after
// "former Kilmarnock goalkeeper"): a lone capitalised word opening a
// sentence is otherwise not trusted. The word must be read as that name
// elsewhere in the article and never be written in lower case.
func (d *doc) recallOneWordNames() {
	owner := map[string]*entity{} // one-word name → its entity (nil: several)
	sides := set{}                // sides' last words ("City")
	for _, e := range d.order {
		if e.mergedInto != nil || e.typ == "Person" {
			continue
		}
		// a one-word name read elsewhere, or a body's last word ("Lakers")
		words := []string{}
		for _, m := range e.mentions {
			// (a name opening a sentence counts when its context typed it:
			// "Bellator company president X")
			if (!m.initial || e.strength >= contextGuess && e.gaz == nil) && !m.hidden {
				words = append(words, m.text)
			}
		}
		// (a plural, as a team's is: a body's last word may be a person's name)
		if f := strings.Fields(e.name); len(f) > 1 && class(e.typ) == 'O' && len(f[len(f)-1]) > 4 && strings.HasSuffix(f[len(f)-1], "s") {
			words = append(words, f[len(f)-1])
		}
		// a side by its last word in a game's report: "Manchester City …
		// City manager Pep Guardiola", "United"
		side := ""
		if f := strings.Fields(e.name); len(f) > 1 && e.typ == "Organization" && d.x.lex.orgWords[strings.ToLower(f[len(f)-1])] && d.isGameReport() {
			side = f[len(f)-1]
			words = append(words, side)
			sides[side] = true
		}
		for _, w := range words {
			if strings.ContainsAny(w, " -") || !isCapitalized(w) {
				continue
			}
			lw := strings.ToLower(w)
			if len(lw) < 3 || (d.rules.stop[lw] || d.x.lex.orgWords[lw]) && w != side || d.lowerInside(lw) || d.x.lex.placeWords[lw] || d.x.lex.demonyms[lw] != nil {
				continue // ("Afghan" is no name of Afghanistan's in "the Afghan team")
			}
			own(owner, w, e)
		}
	}
	if len(owner) == 0 {
		return
	}
	changed := map[*entity]bool{}
	// "Giants" read as a name of its own, a person's by its shape, beside
	// "Belfast Giants": the team
	for _, e := range d.order {
		// (and "City" read as a body of its own before "manager")
		if o := owner[e.name]; o != nil && o != e && e.mergedInto == nil && e.gaz == nil && class(o.typ) == 'O' && (e.typ == "Person" && !e.person && !d.givenName(e.name) || sides[e.name] && class(e.typ) == 'O') {
			d.merge(e, o)
			changed[o] = true
		}
	}
	for si, toks := range d.toks {
		var added []*mention
		cov := coverage{ms: d.mentions[si]}
		for k, t := range toks {
			covered := cov.covers(t)
			// at the start of a sentence or quote after the name was read,
			// or inside a sentence anywhere ("said X, Bellator senior vice
			// president" before "Bellator company president Y")
			initial := isQuoteStart(toks, k)
			if !initial && (k > 0 && startsName(toks[k-1].Text) || !isCapitalized(t.Text)) {
				continue
			}
			stem, genitive := t.Text, false
			if d.isGenitive(t.Text) {
				if st, ok := genitiveStem(t.Text, d.lang); ok {
					stem, genitive = st, true
				}
			}
			e := owner[stem]
			if e == nil || initial && t.Start < e.mentions[0].start || covered || !genitive && k+1 < len(toks) && startsName(toks[k+1].Text) && d.rules.role(toks[k+1].Lower) == "" {
				continue
			}
			m := &mention{start: t.Start, end: t.Start + len(stem), text: stem, sent: si, initial: initial, genitive: genitive}
			d.attach(e, m)
			added = append(added, m)
			changed[e] = true
		}
		d.addMentions(si, added)
	}
	for e := range changed {
		sort.SliceStable(e.mentions, func(a, b int) bool { return e.mentions[a].start < e.mentions[b].start })
	}
}

// recallCountryTails finds a country the article named in two words by
// its last word alone where no name was read: "Korea's Kim Shin-Wook"
// opening a sentence after "South Korea" (a lone capitalised word opening
// a sentence is otherwise not trusted).
func (d *doc) recallCountryTails() {
	owner := d.countryTails()
	if len(owner) == 0 {
		return
	}
	for si, toks := range d.toks {
		var added []*mention
		cov := coverage{ms: d.mentions[si]}
		for k, t := range toks {
			if covered := cov.covers(t); !startsName(t.Text) || covered {
				continue
			}
			stem, genitive := t.Text, false
			if d.isGenitive(t.Text) {
				if st, ok := genitiveStem(t.Text, d.lang); ok {
					stem, genitive = st, true
				}
			}
			e := owner[strings.ToLower(stem)]
			if e == nil || k > 0 && startsName(toks[k-1].Text) && !d.isStopToken(toks[k-1].Text) || !genitive && k+1 < len(toks) && startsName(toks[k+1].Text) {
				continue
			}
			m := &mention{start: t.Start, end: t.Start + len(stem), text: stem, sent: si, initial: k == 0, genitive: genitive}
			d.attach(e, m)
			added = append(added, m)
		}
		d.addMentions(si, added)
	}
	for _, e := range owner {
		if e != nil {
			sort.SliceStable(e.mentions, func(a, b int) bool { return e.mentions[a].start < e.mentions[b].start })
		}
	}
}

// knownAsTypes gives a name another name is "known as" the first's type
// ("The Oswaldo Cruz Foundation, widely known as Fiocruz", "known in
// Europe as", "Rodrigo Albuquerque (born 1986), known as Tinho") where
// the rules only guessed the second's and are surer of the first's.
func (d *doc) knownAsTypes() {
	for si, ms := range d.mentions {
		toks := d.toks[si]
		for mi, m := range ms {
			if m.hidden || m.ent.gaz != nil || m.ent.strength >= lexiconFact || mi == 0 {
				continue
			}
			k := d.tokenAt(si, m.start) - 1
			if k >= 0 && toks[k].Lower == "the" {
				k--
			}
			if k < 1 || toks[k].Lower != "as" {
				continue
			}
			n := k - 1
			for n > 0 && n >= k-3 && !knownAsWords[toks[n].Lower] {
				n-- // "known in Europe as"
			}
			if !knownAsWords[toks[n].Lower] {
				continue
			}
			for n--; n >= 0 && (knownAsAdverbs[toks[n].Lower] || toks[n].Text == ","); n-- {
			}
			if n >= 0 && toks[n].Text == ")" { // "Rodrigo Albuquerque (born 1986), known as Tinho"
				for n >= 0 && toks[n].Text != "(" {
					n--
				}
				n--
			}
			if n < 0 {
				continue
			}
			for _, a := range ms[:mi] {
				if a.hidden || a.end != toks[n].End || a.ent == m.ent || a.ent.strength < contextGuess {
					continue // (a type only guessed is no evidence: "St. Thomas, now known as River Garden")
				}
				if c := class(a.ent.typ); (c == 'P' || c == 'O' || c == 'L' || c == 'G') && class(m.ent.typ) != c {
					m.ent.typ, m.ent.strength = a.ent.typ, contextGuess
					if c == 'G' {
						m.ent.typ = "Place"
					}
				}
			}
		}
	}
}

// knownAsWords and knownAsAdverbs make up "(also, widely) known as":
// the name after them is another of the name before them.
var knownAsWords = map[string]bool{"known": true, "nicknamed": true, "dubbed": true}
var knownAsAdverbs = map[string]bool{"also": true, "widely": true, "better": true, "popularly": true, "commonly": true, "locally": true, "simply": true, "now": true, "later": true}

// recallPlaceTails reads one unknown capitalised word after "in X," where
// X is a town or place as the area X lies in: "found in Birkenhead,
// Merseyside this morning" (the place chain then puts X in it). A word a
// name, a verb or a list goes on from is left alone.
func (d *doc) recallPlaceTails() {
	r, lx := d.rules, d.x.lex
	for si, toks := range d.toks {
		var added []*mention
		for _, m := range d.mentions[si] {
			if m.hidden || m.ent.typ != "City" && m.ent.typ != "Place" {
				continue
			}
			k := d.tokenAt(si, m.end)
			b := d.tokenAt(si, m.start) - 1
			if b < 0 || !r.prepIn[toks[b].Lower] || k+1 >= len(toks) || toks[k].Text != "," {
				continue
			}
			t := toks[k+1]
			if !startsName(t.Text) || isAllCaps(t.Text) || d.isStopToken(t.Text) || lx.givenNames[t.Text] || d.knownSurname(t.Text) || d.inMention(si, t.Start) ||
				r.role(t.Lower) != "" || d.isOrdinaryWord(t.Lower) || len(lx.lookup([]string{t.Text})) > 0 {
				continue
			}
			if k+2 < len(toks) {
				after := toks[k+2]
				list := after.Text == "," && k+3 < len(toks) && startsName(toks[k+3].Text) // "Paris, Lyon, Nice"
				if startsName(after.Text) || list || r.speech[after.Lower] || d.x.lex.listWords[after.Lower] || d.verbAfter(toks, k+2) {
					continue // "in Paris, Smith said", "in Salzburg, Mozart moved", "Paris, Lyon and Nice" (but "in Livorno, Tuscany, to pay")
				}
			}
			e := d.entity(Key(t.Text), t.Text, "Region", contextGuess)
			pm := &mention{start: t.Start, end: t.End, text: t.Text, sent: si}
			d.attach(e, pm)
			added = append(added, pm)
		}
		d.addMentions(si, added)
	}
}

// recallStateAbbreviations reads a US state's abbreviation after a place
// and a comma as the state: "Baton Rouge, La.", "Holyoke, Mass." (the
// place chain then puts the place in it).
func (d *doc) recallStateAbbreviations() {
	abbrevs := d.rules.StateAbbrevs
	if len(abbrevs) == 0 {
		return
	}
	var states []*entity // the states mentioned, whose mentions to put in order
	for si, toks := range d.toks {
		var added []*mention
		for _, m := range d.mentions[si] {
			if m.hidden || class(m.ent.typ) != 'L' {
				continue
			}
			k := sort.Search(len(toks), func(k int) bool { return toks[k].Start >= m.end })
			if k+1 >= len(toks) || toks[k].Text != "," || !isCapitalized(toks[k+1].Text) {
				continue
			}
			t := toks[k+1]
			abbrev, end := t.Text, t.End
			if k+2 < len(toks) && toks[k+2].Text == "." && toks[k+2].Start == t.End {
				abbrev, end = t.Text+".", toks[k+2].End
			}
			key, ok := abbrevs[abbrev]
			if !ok || !strings.HasSuffix(abbrev, ".") && (len(abbrev) != 2 || !isAllCaps(abbrev)) {
				continue
			}
			g := d.x.lex.entries[key]
			if g == nil || d.inMention(si, t.Start) {
				continue
			}
			e := d.gazetteerEntity(g)
			sm := &mention{start: t.Start, end: end, text: d.text[t.Start:end], sent: si}
			d.attach(e, sm)
			states = append(states, e)
			added = append(added, sm)
		}
		d.addMentions(si, added)
	}
	for _, e := range states {
		sort.SliceStable(e.mentions, func(a, b int) bool { return e.mentions[a].start < e.mentions[b].start })
	}
}

// policeOf reads "politiet i Avon og Somerset" as the force English names
// "Avon and Somerset Police": one body, not the places it serves.
func (d *doc) policeOf(si int, toks []Token, ms []*mention) []*mention {
	for k := 0; k < len(toks); k++ {
		n := 0
		for _, p := range d.rules.policeOf {
			if k+len(p) < len(toks) && tokensAre(toks[k:k+len(p)], p) {
				n = len(p)
				break
			}
		}
		if n == 0 {
			continue
		}
		// the places after the phrase, joined by "og"
		var places []*mention
		next := toks[k+n].Start
		for _, m := range ms {
			if m.hidden || m.start < next {
				continue
			}
			// a place, or an unknown name taken for a person ("Somerset")
			if m.start != next || class(m.ent.typ) != 'L' && class(m.ent.typ) != 'G' && !(len(places) > 0 && m.ent.gaz == nil && len(m.ent.mentions) == 1) {
				break
			}
			places = append(places, m)
			j := d.tokenAt(si, m.end)
			if j+1 >= len(toks) || !d.x.lex.listWords[toks[j].Text] {
				break
			}
			next = toks[j+1].Start
		}
		if len(places) == 0 {
			continue
		}
		if len(places[0].ent.mentions) > 1 && len(places) == 1 {
			// a place the article names on its own too stays a place, and
			// the police word alone is that place's police
			name := places[0].ent.name + " Police"
			m := &mention{start: toks[k].Start, end: toks[k].End, text: toks[k].Text, sent: si}
			d.attach(d.entity(Key(name), name, "GovernmentOrganization", contextGuess), m)
			ms = append(ms, m)
			sort.SliceStable(ms, func(a, b int) bool { return ms[a].start < ms[b].start })
			continue
		}
		var names []string
		for _, p := range places {
			names = append(names, p.ent.name)
		}
		name := strings.Join(names, " and ") + " Police"
		start, end := toks[k].Start, places[len(places)-1].end
		m := &mention{start: start, end: end, text: d.text[start:end], sent: si}
		d.attach(d.entity(Key(name), name, "GovernmentOrganization", contextGuess), m)
		kept := ms[:0:0]
		for _, o := range ms {
			if o.start >= places[0].start && o.end <= end {
				o.ent.mentions = removeMention(o.ent.mentions, o)
				continue
			}
			kept = append(kept, o)
		}
		ms = append(kept, m)
		sort.SliceStable(ms, func(a, b int) bool { return ms[a].start < ms[b].start })
	}
	return ms
}

// removeMention returns ms without m.
func removeMention(ms []*mention, m *mention) []*mention {
	out := ms[:0]
	for _, o := range ms {
		if o != m {
			out = append(out, o)
		}
	}
	return out
}

// completeLists reads the unknown names in a list of known ones as names
// of the same kind: "Phoenix, Flagstaff, Las Vegas and Salt Lake City",
// "Amazon.com and Target". A lone unknown word has no type of its own to
// go by; its company in the list gives it one.
func (d *doc) completeLists(si int, toks []Token, ms []*mention) []*mention {
	if len(ms) == 0 {
		return ms
	}
	at := make([]*mention, len(toks))  // the visible mention a token is in
	covered := make([]bool, len(toks)) // a token any mention overlaps
	for _, m := range ms {             // mentions are in order: each token range is found by search
		i := sort.Search(len(toks), func(i int) bool { return toks[i].End > m.start })
		for ; i < len(toks) && toks[i].Start < m.end; i++ {
			covered[i] = true
			if !m.hidden && toks[i].Start >= m.start && toks[i].End <= m.end {
				at[i] = m
			}
		}
	}
	// item reads a list item at token i: a mention, or up to three
	// capitalised words no mention covers
	readItem := func(i int) (listItem, bool) {
		if i >= len(toks) {
			return listItem{}, false
		}
		if m := at[i]; m != nil {
			j := i
			for j < len(toks) && at[j] == m {
				j++
			}
			return listItem{i, j, m}, true
		}
		j := i
		for j < len(toks) && j < i+3 && !covered[j] && startsName(toks[j].Text) && !d.isStopToken(toks[j].Text) && d.rules.role(toks[j].Lower) == "" && !pluralAcronym.MatchString(toks[j].Text) {
			j++
		}
		if j > i {
			j = d.joinedTail(toks, j) // "Lima and Ouro Preto do Oeste"
		}
		// not a name's tail ("Fox News Channel", "Lockheed Tristar"), a
		// genitive or an abbreviation ("Washington, D.C.")
		if j == i || i == 0 || isQuoteStart(toks, i) || covered[i-1] || startsName(toks[i-1].Text) ||
			strings.ContainsAny(toks[j-1].Text, ".'’") || j < len(toks) && (toks[j].Text == "'s" || toks[j].Text == "’s") {
			return listItem{}, false
		}
		return listItem{i, j, nil}, true
	}
	sep := func(i int) int { // tokens a separator takes at i, or 0
		if i >= len(toks) {
			return 0
		}
		w := toks[i].Lower
		if w == "," {
			if i+1 < len(toks) && d.x.lex.listWords[toks[i+1].Lower] {
				return 2
			}
			return 1
		}
		if d.x.lex.listWords[w] {
			return 1
		}
		return 0
	}
	var added []*mention
	for i := 0; i < len(toks); {
		first, ok := readItem(i)
		if !ok {
			i++
			continue
		}
		items := []listItem{first}
		j := first.to
		for {
			n := sep(j)
			if n == 0 {
				break
			}
			next, ok := readItem(j + n)
			if !ok {
				break
			}
			items = append(items, next)
			j = next.to
		}
		i = max(j, i+1)
		// two items need "and"/"or": "Phoenix, Arizona" is a place and where it lies
		if len(items) < 2 || len(items) == 2 && !d.x.lex.listWords[strings.ToLower(toks[items[1].from-1].Text)] {
			continue
		}
		// the known members must agree on their class; as many as the unknown
		var typ string
		known, unknown, agree := 0, 0, true
		for _, it := range items {
			if it.m == nil {
				unknown++
				continue
			}
			known++
			c := class(it.m.ent.typ)
			switch {
			case c == 'P' && (typ == "" || typ == "Person"):
				typ = "Person" // "Sergio Aguero and Raheem Sterling": full names beside full names (below)
			case c != 'L' && c != 'O' || typ == "Person":
				agree = false
			case typ == "":
				typ = it.m.ent.typ
			case class(typ) != c:
				agree = false
			case typ != it.m.ent.typ && c == 'L':
				typ = "Place"
			}
		}
		if !agree || unknown == 0 || known < unknown || typ == "" || typ == "Person" && !d.fullNamesAmong(toks, items) {
			continue
		}
		if typ == "Country" || typ == "Region" {
			typ = "Place" // a country kg does not know is more likely a region's or a town's name
		}
		for _, it := range items {
			if it.m != nil {
				continue
			}
			start, end := toks[it.from].Start, toks[it.to-1].End
			m := &mention{start: start, end: end, text: d.text[start:end], sent: si}
			d.attach(d.entity(Key(m.text), m.text, typ, shapeGuess), m)
			added = append(added, m)
		}
	}
	if len(added) == 0 {
		return ms
	}
	ms = append(ms, added...)
	sort.SliceStable(ms, func(a, b int) bool { return ms[a].start < ms[b].start })
	return ms
}

// saysNext reports whether a verb of saying comes right after mention m
// ("Hale said", "Kowalski told reporters").
func (d *doc) saysNext(m *mention) bool {
	k := d.tokenAt(m.sent, m.end)
	return k < len(d.toks[m.sent]) && d.rules.speech[d.toks[m.sent][k].Lower]
}

// listItem is an item of a list completeLists reads.
type listItem struct {
	from, to int      // token span
	m        *mention // nil: an unknown name
}

// fullNamesAmong reports whether a list's names are people's full names:
// every known one of two or more words, every unknown one of two or three
// words opening with no common word or given place name, and holding no
// body's or place's word ("Sergio Aguero and Raheem Sterling"; not
// "Joe Biden and Capitol Hill").
func (d *doc) fullNamesAmong(toks []Token, items []listItem) bool {
	for _, it := range items {
		if it.to-it.from < 2 {
			return false
		}
		if it.m != nil {
			continue
		}
		if d.isOrdinaryWord(toks[it.from].Lower) || d.x.lex.placeGiven[toks[it.from].Text] {
			return false
		}
		for _, t := range toks[it.from:it.to] {
			if d.x.lex.orgWords[t.Lower] || d.x.lex.placeWords[t.Lower] || d.x.lex.demonyms[t.Lower] != nil || strings.ContainsAny(t.Text, "'’") {
				return false // (nor a genitive: "Youngspiration's Yau Wai-ching")
			}
		}
	}
	return true
}

// shareListTypes gives the unknown names of a list the type of a known
// place in it ("i Fjørå, Valldal og Eidsdal") or of a known company.
func (d *doc) shareListTypes(ms []*mention) {
	for k := 1; k < len(ms); k++ {
		a, b := ms[k-1], ms[k]
		if b.start < a.end || !d.listSeparator(d.text[a.end:b.start]) { // a name inside another
			continue
		}
		// "The minister arrived in Paris, Hale said": who speaks after the
		// comma is no list mate
		speaks := d.saysNext(b)
		for _, pair := range [][2]*mention{{a, b}, {b, a}} {
			from, to := pair[0].ent, pair[1].ent
			if class(from.typ) == 'L' && from.strength >= shapeGuess && to.gaz == nil && to.strength < contextGuess && class(to.typ) != 'L' && len(to.mentions) == 1 && !speaks {
				to.typ, to.strength = "Place", shapeGuess
			}
			// "the partnership with IBM and Motorola": a known company's
			// list mate is a company
			if from.gaz != nil && from.typ == "Company" && to.gaz == nil && to.strength < contextGuess && to.typ != "Company" && len(to.mentions) == 1 && !strings.Contains(to.name, " ") {
				to.typ, to.person, to.strength = "Company", false, shapeGuess
			}
		}
	}
}

func (d *doc) listSeparator(s string) bool {
	s = strings.TrimSpace(s)
	if s == "," {
		return true
	}
	return d.x.lex.listWords[strings.TrimSpace(strings.TrimPrefix(s, ","))]
}

// matchActor matches a generic actor phrase ("regjeringsstyrkene", "Syrian
// government forces") starting at toks[i].
func (d *doc) matchActor(si int, toks []Token, i int) (int, []*mention) {
	first := toks[i].Lower
	candidates := d.rules.actorsByFirst[first]
	if byDemonym := d.rules.actorsByDemonym; len(byDemonym) > 0 && d.x.lex.demonyms[first] != nil {
		candidates = append(candidates[:len(candidates):len(candidates)], byDemonym...)
	}
	if byCountry := d.rules.actorsByCountry; len(byCountry) > 0 && d.countryNamed(toks[i].Text) != nil {
		candidates = append(candidates[:len(candidates):len(candidates)], byCountry...)
	}
	for _, c := range candidates {
		n := len(c.words)
		if i+n > len(toks) {
			continue
		}
		country, ok := d.matchPhrase(c.words, toks[i:i+n])
		if !ok {
			continue
		}
		a := c.actor
		key, name := a.Key, a.Name
		if country != nil && a.Qualified != "" {
			cname := country.Name
			if ds := country.Demonyms["en"]; len(ds) > 0 {
				cname = ds[0]
			}
			name = strings.ReplaceAll(a.Qualified, "{demonym}", cname)
			key = Key(name)
		}
		start, end := toks[i].Start, toks[i+n-1].End
		m := &mention{start: start, end: end, text: d.text[start:end], sent: si, initial: i == 0, generic: true}
		d.attach(d.entity(key, name, a.Type, lexiconFact), m)
		return n, []*mention{m}
	}
	return 0, nil
}

// countryNamed is the country a one-word name names ("UK", "U.S.",
// "Norway"), or nil.
func (d *doc) countryNamed(w string) *GazetteerEntry {
	if !startsName(w) {
		return nil
	}
	for _, e := range d.x.lex.lookup([]string{w}) {
		if e.Type == "Country" {
			return e
		}
	}
	return nil
}

// matchPhrase matches lower-case phrase words against tokens; a
// "{demonym}" word matches any demonym and a "{country}" word a country's
// one-word name, and yields the country.
func (d *doc) matchPhrase(words []string, toks []Token) (*GazetteerEntry, bool) {
	var country *GazetteerEntry
	for k, w := range words {
		t := toks[k].Lower
		if w == "{demonym}" {
			if country = d.x.lex.demonyms[t]; country == nil {
				return nil, false
			}
		} else if w == "{country}" {
			if country = d.countryNamed(toks[k].Text); country == nil {
				return nil, false
			}
		} else if t != w {
			return nil, false
		}
	}
	return country, true
}

// matchGazetteer matches the longest known name at toks[i], including a
// genitive ("Russlands", "Russia's") or a hyphenated compound
// ("FN-resolusjon", "Øst-Aleppo").
// matchTeam reads a side named after its town, state or country and a
// plural nickname — "Colorado Rockies", "Los Angeles Dodgers" — as one
// organisation, where the gazetteer would take the place and leave the
// nickname. Not a place's parts ("Florida Keys", "Hawaiian
// Islands"), a newspaper ("Seattle Times") or a title-case headline.
func (d *doc) matchTeam(si int, toks []Token, i int) (int, []*mention) {
	if !startsName(toks[i].Text) {
		return 0, nil
	}
	if sides := d.scoreSides(); sides[toks[i].Text] {
		// "Ayr 38 - 17 Melrose": a game report's sides, wherever named
		if i+1 >= len(toks) || !startsName(toks[i+1].Text) || d.isStopToken(toks[i+1].Text) {
			m := &mention{start: toks[i].Start, end: toks[i].End, text: toks[i].Text, sent: si, initial: i == 0}
			d.attach(d.entity(Key(m.text), m.text, "Organization", contextGuess), m)
			return 1, []*mention{m}
		}
	}
	if i > 0 && startsName(toks[i-1].Text) && !d.isStopToken(toks[i-1].Text) {
		return 0, nil // not inside a longer name: "Desert Island Discs"
	}
	lx := d.x.lex
	for n := min(3, len(toks)-i-1); n >= 1; n-- {
		if w := toks[i+n].Text; !strings.HasSuffix(w, "s") || !startsName(w) {
			continue // cheap first: most capitals are followed by no nickname
		}
		es := lx.lookup(wordsOf(toks[i : i+n]))
		if len(es) == 0 || class(es[0].Type) != 'G' && class(es[0].Type) != 'L' {
			continue
		}
		if !d.nicknameAt(toks, i+n) {
			return 0, nil
		}
		text := d.text[toks[i].Start:toks[i+n].End]
		if si == 0 && strings.Count(d.text, text) < 2 {
			return 0, nil // a title-case headline's words, unless the body names the side too
		}
		m := &mention{start: toks[i].Start, end: toks[i+n].End, text: text, sent: si, initial: i == 0}
		d.attach(d.entity(Key(text), text, "Organization", contextGuess), m)
		return n + 1, []*mention{m}
	}
	return 0, nil
}

// scoreLine matches a result between two one-word names: "Ayr 38 - 17
// Melrose", "Livingston 1–0 Rangers".
var scoreLine = regexp.MustCompile(`(?:^|[^\p{L}])(\p{Lu}[\p{Ll}]+) \d{1,3} ?[-–] ?\d{1,3} (\p{Lu}[\p{Ll}]+)(?:[^\p{L}]|$)`)

// scoreSides are the one-word names either side of a score in a game
// report that the gazetteer does not know (known ones are read as known:
// "Sweden 1-0 South Korea"), computed once.
func (d *doc) scoreSides() map[string]bool {
	if d.sides != nil {
		return d.sides
	}
	d.sides = map[string]bool{}
	if len(d.rules.SportWords) == 0 || !d.isGameReport() {
		return d.sides
	}
	lx := d.x.lex
	windows := scoreWindows(d.text)
	for _, m := range findAllIn(scoreLine, windows, 8) {
		for _, name := range m[1:] {
			if len(lx.lookup([]string{name})) == 0 && (!lx.givenNames[name] || lx.placeGiven[name]) {
				d.sides[name] = true // "Chelsea 2-0 Arsenal": a town's name, its club
			}
		}
	}
	// "Arsenal beat Chelsea 2-0", "drew 1-1 with Chelsea", "slo Chelsea 2-0"
	for _, m := range findAllIn(resultLine, windows, 8) {
		for _, name := range m[1:] {
			if name != "" && len(lx.lookup([]string{name})) == 0 && (!lx.givenNames[name] || lx.placeGiven[name]) {
				d.sides[name] = true
			}
		}
	}
	return d.sides
}

// scoreWindows returns the parts of text that can hold a match of
// scoreLine or resultLine: the runs of lines with a score ("2-0", "38 –
// 17"), each with the line break before and after it. Neither pattern
// crosses a line break, and matches on lines apart cannot touch, so
// matching the runs finds what matching the whole text finds, without
// running the patterns over every line of a long report.
func scoreWindows(text string) []string {
	var out []string
	start, end := -1, -1 // the run of score lines being gathered
	for i := 0; i < len(text); {
		eol := strings.IndexByte(text[i:], '\n')
		if eol < 0 {
			eol = len(text)
		} else {
			eol += i
		}
		if hasScore(text[i:eol]) {
			if start < 0 || i > end {
				if start >= 0 {
					out = append(out, text[start:end])
				}
				start = max(i-1, 0)
			}
			end = min(eol+1, len(text))
		}
		i = eol + 1
	}
	if start >= 0 {
		out = append(out, text[start:end])
	}
	return out
}

// hasScore reports whether line holds a digit, a hyphen or en dash
// (with a space either side or none) and a digit: "2-0", "38 – 17".
func hasScore(line string) bool {
	for k := 1; k < len(line); k++ {
		dash := 0
		switch {
		case line[k] == '-':
			dash = 1
		case strings.HasPrefix(line[k:], "–"):
			dash = len("–")
		default:
			continue
		}
		b := k - 1
		if line[b] == ' ' && b > 0 {
			b--
		}
		a := k + dash
		if a < len(line) && line[a] == ' ' {
			a++
		}
		if isDigitByte(line[b]) && a < len(line) && isDigitByte(line[a]) {
			return true
		}
	}
	return false
}

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

// findAllIn is re.FindAllStringSubmatch over each window in turn, at most
// n matches in all.
func findAllIn(re *regexp.Regexp, windows []string, n int) [][]string {
	var out [][]string
	for _, w := range windows {
		if len(out) >= n {
			break
		}
		out = append(out, re.FindAllStringSubmatch(w, n-len(out))...)
	}
	return out
}

// resultLine matches a result told with a verb between two one-word
// names: "Arsenal beat Chelsea 2-0", "Ayr drew 1-1 with Melrose", "Rangers
// slo Celtic 2-0", "Molde tapte 1-2 mot Rosenborg".
var resultLine = regexp.MustCompile(`(?:^|[^\p{L}])(\p{Lu}\p{Ll}+) (?:beat|beats|defeated|defeats|thrashed|thrash|edged|edges|hammered|stunned|slo|vant over|knuste) (\p{Lu}\p{Ll}+) \d{1,3} ?[-–] ?\d{1,3}|(?:^|[^\p{L}])(\p{Lu}\p{Ll}+) (?:drew|draw|lost|lose|won|win|spilte|tapte|vant) \d{1,3} ?[-–] ?\d{1,3} (?:with|to|against|at|mot|borte mot|hjemme mot) (\p{Lu}\p{Ll}+)`)

// genitiveBrand returns the length in bytes of the name toks[i] opens
// when it is a capitalised genitive after an indefinite article and
// before a lower-case noun ("a Brink's worker", "an Applebee's
// restaurant") or, in Norwegian, a name with an apostrophe's s
// compounded ("en Brink's-arbeider"), else 0.
func (d *doc) genitiveBrand(toks []Token, i int) int {
	t := toks[i].Text
	if d.lang == "nb" {
		// "en Brink's-arbeider": Norwegian writes no genitive with an
		// apostrophe; a name with one, compounded, is the name itself
		k := strings.Index(t, "'s-")
		if k < 0 {
			k = strings.Index(t, "’s-")
		}
		if k > 1 && isCapitalized(t) && isLowerWord(t[strings.IndexByte(t[k:], '-')+k+1:]) && d.x.lex.lookup([]string{t[:k]}) == nil && d.x.lex.demonyms[strings.ToLower(t[:k])] == nil {
			return strings.IndexByte(t[k:], '-') + k
		}
		return 0
	}
	if d.lang != "en" || i == 0 || i+1 >= len(toks) || toks[i-1].Lower != "a" && toks[i-1].Lower != "an" {
		return 0
	}
	if !isCapitalized(t) || !(strings.HasSuffix(t, "'s") || strings.HasSuffix(t, "’s")) || len(t) < 5 || !isLowerWord(toks[i+1].Text) || d.rules.stop[toks[i+1].Lower] {
		return 0
	}
	// not a people's or a title's: "a Russian's view", "a Senator's aide"
	stem, _ := genitiveStem(t, d.lang)
	if ls := strings.ToLower(stem); d.x.lex.demonyms[ls] != nil || d.rules.role(ls) != "" || d.x.lex.givenNames[stem] {
		return 0
	}
	return len(t)
}

// polityOf returns the number of tokens and the country of a state's
// formal name at toks[i] ("the Republic of Ireland", "the Grand Duchy of
// Luxembourg"): a polity word, "of" and a known country's name; or 0.
func (d *doc) polityOf(toks []Token, i int) (int, *GazetteerEntry) {
	// (most words: no "of" one to three words on)
	if len(d.rules.polityWords) == 0 || !tokenWithin(toks, i+1, i+4, "of") || !isCapitalized(toks[i].Text) {
		return 0, nil
	}
	for k := i; k < len(toks) && k < i+3 && isCapitalized(toks[k].Text); k++ {
		if k+2 >= len(toks) || toks[k+1].Text != "of" || !d.rules.polityWords[strings.ToLower(d.text[toks[i].Start:toks[k].End])] {
			continue
		}
		lx := d.x.lex
		for n := min(lx.longestFrom(toks[k+2].Text), len(toks)-k-2); n >= 1; n-- {
			for _, g := range lx.lookup(wordsOf(toks[k+2 : k+2+n])) {
				if g.Type == "Country" && (k+2+n >= len(toks) || !startsName(toks[k+2+n].Text)) {
					return k + 2 + n - i, g
				}
			}
		}
		return 0, nil
	}
	return 0, nil
}

// saintsInstitution returns the number of tokens of a saint's name in
// the genitive standing alone, as churches, schools and hospitals are
// called ("St. Martin's was taken over", "at St Mary's."), or 0: the
// genitive is followed by no noun of its own, only punctuation or a
// function word.
func (d *doc) saintsInstitution(toks []Token, i int) int {
	if d.lang != "en" && d.lang != "nb" || toks[i].Text != "St" && toks[i].Text != "Saint" {
		return 0
	}
	k := i + 1 // the saint's name
	if k < len(toks) && toks[i].Text == "St" && toks[k].Text == "." && toks[k].Start == toks[i].End {
		k++
	}
	if k >= len(toks) {
		return 0
	}
	w := toks[k].Text
	if _, ok := genitiveStem(w, d.lang); !ok || !isCapitalized(w) || !(strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")) {
		return 0
	}
	// "St. Martin's beaches": the island's (Norwegian has no genitive
	// in 's: the name is borrowed whole, unless a name goes on)
	if j := k + 1; j < len(toks) && isWordRune([]rune(toks[j].Text)[0]) && (d.lang == "en" && !d.rules.stop[toks[j].Lower] || isCapitalized(toks[j].Text)) {
		return 0
	}
	return k + 1 - i
}

func (d *doc) matchGazetteer(si int, toks []Token, i int) (int, []*mention) {
	lx := d.x.lex
	// "sør-London": a lower-case direction before a known place names the
	// place; "anti-Trump", "pro-Kremlin": so does a prefix before a known name
	if t := toks[i].Text; !startsName(t) {
		if k := strings.IndexByte(t, '-'); k > 0 && (d.x.lex.directions[t[:k]] != "" || d.x.lex.namePrefixes[t[:k]]) && isCapitalized(t[k+1:]) {
			if es := lx.lookup([]string{t[k+1:]}); len(es) > 0 {
				m := &mention{start: toks[i].Start + k + 1, end: toks[i].End, text: t[k+1:], sent: si}
				d.attach(d.gazetteerEntity(es[0]), m)
				return 1, []*mention{m}
			}
		}
	}
	if !startsName(toks[i].Text) && !lx.openers[toks[i].Text] {
		return 0, nil
	}
	// "the Congress of South African Trade Unions (COSATU)": a longer name
	// its acronym spells, which the lexicon does not know, is read whole
	if k := d.spelledBy(toks, i, i+1); k > i+1 && len(lx.lookup(wordsOf(toks[i:k]))) == 0 {
		return 0, nil
	}
	// "the Nintendo Switch", "Microsoft Windows": a product a maker's name
	// opens names no maker
	for n := min(4, len(toks)-i); n >= 2; n-- {
		if lx.productNames[d.text[toks[i].Start:toks[i+n-1].End]] && (i+n >= len(toks) || !startsName(toks[i+n].Text)) {
			if es := lx.lookup([]string{toks[i].Text}); len(es) > 0 && class(es[0].Type) == 'O' {
				return n, nil
			}
			break
		}
	}
	if n := d.saintsInstitution(toks, i); n > 0 {
		// "St. Martin's was taken over": a church, school or hospital, not
		// the island's genitive
		m := &mention{start: toks[i].Start, end: toks[i+n-1].End, text: d.text[toks[i].Start:toks[i+n-1].End], sent: si, initial: i == 0}
		d.attach(d.entity(Key(m.text), m.text, "Organization", contextGuess), m)
		return n, []*mention{m}
	}
	if n := d.stateBody(toks, i); n > 0 {
		m := &mention{start: toks[i].Start, end: toks[i+n-1].End, text: d.text[toks[i].Start:toks[i+n-1].End], sent: si, initial: i == 0}
		d.attach(d.entity(Key(m.text), m.text, d.bodyNameType(toks[i+n-1].Text), contextGuess), m)
		return n, []*mention{m}
	}
	if n, g := d.polityOf(toks, i); n > 0 {
		m := &mention{start: toks[i].Start, end: toks[i+n-1].End, text: d.text[toks[i].Start:toks[i+n-1].End], sent: si, initial: i == 0}
		d.attach(d.gazetteerEntity(g), m)
		return n, []*mention{m}
	}
	longest := max(lx.longestFrom(toks[i].Text), 1) // one word: its genitive stem may be known
	if longest > 1 {
		lower := make([]string, min(longest, len(toks)-i))
		for k := range lower {
			lower[k] = toks[i+k].Lower
		}
		longest = lx.reach(lower, longest)
	}
	type candidate struct {
		words    []string
		genitive bool
	}
	var wordBuf, stemBuf [8]string // the words looked up, without allocating for most names
	for n := min(longest, len(toks)-i); n >= 1; n-- {
		words, w2 := wordBuf[:0], stemBuf[:0]
		for k := 0; k < n; k++ {
			words = append(words, toks[i+k].Text)
		}
		last := words[n-1]
		candidates := [2]candidate{{words, false}}
		nc := 1
		if stem, ok := genitiveStem(last, d.lang); ok {
			w2 = append(append(w2, words[:n-1]...), stem)
			candidates[1], nc = candidate{w2, true}, 2
		}
		for _, c := range candidates[:nc] {
			es := lx.lookup(c.words)
			if len(es) == 0 {
				continue
			}
			if n == 1 && d.isCommonWord(toks, i) && !(es[0].Type == "PoliticalParty" && d.words[toks[i].Text].capitalInside) && !d.acronymOpening(toks, i, es[0]) {
				continue // (but "Høyre håper …" where the text writes Høyre as a name inside sentences too)
			}
			if n == 1 && d.knownSurname(c.words[0]) {
				return 0, nil // "Ford" after "Christine Blasey Ford" is she, not the carmaker
			}
			g := es[0]
			if c.genitive && d.possessiveInName(toks, i, i+n) {
				return 0, nil // "St. Martin's Episcopal Church": named for the saint, not the island
			}
			if g.Type == "PoliticalParty" && !c.genitive && i+n < len(toks) && d.rules.PartyEvents[toks[i+n].Text] != "" {
				// "the Labour conference": the party's gathering, the party in it
				start, end := toks[i].Start, toks[i+n].End
				inner := &mention{start: start, end: toks[i+n-1].End, text: d.text[start:toks[i+n-1].End], sent: si}
				m := d.namedAfter(si, start, end, i == 0, inner)
				d.attach(d.partyEvent(g, d.rules.PartyEvents[toks[i+n].Text], m.text), m)
				d.attach(d.gazetteerEntity(g), inner)
				return n + 1, []*mention{m, inner}
			}
			if k := d.eventNameAfter(toks, i+n); k > 0 && !c.genitive {
				// "Conservative Party Conference": a known name begins an event's
				start, end := toks[i].Start, toks[i+n+k-1].End
				m := &mention{start: start, end: end, text: d.text[start:end], sent: si, initial: i == 0}
				typ := "Event"
				if t := d.rules.PlanNouns[toks[i+n+k-1].Lower]; t != "" {
					typ = t // "the Paris Agreement"
				}
				d.attach(d.entity(Key(m.text), m.text, typ, contextGuess), m)
				// the known name inside is mentioned too, though no slot of its own
				inner := &mention{start: start, end: toks[i+n-1].End, text: d.text[start:toks[i+n-1].End], sent: si, hidden: true}
				d.attach(d.gazetteerEntity(g), inner)
				return n + k, []*mention{m, inner}
			}
			if cl := class(g.Type); (cl == 'G' || cl == 'L') && !c.genitive && i+n < len(toks) && d.orgNounAt(toks[i+n].Text) {
				return 0, nil // "Bergen tingrett", "Oslo universitetssykehus": the body the place has
			}
			// "Ouro Preto do Oeste", "Frankfurt am Main": a known place's name
			// goes on past another language's joining words, a place of its
			// own (not "Victoria de los Ángeles", a given name's bearer)
			if cl := class(g.Type); (cl == 'G' || cl == 'L') && !c.genitive && !lx.placeGiven[toks[i].Text] {
				if end := d.joinedTail(toks, i+n); end > i+n {
					start := toks[i].Start
					m := &mention{start: start, end: toks[end-1].End, text: d.text[start:toks[end-1].End], sent: si, initial: i == 0}
					d.attach(d.entity(Key(m.text), m.text, "Place", contextGuess), m)
					return end - i, []*mention{m}
				}
			}
			// "Nottingham East", "Nottingham East Labour": a town's part or
			// constituency, named with a capitalised point of the compass
			if g.Type == "City" && !c.genitive && i+n < len(toks) && isCapitalized(toks[i+n].Text) && lx.compass[toks[i+n].Lower] &&
				(i+n+1 == len(toks) || !startsName(toks[i+n+1].Text) || len(lx.lookup([]string{toks[i+n+1].Text})) > 0) {
				start, end := toks[i].Start, toks[i+n].End
				m := &mention{start: start, end: end, text: d.text[start:end], sent: si, initial: i == 0}
				d.attach(d.entity(Key(m.text), m.text, "Place", contextGuess), m)
				return n + 1, []*mention{m}
			}
			// "Qinghai Province", "Aleppo Governorate": a region named with
			// its capitalised kind is the region
			if g.Type == "Region" && !c.genitive && i+n < len(toks) && isCapitalized(toks[i+n].Text) && lx.placeKinds[toks[i+n].Lower] &&
				(i+n+1 == len(toks) || !startsName(toks[i+n+1].Text) || d.isStopToken(toks[i+n+1].Text)) {
				start, end := toks[i].Start, toks[i+n].End
				m := &mention{start: start, end: end, text: d.text[start:end], sent: si, initial: i == 0}
				e := d.gazetteerEntity(g)
				e.addAlias(d.text[start:end])
				d.attach(e, m)
				return n + 1, []*mention{m}
			}
			if cl := class(g.Type); cl != 'P' && !c.genitive && d.longerNameFollows(si, toks, i, n, cl == 'G', cl != 'O') {
				// "U.S. Treasury Department": the state, then the body the
				// rest of the name is known as ("Treasury Department")
				if cn := d.statePrefix(toks, i, n); cn > 0 {
					return d.matchGazetteer(si, toks[:i+cn], i)
				}
				return 0, nil // "Wasilla Police Department", "New Zealand Herald", "Jordan Spieth"
			}
			// "he joined Toulon in 2021", "signed for Porto": a town's club
			if g.Type == "City" && !c.genitive && d.clubCueBefore(toks, i) && (i+n >= len(toks) || !startsName(toks[i+n].Text)) {
				start, end := toks[i].Start, toks[i+n-1].End
				m := &mention{start: start, end: end, text: d.text[start:end], sent: si, initial: i == 0}
				d.attach(d.entity("club-"+Key(m.text), m.text, "Organization", contextGuess), m)
				return n, []*mention{m}
			}
			// "the Indonesian Red Cross", "indonesiske Røde Kors": a people's
			// national branch of the body
			if branch := lx.nationalBranches[g.Key]; branch != "" && i > 0 && !c.genitive && lx.demonyms[toks[i-1].Lower] != nil {
				country := lx.demonyms[toks[i-1].Lower]
				name := country.Name + " " + branch
				if ds := country.Demonyms["en"]; len(ds) > 0 {
					name = ds[0] + " " + branch
				}
				start, end := toks[i-1].Start, toks[i+n-1].End
				if !isCapitalized(toks[i-1].Text) {
					start = toks[i].Start // "det tyske Røde Kors": the adjective is no part of the name
				}
				m := &mention{start: start, end: end, text: d.text[start:end], sent: si}
				e := d.entity(Key(name), name, "Organization", lexiconFact)
				if known := lx.entries[Key(name)]; known != nil {
					e = d.gazetteerEntity(known)
				}
				d.attach(e, m)
				return n, []*mention{m}
			}
			if g.CapitalOf != "" && d.capitalActs(toks, i, n) {
				if state := lx.entries[g.CapitalOf]; state != nil {
					g = state // "Moscow supported …": the capital acts for the state
				}
			}
			// "General Motors Corporation", "Equinor ASA": a company's legal suffix
			for !c.genitive && class(g.Type) == 'O' && i+n < len(toks) && d.x.lex.corporateSuffixes[toks[i+n].Lower] && startsName(toks[i+n].Text) {
				n++
			}
			start, end := toks[i].Start, toks[i+n-1].End
			m := &mention{start: start, end: end, text: d.text[start:end], sent: si, genitive: c.genitive, initial: i == 0}
			e := d.gazetteerEntity(g)
			e.addAlias(strings.Join(c.words, " "))
			d.attach(e, m)
			return n, []*mention{m}
		}
	}
	// hyphenated compound whose head is known: "FN-resolusjon", "Øst-Aleppo"
	t := toks[i].Text
	if k := strings.IndexByte(t, '-'); k > 0 {
		return d.matchCompound(si, toks[i], i == 0)
	}
	return 0, nil
}

// statePrefix returns how many words at toks[i] name a state before a
// known body's name that, one word longer, is known as a body too
// ("U.S." in "U.S. Treasury Department"), or 0. n is the length of the
// known name at i.
func (d *doc) statePrefix(toks []Token, i, n int) int {
	if i+n >= len(toks) {
		return 0
	}
	lx := d.x.lex
	for cn := min(3, n-1); cn >= 1; cn-- {
		if es := lx.lookup(wordsOf(toks[i : i+cn])); len(es) == 0 || es[0].Type != "Country" {
			continue
		}
		if es := lx.lookup(wordsOf(toks[i+cn : i+n+1])); len(es) > 0 && class(es[0].Type) == 'O' {
			return cn
		}
		return 0
	}
	return 0
}

// matchCompound reads a hyphenated token: a direction plus a place
// ("Øst-Aleppo"), or a name plus a common-noun suffix ("FN-resolusjon",
// "Kadi Askar-bydelen" is handled by matchName).
func (d *doc) matchCompound(si int, tok Token, initial bool) (int, []*mention) {
	t := tok.Text
	k := strings.IndexByte(t, '-')
	head, rest := t[:k], t[k+1:]
	if dir, ok := d.x.lex.directions[strings.ToLower(head)]; ok && isCapitalized(rest) && !hasLowerTail(rest) {
		base := d.x.lex.lookup([]string{rest})
		m := &mention{start: tok.Start, end: tok.End, text: t, sent: si, initial: initial}
		name := dir + " " + rest
		if len(base) > 0 {
			name = dir + " " + base[0].Name
		}
		e := d.entity(Key(name), name, "Place", contextGuess)
		d.attach(e, m)
		if len(base) > 0 {
			inner := &mention{start: tok.Start + k + 1, end: tok.End, text: rest, sent: si, hidden: true}
			d.attach(d.gazetteerEntity(base[0]), inner)
			if base[0].Type == "City" {
				// a city's quarter lies in it ("Øst-Aleppo"); a region's
				// part is a region of its own ("Nord-Troms", "Øst-Europa")
				d.implied = append(d.implied, impliedRelation{e, d.gazetteerEntity(base[0]), "locatedIn", si})
			}
		}
		return 1, []*mention{m}
	}
	if isLowerWord(rest) {
		es := d.x.lex.lookup([]string{head})
		noun := d.rules.AdministrationNouns[strings.ToLower(rest)]
		if stem, ok := genitiveStem(rest, d.lang); noun == "" && ok {
			noun = d.rules.AdministrationNouns[stem] // "Thatcher-regjeringens forsømmelse"
		}
		if len(es) == 0 && noun != "" && isCapitalized(head) && !isAllCaps(head) {
			// "Solberg-regjeringen" before the article names Erna Solberg
			m := &mention{start: tok.Start, end: tok.End, text: t, sent: si, initial: initial}
			d.attach(d.administration(head, noun), m)
			return 1, []*mention{m}
		}
		if len(es) == 0 {
			return 0, nil
		}
		hm := &mention{start: tok.Start, end: tok.Start + k, text: head, sent: si, initial: initial}
		d.attach(d.gazetteerEntity(es[0]), hm)
		// "Labour-lederen X", "Ukip-medlem X": a body's leader or member,
		// the body a slot of its own and the role after it
		if role := d.rules.role(strings.ToLower(rest)); (role == "leaderOf" || role == "memberOf") && class(es[0].Type) == 'O' && d.rules.role(strings.ToLower(t)) == "" {
			return 1, []*mention{hm}
		}
		if d.rules.role(strings.ToLower(t)) != "" || d.rules.role(strings.ToLower(rest)) != "" {
			hm.hidden = true // "FN-ambassadør" is a title: the token stays a role word for the patterns
			return 1, nil
		}
		if noun != "" && es[0].Type == "Person" {
			m := d.namedAfter(si, tok.Start, tok.End, initial, hm) // "Trump-administrasjonen": the government he leads, he in it
			d.attach(d.administration(es[0].Name, noun), m)
			return 1, []*mention{m, hm}
		}
		if gathering := d.rules.PartyEvents[strings.ToLower(rest)]; gathering != "" && es[0].Type == "PoliticalParty" {
			m := d.namedAfter(si, tok.Start, tok.End, initial, hm) // "Tory-konferansen": the party's gathering, the party in it
			d.attach(d.partyEvent(es[0], gathering, t), m)
			return 1, []*mention{m, hm}
		}
		if typ, ok := d.rules.docOf[strings.ToLower(t)]; ok {
			hm.hidden = true
			dm := d.documentMention(si, tok, typ, initial)
			return 1, []*mention{dm}
		}
		if typ, ok := d.rules.docOf[strings.ToLower(rest)]; ok {
			hm.hidden = true
			dm := d.documentMention(si, tok, typ, initial)
			return 1, []*mention{dm}
		}
		return 1, []*mention{hm}
	}
	return 0, nil
}

// administrations reads a person's name before an administration noun
// as the government the person leads, "the Trump administration",
// "Barack Obama's administration": the person stays named in it.
func (d *doc) administrations(si int, toks []Token, ms []*mention) []*mention {
	if len(d.rules.AdministrationNouns) == 0 {
		return ms
	}
	for k := 0; k < len(ms); k++ {
		m := ms[k]
		if m.hidden || m.ent.typ != "Person" {
			continue
		}
		j := d.tokenAt(si, m.end)
		if j >= len(toks) || d.text[m.end:toks[j].Start] != " " && !(m.genitive && toks[j].Start > m.end) {
			continue // the noun right after the name
		}
		word, genitive := genitiveStem(toks[j].Text, "en") // "the Thatcher government's neglect"
		noun := d.rules.AdministrationNouns[word]
		if noun == "" {
			continue
		}
		a := d.namedAfter(si, m.start, toks[j].End, m.initial, m)
		a.genitive = genitive
		d.attach(d.administration(m.ent.name, noun), a)
		ms = slices.Insert(ms, k+1, a)
		k++
	}
	return ms
}

// namedAfter is a mention from start to end of sentence si of a body or
// event named after the name inner marks inside it ("the Bush
// administration", "Adam Air Flight 574"); inner is hidden, so that only
// the whole is a slot for the relation patterns.
func (d *doc) namedAfter(si, start, end int, initial bool, inner *mention) *mention {
	inner.hidden = true
	return &mention{start: start, end: end, text: d.text[start:end], sent: si, initial: initial, inner: inner}
}

// administration is the government the person named leads, named by the
// person's last name in English ("Obama administration").
func (d *doc) administration(person, noun string) *entity {
	name := lastWord(person) + " " + noun
	e := d.entity(Key(name), name, "GovernmentOrganization", contextGuess)
	e.leaderNamed = true
	return e
}

// partyEvent is the gathering of party g that noun (English) names,
// named in English whatever the article's language ("Conservative Party
// conference"), with the words of the text as an alias.
func (d *doc) partyEvent(g *GazetteerEntry, noun, text string) *entity {
	name := g.Name + " " + noun
	e := d.entity(Key(name), name, "Event", contextGuess)
	e.addAlias(text)
	return e
}

// matchDocument matches a document noun ("resolusjonen", "draft resolution").
func (d *doc) matchDocument(si int, toks []Token, i int) (int, []*mention) {
	if !d.rules.docFirst[toks[i].Lower] {
		return 0, nil
	}
	for n := 3; n >= 1; n-- {
		if i+n > len(toks) {
			continue
		}
		words := make([]string, n)
		for k := range words {
			words[k] = toks[i+k].Lower
		}
		typ, ok := d.rules.docOf[strings.Join(words, " ")]
		if !ok || typ != "Resolution" {
			continue
		}
		if k := numberedAfter(toks, i+n); k > 0 {
			// "Resolution 2254", "resolusjon nr. 2254": a named resolution,
			// one node in every article and language
			num := toks[i+n+k-1].Text
			start, end := toks[i].Start, toks[i+n+k-1].End
			m := &mention{start: start, end: end, text: d.text[start:end], sent: si, initial: i == 0}
			d.attach(d.entity("resolution-"+num, "Resolution "+num, "Resolution", lexiconFact), m)
			return n + k, []*mention{m}
		}
		tok := Token{Start: toks[i].Start, End: toks[i+n-1].End}
		tok.Text = d.text[tok.Start:tok.End]
		return n, []*mention{d.documentMention(si, tok, typ, i == 0)}
	}
	return 0, nil
}

// matchEventHead reads an event named by its kind and its place: "the
// Battle of Mosul", "slaget ved Stiklestad" (event_heads; English
// capitalises the head of a name). The name is English: Battle of
// Stiklestad; the place inside is mentioned too.
func (d *doc) matchEventHead(si int, toks []Token, i int) (int, []*mention) {
	head, ok := d.rules.EventHeads[toks[i].Lower]
	// (a name around its place takes the place's preposition: "moteuka i Paris")
	if !ok || i+2 >= len(toks) || !d.rules.eventLinks[toks[i+1].Lower] && !(strings.Contains(head, "{place}") && d.rules.prepIn[toks[i+1].Lower]) || d.lang == "en" && !isCapitalized(toks[i].Text) {
		return 0, nil
	}
	j := i + 2
	for j < len(toks) && j < i+5 && startsName(toks[j].Text) && !d.isStopToken(toks[j].Text) {
		j++
	}
	if j == i+2 {
		return 0, nil
	}
	place := d.text[toks[i+2].Start:toks[j-1].End]
	known := d.x.lex.lookup(wordsOf(toks[i+2 : j]))
	if len(known) > 0 {
		place = known[0].Name // "slaget om Moskva": the Battle of Moscow
	}
	name := head + " of " + place
	if strings.Contains(head, "{place}") {
		name = strings.ReplaceAll(head, "{place}", place) // "moteuka i Paris": Paris Fashion Week
	}
	start, end := toks[i].Start, toks[j-1].End
	m := &mention{start: start, end: end, text: d.text[start:end], sent: si, initial: i == 0}
	d.attach(d.entity(Key(name), name, "Event", contextGuess), m)
	inner := &mention{start: toks[i+2].Start, end: toks[j-1].End, text: d.text[toks[i+2].Start:toks[j-1].End], sent: si, hidden: true}
	if len(known) > 0 {
		d.attach(d.gazetteerEntity(known[0]), inner)
	} else {
		d.attach(d.entity(Key(inner.text), inner.text, "Place", contextGuess), inner)
	}
	return j - i, []*mention{m, inner}
}

// numberedAfter returns how many tokens at toks[k] give a document's
// number — "2254", "number 2254", "nr. 2254" — or 0.
func numberedAfter(toks []Token, k int) int {
	n := 0
	for n < 2 && k+n < len(toks) && (toks[k+n].Lower == "number" || toks[k+n].Lower == "nummer" || toks[k+n].Lower == "no" || toks[k+n].Lower == "nr" || toks[k+n].Text == "." && n > 0) {
		n++
	}
	if k+n < len(toks) && resolutionNumber.MatchString(toks[k+n].Text) {
		return n + 1
	}
	return 0
}

// resolutionNumber is a document's number: "2254", not a year's "2016".
var resolutionNumber = regexp.MustCompile(`^[0-9]{2,5}$`)

// documentMention links a document noun to the article's one document of
// that type: an article about a resolution talks about one resolution.
func (d *doc) documentMention(si int, tok Token, typ string, initial bool) *mention {
	m := &mention{start: tok.Start, end: tok.End, text: tok.Text, sent: si, initial: initial}
	name := map[string]string{"Resolution": "resolution", "Agreement": "agreement", "Proposal": "proposal"}[typ]
	lower := tok.Lower
	if strings.HasPrefix(lower, "fn-") || strings.HasPrefix(lower, "un ") || strings.Contains(lower, "fns") {
		name = "UN " + name
	}
	key := strings.ToLower(typ) + "-" + d.articleKey
	e := d.entity(key, name, typ, lexiconFact)
	if strings.HasPrefix(name, "UN ") && e.name != name {
		e.addAlias(e.name)
		e.name = name
	}
	e.weak = true
	d.attach(e, m)
	return m
}

// pluralAcronym matches an acronym with a plural -s: "MWPs".
var pluralAcronym = regexp.MustCompile(`^[A-Z]{2,}s$`)

// backerDemonym returns the state whose adjective a backing compound
// opens ("russian-backed", "russiskstøttede") and the adjective's length.
func (d *doc) backerDemonym(lt string) (*GazetteerEntry, int) {
	for _, suf := range d.rules.BackerSuffixes { // (a few: a slice is cheaper than a set to walk per word)
		if len(lt) > len(suf)+3 && strings.HasSuffix(lt, suf) {
			k := len(lt) - len(suf)
			if lt[k-1] == '-' {
				k--
			}
			if c := d.x.lex.demonyms[lt[:k]]; c != nil {
				return c, k
			}
		}
	}
	return nil, 0
}

// matchName reads a run of capitalised words not in the gazetteer and
// guesses its type from its shape and context.
func (d *doc) matchName(si int, toks []Token, i int) (int, []*mention) {
	r := d.rules
	t := toks[i].Text
	lt := strings.ToLower(t)
	// "Russian-backed forces": the state behind them, its adjective
	// compounded with the backing
	// ("russiskstøttede styrker")
	if c, k := d.backerDemonym(lt); c != nil {
		m := &mention{start: toks[i].Start, end: toks[i].Start + k, text: t[:k], sent: si, initial: i == 0, demonym: true}
		d.attach(d.gazetteerEntity(c), m)
		return 1, []*mention{m}
	}
	// "ifølge The Advocate", "told The Hill": a medium's name with its article
	if t == "The" && i > 0 && i+1 < len(toks) && startsName(toks[i+1].Text) && !d.isStopToken(toks[i+1].Text) {
		j := i + 1
		for j < len(toks) && j < i+4 && startsName(toks[j].Text) && !d.isStopToken(toks[j].Text) {
			j++
		}
		// "…, The Hill reported": a verb only media take
		reported := j < len(toks) && r.mediaVerbs[toks[j].Lower]
		if (reported || d.sourceBefore(toks, i)) && d.x.lex.lookup(wordsOf(toks[i:j])) == nil && d.x.lex.lookup(wordsOf(toks[i+1:j])) == nil {
			text := d.text[toks[i].Start:toks[j-1].End]
			m := &mention{start: toks[i].Start, end: toks[j-1].End, text: text, sent: si}
			// one key with or without its article: "The Hill reported", "told The Hill"
			d.attach(d.entity(Key(d.text[toks[i+1].Start:toks[j-1].End]), text, "MediaOrganization", contextGuess), m)
			return j - i, []*mention{m}
		}
	}
	// "medlem av Den norske Forfatterforening", "Den norske Nobelkomiteen":
	// a capitalised article inside a sentence, then a nationality and a
	// name, opens the body's name (the known body the name
	// after the nationality is, else one of its own)
	if n, ms := d.nationalBody(si, toks, i); n > 0 {
		return n, ms
	}
	// "a Brink's worker", "a Macy's store": an indefinite article cannot
	// open a person's genitive, so the name is the genitive itself, a
	// company's or a shop's
	if n := d.genitiveBrand(toks, i); n > 0 {
		m := &mention{start: toks[i].Start, end: toks[i].Start + n, text: t[:n], sent: si}
		d.attach(d.entity(Key(m.text), m.text, "Company", contextGuess), m)
		return 1, []*mention{m}
	}
	// "Velora's John Smith said", "the Tennessean's Mike Organ": one
	// unknown word whose genitive owns a person's full name is a body's
	if stem := d.ownerOfPersonAfter(toks, i); stem != "" {
		m := &mention{start: toks[i].Start, end: toks[i].Start + len(stem), text: stem, sent: si, initial: i == 0, genitive: true}
		d.attach(d.entity(Key(stem), stem, "Organization", contextGuess), m)
		return 1, []*mention{m}
	}
	// "125th Street", "5th Avenue": a numbered street
	if t != "" && t[0] >= '0' && t[0] <= '9' && i+1 < len(toks) && ordinalNumber.MatchString(t) && startsName(toks[i+1].Text) && d.x.lex.placeWords[toks[i+1].Lower] {
		text := d.text[toks[i].Start:toks[i+1].End]
		m := &mention{start: toks[i].Start, end: toks[i+1].End, text: text, sent: si}
		d.attach(d.entity(Key(text), text, "Place", contextGuess), m)
		return 2, []*mention{m}
	}
	// "Team Europe", "Team USA": a side named after the place it plays for
	if t == "Team" && i+1 < len(toks) && startsName(toks[i+1].Text) {
		if g := d.x.lex.lookup([]string{toks[i+1].Text}); len(g) > 0 && (class(g[0].Type) == 'G' || class(g[0].Type) == 'L') {
			text := d.text[toks[i].Start:toks[i+1].End]
			m := &mention{start: toks[i].Start, end: toks[i+1].End, text: text, sent: si, initial: i == 0}
			d.attach(d.entity(Key(text), text, "Organization", contextGuess), m)
			return 2, []*mention{m}
		}
	}
	// "KSWB-TV", "WSMV-TV": a broadcaster's call sign
	if callSign.MatchString(t) {
		m := &mention{start: toks[i].Start, end: toks[i].End, text: t, sent: si, initial: i == 0}
		d.attach(d.entity(Key(t), t, "MediaOrganization", contextGuess), m)
		return 1, []*mention{m}
	}
	if d.sourceDomain(toks, i) {
		m := &mention{start: toks[i].Start, end: toks[i].End, text: t, sent: si, initial: i == 0}
		d.attach(d.entity(Key(t), t, "MediaOrganization", contextGuess), m)
		return 1, []*mention{m}
	}
	// "coach Will Wade", "President May": a given name that is also a
	// common word, after a title and before a name
	titledName := i > 0 && i+1 < len(toks) && r.role(toks[i-1].Text) != "" && startsName(toks[i+1].Text) && !d.isStopToken(toks[i+1].Text)
	// "the State Property Agency": a capitalised common word inside a
	// sentence opens the body's name after it
	bodyLead := func() bool {
		if i == 0 || isQuoteStart(toks, i) || startsName(toks[i-1].Text) || isAllCaps(t) || d.isGenitive(t) {
			return false
		}
		if d.bodyNameEndsAt(toks, i+1) > 0 {
			return true
		}
		// "its Next Generation Artificial Intelligence Development Plan":
		// a plan's or an event's name, two words at least
		j := i + 1
		for j < len(toks) && startsName(toks[j].Text) && !d.isStopToken(toks[j].Text) {
			j++
		}
		if j-i < 3 {
			return false
		}
		last := toks[j-1].Lower
		return r.PlanNouns[last] != "" || r.eventWords[last]
	}
	// (a title's plural names no one either, "met Governors and Mayors",
	// but a side may be called so: "the Senators won")
	pluralTitle := d.lang == "en" && len(lt) > 4 && lt[len(lt)-1] == 's' && r.role(lt[:len(lt)-1]) != "" && !(i > 0 && toks[i-1].Lower == "the") && !d.isGameReport()
	// "Norsk Spillerforening har …": a nationality opening the sentence
	// before a body's one-word name opens the name, though the article
	// writes the adjective in lower case elsewhere
	nationalBodyFirst := d.lang != "en" && d.x.lex.demonyms[lt] != nil && i+1 < len(toks) && isCapitalized(toks[i+1].Text) && d.orgSuffixType(toks[i+1].Text) != "" &&
		(i+2 >= len(toks) || !startsName(toks[i+2].Text))
	if nationalBodyFirst && !d.isGenitive(toks[i+1].Text) && len(d.x.lex.lookup(wordsOf(toks[i:i+2]))) == 0 && len(d.x.lex.lookup([]string{toks[i+1].Text})) == 0 {
		m := &mention{start: toks[i].Start, end: toks[i+1].End, text: d.text[toks[i].Start:toks[i+1].End], sent: si, initial: i == 0}
		d.attach(d.entity(Key(m.text), m.text, d.orgSuffixType(toks[i+1].Text), contextGuess), m)
		return 2, []*mention{m}
	}
	if !startsName(t) || d.isStopToken(t) && !titledName && !bodyLead() || r.role(lt) != "" || isRoleCompound(r, lt) || pluralTitle {
		// a demonym before a role or name: "Russian UN Ambassador", "Syrian President"
		return d.matchDemonym(si, toks, i)
	}
	demonym := d.x.lex.demonyms[lt] != nil || i+1 < len(toks) && d.x.lex.demonymStarts[lt] && d.x.lex.demonyms[lt+" "+toks[i+1].Lower] != nil
	nationalName := false // a body's name opened by a nationality: no one's name
	// "skriver Norsk Vind at", "i Svensk Energi": a language that writes
	// its adjectives of nationality in lower case capitalises one inside a
	// sentence only as a name's first word
	// (opening the sentence, not before a given name: "Svenske Zlatan")
	if demonym && d.lang != "en" && (i > 0 && !isQuoteStart(toks, i) || i == 0 && i+1 < len(toks) && !d.x.lex.givenNames[toks[i+1].Text]) && isCapitalized(t) && !isAllCaps(t) && !d.isStopToken(lt) &&
		i+1 < len(toks) && startsName(toks[i+1].Text) && !d.isStopToken(toks[i+1].Text) && r.role(toks[i+1].Lower) == "" && len(d.x.lex.lookup([]string{toks[i+1].Text})) == 0 {
		demonym, nationalName = false, true
	}
	if demonym {
		if n, ms := d.matchDemonym(si, toks, i); n > 0 {
			return n, ms
		}
	}
	demonym = demonym || d.x.lex.groupWords[t] // "Shiite cleric Muqtada al-Sadr", "Sunni Arab insurgents"
	// (a cue capitalised within a sentence before two more capitalised
	// words is the name's own first word: "Keith Springer of Capital
	// Financial Advisory Services"; not "Group G", "Airport Express")
	ownWord := i > 0 && !isLowerWord(t) && !isQuoteStart(toks, i) && i+2 < len(toks) && startsName(toks[i+2].Text) && !d.isStopToken(toks[i+2].Text)
	if _, isCue := r.cueOf[lt]; isCue && i+1 < len(toks) && startsName(toks[i+1].Text) && !ownWord {
		return 1, nil // "Eksilgruppa Syrian Observatory ...": the cue word types the name after it
	}
	if i == 0 && i+1 < len(toks) && startsName(toks[i+1].Text) && r.compoundCue(lt) != "" && !d.x.lex.givenNames[toks[i+1].Text] {
		return 1, nil // "Oppdrettsselskapet Nordkyst ASA har …": a compound cue opening the sentence, as in lower case
	}
	// "Former Vice President X", "Former Prime Minister X": a past title
	if r.formerWords[lt] && i+1 < len(toks) && (r.deputyWords[toks[i+1].Lower] || r.role(toks[i+1].Lower) != "" ||
		i+2 < len(toks) && r.role(toks[i+1].Lower+" "+toks[i+2].Lower) != "") {
		return 1, nil
	}
	// "Assistant Secretary", "Deputy Director": a rank before a title
	// — also before a department's name: "Deputy Defense Secretary"
	if (r.deputyWords[lt] || lt == "executive" || lt == "senior") && i+1 < len(toks) && r.deputyWords[toks[i+1].Lower] {
		return 1, nil // "Executive Vice President", "Senior Vice President"
	}
	if r.deputyWords[lt] && i+1 < len(toks) && (r.role(toks[i+1].Lower) != "" ||
		i+2 < len(toks) && (i == 0 || !startsName(toks[i-1].Text)) && startsName(toks[i+1].Text) && r.role(toks[i+2].Lower) != "") {
		return 1, nil
	}
	// "Assistant Secretary of the Air Force for Acquisition Marvin Sambur":
	// the word after "for" ends the title, the given name begins the name
	if i > 0 && strings.EqualFold(toks[i-1].Text, "for") && i+2 < len(toks) && d.x.lex.givenNames[toks[i+1].Text] && startsName(toks[i+2].Text) && !d.x.lex.givenNames[t] && !d.knownSurname(t) {
		return 1, nil
	}
	// "Commissioner for Competition Neelie Kroes": one portfolio word after
	// a title's "for", then a name of two words
	if i > 1 && strings.EqualFold(toks[i-1].Text, "for") && r.role(toks[i-2].Lower) != "" && i+2 < len(toks) &&
		startsName(toks[i+1].Text) && startsName(toks[i+2].Text) && !d.isStopToken(toks[i+1].Text) && !d.x.lex.givenNames[t] && !d.knownSurname(t) &&
		(i+3 >= len(toks) || !startsName(toks[i+3].Text) && toks[i+3].Text != ",") && len(d.x.lex.lookup([]string{t})) == 0 &&
		!d.x.lex.orgWords[lt] && len(d.x.lex.lookup([]string{toks[i+2].Text})) == 0 {
		return 1, nil
	}
	// "Minister of Education Stefania Giannini", "Minister of Foreign
	// Affairs Paolo Verdi": the portfolio after a title, then the name
	if n := d.portfolioBefore(toks, i); n > 0 {
		return n, nil
	}
	// "Energy Secretary", "Health Minister": a portfolio, part of the title
	if i+1 < len(toks) && d.x.lex.portfolios[toks[i+1].Lower] && r.role(lt+" "+toks[i+1].Lower) == "" {
		return 1, nil
	}
	// the rest of a title of two words: "Chief Executive Officer"
	if i > 0 && r.role(toks[i-1].Lower+" "+lt) != "" {
		return 1, nil
	}
	// the middle of a title of three: "Chief Operating Officer"
	if i > 0 && i+1 < len(toks) && r.role(toks[i-1].Lower+" "+lt+" "+toks[i+1].Lower) != "" {
		return 2, nil
	}
	// "Minister of Defense Hazem Shaalan", "Secretary of Labor Alex
	// Acosta": an office's field (office_fields) before two name words
	// ends the title, not the name
	if i > 1 && toks[i-1].Lower == "of" && r.role(toks[i-2].Lower) != "" && r.role(toks[i-2].Lower) != "person" && r.officeFields[lt] && i+2 < len(toks) && startsName(toks[i+1].Text) && startsName(toks[i+2].Text) && !d.x.lex.orgWords[toks[i+2].Lower] {
		return 1, nil
	}
	initial := isQuoteStart(toks, i)
	// "WOW!", "the rest are VERY dishonest", "an AMAZING JOB": a common
	// word shouted in capitals, alone or in a run of them, names nothing
	if d.shouted(toks, i) {
		return 1, nil
	}
	// "Former Microsoft CEO Bill Gates": a past title's word opening the
	// sentence is no part of the name after it
	if initial && r.formerWords[lt] && i+1 < len(toks) && startsName(toks[i+1].Text) {
		return 1, nil
	}
	if d.lowerTail(t) && initial && r.orgSuffixOf[strings.ToLower(t[strings.LastIndexByte(t, '-')+1:])] == "" {
		return 1, nil // "Out-of-form Mickelson": a capitalised compound word, not a name
	}
	// "Lovforslaget skal behandles …", "Planen får støtte": a proposal's
	// noun opening the sentence is the proposal, no name
	if initial && d.rules.ProposalNouns[lt] != "" && !d.words[t].capitalInside && len(d.x.lex.lookup([]string{t})) == 0 && (i+1 >= len(toks) || !startsName(toks[i+1].Text)) {
		return 1, nil
	}
	// "Supporterklubben Kjernen har krevd", "Pasientorganisasjonen ALS
	// Norge": a compound naming the kind of body opens the sentence, the
	// name follows it
	if initial && i+1 < len(toks) && r.compoundCue(lt) != "" && startsName(toks[i+1].Text) && !d.isStopToken(toks[i+1].Text) && !d.words[t].capitalInside && len(d.x.lex.lookup([]string{t})) == 0 {
		return 1, nil
	}
	// "Curator Yuki Tanabe said", "Geneticist Svante Pääbo": an
	// ordinary noun opening the sentence, then a given name and a surname
	if initial && i+2 < len(toks) && d.commonOnly(t) && !d.x.lex.givenNames[t] && !d.knownSurname(t) && !d.x.lex.orgWords[lt] && !d.x.lex.placeWords[lt] &&
		(d.givenName(toks[i+1].Text) || agentNoun(lt) && !d.isStopToken(toks[i+1].Text)) && startsName(toks[i+2].Text) && !d.isStopToken(toks[i+2].Text) &&
		!d.x.lex.orgWords[toks[i+2].Lower] && !d.x.lex.placeWords[toks[i+2].Lower] && len(d.x.lex.lookup([]string{t})) == 0 {
		return 1, nil
	}
	j := i + 1
	hasOrg := d.x.lex.orgWords[lt]
	familyFirm := false  // "… and Sons": a company
	countryTail := false // the name ends in a country's acronym: an organisation
	institution := false // a kind of body and its place: "Høgskolen i Bergen"
	for j < len(toks) && !d.lowerTail(toks[j-1].Text) && (!d.isGenitive(toks[j-1].Text) || d.possessiveInName(toks, i, j)) {
		w := toks[j].Text
		lw := strings.ToLower(w)
		// "Norsk Nærings- og Nytelsesmiddelarbeiderforbund", "Olje- og
		// energidepartementet": a compound's first part, suspended, and
		// the word that completes it are one name
		if w == "-" && toks[j].Start == toks[j-1].End && j+2 < len(toks) && d.rules.conjunctions[toks[j+1].Lower] && startsName(toks[j+2].Text) && !d.isStopToken(toks[j+2].Text) {
			j += 3
			continue
		}
		// "House Minority Leader Nancy Pelosi": a title of two words ends the name
		if j+1 < len(toks) && r.role(lw+" "+toks[j+1].Lower) != "" {
			break
		}
		// "Secretary of the Air Force James Roche": a body's name, then a person's
		if hasOrg && d.x.lex.givenNames[w] && j+1 < len(toks) && startsName(toks[j+1].Text) && !d.x.lex.orgWords[toks[j+1].Lower] {
			break
		}
		// "listetopp for Demokratene i Kristiansund Håvard Krane": a town
		// the lexicon knows, then a person's given name and surname
		if j == i+1 && d.x.lex.givenNames[w] && j+1 < len(toks) && startsName(toks[j+1].Text) && !d.x.lex.givenNames[t] && d.knownTown(t) {
			break
		}
		// "Danner Høyre regjering …", "Liker Disney": a sentence's first
		// word that is no name before a name the lexicon knows
		if j == i+1 && initial && d.lang != "en" && !d.x.lex.givenNames[t] && len(d.x.lex.lookup([]string{t})) == 0 && len(d.x.lex.lookup([]string{w})) > 0 && (j+1 >= len(toks) || !startsName(toks[j+1].Text)) {
			break
		}
		// "Rival Samsung Electronics", "Rival SAIPA": an English opening
		// word of the dictionary before a body the lexicon knows
		if j == i+1 && initial && d.lang == "en" && d.commonOnly(t) && !d.x.lex.givenNames[t] && len(d.x.lex.lookup([]string{t})) == 0 && (d.knownBodyAt(toks, j) || isAcronym(w) && (j+1 >= len(toks) || !startsName(toks[j+1].Text))) {
			break
		}
		// "CEO of the Refugee Council Enver Solomon": two name words after
		// a body's last word, and no more, are a person's name
		if hasOrg && d.x.lex.orgWords[toks[j-1].Lower] && d.personAfterBody(toks, j) {
			break
		}
		// "Marketing director at Bellwether Foods Sam Ortiz": after a job
		// and where it is held, a given name and one more name word ending
		// the run are the holder's name, not the body's last words
		// (not "head of the International Red Cross": a pair the lexicon
		// knows, or a common word after the given name)
		if j > i && d.x.lex.givenNames[w] && d.jobPlaceBefore(toks, i) && d.personAfterBody(toks, j) &&
			d.x.lex.lookup([]string{w, toks[j+1].Text}) == nil && d.dictKind(toks[j+1].Text) != "common" {
			break
		}
		// "Salt Lake City", "Harbour City Police Department": City ends a place's name
		// and "Louisiana State University", "Ohio State": State a body's
		// "Dionisio A. Lind": an initial that is also a word
		if isInitial(w) && d.isStopToken(w) && j+2 < len(toks) && toks[j+1].Text == "." && toks[j+1].Start == toks[j].End && startsName(toks[j+2].Text) && d.x.lex.givenNames[toks[i].Text] {
			j += 2
			continue
		}
		cityEnd := (w == "City" || w == "State") && j > i && !d.isStopToken(toks[j-1].Text)
		// "Lakeland General Hospital": a title word before a body's word is part of its name
		titleInBody := r.role(lw) != "" && j+1 < len(toks) && startsName(toks[j+1].Text) && d.x.lex.orgWords[toks[j+1].Lower] && !d.x.lex.givenNames[toks[i].Text]
		if titleInBody {
			hasOrg = true
			j += 2
			continue
		}
		// "James Perry, GNOFHAC Executive Director": a modifier and a
		// title after the name are the person's title, not the body's name
		if j > i && d.x.lex.titleModifiers[lw] && j+1 < len(toks) && startsName(toks[j+1].Text) && r.role(toks[j+1].Lower) != "" && r.role(toks[j+1].Lower) != "person" && !d.x.lex.orgWords[toks[j+1].Lower] {
			break
		}
		// "Luis Montenegro": a given name, then a country's name as the surname
		surnameCountry := j == i+1 && d.x.lex.givenNames[t] && !d.x.lex.placeGiven[t] && len(d.x.lex.lookup([]string{t})) == 0 && d.dictKind(t) != "both" && d.dictKind(t) != "common" && !isAllCaps(w) && (j+1 >= len(toks) || !startsName(toks[j+1].Text)) && d.startsKnown(toks, j) && !d.x.lex.orgWords[toks[min(j+1, len(toks)-1)].Lower]
		if surnameCountry {
			j++
			break
		}
		// "the South China Sea": a compass word, a country and a sea are one place
		compassSea := j == i+1 && d.x.lex.compass[lt] && j+1 < len(toks) && waterWords[toks[j+1].Lower] && startsName(toks[j+1].Text)
		// "Mount Kenya", "Lake Geneva": a place's head word before a known place is one name
		headPlace := j == i+1 && d.x.lex.placeHeads[lt] && !d.x.lex.orgWords[lw]
		// "Telma TV": a medium's word the stopwords hold (not "Baldwin's TV
		// production firm", "Barclaycard TV ads": a genitive's, or a
		// modifier of the noun after it)
		mediaHead := j > i && d.isStopToken(w) && d.x.lex.orgWordTypes[lw] == "MediaOrganization" && !d.isGenitive(toks[j-1].Text) &&
			!(j+1 < len(toks) && isLowerWord(toks[j+1].Text) && !d.verbAfter(toks, j+1))
		// "the National Unity Government", "the Kurdistan Regional
		// Government": a government's word the stopwords hold ends a name
		// of two words or more
		govHead := j >= i+2 && isCapitalized(w) && d.isStopToken(w) && d.x.lex.orgWordTypes[lw] == "GovernmentOrganization" && !d.isStopToken(toks[j-1].Text) && !d.isGenitive(toks[j-1].Text)
		if startsName(w) && !domainShaped(w) && (!d.isStopToken(w) || (hasOrg || d.bodyWordFollows(toks, j)) && d.nameWordInBody(w) || cityEnd || mediaHead || govHead) && r.role(lw) == "" && !isRoleCompound(r, lw) && (!d.startsKnown(toks, j) || compassSea || headPlace) && !d.x.lex.groupWords[w] {
			hasOrg = hasOrg || d.x.lex.orgWords[lw] && !cityEnd || d.orgSuffixType(w) != ""
			j++
			continue
		}
		// "BBC Radio 4", "Channel 5": a channel's number ends its name
		if j > i && isNumber(toks[j].Text) && len(toks[j].Text) <= 3 && channelWords[toks[j-1].Lower] && toks[j].Start == toks[j-1].End+1 {
			j++
			break
		}
		// "Belfast Magistrates' Court", "the Workers' Party": a plural's
		// apostrophe inside a body's name
		if d.pluralApostropheInName(toks, j) {
			j++
			continue
		}
		// an initial: "Jennifer M. Anderson"; "St. Thomas", "Mt. Everest"
		if toks[j].Text == "." && (isInitial(toks[j-1].Text) || d.x.lex.placeAbbrevs[toks[j-1].Text]) && j+1 < len(toks) && startsName(toks[j+1].Text) && toks[j].Start == toks[j-1].End {
			j++
			continue
		}
		// "Securities and Exchange Commission", "Florida Fish and Wildlife
		// Commission": a word or two and a body's name
		// (not "Westpac and Commonwealth Bank", "INRIA and Keio University":
		// a body of its own before "and")
		if lw == "and" && (j == i+1 || j == i+2 && !hasOrg && !d.startsKnown(toks, j+1)) && d.bodyNameEndsAt(toks, j+1) > 0 &&
			!(j == i+1 && (isAllCaps(t) || d.knownBodyAt(toks, i))) {
			j = d.bodyNameEndsAt(toks, j+1)
			hasOrg = true
			// "Securities and Exchange Board of India": and the country it serves
			if j+1 < len(toks) && toks[j].Lower == "of" && d.startsKnown(toks, j+1) && !isAllCaps(toks[j+1].Text) && (j+2 >= len(toks) || !startsName(toks[j+2].Text)) {
				j += 2
			}
			break
		}
		// "Commission for Employment and Skills", "Ministry of Justice and
		// Public Security": after "of"/"for" in a body's name, "and" joins
		// its last part — unless that part is a body or a known name itself
		if lw == "and" && hasOrg && j > i+1 && d.x.lex.orgConnectors[toks[j-2].Lower] || lw == "and" && hasOrg && j > i+2 && d.x.lex.orgConnectors[toks[j-3].Lower] {
			if end := d.nameTailAfterAnd(toks, j+1); end > 0 {
				j = end
				break
			}
		}
		// "Universitetet i Santiago", "Høgskolen i Bergen": a body named by
		// its kind and the place it serves is one name
		if j == i+1 && d.rules.institutionHeads[toks[i].Lower] && d.rules.prepIn[lw] && j+1 < len(toks) && startsName(toks[j+1].Text) && !d.isStopToken(toks[j+1].Text) {
			j += 2
			hasOrg, institution = true, true
			continue
		}
		// "Palms Hotel and Casino": a venue's words joined
		if (lw == "and" || lw == "og") && j > i && j+1 < len(toks) && d.x.lex.venueWords[toks[j-1].Lower] && d.x.lex.venueWords[toks[j+1].Lower] && startsName(toks[j+1].Text) {
			j += 2
			continue
		}
		// "Standard & Poor's", "Procter & Gamble"
		if w == "&" && j+1 < len(toks) && startsName(toks[j+1].Text) && !d.isStopToken(toks[j+1].Text) {
			j += 2
			continue
		}
		// "Digital Awareness UK", "Priorities USA", "Team USA": a country's acronym closes the name
		// (a country's full name only after two words: "Air Navigation Indonesia")
		// (or one word after the kind of body: "Pasientorganisasjonen ALS Norge")
		if startsName(w) && d.startsKnown(toks, j) && (j+1 >= len(toks) || !startsName(toks[j+1].Text)) &&
			(isAllCaps(w) && (j-i >= 2 || !d.x.lex.givenNames[toks[i].Text] && !d.knownSurname(toks[i].Text) && !d.titleCase[si]) ||
				!isAllCaps(w) && (j-i >= 2 || i > 0 && d.bodyCue(toks[i-1].Lower)) && !d.titleCase[si] && !d.x.lex.givenNames[toks[i].Text]) {
			if es := d.x.lex.lookup([]string{w}); len(es) > 0 && es[0].Type == "Country" && !d.x.lex.orgWords[toks[j-1].Lower] {
				j++
				countryTail = true
				break
			}
		}
		// "the Air Force for Acquisition Marvin Sambur": "for X" before a
		// person's name is the rest of a title
		if lw == "for" && j+2 < len(toks) && d.x.lex.givenNames[toks[j+2].Text] {
			break
		}
		// "Abbey Road Studios for EMI": an acronym alone after "for" is
		// the body it works for
		if lw == "for" && j+1 < len(toks) && isAcronym(toks[j+1].Text) && (j+2 >= len(toks) || !startsName(toks[j+2].Text)) {
			break
		}
		// "PGA of America", "NAACP of Texas": an acronym's body of a country
		// or region is one name
		if lw == "of" && j == i+1 && isAcronym(toks[i].Text) && j+1 < len(toks) && d.countryOrRegion(toks[j+1].Text) && (j+2 >= len(toks) || !startsName(toks[j+2].Text)) {
			j += 2
			hasOrg = true
			break
		}
		// "the Socialist Party of Pedro Nuno Santos": a body's leader after
		// its "of", not one name
		if lw == "of" && hasOrg && j+2 < len(toks) && d.x.lex.givenNames[toks[j+1].Text] && startsName(toks[j+2].Text) && !d.x.lex.orgWords[toks[j+2].Lower] && !d.x.lex.placeWords[toks[j+2].Lower] &&
			d.x.lex.lookup(wordsOf(toks[j+1:j+3])) == nil && d.x.lex.lookup([]string{toks[j+1].Text}) == nil && d.x.lex.lookup([]string{toks[j+2].Text}) == nil {
			break
		}
		// "Keith Springer of Capital Financial Advisory Services": a person
		// of a body, not one name
		personOf := d.x.lex.orgConnectors[lw] && !hasOrg && j > i+1 && d.x.lex.givenNames[toks[i].Text]
		// "Wixom Assembly Plant of Wixom, Michigan": the place the body is
		// named after, again after "of", is where it is
		personOf = personOf || lw == "of" && hasOrg && j+1 < len(toks) && toks[j+1].Text == toks[i].Text
		// "Evergreen Aviation & Space Museum of McMinnville, Oregon": a town
		// and its state after "of" say where the body is
		personOf = personOf || lw == "of" && hasOrg && d.townAndStateAt(toks, j+1)
		// "Santa Cruz de la Sierra", "Puchberg am Schneeberg", "Banque de
		// l'Indochine": the other languages' joining words
		if k := d.joiner(toks, j); k > 0 && !personOf {
			j += k + 1
			continue
		}
		// "Harlow & Finch plc", "Kessler-Freunde e.V.": a company's legal
		// suffix, in lower case too, ends a body's name
		if d.x.lex.corporateSuffixes[lw] && (strings.IndexByte(lw, '.') > 0 && strings.Count(lw, ".") >= 2 || lw == "plc") {
			j++
			hasOrg = true
			break
		}
		// "Alexander Stephen and Sons", "J.P. Morgan & Co.": a family's firm
		if (lw == "and" || lw == "&") && j > i && j+1 < len(toks) && d.x.lex.familyFirmWords[toks[j+1].Lower] && startsName(toks[j+1].Text) {
			j += 2
			hasOrg, familyFirm = true, true
			break
		}
		if elided(w) { // "Société des Eaux d'Aquitaine"
			j++
			continue
		}
		if d.x.lex.connectors[lw] && !personOf && j+1 < len(toks) && startsName(toks[j+1].Text) && (!d.isStopToken(toks[j+1].Text) || hasOrg && d.nameWordInBody(toks[j+1].Text)) &&
			(!d.x.lex.orgConnectors[lw] || hasOrg || d.x.lex.orgWords[toks[j+1].Lower] || lw == "of" && j == i+1 && d.x.lex.placeWords[lt] ||
				lw == "of" && j == i+1 && d.recurs(toks[i].Start, toks[j+1].End)) {
			// "Gulf of Mexico", "Isle of Man": a place word and what it is of
			j += 2
			continue
		}
		// "Select Committee on Artificial Intelligence": a body named for
		// its subject
		// (not where a dash follows that word: "Council on American -
		// Islamic Relations" would be cut short)
		if lw == "on" && d.x.lex.topicHeads[toks[j-1].Lower] && j+1 < len(toks) && startsName(toks[j+1].Text) && !d.isStopToken(toks[j+1].Text) && (j+2 >= len(toks) || toks[j+2].Text != "-") {
			j += 2
			hasOrg = true
			continue
		}
		// "National Museum of the US Air Force", "Bank of the West": a
		// body's name goes on past "of the"
		// — but not "University of Sheffield of the UK": a place alone after it
		// "the Joint Council for the Welfare of Immigrants": "for the" too,
		// right after a body's word, and "for a" ("Center for a New
		// American Security")
		// (not "the New Zealand Parliament for the Labour Party": a body the lexicon knows)
		ofThe := lw == "of" || lw == "for" && d.x.lex.orgWords[toks[j-1].Lower] && !d.knownBodyAt(toks, j+2)
		if ofThe && hasOrg && j+2 < len(toks) && (strings.EqualFold(toks[j+1].Text, "the") || lw == "for" && toks[j+1].Text == "a") && startsName(toks[j+2].Text) && !d.isStopToken(toks[j+2].Text) && d.rules.role(toks[j+2].Lower) == "" && !d.placeAlone(toks, j+2) {
			j += 3
			continue
		}
		break
	}
	// "Hildegard of Bingen", "Bernard of Clairvaux": a given name and the
	// place its bearer is of, one person's name
	ofPlace := false
	if d.lang == "en" && j == i+1 && j+1 < len(toks) && toks[j].Text == "of" && !hasOrg && d.x.lex.givenNames[t] && !d.x.lex.placeGiven[t] && len(d.x.lex.lookup([]string{t})) == 0 &&
		d.dictKind(t) != "common" && d.dictKind(t) != "both" && !d.commonOnly(toks[j+1].Text) && d.dictKind(toks[j+1].Text) != "both" &&
		startsName(toks[j+1].Text) && !d.isStopToken(toks[j+1].Text) && !isAllCaps(toks[j+1].Text) && !d.x.lex.orgWords[toks[j+1].Lower] &&
		(j+2 >= len(toks) || !startsName(toks[j+2].Text)) && !d.startsKnown(toks, j+1) {
		j += 2
		ofPlace = true
	}
	// "Henry I", "Mojmír I": a ruler's numeral after one or two name
	// words (the pronoun only where no verb of its own follows)
	if j < len(toks) && toks[j].Text == "I" && j-i <= 2 && !hasOrg && !countryTail && !d.firstPersonVerb(toks, j+1) {
		j++
	}

	// a Norwegian genitive on a name the article does not repeat:
	// "Brett Kavanaughs nominasjon"
	if j-i > 1 && d.lang != "en" && j < len(toks) && d.possessedNoun(toks[j].Text) && !presentVerbAt(toks, j) {
		if last := toks[j-1].Text; strings.HasSuffix(last, "s") && !strings.HasSuffix(last, "ss") && !d.plainSForm(last) {
			d.genitives[toks[j-1].Start] = true
		}
	}
	// "Batik Air Flight 6321": the airline, not the flight
	airline := false
	if j-i >= 2 && strings.EqualFold(toks[j-1].Text, "flight") && j < len(toks) && isRomanOrNumber(toks[j].Text) {
		j--
		airline = true
	}
	// "Bergen tingrett": a place name and the body it has
	orgNoun := false
	if j < len(toks) && d.orgNounAt(toks[j].Text) {
		j++
		orgNoun = true
	}
	// "the Chequers plan": a name and the plan noun after it name a
	// proposal or agreement
	tailType := ""   // the type a noun after the name gives it
	quotedPlan := "" // the plan noun after a quoted name: «Chequers»-plan
	if airline {
		tailType = "Company"
	}
	if j < len(toks) && !orgNoun && !hasOrg && !d.x.lex.givenNames[t] && !d.knownSurname(toks[j-1].Text) && !d.startsKnown(toks, i) {
		if pt := r.PlanNouns[toks[j].Lower]; pt != "" {
			tailType = pt
			j++
		} else if j+1 < len(toks) && isLowerWord(toks[j].Text) && !r.stop[toks[j].Text] && r.PlanNouns[toks[j+1].Text] == "Proposal" {
			tailType = "Proposal" // "her Chequers compromise plan"
			j += 2
		} else if j+2 < len(toks) && isClosingQuote(toks[j].Text) && toks[j+1].Text == "-" && r.PlanNouns[toks[j+2].Lower] != "" {
			tailType = r.PlanNouns[toks[j+2].Lower] // "hennes såkalte «Chequers»-plan": the quoted name is the plan's
			quotedPlan = toks[j+2].Lower
		}
	}
	// "John F. Kennedy airport", "Heathrow airport": a name and the
	// facility noun after it name a place
	facility := ""
	if j < len(toks) && tailType == "" && !orgNoun && !hasOrg && r.FacilityNouns[toks[j].Text] != "" && (j-i > 1 || !initial) {
		facility = r.FacilityNouns[toks[j].Text]
		for _, w := range toks[i:j] {
			if r.FacilityNouns[strings.ToLower(w.Text)] != "" {
				facility = "" // "Mutiara Sis Al Jufri Airport Palu airport"
			}
		}
		if facility != "" {
			tailType = "Place"
			j++
		}
	}
	// "the Organization of the Petroleum Exporting Countries (OPEC)",
	// "the Congress of South African Trade Unions (COSATU)": a name the
	// acronym in brackets after it spells runs to the bracket
	if k := d.spelledBy(toks, i, j); k > j {
		j, hasOrg = k, true
	}
	n := j - i
	// a capitalised first word of a sentence that is an ordinary word
	if n > 1 && initial && d.isOrdinaryWord(lt) {
		return 1, nil
	}
	// "Historikeren Harald Berntsen", "Dødssyke Hannah Jones": in
	// Norwegian a long noun or adjective opening the sentence before a
	// given name describes the person (such words are capitalised only
	// there; "Guy Cecil", "Micheál Martin" are names)
	if n > 1 && initial && d.lang != "en" && !hasOrg && describingWord(lt) && d.x.lex.givenNames[toks[i+1].Text] && !d.x.lex.givenNames[t] && !d.knownSurname(t) && !d.knownFirstName(t) {
		return 1, nil
	}
	// "Rapperkollega Snoop Dogg", "Trebarnsmoren Snoop Dogg": in a language
	// that writes compounds, a word opening the sentence that ends in a
	// noun only people are describes the person named after it (a name of
	// two words at least: "Bergmann Ole" is no sentence's opening)
	if n > 2 && initial && d.rules.CompoundTitles && !hasOrg && d.personCompound(lt) && !d.x.lex.givenNames[t] && !d.knownSurname(t) && !d.knownFirstName(t) {
		return 1, nil
	}
	// "the Qatari QNB Group", "the Russian VTB Bank": a people's adjective
	// before an acronym opening a name is no part of it
	if n >= 2 && d.x.lex.demonyms[lt] != nil && isAllCaps(toks[i+1].Text) && utf8.RuneCountInString(toks[i+1].Text) >= 2 && !isAllCaps(t) {
		return 1, nil
	}
	// "North American", "South Korean": a people's adjective, no name
	if n == 2 && d.x.lex.compass[lt] && d.x.lex.demonyms[toks[i+1].Lower] != nil {
		return n, nil
	}
	// "American Phil Mickelson": the demonym is not part of a person's name
	if n > 1 && demonym && !hasOrg {
		return 1, nil
	}
	start, end := toks[i].Start, toks[j-1].End
	text := d.text[start:end]
	words := toks[i:j]
	last := words[len(words)-1].Text

	// "Kadi Askar-bydelen": a name with a common-noun suffix
	typ, strength := "", 0
	canonical := "" // the English name, where the suffix translates
	if d.lowerTail(last) {
		k := strings.LastIndexByte(last, '-')
		suffix := strings.ToLower(last[strings.LastIndexByte(last, '-')+1:])
		// (but "New York City-based" after the known "New York": a common
		// word's compound is no name of its own)
		if st, ok := r.suffixOf[suffix]; ok && !(n == 1 && d.dictKind(last[:k]) == "common") {
			typ, strength = st, contextGuess
		}
		if ot := r.orgSuffixOf[suffix]; ot != "" && typ == "" {
			// "Gjønnes-utvalget": the body is named after someone, the whole word its name
			typ, strength = ot, contextGuess
		} else {
			end = words[len(words)-1].Start + k
			text = d.text[start:end]
		}
		if en, ok := r.SuffixNames[suffix]; ok {
			canonical = d.englishName(text) + " " + en
		}
		// "New York-area": a known name before the suffix
		if es := d.x.lex.lookup(strings.Fields(text)); typ == "" && len(es) > 0 {
			m := &mention{start: start, end: end, text: text, sent: si, initial: i == 0}
			d.attach(d.gazetteerEntity(es[0]), m)
			return n, []*mention{m}
		}
	}
	genitive := false
	if d.isGenitive(last) || d.genitives[words[len(words)-1].Start] || orgNoun && !d.rules.orgNouns[last] {
		if stem, ok := genitiveStem(text, d.lang); ok {
			text, genitive = stem, true
			end = start + len(stem)
		}
	}
	if utf8.RuneCountInString(text) < 2 {
		return n, nil
	}
	if n == 1 && d.isCommonWord(toks, i) && !d.knownSurname(text) && !d.knownOrgShortName(text) && !d.knownFirstName(text) {
		return 0, nil
	}
	// "AMs", "MPs", "CEOs": an acronym's plural names a kind, not one thing
	if n == 1 && d.lang == "en" && pluralAcronym.MatchString(text) && len(d.x.lex.lookup([]string{text})) == 0 {
		return 1, nil
	}
	if n == 1 {
		if storm := d.stormNamed(text); storm != nil { // "Katrina" after "Hurricane Katrina"
			m := &mention{start: start, end: end, text: d.text[start:end], sent: si, initial: i == 0}
			d.attach(storm, m)
			return 1, []*mention{m}
		}
	}
	if n == 1 && (d.x.lex.demonyms[strings.ToLower(text)] != nil || d.x.lex.groupWords[text] || d.x.lex.languageNames[text] || d.compoundDemonym(text) || (d.x.lex.compass[strings.ToLower(text)] || d.adjectiveShaped(text)) && !d.knownSurname(text) && !d.knownOrgShortName(text)) { // but "sa West" after Kanye West, "Djamal" after Jusman Syafii Djamal, "Abyssal's CEO" after Abyssal Metals Corp.
		return 0, nil
	}
	// "Christian scholars", "Roman law": a group's adjective before a noun
	// ("Christian" the given name alone is a name)
	if n == 1 && d.x.lex.groupWords[text+"s"] && j < len(toks) && isLowerWord(toks[j].Text) && !d.rules.stop[toks[j].Lower] && !d.verbAfter(toks, j) && !d.knownSurname(text) && !d.knownFirstName(text) {
		return 1, nil
	}
	// "Christian and Muslim gangs": coordinated with another group's
	// adjective
	if n == 1 && d.x.lex.groupWords[text+"s"] && j+1 < len(toks) && d.rules.conjunctions[toks[j].Lower] && (d.x.lex.groupWords[toks[j+1].Text] || d.x.lex.demonyms[toks[j+1].Lower] != nil) && !d.knownSurname(text) && !d.knownFirstName(text) {
		return 1, nil
	}
	// "Latin Americans", "Native American": a people, no name
	if n == 2 && d.x.lex.demonyms[toks[i+1].Lower] != nil && !d.x.lex.givenNames[t] && d.x.lex.lookup(wordsOf(words)) == nil {
		return n, nil
	}
	// "the Middle Ages", "the Bronze Age": an era names no entity
	if n >= 2 && d.x.lex.eraWords[strings.ToLower(last)] && isCapitalized(last) {
		return n, nil
	}
	// "Central American", "North American officials": a part of the world's adjective
	if n == 2 && d.x.lex.compassHeads[toks[i].Lower] && (d.adjectiveShaped(toks[i+1].Text) || d.x.lex.demonyms[toks[i+1].Lower] != nil) && !d.knownSurname(toks[i+1].Text) {
		return n, nil
	}
	// a Title Case headline capitalises every word: trust only names the body repeats
	// (but a list of people's names is capitalised as names are: "Kristen
	// Quinn, Sarah Mulholland, Samuel Pak")
	if d.titleCase[si] && !d.bodyRepeats(toks[i:j]) && !(n >= 2 && d.x.lex.givenNames[t] && (d.nameList(toks) || d.afterGenitive(toks, i))) {
		return n, nil
	}
	if orgNoun || countryTail || institution {
		typ, strength = "Organization", contextGuess
	}
	if ofPlace {
		typ, strength = "Person", contextGuess
	}

	if familyFirm {
		tailType = "Company"
	}
	if tailType != "" {
		typ, strength = tailType, contextGuess
	}
	// "Advokatfirmaet Lien & Sandvik": a kind of body compounded into the
	// first word types the name it opens
	if typ == "" && n > 1 && d.lang != "en" {
		if ot := d.orgSuffixType(t); ot != "" {
			typ, strength = ot, contextGuess
		}
	}
	// "Puchberg am Schneeberg"; "to Santa Cruz de la Sierra" (not "to Ana
	// de la Cruz"): a place's joining words, or a name joined as other
	// languages join them after a place's preposition
	if typ == "" && !hasOrg && d.joinedPlace(toks, i, j) {
		typ, strength = "Place", contextGuess
	}
	if typ == "" {
		typ, strength = d.guessType(toks, i, j, text)
		if typ == "Person" && n > 1 && d.x.lex.placeGiven[toks[i].Text] {
			strength = contextGuess // "Jordan Spieth": the tagger takes Jordan for the country
		}
	}
	// a quote's first word is capitalised as a sentence's is: an ordinary
	// word there names no one ("\"Part of what he's doing …", "\"Millions
	// of Americans …"), whatever the tagger, which sees the quote mark
	// first, makes of its capital
	if n == 1 && initial && i > 0 && strength < contextGuess && d.commonOnly(t) && !d.x.lex.givenNames[t] && !d.knownSurname(t) {
		return 1, nil
	}
	// the tagger types what the rules only guess, and vetoes lone words it
	// does not take for names (asked last: it is the dearest check)
	if strength < contextGuess && !d.knownSurname(text) && !(n == 1 && (d.knownOrgShortName(text) || d.knownOrgNickname(text) || d.knownFirstName(text))) && !(n == 1 && strength >= shapeGuess && typ == "Place") && !(n == 1 && isAcronym(text)) && !(n == 1 && domainShaped(text)) {
		if tags := d.spanTags(si, i, j); tags != nil {
			class := spanClass(tags)
			switch {
			case class != "":
				typ = d.taggedType(class, typ, text)
			case n == 1 && !initial && d.x.lex.famousPeople[text]:
				// "praised by Hemingway": a word that names a person and
				// nothing else, where the tagger sees no name
				typ = "Person"
			case n == 1 && !(typ == "Person" && strength >= shapeGuess && d.nameOnly(text)):
				return 1, nil
			case strength <= shapeGuess && allOutside(tags) && !d.hasPersonWord(words) && (d.hasOrdinaryWord(words) || typ == "Person" && d.allCommonWords(words) && !d.speaksNext(toks, j)) && !d.capitalTheBefore(toks, i):
				// "Smart Phone", "Combo Meal": capitalised common words, not a name
				return n, nil
			}
		}
	}
	if nationalName && typ == "Person" && n > 1 {
		typ = "Organization" // "Norsk Vind", "Svensk Energi"
	}
	// "Robyn Christie fra Melrose": a lone word after "Name from" says where
	// someone is from; it names no person
	if typ == "Person" && n == 1 && i > 1 && d.x.lex.fromWords[toks[i-1].Lower] && startsName(toks[i-2].Text) && !d.x.lex.givenNames[text] && !d.knownSurname(text) {
		typ = "Place"
	}
	// "Ford Taurus", "Toyota Corolla": a maker and its model, no person
	if typ == "Person" && n == 2 && d.knownCompany(toks[i].Text) && !d.x.lex.givenNames[toks[i+1].Text] && !d.knownSurname(toks[i+1].Text) {
		return n, nil
	}
	// "composed by Kenji Morioka", "published by Kabam": a passive's
	// agent is someone or a body, not a place
	agent := false // a person by the passive's agent: no club "Rapid Vienna" later
	if isPlaceType(typ) && strength < lexiconFact && d.passiveAgentAt(toks, i) {
		typ = "Organization"
		if n >= 2 && !hasOrg {
			typ, agent = "Person", true
		}
	}
	if typ == "" {
		return 0, nil
	}
	m := &mention{start: start, end: end, text: d.text[start:end], sent: si, genitive: genitive, initial: i == 0}
	if facility != "" && canonical == "" {
		// one key in every language: "Gardermoen lufthavn" is "Gardermoen airport"
		canonical = d.englishName(d.text[start:toks[j-2].End]) + " " + facility
	}
	if en, ok := r.SuffixNames[quotedPlan]; ok && canonical == "" {
		canonical = d.englishName(text) + " " + en // one key in every language: "Chequers plan"
	}
	if canonical == "" {
		canonical = text
	}
	key := Key(canonical)
	// "Nias Island" is the "Nias" Norwegian writes "Nias-øya": one key
	if island, ok := strings.CutSuffix(canonical, " Island"); ok && typ == "Place" && d.lang == "en" && strings.Count(island, " ") == 0 {
		key = Key(island)
	}
	e := d.entity(key, canonical, typ, strength)
	e.person = e.person || agent
	d.memberOfCue(si, toks, i, e)
	if typ == "Person" && strength >= contextGuess {
		e.person = true
	}
	d.attach(e, m)
	return n, []*mention{m}
}

// capitalTheBefore reports whether a capitalised "The" inside the sentence
// opens the name at i: "include The Power of Nutrition" writes the article
// as part of a name.
func (d *doc) capitalTheBefore(toks []Token, i int) bool {
	if d.lang != "en" || i < 2 || toks[i-1].Text != "The" {
		return false
	}
	// `…," The Power of Nutrition ambassador said`: after a quote closed
	// by a comma the sentence goes on
	closed := i > 3 && (toks[i-2].Text == "\"" || toks[i-2].Text == "”") && toks[i-3].Text == ","
	return !isQuoteStart(toks, i-1) || closed
}

// hasConnectorOf reports whether a body's connector ("of", "for", "av")
// joins two words of the name.
func hasConnectorOf(words []string, connectors set) bool {
	for _, w := range words[1 : len(words)-1] {
		if connectors[w] {
			return true
		}
	}
	return false
}

// bodyRepeats reports whether the article repeats the words of a name read
// from a Title Case headline, where every word is capitalised: all of them
// ("MAGA Hat" needs "Hat" too), or the surname after a known given name
// ("Sarah Palin", the body saying "Palin").
func (d *doc) bodyRepeats(words []Token) bool {
	last := words[len(words)-1].Text
	if len(words) > 1 && d.x.lex.givenNames[words[0].Text] && d.count(last) >= 2 {
		return true
	}
	for _, w := range words {
		if startsName(w.Text) && d.count(w.Text) < 2 {
			return false
		}
	}
	return true
}

// commonOnly reports whether the language's spelling dictionary has w in
// lower case only: an ordinary word it knows no name for ("Millions",
// "World").
func (d *doc) commonOnly(w string) bool {
	return d.x.words[d.lang].kind(w, strings.ToLower(w)) == "common"
}

// namePrefixed reports whether w is a name's prefix and a capitalised
// rest, as people's names are written ("LeBron", "DeAndre", "McKinley";
// not "PayPal").
func namePrefixed(w string) bool {
	for _, p := range []string{"Mc", "Mac", "De", "Di", "Da", "La", "Le"} {
		if rest, ok := strings.CutPrefix(w, p); ok && len(rest) >= 3 && isCapitalized(rest) && !isAllCaps(rest) {
			return true
		}
	}
	return false
}

// innerCapital reports whether w has a capital letter after a lower-case
// one, outside the prefixes of surnames (Mc, Mac, De, Di, La, Le, Van, O').
func innerCapital(w string) bool {
	for _, p := range []string{"Mc", "Mac", "De", "Di", "Da", "La", "Le", "Van", "Von", "O'", "D'", "Al", "El"} {
		if strings.HasPrefix(w, p) {
			return false
		}
	}
	lower := false
	for _, r := range w {
		switch {
		case unicode.IsLower(r):
			lower = true
		case unicode.IsUpper(r) && lower:
			return true
		case !unicode.IsLetter(r):
			return false // "Abdel-Rahman", "al-Assad"
		}
	}
	return false
}

// isAgeWord reports whether w is an age before a name: "23-year-old".
func isAgeWord(w string) bool {
	return strings.HasSuffix(w, "-year-old") || strings.HasSuffix(w, "-åring")
}

// nicknameAt reports whether toks[k], a capitalised word ending in "s"
// after a place's name, is a side's plural nickname ending the name: not a
// known name, a body's, place's or event's word, a title ("U.S. Sens."), a
// possessive ("Belfast Magistrates' Court") or the start of a longer name
// ("Oregon Parks and Wildlife Commission").
func (d *doc) nicknameAt(toks []Token, k int) bool {
	lx := d.x.lex
	w := toks[k].Text
	lw := strings.ToLower(w)
	if utf8.RuneCountInString(w) < 4 || isAllCaps(w) || strings.HasSuffix(w, "'s") || d.isStopToken(w) ||
		lx.orgWords[lw] || lx.placeWords[lw] || d.rules.eventWords[lw] || d.rules.role(lw) != "" || d.rules.role(strings.TrimSuffix(lw, "s")) != "" ||
		lx.demonyms[lw] != nil || len(lx.lookup([]string{w})) > 0 {
		return false
	}
	if k+1 >= len(toks) {
		return true
	}
	next := toks[k+1]
	switch {
	case startsName(next.Text):
		return false
	case next.Start == toks[k].End && (next.Text == "'" || next.Text == "’" || next.Text == "'s" || next.Text == "." && k+2 < len(toks)):
		return false
	case k+2 < len(toks) && d.x.lex.orgConnectors[strings.ToLower(next.Text)] && startsName(toks[k+2].Text):
		return false
	case k+2 < len(toks) && (next.Text == "and" || next.Text == "&") && d.bodyNameEndsAt(toks, k+2) > 0:
		return false
	}
	return true
}

// callSign matches a broadcaster's call sign with its band: "KSWB-TV".
var callSign = regexp.MustCompile(`^[A-Z]{3,5}-(?:TV|FM|AM|DT|HD)$`)

// possessiveInName reports whether the genitive toks[j-1] is part of the
// name that starts at toks[i] and ends in toks[j], a place's or body's
// last word: "Beacon's Beach", "Rady Children's Hospital" — but not a
// known name's ("Britain's Parliament"), a people's or a person's.
func (d *doc) possessiveInName(toks []Token, i, j int) bool {
	lx := d.x.lex
	w := toks[j].Lower
	g := toks[j-1].Text
	if (strings.HasSuffix(g, "'s") || strings.HasSuffix(g, "’s")) && (toks[i].Text == "St" || toks[i].Text == "Saint") {
		// "St. Martin's Episcopal Church", "St Patrick's Day": a saint's
		// name is the first part of what is named for the saint
		for k := j; k < len(toks) && k < j+3 && startsName(toks[k].Text); k++ {
			if lw := toks[k].Lower; lx.placeWords[lw] || lx.orgWords[lw] || d.rules.eventWords[lw] {
				return true
			}
		}
	}
	if !strings.HasSuffix(g, "'s") && !strings.HasSuffix(g, "’s") || !startsName(toks[j].Text) {
		return false
	}
	// the name ends in a place's or body's word: "Rady Children's Hospital
	// i San Diego"; or, after one word's genitive, in a body named for a
	// place named for someone: "Hudson's Bay Company" (but "Central Park's
	// Great Lawn", "Syracuse University's Maxwell School" are two)
	e := j
	if i == j-1 && !isAcronym(strings.TrimRight(g, "'’s")) && lx.placeWords[w] {
		for e+1 < len(toks) && e < j+2 && startsName(toks[e+1].Text) && toks[e+1].Start == toks[e].End+1 {
			e++
		}
	}
	if w = toks[e].Lower; !lx.placeWords[w] && !lx.orgWords[w] || e+1 < len(toks) && startsName(toks[e+1].Text) {
		return false // an English name's possessive, in any language
	}
	words := wordsOf(toks[i:j])
	words[len(words)-1] = strings.TrimSuffix(strings.TrimSuffix(words[len(words)-1], "'s"), "’s")
	// not a person's: "Mary Stone's Harbour plan"
	return len(lx.lookup(words)) == 0 && lx.demonyms[strings.ToLower(words[0])] == nil && !(len(words) > 1 && lx.givenNames[words[0]])
}

// ordinalNumber matches a number written as an ordinal: "125th", "1st".
var ordinalNumber = regexp.MustCompile(`^[0-9]+(?:st|nd|rd|th)$`)

// hasLowerTail reports whether a hyphenated word ends in a lower-case part:
// "Kadi Askar-bydelen", "Wales-partiet", "Out-of-form".
func hasLowerTail(w string) bool {
	k := strings.LastIndexByte(w, '-')
	if k <= 0 || !isLowerWord(w[k+1:]) || strings.HasPrefix(w, "al-") {
		return false
	}
	// a short lower-case syllable is part of the name: "Cheuk-yan", "Jong-un",
	// but not a short English word: "New York-area", "U.S.-led"
	return utf8.RuneCountInString(w[k+1:]) > 4 || shortTails[w[k+1:]]
}

// lowerTail is hasLowerTail, except that a tail the language's dictionary
// does not know, and no suffix rule reads, is a syllable of the name:
// "Kwok Wai-keung", "Leung Yiu-chung" (but "Russia-backed", "Trump-style").
func (d *doc) lowerTail(w string) bool {
	if !hasLowerTail(w) {
		return false
	}
	tail := strings.ToLower(w[strings.LastIndexByte(w, '-')+1:])
	_, suffix := d.rules.suffixOf[tail]
	return suffix || d.rules.orgSuffixOf[tail] != "" || d.dictKind(tail) != "unknown"
}

// agentNoun reports whether the lower-case word w is shaped like a noun
// for a person who does something: "geneticist", "campaigner", "curator".
func agentNoun(w string) bool {
	for _, suf := range []string{"ist", "er", "or", "ian", "ant", "ent"} {
		if len(w) > len(suf)+3 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// shortTails are short words that end compounds: "U.S.-led", "German-born".
var shortTails = map[string]bool{"led": true, "run": true, "area": true, "born": true, "old": true, "wide": true, "like": true, "made": true, "held": true, "era": true, "type": true, "bred": true, "size": true, "free": true,
	// Norwegian: "Premier League-tap", "Ryder Cup-kamp", "Nato-sjef", "FN-vedtak"
	"tap": true, "kamp": true, "lag": true, "laget": true, "sjef": true, "sak": true, "saken": true, "møte": true, "land": true, "by": true, "byen": true, "hus": true, "krig": true, "valg": true, "fans": true, "spill": true, "mål": true, "plan": true}

// givenName reports whether w is a known given name or two joined by a
// hyphen ("Jean-Pierre").
func (d *doc) givenName(w string) bool {
	if d.x.lex.givenNames[w] {
		return true
	}
	if plain := unaccented(w); plain != w && d.x.lex.givenNames[plain] {
		return true // "Tomás", "Héctor", "Óscar": the list spells them without
	}
	a, b, ok := strings.Cut(w, "-")
	return ok && d.x.lex.givenNames[a] && d.x.lex.givenNames[b]
}

// unaccented is w with the acute, grave, circumflex and diaeresis of
// Latin vowels and the tilde of n taken off ("Tomás" → "Tomas").
func unaccented(w string) string {
	if !strings.ContainsFunc(w, func(r rune) bool { return r >= 0xC0 }) {
		return w
	}
	return accentFolder.Replace(w)
}

var accentFolder = strings.NewReplacer("á", "a", "à", "a", "â", "a", "é", "e", "è", "e", "ê", "e", "ë", "e", "í", "i", "ì", "i", "î", "i", "ï", "i",
	"ó", "o", "ò", "o", "ô", "o", "ú", "u", "ù", "u", "û", "u", "ü", "u", "ñ", "n", "ç", "c", "Á", "A", "É", "E", "Í", "I", "Ó", "O", "Ú", "U")

// isRoleCompound reports whether w is a role with a prefix or suffix:
// "president-elect", "ex-president", "fn-ambassadør".
func isRoleCompound(r *LanguageRules, w string) bool {
	k := strings.IndexByte(w, '-')
	if k < 0 {
		return false
	}
	return r.role(w[:k]) != "" || r.role(w[k+1:]) != ""
}

// isGenitive reports whether a name word is in the genitive: "Corbyn's",
// or in Norwegian "Cromwells" where the article also says "Cromwell".
func (d *doc) isGenitive(w string) bool {
	if strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
		return true
	}
	if d.lang == "en" || !strings.HasSuffix(w, "s") || len(w) < 3 {
		return false
	}
	stem := w[:len(w)-1]
	if len(stem) >= 2 && strings.ToUpper(stem) == stem && strings.ToLower(stem) != stem {
		return true // an acronym's genitive: "LSUs", "NRKs"
	}
	if len(w) == 3 {
		return d.count(stem) >= 2 // "Ris tale" where "Ri" is named alone
	}
	if len(w) >= 10 && (strings.HasSuffix(w, "ens") || strings.HasSuffix(w, "ets")) && d.rules.CompoundTitles {
		return true // a body named by a definite noun: "Domstoladministrasjonens direktør"
	}
	return d.count(stem) > 0 || len(d.x.lex.lookup([]string{stem})) > 0
}

// recurs reports whether the text from start to end stands in the article
// more than once: "Game of Thrones" said twice is one name, not a person
// "Game" and a place "Thrones".
func (d *doc) recurs(start, end int) bool {
	phrase := d.text[start:end]
	return strings.Count(d.text, phrase) >= 2
}

// plainSForm reports whether a capitalised word ending in -s also stands
// in the article where no genitive can ("LeBron James sier", "... til
// Peter Jones."): the -s belongs to the name.
func (d *doc) plainSForm(w string) bool {
	if d.sForms == nil {
		d.sForms = set{}
		for _, toks := range d.toks {
			for k, t := range toks {
				if strings.HasSuffix(t.Text, "s") && startsName(t.Text) && (k+1 == len(toks) || !d.possessedNoun(toks[k+1].Text)) {
					d.sForms[t.Text] = true
				}
			}
		}
	}
	return d.sForms[w]
}

// sourceBefore reports whether the words before toks[i] introduce a
// source: "according to", "ifølge", or a verb of saying ("told").
func (d *doc) sourceBefore(toks []Token, i int) bool {
	w := toks[i-1].Lower
	return w == "ifølge" || d.rules.speech[w] || w == "to" && i > 1 && strings.EqualFold(toks[i-2].Text, "according")
}

// apposition reads the apposition from toks[k] to its closing comma: job
// when it names a job and a verb of saying follows ("Maurer, chief
// financial officer at the foundation, said"), person when it is an
// article and a noun only people are ("Valeska Paris, an Australian
// woman, …").
func (d *doc) apposition(toks []Token, k int) (job, person bool) {
	if k < len(toks) && d.rules.exampleMarkers[toks[k].Lower] {
		return false, false // "Opponents, including local historian Gillian Thwaite, argued"
	}
	for j := k; j < len(toks) && j < k+14; j++ {
		w := toks[j].Lower
		if w == "," {
			return job && j+1 < len(toks) && d.rules.speech[toks[j+1].Lower], person
		}
		if d.rules.jobNouns[w] || d.rules.role(w) != "" {
			job = true
		}
		if j > k && d.rules.articles[toks[k].Lower] && d.rules.peopleNouns[w] {
			person = true
		}
	}
	return false, false
}

// lifeYears matches a person's years in brackets: "(1861–1941)", "(c.
// 1502 - 1533)", "(born 1971)", "(b. 1950)".
var lifeYears = regexp.MustCompile(`^\(\s*(?:(?:c\.|ca\.|circa)\s*)?[0-9]{3,4}\s*[-–—]\s*(?:(?:c\.|ca\.)\s*)?[0-9]{3,4}\s*\)|^\(\s*(?:born|b\.)\s+(?:[A-Z][a-z]+\.?\s+)?(?:[0-9]{1,2},?\s+)?[0-9]{4}`)

// shortNounPhraseEnds reports whether toks[k] ends a short noun phrase
// that an article opens: "the main town", "a small town" (not "the
// president of the Lombardy region").
func (d *doc) shortNounPhraseEnds(toks []Token, k int) bool {
	for n := k - 1; n >= 0 && n >= k-3; n-- {
		w := toks[n].Lower
		if d.rules.articles[w] || d.rules.Possessives[w] != "" || w == "its" || w == "their" {
			return true
		}
		if !isLowerWord(toks[n].Text) || d.rules.stop[w] {
			return false
		}
	}
	return false
}

// personApposition reports whether the words from toks[k] are an
// article and, within a few words, a noun or title only people have: "a
// prince", "the company's chief executive", "a retired teacher".
func (d *doc) personApposition(toks []Token, k int) bool {
	r := d.rules
	if k >= len(toks) || !r.articles[toks[k].Lower] {
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+4; j++ {
		w := toks[j].Lower
		if w == "," || w == "of" || w == "from" || w == "in" || r.stop[w] && !r.articles[w] && r.role(w) == "" {
			return false
		}
		if r.peopleNouns[w] || r.jobNouns[w] || r.role(w) != "" && !d.x.lex.orgWords[w] {
			return true
		}
	}
	return false
}

// afterAccording reports whether one of the language's source phrases
// ("according to", "ifølge", "i henhold til") ends right before toks[i].
func (d *doc) afterAccording(toks []Token, i int) bool {
	for _, words := range d.rules.according {
		if i >= len(words) && tokensAre(toks[i-len(words):i], words) {
			return true
		}
	}
	return false
}

// wordsOf returns the texts of toks.
func wordsOf(toks []Token) []string {
	out := make([]string, len(toks))
	for k, t := range toks {
		out[k] = t.Text
	}
	return out
}

// sourceDomain reports whether toks[i] is a web domain ("weather.com",
// "Amazon.com") named as a source: beside a verb of saying or after
// "according to" / "ifølge".
func (d *doc) sourceDomain(toks []Token, i int) bool {
	t := toks[i].Text
	k := strings.LastIndexByte(t, '.')
	if k <= 1 || topLevelDomain(t[k+1:]) == "" || strings.Count(t, ".") > 2 {
		return false
	}
	for _, j := range []int{i - 1, i + 1, i + 2} {
		if j >= 0 && j < len(toks) {
			w := toks[j].Lower
			if d.rules.speech[w] || d.rules.report[w] || d.rules.mediaVerbs[w] || w == "ifølge" || j == i-1 && w == "to" && i > 1 && strings.EqualFold(toks[i-2].Text, "according") {
				return true
			}
		}
	}
	return false
}

// domainShaped reports whether a name is written as a web domain, as
// companies named for their site are: "Forex.com", "Booking.com".
func domainShaped(w string) bool {
	k := strings.LastIndexByte(w, '.')
	return k > 1 && topLevelDomain(w[k+1:]) != "" && strings.Count(w, ".") == 1
}

// knownCompany reports whether w alone names a company kg knows or a body
// the article has named.
func (d *doc) knownCompany(w string) bool {
	if e := d.entities[Key(w)]; e != nil && class(e.typ) == 'O' {
		return true
	}
	es := d.x.lex.lookup([]string{w})
	return len(es) > 0 && es[0].Type == "Company"
}

// isStopToken reports whether a capitalised word is a function word
// ("The", "I'm", "It's").
func (d *doc) isStopToken(w string) bool {
	lw := strings.ToLower(w)
	if d.rules.stop[lw] {
		return true
	}
	if k := strings.IndexAny(lw, "'’"); k > 0 {
		return d.rules.stop[lw[:k]]
	}
	return false
}

// isOrdinaryWord reports whether a sentence-initial word is a common word:
// seen in lower case elsewhere, a function word, or (English) shaped like a
// verb or adverb.
func (d *doc) isOrdinaryWord(lw string) bool {
	if d.rules.stop[lw] || d.lowerInside(lw) {
		return true
	}
	if d.lang == "en" && !d.x.lex.givenNames[strings.ToUpper(lw[:1])+lw[1:]] { // "Khaled" is no verb
		for _, suf := range []string{"ed", "ing", "ly"} {
			if strings.HasSuffix(lw, suf) && len(lw) > len(suf)+3 {
				return true
			}
		}
	}
	return false
}

// matchDemonym handles a demonym before a role word ("Russian UN
// Ambassador", "Syrian President"): it names the country.
func (d *doc) matchDemonym(si int, toks []Token, i int) (int, []*mention) {
	n := 1
	lw := toks[i].Lower
	c := d.x.lex.demonyms[lw]
	if i+1 < len(toks) && d.x.lex.demonymStarts[lw] {
		if c2 := d.x.lex.demonyms[strings.ToLower(toks[i].Text+" "+toks[i+1].Text)]; c2 != nil {
			c, n = c2, 2 // "South Korean", "New Zealander"
		}
	}
	if c == nil || i+n >= len(toks) {
		return 0, nil
	}
	// past a rank: "Indonesian Vice President", "Russian Deputy Foreign Minister"
	j := i + n
	for j+1 < len(toks) && j < i+n+2 && d.rules.deputyWords[toks[j].Lower] {
		j++
	}
	next := toks[j].Lower
	// "the Russian foreign ministry", "det russiske utenriksdepartementet":
	// the state's ministry (not before its spokesman: "Chinese foreign
	// ministry spokesman Zhao" speaks for China)
	if j == i+n {
		if name, end := d.ministryAt(toks, j); name != "" && !(end < len(toks) && d.rules.agentNouns[toks[end].Lower]) {
			start, stop := toks[i].Start, toks[end-1].End
			// the people's adjective names the state, the words after it the
			// ministry (a lower-case ministry is no name the NER references tag)
			// (a capitalised one is a name of its own, "the Russian Defence
			// Ministry", the state's adjective inside it)
			generic := isLowerWord(toks[end-1].Text)
			sm := &mention{start: toks[i].Start, end: toks[i+n-1].End, text: d.text[toks[i].Start:toks[i+n-1].End], sent: si, initial: i == 0, demonym: true, hidden: !generic}
			state := d.gazetteerEntity(c)
			d.attach(state, sm)
			if generic {
				start = toks[j].Start
			}
			m := &mention{start: start, end: stop, text: d.text[start:stop], sent: si, initial: !generic && i == 0, generic: generic}
			e := d.ministryEntity(c, name)
			e.state = state
			d.attach(e, m)
			return end - i, []*mention{sm, m}
		}
	}
	// "Russian Energy Minister": a portfolio before a portfolio's title
	portfolio := j+1 < len(toks) && startsName(toks[j].Text) && d.x.lex.portfolios[toks[j+1].Lower] && !d.isStopToken(toks[j].Text)
	// "den indonesiske øya Slawesi": a place noun, a name after it
	// (or a place noun and "of": "the Indonesian city of Palu")
	placeNoun := d.rules.cueOf[next] == "Place" && j+1 < len(toks) && startsName(toks[j+1].Text) ||
		d.rules.cueOf[next] == "Place" && j+2 < len(toks) && toks[j+1].Text == "," && startsName(toks[j+2].Text) || // "the Indonesian capital, Jakarta"
		j+2 < len(toks) && d.rules.cueOf[next+" "+toks[j+1].Lower] == "Place" && startsName(toks[j+2].Text)
	// "Chinese health officials said", "amerikanske tjenestemenn sier": the
	// state's agents, a word of their field allowed before them
	agents := d.rules.agentNouns[next] || j+1 < len(toks) && isLowerWord(toks[j].Text) && d.rules.agentNouns[toks[j+1].Lower] ||
		j+2 < len(toks) && isLowerWord(toks[j].Text) && isLowerWord(toks[j+1].Text) && d.rules.agentNouns[toks[j+2].Lower] // "Chinese foreign ministry spokesman"
	if !portfolio && !placeNoun && !agents && d.rules.role(next) == "" && d.rules.role(next+" "+strings.ToLower(tokText(toks, j+1))) == "" && (j > i+n || len(d.x.lex.lookup([]string{toks[j].Text})) == 0) {
		return 0, nil
	}
	start, end := toks[i].Start, toks[i+n-1].End
	m := &mention{start: start, end: end, text: d.text[start:end], sent: si, initial: i == 0, demonym: true}
	d.attach(d.gazetteerEntity(c), m)
	return n, []*mention{m}
}

// capitalActs reports whether the capital named by toks[i:i+n] acts for
// its state: before a verb of acting ("Moscow supported …"), before "and"
// and another capital ("Washington and Beijing agreed"), or after a verb
// or noun whose object is an actor ("accused Washington of", "talks with
// Moscow"; actor_objects).
func (d *doc) capitalActs(toks []Token, i, n int) bool {
	r := d.rules
	acts := func(j int) bool { // "supported", "ble enige"
		return j < len(toks) && (r.actorVerbs[toks[j].Lower] || (toks[j].Lower == "ble" || toks[j].Lower == "blir") && j+1 < len(toks) && toks[j+1].Lower == "enige")
	}
	// ("Moteoppvisninger i Paris avslører …": after "in" the city is where
	// the subject is, not the subject)
	placed := i > 0 && r.prepIn[toks[i-1].Lower]
	if j := i + n; j < len(toks) && !placed {
		if isPlaceType(d.kindAfter(toks, j)) {
			return false // "Oslo is the capital of Norway", "Oslo is a city in Norway": the city
		}
		if acts(j) {
			return true
		}
		if (toks[j].Lower == "and" || toks[j].Lower == "og") && j+1 < len(toks) && startsName(toks[j+1].Text) {
			for _, g := range d.x.lex.lookup([]string{toks[j+1].Text}) {
				if g.CapitalOf != "" && acts(j+2) {
					return true
				}
			}
		}
	}
	if i > 0 && r.actorObjects[toks[i-1].Lower] {
		return true
	}
	// "Moscow's deputy envoy", "Moskvas FN-ambassadør": a capital's
	// genitive before a title of those who speak for a state
	if j := i + n; j < len(toks) && !placed {
		last := toks[i+n-1].Text
		genitive := toks[j].Text == "'s" || toks[j].Text == "’s"
		if genitive {
			j++
		}
		if genitive || strings.HasSuffix(last, "'s") || strings.HasSuffix(last, "’s") || d.lang != "en" && strings.HasSuffix(last, "s") {
			for k := j; k < len(toks) && k <= j+1; k++ {
				if r.role(d.baseRole(toks[k].Lower)) == "represents" || r.role(toks[k].Lower) == "represents" {
					return true
				}
			}
		}
	}
	return i > 1 && r.actorObjects[toks[i-2].Lower+" "+toks[i-1].Lower]
}

func tokText(toks []Token, i int) string {
	if i < len(toks) {
		return toks[i].Text
	}
	return ""
}

// titledClauseBefore reports whether the words before the comma at
// toks[c] open their clause with a person's title and a preposition:
// "Forsvarsspiller på Tennessee State Tigers", "Treneren for Molde",
// "spokesman for the ministry".
func (d *doc) titledClauseBefore(toks []Token, c int) bool {
	start := c - 1
	for start > 0 && c-start < 7 && toks[start-1].Text != "," {
		start--
	}
	if start > 0 && toks[start-1].Text != "," || start+2 >= c {
		return false
	}
	k := start
	if d.rules.articles[toks[k].Lower] || possessiveDeterminers[toks[k].Lower] {
		k++ // "Its special envoy to the Pacific, Liu Jianhong,"
	}
	if w := toks[k].Lower; d.rules.role(w) == "" && !d.jobWord(w) {
		if k+2 >= c || d.rules.role(toks[k+1].Lower) == "" && d.rules.role(w+" "+toks[k+1].Lower) == "" {
			return false // neither a title nor a job's noun, nor a compound ending in one ("forsvarsspiller")
		}
		k++ // a title of two words: "Daglig leder ved Kystfisk Senja, Geir Rasmussen,"
	}
	p := toks[k+1].Lower
	return d.rules.prepIn[p] || d.x.lex.orgConnectors[p] || d.x.lex.placePrepositions[p] || p == "to" && d.rules.role(toks[k].Lower) == "represents"
}

// possessiveDeterminers open a noun phrase as an article does.
var possessiveDeterminers = map[string]bool{"its": true, "his": true, "her": true, "their": true, "our": true}

// bodyOwnsTitle reports whether a name (a body's genitive) stands before
// the title at toks[t], past up to two lower-case words: "Toyotas
// administrerende direktør".
func (d *doc) bodyOwnsTitle(toks []Token, t int) bool {
	k := t - 1
	for k >= 0 && k >= t-2 && isLowerWord(toks[k].Text) {
		k--
	}
	return k > 0 && isCapitalized(toks[k].Text)
}

// guessType types an unknown name from its words and context.
func (d *doc) guessType(toks []Token, i, j int, text string) (string, int) {
	r := d.rules
	words := strings.Fields(text)
	lastLower := strings.ToLower(words[len(words)-1])
	prev, prev2 := "", ""
	if i > 0 {
		prev = toks[i-1].Lower
	}
	if i > 1 {
		prev2 = toks[i-2].Lower
		if prev == "." && toks[i-1].Start == toks[i-2].End { // "Mr. Tedeschi": the abbreviated title
			prev, prev2 = prev2, ""
			if i > 2 {
				prev2 = toks[i-3].Lower
			}
		}
	}
	next := ""
	if j < len(toks) {
		next = toks[j].Lower
	}
	// "A WHO spokeswoman in Geneva, Lindiwe Dube, said": a name of two or
	// three words set off by commas before a verb of saying is the speaker
	if n := len(words); n >= 2 && n <= 3 && prev == "," && next == "," && j+1 < len(toks) && d.speechWord(toks[j+1].Text) && !isAllCaps(text) && len(d.x.lex.lookup(words)) == 0 {
		return "Person", contextGuess
	}
	// the word before names the kind: "opprørsgruppen X", "the group X"
	// (in lower case, or opening the sentence: the "Group" ending a
	// body's name before a person's is no cue, "Fort Pitt Capital Group
	// Charlie Smith said")
	// (not a company's cue before a person's full name: "the
	// manufacturer Georg Reichenbach")
	// "the Kapoors" after "Raj Kapoor": the family of a person the
	// article named
	if n := len(words); n == 1 && d.lang == "en" && len(words[0]) > 3 && strings.HasSuffix(words[0], "s") && !strings.HasSuffix(words[0], "ss") && d.knownSurname(strings.TrimSuffix(words[0], "s")) {
		return "Person", contextGuess
	}
	// "Channel 5", "BBC Radio 4": a channel's number after its word
	if n := len(words); n >= 2 && isNumber(words[n-1]) && channelWords[strings.ToLower(words[n-2])] {
		return "MediaOrganization", contextGuess
	}
	// "the Tennessee State Tigers": a state university's side
	if n := len(words); n >= 3 && words[n-2] == "State" && strings.HasSuffix(words[n-1], "s") && len(d.x.lex.lookup(words[:n-2])) > 0 {
		return "Organization", contextGuess
	}
	// "Forsvarsspiller på Tennessee State Tigers, Christion Abercrombie":
	// a name set off after a title and its body is the person
	if prev == "," && len(words) >= 2 && d.titledClauseBefore(toks, i-1) && len(d.x.lex.lookup(words)) == 0 {
		return "Person", contextGuess
	}
	// "Havdyp Minerals ASA", "Abyssal Metals Corp": a company's legal form
	// ends its name, in the case it is written in
	// (not "Group": "the Wagner Group"; nor a suffix of two letters,
	// which names end in too)
	if n := len(words); n >= 2 && d.x.lex.corporateSuffixes[lastLower] && lastLower != "group" && len(strings.TrimSuffix(lastLower, ".")) > 2 && !isLowerWord(words[n-1]) && !isAllCaps(strings.Join(words[:n-1], "")) {
		return "Company", contextGuess
	}
	if i < 2 || isLowerWord(toks[i-1].Text) {
		person := len(words) >= 2 && d.x.lex.givenNames[words[0]]
		// (an armed group's cue gives way to a body's word of another
		// kind in the name: "den grønlandske gruppen Sila Ensemble")
		own := ""
		if len(words) >= 2 && d.x.lex.orgWords[lastLower] {
			own = d.orgType(lastLower)
		}
		if t, ok := r.cueOf[prev2+" "+prev]; ok && !(person && normType(t) == "Company") {
			if normType(t) == "ArmedGroup" && own != "" && own != "ArmedGroup" {
				return own, contextGuess
			}
			return normType(t), contextGuess
		}
		if t, ok := r.cueOf[prev]; ok && !(person && normType(t) == "Company") {
			if normType(t) == "ArmedGroup" && own != "" && own != "ArmedGroup" {
				return own, contextGuess
			}
			return normType(t), contextGuess
		}
		// "the Brazilian ecologist Iracema Cordeiro", "the pilot Gualberto
		// Soria Paz": a job's noun before a name of two words or more
		if r.jobNouns[prev] && !r.companyNouns[prev] && len(words) >= 2 && !slices.ContainsFunc(words, func(w string) bool { return d.x.lex.orgWords[strings.ToLower(w)] }) && len(d.x.lex.lookup(words)) == 0 {
			return "Person", contextGuess
		}
		// "a tribal leader named Osman", "a man named Ma He"
		if prev == "named" && (r.peopleNouns[prev2] || r.jobNouns[prev2] || r.role(prev2) != "") && !slices.ContainsFunc(words, d.commonOnly) {
			return "Person", contextGuess
		}
		// "a firm called Zawadi Grid Solutions", "a band named Routa": the
		// kind before "called" or "named"
		if (prev == "called" || prev == "named") && i >= 2 && isLowerWord(toks[i-2].Text) {
			if t, ok := r.cueOf[prev2]; ok {
				return normType(t), contextGuess
			}
			if r.companyNouns[prev2] {
				return "Company", contextGuess
			}
		}
		// "his grandson Akbar", "the death of Aurangzeb" (but an acronym
		// or an owner is no one's name: "the death of LSU's Sims")
		if (r.personCues[prev] || r.personCues[prev2+" "+prev]) && !isAllCaps(text) && !(j < len(toks) && (toks[j].Text == "'s" || toks[j].Text == "’s")) && !strings.HasSuffix(text, "'s") && !strings.HasSuffix(text, "’s") {
			return "Person", contextGuess
		}
	}
	// "the Bennani family", "the Kennedy family": a family's name
	if len(words) <= 2 && (next == "family" || next == "families") && i > 0 && r.articles[prev] && !slices.ContainsFunc(words, func(w string) bool { return d.x.lex.orgWords[strings.ToLower(w)] }) {
		return "Person", contextGuess
	}
	// "Atahualpa (c. 1502 - 1533) was", "Park Ji-hoon (born 1971)": a life's years
	if j < len(toks) && toks[j].Text == "(" && lifeYears.MatchString(d.text[toks[j].Start:min(len(d.text), toks[j].Start+32)]) {
		return "Person", contextGuess
	}
	// "Its leading city was Lübeck", "the main town, Hadibu, sits": a
	// kind's noun before a copula, or before the name in commas
	if len(words) <= 3 && i >= 2 && isLowerWord(toks[i-2].Text) && !d.givenName(words[0]) && (r.copulas[prev] || prev == "," && next == "," && d.shortNounPhraseEnds(toks, i-2)) {
		if r.cityNouns[prev2] {
			return "City", contextGuess
		}
		if t, ok := r.cueOf[prev2]; ok && (normType(t) == "Place" || class(normType(t)) == 'O') {
			return normType(t), contextGuess
		}
	}
	if t := r.compoundCue(prev); t != "" {
		return normType(t), contextGuess // "den chilenske gruveforeningen Sonami"
	}
	// "620 km southwest of Punta Eugenia", "sørvest for Punta Eugenia": a
	// place by its bearing; "in northern Sumatra": by its part
	if (prev == "of" || prev == "for") && d.x.lex.compass[prev2] || isLowerWord(toks[max(i-1, 0)].Text) && d.x.lex.compassHeads[prev] && d.x.lex.placePrepositions[prev2] && len(words) <= 2 {
		return "Place", contextGuess
	}
	// "i Excelsior Terrace-området av Midsomer Norton", "the Radstock area
	// of Somerset": the name after an area's "of" is a place
	if prev == "of" || prev == "av" || prev == "i" || prev == "in" {
		if k := strings.LastIndexByte(prev2, '-'); k >= 0 && d.x.lex.placeKinds[prev2[k+1:]] || d.x.lex.placeKinds[prev2] {
			return "Place", contextGuess
		}
	}
	if t := d.kindAfter(toks, j); t != "" {
		return t, contextGuess // "Inrupt, er et selskap som …"
	}
	// "Babur, a prince from the Fergana Valley": an apposition only a
	// person has
	if len(words) == 1 && next == "," && !isAllCaps(text) && !r.prepIn[prev] && (i > 0 && !d.commonOnly(text) || d.dictKind(text) == "unknown" || d.dictKind(text) == "proper") && d.personApposition(toks, j+1) {
		return "Person", contextGuess
	}
	if d.lang == "en" {
		// "said T Rowe Price head trader, Andy Brooks"; a person's full
		// name right after the title: "Chelsea manager Maurizio Sarri"
		// (not opening the article: a title-case headline's words)
		if owns, personNext := d.titleOfNameAfter(toks, j); owns && (personNext && len(words) == 1 && toks[i].Start > 0 || !(len(words) <= 2 && d.x.lex.givenNames[words[0]]) && !(i == 0 && len(words) == 1)) {
			return "Organization", contextGuess
		}
	}
	// "artists such as Akala and Lowkey", "companies like X, Y and Z"
	if t := d.exampleKind(toks, i); t != "" {
		return t, contextGuess
	}
	// "ifølge Hill", "according to Politico": one unknown word a source
	// phrase names is a body (a person it names was named before)
	if len(words) == 1 && d.afterAccording(toks, i) && !d.x.lex.givenNames[words[0]] && !d.knownSurname(words[0]) && !d.knownFirstName(words[0]) &&
		d.x.lex.demonyms[lastLower] == nil && !(j < len(toks) && isLowerWord(toks[j].Text)) { // not "according to Catalan authorities"
		return "Organization", contextGuess
	}
	// a body by its last word's ending: "Folkehelseinstituttet", "Sosialistisk Folkeparti"
	if t := d.orgSuffixType(words[len(words)-1]); t != "" {
		return t, contextGuess
	}
	// a part of a known place: "North Africa", "Southeast Asia", "Eastern Europe"
	if len(words) >= 2 && d.x.lex.compassHeads[strings.ToLower(words[0])] {
		if es := d.x.lex.lookup(words[1:]); len(es) > 0 && (class(es[0].Type) == 'G' || class(es[0].Type) == 'L') {
			return "Place", contextGuess
		}
	}
	// "North Kivu", "West Nusa Tenggara": a compass point opens no
	// person's name, and no body's without a body's word
	if n := len(words); n >= 2 && n <= 3 && d.x.lex.compass[strings.ToLower(words[0])] && !slices.ContainsFunc(words[1:], func(w string) bool { return d.x.lex.orgWords[strings.ToLower(w)] }) {
		return "Place", contextGuess
	}
	// "Palms Hotel and Casino", "Gleneagles Resort": a venue is a place
	if len(words) >= 2 && d.x.lex.venueWords[lastLower] {
		return "Place", contextGuess
	}
	// "Lake Victoria", "Mount Kilimanjaro", "Cape Horn"
	if len(words) >= 2 && d.x.lex.placeHeads[strings.ToLower(words[0])] {
		return "Place", contextGuess
	}
	// "Roman Empire", "Ottoman Empire"
	if len(words) >= 2 && d.x.lex.realmWords[lastLower] {
		return "Place", shapeGuess + 1
	}
	// a storm's name: "Hurricane Katrina", "Typhoon Haiyan", "orkanen Katrina"
	if len(words) == 2 && d.x.lex.stormWords[strings.ToLower(words[0])] || len(words) == 1 && d.x.lex.stormWords[prev] {
		return "Event", contextGuess
	}
	// an event's name ends in its kind: "Ryder Cup", "Waitangi Day", "Paris Peace Conference"
	if len(words) >= 3 && isRomanOrNumber(words[len(words)-1]) {
		lastLower = strings.ToLower(words[len(words)-2]) // "World War II"
	}
	// "Henry VIII", "Amyntas I": a ruler and his numeral
	if len(words) >= 2 && len(words) <= 3 && isRegnal(words[len(words)-1]) && d.allNameWords(words[:len(words)-1]) && !isAllCaps(words[0]) && (d.givenName(words[0]) || d.nameOnly(words[0])) {
		return "Person", shapeGuess + 1
	}
	if len(words) >= 2 && r.eventWords[lastLower] {
		if t := r.PlanNouns[lastLower]; t != "" {
			return t, contextGuess // "the Paris Agreement", "the Marshall Plan"
		}
		if r.lawNouns[lastLower] {
			return "Resolution", contextGuess // "the Residential Vacancy Act": a law, drafted, passed or vetoed
		}
		return "Event", contextGuess
	}
	// a lone organisation word opening a line is a heading: "News / Syria"
	if len(words) == 1 && d.x.lex.orgWords[lastLower] && (i == 0 || isQuoteStart(toks, i)) {
		return "", 0
	}
	// "Salt Lake City", "Harbour City": a city's name ("Manchester City"
	// the club is known by name)
	if len(words) >= 2 && words[len(words)-1] == "City" {
		return "City", shapeGuess + 1
	}
	// "Tennessee State" in a game report: the university's side
	if len(words) == 2 && words[1] == "State" && d.isGameReport() {
		return "Organization", contextGuess
	}
	// an organisation word inside the name, the last one deciding the kind:
	// "Automotive News"
	for k := len(words) - 1; k >= 0; k-- {
		lw := strings.ToLower(words[k])
		if d.x.lex.orgWords[lw] {
			return d.orgType(lw), shapeGuess + 1
		}
	}
	// "professor Marc Lamont Hill": a title and a given name before a
	// place's word make a person
	if len(words) >= 2 && d.x.lex.givenNames[words[0]] && !d.x.lex.placeGiven[words[0]] && (r.role(prev) != "" || r.role(prev2+" "+prev) != "") {
		return "Person", contextGuess
	}
	// (but a given name and a surname that is also a place word are a
	// person's: "Diane Lane", "Faith Hill", "Michael Bay")
	surnamePlace := len(words) == 2 && surnamePlaceWords[lastLower] && d.x.lex.givenNames[words[0]] && !d.x.lex.placeGiven[words[0]] && !r.prepIn[prev]
	if d.x.lex.placeWords[lastLower] && !surnamePlace && !(len(words) == 1 && isAllCaps(words[0])) || len(words) >= 3 && d.x.lex.placeWords[strings.ToLower(words[0])] && (words[1] == "of" || d.x.lex.connectors[words[1]]) {
		return "Place", shapeGuess + 1
	}
	// "the Valle Seco region": a place by the kind after it (not "the
	// Korean peninsula", a people's); "south of Punta Arenosa, Mexico": a
	// place after a preposition, by the country after a comma
	if d.x.lex.placeKinds[next] && d.x.lex.demonyms[strings.ToLower(words[0])] == nil && !(len(words) == 1 && peoplesAdjective(lastLower)) {
		return "Place", contextGuess
	}
	if next == "," && (d.x.lex.placePrepositions[prev] || prev == "a") && j+2 < len(toks) {
		// the country, state or city after the comma: "in a Manhattan, New York court"
		for n := 1; n <= 2 && j+1+n <= len(toks); n++ {
			if j+1+n < len(toks) && startsName(toks[j+1+n].Text) && n == 1 {
				continue // a longer name follows: try two words
			}
			if es := d.x.lex.lookup(wordsOf(toks[j+1 : j+1+n])); len(es) > 0 && (class(es[0].Type) == 'G' || class(es[0].Type) == 'L') {
				return "Place", contextGuess
			}
		}
	}
	// "kept at Flag Land Base in Clearwater", "620 km fra Punta Eugenia i
	// Mexico": a name between a place's preposition and a known place (the
	// place's whole name: "a professor of History at Boston University"
	// teaches a subject, not at a place)
	if r.prepIn[next] && (d.x.lex.placePrepositions[prev] || r.prepIn[prev]) && !isAllCaps(words[0]) && !d.givenName(words[0]) && !d.knownSurname(words[len(words)-1]) && !(len(words) == 1 && d.commonOnly(words[0])) {
		for n := 1; n <= 3 && j+1+n <= len(toks); n++ {
			if j+1+n < len(toks) && startsName(toks[j+1+n].Text) {
				continue
			}
			if es := d.x.lex.lookup(wordsOf(toks[j+1 : j+1+n])); len(es) > 0 && (class(es[0].Type) == 'G' || class(es[0].Type) == 'L') {
				return "Place", contextGuess
			}
		}
	}
	// a body's title after it: "Chelsea manager Maurizio Sarri"
	// (not a quote's first common word: "\"Going forward, …")
	if k := r.role(next); d.lang == "en" && k != "" && !d.x.lex.honorifics[next] && len(words) == 1 && i > 0 && !d.x.lex.givenNames[words[0]] && !d.x.lex.titleModifiers[strings.ToLower(words[0])] && !(isQuoteStart(toks, i) && d.commonOnly(words[0])) {
		return "Organization", contextGuess
	}
	// titles and roles before it, speech verbs around it: a person (but a
	// lone common word after a title is the rest of a name, not a
	// person's: "PC World", "the Star Wars lead"; an office's title or
	// an honorific still names its holder: "Senator Flake", "Mr Flake")
	if (r.role(prev) != "" || r.role(prev2+" "+prev) != "") && !(len(words) == 1 && r.role(prev) == "person" && !d.x.lex.honorifics[prev] && d.commonOnly(words[0]) && !d.givenName(words[0]) && !d.knownSurname(words[0])) {
		return "Person", contextGuess
	}
	if r.speech[prev] || r.speech[next] {
		if len(words) >= 2 {
			return "Person", contextGuess
		}
	}
	// "Maurer, chief financial officer at the foundation, said": a name
	// set off by a job, then a verb of saying
	if next == "," && len(words) <= 2 && d.allNameWords(words) {
		// (an apposition of a person's noun after a lone word opening the
		// sentence may follow a common noun: "Offeret, en mann i 40-årene")
		if job, person := d.apposition(toks, j+1); job || person && (len(words) == 2 || !isQuoteStart(toks, i)) {
			return "Person", contextGuess
		}
	}
	// "Scherzer, who would be making his 34th start": "who" follows people
	// (not a lone word after "in": "retailers … shopping in Harlem, who")
	inPlace := prev == "in" && len(words) == 1 && !d.givenName(words[0]) && !d.knownSurname(words[0])
	if next == "," && j+1 < len(toks) && d.lang == "en" && prev != "the" && !inPlace && strings.EqualFold(toks[j+1].Text, "who") && d.allNameWords(words) {
		return "Person", contextGuess
	}
	// `…" Kavadarkov said.`: one name before "said" ending the sentence
	if len(words) == 1 && plainSayVerbs[next] && i > 0 && j+1 < len(toks) && (toks[j+1].Text == "." || toks[j+1].Text == ",") {
		return "Person", contextGuess
	}
	// `…," said Rahm.`, `said 23-year-old Rahm`: one name closing an attribution
	// ("sa 23 år gamle Rahm.": the Norwegian age of three words)
	ageOfThree := i >= 4 && prev == "gamle" && prev2 == "år" && isNumber(toks[i-3].Text) && r.speech[toks[i-4].Lower]
	if len(words) == 1 && (r.speech[prev] || isAgeWord(prev) && r.speech[prev2] || ageOfThree) && (next == "." || next == "," || next == "") {
		return "Person", contextGuess
	}
	// "…, sa Bertelsen til avisen", "…, sier Bertelsen – og …": the one
	// after the verb, before whom it was said to or a dash
	if len(words) == 1 && r.speech[prev] && !r.namingVerbs[prev] && prev != "called" && !isAllCaps(words[0]) && (r.addresseePrepositions[next] || isDash(next)) && j+1 < len(toks) && !startsName(toks[j+1].Text) {
		return "Person", contextGuess
	}
	if len(words) == 1 && isAllCaps(words[0]) {
		return "Organization", shapeGuess
	}
	// "YouGov", "PayPal": a capital inside one word is a brand's, not a
	// name's ("McDonald", "DeSantis" are people)
	if len(words) == 1 && innerCapital(words[0]) {
		return "Organization", contextGuess
	}
	// "a strategist at IG Index", "an analyst for Edmunds", "analytiker i
	// Handelsbanken": where
	// someone works; "the Old Mutual insurance company": a company by the
	// noun after it
	// "ordfører i Lom", "ordføreren i Vågå": a town, as "the mayor of
	// Savannah" below
	if prev == "i" && (r.localLeaders[prev2] || r.localLeaders[d.baseRole(prev2)]) && len(words) <= 3 && !r.orgNouns[strings.ToLower(words[len(words)-1])] {
		return "City", contextGuess
	}
	if (prev == "at" || prev == "for" || prev == "i" || prev == "hos") && (r.jobNouns[prev2] || r.role(prev2) != "") {
		return "Organization", contextGuess
	}
	if (prev == "from" || prev == "with" || prev == "fra") && r.jobNouns[prev2] {
		return "Organization", contextGuess
	}
	// "the vice president of Dacia": an office is held in a body — but
	// "Minister of Industry" names a portfolio, "director of Housing
	// Studies at Harvard" a department
	// "the mayor of Savannah": a town
	if prev == "of" && r.localLeaders[prev2] && len(words) <= 3 {
		return "City", contextGuess
	}
	if (prev == "of" || prev == "i" || (prev == "ved" || prev == "hos") && !d.bodyOwnsTitle(toks, i-2)) && (r.role(prev2) == "leaderOf" || r.role(prev2) == "memberOf" || r.role(prev2) == "represents") &&
		!d.x.lex.portfolios[prev2] && !r.prepIn[next] {
		return "Organization", contextGuess // (but "Toyotas direktør ved Burnaston": a body's site)
	}
	if j+1 < len(toks) && (r.companyNouns[next] || isLowerWord(next) && r.companyNouns[toks[j+1].Lower]) && d.x.lex.demonyms[strings.ToLower(words[0])] == nil {
		return "Company", contextGuess
	}
	// "praised by Hemingway", "compared to Tolstoy": a word that names a
	// person and nothing else (famous_people), where nothing around it
	// said what it names
	// (not a brand named after one: "the Campbell's Soup cans", "jobs at
	// Opel", "an ex Northrop executive")
	if len(words) == 1 && d.x.lex.famousPeople[words[0]] && i > 0 && !isQuoteStart(toks, i) && prev != "at" && !d.x.lex.placePrepositions[prev] &&
		!(j < len(toks) && (startsName(toks[j].Text) || r.jobNouns[next] || r.role(next) != "")) && !(j+1 < len(toks) && (toks[j].Text == "'s" || toks[j].Text == "’s") && startsName(toks[j+1].Text)) {
		return "Person", contextGuess
	}
	if r.prepIn[prev] && len(words) <= 3 {
		return "Place", shapeGuess
	}
	// "the Power of Nutrition": a name joined by "of" after "the" that no
	// given name opens is a body's, not a person's
	if len(words) >= 3 && prev == "the" && !d.givenName(words[0]) && !d.knownSurname(words[0]) && hasConnectorOf(words, d.x.lex.orgConnectors) {
		return "Organization", shapeGuess
	}
	if len(words) >= 2 && d.givenName(words[0]) && d.allNameWords(words) {
		return "Person", shapeGuess + 1
	}
	if len(words) >= 2 && len(words) <= 5 && d.allNameWords(words) {
		return "Person", shapeGuess
	}
	if len(words) == 1 {
		if d.knownSurname(words[0]) || d.knownFirstName(words[0]) {
			return "Person", weakGuess
		}
		if d.knownOrgShortName(words[0]) {
			return "Organization", shapeGuess
		}
		if i == 0 || isQuoteStart(toks, i) {
			if d.x.lex.givenNames[words[0]] && (next == "" || !isLowerWord(toks[j].Text) || plainSayVerbs[next] || d.rules.speech[next] || next == "is" || next == "was" || next == "and") {
				return "Person", contextGuess // "Jeff !", "Cécile is a hairdresser", "Laura and I"
			}
			// "Seagal made headlines", "Dündar warned"
			if d.unknownWordBeforeVerb(words, toks, j) {
				return "Person", shapeGuess
			}
			return "", 0
		}
		// "Pilate decided", "Herzl was visited": the same inside a sentence
		// (not "Robyn Christie of Melrose said": where someone is from)
		// (nor "the Bundesrat rejected it": a person's name takes no article)
		if d.unknownWordBeforeVerb(words, toks, j) && !d.x.lex.connectors[prev] && !r.prepIn[prev] && !d.x.lex.fromWords[prev] && !r.articles[prev] {
			return "Person", shapeGuess
		}
		return "Organization", weakGuess
	}
	return "Organization", weakGuess
}

func normType(t string) string {
	if t == "Country" {
		return "Place"
	}
	return t
}

func (d *doc) allNameWords(words []string) bool {
	for k, w := range words {
		if k > 0 && k < len(words)-1 {
			w = strings.Trim(w, "\"“”«»") // `Robert "Bob" Smith`: a nickname inside the name
		}
		if d.x.lex.connectors[strings.ToLower(w)] {
			continue
		}
		if k < len(words)-1 && dottedInitials(w) {
			continue // "K.C. Maurer"
		}
		if !isCapitalized(w) || isAllCaps(w) {
			return false
		}
		for _, r := range w {
			if unicode.IsDigit(r) {
				return false
			}
		}
	}
	return true
}

func isQuoteStart(toks []Token, i int) bool {
	if i == 0 {
		return true
	}
	p := toks[i-1].Text
	return p == "\"" || p == "“" || p == "«" || p == "–" || p == "—" || p == "-" || p == "'" || p == "‘" || p == "(" || p == ":"
}

// isCommonWord reports whether a single capitalised token at toks[i] is
// an ordinary word that only carries a capital because a sentence or
// quote starts there.
func (d *doc) isCommonWord(toks []Token, i int) bool {
	if !isQuoteStart(toks, i) {
		return false
	}
	lw := toks[i].Lower
	// "Flyselskapet sa …": the airline named before, no name of its own
	_, nominal := d.rules.nominal[lw]
	return d.rules.stop[lw] || d.lowerInside(lw) || d.rules.speech[lw] || d.rules.report[lw] || nominal || d.rules.companyNouns[lw] // `Evans: "Say, it sure is popping now!"`
}

// acronymOpening reports whether the capitals opening a sentence are a
// known body's short name, not a common word shouted: "WHO officials say"
// (the sentence's next word is not in capitals too, as a headline's is).
func (d *doc) acronymOpening(toks []Token, i int, g *GazetteerEntry) bool {
	return class(g.Type) == 'O' && isAllCaps(toks[i].Text) && (i+1 >= len(toks) || !isAllCaps(toks[i+1].Text))
}

// startsKnown reports whether a gazetteer name or role starts at toks[j].
// knownBodyAt reports whether a name the lexicon knows as an organisation
// starts at toks[k].
func (d *doc) knownBodyAt(toks []Token, k int) bool {
	lx := d.x.lex
	if k >= len(toks) {
		return false
	}
	for n := min(lx.longestFrom(toks[k].Text), len(toks)-k); n >= 1; n-- {
		for _, g := range lx.lookup(wordsOf(toks[k : k+n])) {
			if class(g.Type) == 'O' {
				return true
			}
		}
	}
	return false
}

// knownTown reports whether the lexicon knows w as a city or town.
func (d *doc) knownTown(w string) bool {
	for _, e := range d.x.lex.lookup([]string{w}) {
		if e.Type == "City" {
			return true
		}
	}
	return false
}

func (d *doc) startsKnown(toks []Token, j int) bool {
	if d.x.lex.demonyms[toks[j].Lower] != nil {
		return false
	}
	es := d.x.lex.lookup([]string{toks[j].Text})
	if len(es) == 0 || d.foreignName(es[0], toks[j].Text) {
		return false // (in English, "Island" is only Iceland's Norwegian name: "Huangyan Island")
	}
	return es[0].Type == "Country" || isAllCaps(toks[j].Text)
}

// foreignName reports whether, in an English article, name is known only
// as g's Norwegian name ("Island" for Iceland); see dropForeignCountryNames.
func (d *doc) foreignName(g *GazetteerEntry, name string) bool {
	return d.lang == "en" && contains(g.Labels["nb"], name) && !contains(g.Labels["en"], name) && name != g.Name && !(g.Type == "Country" && contains(g.Names[min(2, len(g.Names)):], name))
}

// joiner returns how many words at j join the name's words before them to
// a name word after them that the one-word connectors of matchName do not
// join: a pair ("de la", "an der"), a connector of other languages inside
// a name ("do", "am": not after a common word, "Why do Americans"), or a
// connector before an elided article ("de l'Indochine"); 0 if none.
func (d *doc) joiner(toks []Token, j int) int {
	k := 0
	switch lw := toks[j].Lower; {
	case j+1 < len(toks) && d.x.lex.connectorPairs[lw+" "+toks[j+1].Lower]:
		k = 2
	case d.x.lex.innerConnectors[lw] && j > 0 && toks[j-1].Text != "I" && !d.isStopToken(toks[j-1].Text) && !d.commonOnly(toks[j-1].Text):
		k = 1
	case d.x.lex.connectors[lw] && j+1 < len(toks) && elided(toks[j+1].Text):
		return 1
	case (lw == "'" || lw == "’") && j > 0 && (toks[j-1].Text == "O" || toks[j-1].Text == "D") && j+1 < len(toks) && (toks[j+1].Start == toks[j].End || toks[j].Start == toks[j-1].End):
		k = 1 // "Charles O 'Reilly", "Michael O' Leary": text tokenised before it was written out
	case (lw == "\"" || lw == "“" || lw == "«") && j > 0 && startsName(toks[j-1].Text) && !d.isStopToken(toks[j-1].Text):
		// `Johannes Wilhelm "Hans" Geiger`, `Robert «Bob» Smith`: a
		// nickname of one or two words in quotes inside the name
		k = nicknameAt(toks, j)
		if k == 0 {
			return 0
		}
	default:
		return 0
	}
	if j+k >= len(toks) || !startsName(toks[j+k].Text) && !elided(toks[j+k].Text) || d.isStopToken(toks[j+k].Text) {
		return 0
	}
	return k
}

// nicknameAt returns how many tokens from toks[j], an opening quotation
// mark, quote a nickname of one or two capitalised words with the closing
// mark right after it (`"Hans"`, `«The Rock»`), or 0.
func nicknameAt(toks []Token, j int) int {
	for n := 1; n <= 2 && j+n+1 < len(toks); n++ {
		w := toks[j+n]
		if !startsName(w.Text) || n == 1 && w.Start != toks[j].End {
			return 0
		}
		if q := toks[j+n+1]; isClosingQuote(q.Text) && q.Start == w.End {
			return n + 2
		}
	}
	return 0
}

// clubCueBefore reports whether a club's cue ends right before toks[i]:
// "joined", "signed for", "on loan at".
func (d *doc) clubCueBefore(toks []Token, i int) bool {
	if len(d.rules.clubCues) == 0 || i == 0 {
		return false
	}
	if d.rules.clubCues[toks[i-1].Lower] {
		return true
	}
	return i > 1 && d.rules.clubCues[toks[i-2].Lower+" "+toks[i-1].Lower]
}

// spelledBy returns where the words from toks[i], going on past j over
// capitalised words and joining words, end before "(ACRONYM)" when the
// acronym spells their initials (all of them, or the capitalised ones); j
// if none does.
func (d *doc) spelledBy(toks []Token, i, j int) int {
	lx, p := d.x.lex, j
	for p < len(toks) && p < i+14 && toks[p].Text != "(" && (startsName(toks[p].Text) || lx.connectors[toks[p].Lower] || lx.listWords[toks[p].Lower] || d.rules.articles[toks[p].Lower] || toks[p].Text == "&" || toks[p].Lower == "on" && p > i && lx.topicHeads[toks[p-1].Lower]) {
		p++
	}
	if p+2 >= len(toks) || toks[p].Text != "(" || toks[p+2].Text != ")" || p-i < 3 {
		return j
	}
	var letters []rune
	for _, r := range toks[p+1].Text {
		if unicode.IsLetter(r) {
			letters = append(letters, unicode.ToUpper(r))
		} else if r != '-' {
			return j
		}
	}
	if len(letters) < 3 || !isAllCaps(toks[p+1].Text) {
		return j
	}
	var all, capital []rune
	for _, t := range toks[i:p] {
		r, _ := utf8.DecodeRuneInString(t.Text)
		if !unicode.IsLetter(r) {
			continue
		}
		all = append(all, unicode.ToUpper(r))
		if unicode.IsUpper(r) {
			capital = append(capital, r)
		}
	}
	if string(all) == string(letters) || string(capital) == string(letters) {
		return p
	}
	return j
}

// isPlaceType reports whether typ is a country's or a place's.
func isPlaceType(typ string) bool {
	c := class(typ)
	return c == 'L' || c == 'G'
}

// passiveAgentAt reports whether the name at toks[i] follows "by" after a
// past participle: "composed by", "acquired by", "written by" (not
// "surrounded by", whose agent may be a place).
func (d *doc) passiveAgentAt(toks []Token, i int) bool {
	// "founded by Mette Kjærgaard and Rasmus Holm": past the agent before
	if i >= 3 && (toks[i-1].Lower == "and" || toks[i-1].Text == ",") && startsName(toks[i-2].Text) {
		k := i - 2
		for k > 0 && k > i-6 && startsName(toks[k-1].Text) {
			k--
		}
		i = k
	}
	if i < 2 || toks[i-1].Lower != "by" {
		return false
	}
	// the participle right before "by", or before a place's or a time's
	// phrase or two: "founded in Aarhus in 2009 by"
	r := d.rules
	for p := i - 2; p >= 0 && p >= i-8; p-- {
		t := toks[p]
		if !isLowerWord(t.Text) {
			if t.Text == "," || !startsName(t.Text) && !isNumber(t.Text) {
				return false
			}
			continue // a name or a year in the phrase
		}
		w := t.Lower
		if r.prepIn[w] || r.timePrepositions[w] || r.articles[w] {
			continue
		}
		if r.spatialParticiples[w] {
			return false
		}
		if r.irregularParticiples[w] {
			return true
		}
		for _, e := range r.ParticipleEndings {
			if strings.HasSuffix(w, e) && len(w) > len(e)+2 {
				return true
			}
		}
		return false
	}
	return false
}

// joinedTail returns the end of the name words that joining words of
// other languages add to a name ending at j ("do Oeste", "am Main", "de la
// Sierra"); j if none. English joins ("of", "for") are not read here, nor
// the language's own words ("Hordaland der Lars Sponheim …": there).
func (d *doc) joinedTail(toks []Token, j int) int {
	for j < len(toks) {
		k := d.joiner(toks, j)
		if lw := toks[j].Lower; k == 0 && d.x.lex.connectors[lw] && !d.x.lex.orgConnectors[lw] && lw != "y" && !d.rules.stop[lw] && j+1 < len(toks) && startsName(toks[j+1].Text) && !d.isStopToken(toks[j+1].Text) {
			k = 1
		}
		if k == 0 {
			break
		}
		j += k
		for j < len(toks) && (startsName(toks[j].Text) || elided(toks[j].Text)) && !d.isStopToken(toks[j].Text) {
			j++
		}
	}
	return j
}

// joinedPlace reports whether the name toks[i:j] is joined by a place's
// joining words, or by another language's and follows a place's
// preposition without opening with a given name.
func (d *doc) joinedPlace(toks []Token, i, j int) bool {
	afterPrep := i > 0 && (d.x.lex.placePrepositions[toks[i-1].Lower] || toks[i-1].Lower == "to") && !d.givenName(toks[i].Text)
	for k := i + 1; k < j-1; k++ {
		lw := toks[k].Lower
		pair := lw + " " + toks[k+1].Lower
		if d.x.lex.placeJoiners[lw] || d.x.lex.placeJoiners[pair] {
			return true
		}
		if afterPrep && (d.x.lex.connectorPairs[pair] || d.x.lex.innerConnectors[lw] || !d.x.lex.orgConnectors[lw] && d.x.lex.connectors[lw]) {
			return true
		}
	}
	return false
}

// elided reports whether t is a French or Italian article elided before a
// name: "l'Indochine", "d'Ivoire".
func elided(t string) bool {
	for _, p := range []string{"l'", "d'", "l’", "d’", "L'", "D'"} {
		if rest, ok := strings.CutPrefix(t, p); ok {
			return isCapitalized(rest)
		}
	}
	return false
}

// startsName reports whether a token can begin a name.
// (A capitalised word opens with a letter, so isCapitalized says it all.)
func startsName(t string) bool {
	return isCapitalized(t)
}

func isLowerWord(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// genitiveStem strips a genitive ending: "Russia's" → "Russia" (en),
// "Russlands" → "Russland" (nb, da, sv).
func genitiveStem(w, lang string) (string, bool) {
	for _, suf := range []string{"'s", "’s", "'", "’"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+1 {
			return w[:len(w)-len(suf)], true
		}
	}
	if lang == "nb" || lang == "nn" || lang == "da" || lang == "sv" {
		if strings.HasSuffix(w, "s") && utf8.RuneCountInString(w) > 2 {
			return w[:len(w)-1], true
		}
	}
	return w, false
}

// knownSurname reports whether w is the last word of a person already
// named in the article ("Churkin" after "Vitaly Churkin").
func (d *doc) knownSurname(w string) bool {
	// index the people named so far by their trailing words
	d.indexPeople()
	lw := strings.ToLower(w)
	return d.surnames[lw] || d.lang != "en" && strings.HasSuffix(lw, "s") && d.surnames[strings.TrimSuffix(lw, "s")]
}

// eventNameAfter is the number of capitalised words from j that end in an
// event word ("Party Conference", "War II"), or 0.
func (d *doc) eventNameAfter(toks []Token, j int) int {
	for k := j; k < len(toks) && k < j+3; k++ {
		w := toks[k].Text
		if k == j && isRomanOrNumber(w) && k+1 < len(toks) {
			continue // "London 2012 Olympics"
		}
		if !startsName(w) {
			return 0
		}
		if d.rules.eventWords[strings.ToLower(w)] {
			if k+1 < len(toks) && isRomanOrNumber(toks[k+1].Text) {
				k++
			} else if k+1 < len(toks) && startsName(toks[k+1].Text) && !d.isStopToken(toks[k+1].Text) {
				return 0 // "Microsoft CEO Bill Gates": a given name, not a bill
			}
			if r := d.rules.role(toks[j].Lower); r != "" {
				return 0 // a title between: "Microsoft CEO Bill …"
			}
			return k - j + 1
		}
	}
	return 0
}

// isRomanOrNumber reports whether w is a numeral closing a name: "II", "2016".
func isRomanOrNumber(w string) bool {
	if w == "" {
		return false
	}
	if strings.Trim(w, "IVX") == "" {
		return true
	}
	return strings.Trim(w, "0123456789") == "" && len(w) <= 4
}

// longerNameFollows reports whether the known name toks[i:i+n] begins a
// longer name: capitalised words ending in an event word ("Conservative
// Party Conference") or an organisation word ("Wasilla Police Department",
// "Apple Corps"; after a state only a newspaper: "New Zealand Herald", not
// "US Senate"; a company's legal suffix is no new name), or, for a one-word
// place that is also a given name, an unknown name ("Jordan Spieth").
// surnamePlaceWords are place words that are common surnames too.
var surnamePlaceWords = map[string]bool{"lane": true, "hill": true, "bay": true, "park": true, "ridge": true}

// civilBodyWords end the names of bodies a country's name may open that
// are not the state's own: "the Japan Foundation", "the Iraq Museum".
var civilBodyWords = map[string]bool{"foundation": true, "institute": true, "museum": true, "society": true, "association": true, "university": true,
	"college": true, "academy": true, "library": true, "orchestra": true, "philharmonic": true, "trust": true, "fund": true}

// pluralApostropheInName reports whether toks[j] is the apostrophe of a
// plural genitive inside a body's name: glued to a capitalised plural,
// a body's word after it ("Magistrates' Court", "Workers' Party").
func (d *doc) pluralApostropheInName(toks []Token, j int) bool {
	if j < 1 || j+1 >= len(toks) || toks[j].Text != "'" && toks[j].Text != "’" || toks[j].Start != toks[j-1].End {
		return false
	}
	prev := toks[j-1].Text
	return strings.HasSuffix(prev, "s") && startsName(prev) && startsName(toks[j+1].Text) && d.x.lex.orgWords[toks[j+1].Lower]
}

// compoundDemonym reports whether w joins peoples' adjectives with
// hyphens ("African-American", "Irish-American"): a people, no name.
func (d *doc) compoundDemonym(w string) bool {
	parts := strings.Split(w, "-")
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if d.x.lex.demonyms[strings.ToLower(p)] == nil && !d.x.lex.groupWords[p] && !continentAdjectives[p] {
			return false
		}
	}
	return true
}

// continentAdjectives join peoples' adjectives in compounds only
// ("African-American"): alone they open names ("African Union").
var continentAdjectives = map[string]bool{"African": true, "Asian": true, "European": true, "Latin": true, "Native": true}

// channelWords end a broadcaster's name before its number: "Channel 5",
// "BBC Radio 4", "TV 2".
var channelWords = map[string]bool{"channel": true, "radio": true, "tv": true, "kanal": true}

// waterWords are the place words a country's name opens a longer name
// with: "the South China Sea", "the Korea Strait" (but a country's
// street, square or park is the country's).
var waterWords = map[string]bool{"river": true, "lake": true, "sea": true, "strait": true, "gulf": true, "bay": true, "ocean": true, "canal": true, "basin": true, "trench": true, "plateau": true, "peninsula": true, "delta": true, "valley": true, "desert": true}

func (d *doc) longerNameFollows(si int, toks []Token, i, n int, country, place bool) bool {
	j := i + n
	// "the Supreme Court of India": a known body's name (the US one's)
	// and another state it is of, a body of its own
	// (a name made of ordinary words only: not "Deutsche Bank of Germany")
	if !country && !place && j+1 < len(toks) && toks[j].Text == "of" && d.startsKnown(toks, j+1) && (j+2 >= len(toks) || !startsName(toks[j+2].Text)) && isCapitalized(toks[i].Text) &&
		!slices.ContainsFunc(toks[i:j], func(t Token) bool { k := d.dictKind(t.Text); return k != "common" && k != "both" }) {
		return true
	}
	for k := j; k < len(toks) && k < j+4; k++ {
		w := toks[k].Text
		lw := strings.ToLower(w)
		// "Florida Fish and Wildlife Commission"
		if lw == "and" && k > j && k+1 < len(toks) && startsName(toks[k+1].Text) {
			continue
		}
		if k+1 < len(toks) && d.pluralApostropheInName(toks, k+1) {
			return true // "Belfast Magistrates' Court"
		}
		if (w == "State" || w == "City") && k == j && !country {
			if w == "State" && (d.isGameReport() || k+1 < len(toks) && isCapitalized(toks[k+1].Text) && strings.HasSuffix(toks[k+1].Text, "s") && !d.isStopToken(toks[k+1].Text)) {
				return true // "Tennessee State head coach Rod Reed", "the Tennessee State Tigers": a university's side
			}
			continue // "Louisiana State University", "Salt Lake City Police"
		}
		// "Toronto General Hospital": a title word before a body's word
		if k+1 < len(toks) && startsName(toks[k+1].Text) && d.x.lex.orgWords[toks[k+1].Lower] && startsName(w) && d.rules.role(lw) != "" {
			continue
		}
		if !startsName(w) || d.isStopToken(w) {
			break
		}
		if d.rules.eventWords[lw] {
			return true
		}
		if d.x.lex.corporateSuffixes[lw] {
			return place // "Apple Inc.": the same company; "the Birmingham Corporation": the city's body
		}
		if d.x.lex.placeWords[lw] && k == j && (!country || waterWords[lw]) {
			return true // "Tampa Bay", "Pinellas County", "the South China Sea"
		}
		if !country && d.rules.FacilityNouns[lw] != "" {
			return true // "Chiang Mai International Airport"
		}
		if d.x.lex.orgWords[lw] {
			if k+1 < len(toks) && d.x.lex.portfolios[toks[k+1].Lower] {
				return false // "US Energy Secretary": a portfolio
			}
			// (a country's army, police or ministry is the state's own body:
			// "US Army"; its foundation or museum a body of its own)
			return !country || d.orgType(lw) == "MediaOrganization" || d.orgType(lw) == "Company" || civilBodyWords[lw] && k <= j+2 && !isAllCaps(toks[i].Text) // "Pakistan International Airlines", "the Japan Foundation", "the Vietnam Writers' Association"
		}
		if t := d.orgSuffixType(w); t != "" && !country { // "Bergen Basketklubb"
			return true
		}
	}
	// only a place that is also a given name: "Jordan Spieth", not "Syria Staffan de Mistura"
	if !place || n > 1 || j >= len(toks) || d.titleCase[si] || !d.x.lex.placeGiven[toks[i].Text] {
		return false
	}
	w := toks[j].Text
	lw := strings.ToLower(w)
	return startsName(w) && !isAllCaps(w) && !d.isStopToken(w) && d.rules.role(lw) == "" && !isRoleCompound(d.rules, lw) &&
		!d.x.lex.orgWords[lw] && !d.x.lex.placeWords[lw] && d.x.lex.demonyms[lw] == nil && !d.startsKnown(toks, j) &&
		!d.isOrdinaryWord(lw) && (j+1 >= len(toks) || !startsName(toks[j+1].Text))
}

// indexPeople indexes the people named so far by their trailing words
// (surnames) and their first (given) names.
func (d *doc) indexPeople() {
	for ; d.surnamesIndexed < len(d.order); d.surnamesIndexed++ {
		if e := d.order[d.surnamesIndexed]; e.typ == "Person" {
			words := strings.Fields(strings.ToLower(e.name))
			for k := 1; k < len(words); k++ {
				d.surnames[strings.Join(words[k:], " ")] = true
			}
			// "Moualem" after "Walid al-Moualem": the name past a lower-case particle
			if last := strings.Fields(e.name); len(last) > 1 {
				if p, rest, ok := strings.Cut(last[len(last)-1], "-"); ok && isLowerWord(p) && isCapitalized(rest) {
					d.surnames[strings.ToLower(rest)] = true
				}
			}
			if len(words) > 1 {
				d.firstNames[words[0]] = true
			}
		}
	}
}

// knownFirstName reports whether w is the given name of a person named
// before: "Kelly, som …" after "Kelly Humphreys".
func (d *doc) knownFirstName(w string) bool {
	d.indexPeople()
	return d.firstNames[strings.ToLower(w)]
}

// knownOrgShortName reports whether w is the distinctive first word of an
// organisation named so far: "Ford" after "Ford Motor Company".
func (d *doc) knownOrgShortName(w string) bool {
	d.indexOrgs()
	return d.orgFirstWords[strings.ToLower(w)]
}

// knownOrgNickname reports whether w is the distinctive last word of an
// organisation named so far: "the Giants" after "Belfast Giants".
func (d *doc) knownOrgNickname(w string) bool {
	d.indexOrgs()
	return d.orgLastWords[strings.ToLower(w)]
}

// indexOrgs adds the organisations named since it last ran to
// orgFirstWords and orgLastWords.
func (d *doc) indexOrgs() {
	for ; d.orgsIndexed < len(d.order); d.orgsIndexed++ {
		if e := d.order[d.orgsIndexed]; class(e.typ) == 'O' && !e.leaderNamed {
			if first := d.distinctiveFirstWord(e.name); first != "" {
				d.orgFirstWords[first] = true
			}
			if last := d.distinctiveLastWord(e.name); last != "" {
				d.orgLastWords[last] = true
			}
		}
	}
}

// distinctiveLastWord is the lower-cased last word of a multi-word name if
// it could name the whole on its own: not "Party" in "Labour Party".
func (d *doc) distinctiveLastWord(name string) string {
	words := strings.Fields(name)
	if len(words) < 2 || !startsName(words[len(words)-1]) || isAllCaps(words[len(words)-1]) {
		return ""
	}
	lw := strings.ToLower(words[len(words)-1])
	if d.rules.stop[lw] || d.x.lex.orgWords[lw] || d.x.lex.placeWords[lw] || d.x.lex.demonyms[lw] != nil || d.x.lex.compass[lw] || d.rules.role(lw) != "" || d.orgSuffixType(words[len(words)-1]) != "" {
		return ""
	}
	return lw
}

// distinctiveFirstWord is the lower-cased first word of a multi-word name
// if it could name the whole on its own: not "National" in "National Trust".
func (d *doc) distinctiveFirstWord(name string) string {
	words := strings.Fields(name)
	if len(words) < 2 || !startsName(words[0]) || isAllCaps(words[0]) {
		return ""
	}
	lw := strings.ToLower(words[0])
	if d.rules.stop[lw] || d.x.lex.genericFirstWords[lw] || d.x.lex.orgWords[lw] || d.x.lex.placeWords[lw] || d.x.lex.demonyms[lw] != nil || d.x.lex.compass[lw] || d.rules.role(lw) != "" {
		return ""
	}
	return lw
}

// postedFooter matches a blog post's footer: "Posted by Hidden Nook to
// Hidden Nook at 3/9/2005 11:16:00 PM", "Publisert av Kari kl. 12.30".
var postedFooter = regexp.MustCompile(`^(?:Posted|Published|Written|Publisert|Skrevet|Postet) (?:by|av) .{1,80}? (?:at|on|kl\.?|den) [^\n]*\d`)

// isBoilerplate reports whether a line is site furniture rather than
// article text: a web address, a post's "Posted by … at …" footer, or
// three or more words with no lower-case word among them ("SHARE THIS
// ARTICLE", "Press TV News Roku").
func isBoilerplate(line string, toks []Token) bool {
	if strings.Contains(line, "www.") || strings.Contains(line, "http://") || strings.Contains(line, "https://") || postedFooter.MatchString(line) {
		return true
	}
	words := 0
	for _, t := range toks {
		r, _ := utf8.DecodeRuneInString(t.Text)
		if !unicode.IsLetter(r) {
			continue
		}
		words++
		if unicode.IsLower(r) && !strings.HasPrefix(t.Text, "al-") {
			return false
		}
	}
	return words >= 3
}

// nameList reports whether a line without lower-case words is a list of
// people's names ("Kristen Quinn, Sarah Mulholland, Samuel Pak"): two or
// more given names, each after a comma or opening the line and before a
// capitalised word.
// afterGenitive reports whether toks[i] follows a name's genitive: a
// byline's or a headline's "BBC Scotland's Alasdair Lamont", "Apple's Tim
// Cook", "BBC Skottlands Alasdair Lamont". A genitive's owner is named
// before a person's name, so the name after it is one even in Title Case.
func (d *doc) afterGenitive(toks []Token, i int) bool {
	if i == 0 {
		return false
	}
	prev := toks[i-1].Text
	if isPossessiveMark(prev) {
		return i > 1 && startsName(toks[i-2].Text)
	}
	if strings.HasSuffix(prev, "'s") || strings.HasSuffix(prev, "’s") {
		return startsName(prev)
	}
	stem, ok := genitiveStem(prev, d.lang)
	return ok && d.lang != "en" && startsName(prev) && d.x.lex.lookup([]string{stem}) != nil
}

func (d *doc) nameList(toks []Token) bool {
	n := 0
	for k := 0; k+1 < len(toks); k++ {
		if (k == 0 || toks[k-1].Text == ",") && d.x.lex.givenNames[toks[k].Text] && startsName(toks[k+1].Text) {
			n++
		}
	}
	return n >= 2
}

// spanTags returns the statistical tagger's IOB2 tags for tokens i..j-1
// of sentence si, or nil when there is no model for the language. The
// tagger is greedy and names follow ordinary words, so tagging starts
// at the span as if the word before it were outside a name.
func (d *doc) spanTags(si, i, j int) []string {
	t := d.x.taggers[d.lang]
	if t == nil || d.rules == d.x.fallback {
		return nil
	}
	if d.tagContexts == nil {
		d.tagContexts = make([]*taggerContext, len(d.sents))
	}
	c := d.tagContexts[si]
	if c == nil {
		words := make([]string, 0, len(d.toks[si]))
		var at []int
		for k, tk := range d.toks[si] {
			w := tk.Text
			// the English training text splits "Clinton 's": the tagger knows the name without it
			if d.lang == "en" {
				for _, suf := range []string{"'s", "’s"} {
					if strings.HasSuffix(w, suf) && len(w) > len(suf)+1 {
						w = strings.TrimSuffix(w, suf)
						// a possessive the text set off (closeSpacedPossessives):
						// the tagger reads it as written, a word of its own
						if sp := tk.End - len(suf) - 1; d.orig[sp] == ' ' && at == nil {
							at = make([]int, k, len(d.toks[si])+1)
							for n := range at {
								at[n] = n
							}
						}
						if at != nil && d.orig[tk.End-len(suf)-1] == ' ' {
							at = append(at, len(words))
							words = append(words, w, suf)
							w = ""
						}
					}
				}
			}
			if w == "" {
				continue
			}
			if at != nil {
				at = append(at, len(words))
			}
			words = append(words, w)
		}
		c = d.x.taggerContext(words, d.rules)
		c.at = at
		d.tagContexts[si] = c
	}
	prev, prev2 := "O", "O"
	if i == 0 {
		prev, prev2 = "<s>", "<s>"
	} else if i == 1 {
		prev2 = "<s>"
	}
	if c.at == nil {
		return t.tagSpan(c, i, j, prev, prev2)
	}
	tags := t.tagSpan(c, c.at[i], c.at[j-1]+1, prev, prev2)
	out := make([]string, j-i)
	for k := i; k < j; k++ {
		out[k-i] = tags[c.at[k]-c.at[i]]
	}
	return out
}

// taggedType turns the tagger's class into a kg type, keeping the rules'
// finer type where it agrees with the class.
func (d *doc) taggedType(class, ruleType, text string) string {
	if nerClass(ruleType) == class {
		return ruleType
	}
	// "LeBron James", "DeAndre Jordan": a given name with an inner capital
	// before a known name is a person's, whatever the tagger makes of the
	// capitals
	if w := strings.Fields(text); ruleType == "Person" && len(w) == 2 && namePrefixed(w[0]) && (d.x.lex.givenNames[w[1]] || d.knownSurname(w[1])) {
		return ruleType
	}
	switch class {
	case "PER":
		return "Person"
	case "LOC":
		return "Place"
	}
	for _, w := range strings.Fields(text) {
		if d.x.lex.orgWords[strings.ToLower(w)] {
			return d.orgType(strings.ToLower(w))
		}
	}
	return "Organization"
}

// nameTailAfterAnd returns where one to three capitalised words from
// toks[k] end, if they end a name there and name nothing of their own (no
// body's word, no known name), or 0.
func (d *doc) nameTailAfterAnd(toks []Token, k int) int {
	e := k
	for e < len(toks) && e < k+3 && startsName(toks[e].Text) && !d.isStopToken(toks[e].Text) && !d.x.lex.orgWords[toks[e].Lower] {
		e++
	}
	if e == k || e < len(toks) && startsName(toks[e].Text) || d.startsKnown(toks, k) {
		return 0
	}
	words := make([]string, 0, e-k)
	for _, t := range toks[k:e] {
		words = append(words, t.Text)
	}
	if len(d.x.lex.lookup(words)) > 0 || len(d.x.lex.lookup(words[:1])) > 0 {
		return 0
	}
	return e
}

// bodyNameEndsAt returns where a run of up to three capitalised words from
// toks[k] ends if its last word names a kind of body ("Exchange
// Commission"), or 0.
func (d *doc) bodyNameEndsAt(toks []Token, k int) int {
	e := k
	for e < len(toks) && e < k+3 && startsName(toks[e].Text) && !d.isStopToken(toks[e].Text) {
		e++
	}
	if e == k || e < len(toks) && startsName(toks[e].Text) || !d.x.lex.orgWords[toks[e-1].Lower] {
		return 0
	}
	return e
}

// describingWord reports whether a lower-case Norwegian word is shaped
// like a long noun in the definite form or an adjective ("historikeren",
// "dødssyke", "søvnløs").
func describingWord(lw string) bool {
	if utf8.RuneCountInString(lw) < 7 {
		return false
	}
	for _, suf := range []string{"en", "et", "ne", "e", "løs", "ig", "lig", "sk"} {
		if strings.HasSuffix(lw, suf) {
			return true
		}
	}
	return false
}

// personCompound reports whether lw (lower case) is a compound whose
// last part is a noun only people are, bare or definite: "rapperkollega",
// "trebarnsmoren", "fotballstjernen".
func (d *doc) personCompound(lw string) bool {
	if utf8.RuneCountInString(lw) < 8 || strings.ContainsAny(lw, "- ") {
		return false
	}
	r := d.rules
	personNoun := func(w string) bool {
		return r.peopleNouns[w] || r.personNouns[w] || r.jobNouns[w] || r.role(w) == "person"
	}
	for i := 3; i+3 <= len(lw); i++ {
		if !utf8.RuneStart(lw[i]) {
			continue
		}
		tail := lw[i:]
		if personNoun(tail) {
			return true
		}
		for _, def := range []string{"en", "a", "et", "n"} { // "-moren", "-kollegaen"
			if stem, ok := strings.CutSuffix(tail, def); ok && len(stem) >= 3 && personNoun(stem) {
				return true
			}
		}
	}
	return false
}

// stormNamed is the storm the article named "Hurricane <name>", or nil.
func (d *doc) stormNamed(name string) *entity {
	k := Key(name)
	for _, sk := range d.x.lex.stormKeys {
		if e := d.entities[sk+"-"+k]; e != nil && e.typ == "Event" {
			return e
		}
	}
	return nil
}

// personAfterBody reports whether toks[j] and toks[j+1] are the whole of
// a name after a body's name: capitalised, no function, body, title or
// known words, and no capitalised word after them.
func (d *doc) personAfterBody(toks []Token, j int) bool {
	if j+1 >= len(toks) || j+2 < len(toks) && startsName(toks[j+2].Text) || d.startsKnown(toks, j) {
		return false
	}
	for _, t := range toks[j : j+2] {
		lw := t.Lower
		if !startsName(t.Text) || isAllCaps(t.Text) || d.isStopToken(t.Text) || d.x.lex.orgWords[lw] || d.x.lex.placeWords[lw] || d.rules.eventWords[lw] || d.rules.role(lw) != "" || d.x.lex.connectors[lw] || len(d.x.lex.lookup([]string{t.Text})) > 0 {
			return false
		}
	}
	return true
}

// jobPlaceBefore reports whether a job or a title and the preposition
// of where it is held come right before toks[i]: "director at", "analyst
// with the".
func (d *doc) jobPlaceBefore(toks []Token, i int) bool {
	k := i - 1
	if k > 0 && d.rules.articles[toks[k].Lower] {
		k--
	}
	if k < 1 {
		return false
	}
	switch toks[k].Lower {
	case "at", "of", "for", "with":
	default:
		return false
	}
	w := toks[k-1].Lower
	return d.jobWord(w) || d.rules.role(w) != ""
}

// bodyWordFollows reports whether the word after toks[j] (or after its
// genitive ending) is a body's word: "New People Party", "the Chinese
// People's Political Consultative Conference" go on past "People".
func (d *doc) bodyWordFollows(toks []Token, j int) bool {
	k := j + 1
	if k < len(toks) && (toks[k].Text == "'s" || toks[k].Text == "’s") {
		k++
	}
	for ; k < len(toks) && k <= j+3 && startsName(toks[k].Text); k++ {
		lw := strings.TrimSuffix(strings.TrimSuffix(toks[k].Lower, "'s"), "’s")
		if d.x.lex.orgWords[lw] {
			return true
		}
	}
	return false
}

// nameWordInBody reports whether a capitalised word the stopwords list
// can go on the name of a body: "Department of State", "Observatory for
// Human Rights" (a function word or a speech verb cannot).
func (d *doc) nameWordInBody(w string) bool {
	lw := strings.ToLower(w)
	return utf8.RuneCountInString(w) > 3 && !isAllCaps(w) && !d.rules.speech[lw] && !d.rules.report[lw] && !d.rules.actorVerbs[lw]
}

// orgType is the kind of body an organisation word names (org_word_types:
// "party" a political party, "times" a medium), or "Organization".
func (d *doc) orgType(word string) string {
	if t := d.x.lex.orgWordTypes[word]; t != "" {
		return t
	}
	return "Organization"
}

// hasPersonWord reports whether one of the words is a known given name or
// the surname of someone the article named.
func (d *doc) hasPersonWord(words []Token) bool {
	for _, w := range words {
		if d.x.lex.givenNames[w.Text] || d.knownSurname(w.Text) {
			return true
		}
	}
	return false
}

// hasOrdinaryWord reports whether one of the words is a common word the
// article also writes in lower case (or a function word).
func (d *doc) hasOrdinaryWord(words []Token) bool {
	for k, w := range words {
		if d.joinWord(words, k) {
			continue // "Ouro Preto do Oeste"
		}
		if k > 0 && k+1 < len(words) && nameParticles[w.Lower] {
			continue // "Koen De Smedt", though "Tour de France" writes "de" in lower case
		}
		if d.isOrdinaryWord(strings.ToLower(w.Text)) {
			return true
		}
	}
	return false
}

// allCommonWords reports whether the dictionary knows every word of a
// name in lower case only, and none is a given name: "World Heritage
// Site" names no one.
func (d *doc) allCommonWords(words []Token) bool {
	for _, w := range words {
		if !d.commonOnly(w.Text) || d.x.lex.givenNames[w.Text] {
			return false
		}
	}
	return true
}

// speaksNext reports whether a verb of saying follows the name ending at
// toks[j], at once or past an apposition set off by commas: "The High
// Breed, from Bristol, claim …" is an actor's name, however ordinary its
// words.
func (d *doc) speaksNext(toks []Token, j int) bool {
	if j < len(toks) && toks[j].Text == "," {
		for k := j + 1; k < len(toks) && k <= j+5; k++ {
			if toks[k].Text == "," {
				j = k + 1
				break
			}
		}
	}
	return j < len(toks) && (d.speechWord(toks[j].Text) || d.rules.report[toks[j].Lower] || d.rules.claimVerbs[toks[j].Lower])
}

// joinWord reports whether words[k] joins a name's words as other
// languages do: "do", "am", "de" or half of "de la", "an der".
func (d *doc) joinWord(words []Token, k int) bool {
	w := words[k].Text
	if !isLowerWord(w) || d.x.lex.orgConnectors[w] {
		return false
	}
	lx := d.x.lex
	return lx.innerConnectors[w] || lx.connectors[w] ||
		k+1 < len(words) && lx.connectorPairs[w+" "+words[k+1].Lower] || k > 0 && lx.connectorPairs[words[k-1].Lower+" "+w]
}

// allOutside reports whether the tagger put every word outside a name.
func allOutside(tags []string) bool {
	for _, t := range tags {
		if t != "O" {
			return false
		}
	}
	return true
}

// spanClass is the class the tagger gives most of a span's words, or "".
func spanClass(tags []string) string {
	var classes [4]string // the few classes (PER, ORG, LOC, OTH) in the order met: no map order decides a tie
	var counts [4]int
	n := 0
	for _, t := range tags {
		if len(t) <= 2 {
			continue
		}
		c, k := t[2:], 0
		for k < n && classes[k] != c {
			k++
		}
		if k == n {
			if n == len(classes) {
				continue
			}
			classes[n] = c
			n++
		}
		counts[k]++
	}
	best := -1
	for k := 0; k < n; k++ {
		// at least half the words; a tie goes to the class named last,
		// the name's head ("Fjordvare AS": a company)
		if counts[k]*2 >= len(tags) && (best < 0 || counts[k] > counts[best] || counts[k] == counts[best] && lastIndexOfClass(tags, classes[k]) > lastIndexOfClass(tags, classes[best])) {
			best = k
		}
	}
	if best < 0 {
		return ""
	}
	return classes[best]
}

// lastIndexOfClass is the index of the last tag of class c, or -1.
func lastIndexOfClass(tags []string, c string) int {
	for k := len(tags) - 1; k >= 0; k-- {
		if len(tags[k]) > 2 && tags[k][2:] == c {
			return k
		}
	}
	return -1
}

// englishName translates a leading direction: "Sør-Darfur" → "South Darfur".
func (d *doc) englishName(name string) string {
	if k := strings.IndexByte(name, '-'); k > 0 {
		if dir, ok := d.x.lex.directions[strings.ToLower(name[:k])]; ok {
			return dir + " " + name[k+1:]
		}
	}
	return name
}

// peoplesAdjective reports whether a lower-case word is shaped like a
// people's adjective: "korean", "balinese", "kurdish".
func peoplesAdjective(w string) bool {
	for _, suf := range []string{"ean", "ian", "ese", "ish"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// orgSuffixType is the organisation type a one-word name's ending gives
// ("Arbeidsdepartementet", genitive "Domstoladministrasjonens"), or "".
func (d *doc) orgSuffixType(w string) string {
	if len(d.rules.orgSuffixLens) == 0 {
		return ""
	}
	lw := strings.ToLower(w)
	for _, form := range [...]string{lw, strings.TrimSuffix(lw, "s")} {
		for _, n := range d.rules.orgSuffixLens {
			if len(form) > n+2 {
				if t, ok := d.rules.orgSuffixOf[form[len(form)-n:]]; ok {
					return t
				}
			}
		}
	}
	return ""
}

// isInitial reports whether w is a single capital letter.
func isInitial(w string) bool {
	r, size := utf8.DecodeRuneInString(w)
	return size == len(w) && unicode.IsUpper(r)
}

// adjectiveShaped reports whether a lone English word looks like an
// adjective or a people rather than a name: "Kurdish", "Catalans",
// "Puritan", "Episcopal".
func (d *doc) adjectiveShaped(w string) bool {
	if d.lang != "en" || d.x.lex.givenNames[w] || isAllCaps(w) {
		return false
	}
	lw := strings.ToLower(w)
	for _, suf := range []string{"ish", "ese", "ians", "ans", "ian", "ean", "eans", "ic", "al", "ist", "ists", "ern"} {
		if strings.HasSuffix(lw, suf) && len(lw) >= len(suf)+3 {
			return true
		}
	}
	return false
}

// possessedNoun reports whether w can follow a genitive: a lower-case
// word that is not a function word or a verb of saying.
func (d *doc) possessedNoun(w string) bool {
	r := d.rules
	return isLowerWord(w) && utf8.RuneCountInString(w) > 2 && !r.stop[w] && !r.speech[w] && !r.report[w] && !r.actorVerbs[w] && !d.x.lex.connectors[w] && !r.pastTense(w)
}

// presentVerbAt reports whether toks[j] reads as a Norwegian verb in the
// present tense: "-er" before a preposition, a pronoun or "at" ("Kari Nes
// jobber for …", "Ola Hannes mener at …"), where a genitive's noun
// seldom stands.
func presentVerbAt(toks []Token, j int) bool {
	if !strings.HasSuffix(toks[j].Lower, "er") || j+1 >= len(toks) {
		return false
	}
	switch toks[j+1].Lower {
	case "for", "i", "på", "til", "med", "om", "at", "som", "av", "hos", "ved", "mot", "ikke", "seg", "det", "den", "han", "hun", "de", "vi", "nå", "også":
		return true
	}
	return false
}

// pastTense reports whether w reads as a verb in the past tense by its
// shape ("beordret", "presterte", "fant", "deltok"): a name before it is
// no genitive ("Jeff Sessions beordret"). A noun after a genitive is never
// definite, so "-et" is safe to read as a verb.
func (r *LanguageRules) pastTense(w string) bool {
	n := utf8.RuneCountInString(w)
	for _, suf := range r.PastEndings {
		if strings.HasSuffix(w, suf) && n > utf8.RuneCountInString(suf)+2 {
			return true
		}
	}
	for _, suf := range r.ShortPastEndings {
		if strings.HasSuffix(w, suf) && n == utf8.RuneCountInString(suf)+2 {
			return true
		}
	}
	if r.irregularPast[w] {
		return true
	}
	for _, p := range r.VerbPrefixes {
		if rest, ok := strings.CutPrefix(w, p); ok && utf8.RuneCountInString(rest) >= 3 && r.irregularPast[rest] {
			return true
		}
	}
	return false
}

// isAcronym reports whether w is three to six capital letters: in news an
// organisation's short name more often than not ("IAEA", "SOHR").
func isAcronym(w string) bool {
	n := utf8.RuneCountInString(w)
	return n >= 3 && n <= 6 && isAllCaps(w) && !strings.ContainsAny(w, "0123456789-.")
}

// nationalBody reads a body's name opened by a capitalised article and a
// nationality ("Den norske Forfatterforening", "Det norske Teatret", "Den
// Norske Turistforening"): the words it covers and its mention, or 0.
func (d *doc) nationalBody(si int, toks []Token, i int) (int, []*mention) {
	t := toks[i].Text
	if d.lang == "en" || i == 0 || isQuoteStart(toks, i) || !d.rules.articles[toks[i].Lower] || !isCapitalized(t) || i+2 >= len(toks) ||
		d.x.lex.demonyms[toks[i+1].Lower] == nil || !startsName(toks[i+2].Text) || d.isStopToken(toks[i+2].Text) {
		return 0, nil
	}
	j := i + 2
	for j < len(toks) && j < i+5 && startsName(toks[j].Text) && !d.isStopToken(toks[j].Text) {
		j++
	}
	m := &mention{start: toks[i].Start, end: toks[j-1].End, text: d.text[toks[i].Start:toks[j-1].End], sent: si}
	if g := d.x.lex.lookup(wordsOf(toks[i+2 : j])); len(g) > 0 && class(g[0].Type) == 'O' {
		d.attach(d.gazetteerEntity(g[0]), m)
	} else {
		d.attach(d.entity(Key(m.text), m.text, "Organization", contextGuess), m)
	}
	return j - i, []*mention{m}
}

// stateBody is the length of a body's name that opens with a state's
// genitive, as Norwegian names national bodies ("Norges Håndballforbund",
// "Norges Kommunistiske Parti"): the name after it ends in a body's word
// or ending and is no name the lexicon knows ("Russlands Gazprom" is two).
// 0 for none.
func (d *doc) stateBody(toks []Token, i int) int {
	t := toks[i].Text
	stem, ok := strings.CutSuffix(t, "s")
	if d.lang == "en" || !ok || i+1 >= len(toks) || !isCapitalized(t) {
		return 0
	}
	if g := d.x.lex.lookup([]string{stem}); len(g) == 0 || g[0].Type != "Country" {
		return 0
	}
	j := i + 1
	for j < len(toks) && j < i+4 && startsName(toks[j].Text) && !d.isStopToken(toks[j].Text) && !d.rules.stop[toks[j].Lower] {
		j++
	}
	if j == i+1 || d.bodyNameType(toks[j-1].Text) == "" || len(d.x.lex.lookup(wordsOf(toks[i:j]))) > 0 || len(d.x.lex.lookup(wordsOf(toks[i+1:j]))) > 0 {
		return 0
	}
	return j - i
}

// bodyNameType is the type of body a name's last word makes it:
// "Parti", "Håndballforbund"; "" for none.
func (d *doc) bodyNameType(w string) string {
	if t := d.orgSuffixType(w); t != "" {
		return t
	}
	if t, ok := d.x.lex.orgWordTypes[strings.ToLower(w)]; ok {
		if t == "" {
			t = "Organization"
		}
		return t
	}
	return ""
}

// orgNounAt reports whether w is a lower-case noun that makes the place
// name before it a body's, or (outside English, which writes "'s") its
// genitive: "Bergen tingrett", "Fredrikstad kommunes kommunedirektør".
func (d *doc) orgNounAt(w string) bool {
	if d.rules.orgNouns[w] {
		return true
	}
	stem, ok := strings.CutSuffix(w, "s")
	return ok && d.lang != "en" && d.rules.orgNouns[stem]
}

// memberOfCue records that a group named after a member cue ("i
// opprørsgruppen X", "the rebel group X") is one of that generic actor.
func (d *doc) memberOfCue(si int, toks []Token, i int, e *entity) {
	for n := 2; n >= 1; n-- {
		if i-n < 0 {
			continue
		}
		var words []string
		for k := i - n; k < i; k++ {
			words = append(words, toks[k].Lower)
		}
		key, ok := d.rules.MemberCues[strings.Join(words, " ")]
		if !ok {
			continue
		}
		for _, a := range d.rules.Actors {
			if a.Key != key {
				continue
			}
			cue := &mention{start: toks[i-n].Start, end: toks[i-1].End, sent: si, hidden: true, generic: true}
			cue.text = d.text[cue.start:cue.end]
			group := d.entity(a.Key, a.Name, a.Type, lexiconFact)
			d.attach(group, cue)
			d.implied = append(d.implied, impliedRelation{e, group, "memberOf", si})
			return
		}
	}
}

// dictKind is what the language's dictionary knows of a word
// (wordList.kind), or "" without a dictionary.
func (d *doc) dictKind(w string) string {
	l := d.x.words[d.lang]
	if l == nil {
		return ""
	}
	return l.kind(w, strings.ToLower(w))
}

// shouted reports whether toks[i] is an ordinary word written in capitals
// for emphasis: three letters or more, all capitals, a common word of the
// dictionary and no name of the lexicon, not followed by a name in
// ordinary case ("NOTE", "VERY", but not "NATO" or "WHO", nor "UK"), not
// in brackets or used again (an acronym: "the CAW"), and the sentence not
// written all in capitals.
func (d *doc) shouted(toks []Token, i int) bool {
	t := toks[i].Text
	if utf8.RuneCountInString(t) < 3 || !isAllCaps(t) || d.dictKind(t) != "common" || len(d.x.lex.lookup([]string{t})) > 0 {
		return false
	}
	if i > 0 && toks[i-1].Text == "(" || d.count(t) > 1 {
		return false // "Canadian Auto Workers (CAW)", a body's acronym the article uses again: no shouting
	}
	if i+1 < len(toks) && (startsName(toks[i+1].Text) && !isAllCaps(toks[i+1].Text) || d.rules.FacilityNouns[toks[i+1].Lower] != "" || d.rules.lawNouns[toks[i+1].Lower]) {
		return false // "IBM Research": an acronym opening a name; "LAX airport", "the CARS act"
	}
	for _, o := range toks {
		if isLowerWord(o.Text) {
			return true
		}
	}
	return false // a headline in capitals: its names are capitals too
}

// nameOnly reports whether the dictionary knows w only as a proper noun,
// or not at all: no ordinary word of the language.
func (d *doc) nameOnly(w string) bool {
	k := d.dictKind(w)
	return k == "unknown" || k == "proper"
}

// unknownWordBeforeVerb reports whether the one name word words[0],
// which no dictionary of the language knows, is the subject of a verb at
// toks[j]: someone's name ("Seagal made headlines", "Dündar warned").
func (d *doc) unknownWordBeforeVerb(words []string, toks []Token, j int) bool {
	return d.dictKind(words[0]) == "unknown" && utf8.RuneCountInString(words[0]) > 2 && d.allNameWords(words) && d.verbAfter(toks, j)
}

// verbAfter reports whether toks[j] reads as the verb of a subject before
// it: a verb the lexicon knows or an English past form (not a function
// word: "is", "will", "has" follow anything).
func (d *doc) verbAfter(toks []Token, j int) bool {
	if j >= len(toks) || !isLowerWord(toks[j].Text) {
		return false
	}
	w, r := toks[j].Lower, d.rules
	if r.stop[w] {
		return false
	}
	if r.actorVerbs[w] || r.speech[w] || r.report[w] || plainSayVerbs[w] || r.pastTense(w) {
		return true
	}
	return d.lang == "en" && strings.HasSuffix(w, "ed") && len(w) > 4 && d.dictKind(w) == "common"
}

// isRegnal reports whether w is a ruler's numeral: I to XXX.
func isRegnal(w string) bool {
	return w != "" && len(w) <= 5 && strings.Trim(w, "IVX") == ""
}

// firstPersonVerb reports whether toks[j] is a verb that "I" before it
// would be the subject of ("Laura and I went", "Henry I think").
func (d *doc) firstPersonVerb(toks []Token, j int) bool {
	if j >= len(toks) {
		return false
	}
	w := toks[j].Text
	if strings.HasPrefix(w, "'") || strings.HasPrefix(w, "’") {
		return true // "I'm", "I've"
	}
	return isLowerWord(w) && !d.rules.stop[w]
}

// exampleKind is the type of the kind whose examples a list of names at
// toks[i] gives: "artists such as Akala and Lowkey" (Person), "firms
// like X, Y and Z" (Company); "" if none.
func (d *doc) exampleKind(toks []Token, i int) string {
	if len(d.rules.exampleKindOf) == 0 {
		return ""
	}
	j := i - 1
	for n := 0; j >= 0 && n < 16; n++ {
		w := toks[j]
		if !(startsName(w.Text) && !d.rules.exampleMarkers[w.Lower] || w.Text == "," || d.x.lex.listWords[w.Lower]) {
			break
		}
		j--
	}
	if j < 1 {
		return ""
	}
	switch w := toks[j].Lower; {
	case w == "as" && toks[j-1].Lower == "such":
		j--
	case d.rules.exampleMarkers[w] && w != "such":
	default:
		return ""
	}
	if j < 1 {
		return ""
	}
	return normType(d.rules.exampleKindOf[toks[j-1].Lower])
}

// titleOfNameAfter reports whether a title of a few words follows the name
// ending before toks[j], then a comma and a name, or a person's given name
// right after the title: the name owns the title ("Bell Curve Trading
// chief strategy expert, Bill Strazzullo", "Morningstar analyst Kevin
// Brown").
func (d *doc) titleOfNameAfter(toks []Token, j int) (owns, personNext bool) {
	role, titled := false, true // titled: the words are a title in lower case
	for n := j; n < len(toks) && n < j+4; n++ {
		w := toks[n]
		if w.Text == "," {
			return role && n > j && n+1 < len(toks) && startsName(toks[n+1].Text) && !d.isStopToken(toks[n+1].Text), false
		}
		if kind := d.rules.role(w.Lower); kind != "" || d.rules.jobNouns[w.Lower] || d.rules.TeamRoles[w.Lower] != "" {
			// a job in a body, not a celebrity's "star" or "singer"
			job := kind != "person" || d.rules.jobNouns[w.Lower] || d.rules.TeamRoles[w.Lower] != ""
			role, titled = true, titled && job && isLowerWord(w.Text)
			continue
		}
		if role && titled && d.x.lex.givenNames[w.Text] && n+1 < len(toks) && startsName(toks[n+1].Text) && !d.isStopToken(toks[n+1].Text) {
			return true, true
		}
		if !isLowerWord(w.Text) || d.rules.stop[w.Lower] {
			return false, false
		}
		if _, cue := d.rules.cueOf[w.Lower]; cue {
			titled = false // "Bellator company president X": the cue says the kind
		}
		role = false // the title ends the words before the name
	}
	return false, false
}

// kindAfter is the kind a sentence gives the name ending before toks[j]
// with a copula and an article: "Inrupt is a company that …", "Inrupt, er
// et nytt selskap som …" — the noun ending the phrase ("a party member"
// is a person), one adjective allowed before it; "" if none.
func (d *doc) kindAfter(toks []Token, j int) string {
	r := d.rules
	if j < len(toks) && toks[j].Text == "," {
		j++
	}
	if j+2 >= len(toks) {
		return ""
	}
	// "Goma, the capital of North Kivu province", "Kherson, en by sør i
	// Ukraina", "Goma, hovedstaden i Nord-Kivu": a place's apposition
	if j > 0 && toks[j-1].Text == "," && !r.copulas[toks[j].Lower] {
		n := j
		if r.articles[toks[n].Lower] {
			n++
		}
		for m := n; m <= n+2 && m+1 < len(toks); m++ {
			if !isLowerWord(toks[m].Text) {
				break
			}
			if t := r.cueOf[toks[m].Lower]; normType(t) == "Place" && (r.prepIn[toks[m+1].Lower] || d.x.lex.placePrepositions[toks[m+1].Lower] || toks[m+1].Lower == "of" || toks[m+1].Lower == "on" || d.x.lex.compass[toks[m+1].Lower]) {
				return "Place"
			}
		}
		return ""
	}
	if !r.copulas[toks[j].Lower] || !r.articles[toks[j+1].Lower] {
		return ""
	}
	for n := j + 2; n <= j+4 && n+1 < len(toks); n++ {
		t, ok := r.cueOf[toks[n].Lower]
		if !ok {
			t, ok = r.kindOf[toks[n].Lower] // "Batticaloa is a city on the east coast"
		}
		if !isLowerWord(toks[n].Text) {
			ok = false // "County Donegal, is a small Church of Ireland building"
		}
		if !ok {
			if !isLowerWord(toks[n].Text) {
				return ""
			}
			continue // "a small company"
		}
		if after := toks[n+1]; !isLowerWord(after.Text) && !startsName(after.Text) || r.relative[after.Lower] || r.prepIn[after.Lower] || r.conjunctions[after.Lower] || r.nounPhraseEnds[after.Lower] {
			return normType(t) // "Batticaloa is a city on the east coast"
		}
		return ""
	}
	return ""
}

// countryOrRegion reports whether the gazetteer knows the one word w as a
// country or region.
func (d *doc) countryOrRegion(w string) bool {
	es := d.x.lex.lookup([]string{w})
	return len(es) > 0 && (es[0].Type == "Country" || es[0].Type == "Region")
}

// townAndStateAt reports whether a name of one or two words starts at
// toks[k] and a comma and a known state or country follow it: "McMinnville,
// Oregon", "Dearborn, Michigan".
func (d *doc) townAndStateAt(toks []Token, k int) bool {
	for n := 1; n <= 2 && k+n+1 < len(toks); n++ {
		if !startsName(toks[k+n-1].Text) {
			return false
		}
		if toks[k+n].Text == "," && d.countryOrRegion(toks[k+n+1].Text) {
			return true
		}
	}
	return false
}

// dottedInitials reports whether w is initials with their dots: "K.C.",
// "J.", "J.R.R.".
func dottedInitials(w string) bool {
	if len(w) < 2 || len(w) > 8 || !strings.HasSuffix(w, ".") {
		return false
	}
	for i, r := range w {
		if i%2 == 0 && !unicode.IsUpper(r) || i%2 == 1 && r != '.' {
			return false
		}
	}
	return true
}

// ministryAt reads a ministry by its portfolio from toks[j] — "foreign
// ministry", "Foreign Affairs Ministry", "utenriksdepartementet" — and
// returns its English name ("Foreign Ministry") and the token after it,
// or "".
func (d *doc) ministryAt(toks []Token, j int) (string, int) {
	if len(d.rules.MinistryPortfolios) == 0 {
		return "", 0
	}
	// the longest run of words from j that names one (LanguageRules.ministryName)
	for n := min(5, len(toks)-j); n >= 1; n-- {
		words := make([]string, n)
		for k := range words {
			words[k] = toks[j+k].Lower
		}
		if p := d.rules.ministryName(words); p != "" {
			return p, j + n
		}
	}
	return "", 0
}

// ministryOfGenitive returns a ministry mention and the token after it
// when found is one country in the genitive and a ministry by its
// portfolio follows at toks[j] ("Russia's foreign ministry"), or nil.
func (d *doc) ministryOfGenitive(si int, toks []Token, j int, found []*mention) (int, *mention) {
	if len(found) != 1 || !found[0].genitive || found[0].ent.gaz == nil || found[0].ent.typ != "Country" {
		return 0, nil
	}
	if j < len(toks) && (toks[j].Text == "'s" || toks[j].Text == "’s") {
		j++
	}
	name, end := d.ministryAt(toks, j)
	if name == "" || end < len(toks) && d.rules.agentNouns[toks[end].Lower] {
		return 0, nil
	}
	// the state keeps its genitive; the ministry is the words after it
	start, stop := toks[j].Start, toks[end-1].End
	m := &mention{start: start, end: stop, text: d.text[start:stop], sent: si, generic: isLowerWord(toks[end-1].Text)}
	e := d.ministryEntity(found[0].ent.gaz, name)
	e.state = found[0].ent
	d.attach(e, m)
	e.addAlias(d.text[found[0].start:stop]) // "Ukrainas forsvarsdepartement", "Russia's foreign ministry": as the text names it
	return end, m
}

// ministryEntity is state's ministry of the English name ("Defence
// Ministry"): the body the gazetteer knows as that state's, or one named
// after the state's people ("Russian Defence Ministry").
func (d *doc) ministryEntity(state *GazetteerEntry, name string) *entity {
	if g := d.x.lex.ministries[state.Key+"|"+name]; g != nil {
		return d.gazetteerEntity(g)
	}
	demonym := state.Name
	if ds := state.Demonyms["en"]; len(ds) > 0 {
		demonym = ds[0]
	}
	name = demonym + " " + name
	return d.entity(Key(name), name, "GovernmentOrganization", contextGuess)
}
