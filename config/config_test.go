package config

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/spf13/pflag"
)

// clean runs the test in an empty directory with no KG_* variables set.
func clean(t *testing.T) string {
	t.Helper()
	for _, k := range Keys {
		t.Setenv(k.Env(), "") // viper treats empty variables as unset
	}
	dir := t.TempDir()
	t.Chdir(dir)
	return dir
}

func write(t *testing.T, dir, name, body string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// flagSet defines the flags kg's commands define.
func flagSet() *pflag.FlagSet {
	fs := pflag.NewFlagSet("kg", pflag.ContinueOnError)
	fs.String("store-backend", "", "")
	fs.String("store-path", "", "")
	fs.String("store-address", "", "")
	fs.Int("workers", 0, "")
	fs.Int("limit", 0, "")
	fs.Duration("timeout", 0, "")
	fs.Int64("batch-bytes", 0, "")
	fs.Int64("memory-limit", 0, "")
	return fs
}

func TestDefaults(t *testing.T) {
	clean(t)
	c, err := Load("", nil)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(c, Default()) {
		t.Errorf("Load with nothing set = %+v, want Default() = %+v", c, Default())
	}
	// Unset flags must not override anything.
	c, err = Load("", flagSet())
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(c, Default()) {
		t.Errorf("Load with unset flags = %+v, want %+v", c, Default())
	}
	want := map[string]any{
		"store.backend": c.Store.Backend, "store.path": c.Store.Path, "store.address": c.Store.Address,
		"base_iri": c.BaseIRI, "languages": c.Languages, "workers": c.Workers,
		"query.timeout": c.Query.Timeout, "query.limit": c.Query.Limit, "query.max_memory": c.Query.MaxMemory,
		"loaders.max_bytes": c.Loaders.MaxBytes, "extract.lexicon": c.Extract.Lexicon,
		"build.batch_bytes": c.Build.BatchBytes, "build.memory_limit": c.Build.MemoryLimit,
	}
	for _, k := range Keys {
		got, ok := want[k.Name]
		if !ok {
			t.Errorf("key %s is not in Config", k.Name)
			continue
		}
		if !reflect.DeepEqual(got, k.Default) {
			t.Errorf("%s: default %v (%T) in Keys, %v (%T) in Default()", k.Name, k.Default, k.Default, got, got)
		}
	}
	if len(want) != len(Keys) {
		t.Errorf("Keys has %d entries, Config %d", len(Keys), len(want))
	}
}

func TestPrecedence(t *testing.T) {
	dir := clean(t)
	write(t, dir, "config.yaml", `
store:
  backend: leveldb
  path: /from/file
workers: 3
query:
  limit: 50
`)
	// default < file
	c, err := Load("", flagSet())
	if err != nil {
		t.Fatal(err)
	}
	if c.File != "config.yaml" || c.Store.Backend != "leveldb" || c.Store.Path != "/from/file" || c.Workers != 3 || c.Query.Limit != 50 {
		t.Fatalf("file not applied: %+v", c)
	}
	if c.Query.Timeout != 10*time.Second || c.BaseIRI != "kg:" {
		t.Fatalf("defaults lost for keys the file does not set: %+v", c)
	}

	// file < env, also for nested keys the file does not mention
	t.Setenv("KG_STORE_PATH", "/from/env")
	t.Setenv("KG_QUERY_TIMEOUT", "3s")
	t.Setenv("KG_LOADERS_MAX_BYTES", "1000")
	t.Setenv("KG_LANGUAGES", "en,nn")
	t.Setenv("KG_WORKERS", "5")
	c, err = Load("", flagSet())
	if err != nil {
		t.Fatal(err)
	}
	if c.Store.Path != "/from/env" || c.Query.Timeout != 3*time.Second || c.Loaders.MaxBytes != 1000 || c.Workers != 5 {
		t.Fatalf("env not applied: %+v", c)
	}
	if !reflect.DeepEqual(c.Languages, []string{"en", "nn"}) {
		t.Fatalf("KG_LANGUAGES: got %q", c.Languages)
	}
	if c.Store.Backend != "leveldb" {
		t.Fatalf("file value lost: %+v", c)
	}

	// env < flag
	fs := flagSet()
	if err := fs.Parse([]string{"--store-path", "/from/flag", "--workers", "7", "--timeout", "1m", "--store-backend", "bolt"}); err != nil {
		t.Fatal(err)
	}
	c, err = Load("", fs)
	if err != nil {
		t.Fatal(err)
	}
	if c.Store.Path != "/from/flag" || c.Workers != 7 || c.Query.Timeout != time.Minute || c.Store.Backend != "bolt" {
		t.Fatalf("flags not applied: %+v", c)
	}
	if c.Query.Limit != 50 || c.Loaders.MaxBytes != 1000 {
		t.Fatalf("lower layers lost under flags: %+v", c)
	}
}

// The build's transaction bound and heap limit come from the file, the
// environment and flags like every key, and bad values are refused by name.
func TestBuildKeys(t *testing.T) {
	dir := clean(t)
	write(t, dir, "config.yaml", "build:\n  batch_bytes: 1048576\n  memory_limit: -1\n")
	c, err := Load("", flagSet())
	if err != nil {
		t.Fatal(err)
	}
	if c.Build.BatchBytes != 1<<20 || c.Build.MemoryLimit != -1 {
		t.Fatalf("file not applied: %+v", c.Build)
	}
	t.Setenv("KG_BUILD_BATCH_BYTES", "-1")
	if c, err = Load("", flagSet()); err != nil || c.Build.BatchBytes != -1 || c.Build.MemoryLimit != -1 {
		t.Fatalf("env not applied: %+v, %v", c, err)
	}
	t.Setenv("KG_BUILD_MEMORY_LIMIT", "268435456")
	if c, err = Load("", flagSet()); err != nil || c.Build.BatchBytes != -1 || c.Build.MemoryLimit != 256<<20 {
		t.Fatalf("env not applied over the file: %+v, %v", c, err)
	}
	fs := flagSet()
	if err := fs.Parse([]string{"--batch-bytes", "2097152", "--memory-limit", "536870912"}); err != nil {
		t.Fatal(err)
	}
	if c, err = Load("", fs); err != nil || c.Build.BatchBytes != 2<<20 || c.Build.MemoryLimit != 512<<20 {
		t.Fatalf("flags not applied: %+v, %v", c, err)
	}
	t.Setenv("KG_BUILD_BATCH_BYTES", "-5")
	if _, err := Load("", flagSet()); err == nil || !strings.Contains(err.Error(), "KG_BUILD_BATCH_BYTES") || !strings.Contains(err.Error(), "build.batch_bytes") {
		t.Errorf("a bound below -1 should be refused naming the variable: %v", err)
	}
	t.Setenv("KG_BUILD_BATCH_BYTES", "lots")
	if _, err := Load("", flagSet()); err == nil || !strings.Contains(err.Error(), "KG_BUILD_BATCH_BYTES") {
		t.Errorf("a non-number should be refused naming the variable: %v", err)
	}
}

func TestEnvWithoutFile(t *testing.T) {
	clean(t)
	t.Setenv("KG_STORE_BACKEND", "memory")
	t.Setenv("KG_EXTRACT_LEXICON", "a.yaml b.yaml")
	t.Setenv("KG_BASE_IRI", "http://example.org/")
	c, err := Load("", nil)
	if err != nil {
		t.Fatal(err)
	}
	if c.File != "" || c.Store.Backend != "memory" || c.BaseIRI != "http://example.org/" {
		t.Fatalf("got %+v", c)
	}
	if !reflect.DeepEqual(c.Extract.Lexicon, []string{"a.yaml", "b.yaml"}) {
		t.Fatalf("lexicon = %q", c.Extract.Lexicon)
	}
}

func TestExplicitFile(t *testing.T) {
	dir := clean(t)
	write(t, dir, "config.yaml", "workers: 2\n")
	other := write(t, dir, "other.yaml", "workers: 9\nextract:\n  lexicon: [x.yaml]\n")
	c, err := Load(other, nil)
	if err != nil {
		t.Fatal(err)
	}
	if c.Workers != 9 || c.File != other || !reflect.DeepEqual(c.Extract.Lexicon, []string{"x.yaml"}) {
		t.Fatalf("got %+v", c)
	}
	_, err = Load(filepath.Join(dir, "missing.yaml"), nil)
	if err == nil || !strings.Contains(err.Error(), "missing.yaml does not exist") {
		t.Fatalf("missing file: err = %v", err)
	}
}

func TestBadConfig(t *testing.T) {
	cases := []struct {
		name, body string
		env        map[string]string
		want       []string // substrings of the one-line error
	}{
		{"malformed", "store:\n  path: [unclosed\n", nil, []string{"config.yaml:", "not valid YAML", "line"}},
		{"tabs", "store:\n\tpath: x\n", nil, []string{"config.yaml:", "not valid YAML"}},
		{"unknown backend", "store:\n  backend: mongo\n", nil, []string{"config.yaml: store.backend", `"mongo"`, "bolt, leveldb, memory, postgres"}},
		{"unknown backend from env", "", map[string]string{"KG_STORE_BACKEND": "badger"}, []string{"KG_STORE_BACKEND", `"badger"`}},
		{"unknown key", "stroe:\n  path: x\n", nil, []string{"config.yaml: unknown key stroe", "store.path"}},
		{"unknown nested key", "query:\n  limt: 5\n", nil, []string{"unknown key query.limt"}},
		{"section not a mapping", "store: ./kg.db\n", nil, []string{"config.yaml: store must be a mapping", "backend, path, address"}},
		{"int as text", "workers: many\n", nil, []string{"config.yaml: workers", "whole number", `"many"`}},
		{"int from env", "", map[string]string{"KG_QUERY_LIMIT": "lots"}, []string{"environment KG_QUERY_LIMIT", "whole number"}},
		{"fraction", "query:\n  limit: 2.5\n", nil, []string{"query.limit", "whole number"}},
		{"duration without unit", "query:\n  timeout: 10\n", nil, []string{"config.yaml: query.timeout", "duration"}},
		{"bad duration", "query:\n  timeout: soon\n", nil, []string{"query.timeout", "duration"}},
		{"list as mapping", "languages:\n  en: true\n", nil, []string{"config.yaml: languages", "list of strings"}},
		{"list of numbers", "extract:\n  lexicon: [1, 2]\n", nil, []string{"extract.lexicon", "list of strings"}},
		{"string as mapping", "base_iri:\n  a: b\n", nil, []string{"config.yaml: base_iri", "string"}},
		{"negative workers", "workers: -1\n", nil, []string{"workers must be 0"}},
		{"batch bytes as text", "build:\n  batch_bytes: big\n", nil, []string{"config.yaml: build.batch_bytes", "whole number", `"big"`}},
		{"batch bytes below -1", "build:\n  batch_bytes: -2\n", nil, []string{"config.yaml: build.batch_bytes", "-1 (no bound)", "-2"}},
		{"memory limit from env", "", map[string]string{"KG_BUILD_MEMORY_LIMIT": "1GiB"}, []string{"environment KG_BUILD_MEMORY_LIMIT", "whole number", `"1GiB"`}},
		{"memory limit below -1", "build:\n  memory_limit: -7\n", nil, []string{"config.yaml: build.memory_limit", "-1 (none)", "-7"}},
		{"postgres without address", "store:\n  backend: postgres\n", nil, []string{"store.address", "connection string"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			dir := clean(t)
			for k, v := range tc.env {
				t.Setenv(k, v)
			}
			if tc.body != "" {
				write(t, dir, "config.yaml", tc.body)
			}
			c, err := Load("", nil)
			if err == nil {
				t.Fatalf("no error; config %+v", c)
			}
			msg := err.Error()
			if strings.Contains(msg, "\n") {
				t.Errorf("error is not one line: %q", msg)
			}
			for _, w := range tc.want {
				if !strings.Contains(msg, w) {
					t.Errorf("error %q does not mention %q", msg, w)
				}
			}
		})
	}
}

func TestEmptyFile(t *testing.T) {
	dir := clean(t)
	write(t, dir, "config.yaml", "# nothing set\n")
	c, err := Load("", nil)
	if err != nil {
		t.Fatal(err)
	}
	c.File = ""
	if !reflect.DeepEqual(c, Default()) {
		t.Fatalf("got %+v", c)
	}
}

func TestYAMLRoundTrip(t *testing.T) {
	dir := clean(t)
	c := Default()
	c.Store = Store{Backend: "postgres", Path: "x", Address: "postgres://u:p@h/db?sslmode=disable"}
	c.Workers = 4
	c.Query.Timeout = 1500 * time.Millisecond
	c.Languages = []string{"nb"}
	c.Extract.Lexicon = []string{"lex/a.yaml"}
	out, err := c.YAML()
	if err != nil {
		t.Fatal(err)
	}
	p := write(t, dir, "round.yaml", string(out))
	back, err := Load(p, nil)
	if err != nil {
		t.Fatalf("reading back %s: %v", out, err)
	}
	back.File = ""
	if !reflect.DeepEqual(back, c) {
		t.Fatalf("round trip:\n%s\ngot  %+v\nwant %+v", out, back, c)
	}
}

// TestRepoConfig checks that the committed config.yaml loads and sets only
// the defaults, so that it documents them truthfully.
func TestRepoConfig(t *testing.T) {
	repo, err := filepath.Abs("../config.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(repo); err != nil {
		t.Skip("no config.yaml at the repository root")
	}
	clean(t)
	c, err := Load(repo, nil)
	if err != nil {
		t.Fatal(err)
	}
	c.File = ""
	if !reflect.DeepEqual(c, Default()) {
		t.Fatalf("config.yaml differs from the defaults: %+v", c)
	}
	body, _ := os.ReadFile(repo)
	for _, k := range Keys {
		leaf := k.Name[strings.LastIndexByte(k.Name, '.')+1:]
		if !strings.Contains(string(body), leaf+":") {
			t.Errorf("config.yaml does not document %s", k.Name)
		}
	}
}
