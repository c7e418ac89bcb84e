package main

import (
	"fmt"
	"io"
	"os"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"kg/extract"
)

func (a *app) evalCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "eval",
		Short: "Measure the extractor against published reference data",
	}
	cmd.AddCommand(a.evalNERCmd())
	return cmd
}

func (a *app) evalNERCmd() *cobra.Command {
	var format, lang, errFile string
	cmd := &cobra.Command{
		Use:   "ner [--lang en|nb] [--format text|json] [--errors OUT] FILE",
		Short: "Score named-entity recognition on a CoNLL-U (NorNE), IOB2 (Universal NER) or bracketed text file: P/R/F1 for PER, ORG, LOC",
		Args:  args(cobra.ExactArgs(1)),
		RunE: func(cmd *cobra.Command, files []string) error {
			if err := checkFormat(format, "text", "json"); err != nil {
				return err
			}
			cfg, err := a.config(cmd)
			if err != nil {
				return err
			}
			f, err := os.Open(files[0])
			if err != nil {
				return err
			}
			defer f.Close()
			x, err := newExtractor(cfg)
			if err != nil {
				return err
			}
			var errs io.Writer
			if errFile != "" {
				out, err := os.Create(errFile)
				if err != nil {
					return err
				}
				defer out.Close()
				errs = out
			}
			res, err := x.EvalNERErrors(f, lang, errs)
			if err != nil {
				return fmt.Errorf("%s: %w", files[0], err)
			}
			if format == "json" {
				return writeJSON(a.stdout, res)
			}
			return writeNER(a.stdout, files[0], res)
		},
	}
	cmd.Flags().StringVar(&format, "format", "text", "output format: text or json")
	cmd.Flags().StringVar(&lang, "lang", "", "language of the text (default: detected)")
	cmd.Flags().StringVar(&errFile, "errors", "", "write each sentence's missed (-) and spurious (+) spans to this file")
	return cmd
}

func writeNER(w io.Writer, file string, res *extract.NERResult) error {
	fmt.Fprintf(w, "%s: %d sentences, %d tokens (exact span and class; PER, ORG, LOC)\n", file, res.Sentences, res.Tokens)
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "class\tprecision\trecall\tF1\tgold\tpredicted\t")
	for _, s := range append(res.Types, res.Micro) {
		fmt.Fprintf(tw, "%s\t%.3f\t%.3f\t%.3f\t%d\t%d\t\n", s.Type, s.Precision, s.Recall, s.F1, s.TP+s.FN, s.TP+s.FP)
	}
	return tw.Flush()
}
