package extract

import (
	"strings"
	"testing"
)

func TestWordListKind(t *testing.T) {
	lists, err := loadWordLists()
	if err != nil {
		t.Fatal(err)
	}
	en := lists["en"]
	if len(en) < 50000 {
		t.Fatalf("English word list has %d words", len(en))
	}
	for w, want := range map[string]string{
		"Students": "common", "Kipling": "proper", "Seagal": "unknown", "Seagal's": "unknown",
		"May": "both", "1998": "", "Dündar": "unknown",
	} {
		if got := en.kind(w, strings.ToLower(w)); got != want {
			t.Errorf("kind(%q) = %q, want %q", w, got, want)
		}
	}
	var none wordList
	if none.kind("Seagal", "seagal") != "" {
		t.Error("a language without a dictionary knows words")
	}
}
