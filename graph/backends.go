package graph

import (
	"context"
	"database/sql"
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
	hbolt "github.com/hidal-go/hidalgo/kv/bolt"
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

// prepareDir checks that dir can hold a store and creates it if missing.
func prepareDir(backend, dir string) error {
	if dir == "" {
		return fmt.Errorf("%s store: no path given; set store.path (or --store-path) to a directory", backend)
	}
	fi, err := os.Stat(dir)
	switch {
	case err == nil && !fi.IsDir():
		return fmt.Errorf("%s store %s: path is a file, not a directory; set store.path to a directory (kg creates it on first use)", backend, dir)
	case err == nil:
		return nil
	case errors.Is(err, os.ErrNotExist):
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return fmt.Errorf("%s store %s: cannot create the directory: %v", backend, dir, unwrapPath(err))
		}
		return nil
	default:
		return fmt.Errorf("%s store %s: %v", backend, dir, unwrapPath(err))
	}
}

// openBolt opens the bolt store in dir, initialising it on first use.
// Cayley's registered bolt backend waits forever for the file lock, so the
// file is opened here with a lock timeout and handed to Cayley's KV layer
// (the same steps graph.InitQuadStore and graph.NewQuadStore("bolt") take).
func openBolt(dir string) (cgraph.QuadStore, error) {
	if err := prepareDir("bolt", dir); err != nil {
		return nil, err
	}
	file := filepath.Join(dir, boltFile)
	if fi, err := os.Stat(file); err == nil && fi.IsDir() {
		return nil, fmt.Errorf("bolt store %s: %s is a directory; point store.path at a kg store directory", dir, file)
	}
	db, err := hbolt.Open(file, &bolt.Options{Timeout: LockWait})
	switch {
	case errors.Is(err, bolt.ErrTimeout):
		return nil, fmt.Errorf("bolt store %s: another kg process holds it (the store is locked); stop that process or use another store.path", dir)
	case err != nil:
		return nil, fmt.Errorf("bolt store %s: cannot open %s: %v", dir, boltFile, unwrapPath(err))
	}
	if err := ckv.Init(db, nil); err != nil && !errors.Is(err, cgraph.ErrDatabaseExists) {
		db.Close()
		return nil, fmt.Errorf("bolt store %s: cannot initialise: %v", dir, err)
	}
	qs, err := ckv.New(db, nil)
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("bolt store %s: %v", dir, err)
	}
	return qs, nil
}

// openLevelDB opens the leveldb store in dir, initialising it on first use.
// leveldb fails at once (no waiting) when another process holds the store.
func openLevelDB(dir string) (cgraph.QuadStore, error) {
	if err := prepareDir("leveldb", dir); err != nil {
		return nil, err
	}
	err := cgraph.InitQuadStore("leveldb", dir, nil)
	if err == nil || errors.Is(err, cgraph.ErrDatabaseExists) {
		var qs cgraph.QuadStore
		if qs, err = cgraph.NewQuadStore("leveldb", dir, nil); err == nil {
			return qs, nil
		}
	}
	if isLockHeld(err) {
		return nil, fmt.Errorf("leveldb store %s: another kg process holds it (the store is locked); stop that process or use another store.path", dir)
	}
	return nil, fmt.Errorf("leveldb store %s: %v", dir, unwrapPath(err))
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
