package export

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
)

func parseTTL(t *testing.T, doc string, trig bool) ([]lineQuad, error) {
	t.Helper()
	var out []lineQuad
	n, err := readTurtle(context.Background(), "doc", strings.NewReader(doc), trig, func(lq lineQuad) error {
		out = append(out, lq)
		return nil
	})
	if err == nil && n != len(out) {
		t.Fatalf("readTurtle counted %d quads, gave %d", n, len(out))
	}
	return out, err
}

// TestTurtleSyntax reads a TriG document that uses the whole syntax and
// compares its quads with the same dataset written as N-Quads, read by
// Cayley's N-Quads parser.
func TestTurtleSyntax(t *testing.T) {
	doc := `# a comment
@prefix ex: <http://example.org/ns#> .
@prefix : <http://example.org/default/> .
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
@base <http://example.org/base/dir/> .

<g1> {
  ex:alice a ex:Person ;
      ex:name "Alice"@en, 'Alicë'@nb-NO ;   # two objects
      ex:age 42 ; ex:height 1.75 ; ex:score -2.5E3 ; ex:ok true ; ex:no false ;
      ex:note """a "long" string
with a line break and ""quotes"" """ ;
      ex:short '''it's''' ;
      ex:esc "tab\there \"q\" back\\slash \u00E9 \U0001F600 nl\n" ;
      ex:typed "2024-03"^^xsd:gYearMonth, "7"^^<http://www.w3.org/2001/XMLSchema#integer> ;
      ex:rel <../other#frag>, <http://absolute.example/x>, <kg:entity/x> ;
      :local ex:with.dot, ex:esc\/aped, ex:pct%41 ;
  .
  ex:bob ex:knows [ ex:name "Anon" ; a ex:Person ] ;
      ex:list ( 1 "two" ex:three ) ;
      ex:empty () ;
}

GRAPH ex:g2 { ex:bob ex:name "Bob" . ex:bob ex:id _:b1 }
_:g3 { _:b1 ex:p ex:o }
{ ex:default ex:p "in the default graph" . }
ex:g4 { }
ex:tail ex:p ex:o .
[ ex:p "bnode subject" ] .
[] ex:q "anon subject" .
`
	want := `<http://example.org/ns#alice> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://example.org/ns#Person> <http://example.org/base/dir/g1> .
<http://example.org/ns#alice> <http://example.org/ns#name> "Alice"@en <http://example.org/base/dir/g1> .
<http://example.org/ns#alice> <http://example.org/ns#name> "Alicë"@nb-NO <http://example.org/base/dir/g1> .
<http://example.org/ns#alice> <http://example.org/ns#age> "42"^^<http://www.w3.org/2001/XMLSchema#integer> <http://example.org/base/dir/g1> .
<http://example.org/ns#alice> <http://example.org/ns#height> "1.75"^^<http://www.w3.org/2001/XMLSchema#decimal> <http://example.org/base/dir/g1> .
<http://example.org/ns#alice> <http://example.org/ns#score> "-2.5E3"^^<http://www.w3.org/2001/XMLSchema#double> <http://example.org/base/dir/g1> .
<http://example.org/ns#alice> <http://example.org/ns#ok> "true"^^<http://www.w3.org/2001/XMLSchema#boolean> <http://example.org/base/dir/g1> .
<http://example.org/ns#alice> <http://example.org/ns#no> "false"^^<http://www.w3.org/2001/XMLSchema#boolean> <http://example.org/base/dir/g1> .
<http://example.org/ns#alice> <http://example.org/ns#note> "a \"long\" string\nwith a line break and \"\"quotes\"\" " <http://example.org/base/dir/g1> .
<http://example.org/ns#alice> <http://example.org/ns#short> "it's" <http://example.org/base/dir/g1> .
<http://example.org/ns#alice> <http://example.org/ns#esc> "tab\there \"q\" back\\slash \u00E9 \U0001F600 nl\n" <http://example.org/base/dir/g1> .
<http://example.org/ns#alice> <http://example.org/ns#typed> "2024-03"^^<http://www.w3.org/2001/XMLSchema#gYearMonth> <http://example.org/base/dir/g1> .
<http://example.org/ns#alice> <http://example.org/ns#typed> "7"^^<http://www.w3.org/2001/XMLSchema#integer> <http://example.org/base/dir/g1> .
<http://example.org/ns#alice> <http://example.org/ns#rel> <http://example.org/base/other#frag> <http://example.org/base/dir/g1> .
<http://example.org/ns#alice> <http://example.org/ns#rel> <http://absolute.example/x> <http://example.org/base/dir/g1> .
<http://example.org/ns#alice> <http://example.org/ns#rel> <kg:entity/x> <http://example.org/base/dir/g1> .
<http://example.org/ns#alice> <http://example.org/default/local> <http://example.org/ns#with.dot> <http://example.org/base/dir/g1> .
<http://example.org/ns#alice> <http://example.org/default/local> <http://example.org/ns#esc/aped> <http://example.org/base/dir/g1> .
<http://example.org/ns#alice> <http://example.org/default/local> <http://example.org/ns#pct%41> <http://example.org/base/dir/g1> .
<http://example.org/ns#bob> <http://example.org/ns#knows> _:genid1 <http://example.org/base/dir/g1> .
_:genid1 <http://example.org/ns#name> "Anon" <http://example.org/base/dir/g1> .
_:genid1 <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://example.org/ns#Person> <http://example.org/base/dir/g1> .
_:genid2 <http://www.w3.org/1999/02/22-rdf-syntax-ns#first> "1"^^<http://www.w3.org/2001/XMLSchema#integer> <http://example.org/base/dir/g1> .
_:genid2 <http://www.w3.org/1999/02/22-rdf-syntax-ns#rest> _:genid3 <http://example.org/base/dir/g1> .
_:genid3 <http://www.w3.org/1999/02/22-rdf-syntax-ns#first> "two" <http://example.org/base/dir/g1> .
_:genid3 <http://www.w3.org/1999/02/22-rdf-syntax-ns#rest> _:genid4 <http://example.org/base/dir/g1> .
_:genid4 <http://www.w3.org/1999/02/22-rdf-syntax-ns#first> <http://example.org/ns#three> <http://example.org/base/dir/g1> .
_:genid4 <http://www.w3.org/1999/02/22-rdf-syntax-ns#rest> <http://www.w3.org/1999/02/22-rdf-syntax-ns#nil> <http://example.org/base/dir/g1> .
<http://example.org/ns#bob> <http://example.org/ns#list> _:genid2 <http://example.org/base/dir/g1> .
<http://example.org/ns#bob> <http://example.org/ns#empty> <http://www.w3.org/1999/02/22-rdf-syntax-ns#nil> <http://example.org/base/dir/g1> .
<http://example.org/ns#bob> <http://example.org/ns#name> "Bob" <http://example.org/ns#g2> .
<http://example.org/ns#bob> <http://example.org/ns#id> _:b1 <http://example.org/ns#g2> .
_:b1 <http://example.org/ns#p> <http://example.org/ns#o> _:g3 .
<http://example.org/ns#default> <http://example.org/ns#p> "in the default graph" .
<http://example.org/ns#tail> <http://example.org/ns#p> <http://example.org/ns#o> .
_:genid5 <http://example.org/ns#p> "bnode subject" .
_:genid6 <http://example.org/ns#q> "anon subject" .
`
	got, err := parseTTL(t, doc, true)
	if err != nil {
		t.Fatal(err)
	}
	var wantQ []quad.Quad
	for _, l := range strings.Split(strings.TrimSpace(want), "\n") {
		q, err := nquads.Parse(l)
		if err != nil {
			t.Fatalf("test's N-Quads %q: %v", l, err)
		}
		wantQ = append(wantQ, q)
	}
	gotQ := make([]quad.Quad, len(got))
	for i, lq := range got {
		gotQ[i] = lq.q
	}
	equalLists(t, "TriG quads", keys(gotQ), keys(wantQ))
	// lines: the object's line
	for _, lq := range got {
		if lq.q.Object == quad.String("in the default graph") && lq.line != 26 {
			t.Errorf("quad on line 26 reported on line %d", lq.line)
		}
		if lq.q.Predicate == quad.IRI("http://example.org/ns#short") && lq.line != 13 {
			t.Errorf("quad on line 13 reported on line %d", lq.line)
		}
	}

	// Turtle (with a byte order mark): triples without graphs
	ttl := "\uFEFF@prefix ex: <http://example.org/ns#> .\nex:s ex:p \"x\"@en , 1 ;\n  a ex:C ;\n.\n"
	got, err = parseTTL(t, ttl, false)
	if err != nil || len(got) != 3 || got[0].q.Label != nil || got[2].line != 3 {
		t.Fatalf("Turtle: %v %v", got, err)
	}
}

// TestTurtleErrors checks that bad input stops the parse with the file,
// the line and what is wrong.
func TestTurtleErrors(t *testing.T) {
	pre := "@prefix ex: <http://example.org/> .\n"
	for _, c := range []struct {
		doc  string
		trig bool
		want string
	}{
		{pre + "ex:s ex:p \"open\n.", true, `doc:2: not TriG: a line break in a "..." string`},
		{pre + "ex:s ex:p \"\"\"never closed .\n\n", true, "doc:2: not TriG: the string is not closed"},
		{pre + "ex:s nope:p ex:o .", true, `doc:2: not TriG: prefix "nope:" is not declared`},
		{pre + "ex:s ex:p ex:o\nex:t ex:p ex:o .", false, "doc:3: not Turtle: expected '.' at the end of the statement, found \"ex:t\""},
		{pre + "\"lit\" ex:p ex:o .", true, "doc:2: not TriG: a literal cannot be a subject"},
		{pre + "ex:g { ex:h { ex:s ex:p ex:o } }", true, "doc:2: not TriG: expected a predicate, found '{'"},
		{pre + "ex:g {\n ex:s ex:p ex:o .\n", true, "doc:4: not TriG: the graph block is not closed"},
		{pre + "ex:g { @prefix x: <y> . }", true, "doc:2: not TriG: @prefix is not allowed inside a graph block"},
		{pre + "ex:s ex:p \"bad \\q escape\" .", true, `doc:2: not TriG: bad escape \q`},
		{pre + "ex:s ex:p <has space> .", true, "doc:2: not TriG: character ' ' is not allowed in an IRI"},
		{pre + "ex:s ex:p \"x\"@ .", true, "doc:2: not TriG: bad language tag"},
		{pre + "ex:g { ex:s ex:p ex:o }", false, "doc:2: not Turtle: expected a predicate, found '{'"},
		{pre + "ex:s ex:p ex:o ; ex:q .", true, "doc:2: not TriG: expected an object"},
		{pre + "\n\nex:s ex:p ( ex:o .", true, "doc:4: not TriG: expected an object"},
		{pre + "ex:s ex:p \"x\"@en^^ex:t .", true, "a literal has a language tag or a datatype, not both"},
		{pre + "ex:s ex:p - .", true, `doc:2: not TriG: "-" is not a number`},
		{"@prefix ex <http://example.org/> .", true, `doc:1: not TriG: unexpected word "ex"`},
		{"@prefix ex: .", true, "doc:1: not TriG: @prefix ex: needs an IRI in <>, found '.'"},
		{pre + "ex:s ex:p ex:o ex:g .", true, "doc:2: not TriG: expected '.' at the end of the statement, found \"ex:g\""},
		{pre + "ex:s ex:p ex:o . }", true, "doc:2: not TriG: expected a subject"},
		{pre + "ex:s ex:p \"\xff\" .", true, "doc:2: not TriG: invalid UTF-8"},
	} {
		_, err := parseTTL(t, c.doc, c.trig)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%q:\n got error %v\nwant %q", c.doc, err, c.want)
		}
	}
	// an error from the callback stops the parse and comes back as is
	stop := errors.New("stop")
	_, err := readTurtle(context.Background(), "doc", strings.NewReader(pre+"ex:s ex:p 1, 2, 3 ."), true, func(lineQuad) error { return stop })
	if err != stop {
		t.Errorf("callback error: got %v", err)
	}
}

// FuzzReadTurtle: any input either parses or gives a "doc:LINE: not
// TriG/Turtle: ..." error (never a panic), and a parse reports every quad
// it counts, each on a line of the input, with a subject, an IRI as
// predicate and an object.
func FuzzReadTurtle(f *testing.F) {
	for _, s := range []string{
		"@prefix ex: <http://e.org/> .\nex:g { ex:s ex:p \"x\"@en, 1.5e3 ; a ex:C . }\n",
		"<kg:article/a> {\n  <kg:article/a>\n      <kg:title> \"T\\u00E9\" ;\n      <kg:start> \"3\"^^<http://www.w3.org/2001/XMLSchema#integer> .\n}\n",
		"PREFIX : <http://e.org/>\nGRAPH :g { [ :p ( 1 2 ) ] :q '''long\n''' }\n{ :a :b -.5 }\n",
		"@base <http://e.org/a/> . <b> <c> <../d> , _:x , [] .",
	} {
		f.Add(s, true)
		f.Add(s, false)
	}
	f.Fuzz(func(t *testing.T, doc string, trig bool) {
		lines := strings.Count(doc, "\n") + 1
		var got []lineQuad
		n, err := readTurtle(context.Background(), "doc", strings.NewReader(doc), trig, func(lq lineQuad) error {
			got = append(got, lq)
			return nil
		})
		if err != nil {
			if !strings.HasPrefix(err.Error(), "doc:") || !strings.Contains(err.Error(), ": not T") {
				t.Fatalf("error without file, line and format: %v", err)
			}
			return
		}
		if n != len(got) {
			t.Fatalf("counted %d quads, gave %d", n, len(got))
		}
		for _, lq := range got {
			if lq.line < 1 || lq.line > lines {
				t.Fatalf("quad on line %d of %d", lq.line, lines)
			}
			if lq.q.Subject == nil || lq.q.Predicate == nil || lq.q.Object == nil {
				t.Fatalf("incomplete quad %v", lq.q)
			}
			if _, ok := lq.q.Predicate.(quad.IRI); !ok {
				t.Fatalf("predicate %v is not an IRI", lq.q.Predicate)
			}
			if !trig && lq.q.Label != nil {
				t.Fatalf("Turtle gave a graph name: %v", lq.q)
			}
		}
	})
}
