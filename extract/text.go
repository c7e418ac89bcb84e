package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Sentence is a span of the article text.
type Sentence struct {
	Start, End int // byte offsets into the text
	Text       string
	// Para is the index of the paragraph (line block) the sentence is in.
	Para int
}

// Token is a word or punctuation mark with its byte offsets.
type Token struct {
	Start, End int
	Text       string
	Lower      string // Text in lower case, made once: the rules compare it often
}

// abbreviations never end a sentence (compared lower-case, without the final dot).
var abbreviations = map[string]bool{
	// English
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "st": true, "sen": true,
	"rep": true, "gov": true, "gen": true, "col": true, "lt": true, "sgt": true, "capt": true,
	"jr": true, "sr": true, "inc": true, "ltd": true, "corp": true, "co": true, "vs": true, "v": true,
	"sens": true, "reps": true, "govs": true, "messrs": true, "rev": true, "hon": true, "supt": true,
	"insp": true, "cpl": true, "brig": true, "adm": true, "cmdr": true, "cllr": true,
	"u.s": true, "u.n": true, "u.k": true, "e.g": true, "i.e": true, "etc": true, "no": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true, "a.m": true, "p.m": true,
	// Norwegian
	"kl": true, "ca": true, "bl.a": true, "f.eks": true, "dvs": true, "mv": true, "osv": true,
	"nr": true, "jf": true, "evt": true, "pga": true, "mht": true, "ifm": true, "iflg": true,
	"m.m": true, "o.l": true, "bl": true, "f": true, "pst": true, "mill": true, "mrd": true,
	"tlf": true, "ref": true, "red": true, "kr": true,
}

// wordAbbreviations are abbreviations that are also words of their own
// (Norwegian "jul" Christmas, "sen" late; English "no").
var wordAbbreviations = map[string]bool{"jul": true, "sen": true, "no": true, "mar": true}

// titleAbbreviations are abbreviated titles that never end a sentence
// when written capitalised before a name ("Det. Dennis McCarthy"), and
// are words of their own otherwise (Norwegian "det.").
var titleAbbreviations = map[string]bool{"Det": true, "Const": true, "Maj": true, "Pvt": true, "Cpt": true, "Atty": true}

// SplitSentences splits text into sentences. Line breaks always end a
// sentence (news text puts paragraphs, headings and captions on lines of
// their own); within a line, '.', '!' and '?' end one unless they close an
// abbreviation, an initial or an ordinal number.
func SplitSentences(text string) []Sentence {
	var out []Sentence
	para := 0
	lineStart := 0
	for lineStart <= len(text) {
		lineEnd := strings.IndexByte(text[lineStart:], '\n')
		if lineEnd < 0 {
			lineEnd = len(text)
		} else {
			lineEnd += lineStart
		}
		line := text[lineStart:lineEnd]
		if strings.TrimSpace(line) == "" {
			para++
		} else {
			for _, s := range splitLine(line) {
				s.Start += lineStart
				s.End += lineStart
				s.Text = text[s.Start:s.End]
				s.Para = para
				out = append(out, s)
			}
		}
		lineStart = lineEnd + 1
	}
	return out
}

func splitLine(line string) []Sentence {
	var out []Sentence
	start := skipSpace(line, 0)
	quoteDepth := 0
	quoted := dashOpens(line[start:]) // the sentence so far opens a quotation
	for i := 0; i < len(line); {
		r, size := utf8.DecodeRuneInString(line[i:])
		switch r {
		case '"', '“':
			quoted = true
		case '«':
			quoteDepth++
			quoted = true
		case '»':
			if quoteDepth > 0 {
				quoteDepth--
			}
		case '.', '!', '?', '…':
			end := i + size
			// absorb closing quotes and further stops
			for end < len(line) {
				r2, s2 := utf8.DecodeRuneInString(line[end:])
				if r2 == '"' || r2 == '”' || r2 == '’' || r2 == '»' || r2 == ')' || r2 == '.' || r2 == '!' || r2 == '?' || r2 == '\'' {
					if r2 == '»' && quoteDepth > 0 {
						quoteDepth--
					}
					end += s2
					continue
				}
				break
			}
			if end < len(line) && !isSpace(line[end]) {
				i = end
				continue
			}
			next := skipSpace(line, end)
			if next >= len(line) {
				i = end
				continue
			}
			if r == '.' && !endsSentence(line[start:i], line[next:]) {
				i = end
				continue
			}
			// `"…doctors?" asked Martin`, `– Hva nå? spør han`: a lower-case
			// word after a question or exclamation quoted in this sentence
			// goes on with it (a quote opened on an earlier line may end in
			// a source's note: `Er dere klare?» meldte CNN`); so does one
			// after a mark that closes no quote (`Nå ble jeg glad! jubler X`,
			// a line of an answer written a sentence a line)
			if (r == '?' || r == '!') && startsLower(line[next:]) && (quoted || strings.TrimSpace(line[i+size:end]) == "") {
				i = end
				continue
			}
			if quoteDepth > 0 { // a quote in «» is one sentence with its attribution
				i = end
				continue
			}
			if s := trimSentence(line, start, end); s.End > s.Start {
				out = append(out, s)
			}
			start = next
			i = next
			quoted = dashOpens(line[start:])
			continue
		}
		i += size
	}
	if s := trimSentence(line, start, len(line)); s.End > s.Start {
		out = append(out, s)
	}
	return out
}

// endsSentence decides whether a '.' after before, followed by after, ends a sentence.
func endsSentence(before, after string) bool {
	word := before
	if k := strings.LastIndexAny(before, " \t(«\"“"); k >= 0 {
		word = before[k+1:]
	}
	lw := strings.ToLower(word)
	// "før jul. Han …", "for sen. Det …": an abbreviation that is also a
	// word, written in lower case before a capital, is the word ("Jul. 4",
	// "Sen. Smith" and "jul. 2020" stay abbreviations)
	if wordAbbreviations[word] && startsUpper(after) {
		return true
	}
	if abbreviations[lw] || titleAbbreviations[word] {
		return false
	}
	// single-letter initials: "J. Smith", "U.S." handled above
	if utf8.RuneCountInString(word) == 1 {
		r, _ := utf8.DecodeRuneInString(word)
		if unicode.IsUpper(r) {
			return false
		}
	}
	// dotted abbreviations such as "f.eks" or "U.S"
	if strings.Contains(word, ".") && len(word) <= 6 {
		return false
	}
	// ordinal numbers: "1. januar", "the 3. of" — a lower-case word follows
	if word != "" && isDigits(word) && !startsUpper(after) {
		return false
	}
	// the next sentence starts with an upper-case letter, digit, quote or dash
	return startsUpper(after) || strings.HasPrefix(after, "–") || strings.HasPrefix(after, "-") ||
		strings.HasPrefix(after, "\"") || strings.HasPrefix(after, "“") || strings.HasPrefix(after, "«") ||
		(after != "" && after[0] >= '0' && after[0] <= '9')
}

func trimSentence(line string, start, end int) Sentence {
	for start < end && isSpace(line[start]) {
		start++
	}
	for end > start && isSpace(line[end-1]) {
		end--
	}
	return Sentence{Start: start, End: end}
}

func skipSpace(s string, i int) int {
	for i < len(s) && isSpace(s[i]) {
		i++
	}
	return i
}

func isSpace(b byte) bool { return b == ' ' || b == '\t' || b == '\r' || b == '\n' }

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

func startsUpper(s string) bool {
	for _, r := range s {
		if r == '"' || r == '“' || r == '«' || r == '(' || r == '\'' {
			continue
		}
		return unicode.IsUpper(r)
	}
	return false
}

// topLevelDomain returns the web domain ending s opens with ("com" in
// "com reported"), or "": "weather.com" and "bbc.co.uk" are one token.
func topLevelDomain(s string) string {
	for _, tld := range []string{"com", "org", "net", "gov", "edu", "io", "co", "uk", "no"} {
		if rest, ok := strings.CutPrefix(s, tld); ok {
			if r, _ := utf8.DecodeRuneInString(rest); rest == "" || !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				return tld
			}
		}
	}
	return ""
}

// Tokenize splits s into word and punctuation tokens; offsets are relative
// to s plus base. Words keep inner hyphens, apostrophes and dots
// ("al-Hamawi", "FN-resolusjon", "Sainsbury's", "U.S.").
func Tokenize(s string, base int) []Token {
	return appendTokens(make([]Token, 0, len(s)/4+1), s, base) // news text has about one token per five bytes: no growing
}

// appendTokens appends s's tokens to toks (see Tokenize).
func appendTokens(toks []Token, s string, base int) []Token {
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			i += size
			continue
		}
		if isWordRune(r) {
			j := i + size
			for j < len(s) {
				r2, s2 := utf8.DecodeRuneInString(s[j:])
				if isWordRune(r2) {
					j += s2
					continue
				}
				// inner joiners followed by a word rune
				if r2 == '-' || r2 == '\'' || r2 == '’' || r2 == '´' || r2 == 'ʼ' || r2 == '.' || r2 == '&' { // ("Michea´l": an accent typed for an apostrophe)
					if j+s2 < len(s) {
						r3, _ := utf8.DecodeRuneInString(s[j+s2:])
						if isWordRune(r3) && (r2 != '.' || isDottedAbbrev(s[i:j]) || topLevelDomain(s[j+s2:]) != "") {
							j += s2
							continue
						}
					}
					// "U.S." keeps its final dot
					if r2 == '.' && isDottedAbbrev(s[i:j]) && strings.Contains(s[i:j], ".") {
						j += s2
					}
				}
				break
			}
			toks = append(toks, Token{Start: base + i, End: base + j, Text: s[i:j], Lower: strings.ToLower(s[i:j])})
			i = j
			continue
		}
		toks = append(toks, Token{Start: base + i, End: base + i + size, Text: s[i : i+size], Lower: strings.ToLower(s[i : i+size])})
		i += size
	}
	return toks
}

// isDottedAbbrev reports whether w looks like "U", "U.S", "f.eks": short
// letter groups joined by dots.
func isDottedAbbrev(w string) bool {
	parts := strings.Split(w, ".")
	for _, p := range parts {
		if utf8.RuneCountInString(p) > 3 || p == "" {
			return false
		}
	}
	return len(parts) >= 1 && utf8.RuneCountInString(parts[0]) <= 2
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// isCapitalized reports whether a word starts with an upper-case letter
// (allowing an Arabic article prefix: "al-Shaar").
func isCapitalized(w string) bool {
	if w != "" && w[0] < utf8.RuneSelf && w[0] != 'a' && w[0] != 'e' {
		return 'A' <= w[0] && w[0] <= 'Z' // most words: ASCII, no article
	}
	w = stripArticlePrefix(w)
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

func stripArticlePrefix(w string) string {
	if len(w) < 4 || w[0] != 'a' && w[0] != 'e' {
		return w // most words: no Arabic article to strip
	}
	for _, p := range []string{"al-", "el-", "ad-", "ash-", "as-", "an-", "ar-", "at-", "az-"} {
		if strings.HasPrefix(w, p) && len(w) > len(p) {
			return w[len(p):]
		}
	}
	return w
}

func isAllCaps(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			letters++
			if !unicode.IsUpper(r) {
				return false
			}
		}
	}
	return letters >= 2
}

// startsLower reports whether s begins with a lower-case letter.
func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

// dashOpens reports whether a sentence starting s opens with the dash of
// a Norwegian quote.
func dashOpens(s string) bool {
	return strings.HasPrefix(s, "–") || strings.HasPrefix(s, "- ")
}

// closeSpacedQuotes moves straight quote marks set off by a space from
// the words they quote onto them, keeping every offset: `" One of …`
// becomes ` "One of …` and `… message, " she stated` becomes
// `… message,"  she stated`. Wikinews writes quotes this way; the quote
// reader expects a mark against its words. A mark with spaces on both
// sides opens at a line's start or before a capital when an even number
// of marks came before it, and closes otherwise.
func closeSpacedQuotes(text string) string {
	if !strings.Contains(text, "\" ") && !strings.Contains(text, " \"") {
		return text
	}
	b := []byte(text)
	marks := 0
	for i := 0; i < len(b); i++ {
		if b[i] != '"' {
			continue
		}
		lineStart := i == 0 || b[i-1] == '\n'
		spaceBefore := i > 0 && b[i-1] == ' '
		spaceAfter := i+1 < len(b) && b[i+1] == ' '
		lineEnd := i+1 == len(b) || b[i+1] == '\n' || spaceAfter && (i+2 == len(b) || b[i+2] == '\n')
		switch {
		case spaceAfter && (lineStart || spaceBefore && marks%2 == 0 && i+2 < len(b) && upperAt(b[i+2:])):
			b[i], b[i+1] = ' ', '"' // opens: onto the word after it
			i++
		case spaceBefore && i > 1 && b[i-2] != ' ' && (lineEnd || spaceAfter && marks%2 == 1):
			b[i-1], b[i] = '"', ' ' // closes: onto the word before it
		}
		marks++
	}
	return string(b)
}

// closeSpacedPossessives moves a possessive ending set off by a space onto
// the name before it, keeping every offset: `Tehran 's museum` becomes
// `Tehran's  museum`. Tokenised text (treebanks, some wires) writes
// genitives this way; the name reader expects the mark against its name.
func closeSpacedPossessives(text string) string {
	if !strings.Contains(text, " 's ") && !strings.Contains(text, " ’s ") {
		return text
	}
	b := []byte(text)
	for i := 2; i+1 < len(b); i++ {
		if b[i-1] != ' ' || !isNameByte(b[i-2]) {
			continue
		}
		mark := 0 // the apostrophe's length
		switch {
		case b[i] == '\'':
			mark = 1
		case strings.HasPrefix(string(b[i:min(len(b), i+3)]), "’"):
			mark = 3
		}
		if mark == 0 || i+mark >= len(b) || b[i+mark] != 's' || i+mark+1 < len(b) && b[i+mark+1] != ' ' && b[i+mark+1] != '\n' {
			continue
		}
		copy(b[i-1:], b[i:i+mark+1]) // the mark and the s, one byte left
		b[i+mark] = ' '
		i += mark
	}
	return string(b)
}

// isNameByte reports whether a byte may end a name: a letter, a digit or
// the last byte of a multi-byte letter.
func isNameByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

// upperAt reports whether b opens with an upper-case letter ("Økonomien").
func upperAt(b []byte) bool {
	r, _ := utf8.DecodeRune(b)
	return unicode.IsUpper(r)
}

// isPossessiveMark reports whether a token is English's possessive ending
// split from its name ("'s", "’s").
func isPossessiveMark(t string) bool { return t == "'s" || t == "’s" }
