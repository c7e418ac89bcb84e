package main

import (
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"kg/bench"
)

func (a *app) benchCmd() *cobra.Command {
	var c bench.Config
	var backends string
	cmd := &cobra.Command{
		Use:   "bench [--articles N] [--backends bolt,postgres]",
		Short: "Measure extraction, builds, Cayley's bulk load and query latency",
		Long: `Bench measures kg on this machine and prints a table: extraction speed
on a corpus of real articles; for each backend, 'kg build' of that corpus,
of a generated corpus of --small articles and of one of --articles articles
(time, CPU time, quads/s, store size and peak memory: RSS, its anonymous
and file-backed parts, and the live heap, each also as the big build's
ratio to the small one's), loading the big store's quads with Cayley's
own bulk writer, and query latency on the big store.

Generated corpora repeat the real articles with new IDs and respelled
names; they are written to a temporary directory and removed afterwards.
Each build runs as its own process. The postgres backend builds each store
in a new database on the server --store-address names (the user needs
CREATEDB).`,
		Example: `  kg bench --articles 2000
  kg bench --articles 100000 --backends bolt
  kg bench --backends bolt,postgres --store-address postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable`,
		Args: args(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error {
			cfg, err := a.config(cmd)
			if err != nil {
				return err
			}
			if c.Exe, err = os.Executable(); err != nil {
				return fmt.Errorf("cannot find the kg binary to run builds with: %v", err)
			}
			c.Backends = strings.Split(backends, ",")
			for _, b := range c.Backends {
				switch b {
				case "bolt", "leveldb":
				case "postgres":
					c.Postgres = cfg.Store.Address
					if c.Postgres == "" {
						return usageError{fmt.Errorf("--backends postgres: set --store-address (or store.address) to a postgres server")}
					}
				default:
					return usageError{fmt.Errorf("--backends: unknown or unsupported backend %q (use bolt, leveldb, postgres)", b)}
				}
			}
			if !a.quiet {
				c.Log = a.stderr
			}
			rep, err := bench.Run(cmd.Context(), c)
			if rep != nil && len(rep.Builds) > 0 {
				if werr := rep.WriteTable(a.stdout); err == nil {
					err = werr
				}
			}
			return err
		},
	}
	f := cmd.Flags()
	f.IntVar(&c.Articles, "articles", 100000, "articles in the big generated corpus")
	f.IntVar(&c.Small, "small", 1000, "articles in the small generated corpus (peak memory is compared with it)")
	f.StringVar(&c.Corpus, "corpus", "../shared/corpus", "directory of real articles (*.txt, title on the first line)")
	f.StringVar(&backends, "backends", "bolt", "comma-separated backends to build: bolt, leveldb, postgres")
	f.IntVar(&c.Runs, "runs", 50, "timed runs per query")
	f.IntVar(&c.Workers, "workers", 0, "extraction goroutines for the extraction benchmark (0 = one per core)")
	f.BoolVar(&c.SkipLoad, "no-load", false, "skip loading the quads with Cayley's bulk writer")
	f.StringVar(&c.Dir, "dir", "", "work directory for stores and corpora (default: a temporary one, removed)")
	f.BoolVar(&c.KeepFiles, "keep", false, "keep the stores, corpora and postgres databases")
	f.BoolVar(&c.SkipUnbounded, "no-unbounded", false, "skip building the big corpus again with unbounded transactions (--batch-bytes -1)")
	cmd.AddCommand(a.cayleyLoadCmd())
	return cmd
}

// cayleyLoadCmd is what `kg bench` runs to load N-Quads with Cayley's own
// bulk writer in a process of its own, whose memory it measures.
func (a *app) cayleyLoadCmd() *cobra.Command {
	return &cobra.Command{
		Use:    "cayley-load FILE",
		Short:  "Load N-Quads into a new store with Cayley's bulk writer (for kg bench)",
		Hidden: true,
		Args:   args(cobra.ExactArgs(1)),
		RunE: func(cmd *cobra.Command, files []string) error {
			cfg, err := a.config(cmd)
			if err != nil {
				return err
			}
			st := bench.Store{Backend: cfg.Store.Backend, Path: cfg.Store.Path, Address: cfg.Store.Address}
			res, err := bench.CayleyLoad(cmd.Context(), st, files[0])
			if err != nil {
				return err
			}
			fmt.Fprintf(a.stdout, "Loaded: %d quads in %s\n", res.Quads, res.Wall.Round(time.Millisecond))
			return nil
		},
	}
}
