package extract

import (
	"os"
	"path/filepath"
	"regexp/syntax"
	"slices"
	"strings"
	"testing"

	"kg/loaders"
)

// A rule is skipped only when a sentence lacks entities of its slots'
// classes in the pattern's order; the filter must agree with what the
// pattern can match.
func TestRuleSlotClasses(t *testing.T) {
	lx := &Lexicon{rules: map[string]*LanguageRules{}}
	err := lx.addRules(LanguageRules{Language: "en", Relations: []RelationRule{
		{Predicate: "vetoed", Pattern: "{S:PG} vetoed {O:D}"},
		{Predicate: "memberOf", Pattern: "{S1:P} of {O}"},
	}})
	if err != nil {
		t.Fatal(err)
	}
	veto, member := lx.rules["en"].Relations[0], lx.rules["en"].Relations[1]
	person, state, doc, place := classBit('P'), classBit('G'), classBit('D'), classBit('L')
	for _, c := range []struct {
		rule RelationRule
		seq  []uint8
		want bool
	}{
		{veto, []uint8{state, doc}, true},
		{veto, []uint8{person, place, doc}, true},
		{veto, []uint8{doc, state}, false},      // the resolution named before whoever vetoed it
		{veto, []uint8{state}, false},           // nothing to veto
		{veto, []uint8{doc, place}, false},      // no one to veto it
		{member, []uint8{person, person}, true}, // {O} takes any class, a person too
		{member, []uint8{person}, false},        // one entity fills one slot
		{member, []uint8{state, state}, false},
	} {
		if got := c.rule.hasSlotsInOrder(c.seq); got != c.want {
			t.Errorf("%s with classes %v: got %v, want %v", c.rule.Pattern, c.seq, got, c.want)
		}
	}
	tagged := "[[0:G]] vetoed [[1:D]]"
	if !veto.re.MatchString(tagged) || !veto.hasSlotsInOrder([]uint8{state, doc}) {
		t.Errorf("%q: the rule should match", tagged)
	}
}

// The words that shape names are data a user's lexicon file extends.
func TestUserLexiconExtendsNameWords(t *testing.T) {
	text := "Minister\n\nThe German minister Karl Theodor zu Guttenberg resigned on Tuesday after the scandal.\n"
	names := func(x *Extractor) map[string]bool {
		d, err := x.Extract(loaders.Article{ID: "t", Text: text})
		if err != nil {
			t.Fatal(err)
		}
		out := map[string]bool{}
		for _, e := range d.Entities {
			out[e.Name] = true
		}
		return out
	}
	plain, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	if got := names(plain); got["Karl Theodor zu Guttenberg"] {
		t.Fatalf("the built-in lexicon already joins 'zu' into names; the test needs another connector: %v", got)
	}
	file := filepath.Join(t.TempDir(), "connectors.yaml")
	if err := os.WriteFile(file, []byte("name_connectors: [zu]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	x, err := New(Config{Lexicon: []string{file}})
	if err != nil {
		t.Fatal(err)
	}
	if got := names(x); !got["Karl Theodor zu Guttenberg"] {
		t.Errorf("a name connector from the user's lexicon does not join the name: %v", got)
	}
}

// Word lists that were constants in code are lexicon data a user extends:
// a storm word ("Medicane Zorbas") from a file.
func TestUserLexiconExtendsStormWords(t *testing.T) {
	text := "Storm\n\nMedicane Zorbas hit the coast of Greece on Saturday, and Zorbas moved on to Turkey.\n"
	types := func(x *Extractor) map[string]string {
		d, err := x.Extract(loaders.Article{ID: "t", Text: text})
		if err != nil {
			t.Fatal(err)
		}
		return typesOf(d)
	}
	plain, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	if got := types(plain); got["Medicane Zorbas"] == "Event" {
		t.Fatalf("the built-in lexicon already knows 'medicane': %v", got)
	}
	file := filepath.Join(t.TempDir(), "storms.yaml")
	if err := os.WriteFile(file, []byte("storm_words: [medicane]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	x, err := New(Config{Lexicon: []string{file}})
	if err != nil {
		t.Fatal(err)
	}
	if got := types(x); got["Medicane Zorbas"] != "Event" {
		t.Errorf("a storm word from the user's lexicon names no storm: %v", got)
	}
}

// reach bounds a gazetteer match by the names the words begin; it must
// never cut a known name short, genitive last word included.
func TestLexiconReach(t *testing.T) {
	x, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	lx := x.lex
	for _, c := range []struct {
		words []string
		want  int // at least this
		most  int // at most this
	}{
		{[]string{"new", "york", "times", "reported"}, 3, 3},
		{[]string{"new", "york", "times'", "reporter"}, 3, 3},
		{[]string{"united", "nations", "security", "council", "voted"}, 4, 4},
		{[]string{"the", "cat", "sat", "on", "the", "mat"}, 0, 2},
	} {
		got := lx.reach(c.words, lx.longestFrom(c.words[0]))
		if got < c.want || got > c.most {
			t.Errorf("reach(%q) = %d, want %d..%d", c.words, got, c.want, c.most)
		}
		if c.want > 0 && len(lx.lookup(c.words[:c.want])) == 0 && c.words[c.want-1][len(c.words[c.want-1])-1] != '\'' {
			t.Errorf("%q is no known name: the case tests nothing", c.words[:c.want])
		}
	}
}

// The parser factors "condemned|criticised" into c(?:ondemned|riticised);
// the required words must stay the words, not the letter c, or the
// prefilter passes nearly every sentence to the rule's regexp.
func TestRequiredLiteralsReadFactoredPrefixes(t *testing.T) {
	lx := &Lexicon{rules: map[string]*LanguageRules{}}
	err := lx.addRules(LanguageRules{Language: "en", Relations: []RelationRule{
		{Predicate: "opposes", Pattern: "{S:POG} (?:condemned|criticised|criticized|opposed) {O:POG}"},
	}})
	if err != nil {
		t.Fatal(err)
	}
	rule := lx.rules["en"].Relations[0]
	var words []string
	for _, g := range rule.required {
		for _, w := range g {
			if len(w) >= 4 {
				words = append(words, w)
			}
		}
	}
	for _, g := range rule.required {
		for _, w := range g {
			if w == "c" {
				t.Errorf("required literals %q hold the bare factored prefix %q", rule.required, w)
			}
		}
	}
	if len(words) < 3 {
		t.Errorf("required literals %q: want the verbs (condemned, critici…, opposed)", rule.required)
	}
	if prefilterPasses(lx.rules["en"], 0, "[[0:P]] called for calm on [[1:G]]") {
		t.Error("a sentence with none of the verbs passes the prefilter")
	}
	if !prefilterPasses(lx.rules["en"], 0, "[[0:P]] criticised [[1:G]]") {
		t.Error("a sentence with the verb fails the prefilter")
	}
	if !prefilterPasses(lx.rules["en"], 0, "\xff\xff [[0:P]] criticised [[1:G]] \xff\xff") { // the last pair of bytes in the table
		t.Error("bytes of no text hid the verb")
	}
}

// prefilterPasses reports whether relation rule k of r is tried on the
// tagged sentence s: its literals are found and the rule is in the set
// the found literals select.
func prefilterPasses(r *LanguageRules, k int, s string) bool {
	found := make([]bool, len(r.literalID))
	set := make([]uint64, (len(r.Relations)+63)/64)
	r.ruleSet(r.literalsIn(s, found, nil), set)
	return r.Relations[k].mayMatch(found) && set[k/64]&(1<<(k%64)) != 0
}

// An alternation whose branch opens with a group of its own ("(?:gikk|går)
// til sak mot") still requires one of the group's openings.
func TestRequiredLiteralsReadNestedGroups(t *testing.T) {
	lx := &Lexicon{rules: map[string]*LanguageRules{}}
	err := lx.addRules(LanguageRules{Language: "nb", Relations: []RelationRule{
		{Predicate: "opposes", Pattern: "{S:POG} (?:saksøkte|saksøker|(?:gikk|går|har gått) til sak mot) {O:POG}"},
	}})
	if err != nil {
		t.Fatal(err)
	}
	rule := lx.rules["nb"].Relations[0]
	if prefilterPasses(lx.rules["nb"], 0, "[[0:P]] møtte [[1:G]] på mandag") {
		t.Errorf("a sentence with none of the verbs passes the prefilter (required %q)", rule.required)
	}
	for _, s := range []string{"[[0:P]] gikk til sak mot [[1:G]]", "[[0:P]] saksøkte [[1:G]]", "[[0:P]] har gått til sak mot [[1:G]]"} {
		if !prefilterPasses(lx.rules["nb"], 0, s) || !rule.re.MatchString(s) {
			t.Errorf("%q fails the prefilter or the rule", s)
		}
	}
}

// A rule searched from the first of its opening literals finds what the
// whole sentence gives: every rule of both languages on tagged sentences
// where the openings come late, early, twice or not at all.
func TestRuleFindAllFromOpeningLiterals(t *testing.T) {
	x := extractor(t)
	sentences := []string{
		"[[0:P]] , the president of [[1:O]] , said on Monday",
		"on Monday the chief executive of the company [[0:O]] , [[1:P]] , resigned",
		"in a speech the deputy leader of [[0:O]] , [[1:P]] , and the leader of [[2:O]] , [[3:P]] , met",
		"[[0:G]] og [[1:G]] la ned veto mot [[2:D]] , som var utarbeidet av [[3:G]]",
		"nothing to see here",
		"[[0:P]] , en forsker ved [[1:O]] , sier at [[2:G]] støtter [[3:O]]",
		"said chief investment officer at [[0:O]] , [[1:P]]",
		"ahead of talks the head of [[0:O]] , [[1:P]] , and the head of [[2:O]] ( its founder ) , [[3:P]] , met the president of [[4:G]] , [[5:P]]",
		"the headline named the chief of [[0:O]] , [[1:P]] , [[2:P]] , chief executive of [[3:O]]",
		"the president of [[0:G]] , [[1:P]] , met the head of [[2:O]] , [[3:P]]",
		"the deputy head of [[0:O]] , [[1:P]] , spoke",
	}
	tried, opened, anchored := 0, 0, 0
	for _, lang := range []string{"en", "nb"} {
		for k := range x.lex.rules[lang].Relations {
			rule := &x.lex.rules[lang].Relations[k]
			if rule.starts != nil {
				opened++
			}
			if rule.anchored != nil {
				anchored++
			}
			for _, s := range sentences {
				tried++
				if got, want := rule.findAll(s), rule.re.FindAllStringSubmatchIndex(s, -1); !slices.EqualFunc(got, want, slices.Equal[[]int]) {
					t.Errorf("%s rule %q on %q: %v, the whole sentence gives %v", lang, rule.Pattern, s, got, want)
				}
			}
		}
	}
	if opened < 50 || anchored < 20 {
		t.Errorf("only %d rules have opening literals, %d are tried anchored", opened, anchored)
	}
	if starts, ok := startLiterals(parseSimplified(t, `(?:(?:vice|deputy) )?(?:president|head) of \[\[`)); !ok || !slices.Equal(slices.Sorted(slices.Values(starts)), []string{"deputy ", "head of [[", "president of [[", "vice "}) {
		t.Errorf("opening literals %q, %v", starts, ok)
	}
	for _, p := range []string{`(?:^|the )president`, `\bpresident`, `[a-z]+ of`, `(?:the )?(?:[^\s,]+ )?leader`} {
		if starts, ok := startLiterals(parseSimplified(t, p)); ok {
			t.Errorf("%s: opening literals %q; it may open otherwise", p, starts)
		}
	}
}

func parseSimplified(t *testing.T, p string) *syntax.Regexp {
	t.Helper()
	re, err := syntax.Parse(p, syntax.Perl)
	if err != nil {
		t.Fatal(err)
	}
	return re.Simplify()
}

// The lexicon lowers words for its lookups without allocating, and finds
// what lowering with strings.ToLower finds: ASCII, letters beyond ASCII,
// words too long for the buffer.
func TestLexiconLowersAsToLower(t *testing.T) {
	lx := extractor(t).lex
	old := func(words []string) []*GazetteerEntry {
		if len(words) == 0 || !lx.firstWords[words[0]] && !lx.firstWords[strings.ToLower(words[0])] {
			return nil
		}
		k := strings.Join(words, " ")
		if es, ok := lx.byName[k]; ok {
			return es
		}
		if isAllCaps(k) {
			return nil
		}
		return lx.byLower[strings.ToLower(k)]
	}
	long := strings.Repeat("Long", 40)
	for _, words := range [][]string{{"Russia"}, {"russia"}, {"RUSSIA"}, {"New", "Zealand"}, {"new", "zealand"}, {"Sikkerhetsrådet"}, {"SIKKERHETSRÅDET"}, {"Nusrafronten"}, {"Syria"}, {"the"}, {long}, {"United", "Nations", long}, {"Ærø"}} {
		if got, want := lx.lookup(words), old(words); !slices.Equal(got, want) {
			t.Errorf("lookup(%q) = %v, lowering with strings.ToLower finds %v", words, got, want)
		}
		if got, want := lx.longestFrom(words[0]), lx.maxLenFrom[strings.ToLower(words[0])]; got != want && lx.maxLenFrom[words[0]] == 0 {
			t.Errorf("longestFrom(%q) = %d, want %d", words[0], got, want)
		}
	}
	if len(lx.lookup([]string{"russia"})) == 0 || len(lx.lookup([]string{"New", "Zealand"})) == 0 {
		t.Error("the test names should be known")
	}
	if b, ok, changed := lowerASCII(make([]byte, 0, 8), "AbC"); !ok || !changed || string(b) != "abc" {
		t.Errorf("lowerASCII(AbC) = %q %v %v", b, ok, changed)
	}
	if _, ok, _ := lowerASCII(make([]byte, 0, 8), "Øya"); ok {
		t.Error("lowerASCII lowered a word beyond ASCII")
	}
}

// A word listed under two kinds goes to the same kind in every run (the
// first in sorted order), and the built-in lists list none twice: map
// order once made "produsentorganisasjonen Norgrønt" an armed group in
// one run of five.
func TestInvertIsDeterministic(t *testing.T) {
	m := map[string][]string{"Organization": {"organisasjonen"}, "ArmedGroup": {"organisasjonen", "militsen"}}
	for range 20 {
		if got := invert(m); got["organisasjonen"] != "ArmedGroup" || got["militsen"] != "ArmedGroup" {
			t.Fatalf("invert: %v", got)
		}
	}
	lx, err := LoadLexicon(nil)
	if err != nil {
		t.Fatal(err)
	}
	for lang, r := range lx.rules {
		for name, lists := range map[string]map[string][]string{"cues": r.Cues, "kind_nouns": r.KindNouns, "example_kinds": r.ExampleKinds, "org_suffixes": r.OrgSuffixes, "compound_suffixes": r.CompoundSuffixes, "documents": r.Documents} {
			seen := map[string]string{}
			for k, ws := range lists {
				for _, w := range ws {
					if other, ok := seen[strings.ToLower(w)]; ok && other != k {
						t.Errorf("%s %s: %q under %s and %s", lang, name, w, other, k)
					}
					seen[strings.ToLower(w)] = k
				}
			}
		}
	}
}

// A city name several places share is the biggest one's: Melbourne in
// Australia, not Florida (the generated city list keeps the most populous).
func TestSharedCityNames(t *testing.T) {
	lx := extractor(t).lex
	for city, country := range map[string]string{"melbourne": "australia", "vancouver": "canada", "birmingham": "united-kingdom", "alexandria": "egypt", "hyderabad": "india"} {
		if e := lx.entries[city]; e == nil || e.In != country {
			t.Errorf("%s: want in %s, got %+v", city, country, e)
		}
	}
	// a name the news means something else by is left out: Batman
	if e := lx.entries["batman"]; e != nil && e.Type == "City" {
		t.Errorf("Batman is listed as a city: %+v", e)
	}
}
