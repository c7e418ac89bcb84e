// Command genpeople writes extract/lexicon/people.yaml: one-word names
// that WordNet knows only as a person's (Hemingway, Tolstoy, Ibsen), so
// that the recogniser takes such a word for a person even where nothing
// around it says so ("praised by Hemingway").
//
// A word is kept when every WordNet sense of it, in any part of speech,
// is an instance of a person (its instance and class hypernyms reach
// person.n.01: gods and fictional beings do not), and the spelling
// dictionary does not list it in lower case. Names that are also places,
// bodies or ordinary words (Lincoln, Bush, Einstein the genius) are left
// out: the word alone does not say which it is.
//
//	apt-get install wordnet-base wamerican
//	go run ./tools/genpeople -wordnet /usr/share/wordnet -words /usr/share/dict/american-english -o extract/lexicon/people.yaml
//
// WordNet 3.0 is Copyright 2006 by Princeton University, under a licence
// that allows this use with its notice, which the file written repeats.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"kg/tools/internal/yamllist"
)

// personSynset is person.n.01's offset in WordNet 3.0's data.noun.
const personSynset = "00007846"

// locationFile is the lexicographer file of places (noun.location).
const locationFile = 15

type synset struct {
	words     []string
	hypernyms []string // class and instance hypernyms' offsets
	instance  bool
	lexFile   int // 15: noun.location
}

func main() {
	wn := flag.String("wordnet", "/usr/share/wordnet", "WordNet 3.0 database directory (data.noun, data.verb, …)")
	dict := flag.String("words", "/usr/share/dict/american-english", "spelling dictionary, one word a line")
	out := flag.String("o", "", "YAML file to write")
	flag.Parse()
	if *out == "" {
		fmt.Fprintln(os.Stderr, "usage: genpeople -o people.yaml [-wordnet DIR] [-words FILE]")
		os.Exit(2)
	}
	if err := run(*wn, *dict, *out); err != nil {
		fmt.Fprintln(os.Stderr, "genpeople:", err)
		os.Exit(1)
	}
}

func run(wn, dict, out string) error {
	nouns, licence, err := readDataLicence(filepath.Join(wn, "data.noun"))
	if err != nil {
		return err
	}
	isPerson := personTest(nouns)
	people := map[string]bool{}
	other := map[string]bool{} // lower-case lemmas of every other sense
	for off, s := range nouns {
		p := s.instance && isPerson(off)
		for _, w := range s.words {
			if p {
				people[w] = true
				continue
			}
			other[strings.ToLower(w)] = true
			// a multi-word place's first word is no one's name ("Santa"
			// of Santa Fe), nor is a thing's named after someone
			// ("Celsius" of Celsius scale)
			if first, rest, ok := strings.Cut(w, "_"); ok && (s.lexFile == locationFile || rest == strings.ToLower(rest)) {
				other[strings.ToLower(first)] = true
			}
		}
	}
	for _, pos := range []string{"verb", "adj", "adv"} {
		syns, err := readData(filepath.Join(wn, "data."+pos))
		if err != nil {
			return err
		}
		for _, s := range syns {
			for _, w := range s.words {
				other[strings.ToLower(w)] = true
			}
		}
	}
	lower, err := lowerWords(dict)
	if err != nil {
		return err
	}
	var names []string
	for w := range people {
		if strings.Contains(w, "_") || other[strings.ToLower(w)] || lower[strings.ToLower(w)] || !nameShaped(w) {
			continue
		}
		names = append(names, w)
	}
	sort.Strings(names)
	return write(out, names, licence)
}

// readData reads a WordNet data file: each synset's words and hypernyms.
func readData(path string) (map[string]*synset, error) {
	syns, _, err := readDataLicence(path)
	return syns, err
}

// readDataLicence is readData that also returns the licence the file
// opens with, one line a string.
func readDataLicence(path string) (map[string]*synset, []string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	syns := map[string]*synset{}
	var licence []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if strings.HasPrefix(line, "  ") { // the licence: "  12 text  "
			_, text, _ := strings.Cut(strings.TrimSpace(line), " ")
			licence = append(licence, strings.TrimSpace(text))
			continue
		}
		head, _, _ := strings.Cut(line, "|")
		f := strings.Fields(head)
		if len(f) < 4 {
			return nil, nil, fmt.Errorf("%s:%d: not a synset line", path, n)
		}
		wc, err := strconv.ParseInt(f[3], 16, 32)
		if err != nil || len(f) < 5+2*int(wc) {
			return nil, nil, fmt.Errorf("%s:%d: bad word count %q", path, n, f[3])
		}
		s := &synset{}
		s.lexFile, _ = strconv.Atoi(f[1])
		for i := 0; i < int(wc); i++ {
			w, _, _ := strings.Cut(f[4+2*i], "(") // "Hemingway(a)": an adjective's marker
			s.words = append(s.words, w)
		}
		k := 4 + 2*int(wc)
		pc, err := strconv.Atoi(f[k])
		if err != nil || len(f) < k+1+4*pc {
			return nil, nil, fmt.Errorf("%s:%d: bad pointer count %q", path, n, f[k])
		}
		for p := 0; p < pc; p++ {
			sym, off := f[k+1+4*p], f[k+2+4*p]
			if sym == "@" || sym == "@i" {
				s.hypernyms = append(s.hypernyms, off)
			}
			s.instance = s.instance || sym == "@i"
		}
		syns[f[0]] = s
	}
	return syns, licence, sc.Err()
}

// personTest reports whether a synset's hypernyms reach person.n.01.
func personTest(nouns map[string]*synset) func(string) bool {
	memo := map[string]bool{}
	var is func(string) bool
	is = func(off string) bool {
		if off == personSynset {
			return true
		}
		if v, ok := memo[off]; ok {
			return v
		}
		memo[off] = false // cycles end here
		s := nouns[off]
		// every hypernym a person's: Santa Claus is a patron saint and
		// an imaginary being
		v := len(s.hypernyms) > 0
		for _, h := range s.hypernyms {
			if !is(h) {
				v = false
				break
			}
		}
		memo[off] = v
		return v
	}
	return is
}

// lowerWords is the spelling dictionary's words that are written in lower
// case: ordinary words.
func lowerWords(path string) (map[string]bool, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	words := map[string]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		w := strings.TrimSpace(sc.Text())
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) {
			words[w] = true
		}
	}
	return words, sc.Err()
}

// nameShaped: a capital, then at least two more letters, hyphens or
// apostrophes, and no capital inside ("McCarthy" is fine, "LLud" a typo).
func nameShaped(w string) bool {
	if utf8.RuneCountInString(w) < 3 {
		return false
	}
	for i, r := range w {
		switch {
		case i == 0 && !unicode.IsUpper(r):
			return false
		case i > 0 && !unicode.IsLetter(r) && r != '-' && r != '\'':
			return false
		case i == 1 && unicode.IsUpper(r):
			return false
		}
	}
	return true
}

func write(path string, names, licence []string) error {
	var b strings.Builder
	b.WriteString(`# Generated by tools/genpeople from WordNet 3.0 (Debian's wordnet-base); do not edit.
# One-word names WordNet knows only as a person's: the recogniser takes such
# a word for a person where nothing around it says what it names.
#
# WordNet's licence:
#
`)
	for _, l := range licence {
		b.WriteString(strings.TrimRight("# "+l, " ") + "\n")
	}
	yamllist.Write(&b, "famous_people", names)
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		return err
	}
	fmt.Printf("%d names -> %s\n", len(names), path)
	return nil
}
