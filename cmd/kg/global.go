package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"kg/config"
	"kg/extract"
	"kg/graph"
	"kg/schema"
)

// Exit statuses.
const (
	exitOK      = 0
	exitFailure = 1 // something failed (reported on stderr)
	exitUsage   = 2 // bad command line
)

// errReported means the failures were already printed; only the exit status
// is left to set.
var errReported = errors.New("failures reported")

// usageError is a bad command line.
type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }

// app is the state shared by the commands of one run.
type app struct {
	stdin          io.Reader
	stdout, stderr io.Writer

	configFile string
	quiet      bool
}

// run executes kg with args and returns the exit status.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	a := &app{stdin: stdin, stdout: stdout, stderr: stderr}
	root := a.rootCmd()
	root.SetArgs(args)
	err := root.ExecuteContext(ctx)
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, errReported):
		return exitFailure
	}
	a.errorf("%v", err)
	var ue usageError
	if errors.As(err, &ue) || strings.HasPrefix(err.Error(), "unknown command") {
		fmt.Fprintln(stderr, "Run 'kg --help' for usage.")
		return exitUsage
	}
	return exitFailure
}

func (a *app) rootCmd() *cobra.Command {
	root := &cobra.Command{
		Use:   "kg",
		Short: "Build and query a knowledge graph of news articles",
		Long: `kg reads news articles (English and Norwegian; text, Markdown, HTML, feeds,
JSON Lines), extracts the entities, relations and claims in them and keeps
them in a Cayley quad store that can be queried with Gizmo.

Configuration: defaults < config.yaml (or --config FILE) < KG_* environment
variables (store.path → KG_STORE_PATH) < flags. See 'kg config'.`,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetIn(a.stdin)
	root.SetOut(a.stdout)
	root.SetErr(a.stderr)
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError{err} })
	root.CompletionOptions.HiddenDefaultCmd = true

	pf := root.PersistentFlags()
	pf.StringVar(&a.configFile, "config", "", "configuration file (default: ./config.yaml if present)")
	pf.String("store-path", "", "store directory (config store.path, default ./kg.db)")
	pf.String("store-backend", "", "store backend: "+strings.Join(config.Backends, ", ")+" (config store.backend, default bolt)")
	pf.String("store-address", "", "postgres connection string (config store.address)")
	pf.BoolVarP(&a.quiet, "quiet", "q", false, "print only errors")

	root.AddCommand(a.exploreCmd(), a.pathCmd(), a.serveCmd())
	root.AddCommand(
		a.buildCmd(),
		a.extractCmd(),
		a.queryCmd(),
		a.statsCmd(),
		a.entitiesCmd(),
		a.rmCmd(),
		a.configCmd(),
		a.evalCmd(),
		a.exportCmd(),
		a.importCmd(),
		a.benchCmd(),
	)
	return root
}

// args wraps a cobra argument check so that its failure is a usage error.
func args(check cobra.PositionalArgs) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if err := check(cmd, args); err != nil {
			return usageError{err}
		}
		return nil
	}
}

// errorf prints "kg: message" on stderr.
func (a *app) errorf(format string, args ...any) {
	fmt.Fprintf(a.stderr, "kg: "+format+"\n", args...)
}

// config loads the configuration, with the command's flags on top.
func (a *app) config(cmd *cobra.Command) (*config.Config, error) {
	return config.Load(a.configFile, cmd.Flags())
}

// storeName says which store cfg names, for messages.
func storeName(cfg *config.Config) string {
	switch cfg.Store.Backend {
	case "memory":
		return "memory store"
	case "postgres":
		return "postgres store " + redact(cfg.Store.Address)
	}
	return cfg.Store.Backend + " store " + cfg.Store.Path
}

// redact hides a password in a connection string.
func redact(addr string) string {
	if i := strings.Index(addr, "://"); i >= 0 {
		if at := strings.LastIndex(addr, "@"); at > i {
			cred := addr[i+3 : at]
			if c := strings.IndexByte(cred, ':'); c >= 0 {
				return addr[:i+3] + cred[:c] + ":***" + addr[at:]
			}
		}
	}
	return addr
}

// newExtractor is the extractor the configuration asks for.
func newExtractor(cfg *config.Config) (*extract.Extractor, error) {
	return extract.New(extract.Config{Lexicon: cfg.Extract.Lexicon, Languages: cfg.Languages})
}

// openExisting loads the configuration and opens the store it names, which
// must exist: for commands that only read (or remove from) a store.
func (a *app) openExisting(cmd *cobra.Command) (*config.Config, *graph.Store, error) {
	cfg, err := a.config(cmd)
	if err != nil {
		return nil, nil, err
	}
	st, err := a.openStore(cfg, true)
	return cfg, st, err
}

// openStore opens the configured store. Commands that only read pass
// existing=true: a missing bolt or leveldb directory is then an error rather
// than a new empty store.
func (a *app) openStore(cfg *config.Config, existing bool) (*graph.Store, error) {
	if existing && (cfg.Store.Backend == "bolt" || cfg.Store.Backend == "leveldb") {
		if _, err := os.Stat(cfg.Store.Path); errors.Is(err, os.ErrNotExist) {
			return nil, fmt.Errorf("no store at %s (run 'kg build' first, or set --store-path or %s)", cfg.Store.Path, config.EnvName("store.path"))
		}
	}
	st, err := graph.Open(graph.Config{
		Backend: cfg.Store.Backend,
		Path:    cfg.Store.Path,
		Address: cfg.Store.Address,
		Vocab:   schema.New(cfg.BaseIRI),
	})
	if err != nil {
		// graph.Open's errors start by naming the store ("bolt store X: ...").
		kind := cfg.Store.Backend + " store"
		if cfg.Store.Backend == "memory" {
			kind = "memory store"
		}
		if strings.HasPrefix(err.Error(), kind) {
			return nil, fmt.Errorf("cannot open %v", err)
		}
		return nil, fmt.Errorf("cannot open %s: %v", storeName(cfg), err)
	}
	return st, nil
}

// isTerminal reports whether w is a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// checkFormat rejects a --format value that is not one of allowed.
func checkFormat(format string, allowed ...string) error {
	for _, f := range allowed {
		if format == f {
			return nil
		}
	}
	return usageError{fmt.Errorf("unknown --format %q (use %s)", format, strings.Join(allowed, " or "))}
}
