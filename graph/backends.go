package graph

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"time"

	"github.com/boltdb/bolt"
	cgraph "github.com/cayleygraph/cayley/graph"
	ckv "github.com/cayleygraph/cayley/graph/kv"
	_ "github.com/cayleygraph/cayley/graph/kv/bolt" // registers "bolt"
	_ "github.com/cayleygraph/cayley/graph/kv/leveldb"
	_ "github.com/cayleygraph/cayley/graph/memstore"
	_ "github.com/cayleygraph/cayley/graph/sql/postgres" // registers "postgres" and the lib/pq driver
	_ "github.com/cayleygraph/cayley/writer"             // registers the "single" quad writer
	"github.com/cayleygraph/quad"
	hkv "github.com/hidal-go/hidalgo/kv"
	hbolt "github.com/hidal-go/hidalgo/kv/bolt"
	"github.com/hidal-go/hidalgo/kv/flat"
	hleveldb "github.com/hidal-go/hidalgo/kv/flat/leveldb"
)

// Backends are the backends Open knows, in the order messages list them.
var Backends = []string{"bolt", "leveldb", "memory", "postgres"}

// cayleyName maps a kg backend name to the Cayley quad store it uses.
var cayleyName = map[string]string{
	"bolt":     "bolt",
	"leveldb":  "leveldb",
	"memory":   "memstore",
	"postgres": "postgres",
}

// LockWait is how long Open waits for a bolt store another process holds
// before giving up.
const LockWait = 1500 * time.Millisecond

// postgresConnectTimeout bounds the first connection to a postgres server.
const postgresConnectTimeout = 5 * time.Second

// boltFile is the database file inside a bolt store directory; the name is
// Cayley's, so `cayley` tools can open the same store.
const boltFile = "indexes.bolt"

func backendOf(name string) (string, error) {
	name = strings.ToLower(strings.TrimSpace(name))
	switch name {
	case "":
		name = "bolt"
	case "memstore", "mem":
		name = "memory"
	}
	cname, ok := cayleyName[name]
	if !ok {
		return "", fmt.Errorf("unknown store backend %q: use one of %s (store.backend)", name, strings.Join(Backends, ", "))
	}
	if !cgraph.IsRegistered(cname) {
		return "", fmt.Errorf("store backend %s (cayley %q) is not registered in this build; use one of %s (store.backend)",
			name, cname, strings.Join(registered(), ", "))
	}
	return name, nil
}

func registered() []string {
	var out []string
	for _, b := range Backends {
		if cgraph.IsRegistered(cayleyName[b]) {
			out = append(out, b)
		}
	}
	return out
}

// prepareDir checks that dir can hold a store and creates it if missing. A
// directory that exists must be empty (hidden files aside) or hold marker,
// the file every store of the backend has: kg does not put a store among
// other files (an articles folder, a home directory) by mistake.
func prepareDir(backend, dir, marker string) error {
	if dir == "" {
		return fmt.Errorf("%s store: no path given; set store.path (or --store-path) to a directory", backend)
	}
	fi, err := os.Stat(dir)
	switch {
	case err == nil && !fi.IsDir():
		return fmt.Errorf("%s store %s: path is a file, not a directory; set store.path to a directory (kg creates it on first use)", backend, dir)
	case err == nil:
		return checkStoreDir(backend, dir, marker)
	case errors.Is(err, os.ErrNotExist):
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return fmt.Errorf("%s store %s: cannot create the directory: %v", backend, dir, unwrapPath(err))
		}
		return nil
	default:
		return fmt.Errorf("%s store %s: %v", backend, dir, unwrapPath(err))
	}
}

// checkStoreDir fails if dir holds files but not marker.
func checkStoreDir(backend, dir, marker string) error {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return fmt.Errorf("%s store %s: %v", backend, dir, unwrapPath(err))
	}
	other := ""
	for _, e := range entries {
		switch {
		case e.Name() == marker:
			return nil
		case other == "" && !strings.HasPrefix(e.Name(), "."):
			other = e.Name()
		}
	}
	if other != "" {
		return fmt.Errorf("%s store %s: the directory holds other files (%s) and no %s store (no %s); set store.path to a new or empty directory, or to a kg store", backend, dir, other, backend, marker)
	}
	return nil
}

// openBolt opens the bolt store in dir, initialising it on first use.
// Cayley's registered bolt backend waits forever for the file lock, so the
// file is opened here with a lock timeout and handed to Cayley's KV layer
// (the same steps graph.InitQuadStore and graph.NewQuadStore("bolt") take).
func openBolt(dir string) (cgraph.QuadStore, hkv.KV, bool, error) {
	if err := prepareDir("bolt", dir, boltFile); err != nil {
		return nil, nil, false, err
	}
	file := filepath.Join(dir, boltFile)
	if fi, err := os.Stat(file); err == nil && fi.IsDir() {
		return nil, nil, false, fmt.Errorf("bolt store %s: %s is a directory; point store.path at a kg store directory", dir, file)
	}
	db, err := hbolt.Open(file, &bolt.Options{Timeout: LockWait})
	switch {
	case errors.Is(err, bolt.ErrTimeout):
		return nil, nil, false, fmt.Errorf("bolt store %s: another kg process holds it (the store is locked); stop that process or use another store.path", dir)
	case err != nil:
		return nil, nil, false, fmt.Errorf("bolt store %s: cannot open %s: %v", dir, boltFile, unwrapPath(err))
	}
	return openKV("bolt", dir, db)
}

// openKV initialises the Cayley KV store in db on first use, with the label
// index, and opens it. labels says whether the store has the label index;
// kv is the database Cayley's store uses (see Store.reopenKV).
func openKV(backend, dir string, db hkv.KV) (qs cgraph.QuadStore, kv hkv.KV, labels bool, err error) {
	if testWrapKV != nil {
		db = testWrapKV(db)
	}
	err = ckv.Init(db, nil)
	if err == nil {
		err = addLabelIndex(db)
	}
	if err != nil && !errors.Is(err, cgraph.ErrDatabaseExists) {
		db.Close()
		return nil, nil, false, fmt.Errorf("%s store %s: cannot initialise: %v", backend, dir, err)
	}
	labels, err = hasLabelIndex(db)
	if err != nil {
		db.Close()
		return nil, nil, false, fmt.Errorf("%s store %s: %v", backend, dir, err)
	}
	qs, err = ckv.New(db, kvOptions)
	if err != nil {
		db.Close()
		return nil, nil, false, fmt.Errorf("%s store %s: %v", backend, dir, err)
	}
	return qs, db, labels, nil
}

// testWrapKV, if set (by tests), wraps the database of every KV store
// opened, to inject failures.
var testWrapKV func(hkv.KV) hkv.KV

// kvOptions turn off the bloom filters of Cayley v0.7.7's KV layer. They
// are sized for 100 million entries whatever the store: opening any store
// scans its whole quad log into one (4 s and 340 MB for `kg query` on a
// 20,000-article store; 0.05 s and 29 MB without), and a build into a new
// store keeps four more (about 390 MB in all, 80 MB each): without them
// a 20,000-article build peaks at 388 MB of anonymous
// memory instead of 1,060 MB, for about a fifth more CPU time (mostly
// garbage collection: the heap is smaller, so it is collected more often).
// Cayley then looks nodes and quads up in the store, as it does for every
// store that is not new.
var kvOptions = cgraph.Options{ckv.OptNoBloom: true}

// labelIndex indexes quads by label. Cayley's KV stores index quads by
// subject and predicate and by object, predicate and subject only; with
// this index the quads of one article (one label) are found without
// reading those of every other article that mentions the same entities.
var labelIndex = ckv.QuadIndex{Dirs: []quad.Direction{quad.Label}}

// addLabelIndex adds labelIndex to the index list of a KV store that
// ckv.Init has just created (and that holds no quads yet). Cayley reads the
// list when it opens the store and keeps every index in it up to date.
// Stores created before kg had this index keep their list: kg then finds an
// article's quads from its nodes (see Store.articleQuads).
func addLabelIndex(db hkv.KV) error {
	list := append(append([]ckv.QuadIndex(nil), ckv.DefaultQuadIndexes...), labelIndex)
	data, err := json.Marshal(list)
	if err != nil {
		return err
	}
	return hkv.Update(context.Background(), db, func(tx hkv.Tx) error {
		if err := hkv.CreateBucket(context.Background(), tx, hkv.Key{labelIndexBucket}); err != nil {
			return err
		}
		return tx.Put(kvIndexesKey, data)
	})
}

// labelIndexBucket and kvIndexesKey are where Cayley v0.7.7's KV layer
// keeps the label index and the index list (graph/kv/indexing.go:
// QuadIndex.bucket, keyMetaIndexes).
var (
	labelIndexBucket = []byte{quad.Label.Prefix()}
	kvIndexesKey     = hkv.Key{[]byte("meta"), []byte("indexes")}
)

// hasLabelIndex reports whether the KV store in db has labelIndex.
func hasLabelIndex(db hkv.KV) (bool, error) {
	var data []byte
	err := hkv.View(db, func(tx hkv.Tx) error {
		v, err := tx.Get(context.Background(), kvIndexesKey)
		if errors.Is(err, hkv.ErrNotFound) {
			return nil
		}
		data = v
		return err
	})
	if err != nil || data == nil {
		return false, err
	}
	var list []ckv.QuadIndex
	if err := json.Unmarshal(data, &list); err != nil {
		return false, fmt.Errorf("cannot decode the index list: %v", err)
	}
	for _, ind := range list {
		if len(ind.Dirs) == 1 && ind.Dirs[0] == quad.Label {
			return true, nil
		}
	}
	return false, nil
}

// openLevelDB opens the leveldb store in dir, initialising it on first use
// (with the label index, like bolt). leveldb fails at once (no waiting)
// when another process holds the store.
func openLevelDB(dir string) (cgraph.QuadStore, hkv.KV, bool, error) {
	if err := prepareDir("leveldb", dir, "CURRENT"); err != nil {
		return nil, nil, false, err
	}
	// What Cayley's registered "leveldb" backend opens (hidalgo's flat
	// leveldb), opened here to set up the label index on first use.
	db, err := hleveldb.OpenPath(dir)
	if err != nil {
		if isLockHeld(err) {
			return nil, nil, false, fmt.Errorf("leveldb store %s: another kg process holds it (the store is locked); stop that process or use another store.path", dir)
		}
		return nil, nil, false, fmt.Errorf("leveldb store %s: %v", dir, unwrapPath(err))
	}
	return openKV("leveldb", dir, flat.Upgrade(db))
}

func openMemory() (cgraph.QuadStore, error) {
	qs, err := cgraph.NewQuadStore("memstore", "", nil)
	if err != nil {
		return nil, fmt.Errorf("memory store: %v", err)
	}
	return qs, nil
}

// openPostgres connects to the server first (with a timeout) so that an
// unreachable server gives one clear error, then creates Cayley's tables on
// first use. Creating them is serialised between kg processes with an
// advisory lock: two processes opening a new database at once would
// otherwise both try to create the tables, and one would fail.
func openPostgres(addr string) (cgraph.QuadStore, error) {
	if strings.TrimSpace(addr) == "" {
		return nil, errors.New("postgres store: no connection string; set store.address (or --store-address), e.g. postgres://user@localhost:5432/kg?sslmode=disable")
	}
	name := "postgres store " + redactAddress(addr)
	db, err := sql.Open("postgres", addr)
	if err != nil {
		return nil, fmt.Errorf("%s: bad connection string: %v; fix store.address", name, err)
	}
	defer db.Close()
	ctx, cancel := context.WithTimeout(context.Background(), postgresConnectTimeout)
	defer cancel()
	conn, err := db.Conn(ctx)
	if err != nil {
		return nil, fmt.Errorf("%s: cannot connect: %v; check store.address and that the server is running", name, oneLine(err))
	}
	defer conn.Close()
	var quadsTable sql.NullString
	locked := false
	_, err = conn.ExecContext(ctx, `SELECT pg_advisory_lock($1)`, postgresInitLock)
	if err == nil {
		locked = true
		// Cayley logs an error when asked to create tables that exist.
		err = conn.QueryRowContext(ctx, `SELECT to_regclass('quads')::text`).Scan(&quadsTable)
	}
	if err == nil && !quadsTable.Valid {
		if ierr := cgraph.InitQuadStore("postgres", addr, nil); ierr != nil && !errors.Is(ierr, cgraph.ErrDatabaseExists) {
			err = fmt.Errorf("%s: cannot create kg's tables: %v", name, oneLine(ierr))
		}
	} else if err != nil {
		err = fmt.Errorf("%s: cannot connect: %v; check store.address and that the server is running", name, oneLine(err))
	}
	if err == nil {
		// Cayley's indexes lead with subject, predicate or object only;
		// this one finds an article's quads (its label) without scanning
		// the table. Stores made by older kg versions get it here too.
		if _, ierr := conn.ExecContext(ctx, `CREATE INDEX IF NOT EXISTS kg_label_index ON quads (label_hash)`); ierr != nil {
			err = fmt.Errorf("%s: cannot add the label index: %v", name, oneLine(ierr))
		}
	}
	if locked {
		_, _ = conn.ExecContext(context.Background(), `SELECT pg_advisory_unlock($1)`, postgresInitLock)
	}
	if err != nil {
		return nil, err
	}
	qs, err := cgraph.NewQuadStore("postgres", addr, nil)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", name, oneLine(err))
	}
	return qs, nil
}

// postgresInitLock is the key of the advisory lock held while kg creates
// its tables ("kg" "init" in ASCII).
const postgresInitLock = 0x6b67_696e_6974

var passwordParam = regexp.MustCompile(`(?i)(password\s*=\s*)('[^']*'|\S+)`)

// redactAddress hides the password in a postgres connection string, in URL
// ("postgres://u:pw@host/db") or key=value ("password=pw host=...") form.
func redactAddress(addr string) string {
	if u, err := url.Parse(addr); err == nil && u.Scheme != "" && u.Host != "" {
		q := u.Query()
		if q.Has("password") {
			q.Set("password", "xxxxx")
			u.RawQuery = q.Encode()
		}
		return u.Redacted()
	}
	return passwordParam.ReplaceAllString(addr, "${1}xxxxx")
}

func isLockHeld(err error) bool {
	return err != nil && (errors.Is(err, syscall.EWOULDBLOCK) || errors.Is(err, syscall.EAGAIN) ||
		strings.Contains(err.Error(), "resource temporarily unavailable"))
}

// unwrapPath drops the *os.PathError wrapper (whose path repeats what the
// message already names).
func unwrapPath(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return fmt.Errorf("%s: %v", pe.Op, pe.Err)
	}
	return err
}

func oneLine(err error) string {
	return strings.Join(strings.Fields(err.Error()), " ")
}
