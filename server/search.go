package server

import (
	"context"
	"sort"
	"strings"
	"sync"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"

	"kg/queries"
	"kg/schema"
)

// searchIndex is every entity with its names and aliases folded for
// matching, rebuilt from the store when older than ttl.
type searchIndex struct {
	qs  cgraph.QuadStore
	v   schema.Vocab
	ttl time.Duration

	mu      sync.Mutex
	built   time.Time
	entries []searchEntry
}

type searchEntry struct {
	info   queries.EntityInfo
	names  []string // name first, then aliases, as stored
	folded []string // the same, folded
}

func newSearchIndex(qs cgraph.QuadStore, v schema.Vocab, ttl time.Duration) *searchIndex {
	return &searchIndex{qs: qs, v: v, ttl: ttl}
}

// load returns the entries, rebuilding them when stale.
func (ix *searchIndex) load(ctx context.Context) ([]searchEntry, error) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	if ix.entries != nil && time.Since(ix.built) < ix.ttl {
		return ix.entries, nil
	}
	list, err := queries.Entities(ctx, ix.qs, ix.v, queries.Filter{})
	if err != nil {
		return nil, err
	}
	entries := make([]searchEntry, 0, len(list))
	for _, e := range list {
		se := searchEntry{info: e, names: append([]string{e.Name}, e.Aliases...)}
		for _, n := range se.names {
			se.folded = append(se.folded, schema.Fold(n))
		}
		entries = append(entries, se)
	}
	ix.entries, ix.built = entries, time.Now()
	return entries, nil
}

// Match quality, best first.
const (
	matchExact = iota
	matchPrefix
	matchWordPrefix
	matchSubstring
	matchFuzzy
	noMatch
)

// find returns up to limit entities whose name or an alias matches q:
// exactly, as a prefix, as the prefix of a word, as a substring, or within
// a small edit distance of a prefix (typos), ignoring case and accents.
// Better matches come first, then entities mentioned in more articles.
func (ix *searchIndex) find(ctx context.Context, q string, limit int) ([]SearchResult, error) {
	entries, err := ix.load(ctx)
	if err != nil {
		return nil, err
	}
	want := schema.Fold(q)
	type scored struct {
		SearchResult
		score int
	}
	var hits []scored
	for _, e := range entries {
		best, matched := noMatch, ""
		for i, f := range e.folded {
			if s := matchScore(f, want); s < best {
				best, matched = s, e.names[i]
			}
		}
		if best == noMatch {
			continue
		}
		hits = append(hits, scored{SearchResult{IRI: e.info.IRI, Name: e.info.Name, Type: e.info.Type,
			Aliases: e.info.Aliases, Articles: e.info.Articles, Matched: matched}, best})
	}
	sort.SliceStable(hits, func(i, j int) bool {
		a, b := hits[i], hits[j]
		if a.score != b.score {
			return a.score < b.score
		}
		if a.Articles != b.Articles {
			return a.Articles > b.Articles
		}
		return a.Name < b.Name
	})
	out := []SearchResult{}
	for i := 0; i < len(hits) && i < limit; i++ {
		out = append(out, hits[i].SearchResult)
	}
	return out, nil
}

func matchScore(name, q string) int {
	switch {
	case q == "":
		return noMatch
	case name == q:
		return matchExact
	case strings.HasPrefix(name, q):
		return matchPrefix
	case wordPrefix(name, q):
		return matchWordPrefix
	case strings.Contains(name, q):
		return matchSubstring
	case fuzzyPrefix(name, q):
		return matchFuzzy
	}
	return noMatch
}

// wordPrefix reports whether a word of name (after a space, dash or
// apostrophe) starts with q.
func wordPrefix(name, q string) bool {
	for i := 0; i < len(name); i++ {
		if c := name[i]; (c == ' ' || c == '-' || c == '\'') && strings.HasPrefix(name[i+1:], q) {
			return true
		}
	}
	return false
}

// fuzzyPrefix reports whether name starts with something within one edit
// of q (two for queries of eight letters or more); queries shorter than
// four letters are never fuzzy.
func fuzzyPrefix(name, q string) bool {
	qr, nr := []rune(q), []rune(name)
	if len(qr) < 4 {
		return false
	}
	max := 1
	if len(qr) >= 8 {
		max = 2
	}
	for n := len(qr) - max; n <= len(qr)+max; n++ {
		if n <= 0 || n > len(nr) {
			continue
		}
		if editDistance(qr, nr[:n]) <= max {
			return true
		}
	}
	return false
}

// editDistance is the Levenshtein distance between a and b.
func editDistance(a, b []rune) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
