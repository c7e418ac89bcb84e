package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"kg/queries"
	"kg/schema"
)

func (a *app) queryCmd() *cobra.Command {
	var lang, named string
	var list bool
	cmd := &cobra.Command{
		Use:   "query [--lang gizmo] [--limit N] [--timeout D] 'QUERY'|-\n  kg query --named NAME ARG...\n  kg query --list",
		Short: "Run a Gizmo query or a named query against the store",
		Long: `Query runs a Gizmo query (read from standard input when QUERY is -) and
prints its results as indented JSON. IRIs are written in angle brackets:
g.V("<kg:entity/russia>").Out("<kg:vetoed>").All().

--named runs one of kg's named queries with its arguments; --list shows them.`,
		Example: `  kg query 'g.V().Has("<kg:vetoed>").All()'
  kg query --named actors vetoed "draft resolution"
  kg query --list`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if list {
				if len(args) > 0 || named != "" {
					return usageError{fmt.Errorf("--list takes no query or arguments")}
				}
				return listNamed(a.stdout)
			}
			if lang != "gizmo" {
				return usageError{fmt.Errorf("unsupported --lang %q (only gizmo)", lang)}
			}
			var query string
			if named == "" {
				if len(args) != 1 {
					return usageError{fmt.Errorf("query needs exactly one QUERY argument (or - to read it from standard input), got %d", len(args))}
				}
				query = args[0]
				if query == "-" {
					b, err := io.ReadAll(a.stdin)
					if err != nil {
						return fmt.Errorf("reading the query from standard input: %v", err)
					}
					query = string(b)
				}
				if strings.TrimSpace(query) == "" {
					return usageError{fmt.Errorf("empty query")}
				}
			}

			cfg, st, err := a.openExisting(cmd)
			if err != nil {
				return err
			}
			defer st.Close()
			opt := queries.Options{Limit: cfg.Query.Limit, Timeout: cfg.Query.Timeout, MaxMemory: cfg.Query.MaxMemory}
			var res []any
			if named != "" {
				res, err = queries.RunNamed(cmd.Context(), st.QuadStore(), schema.New(cfg.BaseIRI), named, args, opt)
			} else {
				res, err = queries.Gizmo(cmd.Context(), st.QuadStore(), query, opt)
			}
			if err != nil {
				return err
			}
			if res == nil {
				res = []any{}
			}
			if len(res) >= opt.Limit {
				a.errorf("stopped at the limit of %d results (query.limit); there may be more: raise --limit", opt.Limit)
			}
			return writeJSON(a.stdout, res)
		},
	}
	f := cmd.Flags()
	f.StringVar(&lang, "lang", "gizmo", "query language (gizmo)")
	f.Int("limit", 0, "most results (config query.limit, default 1000)")
	f.Duration("timeout", 0, "longest the query may run (config query.timeout, default 10s)")
	f.StringVar(&named, "named", "", "run the named query NAME with the arguments that follow")
	f.BoolVar(&list, "list", false, "list the named queries")
	return cmd
}

// listNamed prints the named queries with their parameters and doc.
func listNamed(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	for _, q := range queries.NamedQueries() {
		params := make([]string, len(q.Params))
		for i, p := range q.Params {
			params[i] = strings.ToUpper(p)
		}
		fmt.Fprintf(tw, "%s %s\t%s\n", q.Name, strings.Join(params, " "), q.Doc)
	}
	return tw.Flush()
}

// writeJSON prints v as indented JSON.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}
