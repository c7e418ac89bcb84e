package extract

import (
	"slices"
	"strings"
	"testing"
)

// Claim attribution: who said what. The texts are written for the tests.

func TestInvertedPronounIsTheSpeaker(t *testing.T) {
	// Norwegian puts the subject after the verb behind a fronted phrase:
	// the "han" of ", sa han at" is the diver, not the host named in the
	// phrase before it.
	c := claimsOf(t, "Stuper står frem\n\nDen britiske stupestjernen Tom Daley sier han står frem fordi han føler seg heldig.\n"+
		"I det første programmet på radio presentert av Lauren Laverne, sa han at han sto opp for de homofiles rettigheter for å gi andre håp.\n")
	if !hasClaim(c, "Tom Daley", "homofiles rettigheter") {
		t.Errorf("', sa han at' after a fronted phrase naming another person: %v", c)
	}
	if len(c["Lauren Laverne"]) > 0 {
		t.Errorf("the host said nothing: %v", c)
	}
}

func TestAgeNominalSpeaker(t *testing.T) {
	// "the 24-year-old", "24-åringen": the person the article is about
	c := claimsOf(t,
		"Diver speaks out\n\nBritish diver Tom Daley says he is speaking out because he feels lucky.\n"+
			"His coach Andrew Lane was not surprised by the decision this week.\n"+
			"The 24-year-old diver added that he had fallen in love with a film maker.\n",
		"Stuper står frem\n\nDen britiske stupestjernen Tom Daley sier han står frem fordi han føler seg heldig.\n"+
			"24-åringen sier det ikke var før på ungdomsskolen at han skjønte at han ikke var som de andre.\n")
	if !hasClaim(c, "Tom Daley", "fallen in love") {
		t.Errorf("'The 24-year-old diver added that …': %v", c)
	}
	if !hasClaim(c, "Tom Daley", "ungdomsskolen") {
		t.Errorf("'24-åringen sier …': %v", c)
	}
}

func TestQuoteOfAStatement(t *testing.T) {
	// a quote after a sentence telling of someone's statement is theirs,
	// as is one after "released a statement:"
	c := claimsOf(t,
		"Museum loses bid\n\nNot all were pleased. U.S. Senator John Hale, Republican from Ohio, issued a statement regarding the rejection of the museum in Dayton. "+
			"\"Like many Ohioans, I am disappointed with the decision to slight our museum.\"\n\n"+
			"The museum director Anna Berg released a statement on Monday: \"We are proud of our staff and of what they built.\"\n",
		"Museet tapte\n\nIkke alle var fornøyde med valget som ble gjort i hovedstaden i går. Senator John Hale sendte ut en uttalelse om avgjørelsen. "+
			"«Som mange andre er jeg skuffet over at museet vårt ble forbigått.»\n")
	if !hasClaim(c, "John Hale", "disappointed with the decision") {
		t.Errorf("the quote after 'issued a statement': %v", c)
	}
	if !hasClaim(c, "John Hale", "skuffet over") {
		t.Errorf("the quote after 'sendte ut en uttalelse': %v", c)
	}
	if !hasClaim(c, "Anna Berg", "proud of our staff") {
		t.Errorf("'released a statement on Monday: \"…\"': %v", c)
	}
}

func TestMoreVerbsOfSaying(t *testing.T) {
	c := claimsOf(t, "Schools\n\nMaria Rossi, a lawyer for the schools, contended that the fee was too high for the schools.\n"+
		"Paolo Verdi reasoned, \"because the users pay a fee, this kind of activity is commercial.\"\n")
	if !hasClaim(c, "Maria Rossi", "fee was too high") {
		t.Errorf("'X contended that …': %v", c)
	}
	if !hasClaim(c, "Paolo Verdi", "activity is commercial") {
		t.Errorf("'X reasoned, \"…\"': %v", c)
	}
}

func TestDescriptionOfThePersonSpeaks(t *testing.T) {
	// "the three-time world champion", "the Briton", "verdensmesteren":
	// the person the article is about
	c := claimsOf(t,
		"Diver speaks out\n\nBritish diver Tom Daley says he is speaking out because he feels lucky.\n"+
			"He met the film maker in 2013 and has been with him since.\n"+
			"The three-time world champion said that falling in love had surprised him.\n"+
			"The Briton added that he hoped to inspire others.\n",
		"Stuper står frem\n\nDen britiske stupestjernen Tom Daley sier han står frem fordi han føler seg heldig.\n"+
			"Han møtte filmskaperen i 2013 og har vært sammen med ham siden.\n"+
			"Den tre ganger verdensmesteren sa at det overrasket ham at han forelsket seg.\n")
	for _, words := range []string{"falling in love", "inspire others", "forelsket seg"} {
		if !hasClaim(c, "Tom Daley", words) {
			t.Errorf("%q: %v", words, c)
		}
	}
}

func TestDescribedAs(t *testing.T) {
	c := claimsOf(t, "Schools\n\nPaolo Verdi described the ruling as a victory for the families of the pupils.\n"+
		"One fan on Twitter described the switch to the cartoon as some sort of sick joke.\n")
	if !hasClaim(c, "Paolo Verdi", "victory for the families") {
		t.Errorf("'X described Y as Z': %v", c)
	}
	if len(c["Twitter"]) > 0 {
		t.Errorf("'One fan on Twitter described …' is no claim of Twitter's: %v", c)
	}
}

func TestUnnamedPoliceSpeaks(t *testing.T) {
	// "police said", "ifølge politiet": the police of the country the story
	// is set in, one entity in both languages
	en := extractText(t, "Attack in Belfast\n\nA man was injured in an attack in Belfast on Sunday night. Police said the man was taken to hospital.\n")
	nb := extractText(t, "Angrep i Belfast\n\nEn mann ble skadet i et angrep i Belfast natt til søndag. Han ble kjørt til sykehus, ifølge politiet.\n")
	for _, d := range []*Document{en, nb} {
		c := claimsBy(d)
		if len(c["British police"]) == 0 {
			t.Errorf("%s: no claim of the police: %v", d.Language, c)
		}
	}
	// a named force is the police: no second one
	named := extractText(t, "Stabbing\n\nA woman died in Birkenhead. Merseyside Police said a man had been arrested. Police said the area was closed.\n")
	for _, e := range named.Entities {
		if e.Name == "British police" || e.Name == "police" {
			t.Errorf("a generic police beside Merseyside Police: %v", typesOf(named))
		}
	}
}

func TestNamingVerbIsNoAttribution(t *testing.T) {
	c := claimsOf(t, "Airbus\n\nThese money problems have led to a restructuring program at Airbus, called Power8, in which 10,000 jobs go.\n")
	if len(c) > 0 {
		t.Errorf("', called Power8, …' attributes nothing: %v", c)
	}
}

func TestConcededAPenaltyIsNoClaim(t *testing.T) {
	c := claimsOf(t, "Match\n\nIn the 62nd minute Kim Min-Woo conceded a penalty which the referee Joel Aguilar awarded Sweden.\n"+
		"Kim Min-Woo later conceded that the team had played badly.\n")
	if hasClaim(c, "Kim Min-Woo", "penalty") {
		t.Errorf("'conceded a penalty' reports nothing: %v", c)
	}
	if !hasClaim(c, "Kim Min-Woo", "played badly") {
		t.Errorf("'conceded that …' does: %v", c)
	}
}

func TestQuoteAfterASecondVerbIsTheSubjects(t *testing.T) {
	// "Instead the minister highlighted …, and added: "…"": the minister,
	// not the last person named before the verb
	c := claimsOf(t, "UN\n\nNorth Korean Foreign Minister Ri Yong Ho spoke at the UN on Saturday.\n"+
		"Instead the minister highlighted three meetings between Kim and South Korean leader Moon Jae-in in the past five months, and added: \"If the other party were South Korea, we would not be in such a deadlock.\"\n")
	if !hasClaim(c, "Ri Yong Ho", "deadlock") {
		t.Errorf("', and added: \"…\"': %v", c)
	}
}

func TestNorwegianSplitVerbAndDenial(t *testing.T) {
	// "«…», la han til": the particle of "la til" after its subject;
	// "X nektet også for at …": a denial of a claim
	c := claimsOf(t, "Bolivia\n\n«Bolivia har drivkraft og sinnsro», sa Roberto Calzadilla, en boliviansk diplomat.\n\n"+
		"Den tidligere presidenten Eduardo Rodríguez Veltzé sa at kjennelsen vil gi Bolivia en mulighet.\n\n"+
		"Calzadilla nektet også for at Morales har brukt den maritime situasjonen som et politisk skalkeskjul.\n\n"+
		"«Bolivia vil aldri gi opp sin rett til å ha tilgang til Stillehavet», la han til.\n")
	if !hasClaim(c, "Roberto Calzadilla", "aldri gi opp") {
		t.Errorf("'«…», la han til': %v", c)
	}
	if !hasClaim(c, "Roberto Calzadilla", "politisk skalkeskjul") {
		t.Errorf("'nektet også for at …': %v", c)
	}
	for _, text := range c["Roberto Calzadilla"] {
		if strings.HasPrefix(text, "at ") {
			t.Errorf("the claim keeps its conjunction: %q", text)
		}
	}
}

func TestLeadInAndStanceClaims(t *testing.T) {
	// "he went on to say that …", "X is concerned that …", "X er bekymret for at …"
	c := claimsOf(t,
		"Airlines\n\nJusman Djamal, the transport minister, has recommended that local airlines should not buy aircraft from Europe.\n\n"+
			"Djamal is concerned that new European planes would have to be flown into Indonesia before registration.\n\n"+
			"However, he went on to say that he did not object to the purchase if a manufacturer paid the cost itself.\n",
		"Flyselskaper\n\nSamferdselsminister Jusman Djamal har anbefalt at lokale flyselskaper ikke skal kjøpe fly fra Europa.\n\n"+
			"Djamal er bekymret for at nye europeiske fly må flys inn til Indonesia før de blir registrert.\n")
	for _, want := range []string{"flown into Indonesia before registration", "did not object to the purchase", "flys inn til Indonesia"} {
		if !hasClaim(c, "Jusman Djamal", want) {
			t.Errorf("no claim holding %q: %v", want, c)
		}
	}
}

func TestSentenceInitialNominalIsTheBody(t *testing.T) {
	// "Flyselskapet sa …" opening sentences: the airline named before,
	// not a name of its own
	c := claimsOf(t, "Flystyrt\n\nAir Niugini sa i en pressemelding at én mannlig passasjer fremdeles er savnet etter ulykken.\n\n"+
		"Flyselskapet sa at de samarbeidet med lokale myndigheter og sykehus for å finne mannen.\n")
	if !hasClaim(c, "Air Niugini", "samarbeidet med lokale myndigheter") {
		t.Errorf("'Flyselskapet sa at …': %v", c)
	}
	if len(c["Flyselskapet"]) > 0 {
		t.Errorf("'Flyselskapet' taken for a name: %v", c)
	}
}

func TestSubjectAfterTheVerbPastAFrontedClause(t *testing.T) {
	// "Da han talte i FNs generalforsamling, sa utenriksminister X at …":
	// the subject follows the verb, past its title
	c := claimsOf(t, "Syria\n\nSyria ber utenlandske styrker om å trekke seg ut umiddelbart, og det er ikke første gang.\n\n"+
		"Da han talte i FNs generalforsamling, sa utenriksminister Walid al-Moualem at forholdene i landet er i bedring.\n")
	if !hasClaim(c, "Walid al-Moualem", "forholdene i landet") {
		t.Errorf("', sa utenriksminister X at …': %v", c)
	}
	if len(c["United Nations"]) > 0 {
		t.Errorf("the body named in the fronted clause made the speaker: %v", c)
	}
}

func TestTitleOpeningTheSentenceBeforeIsTheSpeaker(t *testing.T) {
	// "The President referred to … Tom Reed …" then `"…," he said`: the
	// president, not the man named after the title
	c := claimsOf(t, "Rally\n\nPresident Mark Hale spoke at a rally in Wheeling on Saturday night.\n\n"+
		"The President referred to the situation surrounding his court pick Tom Reed while talking about turnout.\n\n"+
		"\"All of what we have done is at stake in November,\" he said.\n")
	if !hasClaim(c, "Mark Hale", "at stake in November") {
		t.Errorf("the quote after 'The President referred to … Tom Reed': %v", c)
	}
}

func TestSpeakerFirstParenthesis(t *testing.T) {
	// "The cut is necessary, Berg argued, because …": the whole sentence
	// around the attribution is the claim
	c := claimsOf(t, "Budget\n\nThe minister Anna Berg spoke at the conference in Oslo on Monday about the budget.\n\nThe cut is necessary, Berg argued, because revenues fell.\n")
	if !hasClaim(c, "Anna Berg", "cut is necessary") || !hasClaim(c, "Anna Berg", "revenues fell") {
		t.Errorf("'…, Berg argued, …': %v", c)
	}
}

func TestAccordingToATitleOfAState(t *testing.T) {
	c := claimsOf(t, "Robots\n\nAccording to Afghan Ambassador to the United States Hamdullah Mohib, the participation of the team shows progress in Afghanistan.\n")
	if !hasClaim(c, "Hamdullah Mohib", "participation of the team") {
		t.Errorf("'According to Afghan Ambassador to the United States X, …': %v", c)
	}
	if len(c["Afghanistan"]) > 0 {
		t.Errorf("the state of the title taken for the source: %v", c)
	}
}

func TestPersonNamedLikeACity(t *testing.T) {
	// "Valeska Paris, an Australian woman, …": a person, whose surname is
	// her own also in "Paris claims …" and "Paris's father"
	d := extractText(t, "Woman claims\n\nValeska Paris, an Australian woman and former Scientologist, has claimed that the church imprisoned her.\n\n"+
		"Paris claims she was first sent to the ship aged eighteen for two weeks.\n\n"+
		"Her mother spoke out after her ex-husband and Paris's father, Albert Jaquier, committed suicide.\n")
	c := claimsBy(d)
	if !hasClaim(c, "Valeska Paris", "sent to the ship") {
		t.Errorf("'Paris claims …' after 'Valeska Paris, an Australian woman': %v", c)
	}
	types := typesOf(d)
	if types["Valeska Paris"] != "Person" {
		t.Errorf("Valeska Paris: %v", types)
	}
	if _, ok := types["Paris"]; ok {
		t.Errorf("her surname taken for the city: %v", types)
	}
}

func TestAccordingToTheBodyAndNorwegianDescriptions(t *testing.T) {
	c := claimsOf(t,
		"Bank results\n\nThe Bank of America Corporation has announced a third-quarter loss of $2.24 billion on Monday.\n\nAccording to the bank, the losses are equal to 26 cents per share.\n",
		"Friidrett\n\nDoyle er Skottlands mest dekorerte friidrettsutøver, og formann Ian Beattie beskrev hendelsen som en god mulighet for idretten. Det er ikke første gang.\n")
	if !hasClaim(c, "Bank of America", "26 cents per share") {
		t.Errorf("'According to the bank, …': %v", c)
	}
	if !hasClaim(c, "Ian Beattie", "god mulighet") {
		t.Errorf("'X beskrev Y som …': %v", c)
	}
}

func TestSpeakerBeforeAnAppositionNamingAnother(t *testing.T) {
	// the person inside an apposition the verb closes is not the speaker;
	// an apposition of a name alone still is ("The vice president of X,
	// Y, said")
	d := extractText(t, "Trial\n\nProsecutors will seek the death penalty for Ivan Morozov.\n"+
		"David Patton, one of the public defenders representing Morozov, said they were disappointed with the decision.\n"+
		"The head of the defence team, Laura Hansen, said that the decision would be appealed soon.\n")
	c := claimsBy(d)
	if len(c["David Patton"]) != 1 || len(c["Ivan Morozov"]) != 0 {
		t.Errorf("the defender's statement went to the one he defends: %v", c)
	}
	if len(c["Laura Hansen"]) != 1 {
		t.Errorf("the named head of the team lost her statement: %v", c)
	}
}

func TestUnnamedSpeakerAfterTheVerb(t *testing.T) {
	// "sa aktor, som beskrev måten Saipov …": the prosecutor spoke, not the
	// man the relative clause names; "said the firm's chief executive,
	// Alan Mulally" still names its speaker
	d := extractText(t, "Rettssak\n\nIvan Morozov kjørte en leiebil inn i en sykkelvei i Oslo.\n"+
		"Angrepet krevde «betydelig planlegging og forsett», sa aktor, som beskrev måten Morozov utførte det på som «heslig».\n"+
		"Saken fortsetter i neste uke i retten.\n")
	if c := claimsBy(d); len(c["Ivan Morozov"]) != 0 {
		t.Errorf("the prosecutor's words went to the accused: %v", c)
	}
	d = extractText(t, "Results\n\nThe carmaker Nordwind posted a profit on Tuesday.\n"+
		"\"Our results clearly show we are making progress,\" said the firm's chief executive officer, Alan Mulally.\n")
	if c := claimsBy(d); len(c["Alan Mulally"]) != 1 {
		t.Errorf("the chief executive after the comma lost his statement: %v", c)
	}
}

func TestQuoteOverLinesWithAQuoteInside(t *testing.T) {
	// a quote running over two lines holds a quote of its own: the inner
	// marks neither end the outer quote nor hide it
	d := extractText(t, "Campaign\n\nMaria Kessler ran for president in 1987.\n"+
		"\"It was not a well-thought-out decision,\" she said to me with a laugh 30 years later.\n"+
		"\"There were already seven other candidates in the race, and the last thing they needed was another one.\n"+
		"Somebody called it \"Snow White and the Seven Dwarfs.\"\"\nIt was a losing battle.\n")
	found := false
	for _, c := range claimsBy(d)["Maria Kessler"] {
		found = found || strings.HasPrefix(c, "There were already seven other candidates")
	}
	if !found {
		t.Errorf("the quote over two lines was lost: %v", claimsBy(d))
	}
}

func TestUnnamedSpeakerEndsTheLastSpeakersTurn(t *testing.T) {
	// a quote standing alone after "…," one woman said is hers, not the
	// last named speaker's; "said the 31-year-old" is the person named last
	d := extractText(t, "Protest\n\n\"We will keep asking,\" said Senator Karl Nielsen on Friday.\n"+
		"\"I'm standing right here in front of you,\" one woman said.\n"+
		"\"Do you think he is telling the truth to the country?\"\n")
	for _, c := range claimsBy(d)["Karl Nielsen"] {
		if strings.Contains(c, "telling the truth") {
			t.Errorf("the woman's question went to the senator: %v", claimsBy(d))
		}
	}
	d = extractText(t, "Match\n\nMidfielder Graham Dorrans made his first appearance of the season in the draw.\n"+
		"\"It was a good point for us because they are a good side,\" said the 31-year-old.\n")
	if c := claimsBy(d); len(c["Graham Dorrans"]) != 1 {
		t.Errorf("'said the 31-year-old' is the player named before: %v", c)
	}
}

func TestCompanyAsTheSubjectPastAnAdverb(t *testing.T) {
	// "The company also announced …", "the company has warned that …":
	// the body named before; an object's relative "that" keeps the object
	d := extractText(t, "Update\n\nNokia released a new kit for developers on Thursday.\n"+
		"The company also announced the Lumia 2.0 update that was released as a closed beta for developers.\n"+
		"The company has warned that it might run out of money by March.\n")
	c := claimsBy(d)["Nokia"]
	var update, money bool
	for _, s := range c {
		update = update || strings.Contains(s, "2.0 update")
		money = money || strings.Contains(s, "run out of money")
	}
	if !update || !money {
		t.Errorf("the company's statements: %v (all: %v)", c, claimsBy(d))
	}
}

func TestBodyBehindAnEventAndItsPronoun(t *testing.T) {
	// "Global Citizen" beside the "Global Citizen Festival" is a body, and
	// "It says that …" after its statement is its own
	d := extractText(t, "Festival\n\nThe Global Citizen Festival returns this weekend.\n"+
		"Since 2011, Global Citizen says it has recorded more than 19 million actions from its supporters.\n"+
		"It says that these actions have helped spur world leaders to announce commitments worth $37 billion.\n")
	if e := entityByName(d, "Global Citizen"); e == nil || e.Type == "Person" {
		t.Errorf("Global Citizen: %+v, want a body", e)
	}
	c := claimsBy(d)["Global Citizen"]
	if len(c) != 2 {
		t.Errorf("the body's statements: %v (all: %v)", c, claimsBy(d))
	}
}

func TestThePresidentIsTheKnownHeadOfState(t *testing.T) {
	// "Presidenten sa …" after "Donald Trump holdt et folkemøte": the one
	// head of state the article names; holding a rally somewhere controls
	// nothing there
	for _, text := range []string{
		"Valgkamp\n\nDonald Trump holdt et folkemøte i Wheeling lørdag.\nPresidenten sa på lørdag at «det amerikanske folket så hvor modig» Kavanaugh var den dagen.\nMøtet varte i to timer.\n",
		"Rally\n\nDonald Trump held a rally in Wheeling on Saturday.\nThe president said on Saturday that \"the American people saw how brave\" Kavanaugh was that day.\nThe rally lasted two hours.\n",
	} {
		d := extractText(t, text)
		if c := claimsBy(d); len(c["Donald Trump"]) != 1 {
			t.Errorf("the president's statement: %v", c)
		}
		if f := facts(d); f["Donald Trump controls Wheeling"] {
			t.Errorf("a rally was read as control: %v", f)
		}
	}
}

func TestNorwegianSubjectAfterTheVerbBehindAFrontedPhrase(t *testing.T) {
	d := extractText(t, "Intervju\n\nSkuespilleren Kit Harington har snakket om rollene sine.\n"+
		"I samtale med The Sunday Times Culture sa Harington at noe har gått feil med rollene for unge menn.\n"+
		"Han vil ikke spille slike roller igjen.\n")
	c := claimsBy(d)
	if len(c["Kit Harington"]) != 1 || len(c["The Sunday Times"]) != 0 || len(c["Culture"]) != 0 {
		t.Errorf("the fronted phrase's name took the statement: %v", c)
	}
}

func TestLeadDescribesThenNames(t *testing.T) {
	// "North Korea's foreign minister told …", then "Ri Yong-ho …": the
	// lead's description is the person the next sentence names
	for _, text := range []string{
		"North Korea\n\nNorth Korea will not disarm first.\nNorth Korea's foreign minister told the UN on Saturday that continued sanctions deepened its mistrust of the US.\nRi Yong-ho repeated familiar complaints about Washington.\n",
		"Nord-Korea\n\nNord-Korea vil ikke gå med på ensidig nedrustning.\nNord-Koreas utenriksminister fortalte FN på lørdag at fortsatte sanksjoner styrket mistroen mot USA.\nRi Yong-ho gjentok velkjente klager på Washingtons motstand.\n",
	} {
		if c := claimsBy(extractText(t, text)); len(c["Ri Yong-ho"]) != 1 {
			t.Errorf("the foreign minister's statement: %v", c)
		}
	}
}

func TestEstimatesIntroducesAClause(t *testing.T) {
	d := extractText(t, "Aid\n\nThe charity Oxfam published its yearly report on Monday.\nOxfam estimates the secured funds have so far reached nearly 649 million people.\n")
	if c := claimsBy(d); len(c["Oxfam"]) != 1 {
		t.Errorf("'X estimates the funds have …' is X's estimate: %v", c)
	}
}

func TestNorwegianInvertedAuxiliaryAttribution(t *testing.T) {
	// "«…», skal han ha sagt" (he reportedly said), "har Kolbeck uttalt"
	d := extractText(t, "Energi\n\nRyan Kolbeck talte på en konferanse i Washington.\n«Russland vil forhandle om energi», skal han ha sagt.\n«Marinen kan holde sjøveiene åpne», har Kolbeck uttalt.\n")
	if c := claimsBy(d); len(c["Ryan Kolbeck"]) != 2 {
		t.Errorf("claims: %v; want both statements Kolbeck's", c)
	}
}

func TestRevealedBeforeAccordingTo(t *testing.T) {
	// the speaker after "avslørte" says it; "ifølge" names where it was read
	d := extractText(t, "Energi\n\nWashington kan ty til marinen for å hindre at russisk energi når markedene, avslørte USAs innenriksminister, Ryan Kolbeck, ifølge Washington Examiner.\nKolbeck talte på en konferanse.\n")
	if c := claimsBy(d); len(c["Ryan Kolbeck"]) != 1 || len(c["Washington Examiner"]) != 0 {
		t.Errorf("claims: %v; want the statement Kolbeck's", c)
	}
}

func TestCitedByIsNotTheSpeaker(t *testing.T) {
	// "…, X has revealed, as cited by the Examiner": X's statement, and
	// the attribution is no longer for the medium quoting it; a medium
	// quoting an unnamed speaker makes no claim of its own
	d := extractText(t, "Energy\n\nWashington can resort to its Navy to keep Russian energy from the markets, US Interior Secretary Ryan Kolbeck has revealed, as cited by the Washington Examiner.\n\"The road was flooded,\" a neighbour, who asked not to be named, said, as quoted by the Evening News.\n")
	c := claimsBy(d)
	if len(c["Ryan Kolbeck"]) != 1 || len(c["Washington Examiner"]) != 0 || len(c["Evening News"]) != 0 {
		t.Errorf("claims: %v; want one, Kolbeck's", c)
	}
}

func TestSpacedStraightQuoteClosesAcrossLines(t *testing.T) {
	// `" We see …` on one line, `… cuts, " analyst X said.` on the next:
	// the spaced quote after the comma closes the statement
	d := extractText(t, "Motors\n\nThe carmaker reported a loss.\n\" We continue to see a high chance of a bankruptcy.\nThe company may emerge stronger, given the scope of the dealer cuts, \" analyst Harold Brenner said.\n")
	c := claimsBy(d)
	if len(c["Harold Brenner"]) != 1 || !strings.Contains(c["Harold Brenner"][0], "We continue") || !strings.Contains(c["Harold Brenner"][0], "dealer cuts") {
		t.Errorf("claims: %v; want Brenner's two lines as one statement", c)
	}
}

func TestQuoteSignedAfterADash(t *testing.T) {
	for _, text := range []string{
		"Net\n\nThe video spread online.\n\"So far, it is the Internet 1, the church 0. But it is a long game.\" - Matthew Ingram\nThe church did not comment.\n",
		"Net\n\nThe video spread online.\n\"It is a long game for the church and for its critics\" – Matthew Ingram\nThe church did not comment.\n",
	} {
		if c := claimsBy(extractText(t, text)); len(c["Matthew Ingram"]) != 1 {
			t.Errorf("claims: %v; want the quote Ingram's", c)
		}
	}
}

func TestSubjectAfterAFrontedPhrase(t *testing.T) {
	// "Days after McCain's remarks, the Air Force said …": the fronted
	// phrase's name is not the speaker, the subject after its comma is
	d := extractText(t, "Tanker\n\nSenator John McCain criticised the deal.\nDays after McCain's remarks, the Air Force said the tanker replacement contract would be revived as an open bid.\n")
	if c := claimsBy(d); len(c["Air Force"]) != 1 || len(c["John McCain"]) != 0 {
		t.Errorf("claims: %v; want the Air Force's", c)
	}
}

func TestArguesWithThat(t *testing.T) {
	// "Kremlin argumenterer med at …": the particle before "at" opens the claim
	d := extractText(t, "Gassledningen\n\nMoskva har gjentatte ganger understreket at gassledningen er et rent økonomisk prosjekt, og at det ikke handler om politikk.\nKremlin argumenterer med at Washingtons motstand mot prosjektet kun er motivert av økonomiske årsaker og er et eksempel på uredelig konkurranse.\nTyskland vil ikke trekke seg fra prosjektet.\n")
	if c := claimsBy(d); len(c["Kremlin"]) != 1 {
		t.Errorf("claims: %v; want the Kremlin's argument", c)
	}
}

func TestRequestIsTheAskersClaim(t *testing.T) {
	// "X has asked the US to stay away from …", "X, BDI, har bedt USA holde
	// seg unna …": like "called on X to", the request is the asker's
	for _, text := range []string{
		"Industry\n\nThe German industry group BDI has asked the US to stay away from EU energy policy and the bilateral agreements between Berlin and Moscow.\nThe group represents most large firms.\n",
		"Industrien\n\nTysklands ledende organisasjon for industrien, BDI, har bedt USA holde seg unna EUs energipolitikk og de bilaterale avtalene mellom Berlin og Moskva.\nOrganisasjonen representerer de fleste store selskapene i landet, og den er ikke enig med regjeringen.\n",
	} {
		if c := claimsBy(extractText(t, text)); len(c["BDI"]) != 1 {
			t.Errorf("claims: %v; want BDI's request", c)
		}
	}
}

func TestAuthoritiesAreTheArticlesState(t *testing.T) {
	for _, text := range []string{
		"Tsunami\n\nA strong earthquake struck Indonesia on Friday. Indonesia has sent aid to the island, and Indonesian rescue teams are searching the coast.\nAt least 384 people were killed on the island, according to the authorities.\n",
		"Tsunami\n\nEt kraftig jordskjelv rammet Indonesia på fredag. Indonesia har sendt hjelp til øya, og indonesiske redningsmannskaper leter langs kysten.\nMinst 384 ble drept på øya, ifølge myndighetene på lørdag.\n",
	} {
		if c := claimsBy(extractText(t, text)); len(c["Indonesia"]) != 1 {
			t.Errorf("claims: %v; want the authorities' count Indonesia's", c)
		}
	}
}

func TestWhatTheSpeakerAddsAfterAQuote(t *testing.T) {
	for _, text := range []string{
		"Quake\n\nHaris Dwianto survived the quake in Palu.\n\"I was squeezed into the ruins of the wall, I think,\" Dwianto told reporters, adding that his family was in town for a wedding.\n",
		"Skjelvet\n\nRøde Kors har sendt folk til Palu, og hjelpen er ikke langt unna. Det er ikke kjent hvor mange som er savnet etter skjelvet.\n«Det bor mer enn 300 000 mennesker der», sa Røde Kors i en pressemelding, og la til at personalet og de frivillige var på vei til de rammede områdene.\n",
	} {
		c := claimsBy(extractText(t, text))
		n := 0
		for _, cs := range c {
			n += len(cs)
		}
		if n != 2 {
			t.Errorf("claims: %v; want the quote and what was added after it", c)
		}
	}
}

func TestSubjectNotThePrepositionsObject(t *testing.T) {
	// "The current Microsoft CEO X also expressed condolences for Jobs and
	// described him as "…"": X's words, not Jobs's
	d := extractText(t, "Jobs\n\nSteve Jobs died on Wednesday.\nThe current Microsoft CEO Steve Ballmer also expressed condolences for Jobs and described him as \"one of the founders of our industry and a true visionary\".\n")
	if c := claimsBy(d); len(c["Steve Ballmer"]) != 1 || len(c["Steve Jobs"]) != 0 {
		t.Errorf("claims: %v; want Ballmer's", c)
	}
}

func TestNameQuotedInTheSubjectIsNoSpeaker(t *testing.T) {
	// `A statement on Apple's website, … the text "Steve Jobs 1955-2011",
	// states: "…"`: not Jobs's words; and a quote closed at a line's
	// start (`… living there," the Red Cross said`) is no quote to skip
	d := extractText(t, "Jobs\n\nSteve Jobs died on Wednesday.\nA statement on Apple's website, whose homepage shows a photograph and the text \"Steve Jobs 1955-2011\", states: \"Apple has lost a visionary and creative genius, and the world has lost an amazing human being.\"\n")
	if c := claimsBy(d); len(c["Steve Jobs"]) != 0 || len(c["Apple"]) != 1 {
		t.Errorf("claims: %v; want Apple's statement", c)
	}
	d = extractText(t, "Quake\n\nThe Red Cross sent teams to Palu.\n\"We have not heard from Donggala.\nThere are more than 300,000 people living there,\" the Red Cross said in a statement.\n")
	if c := claimsBy(d); len(c["International Committee of the Red Cross"]) != 1 {
		t.Errorf("claims: %v; want the Red Cross's", c)
	}
}

func TestClaimNamedByItsNoun(t *testing.T) {
	for _, text := range []string{
		"Hearing\n\nBrett Kavanaugh testified on Thursday, denying an allegation from Christine Blasey Ford that he sexually assaulted her when they were teenagers.\nThe committee will vote on Friday.\n",
		"Høringen\n\nBrett Kavanaugh vitnet på torsdag, og han avviste påstanden fra Christine Blasey Ford om at han begikk et seksuelt overgrep mot henne da de var tenåringer.\nKomiteen skal stemme på fredag, og det er ikke klart hva som skjer.\n",
		"Hearing\n\nChristine Blasey Ford testified on Thursday.\nSenators weighed Ford's allegation that Kavanaugh sexually assaulted her when they were teenagers.\n",
	} {
		if c := claimsBy(extractText(t, text)); len(c["Christine Blasey Ford"]) != 1 {
			t.Errorf("claims: %v; want Ford's allegation", c)
		}
	}
}

func TestUnnamedAgentSpeaksForItsBody(t *testing.T) {
	d := extractText(t, "Vote\n\nThe Senate will vote on the nomination this week.\nThe first key procedural vote is expected no later than Friday, a senior GOP leadership aide has told CNN.\nA White House official said the president supports the nominee.\nA senior Pentagon official told reporters that the deal was dead.\n")
	c := claimsBy(d)
	for _, body := range []string{"Republican Party", "White House", "Pentagon"} {
		if len(c[body]) != 1 {
			t.Errorf("claims: %v; want one for %s", c, body)
		}
	}
}

func TestPronounAfterAFrontedPhrase(t *testing.T) {
	// "In addition to …, they have announced …": the company named last;
	// "When X first introduced the phone, he praised …": X
	d := extractText(t, "Apple\n\nApple held an event in San Francisco on Wednesday.\nIn addition to the iPod Classic, Nano and Shuffle, they have announced the brand new iPod touch, a media player which mimics the touch-screen of the phone.\nWhen Apple CEO Steve Jobs first introduced the phone, he praised the device's antenna design.\n")
	c := claimsBy(d)
	if len(c["Apple"]) != 1 || len(c["Steve Jobs"]) != 1 {
		t.Errorf("claims: %v; want Apple's announcement and Jobs's praise", c)
	}
}

func TestDenialAfterAdverbs(t *testing.T) {
	// a one-word name read before is recalled at a sentence's start, and
	// "…, forcefully and emotionally denying an allegation from Y that …"
	// is the subject's denial as well as Y's allegation
	d := extractText(t, "Hearing\n\nTrump says Kavanaugh 'suffered' at the hands of the Democrats.\nKavanaugh testified before Congress on Thursday, forcefully and emotionally denying an allegation from Christine Blasey Ford that he sexually assaulted her when they were teenagers.\nThe committee will vote on Friday.\n")
	c := claimsBy(d)
	if len(c["Kavanaugh"]) != 1 || len(c["Christine Blasey Ford"]) != 1 {
		t.Errorf("claims: %v; want Kavanaugh's denial and Ford's allegation", c)
	}
}

func TestSpeakerWithTwoTitlesInApposition(t *testing.T) {
	d := extractText(t, "Salt\n\nProfessor Hal Brennan, Director of the National Salt Intake study, and Chairman of the Northern Centre for Thyroid Research, says it is crucial that children get enough iodine every day.\n")
	c := claimsBy(d)
	if !hasClaim(c, "Hal Brennan", "children get enough iodine") {
		t.Errorf("the claim is not the professor's: %v", c)
	}
	wantFacts(t, facts(d), "Hal Brennan leaderOf Northern Centre for Thyroid Research")
}

func TestQuoteAttributedByAccordingToAfterIt(t *testing.T) {
	c := claimsOf(t, "Weather\n\n\"Total rainfall of three to six inches is expected across the coast, with isolated amounts up to ten inches,\" according to weather.com.\n",
		"Vær\n\n«Total nedbør på 7,5 til 15 cm forventes langs kysten, med muligheter for opptil 25 cm nedbør», ifølge weather.com.\n\nMeteorologene i byen har bemerket at kun ti stormer har kommet så nær byen siden 1950. Det sier National Weather Service i en melding.\n")
	if !hasClaim(c, "weather.com", "Total rainfall of three to six inches") || !hasClaim(c, "weather.com", "Total nedbør på 7,5 til 15 cm") {
		t.Errorf("the quotes are not weather.com's: %v", c)
	}
	c = claimsOf(t, "Vær\n\nNational Weather Service i Phoenix har bemerket på Twitter at kun ti stormer har kommet så nær byen siden 1950. Det er svært sjelden, sier de.\n")
	if !hasClaim(c, "National Weather Service", "kun ti stormer") {
		t.Errorf("bemerket at: %v", c)
	}
}

func TestRemarkedThatReports(t *testing.T) {
	c := claimsOf(t, "Markets\n\nJim Carver, of CNBC's Money Desk, remarked that as many as seven million people could lose their homes.\n")
	if !hasClaim(c, "Jim Carver", "seven million people could lose their homes") {
		t.Errorf("remarked that: %v", c)
	}
}

func TestDescriptionAfterTheVerbIsThePersonTheArticleIsAbout(t *testing.T) {
	c := claimsOf(t, "Fotball\n\nAnklagene ble avvist av 33 år gamle Marco Vidal på fredag.\n\n«Nei, nei, nei. Det de sa i dag, falske nyheter», sier fem ganger vinner av Gullballen inn i kameraet.\n\n«Jeg er en lykkelig mann og har det bra», tilføyer fotballspilleren med et smil.\n",
		"Football\n\nThe claims were rejected by 33-year-old Marco Vidal on Friday.\n\n\"No, no, no. What they said today, fake news,\" says the five-time winner of the Ballon d'Or into the camera.\n")
	for _, words := range []string{"falske nyheter", "lykkelig mann", "fake news"} {
		if !hasClaim(c, "Marco Vidal", words) {
			t.Errorf("%q is not Vidal's: %v", words, c)
		}
	}
}

func TestTheHeadNounOfABodysNameAndAStatementsAddressee(t *testing.T) {
	text := "Retreat\n\nMara Quist has claimed that the Church of Unity kept her aboard its ship for years.\n\n" +
		"She was born in Sweden. She moved to Britain when she was six. She joined the crew at 14. She left in 2007. She later married. She lives in Perth now. She wrote a book.\n\n" +
		"She was sent to the Renewal Force in Sydney, which the Church describes as a religious retreat.\n\n" +
		"In a statement to the Western Broadcasting Corporation, the Church denied these allegations.\n\n" +
		"The Church also claims that the passport rule was maritime procedure.\n"
	c := claimsOf(t, text)
	for _, words := range []string{"religious retreat", "denied these allegations", "maritime procedure"} {
		if !hasClaim(c, "Church of Unity", words) {
			t.Errorf("%q is not the Church's: %v", words, c)
		}
	}
	if len(c["Western Broadcasting Corporation"]) > 0 {
		t.Errorf("the statement's addressee speaks: %v", c)
	}
}

func TestPartyMemberSubjectAndNorwegianAgeBeforeTheName(t *testing.T) {
	c := claimsOf(t, "Leak\n\nU.S. Rep. Mara Holt on Saturday denounced allegations that a member of her staff had leaked the data.\n\nThe Los Angeles Democrat asserted that the claims were being spread by pundits and websites.\n",
		"Golf\n\nLaget vant søndag etter en lang helg i Paris.\n\n«Jeg er utrolig stolt over å slå Tiger Woods i dag», sa 23 år gamle Rahm.\n")
	if !hasClaim(c, "Mara Holt", "spread by pundits") {
		t.Errorf("'the Los Angeles Democrat' is Holt: %v", c)
	}
	if !hasClaim(c, "Rahm", "utrolig stolt") {
		t.Errorf("'sa 23 år gamle Rahm': %v", c)
	}
}

func TestQuoteInsideItsSpeakersReportedClause(t *testing.T) {
	c := claimsOf(t, "Crops\n\nColette Heald studies ozone at the institute.\n\nHeald said although temperature and ozone are separately known to impact crop yields, \"nobody has looked at these together\".\n",
		"Valg\n\nElizabeth Warren talte i Holyoke lørdag.\n\nWarren sa at hun vil «vurdere seriøst å stille som presidentkandidat» etter valget i november.\n")
	if !hasClaim(c, "Colette Heald", "temperature and ozone are separately known") || !hasClaim(c, "Colette Heald", "nobody has looked at these together") {
		t.Errorf("the claim is not the whole clause: %v", c)
	}
	if !hasClaim(c, "Elizabeth Warren", "etter valget i november") {
		t.Errorf("the Norwegian claim is not the whole clause: %v", c)
	}
	// a quote attributed after it stays the quote
	c = claimsOf(t, "Valg\n\nMichael Steele er tidligere partileder.\n\n«Dette har blitt et salig rot for partiet», sa Michael Steele til kanalen søndag.\n")
	for _, txt := range c["Michael Steele"] {
		if strings.Contains(txt, "sa Michael Steele") {
			t.Errorf("the attribution is in the claim: %q", txt)
		}
	}
}

func TestHopesAdmitsAndARelativeClauseApposition(t *testing.T) {
	c := claimsOf(t, "Flaggermus\n\nRob Dewar, naturvernrådgiver for NTS, håper resultatene vil avdekke hvilke områder som er viktigst for flaggermusene.\n",
		"Film\n\nKit Harington er skuespiller i London.\n\nKit, som nylig giftet seg med kollega Rose Leslie, også 31 år, vedgikk at han var veldig opptatt av temaet.\n")
	if !hasClaim(c, "Rob Dewar", "resultatene vil avdekke") {
		t.Errorf("håper without 'at': %v", c)
	}
	if !hasClaim(c, "Kit Harington", "veldig opptatt av temaet") || len(c["Rose Leslie"]) > 0 {
		t.Errorf("the relative clause's name took the claim: %v", c)
	}
}

func TestInitialsNameAPersonAndAFrontedForPhraseItsTopic(t *testing.T) {
	c := claimsOf(t, "Warhol\n\nKiara Perkins, a student, said the show was busy.\n\nK.C. Maurer, chief financial officer and treasurer at the Andy Warhol Foundation, said 500 institutions received the initial invitation.\n\n"+
		"For Kevin Allton, a USI instructor in English, Warhol was also a legend. He said, \"Andy Warhol was the center of the Zeitgeist for the 20th century.\"\n")
	if !hasClaim(c, "K.C. Maurer", "500 institutions") {
		t.Errorf("the claim is not Maurer's: %v", c)
	}
	if !hasClaim(c, "Kevin Allton", "center of the Zeitgeist") {
		t.Errorf("'He said' is not Allton: %v", c)
	}
}

func TestSpeakersAfterFrontedPhrasesAndBodies(t *testing.T) {
	cases := []struct{ text, speaker string }{
		{"Kirken\n\nPrest David Lund, sønnen til den forrige presten, erklærte stolt at klokkene var de fattiges kirkeklokker.\n", "David Lund"},
		{"Kirken\n\nMichael Adams er professor i New York. Hva kirkene angår frykter han at pengene fra salget ikke vil vare så lenge som lederne tror.\n", "Michael Adams"},
		{"Kontoret\n\nMaxine Waters er demokrat. I uttalelsen sin sa Waters at kontoret hennes hadde varslet politiet om de falske anklagene.\n", "Maxine Waters"},
		{"Kirken\n\nTiffany Ng fra University of Michigan bemerket at det var det første klokkespillet i verden som ble spilt av en svart musiker.\n", "Tiffany Ng"},
		{"The church\n\nThe expert, Tiffany Ng of the University of Michigan, also noted that it was the first carillon in the world played by a black musician.\n", "Tiffany Ng"},
		{"Asylum\n\nThe paper quoted barrister Colin Yeo and campaigner Lena Dahl, with Dahl stating: \"People fleeing desperate circumstances need quicker decisions.\"\n", "Lena Dahl"},
	}
	for _, c := range cases {
		if got := claimsOf(t, c.text); len(got[c.speaker]) != 1 {
			t.Errorf("%q: want one claim by %s, got %v", c.text, c.speaker, got)
		}
	}
}

func TestTheGroupIsTheBodyThatSpokeLast(t *testing.T) {
	c := claimsOf(t, "Charity\n\nThe Global Hunger Alliance says it has recorded more than 19 million actions from its supporters. Its partners include the Bright Futures Foundation, a British fund of investors. The group also said that the government had announced funding for five million women and children.\n")
	got := c["Global Hunger Alliance"]
	if len(got) != 2 || len(c["Bright Futures Foundation"]) != 0 {
		t.Errorf("the group that spoke last says both: %v", c)
	}
}

func TestParentheticalAttributionWithAParticle(t *testing.T) {
	c := claimsOf(t, "Kirkene i Harlem\n\nMichael Adams er professor i New York og skriver om byen. Kirkene, legger han til, kan erstattes av leilighetsbygg fulle av folk som ikke vil hjelpe nabolaget.\n")
	if !hasClaim(c, "Michael Adams", "erstattes av leilighetsbygg") {
		t.Errorf("…, legger han til, …: %v", c)
	}
}

func TestColonQuoteAfterAFrontedPhrase(t *testing.T) {
	c := claimsOf(t, "Asylum\n\nRishi Sunak spoke in Parliament on Wednesday. During the session, Sunak defended the record of the government whilst promising an update: \"We are working intensely to bring forward that legislation.\"\n")
	if !hasClaim(c, "Rishi Sunak", "working intensely") {
		t.Errorf("the subject after the fronted phrase speaks: %v", c)
	}
}

func TestNorwegianDescribedAs(t *testing.T) {
	c := claimsOf(t, "Statue\n\nStatuen er det siste minnesmerket som er dratt inn i krangelen. Men historielaget Cromwell Association har beskrevet planen som «tåpelig» og «et forsøk på å omskrive historien».\n")
	if !hasClaim(c, "Cromwell Association", "tåpelig") {
		t.Errorf("har beskrevet … som «…»: %v", c)
	}
}

func TestTheGroupSaidInNorwegian(t *testing.T) {
	c := claimsOf(t, "Fattigdom\n\nKestrel Foundation ble startet i 2012 i Bergen. Gruppen sa at de vil utrydde fattigdom innen 2030.\n")
	if !hasClaim(c, "Kestrel Foundation", "utrydde fattigdom") {
		t.Errorf("'gruppen sa' is the group named before: %v", c)
	}
}

func TestASentenceOpeningWithItsSpeakerKeepsIt(t *testing.T) {
	c := claimsOf(t, "Meeting\n\nMarta Olsen said she would \"prefer not\" to fire Pablo Reyes, but the meeting was delayed to avoid a clash with the hearing in which Anton Weber and one of his accusers, Dr Ola Dahl, both testified.\n")
	if len(c["Ola Dahl"]) > 0 || !hasClaim(c, "Marta Olsen", "prefer not") {
		t.Errorf("the sentence's statement is its opening speaker's: %v", c)
	}
	c = claimsOf(t, "Race\n\nMarta Olsen said she would decide officially by January, the Associated Press reported.\n",
		"Valg\n\nMarta Olsen sa hun ville bestemme seg innen januar, meldte Associated Press.\n")
	for _, s := range c["Marta Olsen"] {
		if strings.Contains(s, "Associated Press") {
			t.Errorf("the closing attribution is no part of the claim: %q", s)
		}
	}
	if !hasClaim(c, "Marta Olsen", "decide officially by January") || !hasClaim(c, "Marta Olsen", "bestemme seg innen januar") {
		t.Errorf("the person who said it speaks, the agency reports: %v", c)
	}
}

func TestNoClaimForANameInAPrepositionsPhrase(t *testing.T) {
	c := claimsOf(t, "Care\n\nAbout half of the individuals in the Kestrel study said they were speaking with their spouses about the cost of care.\n"+
		"\"People want a family member to care for them,\" said Marta Olsen, vice president of Kestrel's life insurance business.\n"+
		"The airline operating a flight that crashed into a lagoon in Micronesia now says one man is missing, after earlier saying all passengers were safe.\n")
	for speaker, texts := range c {
		if speaker == "Kestrel" || speaker == "Micronesia" {
			t.Errorf("the name after a preposition was given the claim: %v", texts)
		}
	}
}

func TestAnHonorificOpensItsSubjectsSentence(t *testing.T) {
	c := claimsOf(t, "Gliders\n\nRatu Wulan, the coach of the national gliding team, had trained two of the missing pilots.\n"+
		"Others of those trapped at the hotel, Mr. Halim included, were her students.\n"+
		"\"We train every weekend on the ridge,\" he said.\n"+
		"Mr. Wulan recounted how he had sent messages to the pilots in the hours after the collapse.\n"+
		"His messages, though, only showed one grey tick.\n"+
		"\"I think that means the messages were not delivered,\" he said.\n")
	if !hasClaim(c, "Ratu Wulan", "not delivered") {
		t.Errorf("the man an honorific names at his sentence's start is its subject, not the one quoted before: %v", c)
	}
}

func TestAClosingAttributionAfterAFrontedClause(t *testing.T) {
	c := claimsOf(t, "Quake\n\nJohn Oduya is the director of the charity in the region.\n"+
		"While the staff from the coast have made it safely to the city, they passed scenes of devastation on the way, Mr. Oduya said.\n"+
		"In a statement on Monday, the charity said.\n")
	if !hasClaim(c, "John Oduya", "passed scenes of devastation") {
		t.Errorf("a clause after the fronted one is what the closing attribution reports: %v", c)
	}
}

func TestAQuoteInsideAStraightQuote(t *testing.T) {
	c := claimsOf(t, "Quake\n\nThe quake hit the coast on Friday.\n"+
		"\"It's still a regional disaster,\" said Mira Tan, a spokesperson for the Red Cross.\n"+
		"\"Once the government says, \"O.K., this is a national disaster,\" we can open for international assistance but there's no status yet.\"\n")
	if !hasClaim(c, "Mira Tan", "international assistance") {
		t.Errorf("the inner quote's marks do not end the paragraph's quote: %v", c)
	}
	if k, _ := straightQuoteClose(`He said, "no," twice." Then`); k != 21 {
		t.Errorf("straightQuoteClose: %d", k)
	}
	if k, balanced := straightQuoteClose(`open "inner`); k != -1 || balanced {
		t.Errorf("an inner quote left open: %d %v", k, balanced)
	}
	if k, balanced := straightQuoteClose(`they say: "How could you?" and more`); k != -1 || !balanced {
		t.Errorf("an inner quote closed, the outer going on: %d %v", k, balanced)
	}
}

func TestAWordQuotedBeforeItsSpeakersVerb(t *testing.T) {
	c := claimsOf(t, "Nanny\n\nJonas Berg and his wife were sued by their nanny last week.\n"+
		"Likening the suit to \"extortion,\" Berg said his wife was just two months off having a baby and was in a difficult situation.\n"+
		"He wanted to prove that he was \"something,\" he said, so that he did not disappoint everyone.\n")
	if !hasClaim(c, "Jonas Berg", "two months off having a baby") || hasClaim(c, "Jonas Berg", "Likening the suit") {
		t.Errorf("the clause after the verb is what was said, not the phrase with the quoted word: %v", c)
	}
	if hasClaim(c, "Jonas Berg", "did not disappoint") {
		t.Errorf("a clause after a comma is no object of the verb: %v", c)
	}
}

func TestAStatingParticipleReportsTheSubjectsClaim(t *testing.T) {
	c := claimsOf(t, "Cars\n\nFrank Hollis is the chief executive of the carmaker.\n"+
		"He declined to predict when the company would return to profit, stating that the goal was rather to lower its costs.\n")
	if !hasClaim(c, "Frank Hollis", "lower its costs") {
		t.Errorf("', stating that …' is the subject's claim: %v", c)
	}
	c = claimsOf(t, "Nanny\n\nLena Holt, a mother of two, hired a nanny last year.\n"+
		"After realizing her mistake, an \"uncomfortable\" Holt fired the nanny, explaining that she had expected someone else.\n")
	if !hasClaim(c, "Lena Holt", "expected someone else") {
		t.Errorf("the subject after a fronted clause, an article and a quoted word: %v", c)
	}
}

func TestNoClaimForAPlaceAfterNorwegianI(t *testing.T) {
	c := claimsOf(t, "Fly\n\nKestrel Air eier flyet.\nFlyselskapet som eide flyet som krasjet i en lagune i Mikronesia, sier nå at én mann er savnet.\n"+
		"Eksperter i Kestrel Air forventer at kostnadene vil øke til 120 millioner kroner i året.\n")
	if len(c["Micronesia"]) > 0 {
		t.Errorf("a place after «i» is no speaker: %v", c)
	}
	if !hasClaim(c, "Kestrel Air", "120 millioner kroner") {
		t.Errorf("experts in a body speak for it: %v", c)
	}
}

func TestAnAppositionSpeakerBeforeAClosingReport(t *testing.T) {
	c := claimsOf(t, "Skjelv\n\nSkjelvet rammet byen fredag.\nTalsperson for Kestrel Navigation, Jonas Sirand, sa at beslutningen kan ha spart mange hundre liv, meldte Australias ABC News.\n",
		"Quake\n\nThe quake hit the city on Friday.\nSpokesman for Kestrel Navigation, Jonas Sirand, said the decision may have saved hundreds of lives, ABC News reported.\n")
	if !hasClaim(c, "Jonas Sirand", "spart mange hundre liv") || !hasClaim(c, "Jonas Sirand", "saved hundreds of lives") || len(c["ABC News"]) > 0 {
		t.Errorf("the person named between commas says it, the medium reports it: %v", c)
	}
}

func TestTheyAfterABodysClaim(t *testing.T) {
	c := claimsOf(t, "Fly\n\nFlyet krasjet lørdag.\nKestrel Air sier nå at én mann er savnet.\nDe meldte tidligere at alle 47 passasjerene var trygt evakuert.\n",
		"Plane\n\nThe plane crashed on Saturday.\nKestrel Air says one man is missing.\nThey said earlier that all 47 passengers had been safely evacuated.\n")
	if !hasClaim(c, "Kestrel Air", "47 passasjerene") || !hasClaim(c, "Kestrel Air", "47 passengers") {
		t.Errorf("'they' opening the sentence after a body's claim is the body: %v", c)
	}
	c = claimsOf(t, "Plane\n\nKestrel Air says one man is missing.\nJonas Berg was on board.\nThey said earlier that all 47 passengers had been safely evacuated.\n")
	if hasClaim(c, "Kestrel Air", "47 passengers") {
		t.Errorf("not past a sentence between: %v", c)
	}
}

func TestADescriptionThatAddsGoesOnFromTheLastSpeaker(t *testing.T) {
	c := claimsOf(t, "Nanny\n\nLikening the suit to \"extortion,\" Jonas Berg said his wife was in a difficult situation.\n"+
		"\"You're going to go after someone like that?\n"+
		"That's not a very nice thing to do,\" the investment banker added.\n",
		"Barnepike\n\nJonas Berg sa at kona hans var i en vanskelig situasjon.\n«Det er ikke særlig pent gjort», tilføyde investeringsbankieren.\n")
	if !hasClaim(c, "Jonas Berg", "not a very nice thing") || !hasClaim(c, "Jonas Berg", "ikke særlig pent") {
		t.Errorf("the banker who added is the man quoted before: %v", c)
	}
	if hasClaim(c, "Jonas Berg", "Likening") || !hasClaim(c, "Jonas Berg", "his wife was in a difficult situation") {
		t.Errorf("the clause after the verb is what was said: %v", c)
	}
	c = claimsOf(t, "Nanny\n\nJonas Berg said his wife was in a difficult situation.\n\"It was never about money,\" one neighbour said.\n")
	if hasClaim(c, "Jonas Berg", "never about money") {
		t.Errorf("a new speaker who says, not adds, is someone else: %v", c)
	}
}

func TestAProgressiveReportingVerb(t *testing.T) {
	c := claimsOf(t, "Cars\n\nThe government gave loans to the carmakers.\nTony Clemens, the industry minister, is hoping that the union will support the restructuring process.\nKestrelInsider is claiming that there are sources that have seen the new phone.\n")
	if !hasClaim(c, "Tony Clemens", "support the restructuring") || !hasClaim(c, "KestrelInsider", "sources that have seen") {
		t.Errorf("'is hoping that', 'is claiming that' report the subject's claim: %v", c)
	}
}

func TestAQuoteGoesOnPastAClosedInnerQuote(t *testing.T) {
	c := claimsOf(t, "Rapper\n\nJon Vest spoke on Saturday.\n"+
		"\"So many times I talk to a white person and they say: \"How could you like him?\"\n"+
		"Well, if I was concerned about that I would have moved out a long time ago,\" Vest said.\n")
	if !hasClaim(c, "Jon Vest", "So many times I talk") || !hasClaim(c, "Jon Vest", "moved out a long time ago") {
		t.Errorf("the quote runs on to its closing mark below: %v", c)
	}
}

func TestATitleBeforeANameIsNoVerb(t *testing.T) {
	c := claimsOf(t, "Rapper\n\nJon Vest spoke on Saturday.\nBut talk show host Karen Smith tweeted that Vest was simply being who he is.\n")
	if !hasClaim(c, "Karen Smith", "simply being who he is") {
		t.Errorf("'show' of 'talk show host' is no verb: %v", c)
	}
}

func TestATitleAfterTheVerbAndTheSourceAfterIt(t *testing.T) {
	c := claimsOf(t, "Rally\n\nPresident Tom Hale spoke at a rally on Saturday.\n\"They have decided to take back the power,\" said the president.\n",
		"Valgmøte\n\nPresident Tom Hale talte på et valgmøte på lørdag.\n«De har bestemt seg for å ta tilbake makten», uttalte presidenten ifølge Kveldsbladet.\n")
	if !hasClaim(c, "Tom Hale", "take back the power") || !hasClaim(c, "Tom Hale", "ta tilbake makten") {
		t.Errorf("'said the president' is the president's: %v", c)
	}
	if hasClaim(c, "Kveldsbladet", "ta tilbake makten") {
		t.Errorf("the medium after 'ifølge' is the source, not the speaker: %v", c)
	}
}

func TestSpeechVerbsReportAThatClause(t *testing.T) {
	c := claimsOf(t, "Web\n\nIn an interview, Tim Lee joked that the aim of his start-up is to rule the world.\nAnna Berg observed that the new program coincided with the museum's anniversary.\n",
		"Valgmøte\n\nPresident Tom Hale talte på et valgmøte på lørdag.\nHan kommenterte at demokratene brukte påstandene for egne formål.\nMen Kari Nes svarte at det er på tide med en ny regjering.\n")
	for _, want := range [][2]string{{"Tim Lee", "rule the world"}, {"Anna Berg", "coincided with the museum"}, {"Tom Hale", "påstandene for egne formål"}, {"Kari Nes", "tide med en ny regjering"}} {
		if !hasClaim(c, want[0], want[1]) {
			t.Errorf("%q reports a that-clause: %v", want[1], c)
		}
	}
}

// The perfect participles of Norwegian reporting verbs report as their
// past forms do: "har insistert på at", "har presisert at".
func TestNorwegianPerfectParticiplesReport(t *testing.T) {
	c := claimsOf(t, "Navnestrid\n\nAthen har lenge insistert på at naboens navn er et krav på gresk territorium.\nOla Berg har presisert at partiet ikke vil gå i regjering med Frp.\nKari Nes har argumentert for at skatten må ned i neste periode.\nUnni Dahl har erklært at hun stiller som kandidat ved valget.\n")
	for _, want := range [][2]string{{"Greece", "krav på gresk territorium"}, {"Ola Berg", "regjering med Frp"}, {"Kari Nes", "skatten må ned"}, {"Unni Dahl", "stiller som kandidat"}} {
		if !hasClaim(c, want[0], want[1]) {
			t.Errorf("%q is reported: %v", want[1], c)
		}
	}
}

// "characterized X as …" says what X is; "theorized that …" reports.
func TestCharacterizedAndTheorizedReport(t *testing.T) {
	c := claimsOf(t, "Feud\n\nJohn Marsh of The Daily Ledger characterized the dispute as \"another skirmish in a long war over the archive\".\nVolunteers at Harbor Watch theorized that a storm surge had breached the old sea wall.\n")
	for _, want := range [][2]string{{"John Marsh", "another skirmish in a long war"}, {"Harbor Watch", "storm surge had breached"}} {
		if !hasClaim(c, want[0], want[1]) {
			t.Errorf("%q is reported: %v", want[1], c)
		}
	}
}

// A second verb after "and" has the sentence's subject: the person a
// state's title names in an apposition, not the state.
func TestAnAppositionNamesTheSubjectOfASecondVerb(t *testing.T) {
	c := claimsOf(t, "Budget\n\nPeru's finance minister, Rosa Quispe, met the governors on Monday and asked them to cut spending on new roads this year.\n",
		"Budsjett\n\nPerus finansminister, Rosa Quispe, møtte guvernørene mandag og sa at veibudsjettet må kuttes i år.\n")
	for _, want := range [][2]string{{"Rosa Quispe", "cut spending"}, {"Rosa Quispe", "veibudsjettet må kuttes"}} {
		if !hasClaim(c, want[0], want[1]) {
			t.Errorf("%q is the titled person's: %v", want[1], c)
		}
	}
	if hasClaim(c, "Peru", "cut spending") || hasClaim(c, "Peru", "veibudsjettet") {
		t.Errorf("the state is no speaker: %v", c)
	}
}

// A known body's acronym opening a sentence is its name, not the common
// word it spells ("WHO say …" is no "who"); a question's "Who" stays one.
func TestAnAcronymOpeningASentenceNamesItsBody(t *testing.T) {
	d := extractText(t, "Iodine\n\nWHO say iodine deficiency is the most common preventable cause of brain damage.\nWho pays for the salt is another matter.\n")
	c := claimsBy(d)
	if !hasClaim(c, "World Health Organization", "iodine deficiency") {
		t.Errorf("WHO opening the sentence speaks: %v", c)
	}
	for _, e := range d.Entities {
		for _, m := range e.Mentions {
			if m.Text == "Who" {
				t.Errorf("the question's Who is %s", e.Name)
			}
		}
	}
}

func TestATitleAfterTheVerbIsTheSubject(t *testing.T) {
	c := claimsOf(t, "Valgmøte\n\nPresident Tom Hale talte på et valgmøte på lørdag.\nI sitt forsvar av kandidaten antydet presidenten at demokratene brukte påstandene for egne formål.\n")
	if !hasClaim(c, "Tom Hale", "påstandene for egne formål") {
		t.Errorf("behind a fronted phrase the title after the verb is the subject: %v", c)
	}
}

func TestPoliceBeforeTheVerbIsTheSubject(t *testing.T) {
	c := claimsOf(t, "Shooting\n\nTom Sand, 20, has been arrested, the Riverside Police Department said.\nOfficials released video of the fight between Sand and Lee Moe, and police said Moe lost his glasses during the fight.\nAfter questioning Sand, police said he admitted to the shooting at the party.\n",
		"Skyting\n\nTom Sand (20) er arrestert, opplyser Riverside Police Department.\nMyndighetene offentliggjorde en video av slåsskampen mellom Sand og Lee Moe, og politiet sa at Moe mistet brillene under kampen.\n")
	for _, want := range []string{"lost his glasses", "admitted to the shooting", "mistet brillene"} {
		if !hasClaim(c, "Riverside Police Department", want) {
			t.Errorf("%q: police before the verb is the article's police force: %v", want, c)
		}
	}
	if hasClaim(c, "Tom Sand", "admitted") || hasClaim(c, "Lee Moe", "lost his glasses") {
		t.Errorf("a name before the police is no speaker: %v", c)
	}
}

func TestABodyAfterTheArticleOpensASentence(t *testing.T) {
	c := claimsOf(t, "Shooting\n\nTom Sand was shot on Friday.\nThe East Riverside Parish Coroner's Office released a preliminary report Friday, saying the cause of death is a gunshot wound to the head.\n"+
		"The United States car maker Kestrel Motors has asked for more aid, saying that it plans to fire three thousand employees.\n")
	if !hasClaim(c, "East Riverside Parish Coroner's Office", "cause of death") {
		t.Errorf("the office the sentence opens with says it: %v", c)
	}
	if hasClaim(c, "United States", "fire three thousand") {
		t.Errorf("a state after the article is the car maker's modifier: %v", c)
	}
}

func TestABodyOwnsTheTitleBeforeTheSpeakersName(t *testing.T) {
	c := claimsOf(t, "Stocks\n\nStocks fell sharply on Friday.\n\"I would like to laugh except it hurts,\" said T Rowe Price head trader, Andy Brooks.\n\"It is pretty ugly out there,\" said Bell Curve Trading chief strategy expert, Bill Strazzullo.\n")
	if !hasClaim(c, "Andy Brooks", "laugh except it hurts") || !hasClaim(c, "Bill Strazzullo", "pretty ugly") {
		t.Errorf("the name before the title is the body, the name after the comma the speaker: %v", c)
	}
}

func TestTheSourcesKindBeforeItsName(t *testing.T) {
	c := claimsOf(t, "Frigate\n\nThe frigate is delayed again.\nThe launch of the frigate has been delayed to the first half of 2019, according to the newspaper Kveldsposten, which cited a spokesman.\n",
		"Fregatt\n\nFregatten er forsinket igjen.\nFerdigstillelsen av fregatten har nå blitt utsatt til første halvdel av 2019, ifølge avisen Kveldsposten som siterte en militær talsperson.\n")
	if !hasClaim(c, "Kveldsposten", "delayed to the first half") || !hasClaim(c, "Kveldsposten", "utsatt til første halvdel") {
		t.Errorf("'according to the newspaper X', 'ifølge avisen X': X is the source: %v", c)
	}
}

func TestABodysAppositionBeforeAnAuxiliary(t *testing.T) {
	c := claimsOf(t, "Lenders\n\nKestrel Financial Corporation, the second largest sub-prime lender in the US, has recently revealed that its creditors were no longer providing funds.\n"+
		"Kestrel Motors, Europe's biggest carmaker, has recently said that the future of driving is in very small cars.\n")
	if !hasClaim(c, "Kestrel Financial Corporation", "no longer providing funds") || !hasClaim(c, "Kestrel Motors", "future of driving") {
		t.Errorf("the body before its apposition speaks, not a place inside it: %v", c)
	}
}

func TestAParticipleAfterAFrontedClauseReportsTheSubject(t *testing.T) {
	c := claimsOf(t, "Tanker deal\n\nWhen the Air Force selected Los Angeles based Kestrel Aviation on February 29 to build the aircraft, Nordvik Aerospace challenged the award in a formal protest, claiming the evaluation was skewed towards its rival.\n")
	if !hasClaim(c, "Nordvik Aerospace", "evaluation was skewed") {
		t.Errorf("the subject after the fronted clause claims, and 'claiming' takes a clause without 'that': %v", c)
	}
}

func TestWondersAndRecallsAttributeAQuote(t *testing.T) {
	c := claimsOf(t, "Valg\n\nKari Nes stilte som kandidat i 1987.\n«Tror de at jeg får rabatt, eller?», undrer hun.\n«Du ville tenkt at jeg hadde et nervesammenbrudd», minnes Nes om pressen.\n")
	if !hasClaim(c, "Kari Nes", "får rabatt") || !hasClaim(c, "Kari Nes", "nervesammenbrudd") {
		t.Errorf("'undrer', 'minnes' close a quote: %v", c)
	}
}

func TestSpacedQuotesAndAWomanTheGeneratedListsCallAMan(t *testing.T) {
	c := claimsOf(t, "Markets fall\n\nDana Perino, a spokesperson for the White House, commented today on the falls.\n"+
		"\" One of the things that the President can do is to remind them what this rescue package would do.\n"+
		"This reassures people that their bank accounts are safe, and that is an important message, \" she stated, trying to reassure citizens.\n")
	if !hasClaim(c, "Dana Perino", "remind them what this rescue package") {
		t.Errorf("a quote set off by spaced marks, and 'she' for Dana: %v", c)
	}
}

func TestAnAttributionOnALineOfItsOwn(t *testing.T) {
	c := claimsOf(t, "Markets fall\n\nStocks fell on Friday.\n\"It is pretty ugly.\nHas the earnings kick from the weak dollar played itself out?\"\nsaid Kestrel Trading chief strategy expert, Bill Strand.\n")
	if !hasClaim(c, "Bill Strand", "pretty ugly") {
		t.Errorf("'said X' opening the next line attributes the quote: %v", c)
	}
}

func TestARequestToTheGovernmentsOfAPlace(t *testing.T) {
	c := claimsOf(t, "Migrants\n\nJeff Rand, the State Department Spokesperson, spoke on Friday.\nRand also asked the governments of South East Asia not to turn away boats of people seeking asylum.\n")
	if !hasClaim(c, "Jeff Rand", "not to turn away boats") {
		t.Errorf("'asked the governments of X not to …' is a request: %v", c)
	}
}

func TestAWordOfANameIsNoVerb(t *testing.T) {
	c := claimsOf(t, "Losses\n\nNordbank Corporation, the second-largest lender in the United States, has announced that it lost $2 billion in the third quarter.\n")
	if !hasClaim(c, "Nordbank Corporation", "lost $2 billion") {
		t.Errorf("'States' in 'the United States' is no verb before the real one: %v", c)
	}
}

func TestALongTitleThenTheNameBeforeTheVerb(t *testing.T) {
	c := claimsOf(t, "Refugees\n\n\"We will act soon,\" the deputy head of the Norwegian Refugee Council in Oslo, Kari Nes, said on Monday.\n")
	if !hasClaim(c, "Kari Nes", "act soon") {
		t.Errorf("the name set off after a long title speaks: %v", c)
	}
	for speaker, texts := range c {
		for _, text := range texts {
			if strings.Contains(text, "deputy head") {
				t.Errorf("the attribution is no part of %s's claim %q", speaker, text)
			}
		}
	}
}

func TestWhomTheSpeakerToldIsNoPartOfTheClaim(t *testing.T) {
	for text, want := range map[string]string{
		"Talks\n\nPeter Hale told reporters a deal was close.\n":                              "a deal was close.",
		"Talks\n\nPeter Hale told the BBC on Monday a deal was close.\n":                      "a deal was close.",
		"Talks\n\nPeter Hale told a news conference in Oslo that a deal was close.\n":         "a deal was close.",
		"Talks\n\nPeter Hale said in a statement a deal was close.\n":                         "a deal was close.",
		"Talks\n\nPeter Hale said an agreement with the union was close.\n":                   "an agreement with the union was close.",
		"Talks\n\nPeter Hale told the Nordvik Herald in Oslo he expected a deal by Friday.\n": "he expected a deal by Friday.",
	} {
		if got := claimsOf(t, text)["Peter Hale"]; len(got) != 1 || got[0] != want {
			t.Errorf("%q: claims %q, want %q", text, got, want)
		}
	}
}

func TestAccordingToAStatementAndPastTheSourcesTitle(t *testing.T) {
	for text, want := range map[string][2]string{
		"Border\n\nThe border will stay open, according to a statement from the Nordic Border Agency.\n":        {"Nordic Border Agency", "The border will stay open"},
		"Border\n\nAccording to a news release from the Nordic Border Agency, the border will stay open.\n":     {"Nordic Border Agency", "the border will stay open."},
		"Border\n\nAccording to Maria Lopez, a spokeswoman for the ministry, the border will stay open.\n":      {"Maria Lopez", "the border will stay open."},
		"Grensen\n\nIfølge Kari Nes, talsperson for Utenriksdepartementet, vil grensen holde åpent i vinter.\n": {"Kari Nes", "vil grensen holde åpent i vinter."},
	} {
		if got := claimsOf(t, text)[want[0]]; len(got) != 1 || got[0] != want[1] {
			t.Errorf("%q: %s's claims %q, want %q", text, want[0], got, want[1])
		}
	}
}

func TestABodyAfterTheVerbClosingAStatement(t *testing.T) {
	c := claimsOf(t, "Knivstikking\n\nEn mann er pågrepet etter knivstikkingen i Oslo i natt, opplyser politiet.\n",
		"Kutt\n\nSelskapet vil kutte 300 stillinger i løpet av året, skriver Nordvik Systems i en pressemelding.\n")
	if !hasClaim(c, "Norwegian police", "mann er pågrepet") || !hasClaim(c, "Nordvik Systems", "kutte 300 stillinger") {
		t.Errorf("'…, opplyser politiet', '…, skriver X i en pressemelding': %v", c)
	}
	// police of no place the article shows are no entity: one node "police"
	// would join every force of every article
	c = claimsOf(t, "Stabbing\n\nA man was arrested after the stabbing in a park last night, police said.\n")
	if len(c) > 0 {
		t.Errorf("police of no place: %v", c)
	}
	// "Han fortalte etterforskerne at …, sa politiet": his statement, not the police's
	c = claimsOf(t, "Rettssaken\n\nSayfullo Saipov ble pågrepet i fjor.\nHan fortalte etterforskerne at han var glad for det han hadde gjort, sa politiet.\n")
	if len(c["police"]) > 0 {
		t.Errorf("a statement with its own verb of saying is not the police's: %v", c)
	}
}

func TestAHeadlineRepeatingTheBodyIsNoClaimOfItsOwn(t *testing.T) {
	c := claimsOf(t, "Meeting may be delayed again, says Sarah Nordby\n\nThe meeting between the mayor and the board may be pushed back another week, council spokeswoman Sarah Nordby said on Monday.\n")
	if len(c["Sarah Nordby"]) != 1 || !hasClaim(c, "Sarah Nordby", "pushed back another week") {
		t.Errorf("the body's claim only: %v", c)
	}
	c = claimsOf(t, "Meeting may be delayed again, says Nordvik Council\n\nThe weather was fine on Monday.\n")
	if !hasClaim(c, "Nordvik Council", "delayed again") {
		t.Errorf("a headline's claim no body repeats stays: %v", c)
	}
}

func TestAQuoteOverParagraphsReopenedAtEach(t *testing.T) {
	c := claimsOf(t, "Winter\n\nMaria Lopez, the mayor, spoke on Monday.\n\n\"We have done everything we can to keep the city safe this winter.\n\n\"But we cannot do it alone, and we need the government to help us,\" she said.\n")
	got := c["Maria Lopez"]
	if len(got) != 1 || !strings.Contains(got[0], "keep the city safe") || !strings.Contains(got[0], "cannot do it alone") || strings.Contains(got[0], "\"") {
		t.Errorf("one claim over both paragraphs, without the reopening mark: %q", got)
	}
	// a quote that did not open its paragraph does not run on into the next
	c = claimsOf(t, "Vote\n\nThe mood was tense.\nThose things can't be walked back,\" Tom Reed, a professor, told The Hill.\n\"Women will not forget this,\" Kari Dale, a spokeswoman for MoveOn, said on Friday.\n")
	if hasClaim(c, "Kari Dale", "Tom Reed") {
		t.Errorf("a stray closing mark opens nothing that runs on: %v", c)
	}
}

func TestDashLinesBeforeTheAttributedOne(t *testing.T) {
	c := claimsOf(t, "Vinter\n\nOrdfører Maria Lopez snakket mandag.\n\n– Vi har gjort alt vi kan for å holde byen trygg i vinter.\n\n– Men vi kan ikke gjøre det alene, og vi trenger hjelp fra regjeringen, sier Lopez.\n\nRådet møtes igjen neste uke.\n")
	if !hasClaim(c, "Maria Lopez", "holde byen trygg") || !hasClaim(c, "Maria Lopez", "ikke gjøre det alene") {
		t.Errorf("the dash line before the attributed one is the same speaker's: %v", c)
	}
}

func TestAQuoteParagraphBeforeTheAttributedOne(t *testing.T) {
	for _, text := range []string{
		"Winter\n\nThe city council met on Monday to discuss the budget for the winter.\n\n\"We have done everything we can to keep the city safe this winter.\"\n\n\"But we cannot do it alone, and we need the government to help us,\" Mayor Maria Lopez said.\n",
		"Vinter\n\nBystyret møttes mandag for å diskutere budsjettet for vinteren.\n\n«Vi har gjort alt vi kan for å holde byen trygg i vinter.»\n\n«Men vi kan ikke gjøre det alene, og vi trenger hjelp fra regjeringen», sier ordfører Maria Lopez.\n",
	} {
		if c := claimsOf(t, text); len(c["Maria Lopez"]) != 2 {
			t.Errorf("the quote paragraph before the attributed one is the same speaker's: %v", c)
		}
	}
}

func TestAStatesOfficialsAndAConjunctionOpening(t *testing.T) {
	c := claimsOf(t, "HIV\n\nThe disease spread through blood transfusions in the 1990s.\nBut the number of people infected this way had been reduced to almost zero, Chinese health officials said at a conference in Yunnan province.\n",
		"Samtaler\n\nSamtalene mellom landene fortsatte i helgen.\nAmerikanske tjenestemenn sier at samtalene fortsetter neste uke i Genève.\n")
	if !hasClaim(c, "China", "reduced to almost zero") || !hasClaim(c, "United States", "samtalene fortsetter") {
		t.Errorf("a state's officials speak for it, and 'But' opens no lead-in: %v", c)
	}
	if hasClaim(c, "China", "at a conference in Yunnan") {
		t.Errorf("where it was said is no claim: %v", c)
	}
}

func TestANameInARelativeClauseDoesNotSpeak(t *testing.T) {
	c := claimsOf(t,
		"Name\n\nGreece, which also has a province called Macedonia, says the name is a claim on Greek territory.\n",
		"Navnet\n\nHellas, som også har en provins ved navn Makedonia, mener at navnet er et krav på gresk territorium.\n")
	if len(c["Greece"]) != 2 || len(c["North Macedonia"]) != 0 {
		t.Errorf("Greece says it, in both languages, not Macedonia: %v", c)
	}
	c = claimsOf(t, "Police\n\nThe ministry, which oversees the police, said the officers had acted lawfully.\n")
	if len(c["police"]) != 0 {
		t.Errorf("the police named in the ministry's relative clause do not speak: %v", c)
	}
}

func TestAQuoteAfterAStatementsNounAndAComma(t *testing.T) {
	c := claimsOf(t,
		"Farewell\n\nSteve Jobs resigned on Wednesday. In his letter, Jobs left this farewell, \"I have made some of the best friends of my life at Apple.\"\n",
		"Tweet\n\nMaria Oster posted a message on Twitter, \"The fight goes on.\"\n",
		"Hilsen\n\nKari Nes sendte en melding til de ansatte, «Vi skal klare dette sammen, og vi gir oss ikke».\n")
	if !hasClaim(c, "Steve Jobs", "best friends") || !hasClaim(c, "Maria Oster", "fight goes on") || !hasClaim(c, "Kari Nes", "klare dette sammen") {
		t.Errorf("a quote after a statement's noun and a comma is the subject's: %v", c)
	}
}

func TestSpeakersPastAnAppositionAndADescribedNoun(t *testing.T) {
	c := claimsOf(t,
		"Bells\n\nThe church was led by the Rev. John Howard Dale, who led a boycott.\nThe Rev. David Dale, Father Dale's son and successor, proudly called the bells \"the poor people's bells.\"\n",
		"Crash plane: Air Niugini now says one man missing\n\nThe airline operating a flight that crashed into a lagoon in Micronesia now says one man is missing, after earlier saying all passengers were safe.\n",
		"Theft\n\nThe driver had been emptying an ATM, Det. Ann Cole wrote in the release.\n")
	if !hasClaim(c, "David Dale", "poor people's bells") {
		t.Errorf("the subject, not the father in its apposition, speaks: %v", c)
	}
	if !hasClaim(c, "Air Niugini", "one man is missing") {
		t.Errorf("the airline the clause describes speaks: %v", c)
	}
	if !hasClaim(c, "Ann Cole", "emptying an ATM") {
		t.Errorf("Det. Ann Cole wrote: %v", c)
	}
}

func TestToldReportersAfterTheMatchTellsNoClause(t *testing.T) {
	c := claimsOf(t, "Derby\n\n\"He is struggling,\" Pep Guardiola told reporters after the match.\n")
	if !hasClaim(c, "Pep Guardiola", "He is struggling") || hasClaim(c, "Pep Guardiola", "after the match") {
		t.Errorf("the quote, not the time after the verb: %v", c)
	}
}

func TestWhoWasAskedAnswers(t *testing.T) {
	c := claimsOf(t,
		"Kampen\n\nLeBron James skal spille på søndag. Reporteren Mike Trundell skrev på Twitter at James trolig vil spille et begrenset antall minutter.\nEtter en øvelse tidligere denne uken ble James spurt om planene sine.\n«Jeg trenger ikke flere kamper nå», svarte han.\n",
		"Game\n\nLeBron James will play on Sunday. Reporter Mike Trundell wrote on Twitter that James would play limited minutes.\nAfter a practice this week, James was asked about his plans.\n\"I do not need more games now,\" he replied.\n")
	if !hasClaim(c, "LeBron James", "Jeg trenger ikke flere kamper") {
		t.Errorf("nb: the one asked answers: %v", c)
	}
	if !hasClaim(c, "LeBron James", "I do not need more games") {
		t.Errorf("en: the one asked answers: %v", c)
	}
}

// A name that is the object of a participle or of a relative clause's
// verb before the verb of saying is not its subject: the noun before
// them speaks.
func TestObjectBeforeTheVerbIsNoSpeaker(t *testing.T) {
	c := claimsOf(t, "Asylum\n\nMaria Grace Lopez sued the government in August.\n"+
		"The states' attorneys supporting Lopez described the three countries as nations facing pervasive problems with gangs.\n")
	if len(c["Maria Grace Lopez"]) > 0 {
		t.Errorf("'attorneys supporting Lopez described …' is no claim of Lopez's: %v", c)
	}
	c = claimsOf(t, "Asyl\n\nMaria Grace Lopez saksøkte regjeringen i august, og saken er ikke avgjort.\n"+
		"Statsadvokatene som støttet Lopez, beskrev de tre landene som nasjoner med store problemer med gjenger og vold i hjemmet.\n")
	if len(c["Maria Grace Lopez"]) > 0 {
		t.Errorf("'advokatene som støttet Lopez, beskrev …' is no claim of Lopez's: %v", c)
	}
	c = claimsOf(t, "Asylum\n\nMaria Grace Lopez sued the government in August.\n"+
		"Lopez described the three countries as nations facing pervasive problems with gangs.\n")
	if len(c["Maria Grace Lopez"]) == 0 {
		t.Errorf("'Lopez described …' is her claim: %v", c)
	}
}

func TestOpinionCondemnationAndRequestVerbs(t *testing.T) {
	c := claimsOf(t,
		"Bøker\n\nLitteraturkritiker Jon Helge Strand synes sammenkoplingen mellom de to bøkene er svært dristig. Statsråd Per Olsen synes imidlertid å være fornøyd med hele avtalen.\n",
		"Mali\n\nDet var en lang dag i New York. FNs sikkerhetsråd fordømmer pågripelsen av statsministeren i Mali. Både FN og USA ber om tilbakeholdenhet fra alle parter i konflikten.\n\n- Dette er ikke et statskupp, forsikrer militærtalsmann Bakary Mariko overfor fjernsynskanalen France 24.\n",
		"Mali\n\nIt was a long day in New York. The UN Security Council condemned the arrest of the prime minister on Tuesday evening.\n")
	for speaker, want := range map[string]string{
		"Jon Helge Strand":    "dristig",
		"UN Security Council": "pågripelsen",
		"United States":       "tilbakeholdenhet",
		"Bakary Mariko":       "statskupp",
	} {
		if !hasClaim(c, speaker, want) {
			t.Errorf("no claim of %s's with %q: %v", speaker, want, c)
		}
	}
	if !hasClaim(c, "UN Security Council", "arrest") {
		t.Errorf("'condemned the arrest' is no claim: %v", c)
	}
	for _, texts := range c {
		for _, text := range texts {
			if strings.Contains(text, "fornøyd") {
				t.Errorf("'synes å være' (seems to be) made a claim: %v", c)
			}
		}
	}
}

func TestVerbsOfSummingUpAskingSmiling(t *testing.T) {
	c := claimsOf(t,
		"Rennet\n\nDet var ikke mange feil jeg gjorde nedover bakken i dag, oppsummerer Aksel Lund Svindal etter rennet.\n",
		"Legene\n\n«Det er ikke bare økonomien som står på spill – hvem er legene?» spurte Ingrid Martinsen på møtet.\n",
		"Race\n\n\"There were not many mistakes on the way down the hill today,\" smiled Aksel Lund Svindal after the race.\n")
	for speaker, want := range map[string]string{"Aksel Lund Svindal": "feil", "Ingrid Martinsen": "legene"} {
		if !hasClaim(c, speaker, want) {
			t.Errorf("no claim of %s's with %q: %v", speaker, want, c)
		}
	}
	if !hasClaim(c, "Aksel Lund Svindal", "mistakes") {
		t.Errorf("'smiled X' attributes no quote: %v", c)
	}
}

func TestDashQuoteOverLinesOfOneSentenceEach(t *testing.T) {
	// text written one sentence a line: the dash quote runs on to the line
	// that names its speaker, not to the speaker before
	c := claimsOf(t, "Rennet\n\nLandslagssjef Marius Arnesen er strålende fornøyd med helgen.\n"+
		"- Dette begynner å ligne på Lenzerheide.\n"+
		"Dit dro jeg ikke, fordi jeg var sikker på at han var sjanseløs etter rennene på Kvitfjell.\n"+
		"Derfor er jeg veldig glad for at jeg er her, sier Bjørn Svindal til avisen.\n")
	found := false
	for _, text := range c["Bjørn Svindal"] {
		found = found || strings.Contains(text, "Lenzerheide") && strings.Contains(text, "glad")
	}
	if !found {
		t.Errorf("the quote's lines are not Bjørn Svindal's: %v", c)
	}
	for _, text := range c["Marius Arnesen"] {
		if strings.Contains(text, "Lenzerheide") {
			t.Errorf("the quote went to the speaker before: %v", c)
		}
	}
	// an answer of six short sentences, each on its line
	c = claimsOf(t, "Ulykken\n\nKari Holm mistet sønnen i fjor.\n"+
		"- Det vi hadde begynt å frykte, var bilkjøring.\n"+
		"Han skulle snart ta lappen.\n"+
		"17 år.\n"+
		"Det er den farlige alderen.\n"+
		"Ut og feste.\n"+
		"Det kan skje med alle, sier Kari Holm.\n")
	found = false
	for _, text := range c["Kari Holm"] {
		found = found || strings.Contains(text, "bilkjøring") && strings.Contains(text, "farlige alderen")
	}
	if !found {
		t.Errorf("the quote's six lines are not one claim of Kari Holm's: %v", c)
	}
}

func TestStatementInAFrontedClauseEndsAtItsComma(t *testing.T) {
	c := claimsOf(t,
		"Film\n\nDa Sacha Baron sa at alle kvinner i landet er slaver, tenkte Perisat Alijeva et øyeblikk på å reise seg og gå.\n",
		"Jobs\n\nWhen Louis Gallois said he hoped to achieve the cuts mainly through attrition, the unions were displeased with the plan.\n")
	for speaker, want := range map[string]string{"Sacha Baron": "slaver", "Louis Gallois": "attrition"} {
		found := false
		for _, text := range c[speaker] {
			found = found || strings.Contains(text, want)
			if strings.Contains(text, "tenkte") || strings.Contains(text, "unions") {
				t.Errorf("%s's statement runs on past its clause: %q", speaker, text)
			}
		}
		if !found {
			t.Errorf("no claim of %s's with %q: %v", speaker, want, c)
		}
	}
}

func TestPledgeToAfterAFrontedPhrase(t *testing.T) {
	c := claimsOf(t, "Campaign\n\nCloaking himself in Yasser Arafat's legacy, Mahmoud Abbas pledged to fulfil Palestinian dreams of statehood.\n",
		"Valgkamp\n\nIført Arafats arv lovet Mahmoud Abbas å oppfylle palestinernes drøm om en egen stat.\n")
	for _, text := range c["Mahmoud Abbas"] {
		if strings.Contains(text, "legacy") {
			t.Errorf("the fronted phrase became the quote: %v", c)
		}
	}
	for _, want := range []string{"statehood", "stat"} {
		if !hasClaim(c, "Mahmoud Abbas", want) {
			t.Errorf("no claim of Abbas's with %q: %v", want, c)
		}
	}
}

func TestAccordingToADescriptionThenTheName(t *testing.T) {
	c := claimsOf(t,
		"Pærer\n\nIfølge kulturansvarlig for frukt i produsentorganisasjonen Norgrønt, Knut Hauso, ligger det et stort potensial i Norge for å dyrke mer pærer.\n",
		"Pears\n\nAccording to the head of fruit at the producer group Norgront, Knut Hauso, there is a great potential in Norway to grow more pears.\n")
	for _, want := range []string{"potensial", "potential"} {
		if !hasClaim(c, "Knut Hauso", want) {
			t.Errorf("no claim of Hauso's with %q: %v", want, c)
		}
	}
}

func TestMoreVerbsOfDenial(t *testing.T) {
	c := claimsOf(t, "Melding\n\nNordkoreanske medier skriver at Clinton hadde med seg en melding. Det hvite hus tilbakeviser påstandene om en personlig melding fra Obama.\n",
		"Message\n\nNorth Korean media say Clinton brought a message. The White House refuted the claims about a personal message from Obama.\n")
	for _, want := range []string{"påstandene", "claims"} {
		if !hasClaim(c, "White House", want) {
			t.Errorf("no denial of the White House's with %q: %v", want, c)
		}
	}
}

// "forkynte" and "fremholdt" report a statement in Norwegian.
func TestNorwegianProclaimedAndMaintained(t *testing.T) {
	c := claimsOf(t, "Sak\n\nPer Olaf Lundteigen forkynte at de rødgrønne må føre en bedre politikk. Kari Nordmann fremholdt at skolen må få mer penger.\n")
	if !hasClaim(c, "Per Olaf Lundteigen", "de rødgrønne må føre") || !hasClaim(c, "Kari Nordmann", "skolen må få mer penger") {
		t.Errorf("claims: %v", c)
	}
}

// A confession is a claim of the one who confesses ("Lone confessed his
// involvement in the blasts").
func TestConfessedIsAClaim(t *testing.T) {
	c := claimsOf(t, "Blasts\n\nDuring the interrogation, Ghulam Lone confessed his involvement in the blasts and gave several clues.\n")
	if !hasClaim(c, "Ghulam Lone", "his involvement in the blasts") {
		t.Errorf("claims: %v", c)
	}
}

// wantClaim fails the test unless the article text gives speaker a claim
// holding words.
func wantClaim(t *testing.T, text, speaker, words string) {
	t.Helper()
	if c := claimsBy(extractText(t, text)); !hasClaim(c, speaker, words) {
		t.Errorf("no claim of %s's with %q: %v", speaker, words, c)
	}
}

// A relative clause on the speaker does not lengthen the attribution past
// counting: "…, sier statsadvokat Jogeir Nogva, som skal være aktor i
// rettssaka mot mannen" and "…, said prosecutor John Smith, who will lead
// the case" attribute the statement before them.
func TestAttributionWithRelativeClause(t *testing.T) {
	wantClaim(t, "Saken\n\nMannen ble funnet i lugaren. Han ble ikke lenge etter pågrepet, og har siden sittet varetektsfengslet, sier statsadvokat Jogeir Nogva, som skal være aktor i rettssaka mot mannen.\n",
		"Jogeir Nogva", "sittet varetektsfengslet")
	wantClaim(t, "Case\n\nThe man was found in the cabin. He was arrested soon after and has been held in custody since, said prosecutor John Smith, who will lead the case against the man.\n",
		"John Smith", "held in custody")
}

// Norwegian puts the subject after the verb behind a fronted word, and an
// infinitive may follow it: "Nå avviser Solberg suverent å svare på …" is
// Solberg's.
func TestNorwegianInvertedInfinitiveClaim(t *testing.T) {
	wantClaim(t, "Valget\n\nErna Solberg var på landsmøtet. Nå avviser Solberg suverent å svare på hvilken regjering Høyre bør være med i.\n",
		"Erna Solberg", "å svare på hvilken regjering")
}

// A people's authorities speak for their state: "Amerikanske myndigheter
// avkrefter …" is the United States', "Russian authorities said" Russia's.
func TestDemonymAuthoritiesSpeakForTheirState(t *testing.T) {
	wantClaim(t, "Valget\n\nBill Clinton reiste til Nord-Korea. Amerikanske myndigheter sier at de ikke vil betale noe som helst for frigivelsen.\n",
		"United States", "ikke vil betale")
	wantClaim(t, "Talks\n\nBill Clinton travelled to North Korea. Russian authorities said they would not pay anything for the release.\n",
		"Russia", "would not pay")
}

// Idioms of saying: "har gjort det klart at …", "gitt uttrykk for at …",
// "has made it clear that …", "expressed the hope that …", "etterlater
// ingen tvil om at …", "left no doubt that …".
func TestIdiomsOfSaying(t *testing.T) {
	nb := "Valgkampen\n\nValgkampen er i gang, og partiene kjemper om velgerne over hele landet denne uken. Lars Sponheim har gjort det klart at partiet går til valg for å bytte ut regjeringen. " +
		"Laura Ling skal ha gitt uttrykk for at Nord-Korea ville slippe dem fri om Bill Clinton kom til landet. " +
		"Venstre-leder Trine Skei Grande etterlater ingen tvil om at hun heller vil ha en borgerlig regjering.\n"
	wantClaim(t, nb, "Lars Sponheim", "bytte ut regjeringen")
	wantClaim(t, nb, "Laura Ling", "slippe dem fri")
	wantClaim(t, nb, "Trine Skei Grande", "borgerlig regjering")
	en := "Campaign\n\nLars Sponheim has made it clear that his party wants to replace the government. Laura Ling expressed the hope that North Korea would release them soon. " +
		"Senator John Smith left no doubt that he would vote against the bill.\n"
	wantClaim(t, en, "Lars Sponheim", "replace the government")
	wantClaim(t, en, "Laura Ling", "release them")
	wantClaim(t, en, "John Smith", "vote against the bill")
}

// A pronoun is a verb of saying's subject across a prepositional phrase:
// "når hun i VG TVs partilederdebatt i går sa at …" is Halvorsen's.
func TestPronounSubjectAcrossPhrases(t *testing.T) {
	wantClaim(t, "Valget\n\nKristin Halvorsen er leder i SV og har vært det i mange år, og hun er kjent for sine skarpe utspill i debatter. "+
		"Det slår tilbake på Halvorsen når hun i VG TVs partilederdebatt i går sa at det er farlig for land og folk om de borgerlige kommer til makten.\n",
		"Kristin Halvorsen", "farlig for land og folk")
}

// A clause of its own after the speaker does not make the attribution too
// long: "…, sier Bjørn Svindal til Dagbladet.no mens sønnen Aksel klatrer
// opp til det øverste trinnet på seierspallen".
func TestAttributionBeforeAClauseOfItsOwn(t *testing.T) {
	wantClaim(t, "Svindal\n\nAksel Lund Svindal vant rennet i Val Gardena i går, og faren var på plass i målområdet. "+
		"Derfor er jeg veldig glad for at jeg er her, sier Bjørn Svindal til Dagbladet.no mens sønnen Aksel klatrer opp til det øverste trinnet på seierspallen.\n",
		"Bjørn Svindal", "veldig glad for at jeg er her")
}

// A second "that" clause after a first that needs none starts no claim of
// its own: "Han mente saksbehandlingen var uforsvarlig, og at …" claims
// both.
func TestSecondThatClause(t *testing.T) {
	wantClaim(t, "Mali\n\nSituasjonen i Mali er svært uoversiktlig etter kuppet, og mange frykter at landet vil gå i oppløsning. Tor Bertelsen er dommer i Bergen. "+
		"Han mente saksbehandlingen var uforsvarlig, og at det eneste han gjorde var å be om at opplysningene ble sjekket grundig.\n",
		"Tor Bertelsen", "saksbehandlingen var uforsvarlig")
}

// A source named inside the sentence speaks for all of it: "Disse partiene
// skal ifølge Alte være …", "The government will, according to Reuters,
// present its budget".
func TestAccordingToInsideTheSentence(t *testing.T) {
	wantClaim(t, "Partiene\n\nRonny Alte er talsperson for organisasjonen og har uttalt seg flere ganger i det siste. Disse partiene skal ifølge Alte være Kristent Samlingsparti, Demokratene og Høyre.\n",
		"Ronny Alte", "Disse partiene skal")
	wantClaim(t, "Budget\n\nThe minister has spoken several times recently. The government will, according to Reuters, present its budget tomorrow.\n",
		"Reuters", "present its budget")
}

// "peker" attributes a dash quote as "sier" does: "- Der oppe balanserte
// han, peker pappa Tore."
func TestPointingAttributes(t *testing.T) {
	wantClaim(t, "Ulykken\n\nEspen falt fra fjerde etasje i helgen, og familien er fortsatt i sjokk etter ulykken.\n- Der oppe balanserte han på kanten av taket, peker pappa Tore.\n",
		"Tore", "balanserte han")
}

// A noun only people go by, as the subject of a verb a participle of
// saying follows, is the person the article is about: "But the actor, 31,
// has hit out at …, saying …" is Harington's.
func TestParticipleAfterAPersonsNoun(t *testing.T) {
	wantClaim(t, "Thrones star\n\nKit Harington has spoken about toxic masculinity in an interview with a magazine on Sunday. "+
		"But the actor, 31, has hit out at the stereotype of the macho hero, saying such roles on screen mean young boys often feel like they have to be tough.\n",
		"Kit Harington", "young boys often feel")
}

// A Norwegian verb before its subject set off as a titled apposition
// ("forkynte partiets talsmann, Per Olaf Lundteigen, at …") gives the
// claim to the person the apposition names, whatever the verb.
func TestInvertedSubjectInApposition(t *testing.T) {
	wantClaim(t, "Valgkamp\n\nFør helgen forkynte partiets frittalende finanspolitiske talsmann, Per Olaf Lundteigen, at de rødgrønne må føre en ny næringspolitikk. Det er en sak mange er opptatt av i Norge.\n",
		"Per Olaf Lundteigen", "ny næringspolitikk")
	wantClaim(t, "Valgkamp\n\nFør helgen sa partiets talsmann, Per Hansen, at de rødgrønne må føre en ny næringspolitikk, og at skolen må prioriteres. Det er en sak mange er opptatt av i Norge.\n",
		"Per Hansen", "ny næringspolitikk")
}

// A name that ends a quoted question is whom the speaker asks: "– Hva
// skulle du der, Espen? spør pappa Tore Hansen" is Tore Hansen's, and so
// is `"Where were you, John?" asked Mary Smith`.
func TestVocativeIsNoSpeaker(t *testing.T) {
	wantClaim(t, "Ulykken\n\nEspen falt fra fjerde etasje i helgen, og familien er fortsatt i sjokk etter ulykken.\n- Hva skulle du på det rommet og på gesimsen, Espen? spør pappa Tore Hansen.\n",
		"Tore Hansen", "rommet og på gesimsen")
	wantClaim(t, "Dinner\n\nThe family had dinner late on Sunday.\n\"Where were you all night, John?\" asked Mary Smith, his mother.\n",
		"Mary Smith", "Where were you all night")
}

// A body's pronoun closing the sentence with a verb of saying ("…, it
// announced this week") gives the statement to the body the sentence
// opens with, not to one named before it.
func TestBodyPronounAttribution(t *testing.T) {
	wantClaim(t, "Space\n\nThe shuttle program of Boeing will end soon.\nNASA is looking to private companies to launch both supplies and astronauts to the space station, it announced this week.\n",
		"NASA", "private companies to launch")
}

// A quote that ends in a question or an exclamation ends its sentence,
// and the short sentence after it on the line attributes it: `"Get out of
// the water!" Hammel added.` (a quote inside it too) — but a medium that
// reports it is no speaker.
func TestAttributionAfterQuestionOrExclamation(t *testing.T) {
	wantClaim(t, "Shark\n\nJohn Hammel was on the beach on Saturday.\n\"I yelled at everyone: 'There's a shark in the water!'\" Hammel added.\n", "John Hammel", "shark in the water")
	wantClaim(t, "Shark\n\nJohn Hammel was on the beach on Saturday.\n\"Did you see the shark in the water?\" Kari Holm asked.\n", "Kari Holm", "see the shark")
	c := claimsOf(t, "Visit\n\nPresident Joko Widodo arrived in Palu on Sunday and told the military: \"I am asking all of you to work day and night on the evacuation. Are you ready?\" CNN reported.\n")
	if len(c["CNN"]) > 0 {
		t.Errorf("the medium that reports a quote spoke it: %v", c)
	}
}

// A stance on what an infinitive says is a claim, the stance with it:
// "Hverven er mer skeptisk til å kople Knausgård til …".
func TestStanceOnAnInfinitive(t *testing.T) {
	wantClaim(t, "Knausgård\n\nKlassekampens litteraturkritiker Tom Egil Hverven er mer skeptisk til å kople Knausgård direkte til en form for kulturkonservatisme. Boken kom ut i fjor og har solgt godt i hele Norge.\n",
		"Tom Egil Hverven", "skeptisk til å kople")
}

// What one wonders is one's claim: "John Smith wonders whether …".
func TestWonderingWhether(t *testing.T) {
	wantClaim(t, "Crash\n\nThe boy fell from the fourth floor.\nJohn Smith wonders whether the alcohol made his son overconfident that night.\n",
		"John Smith", "alcohol made his son")
}

// A body's appeal is its claim: "Thames Valley Police have appealed for
// anyone who saw it to come forward", "Politiet appellerer til alle som så
// ulykken om å ta kontakt".
func TestAnAppealIsAClaim(t *testing.T) {
	c := claimsOf(t, "Crash\n\nTwo men were injured in the crash on Monday. Thames Valley Police have appealed for anyone who saw the collision to come forward with information.\n",
		"Ulykke\n\nTo menn ble skadet i ulykken mandag kveld. Politiet i Oslo appellerer til alle som så ulykken om å ta kontakt med dem så snart som mulig.\n")
	if !hasClaim(c, "Thames Valley Police", "come forward") || !hasClaim(c, "Oslo Police", "ta kontakt") {
		t.Errorf("an appeal: %v", c)
	}
}

// A person opening the sentence with a title, then an apposition set off
// by commas, then the verb: "Tidligere president Eduardo Veltra, Bolivias
// representant ved domstolen, sa at …"; but after a fronted phrase the
// subject comes after the verb ("Etter møtet med …, sa ministeren at").
func TestTitledSpeakerBeforeAnApposition(t *testing.T) {
	c := claimsOf(t, "Dom\n\nDomstolen i Haag avgjorde saken i går. Tidligere president Eduardo Veltra, Bolivias representant ved domstolen, sa at avgjørelsen kom uvanlig raskt.\n",
		"Møte\n\nMinisteren reiste til Haag i går. Etter møtet med Eduardo Veltra, Bolivias representant ved domstolen, sa ministeren at samtalene var gode.\n")
	if !hasClaim(c, "Eduardo Veltra", "uvanlig raskt") || hasClaim(c, "Eduardo Veltra", "samtalene") {
		t.Errorf("a titled speaker before an apposition: %v", c)
	}
}

// A dash quote under a headline that names one person is that person's:
// "Søvnløs Svindal knuste konkurrentene\n- Fant aldri hvilepulsen …"; a
// headline naming two people says nothing of whose it is.
func TestDashQuoteUnderAHeadline(t *testing.T) {
	c := claimsOf(t, "Skirenn\n\nKari Nordmann vant storslalåmen i Sölden\n- Jeg fant aldri roen før det andre løpet.\nDet var et lite eventyr da hun kunne krone comebacket med seier søndag.\n",
		"Skirenn\n\nKari Nordmann og Ola Hansen vant i Sölden\n- Vi fant aldri roen før det andre løpet.\nDet var et lite eventyr da de kunne krone comebacket med seier søndag.\n")
	if !hasClaim(c, "Kari Nordmann", "aldri roen") || hasClaim(c, "Kari Nordmann", "Vi fant") || hasClaim(c, "Ola Hansen", "Vi fant") {
		t.Errorf("a dash quote under a headline: %v", c)
	}
}

// A denial of "this" is of the statement before it (demonstratives): in
// the sentence ("…, but Halvorsen Industries denied this") or, when
// little comes before the verb, in the sentence before.
func TestDenialOfThis(t *testing.T) {
	c := claimsOf(t, "Plant\n\nWorkers were told on Monday that the plant in Leeds would close next year, but Halvorsen Industries denied this.\n",
		"Skatt\n\nStatsminister Anna Berg sa i går at skattene skal ned neste år. Finansminister Per Dahl benekter dette.\n")
	if !hasClaim(c, "Halvorsen Industries", "plant in Leeds would close") || !hasClaim(c, "Per Dahl", "skattene skal ned") {
		t.Errorf("the denial of this: %v", c)
	}
}

// "According to the agency", "ifølge etaten": a kind noun of any type
// (nominals with no type) is the body the article named before.
func TestAccordingToABodyByItsKind(t *testing.T) {
	c := claimsOf(t, "Tsunami\n\nThe Coastal Research Agency studied the wave. The city's location at the end of a long, narrow bay may have made the tsunami larger, according to the agency.\n",
		"Tsunami\n\nByrået for vurdering og anvendelse av teknologi (BPPT) studerte bølgen. Byens plassering i enden av en lang, smal bukt kan ha gjort tsunamien større, ifølge etaten.\n")
	if !hasClaim(c, "Coastal Research Agency", "narrow bay") || !hasClaim(c, "BPPT", "smal bukt") {
		t.Errorf("according to the agency: %v", c)
	}
}

// A statement of "this" made to someone is of the statement before it
// ("Geir Mork confirmed this to Reuters", "…, Geir Mork, bekrefter dette
// overfor NTB"), and whom it was made to is no speaker.
func TestStatementOfThisToSomeone(t *testing.T) {
	c := claimsOf(t, "Books\n\nSales of the novel doubled last year. Geir Mork confirmed this to Reuters.\n",
		"Bøker\n\nSalget av romanen falt kraftig i mai. Forlagssjef i Gyldendal, Anne Lie, bekrefter dette overfor NTB.\n")
	if !hasClaim(c, "Geir Mork", "novel doubled") || !hasClaim(c, "Anne Lie", "falt kraftig") || len(c["Reuters"]) > 0 || len(c["NTB"]) > 0 {
		t.Errorf("a statement of this to someone: %v", c)
	}
}

// "Det sier X til NRK", "Det sa X til Reuters torsdag": a sentence that
// only names the speaker after a demonstrative and a verb of saying
// attributes the statement before it — on the same line, a dash quote
// on the line above, or a plain sentence — but "It said Lloyds would
// play a role" says something of its own.
func TestDemonstrativeAttribution(t *testing.T) {
	c := claimsOf(t, "Frukt\n\n– Prisene på frukt er svært høye i år. Det sier Ola Dahl til NRK.\n\nPrisene på kjøtt er lave i år. Det opplyser Kari Holm i Nortura.\n\n– Så lenge ledelsen ikke svarer på kravene våre, vil bevegelsen fortsette.\nDet sa Camila Vallejo til Reuters torsdag.\n",
		"Shops\n\nThe chain sold its pharmacy business three years ago. It said Lloyds would play a role in the plan, by adding a range of brands in four stores.\n")
	if !hasClaim(c, "Ola Dahl", "frukt er svært høye") || !hasClaim(c, "Kari Holm", "kjøtt er lave") || !hasClaim(c, "Camila Vallejo", "bevegelsen fortsette") {
		t.Errorf("a demonstrative's attribution: %v", c)
	}
	if hasClaim(c, "Lloyds", "pharmacy business") {
		t.Errorf("an English subject pronoun read as a demonstrative's attribution: %v", c)
	}
}

// "Nordkoreanske medier skriver at …, men Det hvite hus benekter dette":
// a statement by no one kg can name, then a denial of it in a clause of
// its own — the denial's subject denies, not a person the statement names.
func TestDenialAfterAnUnnamedSource(t *testing.T) {
	c := claimsOf(t, "Korea\n\nNorth Korean media reported that Clinton delivered a personal message from President Obama, but the White House denied this.\n",
		"Korea\n\nNordkoreanske medier skriver at Clinton leverte en personlig melding fra president Obama, men Det hvite hus benekter dette.\n")
	if !hasClaim(c, "White House", "personal message") || !hasClaim(c, "White House", "personlig melding") || len(c["Barack Obama"]) > 0 {
		t.Errorf("a denial after an unnamed source: %v", c)
	}
}

// More verbs of saying before a reported clause: "pointed out that",
// "hinted that", "disclosed that", "reiterated that"; "røpet at",
// "meddelte at", "slo fast at", "minnet om at", "klaget på at", "vitnet
// om at" — but "pointed out those features to attendees" says nothing.
func TestMoreVerbsBeforeAReportedClause(t *testing.T) {
	for _, v := range []string{"pointed out that", "hinted that", "disclosed that", "reiterated that"} {
		c := claimsOf(t, "Report\n\nThe committee is suing the agency, and Anna Berg "+v+" the agency mismanaged the evacuation badly.\n")
		if !hasClaim(c, "Anna Berg", "mismanaged the evacuation") {
			t.Errorf("%q: %v", v, c)
		}
	}
	for _, v := range []string{"røpet at", "meddelte at", "slo fast at", "minnet om at", "klaget på at", "vitnet om at", "garanterte at"} {
		c := claimsOf(t, "Rapport\n\nKomiteen saksøker etaten, og Anna Berg "+v+" etaten håndterte evakueringen svært dårlig.\n")
		if !hasClaim(c, "Anna Berg", "håndterte evakueringen") {
			t.Errorf("%q: %v", v, c)
		}
	}
	if c := claimsOf(t, "Art\n\nIn her opening remarks, Anna Berg pointed out the new paintings to the visitors in the hall.\n"); len(c["Anna Berg"]) > 0 {
		t.Errorf("pointing out things is no statement: %v", c)
	}
}

// A denial in the perfect is a denial too: "Kreml har gjentatte ganger
// avvist enhver innblanding", as "The Kremlin has repeatedly denied …".
func TestDenialInThePerfect(t *testing.T) {
	c := claimsOf(t, "Politikk\n\nKreml har gjentatte ganger avvist enhver innblanding i valget.\n")
	if !hasClaim(c, "Kremlin", "innblanding i valget") {
		t.Errorf("a denial in the perfect: %v", c)
	}
}

// A verb of saying that comes with a word making it something else says
// nothing (not_claims_with): "sa opp stillingen" resigns, "ønsket dem
// velkommen" welcomes, "takket ja til jobben" accepts — but "sier han
// vokste opp med …" still says. A means' infinitive after a comma states
// what its clause's subject states: "…, ved å hevde at …" (means_words).
func TestPhrasalVerbsThatSayNothing(t *testing.T) {
	c := claimsOf(t, "Nyheter\n\nOla Hansen sa opp stillingen som direktør i Telenor i går. Kari Lie ønsket de nye medlemmene velkommen til partiet. Per Berg takket ja til jobben som sjef i Equinor.\n")
	for _, who := range []string{"Ola Hansen", "Kari Lie", "Per Berg"} {
		if len(c[who]) > 0 {
			t.Errorf("%s says nothing: %v", who, c)
		}
	}
	c = claimsOf(t, "Sport\n\nStuperen Tom Dale sier han vokste opp med en følelse av å være annerledes enn alle andre.\n",
		"Nyheter\n\nEtter møtet var det en sint Kari Lie som sa opp barnevakten, ved å hevde at hun hadde gjort en dårlig jobb.\n")
	if !hasClaim(c, "Tom Dale", "vokste opp") || !hasClaim(c, "Kari Lie", "dårlig jobb") {
		t.Errorf("statements kept: %v", c)
	}
}

// "En talsmann for Telenor sier …": an indefinite title names no one the
// article titled so (not the Equinor spokesman named in the next
// sentence); the body it speaks for speaks, as in English.
func TestIndefiniteTitleNamesNoOne(t *testing.T) {
	c := claimsOf(t, "Uttalelser\n\nEn talsmann for Telenor sier at nettet er oppe igjen nå. Equinors talsmann Ola Dahl sier at alt er bra nå.\n")
	if !hasClaim(c, "Telenor", "nettet er oppe") || hasClaim(c, "Ola Dahl", "nettet er oppe") {
		t.Errorf("an indefinite title: %v", c)
	}
}

// "Han legger til at …", "la til at", "tilføyer at": what a speaker adds is
// a claim, as English's "added that" — but "la til rette for at" arranges.
func TestNorwegianAddsThat(t *testing.T) {
	c := claimsOf(t, "Krim\n\nStatsminister Jonas Gahr Støre sier til VG at regjeringen følger saken nøye. Han legger til at tryggheten i hovedstaden er svært viktig.\n",
		"Skole\n\nRektor Kari Holm sier til NRK at skolen er åpen igjen. Hun la til rette for at barna kunne leke ute hele dagen.\n")
	if !hasClaim(c, "Jonas Gahr Støre", "tryggheten i hovedstaden") || hasClaim(c, "Kari Holm", "barna kunne leke") {
		t.Errorf("what a speaker adds: %v", c)
	}
}

// A negated verb's claim keeps its negation: "Per Lie does not believe
// that the deal will hold" is no claim that it will; "tror ikke at".
func TestNegatedClaimKeepsItsNegation(t *testing.T) {
	c := claimsOf(t, "Deal\n\nPer Lie does not believe that the deal will hold through the winter.\n",
		"Avtale\n\nKari Holm tror ikke at avtalen vil holde gjennom vinteren.\n")
	if !hasClaim(c, "Per Lie", "not believe that the deal") || !hasClaim(c, "Kari Holm", "ikke at avtalen") {
		t.Errorf("a negated claim: %v", c)
	}
}

// A state's ministry by its portfolio is a body of its own, one key in
// both languages: "The Russian foreign ministry said …", "Russia's foreign
// ministry", "Det russiske utenriksdepartementet sa …", "Russlands
// utenriksdepartement" are the Russian Foreign Ministry — but "Chinese
// foreign ministry spokesman Zhao Lijian" speaks himself.
func TestStatesMinistryByItsPortfolio(t *testing.T) {
	c := claimsOf(t, "Talks\n\nThe Russian foreign ministry said that the talks had failed completely. Russia's foreign ministry said the talks were over for now.\n",
		"Samtaler\n\nDet russiske utenriksdepartementet sa at samtalene hadde mislyktes helt. Russlands utenriksdepartement sa at samtalene var over nå.\n",
		"Talks\n\nChinese foreign ministry spokesman Zhao Lijian said the talks were useful and constructive.\n")
	for _, words := range []string{"talks had failed", "talks were over", "samtalene hadde mislyktes", "samtalene var over"} {
		if !hasClaim(c, "Russian Foreign Ministry", words) {
			t.Errorf("%q is not the ministry's: %v", words, c)
		}
	}
	if !hasClaim(c, "Zhao Lijian", "useful and constructive") {
		t.Errorf("the ministry's spokesman: %v", c)
	}
}

// Ministries of different states stay apart, and a state's ministry the
// gazetteer knows is that body: "The Ukrainian defence ministry" is not
// "the Russian Ministry of Defence" named before it, "Ukrainas
// forsvarsdepartement" not "det russiske forsvarsdepartementet", and "the
// Norwegian defence ministry" is Forsvarsdepartementet.
func TestMinistriesOfDifferentStates(t *testing.T) {
	c := claimsOf(t, "War\n\nThe Russian Ministry of Defence said its troops had taken the town. The Ukrainian defence ministry said the claims were false. The Norwegian defence ministry said it would send ships.\n",
		"Krig\n\nDet russiske forsvarsdepartementet sa at troppene hadde tatt byen. Ukrainas forsvarsdepartement sa at påstandene var falske.\n")
	if !hasClaim(c, "Russian Defence Ministry", "taken the town") || !hasClaim(c, "Ukrainian Defence Ministry", "claims were false") ||
		!hasClaim(c, "Russian Defence Ministry", "tatt byen") || !hasClaim(c, "Ukrainian Defence Ministry", "påstandene var falske") ||
		!hasClaim(c, "Norwegian Ministry of Defence", "send ships") {
		t.Errorf("ministries of different states: %v", c)
	}
}

// Norwegian infinitives after a modal report a claim too, negation kept:
// "Han vil ikke love at …", "Hun vil ikke utelukke at …".
func TestNorwegianModalInfinitiveClaims(t *testing.T) {
	c := claimsOf(t, "Sak\n\nStatsminister Jens Stoltenberg var i Molde. Han vil ikke love at SV og Sp ikke stopper nye konsesjoner til gasskraftverk.\n\nKari Holm var i Bergen. Hun vil ikke utelukke at partiet går i regjering med Høyre.\n")
	if !hasClaim(c, "Jens Stoltenberg", "ikke love at SV") || !hasClaim(c, "Kari Holm", "ikke utelukke at partiet") {
		t.Errorf("modal infinitives: %v", c)
	}
	// a sentence adverb in the verb group: "Han vil nemlig ikke love at …"
	c = claimsOf(t, "Sak\n\nStatsminister Jens Stoltenberg var i Molde. Han vil nemlig ikke love at SV og Sp ikke stopper nye konsesjoner til gasskraftverk.\n",
		"Politics\n\nJens Stoltenberg was in Molde. He would certainly not promise that the party would stop new gas power plants.\n")
	if !hasClaim(c, "Jens Stoltenberg", "ikke love at SV") || !hasClaim(c, "Jens Stoltenberg", "not promise that") {
		t.Errorf("modal infinitives after an adverb: %v", c)
	}
}

// English infinitives after a modal or a refusal report a claim, the
// negation or refusal kept: "He would not promise that …", "She did not
// rule out that …", "declined to confirm that …", "nektet å bekrefte at …".
func TestRefusedAndNegatedInfinitiveClaims(t *testing.T) {
	c := claimsOf(t, "Politics\n\nJens Stoltenberg was in Molde. He would not promise that the party would stop new gas power plants. Kari Holm was in Bergen. She did not rule out that the party could join a government with the Conservatives. Per Lie declined to confirm that the company would sell the factory in Moss.\n",
		"Sak\n\nAnne Dahl nektet å bekrefte at selskapet skal selge fabrikken i Moss.\n")
	if !hasClaim(c, "Jens Stoltenberg", "not promise that") || !hasClaim(c, "Kari Holm", "not rule out that") ||
		!hasClaim(c, "Per Lie", "declined to confirm that") || !hasClaim(c, "Anne Dahl", "nektet å bekrefte at") {
		t.Errorf("refused and negated infinitives: %v", c)
	}
}

// A report speaks for whoever issued it: "Amnesty International published
// a report … The report said that …", "Ifølge rapporten …", "– …, heter
// det i reportasjen." after "Der Spiegel skrev om filmen".
func TestReportSpeaksForItsIssuer(t *testing.T) {
	c := claimsOf(t, "Camps\n\nAmnesty International published a report on Monday. The report said that prisoners had been tortured in three camps.\n",
		"Leirer\n\nHuman Rights Watch la fram en rapport mandag. Ifølge rapporten er fanger blitt torturert i fem leirer.\n",
		"Film\n\nDer Spiegel skrev om filmen fredag.\n\n– Et kinobesøk som utviklet seg til ren tortur for alle, heter det i reportasjen.\n")
	if !hasClaim(c, "Amnesty International", "tortured in three camps") || !hasClaim(c, "Human Rights Watch", "torturert i fem leirer") || !hasClaim(c, "Der Spiegel", "ren tortur") {
		t.Errorf("a report's issuer: %v", c)
	}
}

// A junta is the military government of the state the story is about,
// one per state: "Ifølge militærregimet …", "According to the junta, …"
// in a story about Mali are the Malian military junta's.
func TestJuntaOfTheStoryState(t *testing.T) {
	c := claimsOf(t, "Mali\n\nMilitæret tok makten i Mali i mars. Ifølge militærregimet vil en ny statsminister snart bli utnevnt.\n",
		"Mali\n\nThe military seized power in Mali in March. According to the junta, a new prime minister will be appointed soon.\n")
	if !hasClaim(c, "Malian military junta", "ny statsminister") || !hasClaim(c, "Malian military junta", "new prime minister") {
		t.Errorf("the junta: %v", c)
	}
}

// A text written question and answer, a sentence a line: the
// interviewer's questions are no one's claims, and an unattributed answer
// is the person the narrative line before it (or before the question) is
// about, not the last person quoted.
func TestInterviewAnswersGoToThePersonIntroduced(t *testing.T) {
	d := extractText(t, "Boka\n\n"+
		"Kritikeren Anne Holm mener boka kan diskuteres.\n"+
		"- Det er viktig å være klar over at forfatteren gir uttrykk for mange meninger.\n"+
		"Forlagets sjef Geir Lunde er tilbakeholden med å røpe noe av innholdet.\n"+
		"- Har det hele tida vært planen å skrive om krigen?\n"+
		"- Nei, det tror jeg ikke.\n"+
		"Forfatterens redaktør Kari Berg svarer også.\n"+
		"- Vi slapp boka fra forlaget i fjor, forteller de.\n")
	c := claimsBy(d)
	if !hasClaim(c, "Anne Holm", "klar over") {
		t.Errorf("the answer after 'Anne Holm mener …' is not hers: %v", c)
	}
	if !hasClaim(c, "Geir Lunde", "tror jeg ikke") {
		t.Errorf("the answer after the question is not Geir Lunde's: %v", c)
	}
	for speaker, texts := range c {
		for _, text := range texts {
			if strings.Contains(text, "planen") {
				t.Errorf("the interviewer's question is a claim of %s's: %q", speaker, text)
			}
			if strings.Contains(text, "slapp") {
				t.Errorf("a quote '…, forteller de' went to %s: %q", speaker, text)
			}
		}
	}
}

// An unattributed answer in text written a sentence a line runs on over
// the sentences after it, up to a line about someone, a heading or the
// next quote.
func TestAnswerRunsOnOverItsLines(t *testing.T) {
	c := claimsOf(t, "Boka\n\n"+
		"Forlagssjef Geir Lunde er tilbakeholden med å røpe noe.\n"+
		"- Nei, det tror jeg ikke.\n"+
		"Jeg vet ikke.\n"+
		"Ting har nok kommet etter hvert.\n"+
		"Lunde smiler lurt.\n"+
		"Han går mot døra.\n"+
		"Kritikken\n"+
		"- Men det er bare noe jeg tror.\n")
	found := false
	for _, text := range c["Geir Lunde"] {
		found = found || strings.Contains(text, "tror jeg ikke") && strings.Contains(text, "etter hvert")
		for _, w := range []string{"smiler", "døra", "Kritikken"} {
			if strings.Contains(text, w) {
				t.Errorf("the answer runs on into the narrative (%q): %q", w, text)
			}
		}
	}
	if !found {
		t.Errorf("the answer's three lines are not one claim of Geir Lunde's: %v", c)
	}
}

// A complaint speaks for whoever filed it, not for the body it was filed
// with ("The complaint, filed with the United States Department of
// Housing, accuses …"), and a participle's statement after a verb and
// its object is the subject's ("X is suing Y, charging that …").
func TestComplaintSpeaksForItsFiler(t *testing.T) {
	c := claimsOf(t, "Housing\n\nThe Crescent City Tenants Union filed a complaint against HANO on Monday. The complaint, filed with the United States Department of Housing and Urban Development, accuses HANO of violating a 2003 enforcement agreement. The current complaints allege that HANO has not offered former residents a preference.\n",
		"Bolig\n\nLeieboerforeningen i Bergen leverte en klage mot Bergen kommune mandag. Klagen hevder at kommunen har brutt avtalen fra 2003.\n",
		"Suit\n\nThe Arab American Rights League is suing Jane Whitfield and Tom Carver, charging that they mismanaged the evacuation.\n")
	if !hasClaim(c, "Crescent City Tenants Union", "violating") || !hasClaim(c, "Crescent City Tenants Union", "not offered") {
		t.Errorf("the complaints are not the union's: %v", c)
	}
	if !hasClaim(c, "Leieboerforeningen", "brutt avtalen") && !hasClaim(c, "Leieboerforeningen i Bergen", "brutt avtalen") {
		t.Errorf("the Norwegian complaint is not the association's: %v", c)
	}
	if !hasClaim(c, "Arab American Rights League", "mismanaged") {
		t.Errorf("'is suing X, charging that' is not the league's: %v", c)
	}
	for _, who := range []string{"US Department of Housing and Urban Development", "Jane Whitfield"} {
		if len(c[who]) > 0 {
			t.Errorf("%s made a claim: %v", who, c[who])
		}
	}
}

// Kind nouns news uses for companies stand for the company named before:
// "the mighty corporation promised …", "the tech giant said …",
// "produsenten opplyser …".
func TestCompanyKindNouns(t *testing.T) {
	c := claimsOf(t, "Water\n\nKerala Bottling Corporation built a plant in a village in Kerala. In exchange for the water, the mighty corporation promised to bring the people great wealth.\n",
		"Phones\n\nSamsung Electronics sold fewer phones this year. The tech giant said that demand would recover in the spring.\n",
		"Biler\n\nTesla har stanset leveransene til Norge. Produsenten opplyser at bilene kommer i mars.\n")
	if !hasClaim(c, "Kerala Bottling Corporation", "great wealth") || !hasClaim(c, "Samsung", "demand would recover") || !hasClaim(c, "Tesla", "kommer i mars") {
		t.Errorf("company kind nouns: %v", c)
	}
}

// "the prime minister said" after the article named the state's known
// head without the title (a title of two words); English press writes
// "Store" for "Støre".
func TestTwoWordTitleStandsForKnownHead(t *testing.T) {
	c := claimsOf(t, "Story\n\nJonas Gahr Store met the press on Monday.\n\"This is a dark day,\" the prime minister said.\n")
	if !hasClaim(c, "Jonas Gahr Støre", "dark day") {
		t.Errorf("'the prime minister' is not the known head: %v", c)
	}
}

// "X said …, according to Al Jazeera": X's statement, the medium only
// its source, and the claim ends before it.
func TestStatementWithMediumAsSource(t *testing.T) {
	c := claimsOf(t, "Story\n\nThe talks went on in Cairo on Monday.\nHamas said it had accepted the ceasefire proposal, according to Al Jazeera.\n",
		"Sak\n\nSamtalene fortsatte i Kairo mandag, og det er ikke klart hva som skjer nå.\nHamas sa at de hadde akseptert forslaget om våpenhvile, ifølge Al Jazeera.\n")
	if !hasClaim(c, "Hamas", "accepted the ceasefire") || !hasClaim(c, "Hamas", "akseptert forslaget") {
		t.Errorf("the statement is not Hamas's: %v", c)
	}
	for _, text := range c["Hamas"] {
		if strings.Contains(text, "Jazeera") {
			t.Errorf("the claim runs on into its source: %q", text)
		}
	}
	if len(c["Al Jazeera"]) > 0 {
		t.Errorf("the medium made the claim: %v", c)
	}
}

// "- Oi oi oi!\nNå ble jeg glad! jubler X.": an exclamation's mark before
// a lower-case verb of saying ends no sentence, and the dash quote runs
// on to the line that names its speaker.
func TestExclamationThenVerbOfSaying(t *testing.T) {
	c := claimsOf(t, "Sak\n\nBegge leire tar målingen til inntekt, og begge hevder de driver folkeopplysning.\n- Oi oi oi!\nNå ble jeg glad! jubler SVs Bjørn Jacobsen.\nHan har drevet valgkamp i fylket.\n")
	if !hasClaim(c, "Bjørn Jacobsen", "Oi oi oi") || !hasClaim(c, "Bjørn Jacobsen", "glad") {
		t.Errorf("the exclamations are not Bjørn Jacobsen's: %v", c)
	}
}

// A narrative line about someone by pronoun sets who answers after it:
// "Han vil bygge …\n- Er du overrasket?\n- Nei, …".
func TestAnswerAfterPronounLine(t *testing.T) {
	c := claimsOf(t, "Gass\n\n- Vi har fått fram budskapet vårt, sier Bjørn Jacobsen.\nPetter Løvik (H) har et helt annet syn på gasskraft.\nHan vil bygge gasskraftverk nå, med dagens teknologi.\n- Er du overrasket over at skepsisen er så stor?\n- Nei, ikke slik spørsmålet er stilt i denne målingen.\n")
	if !hasClaim(c, "Petter Løvik", "spørsmålet er stilt") {
		t.Errorf("the answer is not Petter Løvik's: %v", c)
	}
}

// A quote set as a headline (a dash line with no final stop) is the
// speaker's the lead below it is about, not the person the text before
// was about.
func TestHeadlineQuoteThenLead(t *testing.T) {
	c := claimsOf(t, "Portrett\n\nPer Olsen er sykmeldt fra jobben som ordfører.\n- Bedre å kjøpe en veske enn aksjer\nKari Fardal håper ranere stjeler innholdet og ikke selve veska.\n")
	if !hasClaim(c, "Kari Fardal", "veske enn aksjer") {
		t.Errorf("the headline quote is not Kari Fardal's: %v", c)
	}
	if hasClaim(c, "Per Olsen", "veske") {
		t.Errorf("the headline quote went to the person before: %v", c)
	}
}

// A person named after titles and a people's adjective opening the line
// before ("Den albanske ambassadøren Aleksander Sallabanda fulgte opp") is
// whom "sa han" after the next quote means, not the last speaker.
func TestTitledOpeningNameIsThePronounsAntecedent(t *testing.T) {
	c := claimsOf(t, "Sak\n\n- Vi er innstilt på å ta vår andel av ansvaret, sa Kroatias ambassadør Kolinda Grabar-Kitarovic under seremonien.\nDen albanske ambassadøren Aleksander Sallabanda fulgte opp\n- Som NATO-medlemsland er Albania beredt til å ta opp alle utfordringer, sa han.\n")
	if !hasClaim(c, "Aleksander Sallabanda", "beredt") {
		t.Errorf("'sa han' is not the ambassador named before: %v", c)
	}
}

// A quote attributed to someone kg cannot name goes to no one, however
// the attribution goes on ("…, sa en beboer som ikke ville stå fram med
// navn.", "…, sa hun, og la til at …" where no woman was named).
func TestUnnamedAttributionGoesToNoOne(t *testing.T) {
	c := claimsOf(t, "Sak\n\nJonas Gahr Støre møtte pressen mandag i Oslo, der det ikke er klart hva som skjer nå.\n– Det er en katastrofe, sa en beboer som ikke ville stå fram med navn.\n",
		"Sak\n\nJonas Gahr Støre møtte pressen mandag i Oslo, der det ikke er klart hva som skjer nå.\n– Vi skal bygge opp igjen, sa hun, og la til at regjeringen vil hjelpe.\n")
	for speaker, texts := range c {
		for _, text := range texts {
			if strings.Contains(text, "katastrofe") || strings.Contains(text, "bygge opp") {
				t.Errorf("%s made an unnamed speaker's claim: %q", speaker, text)
			}
		}
	}
}

// `"…," the UN Secretary-General, António Guterres, told reporters`: the
// quote ends at its mark, the title with a body's name before the person.
func TestQuoteThenTitledNameInCommas(t *testing.T) {
	c := claimsOf(t, "Story\n\nThe talks were held in Geneva on Monday.\n\"There is no military solution,\" the UN Secretary-General, António Guterres, told reporters.\n")
	texts := c["António Guterres"]
	if len(texts) != 1 || texts[0] != "There is no military solution" {
		t.Errorf("the quote is not Guterres's alone: %v", c)
	}
}

// "says she is relieved that …": the statement is her clause from its
// subject, not only what follows "that" ("han tviler på at …" likewise).
func TestStatementFromItsSubjectBeforeThat(t *testing.T) {
	c := claimsOf(t, "Story\n\nThe case was discussed in Oslo on Monday, and it is not clear what happens now.\nAnne Lie says she is relieved that the trial is over.\n",
		"Sak\n\nSaken ble diskutert i Oslo mandag, og det er ikke klart hva som skjer nå.\nAnne Lie sier at hun er lettet over at rettssaken er over. Ola Dahl sier i en pressemelding at saken er avsluttet.\n")
	if !hasClaim(c, "Anne Lie", "she is relieved that the trial") || !hasClaim(c, "Anne Lie", "hun er lettet") {
		t.Errorf("the statement lost its subject: %v", c)
	}
	for _, text := range c["Ola Dahl"] {
		if strings.HasPrefix(text, "i en pressemelding") {
			t.Errorf("a Norwegian 'i' read as a pronoun: %q", text)
		}
	}
}

// "Ifølge Statistisk sentralbyrå …": a source whose name goes on in lower
// case is the whole name.
func TestAccordingToANameWithLowerCaseWords(t *testing.T) {
	c := claimsOf(t, "Sak\n\nSaken ble diskutert i Oslo mandag, og det er ikke klart hva som skjer nå.\nIfølge Statistisk sentralbyrå steg arbeidsledigheten i mars.\n")
	if !hasClaim(c, "Statistics Norway", "arbeidsledigheten") {
		t.Errorf("no claim of Statistics Norway's: %v", c)
	}
}

// A speaker's own "…, mener jeg, …" inside an answer attributes it to no
// one else: the answer stays the speaker's.
func TestFirstPersonParentheticalKeepsTheSpeaker(t *testing.T) {
	c := claimsOf(t, "Sak\n\nForlagssjef Geir Lunde er tilbakeholden med å røpe noe.\n- Det er vanskelig, mener jeg, å si noe om boka nå.\n")
	if !hasClaim(c, "Geir Lunde", "vanskelig") {
		t.Errorf("the answer lost its speaker: %v", c)
	}
}

// An answer runs on over its lines, but not over a line where a named
// body states something of its own: "Regjeringen mener at …" is the
// government's claim.
func TestAnswerStopsAtABodysStatement(t *testing.T) {
	c := claimsOf(t, "Sak\n\nForlagssjef Geir Lunde er tilbakeholden med å røpe noe.\n- Nei, det tror jeg ikke.\nRegjeringen mener at boka bør trykkes.\n")
	if !hasClaim(c, "Geir Lunde", "tror jeg ikke") {
		t.Errorf("the answer is not Geir Lunde's: %v", c)
	}
	for _, text := range c["Geir Lunde"] {
		if strings.Contains(text, "Regjeringen") {
			t.Errorf("the answer swallowed the government's statement: %q", text)
		}
	}
}

// A dash quote looks far ahead for the line that names its speaker, but
// not past a line of the narrative four lines on.
func TestDashQuoteDoesNotReachPastTheNarrative(t *testing.T) {
	c := claimsOf(t, "Sak\n\nKari Holm var i Bergen.\n- Vi er glade for avtalen.\nDen ble signert i går.\nDen gjelder i fem år.\nDen gir mer penger.\nBergen kommune har i lang tid ventet på avtalen.\nDette er en viktig dag, sier ordføreren Per Lie.\n")
	for _, text := range c["Per Lie"] {
		if strings.Contains(text, "glade for avtalen") {
			t.Errorf("the quote reached the mayor's line past the narrative: %q", text)
		}
	}
}

// A headline "Name: statement" is a claim when the words after the colon
// are quoted — a dash or a quotation mark opens them, or the speaker's own
// pronoun is among them — and a topic otherwise ("Bernard Vann: WW1
// cleric celebrated").
func TestHeadlineColonQuotes(t *testing.T) {
	c := claimsOf(t, "Støre: – Vi må kutte i bistanden\n\nStatsminister Jonas Gahr Støre la fram statsbudsjettet mandag. Det er ikke klart hva som skjer nå.\n",
		"Trump: We will win this war\n\nPresident Donald Trump spoke in Ohio on Monday. It was reported by the agency.\n",
		"Bernard Vann: WW1 cleric celebrated\n\nThe town remembered Bernard Vann on Sunday. It was reported by the agency.\n")
	if texts := c["Jonas Gahr Støre"]; len(texts) != 1 || texts[0] != "Vi må kutte i bistanden" {
		t.Errorf("the Norwegian headline's quote: %v", c)
	}
	if !hasClaim(c, "Donald Trump", "win this war") {
		t.Errorf("the English headline's quote: %v", c)
	}
	if len(c["Bernard Vann"]) > 0 {
		t.Errorf("a topic headline is a claim: %v", c)
	}
}

// Stances read through a verb's particles: "lurer på om", "åpnet for at",
// "har gått ut for å", "wonders whether", "opened the door to", "has come
// out against".
func TestStanceParticles(t *testing.T) {
	c := claimsOf(t, "Sak\n\nOla Berg lurer på om kommunen har råd til den nye hallen. Han er leder i idrettslaget.\n",
		"Sak\n\nStatsminister Kari Nordmann åpnet for at regjeringen kan øke bistanden neste år. Det skjedde på et møte i Oslo.\n",
		"Sak\n\nSenterpartiet har gått ut for å beholde alle sykehusene i fylket. Partiet fikk mange nye medlemmer.\n",
		"Story\n\nPrime Minister Anna Holt opened the door to more aid for the region next year. It happened at a meeting in Oslo.\n",
		"Story\n\nThe Centre Party has come out against the closure of the hospitals in the region. The party won many new members.\n")
	wantClaims(t, c, [][2]string{{"Ola Berg", "råd til den nye hallen"}, {"Kari Nordmann", "øke bistanden"}, {"Centre Party", "beholde alle sykehusene"},
		{"Anna Holt", "more aid for the region"}, {"Centre Party", "closure of the hospitals"}})
}

// "Ifølge Arbeiderpartiets partisekretær …" is the person the article named
// with that title, not the party, and the claim starts after the title.
func TestAccordingToABodysTitle(t *testing.T) {
	c := claimsOf(t, "Sak\n\nArbeiderpartiets partisekretær Martin Lund besøkte Molde i går. Han møtte lokale politikere på rådhuset. Ifølge Arbeiderpartiets partisekretær kan partiet vinne valget hvis det står samlet.\n")
	if texts := c["Martin Lund"]; len(texts) != 1 || !strings.HasPrefix(texts[0], "kan partiet vinne valget") {
		t.Errorf("the party secretary's claim: %v", c)
	}
}

// A sentence that only attributes the one before it: after a title ("Dette
// sier rektor Per Dahl"), with the speaker before the verb ("That is what
// headmaster Per Dahl told the Bergen Times") or as a passive's agent
// ("This was confirmed by police inspector Kari Holm", "Dette ble bekreftet
// av …").
func TestDemonstrativeAttributions(t *testing.T) {
	c := claimsOf(t, "Sak\n\nSkolen har fått mange nye lærere i år. Dette sier rektor Per Dahl. Han er fornøyd med året.\n",
		"Sak\n\nDen mistenkte ble pågrepet hjemme mandag kveld. Dette ble bekreftet av politiinspektør Kari Holm overfor NTB. Hun leder etterforskningen.\n",
		"Story\n\nThe school has hired new teachers this year. That is what headmaster Anne Lie told the Bergen Times. She is pleased with the year.\n",
		"Story\n\nThe suspect was arrested at his home on Monday evening. This was confirmed by police inspector Ola Moe to the Times. He leads the investigation.\n")
	wantClaims(t, c, [][2]string{{"Per Dahl", "nye lærere"}, {"Kari Holm", "pågrepet hjemme"}, {"Anne Lie", "new teachers"}, {"Ola Moe", "arrested at his home"}})
	if hasClaim(c, "Anne Lie", "Bergen Times") {
		t.Errorf("the addressee is the claim: %v", c)
	}
}

// A name-calling verb makes a sentence its subject's claim with a quote of
// any length, the verb one to three words before it ("kalte planen «et
// angrep på distriktene»").
func TestNamingVerbBeforeALongerQuote(t *testing.T) {
	c := claimsOf(t, "Sak\n\nOrdfører Per Dahl kalte planen «et angrep på distriktene». Han er ordfører i Lom.\n",
		"Sak\n\nKari Holm kaller forslaget for «en skam for hele landet». Hun er leder i partiet.\n")
	wantClaims(t, c, [][2]string{{"Per Dahl", "angrep på distriktene"}, {"Kari Holm", "skam for hele landet"}})
}

// Views and stances: "In Per Dahl's view, …", "Etter Kari Holms mening
// er …", "har lenge ment at", "er ikke i tvil om at", "has no doubt that";
// an attribution naming who the speaker is ("Det mener Kari Holm, som er
// leder i Venstre.") or with the speaker after a source's phrase ("That is
// the view of X, who …", "Det er budskapet fra X til regjeringen").
func TestViewsAndSourcePhrases(t *testing.T) {
	c := claimsOf(t, "Story\n\nIn Per Dahl's view, it is too late to save the club. He is the head of the club.\n",
		"Sak\n\nEtter Kari Holms mening er det for sent å redde klubben. Hun er leder i klubben.\n",
		"Sak\n\nOla Berg har lenge ment at skatten er for høy. Han er leder i Frp.\n",
		"Sak\n\nSiri Moe er ikke i tvil om at klubben vil rykke opp. Hun er trener for laget.\n",
		"Story\n\nAnne Lie has no doubt that the team will be promoted. She coaches the team.\n",
		"Sak\n\nSkatten på bensin må ned med en krone. Det mener Lise Dahl, som er leder i Venstre. Hun har vært leder i fire år.\n",
		"Story\n\nThe tax on petrol must come down by a pound. That is the view of Eva Holm, who leads the Liberal Party. She has led it for four years.\n",
		"Sak\n\nStrømprisen må ned før vinteren kommer. Det er budskapet fra Tor Lie til regjeringen. Han har vært leder i fire år.\n")
	wantClaims(t, c, [][2]string{{"Per Dahl", "too late to save the club"}, {"Kari Holm", "for sent å redde klubben"}, {"Ola Berg", "skatten er for høy"},
		{"Siri Moe", "klubben vil rykke opp"}, {"Anne Lie", "team will be promoted"}, {"Lise Dahl", "Skatten på bensin"}, {"Eva Holm", "tax on petrol"}, {"Tor Lie", "Strømprisen må ned"}})
}

// A claim's text is the article's own writing, not the text whose marks
// kg moved to read it ("Hamas 's position" stays so); a title a naming
// verb names is no statement (`called 'A Charge to Keep.'`).
func TestClaimTextAsWrittenAndNamedTitles(t *testing.T) {
	c := claimsOf(t, "Story\n\n\"We 're not happy with Hamas 's position at this stage ,\" said Khader Habib , a senior official .\n",
		"Story\n\nIt's a Western scene by a painter named Anne Koerner called 'A Charge to Keep.' It was reported by the agency on Monday.\n")
	if texts := c["Khader Habib"]; len(texts) != 1 || !strings.Contains(texts[0], "Hamas 's position") {
		t.Errorf("the claim's text: %v", c)
	}
	if len(c["Anne Koerner"]) > 0 {
		t.Errorf("a named title is a statement: %v", c)
	}
}

// A list of speakers may mix bodies and states ("både FN og USA ber om
// tilbakeholdenhet": both ask), and a body that calls someone names makes
// a claim as a person does.
func TestMixedSpeakerListsAndBodiesNaming(t *testing.T) {
	c := claimsOf(t, "Sak\n\nMange foretrekker forhandlinger, og både FN og USA ber om tilbakeholdenhet i konflikten. Det er ikke klart hva som skjer nå.\n",
		"Sak\n\nDet nordkoreanske utenriksdepartementet protesterte og kalte Clinton en «rar dame». Det er ikke klart hva som skjer nå.\n")
	wantClaims(t, c, [][2]string{{"United Nations", "tilbakeholdenhet"}, {"United States", "tilbakeholdenhet"}, {"North Korean Foreign Ministry", "rar dame"}})
}

// A dash quote opened after a colon inside a line is its speaker's: "Kari
// Holm reagerer med vantro: – Dette er helt uhørt, sier hun."
func TestDashQuoteAfterAColon(t *testing.T) {
	c := claimsOf(t, "Sak\n\nPer Dahl var i Oslo. Kari Holm reagerer med vantro på forslaget: – Dette er helt uhørt, sier hun. Det er ikke klart hva som skjer nå.\n",
		"Sak\n\nOla Berg svarte kort: – Vi kommer ikke til å gi oss, sier Ola Berg til NTB. Det er ikke klart hva som skjer nå.\n")
	if texts := c["Kari Holm"]; len(texts) != 1 || texts[0] != "Dette er helt uhørt" {
		t.Errorf("the quote after the colon: %v", c)
	}
	if !hasClaim(c, "Ola Berg", "Vi kommer ikke til å gi oss") {
		t.Errorf("the named speaker's quote: %v", c)
	}
}

// Unnamed lawmakers of a party speak for it, as its officials do: "Labour
// MPs said …", "Flere Ap-politikere sier …"; one lawmaker alone is no
// party's voice.
func TestLawmakersOfAParty(t *testing.T) {
	c := claimsOf(t, "Story\n\nThe assembly will vote on the name. Labour MPs said the change was a waste of money. It was reported by the agency on Monday.\n",
		"Story\n\nThe assembly will vote on the name. A Labour MP said the change was a waste of time. It was reported by the agency on Monday.\n")
	if !hasClaim(c, "Labour Party", "waste of money") {
		t.Errorf("the party's MPs: %v", c)
	}
	if hasClaim(c, "Labour Party", "waste of time") {
		t.Errorf("one MP spoke for the party: %v", c)
	}
}

// A verb of saying in a clause joined after a comma says what follows it,
// not the clause before ("The couple became parents in June, and Daley
// said his whole perspective had changed"); a possessive opens a reported
// clause ("said his … had changed").
func TestCoordinatedSayingClause(t *testing.T) {
	c := claimsOf(t, "Story\n\nTom Daley married in 2017. The couple became parents in June, and Daley said his \"whole perspective\" had changed. It was reported by the agency on Monday.\n")
	if texts := c["Tom Daley"]; len(texts) != 1 || !strings.Contains(texts[0], "perspective\" had changed") {
		t.Errorf("Daley's claim: %v", c)
	}
}

// "U.S. officials have not said why the team was initially denied visas,
// but Ambassador X says …": the claim is X's, after the conjunction — a
// passive past its adverb ("was initially denied") is no one's denial.
func TestNegatedSayingThenAnotherSpeaker(t *testing.T) {
	c := claimsOf(t, "Story\n\nCiting privacy rules, U.S. officials have not said why the team was initially denied visas, but Afghan Ambassador Hamdullah Mohib says there were concerns they would stay in the United States. It was reported by the agency on Monday.\n")
	if texts := c["Hamdullah Mohib"]; len(texts) != 1 || !strings.HasPrefix(texts[0], "there were concerns") {
		t.Errorf("the ambassador's claim: %v", c)
	}
	if len(c["United States"]) > 0 {
		t.Errorf("officials who said nothing: %v", c)
	}
}

// Hopes and fears without "that", encouragement of people named by a
// noun, and a court's ruling are claims: "X hopes the results will
// reveal …", "has encouraged the public to pitch in", "the Pennsylvania
// Supreme Court ruled in January that …".
func TestHopesEncouragementAndRulings(t *testing.T) {
	c := claimsOf(t, "Story\n\nRob Dewar, nature conservation adviser for NTS, hopes the results will reveal which areas of habitat matter most. It was reported by the agency on Monday.\n",
		"Story\n\nElisabeth Ferrell, Scottish officer for the Bat Conservation Trust, has encouraged the public to pitch in to help. It was reported by the agency on Monday.\n",
		"Story\n\nThe maps were redrawn after the Pennsylvania Supreme Court ruled in January that the old districts were unconstitutionally gerrymandered. It was reported by the agency on Monday.\n")
	wantClaims(t, c, [][2]string{{"Rob Dewar", "results will reveal"}, {"Elisabeth Ferrell", "pitch in to help"}, {"Pennsylvania Supreme Court", "old districts were"}})
}

// Norwegian attributions English read: a subject with a bracketed age and
// a relative clause ("Kari Holm (37) som er programleder i X, annonserte …
// at"), a medium reporting after the statement (", rapporterte South
// China Morning Post på søndag"), "Som X sier, …", and estimates.
func TestNorwegianAttributionsEnglishRead(t *testing.T) {
	c := claimsOf(t, "Sak\n\nKari Holm (37) som er programleder i This Morning, annonserte på Instagram at hun forlater selskapet. Det er ikke klart hva som skjer nå.\n",
		"Sak\n\nMannen ble funnet død nær en binge på markedet i Liupanshui, rapporterte South China Morning Post på søndag. Det er ikke klart hva som skjer nå.\n",
		"Sak\n\nMen som Jordan Spieth sier føler amerikanerne at de har fått vind i seilene igjen. Det er ikke klart hva som skjer nå.\n",
		"Sak\n\nGruppen Global Citizen estimerer at finansieringen har hatt en direkte innvirkning for 649 millioner mennesker. Det er ikke klart hva som skjer nå.\n")
	wantClaims(t, c, [][2]string{{"Kari Holm", "hun forlater selskapet"}, {"South China Morning Post", "funnet død"}, {"Jordan Spieth", "vind i seilene"}, {"Global Citizen", "direkte innvirkning"}})
}

// A stance's particles may come after adverbs ("har gått nesten like
// sterkt ut for å beholde …"), and a party marks its no ("har allerede
// markert sitt nei til …").
func TestParticlesPastAdverbsAndMarkedStances(t *testing.T) {
	c := claimsOf(t, "Sak\n\nSp har gått nesten like sterkt ut for å beholde kontantstøtten for ettåringer. Det er ikke klart hva som skjer nå.\n",
		"Sak\n\nSV har allerede markert sitt nei til oljeaktivitet utenfor Lofoten. Det er ikke klart hva som skjer nå.\n")
	wantClaims(t, c, [][2]string{{"Centre Party", "beholde kontantstøtten"}, {"Socialist Left Party", "oljeaktivitet utenfor Lofoten"}})
}

// Statements without "that" after "stated", interest expressed, warnings
// of something, estimates and welcomes are claims; a participle after a
// genitive is an adjective ("Willoughby's estimated fortune"), but a name
// ending in "'s" still speaks ("Sainsbury's said").
func TestMoreEnglishStatementVerbs(t *testing.T) {
	c := claimsOf(t, "Story\n\nChrysler filed for bankruptcy. In a court filing on Thursday, the firm stated its network has too many dealers. It was reported by the agency on Monday.\n",
		"Story\n\nKathryn Waters, director of the gallery, expressed interest in further donations from the foundation. It was reported by the agency on Monday.\n",
		"Story\n\nThe business was tipped to double Holly Willoughby's estimated £11 million fortune. It was reported by the agency on Monday.\n",
		"Story\n\nSainsbury's said it would double the size of its beauty offering. It was reported by the agency on Monday.\n")
	wantClaims(t, c, [][2]string{{"Chrysler", "too many dealers"}, {"Kathryn Waters", "further donations"}, {"Sainsbury's", "double the size"}})
	if len(c["Holly Willoughby"]) > 0 {
		t.Errorf("an adjective after a genitive made a claim: %v", c)
	}
}

func TestPronounOfTheStatementIsNotItsSpeaker(t *testing.T) {
	// "Han forstår ingenting …, sier han": the statement's own "han" is
	// the man spoken of, so the one who says it is the man quoted before
	c := claimsOf(t, "Puben\n\nAnders Moe tenner en sigar på puben i Cork.\n"+
		"– Røykeloven er en skam, sier Anders Moe.\n"+
		"Helseminister Per Dahl må være en mann uten sans for livets gleder?\n"+
		"Han skjønner ingenting av livet på en pub, sier han.\n")
	wantClaims(t, c, [][2]string{{"Anders Moe", "skjønner ingenting"}})
	if hasClaim(c, "Per Dahl", "skjønner ingenting") {
		t.Errorf("the man the statement is about said it: %v", c)
	}
	// a statement opening with the speaker's "vi" keeps the pronoun's reading
	c = claimsOf(t, "Puben\n\nAnders Moe tenner en sigar på puben i Cork.\n"+
		"– Røykeloven er en skam, sier Anders Moe.\n"+
		"Helseminister Per Dahl svarer i et intervju.\n"+
		"Vi skjønner ham godt, og loven blir ikke endret, sier han.\n")
	wantClaims(t, c, [][2]string{{"Per Dahl", "loven blir ikke endret"}})
}

func TestFourWordStatementBeforeItsSpeaker(t *testing.T) {
	// four words before ", sier han" are a statement when one of them
	// says something; "Det er vi også" is a mere reply
	c := claimsOf(t, "Hjemme\n\nOle Hansen viser oss rundt i kjelleren.\nMetallica er favorittbandet mitt, forteller han.\n")
	wantClaims(t, c, [][2]string{{"Ole Hansen", "Metallica er favorittbandet"}})
	c = claimsOf(t, "Hjemme\n\nOle Hansen viser oss rundt i kjelleren.\nDet er vi også, sier Kari Lie.\n")
	if len(c["Kari Lie"]) > 0 {
		t.Errorf("a reply of function words taken for a statement: %v", c)
	}
	// the speaker's titles before the name are no statement
	c = claimsOf(t, "Deal\n\nVestland Capital endorsed the offer. Its founder and chairman, Anders Myhre, who also sits on the board of Kestrel, said he had agreed to sell.\n")
	if hasClaim(c, "Anders Myhre", "founder and chairman") || !hasClaim(c, "Anders Myhre", "agreed to sell") {
		t.Errorf("the titles before a name taken for the statement: %v", c)
	}
}

func TestQuoteAfterANameAndAColon(t *testing.T) {
	// the line before ends with a person's name and a colon: the quote
	// (or dash quote) on the next line is theirs, not the last speaker's
	for _, open := range []string{"«Jeg forstår at dette gjør inntrykk på mange.»", "– Jeg forstår at dette gjør inntrykk på mange."} {
		c := claimsOf(t, "Saken\n\n– Dommen er feil, sier Per Bertelsen.\nAvisen får støtte av Trygdeetatens direktør, Tor Langbach:\n"+open+"\n")
		wantClaims(t, c, [][2]string{{"Tor Langbach", "gjør inntrykk"}})
		if hasClaim(c, "Per Bertelsen", "gjør inntrykk") {
			t.Errorf("the last speaker took the quote after another's name: %v", c)
		}
	}
}

func TestSpeakingForSomethingIsAClaim(t *testing.T) {
	nb := claimsOf(t, "Veien\n\nOrdfører Arne Sandnes talte for helårsvei mellom Tafjord og Grotli.\nFylkesleder Kari Holm tok til orde for en ny bru over fjorden.\nSV har uttrykt at det er et problem med friskoler.\n")
	wantClaims(t, nb, [][2]string{{"Arne Sandnes", "helårsvei"}, {"Kari Holm", "ny bru"}, {"Socialist Left Party", "problem med friskoler"}})
	en := claimsOf(t, "The road\n\nMayor Arne Sandnes spoke out for a year-round road between Tafjord and Grotli.\nCouncillor Kari Holm spoke in favour of a new bridge over the fjord.\nLabour has expressed that the reform is a mistake.\n")
	wantClaims(t, en, [][2]string{{"Arne Sandnes", "year-round road"}, {"Kari Holm", "new bridge"}, {"Labour Party", "reform is a mistake"}})
	none := claimsOf(t, "Møtet\n\nArne Sandnes talte i to timer på møtet.\nArne Sandnes spoke for two hours at the meeting.\n")
	if len(none["Arne Sandnes"]) > 0 {
		t.Errorf("speaking for two hours states nothing: %v", none)
	}
}

func TestListSubjectBeforeAnAdverbAndItsVerb(t *testing.T) {
	// "Ap og SV har blant annet varslet at …": the list's last name is
	// near the verb, though its first is not
	c := claimsOf(t, "Skolen\n\nAp og SV har blant annet varslet at de vil utsette hele reformen og endre læreplanene.\n")
	wantClaims(t, c, [][2]string{{"Socialist Left Party", "utsette hele reformen"}, {"Norwegian Labour Party", "utsette hele reformen"}})
}

func TestTitleBeforeItsOwnNameNamesNoEarlierHolder(t *testing.T) {
	// "Daglig leder Ole Brekke sier …" after another body's head spoke:
	// the name after the title speaks, not the last person titled alike
	c := claimsOf(t, "Oppkjøp\n\nHavbris' styreleder, Kristin Lyngstad, skriver i en melding at styret anbefaler budet.\n\n"+
		"«Vi mener tilbudet er godt», skriver Lyngstad.\n\n"+
		"Daglig leder Ole Martin Brekke sier til Dagens Næringsliv at familien har eid aksjene i over førti år.\n")
	wantClaims(t, c, [][2]string{{"Ole Martin Brekke", "eid aksjene"}})
	if hasClaim(c, "Kristin Lyngstad", "eid aksjene") {
		t.Errorf("the title went to its earlier holder: %v", c)
	}
}

func TestRequestForAThingAndAStatementFromSomeone(t *testing.T) {
	nb := claimsOf(t, "Krigen\n\nUkraina trenger mer hjelp, og krigen fortsetter i øst.\n"+
		"Ukrainas president Volodymyr Zelenskyj har gjentatte ganger bedt vestlige land om flere luftvernsystemer.\n"+
		"Ambassadør Ibrahim Kamara-Tucker kom tidlig til møtet.\n"+
		"«Vi skrev dette utkastet fordi folket ikke har tid til å vente», het det i en uttalelse fra Kamara-Tucker etter møtet.\n")
	wantClaims(t, nb, [][2]string{{"Volodymyr Zelensky", "flere luftvernsystemer"}, {"Ibrahim Kamara-Tucker", "skrev dette utkastet"}})
	en := claimsOf(t, "The war\n\nUkraine needs more help, and the war goes on in the east.\nUkraine's President Volodymyr Zelensky asked Germany for more tanks to defend the cities.\n")
	wantClaims(t, en, [][2]string{{"Volodymyr Zelensky", "more tanks"}})
}

func TestSignalsExpectationsAndTheMediatorsTitle(t *testing.T) {
	c := claimsOf(t, "Budsjettet\n\nFremskrittspartiet har signalisert at partiet vil støtte Høyres opplegg.\n"+
		"Nordvik Sjømat regner med at avtalen blir endelig i løpet av andre kvartal.\n"+
		"Riksmekler Kjersti Lunde Haugen sa like etter midnatt at partene sto for langt fra hverandre.\n")
	wantClaims(t, c, [][2]string{{"Progress Party", "vil støtte"}, {"Nordvik Sjømat", "avtalen blir endelig"}, {"Kjersti Lunde Haugen", "for langt fra hverandre"}})
}

func TestAccordingToAKindAfterAnAdjectiveAndToABodysPeople(t *testing.T) {
	en := claimsOf(t, "Transfer\n\nMolde had turned down two earlier bids from the Germans, according to the Norwegian newspaper VG.\nPrices will rise next year, according to analysts at DNB Markets.\n")
	wantClaims(t, en, [][2]string{{"VG", "turned down two earlier bids"}, {"DNB", "Prices will rise"}})
	nb := claimsOf(t, "Demens\n\nIfølge forskerne ved Oslo universitetssykehus slo blodprøven ut hos 87 prosent av deltakerne.\n")
	wantClaims(t, nb, [][2]string{{"Oslo universitetssykehus", "87 prosent"}})
}

func TestRulingAfterItsStatement(t *testing.T) {
	c := claimsOf(t, "Ruling\n\nThe decision to close the stations was unlawful, the High Court ruled.\n")
	wantClaims(t, c, [][2]string{{"High Court", "close the stations was unlawful"}})
}

func TestSurnameAfterTheVerbIsAPersonThoughAPlaceWordCameFirst(t *testing.T) {
	// "ved Bertelsens tolkninger" reads like a place; "sa Bertelsen til
	// avisen" says who he is
	c := claimsOf(t, "Dommeren\n\nDet ble stilt spørsmål ved Bertelsens tolkninger av barneloven.\n"+
		"Det ville ikke forbause meg om andre dommere hadde kommet til et annet resultat, sa Bertelsen til avisen.\n")
	wantClaims(t, c, [][2]string{{"Bertelsen", "annet resultat"}})
}

func TestFiguresFromAndBodiesByTheirKind(t *testing.T) {
	c := claimsOf(t, "Renten\n\nKjerneinflasjonen var 3,1 prosent i forrige måned, viser tall fra Statistisk sentralbyrå.\n"+
		"Lene Aamodt leder teamet. Aamodt la vekt på at pengestrømmen var skjult gjennom fiktive avtaler.\n"+
		"Europakommisjonen vedtok å øke kvoten. Ifølge kommisjonen bygger beslutningen på Svalbardtraktaten.\n")
	wantClaims(t, c, [][2]string{{"Statistics Norway", "3,1 prosent"}, {"Lene Aamodt", "pengestrømmen var skjult"}, {"European Commission", "Svalbardtraktaten"}})
}

func TestInvertedAttributionWithTheSpeakersApposition(t *testing.T) {
	c := claimsOf(t, "Rates\n\nSavers and retirees who live on interest income stand to lose out, warned Marc-Antoine Bélisle, president of Aînés Actifs, a Montreal-based seniors' advocacy group.\n")
	wantClaims(t, c, [][2]string{{"Marc-Antoine Bélisle", "stand to lose out"}})
}

func TestParticipleClaimOfTheTitledPersonAfterAGenitive(t *testing.T) {
	c := claimsOf(t, "Rates\n\nCanada's finance minister, Daniel Okafor, welcomed the cut, saying in a statement that lower borrowing costs would provide relief to families.\n")
	wantClaims(t, c, [][2]string{{"Daniel Okafor", "provide relief"}})
	if hasClaim(c, "Canada", "provide relief") {
		t.Errorf("the state whose minister spoke took the claim: %v", c)
	}
}

func TestBodiesNamedByTheirKind(t *testing.T) {
	c := claimsOf(t, "Rescue\n\nSave the Children runs the rescue ship. Most of those rescued came from Sudan and Eritrea, according to the charity. The ship will dock in Sicily on Monday, the charity said.\n")
	wantClaims(t, c, [][2]string{{"Save the Children", "came from Sudan"}, {"Save the Children", "dock in Sicily"}})
}

func TestRequestOfAnInfinitiveAndAPointMadeByReference(t *testing.T) {
	c := claimsOf(t, "Ulven\n\nDet svenske Naturvårdsverket har derfor bedt norske myndigheter om å utsette jakten til forskerne er ferdige.\n"+
		"Klimaminister Even Rødseth stadfestet vedtaket. Han viser til at bestandsmålet for ulv ligger fast.\n")
	wantClaims(t, c, [][2]string{{"Naturvårdsverket", "utsette jakten"}, {"Even Rødseth", "bestandsmålet for ulv"}})
}

func TestTitleCompoundedWithTwoFieldsOpensTheSubject(t *testing.T) {
	c := claimsOf(t, "Sykehus\n\nHelse- og omsorgsminister Ragnhild Dyrstad (Ap) vil ikke blande seg i enkeltsaker, men fastslår at regjeringen har økt bevilgningene.\n")
	wantClaims(t, c, [][2]string{{"Ragnhild Dyrstad", "økt bevilgningene"}})
}

// "…, and the European Union said it was deeply concerned": the joined
// clause is its own subject's statement, and the first ends before it;
// "Race director X defended the decision, saying that …": a person after
// a title of two words opens the sentence.
func TestCoordinatedStatementsAndTitledSubjects(t *testing.T) {
	c := claimsOf(t, "Fighting\n\nThe African Union called for a halt to the fighting, and the European Union said it was deeply concerned by reports of casualties.\n",
		"Marathon\n\nRace director Hans Vogel defended the decision, saying that the city had refused to close the roads before eight.\n",
		"Sak\n\nDet er ikke første gang at saken skaper debatt, og flere av partiene har reagert kraftig.\nHøyre vil stanse forslaget, og Fremskrittspartiet sier at saken må utsettes til neste år.\n")
	wantClaims(t, c, [][2]string{{"European Union", "deeply concerned by reports"}, {"Hans Vogel", "refused to close the roads"},
		{"Progress Party", "saken må utsettes"}})
	for _, s := range c["African Union"] {
		if strings.Contains(s, "European") {
			t.Errorf("the first statement ran into the second: %q", s)
		}
	}
}

// "LO, som i en pressemelding krever at …": a short phrase of a
// preposition between a relative pronoun and its verb of saying; a
// register is a body ("Ifølge Kreftregisteret …").
func TestRelativeClauseStatementsAndRegisters(t *testing.T) {
	c := claimsOf(t, "Sak\n\nDet er ikke første gang at saken skaper debatt, og flere av partiene har reagert kraftig på forslaget.\nStreiken har fått full støtte fra LO, som i en pressemelding krever at eieren trekker planen.\n",
		"Sak\n\nDet er ikke første gang at saken skaper debatt, og flere av partiene har reagert kraftig på forslaget.\nIfølge Kreftregisteret får rundt tusen nordmenn diagnosen hvert år.\n",
		"Talks\n\nThe talks stalled over Greece, which in a statement said that the name was unacceptable to its people.\n")
	wantClaims(t, c, [][2]string{{"Norwegian Confederation of Trade Unions", "eieren trekker planen"}, {"Kreftregisteret", "tusen nordmenn"},
		{"Greece", "unacceptable to its people"}})
}

// "Russia, which has bases in both countries and leads the CSTO, a
// security alliance to which both belong, said …": a relative clause with
// commas of its own between the subject and its verb of saying.
func TestRelativeClauseWithCommasBeforeTheVerb(t *testing.T) {
	wantClaim(t, "Border\n\nRussia, which has military bases in both countries and leads the Collective Security Treaty Organization (CSTO), a security alliance to which Kyrgyzstan and Tajikistan both belong, said it was deeply concerned and offered to mediate.\n",
		"Russia", "deeply concerned")
}

// "chaired by Julián Roca, a veteran mediator at X, who said he would …":
// the relative clause's antecedent is the person before the apposition.
func TestRelativeClauseAfterAnApposition(t *testing.T) {
	wantClaim(t, "Strike\n\nThe talks had been chaired by Julián Roca, a veteran mediator at the arbitration service, who said he would try to bring the two sides together again on Tuesday.\n",
		"Julián Roca", "bring the two sides together")
}

// "A company spokesman said …", "A department press officer said …": one
// who speaks for the body of that kind named before, the one the noun
// names first.
func TestKindAgentSpeaksForTheBody(t *testing.T) {
	c := claimsOf(t, "Plant\n\nThe Department for Transport and the Ministry of Defence met Kestrel Motors on Monday.\nA company spokesman said the plant would stay open until next year.\n",
		"Plant\n\nThe Department for Transport and the Ministry of Defence met Kestrel Motors on Monday.\nA department press officer said the money remained fully committed to the scheme.\n")
	wantClaims(t, c, [][2]string{{"Kestrel Motors", "stay open"}, {"Department for Transport", "fully committed"}})
}

// "…, he said - even to avoid …": a dash closes a parenthetical
// attribution as a comma does; the statement before it is the speaker's.
func TestParentheticalAttributionClosedByADash(t *testing.T) {
	wantClaim(t, "Sleep\n\nProfessor Anna Berg teaches the course.\nGetting enough sleep, of a good quality, should be a student's 'secret weapon' against stress, exhaustion and worry, she said - even to avoid putting on weight, as lack of sleep puts the brain into starvation mode, making students hungry.\n",
		"Anna Berg", "secret weapon")
}

// "said he's 100 percent certain that …": a pronoun contracted with its
// verb opens the clause said, which runs from it, not from "that".
func TestContractedPronounOpensTheClause(t *testing.T) {
	wantClaim(t, "Hearing\n\nJohn Meyer denied the claims.\nMeyer, in impassioned testimony, said he's 100 percent certain that it didn't happen.\n",
		"John Meyer", "100 percent certain")
}

// "The actor recently revealed that …", "Skuespilleren forteller at …": a
// noun of a trade news calls the person it is about by.
func TestTradeNounsNameThePersonSpeaking(t *testing.T) {
	c := claimsOf(t, "Show\n\nKit Harington spoke to reporters on Monday.\nThe actor recently revealed that he considers meeting his wife the best thing to come out of the show.\n",
		"Serie\n\nKit Harington snakket med journalister mandag.\nSkuespilleren forteller at det beste med serien var at han møtte kona si.\n")
	wantClaims(t, c, [][2]string{{"Kit Harington", "meeting his wife"}, {"Kit Harington", "møtte kona"}})
}

// "Police recovered the glasses … and said they found …": police opening
// the sentence say what the joined verb says.
func TestPoliceOpeningACoordinatedStatement(t *testing.T) {
	wantClaim(t, "Arrest\n\nThe Springfield Police Department arrested a man on Friday.\nPolice recovered the glasses from the scene and said they found the suspect's DNA on them.\n",
		"Springfield Police Department", "DNA on them")
}

// "En talsperson i departementet sier …", "En pressetalsperson i Telenor
// sier …", "Selskapets pressesjef sier …": one who speaks for a body the
// subject names after a preposition or in the genitive.
func TestNorwegianSpokespersonOfABody(t *testing.T) {
	lead := "Sak\n\nDet er ikke første gang at saken skaper debatt. Kunnskapsdepartementet og Telenor har møtt Kestrel Motors AS.\n"
	c := claimsOf(t, lead+"En talsperson i departementet sier at saken vil bli behandlet i vår.\n",
		lead+"En pressetalsperson i Telenor sier at nettet er oppe igjen.\n",
		lead+"Selskapets pressesjef sier at fabrikken skal holdes åpen.\n")
	wantClaims(t, c, [][2]string{{"Norwegian Ministry of Education and Research", "behandlet i vår"}, {"Telenor", "oppe igjen"}, {"Kestrel Motors AS", "holdes åpen"}})
	wantClaim(t, "Plant\n\nThe Ministry of Defence met Kestrel Motors on Monday.\nThe company's spokesman said the plant would stay open.\n", "Kestrel Motors", "stay open")
}

// "ambassador", the English spelling Norwegian text also uses, is an
// envoy's title: the person it names speaks for "sa han" after it.
func TestNorwegianAmbassadorSpelledTheEnglishWay(t *testing.T) {
	c := claimsOf(t, "Nato\n\nDet bekreftet USAs utenriksdepartement onsdag.\n- Vi er klare, sa Kroatias ambassadør Vesna Horvat under seremonien.\n"+
		"Den albanske ambassador Arben Hoxha fulgte opp\n- Som medlemsland er Albania beredt til å ta ansvar, sa han.\n")
	if len(c["Arben Hoxha"]) != 1 {
		t.Errorf("claims: %v", c)
	}
}

// "sier opp" resigns, but a finite verb after "sier" opens the clause it
// reports: "Kari Holm sier de kan trappe opp streiken" is a claim.
func TestParticleLaterInTheReportedClause(t *testing.T) {
	c := claimsOf(t, "Streik\n\nDet er streik i Finnmark. Kari Holm sier de kan trappe opp streiken fra neste uke.\n",
		"Jobb\n\nDet var en tung dag. Per Dahl sa opp stillingen sin i går.\n")
	if len(c["Kari Holm"]) != 1 || len(c["Per Dahl"]) != 0 {
		t.Errorf("claims: %v", c)
	}
}

func TestUnnamedPoliceListedWhereItSpeaks(t *testing.T) {
	// police only mentioned ("as police watched") are no entity of the
	// article's; police that speak are (TestUnnamedPoliceSpeaks)
	d := extractText(t, "March in Belfast\n\nHundreds marched through Belfast on Sunday as police watched from a distance. The organisers said the march was peaceful.\n")
	for _, e := range d.Entities {
		if strings.HasSuffix(e.Name, " police") {
			t.Errorf("a force that does not speak listed: %+v", e)
		}
	}
}

// A determiner before a claim verb's form makes it a noun: "every claim"
// names nothing said, and the medium told it is no speaker.
func TestDeterminerMakesAClaimVerbANoun(t *testing.T) {
	got := claimsOf(t, "Asylum\n\nOfficials tell Radio Wessex every claim will be assessed on its merits.\n\nNo claim was made by the council, and each claim was checked.\n")
	if len(got) != 0 {
		t.Errorf("a noun read as a verb: %v", got)
	}
	// the verb itself still reports
	got = claimsOf(t, "Asylum\n\nThe Home Office claims every case will be assessed on its merits.\n")
	if len(got["Home Office"]) != 1 {
		t.Errorf("the Home Office's claim: %v", got)
	}
}

// "She added" after an unnamed spokeswoman's claim is the spokeswoman's,
// for her body, not the last person the article named.
func TestPronounAfterAnUnnamedSpokesperson(t *testing.T) {
	got := claimsOf(t, "Ferry ruling\n\nThe court fined the operator, and Rhiannon Pryce, who leads the inquiry, said the crew had been poorly trained.\n\nA Department for Transport spokeswoman said ministers were disappointed by the ruling. She added that safety at sea remained the absolute priority.\n")
	if c := got["Department for Transport"]; len(c) != 2 || !strings.Contains(c[1], "safety at sea") {
		t.Errorf("the spokeswoman's second claim: %v", got)
	}
	// a spokesman is not she
	got = claimsOf(t, "Ferry ruling\n\nThe court fined the operator, and Rhiannon Pryce, who leads the inquiry, said the crew had been poorly trained.\n\nA Department for Transport spokesman said ministers were disappointed by the ruling. She added that safety at sea remained the absolute priority.\n")
	if c := got["Department for Transport"]; len(c) != 1 {
		t.Errorf("she is not the spokesman: %v", got)
	}
}

// A body's title opening a sentence whose second verb reports is the
// person the article gave that title, not the body: "Aps partisekretær er
// lei av …, og mener …".
func TestBodysTitleOpeningAClauseWithAnd(t *testing.T) {
	got := claimsOf(t, "Eldreomsorg\n\nPartisekretær Raymond Johansen i Arbeiderpartiet var på besøk i Bergen fredag.\n\nAps partisekretær er lei av at Frp skylder på alle andre, og mener partiet må ta ansvar.\n")
	if len(got["Raymond Johansen"]) != 1 || len(got["Norwegian Labour Party"]) != 0 {
		t.Errorf("the secretary's claim: %v", got)
	}
}

// A statement after a fronted clause's comma is its own subject's, the
// one in the fronted clause the first's: "While Smith said …, Jones said
// …", "Mens Solberg sier at …, mener Støre at …".
func TestStatementAfterAFrontedClause(t *testing.T) {
	got := claimsOf(t, "Budget\n\nWhile John Smith said the plan was dead, Mary Jones said it would be revived next year.\n",
		"Skatt\n\nMens Erna Solberg sier at skatten må ned, mener Jonas Gahr Støre at den må opp neste år.\n")
	for speaker, want := range map[string]string{"John Smith": "plan was dead", "Mary Jones": "revived next year", "Erna Solberg": "skatten må ned", "Jonas Gahr Støre": "den må opp"} {
		if c := got[speaker]; len(c) != 1 || !strings.Contains(c[0], want) || strings.Contains(c[0], ",") {
			t.Errorf("%s: got %v, want one claim with %q", speaker, c, want)
		}
	}
}

// "avslutter"/"avsluttet" closes an attribution as "sier" does ("…,
// avslutter Bjørn Svindal."), but "avsluttet karrieren" says nothing.
func TestAvslutterClosesAnAttribution(t *testing.T) {
	got := claimsOf(t, "Alpint\n\nBjørn Svindal er stolt av sønnen.\n\nHan har et ekstremt fokus og vet at bare det beste er nok, avslutter Bjørn Svindal.\n\nHan avsluttet karrieren i Molde i 2010 etter mange gode sesonger.\n")
	if c := got["Bjørn Svindal"]; len(c) != 1 || !strings.Contains(c[0], "ekstremt fokus") {
		t.Errorf("the closing attribution: %v", got)
	}
}

// "X of the Washington Post said": a name that takes its article still
// sets off the person's body, and the person speaks.
func TestPersonOfABodyWithItsArticle(t *testing.T) {
	got := claimsOf(t, "Iraq\n\nAnthony Shadid of the Washington Post said that the warrants had been issued months before.\n")
	if len(got["Anthony Shadid"]) != 1 {
		t.Errorf("Shadid's claim: %v", got)
	}
}

// A state's ministry closing an attribution speaks: "…, Ukraine's defence
// ministry said.", "…, opplyste Ukrainas forsvarsdepartement." (the
// state's genitive before the body's name is no speaker), and the
// ministry goes by the words the text names it with.
func TestStatesMinistryClosingAnAttribution(t *testing.T) {
	for _, text := range []string{
		"War\n\nThe troops have retaken the village of Berestove, Ukraine's defence ministry said.\n",
		"War\n\nThe troops have retaken the village of Berestove, the Ukrainian defence ministry said.\n",
		"Krigen\n\nSoldatene har gjenerobret landsbyen Berestove, opplyste Ukrainas forsvarsdepartement torsdag.\n",
	} {
		d := extractText(t, text)
		if got := claimsBy(d); len(got["Ukrainian Defence Ministry"]) != 1 {
			t.Errorf("%q: the ministry's claim: %v", text, got)
		}
	}
	d := extractText(t, "Krigen\n\nSoldatene har gjenerobret landsbyen Berestove, opplyste Ukrainas forsvarsdepartement torsdag.\n")
	for _, e := range d.Entities {
		if e.Name == "Ukrainian Defence Ministry" && !slices.Contains(e.Aliases, "Ukrainas forsvarsdepartement") {
			t.Errorf("the ministry's aliases: %v", e.Aliases)
		}
	}
}

// A body named by its kind with a word before the kind closes an
// attribution ("…, the aid charity said."); a company that recalled its
// products said nothing, though "recalled he had met …" reports.
func TestKindWithAModifierAndRecalledProducts(t *testing.T) {
	got := claimsOf(t, "Aid\n\nOxfam sent food to the region on Monday.\n\nThe convoy was stopped at the border for three days, the aid charity said.\n")
	if len(got["Oxfam"]) != 1 {
		t.Errorf("the aid charity's claim: %v", got)
	}
	got = claimsOf(t, "Recall\n\nKestrel Pharma recalled the packs on Monday after tests found an impurity.\n\nJohn Smith recalled he had met the president twice in Washington.\n")
	if len(got["Kestrel Pharma"]) != 0 || len(got["John Smith"]) != 1 {
		t.Errorf("recalled: %v", got)
	}
}

// The subject before a participle's apposition speaks, not a name inside
// it; "X of the firm Y said" is X's.
func TestSubjectBeforeAParticiplesApposition(t *testing.T) {
	got := claimsOf(t, "Sudan\n\nEgypt urged restraint. The United Arab Emirates, accused by UN experts of arming the RSF, denies any role in the war.\n",
		"Verdict\n\nReiniger showed no emotion as the verdict was read. His lawyer, Felix Brandt of the firm Brandt & Kessler, said outside the courthouse that the defence would appeal.\n")
	if len(got["United Arab Emirates"]) != 1 || len(got["Rapid Support Forces"]) != 0 {
		t.Errorf("the Emirates' denial: %v", got)
	}
	if len(got["Felix Brandt"]) != 1 {
		t.Errorf("the lawyer's claim: %v", got)
	}
}

// A national capital saying something is its state's government ("Kigali
// said …"), and a clause after ", while" is its own subject's.
func TestCapitalsSpeakAndWhileClauses(t *testing.T) {
	got := claimsOf(t, "Border\n\nKigali said the report was false.\n\nKyrgyz officials said Tajik troops had occupied a post, while Dushanbe said Kyrgyz units had seized the water point.\n")
	if len(got["Rwanda"]) != 1 {
		t.Errorf("Kigali's statement: %v", got)
	}
	if c := got["Tajikistan"]; len(c) != 1 || !strings.Contains(c[0], "seized the water point") {
		t.Errorf("Dushanbe's statement: %v", got)
	}
	if c := got["Kyrgyzstan"]; len(c) != 1 || strings.Contains(c[0], "Dushanbe") {
		t.Errorf("the Kyrgyz statement ends at the comma: %v", got)
	}
}

// A charge set off at a sentence's end with the one who denies it is that
// one's claim: "…, a charge the Emirates have repeatedly denied.", "…,
// noe Emiratene har avvist."
func TestDeniedChargeClosingASentence(t *testing.T) {
	got := claimsOf(t, "Sudan\n\nHe accused the United Arab Emirates of supplying the RSF with weapons, a charge the Emirates have repeatedly denied.\n",
		"Sudan\n\nHan anklaget Emiratene for å forsyne RSF med våpen, noe Emiratene har avvist.\n")
	if c := got["United Arab Emirates"]; len(c) != 2 || !strings.Contains(c[0], "supplying the RSF") || !strings.Contains(c[1], "forsyne RSF") {
		t.Errorf("the Emirates' denials, with what they deny: %v", got)
	}
}

// A person's genitive right after "said" opens what was said: "World
// Athletics, the sport's governing body, said Alemu's time would be
// ratified" is World Athletics', not Alemu's.
func TestGenitiveAfterSaidIsNoSpeaker(t *testing.T) {
	got := claimsOf(t, "Marathon\n\nTigist Alemu won the race in Addis Ababa. World Athletics, the sport's Monaco-based governing body, said Alemu's time would be ratified as a course record.\n")
	if c := got["World Athletics"]; len(c) != 1 || !strings.Contains(c[0], "ratified") || len(got["Tigist Alemu"]) != 0 {
		t.Errorf("World Athletics' claim: %v", got)
	}
}

// A body and where it sits close an attribution: "…, the High Court in
// London ruled on Thursday."
func TestBodyAndItsPlaceCloseAnAttribution(t *testing.T) {
	got := claimsOf(t, "Coastguard\n\nThe government acted unlawfully when it decided to shut 40 coastguard stations, the High Court in London ruled on Thursday.\n")
	if c := got["High Court"]; len(c) != 1 || !strings.Contains(c[0], "acted unlawfully") {
		t.Errorf("the court's ruling: %v", got)
	}
}

// A Norwegian subject with its body ("ved NTNU", "i NNN") and where that
// is ("ved anlegget på Vigra") before the verb speaks.
func TestNorwegianSubjectWithBodyAndPlace(t *testing.T) {
	got := claimsOf(t, "Oppkjøpet\n\nKlubbleder Tone Myklebust i NNN ved anlegget på Vigra frykter at oppkjøpet vil føre til nedbemanning.\n\nProfessor Geir Aune Brekstad ved Norges teknisk-naturvitenskapelige universitet advarer mot å skape forventninger.\n")
	if len(got["Tone Myklebust"]) != 1 || len(got["Geir Aune Brekstad"]) != 1 {
		t.Errorf("the claims: %v", got)
	}
}

// "Ifølge ordføreren" is the person the article gave that title, also
// where the title was set off before the name ("Ordføreren i Vestvågøy,
// Trond Hallvardsen (Ap),").
func TestAccordingToATitle(t *testing.T) {
	got := claimsOf(t, "Skolen\n\nOrdføreren i Vestvågøy, Trond Hallvardsen (Ap), vil legge ned skolen.\n\nHallvardsen la fram forslaget onsdag. Ifølge ordføreren må kommunen kutte 24 millioner kroner neste år.\n")
	found := false
	for _, c := range got["Trond Hallvardsen"] {
		found = found || strings.Contains(c, "24 millioner")
	}
	if !found {
		t.Errorf("the mayor's claim: %v", got)
	}
}

// A title set off before the person it names is the sentence's subject,
// not a statement the person closes: "The secretary general of the
// Italian Episcopal Conference, Nunzio Galantino, has called …".
func TestTitleBeforeApposedPersonIsNoStatement(t *testing.T) {
	got := claimsOf(t, "Verdict\n\nThe secretary general of the Italian Episcopal Conference, Nunzio Galantino, has called the sentence \"dangerous\".\n")
	for _, c := range got["Nunzio Galantino"] {
		if strings.HasPrefix(c, "The secretary general") {
			t.Errorf("the title read as his statement: %v", got)
		}
	}
}

// A judgement in the passive with its agent and "as" is the agent's
// claim: "The new iPhone was praised by Steve Jobs as …".
func TestPassiveJudgementIsTheAgents(t *testing.T) {
	got := claimsOf(t, "iPhone\n\nThe new iPhone was praised by Steve Jobs as \"the biggest leap we've taken since the original iPhone.\"\n",
		"Saken\n\nForslaget ble beskrevet av Erna Solberg som et dyrt feilgrep for hele landet.\n")
	if len(got["Steve Jobs"]) != 1 || len(got["Erna Solberg"]) != 1 {
		t.Errorf("the agents' judgements: %v", got)
	}
}

// ", which X estimates …", ", which it says …" closing a sentence is X's
// claim, "it" the body the sentence opens with.
func TestRelativeStatement(t *testing.T) {
	got := claimsOf(t, "Deal\n\nBoeing has a contract for titanium parts with VSMPO-Avisma, which Boeing estimates to be worth 18 million dollars.\n",
		"Shops\n\nSainsbury's has put Argos outlets in hundreds of stores since it bought the chain, which it says has bolstered grocery sales.\n")
	if len(got["Boeing"]) != 1 || len(got["Sainsbury's"]) != 1 {
		t.Errorf("the relative clauses' claims: %v", got)
	}
}

// ", with X saying …" is X's statement, and the first ends before it; a
// policy "with the party pledging …" is no statement.
func TestWithSaying(t *testing.T) {
	got := claimsOf(t, "Tanker\n\nUSAF officials said the contract was fair, with UBS analyst David Strauss saying the deal made sense for Boeing.\n")
	if c := got["David Strauss"]; len(c) != 1 || !strings.Contains(c[0], "made sense") {
		t.Errorf("the analyst's statement: %v", got)
	}
	if c := got["US Air Force"]; len(c) != 1 || strings.Contains(c[0], "Strauss") {
		t.Errorf("the first statement ends at the comma: %v", got)
	}
	got = claimsOf(t, "Work\n\nLabour would not be the first to endorse such an idea, with the Green Party pledging a four-day working week during its campaign.\n")
	if len(got["Green Party"]) != 0 {
		t.Errorf("a pledge of policy: %v", got)
	}
}
