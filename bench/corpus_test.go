package bench

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"kg/loaders"
)

// testSource is a source of three small articles written for the test.
func testSource(t *testing.T) *Source {
	t.Helper()
	dir := t.TempDir()
	texts := map[string]string{
		"a.txt": "Talks in Geneva\n\nMinister Halvorsen met Ambassador Okonkwo in Geneva on Monday.",
		"b.txt": "Veto\n\nRussia vetoed the resolution drafted by France and Germany.",
		"c.txt": "rain\n\nheavy rain fell all week.",
	}
	for name, text := range texts {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// Not an article of the source: only *.txt files are.
	if err := os.WriteFile(filepath.Join(dir, "README.md"), []byte("# about"), 0o644); err != nil {
		t.Fatal(err)
	}
	src, err := LoadSource(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(src.Articles) != 3 {
		t.Fatalf("source has %d articles, want the 3 *.txt files", len(src.Articles))
	}
	return src
}

func TestWriteCorpus(t *testing.T) {
	src := testSource(t)
	var buf bytes.Buffer
	n, err := src.WriteCorpus(&buf, 10)
	if err != nil {
		t.Fatal(err)
	}
	var lines []generated
	sc := bufio.NewScanner(&buf)
	for sc.Scan() {
		var g generated
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			t.Fatalf("line %d: %v", len(lines)+1, err)
		}
		lines = append(lines, g)
	}
	if len(lines) != 10 {
		t.Fatalf("%d lines, want 10", len(lines))
	}
	ids := map[string]bool{}
	var text int64
	for i, g := range lines {
		if ids[g.ID] {
			t.Errorf("line %d: ID %s repeats", i+1, g.ID)
		}
		ids[g.ID] = true
		text += int64(len(g.Text))
		orig := src.Articles[i%3]
		if i < 3 && (g.Text != orig.Text || g.Title != orig.Title) {
			t.Errorf("line %d: the first round must be the source article unchanged: %q", i+1, g.Text)
		}
	}
	if text != n {
		t.Errorf("WriteCorpus says %d text bytes, lines hold %d", n, text)
	}
	// Round 1 respells some names, the same way in every article; text
	// without capitalised words stays.
	if lines[3].Text == lines[0].Text && lines[4].Text == lines[1].Text {
		t.Errorf("round 1 changed no names:\n%s\n%s", lines[3].Text, lines[4].Text)
	}
	if lines[5].Text != src.Articles[2].Text {
		t.Errorf("lower-case text was changed: %q", lines[5].Text)
	}
	if lines[3].Text == lines[9].Text && lines[3].Text != lines[0].Text {
		t.Errorf("rounds 1 and 3 use different variants, but their texts are the same")
	}
	if p := perturb("Geneva Geneva", 2); strings.Fields(p)[0] != strings.Fields(p)[1] {
		t.Errorf("one word respelled two ways: %q", p)
	}
	// The lines are articles kg reads.
	path := filepath.Join(t.TempDir(), "c.jsonl")
	if _, err := src.WriteCorpus(&buf, 10); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	read := 0
	for a, err := range loaders.Read([]string{path}, loaders.Options{}) {
		if err != nil {
			t.Fatal(err)
		}
		if a.ID != lines[read].ID || a.Text != lines[read].Text {
			t.Errorf("article %d read back as %q %q", read, a.ID, a.Text)
		}
		read++
	}
	if read != 10 {
		t.Errorf("read %d articles back, want 10", read)
	}
}

func TestWriteCorpusBadInput(t *testing.T) {
	if _, err := LoadSource(t.TempDir()); err == nil || !strings.Contains(err.Error(), "no *.txt articles") {
		t.Errorf("empty source directory: %v", err)
	}
	if _, err := testSource(t).WriteCorpus(&bytes.Buffer{}, -1); err == nil {
		t.Error("a negative corpus size was accepted")
	}
}
