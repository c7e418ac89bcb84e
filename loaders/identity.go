package loaders

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"path/filepath"
	"strconv"
	"strings"
)

// origin names one input: where its errors point and what its articles are
// called when the input gives them no id or URL.
type origin struct {
	path   string // Error.Path: the path as given or walked, "-" for stdin
	source string // Article.Source
	id     string // fallback Article.ID
}

// stdinOrigin names standard input.
var stdinOrigin = origin{path: "-", source: "-", id: "stdin"}

// fileOrigin names the file at path; cwd (if known) makes absolute paths
// inside it relative in the ID.
func fileOrigin(path, cwd string) origin {
	clean := filepath.Clean(path)
	return origin{path: path, source: filepath.ToSlash(clean), id: pathID(clean, cwd)}
}

// pathID is the identity of a file without id or URL: its cleaned path,
// relative to cwd when inside it, with forward slashes.
func pathID(clean, cwd string) string {
	if filepath.IsAbs(clean) && cwd != "" {
		rel, err := filepath.Rel(cwd, clean)
		if err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
			clean = rel
		}
	}
	return filepath.ToSlash(clean)
}

// item names the nth (1-based) article of a multi-article input.
func (o origin) item(n int) origin {
	suffix := "#" + strconv.Itoa(n)
	return origin{path: o.path, source: o.source + suffix, id: o.id + suffix}
}

// fail wraps err as the *Error of this input.
func (o origin) fail(err error) *Error { return &Error{Path: o.path, Err: err} }

// finish completes an article read from o: its source, its identity (the
// input's id, else its URL, else o's fallback), its language tag and hash.
func (o origin) finish(a Article) Article {
	a.Source = o.source
	a.ID = strings.TrimSpace(a.ID)
	a.Title = strings.TrimSpace(a.Title)
	a.Date = strings.TrimSpace(a.Date)
	a.URL = strings.TrimSpace(a.URL)
	switch {
	case a.ID != "":
	case a.URL != "":
		a.ID = a.URL
	default:
		a.ID = o.id
	}
	a.Language = NormalizeLanguage(a.Language)
	a.Hash = Hash(a)
	return a
}

// Hash is the hex SHA-256 over an article's ID, Title, Date, URL, Language
// and Text: any change to one of them changes it.
func Hash(a Article) string {
	h := sha256.New()
	for _, field := range []string{a.ID, a.Title, a.Date, a.URL, a.Language, a.Text} {
		fmt.Fprintf(h, "%d:", len(field))
		io.WriteString(h, field)
	}
	return hex.EncodeToString(h.Sum(nil))
}
