package graph

import (
	"context"
	"errors"
	"path/filepath"
	"slices"
	"testing"

	"github.com/cayleygraph/quad"

	"kg/schema"
	"kg/schema/schematest"
)

// shrunk is a new version of fixture f that keeps only the article node's
// own quads (and a new hash): replacing f with it removes far more quads
// labelled with the article than it adds, so the article's label node
// loses references overall, the trigger of Cayley's KV node bug.
func shrunk(f schematest.Fixture) (quad.IRI, string, []quad.Quad) {
	a := f.IRI(vocab)
	hashPred := vocab.Term(schema.TermHash)
	var qs []quad.Quad
	for _, q := range f.Quads(vocab) {
		if q.Subject == a && q.Predicate != hashPred {
			qs = append(qs, q)
		}
	}
	return a, "shrunk-" + f.Article.Hash, qs
}

// padQuads returns the pad quads in the store (full scan).
func padQuads(t *testing.T, s *Store) []quad.Quad {
	t.Helper()
	it := s.qs.QuadsAllIterator()
	defer it.Close()
	var out []quad.Quad
	for it.Next(context.Background()) {
		if q := s.qs.Quad(it.Result()); isPad(q) {
			out = append(out, q)
		}
	}
	return out
}

// withoutPads returns the quads labelled label, pads aside (full scan).
func withoutPads(t *testing.T, s *Store, label quad.Value) []quad.Quad {
	t.Helper()
	all, err := s.ScanLabel(context.Background(), label)
	if err != nil {
		t.Fatal(err)
	}
	var out []quad.Quad
	for _, q := range all {
		if !isPad(q) {
			out = append(out, q)
		}
	}
	return out
}

// TestKVNodeBugNeedsPads shows the Cayley v0.7.7 bug apply works around —
// one transaction that removes the old quads and adds the new ones stores
// the added quads without their label — and that the pads padsFor adds to
// the same transaction make it store them whole.
func TestKVNodeBugNeedsPads(t *testing.T) {
	for _, backend := range []string{"bolt", "leveldb"} {
		t.Run(backend, func(t *testing.T) {
			if backend == "bolt" {
				skipBoltUnderRace(t)
			}
			ctx := context.Background()
			for _, padded := range []bool{false, true} {
				s := openTest(t, backend)
				en := schematest.English()
				put(t, s, en)
				a, hash, qs := shrunk(en)
				_, removes, adds, err := s.diff(ctx, ArticleVersion{IRI: a, Hash: hash, Quads: qs})
				if err != nil {
					t.Fatal(err)
				}
				if !losesNodeOfAddedQuad(removes, adds) {
					t.Fatal("fixture: the replacement does not trigger the bug")
				}
				if padded {
					pads := padsFor(removes, adds)
					if len(pads) == 0 || losesNodeOfAddedQuad(removes, append(adds, pads...)) {
						t.Fatalf("%d pads do not cover the loss", len(pads))
					}
					adds = append(adds, pads...)
				}
				if err := s.applyOne(removes, adds); err != nil {
					t.Fatal(err)
				}
				got := withoutPads(t, s, a)
				want := len(qs) + 1 // and the new kg:hash
				switch {
				case padded && len(got) != want:
					t.Errorf("with pads: %d quads labelled with the article, want %d", len(got), want)
				case !padded && len(got) == want:
					t.Errorf("without pads the added quads kept their label: Cayley's KV node bug is fixed, and apply's pads are no longer needed")
				}
			}
		})
	}
}

// TestReplaceCrashLeavesOnlyPads replaces an article with a smaller
// version on bolt and leveldb and stops the write between apply's two
// transactions, as a crash would: the article is already its new version
// (the replacement is one transaction) and only pads are extra; Open
// removes them, and the node reference counts stay right (deleting the
// article afterwards leaves an empty store with no nodes).
func TestReplaceCrashLeavesOnlyPads(t *testing.T) {
	for _, backend := range []string{"bolt", "leveldb"} {
		t.Run(backend, func(t *testing.T) {
			if backend == "bolt" {
				skipBoltUnderRace(t)
			}
			ctx := context.Background()
			dir := filepath.Join(t.TempDir(), "kg.db")
			open := func() *Store {
				s, err := Open(Config{Backend: backend, Path: dir, Vocab: vocab})
				if err != nil {
					t.Fatal(err)
				}
				return s
			}
			s := open()
			en := schematest.English()
			put(t, s, en)
			a, hash, qs := shrunk(en)
			want := append(append([]quad.Quad(nil), qs...),
				quad.Quad{Subject: a, Predicate: vocab.Term(schema.TermHash), Object: quad.String(hash), Label: a})

			crash := errors.New("crash")
			calls := 0
			testHookPadded = func() error { calls++; return crash }
			_, err := s.PutArticle(ctx, a, hash, qs)
			testHookPadded = nil
			if !errors.Is(err, crash) || calls != 1 {
				t.Fatalf("PutArticle: %v after %d padded writes; want the crash after one", err, calls)
			}
			if g, w := keys(withoutPads(t, s, a)), keys(want); !slices.Equal(g, w) {
				t.Fatalf("between the transactions the article has %d quads (pads aside), want its new version's %d", len(g), len(w))
			}
			pads := padQuads(t, s)
			if len(pads) == 0 {
				t.Fatal("no pads between the two transactions")
			}
			if n := count(t, s); n != int64(len(want)+len(pads)) {
				t.Errorf("%d quads between the transactions, want %d of the article and %d pads", n, len(want), len(pads))
			}
			// The process "dies": the store is closed with its pads.
			if err := s.Close(); err != nil {
				t.Fatal(err)
			}

			s = open()
			defer s.Close()
			if p := padQuads(t, s); len(p) != 0 {
				t.Errorf("Open left %d pads, e.g. %v", len(p), p[0])
			}
			sameQuads(t, s, a, want)
			if n := count(t, s); n != int64(len(want)) {
				t.Errorf("after reopening: %d quads, want %d", n, len(want))
			}
			if s.qs.ValueOf(padObject(1)) != nil {
				t.Error("the pad nodes outlive the pads")
			}
			if out, err := s.PutArticle(ctx, a, hash, qs); err != nil || out != Unchanged {
				t.Errorf("the same version again: %v %v, want unchanged", out, err)
			}
			// Back to the full version (a replacement that grows the
			// article), then delete it: every node's count went to zero.
			if out := put(t, s, en); out != Replaced {
				t.Errorf("the full version again: %v, want replaced", out)
			}
			sameQuads(t, s, a, en.Quads(vocab))
			if _, err := s.DeleteArticle(ctx, a); err != nil {
				t.Fatal(err)
			}
			if n := count(t, s); n != 0 {
				t.Errorf("%d quads after deleting the only article", n)
			}
			for _, q := range en.Quads(vocab) {
				for _, v := range []quad.Value{q.Subject, q.Predicate, q.Object, q.Label} {
					if s.qs.ValueOf(v) != nil {
						t.Fatalf("node %v outlives every quad that used it (reference count off)", v)
					}
				}
			}
		})
	}
}

// TestPadsLeftAreRemovedByTheNextWrite: when the removal of the pads fails
// in a running process, the next write removes them first.
func TestPadsLeftAreRemovedByTheNextWrite(t *testing.T) {
	s := openTest(t, diskBackend())
	ctx := context.Background()
	en, no := schematest.English(), schematest.Norwegian()
	put(t, s, en)
	a, hash, qs := shrunk(en)
	testHookPadded = func() error { return errors.New("crash") }
	_, err := s.PutArticle(ctx, a, hash, qs)
	testHookPadded = nil
	if err == nil || len(padQuads(t, s)) == 0 {
		t.Fatalf("PutArticle: %v, %d pads; want an error and pads left", err, len(padQuads(t, s)))
	}
	put(t, s, no)
	if p := padQuads(t, s); len(p) != 0 {
		t.Errorf("the next write left %d pads", len(p))
	}
	sameQuads(t, s, no.IRI(vocab), no.Quads(vocab))
}
