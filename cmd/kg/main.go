// Command kg builds and queries a news knowledge graph: it reads articles
// (English and Norwegian), extracts entities, relations and claims, and keeps
// them in a Cayley quad store.
//
// This package is only the command line: flags, output formats and exit
// status. Reading, extraction, the quad model, the store and the queries live
// in their own packages; nothing here decides what goes into the graph.
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}
