// Package config loads kg's configuration: built-in defaults, overridden by a
// YAML file (config.yaml in the current directory, or the file named with
// --config), overridden by KG_* environment variables, overridden by
// command-line flags.
//
// It owns the list of configuration keys, their defaults, types and
// validation. It must not open stores, read articles or run extraction: it
// only says what the other packages should be configured with.
package config

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"math"
	"os"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/pflag"
	"github.com/spf13/viper"
	"go.yaml.in/yaml/v3"
)

// DefaultFile is the configuration file looked for in the current directory
// when no file is named.
const DefaultFile = "config.yaml"

// EnvPrefix prefixes every environment variable: store.path is KG_STORE_PATH.
const EnvPrefix = "KG"

// Backends are the store backends kg can open.
var Backends = []string{"bolt", "leveldb", "memory", "postgres"}

// Config is kg's effective configuration.
type Config struct {
	// File is the configuration file that was read ("" if none).
	File string `yaml:"-"`

	Store     Store    `yaml:"store"`
	BaseIRI   string   `yaml:"base_iri"`
	Languages []string `yaml:"languages"`
	// Workers is the number of extraction goroutines; 0 means one per core.
	Workers int     `yaml:"workers"`
	Query   Query   `yaml:"query"`
	Loaders Loaders `yaml:"loaders"`
	Extract Extract `yaml:"extract"`
	Build   Build   `yaml:"build"`
}

// Build tunes how kg build writes the store (see pipeline.Options).
type Build struct {
	// BatchBytes bounds the database pages one write transaction may
	// rewrite, in bytes (0: the built-in 64 MiB; -1: no bound).
	BatchBytes int64 `yaml:"batch_bytes"`
	// MemoryLimit is the soft heap limit of a build, in bytes (0: derived
	// from batch_bytes and the workers; -1: none).
	MemoryLimit int64 `yaml:"memory_limit"`
}

// Store says which quad store to use.
type Store struct {
	Backend string `yaml:"backend"` // one of Backends
	Path    string `yaml:"path"`    // directory of a bolt or leveldb store
	Address string `yaml:"address"` // postgres connection string
}

// Query bounds queries.
type Query struct {
	Timeout time.Duration `yaml:"timeout"`
	Limit   int           `yaml:"limit"`
	// MaxMemory is how much the heap may grow while a Gizmo query runs,
	// in bytes (0: no limit).
	MaxMemory int64 `yaml:"max_memory"`
}

// Loaders limits what is read.
type Loaders struct {
	MaxBytes int64 `yaml:"max_bytes"` // largest input file read
}

// Extract configures the extractor.
type Extract struct {
	Lexicon []string `yaml:"lexicon"` // extra lexicon files
}

// Key describes one configuration key.
type Key struct {
	Name    string // dotted key, as in config.yaml: "store.path"
	Default any
	Doc     string
}

// Env is the environment variable that overrides the key.
func (k Key) Env() string { return EnvName(k.Name) }

// EnvName is the environment variable for a dotted key: store.path → KG_STORE_PATH.
func EnvName(key string) string {
	return EnvPrefix + "_" + strings.ToUpper(strings.ReplaceAll(key, ".", "_"))
}

// Keys lists every configuration key with its default.
var Keys = []Key{
	{"store.backend", "bolt", "store backend: " + strings.Join(Backends, ", ")},
	{"store.path", "./kg.db", "directory of the bolt or leveldb store"},
	{"store.address", "", "postgres connection string (backend postgres)"},
	{"base_iri", "kg:", "prefix of every IRI kg writes"},
	{"languages", []string{"en", "nb"}, "languages whose extraction rules apply; text in others gets names from shape and gazetteer only"},
	{"workers", 0, "extraction goroutines (0 = number of cores)"},
	{"query.timeout", 10 * time.Second, "longest a query may run"},
	{"query.limit", 1000, "most results a query returns"},
	{"query.max_memory", int64(1 << 30), "how much memory (heap growth, in bytes) a Gizmo query may take; 0 = no limit"},
	{"loaders.max_bytes", int64(52428800), "largest input file read, in bytes"},
	{"extract.lexicon", []string{}, "extra lexicon files (YAML) for the extractor"},
	{"build.batch_bytes", int64(0), "database page bytes one write transaction of kg build may rewrite before batches shrink (0 = 64 MiB, -1 = no bound)"},
	{"build.memory_limit", int64(0), "soft heap limit of kg build, in bytes (0 = derived from batch_bytes and workers, -1 = none)"},
}

// FlagKeys maps command-line flag names to the configuration keys they
// override. Load binds those of them that the flag set defines.
var FlagKeys = map[string]string{
	"store-backend": "store.backend",
	"store-path":    "store.path",
	"store-address": "store.address",
	"base-iri":      "base_iri",
	"languages":     "languages",
	"workers":       "workers",
	"timeout":       "query.timeout",
	"limit":         "query.limit",
	"max-bytes":     "loaders.max_bytes",
	"lexicon":       "extract.lexicon",
	"batch-bytes":   "build.batch_bytes",
	"memory-limit":  "build.memory_limit",
}

// Default returns the built-in configuration, as listed in Keys.
func Default() *Config {
	return &Config{
		Store:     Store{Backend: "bolt", Path: "./kg.db"},
		BaseIRI:   "kg:",
		Languages: []string{"en", "nb"},
		Query:     Query{Timeout: 10 * time.Second, Limit: 1000, MaxMemory: 1 << 30},
		Loaders:   Loaders{MaxBytes: 52428800},
		Extract:   Extract{Lexicon: []string{}},
	}
}

// Load returns the configuration: defaults < file < KG_* environment <
// flags. file names the configuration file; if it is "", config.yaml is read
// from the current directory when it exists. flags may be nil. Errors are
// one line naming the source (file, variable or flag) and what to fix.
func Load(file string, flags *pflag.FlagSet) (*Config, error) {
	v := viper.New()
	for _, k := range Keys {
		v.SetDefault(k.Name, k.Default)
	}
	v.SetEnvPrefix(EnvPrefix)
	v.SetEnvKeyReplacer(strings.NewReplacer(".", "_"))
	v.AutomaticEnv()
	for _, k := range Keys {
		// Bind explicitly so that nested keys are overridable even when
		// the file does not mention them.
		if err := v.BindEnv(k.Name, k.Env()); err != nil {
			return nil, err
		}
	}

	explicit := file != ""
	if !explicit {
		if _, err := os.Stat(DefaultFile); err == nil {
			file = DefaultFile
		}
	}
	if file != "" {
		data, err := os.ReadFile(file)
		if err != nil {
			if errors.Is(err, fs.ErrNotExist) {
				return nil, fmt.Errorf("config file %s does not exist (check the --config path)", file)
			}
			return nil, fmt.Errorf("config file %s: %v", file, unwrapPath(err))
		}
		if err := checkFile(file, data); err != nil {
			return nil, err
		}
		v.SetConfigType("yaml")
		if err := v.ReadConfig(bytes.NewReader(data)); err != nil {
			return nil, fmt.Errorf("%s: cannot read: %v", file, err)
		}
	}

	bound := map[string]*pflag.Flag{}
	if flags != nil {
		for name, key := range FlagKeys {
			if f := flags.Lookup(name); f != nil {
				if err := v.BindPFlag(key, f); err != nil {
					return nil, err
				}
				bound[key] = f
			}
		}
	}

	d := decoder{v: v, file: file, flags: bound}
	c := &Config{
		File: file,
		Store: Store{
			Backend: d.str("store.backend"),
			Path:    d.str("store.path"),
			Address: d.str("store.address"),
		},
		BaseIRI:   d.str("base_iri"),
		Languages: d.strs("languages"),
		Workers:   d.int("workers"),
		Query: Query{
			Timeout:   d.duration("query.timeout"),
			Limit:     d.int("query.limit"),
			MaxMemory: int64(d.int("query.max_memory")),
		},
		Loaders: Loaders{MaxBytes: int64(d.int("loaders.max_bytes"))},
		Extract: Extract{Lexicon: d.strs("extract.lexicon")},
		Build:   Build{BatchBytes: int64(d.int("build.batch_bytes")), MemoryLimit: int64(d.int("build.memory_limit"))},
	}
	if d.err != nil {
		return nil, d.err
	}
	if err := d.validate(c); err != nil {
		return nil, err
	}
	return c, nil
}

// YAML renders the configuration as a config.yaml that Load reads back to
// the same values.
func (c *Config) YAML() ([]byte, error) {
	type query struct {
		Timeout   string `yaml:"timeout"`
		Limit     int    `yaml:"limit"`
		MaxMemory int64  `yaml:"max_memory"`
	}
	out := struct {
		Store     Store    `yaml:"store"`
		BaseIRI   string   `yaml:"base_iri"`
		Languages []string `yaml:"languages"`
		Workers   int      `yaml:"workers"`
		Query     query    `yaml:"query"`
		Loaders   Loaders  `yaml:"loaders"`
		Extract   Extract  `yaml:"extract"`
		Build     Build    `yaml:"build"`
	}{c.Store, c.BaseIRI, nonNil(c.Languages), c.Workers,
		query{c.Query.Timeout.String(), c.Query.Limit, c.Query.MaxMemory}, c.Loaders, Extract{nonNil(c.Extract.Lexicon)}, c.Build}
	var b bytes.Buffer
	enc := yaml.NewEncoder(&b)
	enc.SetIndent(2)
	if err := enc.Encode(out); err != nil {
		return nil, err
	}
	if err := enc.Close(); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// checkFile rejects YAML syntax errors, unknown keys and sections that are
// not mappings, naming the file and the key.
func checkFile(file string, data []byte) error {
	var doc map[string]any
	if err := yaml.Unmarshal(data, &doc); err != nil {
		msg := strings.TrimPrefix(err.Error(), "yaml: ")
		if line := tabIndented(data); line > 0 {
			msg = fmt.Sprintf("line %d is indented with a tab; YAML indents with spaces", line)
		}
		return fmt.Errorf("%s: not valid YAML (%s); fix the syntax or pass another file with --config", file, msg)
	}
	known := map[string]bool{}
	sections := map[string]bool{}
	for _, k := range Keys {
		known[k.Name] = true
		if i := strings.IndexByte(k.Name, '.'); i > 0 {
			sections[k.Name[:i]] = true
		}
	}
	var unknown []string
	var walk func(prefix string, m map[string]any) error
	walk = func(prefix string, m map[string]any) error {
		for name, val := range m {
			key := prefix + strings.ToLower(name)
			switch {
			case known[key]:
			case sections[key]:
				sub, ok := val.(map[string]any)
				if val == nil {
					continue
				}
				if !ok {
					return fmt.Errorf("%s: %s must be a mapping of %s (got %s)", file, key, strings.Join(sectionKeys(key), ", "), describe(val))
				}
				if err := walk(key+".", sub); err != nil {
					return err
				}
			default:
				unknown = append(unknown, key)
			}
		}
		return nil
	}
	if err := walk("", doc); err != nil {
		return err
	}
	if len(unknown) > 0 {
		sort.Strings(unknown)
		return fmt.Errorf("%s: unknown key %s (known keys: %s)", file, strings.Join(unknown, ", "), strings.Join(keyNames(), ", "))
	}
	return nil
}

// tabIndented returns the first line (1-based) of data that starts with a
// tab, or 0.
func tabIndented(data []byte) int {
	for i, line := range bytes.Split(data, []byte("\n")) {
		if len(line) > 0 && line[0] == '\t' {
			return i + 1
		}
	}
	return 0
}

func sectionKeys(section string) []string {
	var out []string
	for _, k := range Keys {
		if rest, ok := strings.CutPrefix(k.Name, section+"."); ok {
			out = append(out, rest)
		}
	}
	return out
}

func keyNames() []string {
	out := make([]string, len(Keys))
	for i, k := range Keys {
		out[i] = k.Name
	}
	return out
}

// decoder reads typed values out of viper, keeping the first error, which
// names where the bad value came from.
type decoder struct {
	v     *viper.Viper
	file  string
	flags map[string]*pflag.Flag
	err   error
}

// source names where the value of key came from, for error messages.
func (d *decoder) source(key string) string {
	if f, ok := d.flags[key]; ok && f.Changed {
		return "flag --" + f.Name
	}
	if os.Getenv(EnvName(key)) != "" {
		return "environment " + EnvName(key)
	}
	if d.file != "" && d.v.InConfig(key) {
		return d.file + ": " + key
	}
	return key
}

func (d *decoder) fail(key, want string, val any) {
	if d.err == nil {
		d.err = fmt.Errorf("%s: want %s, got %s", d.source(key), want, describe(val))
	}
}

func describe(val any) string {
	switch val.(type) {
	case nil:
		return "nothing"
	case map[string]any:
		return "a mapping"
	case []any, []string:
		return "a list"
	case string:
		return strconv.Quote(val.(string))
	}
	return fmt.Sprintf("%v", val)
}

func (d *decoder) str(key string) string {
	switch val := d.v.Get(key).(type) {
	case string:
		return val
	case nil:
		return ""
	case bool, int, int64, float64:
		return fmt.Sprint(val)
	default:
		d.fail(key, "a string", val)
		return ""
	}
}

func (d *decoder) strs(key string) []string {
	var out []string
	switch val := d.v.Get(key).(type) {
	case nil:
	case string: // from the environment or a flag: "en,nb" or "en nb"
		out = strings.FieldsFunc(val, func(r rune) bool { return r == ',' || r == ' ' })
	case []string:
		out = slices.Clone(val)
	case []any:
		for _, e := range val {
			s, ok := e.(string)
			if !ok {
				d.fail(key, "a list of strings", val)
				return nil
			}
			out = append(out, s)
		}
	default:
		d.fail(key, "a list of strings", val)
	}
	if out == nil {
		out = []string{}
	}
	return out
}

func (d *decoder) int(key string) int {
	switch val := d.v.Get(key).(type) {
	case int:
		return val
	case int64:
		return int(val)
	case uint64:
		if val <= math.MaxInt {
			return int(val)
		}
	case float64:
		if val == math.Trunc(val) && math.Abs(val) < 1<<53 {
			return int(val)
		}
	case string:
		if n, err := strconv.Atoi(strings.TrimSpace(val)); err == nil {
			return n
		}
	}
	d.fail(key, "a whole number", d.v.Get(key))
	return 0
}

func (d *decoder) duration(key string) time.Duration {
	switch val := d.v.Get(key).(type) {
	case time.Duration:
		return val
	case string:
		if t, err := time.ParseDuration(strings.TrimSpace(val)); err == nil {
			return t
		}
	}
	d.fail(key, `a duration with a unit such as "10s" or "2m"`, d.v.Get(key))
	return 0
}

func (d *decoder) validate(c *Config) error {
	if !slices.Contains(Backends, c.Store.Backend) {
		return fmt.Errorf("%s: unknown store backend %q (use one of %s)", d.source("store.backend"), c.Store.Backend, strings.Join(Backends, ", "))
	}
	switch c.Store.Backend {
	case "bolt", "leveldb":
		if c.Store.Path == "" {
			return fmt.Errorf("%s: backend %s needs a store path (set store.path, %s or --store-path)", d.source("store.path"), c.Store.Backend, EnvName("store.path"))
		}
	case "postgres":
		if c.Store.Address == "" {
			return fmt.Errorf("%s: backend postgres needs a connection string (set store.address, %s or --store-address)", d.source("store.address"), EnvName("store.address"))
		}
	}
	if c.Workers < 0 {
		return fmt.Errorf("%s: workers must be 0 (one per core) or more, got %d", d.source("workers"), c.Workers)
	}
	if c.Query.Timeout <= 0 {
		return fmt.Errorf("%s: query.timeout must be positive, got %s", d.source("query.timeout"), c.Query.Timeout)
	}
	if c.Query.Limit <= 0 {
		return fmt.Errorf("%s: query.limit must be positive, got %d", d.source("query.limit"), c.Query.Limit)
	}
	if c.Query.MaxMemory < 0 {
		return fmt.Errorf("%s: query.max_memory must be 0 (no limit) or more, got %d", d.source("query.max_memory"), c.Query.MaxMemory)
	}
	if c.Loaders.MaxBytes < 0 {
		return fmt.Errorf("%s: loaders.max_bytes must be 0 (no limit) or more, got %d", d.source("loaders.max_bytes"), c.Loaders.MaxBytes)
	}
	if c.BaseIRI == "" {
		return fmt.Errorf("%s: base_iri must not be empty", d.source("base_iri"))
	}
	if c.Build.BatchBytes < -1 {
		return fmt.Errorf("%s: build.batch_bytes must be -1 (no bound), 0 (the default) or more, got %d", d.source("build.batch_bytes"), c.Build.BatchBytes)
	}
	if c.Build.MemoryLimit < -1 {
		return fmt.Errorf("%s: build.memory_limit must be -1 (none), 0 (the default) or more, got %d", d.source("build.memory_limit"), c.Build.MemoryLimit)
	}
	return nil
}

func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
