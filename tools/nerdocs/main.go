// Command nerdocs writes the texts of the annotated documents cut from the
// named-entity test and development sets in ../shared/ner (NorNE, Universal
// NER): the repository keeps their annotations
// (extract/testdata/ner-docs/*/) and the manifest that says where each
// text comes from, not the texts.
//
//	go run ./tools/nerdocs -ner ../shared/ner -o /tmp/nerdocs extract/testdata/ner-docs/manifest.txt
//
// A manifest line is "ID FILE sentences FIRST COUNT" (COUNT sentences from
// the FIRST, counted from 0) or "ID FILE doc DOCID" (the sentences of a
// document, "# newdoc id = DOCID"). A text is its sentences' "# text ="
// lines, one a line.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

func main() {
	nerDir := flag.String("ner", "../shared/ner", "the named-entity data directory")
	out := flag.String("o", "", "directory to write ID.txt files to")
	flag.Parse()
	if *out == "" || flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: nerdocs -ner DIR -o OUTDIR MANIFEST")
		os.Exit(2)
	}
	if err := run(*nerDir, *out, flag.Arg(0)); err != nil {
		fmt.Fprintln(os.Stderr, "nerdocs:", err)
		os.Exit(1)
	}
}

// sentence is one sentence of a CoNLL-U or IOB2 file.
type sentence struct {
	doc  string // the document it belongs to ("" if none is named)
	text string
}

func run(nerDir, out, manifest string) error {
	lines, err := os.ReadFile(manifest)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	files := map[string][]sentence{}
	for n, line := range strings.Split(string(lines), "\n") {
		f := strings.Fields(line)
		if len(f) == 0 || strings.HasPrefix(f[0], "#") {
			continue
		}
		where := fmt.Sprintf("%s:%d", manifest, n+1)
		if len(f) < 4 {
			return fmt.Errorf("%s: want ID FILE sentences FIRST COUNT or ID FILE doc DOCID", where)
		}
		sents, ok := files[f[1]]
		if !ok {
			if sents, err = readSentences(filepath.Join(nerDir, f[1])); err != nil {
				return err
			}
			files[f[1]] = sents
		}
		var text []string
		switch f[2] {
		case "sentences":
			first, err1 := strconv.Atoi(f[3])
			count, err2 := strconv.Atoi(f[len(f)-1])
			if len(f) != 5 || err1 != nil || err2 != nil || first < 0 || count <= 0 || first+count > len(sents) {
				return fmt.Errorf("%s: bad sentence range for %s (%d sentences)", where, f[1], len(sents))
			}
			for _, s := range sents[first : first+count] {
				text = append(text, s.text)
			}
		case "doc":
			for _, s := range sents {
				if s.doc == f[3] {
					text = append(text, s.text)
				}
			}
			if text == nil {
				return fmt.Errorf("%s: no document %q in %s", where, f[3], f[1])
			}
		default:
			return fmt.Errorf("%s: unknown selector %q", where, f[2])
		}
		if err := os.WriteFile(filepath.Join(out, f[0]+".txt"), []byte(strings.Join(text, "\n")+"\n"), 0o644); err != nil {
			return err
		}
	}
	return nil
}

// readSentences reads the sentences of a CoNLL-U or IOB2 file: a blank
// line ends each, its "# text =" comment is its text.
func readSentences(path string) ([]sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []sentence
	doc, text, open := "", "", false
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "# newdoc id ="):
			doc = strings.TrimSpace(strings.TrimPrefix(line, "# newdoc id ="))
		case strings.HasPrefix(line, "# text ="):
			text, open = strings.TrimSpace(strings.TrimPrefix(line, "# text =")), true
		case strings.TrimSpace(line) == "" && open:
			out = append(out, sentence{doc: doc, text: text})
			open = false
		}
	}
	if open {
		out = append(out, sentence{doc: doc, text: text})
	}
	return out, sc.Err()
}
