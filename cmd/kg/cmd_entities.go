package main

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"kg/queries"
	"kg/schema"
)

func (a *app) entitiesCmd() *cobra.Command {
	var format, typ, match string
	cmd := &cobra.Command{
		Use:   "entities [--type T] [--match TEXT] [--format text|json]",
		Short: "List the entities in the store",
		Long: `Entities lists the canonical entities in the store with their type, the
number of articles that mention them and their IRI. --type keeps one entity
type (Country, Person, ArmedGroup, ...); --match keeps entities whose name or
an alias contains TEXT (case and accents ignored).`,
		Example: `  kg entities --type Country
  kg entities --match russ --format json`,
		Args: args(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := checkFormat(format, "text", "json"); err != nil {
				return err
			}
			if typ != "" && !isEntityType(typ) {
				return usageError{fmt.Errorf("unknown --type %q (use one of %s)", typ, strings.Join(schema.EntityTypes, ", "))}
			}
			cfg, st, err := a.openExisting(cmd)
			if err != nil {
				return err
			}
			defer st.Close()
			list, err := queries.Entities(cmd.Context(), st.QuadStore(), schema.New(cfg.BaseIRI), queries.Filter{Type: typ, Match: match})
			if err != nil {
				return err
			}
			if format == "json" {
				if list == nil {
					list = []queries.EntityInfo{}
				}
				return writeJSON(a.stdout, list)
			}
			return writeEntities(a.stdout, list)
		},
	}
	f := cmd.Flags()
	f.StringVar(&format, "format", "text", "output format: text or json")
	f.StringVar(&typ, "type", "", "only entities of this type")
	f.StringVar(&match, "match", "", "only entities whose name or alias contains this text")
	return cmd
}

func isEntityType(t string) bool {
	for _, e := range schema.EntityTypes {
		if strings.EqualFold(e, t) {
			return true
		}
	}
	return false
}

func writeEntities(w io.Writer, list []queries.EntityInfo) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "NAME\tTYPE\tARTICLES\tIRI\tALIASES")
	for _, e := range list {
		aliases := e.Aliases
		if len(aliases) > 4 {
			aliases = append(aliases[:4:4], "…")
		}
		fmt.Fprintf(tw, "%s\t%s\t%d\t%s\t%s\n", e.Name, e.Type, e.Articles, e.IRI, strings.Join(aliases, ", "))
	}
	return tw.Flush()
}
