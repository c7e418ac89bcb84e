package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"testing"

	"kg/config"
)

// The tests run kg in-process (run with captured output), in an empty
// working directory with no KG_* variables set, on the repository's
// examples.

var examples = func() string {
	p, err := filepath.Abs("../../examples")
	if err != nil {
		panic(err)
	}
	return p
}()

// backend is the store backend of the in-process tests: bolt, kg's
// default, except under the race detector (see raceEnabled). TestBinary
// runs a binary built without -race on bolt either way.
var backend = map[bool]string{false: "bolt", true: "leveldb"}[raceEnabled]

// setup gives the test a clean environment and returns a store path in it.
func setup(t *testing.T) string {
	t.Helper()
	for _, k := range config.Keys {
		t.Setenv(k.Env(), "")
	}
	if backend != "bolt" {
		t.Setenv("KG_STORE_BACKEND", backend)
	}
	dir := t.TempDir()
	t.Chdir(dir)
	return filepath.Join(dir, "kg.db")
}

type result struct {
	out, err string
	code     int
}

func kg(t *testing.T, stdin string, args ...string) result {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(context.Background(), args, strings.NewReader(stdin), &out, &errb)
	return result{out.String(), errb.String(), code}
}

// ok runs kg and fails the test unless it succeeds.
func ok(t *testing.T, args ...string) string {
	t.Helper()
	r := kg(t, "", args...)
	if r.code != 0 {
		t.Fatalf("kg %s: exit %d\nstdout: %s\nstderr: %s", strings.Join(args, " "), r.code, r.out, r.err)
	}
	return r.out
}

type summary struct {
	read, loaded, replaced, unchanged, failed   int
	entities, relations, claims, quads, elapsed int
}

var (
	articlesRe = regexp.MustCompile(`(?m)^Articles: (\d+) read, (\d+) loaded, (\d+) replaced, (\d+) unchanged, (\d+) failed$`)
	writtenRe  = regexp.MustCompile(`(?m)^Written: +(\d+) entities, (\d+) relations, (\d+) claims, (\d+) quads$`)
	timeRe     = regexp.MustCompile(`(?m)^Time: +\S+$`)
)

func parseSummary(t *testing.T, out string) summary {
	t.Helper()
	a, w := articlesRe.FindStringSubmatch(out), writtenRe.FindStringSubmatch(out)
	if a == nil || w == nil || !timeRe.MatchString(out) {
		t.Fatalf("no build summary in:\n%s", out)
	}
	n := func(s string) int { v, _ := strconv.Atoi(s); return v }
	s := summary{read: n(a[1]), loaded: n(a[2]), replaced: n(a[3]), unchanged: n(a[4]), failed: n(a[5]),
		entities: n(w[1]), relations: n(w[2]), claims: n(w[3]), quads: n(w[4])}
	if s.read != s.loaded+s.replaced+s.unchanged+s.failed {
		t.Errorf("summary does not add up: %+v", s)
	}
	return s
}

func stats(t *testing.T, args ...string) map[string]any {
	t.Helper()
	out := ok(t, append([]string{"stats", "--format", "json"}, args...)...)
	var m map[string]any
	if err := json.Unmarshal([]byte(out), &m); err != nil {
		t.Fatalf("stats --format json: %v\n%s", err, out)
	}
	return m
}

func count(t *testing.T, m map[string]any, key string) int {
	t.Helper()
	v, ok := m[key].(float64)
	if !ok {
		t.Fatalf("stats has no number %q: %v", key, m)
	}
	return int(v)
}

func TestBuildStatsRebuildRm(t *testing.T) { testBuildStatsRebuildRm(t, setup(t)) }

// testBuildStatsRebuildRm builds, rebuilds, counts and removes in the store
// that setup (or setupPostgres) prepared.
func testBuildStatsRebuildRm(t *testing.T, store string) {
	s := parseSummary(t, ok(t, "build", "--store-path", store, examples))
	// examples: two .txt, one .md, a .jsonl with two articles
	if s.read != 5 || s.loaded != 5 || s.failed != 0 {
		t.Fatalf("first build: %+v", s)
	}
	if s.entities == 0 || s.relations == 0 || s.claims == 0 || s.quads == 0 {
		t.Fatalf("nothing extracted: %+v", s)
	}

	st := stats(t, "--store-path", store)
	for _, k := range []string{"articles", "entities", "relations", "claims", "quads", "entities_by_type", "relations_by_predicate"} {
		if _, ok := st[k]; !ok {
			t.Errorf("stats --format json lacks %q: %v", k, st)
		}
	}
	if count(t, st, "articles") != 5 || count(t, st, "quads") != s.quads {
		t.Errorf("stats %v after writing 5 articles, %d quads", st, s.quads)
	}
	if text := ok(t, "stats", "--store-path", store); !strings.Contains(text, "articles") || !strings.Contains(text, "quads") {
		t.Errorf("stats text:\n%s", text)
	}

	again := parseSummary(t, ok(t, "build", "--store-path", store, "--workers", "1", examples))
	if again.unchanged != 5 || again.loaded+again.replaced+again.failed != 0 || again.quads != 0 {
		t.Fatalf("rebuild: %+v", again)
	}
	if st2 := stats(t, "--store-path", store); count(t, st2, "quads") != count(t, st, "quads") {
		t.Fatalf("rebuild changed the store: %v → %v", st, st2)
	}

	// Remove one article by its path (its id: a file without an id).
	envoy := filepath.Join(examples, "en-envoy.txt")
	out := ok(t, "rm", "--store-path", store, envoy)
	if !strings.Contains(out, "removed <kg:article/") && !strings.Contains(out, "removed kg:article/") {
		t.Errorf("rm output: %q", out)
	}
	after := stats(t, "--store-path", store)
	if count(t, after, "articles") != 4 || count(t, after, "quads") >= count(t, st, "quads") {
		t.Fatalf("after rm: %v (before %v)", after, st)
	}
	r := kg(t, "", "rm", "--store-path", store, envoy, "no-such-article")
	if r.code == 0 || !strings.Contains(r.err, "kg: no-such-article: no such article") || !strings.Contains(r.err, envoy) {
		t.Fatalf("rm of unknown articles: exit %d, stderr %q", r.code, r.err)
	}

	// Building again brings the removed article back, and only it.
	back := parseSummary(t, ok(t, "build", "--store-path", store, examples))
	if back.loaded != 1 || back.unchanged != 4 {
		t.Fatalf("build after rm: %+v", back)
	}
}

// --batch-bytes and --memory-limit reach the build: the smallest bound
// gives the same store in smaller transactions; a bad value is refused.
func TestBuildBatchFlags(t *testing.T) {
	store := setup(t)
	small := filepath.Join(t.TempDir(), "small.db")
	a := parseSummary(t, ok(t, "build", "--store-path", store, examples))
	b := parseSummary(t, ok(t, "build", "--store-path", small, "--batch-bytes", "1", "--memory-limit", "-1", examples))
	if a.quads == 0 || a.quads != b.quads || a.loaded != b.loaded {
		t.Errorf("default build %+v, smallest bound %+v", a, b)
	}
	if x, y := count(t, stats(t, "--store-path", store), "quads"), count(t, stats(t, "--store-path", small), "quads"); x != y {
		t.Errorf("stores differ: %d and %d quads", x, y)
	}
	r := kg(t, "", "build", "--store-path", small, "--batch-bytes", "-3", examples)
	if r.code != 1 || !strings.Contains(r.err, "--batch-bytes") || !strings.Contains(r.err, "build.batch_bytes") {
		t.Errorf("--batch-bytes -3: exit %d, stderr %q", r.code, r.err)
	}
}

func TestBuildFailureExitStatus(t *testing.T) {
	store := setup(t)
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	os.WriteFile(good, []byte("Russia vetoed the resolution drafted by France."), 0o644)
	missing := filepath.Join(dir, "missing.txt")
	r := kg(t, "", "build", "--store-path", store, good, missing)
	if r.code != 1 {
		t.Fatalf("exit %d, want 1; stderr %q", r.code, r.err)
	}
	lines := strings.Split(strings.TrimSpace(r.err), "\n")
	if len(lines) != 1 || !strings.HasPrefix(lines[0], "kg: "+missing+": ") {
		t.Fatalf("stderr %q, want one line \"kg: %s: reason\"", r.err, missing)
	}
	s := parseSummary(t, r.out)
	if s.read != 2 || s.loaded != 1 || s.failed != 1 {
		t.Fatalf("summary %+v", s)
	}
	// --strict stops at the failure.
	r = kg(t, "", "build", "--strict", "--store-path", store, missing, good)
	if r.code != 1 || !strings.Contains(r.err, "strict") {
		t.Fatalf("strict: exit %d, stderr %q", r.code, r.err)
	}
	if s := parseSummary(t, r.out); s.read != 1 || s.failed != 1 {
		t.Fatalf("strict summary %+v", s)
	}
	// --quiet prints no summary.
	if r := kg(t, "", "build", "-q", "--store-path", store, good); r.code != 0 || r.out != "" || r.err != "" {
		t.Fatalf("quiet build: %+v", r)
	}
}

func TestExtractJSONL(t *testing.T) {
	setup(t)
	out := ok(t, "extract", "--format", "jsonl", examples)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 5 {
		t.Fatalf("%d lines, want one per article (5):\n%s", len(lines), out)
	}
	var sources []string
	relations := 0
	for i, line := range lines {
		var d struct {
			ID, Source, Language string
			Entities             []struct {
				ID, Name, Type, IRI string
				Mentions            []struct {
					Start, End int
					Text       string
				}
			}
			Relations []struct{ Subject, Predicate, Object string }
			Claims    []struct{ Speaker, Text string }
		}
		if err := json.Unmarshal([]byte(line), &d); err != nil {
			t.Fatalf("line %d is not JSON: %v\n%s", i+1, err, line)
		}
		var raw map[string]json.RawMessage
		json.Unmarshal([]byte(line), &raw)
		for _, k := range []string{"id", "source", "language", "entities", "relations", "claims"} {
			if _, ok := raw[k]; !ok {
				t.Errorf("line %d lacks %q", i+1, k)
			}
		}
		if d.ID == "" || d.Source == "" || (d.Language != "en" && d.Language != "nb") {
			t.Errorf("line %d: id %q source %q language %q", i+1, d.ID, d.Source, d.Language)
		}
		ids := map[string]bool{}
		for _, e := range d.Entities {
			ids[e.ID] = true
			if e.Name == "" || e.Type == "" || !strings.HasPrefix(e.IRI, "kg:entity/") || len(e.Mentions) == 0 {
				t.Errorf("%s: incomplete entity %+v", d.Source, e)
			}
		}
		for _, r := range d.Relations {
			if !ids[r.Subject] || !ids[r.Object] || r.Predicate == "" {
				t.Errorf("%s: relation %+v does not point at the document's entities", d.Source, r)
			}
		}
		for _, c := range d.Claims {
			if !ids[c.Speaker] {
				t.Errorf("%s: claim speaker %q is not an entity", d.Source, c.Speaker)
			}
		}
		relations += len(d.Relations)
		sources = append(sources, d.Source)
	}
	if relations == 0 {
		t.Error("no relations extracted from the examples")
	}
	// Input order: directory entries by name, then the JSON lines in order.
	if !strings.HasSuffix(sources[0], "en-envoy.txt") || !strings.HasSuffix(sources[2], "nb-sikkerhetsradet.txt") {
		t.Errorf("documents out of input order: %v", sources)
	}

	text := ok(t, "extract", "--format", "text", filepath.Join(examples, "en-envoy.txt"))
	for _, want := range []string{"language: en", "entities (", "relations (", "claims (", " —"} {
		if !strings.Contains(text, want) {
			t.Errorf("text output lacks %q:\n%s", want, text)
		}
	}
	if r := kg(t, "", "extract", "--format", "xml", examples); r.code != 2 || !strings.Contains(r.err, "--format") {
		t.Errorf("bad format: %+v", r)
	}
}

func TestQuery(t *testing.T) { testQuery(t, setup(t)) }

// testQuery queries the examples in the store that setup (or
// setupPostgres) prepared.
func testQuery(t *testing.T, store string) {
	ok(t, "build", "-q", "--store-path", store, examples)

	out := ok(t, "query", "--store-path", store, `g.V("<kg:entity/russia>").Labels().All()`)
	var res []map[string]any
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("query output is not a JSON array: %v\n%s", err, out)
	}
	if len(res) < 2 {
		t.Errorf("Russia should carry facts from several articles (both languages), got %s", out)
	}
	// The query from standard input, limited.
	r := kg(t, `g.V().Limit(50).All()`, "query", "--limit", "3", "--store-path", store, "-")
	if r.code != 0 {
		t.Fatalf("query -: %+v", r)
	}
	res = nil
	if err := json.Unmarshal([]byte(r.out), &res); err != nil || len(res) != 3 {
		t.Fatalf("--limit 3 gave %d results (%v):\n%s", len(res), err, r.out)
	}

	list := ok(t, "query", "--list")
	if strings.TrimSpace(list) == "" {
		t.Fatal("query --list printed nothing")
	}
	fields := strings.Fields(list)
	name := fields[0]
	r = kg(t, "", "query", "--store-path", store, "--named", name, "Russia", "x")
	if r.code == 0 && !json.Valid([]byte(r.out)) {
		t.Errorf("--named %s printed no JSON: %q", name, r.out)
	}
	r = kg(t, "", "query", "--store-path", store, "--named", "no-such-query")
	if r.code == 0 || !strings.Contains(r.err, "no-such-query") {
		t.Errorf("unknown named query: %+v", r)
	}
	if r := kg(t, "", "query", "--store-path", store, "g.V("); r.code == 0 || !strings.HasPrefix(r.err, "kg: ") {
		t.Errorf("syntax error: %+v", r)
	}
}

// TestQuickStart checks the README's quick start: after building the
// examples, the named query says Russia and China vetoed the draft.
func TestQuickStart(t *testing.T) {
	store := setup(t)
	ok(t, "build", "-q", "--store-path", store, examples)
	out := ok(t, "query", "--store-path", store, "--named", "actors", "vetoed", "draft resolution")
	var res []struct{ Actor, Name string }
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	var names []string
	for _, r := range res {
		names = append(names, r.Name)
	}
	if !slices.Contains(names, "Russia") || !slices.Contains(names, "China") {
		t.Errorf("README quick start: who vetoed the draft resolution = %v, want Russia and China\n%s", names, out)
	}
}

func TestEntities(t *testing.T) {
	store := setup(t)
	ok(t, "build", "-q", "--store-path", store, examples)
	out := ok(t, "entities", "--store-path", store, "--type", "Country", "--format", "json")
	var list []struct {
		IRI, Name, Type string
		Articles        int
	}
	if err := json.Unmarshal([]byte(out), &list); err != nil {
		t.Fatalf("entities --format json: %v\n%s", err, out)
	}
	if len(list) == 0 {
		t.Fatal("no countries")
	}
	for _, e := range list {
		if e.Type != "Country" {
			t.Errorf("--type Country listed %+v", e)
		}
	}
	text := ok(t, "entities", "--store-path", store, "--match", "russ")
	if !strings.Contains(text, "Russia") {
		t.Errorf("--match russ:\n%s", text)
	}
	if r := kg(t, "", "entities", "--store-path", store, "--type", "Planet"); r.code != 2 {
		t.Errorf("unknown type: %+v", r)
	}
}

func TestEnvStorePath(t *testing.T) {
	setup(t)
	store := filepath.Join(t.TempDir(), "env.db")
	t.Setenv("KG_STORE_PATH", store)
	s := parseSummary(t, ok(t, "build", filepath.Join(examples, "en-envoy.txt")))
	if s.loaded != 1 {
		t.Fatalf("summary %+v", s)
	}
	if _, err := os.Stat(store); err != nil {
		t.Fatalf("KG_STORE_PATH not used: %v", err)
	}
	if _, err := os.Stat("kg.db"); err == nil {
		t.Fatal("the default ./kg.db was created too")
	}
	if n := count(t, stats(t), "articles"); n != 1 {
		t.Fatalf("stats through KG_STORE_PATH: %d articles", n)
	}
	// A flag beats the environment.
	other := filepath.Join(t.TempDir(), "other.db")
	cfg := ok(t, "config", "--store-path", other)
	if !strings.Contains(cfg, "path: "+other) {
		t.Fatalf("config with --store-path:\n%s", cfg)
	}
	if cfg := ok(t, "config"); !strings.Contains(cfg, "path: "+store) {
		t.Fatalf("config with KG_STORE_PATH:\n%s", cfg)
	}
}

func TestConfigErrors(t *testing.T) {
	setup(t)
	os.WriteFile("config.yaml", []byte("store:\n  backend: [bolt\n"), 0o644)
	for _, cmd := range [][]string{{"config"}, {"stats"}, {"build", examples}} {
		r := kg(t, "", cmd...)
		if r.code != 1 || !strings.HasPrefix(r.err, "kg: config.yaml: ") || strings.Count(r.err, "\n") != 1 {
			t.Errorf("kg %s with a malformed config.yaml: exit %d, stderr %q", cmd[0], r.code, r.err)
		}
	}
	t.Setenv("KG_STORE_BACKEND", "") // the environment would win over the file
	os.WriteFile("config.yaml", []byte("store:\n  backend: mongo\n"), 0o644)
	if r := kg(t, "", "stats"); r.code != 1 || !strings.Contains(r.err, "config.yaml: store.backend") || !strings.Contains(r.err, "mongo") {
		t.Errorf("unknown backend: %+v", r)
	}
	os.Remove("config.yaml")
	if r := kg(t, "", "--config", "nope.yaml", "config"); r.code != 1 || !strings.Contains(r.err, "nope.yaml") {
		t.Errorf("missing --config file: %+v", r)
	}

	// A good file is used, and 'kg config' output is a valid config file.
	os.WriteFile("mine.yaml", []byte("workers: 3\nquery:\n  limit: 7\n"), 0o644)
	out := ok(t, "--config", "mine.yaml", "config")
	if !strings.Contains(out, "workers: 3") || !strings.Contains(out, "limit: 7") {
		t.Fatalf("config output:\n%s", out)
	}
	os.WriteFile("round.yaml", []byte(out), 0o644)
	if again := ok(t, "--config", "round.yaml", "config"); strings.SplitN(again, "\n", 2)[1] != strings.SplitN(out, "\n", 2)[1] {
		t.Fatalf("config output does not read back the same:\n%s\n---\n%s", out, again)
	}
}

func TestStoreErrors(t *testing.T) {
	store := setup(t)
	// Reading commands do not create a store.
	for _, cmd := range []string{"stats", "entities", "query"} {
		args := []string{cmd, "--store-path", store}
		if cmd == "query" {
			args = append(args, "g.V().All()")
		}
		r := kg(t, "", args...)
		if r.code != 1 || !strings.Contains(r.err, "no store at "+store) {
			t.Errorf("kg %s on a missing store: %+v", cmd, r)
		}
	}
	if _, err := os.Stat(store); err == nil {
		t.Fatal("a reading command created the store")
	}
	// A store path that is a file cannot be opened.
	file := filepath.Join(t.TempDir(), "plain-file")
	os.WriteFile(file, []byte("not a store"), 0o644)
	r := kg(t, "", "build", "--store-path", file, examples)
	if r.code != 1 || !strings.Contains(r.err, "cannot open "+backend+" store "+file) {
		t.Errorf("build into a file: %+v", r)
	}
}

func TestUsage(t *testing.T) {
	setup(t)
	for _, args := range [][]string{{"build"}, {"build", "--no-such-flag", "x"}, {"frobnicate"}, {"stats", "extra"}, {"query", "--lang", "sparql", "x"}} {
		if r := kg(t, "", args...); r.code != 2 || !strings.HasPrefix(r.err, "kg: ") {
			t.Errorf("kg %v: exit %d, stderr %q; want a usage error", args, r.code, r.err)
		}
	}
	if out := ok(t, "--help"); !strings.Contains(out, "build") || !strings.Contains(out, "query") {
		t.Errorf("help:\n%s", out)
	}
}

// TestBinary builds kg (without -race, so on bolt whatever the test flags)
// and runs it as a subprocess: the examples end to end on a bolt store,
// standard input as an article, no progress bar when stderr is not a
// terminal, exit statuses.
func TestBinary(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	store := setup(t)
	bin := filepath.Join(t.TempDir(), "kg")
	if runtime.GOOS == "windows" {
		bin += ".exe"
	}
	build := exec.Command("go", "build", "-o", bin, ".")
	build.Dir = filepath.Join(filepath.Dir(examples), "cmd", "kg")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	run := func(stdin string, args ...string) (string, string, int) {
		t.Helper()
		cmd := exec.Command(bin, args...)
		cmd.Env = append(os.Environ(), "KG_STORE_BACKEND=bolt", "KG_STORE_PATH="+store)
		cmd.Stdin = strings.NewReader(stdin)
		var out, errb bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &errb
		err := cmd.Run()
		code := 0
		if ee, ok := err.(*exec.ExitError); ok {
			code = ee.ExitCode()
		} else if err != nil {
			t.Fatal(err)
		}
		return out.String(), errb.String(), code
	}
	statsOf := func() map[string]any {
		t.Helper()
		out, errs, code := run("", "stats", "--format", "json")
		var m map[string]any
		if code != 0 || json.Unmarshal([]byte(out), &m) != nil {
			t.Fatalf("stats: exit %d, %s %s", code, out, errs)
		}
		return m
	}

	out, errs, code := run("", "build", examples)
	if code != 0 || errs != "" {
		t.Fatalf("build: exit %d, stderr %q", code, errs)
	}
	s := parseSummary(t, out)
	if s.loaded != 5 || s.quads == 0 {
		t.Fatalf("build summary %+v", s)
	}
	if _, err := os.Stat(filepath.Join(store, "indexes.bolt")); err != nil {
		t.Fatalf("no bolt store: %v", err)
	}
	st := statsOf()
	if count(t, st, "articles") != 5 || count(t, st, "quads") != s.quads {
		t.Fatalf("stats %v after %+v", st, s)
	}
	out, _, code = run("", "build", "--workers", "1", examples)
	if s := parseSummary(t, out); code != 0 || s.unchanged != 5 || s.quads != 0 {
		t.Fatalf("rebuild: exit %d, %+v", code, s)
	}
	if _, errs, code := run("", "rm", filepath.Join(examples, "en-envoy.txt")); code != 0 {
		t.Fatalf("rm: exit %d, %s", code, errs)
	}
	if after := statsOf(); count(t, after, "articles") != 4 || count(t, after, "quads") >= count(t, st, "quads") {
		t.Fatalf("stats after rm: %v", after)
	}

	out, errs, code = run("Russia and China vetoed the draft resolution, diplomats said.", "build", "-")
	if code != 0 || errs != "" {
		t.Fatalf("build -: exit %d, stderr %q", code, errs)
	}
	if s := parseSummary(t, out); s.loaded != 1 {
		t.Fatalf("build - summary: %+v", s)
	}
	_, errs, code = run("", "build", "/no/such/file")
	if code != 1 || !strings.HasPrefix(errs, "kg: /no/such/file: ") || strings.Contains(errs, "\r") {
		t.Fatalf("failed build: exit %d, stderr %q", code, errs)
	}
}
