package extract

import "testing"

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
