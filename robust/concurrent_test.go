package robust

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"kg/graph/pgtest"
)

// hangGuard is how long a kg process that should fail fast may run before
// the test calls it hung and kills it. It is a guard against hangs, not a
// speed target: the measured times are logged.
const hangGuard = 30 * time.Second

// runGuarded runs kg and fails the test if it does not end by itself within
// hangGuard.
func runGuarded(t *testing.T, dir string, env []string, args ...string) result {
	t.Helper()
	cmd := kgCmd(t, dir, env, args...)
	timer := time.AfterFunc(hangGuard, func() { cmd.Process.Kill() })
	defer timer.Stop()
	r := runCmd(t, cmd, "")
	if r.elapsed >= hangGuard {
		t.Fatalf("kg %s hung: killed after %s", strings.Join(args, " "), hangGuard)
	}
	return r
}

// TestLockedStore holds a bolt store with one kg process (a build waiting
// for standard input) and checks that a second kg process — reading or
// writing — fails fast with one line naming the store and saying that
// another kg process holds it, and that the store works once released.
func TestLockedStore(t *testing.T) {
	skipUnderRace(t)
	work := t.TempDir()
	store := filepath.Join(work, "kg.db")
	writeCorpus(t, filepath.Join(work, "corpus"), 3)
	if r := runKG(t, work, nil, "build", "--store-path", store, "corpus"); r.code != 0 {
		t.Fatalf("build: exit %d\n%s", r.code, r.stderr)
	}

	holder := kgCmd(t, work, nil, "build", "--store-path", store, "-")
	stdin, err := holder.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	var holderOut strings.Builder
	holder.Stdout, holder.Stderr = &holderOut, &holderOut
	if err := holder.Start(); err != nil {
		t.Fatal(err)
	}
	defer holder.Process.Kill()
	waitLocked(t, filepath.Join(store, "indexes.bolt"))

	for _, args := range [][]string{
		{"stats"},
		{"query", `g.V().All()`},
		{"build", "corpus"},
	} {
		r := runGuarded(t, work, nil, append(args, "--store-path", store)...)
		want := "kg: cannot open bolt store " + store + ": another kg process holds it"
		if r.code != 1 || !strings.HasPrefix(r.stderr, want) || strings.Count(r.stderr, "\n") != 1 {
			t.Errorf("kg %s on a held store: exit %d, stderr %q; want one line starting %q", args[0], r.code, r.stderr, want)
		}
		t.Logf("kg %s on a held store failed after %s", args[0], r.elapsed.Round(time.Millisecond))
	}

	io.WriteString(stdin, article(99))
	stdin.Close()
	if err := holder.Wait(); err != nil {
		t.Fatalf("the holding build: %v\n%s", err, holderOut.String())
	}
	if r := runKG(t, work, nil, "stats", "--store-path", store); r.code != 0 || !regexp.MustCompile(`(?m)^articles +4$`).MatchString(r.stdout) {
		t.Errorf("stats once the store is free: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
}

// waitLocked waits until another process holds the lock on the bolt file.
func waitLocked(t *testing.T, file string) {
	t.Helper()
	deadline := time.Now().Add(hangGuard)
	for time.Now().Before(deadline) {
		if f, err := os.Open(file); err == nil {
			err := syscall.Flock(int(f.Fd()), syscall.LOCK_SH|syscall.LOCK_NB)
			if err == nil {
				syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
			}
			f.Close()
			if errors.Is(err, syscall.EWOULDBLOCK) {
				return
			}
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatalf("no kg process took the lock on %s", file)
}

// TestPostgresReadWhileBuilding runs read-only commands against a
// PostgreSQL store while a build writes to it: they all succeed, and the
// build ends with every article written. It needs KG_TEST_POSTGRES.
func TestPostgresReadWhileBuilding(t *testing.T) {
	skipUnderRace(t)
	binaries(t)
	addr := pgtest.Database(t)
	work := t.TempDir()
	writeCorpus(t, filepath.Join(work, "corpus"), 200)
	env := []string{"KG_STORE_BACKEND=postgres", "KG_STORE_ADDRESS=" + addr}

	build := kgCmd(t, work, env, "build", "corpus")
	var out strings.Builder
	build.Stdout, build.Stderr = &out, &out
	if err := build.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- build.Wait() }()

	reads := 0
	for running := true; running; {
		select {
		case err := <-done:
			if err != nil {
				t.Fatalf("build: %v\n%s", err, out.String())
			}
			running = false
		default:
			for _, args := range [][]string{
				{"stats"},
				{"query", `g.V().Has("<kg:type>").Limit(5).All()`},
				{"entities"},
			} {
				if r := runGuarded(t, work, env, args...); r.code != 0 {
					t.Fatalf("kg %s during the build: exit %d\n%s", args[0], r.code, r.stderr)
				}
				reads++
			}
		}
	}
	if s := summary(t, out.String()); s[1] != 200 || s[4] != 0 {
		t.Fatalf("build summary %v, want 200 loaded", s)
	}
	r := runKG(t, work, env, "stats", "--format", "json")
	if r.code != 0 || !strings.Contains(r.stdout, `"articles": 200`) {
		t.Fatalf("stats after the build: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	t.Logf("%d read-only commands ran during the build", reads)
}

// TestInterrupt interrupts `kg build -` while it waits for standard input:
// the first SIGINT asks it to stop and says that a second one quits at
// once; repeated, kg ends (it never hangs), and the store it leaves opens
// with every article whole.
func TestInterrupt(t *testing.T) {
	skipUnderRace(t)
	work := t.TempDir()
	store := filepath.Join(work, "kg.db")
	writeCorpus(t, filepath.Join(work, "corpus"), 20)
	if r := runKG(t, work, nil, "build", "--store-path", store, "corpus"); r.code != 0 {
		t.Fatalf("build: exit %d\n%s", r.code, r.stderr)
	}
	want := dump(t, store)

	cmd := kgCmd(t, work, nil, "build", "--store-path", store, "corpus", "-")
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	defer stdin.Close()
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	waitLocked(t, filepath.Join(store, "indexes.bolt"))
	// The store is open; the build reads the corpus, then waits for stdin.
	time.Sleep(500 * time.Millisecond)
	deadline := time.After(hangGuard)
	signals := 0
	for ended := false; !ended; {
		cmd.Process.Signal(syscall.SIGINT)
		signals++
		select {
		case <-done:
			ended = true
		case <-time.After(300 * time.Millisecond):
		case <-deadline:
			cmd.Process.Kill()
			t.Fatalf("kg build did not end after %d interrupts in %s", signals, hangGuard)
		}
	}
	if !strings.Contains(stderr.String(), "kg: stopping (interrupt again to quit at once)") {
		t.Errorf("stderr %q does not say how to quit at once", stderr.String())
	}
	t.Logf("ended after %d interrupts: %v", signals, cmd.ProcessState)
	if d := dump(t, store).diff(want); d != "" {
		t.Errorf("the interrupted build changed the store:\n%s", d)
	}
}
