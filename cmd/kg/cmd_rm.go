package main

import (
	"fmt"

	"github.com/spf13/cobra"
)

func (a *app) rmCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "rm ARTICLE...",
		Short: "Remove articles and everything they contributed from the store",
		Long: `Rm removes each ARTICLE — given by its id, path, source or article IRI —
with every quad it contributed. Entities mentioned by other articles keep
what those articles said about them.`,
		Example: `  kg rm examples/en-envoy.txt
  kg rm '<kg:article/en-envoy-1a2b3c4d5e6f>'`,
		Args: args(cobra.MinimumNArgs(1)),
		RunE: func(cmd *cobra.Command, articles []string) error {
			cfg, st, err := a.openExisting(cmd)
			if err != nil {
				return err
			}
			defer st.Close()
			failed := false
			for _, arg := range articles {
				iri, ok, err := st.FindArticle(cmd.Context(), arg)
				if err != nil {
					return err
				}
				if !ok {
					a.errorf("%s: no such article in %s", arg, storeName(cfg))
					failed = true
					continue
				}
				n, err := st.DeleteArticle(cmd.Context(), iri)
				if err != nil {
					return fmt.Errorf("%s: %v", arg, err)
				}
				if !a.quiet {
					fmt.Fprintf(a.stdout, "removed %s (%d quads)\n", iri, n)
				}
			}
			if failed {
				return errReported
			}
			return nil
		},
	}
	return cmd
}
