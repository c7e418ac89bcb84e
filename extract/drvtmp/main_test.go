package drv

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"kg/extract"
	"kg/loaders"
)

var hdr = regexp.MustCompile(`^\s*date (\S+) `)

func TestDrive(t *testing.T) {
	x, err := extract.New(extract.Config{})
	if err != nil {
		t.Fatal(err)
	}
	out, _ := os.Create(os.Getenv("OUT"))
	defer out.Close()
	for _, p := range strings.Fields(os.Getenv("FILES")) {
		b, _ := os.ReadFile(p)
		s := string(b)
		date := ""
		if m := hdr.FindStringSubmatch(s); m != nil {
			date = m[1]
			s = s[len(m[0]):]
		}
		d, err := x.Extract(loaders.Article{ID: p, Source: p, Text: strings.TrimSpace(s), Date: date})
		if err != nil {
			t.Fatal(err)
		}
		_ = filepath.Base
		j, _ := json.Marshal(d)
		fmt.Fprintln(out, string(j))
	}
}
