// Command genwords writes an embedded word list for the recogniser: the
// words of a spelling dictionary, one per line, ordinary words in lower
// case and proper nouns capitalised as the dictionary has them. The
// recogniser reads a capitalised word the dictionary does not know at all
// before a verb ("Seagal made", "Dündar warned") as a name, where one it
// knows lower-case ("Earlier", "Students") opens the sentence.
//
// The English list comes from Debian's wamerican package (SCOWL, see
// extract/model/words-en.COPYRIGHT):
//
//	apt-get install wamerican
//	go run ./tools/genwords -o extract/model/words-en.txt.gz /usr/share/dict/american-english
package main

import (
	"bufio"
	"compress/gzip"
	"flag"
	"fmt"
	"os"
	"sort"
	"strings"
)

func main() {
	out := flag.String("o", "", "gzip-compressed word list to write")
	flag.Parse()
	if *out == "" || flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: genwords -o OUT.txt.gz DICTIONARY")
		os.Exit(2)
	}
	if err := run(flag.Arg(0), *out); err != nil {
		fmt.Fprintln(os.Stderr, "genwords:", err)
		os.Exit(1)
	}
}

func run(in, out string) error {
	f, err := os.Open(in)
	if err != nil {
		return err
	}
	defer f.Close()
	seen := map[string]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		w := strings.TrimSpace(sc.Text())
		// possessives add nothing: the tagger looks the stem up
		if w == "" || strings.HasSuffix(w, "'s") || strings.ContainsAny(w, " \t") {
			continue
		}
		seen[w] = true
	}
	if err := sc.Err(); err != nil {
		return err
	}
	words := make([]string, 0, len(seen))
	for w := range seen {
		words = append(words, w)
	}
	sort.Strings(words)
	o, err := os.Create(out)
	if err != nil {
		return err
	}
	zw, _ := gzip.NewWriterLevel(o, gzip.BestCompression)
	bw := bufio.NewWriter(zw)
	for _, w := range words {
		bw.WriteString(w)
		bw.WriteByte('\n')
	}
	if err := bw.Flush(); err != nil {
		o.Close()
		return err
	}
	if err := zw.Close(); err != nil {
		o.Close()
		return err
	}
	fmt.Printf("%d words -> %s\n", len(words), out)
	return o.Close()
}
