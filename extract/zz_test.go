package extract

import (
	"fmt"
	"testing"
)

func TestZZ(t *testing.T) {
	x, _ := New(Config{})
	d := newDoc(x, "Title here\n\nKhaled Al-Maeena said it was bad.", "en", "z")
	toks := d.toks[1]
	fmt.Println(toks[0].Text, toks[1].Text, d.isOrdinaryWord("khaled"), x.lex.givenNames["Khaled"], isQuoteStart(toks, 0), d.startsKnown(toks, 1))
	n, ms := d.matchName(1, toks, 0)
	fmt.Println(n, ms)
	for _, m := range []func(int, []Token, int) (int, []*mention){d.matchActor, d.matchGazetteer, d.matchDocument} {
		fmt.Println(m(1, toks, 0))
	}
}
