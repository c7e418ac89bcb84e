package extract

import (
	"maps"
	"slices"
	"unicode"
	"unicode/utf8"
)

// functionWords are frequent, short, distinctive words per language. The
// model is tiny on purpose: counting them tells these languages apart on a
// news article, and it weighs nothing in the binary.
var functionWords = map[string][]string{
	"en": {"the", "and", "of", "to", "is", "was", "that", "for", "with", "said", "he", "it", "on", "are", "by", "have", "from", "this", "which", "not", "they", "their", "has", "been", "would", "will", "an", "a", "as", "its", "but", "in", "his", "her", "had", "were", "who", "after", "about", "than", "into", "when", "what", "there", "be"},
	"nb": {"ifølge", "igjen", "neste", "uke", "uken", "før", "nye", "sammen", "mange", "dag", "at", "og", "ikke", "det", "er", "som", "på", "med", "har", "av", "til", "for", "jeg", "hva", "hvor", "hvordan", "fra", "etter", "sier", "sa", "også", "skal", "kan", "vil", "eller", "de", "ble", "blitt", "mot", "hun", "han", "noen", "mye", "hvis", "dette", "disse", "meg", "deg", "seg", "bare", "nå", "enn", "mellom", "fordi", "hadde", "være", "får", "om", "var", "i", "et", "en", "den", "sin", "sitt", "sine", "hennes", "hans", "deres", "å", "ved", "under", "over", "blir", "kunne", "skulle", "må", "nye", "andre", "første", "år", "så", "når", "denne", "sammen", "gjennom", "både", "siden", "uten", "vår", "vårt", "våre", "noe"},
	"nn": {"og", "ikkje", "det", "er", "som", "på", "med", "har", "av", "til", "for", "eg", "kva", "kvar", "korleis", "frå", "etter", "seier", "sa", "òg", "skal", "kan", "vil", "eller", "dei", "vart", "blitt", "mot", "ho", "han", "nokon", "mykje", "viss", "dette", "desse", "meg", "deg", "seg", "berre", "no", "enn", "mellom", "fordi", "hadde", "vere", "får", "om", "var", "i", "eit", "ein", "den", "sin", "sitt", "sine", "hennar", "hans", "deira", "å", "ved", "under", "over", "blir", "kunne", "skulle", "må", "nye", "andre", "første", "år", "så", "når", "denne", "saman", "gjennom", "både"},
	"da": {"og", "ikke", "det", "er", "som", "på", "med", "har", "af", "til", "for", "jeg", "hvad", "hvor", "hvordan", "fra", "efter", "siger", "sagde", "også", "skal", "kan", "vil", "eller", "de", "blev", "blevet", "mod", "hun", "han", "nogen", "meget", "hvis", "dette", "disse", "mig", "dig", "sig", "kun", "nu", "end", "mellem", "fordi", "havde", "være", "får", "om", "var", "i", "et", "en", "den", "sin", "sit", "sine", "hendes", "hans", "deres", "at", "ved", "under", "over", "bliver", "kunne", "skulle", "må", "nye", "andre", "første", "år", "så", "når", "denne", "sammen", "gennem", "både", "siden", "uden", "vores", "noget"},
	"sv": {"och", "inte", "det", "är", "som", "på", "med", "har", "av", "till", "för", "jag", "vad", "var", "hur", "från", "efter", "säger", "sade", "också", "ska", "kan", "vill", "eller", "de", "blev", "blivit", "mot", "hon", "han", "någon", "mycket", "om", "detta", "dessa", "mig", "dig", "sig", "bara", "nu", "än", "mellan", "eftersom", "hade", "vara", "får", "i", "ett", "en", "den", "sin", "sitt", "sina", "hennes", "hans", "deras", "att", "vid", "under", "över", "blir", "kunde", "skulle", "måste", "nya", "andra", "första", "år", "så", "när", "denna", "tillsammans", "genom", "både", "sedan"},
	"de": {"der", "die", "und", "das", "ist", "nicht", "ein", "eine", "zu", "den", "mit", "von", "sich", "auf", "für", "dem", "des", "auch", "wird", "wurde", "sagte", "sie", "er", "es", "im", "hat", "noch", "nach", "bei", "aus", "in"},
	"fr": {"le", "la", "les", "et", "des", "est", "une", "un", "du", "que", "pour", "dans", "pas", "sur", "qui", "au", "avec", "il", "elle", "par", "ce", "sont", "a", "été", "ont", "mais", "aux", "selon", "cette", "leur"},
	"es": {"el", "la", "los", "las", "y", "que", "de", "en", "un", "una", "por", "con", "para", "es", "del", "se", "no", "al", "lo", "su", "fue", "como", "más", "pero", "sus", "dijo", "ha", "han", "este", "esta"},
}

// distinctive letters nudge the Nordic languages apart (å/æ/ø against ä/ö).
var letterHints = map[string]string{
	"nb": "æøå", "nn": "æøå", "da": "æøå", "sv": "äöå", "de": "äöüß", "fr": "éèêàçœ", "es": "ñáíóú¿¡",
}

// hintLanguages are letterHints' languages; hintsOf gives, per letter,
// the positions there of the languages it hints at.
var hintLanguages, hintsOf = func() ([]string, map[rune][]int) {
	langs := slices.Sorted(maps.Keys(letterHints))
	idx := map[rune][]int{}
	for k, lang := range langs {
		for _, r := range letterHints[lang] {
			idx[r] = append(idx[r], k)
		}
	}
	return langs, idx
}()

var functionIndex = func() map[string][]string {
	idx := map[string][]string{}
	for lang, words := range functionWords {
		for _, w := range words {
			idx[w] = append(idx[w], lang)
		}
	}
	return idx
}()

// DetectLanguage returns the ISO 639-1 code of the language text is most
// likely written in, or "und" when it cannot tell. allowed limits the
// candidates (nil: every language the model knows).
func DetectLanguage(text string, allowed []string) string {
	if len(text) > 20000 {
		text = text[:20000]
	}
	score := map[string]float64{}
	hints := make([]int, len(hintLanguages)) // distinctive letters seen, per language
	words := 0
	word := make([]byte, 0, 32) // the current word, lower-cased
	endWord := func() {
		if len(word) == 0 {
			return
		}
		words++
		langs := functionIndex[string(word)]
		for _, lang := range langs {
			// words shared by several languages count less
			score[lang] += 1 / float64(len(langs))
		}
		word = word[:0]
	}
	for _, r := range text {
		if !unicode.IsLetter(r) {
			endWord()
			continue
		}
		r = unicode.ToLower(r)
		word = utf8.AppendRune(word, r)
		if r >= utf8.RuneSelf { // every hint letter is beyond ASCII
			for _, k := range hintsOf[r] {
				hints[k]++
			}
		}
	}
	endWord()
	for k, lang := range hintLanguages {
		score[lang] += float64(hints[k]) * 0.05
	}
	best, bestScore := "und", 0.0
	for _, lang := range []string{"en", "nb", "nn", "da", "sv", "de", "fr", "es"} {
		if allowed != nil && !contains(allowed, lang) {
			continue
		}
		if score[lang] > bestScore {
			best, bestScore = lang, score[lang]
		}
	}
	// a short text needs less evidence, if it is unambiguous
	need := 1.0
	if words < 20 {
		need = 0.5
	}
	if words == 0 || bestScore < need {
		return "und"
	}
	return best
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
