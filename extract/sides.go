package extract

import "strings"

// sideLeaders reads a person's side in a game report — "Gerrard's men",
// "Thomas Bjorn's European side", "Holts mannskap" (side_nouns) — as the
// side the person leads: the one the words between name ("European"), or
// else the one side the sentence names other than after a word of
// opposition or place ("… consigned Steven Gerrard's side to a 1-0 defeat
// at Livingston"), or else, of two sides, the one no other leader has.
func (d *doc) sideLeaders(sides, placed map[*entity]bool) {
	r := d.rules
	if len(r.sideNouns) == 0 {
		return
	}
	sides = d.withScoreSides(sides)
	led := map[*entity]*entity{} // side → its leader
	for _, rel := range d.relations {
		if rel.pred == "leaderOf" && sides[rel.obj] && class(rel.subj.typ) == 'P' {
			led[rel.obj] = rel.subj
		}
	}
	var open []*entity // leaders whose side no sentence told, first sentence first
	openSent := map[*entity]int{}
	done := map[*entity]bool{}
	lead := func(p, side *entity, si int) {
		d.relations = append(d.relations, relation{p, side, "leaderOf", si, 0.6})
		placed[p], done[p], led[side] = true, true, p
	}
	for si, ms := range d.mentions {
		toks := d.toks[si]
		for _, m := range ms {
			p := m.ent
			if m.hidden || p.typ != "Person" || placed[p] || done[p] {
				continue
			}
			k := d.tokenAt(si, m.end)
			switch {
			case k < len(toks) && toks[k].Start == m.end && (toks[k].Text == "'s" || toks[k].Text == "'" || toks[k].Text == "’s"):
				k++
			case !m.genitive:
				continue
			}
			from := k
			for k < len(toks) && k-from < 2 && !r.sideNouns[toks[k].Lower] && (isLowerWord(toks[k].Text) || d.x.lex.demonyms[toks[k].Lower] != nil || startsName(toks[k].Text)) {
				k++
			}
			if k >= len(toks) || !r.sideNouns[toks[k].Lower] || k > from && d.startsMention(si, toks[from].Start) {
				continue // "Gerrard's second defeat"; "Menga's Livingston side" names the side itself
			}
			side := d.sideByAdjective(toks[from:k], func(e *entity) bool { return sides[e] })
			if side == nil {
				side = d.sideByAdjective(toks[from:k], namesSide)
			}
			if side == nil {
				side = d.soleSideIn(si, sides)
			}
			if side != nil && led[side] == nil {
				lead(p, side, si)
				continue
			}
			if _, ok := openSent[p]; !ok {
				open = append(open, p)
				openSent[p] = si
			}
		}
	}
	// of two sides, one led: the other leader leads the other
	var two []*entity
	for _, e := range d.order {
		if sides[e] && e.mergedInto == nil {
			two = append(two, e)
		}
	}
	var left []*entity
	for _, p := range open {
		if !done[p] {
			left = append(left, p)
		}
	}
	if len(two) != 2 || len(left) != 1 {
		return
	}
	switch {
	case led[two[0]] != nil && led[two[1]] == nil:
		lead(left[0], two[1], openSent[left[0]])
	case led[two[1]] != nil && led[two[0]] == nil:
		lead(left[0], two[0], openSent[left[0]])
	}
}

// sideByAdjective is the entity of the article, of those isSide takes,
// that words before a side noun name by their people's adjective:
// "European" for Europe, "American" for the United States (the first
// named, so that no map's order decides).
func (d *doc) sideByAdjective(words []Token, isSide func(*entity) bool) *entity {
	for _, w := range words {
		if !startsName(w.Text) {
			continue
		}
		for _, side := range d.order {
			if side.mergedInto != nil || !isSide(side) {
				continue
			}
			if g := d.x.lex.demonyms[w.Lower]; g != nil && side.gaz == g {
				return side
			}
			if stem := strings.TrimSuffix(strings.ToLower(side.name), "e"); !strings.Contains(stem, " ") && len(stem) >= 4 && strings.HasPrefix(w.Lower, stem) && w.Lower != stem {
				return side // "European" side of "Europe"
			}
		}
	}
	return nil
}

// soleSideIn is the one side sentence si names other than right after a
// word of opposition, result or place ("against", "beat", "at"): the
// side the sentence is about; nil if none or two.
func (d *doc) soleSideIn(si int, sides map[*entity]bool) *entity {
	toks := d.toks[si]
	var found *entity
	for _, m := range d.mentions[si] {
		if m.hidden || !sides[m.ent] || m.ent == found {
			continue
		}
		if k := d.tokenAt(si, m.start); k > 0 {
			w := toks[k-1].Lower
			if d.rules.sidePrepositions[w] || contains(d.rules.OpponentWords, w) || contains(d.rules.ResultWords, w) || w == "over" {
				continue
			}
		}
		if found != nil {
			return nil
		}
		found = m.ent
	}
	return found
}

// withScoreSides adds to sides the bodies either side of a score
// ("Livingston 1 - 0 Rangers"), known clubs too, and those a people's
// adjective before a side noun names ("a misfiring American side").
func (d *doc) withScoreSides(sides map[*entity]bool) map[*entity]bool {
	out := make(map[*entity]bool, len(sides)+2)
	for e := range sides {
		out[e] = true
	}
	for _, toks := range d.toks {
		for k := 1; k < len(toks); k++ {
			if d.rules.sideNouns[toks[k].Lower] && startsName(toks[k-1].Text) && !(k > 1 && (toks[k-2].Text == "'s" || toks[k-2].Text == "’s")) {
				if e := d.sideByAdjective(toks[k-1:k], namesSide); e != nil {
					out[e] = true
				}
			}
		}
	}
	for _, m := range findAllIn(scoreLine, scoreWindows(d.text), 8) {
		for _, name := range m[1:] {
			if e := d.bodyNamed(name, true); e != nil && class(e.typ) == 'O' && len(e.mentions) > 0 {
				for e.mergedInto != nil {
					e = e.mergedInto
				}
				out[e] = true
			}
		}
	}
	return out
}

// namesSide reports whether e is a body, a state or a place the article
// names, any of which a game report's side may be named after.
func namesSide(e *entity) bool {
	c := class(e.typ)
	return len(e.mentions) > 0 && (c == 'O' || c == 'G' || c == 'L')
}
