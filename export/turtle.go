package export

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"net/url"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cayleygraph/quad"
)

// readTurtle parses Turtle, or TriG when trig is set, from r and calls fn
// with every statement, in order, with the line its object starts on.
// Triples outside a graph block have a nil Label. Errors are
// "path:line: message".
//
// It reads the whole of RDF 1.1 Turtle and TriG: @prefix/@base and
// SPARQL-style PREFIX/BASE (relative IRIs are resolved against the base),
// prefixed names with escapes, 'a', ';' and ',' lists, blank nodes
// (_:label, [] and [ predicate object ]), collections, "..." '...' and
// long """...""" ”'...”' strings with escapes, language tags, datatypes,
// numbers and booleans; TriG adds named graphs ("<g> { ... }", "GRAPH <g>
// { ... }") and default-graph blocks ("{ ... }"). Typed literals are
// converted as Cayley's N-Quads reader converts them, so both readers give
// the same values. Blank nodes keep their labels; [] and collections get
// fresh labels "genidN" (use _:genidN in a file and it is the same node).
func readTurtle(ctx context.Context, path string, r io.Reader, trig bool, fn func(lineQuad) error) (int, error) {
	p := &ttlParser{
		r: bufio.NewReaderSize(r, 64<<10), path: path, line: 1, trig: trig,
		prefixes: map[string]string{}, fn: fn, ctx: ctx,
	}
	p.format = "Turtle"
	if trig {
		p.format = "TriG"
	}
	err := p.document()
	return p.n, err
}

type tokKind int

const (
	tEOF    tokKind = iota
	tIRI            // <...>, text is the IRI (unresolved)
	tPName          // prefix:local, text is "prefix:local" (local unescaped)
	tBNode          // _:label, text is the label
	tString         // text is the value, lang its language tag
	tNumber         // text is the lexical form, dt the datatype
	tWord           // a, true, false, PREFIX, BASE, GRAPH, @prefix, @base
	tPunct          // . ; , [ ] ( ) { } ^^
)

type token struct {
	kind tokKind
	text string
	lang string
	dt   string
	line int
}

func (t token) String() string {
	switch t.kind {
	case tEOF:
		return "the end of the file"
	case tIRI:
		return "<" + t.text + ">"
	case tString:
		return "a string"
	case tPunct:
		return "'" + t.text + "'"
	}
	return strconv.Quote(t.text)
}

type ttlParser struct {
	ctx      context.Context
	r        *bufio.Reader
	path     string
	format   string
	line     int
	trig     bool
	base     string
	prefixes map[string]string
	graph    quad.Value
	genid    int
	n        int
	fn       func(lineQuad) error
	peeked   *token
}

const (
	xsdInteger = xsdNS + "integer"
	xsdDecimal = xsdNS + "decimal"
	xsdDouble  = xsdNS + "double"
	xsdBoolean = xsdNS + "boolean"
)

// parseError stops the parse; document turns it into the returned error.
type parseError struct{ err error }

func (p *ttlParser) fail(line int, format string, args ...any) {
	panic(parseError{fmt.Errorf("%s:%d: not %s: %s", p.path, line, p.format, fmt.Sprintf(format, args...))})
}

func (p *ttlParser) document() (err error) {
	defer func() {
		if r := recover(); r != nil {
			pe, ok := r.(parseError)
			if !ok {
				panic(r)
			}
			err = pe.err
		}
	}()
	for {
		t := p.next()
		switch {
		case t.kind == tEOF:
			return nil
		case t.kind == tWord && (t.text == "@prefix" || t.text == "@base"):
			p.directive(t, true)
		case t.kind == tWord && (strings.EqualFold(t.text, "PREFIX") || strings.EqualFold(t.text, "BASE")):
			p.directive(t, false)
		case p.trig && t.kind == tWord && strings.EqualFold(t.text, "GRAPH"):
			g := p.next()
			label := p.graphLabel(g)
			if label == nil {
				p.fail(g.line, "GRAPH needs an IRI or blank node, found %s", g)
			}
			p.expect("{", "after the graph name")
			p.block(label)
		case p.trig && t.kind == tPunct && t.text == "{":
			p.block(nil)
		default:
			p.statement(t)
		}
	}
}

// directive reads @prefix p: <iri> . / @base <iri> . (atForm) or the
// SPARQL forms without the final '.'.
func (p *ttlParser) directive(t token, atForm bool) {
	if strings.EqualFold(strings.TrimPrefix(t.text, "@"), "prefix") {
		name := p.next()
		if name.kind != tPName || !strings.HasSuffix(name.text, ":") {
			p.fail(name.line, "%s needs a prefix name ending in ':', found %s", t.text, name)
		}
		iri := p.next()
		if iri.kind != tIRI {
			p.fail(iri.line, "%s %s needs an IRI in <>, found %s", t.text, name.text, iri)
		}
		p.prefixes[strings.TrimSuffix(name.text, ":")] = p.resolve(iri.text, iri.line)
	} else {
		iri := p.next()
		if iri.kind != tIRI {
			p.fail(iri.line, "%s needs an IRI in <>, found %s", t.text, iri)
		}
		p.base = p.resolve(iri.text, iri.line)
	}
	if atForm {
		p.expect(".", "after "+t.text)
	}
}

// graphLabel is the graph named by t (an IRI, a blank node label or []),
// or nil.
func (p *ttlParser) graphLabel(t token) quad.Value {
	switch t.kind {
	case tIRI, tPName:
		return p.iri(t)
	case tBNode:
		return quad.BNode(t.text)
	case tPunct:
		if t.text == "[" {
			if n := p.peek(); n.kind == tPunct && n.text == "]" {
				p.next()
				return p.fresh()
			}
		}
	}
	return nil
}

// statement reads the triples, or (TriG) the graph block, that start with
// token t.
func (p *ttlParser) statement(t token) {
	if p.trig && (t.kind == tIRI || t.kind == tPName || t.kind == tBNode) {
		if n := p.peek(); n.kind == tPunct && n.text == "{" {
			p.next()
			p.block(p.graphLabel(t))
			return
		}
	}
	if t.kind == tPunct && t.text == "[" {
		if n := p.peek(); n.kind == tPunct && n.text == "]" {
			// [] is a fresh blank node: a graph name (TriG) or a subject
			p.next()
			b := p.fresh()
			if n := p.peek(); p.trig && n.kind == tPunct && n.text == "{" {
				p.next()
				p.block(b)
				return
			}
			p.predicateObjectList(b)
			p.expect(".", "at the end of the statement")
			return
		}
	}
	p.triples(t)
	if n := p.peek(); n.kind == tIRI || n.kind == tBNode {
		p.fail(n.line, "expected '.' at the end of the statement, found %s (a fourth term: is this N-Quads? then name it .nq or give --format nquads)", n)
	}
	p.expect(".", "at the end of the statement")
}

// block reads the triples of a graph block up to its '}'.
func (p *ttlParser) block(label quad.Value) {
	p.graph = label
	defer func() { p.graph = nil }()
	for {
		t := p.next()
		if t.kind == tPunct && t.text == "}" {
			return
		}
		if t.kind == tEOF {
			p.fail(t.line, "the graph block is not closed with '}'")
		}
		if t.kind == tWord && (t.text == "@prefix" || t.text == "@base" || strings.EqualFold(t.text, "PREFIX") || strings.EqualFold(t.text, "BASE") || strings.EqualFold(t.text, "GRAPH")) {
			p.fail(t.line, "%s is not allowed inside a graph block", t.text)
		}
		if t.kind == tPunct && t.text == "{" {
			p.fail(t.line, "graph blocks do not nest")
		}
		if t.kind == tPunct && t.text == "[" && p.peek().kind == tPunct && p.peek().text == "]" {
			p.next()
			p.predicateObjectList(p.fresh())
		} else {
			p.triples(t)
		}
		n := p.next()
		switch {
		case n.kind == tPunct && n.text == "}":
			return
		case n.kind == tPunct && n.text == ".":
		default:
			p.fail(n.line, "expected '.' or '}' after the triples, found %s", n)
		}
	}
}

// triples reads subject predicateObjectList, or a blank node property
// list with an optional predicateObjectList.
func (p *ttlParser) triples(t token) {
	switch {
	case t.kind == tPunct && t.text == "[":
		subj, empty := p.bnodePropertyList(t)
		if n := p.peek(); !empty && n.kind == tPunct && (n.text == "." || n.text == "}") {
			return // "[ :p :o ] ." alone
		}
		p.predicateObjectList(subj)
	case t.kind == tPunct && t.text == "(":
		p.predicateObjectList(p.collection(t))
	default:
		subj := p.subject(t)
		p.predicateObjectList(subj)
	}
}

func (p *ttlParser) subject(t token) quad.Value {
	switch t.kind {
	case tIRI, tPName:
		return p.iri(t)
	case tBNode:
		return quad.BNode(t.text)
	}
	if t.kind == tString || t.kind == tNumber || t.kind == tWord && (t.text == "true" || t.text == "false") {
		p.fail(t.line, "a literal cannot be a subject")
	}
	p.fail(t.line, "expected a subject (IRI, prefixed name or blank node), found %s", t)
	return nil
}

// predicateObjectList reads verb objectList (';' (verb objectList)?)*.
func (p *ttlParser) predicateObjectList(subj quad.Value) {
	for {
		v := p.next()
		var pred quad.Value
		switch {
		case v.kind == tWord && v.text == "a":
			pred = quad.IRI(rdfNS + "type")
		case v.kind == tIRI || v.kind == tPName:
			pred = p.iri(v)
		default:
			p.fail(v.line, "expected a predicate, found %s", v)
		}
		for {
			o := p.next()
			obj := p.object(o)
			p.emit(subj, pred, obj, o.line)
			if n := p.peek(); n.kind == tPunct && n.text == "," {
				p.next()
				continue
			}
			break
		}
		n := p.peek()
		if n.kind != tPunct || n.text != ";" {
			return
		}
		for n.kind == tPunct && n.text == ";" {
			p.next()
			n = p.peek()
		}
		if n.kind == tPunct && (n.text == "." || n.text == "]" || n.text == "}") || n.kind == tEOF {
			return
		}
	}
}

func (p *ttlParser) object(t token) quad.Value {
	switch t.kind {
	case tIRI, tPName:
		return p.iri(t)
	case tBNode:
		return quad.BNode(t.text)
	case tString:
		if n := p.peek(); n.kind == tPunct && n.text == "^^" {
			p.next()
			dt := p.next()
			if dt.kind != tIRI && dt.kind != tPName {
				p.fail(dt.line, "expected a datatype IRI after ^^, found %s", dt)
			}
			if t.lang != "" {
				p.fail(dt.line, "a literal has a language tag or a datatype, not both")
			}
			return literal(t.text, p.iri(dt))
		}
		if t.lang != "" {
			return quad.LangString{Value: quad.String(t.text), Lang: t.lang}
		}
		return quad.String(t.text)
	case tNumber:
		return literal(t.text, quad.IRI(t.dt))
	case tWord:
		if t.text == "true" || t.text == "false" {
			return literal(t.text, quad.IRI(xsdBoolean))
		}
	case tPunct:
		switch t.text {
		case "[":
			v, _ := p.bnodePropertyList(t)
			return v
		case "(":
			return p.collection(t)
		}
	}
	p.fail(t.line, "expected an object (IRI, blank node, literal, [ ] or ( )), found %s", t)
	return nil
}

// literal is the value Cayley's N-Quads reader makes of "lex"^^<dt>.
func literal(lex string, dt quad.IRI) quad.Value {
	v := quad.TypedString{Value: quad.String(lex), Type: dt}
	if nv, err := v.ParseValue(); err == nil {
		return nv
	}
	return v
}

// bnodePropertyList reads "[ predicateObjectList? ]" after its '[' and
// returns the blank node, and whether the list was empty.
func (p *ttlParser) bnodePropertyList(open token) (quad.Value, bool) {
	b := p.fresh()
	if n := p.peek(); n.kind == tPunct && n.text == "]" {
		p.next()
		return b, true
	}
	p.predicateObjectList(b)
	if c := p.next(); c.kind != tPunct || c.text != "]" {
		p.fail(c.line, "expected ']' to close the '[' of line %d, found %s", open.line, c)
	}
	return b, false
}

// collection reads "( object* )" after its '(' and returns its head:
// rdf:nil, or the first of a chain of rdf:first/rdf:rest blank nodes.
func (p *ttlParser) collection(open token) quad.Value {
	first, rest, nilIRI := quad.IRI(rdfNS+"first"), quad.IRI(rdfNS+"rest"), quad.IRI(rdfNS+"nil")
	var head, prev quad.Value
	for {
		t := p.next()
		if t.kind == tPunct && t.text == ")" {
			if prev == nil {
				return nilIRI
			}
			p.emit(prev, rest, nilIRI, t.line)
			return head
		}
		if t.kind == tEOF {
			p.fail(open.line, "the '(' is not closed")
		}
		node := p.fresh()
		if prev == nil {
			head = node
		} else {
			p.emit(prev, rest, node, t.line)
		}
		obj := p.object(t)
		p.emit(node, first, obj, t.line)
		prev = node
	}
}

func (p *ttlParser) fresh() quad.Value {
	p.genid++
	return quad.BNode("genid" + strconv.Itoa(p.genid))
}

func (p *ttlParser) emit(s, pr, o quad.Value, line int) {
	p.n++
	if err := p.fn(lineQuad{quad.Quad{Subject: s, Predicate: pr, Object: o, Label: p.graph}, line}); err != nil {
		panic(parseError{err})
	}
	if p.n%4096 == 0 && p.ctx.Err() != nil {
		panic(parseError{p.ctx.Err()})
	}
}

func (p *ttlParser) expect(punct, where string) {
	t := p.next()
	if t.kind != tPunct || t.text != punct {
		p.fail(t.line, "expected '%s' %s, found %s", punct, where, t)
	}
}

// iri is the IRI of an IRIREF or prefixed-name token.
func (p *ttlParser) iri(t token) quad.IRI {
	if t.kind == tIRI {
		return quad.IRI(p.resolve(t.text, t.line))
	}
	prefix, local, _ := strings.Cut(t.text, ":")
	ns, ok := p.prefixes[prefix]
	if !ok {
		p.fail(t.line, "prefix %q is not declared (add @prefix %s: <...> .)", prefix+":", prefix)
	}
	return quad.IRI(ns + local)
}

// resolve makes iri absolute against the base, if it is relative and there
// is a base. Absolute IRIs are kept exactly as written.
func (p *ttlParser) resolve(iri string, line int) string {
	if p.base == "" || schemeRe.MatchString(iri) {
		return iri
	}
	b, err := url.Parse(p.base)
	if err != nil {
		p.fail(line, "base IRI %q: %v", p.base, err)
	}
	ref, err := url.Parse(iri)
	if err != nil {
		p.fail(line, "IRI %q: %v", iri, err)
	}
	return b.ResolveReference(ref).String()
}

// --- tokens ---

func (p *ttlParser) peek() token {
	if p.peeked == nil {
		t := p.lex()
		p.peeked = &t
	}
	return *p.peeked
}

func (p *ttlParser) next() token {
	if p.peeked != nil {
		t := *p.peeked
		p.peeked = nil
		return t
	}
	return p.lex()
}

func (p *ttlParser) read() (rune, bool) {
	r, size, err := p.r.ReadRune()
	if err == io.EOF {
		return 0, false
	}
	if err != nil {
		panic(parseError{fmt.Errorf("%s:%d: read: %v", p.path, p.line, err)})
	}
	if r == utf8.RuneError && size == 1 {
		p.fail(p.line, "invalid UTF-8")
	}
	if r == '\n' {
		p.line++
	}
	return r, true
}

// peekByte is the byte k bytes ahead (0: the next), or 0 at the end.
func (p *ttlParser) peekByte(k int) byte {
	b, err := p.r.Peek(k + 1)
	if err != nil || len(b) <= k {
		return 0
	}
	return b[k]
}

func (p *ttlParser) lex() token {
	for {
		r, ok := p.read()
		if !ok {
			return token{kind: tEOF, line: p.line}
		}
		line := p.line
		switch {
		case r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\uFEFF': // and a byte order mark
			continue
		case r == '#':
			for {
				c, ok := p.read()
				if !ok || c == '\n' || c == '\r' {
					break
				}
			}
			continue
		case r == '<':
			return token{kind: tIRI, text: p.iriRef(), line: line}
		case r == '"' || r == '\'':
			return p.stringLit(r, line)
		case r == '^':
			if c, ok := p.read(); !ok || c != '^' {
				p.fail(line, "expected ^^ before a datatype")
			}
			return token{kind: tPunct, text: "^^", line: line}
		case r == '_' && p.peekByte(0) == ':':
			p.read()
			label := p.name(false, 0)
			if label == "" {
				p.fail(line, "blank node label missing after _:")
			}
			return token{kind: tBNode, text: label, line: line}
		case r == '@':
			word := p.name(false, 0)
			if word == "prefix" || word == "base" {
				return token{kind: tWord, text: "@" + word, line: line}
			}
			p.fail(line, "unexpected @%s (a language tag must follow a string directly)", word)
		case r >= '0' && r <= '9' || r == '+' || r == '-' || r == '.' && isDigit(p.peekByte(0)):
			return p.number(r, line)
		case strings.ContainsRune(".;,[](){}", r):
			return token{kind: tPunct, text: string(r), line: line}
		case r == ':' || isNameStart(r):
			word := p.name(true, r)
			if strings.Contains(word, ":") {
				return token{kind: tPName, text: word, line: line}
			}
			switch {
			case word == "a", word == "true", word == "false",
				strings.EqualFold(word, "PREFIX"), strings.EqualFold(word, "BASE"), strings.EqualFold(word, "GRAPH"):
				return token{kind: tWord, text: word, line: line}
			}
			p.fail(line, "unexpected word %q (a prefixed name needs a ':')", word)
		default:
			p.fail(line, "unexpected character %q", r)
		}
	}
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

func isNameStart(r rune) bool {
	return r == '_' || r < 0x80 && (r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z') ||
		r >= 0x80 && (unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsDigit(r))
}

func isNameChar(r rune) bool {
	return isNameStart(r) || r == '-' || r >= '0' && r <= '9' || r == 0xB7 || r == 0x203F || r == 0x2040
}

// name reads the rest of a prefixed name (pname: a prefix, ':' and a
// local name with escapes) or of a plain word or label, after its first
// rune first (0: none read yet). A '.' is part of it only when more of the
// name follows.
func (p *ttlParser) name(pname bool, first rune) string {
	var b strings.Builder
	if first != 0 {
		b.WriteRune(first)
	}
	for {
		r := p.peekRune()
		switch {
		case r < 0:
			return b.String()
		case isNameChar(r), pname && r == ':':
			p.read()
			b.WriteRune(r)
		case r == '.':
			k := 1
			for p.peekByte(k) == '.' {
				k++
			}
			next := p.peekByte(k)
			if next == 0 || !(isNameChar(rune(next)) || next >= 0x80 || pname && (next == ':' || next == '%' || next == '\\')) {
				return b.String()
			}
			p.read()
			b.WriteRune(r)
		case pname && r == '%':
			p.read()
			h1, _ := p.read()
			h2, _ := p.read()
			if !isHex(h1) || !isHex(h2) {
				p.fail(p.line, "'%%' in a prefixed name must be followed by two hex digits")
			}
			b.WriteRune(r)
			b.WriteRune(h1)
			b.WriteRune(h2)
		case pname && r == '\\':
			p.read()
			c, _ := p.read()
			if !strings.ContainsRune("_~.-!$&'()*+,;=/?#@%", c) {
				p.fail(p.line, "bad escape \\%c in a prefixed name", c)
			}
			b.WriteRune(c)
		default:
			return b.String()
		}
	}
}

// peekRune is the next rune, not read, or -1 at the end.
func (p *ttlParser) peekRune() rune {
	b, _ := p.r.Peek(utf8.UTFMax)
	if len(b) == 0 {
		return -1
	}
	r, _ := utf8.DecodeRune(b)
	return r
}

func isHex(r rune) bool {
	return r >= '0' && r <= '9' || r >= 'a' && r <= 'f' || r >= 'A' && r <= 'F'
}

// iriRef reads an IRIREF after its '<', with \u and \U escapes.
func (p *ttlParser) iriRef() string {
	var b strings.Builder
	start := p.line
	for {
		r, ok := p.read()
		if !ok {
			p.fail(start, "the IRI is not closed with '>'")
		}
		switch {
		case r == '>':
			return b.String()
		case r == '\\':
			c, _ := p.read()
			b.WriteRune(p.uchar(c))
		case r <= 0x20 || strings.ContainsRune("<\"{}|^`", r):
			p.fail(p.line, "character %q is not allowed in an IRI", r)
		default:
			b.WriteRune(r)
		}
	}
}

// uchar reads the hex digits of \uXXXX or \UXXXXXXXX after the backslash
// and c ('u' or 'U').
func (p *ttlParser) uchar(c rune) rune {
	n := 0
	switch c {
	case 'u':
		n = 4
	case 'U':
		n = 8
	default:
		p.fail(p.line, "bad escape \\%c (only \\u and \\U are allowed here)", c)
	}
	var hex [8]rune
	for i := 0; i < n; i++ {
		h, _ := p.read()
		if !isHex(h) {
			p.fail(p.line, "\\%c needs %d hex digits", c, n)
		}
		hex[i] = h
	}
	v, _ := strconv.ParseUint(string(hex[:n]), 16, 32)
	if v > unicode.MaxRune || v >= 0xD800 && v <= 0xDFFF {
		p.fail(p.line, "\\%c%s is not a character", c, string(hex[:n]))
	}
	return rune(v)
}

// stringLit reads a string after its opening quote q: short or long
// ("""/”'), with escapes, then a language tag if one follows.
func (p *ttlParser) stringLit(q rune, line int) token {
	long := p.peekByte(0) == byte(q) && p.peekByte(1) == byte(q)
	if p.peekByte(0) == byte(q) && !long {
		p.read() // the empty string
		return p.langTag(token{kind: tString, line: line})
	}
	if long {
		p.read()
		p.read()
	}
	var b strings.Builder
	for {
		r, ok := p.read()
		if !ok {
			p.fail(line, "the string is not closed")
		}
		switch {
		case r == q && !long:
			return p.langTag(token{kind: tString, text: b.String(), line: line})
		case r == q && long && p.peekByte(0) == byte(q) && p.peekByte(1) == byte(q):
			// a closing """; quotes just before it belong to the string
			for p.peekByte(2) == byte(q) {
				b.WriteRune(q)
				p.read()
			}
			p.read()
			p.read()
			return p.langTag(token{kind: tString, text: b.String(), line: line})
		case (r == '\n' || r == '\r') && !long:
			p.fail(line, "a line break in a \"...\" string (use \\n, or a \"\"\"long string\"\"\")")
		case r == '\\':
			c, _ := p.read()
			switch c {
			case 't':
				b.WriteByte('\t')
			case 'b':
				b.WriteByte('\b')
			case 'n':
				b.WriteByte('\n')
			case 'r':
				b.WriteByte('\r')
			case 'f':
				b.WriteByte('\f')
			case '"', '\'', '\\':
				b.WriteRune(c)
			case 'u', 'U':
				b.WriteRune(p.uchar(c))
			default:
				p.fail(p.line, "bad escape \\%c in a string", c)
			}
		default:
			b.WriteRune(r)
		}
	}
}

// langTag reads "@tag" right after a string, if there is one.
func (p *ttlParser) langTag(t token) token {
	if p.peekByte(0) != '@' {
		return t
	}
	p.read()
	var b strings.Builder
	for {
		c := p.peekByte(0)
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || b.Len() > 0 && (c == '-' || isDigit(c)) {
			b.WriteByte(c)
			p.read()
			continue
		}
		break
	}
	tag := b.String()
	if tag == "" || strings.HasSuffix(tag, "-") || strings.Contains(tag, "--") || isDigit(tag[0]) {
		p.fail(t.line, "bad language tag @%s", tag)
	}
	t.lang = tag
	return t
}

// number reads an integer, decimal or double starting with r.
func (p *ttlParser) number(r rune, line int) token {
	var b strings.Builder
	b.WriteRune(r)
	digits := func() int {
		n := 0
		for isDigit(p.peekByte(0)) {
			c, _ := p.read()
			b.WriteRune(c)
			n++
		}
		return n
	}
	intDigits := 0
	if r >= '0' && r <= '9' {
		intDigits = 1
	}
	dt := xsdInteger
	if r != '.' {
		intDigits += digits()
		if p.peekByte(0) == '.' && (isDigit(p.peekByte(1)) || (p.peekByte(1) == 'e' || p.peekByte(1) == 'E') && intDigits > 0) {
			c, _ := p.read()
			b.WriteRune(c)
			digits()
			dt = xsdDecimal
		}
	} else {
		digits()
		dt = xsdDecimal
	}
	if intDigits == 0 && dt == xsdInteger {
		p.fail(line, "%q is not a number", b.String())
	}
	if c := p.peekByte(0); c == 'e' || c == 'E' {
		e, _ := p.read()
		b.WriteRune(e)
		if c := p.peekByte(0); c == '+' || c == '-' {
			s, _ := p.read()
			b.WriteRune(s)
		}
		if digits() == 0 {
			p.fail(line, "%q: the exponent has no digits", b.String())
		}
		dt = xsdDouble
	}
	return token{kind: tNumber, text: b.String(), dt: dt, line: line}
}
