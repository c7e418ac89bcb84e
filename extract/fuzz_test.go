package extract

import (
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"kg/loaders"
)

var (
	fuzzOnce sync.Once
	fuzzX    *Extractor
	fuzzErr  error
)

// fuzzExtractor is one Extractor shared by the fuzz inputs (loading the
// taggers takes a while).
func fuzzExtractor(t *testing.T) *Extractor {
	fuzzOnce.Do(func() { fuzzX, fuzzErr = New(Config{}) })
	if fuzzErr != nil {
		t.Fatal(fuzzErr)
	}
	return fuzzX
}

// FuzzExtract extracts arbitrary text (as loaders deliver it: valid UTF-8)
// and checks that nothing panics (Extract turns a panic into an error), that
// every offset lies inside the text, that each mention's and evidence's
// text is the text at its offsets, that every reference names an entity,
// and that every string is valid UTF-8.
func FuzzExtract(f *testing.F) {
	f.Add("Russia vetoed the draft resolution drafted by France at the United Nations, diplomats said.", "")
	f.Add("Statsminister Jonas Gahr Støre sa at Norge vil øke støtten til Ukraina.\n\nRegjeringen i Oslo møtte FN.", "nb")
	f.Add(`"We will keep working," said Anna Berg, the foreign minister of Sweden, who met Lars Nilsson in Geneva.`, "en")
	f.Add("Oslo Oslo Norway Norway Oslo Bergen Norway", "")
	f.Add("U.S. Sen. J. R. R. Tolkien's co. met Mr. O'Neill in St. Petersburg — Dr. Who, Ph.D., said: «Nei».", "")
	f.Add("\u00a0\u2028\u200b Emoji 🇳🇴 and combining e\u0301 in Zürich; ÆØÅ æøå İstanbul ß ẞ ǅ", "")
	f.Add("The talks in Geneva ended.\r\nIran and the United States said they would meet again", "")
	f.Add(strings.Repeat("A ", 200)+"B. C D E F G H.", "")
	f.Add("Kina og Russland la ned veto mot resolusjonen i Sikkerhetsrådet, opplyser diplomater.", "und")
	f.Add(`He said: "She said: 'they said "no"'"`, "")
	f.Fuzz(func(t *testing.T, text, lang string) {
		if !utf8.ValidString(text) || !utf8.ValidString(lang) || len(text) > 1<<16 {
			return // loaders deliver valid UTF-8; size is the linear tests' business
		}
		x := fuzzExtractor(t)
		a := loaders.Article{ID: "fuzz", Source: "fuzz", Text: text, Language: lang}
		d, err := x.Extract(a)
		if err != nil {
			t.Fatalf("Extract(%q): %v", text, err)
		}
		if d == nil {
			t.Fatalf("Extract(%q): no document and no error", text)
		}
		checkDocument(t, text, d)
	})
}

// checkDocument checks the invariants FuzzExtract promises.
func checkDocument(t *testing.T, text string, d *Document) {
	t.Helper()
	span := func(what string, start, end int) string {
		t.Helper()
		if start < 0 || end < start || end > len(text) {
			t.Fatalf("%s: offsets [%d, %d) outside the text of %d bytes %q", what, start, end, len(text), text)
		}
		if !utf8.ValidString(text[start:end]) {
			t.Fatalf("%s: offsets [%d, %d) cut a character in %q", what, start, end, text)
		}
		return text[start:end]
	}
	valid := func(what, s string) {
		t.Helper()
		if !utf8.ValidString(s) {
			t.Fatalf("%s is not valid UTF-8: %q (text %q)", what, s, text)
		}
	}
	valid("language", d.Language)
	ids := map[string]bool{}
	for _, e := range d.Entities {
		if e.ID == "" || ids[e.ID] {
			t.Fatalf("entity ID %q empty or repeated (text %q)", e.ID, text)
		}
		ids[e.ID] = true
		for _, s := range append([]string{e.ID, e.Key, e.Name, e.Type, e.QID}, e.Aliases...) {
			valid("entity "+e.ID+" field", s)
		}
		for lang, names := range e.Labels {
			valid("label language", lang)
			for _, n := range names {
				valid("label", n)
			}
		}
		if len(e.Mentions) == 0 {
			t.Fatalf("entity %s (%q) has no mention (text %q)", e.ID, e.Name, text)
		}
		for _, m := range e.Mentions {
			if got := span("mention of "+e.ID, m.Start, m.End); got != m.Text {
				t.Fatalf("mention of %s: text %q, but the text at [%d, %d) is %q (text %q)", e.ID, m.Text, m.Start, m.End, got, text)
			}
		}
	}
	for _, r := range d.Relations {
		if !ids[r.Subject] || !ids[r.Object] {
			t.Fatalf("relation %s %s %s names an unknown entity (text %q)", r.Subject, r.Predicate, r.Object, text)
		}
		valid("predicate", r.Predicate)
		valid("evidence", r.Evidence)
		if got := span("relation evidence", r.Start, r.End); got != r.Evidence {
			t.Fatalf("relation evidence %q is not the text at [%d, %d): %q", r.Evidence, r.Start, r.End, got)
		}
	}
	for _, c := range d.Claims {
		if !ids[c.Speaker] {
			t.Fatalf("claim by unknown entity %s (text %q)", c.Speaker, text)
		}
		valid("claim text", c.Text)
		valid("claim evidence", c.Evidence)
		if got := span("claim evidence", c.Start, c.End); got != c.Evidence {
			t.Fatalf("claim evidence %q is not the text at [%d, %d): %q", c.Evidence, c.Start, c.End, got)
		}
	}
}
