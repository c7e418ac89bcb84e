package loaders

import (
	"encoding/json"
	"fmt"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// parseMarkdown reads a Markdown article: optional YAML front matter between
// "---" lines (title, date, url, language or lang, id; other keys go to
// Meta), then the body made plain. The text is the title (if the front
// matter has one) as its first line, a blank line, and the plain body.
// Without a front-matter title, a leading "# Heading" is the title.
func parseMarkdown(s string) (Article, error) {
	front, body, err := splitFrontMatter(s)
	if err != nil {
		return Article{}, err
	}
	a := Article{Meta: map[string]string{}}
	for key, val := range front {
		switch key {
		case "id":
			a.ID = val
		case "title":
			a.Title = strings.TrimSpace(val)
		case "date":
			a.Date = val
		case "url":
			a.URL = val
		case "language", "lang":
			a.Language = val
		default:
			a.Meta[key] = val
		}
	}
	if len(a.Meta) == 0 {
		a.Meta = nil
	}
	plain := strings.TrimSpace(extraBlankLines.ReplaceAllString(markdownToPlain(body), "\n\n"))
	switch {
	case a.Title == "":
		a.Title = leadingHeading(body)
	case firstLine(plain) != a.Title:
		plain = a.Title + "\n\n" + plain
	}
	a.Text = strings.TrimSpace(plain)
	return a, nil
}

// splitFrontMatter separates YAML front matter from the Markdown body. The
// front matter's values come back as strings: scalars as written, lists and
// maps as JSON.
func splitFrontMatter(s string) (map[string]string, string, error) {
	rest, ok := strings.CutPrefix(s, "---\n")
	if !ok {
		return nil, s, nil
	}
	var yamlText string
	for off := 0; ; {
		line, after, more := strings.Cut(rest[off:], "\n")
		if t := strings.TrimRight(line, " \t"); t == "---" || t == "..." {
			yamlText, rest = rest[:off], after
			break
		}
		if !more {
			return nil, "", failf(ErrSyntax, "front matter starts with --- but is never closed")
		}
		off += len(line) + 1
	}
	front, err := parseFrontMatter(yamlText)
	return front, rest, err
}

// parseFrontMatter reads a YAML mapping into strings.
func parseFrontMatter(text string) (map[string]string, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal([]byte(text), &doc); err != nil {
		return nil, failf(ErrSyntax, "invalid front matter: %v", err)
	}
	if doc.Kind == 0 || len(doc.Content) == 0 {
		return nil, nil // empty front matter
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		return nil, failf(ErrSyntax, "invalid front matter: not a mapping of keys to values")
	}
	front := map[string]string{}
	for i := 0; i+1 < len(root.Content); i += 2 {
		front[root.Content[i].Value] = yamlString(root.Content[i+1])
	}
	return front, nil
}

// yamlString gives a YAML value as a string: a scalar as written, anything
// else as JSON.
func yamlString(n *yaml.Node) string {
	if n.Kind == yaml.AliasNode && n.Alias != nil {
		n = n.Alias
	}
	if n.Kind == yaml.ScalarNode {
		if n.Tag == "!!null" {
			return ""
		}
		return n.Value
	}
	var v any
	if err := n.Decode(&v); err != nil {
		return ""
	}
	if b, err := json.Marshal(v); err == nil {
		return string(b)
	}
	return fmt.Sprint(v)
}

// leadingHeading returns the text of the body's first line if it is an ATX
// heading ("# Title").
func leadingHeading(body string) string {
	line := firstLine(body)
	if !atxHeading.MatchString(line) {
		return ""
	}
	return strings.TrimSpace(stripInline(stripBlockMarkers(line)))
}

// firstLine returns the first non-blank line of s, trimmed.
func firstLine(s string) string {
	for line := range strings.Lines(s) {
		if t := strings.TrimSpace(line); t != "" {
			return t
		}
	}
	return ""
}

// markdownToPlain removes Markdown syntax: heading and list markers, block
// quotes, rules, code fences, emphasis, links (their text stays) and images.
// Code block contents are kept as they are.
func markdownToPlain(s string) string {
	var out []string
	fence := ""
	for line := range strings.Lines(s) {
		line = strings.TrimSuffix(line, "\n")
		trimmed := strings.TrimSpace(line)
		if marker := fenceMarker(trimmed); marker != "" && (fence == "" || marker == fence) {
			if fence == "" {
				fence = marker
			} else {
				fence = ""
			}
			continue
		}
		switch {
		case fence != "":
			out = append(out, line)
		case isRule(trimmed):
			out = append(out, "")
		case linkDefinition.MatchString(trimmed):
			// reference definitions are not text
		default:
			out = append(out, stripInline(stripBlockMarkers(line)))
		}
	}
	return strings.Join(out, "\n")
}

// fenceMarker returns "```" or "~~~" if line opens or closes a code block.
func fenceMarker(line string) string {
	for _, m := range []string{"```", "~~~"} {
		if strings.HasPrefix(line, m) {
			return m
		}
	}
	return ""
}

// isRule tells whether line is a thematic break or a setext underline:
// three or more of one of - * _ = (spaces allowed between).
func isRule(line string) bool {
	if line == "" || !strings.ContainsRune("-*_=", rune(line[0])) {
		return false
	}
	c := line[0]
	n := 0
	for i := 0; i < len(line); i++ {
		switch line[i] {
		case c:
			n++
		case ' ', '\t':
		default:
			return false
		}
	}
	return n >= 3
}

var (
	atxHeading      = regexp.MustCompile(`^ {0,3}#{1,6}(\s|$)`)
	headingMarks    = regexp.MustCompile(`^ {0,3}#{1,6}(\s+|$)`)
	closingHashes   = regexp.MustCompile(`\s+#+\s*$`)
	quoteMarks      = regexp.MustCompile(`^\s*(>\s?)+`)
	bulletMark      = regexp.MustCompile(`^\s*[-*+]\s+`)
	linkDefinition  = regexp.MustCompile(`^\[[^\]]+\]:\s*\S+`)
	extraBlankLines = regexp.MustCompile(`\n[ \t]*\n(?:[ \t]*\n)+`)

	imageSyntax   = regexp.MustCompile(`!\[[^\]]*\]\([^)]*\)`)
	inlineLink    = regexp.MustCompile(`\[([^\]]*)\]\([^)]*\)`)
	referenceLink = regexp.MustCompile(`\[([^\]]+)\]\[[^\]]*\]`)
	autoLink      = regexp.MustCompile(`<((?:https?|mailto):[^>\s]+)>`)
	inlineCode    = regexp.MustCompile("`([^`]+)`")
	strongStars   = regexp.MustCompile(`\*\*([^*\s](?:[^*]*[^*\s])?)\*\*`)
	strongUnders  = regexp.MustCompile(`__([^_\s](?:[^_]*[^_\s])?)__`)
	emStars       = regexp.MustCompile(`\*([^*\s](?:[^*]*[^*\s])?)\*`)
	emUnders      = regexp.MustCompile(`_([^_\s](?:[^_]*[^_\s])?)_`)
)

// stripBlockMarkers removes the heading, block quote and bullet markers at
// the start of a line.
func stripBlockMarkers(line string) string {
	if headingMarks.MatchString(line) {
		line = headingMarks.ReplaceAllString(line, "")
		return closingHashes.ReplaceAllString(line, "")
	}
	line = quoteMarks.ReplaceAllString(line, "")
	return bulletMark.ReplaceAllString(line, "")
}

// stripInline removes inline Markdown: images, link targets, emphasis
// markers around words and code span backticks (code is kept as it is).
func stripInline(line string) string {
	var b strings.Builder
	last := 0
	for _, m := range inlineCode.FindAllStringSubmatchIndex(line, -1) {
		b.WriteString(stripMarkup(line[last:m[0]]))
		b.WriteString(line[m[2]:m[3]])
		last = m[1]
	}
	b.WriteString(stripMarkup(line[last:]))
	return b.String()
}

// stripMarkup removes images, link targets and emphasis from text outside
// code spans.
func stripMarkup(s string) string {
	s = imageSyntax.ReplaceAllString(s, "")
	s = inlineLink.ReplaceAllString(s, "$1")
	s = referenceLink.ReplaceAllString(s, "$1")
	s = autoLink.ReplaceAllString(s, "$1")
	s = unwrap(s, strongStars, true)
	s = unwrap(s, strongUnders, false)
	s = unwrap(s, emStars, true)
	return unwrap(s, emUnders, false)
}

// unwrap replaces each match of re with its first group. Unless intraword,
// a match touching a letter or digit on either side is left alone
// ("snake_case_name").
func unwrap(s string, re *regexp.Regexp, intraword bool) string {
	var b strings.Builder
	last := 0
	for _, m := range re.FindAllStringSubmatchIndex(s, -1) {
		if !intraword && (wordBefore(s, m[0]) || wordAfter(s, m[1])) {
			continue
		}
		b.WriteString(s[last:m[0]])
		b.WriteString(s[m[2]:m[3]])
		last = m[1]
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

func wordBefore(s string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return i > 0 && isWordRune(r)
}

func wordAfter(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return i < len(s) && isWordRune(r)
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' }
