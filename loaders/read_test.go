package loaders

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestWalkOrderAndSkips(t *testing.T) {
	arts, errs := collect(t, []string{"testdata/walk"}, Options{})
	if len(errs) != 0 {
		t.Fatalf("errors: %v", errs)
	}
	want := []string{
		"testdata/walk/a.txt",
		"testdata/walk/b_sub/c.txt",
		"testdata/walk/b_sub/d.md",
		"walk-1", // testdata/walk/e.jsonl#1
		"walk-2",
		"testdata/walk/g_noext", // sniffed as text; f.png skipped, hidden entries skipped
	}
	if got := ids(arts); !slices.Equal(got, want) {
		t.Errorf("IDs in walk order:\n got %v\nwant %v", got, want)
	}
	for _, a := range arts {
		if strings.Contains(a.Text, "Should never be read") {
			t.Errorf("hidden file read: %s", a.Source)
		}
	}
}

func TestPathsInGivenOrder(t *testing.T) {
	arts, _ := collect(t, []string{"testdata/text/no_title.txt", "testdata/walk/a.txt", "testdata/text/headline.txt"}, Options{})
	want := []string{"testdata/text/no_title.txt", "testdata/walk/a.txt", "testdata/text/headline.txt"}
	if got := ids(arts); !slices.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

func TestMixedFolderGoodFilesStillRead(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "01_good.txt", "Bridge reopens\n\nTraffic flows again.")
	writeFile(t, dir, "02_binary.txt", "GIF89a\x00\x01\x02binary")
	writeFile(t, dir, "03_empty.txt", " \n\t\n")
	writeFile(t, dir, "04_latin1.txt", "Bl\xe5b\xe6rsesongen er i gang.\n")
	writeFile(t, dir, "05_good.md", "# Fjellvettreglene\n\nGå ikke lange turer uten trening.")
	writeFile(t, dir, "06_broken.rss", "<rss><channel><item>")
	writeFile(t, dir, "07_nomain.html", "<html><body><div></div></body></html>")
	writeFile(t, dir, "08_good.jsonl", `{"id": "j1", "text": "JSON article."}`+"\n{broken\n")
	writeFile(t, dir, "09_image.jpg", "\xff\xd8\xff\xe0 not really a jpeg")
	writeFile(t, dir, "10_archive.zip", "PK\x03\x04")
	writeFile(t, dir, "sub/11_good.html", `<html lang="en"><body><article><p>`+strings.Repeat("The harbour was busy all week. ", 20)+`</p></article></body></html>`)

	arts, errs := collect(t, []string{dir}, Options{})
	var sources []string
	for _, a := range arts {
		rel, _ := filepath.Rel(dir, filepath.FromSlash(a.Source))
		sources = append(sources, filepath.ToSlash(rel))
	}
	wantArts := []string{"01_good.txt", "05_good.md", "08_good.jsonl#1", "sub/11_good.html"}
	if !slices.Equal(sources, wantArts) {
		t.Errorf("articles from %v, want %v", sources, wantArts)
	}
	wantErrs := []struct {
		name string
		kind error
	}{
		{"02_binary.txt", ErrBinary},
		{"03_empty.txt", ErrEmpty},
		{"04_latin1.txt", ErrEncoding},
		{"06_broken.rss", ErrSyntax},
		{"07_nomain.html", ErrNoText},
		{"08_good.jsonl", ErrSyntax},
	}
	if len(errs) != len(wantErrs) {
		t.Fatalf("errors = %v, want %d", errs, len(wantErrs))
	}
	for i, w := range wantErrs {
		if filepath.Base(errs[i].Path) != w.name || !errors.Is(errs[i], w.kind) {
			t.Errorf("error %d = %v, want %v for %s", i, errs[i], w.kind, w.name)
		}
	}
}

func TestErrorReasons(t *testing.T) {
	dir := t.TempDir()
	t.Run("binary", func(t *testing.T) {
		readErr(t, writeFile(t, dir, "bin.txt", "abc\x00def"), ErrBinary, "binary file")
	})
	t.Run("control characters", func(t *testing.T) {
		readErr(t, writeFile(t, dir, "ctl.txt", strings.Repeat("\x01\x02\x03\x04a", 50)), ErrBinary, "not text")
	})
	t.Run("invalid UTF-8", func(t *testing.T) {
		e := readErr(t, writeFile(t, dir, "latin1.txt", "Nyheter\n\nV\xe6ret blir bra.\n"), ErrEncoding, "invalid UTF-8 at line 3, byte 10")
		if !strings.Contains(e.Error(), "converted to UTF-8") {
			t.Errorf("error does not say what to do: %v", e)
		}
	})
	t.Run("UTF-16", func(t *testing.T) {
		readErr(t, writeFile(t, dir, "utf16.txt", "\xff\xfeH\x00i\x00"), ErrEncoding, "UTF-16 file")
	})
	t.Run("feed too large", func(t *testing.T) {
		data, err := os.ReadFile("testdata/feed/news.rss")
		if err != nil {
			t.Fatal(err)
		}
		arts, errs := collect(t, []string{"testdata/feed/news.rss"}, Options{MaxBytes: 100})
		if len(arts) != 0 || len(errs) != 1 {
			t.Fatalf("got %d articles, errors %v", len(arts), errs)
		}
		checkErr(t, errs[0], "testdata/feed/news.rss", ErrTooLarge, "feed is "+itoa(len(data))+" bytes, over the limit of 100")
	})
	t.Run("too large on stdin", func(t *testing.T) {
		arts, errs := collectFrom(t, read([]string{"-"}, Options{MaxBytes: 10}, strings.NewReader(strings.Repeat("y", 25))))
		if len(arts) != 0 || len(errs) != 1 {
			t.Fatalf("got %d articles, errors %v", len(arts), errs)
		}
		checkErr(t, errs[0], "-", ErrTooLarge, "article is 25 bytes, over the limit of 10")
	})
	t.Run("empty", func(t *testing.T) {
		readErr(t, writeFile(t, dir, "empty.txt", ""), ErrEmpty, "empty article")
		readErr(t, writeFile(t, dir, "blank.md", "\uFEFF \r\n\t\n"), ErrEmpty, "empty article")
		readErr(t, writeFile(t, dir, "header.txt", "date 2016-12 \n"), ErrEmpty, "empty article (metadata only)")
		readErr(t, writeFile(t, dir, "front.md", "---\ndate: 2016-12-01\n---\n\n"), ErrEmpty, "empty article (metadata only)")
	})
	t.Run("too large", func(t *testing.T) {
		path := writeFile(t, dir, "big.txt", strings.Repeat("x", 2048))
		arts, errs := collect(t, []string{path}, Options{MaxBytes: 1024})
		if len(arts) != 0 || len(errs) != 1 {
			t.Fatalf("got %d articles, errors %v", len(arts), errs)
		}
		checkErr(t, errs[0], path, ErrTooLarge, "article is 2048 bytes, over the limit of 1024 (loaders.max_bytes)")
		if arts, errs := collect(t, []string{path}, Options{MaxBytes: 2048}); len(arts) != 1 || len(errs) != 0 {
			t.Errorf("a file exactly at the limit was not read: %v", errs)
		}
	})
	t.Run("missing", func(t *testing.T) {
		e := readErr(t, filepath.Join(dir, "nope.txt"), ErrUnreadable, "cannot read: no such file")
		if !errors.Is(e, fs.ErrNotExist) {
			t.Errorf("%v does not match fs.ErrNotExist", e)
		}
	})
	t.Run("not an article when named", func(t *testing.T) {
		readErr(t, writeFile(t, dir, "photo.PNG", "\x89PNG"), ErrNotArticle, "not an article (.png files")
	})
	t.Run("hidden file when named", func(t *testing.T) {
		a := readOne(t, writeFile(t, dir, ".draft.txt", "Draft\n\nStill read when named."))
		if a.Title != "Draft" {
			t.Errorf("Title = %q", a.Title)
		}
	})
}

func TestPermissionDenied(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root can read any file")
	}
	dir := t.TempDir()
	path := writeFile(t, dir, "secret.txt", "Locked\n\nNobody may read this.")
	if err := os.Chmod(path, 0); err != nil {
		t.Fatal(err)
	}
	e := readErr(t, path, ErrUnreadable, "cannot read: permission denied")
	if !errors.Is(e, fs.ErrPermission) {
		t.Errorf("%v does not match fs.ErrPermission", e)
	}

	locked := filepath.Join(dir, "locked")
	writeFile(t, locked, "inside.txt", "Inside\n\nHidden by the folder.")
	writeFile(t, dir, "z_after.txt", "After\n\nRead after the locked folder.")
	if err := os.Chmod(locked, 0); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chmod(locked, 0o755) })
	arts, errs := collect(t, []string{dir}, Options{})
	if len(arts) != 1 || arts[0].Title != "After" {
		t.Errorf("articles = %v, want only z_after.txt", ids(arts))
	}
	if len(errs) != 2 || !errors.Is(errs[0], ErrUnreadable) || !errors.Is(errs[1], ErrUnreadable) {
		t.Errorf("errors = %v, want the locked folder and the secret file", errs)
	}
}

func TestSymlinkLoops(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "a/story.txt", "Loop story\n\nRead once.")
	if err := os.Symlink("..", filepath.Join(dir, "a", "back")); err != nil {
		t.Skipf("cannot create symlinks: %v", err)
	}
	if err := os.Symlink("self", filepath.Join(dir, "self")); err != nil {
		t.Fatal(err)
	}
	writeFile(t, dir, "z.txt", "Last story\n\nStill read.")

	arts, errs := collect(t, []string{dir}, Options{})
	if len(arts) != 2 || arts[0].Title != "Loop story" || arts[1].Title != "Last story" {
		t.Errorf("articles = %v, want a/story.txt once and z.txt", ids(arts))
	}
	if len(errs) != 2 {
		t.Fatalf("errors = %v, want two symlink loops", errs)
	}
	checkErr(t, errs[0], filepath.Join(dir, "a", "back"), ErrSymlinkLoop, "symlink loop")
	checkErr(t, errs[1], filepath.Join(dir, "self"), ErrSymlinkLoop, "symlink loop")
}

func TestSymlinkToFileAndFolderFollowed(t *testing.T) {
	dir := t.TempDir()
	other := t.TempDir()
	writeFile(t, other, "linked.txt", "Linked story\n\nFound through a link.")
	if err := os.Symlink(other, filepath.Join(dir, "folder")); err != nil {
		t.Skipf("cannot create symlinks: %v", err)
	}
	if err := os.Symlink(filepath.Join(other, "linked.txt"), filepath.Join(dir, "file.txt")); err != nil {
		t.Fatal(err)
	}
	arts, errs := collect(t, []string{dir}, Options{})
	if len(errs) != 0 || len(arts) != 2 {
		t.Fatalf("articles %v, errors %v", ids(arts), errs)
	}
	if !strings.HasSuffix(arts[0].ID, "file.txt") || !strings.HasSuffix(arts[1].ID, "folder/linked.txt") {
		t.Errorf("IDs = %v", ids(arts))
	}
}

func TestStdin(t *testing.T) {
	arts, errs := collectStdin(t, "Morning news\n\nThe sun rose over Tromsø.\n", "-")
	if len(errs) != 0 || len(arts) != 1 {
		t.Fatalf("articles %v, errors %v", ids(arts), errs)
	}
	if a := arts[0]; a.ID != "stdin" || a.Source != "-" || a.Title != "Morning news" {
		t.Errorf("ID %q, Source %q, Title %q", a.ID, a.Source, a.Title)
	}

	arts, errs = collectStdin(t, `{"text": "one"}`+"\n"+`{"id": "x2", "text": "two"}`+"\nnot json\n", "-")
	if got := ids(arts); !slices.Equal(got, []string{"stdin#1", "x2"}) || arts[0].Source != "-#1" {
		t.Errorf("IDs %v, first Source %q", got, arts[0].Source)
	}
	if len(errs) != 1 || errs[0].Path != "-" || errs[0].Line != 3 {
		t.Errorf("errors = %v, want one for -:3", errs)
	}

	arts, _ = collectStdin(t, `<html lang="en"><head><link rel="canonical" href="https://example.org/p"></head><body><p>`+
		strings.Repeat("A quiet day at the market. ", 20)+`</p></body></html>`, "-")
	if len(arts) != 1 || arts[0].ID != "https://example.org/p" {
		t.Errorf("HTML on stdin: %v", ids(arts))
	}

	_, errs = collectStdin(t, "   \n", "-")
	if len(errs) != 1 || errs[0].Path != "-" || !errors.Is(errs[0], ErrEmpty) {
		t.Errorf("empty stdin: %v", errs)
	}
}

func TestSniffUnknownExtensions(t *testing.T) {
	dir := t.TempDir()
	rss := writeFile(t, dir, "news.dat", `<?xml version="1.0"?><rss version="2.0"><channel><item><guid>g1</guid><title>Sniffed feed</title></item></channel></rss>`)
	jsonl := writeFile(t, dir, "lines.data", `{"id": "s1", "text": "Sniffed JSON"}`)
	page := writeFile(t, dir, "page.php", "<!DOCTYPE html><html><body><p>"+strings.Repeat("Sniffed page text here. ", 20)+"</p></body></html>")
	text := writeFile(t, dir, "NOTES", "<Breaking> is not markup\n\nJust text.")
	arts, errs := collect(t, []string{rss, jsonl, page, text}, Options{})
	if len(errs) != 0 || len(arts) != 4 {
		t.Fatalf("articles %v, errors %v", ids(arts), errs)
	}
	if arts[0].ID != "g1" || arts[1].ID != "s1" || !strings.HasPrefix(arts[2].Text, "Sniffed page text") ||
		arts[3].Text != "<Breaking> is not markup\n\nJust text." {
		t.Errorf("sniffed articles = %+v", arts)
	}
}

func TestIdentity(t *testing.T) {
	abs, err := filepath.Abs("testdata/text/headline.txt")
	if err != nil {
		t.Fatal(err)
	}
	a := readOne(t, abs)
	if a.ID != "testdata/text/headline.txt" {
		t.Errorf("absolute path inside the working directory: ID %q, want it relative", a.ID)
	}
	b := readOne(t, "testdata/text/../text//headline.txt")
	if b.ID != a.ID || b.Hash != a.Hash {
		t.Errorf("uncleaned path: ID %q hash %q; want %q %q", b.ID, b.Hash, a.ID, a.Hash)
	}

	outside := writeFile(t, t.TempDir(), "x.txt", "Outside\n\nA file outside the working directory.")
	if c := readOne(t, outside); c.ID != filepath.ToSlash(outside) {
		t.Errorf("outside the working directory: ID %q, want %q", c.ID, filepath.ToSlash(outside))
	}
}

func TestHashStability(t *testing.T) {
	dir := t.TempDir()
	path := writeFile(t, dir, "story.txt", "Ferry line saved\n\nThe council voted to keep it.")
	first := readOne(t, path)
	if len(first.Hash) != 64 || first.Hash != Hash(first) {
		t.Fatalf("Hash = %q, want the 64-digit hex Hash of the article", first.Hash)
	}
	if again := readOne(t, path); again.Hash != first.Hash {
		t.Errorf("same input, different hash: %s, %s", first.Hash, again.Hash)
	}
	writeFile(t, dir, "story.txt", "Ferry line saved\n\nThe council voted to close it.")
	if changed := readOne(t, path); changed.Hash == first.Hash {
		t.Error("changed text, same hash")
	}
	writeFile(t, dir, "story.txt", "date 2024-01-01 Ferry line saved\n\nThe council voted to keep it.")
	if dated := readOne(t, path); dated.Hash == first.Hash {
		t.Error("added date, same hash")
	}

	base := Article{ID: "x", Title: "T", Date: "2024", URL: "u", Language: "en", Text: "body"}
	for name, change := range map[string]func(*Article){
		"ID":       func(a *Article) { a.ID = "y" },
		"Title":    func(a *Article) { a.Title = "T2" },
		"Date":     func(a *Article) { a.Date = "2025" },
		"URL":      func(a *Article) { a.URL = "u2" },
		"Language": func(a *Article) { a.Language = "nb" },
		"Text":     func(a *Article) { a.Text = "body." },
		"boundary": func(a *Article) { a.Title, a.Date = "T2", "024" },
	} {
		changed := base
		change(&changed)
		if Hash(changed) == Hash(base) {
			t.Errorf("changing %s does not change the hash", name)
		}
	}
}

func TestStopEarly(t *testing.T) {
	total := 0
	for range Read([]string{"testdata"}, Options{}) {
		total++
	}
	if total < 10 {
		t.Fatalf("testdata yields only %d results", total)
	}
	// Stopping after any result, in any format, must not call yield again
	// (range-over-func would panic).
	for stop := 1; stop <= total; stop++ {
		n := 0
		for range Read([]string{"testdata"}, Options{}) {
			n++
			if n == stop {
				break
			}
		}
		if n != stop {
			t.Errorf("stopped after %d results, want %d", n, stop)
		}
	}
}
