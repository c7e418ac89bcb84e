package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"kg/export"
)

func (a *app) importCmd() *cobra.Command {
	var format string
	cmd := &cobra.Command{
		Use:   "import [--format nquads|trig|turtle] FILE",
		Short: "Load an N-Quads or TriG file (as kg export writes them) into the store",
		Long: `Import loads RDF into the store, one article per graph name, the way kg
build writes articles: an article already in the store is replaced (or left
alone when its kg:hash is the same), and kg rm works on imported articles.
The format comes from --format or the extension: .trig is TriG, .ttl
Turtle, anything else N-Quads. Every statement needs a graph name (Turtle has
none, so a Turtle file only imports if it is empty), and every graph must be
a kg article under the configured base_iri; otherwise import stops with the
file and line and writes nothing. Names exported with a language tag
("Russia"@en) are stored as plain strings, as kg build stores them.`,
		Example: `  kg export --format nquads -o kg.nq
  kg import --store-path other.db kg.nq
  kg export --format trig -o kg.trig && kg import --store-path other.db kg.trig`,
		Args: args(cobra.ExactArgs(1)),
		RunE: func(cmd *cobra.Command, files []string) error {
			if format != "" {
				if err := checkFormat(format, export.ImportFormats...); err != nil {
					return err
				}
			}
			if _, err := export.CheckImportPath(files[0], format); err != nil {
				return err
			}
			cfg, err := a.config(cmd)
			if err != nil {
				return err
			}
			st, err := a.openStore(cfg, false)
			if err != nil {
				return err
			}
			defer st.Close()
			res, err := export.ImportFormat(cmd.Context(), st, files[0], format)
			if err != nil {
				return err
			}
			if !a.quiet {
				fmt.Fprintf(a.stdout, "Imported %d quads: %d articles loaded, %d replaced, %d unchanged\n",
					res.Quads, res.Loaded, res.Replaced, res.Unchanged)
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&format, "format", "", "nquads, trig or turtle (default: by the file's extension; N-Quads if it names none)")
	return cmd
}
