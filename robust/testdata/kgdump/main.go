// Command kgdump prints every quad of a kg store, sorted, one per line as
// its label, a tab and the quad in N-Quads; the robustness tests build it (without -race, so that bolt works)
// to look into stores that kg subprocesses wrote.
//
// Usage: kgdump BACKEND PATH
package main

import (
	"context"
	"fmt"
	"os"
	"sort"

	"github.com/cayleygraph/quad"

	"kg/graph"
)

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: kgdump BACKEND PATH")
		os.Exit(2)
	}
	st, err := graph.Open(graph.Config{Backend: os.Args[1], Path: os.Args[2]})
	if err != nil {
		fmt.Fprintln(os.Stderr, "kgdump:", err)
		os.Exit(1)
	}
	defer st.Close()
	if n := st.PadsRemoved(); n > 0 {
		// Left by a kg process killed inside a replacement; Open removed them.
		fmt.Fprintf(os.Stderr, "kgdump: removed %d pad quads\n", n)
	}
	ctx := context.Background()
	qs := st.QuadStore()
	it := qs.QuadsAllIterator()
	var lines []string
	for it.Next(ctx) {
		lines = append(lines, quadLine(qs.Quad(it.Result())))
	}
	err = it.Err()
	it.Close()
	if err != nil {
		fmt.Fprintln(os.Stderr, "kgdump:", err)
		os.Exit(1)
	}
	sort.Strings(lines)
	for _, l := range lines {
		fmt.Println(l)
	}
}

func quadLine(q quad.Quad) string {
	label := ""
	if q.Label != nil {
		label = q.Label.String()
	}
	s := label + "\t" + q.Subject.String() + " " + q.Predicate.String() + " " + q.Object.String()
	if q.Label != nil {
		s += " " + q.Label.String()
	}
	return s + " ."
}
