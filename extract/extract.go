// Package extract turns an Article into a Document: the entities it mentions
// (linked to canonical entities across articles and languages), the relations
// between them and the claims made in it, each with its evidence.
//
// It owns language detection, sentence splitting, entity recognition and
// linking, relation and claim extraction, and the lexicons they use. It must
// not read files or touch the store.
package extract

import (
	"kg/loaders"
)

// Config holds extraction options; the zero value is usable.
type Config struct {
	// Languages limits language detection to these tags (empty: all known).
	Languages []string
	// Lexicon names extra lexicon files (YAML) that extend the built-in ones.
	Lexicon []string
}

// Extractor extracts Documents from Articles. It is safe for concurrent use.
type Extractor struct {
	cfg Config
}

// New returns an Extractor with the built-in lexicons plus those named in cfg.
func New(cfg Config) (*Extractor, error) {
	return &Extractor{cfg: cfg}, nil
}

// Extract reads one article.
func (x *Extractor) Extract(a loaders.Article) (*Document, error) {
	return &Document{ID: a.ID, Source: a.Source, Title: a.Title, Date: a.Date, Language: a.Language}, nil
}
