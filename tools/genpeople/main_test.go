package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A WordNet in miniature: person ← writer ← Hemingway; a patron saint and
// an imaginary being for Santa Claus; a city Santa Fe; a scale named after
// Celsius; Bush a person and a shrub; Stowe a person the dictionary writes
// in lower case.
const miniNouns = `  1 This software and database is being provided to you, the LICENSEE, by  
  2 Princeton University under the following license.  
00007846 03 n 01 person 0 000 | a human being  
10794014 18 n 01 writer 0 001 @ 00007846 n 0000 | writes  
09483738 18 n 01 imaginary_being 0 000 | not real  
10408552 18 n 01 patron_saint 0 001 @ 00007846 n 0000 | a saint  
11111111 18 n 02 Hemingway 0 Ernest_Hemingway 0 001 @i 10794014 n 0000 | a writer  
10550673 18 n 02 Santa_Claus 0 Santa 0 002 @i 10408552 n 0000 @i 09483738 n 0000 | legendary  
09116318 15 n 01 Santa_Fe 0 000 | a city  
22222222 18 n 01 Celsius 0 001 @i 00007846 n 0000 | an astronomer  
33333333 10 n 01 Celsius_scale 0 000 | a scale  
44444444 18 n 01 Bush 0 001 @i 00007846 n 0000 | a president  
55555555 20 n 01 bush 0 000 | a shrub  
66666666 18 n 01 Stowe 0 001 @i 10794014 n 0000 | a writer  
`

func TestOnlyWordsThatNameAPersonAndNothingElse(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{"data.noun": miniNouns, "data.verb": "", "data.adj": "", "data.adv": "", "words": "stowe\nHemingway\n"}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out := filepath.Join(dir, "people.yaml")
	if err := run(dir, filepath.Join(dir, "words"), out); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	_, list, ok := strings.Cut(text, "famous_people: [")
	if !ok {
		t.Fatalf("no famous_people list:\n%s", text)
	}
	if strings.TrimSpace(strings.Trim(strings.TrimSpace(list), "]")) != "Hemingway" {
		t.Errorf("want Hemingway alone, got %q", list)
	}
	if !strings.Contains(text, "# Princeton University under the following license.") {
		t.Errorf("the licence is not repeated:\n%s", text)
	}
}
