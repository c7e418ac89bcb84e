package yamllist

import (
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

func TestWriteWrapsAndReadsBack(t *testing.T) {
	var items []string
	for i := 0; i < 60; i++ {
		items = append(items, strings.Repeat("x", i%9+3))
	}
	var b strings.Builder
	Write(&b, "words", items)
	for _, l := range strings.Split(strings.TrimSpace(b.String()), "\n") {
		if len(l) > 110 {
			t.Errorf("line of %d bytes: %q", len(l), l)
		}
	}
	var got map[string][]string
	if err := yaml.Unmarshal([]byte(b.String()), &got); err != nil {
		t.Fatal(err)
	}
	if strings.Join(got["words"], " ") != strings.Join(items, " ") {
		t.Errorf("read back %v, want %v", got["words"], items)
	}
}
