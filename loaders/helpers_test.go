package loaders

import (
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// collect runs Read and splits what it yields into articles and errors,
// failing the test on any error that is not a *Error.
func collect(t *testing.T, paths []string, opts Options) ([]Article, []*Error) {
	t.Helper()
	return collectFrom(t, Read(paths, opts))
}

// collectStdin is collect with standard input replaced by stdin.
func collectStdin(t *testing.T, stdin string, paths ...string) ([]Article, []*Error) {
	t.Helper()
	return collectFrom(t, read(paths, Options{}, strings.NewReader(stdin)))
}

func collectFrom(t *testing.T, seq func(func(Article, error) bool)) ([]Article, []*Error) {
	t.Helper()
	var arts []Article
	var errs []*Error
	for a, err := range seq {
		if err != nil {
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("error %v (%T) is not a *Error", err, err)
			}
			errs = append(errs, e)
			continue
		}
		arts = append(arts, a)
	}
	return arts, errs
}

// readOne reads a single path that must hold exactly one article.
func readOne(t *testing.T, path string) Article {
	t.Helper()
	arts, errs := collect(t, []string{path}, Options{})
	if len(errs) > 0 || len(arts) != 1 {
		t.Fatalf("%s: got %d articles, errors %v; want 1 article", path, len(arts), errs)
	}
	return arts[0]
}

// readErr reads a single path that must yield exactly one error and no
// article; the error must match kind and contain want.
func readErr(t *testing.T, path string, kind error, want string) *Error {
	t.Helper()
	arts, errs := collect(t, []string{path}, Options{})
	if len(arts) != 0 || len(errs) != 1 {
		t.Fatalf("%s: got %d articles and errors %v; want exactly one error", path, len(arts), errs)
	}
	checkErr(t, errs[0], path, kind, want)
	return errs[0]
}

// checkErr checks an error's path, kind and message.
func checkErr(t *testing.T, e *Error, path string, kind error, want string) {
	t.Helper()
	if e.Path != path {
		t.Errorf("error path = %q, want %q", e.Path, path)
	}
	if !errors.Is(e, kind) {
		t.Errorf("error %q is not %v", e, kind)
	}
	if !strings.Contains(e.Error(), want) {
		t.Errorf("error %q does not say %q", e, want)
	}
	if !strings.Contains(e.Error(), path) {
		t.Errorf("error %q does not name the path %q", e, path)
	}
}

// writeFile creates dir/name with content and returns its path.
func writeFile(t *testing.T, dir, name, content string) string {
	t.Helper()
	path := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// ids lists the IDs of arts.
func ids(arts []Article) []string {
	var out []string
	for _, a := range arts {
		out = append(out, a.ID)
	}
	return out
}

func itoa(n int) string { return strconv.Itoa(n) }
