// Package loaders turns input files (plain text, Markdown, HTML, RSS/Atom feeds,
// JSON Lines) into Articles.
//
// It owns reading, format detection, metadata and article identity. It must
// not extract facts or touch the store: its only product is an Article (or an
// Error naming the input that could not be read).
package loaders

import (
	"fmt"
)

// Article is one news article as read from its input.
type Article struct {
	// ID is the article's stable identity: its id or URL when the input gives
	// one, otherwise the cleaned path of the file it came from.
	ID string `json:"id"`
	// Source is where the article was read from: a path, "path#N" for the
	// Nth line or item of a multi-article file, or "-" for standard input.
	Source string `json:"source"`
	Title  string `json:"title,omitempty"`
	// Text is the article text the extractor reads; all byte offsets in
	// extraction results point into it.
	Text     string            `json:"text"`
	Date     string            `json:"date,omitempty"`
	URL      string            `json:"url,omitempty"`
	Language string            `json:"language,omitempty"` // as declared by the input, if at all
	Meta     map[string]string `json:"meta,omitempty"`
	// Hash is a hex SHA-256 over the article's content and metadata; a
	// rebuild with an equal hash changes nothing.
	Hash string `json:"hash"`
}

// Error reports an input that could not be turned into an Article.
type Error struct {
	Path string // file path, or "-" for standard input
	Line int    // 1-based line for JSON Lines input, else 0
	Item int    // 1-based item for feeds, else 0
	Err  error
}

func (e *Error) Error() string {
	switch {
	case e.Line > 0:
		return fmt.Sprintf("%s:%d: %v", e.Path, e.Line, e.Err)
	case e.Item > 0:
		return fmt.Sprintf("%s: item %d: %v", e.Path, e.Item, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.Path, e.Err)
}

func (e *Error) Unwrap() error { return e.Err }
