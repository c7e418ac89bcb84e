package extract

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
)

// NERScore is precision, recall and F1 for one entity class.
type NERScore struct {
	Type          string  `json:"type"`
	TP, FP, FN    int     `json:"-"`
	Precision     float64 `json:"precision"`
	Recall        float64 `json:"recall"`
	F1            float64 `json:"f1"`
	Gold, Predict int     `json:"-"`
}

// NERResult is the outcome of EvalNER: one score per class plus the micro average.
type NERResult struct {
	Sentences int        `json:"sentences"`
	Tokens    int        `json:"tokens"`
	Types     []NERScore `json:"types"`
	Micro     NERScore   `json:"micro"`
}

// nerClass maps kg's entity types and reference tags to PER, ORG and LOC.
func nerClass(t string) string {
	switch t {
	case "Person", "PER":
		return "PER"
	case "Country", "City", "Place", "Region", "LOC", "GPE_LOC", "GPE":
		return "LOC"
	case "Organization", "GovernmentOrganization", "ArmedGroup", "PoliticalParty", "Company",
		"MediaOrganization", "ORG", "GPE_ORG":
		return "ORG"
	}
	return ""
}

type nerSentence struct {
	tokens []string
	gold   map[[2]int]string // token span [from, to) → class
	doc    int               // sentences with the same doc come from one text
	id     string            // the sent_id
	glued  []bool            // glued[i]: token i follows token i-1 with no space between
}

// EvalNER scores the recogniser against a reference file in CoNLL-U (the
// entity tag in MISC as name=B-PER, as NorNE has it) or IOB2 (token in
// column 2, tag in column 3, as Universal NER has it): exact-span,
// exact-class F1 over PER, ORG and LOC, the reference's other classes
// ignored. lang is the language of the text ("" to detect it).
//
// The sentences of one document (a "# newdoc" block, or in CoNLL-U
// without such markers a run of consecutively numbered sent_ids) are
// analysed together, as the sentences of an article are, so a surname
// can find the full name mentioned before it.
func (x *Extractor) EvalNER(r io.Reader, lang string) (*NERResult, error) {
	return x.EvalNERErrors(r, lang, nil)
}

// EvalNERErrors is EvalNER that also writes, when errs is not nil, each
// sentence with its missed (-) and spurious (+) spans.
func (x *Extractor) EvalNERErrors(r io.Reader, lang string, errs io.Writer) (*NERResult, error) {
	sents, err := readNER(r)
	if err != nil {
		return nil, err
	}
	if lang == "" {
		var sample strings.Builder
		for _, s := range sents {
			sample.WriteString(strings.Join(s.tokens, " "))
			sample.WriteByte('\n')
			if sample.Len() > 20000 {
				break
			}
		}
		lang = DetectLanguage(sample.String(), nil)
	}
	preds := x.nerDocSpans(sents, lang)
	if errs != nil {
		writeNERErrors(errs, sents, preds)
	}
	return scoreNER(sents, preds), nil
}

// scoreNER compares each sentence's predicted spans with its reference spans.
func scoreNER(sents []nerSentence, preds []map[[2]int]string) *NERResult {
	counts := map[string]*NERScore{}
	get := func(c string) *NERScore {
		if counts[c] == nil {
			counts[c] = &NERScore{Type: c}
		}
		return counts[c]
	}
	res := &NERResult{Sentences: len(sents)}
	for si, s := range sents {
		res.Tokens += len(s.tokens)
		pred := preds[si]
		for span, c := range pred {
			get(c).Predict++
			if s.gold[span] == c {
				get(c).TP++
			} else {
				get(c).FP++
			}
		}
		for span, c := range s.gold {
			get(c).Gold++
			if pred[span] != c {
				get(c).FN++
			}
		}
	}
	var micro NERScore
	micro.Type = "micro"
	for _, c := range []string{"PER", "ORG", "LOC"} {
		sc := get(c)
		sc.finish()
		res.Types = append(res.Types, *sc)
		micro.TP += sc.TP
		micro.FP += sc.FP
		micro.FN += sc.FN
	}
	micro.finish()
	res.Micro = micro
	return res
}

func (s *NERScore) finish() {
	if s.TP+s.FP > 0 {
		s.Precision = float64(s.TP) / float64(s.TP+s.FP)
	}
	if s.TP+s.FN > 0 {
		s.Recall = float64(s.TP) / float64(s.TP+s.FN)
	}
	if s.Precision+s.Recall > 0 {
		s.F1 = 2 * s.Precision * s.Recall / (s.Precision + s.Recall)
	}
}

// nerDocSpans runs the recogniser over tokenised sentences, a document at
// a time, and returns each sentence's named mentions as token spans with
// their class.
func (x *Extractor) nerDocSpans(sents []nerSentence, lang string) []map[[2]int]string {
	out := make([]map[[2]int]string, len(sents))
	for from := 0; from < len(sents); {
		to := from + 1
		for to < len(sents) && sents[to].doc == sents[from].doc {
			to++
		}
		x.nerSpansInto(sents[from:to], lang, out[from:to])
		from = to
	}
	return out
}

// nerSpansInto analyses sents as one text, a paragraph per sentence with
// the tokens spaced as in the original text ("al-Sadr", "Norge."), and
// maps the mentions back to token spans.
func (x *Extractor) nerSpansInto(sents []nerSentence, lang string, out []map[[2]int]string) {
	var b strings.Builder
	var starts, ends, sentOf []int
	first := make([]int, len(sents)+1) // index of each sentence's first token
	for si, s := range sents {
		if si > 0 {
			b.WriteString("\n\n")
		}
		first[si] = len(starts)
		for i, t := range s.tokens {
			if i > 0 && (s.glued == nil || !s.glued[i]) {
				b.WriteByte(' ')
			}
			starts = append(starts, b.Len())
			b.WriteString(t)
			ends = append(ends, b.Len())
			sentOf = append(sentOf, si)
		}
		out[si] = map[[2]int]string{}
	}
	first[len(sents)] = len(starts)
	text := b.String()
	d := x.analyse(text, lang, "ner")
	for _, ms := range d.mentions {
		var prev *mention // the known place named right before, "US" in "US Marines"
		prevSpan := [2]int{-1, -1}
		for _, m := range ms {
			if m.hidden || m.generic || m.demonym {
				continue
			}
			if m.inner != nil {
				m = m.inner // "the Bush administration": the tagger's name is Bush
			}
			c := d.mentionClass(m)
			if c == "" {
				continue
			}
			start := m.start
			if strings.HasPrefix(m.text, "the ") {
				start += len("the ") // "the Washington Post": the article is no part of the name
			}
			// "Pope Francis", "Emperor Meiji": a person's title is no part of the name
			if first, rest, ok := strings.Cut(m.text, " "); ok && c == "PER" && rest != "" && (d.rules.role(strings.ToLower(first)) != "" || d.x.lex.honorifics[strings.ToLower(strings.TrimSuffix(first, "."))]) {
				start += len(first) + 1
			}
			end := m.end
			for _, suf := range []string{"'s", "’s", "'", "’"} {
				if strings.HasSuffix(m.text, suf) {
					end -= len(suf) // "Obama's": the name, not its genitive ending
					break
				}
			}
			from := sort.SearchInts(ends, start+1)
			to := sort.SearchInts(starts, end)
			if from >= len(starts) || to <= from || sentOf[to-1] != sentOf[from] {
				continue
			}
			// a name inside a word is no token span: "NATO" in "NATO-ledede"
			// (but "Norges" names Norge, its genitive ending aside)
			if starts[from] != start || !genitiveEnding(text[end:ends[to-1]]) {
				continue
			}
			si := sentOf[from]
			span := [2]int{from - first[si], to - first[si]}
			// "US Marines", "Chicago Symphony Orchestra": a body named
			// after its place right before it makes one name with it
			if c == "ORG" && prev != nil && prevSpan[1] == span[0] && prev.end+1 == m.start && !prev.genitive {
				delete(out[si], prevSpan)
				span[0] = prevSpan[0]
			}
			out[si][span] = c
			prev, prevSpan = nil, span
			if c == "LOC" && m.ent.gaz != nil {
				prev = m
			}
		}
	}
}

// mentionClass is the class of one mention: its entity's, except that in
// Norwegian a country or city acting as a body ("Norge vant", "Albania
// søkte om medlemskap") is an organisation where the tagger takes it for
// one, as NorNE has it (Universal NER's English has places as places).
func (d *doc) mentionClass(m *mention) string {
	c := nerClass(m.ent.typ)
	if c != "LOC" || m.ent.gaz == nil || d.lang == "en" {
		return c
	}
	toks := d.toks[m.sent]
	i := sort.Search(len(toks), func(k int) bool { return toks[k].Start >= m.start })
	j := sort.Search(len(toks), func(k int) bool { return toks[k].End >= m.end })
	if i >= len(toks) || j >= len(toks) || toks[i].Start != m.start {
		return c
	}
	if tags := d.spanTags(m.sent, i, j+1); tags != nil && spanClass(tags) == "ORG" {
		return "ORG"
	}
	return c
}

// genitiveEnding reports whether rest, what a word has after a name, is
// nothing, a genitive ending or an abbreviation's full stop ("Corp.").
func genitiveEnding(rest string) bool {
	switch rest {
	case "", "s", "'s", "’s", "'", "’", ".":
		return true
	}
	return false
}

// readNER parses CoNLL-U, IOB2 or bracketed sentences (see isBracketed).
func readNER(r io.Reader) ([]nerSentence, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	if isBracketed(string(data)) {
		return readBracketed(string(data))
	}
	r = bytes.NewReader(data)
	var out []nerSentence
	var cur nerSentence
	var tags []string
	var text string    // IOB2: the sentence's text, to space the tokens as it does
	var noSpace []bool // CoNLL-U: SpaceAfter=No after each token
	doc, lastID, newdocs := 0, -2, false
	flush := func() {
		if len(cur.tokens) > 0 {
			cur.gold = spansFromTags(tags)
			cur.doc = doc
			if text != "" {
				cur.glued = gluedTokens(cur.tokens, text)
			} else {
				cur.glued = make([]bool, len(cur.tokens))
				for i := 1; i < len(cur.tokens); i++ {
					cur.glued[i] = noSpace[i-1]
				}
			}
			out = append(out, cur)
		}
		cur, tags, text, noSpace = nerSentence{}, nil, "", nil
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		l := sc.Text()
		if strings.TrimSpace(l) == "" {
			flush()
			continue
		}
		if strings.HasPrefix(l, "#") {
			if k, v, ok := strings.Cut(strings.TrimSpace(l[1:]), "="); ok {
				switch strings.TrimSpace(k) {
				case "newdoc id":
					doc++
					newdocs = true
				case "text":
					text = strings.TrimSpace(v)
				case "sent_id":
					cur.id = strings.TrimSpace(v)
					// NorNE has no document markers; a gap in the numbering starts a new text
					id, err := strconv.Atoi(strings.TrimSpace(v))
					if !newdocs && (err != nil || id != lastID+1) {
						doc++
					}
					lastID = id
				}
			}
			continue
		}
		cols := strings.Split(l, "\t")
		if len(cols) < 3 {
			return nil, fmt.Errorf("line %d: expected tab-separated columns (CoNLL-U or IOB2)", line)
		}
		if strings.Contains(cols[0], "-") || strings.Contains(cols[0], ".") {
			continue // CoNLL-U multiword token or empty node
		}
		tag, glued := "O", false
		if len(cols) >= 10 { // CoNLL-U: name=B-PER in MISC
			for _, f := range strings.Split(cols[9], "|") {
				if strings.HasPrefix(f, "name=") {
					tag = f[len("name="):]
				}
				glued = glued || f == "SpaceAfter=No"
			}
		} else {
			tag = cols[2]
		}
		cur.tokens = append(cur.tokens, cols[1])
		tags = append(tags, tag)
		noSpace = append(noSpace, glued)
	}
	flush()
	return out, sc.Err()
}

// gluedTokens finds the tokens in the sentence's text and reports which
// follow the one before with no space; where the text does not hold the
// tokens in order, every token is spaced.
func gluedTokens(tokens []string, text string) []bool {
	glued := make([]bool, len(tokens))
	pos := 0
	for i, t := range tokens {
		k := strings.Index(text[pos:], t)
		if k < 0 || strings.TrimSpace(text[pos:pos+k]) != "" {
			return make([]bool, len(tokens))
		}
		glued[i] = i > 0 && k == 0
		pos += k + len(t)
	}
	return glued
}

// spansFromTags reads IOB2 tags into spans of PER, ORG and LOC.
func spansFromTags(tags []string) map[[2]int]string {
	out := map[[2]int]string{}
	for i := 0; i < len(tags); i++ {
		t := tags[i]
		if !strings.HasPrefix(t, "B-") && !strings.HasPrefix(t, "I-") {
			continue
		}
		typ := t[2:]
		j := i + 1
		for j < len(tags) && tags[j] == "I-"+typ {
			j++
		}
		if c := nerClass(typ); c != "" {
			out[[2]int{i, j}] = c
		}
		i = j - 1
	}
	return out
}
