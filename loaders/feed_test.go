package loaders

import (
	"strings"
	"testing"
)

func TestRSSFeed(t *testing.T) {
	arts, errs := collect(t, []string{"testdata/feed/news.rss"}, Options{})
	if len(arts) != 2 {
		t.Fatalf("got %d articles, want 2 (errors %v)", len(arts), errs)
	}
	a := arts[0]
	if a.ID != "https://example.org/artikkel/1001" || a.URL != "https://example.org/elbil" {
		t.Errorf("ID, URL = %q, %q; want the GUID and the link", a.ID, a.URL)
	}
	if a.Source != "testdata/feed/news.rss#1" || a.Title != "Ny rekord for elbilsalg" {
		t.Errorf("Source, Title = %q, %q", a.Source, a.Title)
	}
	if a.Date != "2023-01-02T08:15:00Z" {
		t.Errorf("Date = %q", a.Date)
	}
	if a.Language != "nb" {
		t.Errorf("Language = %q, want nb (feed says nb-no)", a.Language)
	}
	want := "Ny rekord for elbilsalg\n\n" +
		"Nesten ni av ti nye biler som ble solgt i fjor var elbiler.\n\n" +
		"Opplysningsrådet for veitrafikken la fram tallene mandag."
	if a.Text != want {
		t.Errorf("Text = %q, want %q", a.Text, want)
	}
	if a.Meta["feed"] != "Eksempel Nyheter" {
		t.Errorf("Meta = %v", a.Meta)
	}

	b := arts[1]
	if b.ID != "https://example.org/sno" || b.Source != "testdata/feed/news.rss#2" || b.Date != "" {
		t.Errorf("second item: ID %q, Source %q, Date %q", b.ID, b.Source, b.Date)
	}
	if b.Text != "Snøkaos i Trondheim\n\nOver en halv meter snø falt i løpet av natten." {
		t.Errorf("second item Text = %q", b.Text)
	}

	if len(errs) != 1 || errs[0].Item != 3 || errs[0].Path != "testdata/feed/news.rss" {
		t.Fatalf("errors = %v, want one for item 3", errs)
	}
	checkErr(t, errs[0], "testdata/feed/news.rss", ErrNoText, "item 3: item has neither title nor text")
}

func TestAtomFeed(t *testing.T) {
	a := readOne(t, "testdata/feed/news.atom")
	if a.ID != "urn:example:wire:77" || a.URL != "https://example.org/wire/77" {
		t.Errorf("ID, URL = %q, %q", a.ID, a.URL)
	}
	if a.Date != "2024-02-01T10:00:00Z" || a.Language != "en" {
		t.Errorf("Date, Language = %q, %q", a.Date, a.Language)
	}
	if a.Text != "Lighthouse keeper retires after forty years\n\nTom Walsh switched off the lamp at Skerry Point for the last time on Wednesday." {
		t.Errorf("Text = %q", a.Text)
	}
	if a.Meta["author"] != "Sam Reyes" {
		t.Errorf("Meta = %v", a.Meta)
	}
}

func TestFeedItemWithoutIDUsesPath(t *testing.T) {
	feed := `<rss version="2.0"><channel><title>T</title>
<item><title>Untitled town</title><description>Text only.</description></item>
</channel></rss>`
	path := writeFile(t, t.TempDir(), "plain.rss", feed)
	a := readOne(t, path)
	if want := pathID(path, "") + "#1"; a.ID != want {
		t.Errorf("ID = %q, want %q", a.ID, want)
	}
}

func TestBrokenFeed(t *testing.T) {
	dir := t.TempDir()
	readErr(t, writeFile(t, dir, "broken.xml", "<?xml version=\"1.0\"?>\n<rss><channel><item><title>Half"), ErrSyntax, "invalid feed")
	readErr(t, writeFile(t, dir, "notafeed.rss", "<?xml version=\"1.0\"?>\n<catalog><book>Not news</book></catalog>"), ErrSyntax, "invalid feed")
	readErr(t, writeFile(t, dir, "noitems.rss", `<rss version="2.0"><channel><title>Quiet</title></channel></rss>`), ErrNoText, "feed has no items")
}

func TestFeedDeclaredEncoding(t *testing.T) {
	feed := "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<rss version=\"2.0\"><channel><title>T</title>" +
		"<item><title>Bl\xe5b\xe6r</title><guid>x1</guid><description>S\xf8t.</description></item></channel></rss>"
	a := readOne(t, writeFile(t, t.TempDir(), "latin1.rss", feed))
	if a.Title != "Blåbær" || !strings.HasSuffix(a.Text, "Søt.") {
		t.Errorf("Title %q, Text %q", a.Title, a.Text)
	}
}
