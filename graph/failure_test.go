package graph

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"sync/atomic"
	"testing"

	"github.com/cayleygraph/quad"
	hkv "github.com/hidal-go/hidalgo/kv"

	"kg/schema/schematest"
)

// faultyKV is a KV database whose write transactions fail at commit — with
// an error, or a panic — while fail is set: a full disk, or a bug below kg.
type faultyKV struct {
	hkv.KV
	fail atomic.Value // "", "error" or "panic"
}

func (db *faultyKV) Tx(rw bool) (hkv.Tx, error) {
	tx, err := db.KV.Tx(rw)
	if err != nil || !rw {
		return tx, err
	}
	return &faultyTx{Tx: tx, db: db}, nil
}

type faultyTx struct {
	hkv.Tx
	db *faultyKV
}

func (tx *faultyTx) Commit(ctx context.Context) error {
	switch tx.db.fail.Load() {
	case "error":
		return errors.New("disk full")
	case "panic":
		panic("storage bug")
	}
	return tx.Tx.Commit(ctx)
}

// TestFailedWriteLeavesStoreUsable makes the transaction that writes an
// article fail at commit (an error, then a panic) on bolt and leveldb: the
// article is not written, the article already there is untouched, and
// writing the article again afterwards stores it whole. (Cayley's KV layer
// caches the IDs of the nodes a transaction creates; after a rollback
// those IDs are stale, and writes that used them stored quads pointing at
// nodes that do not exist, until the store drops Cayley's caches; see
// reopenKV.)
func TestFailedWriteLeavesStoreUsable(t *testing.T) {
	for _, backend := range []string{"bolt", "leveldb"} {
		for _, how := range []string{"error", "panic"} {
			t.Run(backend+"/"+how, func(t *testing.T) {
				if backend == "bolt" {
					skipBoltUnderRace(t)
				}
				var db *faultyKV
				testWrapKV = func(kv hkv.KV) hkv.KV {
					db = &faultyKV{KV: kv}
					db.fail.Store("")
					return db
				}
				s, err := Open(Config{Backend: backend, Path: filepath.Join(t.TempDir(), "kg.db"), Vocab: vocab})
				testWrapKV = nil
				if err != nil {
					t.Fatal(err)
				}
				defer s.Close()
				ctx := context.Background()
				en, no := schematest.English(), schematest.Norwegian()
				put(t, s, en)
				before := count(t, s)

				db.fail.Store(how)
				err = func() (err error) {
					defer func() {
						if r := recover(); r != nil {
							err = fmt.Errorf("panic: %v", r)
						}
					}()
					_, err = s.PutArticle(ctx, no.IRI(vocab), no.Article.Hash, no.Quads(vocab))
					return err
				}()
				db.fail.Store("")
				if err == nil {
					t.Fatal("the failing write succeeded")
				}
				if n := count(t, s); n != before {
					t.Errorf("the failed write changed the quad count: %d -> %d", before, n)
				}
				sameQuads(t, s, en.IRI(vocab), en.Quads(vocab))

				if out := put(t, s, no); out != Loaded {
					t.Errorf("writing the article again: %v, want loaded", out)
				}
				sameQuads(t, s, no.IRI(vocab), no.Quads(vocab))
				sameQuads(t, s, en.IRI(vocab), en.Quads(vocab))
				if n, want := count(t, s), before+int64(len(no.Quads(vocab))); n != want {
					t.Errorf("%d quads, want %d", n, want)
				}
				for _, q := range no.Quads(vocab) {
					for _, v := range []quad.Value{q.Subject, q.Predicate, q.Object, q.Label} {
						if ref := s.qs.ValueOf(v); ref == nil || s.qs.NameOf(ref) == nil {
							t.Fatalf("node %v of a written quad cannot be read back", v)
						}
					}
				}
			})
		}
	}
}
