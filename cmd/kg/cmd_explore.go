package main

import (
	"context"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/cayleygraph/quad"
	"github.com/spf13/cobra"

	"kg/explore"
	"kg/graph"
	"kg/queries"
	"kg/schema"
)

func (a *app) exploreCmd() *cobra.Command {
	var (
		format, since string
		depth         int
		predicates    []string
		maxNodes      int
	)
	cmd := &cobra.Command{
		Use:   "explore ENTITY [--depth N] [--predicate P]... [--since DATE] [--format text|json|dot]",
		Short: "Show the relations around an entity",
		Long: `Explore shows the neighbourhood of ENTITY (a name or alias in any language,
a key or an IRI): each relation with its direction, the other entity, how many
statements and articles support it and the dates of the first and last of
those articles. --depth N follows relations N hops out, breadth-first.
--predicate keeps only the given relations (repeat or comma-separate);
--since keeps only statements from articles dated on or after DATE.
A name shared by several entities lists them instead of guessing.`,
		Example: `  kg explore Russia
  kg explore Russland --depth 2 --predicate vetoed,drafted
  kg explore "Syrian government forces" --since 2016-12-01 --format dot | dot -Tsvg > g.svg`,
		Args: args(cobra.ExactArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := checkFormat(format, "text", "json", "dot"); err != nil {
				return err
			}
			if depth < 1 {
				return usageError{fmt.Errorf("--depth must be at least 1, got %d", depth)}
			}
			if maxNodes < 1 {
				return usageError{fmt.Errorf("--max-nodes must be at least 1, got %d", maxNodes)}
			}
			opt := explore.Options{Depth: depth, Predicates: splitList(predicates), MaxNodes: maxNodes}
			if since != "" {
				t, err := explore.ParseSince(since)
				if err != nil {
					return usageError{fmt.Errorf("--since: %v", err)}
				}
				opt.Since = t
			}
			for _, p := range opt.Predicates {
				if _, err := explore.New(nil, schema.Vocab{}).Predicate(p); err != nil {
					return usageError{fmt.Errorf("--predicate: %v", err)}
				}
			}
			_, st, err := a.openExisting(cmd)
			if err != nil {
				return err
			}
			defer st.Close()
			iri, err := a.resolveEntity(cmd.Context(), st, "ENTITY", args[0])
			if err != nil {
				return err
			}
			n, err := explore.New(st.QuadStore(), st.Vocab()).Neighbourhood(cmd.Context(), iri, opt)
			if err != nil {
				return err
			}
			switch format {
			case "json":
				return writeJSON(a.stdout, n)
			case "dot":
				return writeDot(a.stdout, n)
			}
			return writeNeighbourhood(a.stdout, n)
		},
	}
	f := cmd.Flags()
	f.StringVar(&format, "format", "text", "output format: text, json or dot (Graphviz)")
	f.IntVar(&depth, "depth", 1, "relation hops to follow")
	f.StringSliceVar(&predicates, "predicate", nil, "only these relations (vetoed, drafted, ...)")
	f.StringVar(&since, "since", "", "only statements from articles dated on or after DATE (YYYY-MM-DD, YYYY-MM, DD.MM.YYYY)")
	f.IntVar(&maxNodes, "max-nodes", explore.DefaultMaxNodes, "stop expanding after this many entities")
	return cmd
}

// resolveEntity finds the one entity text names. No match is an error; an
// ambiguous name prints the candidates and fails.
func (a *app) resolveEntity(ctx context.Context, st *graph.Store, what, text string) (quad.IRI, error) {
	iris, err := queries.FindEntities(ctx, st.QuadStore(), st.Vocab(), text)
	if err != nil {
		return "", err
	}
	switch len(iris) {
	case 0:
		return "", fmt.Errorf("%s %q matches no entity (try: kg entities --match %q)", what, text, text)
	case 1:
		return iris[0], nil
	}
	found, err := queries.DescribeEntities(ctx, st.QuadStore(), st.Vocab(), iris)
	if err != nil {
		return "", err
	}
	a.errorf("%s %q is ambiguous; it could be:", what, text)
	tw := tabwriter.NewWriter(a.stderr, 0, 4, 2, ' ', 0)
	for _, e := range found {
		fmt.Fprintf(tw, "  %s\t%s\t%d article(s)\t%s\n", e.Name, e.Type, e.Articles, e.IRI)
	}
	tw.Flush()
	fmt.Fprintln(a.stderr, "Pass one of the IRIs to choose.")
	return "", errReported
}

func splitList(values []string) []string {
	var out []string
	for _, v := range values {
		for _, p := range strings.Split(v, ",") {
			if p = strings.TrimSpace(p); p != "" {
				out = append(out, p)
			}
		}
	}
	return out
}

// writeNeighbourhood prints each explored entity with its relations; a
// relation is printed under the first entity (breadth-first) it touches.
func writeNeighbourhood(w io.Writer, n *explore.Neighbourhood) error {
	printed := map[int]bool{}
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	for _, node := range n.Nodes {
		if node.Depth >= n.Depth {
			break
		}
		var lines []string
		for i, r := range n.Relations {
			if printed[i] || (r.Subject.IRI != node.IRI && r.Object.IRI != node.IRI) {
				continue
			}
			printed[i] = true
			arrow, other := "→", r.Object
			if r.Object.IRI == node.IRI {
				arrow, other = "←", r.Subject
			}
			dates := r.FirstDate
			if r.LastDate != "" && r.LastDate != r.FirstDate {
				dates += " – " + r.LastDate
			}
			lines = append(lines, fmt.Sprintf("  %s %s\t%s (%s)\t%s, %s\t%s\n", arrow, r.Predicate, other.Name, other.Type,
				plural(r.Statements, "statement"), plural(r.Articles, "article"), dates))
		}
		if node.Depth > 0 && len(lines) == 0 {
			continue
		}
		fmt.Fprintf(tw, "%s (%s) %s\n", node.Name, node.Type, node.IRI)
		if len(lines) == 0 {
			fmt.Fprintln(tw, "  no relations")
		}
		for _, l := range lines {
			fmt.Fprint(tw, l)
		}
	}
	if n.Truncated {
		fmt.Fprintf(tw, "(stopped at %d entities; raise --max-nodes to see more)\n", len(n.Nodes))
	}
	return tw.Flush()
}

// writeDot prints the neighbourhood as a Graphviz digraph.
func writeDot(w io.Writer, n *explore.Neighbourhood) error {
	var b strings.Builder
	b.WriteString("digraph kg {\n  rankdir=LR;\n  node [shape=box, style=rounded];\n")
	for _, node := range n.Nodes {
		attrs := ""
		if node.Depth == 0 {
			attrs = ", penwidth=2"
		}
		fmt.Fprintf(&b, "  %s [label=%s%s];\n", dotQuote(node.IRI), dotQuote(node.Name+"\n"+node.Type), attrs)
	}
	for _, r := range n.Relations {
		fmt.Fprintf(&b, "  %s -> %s [label=%s];\n", dotQuote(r.Subject.IRI), dotQuote(r.Object.IRI),
			dotQuote(fmt.Sprintf("%s (%d)", r.Predicate, r.Statements)))
	}
	b.WriteString("}\n")
	_, err := io.WriteString(w, b.String())
	return err
}

func dotQuote(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`)
	return `"` + r.Replace(s) + `"`
}

func plural(n int, word string) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, word)
	}
	return fmt.Sprintf("%d %ss", n, word)
}
