package loaders

import (
	"bytes"
	"net/url"
	"regexp"
	"strings"
	"time"

	readability "codeberg.org/readeck/go-readability/v2"
	"codeberg.org/readeck/go-readability/v2/render"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
)

// parseHTML reads the main article of an HTML page with readability: its
// title, publication date, language and canonical URL, and as text the
// title, a blank line, then the paragraphs separated by blank lines.
func parseHTML(s string) (a Article, err error) {
	defer func() {
		if p := recover(); p != nil {
			a, err = Article{}, failf(ErrSyntax, "cannot parse HTML: %v", p)
		}
	}()
	doc, err := html.Parse(strings.NewReader(s))
	if err != nil {
		return Article{}, failf(ErrSyntax, "cannot parse HTML: %v", err)
	}
	meta := scanHTMLMeta(doc)
	parser := readability.NewParser()
	page, err := parser.ParseAndMutate(doc, absoluteURL(meta.url))
	if err != nil {
		return Article{}, failf(ErrSyntax, "cannot parse HTML: %v", err)
	}
	var body []string
	if page.Node != nil {
		var b strings.Builder
		if err := page.RenderText(&b); err == nil {
			body = paragraphs(b.String())
		}
	}
	title := oneLine(page.Title())
	if title == "" {
		title = meta.title
	}
	if len(body) > 0 && body[0] == title {
		body = body[1:]
	}
	if len(body) == 0 {
		return Article{}, failf(ErrNoText, "no main text found in HTML")
	}
	lang := page.Language()
	if lang == "" {
		lang = meta.lang
	}
	return Article{
		Title:    title,
		Text:     joinTitle(title, strings.Join(body, "\n\n")),
		Date:     htmlDate(page, meta.date),
		URL:      meta.url,
		Language: lang,
	}, nil
}

// htmlMeta is what an HTML page's head says about it.
type htmlMeta struct {
	title string // <title>
	url   string // canonical link, else og:url
	lang  string // <html lang>, else a language meta tag
	date  string // the publication date as written
}

// scanHTMLMeta collects the page metadata readability does not return.
func scanHTMLMeta(doc *html.Node) htmlMeta {
	var m htmlMeta
	var canonical, ogURL string
	for n := range doc.Descendants() {
		if n.Type != html.ElementNode {
			continue
		}
		switch n.Data {
		case "html":
			m.lang = first(attr(n, "lang"), attr(n, "xml:lang"))
		case "title":
			if m.title == "" && n.FirstChild != nil {
				m.title = oneLine(n.FirstChild.Data)
			}
		case "link":
			if strings.EqualFold(attr(n, "rel"), "canonical") && canonical == "" {
				canonical = attr(n, "href")
			}
		case "meta":
			name := strings.ToLower(first(attr(n, "property"), attr(n, "name"), attr(n, "http-equiv"), attr(n, "itemprop")))
			content := strings.TrimSpace(attr(n, "content"))
			switch name {
			case "og:url":
				ogURL = first(ogURL, content)
			case "content-language", "language", "dc.language", "og:locale":
				if m.lang == "" {
					m.lang = content
				}
			case "article:published_time", "datepublished", "date", "dc.date", "dcterms.created", "dcterms.issued":
				m.date = first(m.date, content)
			}
		}
	}
	m.url = first(canonical, ogURL)
	return m
}

// htmlDate is the page's publication date: as written when it is a plain
// date ("2016-12-01"), else in RFC 3339.
func htmlDate(page readability.Article, raw string) string {
	if raw != "" && isDateLike(raw) && len(raw) <= len("2006-01-02") {
		return raw
	}
	if t, err := page.PublishedTime(); err == nil {
		return t.Format(time.RFC3339)
	}
	return raw
}

// decodeDeclaredCharset converts an HTML page that is not UTF-8 from the
// charset its <meta> declares; ok is false when it declares none.
func decodeDeclaredCharset(data []byte, f format) (out []byte, ok bool) {
	head := bytes.ToLower(data[:min(len(data), 1024)])
	if f != formatHTML || !bytes.Contains(head, []byte("charset")) {
		return nil, false
	}
	enc, name, _ := charset.DetermineEncoding(data, "text/html")
	if enc == nil || name == "utf-8" {
		return nil, false
	}
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil || checkUTF8(out) != nil {
		return nil, false
	}
	return out, true
}

var blankLine = regexp.MustCompile(`\r?\n[ \t\r]*\n`)

// htmlToText renders an HTML fragment (a feed item's content) as plain
// paragraphs separated by blank lines. Text without markup keeps its own
// paragraphs.
func htmlToText(s string) string {
	if !strings.Contains(s, "<") {
		var out []string
		for _, p := range blankLine.Split(s, -1) {
			if p = oneLine(p); p != "" {
				out = append(out, p)
			}
		}
		return strings.Join(out, "\n\n")
	}
	doc, err := html.Parse(strings.NewReader(s))
	if err != nil {
		return ""
	}
	return strings.Join(paragraphs(render.InnerText(doc)), "\n\n")
}

// paragraphs splits rendered text into its non-empty lines, each with its
// white space collapsed.
func paragraphs(text string) []string {
	var out []string
	for line := range strings.Lines(text) {
		if p := oneLine(line); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// joinTitle puts title, a blank line and body together (either may be empty).
func joinTitle(title, body string) string {
	switch {
	case title == "":
		return body
	case body == "":
		return title
	}
	return title + "\n\n" + body
}

// oneLine collapses all white space in s to single spaces.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// absoluteURL parses s if it is an absolute URL, else returns nil.
func absoluteURL(s string) *url.URL {
	u, err := url.Parse(s)
	if err != nil || !u.IsAbs() {
		return nil
	}
	return u
}

// attr returns the value of n's attribute key ("" if absent).
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return strings.TrimSpace(a.Val)
		}
	}
	return ""
}

// first returns the first non-empty string.
func first(s ...string) string {
	for _, v := range s {
		if v != "" {
			return v
		}
	}
	return ""
}
