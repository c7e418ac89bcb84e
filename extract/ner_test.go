package extract

import (
	"regexp"
	"slices"
	"strings"
	"testing"
)

// mentionTexts lists the names the recogniser finds in text.
func mentionTexts(t *testing.T, text, lang string) map[string]string {
	t.Helper()
	d := extractor(t).analyse(text, lang, "test")
	out := map[string]string{}
	for _, ms := range d.mentions {
		for _, m := range ms {
			out[m.text] = m.ent.typ
		}
	}
	return out
}

func TestCapitalisedCommonWordsAreNoName(t *testing.T) {
	got := mentionTexts(t, "Was the iPhone the first Smart Phone? Every smart phone since copies it.", "en")
	if typ, ok := got["Smart Phone"]; ok {
		t.Errorf("Smart Phone, written in lower case too, taken for a %s", typ)
	}
	// a name whose words are no common words of the article stays a name
	got = mentionTexts(t, "Bolivian president Evo Morales resigned on Sunday. Morales said he had no choice.", "en")
	if got["Evo Morales"] != "Person" {
		t.Errorf("Evo Morales: got %v", got)
	}
}

func TestEvalNERCountsWholeTokens(t *testing.T) {
	// "NATO-ledede" holds a name but is no name; "Norges" is Norway's
	const sample = `# sent_id = 1
1	Den	den	DET	_	_	3	det	_	name=O
2	NATO-ledede	NATO-ledet	ADJ	_	_	3	amod	_	name=B-DRV
3	styrken	styrke	NOUN	_	_	5	nsubj	_	name=O
4	i	i	ADP	_	_	5	case	_	name=O
5	Norges	Norge	PROPN	_	_	3	nmod	_	name=B-GPE_LOC
6	nord	nord	NOUN	_	_	3	nmod	_	name=O
7	.	$.	PUNCT	_	_	3	punct	_	name=O
`
	res, err := extractor(t).EvalNER(strings.NewReader(sample), "nb")
	if err != nil {
		t.Fatal(err)
	}
	if res.Micro.FP != 0 || res.Micro.TP != 1 {
		t.Errorf("want Norges found and nothing else, got TP %d FP %d FN %d", res.Micro.TP, res.Micro.FP, res.Micro.FN)
	}
}

func TestGenitiveEnding(t *testing.T) {
	for rest, want := range map[string]bool{"": true, "s": true, "'s": true, "’": true, ".": true, "-ledede": false, "en": false} {
		if genitiveEnding(rest) != want {
			t.Errorf("genitiveEnding(%q) = %v", rest, !want)
		}
	}
}

func TestReadNERSpacesTokensAsTheText(t *testing.T) {
	const sample = `# sent_id = 1
# text = Muqtada al-Sadr met Coca-Cola's boss.
1	Muqtada	B-PER	-	-
2	al	I-PER	-	-
3	-	I-PER	-	-
4	Sadr	I-PER	-	-
5	met	O	-	-
6	Coca	B-ORG	-	-
7	-	I-ORG	-	-
8	Cola	I-ORG	-	-
9	's	O	-	-
10	boss	O	-	-
11	.	O	-	-
`
	sents, err := readNER(strings.NewReader(sample))
	if err != nil {
		t.Fatal(err)
	}
	want := []bool{false, false, true, true, false, false, true, true, true, false, true}
	for i, g := range sents[0].glued {
		if g != want[i] {
			t.Errorf("token %d %q: glued %v, want %v", i, sents[0].tokens[i], g, want[i])
		}
	}
	if g := gluedTokens([]string{"a", "b"}, "x y"); g[0] || g[1] {
		t.Errorf("tokens not in the text: glued %v", g)
	}
	sents, err = readNER(strings.NewReader(conlluSample))
	if err != nil {
		t.Fatal(err)
	}
	if g := sents[0].glued; !g[5] || g[4] {
		t.Errorf("CoNLL-U SpaceAfter=No: glued %v", g)
	}
}

func TestReligionsAndGroupsAreNoNames(t *testing.T) {
	got := mentionTexts(t, "Radical Shiite cleric Muqtada al-Sadr spoke to Sunni Arab leaders and Muslim clerics in Fallujah.", "en")
	for _, w := range []string{"Radical Shiite", "Shiite", "Sunni Arab", "Sunni", "Arab", "Muslim"} {
		if typ, ok := got[w]; ok {
			t.Errorf("%q taken for a %s", w, typ)
		}
	}
	if got["Muqtada al-Sadr"] != "Person" {
		t.Errorf("Muqtada al-Sadr: got %v", got)
	}
}

func TestPlaceWordOfName(t *testing.T) {
	got := mentionTexts(t, "Oil spilled into the Gulf of Mexico on Tuesday, and ferries across the Bay of Biscay stopped.", "en")
	for _, w := range []string{"Gulf of Mexico", "Bay of Biscay"} {
		if nerClass(got[w]) != "LOC" {
			t.Errorf("%s: got %v", w, got)
		}
	}
}

func TestEvalNERJoinsAPlaceAndItsBody(t *testing.T) {
	const sample = `# sent_id = 1
# text = Forecasters at the US National Hurricane Center warned of Florida storms.
1	Forecasters	O	-	-
2	at	O	-	-
3	the	O	-	-
4	US	B-ORG	-	-
5	National	I-ORG	-	-
6	Hurricane	I-ORG	-	-
7	Center	I-ORG	-	-
8	warned	O	-	-
9	of	O	-	-
10	Florida	B-LOC	-	-
11	storms	O	-	-
12	.	O	-	-
`
	res, err := extractor(t).EvalNER(strings.NewReader(sample), "en")
	if err != nil {
		t.Fatal(err)
	}
	if res.Micro.TP != 2 || res.Micro.FP != 0 {
		t.Errorf("want US National Hurricane Center and Florida, got TP %d FP %d FN %d", res.Micro.TP, res.Micro.FP, res.Micro.FN)
	}
}

func TestPlaceAndItsBodyIsAnOrganisation(t *testing.T) {
	got := mentionTexts(t, "Saken kommer opp i Bergen tingrett i morgen, og Oslo universitetssykehus har uttalt seg.", "nb")
	for _, w := range []string{"Bergen tingrett", "Oslo universitetssykehus"} {
		if nerClass(got[w]) != "ORG" {
			t.Errorf("%s: got %v", w, got)
		}
	}
}

func TestBodyNamesGoOnOverStopwords(t *testing.T) {
	got := mentionTexts(t, "A spokesman for the Department of State said the Syrian Observatory for Human Rights had counted the dead.", "en")
	for _, w := range []string{"Department of State", "Syrian Observatory for Human Rights"} {
		if nerClass(got[w]) != "ORG" {
			t.Errorf("%s: got %v", w, got)
		}
	}
}

func TestStormsAreEvents(t *testing.T) {
	got := mentionTexts(t, "Hurricane Katrina struck New Orleans in 2005. Katrina killed more than 1,800 people.", "en")
	if got["Hurricane Katrina"] != "Event" || got["Katrina"] != "Event" {
		t.Errorf("Hurricane Katrina, then Katrina: got %v", got)
	}
	got = mentionTexts(t, "Orkanen rammet kysten i natt. Beboerne flyktet før ekstremværet Ingunn kom inn over land.", "nb")
	if got["Ingunn"] != "Event" {
		t.Errorf("ekstremværet Ingunn: got %v", got)
	}
}

func TestOneWordAndABodysName(t *testing.T) {
	got := mentionTexts(t, "The Securities and Exchange Commission fined the bank on Friday.", "en")
	if nerClass(got["Securities and Exchange Commission"]) != "ORG" {
		t.Errorf("Securities and Exchange Commission: got %v", got)
	}
	// two names joined by "and" stay two
	got = mentionTexts(t, "Executives of Google and Microsoft met in Seattle.", "en")
	if _, ok := got["Google and Microsoft"]; ok {
		t.Errorf("Google and Microsoft read as one name: %v", got)
	}
}

func TestNorwegianDescriptionBeforeAName(t *testing.T) {
	got := mentionTexts(t, "Dødssyke Hannah Jones fikk besøk i går. Jones takket for hjelpen.", "nb")
	if got["Hannah Jones"] != "Person" {
		t.Errorf("Hannah Jones: got %v", got)
	}
	if _, ok := got["Dødssyke Hannah Jones"]; ok {
		t.Errorf("the description went into the name: %v", got)
	}
}

func TestPartsOfPlacesLakesAndRealms(t *testing.T) {
	got := mentionTexts(t, "Violence spread from North Africa to Southeast Asia. The expedition climbed Mount Kilimanjaro and crossed Lake Victoria, lands the Roman Empire never knew.", "en")
	for _, w := range []string{"North Africa", "Southeast Asia", "Mount Kilimanjaro", "Lake Victoria", "Roman Empire"} {
		if nerClass(got[w]) != "LOC" {
			t.Errorf("%s: got %v", w, got)
		}
	}
}

// The rules alone (no tagger) take a given name opening a sentence for a
// person when what follows fits a subject or a call.
func TestGivenNameOpeningASentence(t *testing.T) {
	x, err := New(Config{NoTagger: true})
	if err != nil {
		t.Fatal(err)
	}
	for text, name := range map[string]string{"Steve was not at home when we called.": "Steve", "Jeff !": "Jeff", "Jason and the boys can fix anything.": "Jason"} {
		d := x.analyse(text, "en", "test")
		if len(d.mentions[0]) == 0 || d.mentions[0][0].text != name || d.mentions[0][0].ent.typ != "Person" {
			t.Errorf("%q: mentions %v", text, d.mentions[0])
		}
	}
}

func TestBodyNamedAfterSomeone(t *testing.T) {
	got := mentionTexts(t, "Rapporten fra Gjønnes-utvalget kom i går. Gjønnes-utvalget vil endre loven.", "nb")
	if nerClass(got["Gjønnes-utvalget"]) != "ORG" {
		t.Errorf("Gjønnes-utvalget: got %v", got)
	}
}

func TestEvalNERLeavesTheGenitiveOut(t *testing.T) {
	const sample = `# sent_id = 1
# text = Obama's visit to Ghana's capital went well.
1	Obama	B-PER	-	-
2	's	O	-	-
3	visit	O	-	-
4	to	O	-	-
5	Ghana	B-LOC	-	-
6	's	O	-	-
7	capital	O	-	-
8	went	O	-	-
9	well	O	-	-
10	.	O	-	-
`
	res, err := extractor(t).EvalNER(strings.NewReader(sample), "en")
	if err != nil {
		t.Fatal(err)
	}
	if res.Micro.TP != 2 || res.Micro.FP != 0 {
		t.Errorf("want Obama and Ghana without 's, got TP %d FP %d FN %d", res.Micro.TP, res.Micro.FP, res.Micro.FN)
	}
}

func TestCompoundsAndHyphenatedGivenNames(t *testing.T) {
	got := mentionTexts(t, "The U.S.-based company, founded by Jean-Pierre Dupont in New York-area offices, hired a new chief.", "en")
	if nerClass(got["New York"]) != "LOC" {
		t.Errorf("New York-area: got %v", got)
	}
	if got["Jean-Pierre Dupont"] != "Person" {
		t.Errorf("Jean-Pierre Dupont: got %v", got)
	}
}

func TestGenitiveNameOpeningASentence(t *testing.T) {
	got := mentionTexts(t, "Clinton's campaign said it would appeal.", "en")
	if got["Clinton"] != "Person" {
		t.Errorf("Clinton's: got %v", got)
	}
}

func TestKnownNameAfterAPrefix(t *testing.T) {
	got := mentionTexts(t, "An anti-Nato rally marched past a pro-Kremlin group in Oslo.", "en")
	if nerClass(got["Kremlin"]) == "" {
		t.Errorf("pro-Kremlin: got %v", got)
	}
}

func TestAirlinesAndCurrencies(t *testing.T) {
	d := extractText(t, "Airline fined\n\nThe regulator fined Nordic Air US$20,000 on Monday after the loss of Baltic Wings Flight 90.\n"+
		"Nordic Air said it would appeal against the fine of NZ$5,000.\n")
	types := typesOf(d)
	for _, name := range []string{"Nordic Air", "Baltic Wings"} {
		if types[name] != "Company" {
			t.Errorf("%s: type %q, want Company (%v)", name, types[name], types)
		}
	}
	if _, ok := types["United States"]; ok {
		t.Errorf("'US$20,000' names a currency, not the United States: %v", types)
	}
}

func TestPortfolioAfterTitle(t *testing.T) {
	// "Minister of Education Stefania Giannini": the portfolio belongs to
	// the title, the person's name begins at the given name
	d := extractText(t, "Schools ruling\n\nIn Rome, Minister of Education Stefania Giannini said a wider reflection was needed.\n"+
		"The Italian Minister of Foreign Affairs Paolo Verdi said nothing.\n"+
		"NASA Administrator John Smith announced the four homes of the orbiters on Tuesday.\n")
	types := typesOf(d)
	for _, name := range []string{"Stefania Giannini", "Paolo Verdi"} {
		if types[name] != "Person" {
			t.Errorf("%s: type %q, want Person (%v)", name, types[name], types)
		}
	}
	wantFacts(t, facts(d), "Paolo Verdi represents Italy", "John Smith leaderOf NASA")
}

func TestGameReportSidesAreClubs(t *testing.T) {
	// in a game report a city named like a known club is the club
	d := extractText(t, "Late equaliser\n\nLiverpool's Daniel Sturridge scored a late goal against Chelsea on Saturday.\n"+
		"Chelsea led 1-0 at halftime after a goal from striker Eden Hazard, who beat Liverpool's goalkeeper Alisson Becker.\n")
	types := typesOf(d)
	for _, name := range []string{"Liverpool FC", "Chelsea FC"} {
		if types[name] != "Organization" {
			t.Errorf("%s: type %q, want Organization (%v)", name, types[name], types)
		}
	}
	wantFacts(t, facts(d), "Daniel Sturridge memberOf Liverpool FC")
	nb := typesOf(extractText(t, "Sen utligning\n\nRosenborg møtte Molde i kampen på søndag. Molde scoret det første målet før pausen, og Rosenborg utlignet sent etter et løp inn i Moldes banehalvdel.\n"))
	if nb["Molde FK"] != "Organization" {
		t.Errorf("Molde in a Norwegian game report: %v", nb)
	}
	// not in other news, and not where the article puts something in the city
	other := typesOf(extractText(t, "New museum\n\nA new museum opened in Liverpool on Saturday. Visitors from Chelsea and Molde came to Liverpool by train.\n"))
	if other["Liverpool"] != "City" || other["Liverpool FC"] != "" {
		t.Errorf("Liverpool outside a game report: %v", other)
	}
}

func TestSurnameShapedLikeAnAdjective(t *testing.T) {
	// "Djamal" ends like "national", but the article named Jusman Syafii Djamal
	d := extractText(t, "Ban\n\nJusman Syafii Djamal, minister of transport for Indonesia, has recommended that airlines should not buy aircraft.\n"+
		"Djamal told reporters that he felt the best option was the lifting of the ban.\n")
	c := claimsBy(d)
	if !hasClaim(c, "Jusman Syafii Djamal", "best option") {
		t.Errorf("'Djamal told reporters that …': %v", c)
	}
}

func TestVerbOpeningAQuoteIsNoName(t *testing.T) {
	d := extractText(t, "Almanac\n\nThe movie starred Roy Rogers and Dale Evans as scientists with a counter.\nEvans: \"Say, it sure is popping now!\"\n")
	if _, ok := typesOf(d)["Say"]; ok {
		t.Errorf("a verb opening a quote: %v", typesOf(d))
	}
}

func TestPoliceKeyedByTheirPlace(t *testing.T) {
	// "Wasilla Police Department", "politiet i Wasilla": one force in both
	// languages, whether or not the article names the town apart
	keys := func(text string) map[string]string {
		out := map[string]string{}
		for _, e := range extractText(t, text).Entities {
			out[e.Key] = e.Name
		}
		return out
	}
	en := keys("Arrest\n\nHe was arrested on Monday in Wasilla, Alaska, according to Dan Bennett, a spokesman for the Wasilla Police Department.\n")
	nb := keys("Arrestert\n\nHan ble arrestert mandag i Wasilla i Alaska, ifølge Dan Bennett, en talsmann for politiet i Wasilla.\n")
	if en["wasilla-police"] == "" || nb["wasilla-police"] == "" {
		t.Errorf("the Wasilla police: en %v, nb %v", en, nb)
	}
	// "Newport-politiet" after "Newport Police Department": one force
	both := keys("Tyveri\n\nTyvene stjal pengene fra en arbeider i Newport, ifølge en pressemelding fra Newport Police Department. " +
		"Alle med informasjon må ta kontakt med Newport-politiet, sier de, og det er ikke første gang.\n")
	if len(both) != 2 || both["newport-police"] == "" {
		t.Errorf("'Newport-politiet' beside 'Newport Police Department': %v", both)
	}
}

func TestLimitedCompanies(t *testing.T) {
	types := typesOf(extractText(t, "Career\n\nAccording to official record listings, he is the director of Adriftmorn Limited.\n"))
	if types["Adriftmorn Limited"] != "Company" {
		t.Errorf("'Adriftmorn Limited': %v", types)
	}
}

func TestCountryOpeningACompanyName(t *testing.T) {
	types := typesOf(extractText(t, "Bans\n\nBans were lifted on the flag carrier Pakistan International Airlines, and China Eastern Airlines bought jets.\n"+
		"US Energy Secretary Rick Perry said nothing.\n"))
	for _, name := range []string{"Pakistan International Airlines", "China Eastern Airlines"} {
		if types[name] != "Company" {
			t.Errorf("%s: %v", name, types)
		}
	}
	if _, ok := types["US Energy"]; ok {
		t.Errorf("'US Energy Secretary' names a portfolio: %v", types)
	}
}

func TestGameReportClubWords(t *testing.T) {
	types := typesOf(extractText(t, "New boss\n\nThe former Alloa Athletic boss rejected Ipswich Town and Hamilton Academical before he took the job.\n"+
		"He saved the club from relegation, and it won the league and the premiership under him.\n"))
	for _, name := range []string{"Ipswich Town", "Hamilton Academical"} {
		if types[name] != "Organization" {
			t.Errorf("%s in a sports story: %v", name, types)
		}
	}
}

func TestLandformNames(t *testing.T) {
	types := typesOf(extractText(t, "Rain\n\nThe storm brings rain from the Southern Plains to the Great Basin and the Grand Canyon this week.\n"))
	for _, name := range []string{"Southern Plains", "Great Basin"} {
		if class(types[name]) != 'L' {
			t.Errorf("%s: %v", name, types)
		}
	}
}

func TestBodyNameGoesOnPastOfThe(t *testing.T) {
	types := typesOf(extractText(t, "Shuttles\n\nThe trainer goes to the National Museum of the US Air Force in Dayton, Ohio.\n"+
		"The Bank of the West said profits rose, and a team at the University of Sheffield of the UK agreed.\n"))
	for _, name := range []string{"National Museum of the US Air Force", "Bank of the West", "University of Sheffield"} {
		if types[name] == "" || class(types[name]) != 'O' {
			t.Errorf("%s: %v", name, types)
		}
	}
	if _, ok := types["University of Sheffield of the UK"]; ok {
		t.Errorf("'of the UK' is where the university is: %v", types)
	}
}

func TestTitleWordInsideABodysName(t *testing.T) {
	types := typesOf(extractText(t, "Crash\n\nThe injured were taken to Lakeland General Hospital on Friday night.\nAttorney General Jeff Sessions said nothing.\n"))
	if types["Lakeland General Hospital"] == "" {
		t.Errorf("'Lakeland General Hospital': %v", types)
	}
	if types["Jeff Sessions"] != "Person" {
		t.Errorf("'Attorney General Jeff Sessions': %v", types)
	}
}

func TestNewsSiteThatQuotes(t *testing.T) {
	types := typesOf(extractText(t, "Ban\n\n\"We do not need to buy aircraft from Europe,\" Detik.com quoted the minister as saying on Monday.\n"))
	if types["Detik.com"] != "MediaOrganization" {
		t.Errorf("'Detik.com quoted …': %v", types)
	}
}

func TestFunctionWordInsideABodyName(t *testing.T) {
	// "People" is a stop word, but a body's word after it keeps the name
	// going: "New People Party", "New People Party's Anna Lau"
	m := mentionTexts(t, "Election\n\nThe New People Party won two seats on Sunday. New People Party's Anna Lau was re-elected with 60,000 votes.\n", "en")
	if m["New People Party"] == "" {
		t.Errorf("'New People Party' not found whole: %v", m)
	}
	if m["New"] != "" || m["Party"] != "" {
		t.Errorf("the name was cut at 'People': %v", m)
	}
}

func TestNorwegianCompoundTitles(t *testing.T) {
	// "samferdselsminister", "politisjef": a title written as one word
	// with its field is no part of the name; "ungdommer" is no judge
	m := mentionTexts(t, "Flyselskaper\n\nSamferdselsminister Jusman Djamal har anbefalt at lokale flyselskaper ikke skal kjøpe fly fra Europa. "+
		"Politisjef Anne Holm sa at saken er under etterforskning, og at ungdommer ikke var involvert.\n", "nb")
	for _, want := range []string{"Jusman Djamal", "Anne Holm"} {
		if m[want] != "Person" {
			t.Errorf("%s: %v", want, m)
		}
	}
	for name := range m {
		if strings.HasPrefix(name, "Samferdselsminister") || strings.HasPrefix(name, "Politisjef") {
			t.Errorf("a compound title taken into the name: %q", name)
		}
	}
}

func TestSurnamePastAParticle(t *testing.T) {
	// "Moualem" opening a sentence after "Walid al-Moualem"
	c := claimsOf(t, "Syria\n\nIn a speech to the UN General Assembly, Foreign Minister Walid al-Moualem appealed to refugees to come home.\n\n"+
		"Moualem insisted that the war on terror was almost over in Syria, where more than 360,000 people have died.\n")
	if !hasClaim(c, "Walid al-Moualem", "almost over") {
		t.Errorf("'Moualem insisted that …': %v", c)
	}
}

func TestAdjectivesAreNoNames(t *testing.T) {
	// "the European captain": an adjective, no body; "Scientologist Tom
	// Cruise": a description before the name
	m := mentionTexts(t, "Golf\n\nThomas Bjorn, the European captain, knows a lead can disappear. A video featuring Scientologist Tom Cruise was shown.\n", "en")
	if _, ok := m["European"]; ok {
		t.Errorf("'European' taken for a name: %v", m)
	}
	if m["Tom Cruise"] != "Person" {
		t.Errorf("'Scientologist Tom Cruise': %v", m)
	}
}

func TestBodyNamesGoOnPastForTheAndStopBeforeAPerson(t *testing.T) {
	m := mentionTexts(t, "Asylum\n\nIt quoted Joint Council for the Welfare of Immigrants campaigner Caitlin Boswell. "+
		"After the leak, CEO of the Refugee Council Enver Solomon told Sky News the process must be well thought out. "+
		"Labour's Shadow Home Secretary Yvette Cooper spoke after the United Nations High Commissioner for Refugees had recommended it.\n", "en")
	for _, want := range []string{"Joint Council for the Welfare of Immigrants", "Refugee Council", "Enver Solomon", "Yvette Cooper"} {
		if m[want] == "" {
			t.Errorf("%q not found: %v", want, m)
		}
	}
	for _, bad := range []string{"Shadow", "High Commissioner", "Refugee Council Enver Solomon", "Welfare"} {
		if _, ok := m[bad]; ok {
			t.Errorf("%q taken for a name: %v", bad, m)
		}
	}
}

func TestStockIndicesAreKnown(t *testing.T) {
	m := mentionTexts(t, "Markets\n\nThe Dow Jones Industrial Average fell 2 percent, while London's FTSE 100 and the S&P 500 closed lower.\n", "en")
	for _, want := range []string{"Dow Jones Industrial Average", "FTSE 100", "S&P 500"} {
		if m[want] != "Organization" {
			t.Errorf("%s: %v", want, m)
		}
	}
}

func TestPersonOfABodyIsTwoNames(t *testing.T) {
	m := mentionTexts(t, "Markets\n\n\"The government is doing a lousy job,\" said Keith Springer of Capital Financial Advisory Services.\n", "en")
	if m["Keith Springer"] != "Person" {
		t.Errorf("'Keith Springer of …': %v", m)
	}
	for name := range m {
		if strings.HasPrefix(name, "Keith Springer of") {
			t.Errorf("a person and a body joined: %q", name)
		}
	}
}

func TestKnownNamesWithAnotherApostrophe(t *testing.T) {
	d := extractText(t, "Turkey\n\nTurkey approved a measure to send troops after militants of the Kurdistan Workers Party, while the Kurdistan Workers’ Party denied the attack.\n")
	var keys []string
	for _, e := range d.Entities {
		if strings.Contains(e.Name, "Kurdistan") {
			keys = append(keys, e.ID+"="+e.Name)
		}
	}
	if len(keys) != 1 || !strings.Contains(keys[0], "Kurdistan Workers' Party") {
		t.Errorf("the PKK spelt without and with a curly apostrophe: %v", keys)
	}
}

func TestPlaceAndWeekMakeAnEvent(t *testing.T) {
	m := mentionTexts(t, "Mote\n\nUnder London Fashion Week dukket en tobarnsmamma opp på catwalken for designeren, og det var ikke første gang.\n", "nb")
	if m["London Fashion Week"] != "Event" {
		t.Errorf("'London Fashion Week': %v", m)
	}
}

func TestStateNameWithoutItsArticle(t *testing.T) {
	types := typesOf(extractText(t, "Ebola\n\nThe World Health Organization said the outbreak in the Democratic Republic of Congo was not yet an emergency.\n"))
	if types["Democratic Republic of the Congo"] != "Country" {
		t.Errorf("'Democratic Republic of Congo': %v", types)
	}
	if _, ok := types["Democratic Republic"]; ok {
		t.Errorf("the state's name split: %v", types)
	}
}

func TestPortfolioAfterTitleForIsNoPartOfTheName(t *testing.T) {
	m := mentionTexts(t, "Music\n\nEuropean Commissioner for Competition Neelie Kroes said the Commission welcomed the move. "+
		"Spokesman for Air Navigation Indonesia, Yohannes Sirait, said the decision saved lives.\n", "en")
	if m["Neelie Kroes"] != "Person" || m["Air Navigation Indonesia"] == "" {
		t.Errorf("'Commissioner for Competition Neelie Kroes', 'Spokesman for Air Navigation Indonesia, X': %v", m)
	}
}

func TestFormerAndBillOpenNoNames(t *testing.T) {
	m := mentionTexts(t, "Tributes\n\nApple co-founder Steve Jobs died on Wednesday.\n\nFormer Microsoft CEO Bill Gates responded with a statement on his blog.\n", "en")
	if m["Bill Gates"] != "Person" || m["Microsoft"] == "" {
		t.Errorf("'Former Microsoft CEO Bill Gates': %v", m)
	}
	for name := range m {
		if strings.HasPrefix(name, "Former") || strings.HasSuffix(name, "Bill") {
			t.Errorf("%q taken for a name", name)
		}
	}
}

func TestTitleCaseHeadlineWithAFullStop(t *testing.T) {
	// the article's first line in Title Case is a headline even with a
	// full stop: its capitals name nothing
	d := extractText(t, "And Women Need to Wield It.\n\nAnger is an old story, and tears are part of it.\nMaria Kessler said so in an interview.\n")
	for _, e := range d.Entities {
		if strings.Contains(e.Name, "Women") || e.Name == "Wield" {
			t.Errorf("the headline's words made an entity: %s (%s)", e.Name, e.Type)
		}
	}
}

func TestRoadsAndLawnsArePlaces(t *testing.T) {
	d := extractText(t, "Attack\n\nThe driver drove along the West Side Highway in Lower Manhattan on Tuesday.\nCrowds gathered on Central Park's Great Lawn later that day.\n")
	for _, name := range []string{"West Side Highway", "Great Lawn"} {
		if e := entityByName(d, name); e == nil || e.Type != "Place" {
			t.Errorf("%s: %+v, want a Place", name, e)
		}
	}
}

func TestClubNamedAfterItsCity(t *testing.T) {
	d := extractText(t, "Europaligaen\n\nLaget tar imot Rapid Vienna på torsdag, etter uavgjort mot Villarreal.\nEn seier over Rapid Vienna vil gi dem en sterk posisjon i gruppen.\nTreneren er fornøyd med formen.\n")
	if e := entityByName(d, "Rapid Vienna"); e == nil || e.Type == "Person" {
		t.Errorf("Rapid Vienna: %+v, want a body", e)
	}
}

func TestTitlesInQuotesAreNoEntities(t *testing.T) {
	// a show, book or song named in a short title-case quote is no name
	// of its own; a quoted sentence still names its people
	d := extractText(t, "Television\n\nThe ratings have been rising, according to Nielsen, and the network's \"The Rachel Maddow Show\" has topped them for months.\n"+
		"The producer, the creator of \"Pawn Stars,\" said the film Easy Rider was his model.\n"+
		"\"Nobody expected Maria Olsen to win,\" the producer said.\n")
	for _, name := range []string{"Rachel Maddow Show", "Pawn Stars", "Easy Rider"} {
		if e := entityByName(d, name); e != nil {
			t.Errorf("the title %q is an entity: %+v", name, e)
		}
	}
	if entityByName(d, "Maria Olsen") == nil {
		t.Errorf("the person in a quoted sentence was lost: %v", d.Entities)
	}
}

func TestCopulaWithACompanyNounTypesACompany(t *testing.T) {
	// "Ford" is a surname, but "Ford is the world's third-largest
	// automaker" says what it is
	for _, text := range []string{
		"Cuts\n\nFord has announced sweeping cuts in its US production.\nFord is the world's third-largest automaker.\n",
		"Kutt\n\nFord har kunngjort store kutt i produksjonen i USA.\nFord er verdens tredje største bilprodusent.\n",
	} {
		if e := entityByName(extractText(t, text), "Ford"); e == nil || e.Type != "Company" {
			t.Errorf("Ford: %+v; want a Company", e)
		}
	}
}

func TestAppositionTypesAName(t *testing.T) {
	// "Gonzaga" could be a surname; "a catholic school" says what it is —
	// but "a company spokesman" names no company
	d := extractText(t, "Schools\n\nThe court ruled against Istituto Gonzaga, a catholic school in Milan.\nMr. Sutarno, the national disaster agency spokesman, said officials were assessing the damage.\n")
	if e := entityByName(d, "Istituto Gonzaga"); e == nil || e.Type != "Organization" {
		t.Errorf("Istituto Gonzaga: %+v; want an Organization", e)
	}
	if e := entityByName(d, "Sutarno"); e == nil || e.Type != "Person" {
		t.Errorf("Sutarno: %+v; want a Person", e)
	}
	// two body nouns: the second heads the phrase ("a startup company")
	d = extractText(t, "Web\n\nTim Berners-Lee founded Inrupt, a startup company, last year.\n")
	if e := entityByName(d, "Inrupt"); e == nil || e.Type != "Company" {
		t.Errorf("Inrupt: %+v; want a Company", e)
	}
}

func TestCompanyModelsAreProductsWhateverTheirVerbs(t *testing.T) {
	// in an article on Ford Motor Company, "the Ford Five Hundred" is a
	// car even where a verb after it reads like a person's
	d := extractText(t, "Cars\n\nFord Motor Company CEO Alan Mulally said Ford will rename the Ford Five Hundred to the Taurus.\nThe Ford Five Hundred said goodbye to buyers in 2007, and the Ford Taurus was a revolutionary car.\n")
	for _, name := range []string{"Ford Five Hundred", "Ford Taurus"} {
		if e := entityByName(d, name); e != nil {
			t.Errorf("%s: %+v; want it set aside as a product", name, e)
		}
	}
}

func TestFarEastIsARegion(t *testing.T) {
	d := extractText(t, "Routes\n\nThe airline will expand its long-haul network to the US, South Africa and the Far East next year.\n")
	if e := entityByName(d, "Far East"); e == nil || e.Type != "Region" {
		t.Errorf("Far East: %+v; want a Region", e)
	}
}

func TestAirportNamedAfterItsCity(t *testing.T) {
	d := extractText(t, "Flight\n\nThe aircraft was due to fly to Chiang Mai International Airport on Monday.\nThe flight was delayed.\n")
	if e := entityByName(d, "Chiang Mai International Airport"); e == nil || e.Type != "Place" {
		t.Errorf("the airport: %+v; want one Place named in full", e)
	}
	if e := entityByName(d, "International Airport"); e != nil {
		t.Errorf("a name's tail became a place: %+v", e)
	}
}

func TestProductNounAfterABracket(t *testing.T) {
	// "six new A350 XWB (Extra Wide Body) aircraft": the bracket expands
	// a product's name; neither is a person or a body
	d := extractText(t, "Fleet\n\nThe airline will take delivery of six new A350 XWB (Extra Wide Body) aircraft from 2014.\nThe order was welcomed by staff.\n")
	if e := entityByName(d, "Extra Wide Body"); e != nil {
		t.Errorf("Extra Wide Body: %+v; want it set aside with the product", e)
	}
}

func TestLegalFormIsTheSameCompany(t *testing.T) {
	d := extractText(t, "Music\n\nThe market research firm NPD Group published its figures on Monday.\nAccording to NPD, more than 4 billion songs have been downloaded.\n")
	n := 0
	for _, e := range d.Entities {
		if strings.HasPrefix(e.Name, "NPD") {
			n++
		}
	}
	if n != 1 {
		t.Errorf("%d entities for NPD and NPD Group; want one: %+v", n, d.Entities)
	}
}

func TestWordNoDictionaryKnowsBeforeAVerbIsAName(t *testing.T) {
	got := mentionTexts(t, "Okonkwe warned the committee about the budget. Later that week, Brindlemore said the plan was sound.", "en")
	for _, name := range []string{"Okonkwe", "Brindlemore"} {
		if got[name] != "Person" {
			t.Errorf("%s before a verb: got %v", name, got)
		}
	}
	// ordinary words opening a sentence, and where someone is from, stay no person
	got = mentionTexts(t, "Students warned the committee about the budget. Mira Lund of Tarnvik said the plan was sound.", "en")
	if typ, ok := got["Students"]; ok {
		t.Errorf("Students taken for a %s", typ)
	}
	if got["Tarnvik"] == "Person" {
		t.Errorf("Tarnvik, where Mira Lund is from, taken for a person: %v", got)
	}
}

func TestRulersNumeralIsPartOfTheName(t *testing.T) {
	got := mentionTexts(t, "The abbey was founded under Henry I and rebuilt when Henry VIII broke with Rome. Laura and I visited it in May.", "en")
	for _, name := range []string{"Henry I", "Henry VIII"} {
		if got[name] != "Person" {
			t.Errorf("%s: got %v", name, got)
		}
	}
	if _, ok := got["Laura and I"]; ok {
		t.Errorf("the pronoun joined to a name: %v", got)
	}
}

func TestGroupsAndErasAreNoNames(t *testing.T) {
	got := mentionTexts(t, "Some Christian scholars say that Roman law shaped the Middle Ages. Many Latin Americans voted early in the Bronze Age museum poll. Thousands fled as Christian and Muslim gangs fought.", "en")
	for _, no := range []string{"Christian", "Roman", "Middle Ages", "Latin Americans", "Bronze Age"} {
		if typ, ok := got[no]; ok {
			t.Errorf("%s taken for a %s", no, typ)
		}
	}
	// the given name alone, before a verb, is still a name
	got = mentionTexts(t, "Christian Eriksen scored twice. Christian said the team had earned it.", "en")
	if got["Christian Eriksen"] != "Person" {
		t.Errorf("Christian Eriksen: got %v", got)
	}
}

func TestExamplesOfAKindTakeItsType(t *testing.T) {
	got := mentionTexts(t, "The genre is back in Britain through artists such as Okarra and Belvane. Lenders like Norvik and Tessel Finance raised their rates on Monday.", "en")
	for name, want := range map[string]string{"Okarra": "Person", "Belvane": "Person", "Norvik": "Company"} {
		if got[name] != want {
			t.Errorf("%s: want %s, got %v", name, want, got)
		}
	}
}

func TestSideAgainstInAGameReportIsNoPerson(t *testing.T) {
	d := extractText(t, "Fotball\n\nRangers tar imot Holmvik på torsdag. En kneskade hindret midtbanespiller Karl Dunne i å spille i uavgjortkampen 2-2 mot Villaverde, men han tror laget kan vinne.\n\n«Det var et godt poeng for oss siden Villaverde er et godt lag», sa 31-åringen. I andre omgang var de bedre, og keeper Liam Kelly hadde lite å gjøre i kampen.\n")
	types := typesOf(d)
	if types["Villaverde"] != "Organization" {
		t.Errorf("the side played against: %v", types)
	}
	c := claimsBy(d)
	if !hasClaim(c, "Karl Dunne", "godt poeng for oss") {
		t.Errorf("the quote is not the player's: %v", c)
	}
}

func TestAcronymOfACountryIsOneName(t *testing.T) {
	got := mentionTexts(t, "We will work with the PGA of America and our committee. The NAACP of Texas said the same.", "en")
	if got["PGA of America"] != "Organization" {
		t.Errorf("PGA of America: %v", got)
	}
}

func TestEnglishClubsInAMatchPreview(t *testing.T) {
	d := extractText(t, "Rangers' Karl Dunne optimistic ahead of Holmvik clash\n\nRangers host Holmvik Rovers on Thursday after the impressive draw in Spain. A knee injury kept midfielder Karl Dunne out until the 2-2 draw, but he believes Rangers can use that result as a springboard for the squad.\n")
	if typ := typesOf(d)["Rangers FC"]; typ != "Organization" {
		t.Errorf("Rangers in a match preview: %v", typesOf(d))
	}
}

func TestTheMidtermsMentionedOnceAreAnEvent(t *testing.T) {
	for text, want := range map[string]string{
		"Rally\n\nThe president held a rally in Ohio ahead of the Nov. 6 midterm elections, his aides said.\n":                     "midterm elections",
		"Folkemøte\n\nPresidenten holdt et folkemøte i Ohio før mellomvalgene 6. november, opplyste hans rådgivere til pressen.\n": "mellomvalg",
	} {
		if typ := typesOf(extractText(t, text))[want]; typ != "Event" {
			t.Errorf("%s: %v", want, typesOf(extractText(t, text)))
		}
	}
}

func TestAVenuesNameJoinedByAnd(t *testing.T) {
	got := mentionTexts(t, "The incident allegedly took place in June 2009 in a suite at the Palms Hotel and Casino in Las Vegas.", "en")
	if got["Palms Hotel and Casino"] != "Place" {
		t.Errorf("Palms Hotel and Casino: %v", got)
	}
	if _, ok := got["Casino"]; ok {
		t.Errorf("the venue split in two: %v", got)
	}
}

func TestATeamsLastWordAloneIsTheTeam(t *testing.T) {
	d := extractText(t, "Ishockey: Kilnow Stars 5-3 Leeds Giants\n\nPatrick Dale fikk inn to mål for Giants mot Kilnow. Giants fikk tidlig en tomålsledelse via skudd fra Patrick Dale. Det var Leeds Giants sitt første tap på fem kamper, og keeperen slapp inn fem mål.\n")
	types := typesOf(d)
	if _, alone := types["Giants"]; alone || types["Leeds Giants"] != "Organization" {
		t.Errorf("Giants is Leeds Giants, a team: %v", types)
	}
}

func TestBodiesNamedForTheirSubjectAfterOn(t *testing.T) {
	d := extractText(t, "AI\n\nThe White House announced the formation of Select Committee on Artificial Intelligence. But legislation that sought to create a National Security Commission on Artificial Intelligence has not seen action in months. The Council on Tuesday said it would meet again.\n")
	types := typesOf(d)
	for _, want := range []string{"Select Committee on Artificial Intelligence", "National Security Commission on Artificial Intelligence"} {
		if typ, ok := types[want]; !ok || class(typ) != 'O' {
			t.Errorf("%s: want one body, got %v", want, types)
		}
	}
	for name := range types {
		if strings.Contains(name, "Tuesday") {
			t.Errorf("a day is no subject: %v", types)
		}
	}
}

func TestSaintsNamesAndNumberedStreets(t *testing.T) {
	d := extractText(t, "Harlem\n\nThe march began at 125th Street, went past St. Martin's Episcopal Church and ended on 5th Avenue. Later the pastor flew to St. Martin, the island.\n")
	types := typesOf(d)
	for name, want := range map[string]string{"125th Street": "Place", "5th Avenue": "Place", "St. Martin's Episcopal Church": "", "St. Martin": "Country"} {
		got, ok := types[name]
		if !ok || want != "" && got != want {
			t.Errorf("%s: want %q, got %v", name, want, types)
		}
	}
}

func TestKnownHolidaysAndPlansOpenedByACommonWord(t *testing.T) {
	d := extractText(t, "Markets\n\nMarkets were closed on Martin Luther King Jr. Day. Chinese officials said the Chinese State Council issued its Next Generation Artificial Intelligence Development Plan in July 2017.\n")
	types := typesOf(d)
	for name, want := range map[string]string{"Martin Luther King Jr. Day": "Event", "State Council of China": "GovernmentOrganization", "Next Generation Artificial Intelligence Development Plan": "Proposal"} {
		if got := types[name]; got != want {
			t.Errorf("%s: want %s, got %v", name, want, types)
		}
	}
}

func TestKnownProductsAreLeftOut(t *testing.T) {
	d := extractText(t, "Apple\n\nApple said Mac OS X Lion will ship in July. Mac OS X has 54 million users, and the MacBook Air gets the update first. Sony's PlayStation sold well.\n")
	types := typesOf(d)
	for name := range types {
		if strings.Contains(name, "OS X") || strings.Contains(name, "MacBook") || name == "PlayStation" {
			t.Errorf("%s is a product: %v", name, types)
		}
	}
	if types["Apple"] == "" {
		t.Errorf("the company stays: %v", types)
	}
}

func TestCampsOfAVoteAreNoNames(t *testing.T) {
	d := extractText(t, "Brexit\n\nThe premier is struggling to keep her plan on track amid attacks from Brexiteers, Remainers and the EU. One Brexiteer said the Leavers had won.\n")
	for name := range typesOf(d) {
		if strings.HasPrefix(name, "Brexiteer") || strings.HasPrefix(name, "Remainer") || strings.HasPrefix(name, "Leaver") {
			t.Errorf("%s is a camp, no name", name)
		}
	}
}

func TestWellKnownRegionsWithTheirCountries(t *testing.T) {
	f := factsOf(t, "Schools\n\nThe case concerned two religious schools in Livorno, Tuscany, and one in Milan, Lombardy. Bats live in Dumfries and Galloway, Scotland.\n")
	wantFacts(t, f, "Milan locatedIn Lombardy", "Dumfries and Galloway locatedIn Scotland")
	d := extractText(t, "Schools\n\nThe case concerned two religious schools in Livorno, Tuscany, and one in Milan, Lombardy. Bats live in Dumfries and Galloway, Scotland.\n")
	types := typesOf(d)
	for _, name := range []string{"Tuscany", "Lombardy", "Dumfries and Galloway"} {
		if types[name] != "Region" {
			t.Errorf("%s: want Region, got %v", name, types)
		}
	}
}

func TestTeamsNamedByTheirNicknames(t *testing.T) {
	for _, text := range []string{
		"Ice hockey report\n\nKilnow Flyers lost 5-3 to the Harbour Giants on Saturday. Patrick Dale scored twice against Kilnow Flyers, but the goalkeeper let in five goals as the league leaders lost the match.\n",
		"Ishockey\n\nKilnow Flyers tapte 5-3 mot Harbour Giants på lørdag. Patrick Dale scoret to mål mot Kilnow Flyers, men keeperen slapp inn fem mål da serielederne tapte kampen.\n",
	} {
		types := typesOf(extractText(t, text))
		if types["Kilnow Flyers"] != "Organization" {
			t.Errorf("a club: %v", types)
		}
	}
}

func TestTeamsByTheirPluralNicknamesAndFiguresOfHistory(t *testing.T) {
	types := typesOf(extractText(t, "Injury\n\nKestrel State linebacker Jon Varga was hurt shortly before halftime in the 31-27 defeat to the Brightwater Commodores. The redshirt sophomore had surgery on Sunday, coach Tom Berg said.\n"))
	if types["Brightwater Commodores"] != "Organization" {
		t.Errorf("a game report's \"the X Ys\" is a team: %v", types)
	}
	if types["Jon Varga"] != "Person" || types["Tom Berg"] != "Person" {
		t.Errorf("people stay people: %v", types)
	}
	types = typesOf(extractText(t, "History\n\nIn 1938 officers were ready to stage a coup against Hitler, and Stalin watched.\n"))
	if types["Adolf Hitler"] != "Person" || types["Joseph Stalin"] != "Person" {
		t.Errorf("figures of history by their surnames: %v", types)
	}
}

func TestEnglishEventNamesInNorwegianText(t *testing.T) {
	types := typesOf(extractText(t, "Konsert\n\nDenne lørdagen er Oslo vert for Northern Lights Festival, et årlig musikkarrangement. Northern Lights Festival startet i 2012.\n"))
	if types["Northern Lights Festival"] != "Event" {
		t.Errorf("an English festival's name in Norwegian text is an event: %v", types)
	}
}

func TestSentenceOpeningAdjectivesAndCompaniesListMates(t *testing.T) {
	types := typesOf(extractText(t, "Chips\n\nCurrent Xyzzy programs can be run on Intel processors. The move ended the partnership with IBM and Motorola.\n"))
	if _, ok := types["Current Xyzzy"]; ok {
		t.Errorf("a sentence's opening adjective is no part of a name: %v", types)
	}
	if types["Motorola"] != "Company" {
		t.Errorf("a known company's list mate is a company: %v", types)
	}
}

func TestCommonAcronymsAreNoBodies(t *testing.T) {
	types := typesOf(extractText(t, "Tech\n\nKestrel Group sells VoIP phones with LED screens, and VIP customers get a USB stick.\n"))
	for _, w := range []string{"VoIP", "LED", "VIP", "USB"} {
		if _, ok := types[w]; ok {
			t.Errorf("%s is no name: %v", w, types)
		}
	}
}

func TestBrusselsInGermanSpelling(t *testing.T) {
	types := typesOf(extractText(t, "Brexit\n\nHun vil forsøke å få til en avtale med Brüssel til tross for tilbakeslaget, sier støttespillerne.\n"))
	if types["Brussels"] != "City" {
		t.Errorf("Brüssel is Brussels: %v", types)
	}
}

// (the war is known, so named in English: "Korean War")
func TestNorwegianWarsGamesAndTheKoreanPeninsula(t *testing.T) {
	types := typesOf(extractText(t, "Korea\n\nKim lovet å jobbe mot atomnedrustning av Koreahalvøya, og han sa at Koreakrigen må avsluttes før Asialekene.\n"))
	if types["Korean Peninsula"] != "Region" || types["Korean War"] != "Event" || types["Asialekene"] != "Event" {
		t.Errorf("a war and games by their compounds, the peninsula by name: %v", types)
	}
}

func TestScottishClubsByName(t *testing.T) {
	types := typesOf(extractText(t, "Football\n\nHearts beat St Mirren 2-0 and Hibernian drew with Hamilton Academical, the manager said after the match.\n"))
	for _, club := range []string{"Heart of Midlothian FC", "St Mirren FC", "Hibernian FC", "Hamilton Academical"} {
		if types[club] != "Organization" {
			t.Errorf("%s is a club: %v", club, types)
		}
	}
}

func TestNamesAfterAPluralKindNoun(t *testing.T) {
	d := extractText(t, "Tax\n\nThe court ruled that the religious schools Santo Marco and Immacolata in Livorno must pay the tax.\n")
	types := typesOf(d)
	if types["Santo Marco"] != "Organization" || types["Immacolata"] != "Organization" {
		t.Errorf("names after 'the schools' are not bodies: %v", types)
	}
}

func TestALongLineOfCapitalsOrWithAVerbIsNoHeadline(t *testing.T) {
	// an author's line at the end: no final stop, most long words
	// capitalised, but a sentence all the same
	d := extractText(t, "Labour\n\nThe party met on Friday to discuss the motion.\n\nMarta Olsen is MP for Nottingham East\n")
	wantFacts(t, facts(d), "Marta Olsen represents Nottingham East")
	d = extractText(t, "Title\n\nThe party met on Friday.\n\n"+
		"Pablo Reyes, a senior fellow at the Brookings Institution, is the author of \"The Long Palace: Europe's Turbulent Century in Five Lives and One Legendary House.\"\n")
	wantFacts(t, facts(d), "Pablo Reyes memberOf Brookings Institution")
}

func TestACompanyNamedForItsSite(t *testing.T) {
	f := factsOf(t, "Stocks\n\nStock indexes rose on Friday.\n\"He is bullish,\" said Jacob Oubina, the currency strategist of Kestrelfx.com.\n")
	wantFacts(t, f, "Jacob Oubina memberOf Kestrelfx.com")
	if !domainShaped("Forex.com") || domainShaped("forex") || domainShaped("www.forex.co.uk") {
		t.Error("domainShaped")
	}
}

func TestAHyphenatedGivenNameKeepsItsTail(t *testing.T) {
	d := extractText(t, "Vote\n\nThe election was held on Sunday.\nOther pro-Beijing candidates elected were FTU's Kwok Wai-keung and Leung Yiu-chung of NWSC.\nRussia-backed forces advanced.\n")
	names := map[string]bool{}
	for _, e := range d.Entities {
		names[e.Name] = true
	}
	if !names["Kwok Wai-keung"] || !names["Leung Yiu-chung"] || names["Kwok Wai"] {
		t.Errorf("a syllable no dictionary knows is part of the name: %v", names)
	}
}

func TestATitleWithAFinalStop(t *testing.T) {
	d := extractText(t, "Marta Olsen Embarked on a Pro-Trump Diatribe, Wearing a MAGA Hat, After her SNL Appearance.\n\nIt Did Not Go Well\nMarta Olsen spoke for an hour on Saturday night.\n")
	for _, e := range d.Entities {
		if e.Name == "Marta Olsen Embarked" || e.Name == "Pro-Trump Diatribe" || e.Name == "SNL Appearance" {
			t.Errorf("a title's capitalised ordinary words make no name: %q", e.Name)
		}
	}
	d = extractText(t, "Islands\n\nExamples are the Line Islands in the Pacific and the Maldives in the Indian Ocean.\n")
	found := false
	for _, e := range d.Entities {
		found = found || e.Name == "Line Islands"
	}
	if !found {
		t.Errorf("a sentence dense with names is no title: %v", d.Entities)
	}
}

func TestAStateBeforeABodyKnownByTheRest(t *testing.T) {
	d := extractText(t, "Plan\n\nThe U.S. Treasury Department announced a plan on Monday. The Treasury Department said the plan would work.\n")
	types := typesOf(d)
	if _, ok := types["U.S. Treasury Department"]; ok || types["US Department of the Treasury"] == "" || types["United States"] != "Country" {
		t.Errorf("the state and the known department, one entity for both mentions: %v", types)
	}
}

func TestABodyNamedEitherWayRound(t *testing.T) {
	d := extractText(t, "Dam\n\nThe Kenyan Ministry of Water Resources said the dam was safe. The Water Resources Ministry added that repairs had begun.\nThe Department of Fisheries announced new quotas. A Fisheries Department spokesman said the quotas were fair.\n")
	types := typesOf(d)
	if _, ok := types["Water Resources Ministry"]; ok {
		t.Errorf("'Water Resources Ministry' is the Ministry of Water Resources: %v", types)
	}
	if _, ok := types["Fisheries Department"]; ok {
		t.Errorf("'Fisheries Department' is the Department of Fisheries: %v", types)
	}
}

func TestAMediumOrPartyByItsCue(t *testing.T) {
	for text, want := range map[string][2]string{
		"Election\n\nThe opposition party Nordic Renewal won 12 seats in the vote on Sunday.\n":     {"Nordic Renewal", "PoliticalParty"},
		"Story\n\nThe newspaper Kilnow Gazette reported the story first on Monday morning.\n":       {"Kilnow Gazette", "MediaOrganization"},
		"Valget\n\nPartiet Nordisk Fornyelse fikk 12 mandater i valget på søndag.\n":                {"Nordisk Fornyelse", "PoliticalParty"},
		"Saken\n\nDet var avisen Kilnow Gazette som skrev om saken først, og det skjedde mandag.\n": {"Kilnow Gazette", "MediaOrganization"},
	} {
		if got := typesOf(extractText(t, text))[want[0]]; got != want[1] {
			t.Errorf("%q: %s typed %q, want %s", text, want[0], got, want[1])
		}
	}
}

func TestNumberedResolutionsAndBattlesAreNamed(t *testing.T) {
	en := typesOf(extractText(t, "Syria\n\nThe UN Security Council adopted Resolution 2254 in December 2015, calling for a ceasefire.\nThe Battle of Mosul lasted nine months, and the city was left in ruins.\n"))
	nb := typesOf(extractText(t, "Syria\n\nSikkerhetsrådet vedtok resolusjon 2254 i desember 2015, og den krever våpenhvile.\nSlaget om Mosul varte i ni måneder, og byen ble liggende i ruiner.\n"))
	for _, types := range []map[string]string{en, nb} {
		if types["Resolution 2254"] != "Resolution" || types["Battle of Mosul"] != "Event" || types["Mosul"] != "City" {
			t.Errorf("Resolution 2254, the Battle of Mosul and Mosul, in both languages: %v", types)
		}
	}
}

func TestACapitalisedCueWithinANameIsTheName(t *testing.T) {
	d := extractText(t, "Markets\n\nChief investment officer at Fort Pitt Capital Group Charlie Smith said stocks would fall.\n\"It is grim,\" said Keith Springer of Capital Financial Advisory Services.\n")
	types := typesOf(d)
	if types["Charlie Smith"] != "Person" || types["Capital Financial Advisory Services"] == "" {
		t.Errorf("'Group' ending a body's name types no person after it, and 'Capital' opens a name: %v", types)
	}
}

func TestANameBeforeATitleAndAPersonIsABody(t *testing.T) {
	for text, want := range map[string][2]string{
		"Merger\n\nBrightwell analyst Kevin Brown said the merger made sense for both firms.\n":              {"Brightwell", "Organization"},
		"Shares\n\nShares fell, according to Brightwell strategist Anna Voss, after the report on Monday.\n": {"Brightwell", "Organization"},
		// a given name, but the manager's club
		"Derby\n\nChelsea manager Maurizio Sarri praised the team after the match against Arsenal.\n": {"Chelsea", "Organization"},
	} {
		if got := typesOf(extractText(t, text))[want[0]]; got != want[1] {
			t.Errorf("%q: %s typed %q, want %s", text, want[0], got, want[1])
		}
	}
	// a capitalised title is part of the name: "Presiding Judge Martin Mann"
	if got := typesOf(extractText(t, "Trial\n\nPresiding Judge Martin Mann said he owns an iPod.\n"))["Presiding"]; got != "" {
		t.Errorf("Presiding typed %q", got)
	}
}

func TestANorwegianNameInSBeforeAVerbIsNoGenitive(t *testing.T) {
	types := typesOf(extractText(t, "Jobben\n\nKari Nes jobber for Norvex Motors som ingeniør, og hun trives godt der.\n"))
	if types["Kari Nes"] != "Person" {
		t.Errorf("'Kari Nes jobber for': a name before a verb, not a genitive: %v", types)
	}
}

func TestNamesOfChurchesAndCompaniesByTheirShape(t *testing.T) {
	for text, want := range map[string][2]string{
		// a number that counts, not a model's: "Church 18 years ago"
		"Bells\n\nThe organist moved to the larger organ at the Elmwood Church 18 years ago.\n": {"Elmwood Church", "Organization"},
		// a saint's genitive standing alone names the church, not the island
		"Bells\n\nSt. Martin's was taken over by a new congregation in 1939.\n": {"St. Martin's", "Organization"},
		// a body's word ends the name: no given name and surname
		"Bells\n\nBoth churches were built before the war, Metropolitan Community in 1870.\n": {"Metropolitan Community", "Organization"},
		// "who" after a lone word after "in" is the people's, not the place's
		"Boycott\n\nHe led a boycott of shops on 125th Street, a main street for shopping in Harlem, who refused to hire them.\n": {"Harlem", "Place"},
		// an indefinite article opens no person's genitive
		"Theft\n\nThieves stole $20,000 from a Garda's worker refilling an ATM.\n": {"Garda's", "Company"},
		// Norwegian has no genitive in 's: such a name is borrowed whole
		"Tyveriet\n\nTyver stjal 20 000 kroner fra en Garda's-arbeider som fylte en minibank.\n": {"Garda's", "Company"},
		"Klokkene\n\nSt. Martin's fikk en ny menighet i 1939.\n":                                 {"St. Martin's", "Organization"},
		// the name after an area's "av" is a place ("Norton" is a surname)
		"Angrepet\n\nGutten ble funnet i Elm Terrace-området av Midsomer Norton rundt klokken fire.\n": {"Midsomer Norton", "Place"},
	} {
		if got := typesOf(extractText(t, text))[want[0]]; got != want[1] {
			t.Errorf("%q: %s typed %q, want %s", text, want[0], got, want[1])
		}
	}
	// the island's genitive before its noun stays the island
	if types := typesOf(extractText(t, "Travel\n\nShe flew to St. Martin's beaches last week.\n")); types["St. Martin's"] != "" {
		t.Errorf("St. Martin's beaches: the island's genitive, no church: %v", types)
	}
	// a people's genitive is no company
	if types := typesOf(extractText(t, "Views\n\nIt was a Russian's view of the war.\n")); types["Russian's"] != "" {
		t.Errorf("a Russian's view: no company: %v", types)
	}
}

func TestWhoSpeaksAfterAPlaceIsNoPlace(t *testing.T) {
	d := extractText(t, "Visit\n\nThe minister arrived in Paris, Hale said on Monday.\n")
	if types := typesOf(d); types["Hale"] != "Person" {
		t.Errorf("'in Paris, Hale said': Hale typed %q", types["Hale"])
	}
	if f := facts(d); f["Paris locatedIn Hale"] {
		t.Errorf("no place after the comma: %v", f)
	}
	// a place's list mate is still a place
	if types := typesOf(extractText(t, "Storm\n\nThe storm hit Bergen, Vellmar and Oslo on Monday.\n")); class(types["Vellmar"]) != 'L' {
		t.Errorf("a list of places: Vellmar typed %q", types["Vellmar"])
	}
}

func TestAPersonsListMateAndASideByItsLastWord(t *testing.T) {
	d := extractText(t, "Derby\n\nSergio Aguero and Raheem Sterling scored in Manchester City's 2-0 win on Saturday, and the striker hit the post before the goal in the second half.\n\"He is struggling,\" City manager Pep Guardiola told reporters after the match.\n")
	if types := typesOf(d); types["Raheem Sterling"] != "Person" {
		t.Errorf("a full name beside a person's in a list is a person's: %v", types)
	}
	wantFacts(t, facts(d), "Pep Guardiola leaderOf Manchester City")
	// a genitive is no list mate's name
	if types := typesOf(extractText(t, "Vote\n\nAnn Chiang of DAB and Youngspiration's Yau Wai-ching lost their seats.\n")); types["Youngspiration's Yau Wai-ching"] == "Person" {
		t.Errorf("a genitive in a list: %v", types)
	}
}

func TestATitlesPluralNamesNoOne(t *testing.T) {
	if types := typesOf(extractText(t, "Summit in Leeds\n\nThe President met Governors and Mayors on Monday.\n")); types["Governors"] != "" || types["Mayors"] != "" {
		t.Errorf("titles in the plural: %v", types)
	}
}

func TestAnEventNamedAroundItsPlace(t *testing.T) {
	for text, want := range map[string]string{
		"Motene\n\nDesignerne viste store hatter på moteuka i Paris.\n": "Paris Fashion Week",
		"Løpet\n\nHun løp maratonet i Berlin i fjor.\n":                 "Berlin Marathon",
	} {
		if got := typesOf(extractText(t, text))[want]; got != "Event" {
			t.Errorf("%q: %s typed %q", text, want, got)
		}
	}
	// a battle's preposition stays its own: "slaget i X og Y" names no battle of X
	if types := typesOf(extractText(t, "Krigen\n\nHan ble hedret ved slaget i Bellenglise og Lehaucourt.\n")); types["Battle of Bellenglise"] != "" {
		t.Errorf("slaget i …: %v", types)
	}
}

func TestAQuotesFirstWordIsNoName(t *testing.T) {
	types := typesOf(extractText(t, "Show\n\n\"Part of what he is doing is that he is feeding you something every night,\" said Brent Montgomery.\n\"Millions of Americans will benefit,\" he added.\n"))
	if types["Part"] != "" || types["Millions"] != "" {
		t.Errorf("a quote's first common word: %v", types)
	}
	if types["Brent Montgomery"] != "Person" {
		t.Errorf("the speaker: %v", types)
	}
	// nor before a word that is also a side's role ("forward")
	if types := typesOf(extractText(t, "Cars\n\n\"Going forward, the industry will change,\" said Tom Hale.\n")); types["Going"] != "" {
		t.Errorf("\"Going forward\": %v", types)
	}
}

func TestACommonWordAfterATitleIsNoPerson(t *testing.T) {
	types := typesOf(extractText(t, "Review\n\nAccording to a review by PC World, this alone is worth $129.\nNeither company made any statement.\n"))
	if types["World"] != "" || types["Neither"] != "" {
		t.Errorf("'PC World', 'Neither company': %v", types)
	}
	// an honorific or an office still names its holder
	types = typesOf(extractText(t, "Vote\n\n\"We could bring a little unity,\" said Mr Flake on Saturday.\n"))
	if types["Flake"] != "Person" {
		t.Errorf("Mr Flake: %v", types)
	}
}

// Matching the score patterns in the lines that hold a score finds what
// matching the whole report finds: on the first and last line, on lines
// side by side and apart, with hyphens and en dashes, and no more than
// eight.
func TestScoreWindowsMatchAsTheWholeText(t *testing.T) {
	texts := []string{
		"Ayr 38 - 17 Melrose",
		"Report\nAyr 38 - 17 Melrose\nHawick 20–10 Kelso\n\nThe rest.\nSelkirk 5 -3 Gala",
		"Livingston 1–0 Rangers, and Arsenal beat Chelsea 2-0.\nMolde tapte 1-2 mot Rosenborg",
		"No score here, only 2019-20 and pages 10 - 12 of Reports.",
		"Ayr 38 - 17 Melrose\nx\nAyr 1-1 Melrose\nAyr 2-2 Melrose\nAyr 3-3 Melrose\nAyr 4-4 Melrose\nAyr 5-5 Melrose\nAyr 6-6 Melrose\nAyr 7-7 Melrose\nAyr 8-8 Melrose\n",
		"Ayr drew 1-1 with Melrose\nMelrose won 3-2 at Hawick",
	}
	total := 0
	for _, text := range texts {
		for _, re := range []*regexp.Regexp{scoreLine, resultLine} {
			want := re.FindAllStringSubmatch(text, 8)
			total += len(want)
			got := findAllIn(re, scoreWindows(text), 8)
			if len(got) != len(want) {
				t.Errorf("%q: %d matches in the windows, %d in the text", text, len(got), len(want))
				continue
			}
			for k := range want {
				if !slices.Equal(got[k][1:], want[k][1:]) {
					t.Errorf("%q: match %d is %q in the windows, %q in the text", text, k, got[k][1:], want[k][1:])
				}
			}
		}
	}
	if total < 12 {
		t.Errorf("the texts hold %d results; the test wants many", total)
	}
}

// A one-word name's ending gives its type, the longest ending first:
// "-forlaget" is a publisher (a company), though "-laget" is a club.
func TestOrgSuffixTypeLongestEnding(t *testing.T) {
	d := extractor(t).analyse("Boka kom ut i går.", "nb", "test")
	for w, want := range map[string]string{
		"Cappelenforlaget":      "Company",
		"Idrettslaget":          "Organization",
		"Arbeidsdepartementets": "GovernmentOrganization",
		"Fremskrittspartiet":    "PoliticalParty",
		"Oslo":                  "",
		"Laget":                 "",
	} {
		if got := d.orgSuffixType(w); got != want {
			t.Errorf("orgSuffixType(%q) = %q, want %q", w, got, want)
		}
	}
}

// A name the gazetteer writes in lower case, or opens with a lower-case
// word, is found as the gazetteer writes it ("easyJet", "peshmerga",
// "demokratene"), whatever the sentence around it.
func TestLowerCaseKnownNames(t *testing.T) {
	for _, c := range []struct{ lang, text, name string }{
		{"en", "The passengers flew with easyJet to Geneva on Monday.", "easyJet"},
		{"en", "Fighters of the peshmerga held the town on Monday.", "peshmerga"},
		{"nb", "Lederen for demokratene sa dette på mandag.", "demokratene"},
	} {
		if _, ok := mentionTexts(t, c.text, c.lang)[c.name]; !ok {
			t.Errorf("%q: %q not found (%v)", c.text, c.name, mentionTexts(t, c.text, c.lang))
		}
	}
}

// A Norwegian sentence may open with a compound of a noun only people are
// before the person's name: the compound describes, the name is the rest
// ("Rapperkollega Snoop Dogg", "Trebarnsmoren Snoop Dogg").
func TestPersonCompoundOpensNoName(t *testing.T) {
	for _, text := range []string{
		"Rapperkollega Snoop Dogg sa at han var glad for prisen.",
		"Trebarnsmoren Snoop Dogg skrev på Instagram at hun var sliten.",
	} {
		ms := mentionTexts(t, text, "nb")
		if _, ok := ms["Snoop Dogg"]; !ok {
			t.Errorf("%q: want Snoop Dogg, got %v", text, ms)
		}
	}
	// a name whose first word ends as such a noun, inside a sentence
	if ms := mentionTexts(t, "Han møtte Bergmann Hansen i Oslo.", "nb"); ms["Bergmann Hansen"] == "" {
		t.Errorf("a name inside the sentence lost its first word: %v", mentionTexts(t, "Han møtte Bergmann Hansen i Oslo.", "nb"))
	}
}

// A court case named by its parties is one name, an event, in both
// languages; a fixture's "v" without its dot names two sides.
func TestCourtCaseIsOneName(t *testing.T) {
	for _, c := range []struct{ lang, text, want string }{
		{"en", "The ruling in Roe v. Wade protected the right.", "Roe v. Wade"},
		{"en", "The judge cited Grace v. Sessions in her opinion.", "Grace v. Sessions"},
		{"en", "The Cisco Systems v. Apple case was settled.", "Cisco Systems v. Apple"},
		{"nb", "Dommen i Roe v. Wade ga kvinner retten til abort.", "Roe v. Wade"},
		{"nb", "Han viste til Grace v. Sessions-saken i retten.", "Grace v. Sessions"},
	} {
		ms := mentionTexts(t, c.text, c.lang)
		if ms[c.want] != "Event" {
			t.Errorf("%q: want the event %q, got %v", c.text, c.want, ms)
		}
		if _, ok := ms["Roe"]; ok {
			t.Errorf("%q: a party alone named: %v", c.text, ms)
		}
	}
	if ms := mentionTexts(t, "Arsenal v Chelsea was a tight game.", "en"); ms["Arsenal v Chelsea"] != "" {
		t.Errorf("a fixture read as a case: %v", ms)
	}
}

// A party's gathering named by the party and its noun is an event, named
// alike in both languages, and the party stays named in it.
func TestPartyConferenceIsAnEvent(t *testing.T) {
	for _, c := range []struct{ lang, text, event, party string }{
		{"en", "Speaking at the Labour conference in Liverpool, Jeremy Corbyn attacked the government.", "Labour Party conference", "Labour Party"},
		{"nb", "På Tory-konferansen i Birmingham forsvarte Theresa May planen sin for brexit.", "Conservative Party conference", "Conservative Party"},
	} {
		d := extractor(t).analyse(c.text, c.lang, "test")
		if e := d.entities[Key(c.event)]; e == nil || e.typ != "Event" {
			t.Errorf("%q: no event %q (%v)", c.text, c.event, mentionTexts(t, c.text, c.lang))
		}
		found := false
		for _, e := range d.entities {
			found = found || e.name == c.party && len(e.mentions) > 0
		}
		if !found {
			t.Errorf("%q: the party %q is not named", c.text, c.party)
		}
	}
}

// A flight named by its airline and number is an event, the airline named
// in it; "Flight" alone before a number names nothing.
func TestFlightIsAnEvent(t *testing.T) {
	text := "The losses of Adam Air Flight 574 and Air France Flight 447 led to new rules. The crew of Flight 9 were safe."
	ms := mentionTexts(t, text, "en")
	for _, want := range []string{"Adam Air Flight 574", "Air France Flight 447"} {
		if ms[want] != "Event" {
			t.Errorf("no event %q: %v", want, ms)
		}
	}
	d := extractor(t).analyse(text, "en", "test")
	if e := d.entities[Key("Adam Air")]; e == nil || e.typ != "Company" {
		t.Errorf("the airline is not named: %v", ms)
	}
	if _, ok := ms["Flight 9"]; ok {
		t.Errorf("a flight without its airline named: %v", ms)
	}
}

// The Korean War is one known event in both languages, however Norwegian
// writes it ("Koreakrigen", "koreakrigen").
func TestKoreanWarIsKnown(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"en", "The armistice that ended the Korean War was signed in 1953."},
		{"nb", "Mange har krysset grensen siden slutten av koreakrigen i 1953."},
		{"nb", "Koreakrigen endte med en våpenhvile i 1953."},
	} {
		d := extractor(t).analyse(c.text, c.lang, "test")
		if e := d.entities["korean-war"]; e == nil || e.qid != "Q8663" || len(e.mentions) == 0 {
			t.Errorf("%q: the Korean War not named (%v)", c.text, mentionTexts(t, c.text, c.lang))
		}
	}
}

// A leader's name before "administration" names the government the
// leader heads, named in English in both languages; the leader stays
// named, and the government speaks when it "said".
func TestAdministrationIsAGovernment(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"en", "The Trump administration said on Monday that it would act on trade."},
		{"nb", "Trump-administrasjonen sa mandag at den ville gripe inn, og Donald Trump svarte kritikerne."},
	} {
		d := extractor(t).analyse(c.text, c.lang, "test")
		if e := d.entities[Key("Trump administration")]; e == nil || e.typ != "GovernmentOrganization" {
			t.Errorf("%q: no Trump administration (%v)", c.text, mentionTexts(t, c.text, c.lang))
		}
		if e := d.entities["donald-trump"]; e == nil || len(e.mentions) == 0 {
			t.Errorf("%q: Donald Trump not named", c.text)
		}
	}
	for _, c := range []struct{ lang, text, want string }{
		{"en", "The strike was provoked by the Thatcher government's neglect of the mines. Margaret Thatcher said nothing.", "Thatcher government"},
		{"nb", "Solberg-regjeringen la fram budsjettet mandag, og Erna Solberg forsvarte det.", "Solberg government"},
		{"nb", "Streiken kom etter Thatcher-regjeringens forsømmelse av gruvene, sa de.", "Thatcher government"},
		{"nb", "Pengemangel har vært et problem for Jokos administrasjon, sier Joko Widodo.", "Joko administration"},
	} {
		if e := extractor(t).analyse(c.text, c.lang, "test").entities[Key(c.want)]; e == nil || e.typ != "GovernmentOrganization" {
			t.Errorf("%q: no %s (%v)", c.text, c.want, mentionTexts(t, c.text, c.lang))
		}
	}
	// the leader's name alone stays the leader's
	if types := typesOf(extractText(t, "Politics\n\nAs for the Clinton administration, let me say one thing in its defense. Clinton tried, and tried hard.\n")); types["Clinton"] != "Person" {
		t.Errorf("Clinton alone is the leader: %v", types)
	}
	c := claimsOf(t, "Aid\n\nU.S. President Barack Obama's administration said it would not give more aid to the firm.\n")
	if len(c["Obama administration"]) == 0 {
		t.Errorf("the administration said it: %v", c)
	}
}

func TestNoNameGluedToAKnownTownOrANorwegianOpeningVerb(t *testing.T) {
	for text, want := range map[string][]string{
		"Valg\n\nListetoppen for partiet i Tromsø Håvard Krane har sagt at han vil bli ordfører.\n":   {"Tromsø", "Håvard Krane"},
		"Valg\n\nDanner Høyre regjering med Frp etter valget til høsten, eller blir det noe annet?\n": {"Høyre"},
	} {
		names := map[string]bool{}
		for _, e := range extractText(t, text).Entities {
			names[e.Name] = true
		}
		for _, w := range want {
			if !names[w] {
				t.Errorf("%q: no %q among %v", text, w, names)
			}
		}
	}
}

func TestTheOfficesFieldEndsTheTitle(t *testing.T) {
	for text, want := range map[string]string{
		"Offensive\n\nIraqi Minister of Defense Hazem Shaalan said the offensive would start soon.\n": "Hazem Shaalan",
		"Union\n\nBuzz Hargrove, the president of Canadian Auto Workers said the jobs would stay.\n":  "Canadian Auto Workers",
	} {
		names := map[string]bool{}
		for _, e := range extractText(t, text).Entities {
			names[e.Name] = true
		}
		if !names[want] {
			t.Errorf("%q: no %q among %v", text, want, names)
		}
	}
}

func TestAPostsFooterNamesNoOne(t *testing.T) {
	d := extractText(t, "Truce\n\nHamas has announced an end to rocket attacks on Israel after a weekend of violence.\n\nPosted by Hidden Nook to Hidden Nook at 9/26/2005 08:14:00 PM\n")
	for _, e := range d.Entities {
		if e.Name == "Hidden Nook" {
			t.Errorf("the blog's footer made an entity: %+v", e)
		}
	}
	if len(d.Entities) < 2 {
		t.Errorf("the article's names are gone too: %+v", d.Entities)
	}
}

func TestShoutedCommonWordsNameNothing(t *testing.T) {
	d := extractText(t, "Review\n\nThere are a couple of decent people working there, but the rest are VERY dishonest. Barb does an AMAZING JOB every week. PLEASE NOTE: the office at NATO in Brussels closes early. We flew out of LAX airport. Betty Sutton put forward the CARS act on Monday, and the Canadian Auto Workers union agreed.\n")
	names := map[string]bool{}
	for _, e := range d.Entities {
		names[e.Name] = true
	}
	for _, w := range []string{"VERY", "AMAZING JOB", "AMAZING", "JOB", "NOTE", "PLEASE NOTE"} {
		if names[w] {
			t.Errorf("%q, shouted, became a name: %v", w, names)
		}
	}
	for _, w := range []string{"NATO", "Brussels"} {
		if !names[w] {
			t.Errorf("%q is lost: %v", w, names)
		}
	}
	for _, prefix := range []string{"LAX", "CARS", "Canadian Auto Workers"} {
		found := false
		for n := range names {
			found = found || strings.HasPrefix(n, prefix)
		}
		if !found {
			t.Errorf("%q is lost: %v", prefix, names)
		}
	}
	acronym := extractText(t, "Union\n\nThe Canadian Auto Workers (CAW) met on Monday. Clement hopes that the CAW will support the restructuring process.\n")
	caw := false
	for _, e := range acronym.Entities {
		caw = caw || e.Name == "CAW" || slices.Contains(e.Aliases, "CAW")
	}
	if !caw {
		t.Errorf("the union's acronym in brackets, a common word, names nothing: %+v", acronym.Entities)
	}
}

func TestAListOfPeoplesNamesIsNoHeadline(t *testing.T) {
	d := extractText(t, "Teams\n\nThe analyst teams met on Monday to plan the year.\nKristen Quinn, Sarah Mulholland, Samuel Pak, Daniel Kang\n")
	names := map[string]string{}
	for _, e := range d.Entities {
		names[e.Name] = e.Type
	}
	for _, w := range []string{"Kristen Quinn", "Sarah Mulholland", "Samuel Pak", "Daniel Kang"} {
		if names[w] != "Person" {
			t.Errorf("%q of the list: %q (%v)", w, names[w], names)
		}
	}
}

func TestAWordThatNamesOnlyAFamousPersonIsAPerson(t *testing.T) {
	d := extractText(t, "Literary notes\n\nThe novel was praised by Hemingway in a letter. Later critics compared it to Tolstoy and Proust, and a museum shop sold the Campbell's Soup tins beside it.\n")
	types := typesOf(d)
	wantTypes(t, types, map[string]string{"Hemingway": "Person", "Tolstoy": "Person", "Proust": "Person"})
	if types["Campbell"] == "Person" {
		t.Errorf("a brand named after someone became a person: %v", types)
	}
	nb := extractText(t, "Teater\n\nStykket ble skrevet lenge etter at Ibsen døde, men kritikerne sammenligner det med Strindberg.\n")
	wantTypes(t, typesOf(nb), map[string]string{"Strindberg": "Person"})
}

// Norwegian writes adjectives of nationality in lower case, so a
// capitalised one opens a body's name ("skriver Norsk Vind at", "Svensk
// Energi har"), not a person's; before a given name it still describes
// the person ("Svenske Zlatan Ibrahimović scoret").
func TestCapitalisedNationalityOpensAName(t *testing.T) {
	for _, c := range []struct{ text, name, typ string }{
		{"Sak\n\nI en pressemelding skriver Norsk Vind at produksjonen skal økes med ti prosent. Selskapet holder til i Bergen.\n", "Norsk Vind", "Organization"},
		{"Sak\n\nSvensk Energi har bedt om et møte med regjeringen. Organisasjonen representerer kraftbransjen.\n", "Svensk Energi", "Organization"},
		{"Sak\n\nSvenske Zlatan Ibrahimović scoret to mål i kampen. Laget vant 3-0 på hjemmebane.\n", "Zlatan Ibrahimović", "Person"},
	} {
		if got := typesOf(extractText(t, c.text))[c.name]; got != c.typ {
			t.Errorf("%q: %s is %q, want %s", c.text, c.name, got, c.typ)
		}
	}
}

// Norway names national bodies with its genitive: "Norges Seilforbund" is
// one body, where "Russlands Gazprom" is a state's known company and
// "Norges statsminister" a state's office.
func TestStateGenitiveOpensABodysName(t *testing.T) {
	d := extractText(t, "Sak\n\nNorges Seilforbund opplyser at mannskapet kommer hjem i dag. Norges Bygdepensjonistforbund og Russlands Gazprom er uenige. Norges statsminister var til stede.\n")
	types := typesOf(d)
	wantTypes(t, types, map[string]string{"Norges Seilforbund": "Organization", "Norges Bygdepensjonistforbund": "Organization", "Gazprom": "Company", "Norway": "Country", "Russia": "Country"})
	for name := range types {
		if name == "Seilforbund" || name == "Bygdepensjonistforbund" {
			t.Errorf("the state's genitive was split from its body's name: %v", types)
		}
	}
}

// "Norsk Spillerforening har …" opening a sentence is one body, though the
// article writes "norsk" in lower case elsewhere ("norsk fotball").
func TestNationalityOpeningABodysNameAtSentenceStart(t *testing.T) {
	d := extractText(t, "Fotball\n\nDet er ikke flere kamper norsk fotball trenger, sier treneren.\n\nNorsk Keeperforening har også gått imot utvidelsen.\n")
	wantTypes(t, typesOf(d), map[string]string{"Norsk Keeperforening": "Organization"})
}

// "ordfører i Lom", "Ordføreren i Vågå": a mayor's town, as "the mayor
// of Lom"; "ordfører i Bergen kommune" is the municipality's body.
func TestMayorsTown(t *testing.T) {
	for _, c := range []struct{ text, name, typ string }{
		{"Sak\n\nPer Dahl kaller forslaget et angrep på distriktene. Han er ordfører i Lom.\n", "Lom", "City"},
		{"Sak\n\nOrdføreren i Vågå, Kari Holm, er enig i kritikken. Hun har vært ordfører i åtte år.\n", "Vågå", "City"},
		{"Sak\n\nPer Dahl er ordfører i Bergen kommune. Han har vært ordfører i mange år og vil fortsette.\n", "Bergen kommune", "Organization"},
	} {
		if got := typesOf(extractText(t, c.text))[c.name]; got != c.typ {
			t.Errorf("%q: %s is %q, want %s", c.text, c.name, got, c.typ)
		}
	}
}

func TestPassiveAgentNamesNoKind(t *testing.T) {
	// "Per Hansen ble sett av avisen": the newspaper saw him; he is no
	// newspaper (a copula's kind noun heads its own phrase only)
	d := extractText(t, "Tittel\n\nOrdfører Arne Sandnes gikk ut i media.\nPer Hansen ble intervjuet av avisen.\n")
	if e := entityByName(d, "Per Hansen"); e == nil || e.Type != "Person" {
		t.Errorf("a passive's agent typed the subject: %+v", d.Entities)
	}
}

func TestCompassPointOpensAPlaceName(t *testing.T) {
	d := extractText(t, "Fighting\n\nMinova is a supply hub for Goma, the capital of North Kivu. West Nusa Tenggara was hit by the quake.\n")
	for _, name := range []string{"North Kivu", "West Nusa Tenggara"} {
		if e := entityByName(d, name); e == nil || class(e.Type) != 'L' {
			t.Errorf("%s is no place: %+v", name, e)
		}
	}
}

func TestCompoundCueOpeningASentence(t *testing.T) {
	// "Oppdrettsselskapet Nordkyst ASA …": the compound cue types the name
	// after it, as it does in lower case, and is no part of it
	d := extractText(t, "Oppkjøp\n\nOppdrettsselskapet Nordkyst ASA har lagt inn et bud på konkurrenten Havbris Sjømat. Nordkyst er basert i Bodø.\n")
	if e := entityByName(d, "Nordkyst ASA"); e == nil || class(e.Type) != 'O' {
		t.Errorf("the company's name kept its cue or lost its type: %+v", d.Entities)
	}
}

func TestForumIsABodysWord(t *testing.T) {
	d := extractText(t, "Summit\n\nThe Pacific Islands Forum met in Suva. The Forum's secretary-general, Losana Tuilagi, described the outcome as historic.\n")
	if e := entityByName(d, "Pacific Islands Forum"); e == nil || e.Type != "Organization" {
		t.Errorf("the forum is no body: %+v", d.Entities)
	}
	if !facts(d)["Losana Tuilagi leaderOf Pacific Islands Forum"] {
		t.Errorf("the forum's secretary-general leads it: %v", facts(d))
	}
}

func TestAccentedGivenNameOpensAPersonsName(t *testing.T) {
	d := extractText(t, "Talks\n\nTomás Kiala, Angola's top diplomat, proposed a truce.\n")
	if e := entityByName(d, "Tomás Kiala"); e == nil || e.Type != "Person" {
		t.Errorf("a given name written with its accent opens no person's name: %+v", d.Entities)
	}
	if !facts(d)["Tomás Kiala represents Angola"] {
		t.Errorf("the diplomat speaks for no state: %v", facts(d))
	}
}

// "i Revisjonsfirmaet Dahl & Berg": a body's kind compounded into the
// first word types the name; "Lillehammer kommunes rådmann": the genitive
// of a place's body names the body.
func TestNorwegianBodyNamesByTheirKind(t *testing.T) {
	d := extractText(t, "Sak\n\nRevisor Per Holm i Revisjonsfirmaet Dahl & Berg sier at regnskapet er i orden.\nLillehammer kommunes rådmann, Kari Lunde, mener saken er avsluttet.\n")
	wantTypes(t, typesOf(d), map[string]string{"Revisjonsfirmaet Dahl & Berg": "Company", "Lillehammer kommune": "Organization"})
	if e := entityByName(d, "Lillehammer kommune"); e == nil || !slices.Contains(e.Aliases, "Lillehammer kommunes") {
		t.Errorf("the genitive as written is no alias: %+v", e)
	}
	en := extractText(t, "Marathon\n\nKenya's Faith Chepkoech finished second.\n")
	if e := entityByName(en, "Kenya"); e == nil || !slices.Contains(e.Aliases, "Kenya's") {
		t.Errorf("the genitive as written is no alias: %+v", e)
	}
}

// "Kalungwe, a fishing port on the shore of Lake Edward, …", "Gressvik,
// et tettsted vest for elva …": a one-word name opening the sentence is a
// place by its apposition, a modifier or two before the place's noun.
func TestPlaceByItsModifiedApposition(t *testing.T) {
	en := extractText(t, "Fighting\n\nRebels captured the town on Saturday after two days of fighting, officials said.\nMbokoro, a fishing port on the shore of the lake, had been held by the army.\n")
	wantTypes(t, typesOf(en), map[string]string{"Mbokoro": "Place"})
	nb := extractText(t, "Skole\n\nDet er ikke første gang at saken skaper debatt, og flere av partiene har reagert kraftig på forslaget.\nHolmsund, et tettsted vest for elva, har hatt egen skole siden 1890-tallet.\n")
	wantTypes(t, typesOf(nb), map[string]string{"Holmsund": "Place"})
}

// A dateline's place in capitals is the place in its usual case, or a
// city where the gazetteer knows none, not an acronym's body; a common
// word in capitals before a dash is no dateline.
func TestDatelinesInCapitals(t *testing.T) {
	types := typesOf(extractText(t, "Sudan army retakes town\n\nKHARTOUM — Sudan's army said on Tuesday that it had seized a market town.\n\nThe RSF, which still holds most of Darfur, did not confirm the loss.\n"))
	if types["Khartoum"] != "City" || types["KHARTOUM"] != "" || class(types["Darfur"]) != 'L' {
		t.Errorf("types: %v", types)
	}
	types = typesOf(extractText(t, "Storm\n\nPORT HEDLAND — Cyclone winds closed the harbour on Monday, officials said.\n"))
	if types["Port Hedland"] != "City" {
		t.Errorf("an unknown dateline: %v", types)
	}
	types = typesOf(extractText(t, "Markets\n\nUPDATE - Shares in Oslo fell on Monday.\n"))
	if _, ok := types["Update"]; ok {
		t.Errorf("a common word is a dateline: %v", types)
	}
}

// A government's word the stopwords hold ends a body's name of two words
// or more: "the National Unity Government", not "National Unity".
func TestGovernmentEndingABodysName(t *testing.T) {
	d := extractText(t, "Myanmar\n\nThe junta bombed a village. Aung Kyaw, who speaks for the National Unity Government, called it a crime.\n")
	types := typesOf(d)
	if class(types["National Unity Government"]) != 'O' {
		t.Errorf("types: %v", types)
	}
	wantFacts(t, facts(d), "Aung Kyaw represents National Unity Government")
}

// Norwegian bodies' names: a compound's first part suspended before "og"
// ("Norsk Nærings- og Nytelsesmiddelarbeiderforbund"), the kind of body
// opening the sentence before the name ("Supporterklubben Kjernen"), and
// a body's name ending in the country after such a kind ("ALS Norge").
func TestNorwegianBodiesNamesWithSuspendedCompoundsAndKinds(t *testing.T) {
	d := extractText(t, "Streik\n\nForhandlingene mellom NHO og Norsk Olje- og Gassarbeiderforbund brøt sammen natt til mandag, og forbundet varsler streik.\n\n"+
		"Supporterklubben Ravnen har i flere uker krevd at treneren går.\n\nPasientorganisasjonen MS Norge har lenge kjempet for nye medisiner.\n")
	types := typesOf(d)
	for _, name := range []string{"Norsk Olje- og Gassarbeiderforbund", "Ravnen", "MS Norge"} {
		if class(types[name]) != 'O' {
			t.Errorf("%s is no body: %v", name, types)
		}
	}
	wantNoNames(t, types, "Supporterklubben Ravnen", "Norsk Olje", "MS")
}

// The tagger's class for a span whose words it splits evenly is the
// class of the span's last word, every time ("Fjordvare AS" was a place
// or a company as a map's order fell).
func TestSpanClassTieIsTheHeads(t *testing.T) {
	for k := 0; k < 50; k++ {
		if got := spanClass([]string{"B-LOC", "B-ORG"}); got != "ORG" {
			t.Fatalf("run %d: spanClass(B-LOC B-ORG) = %q, want ORG", k, got)
		}
		if got := spanClass([]string{"B-ORG", "I-ORG", "B-LOC"}); got != "ORG" {
			t.Fatalf("run %d: spanClass(B-ORG I-ORG B-LOC) = %q, want ORG", k, got)
		}
		if got := spanClass([]string{"O", "B-PER", "O"}); got != "" {
			t.Fatalf("run %d: a third of the words = %q, want none", k, got)
		}
	}
	for k := 0; k < 20; k++ {
		d := extractText(t, "Brann i Lier\n\nBrannen i lokalene til Fjordvare AS på Lierstranda ble meldt like etter klokken 02.\n")
		if e := entityByName(d, "Fjordvare AS"); e == nil || e.Type != "Company" && e.Type != "Organization" {
			t.Fatalf("run %d: Fjordvare AS is %+v, want a body", k, e)
		}
	}
}

// A byline set in Title Case names its writer after the outlet's
// genitive: the name is a person's though the line capitalises every word.
func TestNameAfterAGenitiveInATitleCaseLine(t *testing.T) {
	for _, text := range []string{
		"Hartside beat Kelton\n\nHartside beat Kelton 2-0 on Saturday at Mill Lane.\n\nRadio Wessex's Morag Dunbar at Mill Lane\nA fine result for Hartside.\n",
		"Hartside slo Kelton\n\nHartside slo Kelton 2-0 lørdag på Mill Lane.\n\nSkottlands Morag Dunbar på Mill Lane\nEt godt resultat for Hartside.\n",
	} {
		types := typesOf(extractText(t, text))
		if types["Morag Dunbar"] != "Person" {
			t.Errorf("the byline's writer: got %v", types)
		}
	}
	// a headline's capitalised words after a genitive are no person's
	// name unless a given name opens them
	types := typesOf(extractText(t, "Kelton's Grand Plan Falls Apart\n\nThe club's plan to move failed on Monday.\n"))
	if _, ok := types["Grand Plan Falls Apart"]; ok {
		t.Errorf("a headline's words: got %v", types)
	}
}

// Cycling's grand tours and governing body are known by name: "de" inside
// "Tour de France" names no person.
func TestSportsEventsAndBodiesByName(t *testing.T) {
	types := typesOf(extractText(t, "Cycling\n\nHe hopes to ride the Tour de France and the Giro d'Italia next year, the Union Cycliste Internationale said.\n"))
	for name, want := range map[string]string{"Tour de France": "Event", "Giro d'Italia": "Event", "Union Cycliste Internationale": "Organization"} {
		if types[name] != want {
			t.Errorf("%s: got %q, want %s (%v)", name, types[name], want, types)
		}
	}
}

// A name's capitalised particle stays in the name though the article
// writes the same word in lower case elsewhere ("Tour de France").
func TestNameParticleSeenInLowerCaseElsewhere(t *testing.T) {
	d := extractText(t, "Cycling\n\nKoen Van Smedt, the general manager of Hallstad Cycling, said the team had never doubted him. He hopes to ride the Tour van Vlaanderen, and the Tour de France next year.\n")
	types := typesOf(d)
	if types["Koen Van Smedt"] != "Person" {
		t.Errorf("Koen Van Smedt: got %v", types)
	}
	if got := claimsBy(d); len(got["Koen Van Smedt"]) == 0 || !strings.Contains(got["Koen Van Smedt"][0], "never doubted") {
		t.Errorf("his claim: %v", got)
	}
}

// Norwegian military ranks are titles, left out of the name as other
// titles are, also where they open the sentence.
func TestNorwegianRanksAreTitles(t *testing.T) {
	types := typesOf(extractText(t, "Krigen\n\nOberst Didier Kasongo sier at angrepet var vellykket. Det bekrefter oberstløytnant Kari Nes.\n"))
	for _, name := range []string{"Didier Kasongo", "Kari Nes"} {
		if types[name] != "Person" {
			t.Errorf("%s: got %v", name, types)
		}
	}
}

// Agencies news quotes on quakes, storms and the coast are known by name.
func TestAgenciesByName(t *testing.T) {
	types := typesOf(extractText(t, "Quake\n\nThe quake struck before dawn on Monday, the United States Geological Survey said. The National Hurricane Center said the storm would weaken.\n"))
	for _, name := range []string{"United States Geological Survey", "National Hurricane Center"} {
		if types[name] != "GovernmentOrganization" {
			t.Errorf("%s: got %v", name, types)
		}
	}
	types = typesOf(extractText(t, "Fiske\n\nIfølge Kystvakten er det i dag rundt 20 fartøyer i området ved Bodø.\n"))
	if types["Norwegian Coast Guard"] != "GovernmentOrganization" {
		t.Errorf("Kystvakten: got %v", types)
	}
}

// A name set off after a possessive's title and where the envoy is sent
// is a person's, not a place's: "Its special envoy to the Pacific, Liu
// Jianhong, held talks".
func TestEnvoyToAPlaceThenAName(t *testing.T) {
	types := typesOf(extractText(t, "Pacific\n\nChina has stepped up its diplomacy in the region. Its special envoy to the Pacific, Liu Jianhong, held talks with the Solomon Islands foreign minister.\n"))
	if types["Liu Jianhong"] != "Person" {
		t.Errorf("Liu Jianhong: got %v", types)
	}
}

// An app, a platform or a drugmaker before a name types it a company:
// "the fitness app Strideline" is no place.
func TestAppAndPlatformCues(t *testing.T) {
	types := typesOf(extractText(t, "Fine\n\nIreland's watchdog has fined the fitness app Strideline after hackers stole its data. Strideline said it would appeal.\n"))
	if types["Strideline"] != "Company" {
		t.Errorf("Strideline: got %v", types)
	}
}

// "calling itself X": what calls itself something is no person.
func TestCallingItself(t *testing.T) {
	types := typesOf(extractText(t, "Hack\n\nThe breach came to light when a criminal group calling itself Black Orchid offered the files for sale.\n"))
	if types["Black Orchid"] != "Organization" {
		t.Errorf("Black Orchid: got %v", types)
	}
}

// A job's noun in an apposition that goes on with "who" is a person's
// job, though the given name is unknown: "Kees Brouwer, a crane operator
// and FNV member who has worked at the port".
func TestJobAppositionWithWho(t *testing.T) {
	d := extractText(t, "Strike\n\nAmong the strikers was Kees Brouwer, a crane operator and FNV member who has worked at the port for 23 years.\n")
	if types := typesOf(d); types["Kees Brouwer"] != "Person" {
		t.Errorf("Kees Brouwer: got %v", types)
	}
	if f := facts(d); !f["Kees Brouwer memberOf FNV"] {
		t.Errorf("his union: %v", f)
	}
}

// An acronym in brackets after a body's name is the body's when it holds
// the name's initials in another order, as the name's own language has
// them: "the National Institute of Civil Defence (INDECI)".
func TestBracketedAcronymInAnotherLanguage(t *testing.T) {
	d := extractText(t, "Quake\n\nRafael Quispe, who took the helm at the National Institute of Civil Defence (INDECI) in March, said soldiers had been deployed.\n")
	if f := facts(d); !f["Rafael Quispe leaderOf National Institute of Civil Defence"] {
		t.Errorf("the institute's head: %v", f)
	}
	for _, e := range d.Entities {
		if e.Name == "INDECI" {
			t.Errorf("the acronym is an entity of its own: %v", typesOf(d))
		}
	}
	// initials the acronym does not hold name another body
	d = extractText(t, "Aid\n\nThe Harbour Rescue Trust (QXV) said the clinic had closed.\n")
	merged := true
	for _, e := range d.Entities {
		merged = merged && e.Name != "QXV"
	}
	if merged {
		t.Errorf("QXV spells no initials of the trust: %v", typesOf(d))
	}
}
