package loaders

import (
	"bufio"
	"errors"
	"io"
	"strings"
	"testing"
	"time"
)

func TestJSONLines(t *testing.T) {
	arts, errs := collect(t, []string{"testdata/jsonl/articles.jsonl"}, Options{})
	if len(errs) != 0 || len(arts) != 3 {
		t.Fatalf("got %d articles, errors %v; want 3 articles", len(arts), errs)
	}
	a := arts[0]
	if a.ID != "a-1" || a.Source != "testdata/jsonl/articles.jsonl#1" || a.Title != "Wildfire forces evacuations near Valencia" ||
		a.Date != "2023-08-11" || a.URL != "https://example.org/a-1" || a.Language != "en" {
		t.Errorf("first article = %+v", a)
	}
	if a.Text != "Wildfire forces evacuations near Valencia\n\nFirefighters battled a blaze in the hills west of Valencia on Friday." {
		t.Errorf("Text = %q", a.Text)
	}
	if a.Meta["section"] != "world" || a.Meta["wordcount"] != "17" {
		t.Errorf("Meta = %v", a.Meta)
	}

	b := arts[1] // line 2 is blank
	if b.Source != "testdata/jsonl/articles.jsonl#3" || b.ID != "https://example.org/busser" || b.Language != "nb" {
		t.Errorf("second article: Source %q, ID %q, Language %q", b.Source, b.ID, b.Language)
	}

	c := arts[2]
	if c.Text != "  Leading and trailing spaces stay.  " {
		t.Errorf("text was changed: %q", c.Text)
	}
	if c.ID != "testdata/jsonl/articles.jsonl#4" {
		t.Errorf("ID = %q, want path#line", c.ID)
	}
	if c.Meta["tags"] != `["a","b"]` || c.Meta["extra"] != `{"k":1}` {
		t.Errorf("Meta = %v", c.Meta)
	}
}

func TestJSONLinesBrokenLineInTheMiddle(t *testing.T) {
	path := "testdata/jsonl/broken_middle.jsonl"
	arts, errs := collect(t, []string{path}, Options{})
	if got := ids(arts); strings.Join(got, " ") != "m-1 m-4" {
		t.Errorf("articles = %v, want m-1 and m-4", got)
	}
	if len(errs) != 2 {
		t.Fatalf("errors = %v, want 2", errs)
	}
	if errs[0].Line != 2 || errs[1].Line != 3 {
		t.Errorf("error lines = %d, %d; want 2, 3", errs[0].Line, errs[1].Line)
	}
	checkErr(t, errs[0], path, ErrSyntax, path+":2: invalid JSON")
	checkErr(t, errs[1], path, ErrNoText, `JSON line has no "text"`)
}

func TestJSONLinesTextKeptExactly(t *testing.T) {
	line := `{"text": "Line one\r\nLine two \u00e5\t"}`
	a, err := parseJSONLine([]byte(line))
	if err != nil {
		t.Fatal(err)
	}
	if a.Text != "Line one\r\nLine two å\t" {
		t.Errorf("Text = %q", a.Text)
	}
}

func TestJSONLinesErrors(t *testing.T) {
	tests := []struct {
		line string
		kind error
		want string
	}{
		{`{"id": "x", "text": }`, ErrSyntax, "invalid JSON"},
		{`["text", "array"]`, ErrSyntax, "not an object"},
		{`null`, ErrSyntax, "not an object"},
		{`"just a string"`, ErrSyntax, "not an object"},
		{`{"id": "x"}`, ErrNoText, `no "text"`},
		{`{"text": null}`, ErrNoText, `no "text"`},
		{`{"text": "   "}`, ErrNoText, `empty "text"`},
		{`{"text": 42}`, ErrSyntax, `"text" is not a string`},
		{`{"text": "ok", "title": {"a": 1}}`, ErrSyntax, `"title" must be a string`},
		{"{\"text\": \"caf\xe9\"}", ErrEncoding, "invalid UTF-8 at byte 13"},
		{`{"text": "ok"} trailing`, ErrSyntax, "invalid JSON"},
	}
	for _, tt := range tests {
		_, err := parseJSONLine([]byte(tt.line))
		if !errors.Is(err, tt.kind) || err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("parseJSONLine(%q) = %v, want %v saying %q", tt.line, err, tt.kind, tt.want)
		}
	}
}

func TestJSONLinesFieldValues(t *testing.T) {
	a, err := parseJSONLine([]byte(`{"id": 1234, "text": "t", "lang": "en-GB", "date": null, "score": 0.5, "ok": true}`))
	if err != nil {
		t.Fatal(err)
	}
	if a.ID != "1234" || a.Language != "en-GB" || a.Date != "" {
		t.Errorf("ID %q, Language %q, Date %q", a.ID, a.Language, a.Date)
	}
	if a.Meta["score"] != "0.5" || a.Meta["ok"] != "true" {
		t.Errorf("Meta = %v", a.Meta)
	}
	a, err = parseJSONLine([]byte(`{"text": "t", "lang": "en", "language": "nb"}`))
	if err != nil || a.Language != "nb" {
		t.Errorf("language and lang: got %q, %v; want nb", a.Language, err)
	}
}

func TestJSONLinesLongLinesAndLimit(t *testing.T) {
	long := strings.Repeat("Lang tekst om været. ", 20000) // ~420 KB, far over bufio's 4K/64K defaults
	input := "\uFEFF{\"id\": \"one\", \"text\": \"short\"}\r\n" +
		`{"id": "long", "text": "` + long + "\"}\r\n" +
		`{"id": "three", "text": "short again"}`
	dir := t.TempDir()
	path := writeFile(t, dir, "long.jsonl", input)

	arts, errs := collect(t, []string{path}, Options{})
	if len(errs) != 0 || strings.Join(ids(arts), " ") != "one long three" {
		t.Fatalf("articles %v, errors %v", ids(arts), errs)
	}
	if arts[1].Text != long {
		t.Errorf("the long text came out %d bytes, want %d", len(arts[1].Text), len(long))
	}

	arts, errs = collect(t, []string{path}, Options{MaxBytes: 1000})
	if strings.Join(ids(arts), " ") != "one three" {
		t.Errorf("articles under the limit = %v, want one and three", ids(arts))
	}
	if len(errs) != 1 || errs[0].Line != 2 {
		t.Fatalf("errors = %v, want one for line 2", errs)
	}
	size := len(`{"id": "long", "text": "` + long + `"}`)
	checkErr(t, errs[0], path, ErrTooLarge, "article is "+itoa(size)+" bytes, over the limit of 1000 (loaders.max_bytes)")
}

func TestJSONLinesStreamFromStdin(t *testing.T) {
	pr, pw := io.Pipe()
	firstSeen := make(chan struct{})
	writerWaited := make(chan bool, 1)
	go func() {
		io.WriteString(pw, `{"id": "s1", "text": "first"}`+"\n")
		select {
		case <-firstSeen:
			writerWaited <- true
		case <-time.After(5 * time.Second):
			writerWaited <- false // Read did not yield before the rest came
		}
		io.WriteString(pw, "{oops\n"+`{"id": "s3", "text": "third"}`+"\n")
		pw.Close()
	}()
	var got []string
	for a, err := range read([]string{"-"}, Options{}, pr) {
		if err != nil {
			got = append(got, "error")
			continue
		}
		got = append(got, a.ID)
		if a.ID == "s1" {
			close(firstSeen)
		}
	}
	if !<-writerWaited {
		t.Error("the first line was not yielded before the next lines were written")
	}
	if strings.Join(got, " ") != "s1 error s3" {
		t.Errorf("got %v, want s1, an error, s3", got)
	}
}

func TestReadLine(t *testing.T) {
	r := bufio.NewReaderSize(strings.NewReader("abc\r\n\nxyz"), 16)
	for _, want := range []string{"abc", "", "xyz"} {
		line, size, err := readLine(r, 0)
		if string(line) != want || size != int64(len(want)) {
			t.Errorf("readLine = %q, %d, %v; want %q", line, size, err, want)
		}
	}
	if _, size, err := readLine(r, 0); size != 0 || err == nil {
		t.Errorf("after the last line: size %d, err %v; want 0, EOF", size, err)
	}
}
