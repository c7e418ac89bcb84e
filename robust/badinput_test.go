package robust

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// defaultMaxBytes is config's default loaders.max_bytes (50 MiB).
const defaultMaxBytes = 52428800

// unprivileged returns the credential kg runs with in tests that need file
// permissions to hold: nil when the test is not root (permissions already
// apply), that of user nobody when it is root, and ok=false when it is root
// and there is no nobody to become.
func unprivileged(t *testing.T) (cred *syscall.Credential, ok bool) {
	if os.Geteuid() != 0 {
		return nil, true
	}
	u, err := user.Lookup("nobody")
	if err != nil {
		return nil, false
	}
	uid, err1 := strconv.Atoi(u.Uid)
	gid, err2 := strconv.Atoi(u.Gid)
	if err1 != nil || err2 != nil {
		return nil, false
	}
	return &syscall.Credential{Uid: uint32(uid), Gid: uint32(gid)}, true // no supplementary groups
}

func write(t *testing.T, path string, data []byte) {
	t.Helper()
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// summaryRe matches the first line of the build summary.
var summaryRe = regexp.MustCompile(`(?m)^Articles: (\d+) read, (\d+) loaded, (\d+) replaced, (\d+) unchanged, (\d+) failed$`)

// summary returns read, loaded, replaced, unchanged, failed from kg build's output.
func summary(t *testing.T, out string) [5]int {
	t.Helper()
	m := summaryRe.FindStringSubmatch(out)
	if m == nil {
		t.Fatalf("no build summary in:\n%s", out)
	}
	var s [5]int
	for i := range s {
		s[i], _ = strconv.Atoi(m[i+1])
	}
	return s
}

// TestBadInput builds a folder where good articles sit among every kind of
// bad input: each good article (JSON line, feed item) is loaded, each bad
// one is reported once on stderr with its path (line, item) and reason, the
// run ends with the summary and exits 1, and the store's earlier content —
// including the stored version of an article whose file has since gone
// bad — is untouched.
func TestBadInput(t *testing.T) {
	skipUnderRace(t)
	cred, canDrop := unprivileged(t)
	work := t.TempDir()
	store := filepath.Join(work, "kg.db")
	in := filepath.Join(work, "in")
	for _, d := range []string{store, in} {
		if err := os.Mkdir(d, 0o777); err != nil {
			t.Fatal(err)
		}
	}
	if cred != nil {
		// kg runs as nobody: let it through the test's directories and
		// write the store.
		for _, d := range []string{filepath.Dir(work), work, store} {
			if err := os.Chmod(d, 0o777); err != nil {
				t.Fatal(err)
			}
		}
	}
	kg := func(args ...string) result {
		t.Helper()
		cmd := kgCmd(t, work, nil, args...)
		if cred != nil {
			cmd.SysProcAttr = &syscall.SysProcAttr{Credential: cred}
		}
		return runCmd(t, cmd, "")
	}

	// The store already holds an article whose file later goes bad, and
	// one elsewhere.
	write(t, filepath.Join(in, "changed.txt"), []byte(article(1)))
	if err := os.Mkdir(filepath.Join(work, "old"), 0o755); err != nil {
		t.Fatal(err)
	}
	write(t, filepath.Join(work, "old", "kept.txt"), []byte(article(2)))
	if r := kg("build", "in", "old"); r.code != 0 {
		t.Fatalf("first build: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	before := dump(t, store)
	if len(before) != 2 {
		t.Fatalf("first build stored %d labels, want 2", len(before))
	}

	// Good inputs: name → articles it holds.
	good := map[string]int{}
	addGood := func(name string, data []byte, articles int) {
		write(t, filepath.Join(in, name), data)
		good[name] = articles
	}
	addGood("good1.txt", []byte(article(3)), 1)
	addGood("good2.md", []byte("---\ntitle: Fisheries deal\ndate: 2024-05-02\n---\n\n# Fisheries deal\n\n"+article(4)), 1)
	addGood("bom_crlf.txt", []byte("\uFEFF"+strings.ReplaceAll("Ferry line saved\n\n"+article(5), "\n", "\r\n")), 1)
	addGood("page.html", []byte(`<html lang="en"><head><title>Summit in Geneva</title></head><body><article><h1>Summit in Geneva</h1><p>`+
		strings.ReplaceAll(article(6), "\n\n", "</p><p>")+`</p></article></body></html>`), 1)
	jl := func(id string, i int) string {
		return fmt.Sprintf(`{"id": %q, "title": "Wire %d", "text": %s}`, id, i, strconv.Quote(article(i)))
	}
	addGood("wire.jsonl", []byte(jl("wire-7", 7)+"\n{broken json\n"+jl("wire-8", 8)+"\n[1, 2]\n"+jl("wire-9", 9)+"\n"), 3)
	addGood("news.rss", []byte(`<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
<item><title>One</title><guid>rss-10</guid><description>`+article(10)+`</description></item>
<item><guid>rss-empty</guid><description> </description></item>
<item><title>Three</title><guid>rss-11</guid><description>`+article(11)+`</description></item>
</channel></rss>`), 2)
	// Not an article by its name: passed over without a word.
	write(t, filepath.Join(in, "photo.png"), []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"))
	write(t, filepath.Join(in, ".hidden.txt"), []byte(article(12)))

	// Bad inputs: the stderr line (after "kg: ") starts with the key and
	// contains the reason.
	bad := map[string]string{}
	addBad := func(name string, data []byte, where, reason string) {
		if data != nil {
			write(t, filepath.Join(in, name), data)
		}
		bad["in/"+name+where] = reason
	}
	addBad("changed.txt", append([]byte("Russia\x00\x01\x02"), bytes.Repeat([]byte{0, 0xff}, 500)...), "", "binary file")
	addBad("blob.dat", bytes.Repeat([]byte{0x00, 0x9c, 0xff, 0x13}, 1024), "", "binary file")
	addBad("latin1.txt", []byte("Regjeringen i Troms\xf8 sier at fiskeriavtalen er viktig.\n"), "", "invalid UTF-8 at line 1")
	addBad("empty.txt", []byte{}, "", "empty article")
	addBad("blank.txt", []byte(" \n\t\r\n   \n"), "", "empty article")
	addBad("nobody.html", []byte(`<html><head><title>No body</title></head></html>`), "", "no main text")
	addBad("deep.html", []byte("<html><body>"+strings.Repeat("<div>", 2000)+"<p>"+article(16)+"</p></body></html>"), "",
		"cannot parse HTML: html: open stack of elements exceeds 512 nodes")
	addBad("broken.xml", []byte(`<?xml version="1.0"?><rss><channel><item><title>cut off`), "", "invalid feed")
	bad["in/wire.jsonl:2"] = "invalid JSON"
	bad["in/wire.jsonl:4"] = "not an object"
	bad["in/news.rss: item 2"] = "neither title nor text"

	huge := filepath.Join(in, "huge.txt")
	f, err := os.Create(huge)
	if err != nil {
		t.Fatal(err)
	}
	chunk := []byte(strings.Repeat(strings.ReplaceAll(article(13), "\n", " "), 64))
	for written := 0; written <= defaultMaxBytes; written += len(chunk) {
		if _, err := f.Write(chunk); err != nil {
			t.Fatal(err)
		}
	}
	f.Close()
	hugeInfo, _ := os.Stat(huge)
	bad["in/huge.txt"] = fmt.Sprintf("article is %d bytes, over the limit of %d (loaders.max_bytes)", hugeInfo.Size(), defaultMaxBytes)

	if err := os.Symlink(".", filepath.Join(in, "loop")); err != nil {
		t.Fatal(err)
	}
	bad["in/loop"] = "symlink loop"
	os.Symlink("ping", filepath.Join(in, "pong"))
	os.Symlink("pong", filepath.Join(in, "ping"))
	bad["in/ping"] = "symlink loop"
	bad["in/pong"] = "symlink loop"

	if canDrop {
		addBad("locked.txt", []byte(article(14)), "", "permission denied")
		os.Chmod(filepath.Join(in, "locked.txt"), 0)
		os.Mkdir(filepath.Join(in, "secret"), 0o755)
		write(t, filepath.Join(in, "secret", "inside.txt"), []byte(article(15)))
		os.Chmod(filepath.Join(in, "secret"), 0)
		bad["in/secret"] = "permission denied"
		t.Cleanup(func() { os.Chmod(filepath.Join(in, "secret"), 0o755) })
	} else {
		t.Log("running as root with no user nobody: unreadable files not tested")
	}

	r := kg("build", "in")
	if r.code != 1 {
		t.Fatalf("exit %d, want 1\nstdout: %s\nstderr: %s", r.code, r.stdout, r.stderr)
	}
	checkReports(t, r.stderr, bad)
	goods := 0
	for _, n := range good {
		goods += n
	}
	if s := summary(t, r.stdout); s != [5]int{goods + len(bad), goods, 0, 0, len(bad)} {
		t.Errorf("summary %v, want %d read, %d loaded, 0 replaced, 0 unchanged, %d failed", s, goods+len(bad), goods, len(bad))
	}

	after := dump(t, store)
	if d := after.restrict(before).diff(before); d != "" {
		t.Errorf("the bad build changed what was stored before:\n%s", d)
	}
	if len(after) != len(before)+goods {
		t.Errorf("%d labels after the build, want %d before + %d good articles", len(after), len(before), goods)
	}
	checkBOMArticle(t, after)

	// --keep-going is the default, and may be said; --strict stops at the
	// first failure (blank.txt, in name order) and writes nothing more.
	r2 := kg("build", "--keep-going", "in")
	if r2.code != 1 || r2.stderr != r.stderr {
		t.Errorf("--keep-going: exit %d, stderr differs from the default run:\n%s", r2.code, r2.stderr)
	}
	if s := summary(t, r2.stdout); s != [5]int{goods + len(bad), 0, 0, goods, len(bad)} {
		t.Errorf("--keep-going summary %v", s)
	}
	r3 := kg("build", "--strict", "in")
	lines := strings.Split(strings.TrimSpace(r3.stderr), "\n")
	if r3.code != 1 || len(lines) != 2 || !strings.HasPrefix(lines[0], "kg: in/blank.txt: empty article") || !strings.Contains(lines[1], "strict") {
		t.Errorf("--strict: exit %d, stderr:\n%s", r3.code, r3.stderr)
	}
	if s := summary(t, r3.stdout); s[0] != 1 || s[4] != 1 {
		t.Errorf("--strict summary %v, want to stop after the first input", s)
	}
	if r := kg("build", "--strict", "--keep-going", "in"); r.code != 2 {
		t.Errorf("--strict --keep-going: exit %d, want 2 (usage)\n%s", r.code, r.stderr)
	}
	if d := dump(t, store).diff(after); d != "" {
		t.Errorf("rebuilding changed the store:\n%s", d)
	}

	// A lower loaders.max_bytes (--max-bytes): each JSON line over it is
	// reported with its line number, the rest as before.
	r4 := kg("build", "--max-bytes", "100", "in/wire.jsonl")
	checkReports(t, r4.stderr, map[string]string{
		"in/wire.jsonl:1": "over the limit of 100 (loaders.max_bytes)",
		"in/wire.jsonl:2": "invalid JSON",
		"in/wire.jsonl:3": "over the limit of 100 (loaders.max_bytes)",
		"in/wire.jsonl:4": "not an object",
		"in/wire.jsonl:5": "over the limit of 100 (loaders.max_bytes)",
	})
	if r4.code != 1 {
		t.Errorf("--max-bytes 100: exit %d, want 1", r4.code)
	}

	// Only good inputs: exit 0.
	if r := kg("build", "in/good1.txt", "old"); r.code != 0 || r.stderr != "" {
		t.Errorf("good inputs only: exit %d, stderr %q", r.code, r.stderr)
	}
}

// checkReports checks that stderr holds exactly one line "kg: KEY...reason"
// for each bad input, and nothing else.
func checkReports(t *testing.T, stderr string, bad map[string]string) {
	t.Helper()
	seen := map[string]int{}
	for line := range strings.SplitSeq(strings.TrimSpace(stderr), "\n") {
		msg, ok := strings.CutPrefix(line, "kg: ")
		if !ok {
			t.Errorf("stderr line without \"kg: \": %q", line)
			continue
		}
		matched := ""
		for key := range bad {
			if strings.HasPrefix(msg, key+": ") && len(key) > len(matched) {
				matched = key
			}
		}
		if matched == "" {
			t.Errorf("unexpected report: %q", line)
			continue
		}
		seen[matched]++
		if !strings.Contains(msg, bad[matched]) {
			t.Errorf("report %q does not say %q", line, bad[matched])
		}
	}
	for key := range bad {
		if seen[key] != 1 {
			t.Errorf("%s reported %d times, want once\nstderr:\n%s", key, seen[key], stderr)
		}
	}
}

// restrict keeps the labels of s that are in keys.
func (s quadSet) restrict(keys quadSet) quadSet {
	out := quadSet{}
	for l := range keys {
		if s[l] != nil {
			out[l] = s[l]
		}
	}
	return out
}

// checkBOMArticle checks that the article read from a file with a BOM and
// CRLF line ends was stored without either.
func checkBOMArticle(t *testing.T, set quadSet) {
	t.Helper()
	for label, qs := range set {
		if !strings.Contains(label, "bom-crlf") {
			continue
		}
		title := false
		for q := range qs {
			if strings.Contains(q, `\r`) || strings.Contains(q, "\uFEFF") || strings.Contains(q, `\ufeff`) {
				t.Errorf("BOM or CR stored: %s", q)
			}
			title = title || strings.Contains(q, `"Ferry line saved"`)
		}
		if !title {
			t.Errorf("the BOM/CRLF article's title is not \"Ferry line saved\"")
		}
		return
	}
	t.Errorf("the BOM/CRLF article is not in the store")
}

// endless is a reader that never ends: the same line over and over.
type endless struct{ line []byte }

func (e endless) Read(p []byte) (int, error) {
	n := 0
	for n < len(p) {
		n += copy(p[n:], e.line)
	}
	return n, nil
}

// TestEndlessInput gives kg inputs that never end — /dev/zero and a
// standard input that always has more — and checks that each is reported
// as over loaders.max_bytes and the run ends.
func TestEndlessInput(t *testing.T) {
	skipUnderRace(t)
	work := t.TempDir()
	want := "over the limit of 1048576 (loaders.max_bytes)"
	for _, c := range []struct {
		name  string
		stdin io.Reader
		args  []string
	}{
		{"/dev/zero", nil, []string{"/dev/zero"}},
		{"endless standard input", endless{[]byte("Talks in Oslo went on, officials said.\n")}, []string{"-"}},
	} {
		cmd := kgCmd(t, work, nil, append([]string{"build", "--max-bytes", "1048576"}, c.args...)...)
		cmd.Stdin = c.stdin
		var out, errb strings.Builder
		cmd.Stdout, cmd.Stderr = &out, &errb
		timer := time.AfterFunc(hangGuard, func() { cmd.Process.Kill() })
		err := cmd.Run()
		timer.Stop()
		if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 1 {
			t.Errorf("%s: %v, want exit 1 (killed after %s if it hung)\n%s", c.name, err, hangGuard, errb.String())
			continue
		}
		if !strings.Contains(errb.String(), want) || strings.Count(errb.String(), "\n") != 1 {
			t.Errorf("%s: stderr %q, want one line saying %q", c.name, errb.String(), want)
		}
		if s := summary(t, out.String()); s[0] != 1 || s[4] != 1 {
			t.Errorf("%s: summary %v", c.name, s)
		}
	}
}
