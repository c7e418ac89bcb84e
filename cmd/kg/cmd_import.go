package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"kg/export"
)

func (a *app) importCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "import FILE.nq",
		Short: "Load an N-Quads file (as kg export writes it) into the store",
		Long: `Import loads N-Quads into the store, one article per graph name, the way
kg build writes articles: an article already in the store is replaced (or
left alone when its kg:hash is the same), and kg rm works on imported
articles. Every statement needs a graph name, and every graph must be a kg
article under the configured base_iri; otherwise import stops with the file
and line and writes nothing. Other RDF can be converted first, e.g.
rapper -i trig -o nquads FILE.trig > FILE.nq.`,
		Example: `  kg export --format nquads -o kg.nq
  kg import --store-path other.db kg.nq`,
		Args: args(cobra.ExactArgs(1)),
		RunE: func(cmd *cobra.Command, files []string) error {
			if err := export.CheckImportPath(files[0]); err != nil {
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
			res, err := export.Import(cmd.Context(), st, files[0])
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
	return cmd
}
