package export

import (
	"bytes"
	"context"
	"encoding/json"
	"path/filepath"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"

	"kg/graph"
	"kg/queries"
)

// TestPlainCayleyReadsTheStore opens a bolt store kg wrote with plain
// Cayley (graph.NewQuadStore("bolt", dir, nil), what the cayley tool does
// with --db bolt --dbpath dir): it answers a Gizmo query as kg does, and
// Cayley's own dump of it holds the quads kg export writes.
func TestPlainCayleyReadsTheStore(t *testing.T) {
	if raceEnabled {
		t.Skip("bolt under -race: boltdb/bolt v1.3.1 fails checkptr; runs without -race")
	}
	ctx := context.Background()
	dir := filepath.Join(t.TempDir(), "kg.db")
	s, err := graph.Open(graph.Config{Backend: "bolt", Path: dir, Vocab: vocab})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range fixtures() {
		if _, err := s.PutArticle(ctx, f.IRI(vocab), f.Article.Hash, f.Quads(vocab)); err != nil {
			t.Fatal(err)
		}
	}
	const gizmo = `g.V().Tag("actor").Out("<kg:drafted>").Tag("what").All()`
	kgAnswer, err := queries.Gizmo(ctx, s.QuadStore(), gizmo, queries.Options{})
	if err != nil {
		t.Fatal(err)
	}
	exported, _ := export(t, newExporter(t, s, Selection{}), NQuads)
	s.Close()

	qs, err := cgraph.NewQuadStore("bolt", dir, nil)
	if err != nil {
		t.Fatalf("plain Cayley cannot open kg's bolt store: %v", err)
	}
	defer qs.Close()
	answer, err := queries.Gizmo(ctx, qs, gizmo, queries.Options{})
	if err != nil {
		t.Fatal(err)
	}
	a, _ := json.Marshal(kgAnswer)
	b, _ := json.Marshal(answer)
	if len(answer) == 0 || string(a) != string(b) {
		t.Fatalf("plain Cayley answers %s, kg %s", b, a)
	}

	var dump bytes.Buffer
	w := nquads.NewWriter(&dump)
	if _, err := quad.Copy(w, cgraph.NewQuadStoreReader(qs)); err != nil {
		t.Fatal(err)
	}
	w.Close()
	equalLists(t, "cayley dump vs kg export", keys(readNQ(t, dump.Bytes())), keys(readExport(t, exported)))
}
