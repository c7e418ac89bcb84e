package main

import (
	"fmt"
	"io"
	"sort"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"kg/queries"
	"kg/schema"
)

func (a *app) statsCmd() *cobra.Command {
	var format string
	cmd := &cobra.Command{
		Use:   "stats [--format text|json]",
		Short: "Count the articles, entities, relations, claims and quads in the store",
		Args:  args(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := checkFormat(format, "text", "json"); err != nil {
				return err
			}
			cfg, st, err := a.openExisting(cmd)
			if err != nil {
				return err
			}
			defer st.Close()
			s, err := queries.Stats(cmd.Context(), st.QuadStore(), schema.New(cfg.BaseIRI))
			if err != nil {
				return err
			}
			if format == "json" {
				return writeJSON(a.stdout, s)
			}
			return writeStats(a.stdout, s)
		},
	}
	cmd.Flags().StringVar(&format, "format", "text", "output format: text or json")
	return cmd
}

func writeStats(w io.Writer, s queries.StoreStats) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintf(tw, "articles\t%d\n", s.Articles)
	fmt.Fprintf(tw, "entities\t%d\n", s.Entities)
	fmt.Fprintf(tw, "relations\t%d\n", s.Relations)
	fmt.Fprintf(tw, "claims\t%d\n", s.Claims)
	fmt.Fprintf(tw, "quads\t%d\n", s.Quads)
	if err := tw.Flush(); err != nil {
		return err
	}
	for _, sec := range []struct {
		title  string
		counts map[string]int
	}{{"entities by type", s.EntitiesByType}, {"relations by predicate", s.RelationsByPredicate}} {
		if len(sec.counts) == 0 {
			continue
		}
		fmt.Fprintf(w, "\n%s:\n", sec.title)
		for _, k := range byCount(sec.counts) {
			fmt.Fprintf(tw, "  %s\t%d\n", k, sec.counts[k])
		}
		if err := tw.Flush(); err != nil {
			return err
		}
	}
	return nil
}

// byCount orders the keys of m by count, largest first, then by name.
func byCount(m map[string]int) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if m[keys[i]] != m[keys[j]] {
			return m[keys[i]] > m[keys[j]]
		}
		return keys[i] < keys[j]
	})
	return keys
}
