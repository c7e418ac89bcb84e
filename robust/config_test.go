package robust

import (
	"net"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// closedPort returns a TCP port on 127.0.0.1 that nothing listens on.
func closedPort(t *testing.T) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := l.Addr().(*net.TCPAddr).Port
	l.Close()
	return port
}

// TestConfigErrors runs kg with each kind of configuration mistake and
// checks that it exits 1 with exactly one line on stderr that names the
// culprit (file, key, variable, flag or store) and says what to do.
func TestConfigErrors(t *testing.T) {
	skipUnderRace(t)
	work := t.TempDir()
	writeCorpus(t, filepath.Join(work, "corpus"), 1)
	plainFile := filepath.Join(work, "plain-file")
	write(t, plainFile, []byte("not a store"))
	port := strconv.Itoa(closedPort(t))
	pgAddr := "postgres://kg:secret@127.0.0.1:" + port + "/kg?sslmode=disable"

	for _, c := range []struct {
		name   string
		yaml   string   // config.yaml in the working directory, if not ""
		env    []string // extra environment
		args   []string
		want   []string // substrings of the one line
		absent string   // must not appear (e.g. a password)
	}{
		{name: "unknown backend in config.yaml", yaml: "store:\n  backend: mongo\n", args: []string{"build", "corpus"},
			want: []string{"kg: config.yaml: store.backend: unknown store backend \"mongo\"", "bolt, leveldb, memory, postgres"}},
		{name: "unknown backend in the environment", env: []string{"KG_STORE_BACKEND=cassandra"}, args: []string{"stats"},
			want: []string{"kg: environment KG_STORE_BACKEND: unknown store backend \"cassandra\""}},
		{name: "unknown backend flag", args: []string{"stats", "--store-backend", "sqlite"},
			want: []string{"kg: flag --store-backend: unknown store backend \"sqlite\""}},
		{name: "malformed config.yaml", yaml: "store:\n  backend: [bolt\n", args: []string{"build", "corpus"},
			want: []string{"kg: config.yaml: not valid YAML", "fix the syntax"}},
		{name: "tab-indented config.yaml", yaml: "store:\n\tpath: x\n", args: []string{"stats"},
			want: []string{"kg: config.yaml: not valid YAML (line 2 is indented with a tab; YAML indents with spaces)"}},
		{name: "unknown key", yaml: "store:\n  pth: x\n", args: []string{"stats"},
			want: []string{"kg: config.yaml: unknown key store.pth", "known keys: "}},
		{name: "a section that is not a mapping", yaml: "query: fast\n", args: []string{"stats"},
			want: []string{"kg: config.yaml: query must be a mapping"}},
		{name: "a duration without a unit", yaml: "query:\n  timeout: 10\n", args: []string{"stats"},
			want: []string{"kg: config.yaml: query.timeout: want a duration"}},
		{name: "negative max_bytes", env: []string{"KG_LOADERS_MAX_BYTES=-1"}, args: []string{"build", "corpus"},
			want: []string{"kg: environment KG_LOADERS_MAX_BYTES: loaders.max_bytes must be 0 (no limit) or more"}},
		{name: "missing --config file", args: []string{"--config", "nope.yaml", "stats"},
			want: []string{"kg: config file nope.yaml does not exist"}},
		{name: "unreachable postgres", args: []string{"build", "--store-backend", "postgres", "--store-address", pgAddr, "corpus"},
			want:   []string{"kg: cannot open postgres store postgres://kg:", "127.0.0.1:" + port, "cannot connect", "connection refused", "check store.address"},
			absent: "secret"},
		{name: "postgres without an address", args: []string{"stats", "--store-backend", "postgres"},
			want: []string{"backend postgres needs a connection string"}},
		{name: "store path is a file", args: []string{"build", "--store-path", plainFile, "corpus"},
			want: []string{"kg: cannot open bolt store " + plainFile + ": path is a file, not a directory", "set store.path to a directory"}},
		{name: "store path is a file (reading)", args: []string{"stats", "--store-path", plainFile},
			want: []string{"kg: cannot open bolt store " + plainFile + ": path is a file"}},
		{name: "leveldb store path is a file", args: []string{"build", "--store-backend", "leveldb", "--store-path", plainFile, "corpus"},
			want: []string{"kg: cannot open leveldb store " + plainFile + ": path is a file"}},
		{name: "store path is the articles folder", args: []string{"build", "--store-path", "corpus", "corpus"},
			want: []string{"kg: cannot open bolt store corpus: the directory holds other files (000.txt) and no bolt store (no indexes.bolt)", "set store.path to a new or empty directory"}},
		{name: "store inside a file", args: []string{"build", "--store-path", filepath.Join(plainFile, "kg.db"), "corpus"},
			want: []string{"kg: cannot open bolt store " + filepath.Join(plainFile, "kg.db") + ": ", "not a directory"}},
	} {
		t.Run(strings.ReplaceAll(c.name, " ", "_"), func(t *testing.T) {
			dir := t.TempDir()
			if c.yaml != "" {
				write(t, filepath.Join(dir, "config.yaml"), []byte(c.yaml))
			}
			os.Symlink(filepath.Join(work, "corpus"), filepath.Join(dir, "corpus"))
			r := runGuarded(t, dir, c.env, c.args...)
			if r.code != 1 || strings.Count(r.stderr, "\n") != 1 || !strings.HasSuffix(r.stderr, "\n") {
				t.Fatalf("exit %d, stderr %q; want exit 1 and one line", r.code, r.stderr)
			}
			for _, w := range c.want {
				if !strings.Contains(r.stderr, w) {
					t.Errorf("stderr %q does not say %q", r.stderr, w)
				}
			}
			if c.absent != "" && strings.Contains(r.stderr, c.absent) {
				t.Errorf("stderr %q shows %q", r.stderr, c.absent)
			}
			if r.stdout != "" {
				t.Errorf("stdout %q, want nothing", r.stdout)
			}
		})
	}
}
