package loaders

import (
	"errors"
	"strings"
	"testing"
)

func TestMarkdownFrontMatter(t *testing.T) {
	a := readOne(t, "testdata/markdown/frontmatter.md")
	want := Article{
		ID:       "bro-2021",
		Title:    "Ny bro åpnet over Glomma",
		Date:     "2021-06-03",
		URL:      "https://example.org/nyheter/ny-bro",
		Language: "nb",
	}
	if a.ID != want.ID || a.Title != want.Title || a.Date != want.Date || a.URL != want.URL || a.Language != want.Language {
		t.Errorf("got ID %q Title %q Date %q URL %q Language %q; want %+v", a.ID, a.Title, a.Date, a.URL, a.Language, want)
	}
	if a.Meta["author"] != "Line Haugen" || a.Meta["tags"] != `["samferdsel","Innlandet"]` {
		t.Errorf("Meta = %v", a.Meta)
	}
	for _, key := range []string{"title", "date", "url", "lang", "id"} {
		if _, ok := a.Meta[key]; ok {
			t.Errorf("known key %q is in Meta", key)
		}
	}
	wantText := "Ny bro åpnet over Glomma\n\n" +
		"Den nye brua ved Elverum ble åpnet av samferdselsministeren torsdag.\n\n" +
		"Les mer hos Statens vegvesen.\n\n" +
		"Kostnader\n\n" +
		"Brua kostet 420 millioner kroner.\n" +
		"Byggingen tok tre år."
	if a.Text != wantText {
		t.Errorf("Text =\n%q\nwant\n%q", a.Text, wantText)
	}
}

func TestMarkdownHeadingTitle(t *testing.T) {
	a := readOne(t, "testdata/markdown/heading.md")
	if a.Title != "Storm closes three airports in the north" {
		t.Errorf("Title = %q", a.Title)
	}
	if !strings.HasPrefix(a.Text, a.Title+"\n\nFlights from Tromsø") {
		t.Errorf("Text = %q", a.Text)
	}
	if !strings.Contains(a.Text, "\n\n\"We have never seen") || !strings.Contains(a.Text, "See status_page for") {
		t.Errorf("block quote or code span not made plain: %q", a.Text)
	}
	if a.ID != "testdata/markdown/heading.md" {
		t.Errorf("ID = %q", a.ID)
	}
}

func TestMarkdownToPlain(t *testing.T) {
	tests := []struct{ in, want string }{
		{"# Title #", "Title"},
		{"### Sub heading", "Sub heading"},
		{"#hashtag stays", "#hashtag stays"},
		{"**bold** and __strong__ words", "bold and strong words"},
		{"*em* and _em_ words", "em and em words"},
		{"***both***", "both"},
		{"snake_case_name stays", "snake_case_name stays"},
		{"2 * 3 * 4 = 24", "2 * 3 * 4 = 24"},
		{"a [link](https://example.org) here", "a link here"},
		{"an ![image](x.png) gone", "an  gone"},
		{"a [reference][1] link", "a reference link"},
		{"[1]: https://example.org", ""},
		{"<https://example.org>", "https://example.org"},
		{"> quoted", "quoted"},
		{"- bullet", "bullet"},
		{"* star bullet", "star bullet"},
		{"1. first", "1. first"},
		{"---", ""},
		{"* * *", ""},
		{"Setext\n======", "Setext\n"},
		{"```go\nx := *p\n```", "x := *p"},
		{"`*not emphasis*`", "*not emphasis*"},
	}
	for _, tt := range tests {
		if got := markdownToPlain(tt.in); got != tt.want {
			t.Errorf("markdownToPlain(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestMarkdownTitleNotRepeated(t *testing.T) {
	a, err := parseMarkdown("---\ntitle: Same headline\n---\n# Same headline\n\nBody text.\n")
	if err != nil {
		t.Fatal(err)
	}
	if a.Text != "Same headline\n\nBody text." {
		t.Errorf("Text = %q", a.Text)
	}
}

func TestMarkdownWithoutFrontMatter(t *testing.T) {
	a, err := parseMarkdown("Plain paragraph with *emphasis*.\n\n--- \n\nAfter the rule.")
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "" || a.Text != "Plain paragraph with emphasis.\n\nAfter the rule." {
		t.Errorf("Title %q, Text %q", a.Title, a.Text)
	}
}

func TestMarkdownBrokenFrontMatter(t *testing.T) {
	for _, in := range []string{
		"---\ntitle: [unclosed\n---\nBody.",
		"---\ntitle: never closed\nBody.",
		"---\n- a list\n- not a mapping\n---\nBody.",
	} {
		if _, err := parseMarkdown(in); !errors.Is(err, ErrSyntax) {
			t.Errorf("parseMarkdown(%q): err = %v, want ErrSyntax", in, err)
		}
	}
	path := writeFile(t, t.TempDir(), "bad.md", "---\ntitle: [unclosed\n---\nBody.\n")
	readErr(t, path, ErrSyntax, "invalid front matter")
}
