package graph

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/cayleygraph/quad"

	"kg/graph/pgtest"
	"kg/schema"
	"kg/schema/schematest"
)

var vocab = schema.New("")

func openTest(t *testing.T, backend string) *Store {
	t.Helper()
	cfg := Config{Backend: backend, Vocab: vocab}
	switch backend {
	case "bolt", "leveldb":
		cfg.Path = filepath.Join(t.TempDir(), "kg.db")
	case "postgres":
		// A database of its own (see pgtest): skipped without
		// KG_TEST_POSTGRES, failed without it when CI=true.
		cfg.Address = pgtest.Database(t)
	}
	s, err := Open(cfg)
	if err != nil {
		t.Fatalf("Open(%s): %v", backend, err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func put(t *testing.T, s *Store, f schematest.Fixture) Outcome {
	t.Helper()
	out, err := s.PutArticle(context.Background(), f.IRI(vocab), f.Article.Hash, f.Quads(vocab))
	if err != nil {
		t.Fatalf("PutArticle(%s): %v", f.Article.ID, err)
	}
	return out
}

func keys(qs []quad.Quad) []string {
	out := make([]string, len(qs))
	for i, q := range qs {
		out[i] = schema.QuadKey(q)
	}
	sort.Strings(out)
	return out
}

// sameQuads fails unless the store holds exactly want under label (full scan).
func sameQuads(t *testing.T, s *Store, label quad.IRI, want []quad.Quad) {
	t.Helper()
	got, err := s.ScanLabel(context.Background(), label)
	if err != nil {
		t.Fatal(err)
	}
	g, w := keys(got), keys(want)
	if strings.Join(g, "\n") == strings.Join(w, "\n") {
		return
	}
	wantSet := map[string]bool{}
	for _, k := range w {
		wantSet[k] = true
	}
	gotSet := map[string]bool{}
	for _, k := range g {
		gotSet[k] = true
		if !wantSet[k] {
			t.Errorf("stale or unexpected quad: %q", k)
		}
	}
	for _, k := range w {
		if !gotSet[k] {
			t.Errorf("missing quad: %q", k)
		}
	}
}

func count(t *testing.T, s *Store) int64 {
	t.Helper()
	n, err := s.QuadCount(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func forEachBackend(t *testing.T, fn func(t *testing.T, backend string)) {
	for _, b := range []string{"bolt", "memory", "leveldb", "postgres"} {
		t.Run(b, func(t *testing.T) {
			if b == "bolt" {
				skipBoltUnderRace(t)
			}
			fn(t, b)
		})
	}
}

// skipBoltUnderRace skips a bolt test in a -race build: the race detector's
// checkptr check crashes inside boltdb/bolt v1.3.1 (see raceEnabled). The
// same tests run on leveldb, which shares Cayley's KV layer, and on bolt in
// a plain `go test`.
func skipBoltUnderRace(t *testing.T) {
	t.Helper()
	if raceEnabled {
		t.Skip("boltdb/bolt v1.3.1 fails the race detector's checkptr check; run without -race to test bolt")
	}
}

// diskBackend is the persistent backend tests use: bolt, or leveldb under
// the race detector.
func diskBackend() string {
	if raceEnabled {
		return "leveldb"
	}
	return "bolt"
}

func TestPutReplaceUnchanged(t *testing.T) {
	forEachBackend(t, func(t *testing.T, backend string) {
		ctx := context.Background()
		s := openTest(t, backend)
		en, revised := schematest.English(), schematest.EnglishRevised()
		A := en.IRI(vocab)
		if revised.IRI(vocab) != A {
			t.Fatal("fixture: revised article must keep its IRI")
		}

		if got := put(t, s, en); got != Loaded {
			t.Fatalf("first put: %v, want loaded", got)
		}
		n := count(t, s)
		if n != int64(len(en.Quads(vocab))) {
			t.Errorf("quad count %d, want %d", n, len(en.Quads(vocab)))
		}
		sameQuads(t, s, A, en.Quads(vocab))
		arts, err := s.Articles(ctx)
		if err != nil || len(arts) != 1 {
			t.Fatalf("Articles: %v %v", arts, err)
		}
		if a := arts[0]; a.IRI != A || a.ID != en.Article.ID || a.Hash != en.Article.Hash || a.Quads != len(en.Quads(vocab)) {
			t.Errorf("Articles()[0] = %+v", a)
		}

		if got := put(t, s, en); got != Unchanged {
			t.Errorf("same hash: %v, want unchanged", got)
		}
		if m := count(t, s); m != n {
			t.Errorf("unchanged put changed the quad count: %d -> %d", n, m)
		}

		if got := put(t, s, revised); got != Replaced {
			t.Errorf("changed article: %v, want replaced", got)
		}
		sameQuads(t, s, A, revised.Quads(vocab))
		if m := count(t, s); m != int64(len(revised.Quads(vocab))) {
			t.Errorf("after replace: %d quads, want %d", m, len(revised.Quads(vocab)))
		}

		// And back again: facts removed by the revision return.
		if got := put(t, s, en); got != Replaced {
			t.Errorf("back to the first version: %v, want replaced", got)
		}
		sameQuads(t, s, A, en.Quads(vocab))
	})
}

func TestDeleteKeepsOtherArticles(t *testing.T) {
	forEachBackend(t, func(t *testing.T, backend string) {
		ctx := context.Background()
		s := openTest(t, backend)
		en, nb := schematest.English(), schematest.Norwegian()
		put(t, s, en)
		put(t, s, nb)
		total := count(t, s)
		if total != int64(len(en.Quads(vocab))+len(nb.Quads(vocab))) {
			t.Errorf("two articles: %d quads, want %d", total, len(en.Quads(vocab))+len(nb.Quads(vocab)))
		}

		n, err := s.DeleteArticle(ctx, en.IRI(vocab))
		if err != nil {
			t.Fatal(err)
		}
		if n != len(en.Quads(vocab)) {
			t.Errorf("deleted %d quads, want %d", n, len(en.Quads(vocab)))
		}
		sameQuads(t, s, en.IRI(vocab), nil)
		sameQuads(t, s, nb.IRI(vocab), nb.Quads(vocab))
		if m := count(t, s); m != int64(len(nb.Quads(vocab))) {
			t.Errorf("after delete: %d quads, want %d", m, len(nb.Quads(vocab)))
		}

		// The shared entity keeps the Norwegian article's facts.
		russia := vocab.Entity(schematest.Russia)
		var left []quad.Quad
		if err := s.eachQuad(ctx, quad.Subject, russia, func(q quad.Quad) { left = append(left, q) }); err != nil {
			t.Fatal(err)
		}
		if len(left) == 0 {
			t.Fatal("Russia lost all its quads")
		}
		for _, q := range left {
			if q.Label != nb.IRI(vocab) {
				t.Errorf("Russia quad from a deleted article survived: %v", q)
			}
		}

		if n, err := s.DeleteArticle(ctx, en.IRI(vocab)); n != 0 || err != nil {
			t.Errorf("second delete: %d, %v; want 0, nil", n, err)
		}
		if got := put(t, s, en); got != Loaded {
			t.Errorf("put after delete: %v, want loaded", got)
		}
		sameQuads(t, s, en.IRI(vocab), en.Quads(vocab))
	})
}

func TestFindArticle(t *testing.T) {
	ctx := context.Background()
	s := openTest(t, diskBackend())
	en, nb := schematest.English(), schematest.Norwegian()
	put(t, s, en)
	put(t, s, nb)
	for _, tc := range []struct {
		query string
		want  quad.IRI
	}{
		{en.Article.ID, en.IRI(vocab)},
		{en.Article.Source, en.IRI(vocab)},
		{string(nb.IRI(vocab)), nb.IRI(vocab)},
		{"<" + string(nb.IRI(vocab)) + ">", nb.IRI(vocab)},
		{nb.Article.ID, nb.IRI(vocab)},
	} {
		got, ok, err := s.FindArticle(ctx, tc.query)
		if err != nil || !ok || got != tc.want {
			t.Errorf("FindArticle(%q) = %v, %v, %v; want %v", tc.query, got, ok, err, tc.want)
		}
	}
	if _, ok, err := s.FindArticle(ctx, "no-such-article"); ok || err != nil {
		t.Errorf("FindArticle(unknown) = %v, %v", ok, err)
	}
	if _, ok, err := s.FindArticle(ctx, string(vocab.Entity(schematest.Russia))); ok || err != nil {
		t.Errorf("an entity IRI is not an article: %v, %v", ok, err)
	}
}

func TestReopenKeepsData(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "store")
	s, err := Open(Config{Backend: diskBackend(), Path: dir}) // default vocabulary
	if err != nil {
		t.Fatal(err)
	}
	en := schematest.English()
	put(t, s, en)
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s, err = Open(Config{Backend: diskBackend(), Path: dir})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if got := put(t, s, en); got != Unchanged {
		t.Errorf("after reopen: %v, want unchanged", got)
	}
	sameQuads(t, s, en.IRI(vocab), en.Quads(vocab))
}

func TestPutValidates(t *testing.T) {
	ctx := context.Background()
	s := openTest(t, "memory")
	en, nb := schematest.English(), schematest.Norwegian()
	mixed := append(en.Quads(vocab), nb.Quads(vocab)[0])
	if _, err := s.PutArticle(ctx, en.IRI(vocab), en.Article.Hash, mixed); err == nil || !strings.Contains(err.Error(), "labelled") {
		t.Errorf("foreign label: err = %v", err)
	}
	if _, err := s.PutArticle(ctx, en.IRI(vocab), "other-hash", en.Quads(vocab)); err == nil || !strings.Contains(err.Error(), "hash") {
		t.Errorf("hash mismatch: err = %v", err)
	}
	if n := count(t, s); n != 0 {
		t.Errorf("rejected puts wrote %d quads", n)
	}
	// A missing hash quad is added.
	var noHash []quad.Quad
	for _, q := range en.Quads(vocab) {
		if q.Predicate != vocab.Term(schema.TermHash) {
			noHash = append(noHash, q)
		}
	}
	if _, err := s.PutArticle(ctx, en.IRI(vocab), en.Article.Hash, noHash); err != nil {
		t.Fatal(err)
	}
	if got := put(t, s, en); got != Unchanged {
		t.Errorf("hash quad was not stored: %v", got)
	}
}

func TestOpenErrors(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "plain-file")
	if err := os.WriteFile(file, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		cfg  Config
		want []string
	}{
		{Config{Backend: "cassandra"}, []string{`unknown store backend "cassandra"`, "bolt, leveldb, memory, postgres"}},
		{Config{Backend: "bolt", Path: file}, []string{file, "is a file"}},
		{Config{Backend: "leveldb", Path: file}, []string{file, "is a file"}},
		{Config{Backend: "bolt"}, []string{"store.path"}},
		{Config{Backend: "postgres"}, []string{"store.address"}},
		{Config{Backend: "postgres", Address: "postgres://kg:secret@127.0.0.1:1/kg?sslmode=disable"},
			[]string{"postgres store", "127.0.0.1:1", "cannot connect", "store.address"}},
	} {
		s, err := Open(tc.cfg)
		if err == nil {
			s.Close()
			t.Errorf("Open(%+v): no error", tc.cfg)
			continue
		}
		msg := err.Error()
		for _, w := range tc.want {
			if !strings.Contains(msg, w) {
				t.Errorf("Open(%+v) = %q; want it to mention %q", tc.cfg, msg, w)
			}
		}
		if strings.Contains(msg, "secret") {
			t.Errorf("error leaks the password: %q", msg)
		}
		if strings.Contains(msg, "\n") {
			t.Errorf("error is not one line: %q", msg)
		}
	}
}

func TestBoltLockedInProcess(t *testing.T) {
	skipBoltUnderRace(t)
	dir := filepath.Join(t.TempDir(), "kg.db")
	s, err := Open(Config{Backend: "bolt", Path: dir})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	start := time.Now()
	s2, err := Open(Config{Backend: "bolt", Path: dir})
	elapsed := time.Since(start)
	if err == nil {
		s2.Close()
		t.Fatal("second Open of a held bolt store succeeded")
	}
	checkLockError(t, err, dir, elapsed)
}

// TestBoltLockedByOtherProcess holds the store in a child process (this
// test binary re-run as a helper) and opens it here.
func TestBoltLockedByOtherProcess(t *testing.T) {
	if dir := os.Getenv("KG_TEST_HOLD_STORE"); dir != "" {
		s, err := Open(Config{Backend: "bolt", Path: dir})
		if err != nil {
			os.Stdout.WriteString("error: " + err.Error() + "\n")
			os.Exit(1)
		}
		os.Stdout.WriteString("held\n")
		buf := make([]byte, 1)
		os.Stdin.Read(buf) // until the parent closes our stdin
		s.Close()
		os.Exit(0)
	}
	skipBoltUnderRace(t)
	dir := filepath.Join(t.TempDir(), "kg.db")
	cmd := exec.Command(os.Args[0], "-test.run=^TestBoltLockedByOtherProcess$")
	cmd.Env = append(os.Environ(), "KG_TEST_HOLD_STORE="+dir)
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { stdin.Close(); cmd.Wait() }()
	line := make([]byte, 64)
	n, _ := stdout.Read(line)
	if !strings.HasPrefix(string(line[:n]), "held") {
		t.Fatalf("helper: %q", line[:n])
	}
	start := time.Now()
	s, err := Open(Config{Backend: "bolt", Path: dir})
	elapsed := time.Since(start)
	if err == nil {
		s.Close()
		t.Fatal("Open of a bolt store held by another process succeeded")
	}
	checkLockError(t, err, dir, elapsed)

	// Once the other process lets go, Open works.
	stdin.Close()
	cmd.Wait()
	s, err = Open(Config{Backend: "bolt", Path: dir})
	if err != nil {
		t.Fatalf("Open after the holder exited: %v", err)
	}
	s.Close()
}

func checkLockError(t *testing.T, err error, dir string, elapsed time.Duration) {
	t.Helper()
	if elapsed > 2500*time.Millisecond {
		t.Errorf("Open took %v to fail, want about 2 s at most", elapsed)
	}
	if msg := err.Error(); !strings.Contains(msg, dir) || !strings.Contains(msg, "another kg process") {
		t.Errorf("lock error %q should name %s and say another kg process holds it", msg, dir)
	}
}

func TestLevelDBLocked(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "kg.db")
	s, err := Open(Config{Backend: "leveldb", Path: dir})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	s2, err := Open(Config{Backend: "leveldb", Path: dir})
	if err == nil {
		s2.Close()
		t.Fatal("second Open of a held leveldb store succeeded")
	}
	if msg := err.Error(); !strings.Contains(msg, dir) || !strings.Contains(msg, "another kg process") {
		t.Errorf("lock error %q", msg)
	}
}

func TestRedactAddress(t *testing.T) {
	for in, want := range map[string]string{
		"postgres://kg:pw@db:5432/kg?sslmode=disable":  "postgres://kg:xxxxx@db:5432/kg?sslmode=disable",
		"postgres://db/kg?password=pw&sslmode=disable": "postgres://db/kg?password=xxxxx&sslmode=disable",
		"host=db user=kg password=pw dbname=kg":        "host=db user=kg password=xxxxx dbname=kg",
		"host=db password='p w' dbname=kg":             "host=db password=xxxxx dbname=kg",
	} {
		if got := redactAddress(in); got != want {
			t.Errorf("redactAddress(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestBackendNames(t *testing.T) {
	for in, want := range map[string]string{"": "bolt", "BOLT": "bolt", "memstore": "memory", "memory": "memory", "leveldb": "leveldb", "postgres": "postgres"} {
		if got, err := backendOf(in); err != nil || got != want {
			t.Errorf("backendOf(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
}

// TestLastWrite: a write reports its transactions and quads, and on bolt
// the bytes of pages it rewrote, more for more quads.
func TestLastWrite(t *testing.T) {
	backends := []string{"memory"}
	if !raceEnabled {
		backends = append(backends, "bolt")
	}
	for _, backend := range backends {
		t.Run(backend, func(t *testing.T) {
			cfg := Config{Backend: backend}
			if backend != "memory" {
				cfg.Path = filepath.Join(t.TempDir(), "kg.db")
			}
			s, err := Open(cfg)
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			v := s.Vocab()
			article := func(i, entities int) ArticleVersion {
				a := v.Article(fmt.Sprintf("a%d", i))
				qs := []quad.Quad{{Subject: a, Predicate: v.Term(schema.TermType), Object: v.Term(schema.ClassArticle), Label: a}}
				for e := 0; e < entities; e++ {
					qs = append(qs, quad.Quad{Subject: a, Predicate: v.Term(schema.TermMentions), Object: v.Entity(fmt.Sprintf("e%d-%d", i, e)), Label: a})
				}
				return ArticleVersion{IRI: a, Hash: fmt.Sprint(i), Quads: qs}
			}
			ctx := context.Background()
			if _, err := s.PutArticles(ctx, []ArticleVersion{article(1, 5)}); err != nil {
				t.Fatal(err)
			}
			small := s.LastWrite()
			if small.Transactions != 1 || small.Quads != 7 { // with the kg:hash quad
				t.Errorf("small write: %+v, want 1 transaction of 7 quads", small)
			}
			var batch []ArticleVersion
			for i := 2; i < 40; i++ {
				batch = append(batch, article(i, 200))
			}
			if _, err := s.PutArticles(ctx, batch); err != nil {
				t.Fatal(err)
			}
			big := s.LastWrite()
			if big.Transactions != 1 || big.Quads != 38*202 {
				t.Errorf("big write: %+v, want 1 transaction of %d quads", big, 38*202)
			}
			if backend == "memory" {
				if small.PageBytes != 0 || big.PageBytes != 0 {
					t.Errorf("page bytes on memory: %d, %d", small.PageBytes, big.PageBytes)
				}
				return
			}
			if small.PageBytes <= 0 || big.PageBytes < 10*small.PageBytes {
				t.Errorf("page bytes: %d for 7 quads, %d for %d quads", small.PageBytes, big.PageBytes, big.Quads)
			}
			if _, err := s.DeleteArticle(ctx, v.Article("a1")); err != nil {
				t.Fatal(err)
			}
			if del := s.LastWrite(); del.Transactions != 1 || del.Quads != 7 || del.PageBytes <= 0 {
				t.Errorf("delete: %+v, want 1 transaction of 7 quads", del)
			}
		})
	}
}
