package extract

import (
	"compress/gzip"
	"encoding/gob"
	"fmt"
	"io"
	"math/rand"
	"strings"
	"unicode"
)

// Tagger is a greedy averaged-perceptron sequence tagger that marks names
// with IOB2 tags (B-PER, I-ORG, O, …). It is trained on the open
// development splits of NorNE and Universal NER by TrainTagger (see
// tools/trainner) and shipped as a small embedded model per language.
type Tagger struct {
	Labels  []string
	Weights map[uint64][]float32 // by feature hash (featureHash)
}

// taggerModel is the serialised form: sparse weights.
type taggerModel struct {
	Labels   []string
	Features []uint64
	Label    []uint8
	Weight   []float32
	Offsets  []uint32 // Features[i]'s weights are Label/Weight[Offsets[i]:Offsets[i+1]]
}

// WriteTo writes the model, gzip-compressed.
func (t *Tagger) WriteTo(w io.Writer) (int64, error) {
	m := taggerModel{Labels: t.Labels}
	for f, ws := range t.Weights {
		m.Features = append(m.Features, f)
		m.Offsets = append(m.Offsets, uint32(len(m.Weight)))
		for l, v := range ws {
			if v > 1e-3 || v < -1e-3 {
				m.Label = append(m.Label, uint8(l))
				m.Weight = append(m.Weight, v)
			}
		}
	}
	m.Offsets = append(m.Offsets, uint32(len(m.Weight)))
	zw := gzip.NewWriter(w)
	if err := gob.NewEncoder(zw).Encode(&m); err != nil {
		return 0, err
	}
	return 0, zw.Close()
}

// ReadTagger reads a model written by WriteTo.
func ReadTagger(r io.Reader) (*Tagger, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, err
	}
	var m taggerModel
	if err := gob.NewDecoder(zr).Decode(&m); err != nil {
		return nil, err
	}
	if len(m.Offsets) != len(m.Features)+1 {
		return nil, fmt.Errorf("tagger model: %d features but %d offsets", len(m.Features), len(m.Offsets))
	}
	t := &Tagger{Labels: m.Labels, Weights: make(map[uint64][]float32, len(m.Features))}
	for i, f := range m.Features {
		ws := make([]float32, len(m.Labels))
		for k := m.Offsets[i]; k < m.Offsets[i+1]; k++ {
			ws[m.Label[k]] = m.Weight[k]
		}
		t.Weights[f] = ws
	}
	return t, nil
}

// taggerContext gives the tagger what the lexicon knows about each token.
type taggerContext struct {
	buf []uint64 // reused feature slice
	// at maps a sentence's token to its word here where a token is two
	// words to the tagger (a possessive the text set off: "Arafat 's");
	// nil: one word a token
	at    []int
	words []string
	lower []string
	gaz   []string // "B-LOC", "I-ORG" from the gazetteer, or ""
	x     *Extractor
	rules *LanguageRules
}

func (x *Extractor) taggerContext(words []string, rules *LanguageRules) *taggerContext {
	c := &taggerContext{words: words, x: x, rules: rules, lower: make([]string, len(words)), gaz: make([]string, len(words))}
	for i, w := range words {
		c.lower[i] = strings.ToLower(w)
	}
	lx := x.lex
	for i := 0; i < len(words); {
		matched := 0
		longest, ok := lx.maxLenFrom[words[i]]
		if !ok {
			longest = lx.maxLenFrom[c.lower[i]]
		}
		mayStart := longest > 0 || lx.firstWords[words[i]] || lx.firstWords[c.lower[i]]
		longest = lx.reach(c.lower[i:], longest)
		for n := min(max(longest, 1), len(words)-i); n >= 1; n-- {
			if !mayStart {
				n = 1 // no known name starts here, but the word's genitive stem may be one
			} else if es := lx.lookup(words[i : i+n]); len(es) > 0 {
				cl := nerClass(es[0].Type)
				if cl == "" {
					cl = "OTH"
				}
				c.gaz[i] = "B-" + cl
				for k := i + 1; k < i+n; k++ {
					c.gaz[k] = "I-" + cl
				}
				matched = n
				break
			}
			if n == 1 {
				if stem, ok := genitiveStem(words[i], rules.Language); ok {
					if es := lx.lookup([]string{stem}); len(es) > 0 {
						cl := nerClass(es[0].Type)
						if cl == "" {
							cl = "OTH"
						}
						c.gaz[i] = "B-" + cl
						matched = 1
					}
				}
			}
		}
		if matched == 0 {
			matched = 1
		}
		i += matched
	}
	return c
}

func wordShape(w string) string {
	var b strings.Builder
	last := rune(0)
	n := 0
	for _, r := range w {
		var c rune
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLower(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		default:
			c = r
		}
		if c == last {
			n++
			if n > 2 {
				continue
			}
		} else {
			n = 1
		}
		last = c
		b.WriteRune(c)
	}
	return b.String()
}

func suffix(w string, n int) string {
	r := []rune(w)
	if len(r) <= n {
		return w
	}
	return string(r[len(r)-n:])
}

func prefix(w string, n int) string {
	r := []rune(w)
	if len(r) <= n {
		return w
	}
	return string(r[:n])
}

// features lists the features of token i given the previous two tags.
func (c *taggerContext) features(i int, prev, prev2 string) []uint64 {
	w, lw := c.words[i], c.lower[i]
	at := func(k int) string {
		if k < 0 {
			return "<s>"
		}
		if k >= len(c.words) {
			return "</s>"
		}
		return c.lower[k]
	}
	shape := wordShape(w)
	f := c.buf[:0]
	add := func(parts ...string) { f = append(f, featureHash(parts...)) }
	add("b")
	add("w", lw)
	add("sh", shape)
	add("s3", suffix(lw, 3))
	add("s2", suffix(lw, 2))
	add("p3", prefix(lw, 3))
	add("pw", at(i-1))
	add("nw", at(i+1))
	add("pw2", at(i-2))
	add("nw2", at(i+2))
	add("pw-w", at(i-1), lw)
	add("w-nw", lw, at(i+1))
	add("pt", prev)
	add("pt2", prev2, prev)
	add("pt-sh", prev, shape)
	if i > 0 {
		add("psh", wordShape(c.words[i-1]))
	}
	if i+1 < len(c.words) {
		add("nsh", wordShape(c.words[i+1]))
	}
	if i == 0 {
		add("first", shape)
	}
	if g := c.gaz[i]; g != "" {
		add("gaz", g)
		add("gaz-pt", g, prev)
	}
	if i+1 < len(c.words) && c.gaz[i+1] != "" {
		add("ngaz", c.gaz[i+1])
	}
	if i > 0 && c.gaz[i-1] != "" {
		add("pgaz", c.gaz[i-1])
	}
	r := c.rules
	if r != nil {
		if k := r.roleOf[at(i-1)]; k != "" {
			add("prole", k)
		}
		if k := r.cueOf[at(i-1)]; k != "" {
			add("pcue", trainedCue(k))
		}
		if r.prepIn[at(i-1)] {
			add("pprep")
		}
		if r.speech[at(i+1)] || r.speech[at(i-1)] {
			add("speech")
		}
		if r.stop[lw] {
			add("stop")
		}
	}
	if c.x.lex.orgWords[lw] {
		add("orgw")
	}
	if c.x.lex.orgWords[at(i+1)] {
		add("norgw")
	}
	if c.x.lex.placeWords[lw] {
		add("placew")
	}
	if c.x.lex.givenNames[w] {
		add("given")
	}
	if i > 0 && c.x.lex.givenNames[c.words[i-1]] {
		add("pgiven", shape)
	}
	if c.x.lex.demonyms[lw] != nil {
		add("demonym")
	}
	if strings.Contains(w, "-") {
		add("hyph", wordShape(w[strings.LastIndexByte(w, '-')+1:]))
	}
	c.buf = f
	return f
}

// trainedCue is the kind a cue word had when the taggers were trained:
// media and parties were then organisations.
func trainedCue(kind string) string {
	if kind == "MediaOrganization" || kind == "PoliticalParty" {
		return "Organization"
	}
	return kind
}

func (t *Tagger) score(feats []uint64, scores []float32) {
	for k := range scores {
		scores[k] = 0
	}
	for _, f := range feats {
		if ws, ok := t.Weights[f]; ok {
			for k, v := range ws {
				scores[k] += v
			}
		}
	}
}

// tag returns one IOB2 tag per word.
func (t *Tagger) tag(c *taggerContext) []string {
	return t.tagSpan(c, 0, len(c.words), "<s>", "<s>")
}

// tagSpan tags words from..to-1, given the tags of the two words before.
func (t *Tagger) tagSpan(c *taggerContext, from, to int, prev, prev2 string) []string {
	tags := make([]string, to-from)
	scores := make([]float32, len(t.Labels))
	for i := from; i < to; i++ {
		t.score(c.features(i, prev, prev2), scores)
		best := 0
		for k := range scores {
			if scores[k] > scores[best] && validAfter(prev, t.Labels[k]) {
				best = k
			}
		}
		if !validAfter(prev, t.Labels[best]) {
			best = 0 // "O"
		}
		tags[i-from] = t.Labels[best]
		prev2, prev = prev, tags[i-from]
	}
	return tags
}

// validAfter forbids I-X after anything but B-X or I-X.
func validAfter(prev, label string) bool {
	if !strings.HasPrefix(label, "I-") {
		return true
	}
	return prev == "B-"+label[2:] || prev == label
}

// TrainTagger trains a tagger on tagged sentences with the lexicon's
// features for the given language.
func (x *Extractor) TrainTagger(words, tags [][]string, lang string, epochs int) *Tagger {
	labels := []string{"O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC"}
	index := map[string]int{}
	for i, l := range labels {
		index[l] = i
	}
	rules := x.lex.rules[lang]
	if rules == nil {
		rules = x.fallback
	}
	t := &Tagger{Labels: labels, Weights: map[uint64][]float32{}}
	totals := map[uint64][]float64{}
	stamps := map[uint64][]int{}
	step := 0
	update := func(f uint64, label int, delta float32) {
		ws, ok := t.Weights[f]
		if !ok {
			ws = make([]float32, len(labels))
			t.Weights[f] = ws
			totals[f] = make([]float64, len(labels))
			stamps[f] = make([]int, len(labels))
		}
		totals[f][label] += float64(step-stamps[f][label]) * float64(ws[label])
		stamps[f][label] = step
		ws[label] += delta
	}
	ctxs := make([]*taggerContext, len(words))
	for i := range words {
		ctxs[i] = x.taggerContext(words[i], rules)
	}
	order := rand.New(rand.NewSource(1)).Perm(len(words))
	scores := make([]float32, len(labels))
	for e := 0; e < epochs; e++ {
		for _, si := range order {
			c := ctxs[si]
			prev, prev2 := "<s>", "<s>"
			for i := range c.words {
				step++
				gold := tags[si][i]
				if _, ok := index[gold]; !ok {
					gold = "O"
				}
				feats := c.features(i, prev, prev2)
				t.score(feats, scores)
				best := 0
				for k := range scores {
					if scores[k] > scores[best] {
						best = k
					}
				}
				if labels[best] != gold {
					for _, f := range feats {
						update(f, index[gold], 1)
						update(f, best, -1)
					}
				}
				prev2, prev = prev, gold
			}
		}
		rand.New(rand.NewSource(int64(e))).Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
	}
	// average
	for f, ws := range t.Weights {
		for l := range ws {
			total := totals[f][l] + float64(step-stamps[f][l])*float64(ws[l])
			ws[l] = float32(total / float64(step))
		}
	}
	return t
}

// ReadTagged reads IOB2, CoNLL-U or bracketed training sentences (see
// isBracketed), their tags mapped to PER, ORG and LOC (others become O).
func ReadTagged(r io.Reader) (words, tags [][]string, err error) {
	sents, err := readNER(r)
	if err != nil {
		return nil, nil, err
	}
	for _, s := range sents {
		words = append(words, s.tokens)
		tags = append(tags, tagsOfSpans(len(s.tokens), s.gold))
	}
	return words, tags, nil
}

// featureHash is the FNV-1a hash of a feature's parts joined by '|'.
func featureHash(parts ...string) uint64 {
	const offset, prime = 14695981039346656037, 1099511628211
	h := uint64(offset)
	for i, p := range parts {
		if i > 0 {
			h ^= '|'
			h *= prime
		}
		for k := 0; k < len(p); k++ {
			h ^= uint64(p[k])
			h *= prime
		}
	}
	return h
}
