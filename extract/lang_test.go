package extract

import (
	"testing"

	"kg/loaders"
)

func TestDetectLanguage(t *testing.T) {
	cases := map[string]string{
		"The minister said on Monday that the government would not change its plans for the new budget.":                 "en",
		"Regjeringen har ikke bestemt seg ennå, sier statsministeren, som mener at det er for tidlig å si noe.":          "nb",
		"Regjeringa har ikkje bestemt seg enno, seier statsministeren, som meiner at det er for tidleg å seie noko.":     "nn",
		"Regeringen har ikke besluttet sig endnu, siger statsministeren, som mener at det er for tidligt at sige noget.": "da",
		"Regeringen har inte bestämt sig ännu, säger statsministern, som menar att det är för tidigt att säga något.":    "sv",
		"Die Regierung hat sich noch nicht entschieden, sagte der Minister, und es ist zu früh für eine Antwort.":        "de",
		"Le gouvernement n'a pas encore décidé, a déclaré le ministre, et il est trop tôt pour une réponse.":             "fr",
		"El gobierno no ha decidido todavía, dijo el ministro, y es demasiado pronto para una respuesta.":                "es",
	}
	for text, want := range cases {
		if got := DetectLanguage(text, nil); got != want {
			t.Errorf("%q: detected %q, want %q", text, got, want)
		}
	}
	if got := DetectLanguage("12345 678", nil); got != "und" {
		t.Errorf("digits only: %q, want und", got)
	}
}

// "siden", "uten" and "vår" are Bokmål as much as Danish "siden", "uden"
// and "vores" are Danish: a short Bokmål news text is no Danish one.
func TestShortBokmaalIsNoDanish(t *testing.T) {
	nb := "Men på lørdag la den nordkoreanske utenriksministeren, Ri Yong-ho, skylden på USAs sanksjoner for manglende fremskritt siden sommeren.\n" +
		"«Uten tillit til USA blir det heller ingen tillit til vår egen sikkerhet», sa Ri i talen til FNs generalforsamling i New York, og han la til at landet ikke vil ruste ned først.\n"
	if got := DetectLanguage(nb, nil); got != "nb" {
		t.Errorf("Bokmål taken for %q", got)
	}
	da := "Men lørdag gav den nordkoreanske udenrigsminister, Ri Yong-ho, USAs sanktioner skylden for de manglende fremskridt siden sommeren.\n" +
		"»Uden tillid til USA bliver der heller ingen tillid til vores egen sikkerhed«, sagde Ri i sin tale til FN's generalforsamling i New York, og han tilføjede, at landet ikke vil nedruste først.\n"
	if got := DetectLanguage(da, nil); got != "da" {
		t.Errorf("Danish taken for %q", got)
	}
}

// "Kim Jong-un" holds the French "un": a short English sentence needs
// its prepositions counted, as "in" is.
func TestShortEnglishIsNoFrench(t *testing.T) {
	for _, text := range []string{
		"News\n\nDonald Trump met Kim Jong-un in Singapore in June.\n",
		"Profits rose in the third quarter after a strong summer.",
		"News\n\nTom Hart joined Nordvik Bank in 2010 as a trader.\n", // "a": French and English
		"Die Polizei war in der Stadt, als der Zug ankam, und sie hat nichts gefunden.",
	} {
		want := "en"
		if text[0] == 'D' && text[1] == 'i' {
			want = "de"
		}
		if got := DetectLanguage(text, nil); got != want {
			t.Errorf("%q: detected %q, want %q", text, got, want)
		}
	}
}

// A headline too short for its function words is told by the words only
// one lexicon lists ("Kina støtter Russland", "China backs Russia"), and
// then read by that language's rules; a foreign text full of names stays
// undetermined, and so does a Danish or Swedish headline.
func TestHeadlineLanguageByVocabulary(t *testing.T) {
	x := extractor(t)
	for text, want := range map[string]string{
		"Kina støtter Russland":             "nb",
		"Regjeringen kutter i bistanden":    "nb",
		"Obama møtte Putin i Genève":        "nb",
		"China backs Russia":                "en",
		"Government cuts aid budget":        "en",
		"Storm hits Florida coast":          "en",
		"Regeringen skærer i bistanden":     "und",
		"Regeringen skär i biståndet":       "und",
		"Hallitus leikkaa kehitysapua":      "und",
		"Regierung kürzt Entwicklungshilfe": "und",
	} {
		d, err := x.Extract(loaders.Article{ID: "h", Text: text})
		if err != nil {
			t.Fatal(err)
		}
		if d.Language != want {
			t.Errorf("%q: language %q, want %q", text, d.Language, want)
		}
	}
	d, err := x.Extract(loaders.Article{ID: "h", Text: "Kina støtter Russland"})
	if err != nil {
		t.Fatal(err)
	}
	if f := facts(d); !f["China supports Russia"] {
		t.Errorf("the Norwegian headline's fact: %v", f)
	}
}
