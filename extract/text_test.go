package extract

import (
	"reflect"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func sentenceTexts(text string) []string {
	var out []string
	for _, s := range SplitSentences(text) {
		out = append(out, s.Text)
	}
	return out
}

func TestSplitSentences(t *testing.T) {
	cases := []struct {
		text string
		want []string
	}{
		{"Møtet starter kl. 14 i dag. Det varer ca. 20 minutter, bl.a. med innlegg fra f.eks. Norge. Så er det slutt.",
			[]string{"Møtet starter kl. 14 i dag.", "Det varer ca. 20 minutter, bl.a. med innlegg fra f.eks. Norge.", "Så er det slutt."}},
		{"Mr. Smith met U.S. and U.N. officials at 3 p.m. on Friday. They agreed.",
			[]string{"Mr. Smith met U.S. and U.N. officials at 3 p.m. on Friday.", "They agreed."}},
		{"Fristen er 1. januar neste år. Ingen protesterte.",
			[]string{"Fristen er 1. januar neste år.", "Ingen protesterte."}},
		{"«Vi er klare. Nå går vi», sa hun. Det var alt.",
			[]string{"«Vi er klare. Nå går vi», sa hun.", "Det var alt."}},
		{"\"We are ready.\" He left.", []string{"\"We are ready.\"", "He left."}},
		// a question or exclamation quoted in the sentence goes on with
		// its attribution; one that opened on an earlier line does not
		{"\"But who are the doctors?\" asked Martin. He left.", []string{"\"But who are the doctors?\" asked Martin.", "He left."}},
		{"– Hva skjer nå? spør Kari Berg. Ingen svarte.", []string{"– Hva skjer nå? spør Kari Berg.", "Ingen svarte."}},
		{"Er dere klare?» meldte CNN.", []string{"Er dere klare?»", "meldte CNN."}},
		{"Why? Nobody knows.", []string{"Why?", "Nobody knows."}},
		{"– Vi skal vinne, sier Kari Berg.\n\nOverskrift uten punktum\nNeste avsnitt.",
			[]string{"– Vi skal vinne, sier Kari Berg.", "Overskrift uten punktum", "Neste avsnitt."}},
		{"J. R. Smith scored. Then he left.", []string{"J. R. Smith scored.", "Then he left."}},
		// an abbreviated rank before a name; the Norwegian pronoun ends one
		{"The van was found, Det. Ann Cole wrote. It was empty.", []string{"The van was found, Det. Ann Cole wrote.", "It was empty."}},
		{"Vi vet det. Han kom.", []string{"Vi vet det.", "Han kom."}},
		// an abbreviation that is also a word is the word before a capital
		{"Skolen stenger før jul. Han er rektor. Det skjedde 4. jul. 2020 i Oslo.", []string{"Skolen stenger før jul.", "Han er rektor.", "Det skjedde 4. jul. 2020 i Oslo."}},
		{"He said no. Then Sen. Ann Cole left on Jul. 4.", []string{"He said no.", "Then Sen. Ann Cole left on Jul. 4."}},
	}
	for _, c := range cases {
		got := sentenceTexts(c.text)
		if len(got) != len(c.want) {
			t.Errorf("%q:\n got %q\nwant %q", c.text, got, c.want)
			continue
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("%q: sentence %d = %q, want %q", c.text, i, got[i], c.want[i])
			}
		}
	}
}

func TestSentenceOffsets(t *testing.T) {
	text := "Første avsnitt. Andre setning!\n\n– Et sitat, sa han.\nSiste linje"
	for _, s := range SplitSentences(text) {
		if text[s.Start:s.End] != s.Text {
			t.Errorf("sentence %q has offsets reading %q", s.Text, text[s.Start:s.End])
		}
	}
}

func TestTokenize(t *testing.T) {
	text := "FN-resolusjon om al-Hamawi, Sainsbury's og U.S. (2016)."
	toks := Tokenize(text, 100)
	var words []string
	for _, tk := range toks {
		words = append(words, tk.Text)
		if text[tk.Start-100:tk.End-100] != tk.Text {
			t.Errorf("token %q has wrong offsets", tk.Text)
		}
	}
	want := []string{"FN-resolusjon", "om", "al-Hamawi", ",", "Sainsbury's", "og", "U.S.", "(", "2016", ")", "."}
	if len(words) != len(want) {
		t.Fatalf("tokens %q, want %q", words, want)
	}
	for i := range want {
		if words[i] != want[i] {
			t.Errorf("token %d = %q, want %q", i, words[i], want[i])
		}
	}
}

func TestCloseSpacedQuotesKeepsOffsets(t *testing.T) {
	in := "Perino spoke.\n\" One of the things is safe.\nThat is an important message, \" she stated.\nHe said \"yes\" to it.\n' \" Some reports were bad, \" said Brooks."
	want := "Perino spoke.\n \"One of the things is safe.\nThat is an important message,\"  she stated.\nHe said \"yes\" to it.\n'  \"Some reports were bad,\"  said Brooks."
	got := closeSpacedQuotes(in)
	if got != want {
		t.Errorf("closeSpacedQuotes:\n got %q\nwant %q", got, want)
	}
	if got, want := closeSpacedQuotes("Han sa: \" Økonomien vokser. \"\n"), "Han sa:  \"Økonomien vokser.\" \n"; got != want {
		t.Errorf("a capital beyond ASCII opens a quote:\n got %q\nwant %q", got, want)
	}
	if len(got) != len(in) {
		t.Errorf("length changed: %d → %d", len(in), len(got))
	}
}

// wordCount counts what strings.Fields splits: words between any spaces.
func TestWordCountAsFields(t *testing.T) {
	for _, s := range []string{"", " ", "one", " two  words ", "tab\tnew\nline\u00a0nbsp\u2003em", "«sitat» – sa han.", "\xff\xfe bad"} {
		if got, want := wordCount(s), len(strings.Fields(s)); got != want {
			t.Errorf("wordCount(%q) = %d, want %d", s, got, want)
		}
	}
}

// The ASCII shortcut of isCapitalized and startsName agrees with the
// rune tests on every one-byte opening, with and without an Arabic article.
func TestCapitalisedShortcut(t *testing.T) {
	slow := func(w string) (capital, name bool) {
		v := stripArticlePrefix(w)
		r, _ := utf8.DecodeRuneInString(v)
		capital = unicode.IsUpper(r)
		r0, _ := utf8.DecodeRuneInString(w)
		return capital, (unicode.IsLetter(r0) || unicode.IsDigit(r0)) && capital
	}
	var words []string
	for c := 0; c < utf8.RuneSelf; c++ {
		words = append(words, string(rune(c)), string(rune(c))+"bc", string(rune(c))+"l-Shaar")
	}
	words = append(words, "", "al-", "al-Assad", "el-Sisi", "ash-Sharq", "an-nahar", "Élysée", "élite", "Øya", "øya", "ß")
	for _, w := range words {
		capital, name := slow(w)
		if isCapitalized(w) != capital || startsName(w) != name {
			t.Errorf("%q: isCapitalized %v startsName %v, want %v %v", w, isCapitalized(w), startsName(w), capital, name)
		}
	}
}

// A document tokenises its sentences into shared blocks; each sentence's
// tokens must be what Tokenize gives it alone, however dense the text
// (punctuation runs of one token per byte force new blocks and growth).
func TestDocTokensAsTokenize(t *testing.T) {
	x := extractor(t)
	var b strings.Builder
	for i := 0; i < 60; i++ {
		switch i % 3 {
		case 0:
			b.WriteString("Russia and China vetoed the draft in New York on Monday. ")
		case 1:
			b.WriteString("a,b,c;d:e(f)g!h?i.j-k,l,m,n,o,p,q,r,s,t,u,v,w,x,y,z!\n")
		default:
			b.WriteString("«Vi skal kjempe», sier Ola Nordmann (45).\n")
		}
	}
	d := newDoc(x, b.String(), "en", "t")
	if len(d.sents) < 20 {
		t.Fatalf("%d sentences", len(d.sents))
	}
	for i, s := range d.sents {
		want := Tokenize(s.Text, s.Start)
		if !reflect.DeepEqual(d.toks[i], want) {
			t.Fatalf("sentence %d %q: tokens %v, want %v", i, s.Text, d.toks[i], want)
		}
		if cap(d.toks[i]) != len(d.toks[i]) {
			t.Fatalf("sentence %d: capacity %d beyond its %d tokens: an append would overwrite the next sentence's", i, cap(d.toks[i]), len(d.toks[i]))
		}
	}
}

func TestDedupKeepsFirstOccurrences(t *testing.T) {
	for _, n := range []int{0, 5, 16, 17, 40} {
		var in, want []string
		for i := 0; i < n; i++ {
			w := strconv.Itoa(i % 7)
			in = append(in, w)
			if i < 7 {
				want = append(want, w)
			}
		}
		if got := dedup(in); !reflect.DeepEqual(got, want) {
			t.Errorf("dedup of %d: %v, want %v", n, got, want)
		}
	}
}

// A possessive set off by a space moves onto its name, every offset kept.
func TestCloseSpacedPossessives(t *testing.T) {
	for in, want := range map[string]string{
		"in Tehran 's Palestine Museum.": "in Tehran's  Palestine Museum.",
		"Hamas ’s position":              "Hamas’s  position",
		"It 's late , 's alone":          "It's  late , 's alone",
		"the players ' union":            "the players ' union",
	} {
		got := closeSpacedPossessives(in)
		if got != want || len(got) != len(in) {
			t.Errorf("%q: %q, want %q", in, got, want)
		}
	}
}

func TestAccentTypedForAnApostropheJoinsAWord(t *testing.T) {
	d := extractText(t, "Pub\n\nBrian Moe tenner en pipe. Denne Michea´l Martin må være en mann uten sans for livets gleder, sier han.\n")
	if e := entityByName(d, "Michea´l Martin"); e == nil || e.Type != "Person" {
		t.Errorf("no person Michea´l Martin (nor should a sentence's 'Denne' open the name): %+v", d.Entities)
	}
}
