package export

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
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

// Import loads the N-Quads file path into st, one article per graph name:
// the quads of each graph go to st.PutArticle, with the graph's kg:hash as
// the article's hash, so that kg rm and rebuilding work on imported
// articles as on built ones.
//
// Nothing is written until the whole file is checked: every line must parse, every quad needs a graph name (kg keeps
// no facts outside an article), and every graph must be a kg article under
// the store's base IRI (it holds "A kg:type kg:Article", and each quad's
// subject is A, an entity A kg:mentions, or a node with kg:article A).
// Errors name the file and line. The file is read once to parse it, once
// to check each article and once to write them, holding one article at a
// time; when a graph's quads are not contiguous in the file (kg export
// writes them contiguously) the whole file is held in memory instead.
func Import(ctx context.Context, st *graph.Store, path string) (ImportResult, error) {
	var res ImportResult
	switch strings.ToLower(filepath.Ext(path)) {
	case ".trig", ".ttl", ".jsonld", ".json", ".graphml", ".gml", ".dot", ".gv", ".csv":
		return res, fmt.Errorf("%s: kg import reads N-Quads (.nq); convert RDF first, e.g. rapper -i trig -o nquads %s > file.nq", path, path)
	}
	v := st.Vocab()
	// pass 1: every line parses; are the graphs contiguous?
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
				hash = literal(lq.q.Object)
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
	groups := map[quad.Value][]lineQuad{}
	if _, err := readNQuads(ctx, path, func(lq lineQuad) error {
		groups[lq.q.Label] = append(groups[lq.q.Label], lq)
		return nil
	}); err != nil {
		return res, err
	}
	labels := make([]string, 0, len(groups))
	byName := map[string]quad.Value{}
	for l := range groups {
		labels = append(labels, term(l))
		byName[term(l)] = l
	}
	sort.Strings(labels)
	for _, l := range labels {
		if err := checkArticle(path, v, groups[byName[l]]); err != nil {
			return res, err
		}
	}
	for _, l := range labels {
		if err := put(groups[byName[l]]); err != nil {
			return res, err
		}
	}
	return res, nil
}

// readNQuads calls fn with every quad of the file, in order, and returns
// how many there were. A line that does not parse, a quad without a graph
// name or with a graph name that is not an IRI is an error naming the
// file and line.
func readNQuads(ctx context.Context, path string, fn func(lineQuad) error) (int, error) {
	f, err := os.Open(path)
	if err != nil {
		var pe *os.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return 0, fmt.Errorf("%s: %v", path, err)
	}
	defer f.Close()
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
			switch {
			case perr != nil:
				return n, fmt.Errorf("%s:%d: not an N-Quads statement: %v", path, line, perr)
			case !q.IsValid():
				return n, fmt.Errorf("%s:%d: incomplete statement", path, line)
			case q.Label == nil:
				return n, fmt.Errorf("%s:%d: the statement has no graph name; kg keeps every fact in its article's graph, so each line needs the article IRI as its fourth term", path, line)
			}
			if _, ok := q.Label.(quad.IRI); !ok {
				return n, fmt.Errorf("%s:%d: graph name %s is not an IRI (kg names each article's graph with the article IRI)", path, line, term(q.Label))
			}
			n++
			if err := fn(lineQuad{q, line}); err != nil {
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
