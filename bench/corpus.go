// Package bench measures kg: extraction speed, end-to-end builds on real
// and generated corpora for each store backend (time, quads, peak memory,
// store size), the same quads loaded with Cayley's own bulk writer, and
// query latency on the built store. `kg bench` and the Go benchmarks in
// this package use it.
//
// It owns the benchmark corpus generator and the measurements. It must not
// change how kg builds or queries (it calls pipeline, graph and queries as
// any user would), and the corpora it generates from real articles are
// written to temporary files only, never into the repository.
package bench

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"

	"kg/loaders"
)

// Source is a set of real articles that generated corpora are made from.
type Source struct {
	Dir      string
	Articles []loaders.Article
	Bytes    int64 // text bytes of all articles
}

// LoadSource reads the *.txt articles in dir (the shared corpus: one
// article per file, title on the first line).
func LoadSource(dir string) (*Source, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		return nil, err
	}
	if len(paths) == 0 {
		return nil, fmt.Errorf("corpus %s: no *.txt articles in it", dir)
	}
	sort.Strings(paths)
	src := &Source{Dir: dir}
	for a, err := range loaders.Read(paths, loaders.Options{}) {
		if err != nil {
			return nil, fmt.Errorf("corpus %s: %v", dir, err)
		}
		src.Articles = append(src.Articles, a)
		src.Bytes += int64(len(a.Text))
	}
	return src, nil
}

// Paths are the source's article files, for building the real corpus.
func (s *Source) Paths() []string {
	out := make([]string, len(s.Articles))
	for i, a := range s.Articles {
		out[i] = a.Source
	}
	return out
}

// generated is one line of a generated corpus.
type generated struct {
	ID       string `json:"id"`
	Title    string `json:"title,omitempty"`
	Date     string `json:"date,omitempty"`
	Language string `json:"language,omitempty"`
	Text     string `json:"text"`
}

// WriteCorpus writes n articles as JSON Lines to w: the source articles in
// turn, each copy with its own ID ("gen-0000042") and, from the second
// round on, about a third of its capitalised words (names, mostly) spelled
// as one of 16 variants of the round. So every round adds new entities
// while the others link to the ones earlier rounds introduced, as a growing
// news archive does. It holds one article at a time and returns the text
// bytes written.
func (s *Source) WriteCorpus(w io.Writer, n int) (int64, error) {
	if n < 0 {
		return 0, fmt.Errorf("corpus size %d: want a positive number of articles", n)
	}
	bw := bufio.NewWriterSize(w, 1<<20)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	var text int64
	for i := range n {
		a := s.Articles[i%len(s.Articles)]
		round := i / len(s.Articles)
		g := generated{
			ID:       fmt.Sprintf("gen-%07d", i),
			Title:    perturb(a.Title, round),
			Date:     a.Date,
			Language: a.Language,
			Text:     perturb(a.Text, round),
		}
		text += int64(len(g.Text))
		if err := enc.Encode(g); err != nil {
			return text, err
		}
	}
	return text, bw.Flush()
}

// GenerateCorpus writes n articles (see WriteCorpus) to a new file
// corpus-N.jsonl in dir and returns its path and text bytes.
func (s *Source) GenerateCorpus(dir string, n int) (string, int64, error) {
	path := filepath.Join(dir, fmt.Sprintf("corpus-%d.jsonl", n))
	f, err := os.Create(path)
	if err != nil {
		return "", 0, err
	}
	bytes, err := s.WriteCorpus(f, n)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return "", 0, errors.Join(fmt.Errorf("generate corpus %s", path), err)
	}
	return path, bytes, nil
}

var nameWord = regexp.MustCompile(`\b\p{Lu}\p{Ll}{3,}\b`)

var variantSuffixes = []string{"an", "ov", "sen", "ski", "ez", "ell", "ini", "berg",
	"stad", "ard", "ic", "os", "ua", "ek", "ton", "ley"}

// perturb respells about a third of the capitalised words of text (chosen
// by the word, so the same in every article) with the suffix of round's
// variant; round 0 is the text unchanged.
func perturb(text string, round int) string {
	if round == 0 || text == "" {
		return text
	}
	suffix := variantSuffixes[round%len(variantSuffixes)]
	return nameWord.ReplaceAllStringFunc(text, func(w string) string {
		h := fnv.New32a()
		h.Write([]byte(w))
		if h.Sum32()%3 != 0 {
			return w
		}
		return w + suffix
	})
}
