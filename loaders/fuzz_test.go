package loaders

import (
	"bufio"
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"
)

// fuzzOrigin names the inputs of fuzz targets.
var fuzzOrigin = origin{path: "fuzz", source: "fuzz", id: "fuzz"}

// checkArticles fails on articles that are not valid UTF-8 or not sealed,
// and on errors that are not *Error.
func checkArticles(t *testing.T) sink {
	return func(a Article, err error) bool {
		if err != nil {
			if _, ok := err.(*Error); !ok {
				t.Fatalf("error %v (%T) is not a *Error", err, err)
			}
			return true
		}
		for name, s := range map[string]string{"Text": a.Text, "Title": a.Title, "ID": a.ID, "Date": a.Date, "URL": a.URL} {
			if !utf8.ValidString(s) {
				t.Fatalf("%s is not valid UTF-8: %q", name, s)
			}
		}
		if strings.TrimSpace(a.Text) == "" {
			t.Fatalf("article without text: %+v", a)
		}
		if a.ID == "" || a.Hash != Hash(a) {
			t.Fatalf("article without ID or with a stale hash: %+v", a)
		}
		return true
	}
}

func FuzzParseText(f *testing.F) {
	f.Add("Ferry line saved\n\nThe council voted to keep it.")
	f.Add("date 2016-12 Regjeringen la fram budsjettet.")
	f.Add(`  title "Flom" date 2021 url https://example.org lang nb-NO Tekst.`)
	f.Add("News / Syria\n\nTalks resume\n\nDelegates met.")
	f.Add("\uFEFFTitle\r\n\r\nBody\r\n")
	f.Add("title \"unterminated\ndate")
	f.Fuzz(func(t *testing.T, in string) {
		readWhole([]byte(in), formatText, fuzzOrigin, 0, checkArticles(t))
		if !utf8.ValidString(in) {
			return
		}
		a := parseText(in)
		if !strings.Contains(in, a.Text) && !strings.HasPrefix(a.Text, a.Title+"\n\n") {
			t.Fatalf("Text %q is neither part of the input nor led by a header title", a.Text)
		}
		if a.Title != "" && !strings.Contains(a.Text, a.Title) {
			t.Fatalf("Title %q is not in Text %q", a.Title, a.Text)
		}
	})
}

func FuzzJSONLines(f *testing.F) {
	f.Add([]byte(`{"id": "a", "title": "T", "text": "Body", "lang": "nb-NO", "x": [1]}` + "\n\n{broken\n"))
	f.Add([]byte("\uFEFF{\"text\": \"crlf\"}\r\n{\"text\": null}\r\n"))
	f.Add([]byte(`{"text": "\ud800 lone surrogate"}`))
	f.Add([]byte("{\"text\": \"caf\xe9\"}\n[1,2]\nnull\n"))
	f.Fuzz(func(t *testing.T, in []byte) {
		lines := bytes.Count(in, []byte("\n")) + 1
		n := 0
		send := checkArticles(t)
		readJSONLines(bufio.NewReaderSize(bytes.NewReader(in), 16), fuzzOrigin, 0, func(a Article, err error) bool {
			n++
			return send(a, err)
		})
		if n > lines {
			t.Fatalf("%d results from %d lines", n, lines)
		}
		readJSONLines(bufio.NewReader(bytes.NewReader(in)), fuzzOrigin, 8, send)
	})
}

func FuzzHTML(f *testing.F) {
	f.Add([]byte(`<html lang="nb-NO"><head><title>T</title></head><body><article><p>Tekst om været.</p></article></body></html>`))
	f.Add([]byte(`<p>fragment only`))
	f.Add([]byte(`<html><head><meta charset="iso-8859-1"></head><body><p>Bl` + "\xe5" + `b` + "\xe6" + `r</p></body></html>`))
	f.Add([]byte(`<script>var x = "<p>";</script><table><tr><td>cell</td></tr></table>`))
	f.Fuzz(func(t *testing.T, in []byte) {
		readWhole(in, formatHTML, fuzzOrigin, 0, checkArticles(t))
	})
}

func FuzzFeed(f *testing.F) {
	f.Add([]byte(`<rss version="2.0"><channel><language>nb</language><item><title>T</title><guid>g</guid><description>&lt;p&gt;D&lt;/p&gt;</description></item></channel></rss>`))
	f.Add([]byte(`<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>A</title><content type="html">&lt;b&gt;x</content></entry></feed>`))
	f.Add([]byte("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss><channel><item><title>\xe5</title></item></channel></rss>"))
	f.Add([]byte(`<rss><channel><item><title>cut`))
	f.Fuzz(func(t *testing.T, in []byte) {
		readFeed(in, fuzzOrigin, 0, checkArticles(t))
	})
}

func FuzzMarkdown(f *testing.F) {
	f.Add("---\ntitle: Flom i Bergen\ndate: 2021-10-02\nlang: nb\n---\n\n# Flom i Bergen\n\nElva gikk over sine bredder.")
	f.Add("# Heading\n\n*emph* **strong** [link](http://x) `code` ~~del~~\n\n> quote\n\n- item\n1. item\n\n```\nfenced\n```\n")
	f.Add("---\ntitle: [unclosed\n---\nBody")
	f.Add("---\n---\n")
	f.Add("\uFEFF---\r\ntitle: CRLF\r\n---\r\nBody\r\n")
	f.Add("Setext\n======\n\n***\n\n<div>html</div>")
	f.Fuzz(func(t *testing.T, in string) {
		readWhole([]byte(in), formatMarkdown, fuzzOrigin, 0, checkArticles(t))
	})
}

// FuzzRead reads arbitrary bytes as standard input is read: the format
// sniffed from the content, then the loader it picks.
func FuzzRead(f *testing.F) {
	f.Add([]byte("Plain text\n\nBody."))
	f.Add([]byte(`{"text": "a line"}` + "\n{\"text\": \"b\"}"))
	f.Add([]byte(`<rss><channel><item><title>T</title><description>D</description></item></channel></rss>`))
	f.Add([]byte(`<!doctype html><html><body><p>Text</p></body></html>`))
	f.Add([]byte("<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>A</title></entry></feed>"))
	f.Add([]byte("\xff\xfeU\x00T\x00F\x00"))
	f.Add([]byte("\x00\x01\x02binary"))
	f.Add([]byte("\uFEFF   \r\n\t"))
	f.Fuzz(func(t *testing.T, in []byte) {
		r := &reader{stdin: bytes.NewReader(in), send: checkArticles(t)}
		r.readStream(bytes.NewReader(in), formatUnknown, stdinOrigin, -1)
		r.opts.MaxBytes = 16
		r.readStream(bytes.NewReader(in), formatUnknown, stdinOrigin, int64(len(in)))
	})
}
