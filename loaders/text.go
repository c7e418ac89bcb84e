package loaders

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/language"
)

// maxTitleRunes is the longest line taken for a title.
const maxTitleRunes = 200

// headerKeys are the keys of a plain-text metadata header, mapped to the
// field they set.
var headerKeys = map[string]string{
	"date": "date", "url": "url", "lang": "language", "language": "language", "title": "title",
}

// parseText reads a plain-text article. The text may start with a metadata
// header of "key value" tokens ("date 2016-12 url https://… Body …"); the
// header is removed, the rest is the text. The title is the header's title,
// else the first line when it looks like a headline (see findTitle). A title
// from the header becomes the first line of the text.
func parseText(s string) Article {
	header, body := splitHeader(s)
	a := Article{
		Text:     strings.TrimSpace(body),
		Title:    strings.TrimSpace(header["title"]),
		Date:     header["date"],
		URL:      header["url"],
		Language: header["language"],
	}
	switch {
	case a.Title == "":
		a.Title = findTitle(a.Text)
	case !strings.HasPrefix(a.Text, a.Title):
		a.Text = strings.TrimSpace(a.Title + "\n\n" + a.Text)
	}
	return a
}

// splitHeader removes the metadata header from the start of s (after any
// whitespace) and returns its values by field; s is returned unchanged when
// it has no header.
func splitHeader(s string) (map[string]string, string) {
	rest := strings.TrimLeft(s, " \t\n")
	var header map[string]string
	for {
		field, val, after, ok := headerToken(rest)
		if !ok {
			break
		}
		if header == nil {
			header = map[string]string{}
		}
		header[field] = val
		rest = strings.TrimLeft(after, " \t")
	}
	if header == nil {
		return nil, s
	}
	return header, rest
}

// headerToken reads one "key value" pair from the start of s. Keys are
// lower case; a value is one word, a "quoted string", or for title the rest
// of the line. Values that do not look right for their key (a date that is
// no date ...) end the header.
func headerToken(s string) (field, val, rest string, ok bool) {
	key, after, found := strings.Cut(s, " ")
	if k, tab, ok := strings.Cut(s, "\t"); ok && len(k) < len(key) {
		key, after, found = k, tab, true
	}
	field, known := headerKeys[key]
	if !found || !known {
		return "", "", "", false
	}
	val, rest, ok = headerValue(field, strings.TrimLeft(after, " \t"))
	if !ok || !validHeaderValue(field, val) {
		return "", "", "", false
	}
	return field, val, rest, true
}

// headerValue reads the value at the start of s.
func headerValue(field, s string) (val, rest string, ok bool) {
	if strings.HasPrefix(s, `"`) {
		end := strings.IndexAny(s[1:], "\"\n")
		if end < 0 || s[1+end] != '"' {
			return "", "", false
		}
		rest = s[end+2:]
		if rest != "" && !strings.ContainsRune(" \t\n", rune(rest[0])) {
			return "", "", false
		}
		return s[1 : end+1], rest, true
	}
	stop := " \t\n"
	if field == "title" {
		stop = "\n"
	}
	end := strings.IndexAny(s, stop)
	if end < 0 {
		end = len(s)
	}
	return strings.TrimSpace(s[:end]), s[end:], end > 0
}

// validHeaderValue tells whether val can be the value of field.
func validHeaderValue(field, val string) bool {
	switch field {
	case "date":
		return isDateLike(val)
	case "url":
		lower := strings.ToLower(val)
		return strings.HasPrefix(lower, "http://") || strings.HasPrefix(lower, "https://") || strings.HasPrefix(lower, "www.")
	case "language":
		return isLanguageTag(val)
	}
	return strings.TrimSpace(val) != ""
}

// isDateLike accepts "2016", "2016-12", "2016-12-01", "2016-12-01T10:00:00Z"
// and the like: four digits, then digits and date punctuation.
func isDateLike(s string) bool {
	if len(s) < 4 {
		return false
	}
	for i, r := range s {
		isDigit := r >= '0' && r <= '9'
		if i < 4 && !isDigit || !isDigit && !strings.ContainsRune("-/.:T+Z", r) {
			return false
		}
	}
	return true
}

// isLanguageTag accepts BCP 47 tags ("nb", "en-GB") and the names kg knows.
func isLanguageTag(s string) bool {
	if _, ok := languageAliases[strings.ToLower(s)]; ok {
		return true
	}
	_, err := language.Parse(s)
	return err == nil
}

// findTitle returns the first line of text when it reads as a headline: not
// empty, at most 200 characters, without terminal punctuation, followed by a
// blank line. Breadcrumb lines ("News / Syria") before it are passed over.
func findTitle(text string) string {
	rest := text
	for rest != "" {
		line, after, more := strings.Cut(rest, "\n")
		line = strings.TrimSpace(line)
		if line == "" || isBreadcrumb(line) {
			rest = after
			continue
		}
		next, _, _ := strings.Cut(after, "\n")
		if !more || strings.TrimSpace(next) != "" {
			return ""
		}
		if utf8.RuneCountInString(line) > maxTitleRunes || endsSentence(line) {
			return ""
		}
		return line
	}
	return ""
}

// isBreadcrumb tells whether line is a navigation path such as
// "News / World / Syria": short segments between free-standing slashes.
func isBreadcrumb(line string) bool {
	parts := strings.Split(line, "/")
	if len(parts) < 2 {
		return false
	}
	for i, part := range parts {
		if i > 0 && !startsWithSpace(part) || i < len(parts)-1 && !endsWithSpace(part) {
			return false // "24/7", "https://…"
		}
		part = strings.TrimSpace(part)
		if part == "" || utf8.RuneCountInString(part) > 40 || len(strings.Fields(part)) > 5 {
			return false
		}
	}
	return true
}

func startsWithSpace(s string) bool { return s != "" && (s[0] == ' ' || s[0] == '\t') }

func endsWithSpace(s string) bool {
	return s != "" && (s[len(s)-1] == ' ' || s[len(s)-1] == '\t')
}

// endsSentence tells whether s ends in . ! or ?, possibly inside quotes or
// brackets.
func endsSentence(s string) bool {
	s = strings.TrimRight(s, "\"')]”’»")
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, "?")
}
