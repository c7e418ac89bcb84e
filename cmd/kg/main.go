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
	"fmt"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM)
	go func() {
		// The first interrupt asks the command to stop cleanly, which may
		// wait for the article being extracted or for input. A second one
		// ends kg at once (the default action), which loses nothing: each
		// article is written in one transaction.
		<-sigs
		signal.Reset(os.Interrupt, syscall.SIGTERM)
		fmt.Fprintln(os.Stderr, "kg: stopping (interrupt again to quit at once)")
		cancel()
	}()
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	os.Exit(code)
}
