package extract

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"kg/loaders"
)

var testExtractor *Extractor

func extractor(t testing.TB) *Extractor {
	t.Helper()
	if testExtractor == nil {
		x, err := New(Config{})
		if err != nil {
			t.Fatal(err)
		}
		testExtractor = x
	}
	return testExtractor
}

func extractFile(t *testing.T, name string) *Document {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	doc, err := extractor(t).Extract(loaders.Article{ID: name, Source: name, Text: string(b)})
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// entityByName finds the entity whose canonical name is name.
func entityByName(d *Document, name string) *Entity {
	for i := range d.Entities {
		if d.Entities[i].Name == name {
			return &d.Entities[i]
		}
	}
	return nil
}

// extractText extracts one article text, failing the test on an error.
func extractText(t *testing.T, text string) *Document {
	t.Helper()
	d, err := extractor(t).Extract(loaders.Article{ID: "t", Text: text})
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// factsOf gathers the relations extracted from each of texts (see facts).
func factsOf(t *testing.T, texts ...string) map[string]bool {
	t.Helper()
	out := map[string]bool{}
	for _, text := range texts {
		for k := range facts(extractText(t, text)) {
			out[k] = true
		}
	}
	return out
}

// claimsOf gathers the claims extracted from each of texts (see claimsBy).
func claimsOf(t *testing.T, texts ...string) map[string][]string {
	t.Helper()
	out := map[string][]string{}
	for _, text := range texts {
		for k, v := range claimsBy(extractText(t, text)) {
			out[k] = append(out[k], v...)
		}
	}
	return out
}

// facts renders relations as "Subject predicate Object" by canonical name.
func facts(d *Document) map[string]bool {
	byID := map[string]string{}
	for _, e := range d.Entities {
		byID[e.ID] = e.Name
	}
	out := map[string]bool{}
	for _, r := range d.Relations {
		out[byID[r.Subject]+" "+r.Predicate+" "+byID[r.Object]] = true
	}
	return out
}

func claimsBy(d *Document) map[string][]string {
	byID := map[string]string{}
	for _, e := range d.Entities {
		byID[e.ID] = e.Name
	}
	out := map[string][]string{}
	for _, c := range d.Claims {
		out[byID[c.Speaker]] = append(out[byID[c.Speaker]], c.Text)
	}
	return out
}

// wantFacts fails the test for each of want (as facts renders them) that f
// lacks.
func wantFacts(t *testing.T, f map[string]bool, want ...string) {
	t.Helper()
	for _, w := range want {
		if !f[w] {
			t.Errorf("missing %q: %v", w, f)
		}
	}
}

// typesOf maps each entity's canonical name to its type.
func typesOf(d *Document) map[string]string {
	out := map[string]string{}
	for _, e := range d.Entities {
		out[e.Name] = e.Type
	}
	return out
}

// hasClaim reports whether speaker has a claim holding words (c from claimsBy).
// wantClaims reports each speaker and words of want that c has no claim
// for (see hasClaim).
func wantClaims(t *testing.T, c map[string][]string, want [][2]string) {
	t.Helper()
	for _, w := range want {
		if !hasClaim(c, w[0], w[1]) {
			t.Errorf("no claim by %s holding %q: %v", w[0], w[1], c)
		}
	}
}

func hasClaim(c map[string][]string, speaker, words string) bool {
	for _, s := range c[speaker] {
		if strings.Contains(s, words) {
			return true
		}
	}
	return false
}

func TestNorwegianArticle(t *testing.T) {
	d := extractFile(t, "nb-jemen.txt")
	if d.Language != "nb" {
		t.Errorf("language = %q, want nb", d.Language)
	}
	russia := entityByName(d, "Russia")
	if russia == nil || russia.Type != "Country" || russia.QID != "Q159" {
		t.Fatalf("Russia not found as a country with its QID: %+v", russia)
	}
	if !contains(russia.Aliases, "Russland") {
		t.Errorf("Russia's aliases %v lack the Norwegian name", russia.Aliases)
	}
	f := facts(d)
	wantFacts(t, f, "China vetoed UN resolution", "Russia vetoed UN resolution", // coordination
		"Sweden drafted UN resolution", "Peru drafted UN resolution", "Kuwait drafted UN resolution", // passive
		"Karin Lund represents Sweden", "Li Wenhao represents China", // titles
		"Ahmed Saleh memberOf Ansar Allah Movement",
		"Ansar Allah Movement memberOf rebels",   // "i opprørsgruppen X"
		"Yemeni government forces controls Aden", // the story is set in Yemen
		"UN resolution submittedTo UN Security Council")
	if f["France vetoed UN resolution"] {
		t.Error("a denied veto became a fact")
	}
	c := claimsBy(d)
	if len(c["Karin Lund"]) != 1 || !strings.Contains(c["Karin Lund"][0], "svart dag") {
		t.Errorf("dash quote not attributed to Karin Lund: %v", c)
	}
	if len(c["Li Wenhao"]) != 1 || !strings.HasPrefix(c["Li Wenhao"][0], "resolusjonen ville") {
		t.Errorf("reported speech (mener at) not attributed: %v", c)
	}
}

func TestEnglishArticle(t *testing.T) {
	d := extractFile(t, "en-jemen.txt")
	if d.Language != "en" {
		t.Errorf("language = %q, want en", d.Language)
	}
	f := facts(d)
	wantFacts(t, f, "China vetoed resolution", "Russia vetoed resolution",
		"Sweden drafted resolution", "Peru drafted resolution", "Kuwait drafted resolution",
		"Karin Lund represents Sweden", "Li Wenhao represents China",
		"Ahmed Saleh memberOf Ansar Allah",
		"Yemeni government forces controls Aden", // the story is set in Yemen
		"Hodeidah locatedIn Yemen")
	if f["France vetoed resolution"] {
		t.Error("'did not veto' became a veto")
	}
	c := claimsBy(d)
	if len(c["Ahmed Saleh"]) != 1 || c["Ahmed Saleh"][0] != "We will never surrender" {
		t.Errorf(`"…," said X not attributed: %v`, c)
	}
}

// The same story in two languages gives the same canonical entities.
func TestCrossLingualKeys(t *testing.T) {
	en, nb := extractFile(t, "en-jemen.txt"), extractFile(t, "nb-jemen.txt")
	keys := func(d *Document) map[string]bool {
		out := map[string]bool{}
		for _, e := range d.Entities {
			out[e.Key] = true
		}
		return out
	}
	ke, kn := keys(en), keys(nb)
	for _, k := range []string{"russia", "china", "yemen", "sweden", "united-nations", "un-security-council", "karin-lund", "li-wenhao", "aden", "hodeidah", "yemeni-government-forces"} {
		if !ke[k] || !kn[k] {
			t.Errorf("key %q: in English %v, in Norwegian %v", k, ke[k], kn[k])
		}
	}
}

// Mentions point at the exact bytes of the text.
func TestMentionOffsets(t *testing.T) {
	for _, name := range []string{"nb-jemen.txt", "en-jemen.txt", "pl-unknown.txt"} {
		b, _ := os.ReadFile(filepath.Join("testdata", name))
		d := extractFile(t, name)
		for _, e := range d.Entities {
			for _, m := range e.Mentions {
				if got := string(b[m.Start:m.End]); got != m.Text {
					t.Errorf("%s: mention %q at %d:%d reads %q", name, m.Text, m.Start, m.End, got)
				}
			}
		}
		for _, r := range d.Relations {
			if got := string(b[r.Start:r.End]); got != r.Evidence {
				t.Errorf("%s: evidence offsets %d:%d read %q, not %q", name, r.Start, r.End, got, r.Evidence)
			}
		}
	}
}

// A language kg has no rules for still gives names, and never fails.
func TestUnknownLanguage(t *testing.T) {
	d := extractFile(t, "pl-unknown.txt")
	if d.Language == "en" || d.Language == "nb" {
		t.Errorf("Polish detected as %q", d.Language)
	}
	if entityByName(d, "NATO") == nil {
		t.Errorf("no NATO in %+v", d.Entities)
	}
	if len(d.Entities) < 3 {
		t.Errorf("only %d entities from a text full of names", len(d.Entities))
	}
}

func TestExtraLexicon(t *testing.T) {
	path := filepath.Join(t.TempDir(), "extra.yaml")
	os.WriteFile(path, []byte("entities:\n  - {key: blue-harbour-group, name: Blue Harbour Group, type: Company, names: [Blue Harbour Group, BHG]}\n"), 0o644)
	x, err := New(Config{Lexicon: []string{path}})
	if err != nil {
		t.Fatal(err)
	}
	d, err := x.Extract(loaders.Article{ID: "a", Text: "Shares in BHG rose on Monday after the company reported higher profits."})
	if err != nil {
		t.Fatal(err)
	}
	e := entityByName(d, "Blue Harbour Group")
	if e == nil || e.Type != "Company" {
		t.Errorf("entity from the extra lexicon not found: %+v", d.Entities)
	}
	bad := filepath.Join(t.TempDir(), "bad.yaml")
	os.WriteFile(bad, []byte("relations:\n  - {predicate: likes, pattern: \"{S} likes {O}\"}\nlanguage: en\n"), 0o644)
	if _, err := New(Config{Lexicon: []string{bad}}); err == nil || !strings.Contains(err.Error(), bad) {
		t.Errorf("an unknown predicate in a lexicon file gave %v", err)
	}
}

func TestEmptyAndOddInput(t *testing.T) {
	for _, text := range []string{"", " \n\n ", "«»", "– ,", strings.Repeat("A ", 5000), "\"unterminated quote, he said"} {
		d, err := extractor(t).Extract(loaders.Article{ID: "x", Text: text})
		if err != nil {
			t.Errorf("%q: %v", text[:min(len(text), 20)], err)
			continue
		}
		if d.Entities == nil || d.Relations == nil || d.Claims == nil {
			t.Errorf("%q: nil lists in %+v", text[:min(len(text), 20)], d)
		}
	}
}

// Without a language's rules, an article still gets its names.
func TestLanguagesLimit(t *testing.T) {
	x, err := New(Config{Languages: []string{"en"}})
	if err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(filepath.Join("testdata", "nb-jemen.txt"))
	d, err := x.Extract(loaders.Article{ID: "nb", Text: string(b)})
	if err != nil {
		t.Fatal(err)
	}
	if d.Language != "nb" || entityByName(d, "Russia") == nil {
		t.Errorf("language %q, entities %v", d.Language, d.Entities)
	}
	if f := facts(d); f["Russia vetoed UN resolution"] || len(d.Claims) != 0 {
		t.Errorf("Norwegian rules applied though only en was allowed: %v %v", f, d.Claims)
	}
	if len(d.Relations) != 0 {
		t.Errorf("relations read without the language's rules: %v", facts(d))
	}
}

// Quotes go to the right speaker: "she" passes over a man named since,
// and a quote with an unresolved speaker is nobody's.
func TestQuoteAttribution(t *testing.T) {
	text := "Maria Olsen met Peter Hansen in Oslo on Monday.\n\n" +
		"\"The talks were useful and we will meet again soon,\" she said.\n\n" +
		"\"Nothing was agreed at all in the end,\" one observer said.\n\n" +
		"\"We remain hopeful about the next round of talks,\" Hansen said."
	d := extractText(t, text)
	c := claimsBy(d)
	if len(c["Maria Olsen"]) != 1 || !strings.HasPrefix(c["Maria Olsen"][0], "The talks were useful") {
		t.Errorf("'she said' not resolved to Maria Olsen: %v", c)
	}
	if len(c["Peter Hansen"]) != 1 || !strings.HasPrefix(c["Peter Hansen"][0], "We remain hopeful") {
		t.Errorf("surname attribution wrong: %v", c)
	}
	for _, texts := range c {
		for _, s := range texts {
			if strings.Contains(s, "Nothing was agreed") {
				t.Errorf("a quote by 'one observer' was given to someone: %v", c)
			}
		}
	}
}

func TestAccordingTo(t *testing.T) {
	for text, want := range map[string]string{
		"According to Reuters, the talks in Geneva will resume next week.":                                      "the talks in Geneva will resume next week.",
		"The talks in Geneva will resume next week, according to Reuters.":                                      "The talks in Geneva will resume next week",
		"Ifølge NTB vil forhandlingene i Genève starte igjen neste uke.":                                        "vil forhandlingene i Genève starte igjen neste uke.",
		"Forhandlingene i Genève starter ikke før neste uke, og det er ikke klart hvem som deltar, ifølge NTB.": "Forhandlingene i Genève starter ikke før neste uke, og det er ikke klart hvem som deltar",
		"Ifølge Reuters, som siterer kilder i regjeringen, er avtalen nesten klar.":                             "",
	} {
		d := extractText(t, text)
		var got string
		for _, c := range d.Claims {
			got = c.Text
		}
		if got != want {
			t.Errorf("%q: claim %q, want %q", text, got, want)
		}
	}
}

// A statement without quotation marks, its speaker after it, is the
// speaker's claim; a lead-in clause before the speaker is not.
func TestStatementBeforeSpeaker(t *testing.T) {
	for text, want := range map[string]string{
		"Maria Olsen leads the agency.\n\nThe storm destroyed hundreds of homes along the coast, Olsen told reporters on Monday.":                    "The storm destroyed hundreds of homes along the coast",
		"Maria Olsen leads the agency.\n\nThe storm destroyed hundreds of homes along the coast, she said.":                                          "The storm destroyed hundreds of homes along the coast",
		"Maria Olsen leder etaten som har ansvaret for kysten.\n\nStormen ødela hundrevis av hjem langs kysten, sa Olsen.":                           "Stormen ødela hundrevis av hjem langs kysten",
		"Maria Olsen leads the agency.\n\nDuring a visit to the coast on Monday, Olsen said the storm destroyed hundreds of homes.":                  "the storm destroyed hundreds of homes.",
		"Maria Olsen leads the agency.\n\nAfter a long meeting with the mayor, Olsen told reporters that the storm had destroyed hundreds of homes.": "the storm had destroyed hundreds of homes.",
		"Maria Olsen leder etaten.\n\nEtter stormen er hundrevis av hjem langs kysten ødelagt, sa Maria Olsen.":                                      "Etter stormen er hundrevis av hjem langs kysten ødelagt",
	} {
		d := extractText(t, text)
		c := claimsBy(d)
		if len(c["Maria Olsen"]) != 1 || c["Maria Olsen"][0] != want {
			t.Errorf("%q: claims %v, want %q by Maria Olsen", text, c, want)
		}
	}
}

// Appositions with a possessive or a demonym, "City, Region" with the
// sentence going on, and a head of government who leads rather than
// represents.
func TestAppositionRelations(t *testing.T) {
	text := "Storm hits the coast\n\n" +
		"Ana Duarte, Portugal's outspoken prime minister, visited the flooded towns.\n\n" +
		"Tomas Ferreira, a Portuguese diplomat, asked for help.\n\n" +
		"Heavy rain fell in Vila Seca, Portugal, on Sunday.\n\n" +
		"Spain's Prime Minister Pedro Sánchez offered aid.\n\n" +
		"Police spokesman Rui Costa, said he was arrested, made no sense."
	d := extractText(t, text)
	f := facts(d)
	wantFacts(t, f, "Ana Duarte leaderOf Portugal", "Tomas Ferreira represents Portugal", "Vila Seca locatedIn Portugal", "Pedro Sánchez leaderOf Spain")
	if f["Pedro Sánchez represents Spain"] || f["Ana Duarte represents Portugal"] {
		t.Errorf("a head of government also 'represents': %v", f)
	}
}

// Short names of organisations, bodies named after their place, two-word
// demonyms and job appositions.
func TestOrganisationsAndRoles(t *testing.T) {
	text := "Carmaker results\n\n" +
		"Halvard Motor Company posted a profit on Monday.\n\n" +
		"For the final quarter, Halvard says it made profits of $868 million and expects more this year.\n\n" +
		"Ana Lind, a spokeswoman for the Wasilla Police Department, confirmed the arrest.\n\n" +
		"Per Moen, a professor of economics at Tromsø University, doubted the figures.\n\n" +
		"The minister praised South Korean leader Moon Jae-in on Monday."
	d := extractText(t, text)
	f := facts(d)
	wantFacts(t, f, "Ana Lind represents Wasilla Police Department", "Per Moen memberOf Tromsø University", "Moon Jae-in leaderOf South Korea")
	if c := claimsBy(d)["Halvard Motor Company"]; len(c) != 1 || !strings.HasPrefix(c[0], "it made profits") {
		t.Errorf("'Halvard says' not the company's claim: %v", claimsBy(d))
	}
	for _, e := range d.Entities {
		if e.Name == "Halvard" || e.Name == "South Korean" || e.Name == "Department" {
			t.Errorf("entity %q should be part of another", e.Name)
		}
	}

	nb := "Valget\n\nDen makedonske presidenten Gjorge Ivanov vil ignorere avstemningen.\n\n" +
		"Det er for ydmykende for den kinesiske presidenten, Xi Jinping."
	d = extractText(t, nb)
	f = facts(d)
	wantFacts(t, f, "Gjorge Ivanov leaderOf North Macedonia", "Xi Jinping leaderOf China")
}

// Named events, longer names that begin with a known one, and acronyms
// that are no names.
func TestEventsAndLongerNames(t *testing.T) {
	text := "Golf and politics\n\n" +
		"American Jordan Spieth lost at the Ryder Cup in Paris.\n\n" +
		"The Conservative Party Conference opens in Birmingham.\n\n" +
		"Ratings from Standard & Poor's fell after Brexit.\n\n" +
		"A survey by Digital Awareness UK found it, according to the New Zealand Herald.\n\n" +
		"The yen rose to its highest level since the end of World War II on Monday.\n\n" +
		"Veterans with PTSD bought an SUV."
	d := extractText(t, text)
	types := typesOf(d)
	for name, typ := range map[string]string{"Jordan Spieth": "Person", "Ryder Cup": "Event", "Conservative Party Conference": "Event",
		"Brexit": "Event", "World War II": "Event", "New Zealand Herald": "MediaOrganization", "Digital Awareness UK": ""} {
		if got, ok := types[name]; !ok || typ != "" && got != typ {
			t.Errorf("%s: type %q (found %v), want %q; all: %v", name, got, ok, typ, types)
		}
	}
	if _, ok := types["Standard & Poor"]; !ok {
		t.Errorf("'Standard & Poor's' not one name: %v", types)
	}
	for _, no := range []string{"Jordan", "Conference", "PTSD", "SUV", "War II"} {
		if _, ok := types[no]; ok {
			t.Errorf("%q is an entity: %v", no, types)
		}
	}
}

// Chains of places, a possessive place, longer appositions and titles.
func TestPlaceChainsAndTitles(t *testing.T) {
	text := "Plant deal\n\n" +
		"Serra Automotive in Grand Blanc Township, Genesee County, Michigan, is in talks.\n\n" +
		"The tour visits Paris, London and Berlin.\n\n" +
		"A crane fell into Mecca's Grand Mosque on Friday.\n\n" +
		"Civil Defense Authority director General Suleiman al-Amr said all were taken to hospital.\n\n" +
		"Karine Jean-Pierre, a senior adviser and national spokeswoman for the progressive group MoveOn, said it.\n\n" +
		"Names will be engraved on a monument in the nation's capital, Wellington."
	d := extractText(t, text)
	f := facts(d)
	wantFacts(t, f, "Grand Blanc Township locatedIn Genesee County", "Genesee County locatedIn Michigan", "Grand Mosque locatedIn Mecca",
		"Suleiman al-Amr leaderOf Civil Defense Authority", "Karine Jean-Pierre represents MoveOn")
	for fact := range f {
		if strings.Contains(fact, "Paris locatedIn") || strings.Contains(fact, "London locatedIn") || strings.Contains(fact, "locatedIn Wellington") {
			t.Errorf("a list or an apposition read as a place fact: %q", fact)
		}
	}
	nb := "Valget\n\nGuy Cecil, direktør for Priorities USA, sa at det var ille.\n\n" +
		"Karine Jean-Pierre, en seniorrådgiver og nasjonal talskvinne for den progressive gruppen MoveOn, sa det."
	d = extractText(t, nb)
	f = facts(d)
	wantFacts(t, f, "Guy Cecil leaderOf Priorities USA", "Karine Jean-Pierre represents MoveOn")
}

// A quote running over several lines of its paragraph, attributed at its
// end, is one claim; its inner lines give no claims of their own.
func TestQuoteOverLines(t *testing.T) {
	text := "Golf\n\nSergio Garcia won again.\n" +
		"\"I don't usually cry but today I can't help it.\n" +
		"It's been a rough year, my coach said that it would be.\n" +
		"I am so happy to get the cup back,\" said an emotional Garcia.\n" +
		"\"The incredible pride I feel is hard to describe,\" said 23-year-old Rahm.\n"
	d := extractText(t, text)
	c := claimsBy(d)
	if len(c["Sergio Garcia"]) != 1 || !strings.HasPrefix(c["Sergio Garcia"][0], "I don't usually cry") || !strings.HasSuffix(c["Sergio Garcia"][0], "cup back") {
		t.Errorf("quote over three lines: %v", c)
	}
	if len(c["Rahm"]) != 1 {
		t.Errorf("'said 23-year-old Rahm': %v", c)
	}
	if len(d.Claims) != 2 {
		t.Errorf("%d claims, want 2: %v", len(d.Claims), c)
	}
}

// "she" finds the woman named a few sentences back; "adding that" opens a
// quote; a subject set off by an apposition still speaks; a person's
// reported statement is theirs, not the paper's that reports it.
func TestReportedSpeakers(t *testing.T) {
	text := "Rally\n\nSarah Lund spoke at a rally.\n\n" +
		"Her son Track Lund, 26, spent a year abroad.\n\n" +
		"\"I can relate to other families who feel this every day,\" she told the audience.\n\n" +
		"\"The year was a pivotal year for the whole company,\" Lund said, adding that \"global conditions are reviving but fragile.\"\n\n" +
		"According to the Oslo Herald, Professor John Berg, the chairman of the panel, said the flag had never been a public choice."
	d := extractText(t, text)
	c := claimsBy(d)
	if !containsPrefix(c["Sarah Lund"], "I can relate") {
		t.Errorf("'she' not Sarah Lund: %v", c)
	}
	if !containsPrefix(c["Sarah Lund"], "global conditions") && !containsPrefix(c["Track Lund"], "global conditions") {
		t.Errorf("'adding that \"…\"' not a claim: %v", c)
	}
	if !containsPrefix(c["John Berg"], "the flag had never been") {
		t.Errorf("apposition subject: %v", c)
	}
}

func containsPrefix(list []string, prefix string) bool {
	for _, s := range list {
		if strings.HasPrefix(s, prefix) {
			return true
		}
	}
	return false
}

// Every place the gazetteer says a city lies in, every state or body it
// says a person leads and every body's home country is an entry of its
// own.
func TestGazetteerPlacesResolve(t *testing.T) {
	lx := extractor(t).lex
	for key, e := range lx.entries {
		if e.In != "" && lx.entries[e.In] == nil {
			t.Errorf("%s lies in %q, which the gazetteer does not know", key, e.In)
		}
		if e.CapitalOf != "" && lx.entries[e.CapitalOf] == nil {
			t.Errorf("%s is the capital of %q, which the gazetteer does not know", key, e.CapitalOf)
		}
		if e.Leads != "" && lx.entries[e.Leads] == nil {
			t.Errorf("%s leads %q, which the gazetteer does not know", key, e.Leads)
		}
		if e.Home != "" && (lx.entries[e.Home] == nil || lx.entries[e.Home].Type != "Country") {
			t.Errorf("%s is a body of %q, which the gazetteer does not know as a country", key, e.Home)
		}
		if len(e.Generic) > 0 && e.Home == "" {
			t.Errorf("%s: generic names %q need a home country", key, e.Generic)
		}
	}
}

// A «…» quote standing alone continues the last speaker; "…, meldte
// The Guardian" is the paper's claim; a fronted clause's apposition is no
// subject.
func TestNorwegianStatements(t *testing.T) {
	text := "Valget\n\n«Entusiasmen kommer til å eksplodere», uttalte Stu Rothenberg, en uavhengig analytiker.\n" +
		"«Folk sier den allerede har vært høy, det er sant.\nMen den kunne vært høyere blant de yngre velgerne».\n" +
		"FBI undersøker nå påstandene som er fremsatt mot kandidaten, meldte The Guardian.\n" +
		"Ettersom Brett Kavanaugh, som har fått flere anklager, har støtte, advarer analytikere om at de vil få en motreaksjon fra kvinner.\n"
	d := extractText(t, text)
	c := claimsBy(d)
	if !containsPrefix(c["Stu Rothenberg"], "Folk sier den allerede") {
		t.Errorf("standing «…» over two lines not Rothenberg's: %v", c)
	}
	if !containsPrefix(c["The Guardian"], "FBI undersøker nå") {
		t.Errorf("'…, meldte The Guardian' not the paper's claim: %v", c)
	}
	if len(c["Brett Kavanaugh"]) != 0 {
		t.Errorf("the analysts' warning given to Kavanaugh: %v", c)
	}
}

// US politicians' party and state after the name, past titles, and team
// roles that are not nationalities.
func TestPartyStateAndPastTitles(t *testing.T) {
	text := "Vote\n\nSen. Jeff Flake (R-Ariz.) asked for an inquiry.\n\n" +
		"Chuck Schumer (D-N.Y.) spoke after him.\n\n" +
		"\"It is a mess,\" said Michael Steele, former chairman of the Republican National Committee.\n\n" +
		"On Sunday, Juventus manager Massimiliano Allegri praised the Danish captain Thomas Bjorn."
	d := extractText(t, text)
	f := facts(d)
	wantFacts(t, f, "Jeff Flake memberOf Republican Party", "Jeff Flake represents Arizona",
		"Chuck Schumer memberOf Democratic Party", "Chuck Schumer represents New York State", "Massimiliano Allegri leaderOf Juventus")
	for fact := range f {
		if strings.HasPrefix(fact, "Michael Steele ") || strings.HasPrefix(fact, "Thomas Bjorn ") {
			t.Errorf("a past title or a nationality read as a role: %q", fact)
		}
	}
}

// A Norwegian name ending in s before a verb is no genitive.
func TestNorwegianNamesInS(t *testing.T) {
	text := "Saken\n\nJustisminister Jeff Sessions beordret en gransking i går.\n\nSenator Brett Kavanaughs nominasjon ble utsatt."
	d := extractText(t, text)
	names := map[string]bool{}
	for _, e := range d.Entities {
		names[e.Name] = true
	}
	if !names["Jeff Sessions"] || !names["Brett Kavanaugh"] {
		t.Errorf("names: %v", names)
	}
}

// Peace talks are an event of the story's setting, in both languages.
func TestPeaceTalks(t *testing.T) {
	for _, text := range []string{
		"Aleppo\n\nThe Syrian army shelled Aleppo again on Monday. The peace talks in Geneva were put off.",
		"Aleppo\n\nDen syriske hæren beskjøt Aleppo igjen mandag. Fredsforhandlingene i Genève ble utsatt.",
	} {
		d := extractText(t, text)
		found := ""
		for _, e := range d.Entities {
			if e.Type == "Event" {
				found = e.Name
			}
		}
		if found != "Syrian peace talks" {
			t.Errorf("%q: event %q, want Syrian peace talks", text, found)
		}
	}
}

// Given names alone find the person named before; "PM"; bodies named after
// a country; the airline of a flight; "island of X"; "Apple Corps" is not
// Apple.
func TestMoreNames(t *testing.T) {
	text := "Quake\n\nKelly Humphreys lost her partner last year.\n\n" +
		"Kelly, who has been a friend for years, spoke at the event.\n\n" +
		"Spokesman for Air Navigation Indonesia, Yohannes Sirait, said it.\n\n" +
		"The Batik Air Flight 6321 took off.\n\nA quake hit the island of Sulawesi on Friday.\n\n" +
		"Macedonia's PM Zoran Zaev voted.\n\nApple Inc. settled with Apple Corps, the Beatles' company."
	d := extractText(t, text)
	names := map[string]int{}
	for _, e := range d.Entities {
		names[e.Name] = len(e.Mentions)
	}
	for name, n := range map[string]int{"Kelly Humphreys": 2, "Air Navigation Indonesia": 1, "Batik Air": 1, "Sulawesi": 1, "Apple Corps": 1} {
		if names[name] != n {
			t.Errorf("%s: %d mentions, want %d; all: %v", name, names[name], n, names)
		}
	}
	f := facts(d)
	wantFacts(t, f, "Yohannes Sirait represents Air Navigation Indonesia", "Zoran Zaev leaderOf North Macedonia")
}

// "Ford" after "Christine Blasey Ford" is she; a Norwegian subject after
// its verb; "said Apple Inc. CEO Steve Jobs".
func TestSpeakersInContext(t *testing.T) {
	text := "Høringen\n\nChristine Blasey Ford vitnet torsdag.\n\n" +
		"Ford fortalte utvalget at hun er helt sikker på hva som skjedde den kvelden.\n\n" +
		"I et lidenskapelig vitnesbyrd insisterte Brett Kavanaugh på at dette aldri skjedde."
	d := extractText(t, text)
	c := claimsBy(d)
	if !containsPrefix(c["Christine Blasey Ford"], "hun er helt sikker") || !containsPrefix(c["Brett Kavanaugh"], "dette aldri skjedde") {
		t.Errorf("claims %v", c)
	}
	d = extractText(t, "Apple\n\n\"We love the Beatles and we are glad this is over,\" said Apple Inc. CEO Steve Jobs.")
	if c := claimsBy(d); len(c["Steve Jobs"]) != 1 {
		t.Errorf("claims %v", c)
	}
}

// A surname misspelt by one letter is the same person; one name before
// "said" closing the sentence is a person.
func TestMisspeltSurname(t *testing.T) {
	text := "Vote\n\nVladimir Kavardarkov came to vote early.\n\n\"We want to join with our heads up,\" Kavadarkov said."
	d := extractText(t, text)
	if c := claimsBy(d); len(c["Vladimir Kavardarkov"]) != 1 || len(d.Entities) != 1 {
		t.Errorf("entities %v, claims %v", d.Entities, c)
	}
	if !oneEditApart("sessions", "session") || !oneEditApart("kavadarkov", "kavardarkov") || oneEditApart("ford", "ford") || oneEditApart("smith", "smythe") {
		t.Error("oneEditApart")
	}
}

// Senators and governors of US states.
func TestStatePoliticians(t *testing.T) {
	for text, want := range map[string]string{
		"T\n\nArizona Senator Jeff Flake spoke. He said that the vote was important for the state.":         "Jeff Flake represents Arizona",
		"T\n\nSenator Chris Coons of Delaware agreed. He said that the vote was important for the state.":   "Chris Coons represents Delaware",
		"T\n\nCalifornia Governor Jerry Brown signed it. He said that the law was important for the state.": "Jerry Brown leaderOf California",
		"T\n\nDet kom frem at senatoren for Arizona, Jeff Flake, hadde ordnet det.":                         "Jeff Flake represents Arizona",
	} {
		d := extractText(t, text)
		if f := facts(d); !f[want] {
			t.Errorf("%q: missing %q in %v", text, want, f)
		}
	}
}

// A subject whose apposition runs up to the verb, and a quote opened right
// after "said" running over lines.
func TestLongAppositionSpeakers(t *testing.T) {
	text := "Protest\n\nNarcis Termes, 68, an electrician attending the protest with his wife said he was no longer hopeful about independence.\n" +
		"Whitey MacDonald, chairperson of the local union, said \"There is a lot of anger here today.\n" +
		"Nobody knows what comes next.\"\n"
	d := extractText(t, text)
	c := claimsBy(d)
	if !containsPrefix(c["Narcis Termes"], "he was no longer hopeful") || !containsPrefix(c["Whitey MacDonald"], "There is a lot of anger here today. Nobody knows") {
		t.Errorf("claims %v", c)
	}
}

// Longer place names after a known place, saints' and mountains' names,
// numbers inside an event's name.
func TestLongerPlaceNames(t *testing.T) {
	text := "T\n\nThe bloom reached Tampa Bay and Pinellas County on Monday.\n\nThe plant in St. Thomas will close, and the London 2012 Olympics were a success."
	d := extractText(t, text)
	names := map[string]bool{}
	for _, e := range d.Entities {
		names[e.Name] = true
	}
	for _, want := range []string{"Tampa Bay", "Pinellas County", "St. Thomas", "London 2012 Olympics"} {
		if !names[want] {
			t.Errorf("missing %q in %v", want, names)
		}
	}
	for _, no := range []string{"Tampa", "Bay", "County", "St", "Thomas"} {
		if names[no] {
			t.Errorf("%q is an entity: %v", no, names)
		}
	}
}

// Titles of several words are no names ("Chief Executive Officer", "Vice
// President", "Senate Majority Leader"), and give their relations.
func TestMultiWordTitles(t *testing.T) {
	text := "T\n\nThe plan was led by Acme's Chief Executive Officer, William Clay Jr.\n\nThe UAW President Ron Gettelfinger and Vice President Gerald Bantom called it disappointing.\n\n" +
		"The bill passed after Senate Majority Leader Harold Reiss scheduled a vote."
	d := extractText(t, text)
	for _, e := range d.Entities {
		if e.Name == "Executive" || e.Name == "Vice" || e.Name == "Senate Majority" || e.Name == "Majority" {
			t.Errorf("title word %q is an entity", e.Name)
		}
	}
	if f := facts(d); !f["Ron Gettelfinger leaderOf UAW"] || !f["Harold Reiss memberOf US Senate"] {
		t.Errorf("facts %v", f)
	}
}

// "he" is not ruled out by a name the generated list calls a woman's;
// "announced he would" is reported speech without "that".
func TestReportedWithoutThat(t *testing.T) {
	text := "Catalonia\n\nJoan Puig, a mechanic recording the protest on his phone, said the conflict had been stoked by politicians.\n" +
		"\"It's getting more and more tense,\" he said.\n" +
		"On Saturday, Oriol Junqueras, one of the leaders in jail, announced he would run in the elections next year.\n"
	d := extractText(t, text)
	c := claimsBy(d)
	if !containsPrefix(c["Joan Puig"], "It's getting more") || !containsPrefix(c["Oriol Junqueras"], "he would run") {
		t.Errorf("claims %v", c)
	}
}

// "Mr. X" at a sentence's start is a person; polls "found that".
func TestAbbreviatedTitleAndFindings(t *testing.T) {
	text := "Trial\n\nMr. Tedeschi also told the court that, over the last months of her life, \"her eczema played a devastating role in her health.\"\n\n" +
		"A survey by YouGov found that three in four adults cannot hold a conversation in a foreign language."
	d := extractText(t, text)
	c := claimsBy(d)
	if !hasClaim(c, "Tedeschi", "her eczema played a devastating role") || !containsPrefix(c["YouGov"], "three in four adults") {
		t.Errorf("claims %v", c)
	}
}

// "The company said" is the company named before.
func TestNominalSpeaker(t *testing.T) {
	text := "Results\n\nAcme Motor Company posted a loss on Monday.\n\nThe company said it would close three plants next year.\n\n" +
		"\"We have to act now to protect the future of our business,\" the company said."
	d := extractText(t, text)
	if c := claimsBy(d)["Acme Motor Company"]; len(c) != 2 {
		t.Errorf("claims %v", claimsBy(d))
	}
}

// Sources named after an article or with their document, findings of a
// survey's maker, verbs whose object is the claim, and what is no claim.
func TestSourcesAndFindings(t *testing.T) {
	for text, want := range map[string][2]string{
		"Algae\n\nThe Marine Research Institute measures the bloom weekly.\n\nAccording to the Marine Research Institute, the bloom is shrinking along the northern coast.": {"Marine Research Institute", "the bloom is shrinking"},
		"Languages\n\nAccording to a YouGov poll of more than 3,000 adults in 2016, two in three adults cannot order a meal abroad.":                                        {"YouGov", "two in three adults"},
		"Ferries\n\nAnother survey, conducted by Nordic Transport Council, found 40 percent of passengers arriving late.":                                                   {"Nordic Transport Council", "40 percent of passengers"},
		"Ferries\n\nThe latest report from the Nordic Transport Council shows a steady fall in delays on the western routes.":                                               {"Nordic Transport Council", "a steady fall in delays"},
		"Ferjer\n\nUndersøkelsen, som ble utført av Nordisk Transportråd, viste at fire av ti passasjerer kom for sent.":                                                    {"Nordisk Transportråd", "fire av ti passasjerer"},
		"Merger\n\nAcme Motor Company announced Tuesday it has settled its long dispute with the dealers.":                                                                  {"Acme Motor Company", "it has settled its long dispute"},
		"Ferries\n\nNordic Ferries Company (NFC), a shipping firm which has filed for bankruptcy, announced on Friday that the route would close.":                          {"Nordic Ferries Company", "the route would close"},
		"Flags\n\nPrime Minister Erna Solberg announced the start of a public contest to design a new coat of arms.":                                                        {"Erna Solberg", "the start of a public contest"},
		"Housing\n\nMaria Olsen accused the largest builders of hoarding land to keep prices high.":                                                                         {"Maria Olsen", "the largest builders of hoarding land"},
	} {
		d := extractText(t, text)
		if c := claimsBy(d); !containsPrefix(c[want[0]], want[1]) {
			t.Errorf("%q: claims %v, want %q by %s", text, c, want[1], want[0])
		}
	}
	// a noun, a passive, a body kg does not know: no claim
	for _, text := range []string{
		"Inquiry\n\nOn Friday, Maria Olsen ordered an FBI investigation of claims against the contractor, delaying the vote.",
		"Vote\n\nMaria Olsen stayed silent when asked whether the judge would resign if he is confirmed by the senate next week.",
		"Polls\n\nAnother poll, conducted by Norway's largest newspaper, found 57 percent of respondents planning to vote.",
	} {
		d := extractText(t, text)
		if len(d.Claims) != 0 {
			t.Errorf("%q: claims %v, want none", text, claimsBy(d))
		}
	}
}

// Quotes with spaces inside their marks over several lines, "he replied"
// with a woman named closer, transcripts and a surname misspelt by a swap.
func TestQuoteShapes(t *testing.T) {
	text := "Plant closure\n\n" +
		"The analyst Dennis Kowalski expects the plant to close.\n" +
		"Asked about the plant, Kowalksi said, \" The plant is old, the product is old.\n" +
		"This may be a short-term reprieve. \"\n\n" +
		"Peter Holm asked his sister Maria to sell the farm, but he replied \"I am not able to do that\".\n\n" +
		"Ingrid Dahl: We will rebuild the harbour before winter.\n"
	d := extractText(t, text)
	c := claimsBy(d)
	if !containsPrefix(c["Dennis Kowalski"], "The plant is old") || len(c["Dennis Kowalski"]) != 1 || !strings.Contains(c["Dennis Kowalski"][0], "short-term reprieve") {
		t.Errorf("spaced quote over two lines: %v", c)
	}
	if !containsPrefix(c["Peter Holm"], "I am not able") {
		t.Errorf("'he replied': %v", c)
	}
	if !containsPrefix(c["Ingrid Dahl"], "We will rebuild the harbour") {
		t.Errorf("transcript line: %v", c)
	}
	if !oneEditApart("kowalksi", "kowalski") || oneEditApart("kowaliks", "kowalski") {
		t.Error("oneEditApart: a swap of neighbours is one edit, a swap of others is not")
	}
}

// A short quote is a statement when it opens its sentence and is
// attributed right after it; elsewhere it is a scare quote or a title.
func TestShortQuotes(t *testing.T) {
	c := claimsOf(t,
		"Høring\n\nSenator Tom Lind var klar i talen. «Jeg mener, selvsagt», sa Lind. Han gikk ut.\n",
		"Hearing\n\nSenator Ann Reed spoke at length. \"Absolutely not,\" Reed said. She left early.\n",
		"Review\n\nThe critic Mia Holt watched the \"new wave\" films on Monday. \"Yes,\" Holt said.\n")
	if !hasClaim(c, "Tom Lind", "Jeg mener, selvsagt") {
		t.Errorf("«Jeg mener, selvsagt», sa Lind: %v", c)
	}
	if !hasClaim(c, "Ann Reed", "Absolutely not") {
		t.Errorf(`"Absolutely not," Reed said: %v`, c)
	}
	for _, s := range c["Mia Holt"] {
		if strings.Contains(s, "new wave") || s == "Yes" {
			t.Errorf("a scare quote or a one-word answer as a claim: %v", c)
		}
	}
}

// "it added" after a body's claim is that body's; "the group" is the body
// the last sentence is about, not one it names as an owner.
func TestBodyPronounAndOwner(t *testing.T) {
	c := claimsOf(t,
		"Clash\n\nThe state news agency Nordpress said the neighbours had started the clash. \"Reckless provocation deserves a firm answer\", it added.\n",
		"Ratings\n\nThe Consumer Council refused to recommend Acme Corporation's new kettle. The group said that the recall was a good first step, but not enough.\n")
	if !hasClaim(c, "Nordpress", "Reckless provocation") {
		t.Errorf(`"…", it added: %v`, c)
	}
	if !hasClaim(c, "Consumer Council", "recall was a good first step") || len(c["Acme Corporation"]) > 0 {
		t.Errorf("the group said: %v", c)
	}
}

// A person's plan is the person's proposal, and an attack on it opposes
// the plan, not the person; a state's border posts are the state's.
func TestPlansOfPeople(t *testing.T) {
	f := factsOf(t,
		"Plan\n\nJohn Hale attacked Mary Stone's Harbour plan for the city. Later Iran attacked Iraq's border posts.\n",
		"Plan\n\nJohn Hale angrep Mary Stones Harbour-plan for byen på mandag.\n")
	wantFacts(t, f, "Mary Stone proposed Harbour plan", "John Hale opposes Harbour plan", "Iran attacked Iraq")
	if f["John Hale attacked Mary Stone"] {
		t.Errorf("an attack on a plan read as one on its author: %v", f)
	}
}

// Where someone works is a body, not a place; a name before a company
// noun is a company.
func TestWorkplacesAndCompanyNouns(t *testing.T) {
	d := extractText(t, "Markets\n\nThe best performer was the Harrow Mutual insurance company. Dan Moss, the chief market strategist at QX Index, said that prices rose.\n")
	types := typesOf(d)
	if types["Harrow Mutual"] != "Company" || types["QX Index"] != "Organization" {
		t.Errorf("types %v; want Harrow Mutual a Company and QX Index an Organization", types)
	}
	if f := facts(d); !f["Dan Moss memberOf QX Index"] {
		t.Errorf("missing Dan Moss memberOf QX Index in %v", f)
	}
}

// A Norwegian ministry's or government's generic name in an article
// about another country is that country's body, not Norway's.
func TestForeignHomeBodies(t *testing.T) {
	names := func(text string) map[string]bool {
		out := map[string]bool{}
		for _, e := range extractText(t, text).Entities {
			out[e.Name] = true
		}
		return out
	}
	uk := names("Budsjett\n\nStatsminister Theresa May la fram planen i Storbritannia. Regjeringen vil bruke pengene. Finansdepartementet forventer at Storbritannia tjener på det.\n")
	if uk["Norwegian Government"] || uk["Norwegian Ministry of Finance"] {
		t.Errorf("a British article's Regjeringen and Finansdepartementet taken for Norway's: %v", uk)
	}
	no := names("Budsjett\n\nStatsminister Erna Solberg la fram planen. Regjeringen vil bruke pengene i Norge. Finansdepartementet forventer at Norge tjener på det.\n")
	if !no["Norwegian Government"] || !no["Norwegian Ministry of Finance"] {
		t.Errorf("a Norwegian article's Regjeringen and Finansdepartementet: %v", no)
	}
}

// A side named after its place and a plural nickname is one body, the
// nickname alone its other name; a surname before ", who" is a person.
func TestTeamsNamedAfterPlaces(t *testing.T) {
	d := extractText(t, "Baseball\n\nThe game between the Colorado Rockies and the Boston Red Sox was close. "+
		"Later the Rockies, who lead the division, beat the Los Angeles Dodgers. Kowalczyk, who pitched on Sunday, was tired. "+
		"The Oregon Parks and Wildlife Commission said the Florida Keys were closed, U.S. Sens. Ann Berg and Tom Lee said.\n")
	types := typesOf(d)
	for name, typ := range map[string]string{"Colorado Rockies": "Organization", "Los Angeles Dodgers": "Organization", "Kowalczyk": "Person", "Oregon Parks and Wildlife Commission": "GovernmentOrganization"} {
		if types[name] == "" || class(types[name]) != class(typ) {
			t.Errorf("%s: type %q, want %s (all: %v)", name, types[name], typ, types)
		}
	}
	for _, apart := range []string{"Rockies", "Colorado", "Los Angeles", "Oregon Parks", "U.S. Sens"} {
		if _, ok := types[apart]; ok {
			t.Errorf("%q kept apart: %v", apart, types)
		}
	}
	if typ, ok := types["Florida Keys"]; ok && class(typ) == 'O' {
		t.Errorf("Florida Keys taken for a side: %v", types)
	}
}

// An English possessive inside a place's or body's name stays in it, in
// either language; a call sign is a broadcaster; "told X in Y he …" is a
// claim from "he" on.
func TestPossessiveNamesAndCallSigns(t *testing.T) {
	for _, text := range []string{
		"Shark\n\nThe attack happened near Marlow's Beach. The boy was flown to Tidewater Children's Hospital in Norfolk. Dan Hale told WXYZ-TV in Detroit he had been diving for an hour.\n",
		"Hai\n\nAngrepet skjedde ved Marlow's Beach. Gutten ble fløyet til Tidewater Children's Hospital i Norfolk. Dan Hale fortalte WXYZ-TV at han hadde dykket i en time.\n",
	} {
		d := extractText(t, text)
		types := typesOf(d)
		if types["Marlow's Beach"] == "" || types["Tidewater Children's Hospital"] == "" || class(types["Tidewater Children's Hospital"]) != 'O' || types["WXYZ-TV"] != "MediaOrganization" {
			t.Errorf("%.20q: %v", text, types)
		}
		if f := facts(d); !f["Tidewater Children's Hospital locatedIn Norfolk"] {
			t.Errorf("%.20q: missing the hospital in Norfolk: %v", text, f)
		}
		if c := claimsBy(d); !containsPrefix(c["Dan Hale"], "han hadde dykket") && !containsPrefix(c["Dan Hale"], "he had been diving") {
			t.Errorf("%.20q: claim %v", text, c)
		}
	}
}

// wantTypes fails the test for each name whose type in types (typesOf)
// is not the one want gives.
func wantTypes(t *testing.T, types map[string]string, want map[string]string) {
	t.Helper()
	for name, typ := range want {
		if types[name] != typ {
			t.Errorf("%s: %q, want %s (%v)", name, types[name], typ, types)
		}
	}
}

// wantClassesOf is wantTypes up to the coarse class (class): a City for a
// Place, a PoliticalParty for an Organization.
func wantClassesOf(t *testing.T, types map[string]string, want map[string]string) {
	t.Helper()
	for name, typ := range want {
		if types[name] == "" && typ != "" || class(types[name]) != class(typ) {
			t.Errorf("%s: %q, want a %s's class (%v)", name, types[name], typ, types)
		}
	}
}

// wantClasses fails the test for each name that is no entity's or whose
// type's class is not the one want gives ('P', 'O', 'G', 'L').
func wantClasses(t *testing.T, types map[string]string, want map[string]byte) {
	t.Helper()
	for name, c := range want {
		if types[name] == "" || class(types[name]) != c { // (class("") is 'O')
			t.Errorf("%s: %q, want class %c (%v)", name, types[name], c, types)
		}
	}
}

// wantNoNames fails the test for each of names that is an entity's name.
func wantNoNames(t *testing.T, types map[string]string, names ...string) {
	t.Helper()
	for _, name := range names {
		if types[name] != "" {
			t.Errorf("%q is a name: %v", name, types)
		}
	}
}

// A state's formal name is the country it names ("the Republic of Ireland",
// "the Grand Duchy of Luxembourg"); one the gazetteer does not know is a
// place of its own ("the Kingdom of Prussia"); a body named for a place
// named for someone keeps its genitive ("the Hudson's Bay Company"), two
// names joined by one do not ("Central Park's Great Lawn"); an acronym
// alone after "for" is another body ("Abbey Road Studios for EMI").
func TestFormalStateNamesAndNamedGenitives(t *testing.T) {
	d := extractText(t, "Furs\n\nThe Hudson's Bay Company traded furs from Rupert's Land to the Republic of Ireland, the Kingdom of Bohemia and the Kingdom of Prussia. "+
		"A banker from the Grand Duchy of Luxembourg bought them. The band recorded at Abbey Road Studios for EMI. The concert was on Central Park's Great Lawn.\n")
	types := typesOf(d)
	wantClasses(t, types, map[string]byte{"Hudson's Bay Company": 'O', "Rupert's Land": 'L', "Ireland": 'G', "Kingdom of Bohemia": 'L', "Prussia": 'G', "Luxembourg": 'G', "Abbey Road Studios": 'O', "Central Park": 'L', "Great Lawn": 'L'})
	wantNoNames(t, types, "Hudson", "Republic of Ireland", "Grand Duchy", "Kingdom", "Abbey Road Studios for EMI", "Central Park's Great Lawn")
	if e := entityByName(d, "Ireland"); e == nil || e.Type != "Country" || !slices.Contains(e.Aliases, "Republic of Ireland") {
		t.Errorf("Ireland: %+v", e)
	}
}

// Encyclopedic names: a compass word, a country and a sea are one place
// ("the South China Sea"); a known city opens a hospital's name with a
// title word in it ("Toronto General Hospital"); a ruler's epithet is part
// of the name ("Catherine the Great"); peaks and horns are places.
func TestEncyclopedicNames(t *testing.T) {
	d := extractText(t, "Empire\n\nShips sailed from the South China Sea to the East China Sea. Catherine the Great bought the paintings, "+
		"and Suleiman the Magnificent built the mosque above the Golden Horn. She was treated at Toronto General Hospital. Climbers reached Uhuru Peak.\n")
	types := typesOf(d)
	wantTypes(t, types, map[string]string{"South China Sea": "Place", "East China Sea": "Place", "Catherine the Great": "Person", "Suleiman the Magnificent": "Person",
		"Golden Horn": "Place", "Toronto General Hospital": "Organization", "Uhuru Peak": "Place"})
	for _, name := range []string{"China", "Sea", "Catherine", "Toronto"} {
		if types[name] != "" {
			t.Errorf("%q is a name of its own: %v", name, types)
		}
	}
}

// Rivers, mountains and seas are known places in both languages; a
// country's name opens a river's ("the Niger River"); a mayor's town is a
// town; steelmakers, railroads and academies are bodies; "for the" joins
// no body the lexicon knows to the one before it.
func TestGeographyAndBodies(t *testing.T) {
	d := extractText(t, "Rivers\n\nHannibal crossed the Pyrenees and the Alps. Gao lies on the Niger River, and the Nile floods each year. "+
		"His daughter later served as mayor of Savannah. He sold Carnegie Steel and joined the Pennsylvania Railroad and the Chinese Academy of Sciences. "+
		"He was elected to the New Zealand Parliament for the Labour Party in 1984.\n")
	types := typesOf(d)
	wantClassesOf(t, types, map[string]string{"Pyrenees": "Place", "Alps": "Place", "Niger River": "Place", "Nile": "Place", "Savannah": "City",
		"Carnegie Steel": "Organization", "Pennsylvania Railroad": "Organization", "Chinese Academy of Sciences": "Organization", "Labour Party": "PoliticalParty"})
	for name := range types {
		if strings.Contains(name, "for the Labour") || name == "River" || name == "Steel" {
			t.Errorf("%q is a name: %v", name, types)
		}
	}
	nb := extractText(t, "Elver\n\nNilen flommer hvert år, og Alpene er dekket av snø.\n")
	if ty := typesOf(nb); ty["Nile"] != "Place" || ty["Alps"] != "Place" {
		t.Errorf("Norwegian names of the Nile and the Alps: %v", ty)
	}
}

// An ordinary noun for someone who does something, opening a sentence,
// is no part of the name after it ("Curator Yuki Tanabe said",
// "Nineteen-year-old Aiko Matsuda"); a body's or place's name stays whole
// ("Winter Park Police").
func TestSentenceOpeningNounBeforeName(t *testing.T) {
	d := extractText(t, "Loan\n\nCurator Yuki Tanabe said the loan took four years. Geneticist Svante Pääbo was among the authors. "+
		"Nineteen-year-old Aiko Matsuda won the title.\n")
	types := typesOf(d)
	for _, name := range []string{"Yuki Tanabe", "Svante Pääbo", "Aiko Matsuda"} {
		if types[name] != "Person" {
			t.Errorf("%s: %q (%v)", name, types[name], types)
		}
	}
	for name := range types {
		if strings.HasPrefix(name, "Curator") || strings.HasPrefix(name, "Geneticist") || strings.HasPrefix(name, "Nineteen") {
			t.Errorf("%q has the noun in it: %v", name, types)
		}
	}
}

// A given name before a country's name makes a person's name ("Luis
// Montenegro"; not "Ford Australia": Ford is a word too); a party's "of"
// before a person's name ends the party's ("the Socialist Party of Pedro
// Nuno Santos"); a body joined by "and" takes the country it serves ("the
// Securities and Exchange Board of India"); capes are places.
func TestNamesAroundCountries(t *testing.T) {
	d := extractText(t, "Vote\n\nThe alliance, headed by Luis Montenegro, won. The Socialist Party of Pedro Nuno Santos trailed. "+
		"The deal needs approval from the Securities and Exchange Board of India. Ships sail around the Cape of Good Hope. "+
		"The government gave Ford Australia a grant.\n")
	types := typesOf(d)
	wantClassesOf(t, types, map[string]string{"Luis Montenegro": "Person", "Socialist Party": "PoliticalParty", "Pedro Nuno Santos": "Person",
		"Securities and Exchange Board of India": "Organization", "Cape of Good Hope": "Place"})
	if types["Ford Australia"] == "Person" || types["Montenegro"] != "" {
		t.Errorf("%v", types)
	}
}

// A lone unknown name is a person's after a kinship word or a death
// ("his grandson Akbar", "the death of Aurangzeb") and before an
// apposition only people have ("Babur, a prince from …"); not an owner or
// an acronym ("the death of LSU's Sims", "Harry Preuss, MD, a professor"),
// nor a sentence's opening word ("Normally, the president flies").
func TestLoneNamesOfPeople(t *testing.T) {
	d := extractText(t, "Empire\n\nBabur, a prince from the valley, won at Panipat. His grandson Akbar extended the empire. "+
		"After the death of Aurangzeb the provinces drifted away. Police spoke of the death of LSU's Sims. "+
		"Normally, the president flies. He wrote with Harry Preuss, MD, a professor of medicine.\n")
	types := typesOf(d)
	for _, name := range []string{"Babur", "Akbar", "Aurangzeb"} {
		if types[name] != "Person" {
			t.Errorf("%s: %q (%v)", name, types[name], types)
		}
	}
	for _, name := range []string{"LSU", "Normally", "MD"} {
		if types[name] == "Person" {
			t.Errorf("%s taken for a person: %v", name, types)
		}
	}
}

// A kind's noun names the kind of a lone name after a copula or in
// commas after a short noun phrase ("Its leading city was Lübeck", "The
// main town, Hadibu, sits"), and a copula's kind may come a few words on
// ("Vrelnica is a small market town"); not an apposition to a longer
// phrase ("the president of the Lombardy region, Roberto Maroni,").
func TestKindsAroundLoneNames(t *testing.T) {
	d := extractText(t, "Towns\n\nVrelnica is a small market town in the hills. Its leading city was Lübeck, which controlled the route. "+
		"The main town, Hadibu, sits on the coast. The president of the Lombardy region, Roberto Maroni, reacted.\n")
	types := typesOf(d)
	wantClasses(t, types, map[string]byte{"Vrelnica": 'L', "Lübeck": 'L', "Hadibu": 'L', "Roberto Maroni": 'P'})
}

// A people's name is no place, body or person ("a Bengali poet", "Somali
// President Hassan", "two Jewish violinists", "Māori land rights"), not even
// where a region is named like it (Ethiopia's Somali Region).
func TestPeoplesAreNoNames(t *testing.T) {
	d := extractText(t, "Poets\n\nTagore was a Bengali poet. Somali President Hassan spoke. He hid two Jewish violinists. "+
		"He campaigned for Māori land rights. Saxon miners and Tuareg musicians came.\n")
	types := typesOf(d)
	wantNoNames(t, types, "Bengali", "Somali", "Jewish", "Māori", "Saxon", "Tuareg")
}

// A name with a life's years in brackets is a person's ("Atahualpa (c.
// 1502 - 1533)", "Park Ji-hoon (born 1971)"), so is one after "a leader
// named" (not "a task manager named Mission Control"); a band, a label,
// a magazine or a news channel before a name says what it is.
func TestLifeYearsNamedAndKindCues(t *testing.T) {
	d := extractText(t, "Lives\n\nAtahualpa (c. 1502 - 1533) was the last ruler. Hafez (c.1315-1390) was a poet. The state emerged under a tribal leader named Osman. "+
		"Apple showed a task manager named Mission Control. The Irish folk band Lankum signed with the British label Independiente and spoke to the magazine Sur and the news channel Habertürk.\n")
	types := typesOf(d)
	wantTypes(t, types, map[string]string{"Atahualpa": "Person", "Hafez": "Person", "Osman": "Person", "Lankum": "Organization", "Independiente": "Organization", "Sur": "MediaOrganization", "Habertürk": "MediaOrganization"})
	if types["Mission Control"] == "Person" {
		t.Errorf("Mission Control is a person: %v", types)
	}
}

// Sports clubs, historic places and landmarks are known names, in both
// languages where Norwegian names them otherwise.
func TestClubsHistoricPlacesAndLandmarks(t *testing.T) {
	d := extractText(t, "Derby\n\nGalatasaray beat Trabzonspor, and Boca Juniors drew with Flamengo. Tourists visited the Taj Mahal, the Hagia Sophia and the Forbidden City. "+
		"Constantinople fell, and Persia and Rhodesia changed their names.\n")
	types := typesOf(d)
	wantClasses(t, types, map[string]byte{"Galatasaray": 'O', "Trabzonspor": 'O', "Boca Juniors": 'O', "Flamengo": 'O', "Taj Mahal": 'L', "Hagia Sophia": 'L', "Forbidden City": 'L', "Constantinople": 'L', "Persia": 'G', "Rhodesia": 'G'})
	nb := typesOf(extractText(t, "Turister\n\nTuristene besøkte Den forbudte by og Den kinesiske mur i fjor, og de sier at det var en fin tur som de ikke vil glemme.\n"))
	if nb["Forbidden City"] == "" || nb["Great Wall of China"] == "" {
		t.Errorf("Norwegian landmarks: %v", nb)
	}
}

// In English "Island" is a word of the name, not Iceland's Norwegian
// name ("Huangyan Island", one key with "Nias" for Norwegian's "Nias-øya");
// lanes are places but "Diane Lane" is a person; a country's name opens
// its foundation's ("the Japan Foundation"); a copper miner is a company.
func TestIslandsLanesAndCountryBodies(t *testing.T) {
	d := extractText(t, "Shoal\n\nChina expelled ships from the waters around Huangyan Island, the name it uses for the shoal. Ron spent years on Stephens Island. "+
		"The council renamed Rawlinson Lane, and Diane Lane said the film was good. Insurance is covered by the Japan Foundation. Chile's state copper miner Codelco reported output.\n")
	types := typesOf(d)
	wantTypes(t, types, map[string]string{"Huangyan Island": "Place", "Stephens Island": "Place", "Rawlinson Lane": "Place", "Diane Lane": "Person", "Japan Foundation": "Organization", "Codelco": "Company"})
	if e := entityByName(d, "Huangyan Island"); e == nil || e.Key != "huangyan" {
		t.Errorf("Huangyan Island's key: %+v", e)
	}
}

// A given name and the place its bearer is of make one person ("Bernard
// of Clairvaux"; not "the Ring of Fire", "a Hall of Famer"); archdukes
// are titles; a town in an apposition to the person before it stays a
// town ("born in Turku, the son of a carpenter").
func TestPeopleOfPlacesAndTitles(t *testing.T) {
	d := extractText(t, "Saints\n\nShe wrote to Bernard of Clairvaux and to Francis of Assisi. He was born in Turku, the son of a carpenter. "+
		"Patrons such as Archduke Rudolph supported him. The island lies on the Ring of Fire. He is a Hall of Famer now.\n")
	types := typesOf(d)
	wantClassesOf(t, types, map[string]string{"Bernard of Clairvaux": "Person", "Francis of Assisi": "Person", "Turku": "Place", "Rudolph": "Person"})
	for _, name := range []string{"Ring of Fire", "Hall of Famer", "Archduke Rudolph"} {
		if types[name] == "Person" {
			t.Errorf("%s is a person: %v", name, types)
		}
	}
}

// A known body's generic name and another state it is of make a body of
// their own ("the Supreme Court of India"; not "Deutsche Bank of
// Germany"), and a country's name opens its writers' association.
func TestGenericBodiesOfOtherStates(t *testing.T) {
	d := extractText(t, "Court\n\nThe Supreme Court of India on Friday pulled up the ministry. She edited a weekly published by the Vietnam Writers Association. "+
		"Deutsche Bank of Germany fell.\n")
	types := typesOf(d)
	for _, name := range []string{"Supreme Court of India", "Vietnam Writers Association", "Deutsche Bank"} {
		if class(types[name]) != 'O' {
			t.Errorf("%s: %q (%v)", name, types[name], types)
		}
	}
	if types["US Supreme Court"] != "" {
		t.Errorf("India's court taken for the US one: %v", types)
	}
}

// Bodies named in other languages are bodies ("Banco Galicia", "the
// Comisión Federal de Electricidad", "Universidad de La Serena"), the
// kind before "called" types a name ("a firm called Zawadi Grid
// Solutions"), and more legislatures are known ("Poland's Sejm", "the
// Dáil").
func TestForeignBodiesAndLegislatures(t *testing.T) {
	d := extractText(t, "Bodies\n\nAnalysts at Banco Galicia agreed. The Comisión Federal de Electricidad said power would return. "+
		"Botanist Pablo Guerrero of the Universidad de La Serena spoke. The tender went to a firm called Zawadi Grid Solutions. "+
		"Poland's Sejm voted on Friday, and the Dáil passed the bill.\n")
	types := typesOf(d)
	for _, name := range []string{"Banco Galicia", "Comisión Federal de Electricidad", "Universidad de La Serena", "Zawadi Grid Solutions", "Sejm", "Dáil Éireann"} {
		if class(types[name]) != 'O' {
			t.Errorf("%s: %q (%v)", name, types[name], types)
		}
	}
}

// An English opening word of the dictionary is no part of the known body
// after it ("Rival Samsung Electronics said"), and a known body or an
// acronym before "and" is no part of the body after it ("INRIA and Keio
// University"; but "the Securities and Exchange Commission").
func TestOpeningWordsAndBodiesBeforeAnd(t *testing.T) {
	d := extractText(t, "Banks\n\nRival Samsung Electronics said sales fell. He worked at INRIA and Keio University. The Securities and Exchange Commission sued.\n")
	types := typesOf(d)
	for _, name := range []string{"Samsung Electronics", "INRIA", "Keio University", "Securities and Exchange Commission"} {
		if class(types[name]) != 'O' {
			t.Errorf("%s: %q (%v)", name, types[name], types)
		}
	}
	for name := range types {
		if strings.HasPrefix(name, "Rival") || strings.Contains(name, "INRIA and") {
			t.Errorf("%q is one name: %v", name, types)
		}
	}
}

// A name another is "known as" takes the first's type where the rules
// only guessed it ("The Oswaldo Cruz Foundation, widely known as
// Fiocruz"); a guessed type is no evidence ("St. Thomas, now known as
// River Garden").
func TestKnownAsTypes(t *testing.T) {
	d := extractText(t, "Names\n\nThe Oswaldo Cruz Foundation, widely known as Fiocruz, has its origins in a serum institute. "+
		"The redevelopment of St. Thomas, now known as River Garden, went on.\n")
	types := typesOf(d)
	if class(types["Fiocruz"]) != 'O' {
		t.Errorf("Fiocruz: %q (%v)", types["Fiocruz"], types)
	}
	if types["River Garden"] == "Person" {
		t.Errorf("River Garden took a guessed person's type: %v", types)
	}
}

// A name before "family" after an article is a family's, a person's name
// ("the Bennani family").
func TestFamilyNames(t *testing.T) {
	types := typesOf(extractText(t, "Papers\n\nIt was found among papers belonging to the Bennani family, who donated them last year.\n"))
	if types["Bennani"] != "Person" {
		t.Errorf("Bennani: %q (%v)", types["Bennani"], types)
	}
}

// Former states are states ("the Soviet Union", "Sovjetunionen"); a name
// after "the" is no person however it acts ("the Bundesrat rejected it"),
// and a name after "in Salzburg," that acts is no area Salzburg lies in.
func TestFormerStatesAndActingNames(t *testing.T) {
	for _, text := range []string{
		"History\n\nThe Soviet Union annexed the region, and Yugoslavia protested. The Bundesrat rejected the treaty. Born in Salzburg, Mozart moved to Vienna.\n",
		"Historie\n\nSovjetunionen annekterte regionen, og Jugoslavia protesterte.\n",
	} {
		d := extractText(t, text)
		types := typesOf(d)
		if types["Soviet Union"] != "Country" || types["Yugoslavia"] != "Country" {
			t.Errorf("%.20q: former states %v", text, types)
		}
		if types["Bundesrat"] == "Person" || types["Mozart"] == "Region" {
			t.Errorf("%.20q: %v", text, types)
		}
	}
}

// "according to curator X", "according to the company's vice president X"
// and "i henhold til X" name their source.
func TestAccordingToJobsAndHenhold(t *testing.T) {
	c := claimsOf(t,
		"Museum\n\nThe museum saw attendance reach 11,000 visitors in 2010, according to curator Elaine Moss.\n",
		"Møte\n\nMøtet kan tiltrekke seg mange støttespillere fra Ohio og Pennsylvania, i henhold til Wheeling Daily News.\n")
	if !hasClaim(c, "Elaine Moss", "attendance reach 11,000") {
		t.Errorf("according to curator X: %v", c)
	}
	if !hasClaim(c, "Wheeling Daily News", "støttespillere fra Ohio") {
		t.Errorf("i henhold til X: %v", c)
	}
	c = claimsOf(t, "Cuts\n\nGeneral Motors cut jobs. According to the company's vice president John Smith, the firm wanted to reduce costs at Opel by 30%.\n")
	if !hasClaim(c, "John Smith", "reduce costs at Opel") {
		t.Errorf("according to the company's vice president X: %v", c)
	}
}

// "the commission said" is the body named last whose name ends in
// "Commission".
func TestCommissionSaid(t *testing.T) {
	c := claimsOf(t, "Name\n\nThe Assembly Commission is drafting legislation to change the name. Later the commission said the final decision will be a matter for the members themselves.\n")
	if !hasClaim(c, "Assembly Commission", "final decision") {
		t.Errorf("claims %v", c)
	}
}

// "the gallery" is the body named last whose name ends in "Gallery".
func TestBodyCalledByItsNoun(t *testing.T) {
	f := factsOf(t, "Exhibit\n\nThe exhibit opened at the Hale Art Gallery on Monday. Kathryn Waters, director of the gallery, welcomed the donations. Jim Cole, a curator at the gallery, agreed.\n")
	wantFacts(t, f, "Kathryn Waters leaderOf Hale Art Gallery", "Jim Cole memberOf Hale Art Gallery")
}

// «…», fortsatte X: a Norwegian quote continued by its speaker.
func TestContinuedQuote(t *testing.T) {
	c := claimsOf(t, "Løgn\n\nKongressrepresentant Mia Holm var sint. «Denne anklagen er fullstendig uriktig og en regelrett løgn», fortsatte Holm.\n",
		"Sanksjoner mot landet\n\nUtenriksminister Ri Yong-ho talte i FN på lørdag. Ri poengterte at sanksjonene hadde styrket mistroen mot USA, og at landet ikke vil gi slipp på atomvåpnene.\n")
	if !hasClaim(c, "Mia Holm", "fullstendig uriktig") {
		t.Errorf("«…», fortsatte Holm: %v", c)
	}
	if !hasClaim(c, "Ri Yong-ho", "sanksjonene hadde styrket") {
		t.Errorf("Ri poengterte at …: %v", c)
	}
}

// A surname that comes before the text names its person ("Kowalczyk
// hopes …" before "Kowalczyk, who …") is that person's mention too.
func TestSurnamesBeforeTheirName(t *testing.T) {
	d := extractText(t, "Kowalczyk wants to pitch\n\nBut the ever-competitive Kowalczyk hopes to take the mound on Sunday against the Colorado Rockies. Kowalczyk, who would be making his 34th start, threw on Thursday.\n")
	var k *Entity
	for i := range d.Entities {
		if d.Entities[i].Name == "Kowalczyk" {
			k = &d.Entities[i]
		}
	}
	if k == nil || k.Type != "Person" || len(k.Mentions) != 3 {
		t.Fatalf("Kowalczyk: %+v", k)
	}
	if c := claimsBy(d); !hasClaim(c, "Kowalczyk", "take the mound") {
		t.Errorf("Kowalczyk hopes to …: %v", c)
	}
}

// One unknown word a source phrase names is a body, not a place —
// unless it is a people's adjective or the name of someone named before.
func TestSourceAfterAccording(t *testing.T) {
	d := extractText(t, "Lekkasje\n\nMaxine Waters var sint. IP-adressen ble sporet til kontoret hennes, ifølge Hill.\n")
	c := claimsBy(d)
	if !hasClaim(c, "Hill", "IP-adressen ble sporet") {
		t.Errorf("ifølge Hill: %v", c)
	}
	e := extractText(t, "Vote\n\nAlmost 1000 people were injured last year after police tried to stop the vote, according to Catalan authorities.\n")
	for _, ent := range e.Entities {
		if ent.Name == "Catalan" && class(ent.Type) == 'O' {
			t.Errorf("a people's adjective taken for a source: %+v", ent)
		}
	}
}

// A generic body name in an article about one country is that country's
// body where the gazetteer knows it: "Finansdepartementet" and "the
// Treasury" in a British article are HM Treasury; "Forsvaret" in an
// American court story is no Norwegian army.
func TestGenericCounterparts(t *testing.T) {
	nb := typesOf(extractText(t, "Budsjett\n\nStatsminister Theresa May la fram planen i Storbritannia. Finansdepartementet forventer at Storbritannia tjener på det.\n"))
	en := typesOf(extractText(t, "Budget\n\nPrime Minister Theresa May presented the plan in Britain. The Treasury expects Britain to gain from it.\n"))
	if nb["HM Treasury"] == "" || en["HM Treasury"] == "" {
		t.Errorf("HM Treasury: nb %v, en %v", nb, en)
	}
	us := typesOf(extractText(t, "Rettssaken\n\nJuryen i Mississippi i USA hørte vitner i USA. Forsvaret skal begynne sin prosedyre på søndag, og justisdepartementet følger saken.\n"))
	if us["Norwegian Armed Forces"] != "" || us["US Department of Justice"] == "" {
		t.Errorf("an American court story: %v", us)
	}
}

// A leader's title of a body named with words before it, a vice
// president who is also chairman, an analyst for a firm.
func TestTitlesOfBodies(t *testing.T) {
	f := factsOf(t, "Cars\n\n\"It is the best decision,\" said the general secretary of the British union Fairwork, Tony Woodley.\n"+
		"\"The market is starting to grow,\" said the vice president and chairman of Carlton Motors Jim Press.\n"+
		"The programs do not resonate, Jesse Toprak, an analyst for Edwards, said.\n")
	wantFacts(t, f, "Tony Woodley leaderOf Fairwork", "Jim Press leaderOf Carlton Motors", "Jesse Toprak memberOf Edwards")
}

// A Korean name's family name, said alone, is the person ("Park" after
// "Park Byeong-seug"), whatever the word looked like alone.
func TestFamilyNameFirst(t *testing.T) {
	d := extractText(t, "Avhoppere\n\nPark Byeong-seug, som henviser til data fra Sør-Korea, sa det hadde vært færre avhoppinger i fjor. Park uttalte at strengere grensekontroller var nøkkelfaktorer.\n")
	if _, ok := typesOf(d)["Park"]; ok {
		t.Errorf("Park kept apart: %v", typesOf(d))
	}
	if c := claimsBy(d); !hasClaim(c, "Park Byeong-seug", "strengere grensekontroller") {
		t.Errorf("Park uttalte at …: %v", c)
	}
}

// The G7 and the golf majors are known names.
func TestKnownGroupsAndMajors(t *testing.T) {
	types := typesOf(extractText(t, "Markets\n\nFinance ministers from the G7 will gather in Washington. Mickelson faces British Open champion Francesco Molinari.\n"))
	if types["G7"] == "" || types["British Open"] != "Event" {
		t.Errorf("types %v", types)
	}
}

// A lone name set off by a job and followed by a verb of saying is a person.
func TestAppositionJobMakesAPerson(t *testing.T) {
	d := extractText(t, "Gifts\n\nThe foundation gave 500 works. Kessler, chief financial officer and treasurer at the Hale Art Foundation, said 500 institutions received the invitation.\n")
	if typesOf(d)["Kessler"] != "Person" {
		t.Errorf("types %v", typesOf(d))
	}
	if c := claimsBy(d); !hasClaim(c, "Kessler", "500 institutions") {
		t.Errorf("claims %v", c)
	}
}

// "he" after a quote is the one who spoke in the sentence before, not that
// sentence's subject.
func TestPronounAfterReportedSpeaker(t *testing.T) {
	c := claimsOf(t, "Golf\n\nCaptain Jim Furyk picked his team. Phil Mickelson has 18 wins, though Furyk said his presence brought something to the team. \"He's funny, he's witty, and he's a great guy to have in the team room,\" he explained.\n")
	if !hasClaim(c, "Jim Furyk", "great guy to have") || hasClaim(c, "Phil Mickelson", "great guy to have") {
		t.Errorf("claims %v", c)
	}
}

// A Norwegian subject after an adverb and its verb ("Nå saksøker Maurice
// …") is whom a pronoun after the next quote names — not a pronoun's
// object ("Hun beskriver Paddington …").
func TestNorwegianInvertedSubject(t *testing.T) {
	c := claimsOf(t, "Søksmål\n\n«ENDA EN», skrev Lynsey Plasco til mannen sin. Nå saksøker Giselle Maurice paret for oppsigelsen. «Jeg ville vise dem at sånn gjør du bare ikke», uttalte hun til avisen.\n")
	if !hasClaim(c, "Giselle Maurice", "vise dem") {
		t.Errorf("«…», uttalte hun after Nå saksøker Maurice: %v", c)
	}
}

// "X, located in central Y" places X in Y.
func TestLocatedInApposition(t *testing.T) {
	f := factsOf(t, "Court\n\nThe case was heard at the Royal Courts of Justice, located in central London, on Monday.\n")
	wantFacts(t, f, "Royal Courts of Justice locatedIn London")
}

// A quote signed with a name and an apposition, without a verb, is that
// person's; a name that goes on into a clause is not a signature.
func TestQuoteSignedWithName(t *testing.T) {
	c := claimsOf(t, "Cars\n\nDealers met in Detroit.\n\"The incentive programs simply do not resonate in today's economy,\" Jesse Toprak, an analyst for Edmunds.\nSales fell.\n",
		"Cars\n\nDealers met in Detroit.\n\"We are fine,\" Anna Berg, the owner, told the press, and she added more.\n")
	if !hasClaim(c, "Jesse Toprak", "do not resonate") {
		t.Errorf("signed quote: %v", c)
	}
	if !hasClaim(c, "Anna Berg", "We are fine") {
		t.Errorf("a quote with its verb: %v", c)
	}
}

// "According to the police report" is the article's police force, whose
// name may say troopers.
func TestPoliceReportTroopers(t *testing.T) {
	c := claimsOf(t, "Arrest\n\nAlaska State Troopers arrested Tom Reed on Friday. According to the police report, when a woman attempted to call police, he took her phone from her.\n")
	if !hasClaim(c, "Alaska State Troopers", "took her phone") {
		t.Errorf("claims %v", c)
	}
}

// Roles read from "X, manager of Y", "X is Director of Y", lesser titles,
// a party adjective before a politician's title, bodies in places, talks.
func TestRolesPartiesAndPremises(t *testing.T) {
	text := "Harbour deal\n\n" +
		"Democratic Senator Anna Berg visited the harbour.\n\n" +
		"Lars Holm, manager of Nordic Ferries Company, spoke first.\n\n" +
		"Kari Nilsen is Director of the Coastal Heritage Trust.\n\n" +
		"Nordic Ferries Company vice president Ole Lund stayed at home.\n\n" +
		"Baltic Shipyards Ltd in Gdansk builds the ships.\n\n" +
		"Officials from Washington in Kabul met on Monday.\n\n" +
		"Acme Steel Corporation is in talks with Nordic Ferries Company.\n"
	d := extractText(t, text)
	nb, err := extractor(t).Extract(loaders.Article{ID: "n", Text: "Høring i Senatet\n\nDen republikanske senatoren John Moe stemte for forslaget i Senatet på fredag.\n\nSenere talte demokraten Per Lie i Senatet.\n"})
	if err != nil {
		t.Fatal(err)
	}
	f := facts(d)
	for k := range facts(nb) {
		f[k] = true
	}
	wantFacts(t, f, "Anna Berg memberOf Democratic Party",
		"Lars Holm leaderOf Nordic Ferries Company",
		"Kari Nilsen leaderOf Coastal Heritage Trust",
		"Ole Lund memberOf Nordic Ferries Company",
		"Baltic Shipyards Ltd locatedIn Gdansk",
		"Acme Steel Corporation negotiatesWith Nordic Ferries Company",
		"John Moe memberOf Republican Party",
		"Per Lie memberOf Democratic Party")
	for _, wrong := range []string{"Ole Lund leaderOf Nordic Ferries Company", "Washington locatedIn Kabul"} {
		if f[wrong] {
			t.Errorf("wrong fact %q", wrong)
		}
	}
}

// A subject's second verb, a quote after a colon, a Norwegian subject
// after its verb with an apposition, "added" without "that"; and no
// statement in a relative clause or before "commented on".
func TestSubjectsOfStatements(t *testing.T) {
	for text, want := range map[string][2]string{
		"Saken\n\nKari Nordmann har beskrevet anklagene som løgn og sier at folk vil bli kjent ved å bruke navnet hennes.":              {"Kari Nordmann", "folk vil bli kjent"},
		"Besøket\n\nPer Hansen besøkte Bergen.\n\nHan dro fra byen i juli og sa at de hadde hatt store fremskritt i samtalene.":         {"Per Hansen", "de hadde hatt store fremskritt"},
		"Valget\n\nPresident Ola Berg talte i Oslo.\n\nBerg lovet å gi unge arbeidsløse en månedlig støtte fra neste år.":               {"Ola Berg", "å gi unge arbeidsløse"},
		"Talen\n\nSveriges utenriksminister Kari Holm talte i FN.\n\nSveriges utenriksminister fortalte FN at sanksjonene ikke virker.": {"Kari Holm", "sanksjonene ikke virker"},
		"Saken\n\nPer Hansen avfeide påstandene om valget: «Påstanden om at folket har skiftet mening er helt feil».":                   {"Per Hansen", "Påstanden om at folket"},
		"Flåten\n\nTidligere i år bekreftet Hans Berg, sjefen for forsvarskomiteen, at marinen går tom for skip.":                       {"Hans Berg", "marinen går tom for skip"},
		"Shooting\n\nSheriff Larry Holt said the man fled on foot.\n\nHolt added the victim sustained injuries to his arm.":             {"Larry Holt", "the victim sustained injuries"},
	} {
		d := extractText(t, text)
		if c := claimsBy(d); !containsPrefix(c[want[0]], want[1]) {
			t.Errorf("%q: claims %v, want %q by %s", text, c, want[1], want[0])
		}
	}
	for _, text := range []string{
		"Budget\n\nThe bill failed over labour costs, which the Republicans insisted fall by half next year.",
		"Profits\n\nThe firm's president and chief executive, Alan Berg, commented on the profits.",
	} {
		d := extractText(t, text)
		if len(d.Claims) != 0 {
			t.Errorf("%q: claims %v, want none", text, claimsBy(d))
		}
	}
}

// Titles and post-nominals written into a name come off it, and
// Norwegian names of US bodies link to them.
func TestNameAffixesAndUSBodies(t *testing.T) {
	nb, err := extractor(t).Extract(loaders.Article{ID: "n", Text: "Høringen\n\nVisepresident Kari Holm besøkte senatet i går.\n\nDet var justiskomiteen som ba om høringen, og Holm var fornøyd.\n\nSkottlandskapteinen Rory Hughes spilte også.\n"})
	if err != nil {
		t.Fatal(err)
	}
	en, err := extractor(t).Extract(loaders.Article{ID: "e", Text: "Ferries\n\nLabour's Jeane Holm MSP said the service would improve.\n"})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []struct {
		d    *Document
		name string
	}{{nb, "Kari Holm"}, {nb, "US Senate"}, {nb, "Senate Judiciary Committee"}, {en, "Jeane Holm"}, {nb, "Rory Hughes"}} {
		if entityByName(want.d, want.name) == nil {
			t.Errorf("no entity %q", want.name)
		}
	}
	for _, wrong := range []string{"Visepresident Kari Holm", "Jeane Holm MSP"} {
		if entityByName(nb, wrong) != nil || entityByName(en, wrong) != nil {
			t.Errorf("entity %q kept its title", wrong)
		}
	}
	if e := entityByName(nb, "Kari Holm"); e != nil && e.Mentions[0].Text != "Kari Holm" {
		t.Errorf("mention %+v", e.Mentions[0])
	}
}

// "the company's chief executive": the company named last.
func TestNominalBodyInRelations(t *testing.T) {
	text := "Results\n\nNordic Ferries Company posted a loss on Monday.\n\nThe company's president and chief executive, Ana Lopez, blamed fuel prices.\n"
	d := extractText(t, text)
	if f := facts(d); !f["Ana Lopez leaderOf Nordic Ferries Company"] {
		t.Errorf("facts %v", f)
	}
}

// An unnamed occasion the article keeps coming back to (a vote, a war, a
// summit) is an entity; one it names once is not, nor is an incident or
// a procedure however often it comes back ("høringen").
func TestCentralEvents(t *testing.T) {
	en, err := extractor(t).Extract(loaders.Article{ID: "e", Text: "Vote on the islands\n\nThe referendum on Sunday split the islands.\n\nTurnout in the referendum was low, and a strike closed the ferries.\n"})
	if err != nil {
		t.Fatal(err)
	}
	nb, err := extractor(t).Extract(loaders.Article{ID: "n", Text: "Valg i Skottland\n\nFolkeavstemningen varte hele dagen.\n\nEtter folkeavstemningen sa statsministeren at han var fornøyd, og høringen i Senatet ble utsatt. Høringen skal holdes i mai.\n"})
	if err != nil {
		t.Fatal(err)
	}
	tw, err := extractor(t).Extract(loaders.Article{ID: "w", Text: "Tariffs\n\nThe trade war hit farmers hard.\n\nBoth sides say the trade war will end soon.\n"})
	if err != nil {
		t.Fatal(err)
	}
	sg, err := extractor(t).Extract(loaders.Article{ID: "s", Text: "Talks\n\nThe summit in Singapore ended on Tuesday.\n\nBoth leaders called the summit a success.\n"})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		d          *Document
		name       string
		mentions   int
		wantEntity bool
	}{{en, "referendum", 2, true}, {en, "strike", 0, false}, {nb, "folkeavstemning", 2, true}, {nb, "høring", 0, false}, {tw, "trade war", 2, true}, {sg, "Singapore summit", 2, true}} {
		e := entityByName(c.d, c.name)
		if (e != nil) != c.wantEntity {
			t.Errorf("%s: entity %v, want %v", c.name, e, c.wantEntity)
			continue
		}
		if e != nil && (e.Type != "Event" || len(e.Mentions) != c.mentions) {
			t.Errorf("%s: %+v", c.name, e)
		}
	}
}

// Lawsuits oppose, "based in" locates, a person's party is theirs; a city
// and its country in one sentence state nothing about each other, nor does
// a state's genitive before a company ("Japan's Toyota").
func TestLawsuitsBasesAndParties(t *testing.T) {
	text := "Trademark fight\n\n" +
		"Nordic Ferries Company, a shipping firm based in Bergen, filed a lawsuit against Baltic Shipyards Ltd on Monday.\n\n" +
		"Voters in states such as Iowa backed Anna Berg's Democratic Party.\n\n" +
		"Japan's Toyota will build the ferries' engines.\n\n" +
		"Prices rose in Paris and across France last year.\n"
	d := extractText(t, text)
	f := facts(d)
	wantFacts(t, f, "Nordic Ferries Company opposes Baltic Shipyards Ltd", "Nordic Ferries Company locatedIn Bergen", "Anna Berg memberOf Democratic Party")
	if f["Paris locatedIn France"] {
		t.Errorf("a city and its country named together made a fact: %v", f)
	}
	if f["Toyota locatedIn Japan"] {
		t.Errorf("a state's genitive before a company is its nationality, no place it lies in: %v", f)
	}
}

// Sources in "according to" with a title or a pronoun, "claims to",
// "he testified that", Norwegian perfect and future tenses of saying.
func TestMoreStatementShapes(t *testing.T) {
	for text, want := range map[string][2]string{
		"Glitch\n\nThe engine fault has been fixed, according to Airbus spokesman Jaime Ortega.":                                         {"Jaime Ortega", "The engine fault has been fixed"},
		"Butikkene\n\nNordic Retail Company har åpnet tre nye butikker.\n\nIfølge dem har dette økt salget av mat kraftig i år.":         {"Nordic Retail Company", "har dette økt salget"},
		"Trademark\n\nNordic Ferries Company sells boats.\n\nThe company claims to own the trademark for the name in every market.":      {"Nordic Ferries Company", "to own the trademark"},
		"Case\n\nPeter Holm left the bank.\n\nA settlement was reached after he testified that no secrets had been disclosed to rivals.": {"Peter Holm", "no secrets had been disclosed"},
		"Boliger\n\nStatsminister Kari Holm vil i dag kunngjøre at utenlandske kjøpere skal betale mer for boliger.":                     {"Kari Holm", "utenlandske kjøpere skal betale"},
		"Butikkene\n\nNordic Retail Company har sagt at de skal doble antallet produkter i butikkene sine neste år.":                     {"Nordic Retail Company", "de skal doble antallet"},
	} {
		d := extractText(t, text)
		if c := claimsBy(d); !containsPrefix(c[want[0]], want[1]) {
			t.Errorf("%q: claims %v, want %q by %s", text, c, want[1], want[0])
		}
	}
}

// A person named by a title — "the ambassador", "presidenten" — is the
// one last named with it, or in a lead the one named with it soon after.
func TestTitleDescriptionsSpeak(t *testing.T) {
	text := "Ferry dispute\n\n" +
		"A week after the ferry deal collapsed, the Norwegian ambassador to Sweden accused Stockholm of breaking its promises.\n\n" +
		"Kari Holm, the Norwegian ambassador to Sweden, said the talks would resume.\n\n" +
		"President Ola Berg met her on Monday.\n\n" +
		"The president said that the ferries would sail again in May.\n\n" +
		"But the president, who commented during a rally on Saturday: \"We will build the new bridge next year.\"\n"
	d := extractText(t, text)
	c := claimsBy(d)
	if !containsPrefix(c["Kari Holm"], "Stockholm of breaking") || !containsPrefix(c["Ola Berg"], "the ferries would sail") || !containsPrefix(c["Ola Berg"], "We will build the new bridge") {
		t.Errorf("claims %v", c)
	}
	if len(c["Sweden"]) != 0 {
		t.Errorf("the country after the title spoke: %v", c)
	}
}

// A Norwegian title compounded with its body: "Nato-sjef X", "FN-ambassadør X".
func TestCompoundTitles(t *testing.T) {
	text := "Møtet\n\nNato-sjef Jens Stoltenberg møtte FN-ambassadør Kari Holm i Brussel i går.\n"
	d := extractText(t, text)
	f := facts(d)
	wantFacts(t, f, "Jens Stoltenberg leaderOf NATO", "Kari Holm represents United Nations")
}

// Clubs go by their town's name: "Sunderland manager X" leads the club.
func TestSportsRoles(t *testing.T) {
	en, err := extractor(t).Extract(loaders.Article{ID: "e", Text: "Football\n\nSunderland manager Ola Berg praised the fans.\n\nOn Sunday the Rangers goalkeeper Allan Moe saved a penalty.\n"})
	if err != nil {
		t.Fatal(err)
	}
	nb, err := extractor(t).Extract(loaders.Article{ID: "n", Text: "Kampen\n\nI går vant Tromsø kampen mot Molde i Trondheim.\n\nEtterpå var Tromsø-trener Kari Holm fornøyd med seieren.\n"})
	if err != nil {
		t.Fatal(err)
	}
	f := facts(en)
	for k := range facts(nb) {
		f[k] = true
	}
	wantFacts(t, f, "Ola Berg leaderOf Sunderland", "Allan Moe memberOf Rangers", "Kari Holm leaderOf Tromsø")
}

// "led by", "who heads", "joined", "endorsed", "signed a deal with".
func TestMoreRelationVerbs(t *testing.T) {
	text := "Politics\n\n" +
		"The Coastal Heritage Trust, led by Kari Nilsen, opened a museum.\n\n" +
		"Ola Berg, who heads the Nordic Ferries Company, was there.\n\n" +
		"Later Anna Lund joined the Labour Party.\n\n" +
		"The Nordic Ferries Company signed a deal with Baltic Shipyards Ltd on Monday.\n\n" +
		"The Labour Party endorsed the Coastal Heritage Trust on Tuesday.\n"
	d := extractText(t, text)
	f := facts(d)
	wantFacts(t, f, "Kari Nilsen leaderOf Coastal Heritage Trust", "Ola Berg leaderOf Nordic Ferries Company", "Anna Lund memberOf Labour Party",
		"Nordic Ferries Company negotiatesWith Baltic Shipyards Ltd", "Labour Party supports Coastal Heritage Trust")
}

// After the verb, the first person named speaks: "sa minister X etter et
// møte med Y".
func TestFirstPersonAfterVerb(t *testing.T) {
	text := "Energi\n\n«Vi er enige om at energi ikke skal brukes som press», sa energiminister Kari Holm etter et møte med Ola Berg i Oslo.\n"
	d := extractText(t, text)
	if c := claimsBy(d); len(c["Kari Holm"]) != 1 || len(c["Ola Berg"]) != 0 {
		t.Errorf("claims %v", c)
	}
}

// Products are no entities: a company's name and more, a name beside a
// product noun, brands in a list.
func TestProductsSetAside(t *testing.T) {
	text := "Plant closures\n\n" +
		"Nordic Motor Company will close two plants.\n\n" +
		"The Oslo plant makes the Nordic Motor Falcon and the Snowbird cars.\n\n" +
		"Stores will sell brands such as Glowella, Brightskin and Velvetine next year.\n\n" +
		"In Oslo the OSEBX 300 index fell by two percent.\n\n" +
		"Nordic Motor Company also runs the Nordic Motor Developers Conference in Bergen.\n"
	d := extractText(t, text)
	for _, product := range []string{"Nordic Motor Falcon", "Snowbird", "Glowella", "Brightskin", "Velvetine", "OSEBX"} {
		if e := entityByName(d, product); e != nil {
			t.Errorf("product %q is an entity: %+v", product, e)
		}
	}
	for _, name := range []string{"Nordic Motor Company", "Nordic Motor Developers Conference"} {
		if entityByName(d, name) == nil {
			t.Errorf("no entity %q", name)
		}
	}
}

// Norwegian: a compound title after a genitive, a state's senator, an
// agreement between two states.
func TestNorwegianRolesAndAgreements(t *testing.T) {
	text := "Møtet\n\nNord-Koreas toppdiplomat Kari Holm talte i FN på lørdag.\n\n" +
		"Senere møtte Arizona senator Ola Berg pressen.\n\n" +
		"En nylig avtale mellom Russland og Tyrkia skal gi en buffersone.\n"
	d := extractText(t, text)
	f := facts(d)
	wantFacts(t, f, "Kari Holm represents North Korea", "Ola Berg represents Arizona", "Russia negotiatesWith Turkey")
}

// ", saying …" and ", adding that "…"" speak for the sentence's subject or
// its speaker so far.
func TestParticipleStatements(t *testing.T) {
	text := "Results\n\n" +
		"\"Last year was a pivotal year for us,\" Kari Holm said, adding that \"the markets are reviving but remain fragile.\"\n\n" +
		"Nordic Motor Company chief executive Ola Berg unveiled the new ferries, saying the company had been inspired by its customers.\n"
	d := extractText(t, text)
	c := claimsBy(d)
	if !containsPrefix(c["Kari Holm"], "the markets are reviving") || !containsPrefix(c["Ola Berg"], "the company had been inspired") {
		t.Errorf("claims %v", c)
	}
}

// British single quotes are quotes; apostrophes are not.
func TestSingleQuotes(t *testing.T) {
	text := "Harbour fire\n\nDetective Inspector Kari Holm said: 'The investigation is in its early stages but we don't rule anything out.'\n\n" +
		"The players' union met on Monday.\n\n" +
		"'We will rebuild the harbour before winter,' said Ola Berg.\n"
	d := extractText(t, text)
	c := claimsBy(d)
	if !containsPrefix(c["Kari Holm"], "The investigation is in its early stages but we don't rule anything out") || !containsPrefix(c["Ola Berg"], "We will rebuild the harbour") {
		t.Errorf("claims %v", c)
	}
}

// Meetings and apposed titles without a genitive.
func TestMeetingsAndTitles(t *testing.T) {
	en, err := extractor(t).Extract(loaders.Article{ID: "e", Text: "Talks\n\nNorway agreed on the plan in a meeting with Sweden on Monday.\n\nOla Berg, the Nordic Ferries Company chief executive officer, was there.\n"})
	if err != nil {
		t.Fatal(err)
	}
	nb, err := extractor(t).Extract(loaders.Article{ID: "n", Text: "Møtene\n\nDet har vært tre møter mellom Kari Holm og den svenske lederen Ola Berg i år.\n\nSenere talte Per Lie fra Høyre i Stortinget.\n"})
	if err != nil {
		t.Fatal(err)
	}
	f := facts(en)
	for k := range facts(nb) {
		f[k] = true
	}
	wantFacts(t, f, "Norway negotiatesWith Sweden", "Ola Berg leaderOf Nordic Ferries Company", "Kari Holm negotiatesWith Ola Berg")
}

// An attack named as a noun names no attacker.
func TestAttackAsNoun(t *testing.T) {
	nb, err := extractor(t).Extract(loaders.Article{ID: "n", Text: "Talen\n\nI fjor fortalte Kari Holm FNs generalforsamling at et angrep mot Norge var uunngåelig.\n\nRussland angrep Ukraina i 2022.\n"})
	if err != nil {
		t.Fatal(err)
	}
	f := facts(nb)
	if f["UN General Assembly attacked Norway"] || !f["Russia attacked Ukraine"] {
		t.Errorf("facts %v", f)
	}
}

// A title's first word capitalised is no name: "Foreign Minister X".
func TestTitleWordIsNoName(t *testing.T) {
	d, err := extractor(t).Extract(loaders.Article{ID: "t", Text: "Speech\n\nAddressing the assembly, Foreign Minister Walid Haddad said conditions were improving.\n"})
	if err != nil {
		t.Fatal(err)
	}
	if e := entityByName(d, "Foreign"); e != nil {
		t.Errorf("entity %+v", e)
	}
	for f := range facts(d) {
		if strings.HasSuffix(f, " Foreign") {
			t.Errorf("fact %q", f)
		}
	}
}

// Norwegian-only names of known entities name nothing in English text.
func TestNorwegianNamesInEnglishText(t *testing.T) {
	d, err := extractor(t).Extract(loaders.Article{ID: "p", Text: "Data stores\n\nThe app gives each user a personal online data store, or POD, on Sulawesi Island.\n"})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range d.Entities {
		if e.Name == "Iceland" || e.Name == "Norwegian Police Directorate" {
			t.Errorf("entity %+v", e)
		}
	}
}

// A surname after its particle is the person: "Moualem" after "Walid al-Moualem".
func TestSurnameAfterParticle(t *testing.T) {
	d, err := extractor(t).Extract(loaders.Article{ID: "m", Text: "Speech\n\nWalid al-Haddad spoke at the assembly on Saturday.\n\nOn Sunday, Haddad told reporters that the war was almost over.\n"})
	if err != nil {
		t.Fatal(err)
	}
	if e := entityByName(d, "Haddad"); e != nil {
		t.Errorf("Haddad is an entity of its own: %+v", e)
	}
	if c := claimsBy(d); len(c["Walid al-Haddad"]) != 1 {
		t.Errorf("claims %v", c)
	}
}

// Norway's bodies are Norway's: Arbeiderpartiet is not Britain's Labour,
// Utenriksdepartementet not the US State Department.
func TestNorwegianBodies(t *testing.T) {
	d, err := extractor(t).Extract(loaders.Article{ID: "n", Text: "Valget\n\nArbeiderpartiet vant valget, og Utenriksdepartementet i Oslo bekreftet resultatet.\n"})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Norwegian Labour Party", "Norwegian Ministry of Foreign Affairs"} {
		if entityByName(d, want) == nil {
			t.Errorf("no %q in %v", want, d.Entities)
		}
	}
	for _, wrong := range []string{"Labour Party", "US State Department"} {
		if entityByName(d, wrong) != nil {
			t.Errorf("entity %q", wrong)
		}
	}
}

// ", which says …" is the antecedent's statement; "Ifølge dem" is the
// previous sentence's subject's; a title description kg cannot resolve
// gives no speaker rather than the body in it; two-word titles come off a
// name.
func TestSpeakerDetails(t *testing.T) {
	en, err := extractor(t).Extract(loaders.Article{ID: "e", Text: "Names\n\nThe country has a long dispute with Greece, which says its neighbour's name is a claim on its territory.\n\n" +
		"The former Rosenborg Ballklub boss says he felt no fear in taking the job.\n\nDetective Inspector Brian Holm said the area was sealed off.\n"})
	if err != nil {
		t.Fatal(err)
	}
	nb, err := extractor(t).Extract(loaders.Article{ID: "n", Text: "Butikkene\n\nNordic Retail Company har solgt klær fra Velvet Group i mange år.\n\nIfølge dem har dette økt salget kraftig i år.\n"})
	if err != nil {
		t.Fatal(err)
	}
	c := claimsBy(en)
	if !containsPrefix(c["Greece"], "its neighbour's name is a claim") || len(c["Rosenborg Ballklub"]) != 0 || !containsPrefix(c["Brian Holm"], "the area was sealed off") {
		t.Errorf("claims %v", c)
	}
	if c := claimsBy(nb); !containsPrefix(c["Nordic Retail Company"], "har dette økt salget") {
		t.Errorf("claims %v", c)
	}
}

// A name with a particle is one person: "Paulo Di Canio".
func TestParticleNames(t *testing.T) {
	d, err := extractor(t).Extract(loaders.Article{ID: "p", Text: "Football\n\nThe club has had managers such as Gus Poyet and Paulo Di Canio in recent years.\n"})
	if err != nil {
		t.Fatal(err)
	}
	if entityByName(d, "Paulo Di Canio") == nil || entityByName(d, "Canio") != nil {
		t.Errorf("entities %v", d.Entities)
	}
}

// A company and the place of its branch are one body: "Toyota UK".
func TestBranchNames(t *testing.T) {
	d, err := extractor(t).Extract(loaders.Article{ID: "b", Text: "Plants\n\nThe managing director of Toyota UK said production would stop.\n"})
	if err != nil {
		t.Fatal(err)
	}
	if entityByName(d, "Toyota UK") == nil || entityByName(d, "United Kingdom") != nil {
		t.Errorf("entities %v", d.Entities)
	}
}

// A word for a kind of body is no body's name: "League", "Ltd".
func TestBareBodyWords(t *testing.T) {
	d, err := extractor(t).Extract(loaders.Article{ID: "b", Text: "Football\n\nThe Ltd was wound up after the season.\n\nLeague rules forced the sale of the club.\n\n\"Historically, the old fans I've talked to say there was a pub on every corner,\" Mr. Holm said.\n"})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range d.Entities {
		if e.Name == "League" || e.Name == "Ltd" || e.Name == "Historically" {
			t.Errorf("entity %+v", e)
		}
	}
}

// A place name misspelt by one letter is the place.
func TestMisspeltPlaces(t *testing.T) {
	d, err := extractor(t).Extract(loaders.Article{ID: "m", Text: "Programmet\n\nProgrammet vil bli sendt til seerne i Storbrtannia i fremtiden.\n"})
	if err != nil {
		t.Fatal(err)
	}
	if entityByName(d, "United Kingdom") == nil || entityByName(d, "Storbrtannia") != nil {
		t.Errorf("entities %v", d.Entities)
	}
}

// A Norwegian genitive of a name the article uses is that name.
func TestNorwegianGenitiveLinks(t *testing.T) {
	d, err := extractor(t).Extract(loaders.Article{ID: "g", Text: "Studien\n\nRundt halvparten av personene i Brightwell-studien sa de snakket med familien.\n\n«Folk vil bli tatt hånd om», sa Kari Holm, visepresident for Brightwells livsforsikringsvirksomhet.\n"})
	if err != nil {
		t.Fatal(err)
	}
	if entityByName(d, "Brightwells") != nil || entityByName(d, "Brightwell") == nil {
		t.Errorf("entities %v", d.Entities)
	}
}

// Titles built around a body's name: "Secretary of the Air Force X" (no comma),
// ranks before titles, "and its CEO", a chief officer as a member.
func TestTitlesAroundBodies(t *testing.T) {
	text := "Shipyard contract under review\n\n" +
		"Secretary of the Air Force Harold Brandt said the review would take a month.\n\n" +
		"Assistant Secretary of the Air Force Ellen Voss disagreed.\n\n" +
		"Deputy Secretary of the Air Force for Logistics Karl Dunne declined to comment.\n\n" +
		"Deputy Trade Secretary Omar Haddad declined to comment.\n\n" +
		"Critics pointed to Norsea Shipping Group and its CEO Tobias Lind.\n\n" +
		"Norsea Shipping Group chief financial officer Rita Moss resigned in May."
	d := extractText(t, text)
	f := facts(d)
	wantFacts(t, f, "Harold Brandt leaderOf Air Force", "Ellen Voss memberOf Air Force", "Karl Dunne memberOf Air Force", "Tobias Lind leaderOf Norsea Shipping Group", "Rita Moss memberOf Norsea Shipping Group")
	if f["Ellen Voss leaderOf Air Force"] {
		t.Errorf("an assistant secretary leads: %v", f)
	}
	for _, e := range d.Entities {
		switch e.Name {
		case "Air Force Harold Brandt", "Assistant", "Deputy Trade", "Deputy", "Trade", "Logistics Karl Dunne", "Air Force for Logistics":
			t.Errorf("title words taken for a name: %q", e.Name)
		}
	}
	if c := claimsBy(d); len(c["Harold Brandt"]) == 0 {
		t.Errorf("no claim by Harold Brandt: %v", c)
	}
}

// A Norwegian name ending in -s keeps it when the article also uses it
// where no genitive can stand; honorifics are not part of names.
func TestNorwegianSNamesAndHonorifics(t *testing.T) {
	text := "Kampen i Oslo\n\n" +
		"Marcus Andrews scoret to mål for Lyn.\n\n" +
		"Marcus Andrews kamp var den beste denne sesongen, sa treneren.\n\n" +
		"Sir Edward Holm deltok også, og Lord Brightwell fulgte kampen fra tribunen."
	d := extractText(t, text)
	names := map[string]bool{}
	for _, e := range d.Entities {
		names[e.Name] = true
	}
	for _, want := range []string{"Marcus Andrews", "Edward Holm", "Brightwell"} {
		if !names[want] {
			t.Errorf("missing %q in %v", want, names)
		}
	}
	for _, bad := range []string{"Marcus Andrew", "Sir Edward Holm", "Lord Brightwell"} {
		if names[bad] {
			t.Errorf("unexpected %q in %v", bad, names)
		}
	}
}

// Urging, demanding and recommending are statements too; a passive
// ("recommended by") makes no speaker of its subject.
func TestDirectiveStatements(t *testing.T) {
	en := "Flood warnings in Carlow\n\n" +
		"Mayor Fiona Brennan urged residents to leave the riverside streets before nightfall.\n\n" +
		"Engineer Paul Keane was recommended by the council to lead the repairs next spring."
	nb := "Flomvarsel i Tromsø\n\n" +
		"Ordfører Kari Nyland oppfordret innbyggerne til å holde seg borte fra elvebredden i kveld."
	for _, c := range []struct {
		text, speaker, words string
	}{{en, "Fiona Brennan", "residents to leave"}, {nb, "Kari Nyland", "innbyggerne til å holde seg borte"}} {
		d, err := extractor(t).Extract(loaders.Article{ID: "d", Text: c.text})
		if err != nil {
			t.Fatal(err)
		}
		got := claimsBy(d)
		found := false
		for _, s := range got[c.speaker] {
			found = found || strings.Contains(s, c.words)
		}
		if !found {
			t.Errorf("no claim by %s holding %q: %v", c.speaker, c.words, got)
		}
		if len(got["Paul Keane"]) > 0 {
			t.Errorf("a passive's subject speaks: %v", got)
		}
	}
}

// "i X i sør-London forrige uke": a place in a direction of a city, and a
// place in a place before any following word.
func TestNorwegianPlaceInPlace(t *testing.T) {
	text := "Ny butikk\n\n" +
		"Den første butikken åpnet i Hackney i øst-London forrige uke, den neste åpner i Moseley i Birmingham senere i år."
	d := extractText(t, text)
	f := facts(d)
	wantFacts(t, f, "Hackney locatedIn London", "Moseley locatedIn Birmingham")
}

// An unnamed event the article keeps returning to is an entity.
func TestRecurringEventNouns(t *testing.T) {
	text := "Exports fall again\n\n" +
		"Economists at Nordbank said the recession would deepen this winter.\n\n" +
		"The recession has already cost forty thousand jobs, the bank said."
	d := extractText(t, text)
	for _, e := range d.Entities {
		if e.Type == "Event" && strings.Contains(e.Name, "recession") {
			return
		}
	}
	t.Errorf("no recession event among %v", d.Entities)
}

// A maker's name before a model is no person; "North American" is no name.
func TestModelsAndRegionalAdjectives(t *testing.T) {
	text := "Plant to close\n\n" +
		"Toyota said on Monday it would stop building cars in Derby.\n\n" +
		"The plant makes the Toyota Avensis sedan for North American buyers."
	d := extractText(t, text)
	for _, e := range d.Entities {
		if e.Name == "Toyota Avensis" && e.Type == "Person" || e.Name == "North American" {
			t.Errorf("unexpected entity %s (%s)", e.Name, e.Type)
		}
	}
}

// "X fra Y sa:": Y is where X is from, and X speaks.
func TestSpeakerFromPlace(t *testing.T) {
	text := "Seier på hjemmebane\n\n" +
		"Kari Holm fra Brekkvik sa: «Vi var det beste laget i dag, og det visste alle.»"
	d := extractText(t, text)
	if c := claimsBy(d); len(c["Kari Holm"]) != 1 {
		t.Errorf("want one claim by Kari Holm, got %v", c)
	}
	for _, e := range d.Entities {
		if e.Name == "Brekkvik" && e.Type == "Person" {
			t.Errorf("Brekkvik typed as a person")
		}
	}
}

// "Kina og Russland mener at …" is said by both of the pair; a short
// name's genitive ("Lis tale") is still the person's.
func TestCoordinatedSpeakersAndShortGenitives(t *testing.T) {
	text := "Nye sanksjoner\n\n" +
		"Utenriksminister Li Bao møtte pressen i New York.\n\n" +
		"Li sa at landet ville svare.\n\n" +
		"Kina og Russland mener at sanksjonene må oppheves før nye samtaler.\n\n" +
		"Park Jun møtte Li i Seoul forrige uke.\n\n" +
		"Tonen for Lis tale var skarp, da han fortalte FN at landet aldri ville gi etter for press."
	d := extractText(t, text)
	c := claimsBy(d)
	if !hasClaim(c, "China", "sanksjonene må oppheves") || !hasClaim(c, "Russia", "sanksjonene må oppheves") {
		t.Errorf("the pair's statement should be both China's and Russia's: %v", c)
	}
	if !hasClaim(c, "Li Bao", "aldri ville gi etter") {
		t.Errorf("han after Lis should be Li Bao: %v", c)
	}
}

// A place opening a body's name with "and" inside is part of the name, as is
// "and" after "of"/"for" in one; two bodies joined by "and" stay two.
func TestPlaceLedBodyNames(t *testing.T) {
	text := "Algae bloom fades\n\n" +
		"The Oregon Parks and Wildlife Commission said the bloom was fading.\n\n" +
		"Flights were cancelled by Nordic Airlines and Fjord Airlines on Sunday.\n\n" +
		"The Council for Training and Apprenticeships said on Monday that vacancies rose.\n\n" +
		"The University of Bergen and Nordbank signed the deal."
	d := extractText(t, text)
	names := map[string]bool{}
	for _, e := range d.Entities {
		names[e.Name] = true
	}
	for _, want := range []string{"Oregon Parks and Wildlife Commission", "Nordic Airlines", "Fjord Airlines", "Council for Training and Apprenticeships"} {
		if !names[want] {
			t.Errorf("missing %q in %v", want, names)
		}
	}
	if names["University of Bergen and Nordbank"] {
		t.Errorf("two bodies joined: %v", names)
	}
	if c := claimsBy(d); len(c["Oregon Parks and Wildlife Commission"]) != 1 {
		t.Errorf("the commission's statement: %v", c)
	}
}

// A name before a plan noun names a proposal: "the Harbourside plan".
func TestNamedPlans(t *testing.T) {
	text := "Council vote\n\n" +
		"Councillors rejected the so-called Harbourside plan for the old docks on Tuesday."
	d := extractText(t, text)
	for _, e := range d.Entities {
		if e.Name == "Harbourside plan" && e.Type == "Proposal" {
			return
		}
	}
	t.Errorf("no Harbourside plan among %v", d.Entities)
}

// "republikanske senatorer" names the party, as "Republican senators" does.
func TestNorwegianPartyAdjectiveNamesParty(t *testing.T) {
	text := "Avstemning i Senatet\n\n" +
		"Flere republikanske senatorer sa at de ville stemme mot forslaget neste uke."
	d := extractText(t, text)
	for _, e := range d.Entities {
		if e.Name == "Republican Party" {
			return
		}
	}
	t.Errorf("no Republican Party among %v", d.Entities)
}

// "Kraftforbundets talsperson X": a title after a body's genitive makes a member.
func TestNorwegianGenitiveTitles(t *testing.T) {
	text := "Nye tall\n\n" +
		"Norsk Kraftforbund la fram tallene mandag.\n\n" +
		"Norsk Kraftforbunds finansdirektør Lene Aas sa at resultatet var svakt."
	d := extractText(t, text)
	if f := facts(d); !f["Lene Aas memberOf Norsk Kraftforbund"] {
		t.Errorf("missing Lene Aas memberOf Norsk Kraftforbund in %v", f)
	}
}

// "called on X to …" is a statement; a second verb after "og"/"and" is the
// opening subject's, a titled person's rather than the body's.
func TestCallsAndCoordinatedVerbs(t *testing.T) {
	en := "Talks resume\n\n" +
		"Foreign Minister Anna Berg met Omar Said in Geneva.\n\n" +
		"Berg called on both sides to respect the ceasefire in the coming weeks.\n\n" +
		"Nordbank chief executive Lars Wik met investors and said the bank would cut its dividend this year."
	nb := "Nye samtaler\n\n" +
		"Anna Berg møtte Omar Said i Genève, og sa etterpå at partene ville møtes igjen neste måned."
	c := claimsOf(t, en, nb)
	wantClaims(t, c, [][2]string{{"Anna Berg", "both sides to respect"}, {"Lars Wik", "cut its dividend"}, {"Anna Berg", "partene ville møtes"}})
	if len(c["Omar Said"]) > 0 || len(c["Nordbank"]) > 0 {
		t.Errorf("an object or a body speaks: %v", c)
	}
}

// Talking with someone is talks; talking to a medium is an interview.
func TestTalkingWith(t *testing.T) {
	for _, c := range []struct{ text, want, not string }{
		{"Vote delayed\n\nSenator Ruth Alder changed her mind after speaking with Senator Paul Dorn on Friday.\n\nAlder later spoke to the BBC.",
			"Ruth Alder negotiatesWith Paul Dorn", "Ruth Alder negotiatesWith BBC"},
		{"Avstemning utsatt\n\nSenator Ruth Alder tok avgjørelsen etter å ha snakket med Paul Dorn fredag.",
			"Ruth Alder negotiatesWith Paul Dorn", ""},
	} {
		d, err := extractor(t).Extract(loaders.Article{ID: "w", Text: c.text})
		if err != nil {
			t.Fatal(err)
		}
		f := facts(d)
		if !f[c.want] || c.not != "" && f[c.not] {
			t.Errorf("want %q, not %q: %v", c.want, c.not, f)
		}
	}
}

// «…», sa han after his earlier quotes is his, not that of a man he only
// spoke of; a subject opening the sentence before still wins.
func TestPronounAfterQuotes(t *testing.T) {
	text := "Valgkamp i Bergen\n\n" +
		"«Dette er et viktig valg for byen», sa Per Olsen.\n\n" +
		"Ordføreren snakket også varmt om kandidaten Jon Berg i talen.\n\n" +
		"«Vi må stå sammen nå», sa han.\n\n" +
		"Erik Lund, som leder opposisjonen, var uenig.\n\n" +
		"«Dette er feil vei», sa han."
	d := extractText(t, text)
	c := claimsBy(d)
	if !hasClaim(c, "Per Olsen", "stå sammen") {
		t.Errorf("the quote after his quotes should be Per Olsen's: %v", c)
	}
	if !hasClaim(c, "Erik Lund", "feil vei") {
		t.Errorf("the subject of the sentence before should win: %v", c)
	}
}

// Places "of" a country, a company's nationality before its trade, an
// office "on" a court, criticism as opposition, a player "for" a club.
func TestMoreRelationShapes(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Storm\n\nHeavy rain fell on the Valle Seco region of Mexico on Sunday.", "Valle Seco locatedIn Mexico"},
		{"Storm\n\nThe storm is 200 miles south of Punta Arenosa, Mexico and moving north.", "Punta Arenosa locatedIn Mexico"},
		{"Fire\n\nThe fire started near Pine Hollow, Oregon, on Friday.", "Pine Hollow locatedIn Oregon"},
		{"Hearing\n\nAnna Reyes is currently a judge on the Ninth Circuit Court of Appeals.", "Anna Reyes memberOf Ninth Circuit Court of Appeals"},
		{"Debate\n\nSenator Joan Hale has been outspoken in her criticism of Mark Dorsey since May.", "Joan Hale opposes Mark Dorsey"},
		{"Basket\n\nPolitiet har pågrepet en mann for drapet på Tom Ekre, en 20 år gammel basketballspiller for Bergen Basketklubb.", "Tom Ekre memberOf Bergen Basketklubb"},
	} {
		d, err := extractor(t).Extract(loaders.Article{ID: "m", Text: c.text})
		if err != nil {
			t.Fatal(err)
		}
		if f := facts(d); !f[c.want] {
			t.Errorf("%q: missing %q in %v", c.text, c.want, f)
		}
	}
}

// Norwegian reporting verbs: tilføyde, skrev, påsto, benektet.
func TestMoreNorwegianReportingVerbs(t *testing.T) {
	text := "Striden fortsetter\n\n" +
		"Lise Moen sa at avtalen var dårlig for byen.\n\n" +
		"Hun tilføyde at kommunen måtte tenke seg om igjen.\n\n" +
		"Bergens Tidende skrev at rådmannen visste om problemene i fjor.\n\n" +
		"Ola Vik benektet opplysningene i et intervju mandag kveld."
	d := extractText(t, text)
	c := claimsBy(d)
	wantClaims(t, c, [][2]string{{"Lise Moen", "kommunen måtte tenke"}, {"Bergens Tidende", "rådmannen visste"}, {"Ola Vik", "opplysningene"}})
}

// "…«utsatt» mens kampen rundt X fortsetter, meldte Y": the speaker follows
// the verb after the comma, not the person of the clause before it.
func TestVerbFirstAfterClause(t *testing.T) {
	text := "Møtet utsatt\n\n" +
		"Møtet med statsråd Per Lie kan bli «utsatt en uke» mens striden rundt kandidaten Ola Bakke fortsetter, meldte Statsministerens kontor søndag."
	d := extractText(t, text)
	c := claimsBy(d)
	if len(c["Ola Bakke"]) > 0 || len(c["Office of the Prime Minister (Norway)"]) == 0 {
		t.Errorf("the office speaks, not the candidate: %v", c)
	}
}

// Violence against a person is an attack: "skjøt og drepte", "was stabbed by".
func TestViolenceAgainstPersons(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Drap i Bergen\n\nPolitiet sier Jon Hauge innrømmer å ha skutt og drept Per Nilsen natt til lørdag.", "Jon Hauge attacked Per Nilsen"},
		{"Stabbing in Leeds\n\nPolice said Mark Tate was stabbed by Dean Cole outside a pub on Friday.", "Dean Cole attacked Mark Tate"},
	} {
		d, err := extractor(t).Extract(loaders.Article{ID: "a", Text: c.text})
		if err != nil {
			t.Fatal(err)
		}
		if f := facts(d); !f[c.want] {
			t.Errorf("missing %q in %v", c.want, f)
		}
	}
}

// "sa LSUs basketballtrener X at …": past a body's genitive and a title,
// the person speaks; a subject behind capitalised titles opens the sentence.
func TestSpeakersBehindTitles(t *testing.T) {
	nb := "Sjokk i laget\n\nFjellby tapte finalen mot Nordby torsdag.\n\nFredag morgen sa Fjellbys basketballtrener Tor Lunde at laget var i sjokk etter tapet."
	en := "Hearing\n\nHouse Minority Leader Joan Avery met reporters and said that the nominee was unfit to serve."
	c := claimsOf(t, nb, en)
	if len(c["Tor Lunde"]) != 1 || len(c["Joan Avery"]) != 1 {
		t.Errorf("want one claim each by Tor Lunde and Joan Avery: %v", c)
	}
}

// A web domain or a name with "The" named as a source is a medium:
// "weather.com reported", "ifølge The Advocate".
func TestDomainSources(t *testing.T) {
	text := "Storm\n\n\"Up to ten inches of rain are possible in the hills,\" weather.com reported.\n\nThe site ends in .com for a reason."
	d := extractText(t, text)
	if c := claimsBy(d); !hasClaim(c, "weather.com", "ten inches") {
		t.Errorf("no claim by weather.com: %v", c)
	}
	d = extractText(t, "Kausjon\n\nKausjonen er satt til 50 000 dollar, ifølge The Northport Courier.")
	if c := claimsBy(d); !hasClaim(c, "The Northport Courier", "Kausjonen") {
		t.Errorf("no claim by The Northport Courier: %v", c)
	}
	if toks := Tokenize("see bbc.co.uk and weather.com. Then U.S. news", 0); toks[1].Text != "bbc.co.uk" || toks[3].Text != "weather.com" || toks[4].Text != "." {
		t.Errorf("tokens %v", toks)
	}
}

// Plural subjects report too: "China and Russia say …", "models predict …".
func TestPluralReportingVerbs(t *testing.T) {
	text := "Talks\n\nChina and Russia say the council should ease the sanctions this year."
	d := extractText(t, text)
	if c := claimsBy(d); !hasClaim(c, "China", "ease the sanctions") || !hasClaim(c, "Russia", "ease the sanctions") {
		t.Errorf("the pair's statement: %v", c)
	}
}

// An acronym's Norwegian genitive names the body, and a compound title
// after it makes a member; a chamber before a leader's title, an event in
// a city and "X, Y federal court" place what they name.
func TestAcronymGenitivesAndPlacedEvents(t *testing.T) {
	nb := "Trener etterlyser ro\n\n" +
		"HSUs basketballtrener Tom Ekre sa at laget er knust."
	en := "Leaders meet\n\n" +
		"House Minority Leader Nancy Pelosi spoke at the Harbour Tribune Festival in Austin, Texas.\n\n" +
		"The company filed for protection in a Manhattan, New York federal court on Monday."
	f := factsOf(t, nb, en)
	wantFacts(t, f, "Tom Ekre memberOf HSU", "Nancy Pelosi memberOf US House of Representatives",
		"Harbour Tribune Festival locatedIn Austin", "Manhattan locatedIn New York")
}

// A head's title before a name leads the state the gazetteer knows the
// person heads, or the one country an article is about; "Former Vice
// President" is a title, no name.
func TestHeadTitles(t *testing.T) {
	text := "Flood toll rises\n\n" +
		"President Ana Ferreira visited the flooded coast of Portugal on Sunday.\n\n" +
		"Portugal has asked for help, and Portugal's neighbours sent boats.\n\n" +
		"President Donald Trump said the United States would help.\n\n" +
		"Former Vice President Joe Biden also offered help."
	d := extractText(t, text)
	f := facts(d)
	wantFacts(t, f, "Ana Ferreira leaderOf Portugal", "Donald Trump leaderOf United States")
	if f["Donald Trump leaderOf Portugal"] || f["Joe Biden leaderOf United States"] {
		t.Errorf("a known head led another state, or a past deputy's title counted: %v", f)
	}
	for _, e := range d.Entities {
		if strings.HasPrefix(e.Name, "Former") {
			t.Errorf("entity %q", e.Name)
		}
	}
}

// Sides named "Team X", drivers and a body's own person ("Ferrari's X")
// are members; "the United States lost" holds no speech verb.
func TestTeamsAndDrivers(t *testing.T) {
	text := "Race report\n\n" +
		"Team Europe captain Anne Holt praised the crowd on Sunday.\n\n" +
		"Mercedes driver Lewis Hamilton won ahead of Ferrari's Sebastian Vettel.\n\n" +
		"Europe's Tom Berg won all his matches, while Jim Ray of the United States lost."
	d := extractText(t, text)
	f := facts(d)
	wantFacts(t, f, "Anne Holt leaderOf Team Europe", "Lewis Hamilton memberOf Mercedes-Benz", "Sebastian Vettel memberOf Ferrari")
	if c := claimsBy(d); len(c["Jim Ray"]) > 0 {
		t.Errorf("claim by Jim Ray: %v", c)
	}
}

// "ifølge politiet", "police said" name the article's police force; a
// short denial is a claim with its verb; Norwegian puts a pronoun or a
// medium after the verb ("Deretter antydet hun at", "skrev Oakdale Herald at").
func TestPoliceDenialsAndInversions(t *testing.T) {
	en := "Arrest made\n\n" +
		"The Harbour City Police Department arrested a man on Friday.\n\n" +
		"According to police, the man had fled the scene before officers arrived.\n\n" +
		"Mayor Tom Reed denied the reports."
	nb := "Pågripelse\n\n" +
		"Harbour City Police Department arresterte en mann fredag.\n\n" +
		"Ifølge politiet mistet offeret brillene sine i basketaket.\n\n" +
		"Kari Holm benektet opplysningene. Deretter antydet hun at kontakten med pressen blir hyppigere.\n\n" +
		"Tidligere denne måneden skrev Oakdale Herald at Kari Holm ville gå av."
	c := claimsOf(t, en, nb)
	wantClaims(t, c, [][2]string{{"Harbour City Police Department", "fled the scene"}, {"Harbour City Police Department", "mistet offeret brillene"},
		{"Tom Reed", "denied the reports"}, {"Kari Holm", "benektet opplysningene"}, {"Kari Holm", "kontakten med pressen"}, {"Oakdale Herald", "ville gå av"}})
}

// A compound's tail reads in relation patterns: "Seattle-based Amazon",
// "Iran-backed Hezbollah"; a named agreement is an Agreement one can endorse.
func TestCompoundTailsAndAgreements(t *testing.T) {
	text := "Deals and backers\n\n" +
		"Seattle-based Amazon said it would hire 1,000 people.\n\n" +
		"Iran-backed Hezbollah fought in the south.\n\n" +
		"Oxfam endorsed the Paris Agreement on Monday.\n\n" +
		"The Netherlands-based UN body has no power."
	d := extractText(t, text)
	f := facts(d)
	wantFacts(t, f, "Amazon locatedIn Seattle", "Iran supports Hezbollah", "Oxfam supports Paris Agreement")
	if f["United Nations locatedIn Netherlands"] {
		t.Errorf("the body's seat given to the UN: %v", f)
	}
	for _, e := range d.Entities {
		if e.Name == "Paris Agreement" && e.Type != "Agreement" {
			t.Errorf("Paris Agreement is a %s", e.Type)
		}
	}
}

// British party words before a title ("Tory MP X", "Tory Brexiteer X",
// "Tory-parlamentariker X") make members; a headline's capitals give way
// to the name as the text spells it; "talte" after a name is a verb.
func TestBritishPartiesAndCapitals(t *testing.T) {
	en := "Brexit rally\n\n" +
		"Tory MP Peter Bone told the rally that Brexit would succeed.\n\n" +
		"Tory Brexiteer Andrea Jenkyns also spoke.\n\n" +
		"NIGEL FARAGE said the crowd was huge. Later, Nigel Farage left."
	nb := "Brexit-møte\n\nTory-parlamentariker Peter Bone sa at Brexit vil lykkes. Parlamentsmedlemmet Andrea Jenkyns talte også."
	f := map[string]bool{}
	names := map[string]bool{}
	for _, text := range []string{en, nb} {
		d := extractText(t, text)
		for k := range facts(d) {
			f[k] = true
		}
		for _, e := range d.Entities {
			names[e.Name] = true
		}
	}
	wantFacts(t, f, "Peter Bone memberOf Conservative Party", "Andrea Jenkyns memberOf Conservative Party")
	for _, n := range []string{"Nigel Farage", "Andrea Jenkyns"} {
		if !names[n] {
			t.Errorf("no entity %q among %v", n, names)
		}
	}
	for _, n := range []string{"NIGEL FARAGE", "Tory", "Andrea Jenkyn"} {
		if names[n] {
			t.Errorf("entity %q among %v", n, names)
		}
	}
}

// An unknown name in a list of known ones is one of their kind — but not
// a name's tail, a genitive or a place's state.
func TestListMembersShareTypes(t *testing.T) {
	text := "Storm warning\n\n" +
		"Flood watches cover Phoenix, Flagstaff, Las Vegas and Salt Lake City.\n\n" +
		"Rounding out the top five were Amazon.com and Target at 6 percent each.\n\n" +
		"Ratings rose for CNN, Fox News Channel and MSNBC.\n\n" +
		"The pilgrimage to Mecca, Islam's holiest site, begins in Washington, D.C. tomorrow."
	d := extractText(t, text)
	typ := map[string]string{}
	for _, e := range d.Entities {
		typ[e.Name] = e.Type
	}
	for name, want := range map[string]string{"Flagstaff": "City", "Phoenix": "City", "Target": "Company"} {
		if typ[name] != want {
			t.Errorf("%s is %q, want %s: %v", name, typ[name], want, typ)
		}
	}
	for _, name := range []string{"Channel", "Islam's", "Islam", "D.C."} {
		if typ[name] != "" {
			t.Errorf("%s taken for a %s", name, typ[name])
		}
	}
}

// A parenthetical attribution makes the sentence around it a claim; calling
// someone a "…" is one; an attribution's pronoun is not the person its
// statement names.
func TestParentheticalsAndNaming(t *testing.T) {
	nb := "Søvn\n\n" +
		"Kari Lien underviser ved universitetet.\n\n" +
		"Det ligger fortsatt en viss stolthet i å pugge hele natten, sa hun, og la til at presset på studentene øker.\n\n" +
		"Neste steg, håper Ola Berg, er å be alle studentene om å ta kurset.\n\n" +
		"Tonen var annerledes, da han fortalte forsamlingen at et angrep var uunngåelig etter at Per Dahl kalte Ola Berg en «rakettmann» i fjor."
	en := "Court case\n\n" +
		"President Evo Morales spoke on Monday.\n\n" +
		"\"The issue has been hijacked by the current administration,\" said Anna Pratt.\n\n" +
		"Morales's belligerent rhetoric has sapped any residual goodwill, she suggested."
	c := claimsOf(t, nb, en)
	wantClaims(t, c, [][2]string{{"Kari Lien", "pugge hele natten"}, {"Kari Lien", "presset på studentene"}, {"Ola Berg", "be alle studentene"},
		{"Per Dahl", "kalte Ola Berg en «rakettmann»"}, {"Ola Berg", "et angrep var uunngåelig"}, {"Anna Pratt", "belligerent rhetoric"}})
	if hasClaim(c, "Evo Morales", "belligerent rhetoric") {
		t.Errorf("the statement's subject took the pronoun: %v", c)
	}
}

// The maker of figures or a report is the source ("according to figures
// released by X", "a report in X"); "in the words of X" hands a quote to X;
// "the firm" is the body an apposition calls a firm.
func TestSourceMakersAndWords(t *testing.T) {
	text := "Music sales\n\n" +
		"Apple passed Walmart to become the top music seller, according to figures released April 3 by Harbor Data Group, a market research firm. " +
		"The firm said more than 4 billion songs had been downloaded since 2003.\n\n" +
		"According to an April 2nd report in Ars Technica, an internal memo showed the company passed Walmart.\n\n" +
		"In the words of the prosecutor, Mark Tedeschi, \"the girl spent most of her last months crying.\""
	d := extractText(t, text)
	c := claimsBy(d)
	wantClaims(t, c, [][2]string{{"Harbor Data Group", "top music seller"}, {"Harbor Data Group", "4 billion songs"},
		{"Ars Technica", "internal memo"}, {"Mark Tedeschi", "last months crying"}})
	if hasClaim(c, "Walmart", "4 billion songs") {
		t.Errorf("the firm taken for Walmart: %v", c)
	}
}

// A title only one state has represents that state when the article names
// it; a shadow minister's does not.
func TestStateTitles(t *testing.T) {
	text := "Talks\n\n" +
		"Secretary of State Anna Reed will visit Pyongyang. The United States wants talks.\n\n" +
		"Foreign Secretary Tom Hale met her in Britain. Shadow Foreign Secretary Emily Dunn disagreed."
	d := extractText(t, text)
	f := facts(d)
	wantFacts(t, f, "Anna Reed represents United States", "Tom Hale represents United Kingdom")
	if f["Emily Dunn represents United Kingdom"] {
		t.Errorf("a shadow minister represents the state: %v", f)
	}
	for _, e := range d.Entities {
		if e.Name == "Shadow" {
			t.Errorf("entity %q", e.Name)
		}
	}
}

// "The X reported" names a medium, one entity with "told The X".
func TestMediaWithArticle(t *testing.T) {
	text := "Leak\n\n" +
		"\"I did not leak her story,\" Feinstein told the committee, The Ridgeline reported.\n\n" +
		"Later she told The Ridgeline that she had nothing to add to her statement."
	d := extractText(t, text)
	n := 0
	for _, e := range d.Entities {
		if strings.Contains(e.Name, "Ridge") {
			n++
			if e.Type != "MediaOrganization" || len(e.Mentions) != 2 {
				t.Errorf("%s: %s with %d mentions", e.Name, e.Type, len(e.Mentions))
			}
		}
	}
	if n != 1 {
		t.Errorf("%d entities for The Ridgeline: %v", n, d.Entities)
	}
}

// A short Norwegian common noun after a name's hyphen is no part of the
// name: "Premier League-tap", "Ryder Cup-kamp".
func TestShortCompoundTails(t *testing.T) {
	text := "Kamp\n\nLaget kom tilbake fra Premier League-tap mot Everton. Han spilte sin første Ryder Cup-kamp i Paris."
	d := extractText(t, text)
	names := map[string]bool{}
	for _, e := range d.Entities {
		names[e.Name] = true
	}
	for _, n := range []string{"Premier League", "Ryder Cup"} {
		if !names[n] {
			t.Errorf("no %s among %v", n, names)
		}
	}
	for n := range names {
		if strings.Contains(n, "-tap") || strings.Contains(n, "-kamp") {
			t.Errorf("entity %q", n)
		}
	}
}

// "State" and "City" continue a place's name into a body's ("Louisiana
// State Police"); a common word capitalised after a title starts a name
// ("coach Will Wade").
func TestStateNamesAndTitledWords(t *testing.T) {
	text := "Arrest\n\n" +
		"The Louisiana State Police task force helped, and basketball coach Will Wade said the team is devastated."
	d := extractText(t, text)
	names := map[string]bool{}
	for _, e := range d.Entities {
		names[e.Name] = true
	}
	for _, n := range []string{"Louisiana State Police", "Will Wade"} {
		if !names[n] {
			t.Errorf("no %s among %v", n, names)
		}
	}
}

// A name followed by an age is a person's.
func TestAgeMakesPerson(t *testing.T) {
	text := "Police arrest suspect Dyteon Simpson in Harbor player's death\n\n" +
		"Dyteon Simpson, 20, has been arrested, police said. Kari Vangsnes (34) ble også pågrepet."
	d := extractText(t, text)
	for _, e := range d.Entities {
		if (e.Name == "Dyteon Simpson" || e.Name == "Kari Vangsnes") && e.Type != "Person" {
			t.Errorf("%s is a %s", e.Name, e.Type)
		}
	}
}

// A surname that is also a compass word still names the person ("sa West");
// a pronoun after a Norwegian verb before a colon quote is its speaker; a
// hotel is a place, no person to pass a pronoun to.
func TestSurnamesPronounsAndHotels(t *testing.T) {
	text := "Navnebytte\n\n" +
		"Rapperen Kanye West har byttet navn.\n\n" +
		"«Jeg tror ordet er det mest brukte i boka», sa West tidligere i år, da han snakket med radioverten Big Boy.\n\n" +
		"Da han annonserte endringen på Twitter på lørdag skrev han: «Skapningen tidligere kjent som Kanye West.»\n\n" +
		"Gendon Subandono trente to av de savnede. Flere av de som ble fanget i ruinene av Roa Roa Hotel, inkludert Petra Mandagi, var elevene hans.\n\n" +
		"«Som en senior innen paragliding har jeg min egen bør å bære», sa han."
	d := extractText(t, text)
	c := claimsBy(d)
	wantClaims(t, c, [][2]string{{"Kanye West", "mest brukte"}, {"Kanye West", "Skapningen"}, {"Gendon Subandono", "senior innen paragliding"}})
}

// Companies placed by "-based" (not by their country's adjective),
// yards and plants "in" a city, "Executive Vice President" as a title,
// a party's plural title before a list of names, "Society" as a body.
func TestCompaniesPlacesAndPluralTitles(t *testing.T) {
	en := "Deal\n\n" +
		"The deal between Aeroflot and Chicago-based Boeing stalled last year.\n\n" +
		"Russian flag carrier Aeroflot bought jets, and Boeing signed with Russian manufacturer Sukhoi.\n\n" +
		"The navy returned it to Blohm & Voss shipyard in Hamburg.\n\n" +
		"Boeing Executive Vice President Scott Carson replied, \"It is a business relationship.\""
	nb := "Høring\n\n" +
		"John Goldsmith, leder av Cromwell Society, sier at statuen må stå.\n\n" +
		"Intervjuet spurte de republikanske senatorene John Kennedy og Lindsey Graham om FBI."
	f := map[string]bool{}
	names := map[string]bool{}
	for _, text := range []string{en, nb} {
		d := extractText(t, text)
		for k := range facts(d) {
			f[k] = true
		}
		for _, e := range d.Entities {
			names[e.Name] = true
		}
	}
	wantFacts(t, f, "Boeing locatedIn Chicago", "Blohm & Voss locatedIn Hamburg",
		"John Goldsmith leaderOf Cromwell Society", "John Kennedy memberOf Republican Party", "Lindsey Graham memberOf Republican Party")
	// a company's country adjective is its nationality: no place it lies
	// in (locatedIn is a place in a place; annotators of the corpus read
	// none from "Russian flag carrier Aeroflot" or "Japanese carmaker X")
	if f["Aeroflot locatedIn Russia"] || f["Sukhoi locatedIn Russia"] {
		t.Errorf("a company placed by its country's adjective: %v", f)
	}
	if names["Executive Vice"] || !names["Scott Carson"] {
		t.Errorf("names %v", names)
	}
}

// "However, …, X notes" is a statement; "lamented" reports one; state
// troopers are a body whose report is a source.
func TestHoweverLamentsAndTroopers(t *testing.T) {
	text := "Frigates delayed\n\n" +
		"Hans Berg chairs the committee.\n\n" +
		"However, continuous delays mean that the warships will be outdated by the time they enter service, Die Zeit notes.\n\n" +
		"He lamented that none of the new frigates were able to join the Navy.\n\n" +
		"Palin was arrested on suspicion of domestic violence, according to a report released Saturday by Alaska State Troopers."
	d := extractText(t, text)
	c := claimsBy(d)
	wantClaims(t, c, [][2]string{{"Die Zeit", "continuous delays"}, {"Hans Berg", "none of the new frigates"}, {"Alaska State Troopers", "domestic violence"}})
}

// An acronym's plural names a kind ("AMs", "MWPs"); "MP" is a title.
func TestPluralAcronymsAndMPs(t *testing.T) {
	text := "Name change\n\nAMs are suggesting other names such as MWPs, and Labour MP Anna Turley agreed."
	d := extractText(t, text)
	for _, e := range d.Entities {
		if e.Name == "AMs" || e.Name == "MWPs" || strings.Contains(e.Name, "MP Anna") {
			t.Errorf("entity %q", e.Name)
		}
	}
	if f := facts(d); !f["Anna Turley memberOf Labour Party"] {
		t.Errorf("facts %v", f)
	}
}

// An initial that is also a word stays in a name ("Dionisio A. Lind");
// "Mexico by" is Mexico City.
func TestInitialsAndNorwegianCityNames(t *testing.T) {
	names := map[string]bool{}
	for _, text := range []string{"Carillon\n\nThe bells were played by Dionisio A. Lind, who moved to Harlem.",
		"Jordskjelv\n\nSkjelvet ble merket i Mexico by på tirsdag."} {
		d := extractText(t, text)
		for _, e := range d.Entities {
			names[e.Name] = true
		}
	}
	for _, n := range []string{"Dionisio A. Lind", "Mexico City"} {
		if !names[n] {
			t.Errorf("no %s among %v", n, names)
		}
	}
}

// "politiet i Avon og Somerset" is the force English calls "Avon and
// Somerset Police"; "the Radstock area" is a place.
func TestPoliceOfPlaces(t *testing.T) {
	en := "Arrests\n\nFour men were arrested in the Radstock area, Avon and Somerset Police said."
	nb := "Pågripelser\n\nFire menn ble pågrepet i Radstock-området, ifølge politiet i Avon og Somerset."
	keys := map[string][]string{}
	for lang, text := range map[string]string{"en": en, "nb": nb} {
		d, err := extractor(t).Extract(loaders.Article{ID: lang, Text: text})
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range d.Entities {
			keys[lang] = append(keys[lang], e.Name+"/"+e.Type)
		}
	}
	for lang, ks := range keys {
		sort.Strings(ks)
		if strings.Join(ks, ",") != "Avon and Somerset Police/GovernmentOrganization,Radstock/Place" {
			t.Errorf("%s: %v", lang, ks)
		}
	}
}

// "OL" is the Olympic Games the English article names; a lower-case
// "generalforsamlingen" is a meeting, not the UN's; "Class B" names nothing.
func TestOlympicsAndMeetings(t *testing.T) {
	names := map[string]bool{}
	for _, text := range []string{
		"Stuping\n\nHan vant bronse i OL i 2012. Hun har en rolle på den årlige generalforsamlingen til forbundet.",
		"Diving\n\nHe won bronze at the 2012 Olympics and was charged with a Class B misdemeanour."} {
		d := extractText(t, text)
		for _, e := range d.Entities {
			names[e.Name] = true
		}
	}
	if !names["Olympic Games"] || names["OL"] || names["Olympics"] {
		t.Errorf("Olympics: %v", names)
	}
	if names["UN General Assembly"] || names["Class B"] {
		t.Errorf("names %v", names)
	}
}

// TestBodyBeforeJobNoun: a person's apposition that names a body before a
// job noun (the lexicon's job_nouns, {JOB} in patterns) makes the person a
// member of it; so does any job noun before "at/for X".
func TestBodyBeforeJobNoun(t *testing.T) {
	f := factsOf(t,
		"Prints\n\nThe gallery opened on Friday. Dana Whitlock, KSU associate professor of art history, said the prints were important.\n",
		"Prints\n\nThe gallery opened on Friday. For Lionel Brask, a KSU instructor in music, the show was a revelation.\n",
		"Media\n\nLena Ostrova, a writer at large for the Halden Courier, wrote the memoir.\n")
	wantFacts(t, f, "Dana Whitlock memberOf KSU", "Lionel Brask memberOf KSU", "Lena Ostrova memberOf Halden Courier")
	// a place before the job noun is no body the person belongs to
	if f := factsOf(t, "Visit\n\nMarta Quill, a Boston lawyer, said the visit went well.\n"); f["Marta Quill memberOf Boston"] {
		t.Errorf("a city taken for an employer: %v", f)
	}
}

// TestNationalSide: in sport a country's name stands for its side: its
// coach leads it and its players are its members.
func TestNationalSide(t *testing.T) {
	f := factsOf(t,
		"World Cup\n\nPeru drew 1 – 1 with Iceland. In the 60th minute, Iceland's goalkeeper Hannes Dalberg was substituted. After the match, Peru's coach Rafael Quispe said the team had learned a lot.\n",
		"World Cup\n\nPeru drew 1 – 1 with Iceland. After the match, Gunnar Eiriksson, Iceland coach, said the draw was fair.\n")
	wantFacts(t, f, "Hannes Dalberg memberOf Iceland", "Rafael Quispe leaderOf Peru", "Gunnar Eiriksson leaderOf Iceland")
}

// TestCompoundPastIsNoGenitive: a Norwegian name in -s before a compound
// verb in the past ("deltok", "overtok") keeps its -s; before a noun it is a
// genitive.
func TestCompoundPastIsNoGenitive(t *testing.T) {
	d := extractText(t, "Demonstrasjon i byen\n\nDen konservative politikeren Fiona Waddings deltok også i demonstrasjonen i byen, og hun fortalte journalistene at regjeringen må lytte til folket. Hun sa at det ikke er for sent.\n")
	if typesOf(d)["Fiona Waddings"] != "Person" {
		t.Errorf("want Fiona Waddings, the -s kept before deltok: %v", typesOf(d))
	}
	d = extractText(t, "Demonstrasjon i byen\n\nDen konservative politikeren Fiona Waddings tale ble godt mottatt i byen, og journalistene skrev at regjeringen må lytte til folket. Det er ikke for sent, skrev de.\n")
	if typesOf(d)["Fiona Wadding"] != "Person" {
		t.Errorf("want Fiona Wadding, the genitive's stem, before a noun: %v", typesOf(d))
	}
}

// TestRallySpeakers: British single quotes over three paragraphs after
// "telling reporters:" are one claim; a quote standing alone as its
// paragraph goes on with the last speaker; "The Wellingborough MP added"
// is a person (the one just quoted), never the town; and "he said" goes to
// whoever was quoted in the sentence before, not to a man named before
// that who had spoken earlier.
func TestRallySpeakers(t *testing.T) {
	text := "Rally in the city\n\n" +
		"Nigel Harwood said the rally was a warning.\n" +
		"Conservative backbencher Peter Stoke told the march that he wanted to drop the plan.\n" +
		"He suggested Mr Harwood should have been given responsibility for the talks.\n" +
		"'If he had been in charge, we would have been out by now,' he said.\n" +
		"The Wellingborough MP added: 'I will stand up for the vote.'\n" +
		"Setting out his opposition to the plan, he said: 'We want to make our own laws.'\n" +
		"Tory MP Fiona Wadding was also at the march, telling reporters: 'I am simply saying: listen to the people.\n" +
		"'The plan is unpopular with the public and with our own activists.\n" +
		"Please drop the plan and start listening.'\n" +
		"Labour MP Tom Harrow said the rally was small.\n" +
		"'They are trying to betray the vote,' he said.\n" +
		"'We will not let them get away with it.'\n"
	d := extractText(t, text)
	c := claimsBy(d)
	for _, want := range [][2]string{
		{"Peter Stoke", "we would have been out by now"},
		{"Peter Stoke", "I will stand up for the vote"},
		{"Peter Stoke", "We want to make our own laws"},
		{"Fiona Wadding", "listen to the people"},
		{"Tom Harrow", "We will not let them get away with it"},
	} {
		if !hasClaim(c, want[0], want[1]) {
			t.Errorf("no claim of %s holding %q: %v", want[0], want[1], c)
		}
	}
	for _, cl := range c["Fiona Wadding"] {
		if strings.Contains(cl, "listen to the people") && !strings.Contains(cl, "start listening") {
			t.Errorf("the quotation over three paragraphs is cut: %q", cl)
		}
	}
	if len(c["Wellingborough"]) > 0 {
		t.Errorf("a town speaks: %v", c["Wellingborough"])
	}
}

// TestPlanNamedAlone: "her Chequers compromise plan" names a proposal, and
// "Chequers" alone later is that plan, not a person; "she" after a quote
// may be a woman whose given name men bear too (Andrea).
func TestPlanNamedAlone(t *testing.T) {
	d := extractText(t, "Rally\n\nThe premier is struggling to keep her Halvard compromise plan on track.\n"+
		"Tory MP Andrea Bellwood was at the march, telling reporters: 'Listen to the people.\n"+
		"'Halvard is unpopular with the general public.\n"+
		"Please drop Halvard and start listening.'\n"+
		"In a pointed message to the premier, she added: 'Prime ministers keep their jobs when they keep their promises.'\n")
	types := typesOf(d)
	if types["Halvard compromise plan"] != "Proposal" || types["Halvard"] != "" {
		t.Errorf("want one proposal, Halvard compromise plan, and no Halvard of its own: %v", types)
	}
	if c := claimsBy(d); !hasClaim(c, "Andrea Bellwood", "keep their promises") {
		t.Errorf("'she added' is not Andrea Bellwood's: %v", c)
	}
}

// TestTitleOfWorkIsNoPerson: "Game of Thrones" said twice is one name, and
// a name joined by "of" is nobody "he" can be.
func TestTitleOfWorkIsNoPerson(t *testing.T) {
	text := "Star speaks out\n\nDrama of Kingdoms star Tom Ashford is known for his role in the violent fantasy series Drama of Kingdoms.\n" +
		"\"I worry about it quite a lot these days,\" he said.\n"
	d := extractText(t, text)
	types := typesOf(d)
	for name, typ := range types {
		if strings.Contains(name, "Drama") || strings.Contains(name, "Kingdoms") {
			t.Errorf("the title of a work is an entity: %s (%s)", name, typ)
		}
	}
	if c := claimsBy(d); !hasClaim(c, "Tom Ashford", "I worry about it") {
		t.Errorf("'he said' is not Tom Ashford's: %v", c)
	}
}

// TestCommonWordOpensBody: a capitalised common word inside a sentence
// opens the body's name after it ("the State Property Agency").
func TestCommonWordOpensBody(t *testing.T) {
	f := factsOf(t, "Plant sale\n\nThe offer was opened on Monday by Sebastian Varga, head of the State Property Agency, in the capital.\n")
	wantFacts(t, f, "Sebastian Varga leaderOf State Property Agency")
}

// TestFacilityAfterName: a name and a lower-case facility noun after it
// name a place, keyed by the English noun in every language; a sentence's
// first word alone before one is no name.
func TestFacilityAfterName(t *testing.T) {
	d := extractText(t, "Flight\n\nThe plane is due to arrive at New York's John F. Kennedy airport at noon. Six station staff were hurt.\n")
	types := typesOf(d)
	if types["John F. Kennedy airport"] != "Place" || types["John F. Kennedy"] != "" {
		t.Errorf("want the place John F. Kennedy airport, not a person: %v", types)
	}
	if f := facts(d); !f["John F. Kennedy airport locatedIn New York"] {
		t.Errorf("missing John F. Kennedy airport locatedIn New York: %v", f)
	}
	for name := range types {
		if strings.HasPrefix(name, "Six") {
			t.Errorf("a sentence's first word makes a name: %v", types)
		}
	}
	nb := extractText(t, "Flyet landet\n\nFlyet landet på Vestby lufthavn i går kveld, og passasjerene ble tatt imot av politiet. De fikk gå hjem etter en time.\n")
	found := false
	for _, e := range nb.Entities {
		if strings.HasPrefix(e.Name, "Vestby") {
			found = true
			if e.Key != "vestby-airport" || e.Type != "Place" {
				t.Errorf("Vestby lufthavn = %+v; want the place keyed vestby-airport", e)
			}
		}
	}
	if !found {
		t.Errorf("Vestby lufthavn not found: %v", typesOf(nb))
	}
}

// TestBodyClosesStatement: ", the Prison Service has said" and ", Daimler
// said on Monday" make the statement before them the body's; a body named
// in a person's apposition before "said" does not.
func TestBodyClosesStatement(t *testing.T) {
	c := claimsOf(t, "Prison\n\nSix prison officers have been injured in a disturbance at a high security jail, the Prison Service has said.\nThe carmaker will cut 500 jobs in Germany, Daimler said on Monday.\n")
	if !hasClaim(c, "Prison Service", "Six prison officers have been injured") || !hasClaim(c, "Daimler", "cut 500 jobs") {
		t.Errorf("statements closed by a body's attribution missed: %v", c)
	}
	c = claimsOf(t, "Trade\n\nTerry Branwell, the U.S. ambassador to China and the former governor of Iowa, said Beijing had hurt American workers.\n")
	if !hasClaim(c, "Terry Branwell", "hurt American workers") || len(c["China"])+len(c["Iowa"]) > 0 {
		t.Errorf("want the ambassador's claim, no body's: %v", c)
	}
}

// TestQuoteAcrossParagraphs: a quote left open at a blank line closes in
// the next paragraph where a closer shows it ends; one that another quote
// follows first does not.
func TestQuoteAcrossParagraphs(t *testing.T) {
	text := "World Cup\n\nHarry Crane won the award. He said, \"In the first half it felt good out there.\n\n" +
		"We could have scored two or three goals and put the game to bed early.\" After the match, coach Nabil Mansour said, \"We were playing a very good team.\"\n"
	c := claimsOf(t, text)
	ok := false
	for _, cl := range c["Harry Crane"] {
		ok = ok || strings.Contains(cl, "felt good") && strings.Contains(cl, "put the game to bed")
	}
	if !ok || !hasClaim(c, "Nabil Mansour", "playing a very good team") {
		t.Errorf("want Crane's quote over two paragraphs and Mansour's own: %v", c)
	}
}

// TestStateGovernment: "the Belgian government", "the UK Government" and
// "den belgiske regjeringen" are a government body, one key in both
// languages, and it speaks.
func TestStateGovernment(t *testing.T) {
	en := extractText(t, "Aid\n\nThe Belgian government has announced that it will give up to 150 million in aid to sub-contractors. The UK Government said it was ready to help.\n")
	nb := extractText(t, "Støtte\n\nDen belgiske regjeringen har kunngjort at den vil gi opptil 150 millioner i støtte til underleverandørene som leverer deler til fabrikken.\n")
	keys := func(d *Document) map[string]string {
		out := map[string]string{}
		for _, e := range d.Entities {
			out[e.Key] = e.Type
		}
		return out
	}
	if k := keys(en); k["belgian-government"] != "GovernmentOrganization" || k["british-government"] != "GovernmentOrganization" {
		t.Errorf("English governments: %v", k)
	}
	if k := keys(nb); k["belgian-government"] != "GovernmentOrganization" {
		t.Errorf("Norwegian government: %v", k)
	}
	if c := claimsBy(en); !hasClaim(c, "Belgian government", "150 million") {
		t.Errorf("the government's announcement: %v", c)
	}
}

// TestMilitaryRanks: abbreviated ranks ("Lt Col", "Cpl") are titles, not
// names.
func TestMilitaryRanks(t *testing.T) {
	d := extractText(t, "War hero\n\nThe award was won in 1918. According to the records, Lt Col Bernard Wace led his battalion across the canal. Cpl Tom Rudd followed him.\n")
	types := typesOf(d)
	if types["Bernard Wace"] != "Person" || types["Tom Rudd"] != "Person" || types["Lt"] != "" || types["Cpl"] != "" {
		t.Errorf("ranks taken for names: %v", types)
	}
}

// TestPlaceWordBeforeParticle: "Canal de Saint-Quentin", like "Gulf of
// Mexico", is a place by its first word.
func TestPlaceWordBeforeParticle(t *testing.T) {
	d := extractText(t, "War hero\n\nVann led his battalion across the Canal de Saint-Quentin through a very thick fog.\n")
	if typ := typesOf(d)["Canal de Saint-Quentin"]; typ != "Place" {
		t.Errorf("Canal de Saint-Quentin is %q, want Place: %v", typ, typesOf(d))
	}
}

// TestEventNounAsVerb: "to deal with" is no deal the article is about.
func TestEventNounAsVerb(t *testing.T) {
	d := extractText(t, "Prison\n\nOfficers were brought in to deal with the disturbance. More staff came to deal with the inmates, and the governor had to deal with the press.\n")
	for name, typ := range typesOf(d) {
		if typ == "Event" && strings.Contains(strings.ToLower(name), "deal") {
			t.Errorf("a verb taken for an event: %s", name)
		}
	}
}

// TestShortFormOfLongerName: "Long Lartin" in a headline is the "HMP Long
// Lartin" of the text, not a person of its own.
func TestShortFormOfLongerName(t *testing.T) {
	d := extractText(t, "Long Lartin prison: six officers hurt\n\nDisorder broke out at HMP Long Lartin in Worcestershire on Sunday. HMP Long Lartin holds more than 500 prisoners.\n")
	types := typesOf(d)
	if _, ok := types["Long Lartin"]; ok || types["HMP Long Lartin"] == "" {
		t.Errorf("want Long Lartin merged into HMP Long Lartin: %v", types)
	}
}

// TestShortFormWithBodyNoun: "Long Lartin fengsel" is the "HMP Long
// Lartin" of a Norwegian text.
func TestShortFormWithBodyNoun(t *testing.T) {
	d := extractText(t, "Long Lartin fengsel: seks betjenter skadet\n\nOpptøyer brøt ut ved HMP Long Lartin i Worcestershire på søndag, og de pågår fremdeles. HMP Long Lartin har mer enn 500 innsatte.\n")
	types := typesOf(d)
	if _, ok := types["Long Lartin fengsel"]; ok || types["HMP Long Lartin"] == "" {
		t.Errorf("want Long Lartin fengsel merged into HMP Long Lartin: %v", types)
	}
}

// TestRegionsOwnBody: a place's genitive before a body says whose it is
// ("Scotland's NHS", "London's FTSE 100"), not where it lies — the corpus
// annotations read 3 such places right against 12 wrong, the 3 all
// buildings or courts, which do lie there ("Alaska's Veterans Court").
func TestRegionsOwnBody(t *testing.T) {
	f := factsOf(t, "Staff\n\nThe minister wrote to EU staff working in Scotland's NHS on Monday, officials said.\n",
		"Markets\n\nLondon's FTSE 100 fell 2 percent, and Alaska's Veterans Court heard the case.\n",
		"Retten\n\nSaken ble ført i Alaskas veteranrett i går, opplyser advokaten.\n")
	wantFacts(t, f, "Veterans Court locatedIn Alaska")
	for k := range f {
		if strings.Contains(k, " locatedIn ") && !strings.HasSuffix(k, "locatedIn Alaska") {
			t.Errorf("a body placed by a place's genitive: %s", k)
		}
	}
}

// TestClaimParticles: the particles that make a verb report a claim are
// data (claim_particles): "called on X to …", "forpliktet seg til å …".
func TestClaimParticles(t *testing.T) {
	c := claimsOf(t, "Talks\n\nForeign minister Anna Lindqvist called on both sides to return to the negotiating table at once.\n",
		"Brexit\n\nDen skotske regjeringen har allerede forpliktet seg til å dekke kostnadene ved søknad om opphold for EU-borgere som jobber i deres offentlige tjenester.\n")
	if !hasClaim(c, "Anna Lindqvist", "return to the negotiating table") {
		t.Errorf("called on: %v", c)
	}
	if !hasClaim(c, "Scottish government", "dekke kostnadene") {
		t.Errorf("forpliktet seg til: %v", c)
	}
}

// TestBasedBeforeIrregularVerb: "the Seattle-based retailer Amazon bought
// …" places Amazon in Seattle, an irregular past after the name too.
func TestBasedBeforeIrregularVerb(t *testing.T) {
	f := factsOf(t, "Deal\n\nThe Seattle-based retailer Amazon bought a chain of grocery stores on Friday.\n")
	wantFacts(t, f, "Amazon locatedIn Seattle")
}

// TestNorwegianElectedLeader: "X ble valgt til leder av Y", "X er
// styreleder i Y" make X Y's leader, as "X was elected president of Y" does.
func TestNorwegianElectedLeader(t *testing.T) {
	f := factsOf(t, "Organisasjon\n\nPer Bergstrøm ble valgt til leder av Nordvik Bank i 2019, og han sier at arbeidet er viktig for alle som bor i byen.\n",
		"Organisasjon\n\nKari Holmeby er styreleder i Nordvik Bank, og hun sier at banken har hatt et godt år med økt utlån til næringslivet.\n")
	wantFacts(t, f, "Per Bergstrøm leaderOf Nordvik Bank", "Kari Holmeby leaderOf Nordvik Bank")
}

// TestNorwegianCompoundJob: a Norwegian job noun inside a compound
// ("naturvernrådgiver for NTS") or one of the lexicon's job_nouns
// ("medarbeider for X") makes a member.
func TestNorwegianCompoundJob(t *testing.T) {
	f := factsOf(t, "Flaggermus\n\nRob Dewarson, naturvernrådgiver for Nordvik Trust, håper resultatene vil avdekke hvilke områder som er viktigst for flaggermusene.\n",
		"Flaggermus\n\nElisabeth Ferrand, skotsk medarbeider for Nordvik Trust, har oppfordret publikum til å hjelpe til i arbeidet med tellingen i sommer.\n")
	wantFacts(t, f, "Rob Dewarson memberOf Nordvik Trust", "Elisabeth Ferrand memberOf Nordvik Trust")
}

// TestTitleAfterListIsLasts: "Både Kim og Donald Trump, presidenten for de
// forente stater": the title after a list describes its last name only;
// a definite title before a name ("Den nordkoreanske utenriksministeren
// Ri Yong Ho") makes its bearer the state's.
func TestTitleAfterListIsLasts(t *testing.T) {
	f := factsOf(t, "Atomvåpen\n\nDen nordkoreanske utenriksministeren Ri Yong Ho sier at landet hans aldri vil nedruste sine atomvåpen hvis de ikke kan stole på USA.\nBåde Kim og Donald Trump, presidenten for de forente stater, ønsker å ha et andre møte i løpet av året.\n")
	if !f["Ri Yong Ho represents North Korea"] || !f["Donald Trump leaderOf United States"] {
		t.Errorf("missing facts: %v", f)
	}
	if f["Kim leaderOf United States"] {
		t.Errorf("the title went to the whole list: %v", f)
	}
}

// TestQualifiedTitleBeforeName: "LSU athletic director Joe Alleva" makes a
// member of the body: a qualified title heads only a part of it.
func TestQualifiedTitleBeforeName(t *testing.T) {
	f := factsOf(t, "Sport\n\nLSU athletic director Joe Allevan thanked the police for their work. On Friday morning, LSU basketball coach Will Wadey said the team was in shock.\n")
	wantFacts(t, f, "Joe Allevan memberOf LSU", "Will Wadey memberOf LSU")
}

// TestTeamNamedAfterCityPlaysElsewhere: "the Denver Nuggets in San Diego"
// is a game there; the team lies in Denver, not San Diego.
func TestTeamNamedAfterCityPlaysElsewhere(t *testing.T) {
	f := factsOf(t, "Basketball\n\nLakers coach Luke Walton has announced that James will play in Sunday's preseason opener against the Denver Nuggets in San Diego.\n")
	if f["Denver Nuggets locatedIn San Diego"] {
		t.Errorf("a team placed where it plays: %v", f)
	}
}

func TestBracketedShortNameIsTransparent(t *testing.T) {
	// "Kennedy Space Center (KSC) in Cape Canaveral": the short form in
	// brackets does not part the name from where it is
	f := factsOf(t, "Launch\n\nThe event was held at the Kennedy Space Center (KSC) in Cape Canaveral, Florida.\n"+
		"The simulators go to the Adler Planetarium in Chicago, Illinois.\n",
		"Oppskyting\n\nOppskytingen ble feiret ved Johnson Space Center (JSC) i Houston på tirsdag, og mange kom for å se på.\n")
	wantFacts(t, f, "Kennedy Space Center locatedIn Cape Canaveral", "Adler Planetarium locatedIn Chicago", "Johnson Space Center locatedIn Houston")
}

func TestGameReportPlayersOfStates(t *testing.T) {
	// in a game report a state is its side: its players are its members
	f := factsOf(t, "Belgium win\n\nSweden defeated South Korea 1-0 in the match on Monday, with a goal from the penalty spot.\n"+
		"Korea's Kim Shin-Wook was shown a yellow card early in the game.\n"+
		"Six minutes later, Romelu Lukaku scored a third goal for Belgium.\n",
		"Belgia vant\n\nBelgia slo Panama 3-0 i kampen mandag, og scoret to mål etter pausen.\nBelgias Eden Hazard fikk gult kort tidlig i kampen.\n"+
			"Seks minutter senere scoret Romelu Lukaku sitt tredje mål for Belgia.\n")
	wantFacts(t, f, "Kim Shin-Wook memberOf South Korea", "Romelu Lukaku memberOf Belgium", "Eden Hazard memberOf Belgium")
	// elsewhere "Russia's Sergei Lavrov" is no member of Russia
	other := factsOf(t, "Talks\n\nRussia's Sergei Lavrov met South Korea's Kang Kyung-wha in Moscow on Monday.\n")
	for f := range other {
		if strings.Contains(f, "memberOf") {
			t.Errorf("outside a game report: %v", other)
		}
	}
}

func TestLeadersOfPlacesAndDeputiesOfStates(t *testing.T) {
	f := factsOf(t, "Shuttle homes\n\nIn a statement, Governor of Washington Chris Gregoire said the museum had worked hard.\n"+
		"Also the president of the Lombardy region, Roberto Maroni, has reacted by proposing counter-measures.\n"+
		"The press conference was held with Indonesian Vice President Jusuf Kalla in Jakarta.\n"+
		"\"We are ready,\" said Joe Leonard, Chairman and Chief Operating Officer of AirTran Airways.\n")
	wantFacts(t, f, "Chris Gregoire leaderOf Washington", "Roberto Maroni leaderOf Lombardy",
		"Jusuf Kalla represents Indonesia", "Joe Leonard leaderOf AirTran Airways")
	for k := range f {
		if strings.Contains(k, "Operating") {
			t.Errorf("'Chief Operating Officer' is a title: %v", f)
		}
	}
}

func TestBodyPresidentIsNoStatesHead(t *testing.T) {
	// "company president X" leads a company, not the country the story is in
	f := factsOf(t, "Fight night\n\nViewers in the UK were stunned when the coverage changed. The fans in the UK were angry.\n"+
		"Bellator company president Scott Coker said that they are going to work on their scheduling.\n")
	if f["Scott Coker leaderOf United Kingdom"] {
		t.Errorf("a company's president: %v", f)
	}
}

func TestCriticInApposition(t *testing.T) {
	f := factsOf(t, "Warren\n\nElizabeth Warren, a frequent critic of President Donald Trump, is running for re-election.\n",
		"Warren\n\nElizabeth Warren, en hyppig kritiker av president Donald Trump, stiller til gjenvalg i november mot en republikaner.\n")
	if !f["Elizabeth Warren opposes Donald Trump"] {
		t.Errorf("'X, a frequent critic of Y': %v", f)
	}
	g := factsOf(t, "Warren\n\nElizabeth Warren, en hyppig kritiker av president Donald Trump, stiller til gjenvalg i november mot en republikaner.\n")
	if !g["Elizabeth Warren opposes Donald Trump"] {
		t.Errorf("'X, en hyppig kritiker av Y': %v", g)
	}
}

func TestPartyBeforeAnHonorific(t *testing.T) {
	f := factsOf(t, "Brexit\n\nLabour peer Lord Adonis mocked the Conservatives for the security issues of their app.\n")
	if !f["Adonis memberOf Labour Party"] {
		t.Errorf("'Labour peer Lord Adonis': %v", f)
	}
}

func TestDiplomatRepresentsTheSender(t *testing.T) {
	// "ambassador to China", "envoy for Syria": where the diplomat is sent
	f := factsOf(t, "Ads\n\nTerry Branstad, the U.S. ambassador to China and the former governor of Iowa, said Beijing had hurt American workers.\n"+
		"Staffan de Mistura, the UN envoy for Syria, arrived in Geneva on Monday.\n",
		"Annonser\n\nTerry Branstad, USAs ambassadør til Kina og tidligere guvernør i Iowa, sa at Beijing hadde skadet amerikanske arbeidere.\n")
	wantFacts(t, f, "Terry Branstad represents United States", "Staffan de Mistura represents United Nations")
	for _, bad := range []string{"Terry Branstad represents China", "Staffan de Mistura represents Syria"} {
		if f[bad] {
			t.Errorf("%s: %v", bad, f)
		}
	}
}

func TestMembersAndRepresentativesInAppositions(t *testing.T) {
	f := factsOf(t, "Eisen\n\nNorman Eisen, et seniormedlem av tankesmien Brookings Institution, skriver om valget i USA.\n"+
		"Chris Leslie er parlamentsrepresentant for Nottingham og har vært det lenge.\n",
		"Rettssaken i USA\n\nJuryen i Washington i USA hørte vitner i USA hele uken.\nAnalytiker i justisdepartementet, Paul Rowlett, vitnet i flere timer som ekspertvitne.\n")
	wantFacts(t, f, "Norman Eisen memberOf Brookings Institution", "Chris Leslie represents Nottingham", "Paul Rowlett memberOf US Department of Justice")
	en := factsOf(t, "Eisen\n\nNorman Eisen, a senior fellow at the think tank Brookings Institution, writes about the election.\n"+
		"Chris Leslie is the MP for Nottingham and has been for years.\nAn analyst at the Justice Department, Paul Rowlett, testified for hours.\n")
	wantFacts(t, en, "Norman Eisen memberOf Brookings Institution", "Chris Leslie represents Nottingham", "Paul Rowlett memberOf US Department of Justice")
}

func TestStateOpeningATitleIsNoPlaceOfTheChain(t *testing.T) {
	f := factsOf(t, "Energy\n\nWashington can use its Navy to keep Russian energy from the markets, including in the Middle East, US Internal Secretary Ryan Zinke has revealed.\n"+
		"The plant is in Flint, Michigan.\n")
	if f["Middle East locatedIn United States"] {
		t.Errorf("'the Middle East, US Internal Secretary X': %v", f)
	}
	wantFacts(t, f, "Flint locatedIn Michigan")
}

func TestMeetingBetweenTitledLeaders(t *testing.T) {
	f := factsOf(t, "Summit\n\nThis came after the historic meeting in June between US President Donald Trump and North Korean leader Kim Jong-un in Singapore.\n",
		"Toppmøtet\n\nDette skjedde etter det historiske møtet i juni mellom USAs president Donald Trump og Kim Jong-un i Singapore, da de ble enige om mye.\n",
		"Energi\n\nDieter Kempf talte etter et møte nylig mellom den tyske kansleren Angela Merkel og den russiske presidenten, Vladimir Putin.\n")
	wantFacts(t, f, "Donald Trump negotiatesWith Kim Jong-un", "Angela Merkel negotiatesWith Vladimir Putin")
}

func TestNorwegianTitleCommaName(t *testing.T) {
	f := factsOf(t, "Nord-Korea i FN\n\nMen på lørdag la den nordkoreanske utenriksministeren, Ri Yong-ho, skylden på USAs sanksjoner for manglende fremskritt siden sommeren.\n"+
		"«Uten tillit til USA blir det heller ingen tillit til vår egen sikkerhet», sa Ri i talen til FNs generalforsamling i New York, og han la til at landet ikke vil ruste ned først.\n"+
		"Hva som skjer etter dette, sier han, er mye mer usikkert enn noen gang.\n")
	wantFacts(t, f, "Ri Yong-ho represents North Korea")
}

func TestCapitalAfterInIsAPlaceNotItsState(t *testing.T) {
	d := extractText(t, "Mote\n\nMoteoppvisninger i Paris avslører det siste innen enorme hodeplagg. Moskva krever at sanksjonene oppheves straks.\n")
	names := map[string]bool{}
	for _, e := range d.Entities {
		names[e.Name] = true
	}
	if names["France"] {
		t.Errorf("'i Paris avslører': the city where the shows are became France acting: %v", names)
	}
	if !names["Russia"] {
		t.Errorf("'krever Moskva' no longer acts for Russia: %v", names)
	}
}

func TestNorwegianIslandsAreNoCountry(t *testing.T) {
	d := extractText(t, "Øyene\n\nBouvetøya i Sørishavet er et av verdens mest isolerte steder. Regelverket gjelder både på Svalbard og Jan Mayen fra neste år.\n")
	types := map[string]string{}
	for _, e := range d.Entities {
		types[e.Name] = e.Type
	}
	for name, want := range map[string]string{"Bouvet Island": "Place", "Jan Mayen": "Place", "Svalbard": "Region"} {
		if types[name] != want {
			t.Errorf("%s: %q, want %q (%v)", name, types[name], want, types)
		}
	}
	if _, ok := types["Svalbard & Jan Mayen"]; ok {
		t.Errorf("'Svalbard og Jan Mayen' read as one country: %v", types)
	}
}

// A subject after a professor's "of" is no place because a place follows
// its "at" ("a Professor of History at Boston University"), while a name
// between "at" and a known place is one ("kept at Flag Land Base in
// Clearwater").
func TestSubjectBeforeAUniversityIsNoPlace(t *testing.T) {
	types := typesOf(extractText(t, "Books\n\nHarry Preuss, a Professor of History at Boston University, wrote it with Ann Lee, a Professor of Medicine at Georgetown. "+
		"The files were kept at Flag Land Base in Clearwater.\n"))
	wantNoNames(t, types, "History", "Medicine")
	wantClasses(t, types, map[string]byte{"Boston University": 'O', "Flag Land Base": 'L'})
}

// Names joined as other languages join them are one name: "de la", "an
// der", "do", "am", an elided article ("de l'Indochine", "Eaux
// d'Aquitaine"); a place's joining words or a place's preposition make the
// name a place, a known place goes on past them ("Frankfurt am Main"), and
// a list item takes them too ("Lima and Ouro Preto do Oeste"). English
// "do" after a common word joins nothing, nor Norwegian "der" (there).
func TestNamesJoinedAsOtherLanguagesJoinThem(t *testing.T) {
	types := typesOf(extractText(t, "Routes\n\nThe line ran from Santa Cruz de la Sierra to Sankt Veit an der Gölsen, Puchberg am Schneeberg and Frankfurt am Main. "+
		"It was owned by the Banque de l'Indochine and the Société des Eaux d'Aquitaine, and later by Transportes Rodoviários do Minho. "+
		"He went to Lima and Ouro Preto do Oeste. He spoke to Ana de la Cruz. Why do Americans like it?\n"))
	wantClasses(t, types, map[string]byte{"Santa Cruz de la Sierra": 'L', "Sankt Veit an der Gölsen": 'L', "Puchberg am Schneeberg": 'L', "Frankfurt am Main": 'L',
		"Banque de l'Indochine": 'O', "Société des Eaux d'Aquitaine": 'O', "Transportes Rodoviários do Minho": 'O', "Ouro Preto do Oeste": 'L', "Ana de la Cruz": 'P'})
	wantNoNames(t, types, "Sierra", "Gölsen", "Schneeberg", "Ouro Preto", "Why do Americans", "Frankfurt")
	nb := typesOf(extractText(t, "Valg\n\nDet var i Hordaland der Lars Sponheim vant.\n"))
	wantClasses(t, nb, map[string]byte{"Hordaland": 'L', "Lars Sponheim": 'P'})
}

// More words make a name a body's: archives, surveys, railways,
// productions, missionaries, magazines — and the body's name goes on past
// "of" and the country it serves.
func TestMoreBodyWords(t *testing.T) {
	types := typesOf(extractText(t, "Bodies\n\nHe founded the National Archives of Nigeria in 1954. A team from the Geological Survey of Pakistan came. "+
		"It was worked by the Cambrian Railways. The series was produced by Crawford Productions. It was opened by the Mill Hill Missionaries. He wrote for Freedom Magazine.\n"))
	wantClasses(t, types, map[string]byte{"National Archives of Nigeria": 'O', "Geological Survey of Pakistan": 'O', "Cambrian Railways": 'O', "Crawford Productions": 'O', "Mill Hill Missionaries": 'O', "Freedom Magazine": 'O'})
}

// A passive's agent is someone or a body, not a place ("composed by Kenji
// Morioka", "acquired by Safaricom"), though "surrounded by" may name
// places; a job's noun after a person's name is the job ("Colin Brimley, a
// former producer at the BBC"), not a kind of company.
func TestPassiveAgentsAndJobAppositions(t *testing.T) {
	types := typesOf(extractText(t, "Credits\n\nIts soundtrack was composed by Kenji Morioka. The startup was acquired by Safaricom in 2022. "+
		"The scripts were written by Colin Brimley, a former producer at the BBC. The town is surrounded by Tarbela.\n"))
	wantClasses(t, types, map[string]byte{"Kenji Morioka": 'P', "Safaricom": 'O', "Colin Brimley": 'P', "Tarbela": 'L'})
}

// A country's delta or valley is one place ("the Niger Delta", "the Jordan
// Valley"); a company's legal suffix in lower case or with its dots ends
// its name ("Harlow & Finch plc", "the Kessler-Freunde e.V.").
func TestDeltasAndLegalSuffixes(t *testing.T) {
	types := typesOf(extractText(t, "Firms\n\nIt operates in the Niger Delta and the Jordan Valley. Harlow & Finch plc is a British maker of valves. A club, the Kessler-Freunde e.V., meets yearly.\n"))
	wantClasses(t, types, map[string]byte{"Niger Delta": 'L', "Jordan Valley": 'L', "Harlow & Finch plc": 'O', "Kessler-Freunde e.V.": 'O'})
}

// A name a sentence says is a work's is no entity ("Harbor Lights is an
// adventure video game", "Calypso Bay is a children's animated series"),
// but a game's developer is a body ("Ubisoft Montpellier is a game
// developer") and an apposition with "the" is no predication ("Under
// Governor Haruhiko Kuroda, the bank adopted a programme").
func TestNamesSaidToBeWorks(t *testing.T) {
	types := typesOf(extractText(t, "Games\n\nHarbor Lights is an adventure video game developed by Kuusi Interactive. Calypso Bay is a children's animated series produced by Nelvana. "+
		"Iron Ridge is a real-time strategy game. Tarnwick Games is a game developer in Leeds. Under Governor Haruhiko Kuroda, the bank adopted an aggressive programme.\n"))
	wantNoNames(t, types, "Harbor Lights", "Calypso Bay", "Iron Ridge")
	wantClasses(t, types, map[string]byte{"Kuusi Interactive": 'O', "Nelvana": 'O', "Haruhiko Kuroda": 'P'})
	if types["Tarnwick Games"] == "" {
		t.Errorf("the developer is no name: %v", types)
	}
}

// A name the sentence says is a kind of place or body after a copula is
// one, even opening the sentence ("Batticaloa is a city on the east
// coast"), but only by a kind in lower case ("County Donegal, is a small
// Church of Ireland building" says nothing of Donegal).
func TestKindAfterCopula(t *testing.T) {
	types := typesOf(extractText(t, "Towns\n\nBatticaloa is a city on the east coast of Sri Lanka. The chapel in Fahan, County Donegal, is a small Church of Ireland building.\n"))
	wantClasses(t, types, map[string]byte{"Batticaloa": 'L', "County Donegal": 'L'})
}

// A family's firm is a company ("Alexander Stephen and Sons"), a place's
// head word before a known place is one place ("Mount Kenya"), a city's
// corporation is its body ("the Birmingham Corporation"), a noble title is
// no part of the name ("Count Ramon Berenguer IV") and a chapel's "of" is
// part of its name ("the Chapel of Saint Anne").
func TestFamilyFirmsMountainsAndTitles(t *testing.T) {
	types := typesOf(extractText(t, "History\n\nShe was built by Alexander Stephen and Sons in Glasgow. Orchids grow on Mount Kenya. "+
		"The Birmingham Corporation built reservoirs. The abbey was founded by Count Ramon Berenguer IV. He prayed in the Chapel of Saint Anne.\n"))
	wantClasses(t, types, map[string]byte{"Alexander Stephen and Sons": 'O', "Mount Kenya": 'L', "Birmingham Corporation": 'O', "Ramon Berenguer IV": 'P', "Chapel of Saint Anne": 'L'})
	wantNoNames(t, types, "Mount", "Kenya", "Count Ramon Berenguer IV")
}

// A name of common words only that the tagger leaves out and nothing
// marks as someone's is no person ("a World Heritage Site", "two Rugby
// World Cups"), unless it speaks ("The High Breed, from Bristol, claim
// …"); a rally one tells something is no part of the claim.
func TestCommonWordNamesAreNoPeople(t *testing.T) {
	d := extractText(t, "Music\n\nThe lake was declared a World Heritage Site by UNESCO in 2004. He has represented Tonga at two Rugby World Cups. "+
		"The High Breed, from Bristol, claim hip hop moved away from its origins. Mr Bone told the Leave Means Leave rally in Solihull that he wanted to 'chuck Chequers' at once.\n")
	types := typesOf(d)
	if types["World Heritage Site"] != "" {
		t.Errorf("World Heritage Site is a name: %v", types)
	}
	if types["Rugby World Cups"] == "Person" {
		t.Errorf("Rugby World Cups is a person: %v", types)
	}
	if types["High Breed"] == "" {
		t.Errorf("the band that speaks is no name: %v", types)
	}
	for _, c := range d.Claims {
		if strings.Contains(c.Text, "rally") {
			t.Errorf("the rally is part of the claim: %q", c.Text)
		}
	}
}

// A job's noun before a name of two words makes it a person's ("the
// Brazilian ecologist Iracema Cordeiro", "the pilot Gualberto Soria Paz");
// "including" opens examples, no apposition ("Opponents, including local
// historian Gillian Thwaite, argued"); wars and cups in the plural are
// events.
func TestJobNounsBeforeNamesAndPluralEvents(t *testing.T) {
	types := typesOf(extractText(t, "Expedition\n\nIt was led by Graham Whitcombe and the Brazilian ecologist Iracema Cordeiro. The airline was founded by the pilot Gualberto Soria Paz. "+
		"Opponents, including local historian Gillian Thwaite, argued against it. During the Balkan Wars she worked in Istanbul.\n"))
	wantClasses(t, types, map[string]byte{"Iracema Cordeiro": 'P', "Gualberto Soria Paz": 'P', "Gillian Thwaite": 'P', "Balkan Wars": 'V'})
	if types["Opponents"] != "" {
		t.Errorf("Opponents is a name: %v", types)
	}
}

// "Mark the Evangelist" is one person; a company's subsidiary set off by
// commas is a company ("Its energy subsidiary, Karaca Enerji, runs …").
func TestEvangelistsAndSubsidiaries(t *testing.T) {
	types := typesOf(extractText(t, "Firms\n\nTradition holds that it was founded by Mark the Evangelist in Alexandria. Its energy subsidiary, Karaca Enerji, runs wind farms.\n"))
	wantClasses(t, types, map[string]byte{"Mark the Evangelist": 'P', "Karaca Enerji": 'O'})
}

// A body's name joined as other languages join names stays a body after a
// place's preposition ("analytiker ved Universidad de Santiago"), and its
// member is one.
func TestForeignBodyAfterPlacePreposition(t *testing.T) {
	f := factsOf(t, "Chile\n\nUniversitetene er dyre, sier Bernardo Navarrete, en politisk analytiker ved Universidad de Santiago.\n")
	wantFacts(t, f, "Bernardo Navarrete memberOf Universidad de Santiago")
}

// Names given as examples of a kind take its type: "private operators such
// as Kintetsu and Meitetsu" are companies, "design bureaus such as Sukhoi,
// Mikoyan and Ilyushin" bodies, "villages such as Rhayader, Builth Wells
// and Erwood" places.
func TestExamplesOfKinds(t *testing.T) {
	types := typesOf(extractText(t, "Railways\n\nIt supplied motors to private operators such as Kintetsu and Meitetsu. It worked with design bureaus such as Sukhoi, Mikoyan and Ilyushin. "+
		"The line served villages such as Rhayader, Builth Wells and Erwood.\n"))
	wantClasses(t, types, map[string]byte{"Kintetsu": 'O', "Meitetsu": 'O', "Mikoyan": 'O', "Ilyushin": 'O', "Rhayader": 'L', "Builth Wells": 'L', "Erwood": 'L'})
}

// The verbs of deals name companies: "worked at NCSoft", "merged into
// Rodoviária Nacional", "took over Auto Union".
func TestDealVerbsNameCompanies(t *testing.T) {
	types := typesOf(extractText(t, "Deals\n\nHe had previously worked at NCSoft on the series. In 1975 the company merged into Rodoviária Nacional. Volkswagen took over Auto Union in 1964.\n"))
	wantClasses(t, types, map[string]byte{"NCSoft": 'O', "Rodoviária Nacional": 'O', "Auto Union": 'O'})
}

// A town's name after a club's cue is its club: "he joined Porto in 2004"
// (but "moved to Porto" is the city), "signed for Newcastle", "plays for
// Toulon".
func TestClubsByTheirTowns(t *testing.T) {
	d := extractText(t, "Rugby\n\nHe signed for Newcastle in 2010. Semisi Taufa is a rugby player who plays for Toulon in France. He joined Porto in 2004 and moved to Porto later.\n")
	clubs, cities := 0, 0
	for _, e := range d.Entities {
		if e.Name == "Porto" && class(e.Type) == 'O' {
			clubs++
		}
		if e.Name == "Porto" && class(e.Type) == 'L' {
			cities++
		}
	}
	if clubs != 1 || cities != 1 {
		t.Errorf("Porto: %d clubs, %d cities (%v)", clubs, cities, typesOf(d))
	}
	wantClasses(t, typesOf(d), map[string]byte{"Newcastle": 'O', "Toulon": 'O'})
}

// A house of a trade before a name makes it a company: "the porting house
// Pixel Forge", "the fashion house Balmoral Ateliers".
func TestTradeHousesAreCompanies(t *testing.T) {
	types := typesOf(extractText(t, "Games\n\nThe rights went to the porting house Pixel Forge in 2019. She worked for the fashion house Balmoral Ateliers for years.\n"))
	wantClasses(t, types, map[string]byte{"Pixel Forge": 'O', "Balmoral Ateliers": 'O'})
}

// A passive's agent past a place's and a time's phrase, and the second of
// two agents, are people: "founded in Aarhus in 2009 by Mette Kjærgaard
// and Rasmus Holm" (then "according to Holm" is he).
func TestPassiveAgentsAcrossPhrases(t *testing.T) {
	types := typesOf(extractText(t, "Lantern\n\nIt was founded in Aarhus in 2009 by Mette Kjærgaard and Rasmus Holm, two former nurses. The name was chosen, according to Holm, because it fits.\n"))
	wantClasses(t, types, map[string]byte{"Mette Kjærgaard": 'P', "Rasmus Holm": 'P'})
	if types["Holm"] != "" {
		t.Errorf("Holm is not Rasmus Holm: %v", types)
	}
}

// A body named after its town does not swallow the town the article says
// is one: "Nordvik University College … in Nordvik, a fishing town in
// Troms" names a college and a town.
func TestBodyNamedAfterItsTown(t *testing.T) {
	d := extractText(t, "College\n\nNordvik University College is a small public institution of higher education in Nordvik, a fishing town in Troms county in northern Norway.\n")
	wantClasses(t, typesOf(d), map[string]byte{"Nordvik University College": 'O', "Nordvik": 'L'})
	wantFacts(t, facts(d), "Nordvik locatedIn Troms")
}

// A region's, territory's or prefecture's word ends a place's name: "the
// North Region of Brazil", "the Northern Territory", "Kyoto Prefecture".
func TestRegionWordsEndPlaces(t *testing.T) {
	types := typesOf(extractText(t, "Regions\n\nOuro Preto is a municipality in the North Region of Brazil. The Northern Territory and the Kyoto Prefecture were hit.\n"))
	wantClasses(t, types, map[string]byte{"North Region": 'L', "Northern Territory": 'L', "Kyoto Prefecture": 'L'})
}

// A product a known maker's name opens names no maker: "the Nintendo
// Switch", "Microsoft Windows" (but "Nintendo said" does).
func TestMakersInsideProducts(t *testing.T) {
	d := extractText(t, "Games\n\nA port for the Nintendo Switch was released in 2019. It was published for Microsoft Windows in 1999.\n")
	types := typesOf(d)
	wantNoNames(t, types, "Nintendo", "Microsoft")
	if typesOf(extractText(t, "Games\n\nNintendo said sales rose in the third quarter.\n"))["Nintendo"] == "" {
		t.Errorf("the maker alone is no name")
	}
}

// A name the acronym in brackets after it spells is read whole: "the
// Organization of the Petroleum Exporting Countries (OPEC)", "the Congress
// of South African Trade Unions (COSATU)" (not the US Congress), the
// acronym its short form; a person's name in brackets spells nothing.
func TestNamesTheirAcronymsSpell(t *testing.T) {
	d := extractText(t, "Unions\n\nThe Congress of South African Trade Unions (COSATU) was launched in Durban. COSATU grew fast. The Aircraft Communications Addressing and Reporting System (ACARS) sent the data.\n")
	types := typesOf(d)
	wantClasses(t, types, map[string]byte{"Congress of South African Trade Unions": 'O', "Aircraft Communications Addressing and Reporting System": 'O'})
	wantNoNames(t, types, "US Congress", "African Trade Unions", "Reporting System")
	if e := entityByName(d, "Congress of South African Trade Unions"); e == nil || !slices.Contains(e.Aliases, "COSATU") {
		t.Errorf("COSATU is not its short form: %+v", e)
	}
}

// A people's adjective before an acronym opening a name is no part of it:
// "the Qatari QNB Group", "the Russian VTB Bank" (but "the Iraqi National
// Congress" is one name).
func TestDemonymBeforeAnAcronym(t *testing.T) {
	types := typesOf(extractText(t, "Banks\n\nIt sold the bank to the Qatari QNB Group in 2015. The Russian VTB Bank lent money. The Iraqi National Congress met.\n"))
	wantClasses(t, types, map[string]byte{"QNB Group": 'O', "VTB Bank": 'O', "Iraqi National Congress": 'O'})
	wantNoNames(t, types, "Qatari QNB Group", "Russian VTB Bank")
}

// A state's name with "State" and a plural after it names a university's
// side ("the Tennessee State Tigers"), one body, not the state and a
// person.
func TestStateUniversitySide(t *testing.T) {
	for _, text := range []string{"Injury\n\nHe plays for the Tennessee State Tigers this year, and the Ohio State Buckeyes won.\n",
		"Skade\n\nHan spiller for Tennessee State Tigers i år, og Ohio State Buckeyes vant kampen mot dem.\n"} {
		types := typesOf(extractText(t, text))
		wantClasses(t, types, map[string]byte{"Tennessee State Tigers": 'O', "Ohio State Buckeyes": 'O'})
		if types["Tennessee"] != "" || types["State Tigers"] != "" {
			t.Errorf("the side split in two: %v", types)
		}
	}
}

// A plural of a surname the article gave a person names the family ("the
// Kapoors" after Raj Kapoor), a person's class; a language's name is no
// name ("made in Hindi").
func TestFamiliesAndLanguages(t *testing.T) {
	d := extractText(t, "Cinema\n\nRaj Kapoor founded a studio in 1948. He challenged the dominance of the Kapoors in rural areas, and his films were made in Hindi and in Urdu.\n")
	types := typesOf(d)
	for _, lang := range []string{"Hindi", "Urdu"} {
		if types[lang] != "" {
			t.Errorf("a language is a name: %v", types)
		}
	}
	if !slices.ContainsFunc(d.Entities, func(e Entity) bool {
		return e.Type == "Person" && slices.ContainsFunc(e.Mentions, func(m Mention) bool { return m.Text == "Kapoors" })
	}) {
		t.Errorf("the family is no person's mention: %+v", d.Entities)
	}
}

// A people's navy, air force or coast guard is the state's armed forces,
// as its army is: "the Indonesian Navy", "det malaysiske flyvåpenet".
func TestNaviesAndAirForces(t *testing.T) {
	for _, text := range []string{"Rescue\n\nThe Indonesian Navy said two ships were sent to Palu. The Malaysian Air Force flew supplies to the island.\n",
		"Redning\n\nDen indonesiske marinen sendte to skip til Palu. Det malaysiske flyvåpenet hjalp også til med forsyninger til øya.\n"} {
		wantClasses(t, typesOf(extractText(t, text)), map[string]byte{"Indonesian government forces": 'O', "Malaysian government forces": 'O'})
	}
}

// A plural's apostrophe inside a body's name keeps the name whole:
// "Belfast Magistrates' Court", "the Workers' Party of Korea".
func TestPluralApostropheInAName(t *testing.T) {
	types := typesOf(extractText(t, "Court\n\nHe appeared at Belfast Magistrates' Court on Monday and was remanded. The Workers' Party of Korea met in the capital.\n"))
	wantClasses(t, types, map[string]byte{"Belfast Magistrates' Court": 'O', "Workers' Party of Korea": 'O'})
	wantNoNames(t, types, "Belfast")
}

// A broadcaster's name keeps its head word the stopwords hold and its
// channel's number: "Telma TV", "BBC Radio 4", "Channel 5", "TV 2".
func TestBroadcastersNames(t *testing.T) {
	wantClasses(t, typesOf(extractText(t, "Media\n\nA poll by Telma TV found 57 percent planning to vote. The show is on BBC Radio 4 on Sunday, and the fight was shown on Channel 5.\n")),
		map[string]byte{"Telma TV": 'O', "BBC Radio 4": 'O', "Channel 5": 'O'})
	wantClasses(t, typesOf(extractText(t, "Kampen\n\nKampen ble vist på TV 2 i helgen, og mange så den. Det var en stor kveld for norsk fotball.\n")), map[string]byte{"TV 2": 'O'})
	// but a genitive's or a modifier's "TV" names no medium: "Baldwin's TV
	// production firm", "the Barclaycard TV ads"
	wantNoNames(t, typesOf(extractText(t, "Deals\n\nJones has a stake in Baldwin's TV production firm. He once starred in the Barclaycard TV ads.\n")), "Baldwin's TV", "Barclaycard TV")
}

// The capitalised words of a quoted title name no one: "«Just the Funny
// Parts: And a Few Hard Truths About Sneaking Into the Hollywood Boys
// Club»", "«Bells of Coronado»"; names in a quote that is speech stay.
func TestQuotedTitles(t *testing.T) {
	types := typesOf(extractText(t, "Bok\n\nHun er forfatteren av «Just the Funny Parts: And a Few Hard Truths About Sneaking Into the Hollywood Boys Club», og hun bor i Oslo. Filmen «Bells of Coronado» fra 1950 var populær. – Vi møtte Ola Nordmann i Bergen, sa hun.\n"))
	wantNoNames(t, types, "Funny Parts", "Hollywood Boys Club", "Hollywood Boys", "Coronado")
	wantClasses(t, types, map[string]byte{"Ola Nordmann": 'P', "Oslo": 'L', "Bergen": 'L'})
}

// A work's noun right before a name makes the name the work's title:
// "the film Johnny English Reborn", "filmen Titanic"; "the film director
// Steven Spielberg" is a person.
func TestWorkNounBeforeATitle(t *testing.T) {
	types := typesOf(extractText(t, "Film\n\nShe starred in the film Johnny English Reborn in 2011. The show Desert Island Discs is on the radio. The film director Steven Spielberg was there.\n"))
	wantNoNames(t, types, "Johnny English Reborn", "Desert Island Discs")
	wantClasses(t, types, map[string]byte{"Steven Spielberg": 'P'})
	wantNoNames(t, typesOf(extractText(t, "Film\n\nHun spilte i filmen Titanic i 1997, og hun bor nå i Oslo sammen med familien sin.\n")), "Titanic")
}

// "Kirken" written as a name in a Norwegian article is the Church of
// Norway, a body, not a place.
func TestTheChurchAsABody(t *testing.T) {
	types := typesOf(extractText(t, "Kirken\n\nHelt frivillig går Kirken inn for å redusere egne privilegier i Norge. Det handler om makt i Kirken, sier biskopen.\n"))
	wantClasses(t, types, map[string]byte{"Church of Norway": 'O'})
}

// A party's name opening a sentence is the party where the text also
// writes it as a name inside sentences, though the word is used in lower
// case too ("en høyre hånd"): "Høyre håper …".
func TestPartyNameOpeningASentence(t *testing.T) {
	d := extractText(t, "Valg\n\nHøyre håper å vinne valget i høst. Partiet har vært generalsekretærens høyre hånd i mange år. Mange velgere stemmer på Høyre i Oslo.\n")
	wantClasses(t, typesOf(d), map[string]byte{"Høyre": 'O'})
	for _, e := range d.Entities {
		if e.Name == "Høyre" && len(e.Mentions) != 2 {
			t.Errorf("Høyre mentioned %d times, want 2: %+v", len(e.Mentions), e.Mentions)
		}
	}
}

// A web domain is no part of the name before it: "lover Svindal
// Dagbladet.no" names Svindal and the paper.
func TestDomainEndsAName(t *testing.T) {
	types := typesOf(extractText(t, "Ski\n\nSvindal vant rennet i går. Jeg skal prøve igjen, lover Svindal Dagbladet.no etter rennet.\n"))
	wantClasses(t, types, map[string]byte{"Svindal": 'P', "Dagbladet.no": 'O'})
}

// Peoples' adjectives joined by a hyphen name a people, no one:
// "African-American", "Irish-American".
func TestCompoundDemonyms(t *testing.T) {
	types := typesOf(extractText(t, "People\n\nTheir outgoing nanny, who was African-American, had done a bad job. She is an Irish-American writer living in Boston.\n"))
	wantNoNames(t, types, "African-American", "Irish-American")
	wantClasses(t, types, map[string]byte{"Boston": 'L'})
}

// A long capitalised word opening a headline before a surname the article
// gives a person in full is no given name: "Søvnløs Svindal knuste
// konkurrentene" is Aksel Lund Svindal; "Track Palin" after "Sarah Palin"
// is another Palin.
func TestHeadlineWordBeforeASurname(t *testing.T) {
	types := typesOf(extractText(t, "Alpint\n\nSøvnløs Svindal knuste konkurrentene i super-G\n\nDet var et lite eventyr da Aksel Lund Svindal vant utforrennet fredag. Lørdag vant Svindal også super-G.\n"))
	wantNoNames(t, types, "Søvnløs Svindal")
	wantClasses(t, types, map[string]byte{"Aksel Lund Svindal": 'P'})
	types = typesOf(extractText(t, "Arrest\n\nTrack Palin, the eldest son of Sarah Palin, has been arrested. Track Palin was released on bail.\n"))
	wantClasses(t, types, map[string]byte{"Track Palin": 'P', "Sarah Palin": 'P'})
}

// A place by the kind after it or the feature ending its name ("the
// Pidie Jaya regency in Aceh", "the Mogollon Rim of Arizona"), but an
// acronym is no feature ("RIM", the company).
func TestPlaceKindsAndFeatures(t *testing.T) {
	d := extractText(t, "Quake\n\nA shallow quake hit the Pidie Jaya regency in Aceh on Monday. Rain is expected in the Mogollon Rim of Arizona. Shares of RIM fell sharply after the company warned on profits.\n")
	types := typesOf(d)
	for name, want := range map[string]string{"Pidie Jaya": "Place", "Mogollon Rim": "Place"} {
		if types[name] != want {
			t.Errorf("%s is %q, not %s: %v", name, types[name], want, types)
		}
	}
	if types["RIM"] == "Place" {
		t.Errorf("RIM is a place: %v", types)
	}
	if !facts(d)["Pidie Jaya locatedIn Aceh"] {
		t.Errorf("no 'Pidie Jaya locatedIn Aceh': %v", facts(d))
	}
}

// A Norwegian parent's or grandparent's word before a name is a title,
// not part of it: "Pappa Tore", "sier mamma Kari".
func TestNorwegianKinshipTitles(t *testing.T) {
	d := extractText(t, "Sak\n\nPappa Tore hadde fått høner til 40-årsdagen. Det er ikke klart hva som skjer nå.\n- Vi slapp hønene fra terrassen, sier mamma Kari.\n")
	types := typesOf(d)
	if types["Tore"] != "Person" || types["Kari"] != "Person" || types["Pappa Tore"] != "" || types["mamma Kari"] != "" {
		t.Errorf("kinship titles in names: %v", types)
	}
}

// A nickname in quotes inside a name leaves one person: `Johannes
// Wilhelm "Hans" Geiger`, `Robert «Bob» Smith`.
func TestNicknameInsideName(t *testing.T) {
	for _, text := range []string{
		"Story\n\nThe physicist Johannes Wilhelm \"Hans\" Geiger was born in Germany. Robert \"Bob\" Smith, the mayor, said it was fine.\n",
		"Sak\n\nFysikeren Johannes Wilhelm «Hans» Geiger ble født i Tyskland. Ordføreren Robert «Bob» Smith sa at det var greit.\n",
	} {
		types := typesOf(extractText(t, text))
		for name, typ := range types {
			if typ == "Person" && !strings.Contains(name, "Geiger") && !strings.Contains(name, "Smith") {
				t.Errorf("a part of a name is a person of its own: %q in %v", name, types)
			}
		}
		n := 0
		for name, typ := range types {
			if typ == "Person" && (strings.Contains(name, "Geiger") || strings.Contains(name, "Smith")) {
				n++
			}
		}
		if n != 2 {
			t.Errorf("not two people: %v", types)
		}
	}
}

// France's and Taiwan's larger cities are in the lexicon (Natural Earth
// codes France -99, which had left them out), and so is the Amhara Region,
// whose short name is a people's.
func TestFrenchCitiesAndAmhara(t *testing.T) {
	d := extractText(t, "Cities\n\nLyon and Marseille are larger than Toulouse. Taipei is the capital of Taiwan. Fighting spread in the Amhara Region of Ethiopia.\n")
	types := typesOf(d)
	for _, name := range []string{"Lyon", "Marseille", "Toulouse", "Taipei"} {
		if types[name] != "City" {
			t.Errorf("%s is %q: %v", name, types[name], types)
		}
	}
	if types["Amhara Region"] != "Region" {
		t.Errorf("no Amhara Region: %v", types)
	}
}

// An acronym spelled by a body's capitalised words is its short name
// though no parenthesis introduced it; a short company name the shape
// made a person's is the company of the legal name.
func TestAcronymsAndCompanyNamesWithoutTheirIntroduction(t *testing.T) {
	d := extractText(t, "Whaling\n\nDelegates of the International Whaling Commission met in Lima on Monday. "+
		"Ana Ruiz, a spokeswoman for the IWC secretariat, said no vote was planned.\n\n"+
		"Deepwater Nodule Corp. has applied for a licence. Activists unfurled a banner accusing Deepwater Nodule of \"strip-mining the commons.\"\n")
	iwc := entityByName(d, "International Whaling Commission")
	if iwc == nil || !slices.Contains(iwc.Aliases, "IWC") {
		t.Errorf("IWC is not the commission's short name: %+v", iwc)
	}
	if !facts(d)["Ana Ruiz represents International Whaling Commission"] {
		t.Errorf("the spokeswoman speaks for no commission: %v", facts(d))
	}
	types := typesOf(d)
	wantNoNames(t, types, "IWC")
	n := 0
	for _, e := range d.Entities {
		if strings.HasPrefix(e.Name, "Deepwater Nodule") {
			n++
			if class(e.Type) != 'O' {
				t.Errorf("%s is a %s", e.Name, e.Type)
			}
		}
	}
	if n != 1 {
		t.Errorf("Deepwater Nodule is %d entities: %v", n, types)
	}
}

// Extraction is a function of the text: the same article gives the same
// document every time (no map's order may decide a type or a tie). The
// written fixtures are read four times in one process, each time with
// fresh documents: a map's order shows only now and then, so this net
// catches such a slip in some runs, not all (spanClass's own test pins
// the one it caught).
func TestExtractionIsDeterministic(t *testing.T) {
	if testing.Short() {
		t.Skip("reads the written fixtures four times")
	}
	files, err := filepath.Glob(filepath.Join("testdata", "written-news", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no written fixtures: %v", err)
	}
	first := map[string]string{}
	for run := 0; run < 4; run++ {
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			doc, err := extractor(t).Extract(loaders.Article{ID: f, Source: f, Text: string(b)})
			if err != nil {
				t.Fatal(err)
			}
			out, _ := json.Marshal(doc)
			if run == 0 {
				first[f] = string(out)
			} else if string(out) != first[f] {
				t.Errorf("%s: run %d differs from the first", f, run)
			}
		}
	}
}
