package export

import (
	"bufio"
	"context"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"hash/fnv"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// Property-graph formats, by name.
const (
	GraphML   = "graphml"
	GML       = "gml"
	DOT       = "dot"
	CSV       = "csv" // neo4j-admin import: two files, see CSVFiles
	Cytoscape = "cytoscape"
)

// Formats are every format Write and WriteCSV know, RDF first.
var Formats = []string{NQuads, TriG, Turtle, JSONLD, GraphML, GML, DOT, CSV, Cytoscape}

// IsRDF reports whether format is an RDF format (quads with their
// articles) rather than a property graph.
func IsRDF(format string) bool {
	return format == NQuads || format == TriG || format == Turtle || format == JSONLD
}

// Counts says what an export wrote.
type Counts struct {
	Quads int // RDF formats
	Nodes int // property-graph formats
	Edges int
}

// Write writes the selection to w in format: any of Formats but CSV, which
// needs two files (WriteCSV).
func (e *Exporter) Write(ctx context.Context, format string, w io.Writer) (Counts, error) {
	if IsRDF(format) {
		n, err := e.WriteRDF(ctx, format, w)
		return Counts{Quads: n}, err
	}
	bw := bufio.NewWriterSize(w, 64<<10)
	var (
		c   Counts
		err error
	)
	switch format {
	case GraphML:
		c, err = e.writeGraphML(ctx, bw)
	case GML:
		c, err = e.writeGML(ctx, bw)
	case DOT:
		c, err = e.writeDOT(ctx, bw)
	case Cytoscape:
		c, err = e.WriteCytoscape(ctx, bw)
	case CSV:
		return c, fmt.Errorf("format csv writes two files; use WriteCSV")
	default:
		return c, fmt.Errorf("unknown export format %q (use one of %s)", format, strings.Join(Formats, ", "))
	}
	if err != nil {
		return c, err
	}
	return c, bw.Flush()
}

// pass runs the node pass, then the edge pass, counting both.
func (e *Exporter) pass(ctx context.Context, node func(Node) error, edge func(Edge) error) (Counts, error) {
	var c Counts
	err := e.Nodes(ctx, func(n Node) error { c.Nodes++; return node(n) })
	if err != nil {
		return c, err
	}
	err = e.Edges(ctx, func(ed Edge) error { c.Edges++; return edge(ed) })
	return c, err
}

func xmlText(s string) string {
	var b strings.Builder
	xml.EscapeText(&b, []byte(s))
	return b.String()
}

func (e *Exporter) writeGraphML(ctx context.Context, w *bufio.Writer) (Counts, error) {
	w.WriteString(`<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
  <key id="type" for="node" attr.name="type" attr.type="string"/>
  <key id="name" for="node" attr.name="name" attr.type="string"/>
  <key id="aliases" for="node" attr.name="aliases" attr.type="string"/>
  <key id="qid" for="node" attr.name="qid" attr.type="string"/>
  <key id="n_articles" for="node" attr.name="articles" attr.type="int"/>
  <key id="predicate" for="edge" attr.name="predicate" attr.type="string"/>
  <key id="e_articles" for="edge" attr.name="articles" attr.type="int"/>
  <key id="statements" for="edge" attr.name="statements" attr.type="int"/>
  <key id="first_date" for="edge" attr.name="first_date" attr.type="string"/>
  <key id="last_date" for="edge" attr.name="last_date" attr.type="string"/>
  <key id="evidence" for="edge" attr.name="evidence" attr.type="string"/>
  <key id="language" for="edge" attr.name="language" attr.type="string"/>
  <graph id="kg" edgedefault="directed">
`)
	data := func(key, value string) {
		if value != "" {
			w.WriteString(`      <data key="` + key + `">` + xmlText(value) + "</data>\n")
		}
	}
	c, err := e.pass(ctx, func(n Node) error {
		w.WriteString(`    <node id="` + xmlText(n.ID) + "\">\n")
		data("type", n.Type)
		data("name", n.Name)
		data("aliases", strings.Join(n.Aliases, " | "))
		data("qid", n.QID)
		data("n_articles", strconv.Itoa(n.Articles))
		_, err := w.WriteString("    </node>\n")
		return err
	}, func(ed Edge) error {
		w.WriteString(`    <edge id="` + xmlText(ed.ID()) + `" source="` + xmlText(ed.Source) + `" target="` + xmlText(ed.Target) + "\">\n")
		data("predicate", ed.Predicate)
		data("e_articles", strconv.Itoa(ed.Articles))
		data("statements", strconv.Itoa(ed.Statements))
		data("first_date", ed.FirstDate)
		data("last_date", ed.LastDate)
		data("evidence", ed.Evidence)
		data("language", ed.Language)
		_, err := w.WriteString("    </edge>\n")
		return err
	})
	if err != nil {
		return c, err
	}
	_, err = w.WriteString("  </graph>\n</graphml>\n")
	return c, err
}

// gmlID is a node's GML id: GML wants integers, and a hash of the IRI
// (52 bits, exact in a float64) needs no table of the nodes seen.
func gmlID(iri string) string {
	h := fnv.New64a()
	h.Write([]byte(iri))
	return strconv.FormatUint(h.Sum64()>>12, 10)
}

// gmlString quotes s for GML: 7-bit ASCII, with '"', '&' and every
// non-ASCII or control character as an XML character reference.
func gmlString(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		if r == '"' || r == '&' || r < 0x20 || r > 0x7e {
			fmt.Fprintf(&b, "&#%d;", r)
			continue
		}
		b.WriteRune(r)
	}
	b.WriteByte('"')
	return b.String()
}

func (e *Exporter) writeGML(ctx context.Context, w *bufio.Writer) (Counts, error) {
	w.WriteString("graph [\n  directed 1\n  multigraph 1\n")
	attr := func(key, value string) {
		if value != "" {
			w.WriteString("    " + key + " " + gmlString(value) + "\n")
		}
	}
	c, err := e.pass(ctx, func(n Node) error {
		w.WriteString("  node [\n    id " + gmlID(n.ID) + "\n")
		attr("label", n.ID)
		attr("name", n.Name)
		attr("type", n.Type)
		attr("aliases", strings.Join(n.Aliases, " | "))
		attr("qid", n.QID)
		_, err := w.WriteString("    articles " + strconv.Itoa(n.Articles) + "\n  ]\n")
		return err
	}, func(ed Edge) error {
		w.WriteString("  edge [\n    source " + gmlID(ed.Source) + "\n    target " + gmlID(ed.Target) + "\n")
		attr("label", ed.Predicate)
		attr("predicate", ed.Predicate)
		w.WriteString("    articles " + strconv.Itoa(ed.Articles) + "\n    statements " + strconv.Itoa(ed.Statements) + "\n")
		attr("firstDate", ed.FirstDate)
		attr("lastDate", ed.LastDate)
		attr("evidence", ed.Evidence)
		attr("language", ed.Language)
		_, err := w.WriteString("  ]\n")
		return err
	})
	if err != nil {
		return c, err
	}
	_, err = w.WriteString("]\n")
	return c, err
}

// dotString quotes s as a DOT string; with label set, "\n" in s stays a
// line break and other backslashes are doubled.
func dotString(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", " ", "\r", " ")
	return `"` + r.Replace(s) + `"`
}

func (e *Exporter) writeDOT(ctx context.Context, w *bufio.Writer) (Counts, error) {
	w.WriteString(`digraph kg {
  graph [rankdir=LR, overlap=false, fontname="Helvetica"];
  node [shape=box, style="rounded", fontname="Helvetica"];
  edge [fontname="Helvetica", fontsize=10];
`)
	c, err := e.pass(ctx, func(n Node) error {
		label := dotString(n.Name)
		label = label[:len(label)-1] + `\n(` + strings.Trim(dotString(n.Type), `"`) + `)"`
		_, err := fmt.Fprintf(w, "  %s [label=%s, type=%s, qid=%s, articles=%d];\n",
			dotString(n.ID), label, dotString(n.Type), dotString(n.QID), n.Articles)
		return err
	}, func(ed Edge) error {
		label := ed.Predicate
		if ed.Articles > 1 {
			label += fmt.Sprintf(" (%d articles)", ed.Articles)
		}
		_, err := fmt.Fprintf(w, "  %s -> %s [label=%s, predicate=%s, articles=%d, statements=%d, first_date=%s, last_date=%s, tooltip=%s];\n",
			dotString(ed.Source), dotString(ed.Target), dotString(label), dotString(ed.Predicate), ed.Articles, ed.Statements,
			dotString(ed.FirstDate), dotString(ed.LastDate), dotString(ed.Evidence))
		return err
	})
	if err != nil {
		return c, err
	}
	_, err = w.WriteString("}\n")
	return c, err
}

// CSVFiles names the two files of a CSV export for -o: inside out when it
// is a directory (or ends in a path separator), else out used as a prefix.
// kg export -o dir/ gives dir/nodes.csv and dir/relationships.csv; -o
// dir/kg- gives dir/kg-nodes.csv and dir/kg-relationships.csv.
func CSVFiles(out string) (nodes, relationships string) {
	if fi, err := os.Stat(out); (err == nil && fi.IsDir()) || strings.HasSuffix(out, "/") || strings.HasSuffix(out, string(filepath.Separator)) {
		return filepath.Join(out, "nodes.csv"), filepath.Join(out, "relationships.csv")
	}
	return out + "nodes.csv", out + "relationships.csv"
}

// csvHeaders are the header rows neo4j-admin database import reads.
var (
	csvNodeHeader = []string{"id:ID", ":LABEL", "name", "type", "aliases:string[]", "qid", "articles:int"}
	csvRelHeader  = []string{":START_ID", ":END_ID", ":TYPE", "articles:int", "statements:int", "first_date", "last_date", "evidence", "language"}
)

// csvField keeps a value on one line; in arrays, ';' (neo4j's array
// delimiter) becomes ','.
var csvField = strings.NewReplacer("\n", " ", "\r", " ")

// WriteCSV writes the nodes and relationships files neo4j-admin database
// import reads (neo4j-admin database import full --nodes=nodes.csv
// --relationships=relationships.csv): node label Entity plus the entity
// type, relationship type the predicate.
func (e *Exporter) WriteCSV(ctx context.Context, nodes, relationships io.Writer) (Counts, error) {
	nw, rw := csv.NewWriter(nodes), csv.NewWriter(relationships)
	nw.Write(csvNodeHeader)
	rw.Write(csvRelHeader)
	c, err := e.pass(ctx, func(n Node) error {
		aliases := make([]string, len(n.Aliases))
		for i, a := range n.Aliases {
			aliases[i] = strings.ReplaceAll(csvField.Replace(a), ";", ",")
		}
		return nw.Write([]string{n.ID, "Entity;" + n.Type, csvField.Replace(n.Name), n.Type, strings.Join(aliases, ";"), n.QID, strconv.Itoa(n.Articles)})
	}, func(ed Edge) error {
		return rw.Write([]string{ed.Source, ed.Target, ed.Predicate, strconv.Itoa(ed.Articles), strconv.Itoa(ed.Statements),
			ed.FirstDate, ed.LastDate, csvField.Replace(ed.Evidence), ed.Language})
	})
	nw.Flush()
	rw.Flush()
	if err == nil {
		err = nw.Error()
	}
	if err == nil {
		err = rw.Error()
	}
	return c, err
}

// CyNode is a Cytoscape.js node element: {"data": {...}}.
type CyNode struct {
	Data CyNodeData `json:"data"`
}

// CyNodeData is a node's data: the Node's fields plus a display label.
type CyNodeData struct {
	Node
	Label string `json:"label"`
}

// CyEdge is a Cytoscape.js edge element.
type CyEdge struct {
	Data CyEdgeData `json:"data"`
}

// CyEdgeData is an edge's data: id, the Edge's fields and a display label.
type CyEdgeData struct {
	ID string `json:"id"`
	Edge
	Label string `json:"label"`
}

// CyElements is the elements object of Cytoscape.js JSON.
type CyElements struct {
	Nodes []CyNode `json:"nodes"`
	Edges []CyEdge `json:"edges"`
}

// CytoscapeGraph is the whole Cytoscape.js document: {"elements": {...}}.
type CytoscapeGraph struct {
	Elements CyElements `json:"elements"`
}

// CytoscapeNode is n as a Cytoscape.js element, labelled with its name.
func CytoscapeNode(n Node) CyNode { return CyNode{Data: CyNodeData{Node: n, Label: n.Name}} }

// CytoscapeEdge is ed as a Cytoscape.js element, labelled with its predicate.
func CytoscapeEdge(ed Edge) CyEdge {
	return CyEdge{Data: CyEdgeData{ID: ed.ID(), Edge: ed, Label: ed.Predicate}}
}

// Cytoscape builds the selection as a Cytoscape.js document in memory, for
// callers that serve small selections (an entity's neighbourhood) as JSON.
// Use WriteCytoscape to stream a large one.
func (e *Exporter) Cytoscape(ctx context.Context) (CytoscapeGraph, error) {
	g := CytoscapeGraph{Elements: CyElements{Nodes: []CyNode{}, Edges: []CyEdge{}}}
	_, err := e.pass(ctx, func(n Node) error {
		g.Elements.Nodes = append(g.Elements.Nodes, CytoscapeNode(n))
		return nil
	}, func(ed Edge) error {
		g.Elements.Edges = append(g.Elements.Edges, CytoscapeEdge(ed))
		return nil
	})
	return g, err
}

// WriteCytoscape streams the selection as Cytoscape.js JSON, the same
// document Cytoscape builds, one element per line.
func (e *Exporter) WriteCytoscape(ctx context.Context, w io.Writer) (Counts, error) {
	var c Counts
	sep := "\n"
	element := func(v any) error {
		b, err := json.Marshal(v)
		if err != nil {
			return err
		}
		io.WriteString(w, sep)
		sep = ",\n"
		_, err = w.Write(b)
		return err
	}
	io.WriteString(w, "{\"elements\": {\n\"nodes\": [")
	err := e.Nodes(ctx, func(n Node) error { c.Nodes++; return element(CytoscapeNode(n)) })
	if err != nil {
		return c, err
	}
	io.WriteString(w, "\n],\n\"edges\": [")
	sep = "\n"
	err = e.Edges(ctx, func(ed Edge) error { c.Edges++; return element(CytoscapeEdge(ed)) })
	if err != nil {
		return c, err
	}
	_, err = io.WriteString(w, "\n]}}\n")
	return c, err
}
