package extract

import (
	"slices"
	"strings"
	"testing"

	"kg/loaders"
)

// Relations between entities. The texts are written for the tests.

func TestRelativeClauseHeadHoldsTheTitle(t *testing.T) {
	// the name right before ", is" closes a relative clause: the title
	// is its head's
	f := factsOf(t,
		"Investor\n\nMaria Olsen, whose memoir was published last spring by Nordby Press, is chief executive of Harbor Capital Partners, a fund.\n",
		"Investor\n\nMaria Olsen, hvis bok ble utgitt i fjor av forlaget til Per Nordby, er leder for Harbor Capital Partners, et fond som ikke har vært mye omtalt.\n")
	wantFacts(t, f, "Maria Olsen leaderOf Harbor Capital Partners")
	for k := range f {
		if k == "Nordby Press leaderOf Harbor Capital Partners" || k == "Per Nordby leaderOf Harbor Capital Partners" {
			t.Errorf("the relative clause's last name took the title: %v", f)
		}
	}
}

func TestSpokesmanForAPersonRepresentsNoBody(t *testing.T) {
	// "a White House spokesman for Mr. Bolton": Bolton is whom the
	// spokesman speaks for, not the White House's spokesman
	f := factsOf(t, "Debate\n\nJohn Bolton argued for sanctions at the meeting in March. A White House spokesman for Mr. Bolton declined to comment on the details of the debate.\n"+
		"The UN envoy for Syria, Staffan de Mistura, said talks would go on.\n")
	if f["John Bolton represents White House"] {
		t.Errorf("'a White House spokesman for Mr. Bolton' made Bolton the spokesman: %v", f)
	}
	wantFacts(t, f, "Staffan de Mistura represents United Nations")
	if f["Staffan de Mistura represents Syria"] {
		t.Errorf("the envoy for Syria is sent there, not sent by it: %v", f)
	}
}

func TestSeaLiesInNoCountry(t *testing.T) {
	f := factsOf(t,
		"Plane crash\n\nThe plane crashed into a lagoon in the Pacific Ocean in Micronesia on Friday, the airline said.\n",
		"Flystyrt\n\nFlyet som krasjet i en lagune i Stillehavet i Mikronesia på fredag, var på vei fra Pohnpei. Det sier flyselskapet.\n")
	for k := range f {
		if k == "Pacific Ocean locatedIn Micronesia" {
			t.Errorf("an ocean placed in a country: %v", f)
		}
	}
}

func TestCommaOfMembership(t *testing.T) {
	f := factsOf(t, "Vaccine\n\nProfessor Anna Weiss, of the National Cancer Institute in Bethesda, said the results were promising.\n")
	wantFacts(t, f, "Anna Weiss memberOf National Cancer Institute")
}

func TestPlacesInAListLieInNoneOfEachOther(t *testing.T) {
	f := factsOf(t,
		"Routes\n\nThe airline recently launched three new routes to San Francisco, Orlando, and Washington. "+
			"A survey was carried out in New South Wales, Victoria, South Australia and Queensland.\n"+
			"The plant in Grand Blanc Township, Genesee County, Michigan, will close. The gap between Kansas City, Missouri, and Omaha, Nebraska, is large.\n",
		"Ruter\n\nFlyselskapet har nylig startet nye ruter til San Francisco, Orlando og Washington, og det er ikke de siste.\n")
	for _, bad := range []string{"San Francisco locatedIn Orlando", "New South Wales locatedIn Victoria"} {
		if f[bad] {
			t.Errorf("%s: a list read as a chain: %v", bad, f)
		}
	}
	wantFacts(t, f, "Kansas City locatedIn Missouri", "Omaha locatedIn Nebraska", "Grand Blanc Township locatedIn Genesee County")
}

func TestLeaderIsNoMereMember(t *testing.T) {
	// "the chief executive officer of X" leads X; a leader named a member
	// elsewhere in the article ("Acme executive Jane Roe") is its leader
	f := factsOf(t, "Acme executive Jane Roe resigns\n\nJane Roe, the chief executive officer of Acme Corporation, announced on Monday that she would step down.\n")
	wantFacts(t, f, "Jane Roe leaderOf Acme Corporation")
	if f["Jane Roe memberOf Acme Corporation"] {
		t.Errorf("the leader is also given as a member: %v", f)
	}
}

func TestMinorityLeaderLeadsNoChamber(t *testing.T) {
	// "Minoritetsleder i X": "leder" inside a longer word is no leader's title
	f := factsOf(t, "Pelosi\n\nMinoritetsleder i Representantenes hus, Nancy Pelosi, kalte kandidaten «hysterisk» på lørdag. Hun sa også at han ikke var skikket til å sitte i retten, og det var ikke første gang.\n")
	for k := range f {
		if k == "Nancy Pelosi leaderOf US House of Representatives" {
			t.Errorf("a minority leader taken for the chamber's leader: %v", f)
		}
	}
}

func TestFormerBeforeTheBodyEndsTheRole(t *testing.T) {
	f := factsOf(t, "Match report\n\nRangers managed just two shots on target, and former Kilmarnock goalkeeper Liam Kelly was barely troubled. Kilmarnock striker Eamonn Brophy scored twice.\n")
	if f["Liam Kelly memberOf Kilmarnock FC"] || f["Liam Kelly memberOf Kilmarnock"] {
		t.Errorf("'former Kilmarnock goalkeeper Liam Kelly' is no member now: %v", f)
	}
	wantFacts(t, f, "Eamonn Brophy memberOf Kilmarnock FC")
}

func TestNorwegianTitlesAndMemberships(t *testing.T) {
	f := factsOf(t,
		"Nyheter\n\nProfessor Jay Berzofsky ved US National Cancer Institute i Bethesda i Maryland sa at vaksinen er lovende, og det er ikke første gang.\n\n"+
			"Kempf uttalte seg etter et møte nylig mellom den tyske kansleren Angela Merkel og den russiske presidenten, Vladimir Putin.\n\n"+
			"Amy Chozick, en frilansskribent for The Times som dekker næringslivet, har skrevet en bok om valget.\n\n"+
			"Konservativ backbencher Peter Bone fortalte demonstrantene i Birmingham at de ikke skulle gi seg.\n\n"+
			"Talsperson for Air Navigation Indonesia, Yohannes Sirait, sa at beslutningen kan ha spart mange liv.\n\n"+
			"Lee, hvis bok ble utgitt av forlaget denne måneden, er direktør for Sinovation Ventures, som har investert i Kina.\n")
	wantFacts(t, f, "Jay Berzofsky memberOf National Cancer Institute", "Angela Merkel leaderOf Germany",
		"Amy Chozick memberOf The Times", "Peter Bone memberOf Conservative Party",
		"Yohannes Sirait represents Air Navigation Indonesia", "Lee leaderOf Sinovation Ventures")
}

func TestTeamNameOpeningASentence(t *testing.T) {
	// "Lakers coach X" opening a sentence after "the Los Angeles Lakers"
	f := factsOf(t, "Lakers\n\nThe wait is nearly over for fans looking to see LeBron James make his first start for the Los Angeles Lakers.\n\n"+
		"Lakers coach Luke Walton has announced that James will play limited minutes.\n")
	wantFacts(t, f, "Luke Walton leaderOf Los Angeles Lakers")
}

func TestPartyBeforeALowerCaseWordAndTitle(t *testing.T) {
	f := factsOf(t, "Senate race\n\nWarren is running for re-election in November against GOP state Rep. Geoff Diehl, who was co-chairman of the campaign.\n")
	wantFacts(t, f, "Geoff Diehl memberOf Republican Party")
}

func TestShadowMinisterIsAPartyMember(t *testing.T) {
	f := factsOf(t, "Asylum\n\nLabour's Shadow Home Secretary Yvette Cooper said her party had supported the idea for months.\n")
	wantFacts(t, f, "Yvette Cooper memberOf Labour Party")
	if f["Yvette Cooper represents United Kingdom"] {
		t.Errorf("a shadow minister holds no office: %v", f)
	}
}

func TestAdviserToAGovernment(t *testing.T) {
	f := factsOf(t, "Talks\n\nAhmed Salem, an adviser to the Libyan government, said talks had stalled.\n")
	wantFacts(t, f, "Ahmed Salem memberOf Libyan government")
}

func TestNorwegianActionsAndMeetings(t *testing.T) {
	f := factsOf(t,
		"Nyheter\n\nMaria Lopez, som leder den chilenske gruveforeningen Sonami, sa at streiken vil skade eksporten, og det er ikke første gang.\n\n"+
			"Israel gjennomførte luftangrep mot Gaza mandag.\n\n"+
			"Kina og India holdt samtaler om grensekonflikten i Beijing.\n\n"+
			"Statsminister Erna Solberg møtte Sveriges statsminister Stefan Löfven i Stockholm.\n")
	wantFacts(t, f, "Maria Lopez leaderOf Sonami", "Israel attacked Gaza", "China negotiatesWith India",
		"Erna Solberg negotiatesWith Stefan Löfven")
	for _, bad := range []string{"China controls Beijing", "Erna Solberg negotiatesWith Sweden"} {
		if f[bad] {
			t.Errorf("%s: %v", bad, f)
		}
	}
}

func TestMetIsTalks(t *testing.T) {
	f := factsOf(t, "Summit\n\nPrime Minister Erna Solberg met Sweden's Prime Minister Stefan Lofven in Stockholm on Monday.\n\nDonald Trump met Kim Jong-un in Singapore in June.\n")
	wantFacts(t, f, "Erna Solberg negotiatesWith Stefan Lofven", "Donald Trump negotiatesWith Kim Jong-un")
	if f["Erna Solberg negotiatesWith Sweden"] {
		t.Errorf("the state of a genitive taken for the one met: %v", f)
	}
}

func TestCoFounderAndTitledSurnamesOfPlaces(t *testing.T) {
	d := extractText(t, "Clock\n\nFacebook co-founder Mark Zuckerberg tweeted to the boy. American academic and professor Marc Lamont Hill commented, \"Hoping this becomes a national conversation.\" He was invited to the Google Science Fair.\n")
	f := facts(d)
	wantFacts(t, f, "Mark Zuckerberg leaderOf Facebook")
	types := typesOf(d)
	if types["Marc Lamont Hill"] != "Person" || types["Google Science Fair"] != "Event" {
		t.Errorf("'professor Marc Lamont Hill', 'the Google Science Fair': %v", types)
	}
}

func TestPresidentOfAStateAndAMeetingHeld(t *testing.T) {
	d := extractText(t, "Aid\n\nMr. Trump had a warm meeting with President Juan Carlos Varela of Panama in June 2017. North American and Central American officials postponed a conference.\n")
	wantFacts(t, facts(d), "Juan Carlos Varela leaderOf Panama", "Donald Trump negotiatesWith Juan Carlos Varela")
	types := typesOf(d)
	for _, bad := range []string{"North American", "Central American"} {
		if _, ok := types[bad]; ok {
			t.Errorf("%q taken for a name: %v", bad, types)
		}
	}
}

func TestNorwegianPartyInBracketsAndTwoClauses(t *testing.T) {
	f := factsOf(t, "Nyheter\n\nStatsminister Erna Solberg (H) sa at Norge vil støtte Ukraina, og Jonas Gahr Støre (Ap) var enig. Det er ikke første gang, og det blir ikke den siste.\n\n"+
		"Arbeiderpartiets leder Jonas Gahr Støre mener at regjeringen har sviktet.\n")
	wantFacts(t, f, "Erna Solberg memberOf Høyre", "Jonas Gahr Støre leaderOf Norwegian Labour Party")
	if f["Norway supports Jonas Gahr Støre"] {
		t.Errorf("', og X var enig' read as a list of two: %v", f)
	}
}

// TestPartyLetterIsAnAlias: "Karita Orheim (A)" names the Labour Party by
// its letter, which the party's entity lists among its aliases (a reader
// matching names finds it), though it is no Norwegian label of the party.
func TestPartyLetterIsAnAlias(t *testing.T) {
	d := extractText(t, "Gasskraft\n\nKarita Orheim (A), som også ivrer for gasskraftverk, deler hans tolkning av meningsmålingen. Hun mener at regjeringen må bygge flere kraftverk i årene som kommer.\n")
	wantFacts(t, facts(d), "Karita Orheim memberOf Norwegian Labour Party")
	for _, e := range d.Entities {
		if e.Name != "Norwegian Labour Party" {
			continue
		}
		if !slices.Contains(e.Aliases, "A") {
			t.Errorf("aliases %v lack the letter the article names the party by", e.Aliases)
		}
		if slices.Contains(e.Labels["nb"], "A") {
			t.Errorf("the letter became a label: %v", e.Labels)
		}
	}
}

func TestBodyOfItsOwnPlace(t *testing.T) {
	// "Norfolk Assembly of Norfolk, Virginia": the plant, then where it is
	d := extractText(t, "Plants\n\nThe plants affected are Louisville Assembly of Louisville, Kentucky; Norfolk Assembly of Norfolk, Virginia.\n")
	wantFacts(t, facts(d), "Louisville Assembly locatedIn Louisville", "Louisville locatedIn Kentucky", "Norfolk Assembly locatedIn Norfolk", "Norfolk locatedIn Virginia")
	for name := range typesOf(d) {
		if strings.Contains(name, " of ") {
			t.Errorf("%q: the place after 'of' taken into the name", name)
		}
	}
}

func TestElectedToTheBoard(t *testing.T) {
	f := factsOf(t, "Board\n\nEilidh Doyle has been elected to the board of the British Red Cross on Sunday.\n",
		"Styret\n\nEilidh Doyle har blitt valgt til styret for Norges Røde Kors på søndag, og det er ikke første gang hun er med.\n")
	wantFacts(t, f, "Eilidh Doyle memberOf British Red Cross")
}

func TestSecondRoleOfAnApposition(t *testing.T) {
	// "X, a professor at Y and a researcher at Z": X is a member of both
	f := factsOf(t,
		"Sleep\n\nCharles Weller, professor of sleep medicine at Harvard Medical School and a researcher at the Brigham and Women's Hospital, designed the course.\n",
		"Søvn\n\nOla Nordmann, professor ved Universitetet i Oslo og forsker ved Folkehelseinstituttet, har ledet arbeidet med rapporten. Han sier at studentene sover for lite. Rapporten ble lagt fram i Oslo på tirsdag.\n")
	wantFacts(t, f, "Charles Weller memberOf Harvard Medical School", "Charles Weller memberOf Brigham and Women's Hospital",
		"Ola Nordmann memberOf University of Oslo", "Ola Nordmann memberOf Norwegian Institute of Public Health")
}

func TestMinisterOfTheArticlesCountry(t *testing.T) {
	// an unknown minister with no state before the title represents the
	// one country the article is about; one with another state's
	// adjective does not
	f := factsOf(t,
		"Moldova seeks talks\n\nMoldova wants new talks on gas prices, Foreign Minister Andrei Vlasic said on Monday. Moldova buys most of its gas abroad, and Moldova's parliament will debate the prices this week. Romanian Energy Minister Ion Petrescu said talks could begin soon.\n",
		"Moldova vil ha samtaler\n\nMoldova ønsker nye samtaler om gassprisene, sa utenriksminister Andrei Vlasic mandag. Moldova kjøper det meste av gassen sin fra utlandet, og Moldovas parlament skal diskutere prisene denne uken. Den rumenske energiministeren Ion Petrescu sa at samtalene kan begynne snart.\n")
	wantFacts(t, f, "Andrei Vlasic represents Moldova")
	if f["Ion Petrescu represents Moldova"] {
		t.Errorf("a Romanian minister was taken for the article's country's: %v", f)
	}
}

func TestSpokespersonOfTheArticlesBody(t *testing.T) {
	// an unknown spokesperson with no body before the title speaks for
	// the one organisation the article is about
	f := factsOf(t,
		"Nordwind delays jet\n\nThe plane maker Nordwind Aviation has delayed its new jet by two years. Spokeswoman Carla Brandt said the design needed more work. Nordwind Aviation expects the first flight in 2030.\n",
		"Nordwind utsetter fly\n\nFlyprodusenten Nordwind Aviation har utsatt det nye flyet med to år. Talsperson Carla Brandt sier at konstruksjonen trenger mer arbeid. Nordwind Aviation venter den første flygingen i 2030.\n")
	wantFacts(t, f, "Carla Brandt represents Nordwind Aviation")
}

func TestSpeakingForABody(t *testing.T) {
	f := factsOf(t, "Appeal\n\nOrchard Records will appeal the ruling. Speaking for Orchard Records, manager Neil Ashdown said the judge was wrong.\n")
	wantFacts(t, f, "Neil Ashdown represents Orchard Records")
}

func TestTheInsideASentenceOpensAName(t *testing.T) {
	// "The Power of Nutrition": a capital "The" inside a sentence, after
	// a quote closed by a comma too, opens a body's name
	f := factsOf(t, "Pledge\n\nThe pledges include one from The Power of Karvo, a partnership of investors.\n"+
		"\"We can end hunger,\" The Power of Karvo ambassador Tracey Ullman told the crowd in London.\n")
	wantFacts(t, f, "Tracey Ullman represents Power of Karvo")
}

func TestPartyAdjectiveInAnApposition(t *testing.T) {
	f := factsOf(t, "Campaign\n\nMaria Kessler, then a Democratic congresswoman from Colorado, had worked with Gary Hart on his runs.\nKessler ran for office later.\n")
	wantFacts(t, f, "Maria Kessler memberOf Democratic Party")
}

func TestOneWordNameReadBeforeItIsTyped(t *testing.T) {
	// "Bellator" is typed only by a later sentence ("Bellator company
	// president X"); the earlier mention inside a sentence is the same body
	f := factsOf(t, "Fight night\n\nFans stayed up all night to watch the show.\n"+
		"\"The content was not suitable,\" said Dave Schwartz, Korvator senior vice president of marketing.\n"+
		"Korvator company president Scott Coker said they will work on the schedule.\n")
	wantFacts(t, f, "Scott Coker leaderOf Korvator", "Dave Schwartz represents Korvator")
}

func TestOneWordNameWithABodysTitleIsNoPerson(t *testing.T) {
	// "Korvators administrerende direktør": a name that has a chief
	// executive is a body's, whatever the tagger made of it
	f := factsOf(t, "Kampkveld\n\nFansen var oppe hele natten for å se kampsportprogrammet Korvator 206.\n"+
		"«Innholdet passet ikke», sa Dave Schwartz, Korvators senior visepresident for markedsføring.\n"+
		"Korvators administrerende direktør, Scott Coker, sa at de skal jobbe med sendeplanen.\n")
	wantFacts(t, f, "Scott Coker leaderOf Korvator", "Dave Schwartz represents Korvator")
	if f["Scott Coker memberOf Korvator"] {
		t.Errorf("the chief executive is given as a mere member: %v", f)
	}
}

func TestPartyAsANounAfterTheName(t *testing.T) {
	// "Senator John Cornyn, Republican from Texas": a member of the party
	// who represents the state
	f := factsOf(t, "Space center\n\nSenator John Cornyn, Republican from Texas, issued a statement on the decision on Tuesday.\nThe agency will move the office to Florida.\n")
	wantFacts(t, f, "John Cornyn memberOf Republican Party", "John Cornyn represents Texas")
}

func TestStanceOnAGenitiveIsNotOnTheOwner(t *testing.T) {
	f := factsOf(t, "Valgkamp\n\nDonald Trump prøver å hjelpe Vest-Virginias republikanske senatkandidat, Patrick Morrisey, som ligger etter på målingene. Trump holder et folkemøte i Wheeling på lørdag. Velgerne går til urnene i november.\n")
	if f["Donald Trump supports West Virginia"] {
		t.Errorf("helping West Virginia's candidate was read as helping the state: %v", f)
	}
}

func TestTitlesOfTheArticlesCountryInBothLanguages(t *testing.T) {
	// "Attorney General X" / "justisminister X"; the country's people's
	// adjective counts towards the article's country ("Syrian forces")
	f := factsOf(t,
		"Asylum\n\nAttorney General Jeff Sessions ordered judges to stop granting asylum to victims of gang violence. The United States has seen more asylum claims this year, and American judges must follow the order. Critics in the United States say the rule is cruel.\n",
		"Tale i FN\n\nI en tale appellerte utenriksminister Walid Haddad til syriske flyktninger om å komme hjem. Syria er i krig for åttende år. De syriske styrkene har tatt tilbake mye land, og syriske myndigheter vil ha hjelp. Russland og Tyrkia har inngått en avtale om Idlib.\n",
		"Foreign Minister Walid Haddad called on Syrian refugees to come home. Syrian forces have retaken much land, and the Syrian government wants help. Russia and Turkey agreed on a buffer zone, and the United States has troops in Syria.\n")
	wantFacts(t, f, "Jeff Sessions represents United States", "Walid Haddad represents Syria")
}

func TestNorwegianPartyAndEnvoyAppositions(t *testing.T) {
	f := factsOf(t,
		"Valgkamp\n\nPatricia Kessler, på den tiden en demokratisk kongresskvinne fra Colorado, hadde jobbet med Gary Hart. Hun stilte aldri som kandidat. Valget ble avgjort i november.\n",
		"Ernæring\n\n«Vi kan utrydde underernæring», fortalte ambassadør for Unicef, Tracey Ullman, til folkemengden i London. Partnerskapet lovet penger til Rwanda. Konserten samlet mange tusen.\n")
	wantFacts(t, f, "Patricia Kessler memberOf Democratic Party", "Tracey Ullman represents UNICEF")
}

func TestBuildingBodyLiesInItsCity(t *testing.T) {
	// a museum, college or hospital "in" a city lies there; another body
	// "in" a place may only be at work there
	f := factsOf(t, "Shuttles\n\nThe simulator will go to the Adler Planetarium in Chicago next year.\nThe European Union in Strumica will fund a new road.\n",
		"Romferger\n\nSimulatoren skal til Adler Planetarium i Chicago neste år. Museet har mange besøkende. EU har kontorer i mange byer.\n")
	wantFacts(t, f, "Adler Planetarium locatedIn Chicago")
	if f["European Union locatedIn Strumica"] {
		t.Errorf("a body at work in a town was placed there: %v", f)
	}
}

func TestKnownLeaderOfANamedState(t *testing.T) {
	// the gazetteer knows whom Trump leads; an article naming both says
	// so, unless it is dated outside his term
	text := "Talks\n\nDonald Trump met investors in New York on Monday.\nThe United States will host the next round of talks, Trump said.\n"
	wantFacts(t, factsOf(t, text), "Donald Trump leaderOf United States")
	x, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	d, err := x.Extract(loaders.Article{ID: "old", Text: text, Date: "2006-05-01"})
	if err != nil {
		t.Fatal(err)
	}
	if facts(d)["Donald Trump leaderOf United States"] {
		t.Errorf("an article from 2006 made Trump the president: %v", facts(d))
	}
}

func TestPortfolioMinistersOfANamedState(t *testing.T) {
	// "USAs innenriksminister, Ryan Kolbeck", "russisk energiminister X",
	// "US Energy Secretary X", "Russian Energy Minister X" (the portfolio
	// is part of the title, not a company called "Russian Energy")
	f := factsOf(t,
		"Energi\n\nUSA kan bruke marinen, avslørte USAs innenriksminister, Ryan Kolbeck, på en konferanse.\nPrisene stiger, sa russisk energiminister Pavel Orlov etter et møte med Tysklands næringsminister Karl Brenner i Berlin.\n",
		"Energy\n\nPrices will rise, Russian Energy Minister Pavel Orlov said after meeting US Energy Secretary Ron Dwyer in Moscow.\n")
	wantFacts(t, f, "Ryan Kolbeck represents United States", "Pavel Orlov represents Russia",
		"Karl Brenner represents Germany", "Ron Dwyer represents United States")
	for fact := range f {
		if strings.Contains(fact, "Russian Energy") {
			t.Errorf("the portfolio became a name: %s", fact)
		}
	}
}

func TestPlaceAppositionSaysWhereItLies(t *testing.T) {
	for _, text := range []string{
		"Crash\n\nThe crash happened on Harmer Street, a busy road in Deptford, at about 10:15.\nPolice closed the road.\n",
		"Ulykke\n\nUlykken skjedde i Harmer Street, som er en travel vei i Deptford, rundt klokken 10.\nPolitiet stengte veien.\n",
	} {
		wantFacts(t, factsOf(t, text), "Harmer Street locatedIn Deptford")
	}
}

func TestSecondTitleOfTheSameBody(t *testing.T) {
	for _, text := range []string{
		"Strike\n\nThe UAW President Ron Kettering and Vice President Gerald Brantley called the plan disappointing.\nThe union will vote next week.\n",
		"Streik\n\nUAWs president Ron Kettering og visepresident Gerald Brantley kalte planen skuffende.\nForbundet stemmer neste uke.\n",
	} {
		wantFacts(t, factsOf(t, text), "Gerald Brantley memberOf UAW")
	}
}

func TestStudentOfASchool(t *testing.T) {
	wantFacts(t, factsOf(t, "Exhibit\n\nKiara Perkins, a second year Purdue University art major, attended the opening.\nThe exhibit runs until May.\n"), "Kiara Perkins memberOf Purdue University")
}

func TestPortfolioDirectorIsAMember(t *testing.T) {
	// "Pentagon Acquisition Director X": a portfolio's director, no body
	// called "Acquisition" that X leads
	f := factsOf(t, "Tanker deal\n\nThe bill ignores an analysis called for by Pentagon Acquisition Director Michael Wyatt and the board.\nThe Air Force disagreed.\n")
	wantFacts(t, f, "Michael Wyatt memberOf Pentagon")
	for fact := range f {
		if strings.Contains(fact, "Acquisition") {
			t.Errorf("the portfolio became a body: %s", fact)
		}
	}
}

func TestWarBetweenTwoSides(t *testing.T) {
	for _, text := range []string{
		"Trade\n\nThe opening shots in the trade war between the US and China were deafening.\nA rift could benefit Beijing.\n",
		"Handel\n\nÅpningssalvene i handelskrigen mellom USA og Kina var øredøvende.\nEn rift kan være gunstig for Beijing.\n",
	} {
		wantFacts(t, factsOf(t, text), "United States opposes China")
	}
}

func TestBodyAppositionSaysWhereItIs(t *testing.T) {
	for _, text := range []string{
		"Schools\n\nThe court ruled against Istituto Gonzaga, a catholic school in Milan.\nThe ruling may cost it dearly.\n",
		"Skoler\n\nRetten dømte Istituto Gonzaga, en katolsk skole i Milano.\nDommen kan bli dyr.\n",
	} {
		f := factsOf(t, text)
		if !f["Istituto Gonzaga locatedIn Milan"] {
			t.Errorf("%q: %v; want the school in Milan", text, f)
		}
	}
}

func TestAfterAMeetingWith(t *testing.T) {
	for _, text := range []string{
		"Energy\n\n\"Energy is no tool of pressure,\" Russian Energy Minister Pavel Orlov said following a meeting with US Energy Secretary Ron Dwyer in Moscow.\nPrices fell.\n",
		"Energi\n\n«Energi er ikke et pressmiddel», sa russisk energiminister Pavel Orlov etter et møte med USAs energiminister, Ron Dwyer, i Moskva.\nPrisene falt.\n",
	} {
		f := factsOf(t, text)
		if !f["Pavel Orlov negotiatesWith Ron Dwyer"] || f["Russia negotiatesWith Ron Dwyer"] {
			t.Errorf("%q: %v; want Orlov's meeting with Dwyer", text, f)
		}
	}
}

func TestAirportLiesAtThePlaceItServes(t *testing.T) {
	for _, text := range []string{
		"Airport\n\nThe test flight was delayed after an accident at Don Mueang Airport, which serves Bangkok, on Monday.\nNobody was hurt.\n",
		"Flyplass\n\nTestflygingen ble utsatt etter en ulykke på Don Mueang lufthavn, som betjener Bangkok, på mandag.\nIngen ble skadet.\n",
	} {
		f := factsOf(t, text)
		found := false
		for fact := range f {
			if strings.HasPrefix(fact, "Don Mueang") && strings.HasSuffix(fact, "locatedIn Bangkok") {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: %v; want the airport in Bangkok", text, f)
		}
	}
}

func TestAttackOnAPlanOpposesIt(t *testing.T) {
	for _, text := range []string{
		"Brexit\n\nIn another interview, her former foreign secretary Boris Johnson continued his attack on her so-called Chequers plan for Brexit.\nThe party conference opens on Sunday.\n",
		"Brexit\n\nI et annet intervju har hennes tidligere utenriksminister Boris Johnson videreført sitt angrep mot hennes såkalte «Chequers»-plan for Brexit.\nLandsmøtet åpner på søndag, og det er ikke klart hva som skjer.\n",
	} {
		wantFacts(t, factsOf(t, text), "Boris Johnson opposes Chequers plan")
	}
}

func TestNorwegianBodyRoleCompounds(t *testing.T) {
	// "Labour-lederen X", "Labour-medlem Lord X": the body before the
	// role's hyphen; "Den tidligere Ukip-lederen sa at …" is no claim of Ukip's
	text := "Brexit\n\nLabour-lederen Jeremy Corbyn talte i Liverpool, og Labour-medlem Lord Adonis hånet de konservative for problemene med en app.\nDen tidligere Ukip-lederen sa at politikerne skulle få føle trykket fra euroskeptikerne i partiet.\n"
	wantFacts(t, factsOf(t, text), "Jeremy Corbyn leaderOf Labour Party", "Adonis memberOf Labour Party")
	if c := claimsBy(extractText(t, text)); len(c["UK Independence Party"]) != 0 {
		t.Errorf("claims: %v; the former Ukip leader is no party", c)
	}
}

func TestPlaceNamedWithItsStatesAdjective(t *testing.T) {
	for _, text := range []string{
		"Tsunami\n\nA tsunami struck the Indonesian island of Sulawesi on Friday, and hundreds were killed.\nRescue teams are searching the coast.\n",
		"Tsunamien\n\nEt jordskjelv og en tsunami traff den indonesiske øya Sulawesi på fredag, og det er ikke klart hvor mange som er døde.\nMyndighetene sier at de ikke vet hvor mange som er savnet, men at de har sendt hjelp til øya.\n",
	} {
		wantFacts(t, factsOf(t, text), "Sulawesi locatedIn Indonesia")
	}
}

func TestPossessedPlanIsItsOwnersProposal(t *testing.T) {
	for _, text := range []string{
		"Brexit\n\nTheresa May spoke to the party on Sunday.\nIn another interview, Boris Johnson continued his attack on her so-called Chequers plan for Brexit.\n",
		"Brexit\n\nTheresa May talte til partiet på søndag, og hun sa at det ikke er noe alternativ.\nI et annet intervju har Boris Johnson videreført sitt angrep mot hennes såkalte «Chequers»-plan for Brexit.\n",
	} {
		wantFacts(t, factsOf(t, text), "Theresa May proposed Chequers plan", "Boris Johnson opposes Chequers plan")
	}
}

func TestStatesAndProvincesAreKnownRegions(t *testing.T) {
	d := extractText(t, "Floods\n\nHeavy rain hit Hubei and Guizhou on Monday. By Wednesday the water had reached Xining, Qinghai, where schools closed.\n")
	qids := map[string]string{}
	for _, e := range d.Entities {
		if e.Type == "Region" {
			qids[e.Name] = e.QID
		}
	}
	for _, name := range []string{"Hubei", "Guizhou", "Qinghai"} {
		if !strings.HasPrefix(qids[name], "Q") {
			t.Errorf("%s not a known region with a Wikidata id: %v", name, qids)
		}
	}
	wantFacts(t, facts(d), "Xining locatedIn Qinghai")
	// a list of places of one class: none lies in the next
	f := factsOf(t, "Survey\n\nThe survey was carried out in New South Wales, Victoria, South Australia, Western Australia and Queensland between 2003 and 2004.\n")
	for k := range f {
		if strings.Contains(k, "locatedIn") {
			t.Errorf("a list read as a chain of places: %q", k)
		}
	}
}

func TestPoliceChiefAndStateAbbreviation(t *testing.T) {
	f := factsOf(t, "Arrest\n\nPolice in Harlow Springs, Ark., said on Sunday that a suspect had been arrested. The Harlow Springs Police Department held a news conference. \"We are grateful for the help,\" police chief Dana M. Brooks told reporters.\n",
		"Arrestasjon\n\nPolitiet i Harlow Springs sier at en mistenkt er arrestert. Harlow Springs Police Department holdt en pressekonferanse søndag. – Vi er takknemlige for hjelpen, sa politimester Dana M. Brooks til pressen.\n")
	wantFacts(t, f, "Harlow Springs locatedIn Arkansas", "Dana M. Brooks leaderOf Harlow Springs Police Department")
}

func TestApposedBodyAfterDescriptionAndCoordinatedPassive(t *testing.T) {
	f := factsOf(t, "Pubs\n\nSales rose in July. Anna Berg, of retail consultancy Kestrel Insight, which compiled the figures, said the heat helped. Tom Hale, of leisure and hospitality consultancy Brightwater said the trend would go on.\n",
		"Shooting\n\nJoel Marsh stepped in to defend his friend and was shot by Ryan Cole on Friday night.\n")
	wantFacts(t, f, "Anna Berg memberOf Kestrel Insight", "Tom Hale memberOf Brightwater", "Ryan Cole attacked Joel Marsh")
}

func TestScorersGoalForTheSide(t *testing.T) {
	f := factsOf(t, "Match report\n\nTomas Brekke's first goal for Kilnow Rovers sealed the win. The match was level at half-time, and the striker scored again before the final whistle as the league leaders lost.\n",
		"Kamprapport\n\nTomas Brekkes første mål for Kilnow Rovers sikret seieren. Kampen var uavgjort ved pause, og spissen scoret igjen før slutt da serielederne tapte kampen.\n")
	wantFacts(t, f, "Tomas Brekke memberOf Kilnow Rovers")
}

func TestResistanceFromAndWantingAPlanScrapped(t *testing.T) {
	f := factsOf(t, "Pipeline\n\nThe US position has met resistance from Germany, which reaffirmed its commitment to the project on Monday.\n",
		"Rørledning\n\nUSAs holdning har møtt motstand fra Tyskland, som på nytt har bekreftet sine forpliktelser i prosjektet.\n",
		"Brexit\n\nPeter Bone wanted to 'chuck Chequers' at the rally, and the Chequers plan would not survive the autumn.\n")
	wantFacts(t, f, "Germany opposes United States", "Peter Bone opposes Chequers plan")
	f = factsOf(t, "Pipeline\n\nThe US stance has drawn backlash from Germany, which has reaffirmed its commitment to the project.\n")
	wantFacts(t, f, "Germany opposes United States")
}

func TestHelpingACandidateSupportsThem(t *testing.T) {
	f := factsOf(t, "Rally\n\nDonald Trump is trying to help GOP Senate candidate Mara Lindqvist, who is trailing in the polls.\n",
		"Folkemøte\n\nDonald Trump prøver å hjelpe Ohios republikanske senatkandidat, Mara Lindqvist, som ligger etter på meningsmålingene.\n")
	wantFacts(t, f, "Donald Trump supports Mara Lindqvist")
	en := factsOf(t, "Rally\n\nDonald Trump is trying to help GOP Senate candidate Mara Lindqvist, who is trailing in the polls.\n")
	nb := factsOf(t, "Folkemøte\n\nDonald Trump prøver å hjelpe Ohios republikanske senatkandidat, Mara Lindqvist, som ligger etter på meningsmålingene.\n")
	if !en["Donald Trump supports Mara Lindqvist"] || !nb["Donald Trump supports Mara Lindqvist"] {
		t.Errorf("en %v, nb %v", en, nb)
	}
}

func TestSenatorsOfTheirStates(t *testing.T) {
	f := factsOf(t, "Leak\n\nThe information included the phone numbers of U.S. Sens. Hal Pruitt of South Carolina, and Mara Dunn and Tom Eklund, both of Utah. Nobody commented.\n")
	wantFacts(t, f, "Hal Pruitt represents South Carolina", "Mara Dunn represents Utah", "Tom Eklund represents Utah")
}

func TestNorwegianSenatorsAndConsultants(t *testing.T) {
	f := factsOf(t, "Lekkasje\n\nInformasjonen omfattet telefonnumrene til USA-senatorene Hal Pruitt fra South Carolina, samt Mara Dunn og Tom Eklund, begge fra Utah. Ingen ville kommentere saken.\n",
		"Puber\n\nSalget økte i juli. Anna Berg, en bedriftskonsulent KMG, som sammenfattet tallene, sa at varmen hjalp. Tom Hale, analytiker fra hotell- og restaurantnæringen BWR, sa at trenden vil fortsette.\n")
	wantFacts(t, f, "Hal Pruitt represents South Carolina", "Mara Dunn represents Utah", "Tom Eklund represents Utah", "Anna Berg memberOf KMG", "Tom Hale memberOf BWR")
}

func TestMovingToAClubMakesAMember(t *testing.T) {
	f := factsOf(t, "Fotball\n\nMarco Vidal var på nippet til å gå over fra Holmvik FK til Real Madrid i 2009, og flyttet denne sommeren til italienske Juventus på en kontrakt verd 100 millioner euro.\n",
		"Football\n\nMarco Vidal left Spain after nine years, and moved this summer to Juventus on a contract worth 100 million euros.\n")
	wantFacts(t, f, "Marco Vidal memberOf Juventus")
	en := factsOf(t, "Football\n\nMarco Vidal left Spain after nine years, and moved this summer to Juventus on a contract worth 100 million euros.\n")
	if !en["Marco Vidal memberOf Juventus"] {
		t.Errorf("English: %v", en)
	}
}

func TestPlayersOfNationalSidesByTheirSentences(t *testing.T) {
	f := factsOf(t, "World Cup\n\nNorway beat Chile 2 – 1 in the first match of the group. Chile's goalkeeper Pablo Reyes was booked early. In the 20th minute, Ola Dahl missed a chance to put Norway in the lead. Ten minutes later, Jonas Lie scored a goal from a volley for Norway. Chile equalised through a penalty by Diego Soto. The second half ended with Norway winning after a header by Ola Dahl. The match referee Anton Weber awarded Norway a free kick. Referee Anton Weber booked Diego Soto and Kari Moe, of Norway and Chile, after a scuffle.\n")
	wantFacts(t, f, "Pablo Reyes memberOf Chile", "Ola Dahl memberOf Norway", "Jonas Lie memberOf Norway", "Diego Soto memberOf Chile")
	for _, no := range []string{"Kari Moe memberOf Norway", "Kari Moe memberOf Chile", "Anton Weber memberOf Norway"} {
		if f[no] {
			t.Errorf("%s: named with both sides, or the referee, plays for neither as far as the text tells", no)
		}
	}
}

func TestKnownLeadersAndTheMostNamedOfTwo(t *testing.T) {
	f := factsOf(t, "Markets\n\nStocks fell in the United States on Monday. Last week, President Bush proposed a plan to encourage more spending.\n")
	wantFacts(t, f, "George W. Bush leaderOf United States")
	f = factsOf(t, "Housing\n\nTheresa May will announce a new tax on foreign buyers in the UK today. The plan comes weeks after Boris Johnson called for a cut. Theresa May will also set up a fund. Critics say Theresa May has not gone far enough.\n")
	wantFacts(t, f, "Theresa May leaderOf United Kingdom")
	if f["Boris Johnson leaderOf United Kingdom"] {
		t.Errorf("two who led the UK in an undated article: the one named once is not taken for its leader: %v", f)
	}
}

func TestHonorificBeforeASurnameThatIsAWord(t *testing.T) {
	// "May" is a month and a verb: only the honorific makes it a name
	c := claimsOf(t, "Housing\n\nTheresa May spoke in Leeds on Monday. The government may change the rules in May. Mrs May said: \"Every family deserves a home of its own.\"\n")
	if len(c["Theresa May"]) != 1 {
		t.Errorf("Mrs May is Theresa May: %v", c)
	}
}

func TestUnitHeadsStaffChiefsAndCampaigners(t *testing.T) {
	f := factsOf(t, "Tanker\n\nGeneral Mark Olsen, head of USAF's Mobility Command, said the first aircraft could fly in 2010. USAF's chief of staff General Ian Roe stated that the choice was fair. Tom Hart, a Kansas representative, said the deal was bad. The paper quoted Refugee Action Network campaigner Lena Dahl. Member of the House of Representatives, Anna Holt, denied the claims.\n",
		"Migrasjon\n\nBraverman møtte Frankrikes innenriksminister Paul Morel i Paris. Medlem av Representantenes hus, Anna Holt, avviste lørdag anklagene.\n",
		"Migration\n\nBraverman met France's interior and overseas minister Paul Morel in Paris on November 14.\n")
	wantFacts(t, f, "Mark Olsen leaderOf Mobility Command", "Mark Olsen memberOf US Air Force", "Ian Roe memberOf US Air Force",
		"Tom Hart represents Kansas", "Lena Dahl memberOf Refugee Action Network", "Anna Holt memberOf US House of Representatives",
		"Paul Morel represents France")
	if f["Mark Olsen leaderOf US Air Force"] {
		t.Errorf("the head of a command is no head of the force it belongs to: %v", f)
	}
}

func TestClientsSueThroughTheirLawyers(t *testing.T) {
	f := factsOf(t, "Court\n\nMarco Vidal's lawyers are preparing to sue the magazine Nordlys Weekly over the allegations.\n",
		"Retten\n\nMarco Vidals advokater forbereder seg til å saksøke magasinet Nordlys Weekly på grunn av påstandene.\n",
		"Court\n\nThe Kestrel Group said it would sue Brightwater Media over the report.\n")
	wantFacts(t, f, "Marco Vidal opposes Nordlys Weekly", "Kestrel Group opposes Brightwater Media")
	nb := factsOf(t, "Retten\n\nMarco Vidals advokater forbereder seg til å saksøke magasinet Nordlys Weekly på grunn av påstandene.\n")
	if !nb["Marco Vidal opposes Nordlys Weekly"] {
		t.Errorf("Norwegian: %v", nb)
	}
}

func TestPlayersOfClubsByTwoSentences(t *testing.T) {
	f := factsOf(t, "Match report\n\nKilnow Rovers beat Brightwater Athletic 3 – 1 at home. Brightwater Athletic's goalkeeper Pablo Reyes was booked early. Ola Dahl gave Kilnow Rovers the lead after ten minutes. Anton Weber equalised for Brightwater Athletic before half-time. Kilnow Rovers went ahead again when Ola Dahl scored from a corner. Jonas Lie hit the post as Kilnow Rovers pressed, and the striker scored late on. Kilnow Rovers pressed again as Tom Berg ran clear and Tom Berg shot wide.\n")
	wantFacts(t, f, "Pablo Reyes memberOf Brightwater Athletic", "Ola Dahl memberOf Kilnow Rovers")
	if f["Jonas Lie memberOf Kilnow Rovers"] || f["Tom Berg memberOf Kilnow Rovers"] {
		t.Errorf("one sentence beside a club, however often it names the player, does not make a player its member: %v", f)
	}
}

func TestABodyOfATownAndItsState(t *testing.T) {
	f := factsOf(t, "Shuttles\n\nA trainer will go to the Evergreen Aviation & Space Museum of McMinnville, Oregon, and a simulator to the Adler Planetarium in Chicago.\n")
	wantFacts(t, f, "Evergreen Aviation & Space Museum locatedIn McMinnville", "McMinnville locatedIn Oregon")
}

func TestBailoutsAndLoansAreSupport(t *testing.T) {
	f := factsOf(t, "Markets\n\nShares rose after the bailout of the insurer Meridian Insurance Group by the Central Bank of Norway.\n",
		"Cars\n\nKestrel Motors and Brightwater Motors will receive bridge loans from the government of Canada and the provincial government of Ontario.\n",
		"Talks\n\nRussia's support for Bashar al-Assad has not wavered.\n",
		"Biler\n\nKestrel Motors skal få lån fra regjeringen i Canada.\n")
	wantFacts(t, f, "Norges Bank supports Meridian Insurance Group", "Canada supports Kestrel Motors", "Canada supports Brightwater Motors",
		"Ontario supports Kestrel Motors", "Russia supports Bashar al-Assad")
	nb := factsOf(t, "Biler\n\nKestrel Motors skal få lån fra regjeringen i Canada, og Russlands støtte til Bashar al-Assad står fast.\n")
	wantFacts(t, nb, "Canada supports Kestrel Motors", "Russia supports Bashar al-Assad")
	if f := factsOf(t, "Markets\n\nThe refusal of the Central Bank of Norway to bail out Meridian Insurance Group shook the markets.\n"); f["Norges Bank supports Meridian Insurance Group"] {
		t.Errorf("a refused bailout is no support: %v", f)
	}
}

func TestElectionChallengersOpposeTheHolder(t *testing.T) {
	f := factsOf(t, "Election\n\nMarta Olsen, a Republican candidate running to unseat Pablo Reyes in the midterm elections, spoke on Friday.\n",
		"Valg\n\nMarta Olsen, en republikansk kandidat som jobber for å fjerne Pablo Reyes i mellomvalget, talte fredag.\n")
	wantFacts(t, f, "Marta Olsen opposes Pablo Reyes")
	nb := factsOf(t, "Valg\n\nMarta Olsen, en republikansk kandidat som jobber for å fjerne Pablo Reyes i mellomvalget, talte fredag.\n")
	wantFacts(t, nb, "Marta Olsen opposes Pablo Reyes")
}

func TestPressSecretariesAttorneysGeneralAndFundManagers(t *testing.T) {
	f := factsOf(t, "Briefings\n\nMarta Olsen's press secretary, Pablo Reyes, appeared on television on Sunday.\n",
		"Courts\n\nVermont Attorney General Ola Dahl said in a statement that the policy was unlawful.\n",
		"Markets\n\n\"Nobody lends,\" said Anton Weber, the chief investment officer of Weber Value Management.\n")
	wantFacts(t, f, "Pablo Reyes represents Marta Olsen", "Ola Dahl represents Vermont", "Anton Weber memberOf Weber Value Management")
	dc := factsOf(t, "Asylum\n\nThe United States changed its asylum rules. District of Columbia Attorney General Ola Dahl said the United States had ignored the law.\n")
	if dc["Ola Dahl represents United States"] || !dc["Ola Dahl represents District of Columbia"] {
		t.Errorf("a district's attorney general is no minister of the article's state: %v", dc)
	}
}

func TestABodyNounBeforeANameIsNoAnaphor(t *testing.T) {
	f := factsOf(t, "Valg\n\nFBI etterforsker saken. «Vi glemmer ikke», sa Marta Olsen, en seniorrådgiver og nasjonal talskvinne for den progressive gruppen Kestrel Action sist fredag.\n")
	if f["Marta Olsen represents FBI"] || f["Marta Olsen memberOf FBI"] {
		t.Errorf("'gruppen Kestrel Action' names the group, not the body named before: %v", f)
	}
}

func TestABareHeadTitleLeadsTheBodyNamedBefore(t *testing.T) {
	f := factsOf(t, "Board\n\nMarta Olsen has been elected to the board of Scottish Cycling. The sport needs her, and chairman Pablo Reyes described the move as a great opportunity.\n",
		"Cars\n\nKestrel Motors cut 2,000 jobs on Monday. Chief executive Anton Weber said the company would recover.\n",
		"Styret\n\nKestrel Group kutter 2000 jobber. Konsernsjef Anton Weber sier at selskapet vil klare seg.\n")
	wantFacts(t, f, "Marta Olsen memberOf Scottish Cycling", "Pablo Reyes leaderOf Scottish Cycling", "Anton Weber leaderOf Kestrel Motors")
	nb := factsOf(t, "Styret\n\nKestrel Group kutter 2000 jobber. Konsernsjef Anton Weber sier at selskapet vil klare seg.\n")
	wantFacts(t, nb, "Anton Weber leaderOf Kestrel Group")
	if f := factsOf(t, "Board\n\nKestrel Motors cut jobs. The BBC reported that former chairman Pablo Reyes sold his shares.\n"); f["Pablo Reyes leaderOf Kestrel Motors"] {
		t.Errorf("a former chairman leads no more: %v", f)
	}
}

func TestAJuniorsPointAndATitlesAppositionBeforeACopula(t *testing.T) {
	f := factsOf(t, "Cars\n\n\"We will not ask for help,\" said Anton Weber Jr., executive chairman of Kestrel Motors.\n",
		"Cars\n\nThe plan, the brainchild of Kestrel Group's chief executive officer, Marta Olsen, is to end the losses by 2008.\n")
	wantFacts(t, f, "Anton Weber Jr leaderOf Kestrel Motors", "Marta Olsen leaderOf Kestrel Group")
}

func TestABareApostropheIsAGenitive(t *testing.T) {
	f := factsOf(t, "Cars\n\nKestrel Motors' Marta Olsen said the plant would close.\n")
	wantFacts(t, f, "Marta Olsen memberOf Kestrel Motors")
	if f := factsOf(t, "Court\n\nHe compared her reaction to the Democrats' criticism of Judge Pablo Reyes.\n"); f["Pablo Reyes memberOf Democratic Party"] {
		t.Errorf("a party's criticism of a judge makes him no member: %v", f)
	}
}

func TestPlayersTakeTheSidesOfThoseTheyPlayWithOrAgainst(t *testing.T) {
	f := factsOf(t, "Match report\n\nKilnow Rovers beat Brightwater Athletic 2 – 1. Ola Dahl's first goal for Kilnow Rovers came early. Brightwater Athletic goalkeeper Pablo Reyes was booked at half-time. Jonas Lie and Tom Berg combined to set up Ola Dahl for the second goal. Anton Weber was denied by Pablo Reyes before half-time, and the striker scored late on.\n")
	wantFacts(t, f, "Ola Dahl memberOf Kilnow Rovers", "Pablo Reyes memberOf Brightwater Athletic",
		"Jonas Lie memberOf Kilnow Rovers", "Tom Berg memberOf Kilnow Rovers", "Anton Weber memberOf Kilnow Rovers")
	nb := factsOf(t, "Kamprapport\n\nKilnow Rovers slo Brightwater Athletic 2–1. Ola Dahls første mål for Kilnow Rovers kom tidlig. Brightwater Athletics keeper Pablo Reyes fikk gult kort i pausen. Jonas Lie la opp til Ola Dahl. Anton Weber ble stoppet av Pablo Reyes før pausen.\n")
	wantFacts(t, nb, "Jonas Lie memberOf Kilnow Rovers", "Anton Weber memberOf Kilnow Rovers")
}

func TestADebutForAClub(t *testing.T) {
	f := factsOf(t, "Basketball\n\nFans are waiting to see Marta Olsen make her first start for the Kilnow United on Sunday.\n",
		"Basketball\n\nMarta Olsen to make Kilnow United debut on Sunday.\n",
		"Basket\n\nMarta Olsen skal ha sin Kilnow United-debut på søndag.\n")
	wantFacts(t, f, "Marta Olsen memberOf Kilnow United")
	for _, text := range []string{"Basketball\n\nMarta Olsen to make Kilnow United debut on Sunday.\n", "Basket\n\nFansen venter på å se Marta Olsen spille for Kilnow United.\n"} {
		wantFacts(t, factsOf(t, text), "Marta Olsen memberOf Kilnow United")
	}
}

func TestNorwegianPressSecretariesAttorneysAndChairmen(t *testing.T) {
	f := factsOf(t, "Pressen\n\nJonas Gahr Støres pressesekretær, Pablo Reyes, deltok på TV søndag, og han sa at det var en god dag for regjeringen.\n",
		"Asyl\n\nStatsadvokat Ola Dahl i District of Columbia sa i en uttalelse at politikken er ulovlig.\n",
		"Styret\n\nEilidh Doyle er valgt inn i styret i Scottish Cycling, og formann Anton Weber kalte det en god mulighet.\n")
	wantFacts(t, f, "Pablo Reyes represents Jonas Gahr Støre", "Ola Dahl represents District of Columbia", "Anton Weber leaderOf Scottish Cycling")
}

func TestPlacesBetweenAPrepositionAndAKnownPlace(t *testing.T) {
	nb := factsOf(t, "Orkan\n\nOrkanen befinner seg 620 km fra Punta Arenosa i Mexico og beveger seg nordover, og meteorologene sier at den svekkes.\n",
		"Marked\n\nMannen ble funnet død på markedet i Lupanshui i Guizhou-provinsen, og politiet sier at saken etterforskes. En bonde i byen Xining, Qinghai provins i Kina, ble også syk.\n")
	wantFacts(t, nb, "Punta Arenosa locatedIn Mexico", "Lupanshui locatedIn Guizhou", "Qinghai locatedIn China")
}

func TestAUniversitysSideByItsStatesName(t *testing.T) {
	f := factsOf(t, "Injury\n\nOregon State linebacker Jon Varga was hurt shortly before halftime in the 31-27 defeat. Oregon State head coach Tom Berg said the redshirt sophomore had surgery.\n")
	wantFacts(t, f, "Jon Varga memberOf Oregon State", "Tom Berg leaderOf Oregon State")
}

func TestAJointDeclarationIsTalks(t *testing.T) {
	f := factsOf(t, "Talks\n\nRi referred to a joint declaration from Kim Jong-un and Donald Trump issued in Singapore.\n",
		"Samtaler\n\nRi viste til en felles erklæring fra Kim Jong-un og Donald Trump som ble utstedt i Singapore, og han sa at den gjelder.\n")
	wantFacts(t, f, "Kim Jong-un negotiatesWith Donald Trump")
	nb := factsOf(t, "Samtaler\n\nRi viste til en felles erklæring fra Kim Jong-un og Donald Trump som ble utstedt i Singapore, og han sa at den gjelder.\n")
	wantFacts(t, nb, "Kim Jong-un negotiatesWith Donald Trump")
}

func TestAProductIsNoMemberOfItsMaker(t *testing.T) {
	f := factsOf(t, "Browsers\n\nWith development of Microsoft's Internet Explorer 9 almost complete, Microsoft said it is time to move on. Windows Mobile phones sold well.\n")
	for k := range f {
		if strings.HasPrefix(k, "Internet Explorer") || strings.HasPrefix(k, "Windows") {
			t.Errorf("a product is no member: %v", f)
		}
	}
}

func TestABodyOfATownWithItsCountryAndAPlaceNearATown(t *testing.T) {
	f := factsOf(t, "Tanker\n\nFrance's Thales will supply electronics and Southampton, UK's VT Group will provide service management.\n",
		"Golf\n\nTeam Europe won at Le Golf National outside Paris, France, on Sunday.\n")
	wantFacts(t, f, "VT Group locatedIn Southampton", "Le Golf National locatedIn France")
	nb := factsOf(t, "Golf\n\nTeam Europe har vunnet Ryder Cup etter å ha slått Team USA ved Le Golf National utenfor Paris, Frankrike, og kapteinen sa at laget var best.\n")
	wantFacts(t, nb, "Le Golf National locatedIn France")
}

func TestLawyersProsecutorsAndAmbassadorsActForOthers(t *testing.T) {
	f := factsOf(t, "Court\n\nAnton Weber, one of the federal public defenders representing Marta Olsen, said they were disappointed.\n",
		"Court\n\nIn the words of the Crown prosecutor, Pablo Reyes, the girl suffered.\n",
		"Brands\n\nOla Dahl is to become a brand ambassador for Marks & Spencer.\n")
	wantFacts(t, f, "Anton Weber represents Marta Olsen", "Pablo Reyes represents Crown", "Ola Dahl represents Marks & Spencer")
	nb := factsOf(t, "Retten\n\nAnton Weber, en av de offentlig utnevnte forsvarerne for Marta Olsen, sa de var skuffet over avgjørelsen.\n",
		"Merker\n\nOla Dahl skal bli merkevareambassadør for Marks & Spencer, og hun sier at hun gleder seg.\n")
	wantFacts(t, nb, "Anton Weber represents Marta Olsen", "Ola Dahl represents Marks & Spencer")
}

func TestAListsSecondNameAfterThePossessive(t *testing.T) {
	f := factsOf(t, "Senate\n\nMarta Olsen has been outspoken in her criticism of Anton Weber and his Supreme Court nominee Pablo Reyes.\n")
	wantFacts(t, f, "Marta Olsen opposes Anton Weber", "Marta Olsen opposes Pablo Reyes")
	if f["Marta Olsen opposes US Supreme Court"] {
		t.Errorf("the court only qualifies the nominee's title: %v", f)
	}
	nb := factsOf(t, "Senatet\n\nMarta Olsen har vært tydelig i sin kritikk av Anton Weber og hans høyesterettskandidat Pablo Reyes, og hun sier at hun vil stemme imot.\n")
	wantFacts(t, nb, "Marta Olsen opposes Pablo Reyes")
}

func TestSupportingAndDefending(t *testing.T) {
	nb := factsOf(t, "Senatet\n\nMange toppolitikere blant republikanerne støtter og forsvarer høyesterettskandidat Pablo Reyes, og analytikere sier at det kan gi en motreaksjon.\n")
	wantFacts(t, nb, "Republican Party supports Pablo Reyes")
	en := factsOf(t, "Senate\n\nMarta Olsen supports and defends the nominee Pablo Reyes.\n")
	wantFacts(t, en, "Marta Olsen supports Pablo Reyes")
}

func TestAStancesObjectIsThePersonABodysTitleNames(t *testing.T) {
	f := factsOf(t, "Senate\n\nMarta Olsen supports Supreme Court nominee Pablo Reyes, and Anton Weber opposes Labour leader Jeremy Corbyn.\n")
	wantFacts(t, f, "Marta Olsen supports Pablo Reyes", "Anton Weber opposes Jeremy Corbyn")
	if f["Marta Olsen supports US Supreme Court"] || f["Anton Weber opposes Labour Party"] {
		t.Errorf("the body only titles the person: %v", f)
	}
}

func TestNorwegianTitlesOfABodyBeforeTheName(t *testing.T) {
	f := factsOf(t, "Kongressen\n\nMinoritetsleder i Representantenes hus, Marta Olsen, kalte kandidaten «hysterisk», og hun sa at han var uskikket.\n",
		"Forbundet\n\nDet sa leder av Kestrel Foundation, Pablo Reyes, til avisen på fredag, og han la til at saken er alvorlig.\n")
	wantFacts(t, f, "Marta Olsen memberOf US House of Representatives", "Pablo Reyes leaderOf Kestrel Foundation")
}

func TestElectedHeadsAndStatesLegislators(t *testing.T) {
	f := factsOf(t, "Handover\n\nMexican president-elect Pablo Reyes met the outgoing cabinet on Monday. "+
		"The president-elect of Brazil, Marta Olsen, said the talks went well. "+
		"Anna Weiss, Ohio's congresswoman, put forward a bill, and Oregon's senator Anton Weber backed it.\n")
	wantFacts(t, f, "Pablo Reyes leaderOf Mexico", "Marta Olsen leaderOf Brazil",
		"Anna Weiss represents Ohio", "Anton Weber represents Oregon")
}

func TestAnAnalystFromAFirm(t *testing.T) {
	// an analyst "from" an unknown name works there: the name is a body's
	f := factsOf(t, "Markets\n\nPablo Reyes, a market analyst from Kestrelmoor, said that shares would fall.\n")
	wantFacts(t, f, "Pablo Reyes memberOf Kestrelmoor")
}

func TestSubstitutesAndWingersOfAClub(t *testing.T) {
	en := factsOf(t, "Livingston 1-0 Rangers\n\nLivingston beat Rangers 1-0 in the Scottish Premiership on Sunday.\n\nLate on, Rangers substitute Pablo Reyes had another penalty claim.\n\nThe goal came when Livingston winger Anton Weber scored.\n")
	wantFacts(t, en, "Pablo Reyes memberOf Rangers FC")
	nb := factsOf(t, "Hibernian 2–0 Rangers\n\nHibernian slo Rangers 2–0 i den skotske Premiership på søndag.\n\nSent i kampen hadde Rangers-innbytter Pablo Reyes et nytt krav på straffespark, før Hibernian-kantspiller Marta Olsen scoret.\n")
	wantFacts(t, nb, "Pablo Reyes memberOf Rangers FC", "Marta Olsen memberOf Hibernian FC")
}

func TestAClubNamedLikeItsTownInAGameReport(t *testing.T) {
	// "a 1-0 defeat at Livingston", "'Superb' from Livingston": in a game
	// report the preposition is the side's, so the town is the club; and
	// a sentence naming it tells no player's side, even where the name
	// was not read as a mention ("Livingston 1-0 Hibernian")
	d := extractText(t, "Livingston 1-0 Hibernian: Reyes goal downs Weber's men\n\n"+
		"Hibernian suffered another away defeat as Pablo Reyes scored the only goal of the game at Livingston.\n"+
		"Hibernian manager Anton Weber was not happy, and Hibernian failed to score. Again Hibernian failed to deal with a deep cross from Reyes.\n"+
		"'Superb' from Livingston - analysis\n")
	if typ := typesOf(d)["Livingston FC"]; typ != "Organization" {
		t.Errorf("the town named the club: %v", typesOf(d))
	}
	f := facts(d)
	wantFacts(t, f, "Anton Weber leaderOf Hibernian FC")
	if f["Pablo Reyes memberOf Hibernian FC"] {
		t.Errorf("sentences that name the other club by its town's name gave its player to Hibernian: %v", f)
	}
}

func TestSpeakingForABodyAfterTheName(t *testing.T) {
	f := factsOf(t, "Aid\n\n\"We are concerned,\" said Pablo Reyes for the Red Cross.\n\nMarta Olsen for Oxfam, says the aid is not enough.\n")
	wantFacts(t, f, "Pablo Reyes represents International Committee of the Red Cross", "Marta Olsen represents Oxfam")
}

func TestATeamsHeadByABareTitleInAGameReport(t *testing.T) {
	en := factsOf(t, "Hibernian 2-0 Rangers\n\nHibernian beat Rangers 2-0 with two goals from Pablo Reyes.\n"+
		"Rangers conceded a late penalty and Hibernian, meanwhile, extend their unbeaten run, with head coach Anton Weber still to taste defeat in the league.\n")
	wantFacts(t, en, "Anton Weber leaderOf Hibernian FC")
	if en["Anton Weber leaderOf Rangers FC"] {
		t.Errorf("the head coach went to the club named first: %v", en)
	}
}

func TestScornAndAccusationOppose(t *testing.T) {
	en := factsOf(t, "Senate\n\nHouse Minority Leader Marta Olsen called Supreme Court nominee Pablo Reyes \"hysterical\" and said he was unfit to serve. "+
		"The historian Anton Weber wants a statue. The Kestrel Society described Mr Weber's suggestion as \"folly\". The U.S. ambassador accused China of bullying.\n")
	wantFacts(t, en, "Marta Olsen opposes Pablo Reyes", "Kestrel Society opposes Anton Weber", "United States opposes China")
	nb := factsOf(t, "Senatet\n\nMarta Olsen kaller Pablo Reyes «hysterisk» og sier han er uskikket. Men historielaget Kestrel Society har beskrevet Anton Webers forslag som «tåpelig». "+
		"USAs ambassadør beskylder Kina for «trakassering».\n")
	wantFacts(t, nb, "Marta Olsen opposes Pablo Reyes", "Kestrel Society opposes Anton Weber", "United States opposes China")
	praise := factsOf(t, "Senate\n\nMarta Olsen called Pablo Reyes \"brilliant\". Anton Weber was accused of fraud by prosecutors.\n")
	for k := range praise {
		if strings.Contains(k, "opposes") {
			t.Errorf("praise or a passive accusation read as opposition: %v", praise)
		}
	}
}

func TestMockingOpposes(t *testing.T) {
	f := factsOf(t, "Rally\n\nMarta Olsen mocked Senator Pablo Reyes at a rally on Saturday.\n",
		"Konferansen\n\nLabour-medlem Anton Weber hånet de konservative for problemene med en app.\n")
	wantFacts(t, f, "Marta Olsen opposes Pablo Reyes", "Anton Weber opposes Conservative Party")
}

func TestAStatesBackingCompound(t *testing.T) {
	f := factsOf(t, "Idlib\n\nThe deal averted an assault by Russian-backed Syrian forces on the province.\n",
		"Idlib\n\nAvtalen avverget et angrep fra russiskstøttede syriske styrker på provinsen.\n")
	wantFacts(t, f, "Russia supports Syrian government forces")
	nb := factsOf(t, "Idlib\n\nAvtalen avverget et angrep fra russiskstøttede syriske styrker på provinsen.\n")
	wantFacts(t, nb, "Russia supports Syrian government forces")
}

func TestAQuotedVicePresidentSpeaksForTheCompany(t *testing.T) {
	f := factsOf(t, "Sales\n\n\"Our new models are selling well,\" said Pablo Reyes, Kestrel Motors' vice president of sales. "+
		"Kestrel Motors vice president Anton Weber was promoted last year.\n")
	wantFacts(t, f, "Pablo Reyes represents Kestrel Motors", "Anton Weber memberOf Kestrel Motors")
	if f["Pablo Reyes memberOf Kestrel Motors"] {
		t.Errorf("the quoted vice president is only a member: %v", f)
	}
}

func TestAnOfficeOfAnUnknownNameIsHeldInABody(t *testing.T) {
	f := factsOf(t, "Deal\n\nThe vice president of Kestrelmoor, Pablo Reyes, said that the price is not important. "+
		"\"Sales are weak,\" said Anton Weber, the chief financial officer for Kestrel Motors. Marta Olsen, Canada's Minister of Industry, hopes for a deal.\n")
	wantFacts(t, f, "Pablo Reyes represents Kestrelmoor", "Anton Weber represents Kestrel Motors")
	if f["Marta Olsen represents Industry"] {
		t.Errorf("a minister's portfolio read as a body: %v", f)
	}
}

func TestTheSidesOfAScoreLine(t *testing.T) {
	// towns the gazetteer does not know are the clubs a result names
	d := extractText(t, "Kelso 38 - 17 Dunmore: Unbeaten Kelso go top\n\n"+
		"Two late tries skewed the result, but Kelso deserved to win this Premiership match.\n"+
		"Pablo Reyes of Dunmore said: \"Credit to Kelso, they took their chances better than we did.\"\n"+
		"Kelso acting captain Anton Weber was then yellow-carded, and Dunmore made the extra man pay with a try and a penalty.\n")
	types := typesOf(d)
	if types["Kelso"] != "Organization" || types["Dunmore"] != "Organization" {
		t.Errorf("the sides of the score are not clubs: %v", types)
	}
	wantFacts(t, facts(d), "Pablo Reyes memberOf Dunmore", "Anton Weber leaderOf Kelso")
}

func TestABaseAndACenterArePlaces(t *testing.T) {
	d := extractText(t, "Claims\n\nShe says she was kept at Kestrel Land Base in Clearwater, Florida until she was eighteen. "+
		"At the keynote at the Marlowe West center in San Francisco, Pablo Reyes introduced the software.\n")
	types := typesOf(d)
	if types["Kestrel Land Base"] != "Place" || types["Marlowe West center"] != "Place" {
		t.Errorf("a base or a center read as a person: %v", types)
	}
	wantFacts(t, facts(d), "Kestrel Land Base locatedIn Clearwater", "Marlowe West center locatedIn San Francisco")
}

func TestAChainsLastPlaceInItsCountry(t *testing.T) {
	f := factsOf(t, "Plane\n\nKestrel Aero unveiled its new jet at a factory near Tacoma, Oregon, in the United States, on Monday.\n")
	wantFacts(t, f, "Oregon locatedIn United States")
}

func TestNegotiatingAContractOrAPurchase(t *testing.T) {
	f := factsOf(t, "Deals\n\nKestrel Air has negotiated the purchase of 22 new Boeing 787 aircraft. "+
		"Ford Motor Company negotiated a new contract with the United Auto Workers. "+
		"Aer Lingus had approached Airbus rival Boeing regarding a potential deal.\n")
	wantFacts(t, f, "Kestrel Air negotiatesWith Boeing", "Ford Motor Company negotiatesWith UAW", "Aer Lingus negotiatesWith Boeing")
}

func TestNorwegianSideInACompoundAndAQuotedOfficer(t *testing.T) {
	d := extractText(t, "Livingston 1–0 Rangers\n\nLivingston slo Rangers 1–0 i den skotske Premiership, og Rangers-manager Anton Weber var skuffet etter kampen.\n"+
		"Krysninger kom stadig inn i Livingston-boksen, og Pablo Reyes scoret kampens eneste mål for Livingston.\n")
	if typ := typesOf(d)["Livingston FC"]; typ != "Organization" {
		t.Errorf("'i Livingston-boksen' placed the club in the town: %v", typesOf(d))
	}
	f := factsOf(t, "Butikk\n\nPablo Reyes, Kestrel Motors' visepresident, sa: «Vi har forandret hyllene for å gi kundene en bedre opplevelse.»\n")
	wantFacts(t, f, "Pablo Reyes represents Kestrel Motors")
}

func TestBeingCriticalOfOpposes(t *testing.T) {
	f := factsOf(t, "Senate\n\nMarta Olsen has been critical of the Democratic Party for months.\n",
		"Senatet\n\nPablo Reyes var også sterkt fordømmende overfor demokratene i komiteen.\n")
	wantFacts(t, f, "Marta Olsen opposes Democratic Party", "Pablo Reyes opposes Democratic Party")
	nb := factsOf(t, "Valg\n\nDe stemte på Anton Webers republikanske parti i valget.\n")
	wantFacts(t, nb, "Anton Weber memberOf Republican Party")
}

func TestNorwegianClubsBoss(t *testing.T) {
	f := factsOf(t, "Fotball\n\nSunderlands sjef, Pablo Reyes, sier hans endelige mål er å bli Skottlands manager.\n")
	wantFacts(t, f, "Pablo Reyes leaderOf Sunderland")
}

func TestAPartNamedAsAnExample(t *testing.T) {
	f := factsOf(t, "Ash\n\nAsh coated windshields in neighborhoods of Mexico City such as Xochimilco.\n",
		"Aske\n\nAske dekket bilene i bydeler av Mexico by som Xochimilco.\n")
	wantFacts(t, f, "Xochimilco locatedIn Mexico City")
}

func TestAPoliticiansAttackIsWordsUnlessBlowsAreNamed(t *testing.T) {
	f := factsOf(t, "Valg\n\nMarta Olsen holdt et velgermøte.\n\nOlsen angrep president Pablo Reyes under velgermøtet og sa at han førte landet i feil retning.\n",
		"Crime\n\nAnton Weber was arrested on Sunday. Weber attacked Carl Lund with a knife outside a bar.\n")
	wantFacts(t, f, "Marta Olsen opposes Pablo Reyes", "Anton Weber attacked Carl Lund")
	if f["Marta Olsen attacked Pablo Reyes"] {
		t.Errorf("a politician's words read as an attack: %v", f)
	}
}

func TestAQuotedFunctionalHeadStaysAMember(t *testing.T) {
	// a vice president speaks for the company; "commercial director" heads
	// a function and stays one of its people
	f := factsOf(t, "Beauty\n\nAnton Weber, Sainsbury's commercial director, said: \"We've transformed the look of our aisles.\"\n")
	wantFacts(t, f, "Anton Weber memberOf Sainsbury's")
	if f["Anton Weber represents Sainsbury's"] {
		t.Errorf("a quoted commercial director read as the company's voice: %v", f)
	}
}

func TestTwoSidesReachingAnAgreement(t *testing.T) {
	f := factsOf(t, "Deal\n\nRussia and Turkey reached an agreement on the buffer zone. The USAF and Boeing have signed an interim agreement.\n")
	wantFacts(t, f, "Russia negotiatesWith Turkey", "US Air Force negotiatesWith Boeing")
}

func TestASecondOfficeInABodyAndABracketedName(t *testing.T) {
	f := factsOf(t, "Søvn\n\nMarta Olsen, professor i søvnmedisin ved Harvard Medical School og spesialist ved Brigham and Women's Hospital, utarbeidet kurset.\n",
		"Court\n\nThe secretary general of CEI (Italian Episcopal Conference), Pablo Reyes, has called the sentence \"dangerous\".\n")
	wantFacts(t, f, "Marta Olsen memberOf Harvard Medical School", "Marta Olsen memberOf Brigham and Women's Hospital", "Pablo Reyes leaderOf CEI")
}

func TestATeamsHeadNamedASentenceAfterItsClub(t *testing.T) {
	f := factsOf(t, "Hibernian 2–0 Rangers\n\nHibernian slo Rangers 2–0 i den skotske Premiership, og Pablo Reyes scoret to mål i kampen.\n"+
		"Hibernian har holdt seg ubeseiret gjennom seks kamper. Sjefstrener Anton Weber har ennå ikke tapt en kamp.\n")
	wantFacts(t, f, "Anton Weber leaderOf Hibernian FC")
}

func TestASidesLeadThroughItsScorers(t *testing.T) {
	en := factsOf(t, "Elite League: Kestrel Stars 5-3 Belfast Giants\n\nKestrel Stars won the return match 5-3 against Belfast Giants in the league on Saturday.\nThe Giants got an early two-goal lead through strikes from Patrick Dwyer and Francis Beaulieu.\nThe Stars scored three goals in the final period of the match.\n")
	wantFacts(t, en, "Patrick Dwyer memberOf Belfast Giants", "Francis Beaulieu memberOf Belfast Giants")
	nb := factsOf(t, "Elite League: Kestrel Stars 5-3 Belfast Giants\n\nKestrel Stars vant returkampen 5-3 mot Belfast Giants i ligaen lørdag.\nBelfast Giants tok en tidlig ledelse gjennom scoringer fra Patrick Dwyer og Francis Beaulieu.\nStars scoret tre mål sent i kampen.\n")
	wantFacts(t, nb, "Patrick Dwyer memberOf Belfast Giants", "Francis Beaulieu memberOf Belfast Giants")
}

func TestACityOfItsProvince(t *testing.T) {
	f := factsOf(t, "Pigs\n\nA farmer prepares to vaccinate pigs at a farm in Xining of Qinghai Province, China.\nThe Bank of England raised rates in London.\n")
	wantFacts(t, f, "Xining locatedIn Qinghai")
	for k := range f {
		if strings.Contains(k, "Bank of England locatedIn") && strings.Contains(k, "England") && !strings.Contains(k, "London") {
			t.Errorf("a body's name is no place of: %v", k)
		}
	}
}

func TestAnAreaOfATown(t *testing.T) {
	en := factsOf(t, "Shot\n\nThe victim was in the Oxford Grove area of Kestrelcombe, Devon, when he was shot.\n")
	wantFacts(t, en, "Oxford Grove locatedIn Kestrelcombe")
	nb := factsOf(t, "Skutt\n\nOfferet var i Oxford Grove-området i Kestrelcombe, Devon, da han ble skutt.\n")
	wantFacts(t, nb, "Oxford Grove locatedIn Kestrelcombe")
	nb = factsOf(t, "Skutt\n\nGutten ble funnet skadet i Excelsior Terrace-området av Bergen rundt kl. 04.00 på søndag.\n")
	wantFacts(t, nb, "Excelsior Terrace locatedIn Bergen")
}

func TestAVoteForAPersonBacksThem(t *testing.T) {
	f := factsOf(t, "Vote\n\nThe Senate committee met on Friday.\nJeff Flake said he would be voting in favor of Brett Kavanaugh.\nMarta Olsen said she would not vote for Brett Kavanaugh.\n")
	wantFacts(t, f, "Jeff Flake supports Brett Kavanaugh")
	nb := factsOf(t, "Avstemning\n\nSenatskomiteen møttes fredag.\nJeff Flake sa at han ville stemme for Brett Kavanaugh.\n")
	wantFacts(t, nb, "Jeff Flake supports Brett Kavanaugh")
	if f["Marta Olsen supports Brett Kavanaugh"] {
		t.Errorf("a vote denied backs no one: %v", f)
	}
}

func TestARoleKeptLeadsEveryBodyListed(t *testing.T) {
	f := factsOf(t, "Web\n\nAnna Berg will remain the chief executive of Kestrel Motors.\nTom Lee will remain the founder and director of the Solberg Institute, the Nordvik Foundation and the Open Fjord Institute.\n")
	wantFacts(t, f, "Anna Berg leaderOf Kestrel Motors", "Tom Lee leaderOf Solberg Institute", "Tom Lee leaderOf Nordvik Foundation", "Tom Lee leaderOf Open Fjord Institute")
	nb := factsOf(t, "Nett\n\nSelv om han starter et nytt selskap, vil Tom Lee fremdeles være grunnleggeren og direktøren for Solberg Institute, Nordvik Foundation og Open Fjord Institute.\n")
	wantFacts(t, nb, "Tom Lee leaderOf Solberg Institute", "Tom Lee leaderOf Nordvik Foundation", "Tom Lee leaderOf Open Fjord Institute")
}

func TestACompanyBySentenceAndItsChiefByTheCompanysTitle(t *testing.T) {
	f := factsOf(t, "Web\n\nThe newest project, Kvitrupt, is a company that builds on an open platform.\nThe idea behind it, according to the company's CEO, Jon Brekke, is that the firm will provide resources.\n")
	wantFacts(t, f, "Jon Brekke leaderOf Kvitrupt")
	nb := factsOf(t, "Nett\n\nDet seneste prosjektet, Kvitrupt, er et selskap som bygger videre på en åpen plattform.\nIdeen er i henhold til selskapets CEO, Jon Brekke, at selskapet skal stille med ressurser.\n")
	wantFacts(t, nb, "Jon Brekke leaderOf Kvitrupt")
}

func TestTheNearestBodyIsEarlierInTheSentence(t *testing.T) {
	nb := factsOf(t, "Nett\n\nKvitrupt er et selskap som bygger en åpen plattform.\nDet er som om Slack og Spotify er på én nettleser.\nIdeen bak Kvitrupt er i henhold til selskapets CEO, Jon Brekke, at selskapet skal stille med ressurser.\n")
	wantFacts(t, nb, "Jon Brekke leaderOf Kvitrupt")
	if nb["Jon Brekke leaderOf Spotify"] {
		t.Errorf("the company named earlier in the sentence is nearer than the last one before it: %v", nb)
	}
}

func TestMeetingsOfTheirOwnAreNoTalks(t *testing.T) {
	f := factsOf(t, "Meetings\n\nThe G7 nations met in Washington while the Nordic Monetary Fund and the Fjord Bank held their autumn meetings.\nLater, Kestrel Motors and Nordvik Steel met to discuss a merger.\n")
	if f["Nordic Monetary Fund negotiatesWith Fjord Bank"] {
		t.Errorf("'held their meetings' are each body's own: %v", f)
	}
	wantFacts(t, f, "Kestrel Motors negotiatesWith Nordvik Steel")
}

func TestAChiefNamedAndAnHonorificInAnApposition(t *testing.T) {
	f := factsOf(t, "New chief\n\nThe country's largest car maker Kestrel Motors today named Mary Brekke as its new chief executive.\nNordvik Steel named Tom Hale as its new chief financial officer.\n"+
		"The plane was greeted by 400 guests, including the Prime Minister of Singapore, Mr. Lee Hsien Loong, at the new terminal.\n")
	wantFacts(t, f, "Mary Brekke leaderOf Kestrel Motors", "Lee Hsien Loong leaderOf Singapore")
	if f["Tom Hale leaderOf Nordvik Steel"] {
		t.Errorf("a chief financial officer does not lead: %v", f)
	}
	nb := factsOf(t, "Ny sjef\n\nKestrel Motors utnevnte i dag Kari Nes til ny toppsjef.\n")
	wantFacts(t, nb, "Kari Nes leaderOf Kestrel Motors")
}

func TestAPressSecretaryRepresents(t *testing.T) {
	f := factsOf(t, "Bailout\n\n\"We will consider other options if necessary,\" said Dana Lund, the White House Press Secretary.\n")
	wantFacts(t, f, "Dana Lund represents White House")
}

func TestASpokesmanForAStatesAgencyAndAStrategistForAFirm(t *testing.T) {
	f := factsOf(t, "Tsunami\n\n\"The tsunami came,\" Sutopo Nugroho, the spokesman for Indonesia's disaster mitigation agency BNPB said in a briefing.\n"+
		"\"Sentiment is very weak,\" said the senior market strategist for Kestrel Capital, Fritz Meyer.\n")
	wantFacts(t, f, "Sutopo Nugroho represents BNPB", "Fritz Meyer memberOf Kestrel Capital")
	if f["Sutopo Nugroho represents Indonesia"] {
		t.Errorf("the state before the agency is the agency's, not the spokesman's: %v", f)
	}
	nb := factsOf(t, "Tsunami\n\n«Tsunamien kom», sa Sutopo Nugroho, talsperson for Indonesias etat for krisehåndtering (BNPB) på en pressekonferanse.\n")
	wantFacts(t, nb, "Sutopo Nugroho represents BNPB")
	if nb["Sutopo Nugroho represents Indonesia"] {
		t.Errorf("the state before the agency is the agency's: %v", nb)
	}
}

func TestAChamberIsABody(t *testing.T) {
	wantFacts(t, factsOf(t, "Trade\n\nMary Jones of the Chamber of Commerce told reporters that exports would fall.\n"), "Mary Jones memberOf Chamber of Commerce")
}

func TestCommonNewsConstructions(t *testing.T) {
	f := factsOf(t,
		"Sport\n\nTom Hale, who plays for Kilnow United, scored twice in the first half of the game.\n",
		"Summit\n\nRussian President Vladimir Putin met his Turkish counterpart Recep Tayyip Erdogan in Sochi on Monday.\n",
		"Møte\n\nUtenriksminister Ine Eriksen Søreide (H) møtte sin russiske kollega Sergej Lavrov i Oslo på tirsdag.\n",
		"Samtaler\n\nStatsminister Erna Solberg og Vladimir Putin hadde samtaler i Moskva mandag, og de snakket om grensen.\n",
		"Avtale\n\nNorge og Russland ble enige om en ny avtale om fisket i Barentshavet etter flere år med forhandlinger.\n",
		"Krigen\n\nSyriske regjeringsstyrker gjenerobret byen Maarat al-Numan etter flere uker med kamper i provinsen.\n",
		"Selskapet\n\nNordvik Systems, som har hovedkontor i Bergen, skal ansette 200 personer i løpet av neste år.\n",
		"Besøket\n\nRusslands president Vladimir Putin møtte statsminister Erna Solberg i Moskva på tirsdag for å snakke om grensen.\n",
		"Plan\n\nHenry Paulson, the US Treasury Secretary, explained the plan to reporters on Friday.\n")
	wantFacts(t, f, "Tom Hale memberOf Kilnow United",
		"Vladimir Putin negotiatesWith Recep Tayyip Erdoğan",
		"Ine Eriksen Søreide negotiatesWith Sergej Lavrov",
		"Erna Solberg negotiatesWith Vladimir Putin",
		"Norway negotiatesWith Russia",
		"Syrian government forces captured Maarat al-Numan",
		"Nordvik Systems locatedIn Bergen",
		"Vladimir Putin negotiatesWith Erna Solberg",
		"Henry Paulson represents US Department of the Treasury")
	if f["Russia negotiatesWith Recep Tayyip Erdoğan"] || f["Russia negotiatesWith Erna Solberg"] {
		t.Errorf("the gap before 'met' holds no name: %v", f)
	}
}

func TestWhereAPlaceLies(t *testing.T) {
	f := factsOf(t,
		"Quake\n\nThe earthquake struck Palu, a city on the island of Sulawesi, on Friday evening.\n",
		"Quake\n\nThe earthquake struck Palu, the capital of Central Sulawesi province, on Friday evening.\n",
		"Quake\n\nThe earthquake struck the Indonesian city of Palu on Friday evening.\n",
		"Floods\n\nFloods hit Kerala, a state in southern India, after weeks of rain.\n",
		"Floods\n\nFloods hit the southern Indian state of Kerala after weeks of rain.\n",
		"Floods\n\nFloods hit India's southern state of Kerala after weeks of rain.\n",
		"Fire\n\nThe fire broke out in Deptford, in the south-east of London, on Sunday morning.\n",
		"Skjelvet\n\nJordskjelvet rammet Palu, en by på øya Sulawesi, fredag kveld.\n",
		"Skjelvet\n\nJordskjelvet rammet byen Donggala i Indonesia fredag kveld, og det er mange som ikke har hørt fra sine nærmeste.\n",
		"Flommen\n\nFlommen rammet delstaten Kerala sør i India etter flere uker med regn.\n",
		"Flommen\n\nFlommen rammet Indias sørlige delstat Kerala etter flere uker med regn.\n")
	wantFacts(t, f, "Palu locatedIn Sulawesi", "Palu locatedIn Central Sulawesi", "Palu locatedIn Indonesia",
		"Kerala locatedIn India", "Deptford locatedIn London", "Donggala locatedIn Indonesia")
}

func TestVotesDemandsAndAllies(t *testing.T) {
	en := factsOf(t,
		"Vote\n\nMaria Lopez voted against the Chequers plan in parliament on Tuesday evening.\n",
		"Scandal\n\nTom Hale called for Maria Lopez's resignation after the scandal broke on Monday.\n",
		"Allies\n\nTom Hale is a staunch ally of Maria Lopez, and he has been for many years.\n")
	nb := factsOf(t,
		"Avstemning\n\nTom Hale stemte mot Chequers-planen i Stortinget på tirsdag, og det gjorde også partiet hans.\n",
		"Skandalen\n\nTom Hale krevde Maria Lopez' avgang etter skandalen, og han fikk støtte fra flere i partiet.\n",
		"Allierte\n\nTom Hale er en nær alliert av Maria Lopez, og han har vært det i mange år.\n")
	wantFacts(t, en, "Maria Lopez opposes Chequers plan", "Tom Hale opposes Maria Lopez", "Tom Hale supports Maria Lopez")
	wantFacts(t, nb, "Tom Hale opposes Chequers plan", "Tom Hale opposes Maria Lopez", "Tom Hale supports Maria Lopez")
}

func TestWhereSomeoneWorks(t *testing.T) {
	f := factsOf(t,
		"Sales\n\nBen Reitz, with Kilnow Capital, estimated that sales would rise by a tenth this year.\n",
		"Risk\n\nAbigail Gray, a research associate at the Center for a New Nordic Security, said the risk was growing.\n")
	wantFacts(t, f, "Ben Reitz memberOf Kilnow Capital", "Abigail Gray memberOf Center for a New Nordic Security")
}

func TestASecretaryAfterAPortfolioIsAMinister(t *testing.T) {
	f := factsOf(t, "Toyota warns on Brexit\n\nToyota says a no-deal Brexit would halt production at its plant in Britain.\nBusiness Secretary Greg Clark said the warning was a concern for the UK.\n")
	wantFacts(t, f, "Greg Clark represents United Kingdom")
	f = factsOf(t, "Talks\n\nThe United States is in talks with China about trade.\nPress Secretary Sarah Sanders said the talks were going well.\n")
	if f["Sarah Sanders represents United States"] {
		t.Errorf("a press secretary is no minister of the state: %v", f)
	}
}

func TestAnOpponentOfAndAPlebiscite(t *testing.T) {
	f := factsOf(t, "Vote\n\nMaria Lopez, an opponent of the Chequers plan, said she would vote no.\n")
	wantFacts(t, f, "Maria Lopez opposes Chequers plan")
	d := extractText(t, "Macedonians vote in referendum\n\nVoters go to the polls on Sunday in a referendum on the name.\nPresident Ivanov, an opponent of the plebiscite, will not vote.\n")
	for _, e := range d.Entities {
		if e.Type == "Event" && e.Name == "referendum" && len(e.Mentions) != 3 {
			t.Errorf("the plebiscite is the article's referendum: %v", e.Mentions)
		}
	}
}

func TestAJobBeforeANameWorksForTheBodyBeforeIt(t *testing.T) {
	en := factsOf(t,
		"Markets\n\nKilnow Bank strategist Alan Reed said the dollar would weaken this year.\n",
		"Study\n\nNordvik University professor Anna Berg wrote the study with two colleagues.\n",
		"Funds\n\nKessler Partners chief strategist, Anna Voss, said stocks would fall.\n")
	nb := factsOf(t,
		"Renten\n\nIfølge DNB-økonom Kari Nes vil renten stige neste år, og det merker folk.\n",
		"Debatten\n\nNRK-journalist Fredrik Solvang ledet debatten i går kveld, og den var het.\n")
	wantFacts(t, en, "Alan Reed memberOf Kilnow Bank", "Anna Berg memberOf Nordvik University", "Anna Voss memberOf Kessler Partners")
	wantFacts(t, nb, "Kari Nes memberOf DNB", "Fredrik Solvang memberOf NRK")
}

func TestABodysPeopleListedAfterItsGenitive(t *testing.T) {
	f := factsOf(t, "Vote\n\nThe Kilnow Party's Alice Wong and Peter Lam were elected in the district on Sunday.\n")
	wantFacts(t, f, "Alice Wong memberOf Kilnow Party", "Peter Lam memberOf Kilnow Party")
}

func TestTwoWhoMetSomeoneElseDidNotMeetEachOther(t *testing.T) {
	f := factsOf(t, "Visit\n\nTom Hale and Maria Oster met the students at the school on Friday.\n")
	if f["Tom Hale negotiatesWith Maria Oster"] || f["Maria Oster negotiatesWith Tom Hale"] {
		t.Errorf("they met the students, not each other: %v", f)
	}
	f = factsOf(t, "Summit\n\nTom Hale and Maria Oster met in Oslo on Friday.\n")
	wantFacts(t, f, "Tom Hale negotiatesWith Maria Oster")
}

func TestWarAsNewsWritesIt(t *testing.T) {
	en := factsOf(t,
		"Strikes\n\nRussian warplanes bombed Idlib on Tuesday, killing at least nine people.\n",
		"Siege\n\nGovernment forces shelled Zorava overnight, and the siege of the town went on.\n",
		"Missile\n\nHouthi rebels fired a missile at Riyadh on Sunday night.\n",
		"Front\n\nThe rebels hold the eastern part of Aleppo, where thousands are trapped.\n")
	nb := factsOf(t,
		"Angrep\n\nRussiske fly bombet Idlib tirsdag, og minst ni mennesker ble drept.\n",
		"Fronten\n\nOpprørerne holder den østlige delen av Aleppo, der tusener er fanget. Det er ikke mat igjen i byen, og det sier FN.\n")
	wantFacts(t, en, "Russia attacked Idlib", "government forces attacked Zorava", "Ansar Allah attacked Riyadh", "rebels controls Aleppo")
	wantFacts(t, nb, "Russia attacked Idlib", "rebels controls Aleppo")
}

func TestDiplomacyAsNewsWritesIt(t *testing.T) {
	en := factsOf(t,
		"Attack\n\nGermany and France condemned the attack by Islamic State on Sunday.\n",
		"Sanctions\n\nThe United States imposed new sanctions on Iran on Monday.\n",
		"Rift\n\nSaudi Arabia cut diplomatic ties with Qatar in June, citing its support for terrorism.\n",
		"Spies\n\nBritain expelled 23 Russian diplomats after the poisoning in Salisbury.\n",
		"Vote\n\nTom Hale, who represents Ohio in the Senate, voted against the bill.\n")
	nb := factsOf(t,
		"Sanksjoner\n\nUSA innførte nye sanksjoner mot Iran mandag, og det skjer ikke for første gang.\n",
		"Bruddet\n\nSaudi-Arabia brøt de diplomatiske forbindelsene med Qatar i juni, og det vekket oppsikt i regionen.\n",
		"Spioner\n\nStorbritannia utviste 23 russiske diplomater etter forgiftningen i Salisbury, og det ble lagt merke til.\n",
		"Avstemningen\n\nTom Hale, som representerer Ohio i Senatet, stemte mot lovforslaget, og det var ventet.\n")
	wantFacts(t, en, "Germany opposes Islamic State", "France opposes Islamic State", "United States opposes Iran", "Saudi Arabia opposes Qatar", "United Kingdom opposes Russia",
		"Tom Hale represents Ohio", "Tom Hale memberOf US Senate")
	wantFacts(t, nb, "United States opposes Iran", "Saudi Arabia opposes Qatar", "United Kingdom opposes Russia", "Tom Hale represents Ohio", "Tom Hale memberOf US Senate")
	if f := factsOf(t, "Murder\n\nNorway condemned the killing of Tom Hale by unknown gunmen.\n"); f["Norway opposes Tom Hale"] {
		t.Errorf("the killing of X names the victim: %v", f)
	}
}

func TestAStatesBodyIsNotABodyItJoins(t *testing.T) {
	f := factsOf(t,
		"Bid\n\nTurkey threatened to block Sweden's NATO bid at the summit.\n",
		"Exit\n\nBritain's EU membership ended in 2020 after years of talks.\n",
		"Gas\n\nRussia's Gazprom cut gas supplies to Ukraine on Monday.\n")
	if f["NATO locatedIn Sweden"] || f["European Union locatedIn United Kingdom"] || f["Gazprom locatedIn Russia"] {
		t.Errorf("a state's bid for a body or membership of it does not place the body in the state, nor does its genitive before a company (Russia's Gazprom: its nationality): %v", f)
	}
}

func TestAPartyMemberNamedByDescription(t *testing.T) {
	en := factsOf(t, "Run\n\nElizabeth Warren says she will take a hard look at running. The Boston Globe reports the Massachusetts Democrat spoke about her future at a town hall.\n")
	nb := factsOf(t, "Valg\n\nElizabeth Warren sier hun vil vurdere å stille. Ifølge The Boston Globe snakket demokraten fra Massachusetts om fremtiden sin på et møte.\n")
	wantFacts(t, en, "Elizabeth Warren memberOf Democratic Party")
	wantFacts(t, nb, "Elizabeth Warren memberOf Democratic Party")
	if f := factsOf(t, "Vote\n\nThe Democrats won the House on Tuesday, and Tom Hale lost his seat. A Republican strategist said it was a blow.\n"); f["Tom Hale memberOf Republican Party"] {
		t.Errorf("a Republican strategist is not the last person named: %v", f)
	}
}

func TestMatchReportsSayWhoPlaysForWhom(t *testing.T) {
	en := factsOf(t, "Derby\n\nLivingston drew 1-1 with Hamilton in the league match on Saturday. Scott Robinson gave Livingston the lead before half-time, but David Templeton equalised for Hamilton with a penalty. Dolly Menga's header put Livingston ahead again, and the striker scored his first goal of the season. Ryan Kent doubled Livingston's lead after the break before Tony Watt pulled one back for Hamilton.\n")
	wantFacts(t, en, "Scott Robinson memberOf Livingston FC", "David Templeton memberOf Hamilton", "Dolly Menga memberOf Livingston FC", "Ryan Kent memberOf Livingston FC", "Tony Watt memberOf Hamilton")
	nb := factsOf(t, "Kampen\n\nLivingston slo Rangers 1-0 i ligakampen søndag. Dolly Menga ga Livingston ledelsen etter en halvtime, og spissen scoret sitt tredje mål for sesongen. Scott Robinson doblet Livingstons ledelse etter pausen, før Ryan Kent reduserte for Rangers på straffespark.\n")
	wantFacts(t, nb, "Dolly Menga memberOf Livingston FC", "Scott Robinson memberOf Livingston FC", "Ryan Kent memberOf Rangers FC")
}

func TestACapitalActsForItsState(t *testing.T) {
	en := factsOf(t,
		"Trade\n\nWashington and Beijing agreed on Friday to resume the trade talks.\n",
		"Protests\n\nTehran accused Washington of supporting the protesters in the streets.\n")
	nb := factsOf(t,
		"Handel\n\nWashington og Beijing ble enige fredag om å gjenoppta handelssamtalene, og det vekket håp.\n",
		"Protester\n\nTeheran anklaget Washington for å støtte demonstrantene, og det skjedde igjen mandag.\n")
	for _, f := range []map[string]bool{en, nb} {
		wantFacts(t, f, "United States negotiatesWith China", "Iran opposes United States")
	}
	if types := typesOf(extractText(t, "Trip\n\nThe minister flew to Washington on Monday for talks.\n")); types["Washington"] != "City" {
		t.Errorf("a capital travelled to is the city: %v", types)
	}
}

func TestTitlesOfStatesAndTheirSpokesmen(t *testing.T) {
	d := extractText(t, "Warning\n\nIran's Supreme Leader Ayatollah Ali Khamenei warned the West on Friday. Saudi Crown Prince Mohammed bin Salman met the president in Riyadh. Chinese foreign ministry spokesman Geng Shuang said Beijing opposed the move.\n")
	f := facts(d)
	wantFacts(t, f, "Ali Khamenei leaderOf Iran", "Mohammed bin Salman represents Saudi Arabia", "Geng Shuang represents China")
	for name := range typesOf(d) {
		if name == "Supreme" || name == "Crown" || strings.HasPrefix(name, "Supreme ") || strings.HasPrefix(name, "Crown ") {
			t.Errorf("a title is no name: %s", name)
		}
	}
}

func TestNorwegianTitlesOfStatesAndSpokesmen(t *testing.T) {
	f := factsOf(t,
		"Advarsel\n\nIrans øverste leder, ayatolla Ali Khamenei, advarte Vesten fredag, og det vakte oppsikt.\n",
		"Besøk\n\nSaudi-Arabias kronprins Mohammed bin Salman møtte presidenten i Riyadh mandag, og de snakket om Jemen.\n",
		"Saken\n\nKreml-talsmann Dmitrij Peskov sa at Russland ikke hadde noe med saken å gjøre, og det gjentok han.\n",
		"Protest\n\nTalsmann for det kinesiske utenriksdepartementet, Geng Shuang, sa at Kina var imot, og det var ventet.\n")
	wantFacts(t, f, "Ali Khamenei leaderOf Iran", "Mohammed bin Salman represents Saudi Arabia", "Dmitrij Peskov represents Kremlin", "Geng Shuang represents China")
}

func TestTakingOfficeAndWorkingSomewhere(t *testing.T) {
	en := factsOf(t,
		"Vote\n\nTom Hale was elected mayor of Leeds in May, and he takes office in June.\n",
		"Boss\n\nMaria Oster took over as chief executive of Norvex Motors last year.\n",
		"Charity\n\nAnna Berg has been named the new head of the Kilnow Foundation.\n",
		"Jobs\n\nKari Nes works for Norvex Motors as an engineer, and she likes it.\n")
	wantFacts(t, en, "Tom Hale leaderOf Leeds", "Maria Oster leaderOf Norvex Motors", "Anna Berg leaderOf Kilnow Foundation", "Kari Nes memberOf Norvex Motors")
	nb := factsOf(t,
		"Valget\n\nTom Hale ble valgt til ordfører i Bergen i mai, og han tiltrer i oktober.\n",
		"Sjefen\n\nMaria Oster tok over som administrerende direktør i Norvex Motors i fjor, og hun har gjort det bra.\n",
		"Jobben\n\nKari Nes jobber for Norvex Motors som ingeniør, og hun trives godt der.\n")
	wantFacts(t, nb, "Tom Hale leaderOf Bergen", "Maria Oster leaderOf Norvex Motors", "Kari Nes memberOf Norvex Motors")
	if f := factsOf(t, "Career\n\nKai Lee, who has worked for Norvex Motors and Kilnow Bank, now invests in start-ups.\n"); f["Kai Lee memberOf Norvex Motors"] {
		t.Errorf("a past job is no membership: %v", f)
	}
}

func TestDescriptionsCapitalsAndAreasAfterAComma(t *testing.T) {
	f := factsOf(t,
		"Denial\n\nTom Hale denied the claims on Sunday. The Portugal and Juventus forward has been accused of cheating.\n",
		"Quake\n\nThe quake struck near the Indonesian capital, Jakarta, on Friday morning.\n",
		"Murder\n\nA murder inquiry began after a body was found in Birkenhead, Merseyside on Monday. Police said the victim was local to Birkenhead.\n")
	wantFacts(t, f, "Tom Hale memberOf Juventus", "Tom Hale memberOf Portugal", "Jakarta locatedIn Indonesia", "Birkenhead locatedIn Merseyside")
	nb := factsOf(t, "Skjelvet\n\nJordskjelvet rammet like nordøst for den indonesiske hovedstaden, Jakarta, fredag morgen, og mange ble skadet.\n")
	wantFacts(t, nb, "Jakarta locatedIn Indonesia")
	if f := factsOf(t, "Goal\n\nTom Hale received the ball at midfield. The Argentine striker scored a minute later.\n"); f["Tom Hale memberOf Argentina"] {
		t.Errorf("a nationality is no side: %v", f)
	}
}

func TestMorePlacesAsNewsWritesThem(t *testing.T) {
	en := factsOf(t,
		"Schools\n\nThe schools in Livorno, Tuscany, were told to pay over 422,000 euros in arrears.\n",
		"Contract\n\nThe Air Force selected Los Angeles based Northrop Grumman to build the aircraft.\n")
	wantFacts(t, en, "Livorno locatedIn Tuscany", "Northrop Grumman locatedIn Los Angeles")
	nb := factsOf(t, "Skjelv\n\n2018: Kraftige jordskjelv rammer Indonesias turistøy Lombok og dreper mer enn 500 mennesker.\n")
	wantFacts(t, nb, "Lombok locatedIn Indonesia")
}

func TestSupportReceivedAndSidesListed(t *testing.T) {
	en := factsOf(t,
		"Clock\n\nAhmed Mohamed received support online from US President Barack Obama.\n",
		"Plan\n\nOpponents of the Chequers plan, including Boris Johnson, want a clean break.\n",
		"Aid\n\nThe Norwegian government announced a $52.5 million financial assistance package for Norvex Motors.\n")
	wantFacts(t, en, "Barack Obama supports Ahmed Mohamed", "Boris Johnson opposes Chequers plan", "Norwegian government supports Norvex Motors")
	nb := factsOf(t, "Klokken\n\nAhmed Mohamed fikk støtte på nett fra president Barack Obama, og det gledet ham.\n")
	wantFacts(t, nb, "Barack Obama supports Ahmed Mohamed")
}

func TestRunningAgainstAndToldToWithdraw(t *testing.T) {
	en := factsOf(t,
		"Race\n\nConor Lamb is running against another incumbent, Republican Keith Rothfus, in the new district.\n",
		"Troops\n\nSyria told the United States to withdraw its troops immediately.\n")
	wantFacts(t, en, "Conor Lamb opposes Keith Rothfus", "Syria opposes United States")
	nb := factsOf(t,
		"Valget\n\nConor Lamb stiller mot en annen sittende representant, republikaneren Keith Rothfus, i det nye distriktet.\n",
		"Energi\n\nTyskland har bedt USA holde seg unna EUs energipolitikk, og det skjedde fredag.\n")
	wantFacts(t, nb, "Conor Lamb opposes Keith Rothfus", "Germany opposes United States")
}

func TestATitleOfTheFirmNamedByItsNoun(t *testing.T) {
	f := factsOf(t,
		"Profits\n\nThe US carmaker Norvex has said that it posted a net profit. \"We are making progress,\" said the firm's chief executive officer, Alan Mulally.\n",
		"Loss\n\nNorvex Motors reported a loss on Monday. The company's founder Tom Hale said the firm would recover.\n")
	wantFacts(t, f, "Alan Mulally leaderOf Norvex", "Tom Hale leaderOf Norvex Motors")
	if types := typesOf(extractText(t, "Mill\n\nIn 1832 the cloister was sold to the manufacturer Georg Reichenbach by the state.\n")); types["Georg Reichenbach"] != "Person" {
		t.Errorf("a manufacturer with a person's name is a person: %v", types)
	}
}

func TestLeadersOfTwoStatesWhoMet(t *testing.T) {
	en := factsOf(t, "Visit\n\nThere were smiles on Saturday as the leaders of Turkey and Germany met for breakfast in Berlin.\n")
	nb := factsOf(t, "Besøket\n\nAlt var bare smil på lørdag, da lederne av Tyrkia og Tyskland spiste frokost sammen i Berlin.\n")
	wantFacts(t, en, "Turkey negotiatesWith Germany")
	wantFacts(t, nb, "Turkey negotiatesWith Germany")
}

func TestPlacesInAnAppositionAndAnArea(t *testing.T) {
	en := factsOf(t,
		"Boycott\n\nHe led a boycott of shops on 125th Street, a main street for shopping in Harlem.\n",
		"Stores\n\nThe first store opened in Croydon, south London, last week.\n")
	wantFacts(t, en, "125th Street locatedIn Harlem", "Croydon locatedIn London")
	nb := factsOf(t,
		"Boikott\n\nHan ledet en boikott av butikkene i 125th Street, en gate for shopping i Harlem.\n",
		"Angrepet\n\nGutten ble funnet i Elm Terrace-området av Midsomer Norton rundt klokken fire.\n")
	wantFacts(t, nb, "125th Street locatedIn Harlem", "Elm Terrace locatedIn Midsomer Norton")
	en = factsOf(t, "Boycott\n\nThe shops in Harlem closed. He led a boycott on 125th Street, one of Harlem's main shopping streets, in 1930.\n")
	nb = factsOf(t, "Boikott\n\nButikkene i Harlem stengte. Han ledet en boikott på 125th Street – en av Harlems hovedhandlegater – i 1930.\n")
	wantFacts(t, en, "125th Street locatedIn Harlem")
	wantFacts(t, nb, "125th Street locatedIn Harlem")
}

func TestAPoliceOfficerActsForTheNamedForce(t *testing.T) {
	en := factsOf(t,
		"Theft\n\nThieves took $20,000, according to a release from the Newport Police Department.\nThe driver had been emptying an ATM, Det. Ann Cole wrote in the release.\n",
		"Arrest\n\nThe Avon and Somerset Police said a man was arrested. Detective Inspector Tom Hale said: \"We are grateful.\"\n")
	wantFacts(t, en, "Ann Cole represents Newport Police Department", "Tom Hale represents Avon and Somerset Police")
	nb := factsOf(t, "Brannen\n\nPolitiet i Bergen rykket ut. Operasjonsleder Kari Nes sier at ingen ble skadd.\n",
		"Tyveriet\n\nTyver tok 20 000 dollar, ifølge en pressemelding fra Newport Police Department. Sjåføren var opptatt, skrev detektiv Ann Cole i pressemeldingen.\n")
	wantFacts(t, nb, "Kari Nes represents Bergen Police", "Ann Cole represents Newport Police Department")
	// police the article does not name: no force to act for
	if f := factsOf(t, "Search\n\nPolice in Leeds are searching. Sergeant John Smith said the search would go on.\n"); len(f) > 0 && f["John Smith represents British police"] {
		t.Errorf("an unnamed force: %v", f)
	}
}

func TestSaidATitleAtABodyThenTheName(t *testing.T) {
	f := factsOf(t, "Shares\n\n\"The stock is reacting nicely,\" said chief investment officer at Halvard Asset Management, Tim Brask.\n")
	wantFacts(t, f, "Tim Brask memberOf Halvard Asset Management")
}

func TestSupportersAndLobbyists(t *testing.T) {
	en := factsOf(t,
		"Vote\n\nJudge Tom Hale faces a vote. Why did Mr Hale and his Republican supporters not want an inquiry?\n",
		"Vote\n\nAnna Berg has been calling senators, lobbying them to support Mr Tom Hale, who once worked for her.\n")
	wantFacts(t, en, "Republican Party supports Tom Hale", "Anna Berg supports Tom Hale")
	nb := factsOf(t,
		"Avstemningen\n\nDommer Tom Hale står foran en avstemning. Hvorfor ønsket ikke Tom Hale og hans republikanske støttespillere en granskning?\n",
		"Avstemningen\n\nDommer Tom Hale står foran en avstemning. Anna Berg har drevet lobbyvirksomhet for å få senatorene til å støtte Tom Hale.\n")
	wantFacts(t, nb, "Republican Party supports Tom Hale", "Anna Berg supports Tom Hale")
}

func TestAProvinceOnAnIslandAndAPlaceByItsBearing(t *testing.T) {
	en := factsOf(t, "Quake\n\nThe quake struck Aceh province in northern Sumatra on Monday, officials said.\n")
	wantFacts(t, en, "Aceh locatedIn Sumatra")
	nb := factsOf(t, "Stormen\n\nStormen befant seg 620 km sørvest for Punta Eugenia, Mexico.\n")
	wantFacts(t, nb, "Punta Eugenia locatedIn Mexico")
	// a region in a place that is no island: a stadium
	if f := factsOf(t, "Match\n\nScotland play England at Hampden on Saturday in the Nations League.\n"); f["Scotland locatedIn Hampden"] {
		t.Errorf("a side at a ground: %v", f)
	}
}

func TestPlacesOnAnIsland(t *testing.T) {
	en := factsOf(t,
		"Quake\n\nHere are some key facts about Palu and Donggala, on the island of Sulawesi:\n",
		"Quake\n\nDonggala is a regency stretching along 300 km of coastline in the northwest of Sulawesi island.\n")
	wantFacts(t, en, "Palu locatedIn Sulawesi", "Donggala locatedIn Sulawesi")
	nb := factsOf(t, "Skjelvet\n\nHer er noen nøkkelfakta om Palu og Donggala på øya Sulawesi:\n")
	wantFacts(t, nb, "Palu locatedIn Sulawesi", "Donggala locatedIn Sulawesi")
}

func TestHeadsByABareNounAndAnAdjective(t *testing.T) {
	en := factsOf(t,
		"Phones\n\nAt the Norvex Motors developers conference, company CEO Tom Hale unveiled a new phone.\n",
		"Lights\n\nCrowds gathered in Vellmar to watch city mayor Kari Nes flip the switch.\n",
		"Tweets\n\nWest got backing from head of conservative group TPUSA, Candace Turner, who tweeted.\n",
		"Vows\n\nMexico's incoming president, Andres Manuel Lopez Obrador, has vowed never to use force.\n")
	wantFacts(t, en, "Tom Hale leaderOf Norvex Motors", "Kari Nes leaderOf Vellmar", "Candace Turner leaderOf TPUSA", "Andres Manuel Lopez Obrador leaderOf Mexico")
	nb := factsOf(t,
		"Tvitringen\n\nWest fikk støtte fra lederen av den konservative gruppen TPUSA, Candace Turner, som skrev på Twitter.\n",
		"Løftet\n\nMexicos tiltredende president, Andres Manuel Lopez Obrador, har sverget på at han aldri skal bruke makt.\n")
	wantFacts(t, nb, "Candace Turner leaderOf TPUSA", "Andres Manuel Lopez Obrador leaderOf Mexico")
}

func TestAStatesTitleInAnApposition(t *testing.T) {
	f := factsOf(t,
		"Boats\n\nThe US is worried. John Kerry, the Secretary of State, contacted Thailand's foreign minister.\n",
		"Files\n\nEnvironment Canada spokeswoman Sujata Raisinghani told CBC News the department will look into it.\n")
	wantFacts(t, f, "John Kerry represents United States", "Sujata Raisinghani represents Environment and Climate Change Canada")
	if f["Sujata Raisinghani represents Canada"] {
		t.Errorf("the department, not the country: %v", f)
	}
}

func TestSupportTweetedOrVoiced(t *testing.T) {
	en := factsOf(t, "Clock\n\nNASA tweeted support of Ahmed Mohamed via its account.\n", "Vote\n\nThe Vatican voiced its support for the Irish government.\n")
	wantFacts(t, en, "NASA supports Ahmed Mohamed", "Vatican City supports Irish government")
	nb := factsOf(t, "Klokken\n\nNASA tvitret sin støtte til Ahmed Mohamed via kontoen sin.\n")
	wantFacts(t, nb, "NASA supports Ahmed Mohamed")
}

func TestMatchesChainThroughTheirLastEntity(t *testing.T) {
	// "A in B in C": the rule's two matches share B; both are facts
	for _, text := range []string{
		"Holiday\n\nThe family flew to Disneyland in Orlando in the United States last week.\n",
		"Ferie\n\nFamilien reiste til Disneyland i Orlando i USA forrige uke.\n",
	} {
		wantFacts(t, factsOf(t, text), "Disneyland locatedIn Orlando", "Orlando locatedIn United States")
	}
}

func TestNorwegianTitlesAroundNamesAndBodies(t *testing.T) {
	// a title before the name and the body after it, or the body between
	// title and name without a comma; the body's plural politicians; a
	// capital put after its city
	f := factsOf(t, "Kirke\n\nBiskop Anne Marie Dahl i Den katolske kirke sier at hun er skuffet over vedtaket.\n",
		"Rett\n\nDommer Tor Bekkevold (57) i Hamar tingrett ble kritisert i går.\n",
		"Bok\n\nDet mener litteraturkritiker i danske Politiken Sofie Lund Holm, som har lest boka.\n",
		"Avisen\n\nDagsavisens kommentator Per Olav Strand er mer skeptisk til forslaget enn de fleste andre i debatten.\n",
		"Parti\n\nSp-politikere som Kari Nygaard og Ola Berntsen vil ha mer penger til bøndene.\n",
		"Reise\n\nDet sa Clinton til reportere i Nairobi, hovedstaden i Kenya, i går.\n")
	wantFacts(t, f, "Anne Marie Dahl memberOf Catholic Church", "Tor Bekkevold memberOf Hamar tingrett",
		"Sofie Lund Holm memberOf Politiken", "Per Olav Strand memberOf Dagsavisen",
		"Kari Nygaard memberOf Centre Party", "Ola Berntsen memberOf Centre Party", "Nairobi locatedIn Kenya")
}

func TestEnglishAgeAndPartyPoliticians(t *testing.T) {
	f := factsOf(t, "Court\n\nJudge Tor Bekkevold, 57, of the Hamar District Court was criticised on Monday for the ruling.\n",
		"Schools\n\nLabour politicians such as Jess Phillips and Wes Streeting want more money for schools in the north.\n")
	wantFacts(t, f, "Tor Bekkevold memberOf Hamar District Court", "Jess Phillips memberOf Labour Party", "Wes Streeting memberOf Labour Party")
}

func TestContributorsSupportAndAppointedPrimeMinisterLeads(t *testing.T) {
	for _, text := range []string{
		"Mission\n\nBoth Albania and Croatia already contribute troops to the NATO-led ISAF force in Afghanistan, the ministers said.\n",
		"Styrken\n\nBåde Albania og Kroatia bidrar allerede til den NATO-ledede ISAF-styrken i Afghanistan, sa ministrene.\n",
	} {
		wantFacts(t, factsOf(t, text), "Albania supports ISAF", "Croatia supports ISAF")
	}
	wantFacts(t, factsOf(t, "Mali\n\nDjango Cissoko er utnevnt til ny statsminister i Mali etter at forgjengeren ble tvunget til å gå av.\n"),
		"Django Cissoko leaderOf Mali")
}

func TestThePartysSpokesmanIsTheLastPartys(t *testing.T) {
	for _, text := range []string{
		"Budget\n\nThe Centre Party wants to keep the subsidy. The party's finance spokesman, Per Olaf Lundteigen, said the plan was wrong.\n",
		"Budsjett\n\nSp vil beholde kontantstøtten, og før helgen sa partiets finanspolitiske talsmann, Per Olaf Lundteigen, at planen var feil.\n",
	} {
		wantFacts(t, factsOf(t, text), "Per Olaf Lundteigen represents Centre Party")
	}
}

func TestNorwegianTownsInstitutionsAndWhereThingsLie(t *testing.T) {
	f := factsOf(t,
		"Helse\n\nTønsberg-ordfører Per Arne Olsen (Frp) har gjennomgått en vellykket operasjon, og Bergen-ordføreren Marte Mjøs Persen ønsker ham god bedring.\n",
		"Studier\n\nDet sier Kari Nordmann, en forsker ved Universitetet i Santiago, til avisen i dag.\n",
		"Reise\n\nFærøyenes beste restaurant, Koks, ligger i Hotel Føroyar i Tórshavn. Leiligheten er rekonstruert på Folkemuseet på Bygdøy.\n")
	wantFacts(t, f, "Per Arne Olsen leaderOf Tønsberg", "Marte Mjøs Persen leaderOf Bergen",
		"Kari Nordmann memberOf Universitetet i Santiago", "Koks locatedIn Hotel Føroyar", "Folkemuseet locatedIn Bygdøy")
}

func TestEnglishAppositionsOfWebText(t *testing.T) {
	f := factsOf(t,
		"Truce\n\n\"We are not happy with the position,\" commented Khader Habib, a senior Islamic Jihad official. Sadr spoke of Nasrallah, the leader of the militant Lebanese Shiite group Hezbollah.\n",
		"Housing\n\n\"HANO must comply with the agreement,\" said James Perry, GNOFHAC Executive Director. Abbas spoke in the West Bank town of Ramallah on Saturday.\n")
	wantFacts(t, f, "Khader Habib memberOf Palestinian Islamic Jihad", "Nasrallah leaderOf Hezbollah",
		"James Perry leaderOf GNOFHAC", "Ramallah locatedIn West Bank")
	past := factsOf(t, "Chips\n\nMark Papermaster, formerly an Apple Inc. executive overseeing hardware engineering, is stepping down from his post.\n")
	if past["Mark Papermaster memberOf Apple"] {
		t.Errorf("'formerly an Apple executive' made a present member: %v", past)
	}
}

func TestTownsInAListLieInNoneOfEachOther(t *testing.T) {
	f := factsOf(t, "Clashes\n\nArmed clashes broke out in several northern cities on Wednesday, leaving some 22 persons dead in Mosul, Baiji, and Tuz.\n")
	for k := range f {
		if strings.Contains(k, "locatedIn") && (strings.HasPrefix(k, "Mosul") || strings.HasPrefix(k, "Baiji")) {
			t.Errorf("a list of towns made one lie in another: %v", f)
		}
	}
}

func TestAFormerLeaderLeadsNoMore(t *testing.T) {
	for _, text := range []string{
		"Besøket\n\nTirsdag morgen landet tidligere president Bill Clinton i Pyongyang. Senere fløy Clinton hjem til USA med de to journalistene.\n",
		"The visit\n\nOn Tuesday former president Bill Clinton landed in Pyongyang. Later Clinton flew home to the United States with the two journalists.\n",
	} {
		if f := factsOf(t, text); f["Bill Clinton leaderOf United States"] {
			t.Errorf("a former president the lexicon knows leads again: %v", f)
		}
	}
}

func TestABodysShortFormInBracketsBeforeWhereItIs(t *testing.T) {
	for text, want := range map[string]string{
		"Court\n\nHe spoke at the Walker Institute (WI) in Reading on Monday about the climate.\n":                      "Walker Institute locatedIn Reading",
		"Domstol\n\nHan ble forsøkt fjernet av Domstolsadministrasjonen (DA) i Trondheim i 2010, men beholdt jobben.\n": "Domstolsadministrasjonen locatedIn Trondheim",
	} {
		wantFacts(t, factsOf(t, text), want)
	}
}

func TestJoinedMeAtAndWelcomedTo(t *testing.T) {
	f := factsOf(t, "Google\n\nI want to welcome Darin Fisher, who joined me at Google this week. I also welcome Brian Ryner to Google! The President welcomed Xi Jinping to the White House on Monday.\n")
	wantFacts(t, f, "Darin Fisher memberOf Google", "Brian Ryner memberOf Google")
	if f["Xi Jinping memberOf White House"] {
		t.Errorf("a guest welcomed to the White House became its member: %v", f)
	}
}

func TestAKillingOfAPersonIsAnAttack(t *testing.T) {
	f := factsOf(t, "Yassin\n\nIraqi clerics condemned Sharon's murder of Sheikh Ahmed Yassin, a religious leader of Hamas, the day before.\n",
		"Kennedy\n\nThe killing of Robert Kennedy by John Carter shocked the country.\n")
	wantFacts(t, f, "Sharon attacked Ahmed Yassin", "John Carter attacked Robert Kennedy")
	if f["Sharon opposes Ahmed Yassin"] {
		t.Errorf("a murder read as words: %v", f)
	}
}

func TestAComplaintWithItsKindFiledAgainstABody(t *testing.T) {
	f := factsOf(t, "Housing\n\nThe Greater New Orleans Fair Housing Action Center filed a housing discrimination complaint against the Housing Authority of New Orleans last week.\n")
	wantFacts(t, f, "Greater New Orleans Fair Housing Action Center opposes Housing Authority of New Orleans")
}

func TestAStateThatKillsAPersonAttacksThem(t *testing.T) {
	f := factsOf(t, "Truce\n\nMahmoud Zahar declared the cease fire after Israel killed its former leader, Ahmed Khalil, on Friday.\n")
	wantFacts(t, f, "Israel attacked Ahmed Khalil")
}

func TestAStateThatKillsAPersonAttacksThemInNorwegian(t *testing.T) {
	f := factsOf(t, "Våpenhvile\n\nMahmoud Zahar erklærte våpenhvile etter at Israel drepte den tidligere lederen Ahmed Khalil på fredag.\n")
	wantFacts(t, f, "Israel attacked Ahmed Khalil")
}

// An office held "as" or after a copula gives its relation ("his job as
// mayor of Tønsberg", "jobben som ordfører i Tønsberg", "Fardal har vært
// redaktør for Elle"), a body in brackets after a person is theirs
// ("Ola Berg (NDL)"; a spokesperson's, whom they speak for), and states welcomed "as NATO's newest members"
// are members — but a copula far from the person gives nothing ("Lee,
// whose book … came out from Houghton Mifflin Harcourt, is director of …"
// is Lee's office, not the publisher's).
func TestOfficesHeldAsAndBodiesInBrackets(t *testing.T) {
	f := factsOf(t, "Tønsberg\n\nOlsen is on sick leave from his job as mayor of Tønsberg. Smith, who served as editor of Elle, died. Spokesperson Ronny Alte (NDL) said the group rejects violence. Albania and Croatia were welcomed on Wednesday as NATO's newest members.\n",
		"Tønsberg\n\nPer Arne Olsen er sykmeldt fra jobben som ordfører i Tønsberg. Nå har Kari Fardal vært redaktør for Elle i ti år. Pressetalsperson Ronny Alte (NDL) mener at de tar avstand fra vold. Ola Berg (NDL) er enig. Albania og Kroatia ble onsdag ønsket velkommen som NATOs nye medlemsland.\n")
	wantFacts(t, f, "Olsen leaderOf Tønsberg", "Smith leaderOf Elle", "Ronny Alte represents NDL", "Ola Berg memberOf NDL", "Albania memberOf NATO", "Croatia memberOf NATO",
		"Per Arne Olsen leaderOf Tønsberg", "Kari Fardal leaderOf Elle")
	g := factsOf(t, "Lee\n\nKai-Fu Lee, hvis bok ble utgitt av Houghton Mifflin Harcourt denne måneden, er direktør for Sinovation Ventures.\n")
	for fact := range g {
		if strings.HasPrefix(fact, "Houghton Mifflin Harcourt leaderOf") {
			t.Errorf("the publisher took the director's office: %v", g)
		}
	}
}

// A party's spokesman with two words before the title ("partiets
// frittalende finanspolitiske talsmann, X") speaks for the party.
func TestPartysSpokesmanWithModifiers(t *testing.T) {
	f := factsOf(t, "Sp\n\nSp vil beholde støtten, og partiets frittalende finanspolitiske talsmann, Per Olaf Lundteigen, er enig.\n")
	wantFacts(t, f, "Per Olaf Lundteigen represents Centre Party")
}

// A state's UN ambassador speaks for the state, not for the UN ("USAs
// FN-ambassadør Susan Rice"); a UN ambassador of no state before the
// title stays the UN's ("FN-ambassadør X").
func TestAStatesUNAmbassadorRepresentsTheState(t *testing.T) {
	f := factsOf(t, "Mali\n\nUSAs FN-ambassadør Susan Rice sa i forrige uke at soldatene er dårlig egnet til å krige i ørkenen.\n")
	wantFacts(t, f, "Susan Rice represents United States")
	if f["Susan Rice represents United Nations"] {
		t.Errorf("the state's ambassador speaks for the UN: %v", f)
	}
	g := factsOf(t, "FN\n\nFN-ambassadør Kari Nordmann sa at forslaget var dårlig, og at det ikke vil få flertall.\n")
	wantFacts(t, g, "Kari Nordmann represents United Nations")
}

// A state's head's title before a person the lexicon knows to lead a
// body later ("statsminister Jens Stoltenberg", NATO's head from 2014)
// makes them the head of the state the article is about, not of the body.
func TestAStateHeadsTitleOverridesTheLexiconsBody(t *testing.T) {
	f := factsOf(t, "Helse\n\nIngen er uenig med statsminister Jens Stoltenberg i at det offentlige skal ha ansvaret for helsetilbudet i Norge. Norge bruker mye penger på helse, og NATO bruker mye på forsvar.\n")
	wantFacts(t, f, "Jens Stoltenberg leaderOf Norway")
	if f["Jens Stoltenberg leaderOf NATO"] {
		t.Errorf("the prime minister leads NATO: %v", f)
	}
}

// "X, a religious leader of Hamas" is one of its leaders (but a former
// leader leads no more).
func TestALeaderOfABody(t *testing.T) {
	f := factsOf(t, "Yassin\n\nPolice said Ahmed Yassin, a religious leader of Hamas, was killed on Monday.\n")
	wantFacts(t, f, "Ahmed Yassin leaderOf Hamas")
	g := factsOf(t, "Yassin\n\nPolice said Ahmed Yassin, a former leader of Hamas, was killed on Monday.\n")
	if g["Ahmed Yassin leaderOf Hamas"] {
		t.Errorf("a former leader leads: %v", g)
	}
}

// A copula says where a place lies ("Palu is the capital of Central
// Sulawesi province", "Oslo er hovedstaden i Norge"); the city said to be
// the capital is not the city named before ("Palu er en by på Sulawesi.
// Oslo er hovedstaden i Norge" does not put Palu in Norway), nor a capital
// acting for its state.
func TestCopulaPlacesAPlace(t *testing.T) {
	f := factsOf(t, "Quake\n\nPalu is the capital of Central Sulawesi province, located at the end of a narrow bay. Vail is a ski town in Colorado.\n",
		"Jordskjelv i Indonesia\n\nDet var et kraftig jordskjelv i går, og mange mennesker er savnet etter at husene raste sammen. Palu er en by på Sulawesi. Oslo er hovedstaden i Norge, og det er ikke Bergen.\n")
	wantFacts(t, f, "Palu locatedIn Central Sulawesi", "Vail locatedIn Colorado", "Palu locatedIn Sulawesi", "Oslo locatedIn Norway")
	if f["Palu locatedIn Norway"] {
		t.Errorf("'hovedstaden' after a copula read as the city named before: %v", f)
	}
}

// A party's letter and a state between commas say what the bracketed
// form says: "Rep. Adam Schiff, D-Calif., objected" is a Democrat who
// represents California.
func TestPartyAndStateBetweenCommas(t *testing.T) {
	f := factsOf(t, "Senate\n\nRep. Adam Schiff, D-Calif., objected to the plan on Monday. The vote came after Sen. Susan Collins, R-Maine, spoke.\n")
	wantFacts(t, f, "Adam Schiff memberOf Democratic Party", "Adam Schiff represents California", "Susan Collins memberOf Republican Party", "Susan Collins represents Maine")
}

// A chamber's title makes a person its member when the article names the
// chamber: "Sen. Jeff Flake" of the US Senate the article is about, not
// of the "Senate Judiciary Committee" alone, and "Rep. Maxine Waters" no
// member of the White House.
func TestChamberTitles(t *testing.T) {
	f := factsOf(t, "Senate vote\n\nThe US Senate will vote on Friday. Sen. Jeff Flake called for an investigation. Senator Chris Coons agreed, and former Sen. John Smith disagreed.\n")
	wantFacts(t, f, "Jeff Flake memberOf US Senate", "Chris Coons memberOf US Senate")
	if f["John Smith memberOf US Senate"] {
		t.Errorf("a former senator is a member: %v", f)
	}
	g := factsOf(t, "Hearing\n\nThe Senate Judiciary Committee met on Friday. Sen. Jeff Flake called for an investigation. Rep. Maxine Waters spoke at the White House.\n")
	for k := range g {
		if strings.Contains(k, "memberOf") {
			t.Errorf("no chamber named, yet %s", k)
		}
	}
}

// A party's plural and a chamber's plural title before listed people make
// each a member: "Republicans Sens. John Kennedy and Lindsey Graham".
func TestPluralPartyAndChamberTitles(t *testing.T) {
	f := factsOf(t, "Senate vote\n\nThe US Senate will vote on Friday. Scott Pelley asked Republicans Sens. John Kennedy and Lindsey Graham whether the FBI could find anything.\n")
	wantFacts(t, f, "John Kennedy memberOf Republican Party", "Lindsey Graham memberOf Republican Party", "John Kennedy memberOf US Senate", "Lindsey Graham memberOf US Senate")
}

// A people's national branch of a body is its own body: "a spokesperson
// for the Indonesian Red Cross", "en talsperson for indonesiske Røde Kors"
// speak for the Indonesian Red Cross, not the International Committee.
func TestNationalBranches(t *testing.T) {
	f := factsOf(t, "Quake\n\n\"It is still a province level disaster,\" said Aulia Arriani, a spokesperson for the Indonesian Red Cross.\n",
		"Jordskjelv\n\nJordskjelvet rammet byen Palu på Sulawesi i går, og hundrevis av mennesker er savnet etter skjelvet. «Det er fremdeles en provinsiell katastrofe», sa Aulia Arriani, en talsperson for indonesiske Røde Kors.\n")
	wantFacts(t, f, "Aulia Arriani represents Indonesian Red Cross")
	if f["Aulia Arriani represents International Committee of the Red Cross"] {
		t.Errorf("the national branch read as the International Committee: %v", f)
	}
}

// A member of a parliament described by the seat she holds ("a Labour MP
// for Leeds", "a veteran Scottish National Party MSP for Glasgow")
// represents the place.
func TestParliamentMemberForPlace(t *testing.T) {
	f := factsOf(t, "Politics\n\nJane Smith, a Labour MP for Leeds, said the lapses were serious. Tom Brown, a veteran Scottish National Party MSP for Glasgow, agreed with her.\n")
	wantFacts(t, f, "Jane Smith represents Leeds", "Tom Brown represents Glasgow")
}

// One who heads a body's department is a member of the body, not its
// leader: "Google's head of research, Jeff Dean"; "Apple's
// vice-president of marketing, Greg Joswiak" likewise, a company officer.
func TestDepartmentHeadIsMember(t *testing.T) {
	f := factsOf(t, "Business\n\nGoogle's head of research, Jeff Dean, spoke at the conference. Apple's vice-president of marketing, Greg Joswiak, was there too.\n")
	if !f["Jeff Dean memberOf Google"] || f["Jeff Dean leaderOf Google"] {
		t.Errorf("the head of a department: %v", f)
	}
	if !f["Greg Joswiak memberOf Apple"] && !f["Greg Joswiak represents Apple"] {
		t.Errorf("a company's vice-president: %v", f)
	}
}

// A capital "i provinsen X" lies in X: the kind of place between the
// preposition and the name is no obstacle. "hovedstaden" in apposition to
// a name is that place, not the city the article named before.
func TestCapitalOfNamedKind(t *testing.T) {
	f := factsOf(t, "Jordskjelv\n\nEt jordskjelv med styrke 7,6 inntraff nær byen Padang, hovedstaden i provinsen Vest-Sumatra. Palu er hovedstaden i provinsen Sentral-Sulawesi, og mange er savnet.\n")
	wantFacts(t, f, "Padang locatedIn West Sumatra", "Palu locatedIn Sentral-Sulawesi")
	f = factsOf(t, "Jordskjelv\n\nMinst 384 personer er drept i byen Palu på fredag.\n2009: Et jordskjelv inntraff nær byen Padang, hovedstaden i provinsen Vest-Sumatra.\n")
	wantFacts(t, f, "Padang locatedIn West Sumatra")
}

// A Norwegian title with its body set off before a name ("Spissen i
// Rosenborg, Ola Nordmann", "Treneren for Molde, Erling Moe",
// "Forsvarsspiller på Tennessee Tigers, Christion Abercrombie") makes the
// name a person, a member or the leader of the body.
func TestNorwegianTitleAndBodyBeforeName(t *testing.T) {
	d := extractText(t, "Skade\n\nForsvarsspiller på Nashville Tigers, Christion Abercrombie, gjennomgikk en hasteoperasjon etter kampen. Spissen i Rosenborg, Ola Nordmann, scoret to mål i helgen. Treneren for Molde, Erling Moe, var fornøyd med kampen.\n")
	wantFacts(t, facts(d), "Christion Abercrombie memberOf Nashville Tigers", "Ola Nordmann memberOf Rosenborg BK", "Erling Moe leaderOf Molde FK")
	wantClasses(t, typesOf(d), map[string]byte{"Christion Abercrombie": 'P'})
}

// A Norwegian compound chief's title with its body set off before a name:
// the head of the body leads it ("forlagssjef i Cappelen, Geir Mork"), the
// head of a part of it is a member ("kommunikasjonssjef i Telenor, Ola
// Dahl", "kulturansvarlig for frukt i Gartnerhallen, Kari Holm").
func TestNorwegianCompoundChiefBeforeName(t *testing.T) {
	d := extractText(t, "Nyheter\n\nBoka er delt i tre deler, bekrefter forlagssjef i Cappelen, Geir Mork, overfor Dagsavisen. Ifølge kommunikasjonssjef i Telenor, Ola Dahl, er prisene høye. Det sier kulturansvarlig for frukt i organisasjonen Gartnerhallen, Kari Holm, til NRK.\n")
	f := facts(d)
	wantFacts(t, f, "Geir Mork leaderOf Cappelen", "Ola Dahl memberOf Telenor", "Kari Holm memberOf Gartnerhallen")
	if f["Ola Dahl leaderOf Telenor"] {
		t.Errorf("a department's chief leads the body: %v", f)
	}
}

// An officer of a body's division is one of the body's: "Holly Snyder,
// vice president of Nationwide's life insurance business" (quoted, she
// speaks for it), "Jane Roe, head of Google's cloud unit".
func TestOfficerOfADivision(t *testing.T) {
	f := factsOf(t, "Insurance\n\n\"People want to be taken care of,\" said Holly Snyder, vice president of Nationwide's life insurance business. Jane Roe, head of Google's cloud unit, spoke too.\n")
	if !f["Holly Snyder represents Nationwide"] && !f["Holly Snyder memberOf Nationwide"] || !f["Jane Roe memberOf Google"] || f["Jane Roe leaderOf Google"] {
		t.Errorf("officers of a division: %v", f)
	}
}

// A state named as the modifier of a body's noun is not the body the
// title is of: "head of the Iran Cartoon association" heads no state; but
// "Russian Energy Minister Aleksandr Novak" represents Russia.
func TestPlaceModifyingABody(t *testing.T) {
	f := factsOf(t, "Cartoons\n\nMasoud Shojai, head of the Iran Cartoon association, said the fair was open. Russian Energy Minister Aleksandr Novak met US Energy Secretary Rick Perry.\n")
	if f["Masoud Shojai leaderOf Iran"] {
		t.Errorf("the association's head leads Iran: %v", f)
	}
	wantFacts(t, f, "Aleksandr Novak represents Russia", "Rick Perry represents United States")
}

// The head of a body's department, named in the genitive after a leader's
// title, is a member of the body (department_nouns): "Kari Holm, leder for
// Googles skyavdeling"; "John Doe, head of Google" leads it.
func TestHeadOfADepartmentInTheGenitive(t *testing.T) {
	f := factsOf(t, "Sky\n\nKari Holm, leder for Googles skyavdeling, var enig i vurderingen. Hun har jobbet i selskapet i mange år.\n",
		"Cloud\n\nJohn Doe, head of Google, spoke at the meeting on Monday.\n")
	if !f["Kari Holm memberOf Google"] || f["Kari Holm leaderOf Google"] || !f["John Doe leaderOf Google"] {
		t.Errorf("a department's head: %v", f)
	}
}

// A job, where it is held and the holder's name with no comma between
// them: "Marketing director at Bellwether Foods Sam Ortiz" is a member,
// and the body's name ends before the given name; "head of the
// International Red Cross" keeps the body's name whole.
func TestJobAtABodyBeforeAName(t *testing.T) {
	f := factsOf(t, "Prices\n\nMarketing director at Bellwether Foods Sam Ortiz told reporters that prices would rise. Economics professor at the University of Leeds Maria Okafor said growth had stalled.\n",
		"Aid\n\nJan Gelfand, head of the International Red Cross in Indonesia, told CNN that help was on the way.\n")
	wantFacts(t, f, "Sam Ortiz memberOf Bellwether Foods", "Maria Okafor memberOf University of Leeds", "Jan Gelfand leaderOf International Red Cross")
}

// Support said with a noun or a passive of helping: "Dalton Motors had
// the support of the United Steel Workers", "Venstre ble hjulpet av
// Høyre".
func TestSupportAsANounOrAHelpingPassive(t *testing.T) {
	f := factsOf(t, "Plan\n\nThe restructuring plan for Dalton Motors had the support of the United Steel Workers union, the company said.\n",
		"Budsjett\n\nVenstre ble hjulpet av Høyre i forhandlingene om budsjettet. Partiet sier at avtalen er god for hele landet.\n")
	wantFacts(t, f, "United Steel Workers supports Dalton Motors", "Høyre supports Venstre")
}

// A body's member by its noun, before the name or in apposition: "Hamas
// militant Ali Raza", "Ali Khan, a Taliban commander,", "Omar Aziz, a
// Hamas member".
func TestMemberByTheBodysNoun(t *testing.T) {
	f := factsOf(t, "Raid\n\nFighting went on. Hamas militant Ali Raza was killed. Ali Khan, a Taliban commander, died in the raid. Omar Aziz, a Hamas member, was freed.\n")
	wantFacts(t, f, "Ali Raza memberOf Hamas", "Ali Khan memberOf Taliban", "Omar Aziz memberOf Hamas")
}

// "the city" stands for the city named last, but not before the name it
// gives: "byen Aleppo", "the city Homs", "the city of Aleppo".
func TestCityNounBeforeItsName(t *testing.T) {
	f := factsOf(t, "Nyheter\n\nBorgermester i Bergen, Ola Hansen, var til stede. Opprørerne inntok byen Aleppo.\n",
		"News\n\nThe mayor of Bergen was there. The rebels captured the city Homs on Monday.\n")
	if !f["rebels captured Aleppo"] || !f["rebels captured Homs"] || f["rebels captured Bergen"] {
		t.Errorf("a city's noun before its name: %v", f)
	}
}

// Control taken is a capture, in the perfect too: "The rebels have taken
// control of Goma", "Opprørerne har tatt kontroll over Goma" (and the name
// after "kontroll over" is a place).
func TestControlTakenIsACapture(t *testing.T) {
	d := extractText(t, "Nyheter\n\nOpprørerne har tatt kontroll over Goma.\n")
	wantFacts(t, facts(d), "rebels captured Goma")
	wantClassesOf(t, typesOf(d), map[string]string{"Goma": "Place"})
	wantFacts(t, factsOf(t, "News\n\nThe rebels have taken control of Goma.\n"), "rebels captured Goma")
}

// A Norwegian body's compound noun for its member, before the name or in
// apposition: "Hamas-militanten Ali Raza", "Ali Khan, en
// Taliban-kommandant,", "Ola Hansen, Ap-politiker fra Bergen,".
func TestNorwegianMemberByCompound(t *testing.T) {
	f := factsOf(t, "Nyheter\n\nDet var uro. Hamas-militanten Ali Raza ble drept. Ali Khan, en Taliban-kommandant, døde. Ola Hansen, Ap-politiker fra Bergen, tapte.\n")
	wantFacts(t, f, "Ali Raza memberOf Hamas", "Ali Khan memberOf Taliban", "Ola Hansen memberOf Norwegian Labour Party")
}

// A mayor's title and town around the name: "Ola Hansen, ordfører i
// Bergen,", "Borgermesteren i Bergen, Ola Hansen,", "ordfører Kari Lie i
// Molde", "Per Berg, mayor of Leeds," lead the town.
func TestMayorsTitleAndTown(t *testing.T) {
	f := factsOf(t, "Nyheter\n\nDet var uro. Ola Hansen, ordfører i Bergen, var til stede. Borgermesteren i Tromsø, Anne Dahl, kom også. Ordfører Kari Lie i Molde var hjemme.\n",
		"News\n\nThere was unrest. Per Berg, mayor of Leeds, was there.\n")
	wantFacts(t, f, "Ola Hansen leaderOf Bergen", "Anne Dahl leaderOf Tromsø", "Kari Lie leaderOf Molde", "Per Berg leaderOf Leeds")
}

// A leader called former, in the title before the name or in an
// apposition after it, leads no more: "Former German chancellor Angela
// Merkel", "Angela Merkel, the former German chancellor," — but "Trump,
// who was then at the UN" still leads.
func TestFormerLeaderLeadsNoMore(t *testing.T) {
	f := factsOf(t, "World\n\nFormer German chancellor Angela Merkel met Vladimir Putin in Sochi.\n",
		"World\n\nAngela Merkel, the former German chancellor, met Vladimir Putin in Sochi.\n",
		"Verden\n\nAngela Merkel, tidligere forbundskansler i Tyskland, møtte Vladimir Putin i Sotsji.\n")
	if f["Angela Merkel leaderOf Germany"] {
		t.Errorf("a former chancellor leads: %v", f)
	}
	g := factsOf(t, "Trump\n\nA meeting with Donald Trump, who was then at the United Nations in New York, was announced for Thursday. Trump said the United States would act.\n")
	wantFacts(t, g, "Donald Trump leaderOf United States")
}

// An agreement signed with someone, in both languages, and a pair that
// signs with a third does not negotiate with each other: "France and
// Germany signed an agreement with Ukraine", "Norway has signed a new
// trade deal with India", "Frankrike og Tyskland undertegnet en avtale
// med Ukraina".
func TestAgreementSignedWith(t *testing.T) {
	for _, text := range []string{"World\n\nFrance and Germany signed an agreement with Ukraine. Norway has signed a new trade deal with India.\n",
		"Verden\n\nFrankrike og Tyskland undertegnet en avtale med Ukraina. Norge har inngått en ny handelsavtale med India.\n"} {
		f := factsOf(t, text)
		wantFacts(t, f, "France negotiatesWith Ukraine", "Germany negotiatesWith Ukraine", "Norway negotiatesWith India")
		if f["France negotiatesWith Germany"] {
			t.Errorf("co-signers negotiate with each other: %v", f)
		}
	}
	wantFacts(t, factsOf(t, "World\n\nIsrael and Hamas signed a truce on Monday.\n"), "Israel negotiatesWith Hamas")
}

// A person's letters after the name read as nothing between the name and
// its apposition: "Harry Preuss, MD, a professor of medicine at Georgetown
// University" — but "Rockville, MD," is still a place in Maryland.
func TestPostNominalBeforeApposition(t *testing.T) {
	f := factsOf(t, "News\n\nHarry Preuss, MD, a professor of medicine at Georgetown University, wrote it. Ann Lee, PhD, a professor of physics at Stanford University, agreed. Police in Rockville, MD, said the road was closed.\n")
	wantFacts(t, f, "Harry Preuss memberOf Georgetown University", "Ann Lee memberOf Stanford University", "Rockville locatedIn Maryland")
}

// Two states welcomed as a body's members by their numbers: "Albania og
// Kroatia ble ønsket velkommen som NATOs 27. og 28. medlemsland".
func TestMembersByTheirNumbers(t *testing.T) {
	wantFacts(t, factsOf(t, "NATO\n\nAlbania og Kroatia ble onsdag formelt ønsket velkommen som NATOs 27. og 28. medlemsland.\n"), "Albania memberOf NATO", "Croatia memberOf NATO")
}

// A capital acting for its state, as the object of support too, and in
// Norwegian after the verbs English already had: "Beijing has backed
// Moscow", "Beijing har støttet Moskva", "Teheran benektet å ha levert
// droner".
func TestCapitalsActingInBothLanguages(t *testing.T) {
	for _, text := range []string{"Diplomacy\n\nBeijing has backed Moscow throughout the war. Tehran denied supplying drones to Russia.\n",
		"Diplomati\n\nBeijing har støttet Moskva gjennom hele krigen. Teheran benektet å ha levert droner til Russland i fjor.\n"} {
		d := extractText(t, text)
		wantFacts(t, facts(d), "China supports Russia")
		if c := claimsBy(d); len(c["Iran"]) == 0 {
			t.Errorf("the capital's denial is its state's: %v", c)
		}
	}
}

// Heads and members in words both languages use: "Jan Egeland, secretary
// general of the Norwegian Refugee Council", "Marit Berg chairs the board
// of DNB"; "Per Olsen grunnla Kahoot", "Kari Dahl leder styret i DNB",
// "Lisa Holm begynte i Amnesty International i 2019".
func TestHeadsAndMembersInBothLanguages(t *testing.T) {
	wantFacts(t, factsOf(t, "News\n\nJan Egeland, secretary general of the Norwegian Refugee Council, visited Gaza. Marit Berg chairs the board of DNB.\n"),
		"Jan Egeland leaderOf Norwegian Refugee Council", "Marit Berg leaderOf DNB")
	wantFacts(t, factsOf(t, "Næringsliv\n\nPer Olsen grunnla Kahoot i 2012. Kari Dahl leder styret i DNB. Lisa Holm begynte i Amnesty International i 2019.\n"),
		"Per Olsen leaderOf Kahoot!", "Kari Dahl leaderOf DNB", "Lisa Holm memberOf Amnesty International")
}

// A place set off by what it is and where: "Goma, the capital of North
// Kivu province, fell" (a one-word name opening the sentence is a place
// by its apposition), "Goma, hovedstaden i Nord-Kivu-provinsen", "Kherson,
// en by sør i Ukraina", "Tromsø, in northern Norway,", "Kherson, sør i
// Ukraina,".
func TestPlaceSetOffByWhereItIs(t *testing.T) {
	wantFacts(t, factsOf(t, "Places\n\nGoma, the capital of North Kivu province, fell. Tromsø, in northern Norway, hosted the meeting.\n"),
		"Goma locatedIn North Kivu", "Tromsø locatedIn Norway")
	f := factsOf(t, "Steder\n\nGoma, hovedstaden i Nord-Kivu-provinsen, falt. Fly fra Oslo ble innstilt. Kherson, en by sør i Ukraina, ble beskutt. Odessa, sør i Ukraina, ble også beskutt.\n")
	wantFacts(t, f, "Goma locatedIn Nord-Kivu", "Kherson locatedIn Ukraine", "Odessa locatedIn Ukraine")
	if f["Oslo locatedIn Nord-Kivu"] {
		t.Errorf("the capital in apposition is the name before it, not the city named last: %v", f)
	}
}

// "Tyskland er en sterk støttespiller for Ukraina", as "Germany is a
// strong supporter of Ukraine".
func TestSupporterFor(t *testing.T) {
	wantFacts(t, factsOf(t, "Politikk\n\nTyskland er en sterk støttespiller for Ukraina.\n"), "Germany supports Ukraine")
}

// Who speaks for a state's ministry read by its portfolio speaks for the
// ministry and for the state: "Talsmann for det kinesiske
// utenriksdepartementet, Geng Shuang".
func TestSpokesmanOfAStatesMinistry(t *testing.T) {
	wantFacts(t, factsOf(t, "Protest\n\nTalsmann for det kinesiske utenriksdepartementet, Geng Shuang, sa at Kina var imot, og det var ventet.\n"),
		"Geng Shuang represents Chinese Foreign Ministry", "Geng Shuang represents China")
}

// Norwegian attacks and opposition English already read: "Houthiene har
// skutt raketter mot Israel", "Tyrkia har gått imot Sveriges NATO-søknad".
func TestNorwegianFiredAndWentAgainst(t *testing.T) {
	wantFacts(t, factsOf(t, "Konflikt\n\nHouthiene har skutt raketter mot Israel. Tyrkia har gått imot Sveriges NATO-søknad.\n"),
		"Ansar Allah attacked Israel", "Turkey opposes Sweden")
}

// Leaders in the perfect and with more than one word before the title:
// "Jamie Dimon has led JPMorgan Chase since 2005", "Mary Barra became the
// first female CEO of General Motors".
func TestLeadersInThePerfectAndFirstOfTheirKind(t *testing.T) {
	wantFacts(t, factsOf(t, "Business\n\nJamie Dimon has led JPMorgan Chase since 2005. Mary Barra became the first female CEO of General Motors in 2014.\n"),
		"Jamie Dimon leaderOf JPMorgan Chase", "Mary Barra leaderOf General Motors")
}

// The Norwegian of the leaders above, and a Spanish surname in -s is no
// Norwegian genitive before a verb in the past: "Jamie Dimon har ledet
// JPMorgan Chase", "Mary Barra ble den første kvinnelige toppsjefen i
// General Motors", "Jeff Bezos trakk seg".
func TestNorwegianLeadersAndSurnamesInS(t *testing.T) {
	d := extractText(t, "Næringsliv\n\nMary Barra ble den første kvinnelige toppsjefen i General Motors i 2014. Jamie Dimon har ledet JPMorgan Chase siden 2005. Amazon-grunnlegger Jeff Bezos trakk seg.\n")
	wantFacts(t, facts(d), "Jamie Dimon leaderOf JPMorgan Chase", "Mary Barra leaderOf General Motors", "Jeff Bezos leaderOf Amazon")
	wantTypes(t, typesOf(d), map[string]string{"Jeff Bezos": "Person"})
}

// Norwegian sports roles as compounds with the club, as English reads
// them before the name: "Rosenborg-spissen Ola Nordmann", "Martin
// Ødegaard, Arsenal-kapteinen,", "har signert for Sassuolo".
func TestNorwegianSportsCompounds(t *testing.T) {
	wantFacts(t, factsOf(t, "Fotball\n\nMartin Ødegaard, Arsenal-kapteinen, var skadet. Rosenborg-spissen Ola Nordmann signerte for Molde. Kristian Thorstvedt har signert for Sassuolo.\n"),
		"Martin Ødegaard leaderOf Arsenal FC", "Ola Nordmann memberOf Rosenborg BK", "Kristian Thorstvedt memberOf Sassuolo")
}

// Two who met or negotiate, as a coordinated Norwegian subject, as
// English reads "Theresa May and Boris Johnson met in Downing Street":
// "Erna Solberg og Jonas Gahr Støre møttes i Stortinget".
func TestNorwegianPairThatMet(t *testing.T) {
	wantFacts(t, factsOf(t, "Politikk\n\nErna Solberg og Jonas Gahr Støre møttes i Stortinget tirsdag. Joe Biden og Xi Jinping møttes i San Francisco.\n"),
		"Erna Solberg negotiatesWith Jonas Gahr Støre", "Joe Biden negotiatesWith Xi Jinping")
}

// The same facts in both languages, each sentence in English and in its
// Norwegian translation: a passive of backing is no support the other way
// ("Hezbollah is backed by Iran"), control of "the city of", co-signers of
// a deal, opposition to a state's cause ("Kina er imot Taiwans
// uavhengighet"), fighting ("Sudan's army is fighting the Rapid Support
// Forces").
func TestSameFactsInBothLanguages(t *testing.T) {
	pairs := [][2]string{
		{"Rebels control the city of Idlib.", "Opprørerne kontrollerer byen Idlib."},
		{"Hezbollah is backed by Iran.", "Hizbollah støttes av Iran."},
		{"Turkey and Russia signed a deal on grain exports.", "Tyrkia og Russland signerte en avtale om korneksport."},
		{"China opposes Taiwan's independence.", "Kina er imot Taiwans uavhengighet."},
		{"Sudan's army is fighting the Rapid Support Forces.", "Sudans hær kjemper mot Rapid Support Forces."},
	}
	want := []string{"rebels controls Idlib", "Iran supports Hezbollah", "Turkey negotiatesWith Russia", "China opposes Taiwan", "Sudan opposes Rapid Support Forces"}
	for i, p := range pairs {
		en := facts(extractText(t, "News report\n\n"+p[0]+" More details will follow later today from our reporters.\n"))
		nb := facts(extractText(t, "Nyhetsmelding\n\n"+p[1]+" Flere detaljer kommer senere i dag fra våre journalister.\n"))
		for lang, f := range map[string]map[string]bool{"en": en, "nb": nb} {
			if !f[want[i]] {
				t.Errorf("%s %q: missing %q in %v", lang, p, want[i], f)
			}
		}
		if en["Hezbollah supports Iran"] {
			t.Errorf("a passive read as active: %v", en)
		}
	}
}

// Criticism of a titled person: "critical of Governor Tom Brown",
// "kritisk til statsminister Ola Berg".
func TestCriticalOfATitledPerson(t *testing.T) {
	f := factsOf(t, "News\n\nAnne Smith has been sharply critical of Governor Tom Brown.\n",
		"Nyheter\n\nKari Holm er svært kritisk til statsminister Ola Berg.\n")
	for _, want := range []string{"Anne Smith opposes Tom Brown", "Kari Holm opposes Ola Berg"} {
		if !f[want] {
			t.Errorf("no %q: %v", want, f)
		}
	}
}

// A spokesperson speaks for the body named in brackets after the name
// (represents, the strongest of the roles), not merely belongs to it.
func TestSpokespersonWithBodyInBrackets(t *testing.T) {
	f := factsOf(t, "Nyheter\n\nPressetalsperson Ola Vik (FNB) mener organisasjonen ikke er voldelig.\n",
		"News\n\nSpokeswoman Jane Doe (FNB) said the group was not violent.\n")
	for _, who := range []string{"Ola Vik", "Jane Doe"} {
		if !f[who+" represents FNB"] || f[who+" memberOf FNB"] {
			t.Errorf("%s does not represent FNB: %v", who, f)
		}
	}
}

// A named group's fighters are the group ("the M23 rebels", "Hamas
// militants", "M23-opprørerne", "Hamas-militantene"); a town captured is
// a place ("captured Goma"); and an apposition between a subject and its
// verb leaves the verb its subject ("X, backed by Y, captured Z" — and Y
// supports X).
func TestGroupFightersAndAppositions(t *testing.T) {
	f := factsOf(t, "Story\n\nThe M23 rebels, backed by Rwanda, captured Goma in January. It was reported by the agency.\n",
		"Sak\n\nM23-opprørerne, støttet av Rwanda, inntok Goma i januar. Det er ikke klart hva som skjer nå.\n",
		"Sak\n\nHamas-militantene angrep Sderot i januar. Det er ikke klart hva som skjer nå.\n",
		"Story\n\nThe Taliban, who ruled Afghanistan in the 1990s, captured Kunduz on Monday. It was reported by the agency.\n")
	wantFacts(t, f, "M23 captured Goma", "Rwanda supports M23", "Hamas attacked Sderot", "Taliban captured Kunduz")
	for fact := range f {
		if strings.HasPrefix(fact, "rebels ") {
			t.Errorf("the group's fighters are a generic actor: %v", f)
		}
	}
}

// The same facts in both languages: arms supplied support the receiver,
// a killing by an armed force attacks the one killed, peace talks held
// by two states (a Norwegian compound: "fredsforhandlinger"), a group's
// earlier name after its kind noun, aid announced for a state.
func TestSuppliesKillingsTalksAndEarlierNames(t *testing.T) {
	f := factsOf(t,
		"Story\n\nIran has supplied drones to Russia. Hamas leader Yahya Sinwar was killed by Israeli forces in Rafah. It was reported by the agency.\n",
		"Sak\n\nIran har levert droner til Russland. Hamas-lederen Yahya Sinwar ble drept av israelske styrker i Rafah. Det er ikke klart hva som skjer nå.\n",
		"Sak\n\nArmenia og Aserbajdsjan holdt fredsforhandlinger i Washington. Pentagon kunngjorde ny militærhjelp til Taiwan. Det er ikke klart hva som skjer nå.\n",
		"Story\n\nThe Islamic State group, formerly known as the Tawhid Brigade, claimed the attack. It was reported by the agency.\n")
	wantFacts(t, f, "Iran supports Russia", "Israeli government forces attacked Yahya Sinwar", "Armenia negotiatesWith Azerbaijan",
		"Pentagon supports Taiwan", "Islamic State formerlyKnownAs Tawhid Brigade")
}

// An office named by its state's genitive after a copula: "X is now
// Norway's finance minister", "X er Norges ambassadør i Frankrike"; a
// former one gives nothing.
func TestOfficeByGenitiveAfterCopula(t *testing.T) {
	f := factsOf(t,
		"Story\n\nPer Holm is Norway's prime minister. Jens Stoltenberg is now Norway's finance minister. Anne Smith is Norway's ambassador to France. Per Lie is Norway's former foreign minister. It was reported by the agency.\n",
		"Sak\n\nJens Stoltenberg er nå Norges finansminister. Anne Dahl er Norges ambassadør i Frankrike. Det er ikke klart hva som skjer nå.\n")
	wantFacts(t, f, "Per Holm leaderOf Norway", "Jens Stoltenberg represents Norway", "Anne Smith represents Norway", "Anne Dahl represents Norway")
	if f["Per Lie represents Norway"] {
		t.Errorf("a former minister represents the state: %v", f)
	}
}

// An expert at a body is its member ("X, a management expert at
// Stanford University"), and a name split by tokenised text ("Charles O
// 'Reilly") is one person.
func TestExpertAtABodyAndSplitIrishName(t *testing.T) {
	f := factsOf(t, "Story\n\nA contrary view is offered by Charles O 'Reilly, a management expert at Stanford University, who stated it. Anne Berg, an expert at Harvard University, agreed.\n",
		"Story\n\nRyanair CEO, Michael O' Leary, justified his choice of Boeing.\n")
	wantFacts(t, f, "Charles O 'Reilly memberOf Stanford University", "Anne Berg memberOf Harvard University", "Michael O' Leary leaderOf Ryanair")
}

// The same facts in both languages: a journalist by the medium's name
// before it, a place on another's coast, an occupied town, a special
// envoy for a state named between the body and the name.
func TestJournalistsCoastsOccupationEnvoys(t *testing.T) {
	f := factsOf(t,
		"Story\n\nNRK journalist Fredrik Solvang interviewed the minister. Bergen is located on the west coast of Norway. Russian forces have occupied the town of Avdiivka. It was reported by the agency on Monday.\n",
		"Sak\n\nBergen ligger på vestkysten av Norge. Russiske styrker har okkupert byen Avdiivka. Det er ikke klart hva som skjer nå.\n",
		"Sak\n\nFNs spesialutsending for Jemen, Hans Grundberg, besøkte Aden. Det er ikke klart hva som skjer nå.\n")
	wantFacts(t, f, "Fredrik Solvang memberOf NRK", "Bergen locatedIn Norway", "Russian government forces controls Avdiivka", "Hans Grundberg represents United Nations")
}

// A head the lexicon knows leads in the terms it gives, a later one
// included: Donald Trump in 2019 and 2026, not in 2023.
func TestKnownHeadsInTheirTerms(t *testing.T) {
	for year, want := range map[string]bool{"2019": true, "2023": false, "2026": true} {
		d, err := extractor(t).Extract(loaders.Article{ID: "t", Date: year + "-05-01",
			Text: "Trade\n\nPresident Donald Trump met Chancellor Friedrich Merz in Washington to discuss trade between the United States and Germany.\n"})
		if err != nil {
			t.Fatal(err)
		}
		if f := facts(d); f["Donald Trump leaderOf United States"] != want {
			t.Errorf("%s: Donald Trump leads the United States: %v, want %v (%v)", year, f["Donald Trump leaderOf United States"], want, f)
		}
	}
}

// In an article about Norway, "Labour" and "Conservative" name the
// Norwegian parties (their generic names), as Arbeiderpartiet and Høyre
// do in Norwegian; elsewhere the British ones. A meeting with a titled
// person is with the person ("met Conservative leader Erna Solberg").
func TestHomeCountryParties(t *testing.T) {
	en := factsOf(t, "Story\n\nLabour leader Jonas Gahr Store met Conservative leader Erna Solberg in Oslo. It was reported by the agency on Monday.\n")
	nb := factsOf(t, "Sak\n\nAp-leder Jonas Gahr Støre møtte Høyre-leder Erna Solberg i Oslo. Det er ikke klart hva som skjer nå.\n")
	for _, want := range []string{"Jonas Gahr Støre leaderOf Norwegian Labour Party", "Erna Solberg leaderOf Høyre"} {
		if !en[want] || !nb[want] {
			t.Errorf("%q: English %v, Norwegian %v", want, en, nb)
		}
	}
	if !en["Jonas Gahr Støre negotiatesWith Erna Solberg"] || en["Jonas Gahr Støre negotiatesWith Høyre"] {
		t.Errorf("the meeting is not with Erna Solberg: %v", en)
	}
	uk := factsOf(t, "Story\n\nLabour leader Keir Starmer met Conservative leader Kemi Badenoch in London. It was reported by the agency on Monday.\n")
	if !uk["Keir Starmer leaderOf Labour Party"] {
		t.Errorf("British Labour is Norwegian: %v", uk)
	}
}

// Resolutions in both languages as in English: tabled ("la fram") and
// stood behind ("sto bak") are drafted, blocked ("blokkerte", "brukte
// vetoretten til å stoppe") vetoed.
func TestNorwegianResolutionVerbsAsEnglish(t *testing.T) {
	f := factsOf(t,
		"Sak\n\nBrasil og Mexico la fram en resolusjon i Generalforsamlingen. Det er ikke klart hva som skjer nå.\n",
		"Sak\n\nKina blokkerte en resolusjon som fordømte Nord-Korea. Det er ikke klart hva som skjer nå.\n",
		"Sak\n\nRussland og Kina brukte vetoretten til å stoppe resolusjonen. Det er ikke klart hva som skjer nå.\n",
		"Sak\n\nNorge sto bak resolusjonen sammen med Irland. Det er ikke klart hva som skjer nå.\n")
	wantFacts(t, f, "Brazil drafted resolution", "Mexico drafted resolution", "China vetoed resolution", "Russia vetoed resolution", "Norway drafted resolution")
	if f["Brazil proposed resolution"] {
		t.Errorf("a tabled resolution is proposed, not drafted: %v", f)
	}
}

// A party adjective that ends a longer party's name names no party of its
// own ("Liberal Democrat leader Ed Davey" is no Democrat), and in an
// article about Norway "the Liberal Party", "the Green Party" are Venstre
// and MDG.
func TestPartyAdjectivesInLongerNames(t *testing.T) {
	f := factsOf(t, "Story\n\nThe Green Party won seats in Brighton, and Liberal Democrat leader Ed Davey welcomed the result in London.\n")
	if f["Ed Davey memberOf Democratic Party"] || !f["Ed Davey leaderOf Liberal Democrats"] {
		t.Errorf("Ed Davey's party: %v", f)
	}
	d := extractText(t, "Story\n\nThe Liberal Party and the Green Party voted against the budget in Oslo on Monday. Liberal leader Guri Melby said the Norwegian government had failed.\n")
	types := typesOf(d)
	if types["Venstre"] != "PoliticalParty" || types["Green Party (Norway)"] != "PoliticalParty" || !facts(d)["Guri Melby leaderOf Venstre"] {
		t.Errorf("Norway's parties: %v %v", types, facts(d))
	}
}

// Encyclopedic memberships in both languages: a politician for a party
// after a year of birth, elected to a parliament, a professor of a
// subject at a university.
func TestEncyclopedicMemberships(t *testing.T) {
	f := factsOf(t,
		"Story\n\nKari Holm (born 1960) is a Norwegian politician for the Progress Party. Per Berg was elected to the Storting in 2013. Siri Moe is a professor of history at the University of Bergen. It was reported by the agency on Monday.\n",
		"Sak\n\nOla Holm (født 1960) er en norsk politiker fra Fremskrittspartiet. Lise Berg ble valgt inn på Stortinget i 2013. Tone Moe er professor i historie ved Universitetet i Bergen. Det er ikke klart hva som skjer nå.\n")
	wantFacts(t, f, "Kari Holm memberOf Progress Party", "Per Berg memberOf Storting", "Siri Moe memberOf University of Bergen",
		"Ola Holm memberOf Progress Party", "Lise Berg memberOf Storting", "Tone Moe memberOf University of Bergen")
}

// "regentskapet Pidie Jaya i Aceh", as "the Pidie Jaya regency in Aceh";
// an apposition opened by "whose"/"hvis" is read past.
func TestRegencyAndWhoseAppositions(t *testing.T) {
	f := factsOf(t,
		"Sak\n\nEt grunt jordskjelv rammet regentskapet Pidie Jaya i Aceh og forårsaket ødeleggelser. Det er ikke klart hva som skjer nå.\n",
		"Sak\n\nKai Lee, hvis bok ble utgitt av Gyldendal denne måneden, er direktør for Sinovation Ventures. Det er ikke klart hva som skjer nå.\n",
		"Story\n\nKai Lee, whose book was published by Penguin this month, is director of Sinovation Ventures. It was reported by the agency on Monday.\n")
	wantFacts(t, f, "Pidie Jaya locatedIn Aceh")
	for _, s := range []string{"Kai Lee leaderOf Sinovation Ventures"} {
		if !f[s] {
			t.Errorf("missing %q: %v", s, f)
		}
	}
	for fact := range f {
		if strings.HasPrefix(fact, "Gyldendal leaderOf") || strings.HasPrefix(fact, "Penguin leaderOf") {
			t.Errorf("the publisher took the director's office: %v", f)
		}
	}
}

// "Høyres stortingsrepresentant Kari Dahl", "Aps partisekretær Jon Moe": a
// party's office holder is its member, as "Labour's MP Martin Lund".
func TestPartyGenitiveOfficeHolders(t *testing.T) {
	f := factsOf(t,
		"Sak\n\nHøyres stortingsrepresentant Kari Dahl besøkte Molde i går. Hun møtte mange folk på torget i byen og snakket med dem om skolen.\n",
		"Sak\n\nAps partisekretær Jon Moe besøkte Molde i går. Han møtte mange folk på torget i byen og snakket med dem om skolen.\n",
		"Story\n\nLabour's MP Martin Lund visited Leeds yesterday. He met many people in the square and talked to them about the school.\n")
	wantFacts(t, f, "Kari Dahl memberOf Høyre", "Jon Moe memberOf Norwegian Labour Party", "Martin Lund memberOf Labour Party")
}

// The same facts in Norwegian as in English: where someone works as a job
// ("jobber som forsker ved X", "works as a researcher at X"), a town the
// largest in a region ("er den største byen i"), and a party's
// representative its member ("Høyre-representant X", "Conservative MP X").
func TestWorkPlacesTownsAndPartyRepresentatives(t *testing.T) {
	f := factsOf(t,
		"Sak\n\nSiri Moe jobber som forsker ved Norsk utenrikspolitisk institutt. Det er ikke klart hva som skjer nå.\n",
		"Sak\n\nTromsø er den største byen i Nord-Norge. Det er ikke klart hva som skjer nå.\n",
		"Sak\n\nHøyre-representant Anne Lie stemte mot budsjettet. Det er ikke klart hva som skjer nå.\n",
		"Sak\n\nOla Dahl har jobbet som redaktør i Aftenposten siden 2015. Det er ikke klart hva som skjer nå.\n")
	wantFacts(t, f, "Siri Moe memberOf Norwegian Institute of International Affairs", "Tromsø locatedIn Northern Norway", "Anne Lie memberOf Høyre", "Ola Dahl leaderOf Aftenposten")
	if f["Anne Lie represents Høyre"] {
		t.Errorf("a party's representative represents it: %v", f)
	}
}

// Party members and where bodies sit, the same in both languages: "Per
// Sandvik i Frp mener", "har sittet på Stortinget for Ap", "representerer
// Senterpartiet på Stortinget", "er nestleder i SV", "Høyres fylkesleder i
// Hordaland, X", "Equinors hovedkontor ligger i Stavanger", "Den norske
// Nobelkomiteen" as one body.
func TestPartyMembersAndSeats(t *testing.T) {
	f := factsOf(t,
		"Sak\n\nPer Sandvik i Frp mener avgiften er for høy. Det er ikke klart hva som skjer nå.\n",
		"Sak\n\nKari Holm har sittet på Stortinget for Ap siden 2005. Det er ikke klart hva som skjer nå.\n",
		"Sak\n\nAnne Lie representerer Senterpartiet på Stortinget. Det er ikke klart hva som skjer nå.\n",
		"Sak\n\nPer Berg er nestleder i SV. Det er ikke klart hva som skjer nå.\n",
		"Sak\n\nHøyres fylkesleder i Hordaland, Siri Moe, ønsker beslutningen velkommen. Det er ikke klart hva som skjer nå.\n",
		"Sak\n\nEquinors hovedkontor ligger i Stavanger. Det er ikke klart hva som skjer nå.\n",
		"Sak\n\nLise Berg er medlem av Den norske Nobelkomiteen. Det er ikke klart hva som skjer nå.\n",
		"Story\n\nOla Vik has sat in the Storting for Labour since 2005. It was reported by the agency on Monday.\n",
		"Story\n\nEquinor's headquarters are in Stavanger. It was reported by the agency on Monday.\n",
		"Story\n\nKari Dahl became chair of the board of DNB in 2020. It was reported by the agency on Monday.\n")
	wantFacts(t, f, "Per Sandvik memberOf Progress Party", "Kari Holm memberOf Norwegian Labour Party", "Kari Holm memberOf Storting",
		"Anne Lie memberOf Centre Party", "Anne Lie memberOf Storting", "Per Berg memberOf Socialist Left Party", "Siri Moe memberOf Høyre",
		"Equinor locatedIn Stavanger", "Lise Berg memberOf Norwegian Nobel Committee", "Ola Vik memberOf Labour Party", "Ola Vik memberOf Storting", "Kari Dahl leaderOf DNB")
	if f["Per Berg leaderOf Socialist Left Party"] || f["Lise Berg memberOf Norway"] {
		t.Errorf("a deputy leads, or a nationality is a body: %v", f)
	}
}

// Moves between bodies and nominal attacks and sanctions, in both
// languages: "left Microsoft to join Apple", "Rosenborg hired X as its new
// coach", "signed a three-year contract with Molde", "Russia's attack on
// Ukraine", "called for sanctions against Iran".
func TestMovesAttacksAndSanctions(t *testing.T) {
	f := factsOf(t,
		"Story\n\nPer Berg left Microsoft to join Apple. It was reported by the agency on Monday.\n",
		"Sak\n\nKari Berg forlot Microsoft for å begynne i Apple. Det er ikke klart hva som skjer nå.\n",
		"Story\n\nRosenborg hired Ola Dahl as its new coach. It was reported by the agency on Monday.\n",
		"Sak\n\nRosenborg ansatte Per Dahl som ny trener. Det er ikke klart hva som skjer nå.\n",
		"Story\n\nAnne Lie signed a three-year contract with Molde. It was reported by the agency on Monday.\n",
		"Sak\n\nSiri Lie signerte en treårskontrakt med Molde. Det er ikke klart hva som skjer nå.\n",
		"Story\n\nSweden condemned Russia's attack on Ukraine. It was reported by the agency on Monday.\n",
		"Story\n\nDenmark called for sanctions against Iran. It was reported by the agency on Monday.\n",
		"Sak\n\nNederland tok til orde for sanksjoner mot Syria. Det er ikke klart hva som skjer nå.\n")
	wantFacts(t, f, "Per Berg memberOf Apple", "Kari Berg memberOf Apple", "Ola Dahl leaderOf Rosenborg BK", "Per Dahl leaderOf Rosenborg BK",
		"Anne Lie memberOf Molde", "Siri Lie memberOf Molde", "Russia attacked Ukraine", "Denmark opposes Iran", "Netherlands opposes Syria")
	if f["Per Berg memberOf Microsoft"] || f["Kari Berg memberOf Microsoft"] {
		t.Errorf("the body someone left: %v", f)
	}
}

// Support received is the giver's: "Kari Holm fikk støtte fra Per Berg",
// "har fått støtte av Arbeiderpartiet" — not the receiver's support of
// the giver.
func TestSupportReceived(t *testing.T) {
	f := factsOf(t,
		"Sak\n\nKari Holm fikk støtte fra Per Berg og Anne Lie. Det er ikke klart hva som skjer nå.\n",
		"Sak\n\nSiri Holm har fått støtte av Arbeiderpartiet. Det er ikke klart hva som skjer nå.\n")
	wantFacts(t, f, "Per Berg supports Kari Holm", "Anne Lie supports Kari Holm", "Norwegian Labour Party supports Siri Holm")
	if f["Kari Holm supports Per Berg"] || f["Siri Holm supports Norwegian Labour Party"] {
		t.Errorf("the receiver supports the giver: %v", f)
	}
}

// Support from a body's head named after it in commas is the head's:
// "got backing from the head of the group TPUSA, Candace Turner", "fikk
// støtte fra lederen av gruppen TPUSA, Candace Turner, som …".
func TestSupportFromAHeadNamedAfterTheBody(t *testing.T) {
	f := factsOf(t,
		"Sak\n\nKanye West holdt en tale i New York. West fikk støtte fra lederen av den konservative gruppen TPUSA, Candace Turner, som skrev på Twitter. Det er ikke klart hva som skjer nå.\n")
	wantFacts(t, f, "Candace Turner supports Kanye West")
	if f["TPUSA supports Kanye West"] {
		t.Errorf("the group, not its head: %v", f)
	}
}

// Places listed after a people's adjective and a plural kind of place lie
// in that state ("in several northern Iraqi cities, leaving 22 dead in
// Mosul, Baiji and Tuz"), unless the gazetteer puts one elsewhere.
func TestPlacesAfterAStatesCities(t *testing.T) {
	f := factsOf(t,
		"Story\n\nClashes broke out in several northern Iraqi cities, leaving 22 dead in Mosul, Baiji and Tuz. It was reported by the agency on Monday.\n",
		"Story\n\nProtests spread to other Syrian towns such as Homs and Baghdad. It was reported by the agency on Monday.\n")
	wantFacts(t, f, "Mosul locatedIn Iraq", "Baiji locatedIn Iraq", "Tuz locatedIn Iraq", "Homs locatedIn Syria")
	if f["Baghdad locatedIn Syria"] {
		t.Errorf("a city the gazetteer puts elsewhere: %v", f)
	}
}

// Persuading and compromising are talks, moving into a town with forces a
// capture: "Egypt convinced Hamas to end the attacks", "Egypt overtalte
// Hamas til å …", "inngå et kompromiss med Israel", "US Marines moved into
// most of Fallujah".
func TestPersuasionCompromiseAndMovingIn(t *testing.T) {
	f := factsOf(t,
		"Story\n\nEgypt convinced Hamas to end the attacks. It was reported by the agency on Monday.\n",
		"Sak\n\nQatar overtalte Hamas til å stanse angrepene. Det er ikke klart hva som skjer nå.\n",
		"Sak\n\nSyria vil inngå et kompromiss med Israel. Det er ikke klart hva som skjer nå.\n",
		"Story\n\nJordan reached a compromise with Iraq. It was reported by the agency on Monday.\n",
		"Story\n\nUS Marines moved into most of Fallujah on Wednesday. It was reported by the agency on Monday.\n")
	wantFacts(t, f, "Egypt negotiatesWith Hamas", "Qatar negotiatesWith Hamas", "Syria negotiatesWith Israel", "Jordan negotiatesWith Iraq", "US Marines captured Fallujah")
}

// A sentence is also read without an indefinite apposition ("X, a senior
// fellow at Y, is the chairman of Z"), and a body may be named after the
// people it gathers ("Citizens for Responsibility and Ethics", "Reporters
// Without Borders").
func TestIndefiniteAppositionsAndPeoplesBodies(t *testing.T) {
	f := factsOf(t,
		"Story\n\nNorman Eisen, a senior fellow at the Brookings Institution, is the chairman of Citizens for Responsibility and Ethics in Washington. It was reported by the agency on Monday.\n",
		"Sak\n\nKari Holm, en tidligere forsker ved Norsk utenrikspolitisk institutt, er leder for Leger uten grenser i Norge. Det er ikke klart hva som skjer nå.\n")
	wantFacts(t, f, "Norman Eisen leaderOf Citizens for Responsibility and Ethics", "Norman Eisen memberOf Brookings Institution")
	if !f["Kari Holm leaderOf Médecins Sans Frontières"] {
		t.Errorf("the Norwegian apposition: %v", f)
	}
}

// A lawmaker from a state sits for it in Norwegian as in English: "Ted
// Cruz, en republikansk senator fra Texas," as "a Republican senator from
// Texas".
func TestLawmakerFromAState(t *testing.T) {
	f := factsOf(t,
		"Sak\n\nTed Cruz, en republikansk senator fra Texas, stemte mot forslaget. Det er ikke klart hva som skjer nå.\n",
		"Story\n\nJohn Cornyn, a Republican senator from Texas, voted against the bill. It was reported by the agency on Monday.\n")
	wantFacts(t, f, "Ted Cruz represents Texas", "John Cornyn represents Texas")
}

// A region's kind compounded after its name places it, as English's kind
// after the name does: "Indonesias Aceh-provins nord på Sumatra" as
// "Indonesia's Aceh province in northern Sumatra", "Morowali-regionen i
// Sentral-Sulawesi".
func TestCompoundedRegionKinds(t *testing.T) {
	for _, text := range []string{
		"Sak\n\nEt kraftig jordskjelv på vestkysten av Indonesias Aceh-provins nord på Sumatra 26. desember utløste en tsunami. Det er ikke klart hva som skjer nå.\n",
		"Story\n\nA major quake on the western coast of Indonesia's Aceh province in northern Sumatra on Dec. 26 triggered a tsunami. It was reported by the agency on Monday.\n",
	} {
		wantFacts(t, factsOf(t, text), "Aceh locatedIn Sumatra", "Aceh locatedIn Indonesia")
	}
	g := factsOf(t, "Sak\n\nDet ble registrert mange jordskjelv i Morowali-regionen i Sentral-Sulawesi i fjor. Det er ikke klart hva som skjer nå.\n")
	if len(g) != 1 {
		t.Errorf("Morowali in Central Sulawesi: %v", g)
	}
}

// A feature or a street in a larger place: "the Mogollon Rim of Arizona",
// "on Grayson Mews on John Street".
func TestFeaturesAndStreetsInPlaces(t *testing.T) {
	wantFacts(t, factsOf(t, "Story\n\nRain is expected, with up to 6 inches in the Mogollon Rim of Arizona. It was reported by the agency on Monday.\n"), "Mogollon Rim locatedIn Arizona")
	wantFacts(t, factsOf(t, "Story\n\nThe man was found on Grayson Mews on John Street, police said. It was reported by the agency on Monday.\n"), "Grayson Mews locatedIn John Street")
}

// States and forces: annexing a place captures it, an armed group holding
// a town controls it, missiles launched at a state attack it, restored
// ties are talks, money pledged supports, joining an alliance makes a
// member, tariffs oppose — in both languages.
func TestStatesAnnexHoldJoinAndPledge(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Story\n\nRussia annexed Crimea in 2014. It was reported by the agency on Monday.\n", "Russia captured Crimea"},
		{"Sak\n\nRussland annekterte Krim i 2014. Det er ikke klart hva som skjer nå.\n", "Russia captured Crimea"},
		{"Story\n\nThe YPG militia still holds the town of Kobani. It was reported by the agency on Monday.\n", "YPG controls Kobani"},
		{"Story\n\nIran launched missiles at Israel on Saturday. It was reported by the agency on Monday.\n", "Iran attacked Israel"},
		{"Story\n\nSaudi Arabia and Iran restored diplomatic ties. It was reported by the agency on Monday.\n", "Saudi Arabia negotiatesWith Iran"},
		{"Sak\n\nSaudi-Arabia og Iran gjenopprettet de diplomatiske forbindelsene. Det er ikke klart hva som skjer nå.\n", "Saudi Arabia negotiatesWith Iran"},
		{"Story\n\nGermany pledged one billion dollars to Ukraine. It was reported by the agency on Monday.\n", "Germany supports Ukraine"},
		{"Sak\n\nTyskland lovet én milliard dollar til Ukraina. Det er ikke klart hva som skjer nå.\n", "Germany supports Ukraine"},
		{"Story\n\nFinland joined NATO in 2023. It was reported by the agency on Monday.\n", "Finland memberOf NATO"},
		{"Sak\n\nSverige ble medlem av NATO i 2024. Det er ikke klart hva som skjer nå.\n", "Sweden memberOf NATO"},
		{"Story\n\nThe United States imposed tariffs on China. It was reported by the agency on Monday.\n", "United States opposes China"},
	} {
		if f := factsOf(t, c.text); !f[c.want] {
			t.Errorf("%q: missing %q in %v", c.text, c.want, f)
		}
	}
}

// Exchanged fire is an attack each way; a body's base in its apposition
// ("Equinor, a Stavanger-based company,", "et Stavanger-basert selskap")
// or its head office ("har hovedkontor i Redmond") locates it.
func TestExchangedFireAndBodiesBases(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Story\n\nIndia and Pakistan exchanged fire across the border. It was reported by the agency on Monday.\n", []string{"India attacked Pakistan", "Pakistan attacked India"}},
		{"Sak\n\nIndia og Pakistan utvekslet ild over grensen. Det er ikke klart hva som skjer nå.\n", []string{"India attacked Pakistan", "Pakistan attacked India"}},
		{"Story\n\nEquinor, a Stavanger-based company, drills for oil. It was reported by the agency on Monday.\n", []string{"Equinor locatedIn Stavanger"}},
		{"Sak\n\nEquinor, et Stavanger-basert selskap, borer etter olje. Det er ikke klart hva som skjer nå.\n", []string{"Equinor locatedIn Stavanger"}},
		{"Sak\n\nMicrosoft har hovedkontor i Redmond. Det er ikke klart hva som skjer nå.\n", []string{"Microsoft locatedIn Redmond"}},
	} {
		wantFacts(t, factsOf(t, c.text), c.want...)
	}
}

// Encyclopedic sentences in both languages: a county in the country after
// it, a town its country's largest, a player who plays for a club, a
// politician and member of a chamber, the head of a body past its
// description, a building situated somewhere.
func TestEncyclopedicFacts(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Story\n\nLillehammer is a town in Innlandet county, Norway. It was reported by the agency on Monday.\n", "Innlandet locatedIn Norway"},
		{"Sak\n\nBergen er Norges nest største by. Det er ikke klart hva som skjer nå.\n", "Bergen locatedIn Norway"},
		{"Story\n\nOla Dahl is a Norwegian footballer who plays for Molde. It was reported by the agency on Monday.\n", "Ola Dahl memberOf Molde"},
		{"Sak\n\nPer Dahl er en norsk fotballspiller som spiller for Molde. Det er ikke klart hva som skjer nå.\n", "Per Dahl memberOf Molde"},
		{"Story\n\nKari Holm is a Swedish politician and a member of the Riksdag. It was reported by the agency on Monday.\n", "Kari Holm memberOf Riksdag"},
		{"Sak\n\nAnne Holm er en svensk politiker og medlem av Riksdagen. Det er ikke klart hva som skjer nå.\n", "Anne Holm memberOf Riksdag"},
		{"Story\n\nSiri Moe is the chief executive of the Norwegian company Telenor. It was reported by the agency on Monday.\n", "Siri Moe leaderOf Telenor"},
		{"Sak\n\nLise Moe er konsernsjef i det norske selskapet Telenor. Det er ikke klart hva som skjer nå.\n", "Lise Moe leaderOf Telenor"},
		{"Story\n\nThe Oslo Opera House is situated in Bjørvika. It was reported by the agency on Monday.\n", "Oslo Opera House locatedIn Bjørvika"},
	} {
		if f := factsOf(t, c.text); !f[c.want] {
			t.Errorf("%q: missing %q in %v", c.text, c.want, f)
		}
	}
}

// A negation right after the words a pattern matched denies the fact
// ("Israel og Hamas forhandler ikke direkte"), and an office someone left
// is held no more ("gikk av som leder for Senterpartiet").
func TestNegationAfterTheMatchAndOfficesLeft(t *testing.T) {
	for _, c := range []struct{ text, not string }{
		{"Sak\n\nIsrael og Hamas forhandler ikke direkte. Det er ikke klart hva som skjer nå.\n", "Israel negotiatesWith Hamas"},
		{"Sak\n\nPer Berg gikk av som leder for Senterpartiet. Det er ikke klart hva som skjer nå.\n", "Per Berg leaderOf Centre Party"},
	} {
		if f := factsOf(t, c.text); f[c.not] {
			t.Errorf("%q: %q in %v", c.text, c.not, f)
		}
	}
	wantFacts(t, factsOf(t, "Sak\n\nIsrael og Hamas forhandler direkte i Kairo. Det er ikke klart hva som skjer nå.\n"), "Israel negotiatesWith Hamas")
}

func TestUnnamedProposalsPutForward(t *testing.T) {
	// a proposal named by its kind only is an entity of the article when
	// someone puts it forward; "the plan" after it is the same proposal
	en := factsOf(t, "Talks\n\nOn Monday Norway proposed a 48-hour truce in the north. "+
		"The ceasefire put forward by Chile last year was never observed. "+
		"The Green Party unveiled a plan to close the coal mines, and the Liberal Party opposed the plan. "+
		"Acme Steel announced plans to close two plants.\n")
	wantFacts(t, en, "Norway proposed 48-hour truce", "Chile proposed ceasefire", "Green Party proposed plan", "Liberal Party opposes plan")
	for k := range en {
		if strings.Contains(k, "Acme Steel proposed") || strings.Contains(k, " drafted ") {
			t.Errorf("plans announced are intentions, and a proposal is proposed, not drafted: %v", en)
		}
	}
	nb := factsOf(t, "Samtaler\n\nI går foreslo statsminister Jonas Gahr Støre en krisepakke for bøndene. "+
		"Chile foreslo mandag en våpenhvile i nord. "+
		"Regjeringens skolereform Kunnskapsløftet skal innføres neste år.\n")
	wantFacts(t, nb, "Jonas Gahr Støre proposed krisepakke", "Chile proposed våpenhvile")
	for k := range nb {
		if strings.Contains(k, "skolereform") {
			t.Errorf("a reform named after its kind is not an unnamed one: %v", nb)
		}
	}
}

func TestHeadsOfABodyAndOfItsParts(t *testing.T) {
	// the head of a body leads it; the head of one of its parts is a
	// member; "er ikke snau" after the body denies nothing
	nb := factsOf(t, "Olje\n\nKonsernsjef Kari Moe i Telenor sier at prisen stiger. "+
		"Per Holm, kommunikasjonssjef i Telenor, er enig. "+
		"Prosjektsjef Ola Lie i Rom Eiendom er ikke snau med løftene.\n")
	wantFacts(t, nb, "Kari Moe leaderOf Telenor", "Per Holm memberOf Telenor", "Ola Lie memberOf Rom Eiendom")
	if nb["Kari Moe memberOf Telenor"] || nb["Per Holm leaderOf Telenor"] {
		t.Errorf("the head of a body and the head of a part confused: %v", nb)
	}
	en := factsOf(t, "Oil\n\nKari Moe, head of communications at Telenor, said prices would rise. "+
		"Per Holm, the head of research at Fjord Bank, agreed.\n")
	wantFacts(t, en, "Kari Moe memberOf Telenor", "Per Holm memberOf Fjord Bank")
	if en["Kari Moe leaderOf Telenor"] {
		t.Errorf("the head of communications leads the company: %v", en)
	}
}

func TestSupportFromABodysHead(t *testing.T) {
	// "støtte av Domstoladministrasjonens direktør, X": the director
	// leads the body (a definite noun in the genitive, "Trygdeetatens", names it) and is
	// the one who supports
	nb := factsOf(t, "Saken\n\nAvisen Dagbladet får støtte av Trygdeetatens direktør, Tor Langbach:\n– Det var riktig å skrive om saken.\n")
	wantFacts(t, nb, "Tor Langbach leaderOf Trygdeetaten", "Tor Langbach supports Dagbladet")
	if nb["Trygdeetaten supports Dagbladet"] || nb["Tor Langbach memberOf Trygdeetaten"] {
		t.Errorf("the body, not its head, supports, or the head is a mere member: %v", nb)
	}
}

func TestAppositionsAndRelativeClausesOfNews(t *testing.T) {
	// heads, spokespeople and places as news appositions and relative
	// clauses name them (sentences of kg's own, not from any article)
	f := factsOf(t, "Roundup\n\n"+
		"The stadium is owned by Harrow Sports Holdings, an investment group from Dallas headed by Curtis Reyes, who rarely attends.\n"+
		"Judges found that Hendrik Vos, 52, who founded and still runs Lindeboom Imports, had hidden the cargo.\n"+
		"The vaccine was developed by Corvanta Biologics, a biotech company. Mette Skovgaard, who has run the company since 2018, was pleased.\n"+
		"The Kivu Renewal Movement, whose commander is Jean-Paul Habimana, said it held the roads.\n"+
		"Lucia Ferreira, who speaks for the WHO on vaccines, said the data were strong.\n"+
		"Saxony's economy minister, Thomas Brandt, said the state would help.\n"+
		"A vaccine made by Norvanta Biologics, a biotech company from Denmark, was tested in Kisumu, a Kenyan city on Lake Victoria.\n"+
		"Analysts at Hofmann & Lutz, a brokerage in Munich, were worried.\n"+
		"The plant moves to Győr, in north-western Hungary, next year.\n"+
		"The strike hit the plant in Zwickau, in the eastern state of Saxony.\n"+
		"Aid reached Goma, the capital of neighbouring North Kivu.\n"+
		"The paramilitary Rapid Support Forces have besieged El Fasher since May.\n"+
		"Grace Otieno, a KEMRI epidemiologist who led the study, was pleased.\n")
	wantFacts(t, f,
		"Curtis Reyes leaderOf Harrow Sports Holdings", "Hendrik Vos leaderOf Lindeboom Imports", "Mette Skovgaard leaderOf Corvanta Biologics",
		"Jean-Paul Habimana leaderOf Kivu Renewal Movement", "Lucia Ferreira represents World Health Organization",
		"Thomas Brandt represents Saxony", "Norvanta Biologics locatedIn Denmark", "Kisumu locatedIn Kenya",
		"Hofmann & Lutz locatedIn Munich", "Győr locatedIn Hungary", "Zwickau locatedIn Saxony",
		"Goma locatedIn North Kivu", "Rapid Support Forces attacked El Fasher", "Grace Otieno memberOf KEMRI")
}

func TestNorwegianAppositionsAndRelativeClausesOfNews(t *testing.T) {
	f := factsOf(t, "Oppsummering\n\n"+
		"Rosenborg har innledet forhandlinger om en overgang, bekrefter klubbens sportssjef Helge Aune overfor Adresseavisen.\n"+
		"Per Vold var i ti år finansdirektør i eiendomsselskapet Tverrli Eiendom AS.\n"+
		"El Fasher er beleiret av Rapid Support Forces (RSF), militsen som ledes av general Mohamed Hamdan Dagalo.\n"+
		"Sierra Leones representant i rådet, ambassadør Ibrahim Kamara-Tucker, sa at landene ikke kan vente.\n"+
		"Dmitrij Orlovskij, som er nestleder for Russlands FN-delegasjon, forsvarte vetoet.\n"+
		"Norge, som er blant Ukrainas største støttespillere, kunngjorde at landet vil bidra med to milliarder kroner.\n"+
		"RSF har de siste ukene beskutt flyktningleiren Zamzam sør for byen.\n")
	wantFacts(t, f, "Helge Aune memberOf Rosenborg BK", "Per Vold memberOf Tverrli Eiendom AS",
		"Mohamed Hamdan Dagalo leaderOf Rapid Support Forces", "Rapid Support Forces attacked El Fasher",
		"Ibrahim Kamara-Tucker represents Sierra Leone", "Dmitrij Orlovskij represents Russia",
		"Norway supports Ukraine", "Rapid Support Forces attacked Zamzam")
}

func TestLawsDraftedAndPlacesHeld(t *testing.T) {
	f := factsOf(t, "Votes\n\nThe draft, tabled jointly by Britain and Sierra Leone after weeks of talks, won 13 votes.\n"+
		"The Residential Vacancy Act, which Housing Minister Claire Desrosiers drafted over the summer, passed.\n"+
		"Fighting raged around Omdurman, the last large city in Sudan's Khartoum region still held by the army.\n")
	wantFacts(t, f, "United Kingdom drafted resolution", "Sierra Leone drafted resolution",
		"Claire Desrosiers drafted Residential Vacancy Act", "Omdurman locatedIn Khartoum", "Sudanese government forces controls Omdurman")
	d := extractText(t, "Votes\n\nThe Residential Vacancy Act passed.\n")
	if e := entityByName(d, "Residential Vacancy Act"); e == nil || e.Type != "Resolution" {
		t.Errorf("a law is no resolution: %+v", e)
	}
}

func TestAppositionAfterANameAndItsAcronym(t *testing.T) {
	f := factsOf(t, "Offensive\n\nFighters of the Kivu Renewal Movement (MRK), a rebel group active in eastern Congo, captured the town of Minova on Saturday.\n")
	if !f["MRK captured Minova"] && !f["Kivu Renewal Movement captured Minova"] {
		t.Errorf("the apposition after the acronym hid the subject: %v", f)
	}
}

func TestPossessiveTitleOpeningASentence(t *testing.T) {
	en := factsOf(t, "Tax\n\nThe Canadian Property Owners Federation, a lobby group, warned that the tax would hit retirees. Its president, Heather Lindqvist, said the federation would go to court.\n"+
		"The Bloc Québécois also opposed the bill. Its housing critic, Luc Thibodeau, said Quebec should write its own rules.\n")
	wantFacts(t, en, "Heather Lindqvist leaderOf Canadian Property Owners Federation", "Luc Thibodeau memberOf Bloc Québécois")
	mid := factsOf(t, "Vote\n\nTHE HAGUE — The Civic Renewal Party won the election, putting its leader, Marieke Verhoeven, on course to become prime minister.\n")
	wantFacts(t, mid, "Marieke Verhoeven leaderOf Civic Renewal Party")
	nb := factsOf(t, "Skatt\n\nNorsk Huseierforbund advarer mot skatten. Dets leder, Kari Holm, sier at forbundet vil gå til retten.\n")
	wantFacts(t, nb, "Kari Holm leaderOf Norsk Huseierforbund")
}

func TestCapitalsGenitiveBeforeADiplomatsTitle(t *testing.T) {
	en := factsOf(t, "Veto\n\nArkady Lemeshev, Moscow's deputy envoy, argued that the text was unbalanced.\nMoscow's mayor Sergei Sobyanin opened the park.\n")
	wantFacts(t, en, "Arkady Lemeshev represents Russia", "Sergei Sobyanin leaderOf Moscow")
	nb := factsOf(t, "Veto\n\nSergej Lavrov, Moskvas utenriksminister, sa at teksten var ubalansert.\n")
	wantFacts(t, nb, "Sergej Lavrov represents Russia")
}

func TestMoreNewsWordingsOfRolesAndPlaces(t *testing.T) {
	en := factsOf(t, "Roundup\n\n"+
		"Atlantica Energy Services, a subsea engineering group based out of Glasgow, has agreed to buy a rival.\n"+
		"Rhiannon Price, a Liberal Democrat MP for a Cornish constituency, slammed the plan.\n"+
		"Gareth Lowe, who speaks on transport for the Conservatives, said the ruling was embarrassing.\n"+
		"Arsenal's coach, Magnus Haugland, said the club would reinvest the money.\n"+
		"Priya Raman, who studies antimicrobial resistance at Imperial College London, was cautious.\n"+
		"The samples were collected near Qaanaaq, a settlement in north-west Greenland.\n"+
		"Rafael Quispe, who took the helm at the National Institute of Civil Defence in March, said troops were deployed.\n")
	wantFacts(t, en, "Atlantica Energy Services locatedIn Glasgow", "Rhiannon Price memberOf Liberal Democrats",
		"Gareth Lowe represents Conservative Party", "Magnus Haugland leaderOf Arsenal FC", "Priya Raman memberOf Imperial College London",
		"Qaanaaq locatedIn Greenland", "Rafael Quispe leaderOf National Institute of Civil Defence")
	nb := factsOf(t, "Oppsummering\n\n"+
		"I Førde, kommunesenteret i Sunnfjord, gikk elva over sine bredder.\n"+
		"Ifølge NVEs vakthavende hydrolog, Siri Mjelde, kan vannføringen bli rekordhøy.\n"+
		"Nordisk råd, som har sekretariat i København, skal behandle erklæringen.\n"+
		"Nå som Sverige og Finland er med i NATO, har vi et nytt grunnlag for samarbeid, sa han.\n"+
		"Norge var representert ved utenriksminister Siri Hallan Brekke.\n"+
		"Pressetalsperson Magnus Eidsvold i Equinor opplyser at selskapet taper penger.\n"+
		"Telenor har base i Fornebu.\n"+
		"Eirik Skaar Nesheim, som leder styret i Rosenborg, sier salget var nødvendig.\n")
	wantFacts(t, nb, "Førde locatedIn Sunnfjord", "Siri Mjelde memberOf Norwegian Water Resources and Energy Directorate",
		"Nordic Council locatedIn Copenhagen", "Sweden memberOf NATO", "Finland memberOf NATO", "Siri Hallan Brekke represents Norway",
		"Magnus Eidsvold represents Equinor", "Telenor locatedIn Fornebu", "Eirik Skaar Nesheim leaderOf Rosenborg BK")
}

func TestSidingNegotiatingAndBudgetsProposed(t *testing.T) {
	nb := factsOf(t, "Budsjettet\n\nOrdfører Kari Bøe møtte partiene. Bøe forhandler nå med SV og Senterpartiet om et budsjettforlik.\n"+
		"Brekke svarte at Norge stiller seg bak Finland i spørsmålet.\n"+
		"Høyres alternative budsjett, som ble lagt fram mandag, fjerner økningen i eiendomsskatten.\n")
	wantFacts(t, nb, "Kari Bøe negotiatesWith Socialist Left Party", "Kari Bøe negotiatesWith Centre Party", "Norway supports Finland", "Høyre proposed alternative budsjett")
	en := factsOf(t, "Talks\n\nNorway sided with Finland on the question.\n")
	wantFacts(t, en, "Norway supports Finland")
}

func TestMayorsElectedLeadersAndTitledMinistersOfAState(t *testing.T) {
	nb := factsOf(t, "Saken\n\nOrdfører Tor Arne Sveen (H) i Kongsberg kaller flyttingen helt uakseptabel.\n"+
		"Det er et paradoks, sier Siri Lundeby, som ble valgt til leder i Naturvernforbundet i vår.\n"+
		"EUs fiskerikommissær, Elena Marković, forsvarte vedtaket.\n")
	wantFacts(t, nb, "Tor Arne Sveen leaderOf Kongsberg", "Siri Lundeby leaderOf Friends of the Earth Norway", "Elena Marković represents European Union")
	en := factsOf(t, "Release\n\nForeign Minister Joost van Rijckevorsel of the Netherlands said the release was a relief.\n")
	wantFacts(t, en, "Joost van Rijckevorsel represents Netherlands")
}

func TestNorwegianCitiesOfAStateBasesAndJoiningACase(t *testing.T) {
	f := factsOf(t, "Saken\n\nPengene gikk til havnene i Lagos, Nigerias største by.\n"+
		"Ifølge Kystvakten, som har hovedbase på Sortland, er det 20 fartøyer i området.\n"+
		"Naturvernforbundet og NOAH har sluttet seg til WWFs søksmål.\n"+
		"Høyres gruppeleder i fylkestinget, Anders Myhrvold, kaller vedtaket et feilgrep.\n")
	wantFacts(t, f, "Lagos locatedIn Nigeria", "NOAH supports WWF", "Anders Myhrvold memberOf Høyre")
	if !f["Norwegian Coast Guard locatedIn Sortland"] && !f["Kystvakten locatedIn Sortland"] {
		t.Errorf("the coast guard's base, or Sortland taken for Portland: %v", f)
	}
}

func TestNorwegianDefiniteGenitiveOpeningASentence(t *testing.T) {
	f := factsOf(t, "Bompenger\n\nSenterpartiet vil stanse bomringen. Partiets samferdselspolitiker, Lars Fjellheim, mener prisen er for høy.\n"+
		"Kystverket har varslet nye regler. Etatens direktør, Unni Strand, sier at reglene kommer i mars.\n")
	wantFacts(t, f, "Lars Fjellheim memberOf Centre Party", "Unni Strand leaderOf Norwegian Coastal Administration")
}

func TestMembershipsAsNewsWordsThem(t *testing.T) {
	f := factsOf(t, "Verdict\n\n\"It is a start,\" said Helga Brandt of the shareholder rights association VKA.\n"+
		"\"We are hopeful,\" said Dr Amina Phiri, the study's lead author and a researcher at the Lilongwe Institute of Public Health.\n"+
		"Its founder, Tor Dahl, who also sits on the board of Vestfjord Holdings, said he would sell.\n"+
		"Among the strikers was Peter Visser, a forklift operator and FNV member who has worked at the port for 20 years.\n")
	wantFacts(t, f, "Helga Brandt memberOf VKA", "Amina Phiri memberOf Lilongwe Institute of Public Health",
		"Tor Dahl memberOf Vestfjord Holdings", "Peter Visser memberOf FNV")
	if typesOf(extractText(t, "Strike\n\nAmong the strikers was Peter Visser, a forklift operator who has worked at the port for 20 years.\n"))["Peter Visser"] != "Person" {
		t.Error("a person's job made him a company")
	}
}

func TestNewsAppositionsOfSpokesmenAndBases(t *testing.T) {
	nb := factsOf(t, "Sak\n\nDet er ikke første gang at saken skaper debatt, og flere av partiene har reagert kraftig på forslaget.\n"+
		"Norges viseambassadør Kari Lunde sa at teksten var ubalansert.\n"+
		"Per Dahl, som er Venstres skolepolitiske talsperson, kalte vedtaket en seier.\n"+
		"Hæren angrep i natt, opplyser major Ole Brun, som uttaler seg på vegne av Forsvaret.\n"+
		"Den svenske fiskerigruppen Nordfisk Group, som har hovedkontor i Göteborg, vil flytte produksjonen.\n")
	wantFacts(t, nb, "Kari Lunde represents Norway", "Per Dahl represents Venstre", "Ole Brun represents Norwegian Armed Forces",
		"Nordfisk Group locatedIn Gothenburg")
	en := factsOf(t, "Fighting\n\nThe fighting in the north pits the military government against the Kachin Independence Army.\n"+
		"\"We are worried,\" said Marie Lukusa, who leads the Bukavu-based monitoring group Lake Watch.\n")
	wantFacts(t, en, "Kachin Independence Army opposes military junta", "military junta opposes Kachin Independence Army",
		"Lake Watch locatedIn Bukavu", "Marie Lukusa leaderOf Lake Watch")
}

func TestSpokesmenInAPlaceAndMediators(t *testing.T) {
	f := factsOf(t, "Talks\n\nThe agency will review the data in March, officials said on Monday.\n"+
		"A WHO spokeswoman in Geneva, Thandeka Mbeki, said the advisers would review the data.\n"+
		"Norway's chief mediator, Minister of State Eirik Holm, had put forward a truce last week.\n")
	wantFacts(t, f, "Thandeka Mbeki represents World Health Organization", "Eirik Holm represents Norway")
	if typesOf(extractText(t, "Talks\n\nThe agency will review the data in March, officials said on Monday.\nA WHO spokeswoman in Geneva, Thandeka Mbeki, said the advisers would review the data.\n"))["Thandeka Mbeki"] != "Person" {
		t.Error("a speaker set off by commas after a city was read as a place")
	}
}

func TestHeadNamedAfterTitleAndBody(t *testing.T) {
	d := extractText(t, "Streik\n\nDet er ikke første gang at saken skaper debatt, og flere av partiene har reagert kraftig på forslaget.\n"+
		"Daglig leder ved Nordfjord Sjømat, Geir Aasen, ville ikke kommentere streiken.\n")
	wantTypes(t, typesOf(d), map[string]string{"Geir Aasen": "Person", "Nordfjord Sjømat": "Organization"})
	if f := factsOf(t, "Streik\n\nDet er ikke første gang at saken skaper debatt, og flere av partiene har reagert kraftig på forslaget.\n"+
		"Daglig leder ved Nordfjord Sjømat, Geir Aasen, ville ikke kommentere streiken.\n"); !f["Geir Aasen leaderOf Nordfjord Sjømat"] {
		t.Errorf("the head named after the title and the body: %v", f)
	}
	en := extractText(t, "Funding\n\nThe trial was paid for by the foundation, which has backed Osprey Biotech since 2019.\n")
	wantTypes(t, typesOf(en), map[string]string{"Osprey Biotech": "Company"})
}

func TestRelativeClausesAndProposalsOfNews(t *testing.T) {
	en := factsOf(t, "Fraud\n\nA court on Thursday sentenced Karl Brenner, who founded and ran the collapsed payments company Paytrion, to six years.\n"+
		"Ann Cole, who owns a bakery on the High Street and chairs the Harrogate Chamber of Trade, said lorries cracked her windows.\n"+
		"The trial was paid for by the Wellcome Trust, which has backed Osprey Biotech since 2019.\n"+
		"Norway's chief mediator, Minister of State Eirik Holm, had put forward a 72-hour truce last week.\n"+
		"Henk Boersma suggested a two-year agreement with a 5 per cent rise.\n")
	wantFacts(t, en, "Karl Brenner leaderOf Paytrion", "Ann Cole leaderOf Harrogate Chamber of Trade", "Wellcome Trust supports Osprey Biotech",
		"Eirik Holm proposed 72-hour truce", "Henk Boersma proposed two-year agreement")
	nb := factsOf(t, "Sak\n\nDet er ikke første gang at saken skaper debatt, og flere av partiene har reagert kraftig på forslaget.\n"+
		"Elevrådet, som ledes av 17 år gamle Jonas Lie, er delt i synet.\n"+
		"Et ekspertpanel har konkludert med at Rwanda forsyner M23 med våpen og soldater.\n"+
		"Forbundsleder Arne Dahl reiste fredag til Esbjerg for å forhandle med ledelsen i Havgaard Group.\n")
	wantFacts(t, nb, "Jonas Lie leaderOf Elevrådet", "Rwanda supports M23", "Arne Dahl negotiatesWith Havgaard Group")
}

func TestPlacesOfNewsAppositions(t *testing.T) {
	nb := factsOf(t, "Sak\n\nDet er ikke første gang at saken skaper debatt, og flere av partiene har reagert kraftig på forslaget.\n"+
		"Opprørerne i M23 har siden januar hatt kontroll over Goma, provinshovedstaden i Nord-Kivu, og rykket videre mot Sake.\n")
	wantFacts(t, nb, "Goma locatedIn North Kivu", "M23 controls Goma")
	en := factsOf(t, "Sport\n\nWorld Rowing, the sport's Lausanne-based governing body, said the time would stand.\n"+
		"The payments company Paytrion collapsed. Paytrion, which had its headquarters in Munich and once employed 2,000 people, filed for insolvency.\n")
	wantFacts(t, en, "World Rowing locatedIn Lausanne", "Paytrion locatedIn Munich")
}

func TestNorwegianWorkedAt(t *testing.T) {
	f := factsOf(t, "Sak\n\nDet er ikke første gang at saken skaper debatt, og flere av partiene har reagert kraftig på forslaget.\nPer Lunde har altså jobbet i Aftenposten. Kari Holm har lenge arbeidet ved Universitetet i Bergen.\n")
	wantFacts(t, f, "Per Lunde memberOf Aftenposten", "Kari Holm memberOf University of Bergen")
}

func TestAtTheHelm(t *testing.T) {
	f := factsOf(t, "Agency\n\nFred Gregory is temporarily at the helm of NASA. Ann Cole took charge of Leeds United in May.\n")
	wantFacts(t, f, "Fred Gregory leaderOf NASA", "Ann Cole leaderOf Leeds United")
}

// A stance on a proposal the article names only by its kind makes it one,
// proposer or not: "Norsk Spillerforening har også gått imot utvidelsen",
// "Utdanningsforbundet har stilt seg bak forbudet", "the Bloc also opposed
// the bill".
func TestStanceOnAnUnnamedProposal(t *testing.T) {
	nb := factsOf(t, "Sak\n\nDet er ikke første gang at saken skaper debatt. Norsk Toppfotball vil utvide Eliteserien.\n"+
		"Norsk Spillerforening har også gått imot utvidelsen. Utdanningsforbundet har stilt seg bak forbudet.\n")
	wantFacts(t, nb, "Norsk Spillerforening opposes utvidelsen", "Utdanningsforbundet supports forbudet")
	en := factsOf(t, "Vote\n\nThe housing bill passed its second reading on Tuesday.\nThe Bloc Québécois also opposed the bill, arguing that housing falls under the provinces.\n")
	wantFacts(t, en, "Bloc Québécois opposes bill")
}

// A leader's word before an envoy's title is the envoy's rank: "New
// Zealand's chief negotiator" speaks for the state, it does not lead it.
func TestChiefNegotiatorSpeaksForTheState(t *testing.T) {
	f := factsOf(t, "Talks\n\n\"We came to close the gap,\" said Aroha Tane, New Zealand's chief negotiator.\n")
	wantFacts(t, f, "Aroha Tane represents New Zealand")
	if f["Aroha Tane leaderOf New Zealand"] {
		t.Errorf("the negotiator leads the state: %v", f)
	}
}

// Stances, backing and places in the wordings of written news: a stance
// on an unnamed proposal ("dismissed the freeze", "is also against the
// bill"), "stood behind", "which sponsors"; a legal form's point before
// an apposition; a place in a region or a state after a comma.
func TestStancesBackersAndPlacesOfWrittenNews(t *testing.T) {
	en := factsOf(t, "Rents\n\nThe Greens want a rent freeze. Tom Ashby, the housing minister, dismissed the freeze on Tuesday.\n"+
		"The government tabled a tenancy bill in May. The opposition Liberal Party is also against the bill.\n"+
		"Jordan, which has long stood behind the Palestinian Authority, urged calm.\n"+
		"Tonga, which sponsors Ocean Nodule Corp., a Toronto-based company, said the talks would go on.\n"+
		"Doctors in Koudougou, a town in central-western Burkina Faso, saw the first cases. Drones hit Monywa, a town in the Sagaing region, at dawn.\n"+
		"The strike could push cargo towards Rotterdam, in the neighbouring Netherlands.\n"+
		"The World Meteorological Organization, whose Geneva headquarters hosted the meeting, welcomed the report.\n")
	wantFacts(t, en, "Tom Ashby opposes freeze", "Liberal Party opposes tenancy bill", "Jordan supports Palestinian Authority",
		"Tonga supports Ocean Nodule Corp", "Ocean Nodule Corp locatedIn Toronto", "Koudougou locatedIn Burkina Faso", "Monywa locatedIn Sagaing",
		"Rotterdam locatedIn Netherlands", "World Meteorological Organization locatedIn Geneva")
	nb := factsOf(t, "Havbunn\n\nRegjeringen åpner for gruvedrift. Blant søkerne er det Bergen-baserte Dypvann Mineraler ASA.\n"+
		"Solberg Eiendom, med base i Drammen, eier flere bygg.\n")
	wantFacts(t, nb, "Dypvann Mineraler ASA locatedIn Bergen", "Solberg Eiendom locatedIn Drammen")
}

// A company's legal form makes a company of the name it ends, and an
// armed group's bare cue gives way to a body's own word in the name.
func TestLegalFormsAndEnsemblesAreNoPeopleOrMilitias(t *testing.T) {
	types := typesOf(extractText(t, "Festival\n\nBlant søkerne er Nordvind Kraft ASA. Ifølge arrangørene har den grønlandske gruppen Qilak Ensemble takket ja til å spille.\n"))
	if types["Nordvind Kraft ASA"] != "Company" || types["Qilak Ensemble"] == "ArmedGroup" || types["Qilak Ensemble"] == "" {
		t.Errorf("types: %v", types)
	}
}

// Roles in written news' wordings: a player "who plays for" a club, a
// member "who belongs to" a body, a body's branch, "Y's finance director,
// X", a state's envoy "who heads its mission", counsel "prosecuting for"
// a body, "who has represented", a body "chaired by"; in Norwegian a
// state's envoy at the UN, "som i dag trener", and a person's party in
// brackets before a relative clause.
func TestRolesInWrittenNewsWordings(t *testing.T) {
	en := factsOf(t, "Roundup\n\n"+
		"Centre back Maren Dahl, who plays her club football for Vipers Kristiansand, scored twice.\n"+
		"Tomas Ruiz, a sculptor who belongs to the artists' collective Taller Sur, welcomed the decision.\n"+
		"The walkout was called by Dock Workers Union, the port branch of the Transport Workers Federation, on Monday.\n"+
		"Brekke Shipping's finance director, Ola Strand, had warned the board.\n"+
		"Li Guowen, who heads China's delegation to the WHO, said Beijing disagreed.\n"+
		"Sarah Coles KC, prosecuting for the Serious Fraud Office, told the jury the firm had lied.\n"+
		"\"We will not sign,\" said Piet Jansen, the negotiator who has represented FNV at the talks since May.\n"+
		"The Harbour Residents Group, which was founded and is chaired by Helen Ward, has 900 members.\n"+
		"Julien Roux, an access campaigner at Oxfam, called the result promising.\n"+
		"The accord was signed by Anke Peeters, Belgium's state secretary for culture.\n")
	wantFacts(t, en, "Maren Dahl memberOf Vipers Kristiansand", "Tomas Ruiz memberOf Taller Sur", "Dock Workers Union memberOf Transport Workers Federation",
		"Ola Strand memberOf Brekke Shipping", "Li Guowen represents China", "Sarah Coles represents Serious Fraud Office",
		"Piet Jansen represents FNV", "Helen Ward leaderOf Harbour Residents Group", "Julien Roux memberOf Oxfam", "Anke Peeters represents Belgium")
	if en["Li Guowen leaderOf China"] {
		t.Errorf("the head of a state's delegation leads the state: %v", en)
	}
	nb := factsOf(t, "Oppsummering\n\nRegjeringen la fram saken mandag.\n"+
		"Ahmed Osman Ali, som representerer Sudan i FN, ønsket vetoet velkommen.\n"+
		"Klubben har snakket med svensken Jonas Berg, som i dag trener Hammarby IF.\n"+
		"Kari Lyngmo (Sp), som er ordfører i Kåfjord, er fornøyd.\n")
	wantFacts(t, nb, "Ahmed Osman Ali represents Sudan", "Jonas Berg leaderOf Hammarby IF", "Kari Lyngmo leaderOf Kåfjord")
	if nb["Ahmed Osman Ali memberOf United Nations"] {
		t.Errorf("a state's envoy is a member of the UN: %v", nb)
	}
}

// Employers in a list after a relative clause, past an apposition of the
// person's, and a player's old club: "ifølge X, investor og forfatter,
// som har jobbet for A, B og C", "X, an investor, who works for A, B and C",
// "his father, X, also played basketball for Y".
func TestEmployersListedAfterAnAppositionAndPlayersClubs(t *testing.T) {
	nb := factsOf(t, "Teknologi\n\nEuropa bør satse mer på forskning, ifølge Liu Wen, investor og forfatter, som har jobbet for Google, Microsoft og Apple.\n")
	wantFacts(t, nb, "Liu Wen memberOf Google", "Liu Wen memberOf Microsoft", "Liu Wen memberOf Apple")
	en := factsOf(t, "Technology\n\nEurope should spend more on research, says Liu Wen, an investor and author, who works for Google, Microsoft and Apple.\n",
		"Basketball\n\nThe forward grew up in Baton Rouge, where his father, Darnell Hayes, also played basketball for LSU.\n")
	wantFacts(t, en, "Liu Wen memberOf Google", "Liu Wen memberOf Microsoft", "Liu Wen memberOf Apple", "Darnell Hayes memberOf LSU")
}

// The seeds' kind of fact in other wordings: a resolution named by its
// body and its drafters by "the text", a second sponsor joined by "and
// co-sponsored by"; air strikes by one side on a place; a relative
// clause of control; in Norwegian an inverted clause's attack, a place
// "occupied by" a state, a veto by "blokkerte" with a day between, and
// talks "til lønnsforhandlinger".
func TestVetoesDraftersAttacksAndControlInOtherWordings(t *testing.T) {
	en := factsOf(t, "Gaza\n\nUNITED NATIONS — Russia on Monday vetoed a Security Council resolution on aid to Gaza. "+
		"The text was drafted by France and co-sponsored by Malta and the Republic of Korea.\n"+
		"Air strikes by Russia on Kharkiv killed 12 people on Sunday.\n"+
		"The M23, which still holds most of North Kivu, denied the report.\n")
	wantFacts(t, en, "Russia vetoed resolution", "resolution submittedTo UN Security Council", "France drafted resolution",
		"Malta drafted resolution", "South Korea drafted resolution", "Russia attacked Kharkiv", "M23 controls North Kivu")
	nb := factsOf(t, "Krigen\n\nKina blokkerte tirsdag et utkast til resolusjon i Sikkerhetsrådet.\n"+
		"Ifølge FN har Hamas den siste uken beskutt byen Sderot flere ganger.\n"+
		"Regjeringen vil ikke anerkjenne Krim, som har vært okkupert av Russland siden 2014.\n"+
		"Fellesforbundet, som har møtt NHO til lønnsforhandlinger siden mars, varsler streik.\n")
	wantFacts(t, nb, "China vetoed resolution", "Hamas attacked Sderot", "Russia controls Crimea", "Fellesforbundet negotiatesWith Confederation of Norwegian Enterprise")
}

// One unknown word whose genitive owns a person's full name is the body
// the person belongs to: "Velora's John Smith", "Demosisto's Nathan Law".
func TestUnknownGenitiveBeforeAPersonIsTheirBody(t *testing.T) {
	d := extractText(t, "Deal\n\nVelora's John Smith said the deal was done.\n")
	if types := typesOf(d); class(types["Velora"]) != 'O' {
		t.Errorf("types: %v", types)
	}
	wantFacts(t, facts(d), "John Smith memberOf Velora")
}

// A press officer or media adviser speaks for the body, as a spokesman
// does: "Its press officer, X,".
func TestPressOfficersSpeakForTheBody(t *testing.T) {
	f := factsOf(t, "Strike\n\nThe Port of Antwerp Authority said ships were diverted. Its press officer, Lena Maes, warned of delays.\n")
	wantFacts(t, f, "Lena Maes represents Port of Antwerp Authority")
}

// Norwegian chamber titles and a second title before the name: a
// "stortingsrepresentant" is a member of the Storting the article
// names, and "Partiets talsperson, stortingsrepresentant X," speaks for
// the party.
func TestNorwegianRepresentativesAndTheirParty(t *testing.T) {
	f := factsOf(t, "Tannhelse\n\nForslaget skal behandles i Stortinget før jul. Høyre er kritisk. Partiets helsepolitiske talsperson, stortingsrepresentant Kari Lunde, mener pengene burde gått til eldre.\n")
	wantFacts(t, f, "Kari Lunde represents Høyre", "Kari Lunde memberOf Storting")
}

// A company's short name is its first word in the genitive too, though
// the word looks like an adjective ("Abyssal's CEO" after "Abyssal
// Metals Corp."), and an apposition with a body's genitive lies between a
// name and its verb ("Grant Whitfield, Abyssal's CEO, rejected").
func TestShortCompanyGenitiveInAnApposition(t *testing.T) {
	f := factsOf(t, "Mining\n\nThe summit weighed a moratorium on deep-sea mining. Nauru backs Abyssal Metals Corp., a Vancouver-based company.\n"+
		"Grant Whitfield, Abyssal's CEO, rejected the moratorium on Monday.\n")
	wantFacts(t, f, "Grant Whitfield leaderOf Abyssal Metals Corp", "Grant Whitfield opposes moratorium")
}

// Welcoming, praising or threatening to sink a proposal, and places in
// appositions of extent: "welcomed the agreement", "threaten to sink
// Labor's rental bill", "hilser lovforslaget velkommen"; "X, one of the
// largest … in Y", "X, a vast stretch of the Y".
func TestWelcomesThreatsAndStretches(t *testing.T) {
	en := factsOf(t, "Deal\n\nThe two states signed an agreement on Monday. Amnesty International welcomed the agreement.\n"+
		"Rotterdam Dock Services, one of the largest container handlers in the Port of Rotterdam, stopped work.\n"+
		"Ships crossed Hudson Bay, a vast stretch of the Arctic Ocean.\n",
		"Bill\n\nThe government tabled a rental bill in March. The Green Party threatens to sink the bill in the Senate.\n")
	wantFacts(t, en, "Amnesty International supports agreement", "Rotterdam Dock Services locatedIn Port of Rotterdam",
		"Hudson Bay locatedIn Arctic Ocean", "Green Party opposes rental bill")
	nb := factsOf(t, "Tannhelse\n\nRegjeringen la fram et lovforslag om gratis tannbehandling. Forbrukerrådet har lenge kjempet for en slik ordning og hilser lovforslaget velkommen.\n")
	wantFacts(t, nb, "Norwegian Consumer Council supports lovforslag")
}

// Norwegian roles and backing in written news' wordings: the second of
// two jobs ("er overlege ved … og professor ved X"), a body on a council
// ("som sitter i opposisjon på Sametinget"), support sent or raised ("øker
// støtten til", "lovet nye leveranser av luftvern til"), a coach let go,
// and "vegvesenet" in lower case.
func TestNorwegianJobsSeatsSupportAndDismissals(t *testing.T) {
	f := factsOf(t, "Oppsummering\n\nIngrid Dahl er kjent for forskningen sin. Dahl er overlege ved nevrologisk avdeling på Haukeland og professor ved Universitetet i Bergen.\n"+
		"Senterpartiet, som sitter i opposisjon på Stortinget, vil stemme mot.\n"+
		"Sametinget øker støtten til Riddu Riđđu. Polen lovet i forrige uke nye leveranser av luftvern til Ukraina.\n"+
		"Rosenborg har sagt opp hovedtrener Erling Moe med øyeblikkelig virkning.\n"+
		"Prosjektleder Hilde Nes i vegvesenet sier at de har fått 400 innspill.\n")
	wantFacts(t, f, "Ingrid Dahl memberOf University of Bergen", "Centre Party memberOf Storting", "Poland supports Ukraine",
		"Erling Moe leaderOf Rosenborg BK", "Hilde Nes memberOf Norwegian Public Roads Administration")
}

// "Universitet i Santiago" without its article is one body as
// "Universitetet i Bergen" is; a body "som støttes av" a state is backed
// by it.
func TestIndefiniteUniversityAndPassiveSupport(t *testing.T) {
	f := factsOf(t, "Utdanning\n\n– De vet det, sier Bernardo Ruiz, en politisk analytiker ved Universitet i Santiago.\n"+
		"Regjeringen vil forhandle med opprørsgruppen M23, som støttes av Rwanda.\n")
	wantFacts(t, f, "Bernardo Ruiz memberOf Universitet i Santiago", "Rwanda supports M23")
}

// Attacks and stances in other wordings: "Sharon's assassination of
// Hamas leaders", "after Israel killed its commander", "the plan, which
// Qatar has backed", "Hamas, which Egypt has long opposed".
func TestAssassinationsKillingsAndRelativeStances(t *testing.T) {
	f := factsOf(t, "Gaza\n\nSharon's assassination of major Hamas leaders weakened the party.\n"+
		"The truce collapsed after Israel killed the commander of Islamic Jihad on Monday.\n"+
		"Hamas rejected the truce plan. The plan, which Qatar has backed, calls for a pause.\n"+
		"The talks include Hamas, which Egypt has long opposed.\n")
	wantFacts(t, f, "Sharon attacked Hamas", "Israel attacked Palestinian Islamic Jihad", "Qatar supports truce plan", "Egypt opposes Hamas")
}

// A stance with no object stated is on the proposal the article is about
// (named twice at least, more often than any other): "Høyre er
// imidlertid kritisk", "Frp varsler at de vil stemme imot", "the Greens
// will vote against it"; a proposal's noun opening a sentence is the
// proposal, no body's name.
func TestStancesOnTheArticlesProposal(t *testing.T) {
	nb := extractText(t, "Tannhelse\n\nRegjeringen la fram et lovforslag om gratis tannbehandling. Lovforslaget skal behandles i Stortinget.\nHøyre er imidlertid kritisk.\nFremskrittspartiet varsler at de vil stemme imot.\n")
	wantFacts(t, facts(nb), "Høyre opposes lovforslag", "Progress Party opposes lovforslag")
	if _, ok := typesOf(nb)["Lovforslaget"]; ok {
		t.Errorf("a proposal's noun is a name: %v", typesOf(nb))
	}
	en := factsOf(t, "Rents\n\nThe government tabled a rent bill in May. The bill caps rent rises.\nThe Green Party will vote against it.\n")
	wantFacts(t, en, "Green Party opposes rent bill")
	// two proposals as often: no stance on either
	two := factsOf(t, "Plans\n\nThe government tabled a rent bill in May. The Liberal Party proposed a tax plan. The bill caps rents; the plan cuts taxes.\nThe Green Party will vote against it.\n")
	if two["Green Party opposes rent bill"] || two["Green Party opposes tax plan"] {
		t.Errorf("a stance on one of two proposals: %v", two)
	}
}

// A day between a proposing verb and its particle still proposes: "la
// fredag fram et lovforslag" makes the bill the article's proposal, on
// which a stance with no object stated is taken.
func TestProposalWithADayInsideItsVerb(t *testing.T) {
	f := factsOf(t, "Tannhelse\n\nRegjeringen la fredag fram et lovforslag om gratis tannbehandling. Lovforslaget skal behandles i Stortinget.\nHøyre er imidlertid kritisk.\n")
	wantFacts(t, f, "Høyre opposes lovforslag")
}

// A kind noun in the genitive stands for the body named last whose name
// ends in it, as the noun alone does: "the federation's secretary
// general", "the trust's chairwoman".
func TestKindNounInTheGenitiveIsTheBody(t *testing.T) {
	f := factsOf(t, "Handball\n\nThe Danish Handball Federation welcomed the win. Mette Holm, the federation's secretary general, said the team would be welcomed home.\n")
	wantFacts(t, f, "Mette Holm leaderOf Danish Handball Federation")
}

// A dateline says which country the story is about: "ROME — … Interior
// Minister X" speaks for Italy though the article names it once only.
func TestDatelineCountryForAnUnnamedMinistersState(t *testing.T) {
	f := factsOf(t, "Migrants\n\nROME — Italy closed its ports to rescue ships on Saturday. \"We cannot be Europe's only port,\" Interior Minister Marco Ferri told reporters.\nMalta and Spain said they would take some of the migrants.\n")
	wantFacts(t, f, "Marco Ferri represents Italy")
}

// A head of communications speaks for the body, as a spokesman does; a
// head of anything else leads it.
func TestHeadOfCommunicationsSpeaksForTheBody(t *testing.T) {
	f := factsOf(t, "Fine\n\nThe Financial Conduct Authority fined the bank. Priya Desai, the regulator's head of communications, said lessons were learned.\n")
	wantFacts(t, f, "Priya Desai represents Financial Conduct Authority")
	if f["Priya Desai leaderOf Financial Conduct Authority"] {
		t.Errorf("the head of communications leads the regulator: %v", f)
	}
}

// "the regulator" and "the watchdog" stand for the last government body
// named, not for the company it fined.
func TestRegulatorIsTheGovernmentBody(t *testing.T) {
	f := factsOf(t, "Fine\n\nThe Financial Conduct Authority fined Halden Capital on Monday. Priya Desai, the regulator's head of communications, said lessons were learned.\n")
	wantFacts(t, f, "Priya Desai represents Financial Conduct Authority")
	if f["Priya Desai represents Halden Capital"] {
		t.Errorf("the regulator is the company fined: %v", f)
	}
}

// A spokesman's title of two words in a member's pattern speaks for the
// body: "X, a communications officer for the agency" represents it.
func TestCommunicationsOfficerSpeaksForTheBody(t *testing.T) {
	f := factsOf(t, "Vaccine\n\nThe World Health Organization reviewed the data. Fadela Rahim, a communications officer for the agency, cautioned that a second trial was under way.\n")
	wantFacts(t, f, "Fadela Rahim represents World Health Organization")
}

func TestSideLeadersInGameReports(t *testing.T) {
	// "Halvorsen's men", "Marsh's side": a person's side in a game
	// report is the side they lead — the one the sentence names apart
	// from the venue or the opponent, or, of two sides, the one left
	f := factsOf(t, "Kilmory 2 - 1 Dunvale: Reid double sinks Halvorsen's men\n\n"+
		"Dunvale slumped to a third straight away defeat as Callum Reid's double consigned Peter Halvorsen's tired side to a 2-1 defeat at Kilmory.\n"+
		"The striker scored twice in the first half, and the home goalkeeper made a late penalty save to keep the points.\n"+
		"Dunvale had more of the ball but Kilmory defended well, and Tom Marsh's team climbed to fourth in the league with the win.\n"+
		"Halvorsen said after the match that his players had lacked ideas in the final third.\n",
		"Kilmory 2–1 Dunvale: Reid senket Halvorsens menn\n\n"+
			"Dunvale tapte sin tredje bortekamp på rad da to mål av Callum Reid slo Peter Halvorsens slitne lag 2–1 på Kilmory.\n"+
			"Spissen scoret to ganger i første omgang, og keeperen reddet et straffespark mot slutten av kampen.\n"+
			"Dunvale hadde mer av ballen, men Kilmory forsvarte seg godt og klatret til fjerdeplass i tabellen.\n")
	wantFacts(t, f, "Peter Halvorsen leaderOf Dunvale", "Tom Marsh leaderOf Kilmory")
	if f["Peter Halvorsen leaderOf Kilmory"] || f["Tom Marsh leaderOf Dunvale"] {
		t.Errorf("a leader given the venue's side: %v", f)
	}
}

func TestStancesOnAnUnnamedEvent(t *testing.T) {
	// "the referendum" names no event, but a stance is taken on it:
	// "supporters of the referendum, including X", "X, an opponent of the
	// referendum", "the referendum, declared illegal by Y"
	f := factsOf(t, "Moldovans vote on new constitution\n\n"+
		"Voters in Moldova went to the polls on Sunday in a referendum on a new constitution.\n"+
		"Supporters of the referendum, including Prime Minister Ion Munteanu, say the change will speed up talks with the EU.\n"+
		"Opposition leader Vera Ciobanu, an opponent of the referendum, has urged voters to stay at home.\n"+
		"Observers said the referendum, declared unconstitutional by the Supreme Court last year, was held in calm.\n",
		"Moldovere stemmer over ny grunnlov\n\n"+
			"Velgerne i Moldova gikk søndag til urnene i en folkeavstemning om en ny grunnlov.\n"+
			"Tilhengere av folkeavstemningen, blant dem statsminister Ion Munteanu, sier endringen vil gi fart i samtalene med EU.\n"+
			"Opposisjonsleder Vera Ciobanu, en motstander av folkeavstemningen, har oppfordret velgerne til å bli hjemme.\n"+
			"Folkeavstemningen, som ble erklært ugyldig av Moldova i fjor, ble gjennomført i ro og orden.\n")
	var support, oppose int
	for k := range f {
		switch {
		case strings.HasPrefix(k, "Ion Munteanu supports ") && strings.Contains(strings.ToLower(k), "avstemning") || k == "Ion Munteanu supports referendum":
			support++
		case strings.HasPrefix(k, "Vera Ciobanu opposes ") && (strings.Contains(strings.ToLower(k), "avstemning") || strings.HasSuffix(k, "referendum")):
			oppose++
		}
	}
	if support < 2 || oppose < 2 {
		t.Errorf("want the stances on the referendum in both languages (supports %d, opposes %d): %v", support, oppose, f)
	}
	for k := range f {
		if strings.Contains(k, "referendum locatedIn") || strings.Contains(k, "avstemning locatedIn") {
			t.Errorf("an unnamed event placed: %s", k)
		}
	}
}

func TestStanceOnAnUnnamedEventsGenitive(t *testing.T) {
	// "Folkeavstemningens støttespillere, inkludert X": the event's
	// genitive opens the sentence, and the rule reads the genitive itself
	// (no possessor of a person named after it)
	f := factsOf(t, "Moldovere stemmer over ny grunnlov\n\n"+
		"Velgerne i Moldova gikk søndag til urnene i en folkeavstemning om en ny grunnlov.\n"+
		"Folkeavstemningens støttespillere, inkludert statsminister Ion Munteanu, mener endringen vil gi fart i samtalene med EU.\n"+
		"Oppmøtet i folkeavstemningen var lavt.\n")
	found := false
	for k := range f {
		if strings.HasPrefix(k, "Ion Munteanu supports ") && strings.Contains(k, "avstemning") {
			found = true
		}
	}
	if !found {
		t.Errorf("want Munteanu's support of the referendum: %v", f)
	}
}

func TestCompassPartsOfCitiesAndRegions(t *testing.T) {
	// "Øst-Aleppo" is a quarter of the city and lies in it; "Nord-Troms"
	// and "Øst-Europa" are regions of their own
	f := factsOf(t, "Kamper\n\nRegjeringsstyrkene rykket inn i Øst-Aleppo i går.\n",
		"Festival\n\nFestivalen i Nord-Troms trakk folk fra hele Øst-Europa i år, sier arrangøren.\n")
	wantFacts(t, f, "East Aleppo locatedIn Aleppo")
	for k := range f {
		if strings.HasSuffix(k, "locatedIn Troms") || strings.HasSuffix(k, "locatedIn Europe") {
			t.Errorf("a region's part placed in it: %s", k)
		}
	}
}

// A state set off as a member of a body is its member: "Bulgaria, the
// poorest member of the European Union, …".
func TestStateApposedAsMember(t *testing.T) {
	f := factsOf(t, "Politics\n\nBulgaria, the poorest member of the European Union, has been gripped by instability.\n\nNorway, a founding member of NATO, raised its budget.\n")
	wantFacts(t, f, "Bulgaria memberOf European Union", "Norway memberOf NATO")
}

// A state that leads a body, in a relative clause: "Russia, which has
// military bases in both countries and leads the CSTO".
func TestStateLeadsABodyInARelativeClause(t *testing.T) {
	f := factsOf(t, "Border\n\nRussia, which has military bases in both countries and leads the Collective Security Treaty Organization (CSTO), said it was concerned.\n")
	wantFacts(t, f, "Russia leaderOf Collective Security Treaty Organization")
}
