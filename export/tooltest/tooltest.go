// Package tooltest runs the independent tools that check kg's exports:
// rapper (raptor2-utils) for N-Quads, TriG and Turtle, dot (graphviz) for
// DOT, and Python's networkx for GraphML and GML.
//
// It owns the test policy for those tools: a missing tool skips the test,
// except when CI=true, where it fails it (.ci/run installs them from
// Debian). A file the tool rejects fails the test. It must not be used
// outside tests.
package tooltest

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/cayleygraph/quad/nquads"
)

// Require returns the path of the program name. Without it it skips t, or
// fails it when CI=true; pkg is the Debian package that provides it.
func Require(t testing.TB, name, pkg string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%s not found but CI=true: .ci/run must install Debian package %s", name, pkg)
		}
		t.Skipf("%s not installed (apt-get install %s); skipping the check with it", name, pkg)
	}
	return p
}

func run(t testing.TB, name string, args ...string) (string, string) {
	t.Helper()
	cmd := exec.Command(name, args...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		t.Fatalf("%s %s: %v\n%s", name, strings.Join(args, " "), err, tail(errb.String()))
	}
	return out.String(), errb.String()
}

func tail(s string) string {
	if len(s) > 3000 {
		return "..." + s[len(s)-3000:]
	}
	return s
}

var returned = regexp.MustCompile(`Parsing returned (\d+) triples`)

// Rapper validates file with rapper -i syntax -c (syntax: nquads, trig,
// turtle) and returns the number of statements rapper counted. Any error
// or warning rapper reports fails t.
func Rapper(t testing.TB, syntax, file string) int {
	t.Helper()
	rapper := Require(t, "rapper", "raptor2-utils")
	_, stderr := run(t, rapper, "-i", syntax, "-c", file)
	if strings.Contains(stderr, "Error") || strings.Contains(stderr, "Warning") {
		t.Fatalf("rapper -i %s %s:\n%s", syntax, file, tail(stderr))
	}
	m := returned.FindStringSubmatch(stderr)
	if m == nil {
		t.Fatalf("rapper -i %s %s: no count in\n%s", syntax, file, stderr)
	}
	n, _ := strconv.Atoi(m[1])
	return n
}

// RapperConvert converts file from syntax in to syntax out (rapper -i in
// -o out) and returns what rapper wrote. Any error or warning rapper
// reports fails t.
func RapperConvert(t testing.TB, in, out, file string) string {
	t.Helper()
	rapper := Require(t, "rapper", "raptor2-utils")
	stdout, stderr := run(t, rapper, "-q", "-i", in, "-o", out, file)
	if strings.Contains(stderr, "Error") || strings.Contains(stderr, "Warning") {
		t.Fatalf("rapper -i %s -o %s %s:\n%s", in, out, file, tail(stderr))
	}
	return stdout
}

// RapperTriG writes to trigFile a TriG version of the N-Quads file nqFile
// made by rapper, which (2.0.15, Debian's) reads TriG but cannot write it:
// each graph's quads are converted with rapper -i nquads -o turtle (prefix
// declarations, ';' and ',' lists, bare numbers) and wrapped in
// "<graph> { ... }", the prefixes gathered at the top. The graphs come in
// the order of their first quad. rapper -i trig checks the result; the
// number of statements it reads is returned.
func RapperTriG(t testing.TB, nqFile, trigFile string) int {
	t.Helper()
	data, err := os.ReadFile(nqFile)
	if err != nil {
		t.Fatal(err)
	}
	byGraph := map[string][]string{}
	var graphs []string
	for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		q, err := nquads.Parse(line)
		if err != nil || q.Label == nil {
			t.Fatalf("%s: %q is not an N-Quads statement with a graph (%v)", nqFile, line, err)
		}
		g := q.Label.String()
		if byGraph[g] == nil {
			graphs = append(graphs, g)
		}
		byGraph[g] = append(byGraph[g], line)
	}
	dir := t.TempDir()
	var prefixes, blocks strings.Builder
	seen := map[string]bool{}
	for i, g := range graphs {
		f := filepath.Join(dir, "graph"+strconv.Itoa(i)+".nq")
		if err := os.WriteFile(f, []byte(strings.Join(byGraph[g], "\n")+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		blocks.WriteString(g + " {\n")
		for _, l := range strings.Split(RapperConvert(t, "nquads", "turtle", f), "\n") {
			if strings.HasPrefix(l, "@prefix") {
				if !seen[l] {
					prefixes.WriteString(l + "\n")
				}
				seen[l] = true
				continue
			}
			blocks.WriteString(l + "\n")
		}
		blocks.WriteString("}\n\n")
	}
	if err := os.WriteFile(trigFile, []byte(prefixes.String()+"\n"+blocks.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return Rapper(t, "trig", trigFile)
}

// DotSVG renders the DOT file to SVG with dot -Tsvg and returns the
// number of nodes and edges drawn.
func DotSVG(t testing.TB, file string) (nodes, edges int) {
	t.Helper()
	dot := Require(t, "dot", "graphviz")
	svg, _ := run(t, dot, "-Tsvg", file)
	if !strings.Contains(svg, "<svg") {
		t.Fatalf("dot -Tsvg %s wrote no SVG", file)
	}
	return strings.Count(svg, `class="node"`), strings.Count(svg, `class="edge"`)
}

// Graph is what networkx read from a file.
type Graph struct {
	Nodes, Edges int
	Statements   int               // sum of the edges' "statements" attribute
	Names        map[string]string // node id -> its "name" attribute
}

// NetworkX reads file with networkx.read_graphml or read_gml (format
// "graphml" or "gml").
func NetworkX(t testing.TB, format, file string) Graph {
	t.Helper()
	python := Require(t, "python3", "python3-networkx")
	if err := exec.Command(python, "-c", "import networkx").Run(); err != nil {
		python = "/usr/bin/python3" // Debian's, where python3-networkx installs
		if err := exec.Command(python, "-c", "import networkx").Run(); err != nil {
			if os.Getenv("CI") == "true" {
				t.Fatalf("python3 cannot import networkx but CI=true: .ci/run must install python3-networkx")
			}
			t.Skip("python3 has no networkx (apt-get install python3-networkx)")
		}
	}
	script := `import json, sys, networkx
g = networkx.read_` + format + `(sys.argv[1])
print(json.dumps({"nodes": g.number_of_nodes(), "edges": g.number_of_edges(),
    "statements": sum(int(d.get("statements", 0)) for _, _, d in g.edges(data=True)),
    "names": {str(n): d.get("name", "") for n, d in g.nodes(data=True)}}))`
	out, _ := run(t, python, "-c", script, file)
	var r struct {
		Nodes, Edges, Statements int
		Names                    map[string]string
	}
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatalf("networkx output %q: %v", out, err)
	}
	return Graph{Nodes: r.Nodes, Edges: r.Edges, Statements: r.Statements, Names: r.Names}
}
