// Command trainner trains kg's statistical name tagger for one language
// from IOB2 or CoNLL-U files and writes the model that extract embeds.
//
//	go run ./tools/trainner -lang nb -o extract/model/ner-nb.gob.gz ../shared/ner/norne/no_bokmaal-ud-dev.conllu
//
// Train only on development splits; the test splits are for `kg eval ner`.
package main

import (
	"flag"
	"fmt"
	"os"

	"kg/extract"
)

func main() {
	lang := flag.String("lang", "", "language whose lexicon supplies the features (en, nb)")
	out := flag.String("o", "", "model file to write")
	epochs := flag.Int("epochs", 8, "training passes over the data")
	flag.Parse()
	if *lang == "" || *out == "" || flag.NArg() == 0 {
		fmt.Fprintln(os.Stderr, "usage: trainner -lang LANG -o MODEL FILE...")
		os.Exit(2)
	}
	if err := run(*lang, *out, *epochs, flag.Args()); err != nil {
		fmt.Fprintln(os.Stderr, "trainner:", err)
		os.Exit(1)
	}
}

func run(lang, out string, epochs int, files []string) error {
	x, err := extract.New(extract.Config{NoTagger: true})
	if err != nil {
		return err
	}
	var words, tags [][]string
	for _, path := range files {
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		w, t, err := extract.ReadTagged(f)
		f.Close()
		if err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		words, tags = append(words, w...), append(tags, t...)
	}
	model := x.TrainTagger(words, tags, lang, epochs)
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	if _, err := model.WriteTo(f); err != nil {
		f.Close()
		return err
	}
	fmt.Printf("trained on %d sentences: %d features -> %s\n", len(words), len(model.Weights), out)
	return f.Close()
}
