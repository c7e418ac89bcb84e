package loaders

import (
	"bytes"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/mmcdole/gofeed"
)

// readFeed sends one article per item of an RSS or Atom feed, or an error
// for the feed or for each item that has no text. It reports whether the
// receiver wants more.
func readFeed(data []byte, o origin, max int64, send sink) bool {
	feed, err := parseFeed(data)
	if err != nil {
		return send(Article{}, o.fail(err))
	}
	if len(feed.Items) == 0 {
		return send(Article{}, o.fail(failf(ErrNoText, "feed has no items")))
	}
	for i, item := range feed.Items {
		n := i + 1
		a, err := feedArticle(feed, item, max)
		if err != nil {
			if !send(Article{}, &Error{Path: o.path, Item: n, Err: err}) {
				return false
			}
			continue
		}
		if !send(o.item(n).finish(a), nil) {
			return false
		}
	}
	return true
}

// parseFeed checks that data is a text feed and parses it. Feeds that
// declare an encoding other than UTF-8 are converted by the parser.
func parseFeed(data []byte) (feed *gofeed.Feed, err error) {
	data = bytes.TrimPrefix(data, bom)
	if err := checkText(data); err != nil {
		return nil, err
	}
	if !declaresOtherEncoding(data) {
		if err := checkUTF8(data); err != nil {
			return nil, err
		}
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, failf(ErrEmpty, "empty feed")
	}
	defer func() {
		if p := recover(); p != nil {
			feed, err = nil, failf(ErrSyntax, "invalid feed: %v", p)
		}
	}()
	feed, err = gofeed.NewParser().Parse(bytes.NewReader(data))
	if err != nil {
		return nil, failf(ErrSyntax, "invalid feed: %v", err)
	}
	return feed, nil
}

// declaresOtherEncoding tells whether an XML declaration names an encoding
// other than UTF-8.
func declaresOtherEncoding(data []byte) bool {
	if !bytes.HasPrefix(data, []byte("<?xml")) {
		return false
	}
	decl, _, ok := bytes.Cut(data, []byte("?>"))
	if !ok {
		return false
	}
	_, enc, ok := bytes.Cut(bytes.ToLower(decl), []byte("encoding="))
	if !ok {
		return false
	}
	fields := bytes.Fields(enc)
	if len(fields) == 0 {
		return false
	}
	name := string(bytes.Trim(fields[0], `"'`))
	return name != "utf-8" && name != "utf8"
}

// feedArticle turns one feed item into an article: ID from its GUID or link,
// text from its title and its content (or else description) made plain.
func feedArticle(feed *gofeed.Feed, item *gofeed.Item, max int64) (Article, error) {
	if item == nil {
		return Article{}, failf(ErrNoText, "empty item")
	}
	title := oneLine(item.Title)
	body := htmlToText(first(strings.TrimSpace(item.Content), item.Description))
	if title == "" && body == "" {
		return Article{}, failf(ErrNoText, "item has neither title nor text")
	}
	a := Article{
		ID:       first(strings.TrimSpace(item.GUID), strings.TrimSpace(item.Link)),
		Title:    title,
		Text:     joinTitle(title, body),
		Date:     itemDate(item),
		URL:      item.Link,
		Language: feed.Language,
		Meta:     itemMeta(feed, item),
	}
	if !utf8.ValidString(a.Text) {
		return Article{}, failf(ErrEncoding, "item text is not valid UTF-8")
	}
	if max > 0 && int64(len(a.Text)) > max {
		return Article{}, tooLarge("article", int64(len(a.Text)), max)
	}
	return a, nil
}

// itemDate is the item's publication (else update) time in RFC 3339, or the
// date as written when it cannot be parsed.
func itemDate(item *gofeed.Item) string {
	switch {
	case item.PublishedParsed != nil:
		return item.PublishedParsed.Format(time.RFC3339)
	case item.UpdatedParsed != nil:
		return item.UpdatedParsed.Format(time.RFC3339)
	}
	return first(item.Published, item.Updated)
}

// itemMeta keeps the feed title, authors and categories of an item.
func itemMeta(feed *gofeed.Feed, item *gofeed.Item) map[string]string {
	meta := map[string]string{}
	if t := oneLine(feed.Title); t != "" {
		meta["feed"] = t
	}
	var authors []string
	for _, p := range item.Authors {
		if p != nil && strings.TrimSpace(p.Name) != "" {
			authors = append(authors, strings.TrimSpace(p.Name))
		}
	}
	if len(authors) > 0 {
		meta["author"] = strings.Join(authors, ", ")
	}
	if len(item.Categories) > 0 {
		meta["categories"] = strings.Join(item.Categories, ", ")
	}
	if len(meta) == 0 {
		return nil
	}
	return meta
}
