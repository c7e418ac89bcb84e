package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestWritesSentenceRangesAndDocuments(t *testing.T) {
	dir := t.TempDir()
	conll := "# newdoc id = a\n# sent_id = 1\n# text = First one.\n1\tFirst\tO\n\n" +
		"# sent_id = 2\n# text = Second one.\n1\tSecond\tO\n\n" +
		"# newdoc id = b\n# text = Third one.\n1\tThird\tO\n"
	if err := os.WriteFile(filepath.Join(dir, "set.iob2"), []byte(conll), 0o644); err != nil {
		t.Fatal(err)
	}
	manifest := filepath.Join(dir, "manifest.txt")
	os.WriteFile(manifest, []byte("# comment\nx1 set.iob2 sentences 1 2\nx2 set.iob2 doc a\n"), 0o644)
	out := filepath.Join(dir, "out")
	if err := run(dir, out, manifest); err != nil {
		t.Fatal(err)
	}
	for id, want := range map[string]string{"x1": "Second one.\nThird one.\n", "x2": "First one.\nSecond one.\n"} {
		b, err := os.ReadFile(filepath.Join(out, id+".txt"))
		if err != nil || string(b) != want {
			t.Errorf("%s: %q (%v), want %q", id, b, err, want)
		}
	}
	for _, bad := range []string{"x3 set.iob2 sentences 2 5", "x4 set.iob2 doc zz", "x5 set.iob2 lines 1"} {
		os.WriteFile(manifest, []byte(bad+"\n"), 0o644)
		err := run(dir, out, manifest)
		if err == nil || !strings.Contains(err.Error(), "manifest.txt:1") {
			t.Errorf("%q: error %v, want one naming the manifest's line", bad, err)
		}
	}
}
