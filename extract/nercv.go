package extract

import (
	"fmt"
	"io"
	"sort"
	"strings"
)

// CrossValidateNER estimates how the recogniser does on text its tagger
// has not seen: the reference file ref is cut into folds of consecutive
// sentences, and each fold is scored with a tagger trained on the other folds
// plus the extra sentences (another corpus that always trains). Only the
// sentences whose sent_id begins with only are scored ("weblog" in
// English Web Treebank: one genre). When errs is not nil, every missed and
// spurious span is written to it.
func (x *Extractor) CrossValidateNER(ref io.Reader, extraWords, extraTags [][]string, lang string, folds, epochs int, only string, errs io.Writer) (*NERResult, error) {
	sents, err := readNER(ref)
	if err != nil {
		return nil, err
	}
	if folds < 2 {
		return nil, fmt.Errorf("cross-validation needs at least 2 folds, not %d", folds)
	}
	preds := make([]map[[2]int]string, len(sents))
	for fold := 0; fold < folds; fold++ {
		words := append([][]string{}, extraWords...)
		tags := append([][]string{}, extraTags...)
		var held []int
		for si, s := range sents {
			if si*folds/len(sents) == fold {
				held = append(held, si)
				continue
			}
			words = append(words, s.tokens)
			tags = append(tags, tagsOfSpans(len(s.tokens), s.gold))
		}
		y := *x
		y.taggers = map[string]*Tagger{lang: x.TrainTagger(words, tags, lang, epochs)}
		sub := make([]nerSentence, len(held))
		for k, si := range held {
			sub[k] = sents[si]
		}
		for k, p := range y.nerDocSpans(sub, lang) {
			preds[held[k]] = p
		}
	}
	if only != "" {
		var keptS []nerSentence
		var keptP []map[[2]int]string
		for si, s := range sents {
			if strings.HasPrefix(s.id, only) {
				keptS, keptP = append(keptS, s), append(keptP, preds[si])
			}
		}
		sents, preds = keptS, keptP
	}
	if errs != nil {
		writeNERErrors(errs, sents, preds)
	}
	return scoreNER(sents, preds), nil
}

// tagsOfSpans writes class spans as n IOB2 tags.
func tagsOfSpans(n int, spans map[[2]int]string) []string {
	t := make([]string, n)
	for i := range t {
		t[i] = "O"
	}
	for span, c := range spans {
		t[span[0]] = "B-" + c
		for k := span[0] + 1; k < span[1]; k++ {
			t[k] = "I-" + c
		}
	}
	return t
}

// writeNERErrors lists each sentence's missed (-) and spurious (+) spans.
func writeNERErrors(w io.Writer, sents []nerSentence, preds []map[[2]int]string) {
	for si, s := range sents {
		var lines []string
		for span, c := range s.gold {
			if preds[si][span] != c {
				lines = append(lines, fmt.Sprintf("  - %s %s", c, strings.Join(s.tokens[span[0]:span[1]], " ")))
			}
		}
		for span, c := range preds[si] {
			if s.gold[span] != c {
				lines = append(lines, fmt.Sprintf("  + %s %s", c, strings.Join(s.tokens[span[0]:span[1]], " ")))
			}
		}
		if len(lines) == 0 {
			continue
		}
		sort.Strings(lines)
		fmt.Fprintf(w, "%s\n%s\n", strings.Join(s.tokens, " "), strings.Join(lines, "\n"))
	}
}
