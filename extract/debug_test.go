package extract

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"kg/loaders"
)

func TestDebugDoc(t *testing.T) {
	p := os.Getenv("DOC")
	if p == "" {
		t.Skip()
	}
	b, _ := os.ReadFile(p)
	s := strings.TrimSpace(string(b))
	if strings.HasPrefix(s, "date ") {
		s = strings.TrimSpace(s[13:])
	}
	x, _ := New(Config{})
	lang := DetectLanguage(s, nil)
	d := newDoc(x, s, lang, p)
	for si := range d.sents {
		d.recognize(si)
	}
	d.link()
	d.settleTypes()
	fmt.Println("lang", lang)
	for si := range d.sents {
		tg, _ := d.tagged(si, nil, nil)
		fmt.Println(si, tg)
	}
	for _, e := range d.order {
		fmt.Printf("%s [%s] %s %v\n", e.key, e.typ, e.name, e.aliases)
	}
	doc, _ := x.Extract(loaders.Article{ID: p, Text: s})
	for _, r := range doc.Relations {
		fmt.Println("REL", r.Subject, r.Predicate, r.Object)
	}
	for _, c := range doc.Claims {
		fmt.Println("CLAIM", c.Speaker, c.Text)
	}
}
