// Package graph is kg's Cayley store: open a backend from configuration,
// write articles atomically (one or a batch per transaction), replace or
// delete an article, count what is there.
//
// It owns every write to the store and the store's index layout. It must
// not parse input, run extraction or decide the vocabulary (that is
// schema's).
//
// Each article is one named graph: all its quads carry the article IRI as
// label (see package schema for the layout). Cayley indexes quads by
// subject and by object only, so kg adds a label index (KV stores it
// creates, and postgres); the work of replacing or deleting an article is
// then proportional to the article, not to how many other articles share
// its entities. In a store without it (made by an older kg or by Cayley)
// the store finds an article's quads from the article node: the article
// itself, the entities it kg:mentions, and the statement and claim nodes
// that point back at it with kg:article. schema guarantees that every quad
// of the article has one of those as its subject.
package graph

import (
	"context"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/boltdb/bolt"
	cgraph "github.com/cayleygraph/cayley/graph"
	ckv "github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/quad"
	hkv "github.com/hidal-go/hidalgo/kv"
	hbolt "github.com/hidal-go/hidalgo/kv/bolt"

	"kg/schema"
)

// Config says which store to open.
type Config struct {
	Backend string // "bolt" (default), "leveldb", "memory", "postgres"
	Path    string // directory for bolt/leveldb
	Address string // connection string for postgres
	Vocab   schema.Vocab
}

// Store is an open kg store. Its methods are safe for concurrent use;
// writes are serialised.
type Store struct {
	cfg   Config
	name  string // "bolt store ./kg.db", for messages
	vocab schema.Vocab
	qs    cgraph.QuadStore
	qw    cgraph.QuadWriter
	// kvdb is the database under qs on bolt and leveldb (see reopenKV).
	kvdb hkv.KV
	// kvNodeBug: the backend is one of Cayley's KV stores, whose mixed
	// add/remove transactions need pads (see apply).
	kvNodeBug bool
	// padsLeft: a padded write failed before it removed its pads.
	padsLeft bool
	// padsRemoved counts the pads removePads found (Open's included).
	padsRemoved int
	// labelIndex: the backend finds the quads of one label through an
	// index (see addLabelIndex); stores created by older kg versions do not.
	labelIndex bool
	// bolt is the database under kvdb on bolt, for its statistics.
	bolt *bolt.DB
	// last describes the transactions of the last write.
	last WriteStats

	mu sync.Mutex // held across each read-modify-write of an article
}

// writerOptions: writing a quad that is there or removing one that is not
// is no error (PutArticles computes both from what it read).
var writerOptions = cgraph.Options{"ignore_duplicate": true, "ignore_missing": true}

// Outcome is what PutArticle did.
type Outcome int

const (
	Loaded    Outcome = iota // new article written
	Replaced                 // an older version was replaced
	Unchanged                // the same version was already there
)

// String returns "loaded", "replaced" or "unchanged".
func (o Outcome) String() string {
	switch o {
	case Loaded:
		return "loaded"
	case Replaced:
		return "replaced"
	case Unchanged:
		return "unchanged"
	}
	return fmt.Sprintf("Outcome(%d)", int(o))
}

// Open opens (creating on first use) the store cfg names. Errors are one
// line naming the store and what to fix: an unknown backend, a store path
// that is a file, a bolt store held by another kg process, an unreachable
// postgres server.
func Open(cfg Config) (*Store, error) {
	backend, err := backendOf(cfg.Backend)
	if err != nil {
		return nil, err
	}
	cfg.Backend = backend
	if cfg.Vocab.Base == "" {
		cfg.Vocab = schema.New("")
	}
	var (
		qs     cgraph.QuadStore
		kvdb   hkv.KV
		name   string
		labels bool
	)
	switch backend {
	case "bolt":
		name = "bolt store " + cfg.Path
		qs, kvdb, labels, err = openBolt(cfg.Path)
	case "leveldb":
		name = "leveldb store " + cfg.Path
		qs, kvdb, labels, err = openLevelDB(cfg.Path)
	case "memory":
		name = "memory store"
		qs, err = openMemory()
		labels = true // memstore indexes every direction
	case "postgres":
		name = "postgres store " + redactAddress(cfg.Address)
		qs, err = openPostgres(cfg.Address)
		labels = true // kg_label_index
	}
	if err != nil {
		return nil, err
	}
	qw, err := cgraph.NewQuadWriter("single", qs, writerOptions)
	if err != nil {
		qs.Close()
		return nil, fmt.Errorf("%s: cannot create a writer: %v", name, err)
	}
	s := &Store{cfg: cfg, name: name, vocab: cfg.Vocab, qs: qs, qw: qw, kvdb: kvdb, labelIndex: labels,
		kvNodeBug: backend == "bolt" || backend == "leveldb"}
	if db, ok := kvdb.(*hbolt.DB); ok {
		s.bolt = db.DB()
	}
	if kvdb != nil {
		kvOf.Store(qs, kvdb)
	}
	if s.kvNodeBug {
		// A process killed inside a replacement may have left pads
		// (see apply); nothing reads the store before they are gone.
		if err := s.removePads(context.Background()); err != nil {
			s.Close()
			return nil, err
		}
	}
	return s, nil
}

// Close releases the store (and, for bolt and leveldb, its lock).
func (s *Store) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.qs == nil {
		return nil
	}
	kvOf.Delete(s.qs)
	werr := s.qw.Close()
	err := s.qs.Close()
	s.qs, s.qw = nil, nil
	if err == nil {
		err = werr
	}
	if err != nil {
		return fmt.Errorf("%s: close: %v", s.name, err)
	}
	return nil
}

// QuadStore is the underlying Cayley store, for queries. Callers must not
// write to it: every write goes through Store.
func (s *Store) QuadStore() cgraph.QuadStore { return s.qs }

// Vocab is the vocabulary the store was opened with.
func (s *Store) Vocab() schema.Vocab { return s.vocab }

// Name describes the store for messages, e.g. "bolt store ./kg.db".
func (s *Store) Name() string { return s.name }

// Backend is the backend name: "bolt", "leveldb", "memory" or "postgres".
func (s *Store) Backend() string { return s.cfg.Backend }

// WriteStats describes the transactions of one write (PutArticles,
// PutArticle or DeleteArticle).
type WriteStats struct {
	Transactions int
	Quads        int // quads added and removed
	// PageBytes is how many bytes of database pages the transactions
	// rewrote, on bolt (0 on other backends). Bolt holds a copy of every
	// B-tree node a write transaction changes until it commits, so this
	// is about the memory the transaction took; on a store that grows it
	// grows for the same number of quads, as the quads land on more
	// distinct pages.
	PageBytes int64
}

// LastWrite describes the last write's transactions.
func (s *Store) LastWrite() WriteStats {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.last
}

// PutArticle writes an article's quads (all labelled with the article IRI) in
// one transaction, replacing any other version of the same article. hash is
// the article's content hash: if the stored version has it, nothing is written.
//
// Replacing removes only the old quads the new version lacks and adds only
// the new ones, so unchanged facts are never removed and re-added.
func (s *Store) PutArticle(ctx context.Context, article quad.IRI, hash string, quads []quad.Quad) (Outcome, error) {
	out, err := s.PutArticles(ctx, []ArticleVersion{{IRI: article, Hash: hash, Quads: quads}})
	if err != nil {
		return Unchanged, err
	}
	return out[0], nil
}

// ArticleVersion is one version of an article for PutArticles: its IRI, its
// content hash and its quads, all labelled with the IRI.
type ArticleVersion struct {
	IRI   quad.IRI
	Hash  string
	Quads []quad.Quad
}

// PutArticles does what PutArticle does for several articles, in input
// order, writing them together in one transaction (one per repeat when the
// same article comes twice; on bolt and leveldb a replacement is followed
// by a second, removal-only transaction that drops the pads described at
// apply). Each article is either fully written or not at all, even if the
// process dies; outcomes[i] is what happened to articles[i].
//
// On an error no outcome is returned and the batch may be partly written
// (at transaction boundaries); write the articles one by one with
// PutArticle to find the one that fails.
func (s *Store) PutArticles(ctx context.Context, articles []ArticleVersion) ([]Outcome, error) {
	for _, a := range articles {
		if err := s.validate(a.IRI, a.Hash, a.Quads); err != nil {
			return nil, err
		}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.last = WriteStats{}
	if err := s.unpad(ctx); err != nil {
		return nil, err
	}
	outcomes := make([]Outcome, len(articles))
	var (
		removes, adds []quad.Quad
		pending       = make(map[quad.IRI]bool) // articles in removes/adds
	)
	flush := func() error {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := s.apply(removes, adds); err != nil {
			return fmt.Errorf("%s: %s: %w", s.name, describeWrite(pending), err)
		}
		removes, adds = removes[:0], adds[:0]
		clear(pending)
		return nil
	}
	for i, a := range articles {
		if pending[a.IRI] {
			// The stored state must include the earlier version first.
			if err := flush(); err != nil {
				return nil, err
			}
		}
		out, r, w, err := s.diff(ctx, a)
		if err != nil {
			return nil, err
		}
		outcomes[i] = out
		if len(r)+len(w) > 0 {
			removes, adds = append(removes, r...), append(adds, w...)
			pending[a.IRI] = true
		}
	}
	if err := flush(); err != nil {
		return nil, err
	}
	return outcomes, nil
}

// describeWrite names the articles of a failed write for its error message.
func describeWrite(pending map[quad.IRI]bool) string {
	if len(pending) == 1 {
		for iri := range pending {
			return "write article " + iri.String()
		}
	}
	return fmt.Sprintf("write %d articles", len(pending))
}

// diff compares article a with its stored version: the outcome, the stored
// quads to remove and the new quads to add (both in a deterministic order).
func (s *Store) diff(ctx context.Context, a ArticleVersion) (Outcome, []quad.Quad, []quad.Quad, error) {
	own, err := s.subjectQuads(ctx, a.IRI, a.IRI)
	if err != nil {
		return Unchanged, nil, nil, err
	}
	if a.Hash != "" && len(own) > 0 && storedHash(s.vocab, own) == a.Hash {
		return Unchanged, nil, nil, nil
	}
	want := make(map[string]quad.Quad, len(a.Quads)+1)
	for _, q := range a.Quads {
		want[schema.QuadKey(q)] = q
	}
	if a.Hash != "" {
		hq := quad.Quad{Subject: a.IRI, Predicate: s.vocab.Term(schema.TermHash), Object: quad.String(a.Hash), Label: a.IRI}
		want[schema.QuadKey(hq)] = hq
	}
	if len(own) == 0 {
		// A new article: the article node is the root of every quad it
		// labels (see articleQuads), so nothing else of it is stored.
		adds := make([]quad.Quad, 0, len(want))
		for _, k := range sortedKeys(want) {
			adds = append(adds, want[k])
		}
		return Loaded, nil, adds, nil
	}
	old, err := s.articleQuads(ctx, a.IRI, own)
	if err != nil {
		return Unchanged, nil, nil, err
	}
	var removes, adds []quad.Quad
	for _, k := range sortedKeys(old) { // sorted: deterministic writes
		if _, keep := want[k]; !keep {
			removes = append(removes, old[k])
		}
	}
	for _, k := range sortedKeys(want) {
		if _, have := old[k]; !have {
			adds = append(adds, want[k])
		}
	}
	return Replaced, removes, adds, nil
}

// DeleteArticle removes every quad the article contributed; it returns how
// many quads were removed (0 if the article is not in the store). Quads of
// other articles, including their facts about shared entities, stay.
func (s *Store) DeleteArticle(ctx context.Context, article quad.IRI) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.last = WriteStats{}
	if err := s.unpad(ctx); err != nil {
		return 0, err
	}
	old, err := s.articleQuads(ctx, article, nil)
	if err != nil || len(old) == 0 {
		return 0, err
	}
	removes := make([]quad.Quad, 0, len(old))
	for _, k := range sortedKeys(old) {
		removes = append(removes, old[k])
	}
	if err := s.apply(removes, nil); err != nil {
		return 0, fmt.Errorf("%s: delete article %s: %v", s.name, article, err)
	}
	return len(old), nil
}

// apply removes and adds quads (no quad in both) in one transaction.
//
// On a KV backend (bolt, leveldb) that transaction must dodge Cayley
// v0.7.7's node bug (graph/kv/indexing.go): graphlog.SplitDeltas sums the
// reference changes of every node over the transaction, and
// applyAddDeltas resolves the IDs of only the nodes whose sum is >= 0
// (IncNode); an added quad that uses a node with a net loss (in DecNode:
// the article's label node whenever the new version is smaller) is stored
// with that direction missing. So apply adds pad quads (see padsFor) that
// give every node of an added quad a net gain of at least zero, in the
// same transaction, and removes them in a second one that only removes
// (which the bug cannot touch). The replacement itself is thus one
// transaction, all or nothing: a process killed between the two leaves
// only the pads, which Open removes (removePads) before anything reads the
// store.
func (s *Store) apply(removes, adds []quad.Quad) error {
	if len(removes) == 0 && len(adds) == 0 {
		return nil
	}
	if !s.kvNodeBug || len(removes) == 0 || len(adds) == 0 {
		return s.applyOne(removes, adds)
	}
	pads := padsFor(removes, adds)
	if len(pads) == 0 {
		return s.applyOne(removes, adds)
	}
	padded := append(append(make([]quad.Quad, 0, len(adds)+len(pads)), adds...), pads...)
	if losesNodeOfAddedQuad(removes, padded) {
		// Only if removed quads use the pads' own IRIs (kg never writes
		// them): fall back to removing, then adding. A kill between the
		// two leaves the article without its kg:hash, and the next
		// build rewrites it.
		if err := s.applyOne(removes, nil); err != nil {
			return err
		}
		return s.applyOne(nil, adds)
	}
	if err := s.applyOne(removes, padded); err != nil {
		return err
	}
	if testHookPadded != nil {
		if err := testHookPadded(); err != nil {
			s.padsLeft = true
			return err
		}
	}
	if err := s.applyOne(pads, nil); err != nil {
		s.padsLeft = true // the next write (see unpad), or the next Open, tries again
		return fmt.Errorf("remove %d pad quads: %v", len(pads), err)
	}
	return nil
}

// PadsRemoved is how many pad quads (see apply) left by an interrupted
// write this Store has removed, when it was opened or since; for tests and
// diagnostics.
func (s *Store) PadsRemoved() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.padsRemoved
}

// testHookPadded, if set (by tests), runs between the two transactions of
// a padded replacement; an error stops apply there, as a crash would.
var testHookPadded func() error

// padObject is the object of the pad quads apply writes around a KV
// replacement: <N> <N> <kg:pad/I> <N> for I = 1..ceil(k/3), where node N
// would otherwise lose k references (each pad gives it three). kg:pad/I
// does not depend on base_iri, no article quad has it (nor a subject that
// is also its predicate), and nothing but apply writes it; N-Quads could
// not even hold a pad whose N is a literal, but Cayley's KV stores take
// any value in any direction.
func padObject(i int) quad.IRI { return quad.IRI("kg:pad/" + strconv.Itoa(i)) }

// isPad reports whether q is a pad quad.
func isPad(q quad.Quad) bool {
	o, ok := q.Object.(quad.IRI)
	if !ok || !strings.HasPrefix(string(o), "kg:pad/") || q.Subject == nil || q.Predicate == nil || q.Label == nil {
		return false
	}
	h := cgraph.HashOf(q.Subject)
	return cgraph.HashOf(q.Predicate) == h && cgraph.HashOf(q.Label) == h
}

// padsFor returns the pad quads that give every node used by an added quad
// a net reference change >= 0 over the transaction (see padObject). The
// pads' objects only gain references.
func padsFor(removes, adds []quad.Quad) []quad.Quad {
	net := netRefs(removes, adds)
	var pads []quad.Quad
	done := make(map[cgraph.ValueHash]bool)
	for _, q := range adds {
		for _, dir := range quad.Directions {
			v := q.Get(dir)
			if v == nil {
				continue
			}
			h := cgraph.HashOf(v)
			if net[h] >= 0 || done[h] {
				continue
			}
			done[h] = true
			for i := 1; i <= (-net[h]+2)/3; i++ {
				pads = append(pads, quad.Quad{Subject: v, Predicate: v, Object: padObject(i), Label: v})
			}
		}
	}
	return pads
}

// unpad is where every write starts (with s.mu held): it fails on a closed
// store, and removes the pads a failed write left (see apply) before the
// article's stored quads are read.
func (s *Store) unpad(ctx context.Context) error {
	if s.qs == nil {
		return fmt.Errorf("%s: store is closed", s.name)
	}
	if s.padsLeft {
		return s.removePads(ctx)
	}
	return nil
}

// removePads removes the pad quads a replacement left behind when the
// process died (or the second transaction failed) between apply's two
// transactions. On a store without pads it costs one node lookup: the
// objects kg:pad/1, kg:pad/2, ... exist as long as pads use them, and
// every padded node has a pad for each of 1..I.
func (s *Store) removePads(ctx context.Context) error {
	var pads []quad.Quad
	for i := 1; s.qs.ValueOf(padObject(i)) != nil; i++ {
		err := s.eachQuad(ctx, quad.Object, padObject(i), func(q quad.Quad) {
			if isPad(q) {
				pads = append(pads, q)
			}
		})
		if err != nil {
			return err
		}
	}
	if len(pads) > 0 {
		if err := s.applyOne(pads, nil); err != nil {
			return fmt.Errorf("%s: remove %d pad quads left by an interrupted write: %v", s.name, len(pads), err)
		}
	}
	s.padsRemoved += len(pads)
	s.padsLeft = false
	return nil
}

// applyOne applies one transaction. On bolt and leveldb a transaction that
// fails (or panics) is rolled back, but Cayley's KV layer has already
// cached the IDs of the nodes it created (graph/kv/indexing.go: indexNode,
// valueLRU): later writes would use those IDs and store quads that point
// at nodes that do not exist. So after a failure the store drops Cayley's
// store for a new one over the same database (reopenKV).
func (s *Store) applyOne(removes, adds []quad.Quad) (err error) {
	if s.kvdb != nil {
		defer func() {
			if r := recover(); r != nil {
				s.reopenKV()
				panic(r)
			}
			if err != nil {
				if rerr := s.reopenKV(); rerr != nil {
					err = fmt.Errorf("%v; then %v", err, rerr)
				}
			}
		}()
	}
	tx := cgraph.NewTransactionN(len(removes) + len(adds))
	for _, q := range removes {
		tx.RemoveQuad(q)
	}
	for _, q := range adds {
		tx.AddQuad(q)
	}
	var before bolt.TxStats
	if s.bolt != nil {
		before = s.bolt.Stats().TxStats
	}
	err = s.qw.ApplyTransaction(tx)
	s.last.Transactions++
	s.last.Quads += len(removes) + len(adds)
	if s.bolt != nil {
		s.last.PageBytes += int64(s.bolt.Stats().TxStats.PageAlloc - before.PageAlloc)
	}
	return err
}

// reopenKV replaces Cayley's KV store (and its caches) with a new one over
// the same database, after a failed transaction (see applyOne). The old
// one is not closed: that would close the database.
func (s *Store) reopenKV() error {
	qs, err := ckv.New(s.kvdb, kvOptions)
	if err != nil {
		return fmt.Errorf("cannot reopen the store after a failed write: %v", err)
	}
	qw, err := cgraph.NewQuadWriter("single", qs, writerOptions)
	if err != nil {
		return fmt.Errorf("cannot reopen the store after a failed write: %v", err)
	}
	kvOf.Delete(s.qs)
	kvOf.Store(qs, s.kvdb)
	s.qs, s.qw = qs, qw
	return nil
}

// netRefs sums, per node, how many references the removed and added quads
// take from and give to it.
func netRefs(removes, adds []quad.Quad) map[cgraph.ValueHash]int {
	net := make(map[cgraph.ValueHash]int)
	count := func(qs []quad.Quad, d int) {
		for _, q := range qs {
			for _, dir := range quad.Directions {
				if v := q.Get(dir); v != nil {
					net[cgraph.HashOf(v)] += d
				}
			}
		}
	}
	count(adds, +1)
	count(removes, -1)
	return net
}

// losesNodeOfAddedQuad reports whether some node used by an added quad is
// used by more removed quads than added ones (the trigger of the KV bug
// described at apply).
func losesNodeOfAddedQuad(removes, adds []quad.Quad) bool {
	net := netRefs(removes, adds)
	for _, q := range adds {
		for _, dir := range quad.Directions {
			if v := q.Get(dir); v != nil && net[cgraph.HashOf(v)] < 0 {
				return true
			}
		}
	}
	return false
}

// ArticleInfo describes one stored article.
type ArticleInfo struct {
	IRI    quad.IRI `json:"iri"`
	ID     string   `json:"id"`
	Source string   `json:"source,omitempty"`
	Title  string   `json:"title,omitempty"`
	Date   string   `json:"date,omitempty"`
	Hash   string   `json:"hash,omitempty"`
	Quads  int      `json:"quads"` // quads the article contributed
}

// Articles lists the stored articles, sorted by ID.
func (s *Store) Articles(ctx context.Context) ([]ArticleInfo, error) {
	iris, err := s.articleNodes(ctx)
	if err != nil {
		return nil, err
	}
	out := make([]ArticleInfo, 0, len(iris))
	for _, a := range iris {
		info, err := s.articleInfo(ctx, a)
		if err != nil {
			return nil, err
		}
		out = append(out, info)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].ID != out[j].ID {
			return out[i].ID < out[j].ID
		}
		return out[i].IRI < out[j].IRI
	})
	return out, nil
}

// Article describes one stored article; false if it is not in the store.
func (s *Store) Article(ctx context.Context, article quad.IRI) (ArticleInfo, bool, error) {
	ok, err := s.isArticle(ctx, article)
	if err != nil || !ok {
		return ArticleInfo{}, false, err
	}
	info, err := s.articleInfo(ctx, article)
	return info, err == nil, err
}

// FindArticle finds a stored article by its ID (kg:id), its source
// (kg:source, e.g. "feed.xml#3") or its IRI (with or without angle
// brackets). It reports false if none matches, and an error if several
// articles match a source.
func (s *Store) FindArticle(ctx context.Context, idOrIRI string) (quad.IRI, bool, error) {
	if idOrIRI == "" {
		return "", false, nil
	}
	if v := quad.StringToValue(idOrIRI); v != nil {
		if iri, isIRI := v.(quad.IRI); isIRI {
			ok, err := s.isArticle(ctx, iri)
			return iri, ok && err == nil, err
		}
	}
	if ok, err := s.isArticle(ctx, quad.IRI(idOrIRI)); err != nil || ok {
		return quad.IRI(idOrIRI), ok, err
	}
	// The IRI is derived from the ID, so try that first: one lookup.
	derived := s.vocab.Article(idOrIRI)
	if ok, err := s.isArticle(ctx, derived); err != nil || ok {
		return derived, ok, err
	}
	for _, term := range []string{schema.TermID, schema.TermSource} {
		var found []quad.IRI
		pred := s.vocab.Term(term)
		err := s.eachQuad(ctx, quad.Object, quad.String(idOrIRI), func(q quad.Quad) {
			if iri, ok := q.Subject.(quad.IRI); ok && q.Predicate == pred && q.Label == q.Subject {
				found = appendUnique(found, iri)
			}
		})
		if err != nil {
			return "", false, err
		}
		switch {
		case len(found) == 1:
			return found[0], true, nil
		case len(found) > 1:
			return "", false, fmt.Errorf("%s: %d articles have %s %q (%v); name one by its IRI", s.name, len(found), term, idOrIRI, found)
		}
	}
	return "", false, nil
}

// QuadCount counts the live quads in the store by iterating all of them
// (exact, unlike the backend's Stats estimate).
func (s *Store) QuadCount(ctx context.Context) (int64, error) {
	it := s.qs.QuadsAllIterator()
	defer it.Close()
	var n int64
	for it.Next(ctx) {
		n++
	}
	return n, it.Err()
}

// ScanLabel returns every quad labelled label by scanning the whole store.
// It is slow on big stores and meant for checks and tests (it does not rely
// on the label index that deletion uses).
func (s *Store) ScanLabel(ctx context.Context, label quad.Value) ([]quad.Quad, error) {
	it := s.qs.QuadsAllIterator()
	defer it.Close()
	var out []quad.Quad
	for it.Next(ctx) {
		if q := s.qs.Quad(it.Result()); q.Label == label {
			out = append(out, q)
		}
	}
	return out, it.Err()
}

// validate checks that every quad is complete and labelled with the
// article, and that a kg:hash among them agrees with hash.
func (s *Store) validate(article quad.IRI, hash string, quads []quad.Quad) error {
	if article == "" {
		return fmt.Errorf("%s: article IRI is empty", s.name)
	}
	hashPred := s.vocab.Term(schema.TermHash)
	for _, q := range quads {
		if q.Label != article {
			return fmt.Errorf("%s: article %s: quad %v is labelled %v, want the article IRI", s.name, article, q, q.Label)
		}
		if !q.IsValid() {
			return fmt.Errorf("%s: article %s: incomplete quad %v", s.name, article, q)
		}
		if hash != "" && q.Subject == article && q.Predicate == hashPred && q.Object != quad.String(hash) {
			return fmt.Errorf("%s: article %s: quads carry hash %v but PutArticle was given %q", s.name, article, q.Object, hash)
		}
	}
	return nil
}

// articleQuads finds every quad labelled article without scanning the
// store: through the label index where the store has one, else from the
// quads of the article node, of the entities it mentions and of the nodes
// that point at it with kg:article, keeping those with the article's label
// (which reads the quads every other article has on the same entities).
// own, if not nil, are the article node's quads already read.
func (s *Store) articleQuads(ctx context.Context, article quad.IRI, own []quad.Quad) (map[string]quad.Quad, error) {
	if s.labelIndex {
		out := make(map[string]quad.Quad)
		err := s.eachQuad(ctx, quad.Label, article, func(q quad.Quad) {
			out[schema.QuadKey(q)] = q
		})
		return out, err
	}
	if own == nil {
		var err error
		if own, err = s.subjectQuads(ctx, article, article); err != nil {
			return nil, err
		}
	}
	out := make(map[string]quad.Quad)
	var subjects []quad.Value
	seen := map[quad.Value]bool{article: true}
	mentions := s.vocab.Term(schema.TermMentions)
	for _, q := range own {
		out[schema.QuadKey(q)] = q
		if q.Predicate == mentions && !seen[q.Object] {
			seen[q.Object] = true
			subjects = append(subjects, q.Object)
		}
	}
	back := s.vocab.Term(schema.TermArticle)
	err := s.eachQuad(ctx, quad.Object, article, func(q quad.Quad) {
		if q.Predicate == back && q.Label == article && !seen[q.Subject] {
			seen[q.Subject] = true
			subjects = append(subjects, q.Subject)
		}
	})
	if err != nil {
		return nil, err
	}
	for _, subj := range subjects {
		qs, err := s.subjectQuads(ctx, subj, article)
		if err != nil {
			return nil, err
		}
		for _, q := range qs {
			out[schema.QuadKey(q)] = q
		}
	}
	return out, nil
}

// subjectQuads returns the quads with subject subj and label label. An
// entity mentioned by many articles is the subject of quads from each of
// them: the label is compared by reference, so only the quads of this
// article have their values read.
func (s *Store) subjectQuads(ctx context.Context, subj quad.Value, label quad.Value) ([]quad.Quad, error) {
	sref, lref := s.qs.ValueOf(subj), s.qs.ValueOf(label)
	if sref == nil || lref == nil {
		return nil, nil
	}
	lkey := cgraph.ToKey(lref)
	it := s.qs.QuadIterator(quad.Subject, sref)
	defer it.Close()
	var out []quad.Quad
	for it.Next(ctx) {
		r := it.Result()
		if cgraph.ToKey(s.qs.QuadDirection(r, quad.Label)) == lkey {
			out = append(out, s.qs.Quad(r))
		}
	}
	if err := it.Err(); err != nil {
		return nil, fmt.Errorf("%s: read: %v", s.name, err)
	}
	return out, ctx.Err()
}

// eachQuad calls fn for every live quad with v in direction dir.
func (s *Store) eachQuad(ctx context.Context, dir quad.Direction, v quad.Value, fn func(quad.Quad)) error {
	ref := s.qs.ValueOf(v)
	if ref == nil {
		return nil
	}
	it := s.qs.QuadIterator(dir, ref)
	defer it.Close()
	for it.Next(ctx) {
		fn(s.qs.Quad(it.Result()))
	}
	if err := it.Err(); err != nil {
		return fmt.Errorf("%s: read: %v", s.name, err)
	}
	return ctx.Err()
}

// articleNodes returns the nodes typed kg:Article in their own graph.
func (s *Store) articleNodes(ctx context.Context) ([]quad.IRI, error) {
	typ := s.vocab.Term(schema.TermType)
	var out []quad.IRI
	err := s.eachQuad(ctx, quad.Object, s.vocab.Term(schema.ClassArticle), func(q quad.Quad) {
		if iri, ok := q.Subject.(quad.IRI); ok && q.Predicate == typ && q.Label == q.Subject {
			out = appendUnique(out, iri)
		}
	})
	return out, err
}

func (s *Store) isArticle(ctx context.Context, iri quad.IRI) (bool, error) {
	typ, class := s.vocab.Term(schema.TermType), s.vocab.Term(schema.ClassArticle)
	found := false
	err := s.eachQuad(ctx, quad.Subject, iri, func(q quad.Quad) {
		found = found || (q.Predicate == typ && q.Object == class && q.Label == iri)
	})
	return found, err
}

func (s *Store) articleInfo(ctx context.Context, article quad.IRI) (ArticleInfo, error) {
	info := ArticleInfo{IRI: article}
	own, err := s.subjectQuads(ctx, article, article)
	if err != nil {
		return info, err
	}
	for _, q := range own {
		term, _ := s.vocab.TermOf(iriOf(q.Predicate))
		text := schema.Text(q.Object)
		switch term {
		case schema.TermID:
			info.ID = text
		case schema.TermSource:
			info.Source = text
		case schema.TermTitle:
			info.Title = text
		case schema.TermDate:
			info.Date = text
		case schema.TermHash:
			info.Hash = text
		}
	}
	all, err := s.articleQuads(ctx, article, own)
	info.Quads = len(all)
	return info, err
}

func storedHash(v schema.Vocab, own []quad.Quad) string {
	pred := v.Term(schema.TermHash)
	for _, q := range own {
		if q.Predicate == pred {
			return schema.Text(q.Object)
		}
	}
	return ""
}

func iriOf(v quad.Value) quad.IRI {
	iri, _ := v.(quad.IRI)
	return iri
}

func appendUnique(list []quad.IRI, iri quad.IRI) []quad.IRI {
	for _, x := range list {
		if x == iri {
			return list
		}
	}
	return append(list, iri)
}

func sortedKeys(m map[string]quad.Quad) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
