package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestEvalNER(t *testing.T) {
	setup(t)
	file := filepath.Join(t.TempDir(), "ref.iob2")
	os.WriteFile(file, []byte("1\tThe\tO\t-\t-\n2\tpresident\tO\t-\t-\n3\tvisited\tO\t-\t-\n4\tNorway\tB-LOC\t-\t-\n5\tand\tO\t-\t-\n6\tGermany\tB-LOC\t-\t-\n7\t.\tO\t-\t-\n"), 0o644)
	out := ok(t, "eval", "ner", "--lang", "en", file)
	if !strings.Contains(out, "1 sentences, 7 tokens") || !strings.Contains(out, "micro") {
		t.Errorf("text report:\n%s", out)
	}
	var res struct {
		Micro struct{ Precision, Recall, F1 float64 }
	}
	if err := json.Unmarshal([]byte(ok(t, "eval", "ner", "--format", "json", "--lang", "en", file)), &res); err != nil {
		t.Fatal(err)
	}
	if res.Micro.Recall != 1 {
		t.Errorf("two known countries not both found: %+v", res.Micro)
	}
	// --errors lists what the recogniser missed and what it added
	miss := filepath.Join(t.TempDir(), "miss.iob2")
	os.WriteFile(miss, []byte("1\tThe\tO\t-\t-\n2\tzorblat\tB-ORG\t-\t-\n3\tvisited\tO\t-\t-\n4\tNorway\tO\t-\t-\n5\t.\tO\t-\t-\n"), 0o644)
	errs := filepath.Join(t.TempDir(), "errors.txt")
	ok(t, "eval", "ner", "--lang", "en", "--errors", errs, miss)
	if b, _ := os.ReadFile(errs); !strings.Contains(string(b), "  - ORG zorblat") || !strings.Contains(string(b), "  + LOC Norway") {
		t.Errorf("errors file:\n%s", b)
	}
	for _, text := range []string{"1\tKari\n", "[PER Kari [LOC Oslo]]\n"} {
		bad := filepath.Join(t.TempDir(), "bad.txt")
		os.WriteFile(bad, []byte(text), 0o644)
		if r := kg(t, "", "eval", "ner", bad); r.code == 0 || !strings.Contains(r.err, bad) {
			t.Errorf("bad reference file %q: exit %d, %q", text, r.code, r.err)
		}
	}
	// bracketed text: names marked inline
	marked := filepath.Join(t.TempDir(), "marked.txt")
	os.WriteFile(marked, []byte("# doc a\n[PER Kari Nordmann] visited [LOC Norway] and [LOC Sweden].\n"), 0o644)
	r := ok(t, "eval", "ner", "--lang", "en", "--format", "json", marked)
	if !strings.Contains(r, `"sentences": 1`) || !strings.Contains(r, `"tokens": 7`) {
		t.Errorf("bracketed text: %s", r)
	}
}
