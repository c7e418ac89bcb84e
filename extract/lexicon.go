package extract

import (
	"embed"
	"fmt"
	"maps"
	"os"
	"regexp"
	"regexp/syntax"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"

	"go.yaml.in/yaml/v3"
)

//go:embed lexicon/*.yaml
var builtinLexicon embed.FS

// GazetteerEntry is one known entity.
type GazetteerEntry struct {
	Key  string `yaml:"key"`
	Name string `yaml:"name"`
	Type string `yaml:"type"`
	QID  string `yaml:"qid"`
	In   string `yaml:"in"`
	// Leads is the key of the state or body a person heads: called by a
	// head's title ("President Trump") they lead it.
	Leads string `yaml:"leads"`
	// LeadsFrom and LeadsTo bound the years of that office (0: open): an
	// article dated outside them is from before or after it.
	LeadsFrom int `yaml:"leads_from"`
	LeadsTo   int `yaml:"leads_to"`
	// LeadsAgainFrom is the first year of a later, still open term
	// (0: none): Donald Trump from 2017 to 2021, and again from 2025.
	LeadsAgainFrom int `yaml:"leads_again_from"`
	// CapitalOf is the key of the country whose capital this is: the
	// capital acting ("Moscow supported …") stands for the state.
	CapitalOf string `yaml:"capital_of"`
	// Home is the key of the country whose body this is, and Generic the
	// names that call it by its kind alone ("Regjeringen",
	// "Finansdepartementet"). Among its names, they name it only in
	// articles about its home (or no) country; not among them, they name
	// it in articles about its home country ("finansdepartementet" in a
	// British article is HM Treasury).
	Home    string   `yaml:"home"`
	Generic []string `yaml:"generic"`
	// National are the names many states' bodies of its kind go by
	// ("Senate", "Supreme Court", "Høyesterett"), the English one
	// first: they name this body in an article about its home country
	// or one that gives that country no place, and otherwise the body
	// of the state the article is about (nationalBodies).
	National []string            `yaml:"national"`
	Names    []string            `yaml:"names"`
	Labels   map[string][]string `yaml:"labels"`
	// demonyms by language: adjectives and nouns for the people of a country
	Demonyms map[string][]string `yaml:"demonyms"`
}

type countryData struct {
	Name     string              `yaml:"name"` // the English name, where CLDR's is not the one news uses
	QID      string              `yaml:"qid"`
	Names    []string            `yaml:"names"`
	Demonyms map[string][]string `yaml:"demonyms"`
}

// Actor is a generic actor phrase set ("government forces", "rebels").
// A phrase's "{demonym}" word matches a state's demonym and "{country}"
// its one-word name; the actor is then that state's, named by Qualified
// with the English demonym ("Syrian government forces").
type Actor struct {
	Key       string   `yaml:"key"`
	Name      string   `yaml:"name"`
	Type      string   `yaml:"type"`
	Qualified string   `yaml:"qualified"`
	Phrases   []string `yaml:"phrases"`
}

// RelationRule is one relation pattern in a language file. A pattern is a
// regular expression over the sentence with its entities as slots: {S:P}
// and {O:OG} are subject and object slots of the given classes, a list of
// entities joined by "and" included ({S1:P}: one entity); {w0-3} skips up
// to three words; {DOC} makes the article's document the subject, {PLAN}
// the proposal the article is about the object; {JOB}
// is any of the language's job_nouns.
type RelationRule struct {
	Predicate string `yaml:"predicate"`
	Pattern   string `yaml:"pattern"`
	// ObjectTypes, when set, are the entity types the object must have
	// ("Trump's Republican Party": a party, not any body).
	ObjectTypes []string `yaml:"object_types"`
	// SubjectTypes, likewise, for the subject ("Renault Samsung Motors of
	// Korea": a company of a country).
	SubjectTypes []string `yaml:"subject_types"`
	// Unless lists words whose presence in the match undoes it: "et
	// angrep mot" is an attack, a noun, with no attacker named.
	Unless []string `yaml:"unless"`
	// GameReport, when set, keeps the rule to game reports (see
	// sport_words): there "Korea's Kim" is Korea's player, not its envoy.
	GameReport bool `yaml:"game_report"`
	// TitleBefore, when set, takes only matches right after a job noun
	// of the language or a compound ending in one ("dommer", "litteraturkritiker"):
	// the pattern can then open at its first entity or word, which the
	// regexp package finds fast, not at the title.
	TitleBefore bool `yaml:"title_before"`
	// SubjectEnds, when set, takes only subjects whose name ends in one of
	// these words (compared lower-case): "the Adler Planetarium in
	// Chicago" lies there, "the EU in Strumica" does not.
	SubjectEnds []string `yaml:"subject_ends"`
	re          *regexp.Regexp
	// implicitDoc: the subject is the article's document ({DOC} in the
	// pattern), which the sentence itself need not name.
	implicitDoc bool
	// implicitPlan: the object is the proposal the article is about
	// ({PLAN} in the pattern), which the sentence need not name: "Høyre
	// er imidlertid kritisk", "the Greens will vote against it"
	implicitPlan bool
	// eventSlot: a stance's slot names V among its classes, so the rule
	// also reads the sentence with its unnamed events as slots (tagged)
	eventSlot bool
	// required lists literal words the pattern cannot match without: each
	// group needs one of its alternatives in the sentence. Literals are
	// numbered per language (requiredIDs) so a sentence checks each once.
	required    [][]string
	requiredIDs [][]int
	// slotClasses are, per slot of the pattern ({S:…}, {O:…}), the entity
	// classes it accepts as a bit set (classBit): a sentence with no entity
	// of one slot's classes cannot match.
	slotClasses []uint8
	// starts are literals one of which opens every match (nil: unknown),
	// so the pattern need not be tried before the first of them
	starts []string
	// anchored is the pattern anchored at its start, tried at each
	// opening literal in turn instead of searching the sentence: set for
	// patterns that open with words (the regexp package sees no literal
	// prefix in an alternation of them, so it tries every position) and
	// for those too large for its backtracker (its other engine steps
	// every position to the end of the sentence)
	anchored *regexp.Regexp
	// chained, for a pattern that opens with a slot, is the pattern
	// anchored at its start: a match may also open at the last entity of
	// the previous one ("Disneyland i Orlando i USA" is two facts, though
	// the matches share Orlando). Compiled on first use: most rules never
	// match twice in a sentence.
	chained *lazyRegexp
}

// findAll returns the matches of the rule in s: those
// re.FindAllStringSubmatchIndex(s, -1) finds and, for a rule that
// chains, those that open at the last entity of a match.
func (r *RelationRule) findAll(s string) [][]int {
	locs := r.findApart(s)
	if r.chained == nil || len(locs) == 0 {
		return locs
	}
	opens := make(map[int]bool, len(locs))
	for _, loc := range locs {
		opens[loc[0]] = true
	}
	for k := 0; k < len(locs); k++ {
		last := -1
		for g := 1; g < len(locs[k])/2; g++ {
			if name := r.re.SubexpNames()[g]; (name == "subj" || name == "obj") && locs[k][2*g] > last {
				last = locs[k][2*g]
			}
		}
		if last <= locs[k][0] || opens[last] {
			continue
		}
		if loc := r.chained.get().FindStringSubmatchIndex(s[last:]); loc != nil {
			shift(loc, last)
			opens[last] = true
			locs = append(locs, loc)
		}
	}
	slices.SortFunc(locs, func(a, b []int) int { return a[0] - b[0] })
	return locs
}

// lazyRegexp is a regular expression compiled on first use, once, by
// whichever goroutine needs it first (re, when set, is compiled already).
type lazyRegexp struct {
	once sync.Once
	expr string
	re   *regexp.Regexp
}

func (l *lazyRegexp) get() *regexp.Regexp {
	l.once.Do(func() {
		if l.re == nil {
			l.re = regexp.MustCompile(l.expr)
		}
	})
	return l.re
}

// anchoredAt is re's expression anchored at the start of the text.
func anchoredAt(re *regexp.Regexp) string { return `^(?:` + re.String() + `)` }

// findApart is re.FindAllStringSubmatchIndex(s, -1), searching s only from
// the first of the rule's opening literals: the engine then neither tries
// the positions before it nor keeps state for them.
func (r *RelationRule) findApart(s string) [][]int {
	if r.starts == nil {
		return r.re.FindAllStringSubmatchIndex(s, -1)
	}
	from := -1
	for _, l := range r.starts {
		if k := strings.Index(s, l); k >= 0 && (from < 0 || k < from) {
			from = k
		}
	}
	switch {
	case from < 0:
		return nil // no match can open
	case r.anchored != nil:
		return r.findAnchored(s, from)
	case from == 0:
		return r.re.FindAllStringSubmatchIndex(s, -1)
	}
	locs := r.re.FindAllStringSubmatchIndex(s[from:], -1)
	for _, loc := range locs {
		shift(loc, from)
	}
	return locs
}

// shift moves the offsets of a match found in s[by:] to s (-1, a group
// that took no part, stays).
func shift(loc []int, by int) {
	for k := range loc {
		if loc[k] >= 0 {
			loc[k] += by
		}
	}
}

// maxBacktrackProg is the largest program the regexp package runs with
// its backtracker (regexp/backtrack.go).
const maxBacktrackProg = 500

// findAnchored is findAll by the anchored pattern: the leftmost match is
// the one at the first opening literal where the pattern matches, the
// next is searched from its end.
func (r *RelationRule) findAnchored(s string, from int) [][]int {
	var at []int
	for _, l := range r.starts {
		for k := from; k <= len(s); {
			i := strings.Index(s[k:], l)
			if i < 0 {
				break
			}
			at = append(at, k+i)
			k += i + 1
		}
	}
	slices.Sort(at)
	var locs [][]int
	end := 0
	for n, p := range at {
		if p < end || n > 0 && p == at[n-1] {
			continue
		}
		loc := r.anchored.FindStringSubmatchIndex(s[p:])
		if loc == nil {
			continue
		}
		shift(loc, p)
		locs = append(locs, loc)
		end = loc[1]
	}
	return locs
}

// literalSet returns the strings re matches when they are a few literals
// (a literal, or alternations and sequences of them).
func literalSet(re *syntax.Regexp) ([]string, bool) {
	switch re.Op {
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 || len(re.Rune) == 0 {
			return nil, false
		}
		return []string{string(re.Rune)}, true
	case syntax.OpCapture:
		return literalSet(re.Sub[0])
	case syntax.OpQuest:
		set, ok := literalSet(re.Sub[0])
		return append([]string{""}, set...), ok
	case syntax.OpAlternate:
		var out []string
		for _, b := range re.Sub {
			set, ok := literalSet(b)
			if !ok || len(out)+len(set) > 64 {
				return nil, false
			}
			out = append(out, set...)
		}
		return out, true
	case syntax.OpConcat:
		out := []string{""}
		for _, sub := range re.Sub {
			set, ok := literalSet(sub)
			if !ok || len(out)*len(set) > 64 {
				return nil, false
			}
			out = product(out, set)
		}
		return out, len(re.Sub) > 0
	}
	return nil, false
}

// product is every string of heads followed by every string of tails.
func product(heads, tails []string) []string {
	var out []string
	for _, h := range heads {
		for _, t := range tails {
			out = append(out, h+t)
		}
	}
	return out
}

// startLiterals returns literals one of which opens every match of re;
// false when re may open otherwise (a class of letters, an assertion such
// as ^ or \b, an empty match).
func startLiterals(re *syntax.Regexp) ([]string, bool) {
	switch re.Op {
	case syntax.OpLiteral:
		return literalSet(re)
	case syntax.OpCapture, syntax.OpPlus:
		return startLiterals(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return startLiterals(re.Sub[0])
		}
	case syntax.OpAlternate:
		var out []string
		for _, b := range re.Sub {
			lits, ok := startLiterals(b)
			if !ok {
				return nil, false
			}
			out = append(out, lits...)
		}
		return out, true
	case syntax.OpConcat:
		if len(re.Sub) == 0 {
			return nil, false
		}
		first := re.Sub[0]
		if first.Op == syntax.OpQuest || first.Op == syntax.OpStar || first.Op == syntax.OpRepeat && first.Min == 0 {
			// an optional opening: its literals or those of what follows
			opt, ok := startLiterals(first.Sub[0])
			if !ok {
				return nil, false
			}
			rest, ok := startLiterals(&syntax.Regexp{Op: syntax.OpConcat, Sub: re.Sub[1:]})
			if !ok {
				return nil, false
			}
			return append(opt, rest...), true
		}
		if heads, ok := literalSet(first); ok && len(re.Sub) > 1 {
			// words the parser factored ("a" of "assistant|associate|acting",
			// "in|at" before " [["): lengthened by what follows
			if tails, ok := startLiterals(&syntax.Regexp{Op: syntax.OpConcat, Sub: re.Sub[1:]}); ok && len(heads)*len(tails) <= 64 {
				return product(heads, tails), true
			}
			return heads, true
		}
		return startLiterals(first)
	}
	return nil, false
}

// role is the kind of a title word (lower case; "" when it is none):
// "leaderOf", "represents", "memberOf" or "person". In a language that
// writes titles as compounds (compound_titles), a word ending in a title
// is that title: "samferdselsminister", "politisjefen".
func (r *LanguageRules) role(w string) string {
	if k, ok := r.roleOf[w]; ok || !r.CompoundTitles || len(w) < 8 || !r.roleTails[w[len(w)-4:]] || strings.ContainsAny(w, "- ") {
		return k // "anti-minister", two words: no compound
	}
	for i := 3; i+4 <= len(w); i++ {
		// a title of office only: "-dommer" also ends "ungdommer"
		if k := r.roleOf[w[i:]]; k != "" && k != "person" && utf8.RuneStart(w[i]) {
			if k == "leaderOf" && r.deputyWords[w[:i]] {
				return "memberOf" // "visepresident": a deputy
			}
			return k
		}
	}
	return ""
}

// compoundCue is the kind the last part of a compound cue word names
// ("gruveforeningen X": an association), in a language that writes
// compounds (compound_titles), or "".
func (r *LanguageRules) compoundCue(w string) string {
	if !r.CompoundTitles || len(w) < 8 || strings.ContainsAny(w, "- ") {
		return ""
	}
	for i := 3; i+3 <= len(w); i++ {
		// a short tail only for a place: "turistøy", not "-by" of "utby"
		if k, ok := r.cueOf[w[i:]]; ok && utf8.RuneStart(w[i]) && (i+6 <= len(w) || k == "Place" && i >= 4) {
			if k == "ArmedGroup" {
				// "sjømatgruppen X": a group of some trade; the armed
				// ones are cues of their own ("opprørsgruppen")
				return "Organization"
			}
			return k
		}
	}
	return ""
}

// classBit is the bit of an entity class letter (see class) in a class set.
func classBit(c byte) uint8 {
	switch c {
	case 'P':
		return 1
	case 'O':
		return 2
	case 'G':
		return 4
	case 'L':
		return 8
	case 'D':
		return 16
	case 'V':
		return 32
	}
	return 0
}

// hasSlotsInOrder reports whether a sentence whose entities have the
// classes seq, in the order they are named (class bits), gives the rule's
// slots candidates in the pattern's order: a match names its slots left
// to right.
func (r *RelationRule) hasSlotsInOrder(seq []uint8) bool {
	k := 0
	for _, c := range r.slotClasses {
		for k < len(seq) && seq[k]&c == 0 {
			k++
		}
		if k == len(seq) {
			return false
		}
		k++
	}
	return true
}

// mayMatch reports whether the tagged sentence holds the rule's required
// words; found marks, per literal number, those in the sentence
// (LanguageRules.literalsIn).
func (r *RelationRule) mayMatch(found []bool) bool {
	for _, group := range r.requiredIDs {
		ok := false
		for _, id := range group {
			if found[id] {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	return true
}

// literalsIn marks in found (indexed by literal number) the relation
// rules' required literals that occur in s, in one pass over s: each
// position is checked only against the literals whose first three bytes
// hash as its own. It returns hits with the numbers found appended.
func (r *LanguageRules) literalsIn(s string, found []bool, hits []int) []int {
	clear(found)
	for _, l := range r.shortLiterals {
		if !found[l.id] && strings.Contains(s, l.text) {
			found[l.id] = true
			hits = append(hits, l.id)
		}
	}
	for i := 0; i+2 < len(s); i++ {
		h := triHash(s[i:])
		for _, l := range r.triLiterals[r.triStart[h]:r.triStart[h+1]] {
			if !found[l.id] && strings.HasPrefix(s[i:], l.text) {
				found[l.id] = true
				hits = append(hits, l.id)
			}
		}
	}
	return hits
}

// ruleSet marks in set (a bit per relation rule, in rule order) the rules
// a sentence whose literals are hits may match.
func (r *LanguageRules) ruleSet(hits []int, set []uint64) {
	clear(set)
	for _, k := range r.rulesAlways {
		set[k>>6] |= 1 << (k & 63)
	}
	for _, id := range hits {
		for _, k := range r.rulesByLiteral[id] {
			set[k>>6] |= 1 << (k & 63)
		}
	}
}

// literal is a required literal of the relation rules and its number.
type literal struct {
	id   int
	text string
}

// requiredLiterals finds the literal strings a regular expression must
// contain: the literal parts of its top-level concatenation, and
// alternations whose every branch starts with a literal.
func requiredLiterals(re *syntax.Regexp) [][]string {
	var out [][]string
	if re.Op == syntax.OpCapture && len(re.Sub) == 1 {
		re = re.Sub[0]
	}
	if re.Op != syntax.OpConcat {
		return nil
	}
	for _, sub := range re.Sub {
		if lit, ok := leadingLiteral(sub); ok && len(lit) >= 2 {
			out = append(out, []string{lit})
			continue
		}
		if sub.Op == syntax.OpCapture && len(sub.Sub) == 1 {
			sub = sub.Sub[0]
		}
		if sub.Op == syntax.OpAlternate {
			var alts []string
			for _, b := range sub.Sub {
				lits := branchLiterals(b)
				if lits == nil {
					alts = nil
					break
				}
				alts = append(alts, lits...)
			}
			if alts != nil {
				out = append(out, alts)
			}
		}
	}
	return out
}

// branchLiterals are the literal texts one of which a branch of an
// alternation starts with (nil: none must). The parser factors common
// prefixes out of alternations ("condemned|criticised" becomes
// c(?:ondemned|riticised)); a short factored prefix is read on into its
// alternatives, so that "c" alone does not pass every sentence.
func branchLiterals(b *syntax.Regexp) []string {
	if b.Op == syntax.OpCapture && len(b.Sub) == 1 {
		b = b.Sub[0]
	}
	// a branch opening with its own group: "(?:gikk|går) til sak mot"
	// needs one of the group's openings
	if b.Op == syntax.OpConcat && len(b.Sub) > 0 && (b.Sub[0].Op == syntax.OpAlternate || b.Sub[0].Op == syntax.OpCapture) {
		return branchLiterals(b.Sub[0])
	}
	if b.Op == syntax.OpAlternate {
		var out []string
		for _, alt := range b.Sub {
			lits := branchLiterals(alt)
			if lits == nil {
				return nil
			}
			out = append(out, lits...)
		}
		return out
	}
	lit, ok := leadingLiteral(b)
	if !ok || lit == "" {
		return nil
	}
	if len(lit) >= 4 || b.Op != syntax.OpConcat || len(b.Sub) < 2 || b.Sub[0].Op != syntax.OpLiteral || b.Sub[1].Op != syntax.OpAlternate {
		return []string{lit}
	}
	var out []string
	for _, alt := range b.Sub[1].Sub {
		rest := branchLiterals(alt)
		if rest == nil {
			return []string{lit}
		}
		for _, r := range rest {
			out = append(out, lit+r)
		}
	}
	return out
}

// leadingLiteral is the literal text a regexp starts with, if it must.
func leadingLiteral(re *syntax.Regexp) (string, bool) {
	switch re.Op {
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 {
			return "", false
		}
		return string(re.Rune), true
	case syntax.OpConcat, syntax.OpCapture:
		if len(re.Sub) > 0 {
			return leadingLiteral(re.Sub[0])
		}
	}
	return "", false
}

// LanguageRules are the lexicon of one language.
type LanguageRules struct {
	Language             string              `yaml:"language"`
	Stopwords            []string            `yaml:"stopwords"`
	Roles                map[string][]string `yaml:"roles"`
	SpeechVerbs          []string            `yaml:"speech_verbs"`
	ReportVerbs          []string            `yaml:"report_verbs"`
	Pronouns             map[string][]string `yaml:"pronouns"` // person (he), group (they), body (it: an organisation or state that spoke)
	Negations            []string            `yaml:"negations"`
	Documents            map[string][]string `yaml:"documents"`
	Actors               []Actor             `yaml:"actors"`
	Cues                 map[string][]string `yaml:"cues"`
	CompoundSuffixes     map[string][]string `yaml:"compound_suffixes"`
	OrgWords             []string            `yaml:"org_words"`
	PlaceWords           []string            `yaml:"place_words"`
	PrepositionsIn       []string            `yaml:"prepositions_in"`
	CityNouns            []string            `yaml:"city_nouns"`
	OrgSuffixes          map[string][]string `yaml:"org_suffixes"`
	OrgNouns             []string            `yaml:"org_nouns"`
	ClaimParticles       map[string][]string `yaml:"claim_particles"`       // "called" → ["on", "for"]: "called on X to …" reports a claim
	NotClaimsWith        map[string][]string `yaml:"not_claims_with"`       // "sa" → ["opp"]: "sa opp stillingen" resigns, says nothing
	MeansWords           []string            `yaml:"means_words"`           // "ved": "…, ved å hevde at …" states as "…, stating that …" does
	StatementPlaces      []string            `yaml:"statement_places"`      // "heter det i": "…, heter det i reportasjen" is the report's
	VerbNegations        []string            `yaml:"verb_negations"`        // "not", "ikke", "declined": a negated verb's claim keeps them
	MinistryPortfolios   map[string]string   `yaml:"ministry_portfolios"`   // "foreign", "utenriks" → "Foreign": "the Russian foreign ministry" is Russia's Foreign Ministry
	MinistryNouns        []string            `yaml:"ministry_nouns"`        // "ministry", "departementet": what follows the portfolio
	InfinitiveMarkers    []string            `yaml:"infinitive_markers"`    // "to", "å": an event noun right after one is a verb ("to deal with")
	SeemingVerbs         []string            `yaml:"seeming_verbs"`         // "synes": a reporting verb that means "seems" before an infinitive ("synes å være"), no statement
	InstitutionHeads     []string            `yaml:"institution_heads"`     // "Universitetet": a body named by its kind and its place, "Universitetet i Santiago"
	LocalLeaders         []string            `yaml:"local_leaders"`         // "ordfører": a title compounded with a town's name leads the town ("Tønsberg-ordfører X")
	Subordinators        []string            `yaml:"subordinators"`         // "when", "da": a sentence opening with one fronts a clause that its first comma closes
	Contrastives         []string            `yaml:"contrastives"`          // "while", "mens": after a comma they join a clause with a subject of its own, as "and" does
	JudgementVerbs       []string            `yaml:"judgement_verbs"`       // "praised", "beskrevet": in the passive with an agent and "as", the agent's judgement
	InfinitiveClaims     []string            `yaml:"infinitive_claims"`     // "pledged", "lovet": a statement of what the subject will do, in an infinitive ("pledged to fulfil …")
	OfficeFields         []string            `yaml:"office_fields"`         // "defense": the field of a minister or secretary, ending the title before a name ("Minister of Defense Hazem Shaalan")
	LawNouns             []string            `yaml:"law_nouns"`             // "act", "lov": a capitalised acronym before one names a law ("the CARS act"), however common a word it is
	PolityWords          []string            `yaml:"polity_words"`          // "kingdom", "republic": "the Republic of Ireland" names the country it is of
	Epithets             []string            `yaml:"epithets"`              // "Great": "Catherine the Great" is one person's name
	PersonCues           []string            `yaml:"person_cues"`           // "grandson", "death of": the lower-case words right before a name that make it a person's
	ParticipleEndings    []string            `yaml:"participle_endings"`    // "-ed": a past participle's ending, whose "by" names the passive's agent ("acquired by X")
	IrregularParticiples []string            `yaml:"irregular_participles"` // "written", "led": participles no ending gives
	SpatialParticiples   []string            `yaml:"spatial_participles"`   // "surrounded", "bordered": participles whose "by" may name a place
	WorkNouns            []string            `yaml:"work_nouns"`            // "game", "album", "series": a name a sentence says is one is a work's, no entity ("Harbor Lights is an adventure video game")
	FacilityNouns        map[string]string   `yaml:"facility_nouns"`        // "lufthavn" → "airport": "Kennedy airport" names a place, named in English
	SportWords           []string            `yaml:"sport_words"`           // "goal", "kampen": an article with several reports a game, its cities' names are their clubs
	ClubSuffixes         []string            `yaml:"club_suffixes"`         // "FC", "FK": the known club "Liverpool FC" is the side a game report calls "Liverpool"
	ClubWords            []string            `yaml:"club_words"`            // "Town", "Academical": in a game report "Ipswich Town" is a club
	ClubCues             []string            `yaml:"club_cues"`             // "joined", "signed for": before a town's name, its club ("he joined Toulon in 2021")
	SidePrepositions     []string            `yaml:"side_prepositions"`     // "at", "from": in a game report "a defeat at Livingston" is the side's, not the town's
	SideNouns            []string            `yaml:"side_nouns"`            // "side", "men", "menn": in a game report "Gerrard's men" are the side he leads
	OpponentWords        []string            `yaml:"opponent_words"`        // "against", "mot": in a game report the one-word name after it is a side
	ResultWords          []string            `yaml:"result_words"`          // "beat", "slo": in a game report the names either side of it are sides
	MatchOfficials       []string            `yaml:"match_officials"`       // "referee", "dommer": the person after it plays for no side
	TeammateCues         []string            `yaml:"teammate_cues"`         // "set up", "came on for", "la opp til": in a game report the players either side play together
	OpponentCues         []string            `yaml:"opponent_cues"`         // "denied by", "challenge on", "felte": the players either side play against each other
	SuffixNames          map[string]string   `yaml:"suffix_names"`
	MemberCues           map[string]string   `yaml:"member_cues"`
	According            []string            `yaml:"according"`
	CitedBy              []string            `yaml:"cited_by"`              // "as cited by": the medium that quotes a statement, not its speaker
	NounPhraseEnds       []string            `yaml:"noun_phrase_ends"`      // words after a noun phrase's head: "a school in Milan" (not "a company spokesman")
	Possessives          map[string]string   `yaml:"possessives"`           // possessive pronoun → personal pronoun: "her" → "she" ("her Chequers plan" is hers)
	AgentNouns           []string            `yaml:"agent_nouns"`           // "aide", "official": "a senior GOP aide told CNN" speaks for the party
	ClaimNouns           []string            `yaml:"claim_nouns"`           // "allegation", "påstanden": "an allegation from X that …" is X's claim
	AuthorityWords       []string            `yaml:"authority_words"`       // "the authorities", "myndighetene": the state the article is about
	RequestVerbs         []string            `yaml:"request_verbs"`         // "asked", "bedt": "X asked the US to stay away from …" is X's claim
	KindNouns            map[string][]string `yaml:"kind_nouns"`            // nouns that say what a name is in an apposition or after a copula: "X, a catholic school in Milan"
	ExampleKinds         map[string][]string `yaml:"example_kinds"`         // plural nouns whose examples follow: "artists such as Akala and Lowkey" are people
	Articles             []string            `yaml:"articles"`              // "the", "a": skipped before a source's name
	SourceNouns          []string            `yaml:"source_nouns"`          // "poll", "survey": a source's document whose findings it states
	ClaimVerbs           []string            `yaml:"claim_verbs"`           // verbs whose object is itself the claim: "announced the closure of …"
	ClauseVerbs          []string            `yaml:"clause_verbs"`          // verbs a reported clause may follow without "that": "said", "added"
	TellVerbs            []string            `yaml:"tell_verbs"`            // verbs whose first object is whom they address: "told reporters …"
	Addressees           []string            `yaml:"addressees"`            // nouns for those addressed: "reporters", "a news conference"
	Conjunctions         []string            `yaml:"conjunctions"`          // "and", "og": join a subject's second verb
	AppositionOpeners    []string            `yaml:"apposition_openers"`    // "backed", "who", "som": open an apposition a sentence reads on without
	SurveyMakers         []string            `yaml:"survey_makers"`         // words between a source noun and its maker: "conducted by", "utført av"
	FindingVerbs         []string            `yaml:"finding_verbs"`         // what a survey does with its findings: "found", "viser"
	NotBeforeClaim       []string            `yaml:"not_before_claim_verb"` // "the claims", "is confirmed": a noun or a passive, no statement
	PostposedPossessives []string            `yaml:"postposed_possessives"` // "sin", "hans": after a definite noun ("uttalelsen sin") they end a phrase
	Relatives            []string            `yaml:"relatives"`
	ActorVerbs           []string            `yaml:"actor_verbs"`
	ActorObjects         []string            `yaml:"actor_objects"` // words before a capital that acts as their object: "accused Washington of", "talks with Moscow"
	ClauseOpeners        []string            `yaml:"clause_openers"`
	EventWords           []string            `yaml:"event_words"`
	// PartyEvents are the lower-case nouns that make a party's name the
	// name of its gathering, with the English noun the event is named by
	// ("the Labour conference", "Tory-konferansen": conference)
	PartyEvents map[string]string `yaml:"party_events"`
	// AdministrationNouns make a leader's name the name of the government
	// they lead, with the English noun it is named by ("the Trump
	// administration", "Trump-administrasjonen": administration)
	AdministrationNouns map[string]string `yaml:"administration_nouns"`
	PlanNouns           map[string]string `yaml:"plan_nouns"`  // "plan" → Proposal: "the Chequers plan" names one
	EventHeads          map[string]string `yaml:"event_heads"` // "slaget" → "Battle": "slaget ved Stiklestad" is the Battle of Stiklestad
	EventLinks          []string          `yaml:"event_links"` // join an event's head to its place: "of", "ved"
	EventNouns          map[string]string `yaml:"event_nouns"` // "quake" → "earthquake": an unnamed event an article may be about
	OnceEvents          []string          `yaml:"once_events"` // events of event_nouns (by kg's name) one mention makes an entity: "midterm elections"
	FormerWords         []string          `yaml:"former_words"`
	ShadowWords         []string          `yaml:"shadow_words"`        // former_words that deny an office but not a party's membership: "shadow"
	DepartmentNouns     []string          `yaml:"department_nouns"`    // a body's part whose head leads no body: "Google's cloud unit"
	Nominals            map[string]string `yaml:"nominals"`            // "company" → "Company": a kind noun that stands for the last body of that type ("" any)
	PartyLetters        map[string]string `yaml:"party_letters"`       // "R" → gazetteer key of the party
	ChamberTitles       map[string]string `yaml:"chamber_titles"`      // "senator" → "senate": a titled person is a member of the chamber the article names
	PartyAbbreviations  map[string]string `yaml:"party_abbreviations"` // "Erna Solberg (H)": "H" → gazetteer key of the party
	PartyAdjectives     map[string]string `yaml:"party_adjectives"`    // "democratic" → gazetteer key of the party
	PartyMembers        map[string]string `yaml:"party_members"`       // "democrat", "demokraten" → gazetteer key of the party its member is called after
	SupporterNouns      []string          `yaml:"supporter_nouns"`     // "supporters", "støttespillere": "X and his Republican supporters"
	PoliticianTitles    []string          `yaml:"politician_titles"`   // "senator": a party adjective before one makes a member
	DeputyWords         []string          `yaml:"deputy_words"`        // "vice", "deputy": a leader's title they qualify makes a member
	HeadTitles          []string          `yaml:"head_titles"`         // "President", "statsminister": titles of a state's or body's head
	DenialVerbs         []string          `yaml:"denial_verbs"`        // "denied", "benektet": a claim in a few words ("X denied the reports")
	NamingVerbs         []string          `yaml:"naming_verbs"`        // "called", "kalte": calling someone a "…" is a claim
	StateTitles         map[string]string `yaml:"state_titles"`        // "secretary of state" → united-states: a title only one state has
	CompanyNouns        []string          `yaml:"company_nouns"`       // "carrier", "produsent": "Russian manufacturer Sukhoi" lies in Russia
	JobNouns            []string          `yaml:"job_nouns"`           // "strategist", "analytiker": "a strategist at IG Index" works for a body
	ScornWords          []string          `yaml:"scorn_words"`         // "hysterical", "tåpelig": calling someone one ({SCORN} in a pattern) opposes them
	BackerSuffixes      []string          `yaml:"backer_suffixes"`     // "backed": "Russian-backed" names the state behind
	CompanyOfficers     []string          `yaml:"company_officers"`    // "chief financial officer": quoted, a company's officer speaks for it
	ViolenceWords       []string          `yaml:"violence_words"`      // "shot", "kniv": a person's attack on a person is blows, not words, only beside one
	// Past tense by shape, for languages that mark a genitive with a bare
	// -s ("Brett Kavanaughs nominasjon"): a name before a verb in the past
	// ("Jeff Sessions beordret") is no genitive.
	PastEndings           []string          `yaml:"past_endings"`           // endings of past-tense verbs with at least three letters before them ("beordret")
	ShortPastEndings      []string          `yaml:"short_past_endings"`     // endings that mark the past after two letters too ("talte")
	IrregularPast         []string          `yaml:"irregular_past"`         // past forms no ending gives ("tok")
	VerbPrefixes          []string          `yaml:"verb_prefixes"`          // prefixes of compound verbs whose irregular past is the simple verb's ("deltok")
	PoliceWords           []string          `yaml:"police_words"`           // "police", "politiet": the article's police force
	PoliceHeads           []string          `yaml:"police_heads"`           // "police chief", "politimester": the head of the article's police force
	PoliceRanks           []string          `yaml:"police_ranks"`           // "det", "sergeant", "operasjonsleder": an officer who acts for the article's police force
	MediaVerbs            []string          `yaml:"media_verbs"`            // "reported", "meldte": "The Hill reported" names a medium
	StateHeads            []string          `yaml:"state_heads"`            // head titles of a state, not a body: "president", "statsminister"
	MinisterTitles        []string          `yaml:"minister_titles"`        // endings of a state's ministers' titles: "minister" ("Foreign Minister", "utenriksminister")
	PortfolioOnlyTitles   []string          `yaml:"portfolio_only_titles"`  // minister titles only after a portfolio: "Business Secretary X", not "Press Secretary X"
	NotPortfolios         []string          `yaml:"not_portfolios"`         // words before such a title that name no portfolio: "press", "general"
	SpokesTitles          []string          `yaml:"spokes_titles"`          // a spokesperson's titles: an unknown "Spokeswoman X" speaks for the article's one body
	BodyHeads             []string          `yaml:"body_heads"`             // a body's head's titles: "chairman X" leads the body named just before, or the article's one body
	BodyTitles            []string          `yaml:"body_titles"`            // titles only a body has: "Bellator's senior vice president" makes Bellator no person
	SubjectAdverbs        []string          `yaml:"subject_adverbs"`        // adverbs between a subject and its verb: "the company also said"
	WordsOf               []string          `yaml:"words_of"`               // "in the words of": hands the quote after it to whom it names
	StatementNouns        []string          `yaml:"statement_nouns"`        // "statement", "uttalelse": "X issued a statement. "…"" is X's quote
	SpeechLeadIns         []string          `yaml:"speech_lead_ins"`        // "went on to": "he went on to say that …" is his claim
	InvertedAuxiliaries   []string          `yaml:"inverted_auxiliaries"`   // auxiliaries before the subject of an attribution: "«…», skal han ha sagt"
	StanceWords           []string          `yaml:"stance_words"`           // "concerned": "X is concerned that …" is X's claim
	Demonstratives        []string          `yaml:"demonstratives"`         // "this": "the White House denies this" denies the statement before it
	DemonstrativeLinks    []string          `yaml:"demonstrative_links"`    // "is what": "That is what X told the BBC" attributes the statement before it
	ViewPrepositions      []string          `yaml:"view_prepositions"`      // "in": "In Per Dahl's view, …" is Dahl's claim
	AsOpeners             []string          `yaml:"as_openers"`             // "som": "Som Jordan Spieth sier, …" is Spieth's claim
	PlacePlurals          []string          `yaml:"place_plurals"`          // "cities": "Iraqi cities … Mosul, Baiji and Tuz" lie in Iraq
	BodyPossessives       []string          `yaml:"body_possessives"`       // "its": "Its president, Heather Lindqvist, said" leads the body named before
	ProposalVerbs         []string          `yaml:"proposal_verbs"`         // "proposed", "put forward": "Russia proposed a 24-hour truce" makes the truce a Proposal
	ProposalStances       []string          `yaml:"proposal_stances"`       // "opposed", "voted for": "X opposed the plan" makes the plan a Proposal though no one is said to have proposed it
	ProposalNouns         map[string]string `yaml:"proposal_nouns"`         // "truce" → "truce", "våpenhvilen" → "våpenhvile": a proposal's kind, by its forms
	ProposalDefinites     []string          `yaml:"proposal_definites"`     // "the", "this": "the truce" after it is that proposal
	DemonstrativeSources  []string          `yaml:"demonstrative_sources"`  // "is the view of": "That is the view of X" attributes the statement before it
	ViewNouns             []string          `yaml:"view_nouns"`             // "view", "opinion": a genitive's view opening a sentence
	PassiveAgents         []string          `yaml:"passive_agents"`         // "by": "This was confirmed by X" names who said the statement before it
	AddresseePrepositions []string          `yaml:"addressee_prepositions"` // "to": "confirmed this to Reuters"
	Copulas               []string          `yaml:"copulas"`
	Modals                []string          `yaml:"modals"`              // "kan", "vil", "will": a finite verb opening a clause ("sier de kan trappe opp …")
	PeopleNouns           []string          `yaml:"people_nouns"`        // "X, an Australian woman, …": an apposition only a person has
	CompoundTitles        bool              `yaml:"compound_titles"`     // titles are written as compounds: "samferdselsminister" is a "minister"             // "is", "er": "X, whose book …, is CEO of Y" ends a relative clause
	PersonNouns           []string          `yaml:"person_nouns"`        // "champion", "verdensmesteren": "the world champion said" is the person the article is about
	ObjectPrepositions    []string          `yaml:"object_prepositions"` // "for", "on": "condolences for Jobs and described …" — Jobs is no subject
	ContinuingVerbs       []string          `yaml:"continuing_verbs"`    // "added", "la til": `"…," the investment banker added` goes on from the last speaker
	ExampleMarkers        []string          `yaml:"example_markers"`     // "such", "som": "brands such as Revlon" names products
	EventPlaceName        string            `yaml:"event_place_name"`    // "{place} {event}": "the summit in Singapore" is the Singapore summit
	PoliceSuffixes        []string          `yaml:"police_suffixes"`     // "police department": "Wasilla Police Department" is the police of Wasilla, keyed so in every language
	PoliceOf              []string          `yaml:"police_of"`           // "politiet i": the police of the places after it, one force
	TeamRoles             map[string]string `yaml:"team_roles"`          // "manager" → "leaderOf": a sports title compounded with its club
	SideRoles             map[string]string `yaml:"side_roles"`          // "forward" → "memberOf": a side's role in a description ("the Juventus forward")
	ProductNouns          []string          `yaml:"product_nouns"`       // "sedan", "film": a name beside one is a product's
	QuantityNouns         []string          `yaml:"quantity_nouns"`      // "years", "times": a number before one counts, it numbers no model
	TimePrepositions      []string          `yaml:"time_prepositions"`   // "after", "etter": "told reporters after the match" tells no clause
	AskedWords            []string          `yaml:"asked_words"`         // "asked", "spurt": who was asked answers next ("James was asked … «…», he replied")
	StateAbbrevs          map[string]string `yaml:"state_abbreviations"` // "Ariz." → gazetteer key of the state
	Relations             []RelationRule    `yaml:"relations"`

	stop, orgWords, placeWords, prepIn, sidePrepositions, sideNouns, speech, report, negations, cityNouns, actorVerbs, actorObjects, clauseOpeners, eventWords, formerWords                                                                                                                                                                                                                                                                                                                                                                                                                                                                   set
	articles, sourceNouns, claimVerbs, clauseVerbs, conjunctions, surveyMakers, findingVerbs, notBeforeClaim, politicianTitles, deputyWords, productNouns, quantityNouns, timePrepositions, supporterNouns, askedWords, headTitles, denialVerbs, namingVerbs, companyNouns, policeWords, policeHeads, policeRanks, mediaVerbs, stateHeads, jobNouns, irregularPast, infinitiveMarkers, seemingVerbs, institutionHeads, localLeaders, subordinators, contrastives, judgementVerbs, infinitiveClaims, officeFields, lawNouns, polityWords, epithets, personCues, spatialParticiples, irregularParticiples, workNouns, clubCues, departmentNouns set
	spokesTitles, bodyTitles, subjectAdverbs, bodyHeads, tellVerbs, addressees, eventLinks, portfolioOnly, notPortfolios                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                      set

	wordsOf               [][]string            // the words_of phrases, split into words
	claimParticles        map[string][][]string // claim_particles, split into words
	claimWords            set                   // report, request, denial and stance words, and claimParticles' verbs
	speechLeadIns         [][]string            // speech_lead_ins, split into words
	invertedAuxiliaries   set                   // inverted_auxiliaries
	nounPhraseEnds        set                   // noun_phrase_ends
	agentNouns            set                   // agent_nouns
	claimNouns            set                   // claim_nouns
	authorityWords        set                   // authority_words
	requestVerbs          set                   // request_verbs
	kindOf                map[string]string     // kind_nouns inverted: noun → type
	exampleKindOf         map[string]string     // example_kinds inverted: noun → type
	policeOf              [][]string            // the police_of phrases, split into words
	according             [][]string            // the according phrases, split into words
	sourcePhrases         [][]string            // the according and cited_by phrases, split into words
	eventFirst            set                   // first words of event nouns of two words
	roleOf                map[string]string     // role word (may be two words) → kind
	roleTails             set                   // the last four bytes of each role word: a compound's end is one
	nominal               map[string]string     // kind noun → type it stands for
	cueOf                 map[string]string
	suffixOf              map[string]string
	docOf                 map[string]string
	docFirst              set // first words of document nouns
	orgNouns              set
	sportWords            set
	statementNouns        set
	copulas               set
	modals                set
	peopleNouns           set
	stanceWords           set
	demonstratives        set
	demonstrativeLinks    [][]string // the demonstrative_links phrases, split into words
	demonstrativeSources  [][]string // the demonstrative_sources phrases, split into words
	passiveAgents         set
	viewPrepositions      set
	asOpeners             set
	placePlurals          set
	bodyPossessives       set
	proposalVerbs         phrases // proposal_verbs, split into words
	proposalStances       phrases // proposal_stances, split into words
	viewNouns             set
	addresseePrepositions set
	meansWords            set
	verbNegations         set
	personNouns           set
	objectPrepositions    set
	continuingVerbs       set
	exampleMarkers        set
	relative              set
	literalID             map[string]int // numbers of the relation rules' required literals
	// bareApposition finds an apposition between a name and its verb,
	// "X, backed by Y, captured Z": the sentence also reads without it
	bareApposition *regexp.Regexp
	// secondApposition finds a person's apposition of two roles, "X, a
	// professor at Y and a specialist at Z", to read the second alone
	secondApposition *regexp.Regexp
	orgSuffixOf      map[string]string // ending → organisation type
	orgSuffixLens    []int             // the lengths of orgSuffixOf's endings, longest first
	// actorsByFirst indexes the actor phrases by their first word
	// (lower-case, or "{demonym}" or "{country}")
	actorsByFirst map[string][]actorPhrase
	// actorsByDemonym and actorsByCountry are actorsByFirst's "{demonym}"
	// and "{country}" lists, looked up once
	actorsByDemonym, actorsByCountry []actorPhrase
	// triLiterals holds the literals of literalID of three bytes or more,
	// ordered by the hash h of their first three bytes (triHash), at
	// triStart[h]:triStart[h+1]; shortLiterals are the others.
	triStart      []uint32
	triLiterals   []literal
	shortLiterals []literal
	// rulesByLiteral lists, per literal number, the relation rules whose
	// first group of required literals holds it; rulesAlways are the rules
	// with no required literal. A sentence tries only the rules its
	// literals name (ruleSet).
	rulesByLiteral [][]int32
	rulesAlways    []int32
	eventRules     []uint64 // a bit per relation rule: those with an event slot (eventSlot)
}

// triBits is the size of the literal table's hash: small enough that the
// table stays in the fastest cache while a sentence is scanned.
const triBits = 12

// triHash hashes the three bytes at the start of s into triBits bits.
func triHash(s string) int {
	return int((uint32(s[0])*0x9E3779B1^uint32(s[1])*0x85EBCA77^uint32(s[2])*0xC2B2AE3D)>>(32-triBits)) & (1<<triBits - 1)
}

type lexiconFile struct {
	GivenNames      []string               `yaml:"given_names"`
	PlaceGivenNames []string               `yaml:"place_given_names"`
	FemaleNames     []string               `yaml:"female_names"`
	UnisexNames     []string               `yaml:"unisex_names"`
	CommonGiven     []string               `yaml:"common_given_names"`  // generated: tools/gennames
	CommonFemale    []string               `yaml:"common_female_names"` // generated: tools/gennames
	FamousPeople    []string               `yaml:"famous_people"`       // generated: tools/genpeople
	Entities        []GazetteerEntry       `yaml:"entities"`
	Countries       map[string]countryData `yaml:"countries"`
	NameWords       `yaml:",inline"`
	LanguageRules   `yaml:",inline"`
}

// NameWords are words that shape names in every language kg reads
// (lexicon/names.yaml); a user's lexicon file may add to them.
type NameWords struct {
	Directions         map[string]string   `yaml:"directions"`          // "sør" → "South": "Sør-Darfur" is South Darfur
	Compass            []string            `yaml:"compass"`             // alone a direction, not a place: "the West"
	CompassHeads       []string            `yaml:"compass_heads"`       // name a part of the place after them: "Northern Ireland"
	PlaceHeads         []string            `yaml:"place_heads"`         // begin the names of lakes, mountains and capes
	NamePrefixes       []string            `yaml:"name_prefixes"`       // go before a name with a hyphen: "anti-Trump"
	NameConnectors     []string            `yaml:"name_connectors"`     // join the words of a name: "Bank of England", "Osama bin Laden"
	BodyConnectors     []string            `yaml:"body_connectors"`     // join words into an organisation's name only: "Observatory for Human Rights"
	InnerConnectors    []string            `yaml:"inner_connectors"`    // join words inside a name begun before them: "Ouro Preto do Oeste", "Puchberg am Schneeberg"
	ConnectorPairs     []string            `yaml:"connector_pairs"`     // two words that join a name's words: "Santa Cruz de la Sierra", "Sankt Veit an der Gölsen"
	PlaceJoiners       []string            `yaml:"place_joiners"`       // join only places' names: "Frankfurt am Main", "Newcastle upon Tyne"
	FamilyFirmWords    []string            `yaml:"family_firm_words"`   // after "and" or "&", end a firm's name: "Alexander Stephen and Sons", "J.P. Morgan & Co."
	NationalBranches   map[string]string   `yaml:"national_branches"`   // a body's key → the English name of its national branches: after a people's adjective, "the Indonesian Red Cross"
	TopicHeads         []string            `yaml:"topic_heads"`         // bodies named for their subject after "on": "Committee on Foreign Affairs"
	ProductNames       []string            `yaml:"product_names"`       // products news names like bodies: "Mac OS X", "PlayStation"; a name they open is a product too
	GroupWords         []string            `yaml:"group_words"`         // capitalised like names, but no names: "Muslim", "Sunni"
	PortfolioTitles    []string            `yaml:"portfolio_titles"`    // titles a portfolio's name comes before: "Energy Secretary"
	ListWords          []string            `yaml:"list_words"`          // join a list's names: "X, Y and Z"
	FromWords          []string            `yaml:"from_words"`          // "Robyn Christie from Melrose": where someone is from
	Honorifics         []string            `yaml:"honorifics"`          // titles that say nothing of a body before them: "Mr"
	TitleModifiers     []string            `yaml:"title_modifiers"`     // qualify a title: "vice", "acting"
	CorporateSuffixes  []string            `yaml:"corporate_suffixes"`  // "Apple Inc.": the same company
	InvertedKinds      []string            `yaml:"inverted_kinds"`      // "Ministry of X" is "X Ministry"
	GenericFirstWords  []string            `yaml:"generic_first_words"` // no distinctive first word of a body: "National"
	RealmWords         []string            `yaml:"realm_words"`         // end a realm's name: "Ottoman Empire"
	EraWords           []string            `yaml:"era_words"`           // end an era's name, no entity: "Middle Ages", "Bronze Age"
	VenueWords         []string            `yaml:"venue_words"`         // join a venue's name by "and": "Palms Hotel and Casino"
	StormWords         []string            `yaml:"storm_words"`         // "Hurricane Katrina", "orkanen Katrina"
	PlaceKinds         []string            `yaml:"place_kinds"`         // "the Valle Seco region"
	PlacePrepositions  []string            `yaml:"place_prepositions"`  // "south of X, Mexico"
	PostNominals       []string            `yaml:"post_nominals"`       // as written: "Chris Leslie MP"
	PlaceAbbreviations []string            `yaml:"place_abbreviations"` // as written: "St. Thomas", "Mt. Everest"
	ClauseSubjects     []string            `yaml:"clause_subjects"`     // open a reported clause: "said he would …"
	SourcePronouns     map[string]string   `yaml:"source_pronouns"`     // "according to them": group or person
	OrgWordTypes       map[string][]string `yaml:"org_word_types"`      // the kind of body an organisation word names: "party" → PoliticalParty
}

type set map[string]bool

func newSet(words []string) set {
	s := set{}
	for _, w := range words {
		s[strings.ToLower(w)] = true
	}
	return s
}

// Lexicon is everything the extractor knows in advance: the gazetteer and
// each language's rules.
type Lexicon struct {
	entries map[string]*GazetteerEntry // by key
	// countryKeys are the countries' keys by ISO 3166 code
	countryKeys map[string]string
	// placesByLen: one-word place names (lower case) by length, for
	// reading misspelt ones; built on first use
	placesOnce  sync.Once
	placesByLen map[int][]placeName
	byName      map[string][]*GazetteerEntry
	byLower     map[string][]*GazetteerEntry // lower-cased names, acronyms left out
	// demonyms: lower-case demonym → country entry
	demonyms map[string]*GazetteerEntry
	// demonymStarts: first words of demonyms of two words or more
	demonymStarts set
	maxLen        int            // longest name in tokens
	maxLenFrom    map[string]int // longest name starting with a (lower-case) word
	// nameStarts holds the first two or more words (lower case, joined)
	// of every known name longer than them ("new york" of "New York
	// Times"): reach stops at the first run of words no name begins with
	nameStarts set
	givenNames set
	placeGiven set // places that are also given names ("Jordan")
	// famousPeople: one word that names a person and nothing else
	// ("Hemingway"), as written
	famousPeople set
	handGiven    set // given_names and female_names only: the hand-made lists
	handFemale   set // female_names only: sure enough to rule a man out
	femaleNames  set
	unisexNames  set // given to women and men alike: no pronoun rules the bearer out
	// firstWords holds the lower-cased first word of every known name
	firstWords set
	// lowerStarts holds first words of names written in lower case
	// ("representantenes hus", "demokratene")
	lowerStarts set
	// openers are lowerStarts and the names that do not start as a name
	// does ("eBay", "al-Qaida"): a word of neither, in lower case, opens no
	// known name (one look-up in a small set for most words of a text)
	openers set
	// orgWords and placeWords of every language
	orgWords, placeWords set
	// counterparts: a generic name (lower case) → the bodies it names in
	// articles about their home country when it is not one of their names
	// ("finansdepartementet" → HM Treasury, the US Treasury)
	counterparts map[string][]*GazetteerEntry
	national     map[string][]*GazetteerEntry // by national name, lower case
	// ministries: a known state's ministry by its home and English name
	// ("norway|Defence Ministry" → Forsvarsdepartementet)
	ministries map[string]*GazetteerEntry
	rules      map[string]*LanguageRules
	// the NameWords of every file, lower-case but groupWords
	directions                                                                                                               map[string]string
	compass, compassHeads, placeHeads, namePrefixes, connectors, orgConnectors, groupWords, portfolios                       set
	listWords, fromWords, honorifics, titleModifiers, corporateSuffixes, genericFirstWords, realmWords, eraWords, venueWords set
	topicHeads, invertedKinds, innerConnectors, connectorPairs, placeJoiners, familyFirmWords                                set
	productNames                                                                                                             map[string]bool // as written
	nationalBranches                                                                                                         map[string]string
	stormWords, placeKinds, placePrepositions, clauseSubjects                                                                set
	postNominals, placeAbbrevs                                                                                               set // as written
	languageNames                                                                                                            set // as written: "Hindi", "Swahili"
	sourcePronouns                                                                                                           map[string]string
	stormKeys                                                                                                                []string          // the keys of the storm words, sorted
	orgWordTypes                                                                                                             map[string]string // organisation word → entity type
}

// LoadLexicon reads the built-in lexicon plus the extra files given.
func LoadLexicon(extra []string) (*Lexicon, error) {
	lx := &Lexicon{entries: map[string]*GazetteerEntry{}, byName: map[string][]*GazetteerEntry{}, byLower: map[string][]*GazetteerEntry{}, maxLenFrom: map[string]int{},
		demonyms: map[string]*GazetteerEntry{}, demonymStarts: set{}, rules: map[string]*LanguageRules{}}
	names, err := builtinLexicon.ReadDir("lexicon")
	if err != nil {
		return nil, err
	}
	var files []lexiconFile
	var sources []string
	for _, n := range names {
		data, err := builtinLexicon.ReadFile("lexicon/" + n.Name())
		if err != nil {
			return nil, err
		}
		var f lexiconFile
		if err := yaml.Unmarshal(data, &f); err != nil {
			return nil, fmt.Errorf("built-in lexicon %s: %w", n.Name(), err)
		}
		files = append(files, f)
		sources = append(sources, n.Name())
	}
	for _, path := range extra {
		data, err := os.ReadFile(path)
		if err != nil {
			return nil, fmt.Errorf("lexicon %s: %w", path, err)
		}
		var f lexiconFile
		if err := yaml.Unmarshal(data, &f); err != nil {
			return nil, fmt.Errorf("lexicon %s: %w", path, err)
		}
		files = append(files, f)
		sources = append(sources, path)
	}
	lx.givenNames, lx.femaleNames, lx.placeGiven, lx.handGiven, lx.handFemale, lx.unisexNames = set{}, set{}, set{}, set{}, set{}, set{}
	lx.famousPeople = set{}
	lx.directions = map[string]string{}
	lx.compass, lx.compassHeads, lx.placeHeads, lx.namePrefixes, lx.connectors, lx.orgConnectors, lx.groupWords, lx.portfolios = set{}, set{}, set{}, set{}, set{}, set{}, set{}, set{}
	lx.listWords, lx.fromWords, lx.honorifics, lx.titleModifiers, lx.corporateSuffixes, lx.genericFirstWords, lx.realmWords, lx.eraWords, lx.venueWords = set{}, set{}, set{}, set{}, set{}, set{}, set{}, set{}, set{}
	lx.stormWords, lx.placeKinds, lx.placePrepositions, lx.clauseSubjects, lx.postNominals, lx.placeAbbrevs = set{}, set{}, set{}, set{}, set{}, set{}
	lx.topicHeads, lx.invertedKinds, lx.innerConnectors, lx.connectorPairs, lx.placeJoiners, lx.familyFirmWords = set{}, set{}, set{}, set{}, set{}, set{}
	lx.productNames = map[string]bool{}
	lx.sourcePronouns = map[string]string{}
	lx.orgWordTypes = map[string]string{}
	for _, f := range files {
		for typ, words := range f.OrgWordTypes {
			for _, w := range words {
				lx.orgWordTypes[strings.ToLower(w)] = typ
			}
		}
		for w, kind := range f.SourcePronouns {
			lx.sourcePronouns[strings.ToLower(w)] = kind
		}
		for _, w := range f.PostNominals {
			lx.postNominals[w] = true
		}
		for _, w := range f.ProductNames {
			lx.productNames[w] = true
		}
		for _, w := range f.PlaceAbbreviations {
			lx.placeAbbrevs[w] = true
		}
		for w, dir := range f.Directions {
			lx.directions[strings.ToLower(w)] = dir
		}
		for key, name := range f.NationalBranches {
			if lx.nationalBranches == nil {
				lx.nationalBranches = map[string]string{}
			}
			lx.nationalBranches[key] = name
		}
		for _, l := range []struct {
			to    set
			words []string
		}{{lx.compass, f.Compass}, {lx.compassHeads, f.CompassHeads}, {lx.placeHeads, f.PlaceHeads}, {lx.namePrefixes, f.NamePrefixes},
			{lx.connectors, f.NameConnectors}, {lx.orgConnectors, f.BodyConnectors}, {lx.topicHeads, f.TopicHeads}, {lx.portfolios, f.PortfolioTitles},
			{lx.listWords, f.ListWords}, {lx.fromWords, f.FromWords}, {lx.honorifics, f.Honorifics}, {lx.titleModifiers, f.TitleModifiers},
			{lx.corporateSuffixes, f.CorporateSuffixes}, {lx.genericFirstWords, f.GenericFirstWords}, {lx.realmWords, f.RealmWords}, {lx.eraWords, f.EraWords}, {lx.venueWords, f.VenueWords},
			{lx.stormWords, f.StormWords}, {lx.innerConnectors, f.InnerConnectors}, {lx.connectorPairs, f.ConnectorPairs}, {lx.placeJoiners, f.PlaceJoiners}, {lx.familyFirmWords, f.FamilyFirmWords}, {lx.placeKinds, f.PlaceKinds}, {lx.placePrepositions, f.PlacePrepositions}, {lx.clauseSubjects, f.ClauseSubjects}, {lx.invertedKinds, f.InvertedKinds}} {
			for _, w := range l.words {
				l.to[strings.ToLower(w)] = true
			}
		}
		for _, w := range f.GroupWords {
			lx.groupWords[w] = true // compared as written: "Christian" the given name is no group word
		}
		for _, n := range f.CommonGiven {
			lx.givenNames[n] = true
		}
		for _, n := range f.CommonFemale {
			lx.givenNames[n] = true
			lx.femaleNames[n] = true
		}
		for _, n := range f.PlaceGivenNames {
			lx.placeGiven[n] = true
		}
		for _, n := range f.FamousPeople {
			lx.famousPeople[n] = true
		}
		for _, n := range f.GivenNames {
			lx.givenNames[n] = true
			lx.handGiven[n] = true
		}
		for _, n := range f.UnisexNames {
			lx.unisexNames[n] = true // a pronoun's fit only: whether a name is a given name the other lists say
		}
		for _, n := range f.FemaleNames {
			lx.givenNames[n] = true
			lx.femaleNames[n] = true
			lx.handGiven[n] = true
			lx.handFemale[n] = true
		}
		if f.Countries != nil {
			lx.addCountries(f.Countries)
		}
	}
	for w := range lx.stormWords {
		lx.stormKeys = append(lx.stormKeys, Key(w))
	}
	sort.Strings(lx.stormKeys)
	for i, f := range files {
		for j := range f.Entities {
			e := f.Entities[j]
			if e.Key == "" || e.Name == "" || !contains(EntityTypes, e.Type) {
				return nil, fmt.Errorf("lexicon %s: entity %q needs a key, a name and one of the types %v", sources[i], e.Name, EntityTypes)
			}
			lx.add(&e)
		}
		if f.Language != "" {
			if err := lx.addRules(f.LanguageRules); err != nil {
				return nil, fmt.Errorf("lexicon %s: %w", sources[i], err)
			}
		}
	}
	lx.addLanguages()
	lx.indexMinistries()
	return lx, nil
}

// indexMinistries finds the known bodies that are a state's ministry by
// their names in any language ("Forsvarsdepartementet", home norway, is
// Norway's Defence Ministry), so that "the Norwegian defence ministry" is
// that body, not a new one.
func (lx *Lexicon) indexMinistries() {
	lx.ministries = map[string]*GazetteerEntry{}
	for _, e := range lx.entries {
		if e.Home == "" || e.Type != "GovernmentOrganization" {
			continue
		}
		names := append(append([]string{e.Name}, e.Names...), e.Generic...)
		for _, ls := range e.Labels {
			names = append(names, ls...)
		}
		for _, r := range lx.rules {
			for _, n := range names {
				if p := r.ministryName(strings.Fields(strings.ToLower(n))); p != "" {
					if k := e.Home + "|" + p; lx.ministries[k] == nil {
						lx.ministries[k] = e
					}
				}
			}
		}
	}
}

// ministryName reads a ministry's English name ("Defence Ministry") from a
// name's lower-case words, all of them: "utenriksdepartementet", "foreign
// ministry", "ministry of defence"; or "".
func (r *LanguageRules) ministryName(words []string) string {
	switch {
	case len(words) == 1:
		for _, noun := range r.MinistryNouns {
			if stem, ok := strings.CutSuffix(words[0], noun); ok && stem != "" && r.MinistryPortfolios[stem] != "" {
				return r.MinistryPortfolios[stem] + " Ministry"
			}
		}
	case len(words) >= 3 && contains(r.MinistryNouns, words[0]) && words[1] == "of":
		rest := words[2:]
		if rest[0] == "the" {
			rest = rest[1:]
		}
		if p := r.MinistryPortfolios[strings.Join(rest, " ")]; p != "" {
			return p + " Ministry"
		}
	case len(words) >= 2 && contains(r.MinistryNouns, words[len(words)-1]):
		if p := r.MinistryPortfolios[strings.Join(words[:len(words)-1], " ")]; p != "" {
			return p + " Ministry"
		}
	}
	return ""
}

// addLanguages collects the English names of the languages CLDR names
// ("Hindi", "Swahili", "Latin"): a language's name is no name of a
// person, body or place ("made in Hindi"). Names the gazetteer knows
// ("Nauru") or people bear as given names are left out. (Norwegian writes
// them in lower case.)
func (lx *Lexicon) addLanguages() {
	lx.languageNames = set{}
	en := display.Languages(language.English)
	for a := 'a'; a <= 'z'; a++ {
		for b := 'a'; b <= 'z'; b++ {
			base, err := language.ParseBase(string([]rune{a, b}))
			if err != nil {
				continue
			}
			name := en.Name(base)
			if name == "" || strings.ContainsAny(name, " -()") || lx.givenNames[name] || len(lx.lookup([]string{name})) > 0 {
				continue
			}
			lx.languageNames[name] = true
		}
	}
}

// notCountries are CLDR regions news does not name as one state: two
// places under one code ("Svalbard og Jan Mayen" is two islands) and an
// uninhabited island (the gazetteer has it as a place).
var notCountries = map[string]bool{"SJ": true, "BV": true}

// addCountries adds every CLDR country with its English and Norwegian
// names, enriched by the lexicon's own data.
func (lx *Lexicon) addCountries(extra map[string]countryData) {
	en := display.Regions(language.English)
	no := display.Regions(language.Norwegian) // "nb" would give Danish names
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			code := string([]rune{a, b})
			r, err := language.ParseRegion(code)
			if err != nil || !r.IsCountry() || code == "UN" || code == "EU" || code == "EZ" || notCountries[code] {
				continue
			}
			enName, noName := en.Name(r), no.Name(r)
			if enName == "" || noName == "" {
				continue
			}
			names := []string{enName, noName}
			if x, ok := extra[code]; ok && x.Name != "" {
				enName = x.Name // "Hong Kong", not "Hong Kong SAR China"
				names = append(names, enName)
			}
			if lx.countryKeys == nil {
				lx.countryKeys = map[string]string{}
			}
			lx.countryKeys[code] = Key(enName)
			e := &GazetteerEntry{Key: Key(enName), Name: enName, Type: "Country",
				Names: names, Labels: map[string][]string{"en": {enName}, "nb": {noName}}}
			if x, ok := extra[code]; ok {
				e.QID = x.QID
				e.Names = append(e.Names, x.Names...)
				e.Demonyms = x.Demonyms
			}
			lx.add(e)
		}
	}
}

func (lx *Lexicon) add(e *GazetteerEntry) {
	if old, ok := lx.entries[e.Key]; ok {
		old.Names = dedup(append(old.Names, e.Names...))
		if old.QID == "" {
			old.QID = e.QID
		}
		if old.In == "" {
			old.In = e.In
		}
		if old.Leads == "" {
			old.Leads, old.LeadsFrom, old.LeadsTo, old.LeadsAgainFrom = e.Leads, e.LeadsFrom, e.LeadsTo, e.LeadsAgainFrom
		}
		if old.CapitalOf == "" {
			old.CapitalOf = e.CapitalOf
		}
		if old.Demonyms == nil {
			old.Demonyms = e.Demonyms
		}
		if old.Home == "" {
			old.Home = e.Home
		}
		old.Generic = append(old.Generic, e.Generic...)
		old.National = append(old.National, e.National...)
		e = old
	} else {
		lx.entries[e.Key] = e
	}
	for _, g := range e.Generic {
		if containsFold(e.Names, g) || containsEntry(lx.counterparts[strings.ToLower(g)], e) {
			continue
		}
		if lx.counterparts == nil {
			lx.counterparts = map[string][]*GazetteerEntry{}
		}
		lx.counterparts[strings.ToLower(g)] = append(lx.counterparts[strings.ToLower(g)], e)
	}
	for _, n := range e.National {
		if lx.national == nil {
			lx.national = map[string][]*GazetteerEntry{}
		}
		if k := strings.ToLower(n); !containsEntry(lx.national[k], e) {
			lx.national[k] = append(lx.national[k], e)
		}
	}
	names := apostropheVariants(append([]string{e.Name}, e.Names...))
	if e.Type == "Country" {
		// "Democratic Republic of Congo": a state's formal name without its article
		for _, n := range names {
			if strings.Contains(n, " of the ") {
				names = append(names, strings.Replace(n, " of the ", " of ", 1))
			}
		}
	}
	for _, n := range names {
		k := nameKey(n)
		if k == "" {
			continue
		}
		if !containsEntry(lx.byName[k], e) {
			lx.byName[k] = append(lx.byName[k], e)
		}
		if !startsName(k) {
			if lx.openers == nil {
				lx.openers = set{}
			}
			lx.openers[k] = true
		}
		// names other than acronyms also match in another case ("The Hague", "the hague")
		if lk := strings.ToLower(k); !isAllCaps(k) && !containsEntry(lx.byLower[lk], e) {
			lx.byLower[lk] = append(lx.byLower[lk], e)
		}
		if lx.firstWords == nil {
			lx.firstWords = set{}
		}
		lx.firstWords[strings.ToLower(strings.Fields(k)[0])] = true
		if first := strings.Fields(k)[0]; isLowerWord(first) {
			if lx.lowerStarts == nil {
				lx.lowerStarts = set{}
			}
			lx.lowerStarts[first] = true
			if lx.openers == nil {
				lx.openers = set{}
			}
			lx.openers[first] = true
		}
		if l := len(strings.Fields(k)); l > lx.maxLen {
			lx.maxLen = l
		}
		if first, l := strings.ToLower(strings.Fields(k)[0]), len(strings.Fields(k)); l > lx.maxLenFrom[first] {
			lx.maxLenFrom[first] = l
		}
		if fs := strings.Fields(strings.ToLower(k)); len(fs) > 1 {
			if lx.nameStarts == nil {
				lx.nameStarts = set{}
			}
			for m := 2; m < len(fs); m++ {
				lx.nameStarts[strings.Join(fs[:m], " ")] = true
			}
		}
	}
	for _, ds := range e.Demonyms {
		for _, d := range ds {
			lx.demonyms[strings.ToLower(d)] = e
			if first, _, two := strings.Cut(strings.ToLower(d), " "); two {
				lx.demonymStarts[first] = true // "south" of "South Korean"
			}
		}
	}
}

func containsEntry(list []*GazetteerEntry, e *GazetteerEntry) bool {
	for _, x := range list {
		if x == e {
			return true
		}
	}
	return false
}

// nameKey is the lookup form of a name: tokens joined by single spaces,
// case kept (acronyms must match exactly; see lookup).
// apostropheVariants adds to names their spellings with the other
// apostrophe and, for a plural's, none: "Kurdistan Workers’ Party" and
// "Kurdistan Workers Party" are "Kurdistan Workers' Party".
func apostropheVariants(names []string) []string {
	out := names
	for _, n := range names {
		if !strings.ContainsAny(n, "'’") || !strings.Contains(n, " ") {
			continue
		}
		straight := strings.ReplaceAll(n, "’", "'")
		out = append(out, straight, strings.ReplaceAll(straight, "'", "’"))
		if bare := strings.ReplaceAll(straight, "s' ", "s "); bare != straight {
			out = append(out, bare)
		}
	}
	return out
}

func nameKey(name string) string {
	var parts []string
	for _, t := range Tokenize(name, 0) {
		parts = append(parts, t.Text)
	}
	return strings.Join(parts, " ")
}

func (lx *Lexicon) addRules(r LanguageRules) error {
	cur, ok := lx.rules[r.Language]
	if !ok {
		cur = &LanguageRules{Language: r.Language, Roles: map[string][]string{}, Pronouns: map[string][]string{},
			Documents: map[string][]string{}, Cues: map[string][]string{}, CompoundSuffixes: map[string][]string{}, KindNouns: map[string][]string{}, ExampleKinds: map[string][]string{}}
		lx.rules[r.Language] = cur
	}
	cur.Stopwords = append(cur.Stopwords, r.Stopwords...)
	cur.SpeechVerbs = append(cur.SpeechVerbs, r.SpeechVerbs...)
	cur.ReportVerbs = append(cur.ReportVerbs, r.ReportVerbs...)
	cur.Negations = append(cur.Negations, r.Negations...)
	cur.Actors = append(cur.Actors, r.Actors...)
	cur.OrgWords = append(cur.OrgWords, r.OrgWords...)
	cur.PlaceWords = append(cur.PlaceWords, r.PlaceWords...)
	cur.PrepositionsIn = append(cur.PrepositionsIn, r.PrepositionsIn...)
	cur.CityNouns = append(cur.CityNouns, r.CityNouns...)
	cur.According = append(cur.According, r.According...)
	cur.CitedBy = append(cur.CitedBy, r.CitedBy...)
	cur.NounPhraseEnds = append(cur.NounPhraseEnds, r.NounPhraseEnds...)
	mergeNames(&cur.Possessives, r.Possessives, true)
	cur.AgentNouns = append(cur.AgentNouns, r.AgentNouns...)
	cur.ClaimNouns = append(cur.ClaimNouns, r.ClaimNouns...)
	cur.AuthorityWords = append(cur.AuthorityWords, r.AuthorityWords...)
	cur.RequestVerbs = append(cur.RequestVerbs, r.RequestVerbs...)
	cur.Articles = append(cur.Articles, r.Articles...)
	cur.SourceNouns = append(cur.SourceNouns, r.SourceNouns...)
	cur.ClaimVerbs = append(cur.ClaimVerbs, r.ClaimVerbs...)
	cur.ClauseVerbs = append(cur.ClauseVerbs, r.ClauseVerbs...)
	cur.TellVerbs = append(cur.TellVerbs, r.TellVerbs...)
	cur.Addressees = append(cur.Addressees, r.Addressees...)
	cur.Conjunctions = append(cur.Conjunctions, r.Conjunctions...)
	cur.AppositionOpeners = append(cur.AppositionOpeners, r.AppositionOpeners...)
	cur.SurveyMakers = append(cur.SurveyMakers, r.SurveyMakers...)
	cur.FindingVerbs = append(cur.FindingVerbs, r.FindingVerbs...)
	cur.NotBeforeClaim = append(cur.NotBeforeClaim, r.NotBeforeClaim...)
	cur.PostposedPossessives = append(cur.PostposedPossessives, r.PostposedPossessives...)
	cur.Relatives = append(cur.Relatives, r.Relatives...)
	cur.OrgNouns = append(cur.OrgNouns, r.OrgNouns...)
	mergeNames(&cur.FacilityNouns, r.FacilityNouns, true)
	cur.InfinitiveMarkers = append(cur.InfinitiveMarkers, r.InfinitiveMarkers...)
	cur.SeemingVerbs = append(cur.SeemingVerbs, r.SeemingVerbs...)
	cur.InstitutionHeads = append(cur.InstitutionHeads, r.InstitutionHeads...)
	cur.LocalLeaders = append(cur.LocalLeaders, r.LocalLeaders...)
	cur.Subordinators = append(cur.Subordinators, r.Subordinators...)
	cur.Contrastives = append(cur.Contrastives, r.Contrastives...)
	cur.JudgementVerbs = append(cur.JudgementVerbs, r.JudgementVerbs...)
	cur.InfinitiveClaims = append(cur.InfinitiveClaims, r.InfinitiveClaims...)
	cur.OfficeFields = append(cur.OfficeFields, r.OfficeFields...)
	cur.LawNouns = append(cur.LawNouns, r.LawNouns...)
	cur.PolityWords = append(cur.PolityWords, r.PolityWords...)
	cur.Epithets = append(cur.Epithets, r.Epithets...)
	cur.PersonCues = append(cur.PersonCues, r.PersonCues...)
	cur.SpatialParticiples = append(cur.SpatialParticiples, r.SpatialParticiples...)
	cur.WorkNouns = append(cur.WorkNouns, r.WorkNouns...)
	cur.ParticipleEndings = append(cur.ParticipleEndings, r.ParticipleEndings...)
	cur.IrregularParticiples = append(cur.IrregularParticiples, r.IrregularParticiples...)
	cur.SportWords = append(cur.SportWords, r.SportWords...)
	cur.ClubSuffixes = append(cur.ClubSuffixes, r.ClubSuffixes...)
	cur.ClubWords = append(cur.ClubWords, r.ClubWords...)
	cur.ClubCues = append(cur.ClubCues, r.ClubCues...)
	cur.SidePrepositions = append(cur.SidePrepositions, r.SidePrepositions...)
	cur.SideNouns = append(cur.SideNouns, r.SideNouns...)
	cur.OpponentWords = append(cur.OpponentWords, r.OpponentWords...)
	cur.ResultWords = append(cur.ResultWords, r.ResultWords...)
	cur.MatchOfficials = append(cur.MatchOfficials, r.MatchOfficials...)
	cur.TeammateCues = append(cur.TeammateCues, r.TeammateCues...)
	cur.OpponentCues = append(cur.OpponentCues, r.OpponentCues...)
	for verb, ps := range r.ClaimParticles {
		if cur.ClaimParticles == nil {
			cur.ClaimParticles = map[string][]string{}
		}
		cur.ClaimParticles[verb] = append(cur.ClaimParticles[verb], ps...)
	}
	for verb, ws := range r.NotClaimsWith {
		if cur.NotClaimsWith == nil {
			cur.NotClaimsWith = map[string][]string{}
		}
		cur.NotClaimsWith[verb] = append(cur.NotClaimsWith[verb], ws...)
	}
	if cur.OrgSuffixes == nil {
		cur.OrgSuffixes = map[string][]string{}
	}
	mergeMap(cur.OrgSuffixes, r.OrgSuffixes)
	mergeNames(&cur.MemberCues, r.MemberCues, true)
	mergeNames(&cur.SuffixNames, r.SuffixNames, false)
	cur.ActorVerbs = append(cur.ActorVerbs, r.ActorVerbs...)
	cur.ActorObjects = append(cur.ActorObjects, r.ActorObjects...)
	cur.ClauseOpeners = append(cur.ClauseOpeners, r.ClauseOpeners...)
	cur.EventWords = append(cur.EventWords, r.EventWords...)
	mergeNames(&cur.PartyEvents, r.PartyEvents, true)
	mergeNames(&cur.AdministrationNouns, r.AdministrationNouns, true)
	mergeNames(&cur.PlanNouns, r.PlanNouns, true)
	mergeNames(&cur.EventHeads, r.EventHeads, true)
	cur.EventLinks = append(cur.EventLinks, r.EventLinks...)
	mergeNames(&cur.EventNouns, r.EventNouns, true)
	cur.OnceEvents = append(cur.OnceEvents, r.OnceEvents...)
	cur.FormerWords = append(cur.FormerWords, r.FormerWords...)
	mergeNames(&cur.Nominals, r.Nominals, false)
	mergeNames(&cur.PartyAdjectives, r.PartyAdjectives, true)
	mergeNames(&cur.PartyMembers, r.PartyMembers, true)
	cur.SupporterNouns = append(cur.SupporterNouns, r.SupporterNouns...)
	cur.PoliticianTitles = append(cur.PoliticianTitles, r.PoliticianTitles...)
	cur.DeputyWords = append(cur.DeputyWords, r.DeputyWords...)
	cur.HeadTitles = append(cur.HeadTitles, r.HeadTitles...)
	cur.DenialVerbs = append(cur.DenialVerbs, r.DenialVerbs...)
	cur.NamingVerbs = append(cur.NamingVerbs, r.NamingVerbs...)
	cur.CompanyNouns = append(cur.CompanyNouns, r.CompanyNouns...)
	cur.JobNouns = append(cur.JobNouns, r.JobNouns...)
	cur.ScornWords = append(cur.ScornWords, r.ScornWords...)
	cur.BackerSuffixes = append(cur.BackerSuffixes, r.BackerSuffixes...)
	cur.CompanyOfficers = append(cur.CompanyOfficers, r.CompanyOfficers...)
	cur.ViolenceWords = append(cur.ViolenceWords, r.ViolenceWords...)
	cur.PastEndings = append(cur.PastEndings, r.PastEndings...)
	cur.ShortPastEndings = append(cur.ShortPastEndings, r.ShortPastEndings...)
	cur.IrregularPast = append(cur.IrregularPast, r.IrregularPast...)
	cur.VerbPrefixes = append(cur.VerbPrefixes, r.VerbPrefixes...)
	cur.PoliceWords = append(cur.PoliceWords, r.PoliceWords...)
	cur.PoliceHeads = append(cur.PoliceHeads, r.PoliceHeads...)
	cur.PoliceRanks = append(cur.PoliceRanks, r.PoliceRanks...)
	cur.MediaVerbs = append(cur.MediaVerbs, r.MediaVerbs...)
	cur.StateHeads = append(cur.StateHeads, r.StateHeads...)
	cur.MinisterTitles = append(cur.MinisterTitles, r.MinisterTitles...)
	cur.PortfolioOnlyTitles = append(cur.PortfolioOnlyTitles, r.PortfolioOnlyTitles...)
	cur.NotPortfolios = append(cur.NotPortfolios, r.NotPortfolios...)
	cur.SpokesTitles = append(cur.SpokesTitles, r.SpokesTitles...)
	cur.BodyHeads = append(cur.BodyHeads, r.BodyHeads...)
	cur.BodyTitles = append(cur.BodyTitles, r.BodyTitles...)
	cur.SubjectAdverbs = append(cur.SubjectAdverbs, r.SubjectAdverbs...)
	cur.WordsOf = append(cur.WordsOf, r.WordsOf...)
	cur.StatementNouns = append(cur.StatementNouns, r.StatementNouns...)
	cur.Copulas = append(cur.Copulas, r.Copulas...)
	cur.Modals = append(cur.Modals, r.Modals...)
	cur.PeopleNouns = append(cur.PeopleNouns, r.PeopleNouns...)
	cur.ShadowWords = append(cur.ShadowWords, r.ShadowWords...)
	cur.DepartmentNouns = append(cur.DepartmentNouns, r.DepartmentNouns...)
	cur.CompoundTitles = cur.CompoundTitles || r.CompoundTitles
	cur.SpeechLeadIns = append(cur.SpeechLeadIns, r.SpeechLeadIns...)
	cur.InvertedAuxiliaries = append(cur.InvertedAuxiliaries, r.InvertedAuxiliaries...)
	cur.StanceWords = append(cur.StanceWords, r.StanceWords...)
	cur.Demonstratives = append(cur.Demonstratives, r.Demonstratives...)
	cur.DemonstrativeLinks = append(cur.DemonstrativeLinks, r.DemonstrativeLinks...)
	cur.ViewPrepositions = append(cur.ViewPrepositions, r.ViewPrepositions...)
	cur.AsOpeners = append(cur.AsOpeners, r.AsOpeners...)
	cur.PlacePlurals = append(cur.PlacePlurals, r.PlacePlurals...)
	cur.BodyPossessives = append(cur.BodyPossessives, r.BodyPossessives...)
	cur.ProposalVerbs = append(cur.ProposalVerbs, r.ProposalVerbs...)
	cur.ProposalStances = append(cur.ProposalStances, r.ProposalStances...)
	mergeNames(&cur.ProposalNouns, r.ProposalNouns, true)
	cur.ProposalDefinites = append(cur.ProposalDefinites, r.ProposalDefinites...)
	cur.DemonstrativeSources = append(cur.DemonstrativeSources, r.DemonstrativeSources...)
	cur.ViewNouns = append(cur.ViewNouns, r.ViewNouns...)
	cur.PassiveAgents = append(cur.PassiveAgents, r.PassiveAgents...)
	cur.AddresseePrepositions = append(cur.AddresseePrepositions, r.AddresseePrepositions...)
	cur.MeansWords = append(cur.MeansWords, r.MeansWords...)
	cur.StatementPlaces = append(cur.StatementPlaces, r.StatementPlaces...)
	cur.VerbNegations = append(cur.VerbNegations, r.VerbNegations...)
	cur.MinistryNouns = append(cur.MinistryNouns, r.MinistryNouns...)
	if cur.MinistryPortfolios == nil {
		cur.MinistryPortfolios = map[string]string{}
	}
	for w, p := range r.MinistryPortfolios {
		cur.MinistryPortfolios[strings.ToLower(w)] = p
	}
	cur.PersonNouns = append(cur.PersonNouns, r.PersonNouns...)
	cur.ObjectPrepositions = append(cur.ObjectPrepositions, r.ObjectPrepositions...)
	cur.ContinuingVerbs = append(cur.ContinuingVerbs, r.ContinuingVerbs...)
	cur.ExampleMarkers = append(cur.ExampleMarkers, r.ExampleMarkers...)
	cur.PoliceSuffixes = append(cur.PoliceSuffixes, r.PoliceSuffixes...)
	if r.EventPlaceName != "" {
		cur.EventPlaceName = r.EventPlaceName
	}
	cur.PoliceOf = append(cur.PoliceOf, r.PoliceOf...)
	mergeNames(&cur.StateTitles, r.StateTitles, true)
	cur.ProductNouns = append(cur.ProductNouns, r.ProductNouns...)
	cur.QuantityNouns = append(cur.QuantityNouns, r.QuantityNouns...)
	cur.TimePrepositions = append(cur.TimePrepositions, r.TimePrepositions...)
	cur.AskedWords = append(cur.AskedWords, r.AskedWords...)
	mergeNames(&cur.TeamRoles, r.TeamRoles, true)
	mergeNames(&cur.SideRoles, r.SideRoles, true)
	mergeNames(&cur.PartyLetters, r.PartyLetters, false)
	mergeNames(&cur.ChamberTitles, r.ChamberTitles, true)
	mergeNames(&cur.PartyAbbreviations, r.PartyAbbreviations, false)
	mergeNames(&cur.StateAbbrevs, r.StateAbbrevs, false)
	mergeMap(cur.Roles, r.Roles)
	mergeMap(cur.Pronouns, r.Pronouns)
	mergeMap(cur.Documents, r.Documents)
	mergeMap(cur.Cues, r.Cues)
	mergeMap(cur.CompoundSuffixes, r.CompoundSuffixes)
	mergeMap(cur.KindNouns, r.KindNouns)
	mergeMap(cur.ExampleKinds, r.ExampleKinds)
	jobs, scorn := wordAlternation(cur.JobNouns), wordAlternation(cur.ScornWords)
	for _, rel := range r.Relations {
		if !contains(PredicateNames, rel.Predicate) {
			return fmt.Errorf("relation pattern %q: unknown predicate %q", rel.Pattern, rel.Predicate)
		}
		if strings.Contains(rel.Pattern, "{DOC}") {
			rel.implicitDoc = true
		}
		if strings.Contains(rel.Pattern, "{PLAN}") {
			rel.implicitPlan = true
		}
		re, err := compilePattern(strings.NewReplacer("{DOC}", "", "{PLAN}", "", "{JOB}", jobs, "{SCORN}", scorn).Replace(rel.Pattern))
		if err != nil {
			return fmt.Errorf("relation pattern %q: %w", rel.Pattern, err)
		}
		rel.re = re
		for _, sm := range slotRe.FindAllStringSubmatch(rel.Pattern, -1) {
			classes := sm[3]
			if classes == "" {
				classes = "POGLDV"
			}
			var set uint8
			for k := 0; k < len(classes); k++ {
				set |= classBit(classes[k])
			}
			rel.slotClasses = append(rel.slotClasses, set)
			// (a stance's only: an unnamed event is what one is taken
			// on, "supporters of the referendum"; where one was held is
			// left to the named ones)
			rel.eventSlot = rel.eventSlot || sm[3] != "" && strings.Contains(classes, "V") && (rel.Predicate == "supports" || rel.Predicate == "opposes")
		}
		if parsed, err := syntax.Parse(re.String(), syntax.Perl); err == nil {
			rel.required = requiredLiterals(parsed.Simplify())
			if starts, ok := startLiterals(parsed.Simplify()); ok {
				slices.Sort(starts)
				rel.starts = slices.Compact(starts)
				if prog, err := syntax.Compile(parsed.Simplify()); err == nil && (len(prog.Inst) > maxBacktrackProg || !slices.Equal(rel.starts, []string{"[["})) {
					rel.anchored = regexp.MustCompile(anchoredAt(re))
				}
			}
		}
		if strings.HasPrefix(rel.Pattern, "{S") || strings.HasPrefix(rel.Pattern, "{O") {
			rel.chained = &lazyRegexp{expr: anchoredAt(re), re: rel.anchored} // the anchored pattern when there is one already
		}
		if cur.literalID == nil {
			cur.literalID = map[string]int{}
		}
		for _, group := range rel.required {
			ids := make([]int, len(group))
			for k, lit := range group {
				id, ok := cur.literalID[lit]
				if !ok {
					id = len(cur.literalID)
					cur.literalID[lit] = id
				}
				ids[k] = id
			}
			rel.requiredIDs = append(rel.requiredIDs, ids)
		}
		cur.Relations = append(cur.Relations, rel)
	}
	cur.index()
	// organisation and place words name things in any language's text
	// ("Syrian Observatory" in a Norwegian article)
	if lx.orgWords == nil {
		lx.orgWords, lx.placeWords = set{}, set{}
	}
	for w := range cur.orgWords {
		lx.orgWords[w] = true
	}
	for w := range cur.placeWords {
		lx.placeWords[w] = true
	}
	return nil
}

// mergeNames adds src's entries to *dst (made when nil), its keys lower-cased
// when lower is set: a later lexicon file overrides an earlier one's.
func mergeNames(dst *map[string]string, src map[string]string, lower bool) {
	if *dst == nil {
		*dst = map[string]string{}
	}
	for k, v := range src {
		if lower {
			k = strings.ToLower(k)
		}
		(*dst)[k] = v
	}
}

func mergeMap(dst, src map[string][]string) {
	for k, v := range src {
		dst[k] = append(dst[k], v...)
	}
}

// actorPhrase is one phrase of an Actor, split into words.
type actorPhrase struct {
	actor *Actor
	words []string
}

func (r *LanguageRules) index() {
	byHash := make([][]literal, 1<<triBits)
	r.shortLiterals = nil
	for text, id := range r.literalID {
		if len(text) < 3 {
			r.shortLiterals = append(r.shortLiterals, literal{id, text})
			continue
		}
		h := triHash(text)
		byHash[h] = append(byHash[h], literal{id, text})
	}
	// a flat table by the hash of the first three bytes: one array read
	// per byte of a sentence instead of a map lookup
	r.triStart = make([]uint32, 1<<triBits+1)
	r.triLiterals = r.triLiterals[:0]
	for h := range byHash {
		r.triStart[h] = uint32(len(r.triLiterals))
		r.triLiterals = append(r.triLiterals, byHash[h]...)
	}
	r.triStart[1<<triBits] = uint32(len(r.triLiterals))
	r.eventRules = nil
	for k, rule := range r.Relations {
		if rule.eventSlot {
			if r.eventRules == nil {
				r.eventRules = make([]uint64, (len(r.Relations)+63)/64)
			}
			r.eventRules[k>>6] |= 1 << (k & 63)
		}
	}
	r.rulesByLiteral = make([][]int32, len(r.literalID))
	r.rulesAlways = nil
	for k, rule := range r.Relations {
		if len(rule.requiredIDs) == 0 {
			r.rulesAlways = append(r.rulesAlways, int32(k))
			continue
		}
		for _, id := range rule.requiredIDs[0] {
			r.rulesByLiteral[id] = append(r.rulesByLiteral[id], int32(k))
		}
	}
	r.actorsByFirst = map[string][]actorPhrase{}
	for i := range r.Actors {
		a := &r.Actors[i]
		for _, ph := range a.Phrases {
			words := strings.Fields(strings.ToLower(ph))
			if len(words) > 0 {
				r.actorsByFirst[words[0]] = append(r.actorsByFirst[words[0]], actorPhrase{a, words})
			}
		}
	}
	// longest phrases first
	for _, list := range r.actorsByFirst {
		sort.SliceStable(list, func(i, j int) bool { return len(list[i].words) > len(list[j].words) })
	}
	r.actorsByDemonym, r.actorsByCountry = r.actorsByFirst["{demonym}"], r.actorsByFirst["{country}"]
	r.stop = newSet(r.Stopwords)
	r.orgWords = newSet(r.OrgWords)
	r.placeWords = newSet(r.PlaceWords)
	r.prepIn = newSet(r.PrepositionsIn)
	r.sidePrepositions = newSet(r.SidePrepositions)
	r.sideNouns = newSet(r.SideNouns)
	r.speech = newSet(r.SpeechVerbs)
	r.report = newSet(r.ReportVerbs)
	r.negations = newSet(r.Negations)
	r.clauseOpeners = newSet(r.ClauseOpeners)
	r.eventWords = newSet(r.EventWords)
	r.formerWords = newSet(r.FormerWords)
	r.articles = newSet(r.Articles)
	r.sourceNouns = newSet(r.SourceNouns)
	r.claimVerbs = newSet(r.ClaimVerbs)
	r.clauseVerbs = newSet(r.ClauseVerbs)
	r.eventLinks = newSet(r.EventLinks)
	r.tellVerbs = newSet(r.TellVerbs)
	r.portfolioOnly = newSet(r.PortfolioOnlyTitles)
	r.notPortfolios = newSet(r.NotPortfolios)
	r.addressees = newSet(r.Addressees)
	r.conjunctions = newSet(r.Conjunctions)
	if len(r.Conjunctions) > 0 {
		alts := make([]string, len(r.Conjunctions))
		for i, c := range r.Conjunctions {
			alts[i] = regexp.QuoteMeta(c)
		}
		and := strings.Join(alts, "|")
		// (without a body in the first, the second opens with an article:
		// "the trial's principal investigator and a researcher at")
		r.secondApposition = regexp.MustCompile(`(\[\[\d+:P\]\] , )[^,\[]*? (?:\[\[\d+:O\]\] (?:` + and + `) |(?:` + and + `) (a |an |the |en |et |ei |den |det ))`)
	}
	if len(r.AppositionOpeners) > 0 {
		alts := make([]string, len(r.AppositionOpeners))
		for i, w := range r.AppositionOpeners {
			alts[i] = regexp.QuoteMeta(w)
		}
		// (a name's acronym in brackets may come between: "the Kivu Renewal Movement (MRK), a rebel group …, captured";
		// an article the openers leave out opens one that names no one:
		// "Tom Ashby, the housing minister, dismissed", not "Russia, the US, …")
		var definite []string
		for _, a := range r.Articles {
			if !slices.Contains(r.AppositionOpeners, a) {
				definite = append(definite, regexp.QuoteMeta(a))
			}
		}
		opens := `(?:` + strings.Join(alts, "|") + `) [^,]{0,100}?`
		if len(definite) > 0 {
			opens = `(?:` + opens + `|(?:` + strings.Join(definite, "|") + `) [^,\[]{1,60}?)`
		}
		// ("Grant Whitfield, Abyssal's CEO, rejected": a body's genitive opens it too)
		opens = `(?:` + opens + `|\[\[\d+:[OG]\]\] 's [^,\[]{1,40}?)`
		r.bareApposition = regexp.MustCompile(`(\[\[\d+:[A-Z]+\]\](?:-[a-zæøå]+)?(?: \( \[\[\d+:[A-Z]+\]\] \))?) , ` + opens + ` , ([a-zæøå])`)
	}
	r.surveyMakers = newSet(r.SurveyMakers)
	r.findingVerbs = newSet(r.FindingVerbs)
	r.politicianTitles = newSet(r.PoliticianTitles)
	r.deputyWords = newSet(r.DeputyWords)
	r.headTitles = newSet(r.HeadTitles)
	r.denialVerbs = newSet(r.DenialVerbs)
	r.namingVerbs = newSet(r.NamingVerbs)
	r.companyNouns = newSet(r.CompanyNouns)
	r.jobNouns = newSet(r.JobNouns)
	r.irregularPast = newSet(r.IrregularPast)
	r.infinitiveMarkers = newSet(r.InfinitiveMarkers)
	r.seemingVerbs = newSet(r.SeemingVerbs)
	r.institutionHeads = newSet(r.InstitutionHeads)
	r.localLeaders = newSet(r.LocalLeaders)
	r.subordinators = newSet(r.Subordinators)
	r.contrastives, r.judgementVerbs = newSet(r.Contrastives), newSet(r.JudgementVerbs)
	r.infinitiveClaims = newSet(r.InfinitiveClaims)
	r.officeFields = newSet(r.OfficeFields)
	r.lawNouns = newSet(r.LawNouns)
	r.polityWords = newSet(r.PolityWords)
	r.epithets = newSet(r.Epithets)
	r.personCues = newSet(r.PersonCues)
	r.spatialParticiples = newSet(r.SpatialParticiples)
	r.workNouns = newSet(r.WorkNouns)
	r.clubCues = newSet(r.ClubCues)
	r.departmentNouns = newSet(r.DepartmentNouns)
	r.irregularParticiples = newSet(r.IrregularParticiples)
	r.invertedAuxiliaries = newSet(r.InvertedAuxiliaries)
	r.nounPhraseEnds = newSet(r.NounPhraseEnds)
	r.agentNouns = newSet(r.AgentNouns)
	r.claimNouns = newSet(r.ClaimNouns)
	r.authorityWords = newSet(r.AuthorityWords)
	r.requestVerbs = newSet(r.RequestVerbs)
	r.kindOf = invert(r.KindNouns)
	r.exampleKindOf = invert(r.ExampleKinds)
	r.speechLeadIns = phraseWords(r.SpeechLeadIns)
	r.claimParticles = map[string][][]string{}
	for verb, ps := range r.ClaimParticles {
		for _, p := range ps {
			r.claimParticles[strings.ToLower(verb)] = append(r.claimParticles[strings.ToLower(verb)], strings.Fields(strings.ToLower(p)))
		}
	}
	r.policeWords = newSet(r.PoliceWords)
	r.policeHeads = newSet(r.PoliceHeads)
	r.policeRanks = newSet(r.PoliceRanks)
	r.sportWords = newSet(r.SportWords)
	r.statementNouns = newSet(r.StatementNouns)
	r.copulas = newSet(r.Copulas)
	r.modals = newSet(r.Modals)
	r.peopleNouns = newSet(r.PeopleNouns)
	r.stanceWords = newSet(r.StanceWords)
	r.demonstratives = newSet(r.Demonstratives)
	r.passiveAgents = newSet(r.PassiveAgents)
	r.viewPrepositions = newSet(r.ViewPrepositions)
	r.asOpeners = newSet(r.AsOpeners)
	r.placePlurals = newSet(r.PlacePlurals)
	r.bodyPossessives = newSet(r.BodyPossessives)
	r.proposalVerbs, r.proposalStances = newPhrases(r.ProposalVerbs), newPhrases(r.ProposalStances)
	r.viewNouns = newSet(r.ViewNouns)
	r.demonstrativeLinks, r.demonstrativeSources = phraseWords(r.DemonstrativeLinks), phraseWords(r.DemonstrativeSources)
	r.addresseePrepositions = newSet(r.AddresseePrepositions)
	r.meansWords = newSet(r.MeansWords)
	r.verbNegations = newSet(r.VerbNegations)
	// one lookup per word of a sentence instead of five ((*doc).reported)
	r.claimWords = set{}
	for _, words := range []set{r.report, r.requestVerbs, r.denialVerbs, r.stanceWords} {
		for w := range words {
			r.claimWords[w] = true
		}
	}
	for w := range r.claimParticles {
		r.claimWords[w] = true
	}
	r.personNouns = newSet(r.PersonNouns)
	r.objectPrepositions = newSet(r.ObjectPrepositions)
	r.continuingVerbs = newSet(r.ContinuingVerbs)
	r.exampleMarkers = newSet(r.ExampleMarkers)
	r.mediaVerbs = newSet(r.MediaVerbs)
	r.stateHeads = newSet(r.StateHeads)
	r.spokesTitles, r.bodyTitles, r.subjectAdverbs, r.bodyHeads = newSet(r.SpokesTitles), newSet(r.BodyTitles), newSet(r.SubjectAdverbs), newSet(r.BodyHeads)
	for _, p := range r.WordsOf {
		r.wordsOf = append(r.wordsOf, strings.Fields(strings.ToLower(p)))
	}
	for _, p := range r.PoliceOf {
		r.policeOf = append(r.policeOf, strings.Fields(strings.ToLower(p)))
	}
	for _, p := range r.According {
		r.according = append(r.according, strings.Fields(strings.ToLower(p)))
	}
	r.sourcePhrases = append([][]string(nil), r.according...)
	for _, p := range r.CitedBy {
		r.sourcePhrases = append(r.sourcePhrases, strings.Fields(strings.ToLower(p)))
	}
	r.productNouns = newSet(r.ProductNouns)
	r.quantityNouns = newSet(r.QuantityNouns)
	r.timePrepositions = newSet(r.TimePrepositions)
	r.askedWords = newSet(r.AskedWords)
	r.supporterNouns = newSet(r.SupporterNouns)
	r.eventFirst = set{}
	for k := range r.EventNouns {
		if first, _, two := strings.Cut(k, " "); two {
			r.eventFirst[first] = true
		}
	}
	r.notBeforeClaim = newSet(r.NotBeforeClaim)
	r.nominal = map[string]string{}
	for k, v := range r.Nominals {
		r.nominal[strings.ToLower(k)] = v
	}
	r.cityNouns = newSet(r.CityNouns)
	r.orgNouns = newSet(r.OrgNouns)
	r.relative = newSet(r.Relatives)
	r.orgSuffixOf = invert(r.OrgSuffixes)
	r.orgSuffixLens = nil
	for suf := range r.orgSuffixOf {
		if !slices.Contains(r.orgSuffixLens, len(suf)) {
			r.orgSuffixLens = append(r.orgSuffixLens, len(suf))
		}
	}
	slices.Sort(r.orgSuffixLens)
	slices.Reverse(r.orgSuffixLens) // the longest ending first: "-forlaget" before "-laget"
	r.actorVerbs = newSet(append(append([]string{}, r.ActorVerbs...), r.SpeechVerbs...))
	r.actorObjects = newSet(r.ActorObjects)
	r.roleOf = map[string]string{}
	// "person" titles first so that role kinds override them
	kinds := make([]string, 0, len(r.Roles))
	for k := range r.Roles {
		kinds = append(kinds, k)
	}
	sort.Slice(kinds, func(i, j int) bool { return kinds[i] == "person" || (kinds[j] != "person" && kinds[i] > kinds[j]) })
	r.roleTails = set{}
	for _, k := range kinds {
		for _, w := range r.Roles[k] {
			r.roleOf[strings.ToLower(w)] = k
			if lw := strings.ToLower(w); len(lw) >= 4 {
				r.roleTails[lw[len(lw)-4:]] = true
			}
		}
	}
	r.cueOf = invert(r.Cues)
	r.suffixOf = invert(r.CompoundSuffixes)
	r.docOf = invert(r.Documents)
	r.docFirst = set{}
	for w := range r.docOf {
		r.docFirst[strings.Fields(w)[0]] = true
	}
}

// phraseWords splits each phrase into its lower-case words.
func phraseWords(phrases []string) [][]string {
	var out [][]string
	for _, p := range phrases {
		out = append(out, strings.Fields(strings.ToLower(p)))
	}
	return out
}

// invert maps each word of m's lists to its key; a word listed under two
// keys goes to the first in sorted order, the same in every run.
func invert(m map[string][]string) map[string]string {
	out := map[string]string{}
	for _, k := range slices.Sorted(maps.Keys(m)) {
		for _, w := range m[k] {
			if _, ok := out[strings.ToLower(w)]; !ok {
				out[strings.ToLower(w)] = k
			}
		}
	}
	return out
}

// wordAlternation is a pattern's {JOB} or {SCORN}: the words of the list
// known when the pattern is loaded, longest first, as one group.
func wordAlternation(nouns []string) string {
	list := slices.Clone(nouns)
	sort.Slice(list, func(i, j int) bool {
		return len(list[i]) > len(list[j]) || len(list[i]) == len(list[j]) && list[i] < list[j]
	})
	for i, n := range list {
		list[i] = regexp.QuoteMeta(strings.ToLower(n))
	}
	if len(list) == 0 {
		return "(?:\\b\\B)" // matches nothing
	}
	return "(?:" + strings.Join(list, "|") + ")"
}

// possessed is a possessive, perhaps a body's name, and up to three title
// words before a list's second name: "his Supreme Court nominee", "dets
// allierte".
const possessed = `(?:` + possessiveWords + `) (?:\[\[\d+:[GLO]\]\] )?[a-zæøå][^\s,\[]* (?:[a-zæøå][^\s,\[]* ){0,2}?`

// possessiveWords are the possessives a list's second name may follow,
// in the languages with rules.
const possessiveWords = `his|her|its|their|hans|hennes|dets|deres|sin|sitt|sine`

var (
	slotRe = regexp.MustCompile(`\{([SO])(1)?(?::([A-Z]+))?\}`)
	gapRe  = regexp.MustCompile(`\{w(\d+)-(\d+)\}`)
)

// compilePattern expands a relation pattern's slots ({S:POG}, {O:D}) and
// gaps ({w0-4}) into a regular expression over a tagged sentence.
func compilePattern(p string) (*regexp.Regexp, error) {
	p = slotRe.ReplaceAllStringFunc(p, func(m string) string {
		sm := slotRe.FindStringSubmatch(m)
		classes := sm[3]
		if classes == "" {
			classes = "POGLDV"
		}
		ent := `\[\[\d+:[` + classes + `]\]\]`
		name := "subj"
		if sm[1] == "O" {
			name = "obj"
		}
		if sm[2] == "1" { // one entity, never a list: a title names one person
			return `(?P<` + name + `>` + ent + `)`
		}
		// "X, Y and Z", "X, Y, and Z", "X and Y" — but not "X, and Y": a
		// comma before the last of two opens a new clause
		// "Trump and his Supreme Court nominee Brett Kavanaugh", "Russland og
		// dets allierte Syria": the second named with the first's possessive
		// ("the Web Foundation, the Open Data Institute and the …": each with its article)
		return `(?P<` + name + `>` + ent + `(?: , (?:the )?` + ent + `)+(?: ,)? (?:og|and|&|eller|or) (?:the )?` + ent + `|` + ent + ` (?:og|and|&|eller|or) (?:the |` + possessed + `)?` + ent + `|` + ent + `)`
	})
	p = gapRe.ReplaceAllString(p, `(?:[^ ]+ ){$1,$2}?`)
	return regexp.Compile(p)
}

// placeName is a one-word name of a known place.
type placeName struct {
	lower string
	entry *GazetteerEntry
}

// misspeltPlace returns the known state or place whose one-word name w
// misses by one letter ("Storbrtannia", "Slawesi"), if exactly one does.
func (lx *Lexicon) misspeltPlace(w string) *GazetteerEntry {
	lx.placesOnce.Do(func() {
		lx.placesByLen = map[int][]placeName{}
		for k, es := range lx.byLower {
			if strings.Contains(k, " ") || len(k) < 7 {
				continue
			}
			for _, e := range es {
				if c := class(e.Type); c == 'G' || c == 'L' {
					lx.placesByLen[len(k)] = append(lx.placesByLen[len(k)], placeName{k, e})
				}
			}
		}
	})
	lw := strings.ToLower(w)
	var found *GazetteerEntry
	for n := len(lw) - 1; n <= len(lw)+1; n++ {
		for _, p := range lx.placesByLen[n] {
			// (a slip keeps the first letter: "Sortland" is no "Portland")
			if lw[0] == p.lower[0] && oneEditApart(lw, p.lower) {
				if found != nil && found != p.entry {
					return nil // two places it could be
				}
				found = p.entry
			}
		}
	}
	return found
}

// counterpartIn returns the body of country home a generic name (a
// gazetteer entry's `generic`) names there, other than not; nil if none.
func (lx *Lexicon) counterpartIn(name, home string, not *GazetteerEntry) *GazetteerEntry {
	var found *GazetteerEntry
	for _, c := range lx.counterparts[strings.ToLower(name)] {
		if home != "" && c.Home == home && c != not {
			found = c
		}
	}
	return found
}

// lookup returns the gazetteer entries for a token sequence.
func (lx *Lexicon) lookup(words []string) []*GazetteerEntry {
	if len(words) == 0 || !lx.mayStart(words[0]) {
		return nil
	}
	k := strings.Join(words, " ")
	if es, ok := lx.byName[k]; ok {
		return es
	}
	// case-insensitive match for names that are not acronyms
	if isAllCaps(k) {
		return nil
	}
	var buf [128]byte
	if lower, ok, _ := lowerASCII(buf[:0], k); ok {
		return lx.byLower[string(lower)]
	}
	if es, ok := lx.byLower[strings.ToLower(k)]; ok {
		return es
	}
	return nil
}

// longestFrom is the length in words of the longest known name that
// starts with word (0: none).
func (lx *Lexicon) longestFrom(word string) int {
	if n, ok := lx.maxLenFrom[word]; ok {
		return n
	}
	var buf [64]byte
	if lower, ok, changed := lowerASCII(buf[:0], word); ok {
		if !changed {
			return 0
		}
		return lx.maxLenFrom[string(lower)]
	}
	return lx.maxLenFrom[strings.ToLower(word)]
}

// reach bounds the length of a known name starting at lower[0] (the
// words in lower case): it is at most one word longer than the longest
// run of words some longer name begins with, the last word being the one
// that may end in a genitive ("New York Times'"), and at most max.
func (lx *Lexicon) reach(lower []string, max int) int {
	if max < 2 || len(lower) < 2 {
		return min(max, len(lower))
	}
	// lower[0] begins a name of max > 1 words, so the first two words
	// always count; a third only when the first two begin a longer name
	n := 2
	key := lower[0] + " " + lower[1]
	for n < max && n < len(lower) && lx.nameStarts[key] {
		key += " " + lower[n]
		n++
	}
	return n
}

// mayStart reports whether some known name starts with word.
func (lx *Lexicon) mayStart(word string) bool {
	if lx.firstWords[word] {
		return true
	}
	var buf [64]byte
	if lower, ok, changed := lowerASCII(buf[:0], word); ok {
		return changed && lx.firstWords[string(lower)] // (the conversion in the index does not allocate)
	}
	return lx.firstWords[strings.ToLower(word)]
}

// lowerASCII appends the lower case of w to dst when w is ASCII and fits
// in dst's capacity, reporting whether it did and whether any letter
// changed; the lexicon's lookups use it to lower a word without
// allocating.
func lowerASCII(dst []byte, w string) (lower []byte, ok, changed bool) {
	if len(w) > cap(dst)-len(dst) {
		return dst, false, false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return dst, false, false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
			changed = true
		}
		dst = append(dst, c)
	}
	return dst, true, changed
}
