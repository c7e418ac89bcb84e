package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"kg/extract"
	"kg/pipeline"
	"kg/schema"
)

func (a *app) extractCmd() *cobra.Command {
	var format string
	var strict bool
	cmd := &cobra.Command{
		Use:   "extract [--format jsonl|text] PATH...",
		Short: "Print what kg extracts from articles, without touching the store",
		Long: `Extract reads the articles in each PATH (files, directories, or - for
standard input) and prints what was extracted from each, in input order.

--format jsonl prints one JSON object per article (the format the evaluation
scorer reads: id, source, language, date, entities with iri and mentions,
relations, claims); --format text prints a listing for people.`,
		Example: `  kg extract examples/en-envoy.txt --format text
  kg extract --format jsonl news/ > extracted.jsonl`,
		Args: args(cobra.MinimumNArgs(1)),
		RunE: func(cmd *cobra.Command, paths []string) error {
			if err := checkFormat(format, "jsonl", "text"); err != nil {
				return err
			}
			cfg, err := a.config(cmd)
			if err != nil {
				return err
			}
			x, err := newExtractor(cfg)
			if err != nil {
				return err
			}
			out := bufio.NewWriter(a.stdout)
			emit := jsonlEmitter(out)
			if format == "text" {
				emit = textEmitter(out)
			}
			opts := pipeline.Options{
				Workers:  cfg.Workers,
				MaxBytes: cfg.Loaders.MaxBytes,
				Strict:   strict,
				Vocab:    schema.New(cfg.BaseIRI),
				OnError: func(err error) {
					out.Flush() // keep stdout and stderr in input order on a terminal
					a.errorf("%v", err)
				},
			}
			sum, err := pipeline.Extract(cmd.Context(), paths, opts, x, emit)
			if ferr := out.Flush(); err == nil && ferr != nil {
				err = ferr
			}
			if err != nil {
				return err
			}
			if sum.Failed > 0 {
				return errReported
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&format, "format", "jsonl", "output format: jsonl or text")
	f.BoolVar(&strict, "strict", false, "stop at the first failure")
	f.Int("workers", 0, "extraction goroutines (config workers; 0 = one per core)")
	return cmd
}

// jsonlEmitter writes each Document as one line of JSON.
func jsonlEmitter(w io.Writer) func(*extract.Document) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return func(d *extract.Document) error { return enc.Encode(d) }
}

// textEmitter writes each Document as a listing for people.
func textEmitter(w io.Writer) func(*extract.Document) error {
	first := true
	return func(d *extract.Document) error {
		if !first {
			fmt.Fprintln(w)
		}
		first = false
		return writeText(w, d)
	}
}

func writeText(w io.Writer, d *extract.Document) error {
	bw := &errWriter{w: w}
	head := d.Source
	if d.ID != "" && d.ID != d.Source {
		head += "  (" + d.ID + ")"
	}
	bw.printf("== %s\n", head)
	if d.Title != "" {
		bw.printf("title:    %s\n", d.Title)
	}
	bw.printf("language: %s\n", orDash(d.Language))
	if d.Date != "" {
		bw.printf("date:     %s\n", d.Date)
	}

	names := map[string]string{}
	for _, e := range d.Entities {
		names[e.ID] = e.Name
	}
	name := func(id string) string {
		if n, ok := names[id]; ok {
			return n
		}
		return id
	}

	bw.printf("\nentities (%d):\n", len(d.Entities))
	for _, e := range d.Entities {
		line := fmt.Sprintf("  %s (%s)", e.Name, e.Type)
		if aliases := otherNames(e); len(aliases) > 0 {
			line += " aka " + strings.Join(aliases, ", ")
		}
		if len(e.Mentions) > 1 {
			line += fmt.Sprintf(", %d mentions", len(e.Mentions))
		}
		bw.printf("%s\n", line)
	}
	bw.printf("\nrelations (%d):\n", len(d.Relations))
	for _, r := range d.Relations {
		bw.printf("  %s —%s→ %s\n", name(r.Subject), r.Predicate, name(r.Object))
		if r.Evidence != "" {
			bw.printf("      %q\n", oneLine(r.Evidence))
		}
	}
	bw.printf("\nclaims (%d):\n", len(d.Claims))
	for _, c := range d.Claims {
		bw.printf("  %s: %q\n", name(c.Speaker), oneLine(c.Text))
	}
	return bw.err
}

// otherNames lists an entity's aliases other than its name.
func otherNames(e extract.Entity) []string {
	var out []string
	for _, a := range e.Aliases {
		if a != e.Name {
			out = append(out, a)
		}
	}
	return out
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// errWriter keeps the first write error.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) printf(format string, args ...any) {
	if e.err == nil {
		_, e.err = fmt.Fprintf(e.w, format, args...)
	}
}
