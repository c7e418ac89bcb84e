package extract

import (
	"slices"
	"sort"
	"strings"
	"unicode"
)

// unnamedProposals makes an entity of each proposal the article calls by
// its kind only: "Russia proposed a 24-hour truce", "Bush proposed a $145
// billion stimulus plan", "the ceasefire put forward by Egypt", "Russland
// foreslo en våpenhvile", "Mays forslag" — a phrase ending in one of
// proposal_nouns right after one of proposal_verbs, before a passive's
// verb and agent, or after an actor's genitive. One entity per kind and
// article; the article's later definite uses of the kind ("the truce",
// "våpenhvilen") are mentions of it, so what is done to it is read too.
// Without a proposer in sight a plan stays a common noun.
func (d *doc) unnamedProposals() {
	if len(d.rules.ProposalNouns) == 0 || len(d.rules.proposalVerbs) == 0 {
		return
	}
	byHead := map[string]*entity{}
	for si, toks := range d.toks {
		idx := d.mentionIndex(si)
		for i := 0; i < len(toks); i++ {
			from, head, ok := d.proposalPhrase(idx, toks, i)
			if !ok {
				continue
			}
			canon := d.proposalHead(toks[head].Lower)
			e := byHead[canon]
			if e == nil {
				e = d.entity("proposal-"+Key(canon)+"-"+d.articleKey, d.proposalName(toks[from:head+1]), "Proposal", contextGuess)
				e.weak = true // output only where a relation reads it
				byHead[canon] = e
			}
			d.insertMention(e, &mention{start: toks[from].Start, end: toks[head].End, text: d.text[toks[from].Start:toks[head].End], sent: si, generic: true})
			for k := from; k <= head; k++ {
				idx.covered[k] = true
			}
			i = head
		}
	}
	if len(byHead) == 0 {
		return
	}
	// later definite uses: "the truce", "this plan", "våpenhvilen"
	for si, toks := range d.toks {
		var idx *mentionIndex
		for i, t := range toks {
			canon := d.proposalHead(t.Lower)
			e := byHead[canon]
			if e == nil || !d.definiteProposal(toks, i) || e.mentions[0].sent > si {
				continue
			}
			if idx == nil {
				idx = d.mentionIndex(si)
			}
			if idx.covered[i] {
				continue
			}
			d.insertMention(e, &mention{start: t.Start, end: t.End, text: t.Text, sent: si, generic: true})
		}
	}
}

// proposalPhrase reports whether a proposal phrase ends a proposing verb
// at toks[i] (the verb's last word), or a genitive name there, or whether
// toks[i] is the head of a phrase a passive's verb follows; it returns the
// phrase's first and last (head) token.
func (d *doc) proposalPhrase(idx *mentionIndex, toks []Token, i int) (from, head int, ok bool) {
	if idx.covered[i] {
		if m := idx.endingAt[toks[i].End]; m != nil && i+1 < len(toks) && d.actorClass(m.ent) {
			// "Russia's ceasefire plan", "Mays forslag"
			j := i + 1
			if toks[j].Text == "'s" || toks[j].Text == "'" || toks[j].Text == "’s" {
				j++
			} else if !m.genitive {
				return 0, 0, false
			}
			return d.proposalAfter(idx, toks, j, 2, false)
		}
		return 0, 0, false
	}
	if n := d.proposalVerbEnding(toks, i); n > 0 {
		return d.proposalAfter(idx, toks, i+1, 5, true)
	}
	// "Norsk Spillerforening har gått imot utvidelsen", "the union opposed
	// the plan": a definite proposal a stance is taken on, proposer or not
	if n := d.rules.proposalStances.endingAt(toks, i); n > 0 {
		if from, head, ok := d.proposalAfter(idx, toks, i+1, 3, true); ok && (d.definiteProposal(toks, head) || from > 0 && slices.Contains(d.rules.ProposalDefinites, toks[from-1].Lower)) {
			return from, head, true
		}
	}
	// "the truce proposed by Russia", "våpenhvilen foreslått av Russland"
	if d.proposalHead(toks[i].Lower) != "" && i+2 < len(toks) {
		for k := i + 1; k < len(toks) && k <= i+3; k++ {
			if d.rules.passiveAgents[toks[k].Lower] {
				if n := d.proposalVerbEnding(toks, k-1); n > 0 && k-n == i+1 {
					start := i
					for start > 0 && i-start < 4 && d.modifierWord(toks[start-1]) {
						start--
					}
					if start > 0 && d.determiner(toks[start-1].Lower) || d.lang != "en" {
						return d.trimQuantity(toks, start, i), i, true
					}
				}
				break
			}
		}
	}
	return 0, 0, false
}

// proposalAfter finds a proposal phrase starting at toks[j]: determiners,
// up to max modifiers, then a proposal noun ending the noun phrase.
func (d *doc) proposalAfter(idx *mentionIndex, toks []Token, j, max int, determiners bool) (from, head int, ok bool) {
	start, inverted := j, false
	for k := j; k < len(toks) && k <= start+max; k++ {
		t := toks[k]
		if determiners && d.determiner(t.Lower) {
			start = k + 1 // "foreslo mandag en våpenhvile": the phrase opens after it
			continue
		}
		if determiners && start == k && k < j+2 && isLowerWord(t.Text) && d.rules.stop[t.Lower] && !d.rules.subordinators[t.Lower] && !d.rules.infinitiveMarkers[t.Lower] {
			start = k + 1 // "proposed today a truce", "foreslo mandag en våpenhvile"
			continue
		}
		if idx.covered[k] {
			if determiners && !inverted && d.lang != "en" && k <= j+1 {
				// "foreslo president Bush en stimulanspakke": the subject after the verb
				inverted = true
				for k+1 < len(toks) && idx.covered[k+1] {
					k++
				}
				start = k + 1
				continue
			}
			return 0, 0, false // "May's Brexit plan" is named
		}
		if d.proposalHead(t.Lower) != "" && (k+1 == len(toks) || !isLowerWord(toks[k+1].Text) && !startsName(toks[k+1].Text) || d.rules.stop[toks[k+1].Lower] || d.rules.infinitiveMarkers[toks[k+1].Lower]) {
			// (not before a name: "skolereformen Kunnskapsløftet" is named)
			if strings.HasSuffix(t.Lower, "s") && d.lang == "en" && !strings.HasSuffix(d.proposalHead(t.Lower), "s") {
				return 0, 0, false // "announced plans to …": intentions, not a plan put forward
			}
			return d.trimQuantity(toks, start, k), k, true
		}
		if !d.modifierWord(t) {
			return 0, 0, false
		}
	}
	return 0, 0, false
}

// modifierWord reports whether t may stand inside a proposal phrase
// before its noun: a lower-case word that is no function word, or a
// quantity ("$145 billion", "24-hour").
func (d *doc) modifierWord(t Token) bool {
	if d.rules.stop[t.Lower] && !d.rules.quantityNouns[t.Lower] || d.rules.infinitiveMarkers[t.Lower] || d.rules.subordinators[t.Lower] {
		return false
	}
	if strings.IndexFunc(t.Text, unicode.IsDigit) >= 0 || t.Text == "$" || t.Text == "£" || t.Text == "€" {
		return true
	}
	return isLowerWord(strings.ReplaceAll(t.Text, "-", ""))
}

// trimQuantity drops the numbers and amounts that open a phrase: "$145
// billion stimulus plan" is named "stimulus plan" ("48-hour truce" keeps
// its word).
func (d *doc) trimQuantity(toks []Token, from, head int) int {
	for from < head {
		t := toks[from]
		if strings.IndexFunc(t.Text, unicode.IsLetter) >= 0 && !d.rules.quantityNouns[t.Lower] {
			break
		}
		from++
	}
	return from
}

// proposalName is the name of a proposal phrase: its words.
func (d *doc) proposalName(toks []Token) string {
	return d.text[toks[0].Start:toks[len(toks)-1].End]
}

// proposalHead is the kind a word names as a proposal noun (or a compound
// ending in one, in a language that writes compounds): "våpenhvilen" →
// "våpenhvile", "fredsplanen" → "plan"; "" if none.
func (d *doc) proposalHead(w string) string {
	if h, ok := d.rules.ProposalNouns[w]; ok {
		return h
	}
	if !d.rules.CompoundTitles || len(w) < 7 || strings.ContainsRune(w, '-') {
		return ""
	}
	for i := 3; i+5 <= len(w); i++ {
		// a short kind ends too many other words: "timeplan", "kampplan"
		if h, ok := d.rules.ProposalNouns[w[i:]]; ok && len(h) >= 5 {
			return h
		}
	}
	return ""
}

// definiteProposal reports whether the proposal noun at toks[i] is used
// definitely: after "the", "this" (English), or in its definite form
// ("planen", a form listed apart from its kind).
func (d *doc) definiteProposal(toks []Token, i int) bool {
	w := toks[i].Lower
	if h := d.rules.ProposalNouns[w]; h != "" && h != w && d.lang != "en" {
		return true
	}
	if d.lang != "en" && d.rules.CompoundTitles {
		for k := 3; k+5 <= len(w); k++ {
			if h, ok := d.rules.ProposalNouns[w[k:]]; ok && len(h) >= 5 {
				return h != w[k:]
			}
		}
	}
	return i > 0 && slices.Contains(d.rules.ProposalDefinites, toks[i-1].Lower)
}

// determiner reports whether w opens a noun phrase: an article or a
// possessive (a person's, a body's, or the reflexive one of the
// languages whose possessive patterns list it).
func (d *doc) determiner(w string) bool {
	return d.rules.articles[w] || d.rules.Possessives[w] != "" || d.rules.bodyPossessives[w] || slices.Contains(d.rules.ProposalDefinites, w) || reflexivePossessive[w]
}

// reflexivePossessive holds the possessives that refer to a clause's own
// subject ("sin", "sitt", "sine": "la fram sitt budsjettforslag").
var reflexivePossessive = map[string]bool{"sin": true, "sitt": true, "sine": true}

// proposalVerbEnding returns how many tokens a proposing verb that ends
// at toks[i] has ("put forward": 2), or 0.
func (d *doc) proposalVerbEnding(toks []Token, i int) int {
	if n := d.rules.proposalVerbs.endingAt(toks, i); n > 0 {
		return n
	}
	// "Regjeringen la fredag fram et lovforslag": a day between a verb
	// and its particle
	for _, v := range d.rules.proposalVerbs[toks[i].Lower] {
		if len(v) == 2 && i >= 2 && timeWords[toks[i-1].Lower] && toks[i-2].Lower == v[0] {
			return 3
		}
	}
	return 0
}

// phrases are word phrases (lower case, split into words) by their last
// word: the phrases that may end at a token are one look-up away.
type phrases map[string][][]string

// newPhrases splits each phrase of list into lower-case words, keeping
// the list's order among the phrases of one last word.
func newPhrases(list []string) phrases {
	p := phrases{}
	for _, v := range phraseWords(list) {
		if len(v) > 0 {
			p[v[len(v)-1]] = append(p[v[len(v)-1]], v)
		}
	}
	return p
}

// endingAt returns how many tokens the first phrase that ends at toks[i]
// has, or 0.
func (p phrases) endingAt(toks []Token, i int) int {
	return wordsEndingAt(toks, i, p[toks[i].Lower])
}

// wordsEndingAt returns how many tokens the first of phrases (each split
// into lower-case words) that ends at toks[i] has, or 0.
func wordsEndingAt(toks []Token, i int, phrases [][]string) int {
	for _, v := range phrases {
		n := len(v)
		if i-n+1 < 0 || toks[i].Lower != v[n-1] {
			continue
		}
		ok := true
		for k := 0; k < n-1 && ok; k++ {
			ok = toks[i-n+1+k].Lower == v[k]
		}
		if ok {
			return n
		}
	}
	return 0
}

// actorClass reports whether e may propose: a person, body or state.
func (d *doc) actorClass(e *entity) bool {
	c := class(e.typ)
	return c == 'P' || c == 'O' || c == 'G'
}

// mentionIndex is a sentence's mentions by token: which tokens a mention
// covers, and the visible mention ending at each offset; built once per
// sentence, so a pass over its tokens stays linear.
type mentionIndex struct {
	covered  []bool
	endingAt map[int]*mention
}

func (d *doc) mentionIndex(si int) *mentionIndex {
	toks := d.toks[si]
	idx := &mentionIndex{covered: make([]bool, len(toks)), endingAt: map[int]*mention{}}
	for _, m := range d.mentions[si] {
		for k := d.tokenAt(si, m.start); k < len(toks) && toks[k].Start < m.end; k++ {
			idx.covered[k] = true
		}
		if !m.hidden && idx.endingAt[m.end] == nil {
			idx.endingAt[m.end] = m
		}
	}
	return idx
}

// insertMention adds m to e and to its sentence's mentions, in order.
func (d *doc) insertMention(e *entity, m *mention) {
	d.attach(e, m)
	ms := d.mentions[m.sent]
	k := sort.Search(len(ms), func(i int) bool { return ms[i].start > m.start })
	d.mentions[m.sent] = slices.Insert(ms, k, m)
}
