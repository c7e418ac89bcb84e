package extract

import (
	"reflect"
	"strings"
	"unicode"
)

// vocabulary maps a lower-case word to the languages whose lexicon lists
// it (its word lists and the gazetteer's names in that language): a text
// too short for its function words to tell its language, a headline such
// as "Kina støtter Russland", is told by the words kg has rules for.
type vocabulary map[string][]string

// newVocabulary gathers the single words of every word list of each
// language's rules and of every gazetteer label.
func newVocabulary(lx *Lexicon) vocabulary {
	v := vocabulary{}
	add := func(lang, phrase string) {
		for _, w := range strings.Fields(strings.ToLower(phrase)) {
			w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })
			if len([]rune(w)) < 3 || contains(v[w], lang) {
				continue
			}
			v[w] = append(v[w], lang)
		}
	}
	for lang, r := range lx.rules {
		eachListedWord(reflect.ValueOf(r).Elem(), func(s string) { add(lang, s) })
	}
	for _, e := range lx.entries {
		for lang, names := range e.Labels {
			if lx.rules[lang] == nil {
				continue
			}
			for _, n := range names {
				if !strings.Contains(n, " ") {
					add(lang, n)
				}
			}
		}
	}
	return v
}

// eachListedWord calls f with every string of the lists and maps of a
// rules struct (relation patterns and other structs are skipped: their
// strings are not words).
func eachListedWord(s reflect.Value, f func(string)) {
	for i := 0; i < s.NumField(); i++ {
		if !s.Type().Field(i).IsExported() {
			continue
		}
		switch fv := s.Field(i); fv.Kind() {
		case reflect.Slice:
			if fv.Type().Elem().Kind() == reflect.String {
				for k := 0; k < fv.Len(); k++ {
					f(fv.Index(k).String())
				}
			}
		case reflect.Map:
			it := fv.MapRange()
			for it.Next() {
				if it.Key().Kind() == reflect.String {
					f(it.Key().String())
				}
				switch val := it.Value(); {
				case val.Kind() == reflect.String:
					f(val.String())
				case val.Kind() == reflect.Slice && val.Type().Elem().Kind() == reflect.String:
					for k := 0; k < val.Len(); k++ {
						f(val.Index(k).String())
					}
				}
			}
		}
	}
}

// languageByVocabulary tells a short text's language (forty words at most)
// from the words only one language's lexicon lists, and from the words of
// the English dictionary no other lexicon lists: the language with the
// most such words, if it has more than any other and they are a third of
// the text's words at least; "und" otherwise.
func (x *Extractor) languageByVocabulary(text string) string {
	votes := map[string]int{}
	words := strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' })
	if len(words) > 40 {
		return "und" // a longer text's function words had their say
	}
	common := 1 // the words in lower case, and the first: names say little
	for _, w := range words {
		lw := strings.ToLower(strings.Trim(w, "-"))
		if len([]rune(lw)) < 3 {
			continue
		}
		if lw == w {
			common++
		}
		langs := x.vocab[lw]
		if len(langs) == 0 {
			if x.words["en"][lw] {
				langs = []string{"en"}
			}
		}
		if len(langs) == 1 {
			votes[langs[0]]++
		}
	}
	best, bestVotes, second := "und", 0, 0
	for lang, n := range votes {
		if n > bestVotes {
			best, bestVotes, second = lang, n, bestVotes
		} else if n > second {
			second = n
		}
	}
	// (a third of its words in lower case, at least: a foreign text's
	// names and borrowings are not enough)
	if bestVotes == 0 || bestVotes == second || 3*bestVotes < common {
		return "und"
	}
	return best
}
