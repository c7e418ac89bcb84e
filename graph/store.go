// Package graph is kg's Cayley store: open a backend from configuration,
// write one article's quads atomically, replace or delete an article, count
// what is there.
//
// It owns every write to the store. It must not parse input, run extraction
// or decide the vocabulary (that is schema's).
package graph

import (
	"context"
	"errors"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"kg/schema"
)

// Config says which store to open.
type Config struct {
	Backend string // "bolt" (default), "leveldb", "memory", "postgres"
	Path    string // directory for bolt/leveldb
	Address string // connection string for postgres
	Vocab   schema.Vocab
}

// Store is an open kg store.
type Store struct {
	cfg Config
}

// Outcome is what PutArticle did.
type Outcome int

const (
	Loaded    Outcome = iota // new article written
	Replaced                 // an older version was replaced
	Unchanged                // the same version was already there
)

// Open opens (creating on first use) the store cfg names.
func Open(cfg Config) (*Store, error) { return nil, errors.New("graph.Open: not implemented") }

// Close releases the store.
func (s *Store) Close() error { return nil }

// QuadStore is the underlying Cayley store, for queries.
func (s *Store) QuadStore() cgraph.QuadStore { return nil }

// PutArticle writes an article's quads (all labelled with the article IRI) in
// one transaction, replacing any other version of the same article. hash is
// the article's content hash: if the stored version has it, nothing is written.
func (s *Store) PutArticle(ctx context.Context, article quad.IRI, hash string, quads []quad.Quad) (Outcome, error) {
	return Unchanged, errors.New("not implemented")
}

// DeleteArticle removes every quad the article contributed; it returns how
// many quads were removed (0 if the article is not in the store).
func (s *Store) DeleteArticle(ctx context.Context, article quad.IRI) (int, error) {
	return 0, errors.New("not implemented")
}
