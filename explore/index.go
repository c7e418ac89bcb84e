package explore

import (
	"context"
	"encoding/binary"
	"errors"

	cgraph "github.com/cayleygraph/cayley/graph"
	ckv "github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/cayley/graph/proto"
	"github.com/cayleygraph/cayley/graph/shape"
	"github.com/cayleygraph/quad"
	hkv "github.com/hidal-go/hidalgo/kv"

	"kg/graph"
)

// pairIndexes are the indexes of a Cayley KV store (bolt, leveldb) that
// find the quads of one node with one predicate: Cayley v0.7.7 creates
// stores with one keyed by subject then predicate and one keyed by object,
// predicate, subject. Reading a node's quads one predicate at a time
// through them reads only the quads asked for: an entity that a thousand
// articles mention is the subject of a thousand names, types and aliases,
// and the object of a thousand mentions, which a neighbourhood need not
// read. Other stores (memstore, postgres) read a node's quads whole.
type pairIndexes struct {
	qs      *ckv.QuadStore
	subject ckv.QuadIndex // subject, predicate, ...
	object  ckv.QuadIndex // object, predicate, ...
	db      hkv.KV        // the database under qs; nil if kg did not open it
}

// pairIndexesOf returns the pair indexes of qs, or nil if qs is not a KV
// store or lacks them (a store made by Cayley before v0.7.6). The indexes
// are those Cayley's own query planner picks for the same lookup.
func pairIndexesOf(qs cgraph.QuadStore) *pairIndexes {
	kqs, ok := cgraph.Unwrap(qs).(*ckv.QuadStore)
	if !ok {
		return nil
	}
	sub, ok1 := planned(kqs, quad.Subject)
	obj, ok2 := planned(kqs, quad.Object)
	if !ok1 || !ok2 {
		return nil
	}
	return &pairIndexes{qs: kqs, subject: sub, object: obj, db: graph.KVOf(qs)}
}

// planned is an index that leads with direction dir then the predicate,
// found by asking Cayley's planner which index it scans for quads with
// those two fixed (the subject-predicate index), or with the subject fixed
// as well: the planner scans an index only when every one of its
// directions is fixed, so it does not offer the object-predicate-subject
// index for an object and a predicate, though a prefix scan of it finds
// them.
func planned(qs *ckv.QuadStore, dir quad.Direction) (ckv.QuadIndex, bool) {
	one := ckv.Int64Value(1) // any node: the planner looks at the directions only
	filters := []map[quad.Direction]cgraph.Ref{
		{dir: one, quad.Predicate: one},
		{dir: one, quad.Predicate: one, quad.Subject: one, quad.Object: one},
	}
	for _, f := range filters {
		s, _ := qs.OptimizeShape(shape.QuadsAction{Result: dir, Filter: f})
		nf, ok := s.(shape.NodesFrom)
		if !ok {
			continue
		}
		scan, ok := nf.Quads.(ckv.IndexScan)
		if ok && len(scan.Index.Dirs) >= 2 && scan.Index.Dirs[0] == dir && scan.Index.Dirs[1] == quad.Predicate {
			return scan.Index, true
		}
	}
	return ckv.QuadIndex{}, false
}

// iterator returns an iterator over the quads with node in direction dir
// (quad.Subject or quad.Object) and predicate pred, or nil if the refs are
// not the store's.
func (p *pairIndexes) iterator(dir quad.Direction, node, pred cgraph.Ref) cgraph.Iterator {
	n, ok1 := node.(ckv.Int64Value)
	pr, ok2 := pred.(ckv.Int64Value)
	if !ok1 || !ok2 {
		return nil
	}
	ind := p.subject
	if dir == quad.Object {
		ind = p.object
	}
	return ckv.NewQuadIterator(p.qs, ind, []uint64{uint64(n), uint64(pr)})
}

// count is the number of quads in ind with the given value in each of its
// directions, read from the index without reading the quads. Cayley keeps
// a deleted quad in its indexes (marked deleted in its log), so this is an
// upper bound of the live quads, exact on a store nothing was deleted
// from. false if vals does not fix every direction of ind.
func (p *pairIndexes) count(ctx context.Context, ind ckv.QuadIndex, vals map[quad.Direction]cgraph.Ref) (int64, bool, error) {
	key := make([]uint64, len(ind.Dirs))
	for i, d := range ind.Dirs {
		v, ok := vals[d].(ckv.Int64Value)
		if !ok {
			return 0, false, nil
		}
		key[i] = uint64(v)
	}
	st, err := ckv.NewQuadIterator(p.qs, ind, key).AsShape().Stats(ctx)
	if errors.Is(err, hkv.ErrNotFound) {
		return 0, true, nil
	}
	if err != nil || !st.Size.Exact {
		return 0, false, err
	}
	return st.Size.Size, true, nil
}

// entries is the number of quads in ind whose leading directions have the
// values vals (a prefix of its key), read from the index alone, without
// the quads: an upper bound of the live quads, like count. false if the
// database under the store is not at hand.
func (p *pairIndexes) entries(ctx context.Context, ind ckv.QuadIndex, vals ...cgraph.Ref) (int64, bool, error) {
	if p.db == nil {
		return 0, false, nil
	}
	key, ok := indexKey(vals)
	if !ok {
		return 0, false, nil
	}
	var total int64
	err := hkv.View(p.db, func(tx hkv.Tx) error {
		it := tx.Scan(ind.Key(key))
		defer it.Close()
		for it.Next(ctx) {
			if err := eachID(it.Val(), func(uint64) bool { total++; return true }); err != nil {
				return err
			}
		}
		return it.Err()
	})
	if err != nil {
		return 0, false, err
	}
	return total, true, nil
}

// logBucket is where Cayley v0.7.7's KV layer keeps its quads, by ID
// (graph/kv/indexing.go: logIndex, uint64KeyBytes).
var logBucket = []byte("log")

// eachUntil calls fn with the live quads of ind whose directions have the
// values vals (all of them), in index order, reading each quad only when
// fn asks for the next, until fn returns false. Cayley's own iterator reads
// a hundred quads at a time: too many where one settles the question.
// false if the database is not at hand.
func (p *pairIndexes) eachUntil(ctx context.Context, ind ckv.QuadIndex, vals []cgraph.Ref, fn func(q cgraph.Ref) bool) (bool, error) {
	if p.db == nil || len(vals) != len(ind.Dirs) {
		return false, nil
	}
	key, ok := indexKey(vals)
	if !ok {
		return false, nil
	}
	err := hkv.View(p.db, func(tx hkv.Tx) error {
		ids, err := tx.Get(ctx, ind.Key(key))
		if errors.Is(err, hkv.ErrNotFound) {
			return nil
		}
		if err != nil {
			return err
		}
		var ferr error
		err = eachID(ids, func(id uint64) bool {
			idKey := make([]byte, 8)
			binary.BigEndian.PutUint64(idKey, id)
			raw, err := tx.Get(ctx, hkv.Key{logBucket, idKey})
			if errors.Is(err, hkv.ErrNotFound) {
				return true
			}
			var q proto.Primitive
			if err == nil {
				err = q.Unmarshal(raw)
			}
			if err != nil {
				ferr = err
				return false
			}
			return q.Deleted || fn(&q)
		})
		if err == nil {
			err = ferr
		}
		return err
	})
	return err == nil, err
}

// indexKey is the index key values of refs, false if one is not a node of
// a KV store.
func indexKey(refs []cgraph.Ref) ([]uint64, bool) {
	key := make([]uint64, len(refs))
	for i, v := range refs {
		n, ok := v.(ckv.Int64Value)
		if !ok {
			return nil, false
		}
		key[i] = uint64(n)
	}
	return key, true
}

// eachID calls fn with the quad IDs an index entry's value lists (as
// uvarints), until fn returns false.
func eachID(b []byte, fn func(id uint64) bool) error {
	for len(b) > 0 {
		id, n := binary.Uvarint(b)
		if n <= 0 {
			return errors.New("corrupt index entry")
		}
		if !fn(id) {
			return nil
		}
		b = b[n:]
	}
	return nil
}
