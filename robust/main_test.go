package robust

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"kg/config"
)

// The tests here run the real kg binary, built without -race (so bolt
// works whatever the test flags), and look into the stores it wrote with
// testdata/kgdump, built the same way.

var (
	buildOnce sync.Once
	binDir    string
	buildErr  error
)

func TestMain(m *testing.M) {
	code := m.Run()
	if binDir != "" {
		os.RemoveAll(binDir)
	}
	os.Exit(code)
}

// binaries builds kg and kgdump once per test run and returns their paths.
// It also builds kg-crashtest: kg with the kgcrashtest tag, which
// KG_CRASH_AFTER_PADDED=1 makes kill itself inside a replacement (see
// graph/crashhook_kgcrashtest.go).
func binaries(t *testing.T) (kg, kgdump string) {
	t.Helper()
	if testing.Short() {
		t.Skip("builds and runs the kg binary")
	}
	buildOnce.Do(func() {
		binDir, buildErr = os.MkdirTemp("", "kg-robust-")
		if buildErr != nil {
			return
		}
		for _, b := range [][3]string{{"kg", "../cmd/kg"}, {"kgdump", "./testdata/kgdump"}, {"kg-crashtest", "../cmd/kg", "kgcrashtest"}} {
			cmd := exec.Command("go", "build", "-tags="+b[2], "-o", filepath.Join(binDir, b[0]), b[1])
			if out, err := cmd.CombinedOutput(); err != nil {
				buildErr = fmt.Errorf("go build %s: %v\n%s", b[1], err, out)
				return
			}
		}
		// Other users (nobody, in the permission test) must be able to run kg.
		buildErr = os.Chmod(binDir, 0o755)
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return filepath.Join(binDir, "kg"), filepath.Join(binDir, "kgdump")
}

// cleanEnv is the environment without KG_* variables, so that only what a
// test sets configures kg.
func cleanEnv(extra ...string) []string {
	kgVars := map[string]bool{}
	for _, k := range config.Keys {
		kgVars[k.Env()] = true
	}
	var env []string
	for _, kv := range os.Environ() {
		name, _, _ := strings.Cut(kv, "=")
		if !kgVars[name] && !strings.HasPrefix(name, "KG_") {
			env = append(env, kv)
		}
	}
	return append(env, extra...)
}

// result is what one kg run did.
type result struct {
	stdout, stderr string
	code           int
	elapsed        time.Duration
}

// kgCmd is a kg command run in dir with a clean environment plus env.
func kgCmd(t *testing.T, dir string, env []string, args ...string) *exec.Cmd {
	t.Helper()
	bin, _ := binaries(t)
	cmd := exec.Command(bin, args...)
	cmd.Dir = dir
	cmd.Env = cleanEnv(env...)
	return cmd
}

// runCmd runs cmd to its end, with stdin as standard input.
func runCmd(t *testing.T, cmd *exec.Cmd, stdin string) result {
	t.Helper()
	var out, errb bytes.Buffer
	cmd.Stdin = strings.NewReader(stdin)
	cmd.Stdout, cmd.Stderr = &out, &errb
	start := time.Now()
	err := cmd.Run()
	r := result{stdout: out.String(), stderr: errb.String(), elapsed: time.Since(start)}
	if ee, ok := err.(*exec.ExitError); ok {
		r.code = ee.ExitCode()
		if ws, ok := ee.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
			t.Fatalf("kg %s died of %v\nstderr: %s", strings.Join(cmd.Args[1:], " "), ws.Signal(), r.stderr)
		}
	} else if err != nil {
		t.Fatalf("kg %s: %v", strings.Join(cmd.Args[1:], " "), err)
	}
	return r
}

// runKG runs kg in dir with a clean environment plus env.
func runKG(t *testing.T, dir string, env []string, args ...string) result {
	t.Helper()
	return runCmd(t, kgCmd(t, dir, env, args...), "")
}

// quadSet is a store's content: the quads (one N-Quads line each) by label.
type quadSet map[string]map[string]bool

// dump reads every quad of the bolt store at path with kgdump, failing the
// test if the store does not open.
func dump(t *testing.T, path string) quadSet {
	t.Helper()
	set, _ := dumpPads(t, path)
	return set
}

// dumpPads is dump, and also says how many pad quads (left by a kg killed
// inside a replacement, see graph.Store.apply) opening the store removed.
func dumpPads(t *testing.T, path string) (quadSet, int) {
	t.Helper()
	_, kgdump := binaries(t)
	cmd := exec.Command(kgdump, "bolt", path)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		t.Fatalf("the store %s does not open: %v\n%s", path, err, errb.String())
	}
	pads := 0
	if errb.Len() > 0 {
		if _, err := fmt.Sscanf(errb.String(), "kgdump: removed %d pad quads\n", &pads); err != nil {
			t.Fatalf("kgdump %s: unexpected stderr %q", path, errb.String())
		}
	}
	set := quadSet{}
	for line := range strings.SplitSeq(strings.TrimSuffix(out.String(), "\n"), "\n") {
		if line == "" {
			continue
		}
		label, q, ok := strings.Cut(line, "\t")
		if !ok {
			t.Fatalf("kgdump line without a label: %q", line)
		}
		if set[label] == nil {
			set[label] = map[string]bool{}
		}
		set[label][q] = true
	}
	return set, pads
}

// quads counts the quads in the set.
func (s quadSet) quads() int {
	n := 0
	for _, qs := range s {
		n += len(qs)
	}
	return n
}

// diff describes how s differs from want, or "" if they are equal.
func (s quadSet) diff(want quadSet) string {
	var out []string
	labels := map[string]bool{}
	for l := range s {
		labels[l] = true
	}
	for l := range want {
		labels[l] = true
	}
	for l := range labels {
		if d := diffLabel(s[l], want[l]); d != "" {
			out = append(out, l+": "+d)
		}
	}
	sort.Strings(out)
	if len(out) > 5 {
		out = append(out[:5], fmt.Sprintf("... and %d more labels", len(out)-5))
	}
	return strings.Join(out, "\n")
}

// diffLabel describes how the quads got differ from want, or "".
func diffLabel(got, want map[string]bool) string {
	var missing, extra []string
	for q := range want {
		if !got[q] {
			missing = append(missing, q)
		}
	}
	for q := range got {
		if !want[q] {
			extra = append(extra, q)
		}
	}
	if len(missing) == 0 && len(extra) == 0 {
		return ""
	}
	sort.Strings(missing)
	sort.Strings(extra)
	first := func(l []string) string {
		if len(l) == 0 {
			return "-"
		}
		return l[0]
	}
	return fmt.Sprintf("%d quads missing (e.g. %s), %d extra (e.g. %s)", len(missing), first(missing), len(extra), first(extra))
}

// Synthetic articles: short news items built from templates, so that the
// tests never depend on data outside the repository.
var (
	countries = []string{"Norway", "Sweden", "Denmark", "Finland", "France", "Germany", "Russia", "China", "Japan", "Brazil", "Canada", "Kenya"}
	cities    = []string{"Oslo", "Bergen", "Stockholm", "Paris", "Berlin", "Geneva", "Tokyo", "Nairobi", "Ottawa", "Helsinki"}
	people    = []string{"Anna Berg", "Jonas Lie", "Marie Dubois", "Klaus Weber", "Kenji Sato", "Grace Otieno", "Lars Nilsson", "Sofia Costa"}
	roles     = []string{"foreign minister", "prime minister", "spokesperson", "ambassador", "finance minister"}
	topics    = []string{"a trade agreement", "the draft resolution", "a fisheries deal", "the climate accord", "a ceasefire plan", "the budget"}
)

// article returns the text of synthetic article i (deterministic).
func article(i int) string {
	r := rand.New(rand.NewPCG(uint64(i), 7))
	pick := func(l []string) string { return l[r.IntN(len(l))] }
	c1, c2 := pick(countries), pick(countries)
	for c2 == c1 {
		c2 = pick(countries)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "Talks in %s, report %d\n\n", pick(cities), i)
	fmt.Fprintf(&b, "%s and %s signed %s in %s on Monday, officials said.\n\n", c1, c2, pick(topics), pick(cities))
	fmt.Fprintf(&b, "%s, the %s of %s, said the agreement would help both countries.\n\n", pick(people), pick(roles), c1)
	fmt.Fprintf(&b, "%s vetoed %s at the United Nations, according to diplomats.\n\n", pick(countries), pick(topics))
	fmt.Fprintf(&b, "\"We will keep working,\" said %s, who met %s in %s.\n", pick(people), pick(people), pick(cities))
	return b.String()
}

// writeCorpus writes n synthetic articles into dir as NNN.txt.
func writeCorpus(t *testing.T, dir string, n int) {
	t.Helper()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for i := range n {
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("%03d.txt", i)), []byte(article(i)), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
