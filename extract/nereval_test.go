package extract

import (
	"bytes"
	"strings"
	"testing"
)

const iob2Sample = `# sent_id = 1
1	Kari	B-PER	-	-
2	Berg	I-PER	-	-
3	visited	O	-	-
4	Norway	B-LOC	-	-
5	.	O	-	-

# sent_id = 2
1	The	O	-	-
2	United	B-ORG	-	-
3	Nations	I-ORG	-	-
4	met	O	-	-
5	in	O	-	-
6	Geneva	B-LOC	-	-
7	.	O	-	-
`

const conlluSample = `# text = Russland og Kina stemte mot.
1	Russland	Russland	PROPN	_	_	4	nsubj	_	name=B-GPE_LOC
2	og	og	CCONJ	_	_	3	cc	_	name=O
3	Kina	Kina	PROPN	_	_	1	conj	_	name=B-GPE_LOC
4	stemte	stemme	VERB	_	_	0	root	_	name=O
5	mot	mot	ADP	_	_	4	obl	_	SpaceAfter=No|name=O
6	.	$.	PUNCT	_	_	4	punct	_	name=B-MISC
`

func TestReadNER(t *testing.T) {
	sents, err := readNER(strings.NewReader(iob2Sample))
	if err != nil {
		t.Fatal(err)
	}
	if len(sents) != 2 || sents[0].gold[[2]int{0, 2}] != "PER" || sents[1].gold[[2]int{1, 3}] != "ORG" {
		t.Fatalf("IOB2 read wrong: %+v", sents)
	}
	sents, err = readNER(strings.NewReader(conlluSample))
	if err != nil {
		t.Fatal(err)
	}
	if len(sents) != 1 || len(sents[0].gold) != 2 || sents[0].gold[[2]int{2, 3}] != "LOC" {
		t.Fatalf("CoNLL-U read wrong (GPE_LOC is LOC, MISC is dropped): %+v", sents)
	}
	if _, err := readNER(strings.NewReader("1\tKari\n")); err == nil {
		t.Error("a line of too few columns was accepted")
	}
}

// Bracketed text: names marked inline, a sentence a line, documents
// opened by "# doc", tokens cut as Universal Dependencies cuts them.
func TestReadBracketed(t *testing.T) {
	text := "# doc a-1\n[PER Angela Merkel] met [ORG Siemens] executives in [LOC Munich].\n" +
		"\"We won't move,\" said [LOC Russia]'s envoy to the [ORG Hudson's Bay Company] (U.S.-led).\n\n" +
		"# doc a-2\nMr. [PER Lee] left [LOC Coca-Cola Town]...\n"
	sents, err := readNER(strings.NewReader(text))
	if err != nil {
		t.Fatal(err)
	}
	if len(sents) != 3 || sents[0].doc != sents[1].doc || sents[1].doc == sents[2].doc {
		t.Fatalf("sentences or documents wrong: %+v", sents)
	}
	want := [][]string{
		{"Angela", "Merkel", "met", "Siemens", "executives", "in", "Munich", "."},
		{"\"", "We", "wo", "n't", "move", ",", "\"", "said", "Russia", "'s", "envoy", "to", "the", "Hudson", "'s", "Bay", "Company", "(", "U.S.", "-", "led", ")", "."},
		{"Mr.", "Lee", "left", "Coca", "-", "Cola", "Town", "..."},
	}
	for i, w := range want {
		if strings.Join(sents[i].tokens, "|") != strings.Join(w, "|") {
			t.Errorf("sentence %d tokens\n%q, want\n%q", i, sents[i].tokens, w)
		}
	}
	gold := []map[[2]int]string{
		{{0, 2}: "PER", {3, 4}: "ORG", {6, 7}: "LOC"},
		{{8, 9}: "LOC", {13, 17}: "ORG"},
		{{1, 2}: "PER", {3, 7}: "LOC"},
	}
	for i, g := range gold {
		if len(sents[i].gold) != len(g) {
			t.Errorf("sentence %d spans %v, want %v", i, sents[i].gold, g)
		}
		for span, c := range g {
			if sents[i].gold[span] != c {
				t.Errorf("sentence %d spans %v, want %v", i, sents[i].gold, g)
			}
		}
	}
	// "Merkel met": spaced; "Munich.": glued
	if sents[0].glued[1] || !sents[0].glued[7] {
		t.Errorf("spacing %v", sents[0].glued)
	}
	if _, err := readNER(strings.NewReader("[PER Kari [LOC Oslo]]\n")); err == nil {
		t.Error("a nested mark was accepted")
	}
}

func TestEvalNER(t *testing.T) {
	res, err := extractor(t).EvalNER(strings.NewReader(iob2Sample), "en")
	if err != nil {
		t.Fatal(err)
	}
	if res.Sentences != 2 || res.Tokens != 12 {
		t.Errorf("counted %d sentences, %d tokens", res.Sentences, res.Tokens)
	}
	loc := res.Types[2]
	if loc.Type != "LOC" || loc.TP != 2 {
		t.Errorf("known places Norway and Geneva not both found: %+v", loc)
	}
	if res.Micro.TP+res.Micro.FN != 4 {
		t.Errorf("gold spans counted %d, want 4", res.Micro.TP+res.Micro.FN)
	}
	if res.Micro.F1 <= 0 || res.Micro.F1 > 1 {
		t.Errorf("micro F1 %v", res.Micro.F1)
	}
}

func TestTaggerTrainAndRoundTrip(t *testing.T) {
	x := extractor(t)
	words, tags, err := ReadTagged(strings.NewReader(strings.Repeat(iob2Sample+"\n", 5)))
	if err != nil {
		t.Fatal(err)
	}
	tagger := x.TrainTagger(words, tags, "en", 5)
	got := tagger.tag(x.taggerContext(words[0], x.lex.rules["en"]))
	if strings.Join(got, " ") != strings.Join(tags[0], " ") {
		t.Errorf("tagger does not fit its own training sentence: %v, want %v", got, tags[0])
	}
	var buf bytes.Buffer
	if _, err := tagger.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	back, err := ReadTagger(&buf)
	if err != nil {
		t.Fatal(err)
	}
	again := back.tag(x.taggerContext(words[0], x.lex.rules["en"]))
	if strings.Join(again, " ") != strings.Join(got, " ") {
		t.Errorf("model changed in a write/read round trip: %v vs %v", again, got)
	}
	if _, err := ReadTagger(strings.NewReader("not a model")); err == nil {
		t.Error("garbage read as a model")
	}
}

// Sentences are grouped into documents by "# newdoc" markers, or by
// consecutive sent_ids where there are none, and a document's sentences are
// analysed together: a surname alone finds the full name said before it.
func TestNERDocuments(t *testing.T) {
	byMarker := "# newdoc id = a\n" + iob2Sample + "\n# newdoc id = b\n# sent_id = 3\n1\tOslo\tB-LOC\t-\t-\n"
	sents, err := readNER(strings.NewReader(byMarker))
	if err != nil {
		t.Fatal(err)
	}
	if len(sents) != 3 || sents[0].doc != sents[1].doc || sents[1].doc == sents[2].doc {
		t.Errorf("newdoc grouping wrong: %d %d %d", sents[0].doc, sents[1].doc, sents[2].doc)
	}
	byID := strings.ReplaceAll(conlluSample, "# text", "# sent_id = 018107\n# text") + "\n" +
		strings.ReplaceAll(conlluSample, "# text", "# sent_id = 018108\n# text") + "\n" +
		strings.ReplaceAll(conlluSample, "# text", "# sent_id = 018206\n# text")
	sents, err = readNER(strings.NewReader(byID))
	if err != nil {
		t.Fatal(err)
	}
	if len(sents) != 3 || sents[0].doc != sents[1].doc || sents[1].doc == sents[2].doc {
		t.Errorf("sent_id grouping wrong: %d %d %d", sents[0].doc, sents[1].doc, sents[2].doc)
	}

	doc := []nerSentence{
		{tokens: strings.Fields("Police officer Kari Nordberg arrived in Bergen on Monday ."), doc: 1},
		{tokens: strings.Fields("The car of Nordberg was found near the station ."), doc: 1},
	}
	if got := extractor(t).nerDocSpans(doc, "en")[1][[2]int{3, 4}]; got != "PER" {
		t.Errorf("surname in the document's second sentence: %q, want PER", got)
	}
}

func TestEvalNERLeavesTitlesOutOfPersonSpans(t *testing.T) {
	// the reference marks "Francis", not "Pope Francis": the title is no part of the name
	const sample = "# sent_id = t1\n# text = Pope Francis met the visitors in Rome .\n" +
		"1\tPope\tO\t-\t-\n2\tFrancis\tB-PER\t-\t-\n3\tmet\tO\t-\t-\n4\tthe\tO\t-\t-\n5\tvisitors\tO\t-\t-\n6\tin\tO\t-\t-\n7\tRome\tB-LOC\t-\t-\n8\t.\tO\t-\t-\n\n"
	res, err := extractor(t).EvalNER(strings.NewReader(sample), "en")
	if err != nil {
		t.Fatal(err)
	}
	if per := res.Types[0]; per.TP != 1 || per.FP != 0 {
		t.Errorf("Francis: %+v", per)
	}
}

func TestEvalNERMarksTheLeaderOfAnAdministration(t *testing.T) {
	// the reference marks "Bush" in "the Bush administration": the name a
	// tagger marks is the leader's, though kg names the government too
	const sample = "# sent_id = t1\n# text = The Bush administration named a replacement .\n" +
		"1\tThe\tO\t-\t-\n2\tBush\tB-PER\t-\t-\n3\tadministration\tO\t-\t-\n4\tnamed\tO\t-\t-\n5\ta\tO\t-\t-\n6\treplacement\tO\t-\t-\n7\t.\tO\t-\t-\n\n" +
		"# sent_id = t2\n# text = Bush tried hard .\n" +
		"1\tBush\tB-PER\t-\t-\n2\ttried\tO\t-\t-\n3\thard\tO\t-\t-\n4\t.\tO\t-\t-\n\n"
	res, err := extractor(t).EvalNER(strings.NewReader(sample), "en")
	if err != nil {
		t.Fatal(err)
	}
	if per := res.Types[0]; per.TP != 2 || per.FP != 0 {
		t.Errorf("Bush: %+v (ORG %+v)", per, res.Types[1])
	}
}

// A capitalised ministry is a name of its own, its state's adjective
// inside the span ("the Russian Defence Ministry"); a lower-case one ("the
// Russian defence ministry") is no name the references tag.
func TestMinistrySpans(t *testing.T) {
	const sample = `# sent_id = 1
1	The	O	-	-
2	Russian	B-ORG	-	-
3	Defence	I-ORG	-	-
4	Ministry	I-ORG	-	-
5	said	O	-	-
6	it	O	-	-
7	was	O	-	-
8	ready	O	-	-
9	.	O	-	-

# sent_id = 2
1	The	O	-	-
2	Russian	O	-	-
3	defence	O	-	-
4	ministry	O	-	-
5	said	O	-	-
6	it	O	-	-
7	was	O	-	-
8	ready	O	-	-
9	.	O	-	-

`
	res, err := extractor(t).EvalNER(strings.NewReader(sample), "en")
	if err != nil {
		t.Fatal(err)
	}
	if res.Micro.TP != 1 || res.Micro.FP != 0 || res.Micro.FN != 0 {
		t.Errorf("ministry spans: %+v", res.Micro)
	}
}
