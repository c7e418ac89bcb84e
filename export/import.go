package export

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"

	"kg/graph"
	"kg/schema"
)

// ImportResult counts what Import did, per article.
type ImportResult struct {
	Quads     int // quads read
	Loaded    int // articles new to the store
	Replaced  int // articles whose stored version differed
	Unchanged int // articles stored with the same hash already
}

// lineQuad is a quad and the line it was read from.
type lineQuad struct {
	q    quad.Quad
	line int
}

// Import loads the N-Quads, TriG or Turtle file path (by its extension, see
// CheckImportPath) into st, one article per graph name:
// the quads of each graph go to st.PutArticle, with the graph's kg:hash as
// the article's hash, so that kg rm and rebuilding work on imported
// articles as on built ones.
//
// Nothing is written until the whole file is checked: every statement must
// parse, every quad needs a graph name (kg keeps no facts outside an
// article, so a Turtle file, which has no graphs, does not import), and
// every graph must be a kg article under
// the store's base IRI (it holds "A kg:type kg:Article", and each quad's
// subject is A, an entity A kg:mentions, or a node with kg:article A).
// Errors name the file and line. The file is read once to parse it, once
// to check each article and once to write them, holding one article at a
// time. When a graph's quads are spread over the file (kg export writes a
// replaced article in more than one block), they are first sorted into 64
// temporary files by graph name, each then grouped in memory.
func Import(ctx context.Context, st *graph.Store, path string) (ImportResult, error) {
	return ImportFormat(ctx, st, path, "")
}

// ImportFormat is Import reading path in format (NQuads, TriG or Turtle),
// or in the format its extension names when format is "" (see
// CheckImportPath). Literals of kg:name come back as plain strings:
// kg export tags them with their language (see WriteRDF), the store keeps
// them plain.
func ImportFormat(ctx context.Context, st *graph.Store, path, format string) (ImportResult, error) {
	var res ImportResult
	format, err := CheckImportPath(path, format)
	if err != nil {
		return res, err
	}
	v := st.Vocab()
	readNQuads := func(ctx context.Context, path string, fn func(lineQuad) error) (int, error) {
		return readQuads(ctx, path, format, v, fn)
	}
	// pass 1: every statement parses; are the graphs contiguous?
	contiguous := true
	seen := map[quad.Value]bool{}
	var current quad.Value
	n, err := readNQuads(ctx, path, func(lq lineQuad) error {
		if lq.q.Label != current {
			if seen[lq.q.Label] {
				contiguous = false
			}
			seen[lq.q.Label] = true
			current = lq.q.Label
		}
		return nil
	})
	if err != nil {
		return res, err
	}
	res.Quads = n
	// eachGroup calls fn with each graph's quads in turn (contiguous files).
	eachGroup := func(fn func([]lineQuad) error) error {
		var group []lineQuad
		_, err := readNQuads(ctx, path, func(lq lineQuad) error {
			if len(group) > 0 && lq.q.Label != group[0].q.Label {
				if err := fn(group); err != nil {
					return err
				}
				group = group[:0]
			}
			group = append(group, lq)
			return nil
		})
		if err == nil && len(group) > 0 {
			err = fn(group)
		}
		return err
	}

	put := func(g []lineQuad) error {
		a := iriOf(g[0].q.Label)
		quads := make([]quad.Quad, len(g))
		hash := ""
		for i, lq := range g {
			quads[i] = lq.q
			if lq.q.Subject == a && lq.q.Predicate == v.Term(schema.TermHash) {
				hash = schema.Text(lq.q.Object)
			}
		}
		out, err := st.PutArticle(ctx, a, hash, quads)
		if err != nil {
			return fmt.Errorf("%s:%d: %v", path, g[0].line, err)
		}
		switch out {
		case graph.Loaded:
			res.Loaded++
		case graph.Replaced:
			res.Replaced++
		default:
			res.Unchanged++
		}
		return nil
	}
	if contiguous {
		// pass 2 checks every article, pass 3 writes them
		if err := eachGroup(func(g []lineQuad) error { return checkArticle(path, v, g) }); err != nil {
			return res, err
		}
		return res, eachGroup(put)
	}
	// Graphs spread over the file: sort them into bucket files by graph
	// name, then check and write one bucket at a time.
	buckets, cleanup, err := partition(ctx, path, readNQuads)
	defer cleanup()
	if err != nil {
		return res, err
	}
	for _, write := range []bool{false, true} {
		for _, b := range buckets {
			groups, err := readBucket(path, b)
			if err != nil {
				return res, err
			}
			for _, g := range groups {
				if write {
					err = put(g)
				} else {
					err = checkArticle(path, v, g)
				}
				if err != nil {
					return res, err
				}
			}
		}
	}
	return res, nil
}

// importBuckets is how many parts partition splits a file into.
const importBuckets = 64

// partition copies the quads of path into bucket files by a hash of the
// graph name, each line prefixed with its line number in path.
func partition(ctx context.Context, path string, read func(context.Context, string, func(lineQuad) error) (int, error)) ([]string, func(), error) {
	dir, err := os.MkdirTemp("", "kg-import-")
	if err != nil {
		return nil, func() {}, fmt.Errorf("%s: cannot sort the graphs: %v", path, err)
	}
	cleanup := func() { os.RemoveAll(dir) }
	names := make([]string, importBuckets)
	files := make([]*os.File, importBuckets)
	ws := make([]*bufio.Writer, importBuckets)
	for i := range files {
		names[i] = filepath.Join(dir, fmt.Sprintf("%02d.nq", i))
		if files[i], err = os.Create(names[i]); err != nil {
			return nil, cleanup, fmt.Errorf("%s: cannot sort the graphs: %v", path, err)
		}
		defer files[i].Close()
		ws[i] = bufio.NewWriter(files[i])
	}
	_, err = read(ctx, path, func(lq lineQuad) error {
		h := fnv.New32a()
		h.Write([]byte(term(lq.q.Label)))
		w := ws[h.Sum32()%importBuckets]
		_, err := fmt.Fprintf(w, "%d\t%s %s %s %s .\n", lq.line, term(lq.q.Subject), term(lq.q.Predicate), term(lq.q.Object), term(lq.q.Label))
		return err
	})
	for _, w := range ws {
		if ferr := w.Flush(); err == nil && ferr != nil {
			err = fmt.Errorf("%s: cannot sort the graphs: %v", path, ferr)
		}
	}
	return names, cleanup, err
}

// readBucket reads a bucket file partition wrote and returns its graphs,
// sorted by graph name.
func readBucket(path, bucket string) ([][]lineQuad, error) {
	data, err := os.ReadFile(bucket)
	if err != nil {
		return nil, fmt.Errorf("%s: cannot sort the graphs: %v", path, err)
	}
	groups := map[string][]lineQuad{}
	for _, l := range strings.Split(string(data), "\n") {
		num, text, found := strings.Cut(l, "\t")
		if !found {
			continue
		}
		line, _ := strconv.Atoi(num)
		q, err := nquads.Parse(text)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %v", path, line, err)
		}
		k := term(q.Label)
		groups[k] = append(groups[k], lineQuad{q, line})
	}
	names := make([]string, 0, len(groups))
	for k := range groups {
		names = append(names, k)
	}
	sort.Strings(names)
	out := make([][]lineQuad, len(names))
	for i, k := range names {
		out[i] = groups[k]
	}
	return out, nil
}

// ImportFormats are the formats Import reads.
var ImportFormats = []string{NQuads, TriG, Turtle}

// CheckImportPath reports why path cannot be imported, before any store is
// opened, and returns the format to read it in: format if it is set (one
// of ImportFormats), else by extension: .trig is TriG, .ttl and .turtle
// Turtle, anything else N-Quads. It fails on standard input ("-", which
// Import would need to read more than once), a file that is missing or a
// directory, or an extension of a format kg exports but cannot import.
func CheckImportPath(path, format string) (string, error) {
	if path == "-" {
		return "", fmt.Errorf("-: kg import reads its file more than once; save standard input to a file and import that")
	}
	switch format {
	case NQuads, TriG, Turtle:
	case "":
		switch strings.ToLower(filepath.Ext(path)) {
		case ".trig":
			format = TriG
		case ".ttl", ".turtle":
			format = Turtle
		case ".jsonld", ".json", ".graphml", ".gml", ".dot", ".gv", ".csv":
			return "", fmt.Errorf("%s: kg import reads N-Quads (.nq), TriG (.trig) or Turtle (.ttl); convert other formats first, or give --format if the file is one of those", path)
		default:
			format = NQuads
		}
	default:
		return "", fmt.Errorf("%s: unknown import format %q (use %s)", path, format, strings.Join(ImportFormats, ", "))
	}
	fi, err := os.Stat(path)
	if err != nil {
		var pe *os.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return "", fmt.Errorf("%s: %v", path, err)
	}
	if fi.IsDir() {
		return "", fmt.Errorf("%s: is a directory; give an N-Quads, TriG or Turtle file", path)
	}
	return format, nil
}

// readQuads calls fn with every quad of the file, read in format, in
// order, and returns how many there were. A statement that does not
// parse, a quad without a graph name or with a graph name that is not an
// IRI is an error naming the file and line. kg:name literals lose their
// language tag (see ImportFormat).
func readQuads(ctx context.Context, path, format string, v schema.Vocab, fn func(lineQuad) error) (int, error) {
	f, err := os.Open(path)
	if err != nil {
		var pe *os.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return 0, fmt.Errorf("%s: %v", path, err)
	}
	defer f.Close()
	name := v.Term(schema.TermName)
	var defaultGraph error // TriG or Turtle: reported after syntax errors
	check := func(lq lineQuad) error {
		q := lq.q
		switch {
		case !q.IsValid():
			return fmt.Errorf("%s:%d: incomplete statement", path, lq.line)
		case q.Label == nil && format == Turtle && defaultGraph == nil:
			defaultGraph = fmt.Errorf("%s:%d: Turtle has no graph names, and kg keeps every fact in its article's graph; import the N-Quads or TriG export instead (kg export --format trig)", path, lq.line)
			return nil
		case q.Label == nil && format == TriG && defaultGraph == nil:
			defaultGraph = fmt.Errorf("%s:%d: the statement is in the default graph; kg keeps every fact in its article's graph, so each statement must be inside an <article IRI> { ... } block", path, lq.line)
			return nil
		case q.Label == nil && format != NQuads:
			return nil
		case q.Label == nil:
			return fmt.Errorf("%s:%d: the statement has no graph name; kg keeps every fact in its article's graph, so each line needs the article IRI as its fourth term", path, lq.line)
		}
		if _, ok := q.Label.(quad.IRI); !ok {
			return fmt.Errorf("%s:%d: graph name %s is not an IRI (kg names each article's graph with the article IRI)", path, lq.line, term(q.Label))
		}
		if ls, ok := q.Object.(quad.LangString); ok && q.Predicate == name {
			lq.q.Object = ls.Value
		}
		return fn(lq)
	}
	if format == TriG || format == Turtle {
		n, err := readTurtle(ctx, path, f, format == TriG, check)
		if err == nil {
			err = defaultGraph
		}
		return n, err
	}
	r := bufio.NewReaderSize(f, 64<<10)
	n, line := 0, 0
	for {
		text, err := r.ReadString('\n')
		if err != nil && err != io.EOF {
			return n, fmt.Errorf("%s:%d: read: %v", path, line+1, err)
		}
		if text == "" && err == io.EOF {
			return n, nil
		}
		line++
		if s := strings.TrimSpace(text); s != "" && !strings.HasPrefix(s, "#") {
			q, perr := nquads.Parse(s)
			if perr != nil {
				hint := ""
				if strings.HasSuffix(s, "{") || strings.HasPrefix(s, "@prefix") || strings.HasPrefix(strings.ToUpper(s), "PREFIX") {
					hint = " (it looks like TriG or Turtle: name the file .trig or .ttl, or give --format trig)"
				}
				return n, fmt.Errorf("%s:%d: not an N-Quads statement: %v%s", path, line, perr, hint)
			}
			n++
			if err := check(lineQuad{q, line}); err != nil {
				return n, err
			}
			if n%4096 == 0 && ctx.Err() != nil {
				return n, ctx.Err()
			}
		}
		if err == io.EOF {
			return n, nil
		}
	}
}

// checkArticle checks that the quads of one graph form a kg article (see
// Import).
func checkArticle(path string, v schema.Vocab, g []lineQuad) error {
	if len(g) == 0 {
		return nil
	}
	a := g[0].q.Label
	typ, mentions, back := v.Term(schema.TermType), v.Term(schema.TermMentions), v.Term(schema.TermArticle)
	isArticle := false
	own := map[quad.Value]bool{a: true}
	for _, lq := range g {
		q := lq.q
		switch {
		case q.Subject == a && q.Predicate == typ && q.Object == v.Term(schema.ClassArticle):
			isArticle = true
		case q.Subject == a && q.Predicate == mentions:
			own[q.Object] = true
		case q.Predicate == back && q.Object == a:
			own[q.Subject] = true
		}
	}
	if !isArticle {
		return fmt.Errorf("%s:%d: graph %s is not a kg article: it lacks %s %s %s (is base_iri %q the base the file was exported with?)",
			path, g[0].line, term(a), term(a), term(typ), term(v.Term(schema.ClassArticle)), v.Base)
	}
	for _, lq := range g {
		if !own[lq.q.Subject] {
			return fmt.Errorf("%s:%d: subject %s is not article %s, an entity it %s, or a node with %s %s; kg could not find this quad again to remove it",
				path, lq.line, term(lq.q.Subject), term(a), term(mentions), term(back), term(a))
		}
	}
	return nil
}
