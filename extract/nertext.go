package extract

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"
)

// Bracketed text is a third reference format beside CoNLL-U and IOB2,
// easier to write by hand: one sentence a line, names marked inline, a
// line "# doc ID" (or a blank line) starting a new document:
//
//	# doc h1-001
//	[PER Angela Merkel] met [ORG Siemens] executives in [LOC Munich].
//
// The lines are cut into tokens as Universal Dependencies' English
// treebanks cut them (punctuation, "'s" and "n't" apart), so that a
// tagger trained on them sees tokens like those of its other training
// files.

// isBracketed reports whether data is bracketed text: its first line that
// is neither blank nor a comment has no tab.
func isBracketed(data string) bool {
	for line := range strings.SplitSeq(data, "\n") {
		if t := strings.TrimSpace(line); t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		return !strings.Contains(line, "\t")
	}
	return false
}

// bracketName matches one marked name: "[PER Angela Merkel]".
var bracketName = regexp.MustCompile(`\[(PER|ORG|LOC) ([^\[\]]+)\]`)

// readBracketed parses bracketed text into reference sentences.
func readBracketed(data string) ([]nerSentence, error) {
	var out []nerSentence
	doc, inDoc := 0, false
	for n, line := range strings.Split(data, "\n") {
		line = strings.TrimSpace(line)
		switch {
		case line == "":
			inDoc = false
			continue
		case strings.HasPrefix(line, "# doc"):
			doc++
			inDoc = true
			continue
		case strings.HasPrefix(line, "#"):
			continue
		}
		if !inDoc {
			doc++
			inDoc = true
		}
		s := nerSentence{doc: doc, id: fmt.Sprint(n + 1), gold: map[[2]int]string{}}
		var text strings.Builder // the sentence without its marks, to space the tokens
		add := func(part, class string) {
			toks := udTokens(part)
			if class != "" && len(toks) > 0 {
				s.gold[[2]int{len(s.tokens), len(s.tokens) + len(toks)}] = class
			}
			s.tokens = append(s.tokens, toks...)
			text.WriteString(part)
		}
		at := 0
		for _, m := range bracketName.FindAllStringSubmatchIndex(line, -1) {
			add(line[at:m[0]], "")
			add(line[m[4]:m[5]], line[m[2]:m[3]])
			at = m[1]
		}
		add(line[at:], "")
		if strings.ContainsAny(text.String(), "[]") {
			return nil, fmt.Errorf("line %d: a bracket that marks no name (write [PER …], [ORG …] or [LOC …], not nested)", n+1)
		}
		if len(s.tokens) == 0 {
			continue
		}
		s.glued = gluedTokens(s.tokens, text.String())
		out = append(out, s)
	}
	return out, nil
}

// udAbbreviations keep their full stop as Universal Dependencies' English
// treebanks do ("Mr.", "Inc."); so do initials and dotted acronyms ("U.S.").
var udAbbreviations = map[string]bool{"Mr.": true, "Mrs.": true, "Ms.": true, "Dr.": true, "St.": true, "Jr.": true, "Sr.": true,
	"Gen.": true, "Col.": true, "Lt.": true, "Sgt.": true, "Capt.": true, "Prof.": true, "Rev.": true, "Gov.": true, "Sen.": true,
	"Rep.": true, "Inc.": true, "Corp.": true, "Co.": true, "Ltd.": true, "No.": true, "vs.": true, "etc.": true, "Mt.": true,
	"Ft.": true, "Jan.": true, "Feb.": true, "Aug.": true, "Sept.": true, "Oct.": true, "Nov.": true, "Dec.": true}

// dottedAcronym matches initials and dotted acronyms: "U.S.", "J.", "a.m.".
var dottedAcronym = regexp.MustCompile(`^(?:\p{L}\.)+$`)

const (
	udOpeners = "\"“‘'([{«¿¡"
	udClosers = ".,;:!?\"”’')]}»…"
)

// udTokens cuts text into tokens: at spaces, punctuation apart from
// words, hyphens between letters apart ("Coca - Cola"), and the clitics
// "'s", "n't", "'re", "'ve", "'ll", "'d", "'m" apart from their word.
func udTokens(text string) []string {
	var out []string
	for _, chunk := range strings.Fields(text) {
		var tail []string
		if slices.Contains(udClitics, chunk) {
			out = append(out, chunk) // "[LOC Russia]'s envoy"
			continue
		}
		for len(chunk) > 1 && strings.ContainsRune(udOpeners, firstRune(chunk)) {
			_, n := utf8.DecodeRuneInString(chunk)
			out = append(out, chunk[:n])
			chunk = chunk[n:]
		}
		for chunk != "" && !udAbbreviations[chunk] && !dottedAcronym.MatchString(chunk) {
			r, n := utf8.DecodeLastRuneInString(chunk)
			if !strings.ContainsRune(udClosers, r) {
				break
			}
			if r == '.' && strings.HasSuffix(chunk, "...") {
				tail = append([]string{"..."}, tail...)
				chunk = chunk[:len(chunk)-3]
				continue
			}
			tail = append([]string{chunk[len(chunk)-n:]}, tail...)
			chunk = chunk[:len(chunk)-n]
		}
		if chunk != "" {
			out = append(out, splitClitic(chunk)...)
		}
		out = append(out, tail...)
	}
	return out
}

// udClitics are the endings UD cuts off a word, longest first.
var udClitics = []string{"n't", "n’t", "'s", "’s", "'re", "’re", "'ve", "’ve", "'ll", "’ll", "'d", "’d", "'m", "’m"}

// splitClitic cuts a clitic and hyphens off one word.
func splitClitic(w string) []string {
	var tail []string
	for _, c := range udClitics {
		if len(w) > len(c) && strings.EqualFold(w[len(w)-len(c):], c) {
			w, tail = w[:len(w)-len(c)], []string{w[len(w)-len(c):]}
			break
		}
	}
	var out []string
	for {
		k := strings.IndexByte(w, '-')
		if k <= 0 || k == len(w)-1 || !isWordRune(lastRune(w[:k])) && !dottedAcronym.MatchString(w[:k]) || !isWordRune(firstRune(w[k+1:])) {
			break
		}
		out = append(out, w[:k], "-")
		w = w[k+1:]
	}
	return append(append(out, w), tail...)
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}
