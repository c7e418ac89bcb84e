package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"kg/export"
)

func (a *app) exportCmd() *cobra.Command {
	var (
		format, output string
		sel            export.Selection
	)
	cmd := &cobra.Command{
		Use:   "export --format F [-o FILE] [--article ID] [--entity X --depth N] [--since DATE]",
		Short: "Write the graph, or a part of it, as RDF or as a property graph",
		Long: `Export writes the store, or the part the options select, in a format other
tools read. RDF keeps every quad with the article it came from:
  nquads     N-Quads, the article IRI as graph name (kg import reads it)
  trig       TriG, one graph block per article (kg import reads it)
  turtle     Turtle, triples only
  jsonld     JSON-LD, one named graph per article, terms mapped to schema.org
Entity names are tagged with their language where the article tells it
("Russia"@en); kg import stores them plain again.
Property graphs have entities as nodes and relations as edges (with the
number of supporting articles, first and last date and one evidence sentence):
  graphml    GraphML (yEd, Gephi, networkx)
  gml        GML
  dot        Graphviz DOT
  csv        neo4j-admin import files: -o DIR/ or -o PREFIX gives
             nodes.csv and relationships.csv
  cytoscape  Cytoscape.js JSON ({"elements": {"nodes": [...], "edges": [...]}})

Without -o the export goes to standard output. Options combine: --article
(repeatable) keeps the named articles, --since keeps articles dated on or
after DATE (YYYY, YYYY-MM or YYYY-MM-DD), --entity keeps the entities within
--depth relation hops of an entity and the articles that mention them.`,
		Example: `  kg export --format nquads -o kg.nq
  kg export --format graphml --entity Russia --depth 2 -o russia.graphml
  kg export --format csv --since 2024-01 -o neo4j/`,
		Args: args(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := checkFormat(format, export.Formats...); err != nil {
				return err
			}
			if format == export.CSV && output == "" {
				return usageError{fmt.Errorf("--format csv writes two files: give -o DIR/ or -o PREFIX")}
			}
			if cmd.Flags().Changed("depth") && sel.Entity == "" {
				return usageError{fmt.Errorf("--depth needs --entity")}
			}
			_, st, err := a.openExisting(cmd)
			if err != nil {
				return err
			}
			defer st.Close()
			ex, err := export.New(cmd.Context(), st, sel)
			var bad *export.SelectionError
			if errors.As(err, &bad) {
				return usageError{err}
			} else if err != nil {
				return err
			}
			if format == export.CSV {
				if strings.HasSuffix(output, "/") {
					if err := os.MkdirAll(output, 0o755); err != nil {
						return fmt.Errorf("%s: cannot create the directory: %v", output, unwrapPathError(err))
					}
				}
				nodes, rels := export.CSVFiles(output)
				var c export.Counts
				err := writeFiles(func(w []io.Writer) (err error) {
					c, err = ex.WriteCSV(cmd.Context(), w[0], w[1])
					return err
				}, nodes, rels)
				if err == nil && !a.quiet {
					fmt.Fprintf(a.stdout, "wrote %d nodes to %s and %d relationships to %s\n", c.Nodes, nodes, c.Edges, rels)
				}
				return err
			}
			if output == "" || output == "-" {
				_, err := ex.Write(cmd.Context(), format, a.stdout)
				return err
			}
			var c export.Counts
			err = writeFiles(func(w []io.Writer) (err error) {
				c, err = ex.Write(cmd.Context(), format, w[0])
				return err
			}, output)
			if err == nil && !a.quiet {
				if export.IsRDF(format) {
					fmt.Fprintf(a.stdout, "wrote %d quads to %s\n", c.Quads, output)
				} else {
					fmt.Fprintf(a.stdout, "wrote %d nodes and %d edges to %s\n", c.Nodes, c.Edges, output)
				}
			}
			return err
		},
	}
	f := cmd.Flags()
	f.StringVar(&format, "format", export.NQuads, "output format: "+strings.Join(export.Formats, ", "))
	f.StringVarP(&output, "output", "o", "", "output file (csv: a directory ending in / or a file name prefix); default standard output")
	f.StringArrayVar(&sel.Articles, "article", nil, "only this article (id, path, source or IRI); repeatable")
	f.StringVar(&sel.Entity, "entity", "", "only the entities around this one (name, alias or IRI)")
	f.IntVar(&sel.Depth, "depth", 1, "relation hops from --entity")
	f.StringVar(&sel.Since, "since", "", "only articles dated on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)")
	return cmd
}

// writeFiles creates the files, lets write fill them and closes them; on
// failure it removes them, so no half-written export is left behind.
func writeFiles(write func([]io.Writer) error, paths ...string) error {
	var files []*os.File
	var ws []io.Writer
	cleanup := func() {
		for _, f := range files {
			f.Close()
			os.Remove(f.Name())
		}
	}
	for _, p := range paths {
		f, err := os.Create(p)
		if err != nil {
			cleanup()
			return fmt.Errorf("%s: cannot create: %v", p, unwrapPathError(err))
		}
		files = append(files, f)
		ws = append(ws, f)
	}
	if err := write(ws); err != nil {
		cleanup()
		return err
	}
	for _, f := range files {
		if err := f.Close(); err != nil {
			return fmt.Errorf("%s: %v", f.Name(), err)
		}
	}
	return nil
}

// unwrapPathError drops the *os.PathError wrapper, whose path the message
// already names.
func unwrapPathError(err error) error {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err
	}
	return err
}
