package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"time"

	"github.com/spf13/cobra"

	"kg/server"
)

// defaultServeAddr is Cayley's own default port, on the loopback interface.
const defaultServeAddr = "127.0.0.1:64210"

func (a *app) serveCmd() *cobra.Command {
	var addr string
	var maxBody int64
	cmd := &cobra.Command{
		Use:   "serve [--addr HOST:PORT] [--limit N] [--timeout D]",
		Short: "Serve the graph read-only: web page, JSON API and Cayley query API",
		Long: `Serve opens the store read-only and serves, until interrupted:

  /                        a web page to search entities and explore their
                           relations, evidence and paths on a graph
  /api/v1/query/gizmo      Cayley's v1 query API (POST the query as the body)
  /api/v2/query?lang=gizmo Cayley's v2 API (read-only: writes are refused)
  /api/search, /api/neighbourhood, /api/path, /api/evidence, /api/article
                           the JSON the page uses

Queries are bounded by query.timeout and query.limit (--timeout, --limit).
The default address is loopback only; anyone who can reach it can read the
whole graph.`,
		Example: `  kg serve
  kg serve --addr 127.0.0.1:8080 --timeout 5s
  curl -d 'g.V("<kg:entity/russia>").Out().All()' http://127.0.0.1:64210/api/v1/query/gizmo`,
		Args: args(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error {
			if maxBody < 1 {
				return usageError{fmt.Errorf("--max-body must be at least 1 byte, got %d", maxBody)}
			}
			cfg, st, err := a.openExisting(cmd)
			if err != nil {
				return err
			}
			defer st.Close()
			ln, err := net.Listen("tcp", addr)
			if err != nil {
				return fmt.Errorf("--addr %s: %v", addr, err)
			}
			srv := &http.Server{
				Handler: server.New(st.QuadStore(), st.Vocab(), server.Options{
					QueryTimeout: cfg.Query.Timeout, QueryLimit: cfg.Query.Limit, MaxBodyBytes: maxBody,
					QueryMaxMemory: serverMaxMemory(cfg.Query.MaxMemory)}),
				ReadHeaderTimeout: 10 * time.Second,
				WriteTimeout:      cfg.Query.Timeout + 30*time.Second,
			}
			if !a.quiet {
				fmt.Fprintf(a.stdout, "Serving %s read-only at http://%s/ (Ctrl-C to stop)\n", st.Name(), ln.Addr())
			}
			done := make(chan error, 1)
			go func() { done <- srv.Serve(ln) }()
			select {
			case err := <-done:
				return err
			case <-cmd.Context().Done():
			}
			ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			defer cancel()
			if err := srv.Shutdown(ctx); err != nil {
				srv.Close()
			}
			if err := <-done; err != nil && !errors.Is(err, http.ErrServerClosed) {
				return err
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&addr, "addr", defaultServeAddr, "address to listen on")
	f.Int("limit", 0, "most results of a query (config query.limit, default 1000)")
	f.Duration("timeout", 0, "longest a query may run (config query.timeout, default 10s)")
	f.Int64Var(&maxBody, "max-body", server.DefaultMaxBodyBytes, "largest request body accepted, in bytes")
	return cmd
}

// serverMaxMemory maps query.max_memory (0: no limit) to
// server.Options.QueryMaxMemory (0: the default, < 0: no limit).
func serverMaxMemory(n int64) int64 {
	if n == 0 {
		return -1
	}
	return n
}
