// Command trainner trains kg's statistical name tagger for one language
// from IOB2, CoNLL-U or bracketed text files (names marked inline, as in
// extract/model/train: "[PER Angela Merkel] met [ORG Siemens] in [LOC
// Munich].") and writes the model that extract embeds.
//
//	go run ./tools/trainner -lang nb -o extract/model/ner-nb.gob.gz ../shared/ner/norne/no_bokmaal-ud-dev.conllu
//
// Train only on development splits; the test splits are for `kg eval ner`.
//
// With -cv K it writes no model but estimates the recogniser's score on
// unseen text: the first file is split into K folds by document, and each
// fold is scored with a tagger trained on the other folds and the
// remaining files (-errors lists the mistakes):
//
//	go run ./tools/trainner -lang en -cv 5 ../shared/ner/uner_en/en_ewt-ud-dev.iob2 ../shared/ner/norne/no_bokmaal-ud-dev.conllu
package main

import (
	"flag"
	"fmt"
	"io"
	"os"

	"kg/extract"
)

func main() {
	lang := flag.String("lang", "", "language whose lexicon supplies the features (en, nb)")
	out := flag.String("o", "", "model file to write")
	epochs := flag.Int("epochs", 8, "training passes over the data")
	folds := flag.Int("cv", 0, "cross-validate with this many folds of the first file instead of writing a model")
	errs := flag.String("errors", "", "with -cv: file to list the recogniser's mistakes in")
	only := flag.String("only", "", "with -cv: score only the sentences whose sent_id begins with this (a genre: weblog, newsgroup)")
	flag.Parse()
	if *lang == "" || (*out == "") == (*folds == 0) || flag.NArg() == 0 {
		fmt.Fprintln(os.Stderr, "usage: trainner -lang LANG (-o MODEL | -cv K [-errors FILE]) FILE...")
		os.Exit(2)
	}
	var err error
	if *folds > 0 {
		err = crossValidate(*lang, *folds, *epochs, *only, *errs, flag.Args())
	} else {
		err = run(*lang, *out, *epochs, flag.Args())
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "trainner:", err)
		os.Exit(1)
	}
}

func run(lang, out string, epochs int, files []string) error {
	x, err := extract.New(extract.Config{NoTagger: true})
	if err != nil {
		return err
	}
	words, tags, err := readTagged(files)
	if err != nil {
		return err
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

func readTagged(files []string) (words, tags [][]string, err error) {
	for _, path := range files {
		f, err := os.Open(path)
		if err != nil {
			return nil, nil, err
		}
		w, t, err := extract.ReadTagged(f)
		f.Close()
		if err != nil {
			return nil, nil, fmt.Errorf("%s: %w", path, err)
		}
		words, tags = append(words, w...), append(tags, t...)
	}
	return words, tags, nil
}

func crossValidate(lang string, folds, epochs int, only, errPath string, files []string) error {
	x, err := extract.New(extract.Config{})
	if err != nil {
		return err
	}
	words, tags, err := readTagged(files[1:])
	if err != nil {
		return err
	}
	ref, err := os.Open(files[0])
	if err != nil {
		return err
	}
	defer ref.Close()
	var errs *os.File
	if errPath != "" {
		if errs, err = os.Create(errPath); err != nil {
			return err
		}
		defer errs.Close()
	}
	var w io.Writer
	if errs != nil {
		w = errs
	}
	res, err := x.CrossValidateNER(ref, words, tags, lang, folds, epochs, only, w)
	if err != nil {
		return err
	}
	fmt.Printf("%s, %d-fold: %d sentences\n", files[0], folds, res.Sentences)
	for _, s := range append(res.Types, res.Micro) {
		fmt.Printf("  %-5s P %.3f R %.3f F1 %.3f\n", s.Type, s.Precision, s.Recall, s.F1)
	}
	return nil
}
