package extract

import (
	"compress/gzip"
	"fmt"
	"io"
	"strings"
	"sync"
	"unicode"
)

// A wordList is a spelling dictionary: ordinary words in lower case,
// proper nouns capitalised (model/words-LANG.txt.gz, made by
// tools/genwords). The recogniser asks it whether a capitalised word is
// any ordinary word at all ("Seagal" is not).
type wordList map[string]bool

var (
	wordListsOnce sync.Once
	wordLists     map[string]wordList
	wordListsErr  error
)

// loadWordLists reads the embedded dictionaries once per process; they
// never change, so every Extractor shares them.
func loadWordLists() (map[string]wordList, error) {
	wordListsOnce.Do(func() {
		wordLists = map[string]wordList{}
		entries, err := models.ReadDir("model")
		if err != nil {
			wordListsErr = err
			return
		}
		for _, e := range entries {
			lang, ok := strings.CutPrefix(e.Name(), "words-")
			if !ok {
				continue
			}
			lang = strings.TrimSuffix(lang, ".txt.gz")
			f, err := models.Open("model/" + e.Name())
			if err != nil {
				wordListsErr = err
				return
			}
			zr, err := gzip.NewReader(f)
			if err != nil {
				f.Close()
				wordListsErr = fmt.Errorf("word list %s: %w", e.Name(), err)
				return
			}
			b, err := io.ReadAll(zr)
			f.Close()
			if err != nil {
				wordListsErr = fmt.Errorf("word list %s: %w", e.Name(), err)
				return
			}
			words := strings.Split(strings.TrimSpace(string(b)), "\n")
			l := make(wordList, len(words))
			for _, w := range words {
				l[w] = true
			}
			wordLists[lang] = l
		}
	})
	return wordLists, wordListsErr
}

// kind says what the dictionary knows of a word: "common" (only lower
// case), "proper" (only capitalised), "both", or "unknown"; "" for a word
// without letters or a language without a dictionary.
func (l wordList) kind(w, lw string) string {
	if l == nil || !hasLetter(w) {
		return ""
	}
	for _, g := range []string{"'s", "’s"} {
		if s, ok := strings.CutSuffix(w, g); ok && s != "" {
			w, lw = s, strings.TrimSuffix(lw, g)
			break
		}
	}
	common := l[lw]
	proper := w != lw && l[w]
	switch {
	case common && proper:
		return "both"
	case proper:
		return "proper"
	case common:
		return "common"
	}
	return "unknown"
}

func hasLetter(w string) bool {
	for _, r := range w {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}
