package loaders

import (
	"strings"
	"testing"
)

func TestHTMLArticle(t *testing.T) {
	a := readOne(t, "testdata/html/article.html")
	if a.Title != "Strømprisen stiger igjen" {
		t.Errorf("Title = %q", a.Title)
	}
	if a.Language != "nb" {
		t.Errorf("Language = %q, want nb (from nb-NO)", a.Language)
	}
	if a.URL != "https://example.org/okonomi/strompris-stiger" || a.ID != a.URL {
		t.Errorf("URL, ID = %q, %q; want the canonical link", a.URL, a.ID)
	}
	if a.Date != "2022-08-15T07:30:00+02:00" {
		t.Errorf("Date = %q", a.Date)
	}
	paras := strings.Split(a.Text, "\n\n")
	if len(paras) != 4 || paras[0] != a.Title {
		t.Fatalf("Text is not title + 3 paragraphs: %q", a.Text)
	}
	if !strings.HasPrefix(paras[1], "Strømprisen i Sør-Norge nådde mandag") ||
		!strings.HasSuffix(paras[3], "Nordisk Kraftanalyse i Oslo.") {
		t.Errorf("paragraphs = %q", paras)
	}
	for _, junk := range []string{"Forsiden", "Alle rettigheter", "<p>", "Eksempelavisen"} {
		if strings.Contains(a.Text, junk) {
			t.Errorf("Text contains page clutter %q: %q", junk, a.Text)
		}
	}
}

func TestHTMLNoMainText(t *testing.T) {
	readErr(t, "testdata/html/empty_body.html", ErrNoText, "no main text found in HTML")
}

func TestHTMLMetadataFallbacks(t *testing.T) {
	page := `<html><head><title>Election night in Oslo</title>
<meta property="og:url" content="https://example.org/valg">
<meta name="date" content="2023-09-11">
<meta http-equiv="content-language" content="nn-NO">
</head><body><article><p>` + strings.Repeat("Valdeltakinga var høg i heile landet. ", 20) + `</p></article></body></html>`
	a, err := parseHTML(page)
	if err != nil {
		t.Fatal(err)
	}
	if a.URL != "https://example.org/valg" || a.Date != "2023-09-11" || NormalizeLanguage(a.Language) != "nn" {
		t.Errorf("URL %q, Date %q, Language %q", a.URL, a.Date, a.Language)
	}
	if a.Title != "Election night in Oslo" || !strings.HasPrefix(a.Text, a.Title+"\n\nValdeltakinga var høg") {
		t.Errorf("Title %q, Text %q", a.Title, a.Text)
	}
}

func TestHTMLDeclaredCharset(t *testing.T) {
	// "Bokmål og særnorske tegn" in ISO-8859-1, declared by the page.
	latin1 := "<html><head><meta charset=\"iso-8859-1\"><title>Test</title></head><body><p>" +
		strings.Repeat("Bokm\xe5l og s\xe6rnorske tegn. ", 20) + "</p></body></html>"
	path := writeFile(t, t.TempDir(), "latin1.html", latin1)
	a := readOne(t, path)
	if !strings.Contains(a.Text, "Bokmål og særnorske tegn.") {
		t.Errorf("Text was not converted from the declared charset: %q", a.Text)
	}
}
