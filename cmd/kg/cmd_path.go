package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"kg/explore"
)

func (a *app) pathCmd() *cobra.Command {
	var (
		format             string
		maxDepth, maxPaths int
	)
	cmd := &cobra.Command{
		Use:   "path FROM TO [--max-depth N] [--max-paths N] [--format text|json]",
		Short: "Find the shortest relationship paths between two entities",
		Long: `Path finds the shortest chains of relations between two entities (names,
aliases, keys or IRIs), following relations in either direction, and shows
each hop with the sentence it was read from. When no path is at most
--max-depth hops long it says so and exits with status 1.`,
		Example: `  kg path "Jaish al-Islam" Russia
  kg path Lavrov Churkin --max-depth 3 --format json`,
		Args: args(cobra.ExactArgs(2)),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := checkFormat(format, "text", "json"); err != nil {
				return err
			}
			if maxDepth < 1 || maxPaths < 1 {
				return usageError{fmt.Errorf("--max-depth and --max-paths must be at least 1, got %d and %d", maxDepth, maxPaths)}
			}
			_, st, err := a.openExisting(cmd)
			if err != nil {
				return err
			}
			defer st.Close()
			from, err := a.resolveEntity(cmd.Context(), st, "FROM", args[0])
			if err != nil {
				return err
			}
			to, err := a.resolveEntity(cmd.Context(), st, "TO", args[1])
			if err != nil {
				return err
			}
			if from == to {
				return usageError{fmt.Errorf("FROM %q and TO %q are the same entity (%s)", args[0], args[1], from)}
			}
			paths, err := explore.New(st.QuadStore(), st.Vocab()).Paths(cmd.Context(), from, to, explore.PathOptions{MaxDepth: maxDepth, MaxPaths: maxPaths})
			if err != nil {
				return err
			}
			if format == "json" {
				if paths == nil {
					paths = []explore.Path{}
				}
				if err := writeJSON(a.stdout, paths); err != nil {
					return err
				}
			} else if len(paths) > 0 {
				writePaths(a.stdout, paths)
			}
			if len(paths) == 0 {
				a.errorf("no path between %s and %s within %d hops (try a larger --max-depth)", args[0], args[1], maxDepth)
				return errReported
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&format, "format", "text", "output format: text or json")
	f.IntVar(&maxDepth, "max-depth", explore.DefaultMaxDepth, "longest path, in hops")
	f.IntVar(&maxPaths, "max-paths", explore.DefaultMaxPaths, "most paths to show")
	return cmd
}

// writePaths prints each path hop by hop, with its evidence sentence.
func writePaths(w io.Writer, paths []explore.Path) {
	hops := len(paths[0].Hops)
	fmt.Fprintf(w, "%s of %s from %s to %s:\n", plural(len(paths), "shortest path"), plural(hops, "hop"),
		paths[0].Hops[0].From.Name, paths[0].Hops[hops-1].To.Name)
	for i, p := range paths {
		fmt.Fprintf(w, "\n%d. ", i+1)
		for j, h := range p.Hops {
			if j == 0 {
				fmt.Fprint(w, h.From.Name)
			}
			if h.Forward {
				fmt.Fprintf(w, " —%s→ %s", h.Predicate, h.To.Name)
			} else {
				fmt.Fprintf(w, " ←%s— %s", h.Predicate, h.To.Name)
			}
		}
		fmt.Fprintln(w)
		for _, h := range p.Hops {
			subj, obj := h.From.Name, h.To.Name
			if !h.Forward {
				subj, obj = obj, subj
			}
			fmt.Fprintf(w, "   %s %s %s (%s)\n", subj, h.Predicate, obj, plural(h.Statements, "statement"))
			if ev := h.Evidence; ev != nil {
				fmt.Fprintf(w, "     “%s”\n", strings.TrimSpace(ev.Sentence))
				src := []string{}
				for _, s := range []string{ev.Article.Title, ev.Article.Date, ev.Language, ev.Article.Source} {
					if s != "" {
						src = append(src, s)
					}
				}
				if len(src) > 0 {
					fmt.Fprintf(w, "     — %s\n", strings.Join(src, ", "))
				}
			}
		}
	}
}
