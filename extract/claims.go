package extract

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// quote is a quoted or reported statement found in a paragraph.
type quote struct {
	start, end int // the claim text
	evStart    int // evidence span (quote plus attribution)
	evEnd      int
	speaker    *entity
	// attributed: a verb of saying goes with the quote, even if its
	// speaker could not be resolved ("one woman said")
	attributed bool
	naming     bool // "X called Y a \"…\"": the sentence may hold a statement of its own too
	short      bool // fewer than four words within the quote marks: a word quoted, not a statement
	continues  bool // attributed to someone kg cannot name with a verb going on from the last speaker
	means      bool // read from a means' infinitive after a comma: "…, ved å hevde at …"
}

// lastMentionOf returns e's last visible mention in sentence si that ends
// before off.
func (d *doc) lastMentionOf(si int, e *entity, off int) *mention {
	var last *mention
	for _, m := range d.mentions[si] {
		if m.ent == e && !m.hidden && m.end <= off {
			last = m
		}
	}
	return last
}

// extractClaims finds direct quotes (dash quotes at line start, «…», "…")
// and reported statements ("X said that …", "Han mener at …") and
// attributes each to its speaker.
func (d *doc) extractClaims() {
	defer func() { d.anchor = len(d.text) }()
	defer d.dropHeadlineRepeats()
	var lastSpeaker *entity
	covered := map[int]bool{} // sentences already part of a quote
	// quotes with no speaker yet, alone in their paragraphs: "– …" lines
	// before "– …, sier X", a quote paragraph before `"…," X said`, are
	// X's, as the lines of one answer are
	var unsaid []quote
	// addSaid adds a claim whose speaker is known, after the quotes
	// waiting for one
	addSaid := func(q quote) {
		for _, u := range unsaid {
			u.speaker = q.speaker
			d.addClaim(u)
		}
		unsaid = nil
		d.addClaim(q)
		lastSpeaker = q.speaker
	}
	for si := 0; si < len(d.sents); si++ {
		s := d.sents[si]
		if covered[si] {
			continue
		}
		// "– Så lenge …, vil bevegelsen fortsette.\nDet sa Camila Vallejo
		// til Reuters.": the statement before is the speaker's
		if sp := d.demonstrativeAttribution(si); sp != nil {
			if len(unsaid) == 0 && si > 0 && !d.claimedAt(si-1) && (d.sents[si-1].Para == s.Para || d.sents[si-1].Para == s.Para-1) && wordCount(d.sents[si-1].Text) >= 4 {
				prev := d.sents[si-1]
				start := prev.Start + dashLen(prev.Text)
				if !dashStart(prev.Text) {
					start = prev.Start
				}
				unsaid = append(unsaid, quote{start: start, end: prev.End, evStart: prev.Start, evEnd: s.End})
			}
			if len(unsaid) > 0 {
				addSaid(quote{speaker: sp}) // no text of its own: the statements waiting for a speaker
				covered[si] = true
				continue
			}
		}
		if r, _ := utf8.DecodeRuneInString(s.Text); !dashStart(s.Text) && r != '"' && r != '“' && r != '«' {
			unsaid = nil
		}
		// "Kari Holm reagerer …: – Dette er helt uhørt, sier hun.": a dash
		// quote opened after a colon inside the line, attributed after it
		if k := inlineDashQuote(s.Text); k > 0 && !dashStart(s.Text) {
			q := quote{start: s.Start + k, end: s.End, evStart: s.Start, evEnd: s.End}
			d.anchor = q.start
			at, sp := d.attribution(si, q.start)
			if sp == nil {
				at, sp = d.pronounAttribution(si, q.start) // "…, sier hun": the person the line named before the colon
			}
			if sp != nil && wordCount(d.text[q.start:at]) >= 3 {
				q.end, q.speaker = at, sp
				addSaid(q)
				covered[si] = true
				continue
			}
		}
		// a dash quote runs from the dash to the attribution ", sa X" on the same line
		if dashStart(s.Text) {
			last := si
			for last+1 < len(d.sents) && d.sents[last+1].Para == s.Para && sameLine(d.text, s.Start, d.sents[last+1].Start) && !d.hasAttribution(last) {
				last++
			}
			// text written a sentence a line: the quote's next lines, up
			// to the one that says who spoke ("– A.\nB.\nC, sier X.")
			attributedAfter := false
			if !d.hasAttribution(last) {
				if end := d.attributedLineAfter(last, s.Para); end > last {
					last, attributedAfter = end, true
				}
			}
			q := quote{start: s.Start + dashLen(s.Text), end: d.sents[last].End, evStart: s.Start, evEnd: d.sents[last].End}
			d.anchor = q.start
			if at, sp := d.attribution(last, q.start); sp != nil {
				q.end, q.speaker = at, sp
			} else if sp := d.demonstrativeAttribution(last); sp != nil && last > si {
				q.end, q.speaker = d.sents[last-1].End, sp // "– … . Det sier Ola Dahl til NRK."
			} else if sp := d.demonstrativeAttribution(last + 1); sp != nil && d.sents[last+1].Para <= s.Para+1 {
				// "– … .\nDet sa Camila Vallejo til Reuters.": the line after
				q.speaker, q.evEnd = sp, d.sents[last+1].End
				last++
			}
			for k := si; k <= last; k++ {
				covered[k] = true
			}
			// "Søvnløs Svindal knuste konkurrentene\n- Fant aldri
			// hvilepulsen …": a dash quote under a headline that names one
			// person is that person's
			if q.speaker == nil && si > 0 && d.sents[si-1].Para >= s.Para-1 {
				q.speaker = d.personBeforeColon(si - 1) // "…, Tor Langbach:\n– …"
			}
			if q.speaker == nil && si > 0 {
				q.speaker = d.headlinePerson(si - 1)
			}
			// "- Har det hele tida vært planen?\n- Nei, …": the interviewer's
			// question, no one's claim
			if q.speaker == nil && d.interviewQuestion(si, last) {
				si = last
				continue
			}
			// "Forlagssjef Berdahl er tilbakeholden.\n- Nei, det tror jeg
			// ikke.": the person the narrative line before is about answers
			saidBy := q.speaker == nil && d.saidBySomeone(last)
			// "- Bedre å kjøpe veske enn aksjer\nSigny Fardal håper …": a
			// quote set as a headline, then the lead about its speaker
			if q.speaker == nil && !saidBy && last == si && last+1 < len(d.sents) && (s.Start == 0 || d.text[s.Start-1] == '\n') && lineEnds(d.text, s.End) &&
				!strings.ContainsAny(d.text[max(s.End-1, s.Start):s.End], ".!?:") && wordCount(d.text[q.start:q.end]) >= 4 {
				q.speaker = d.narrativeSubject(last + 1)
			}
			if q.speaker == nil && si > 0 && !saidBy {
				q.speaker = d.narrativeSubject(si - 1)
			}
			if q.speaker == nil && lastSpeaker == nil && !saidBy && wordCount(d.text[q.start:q.end]) >= 5 {
				unsaid = append(unsaid, q)
			}
			if q.speaker == nil && !saidBy && wordCount(d.text[q.start:q.end]) >= 5 {
				q.speaker = lastSpeaker
			}
			if q.speaker != nil && !attributedAfter && last == si && !d.hasAttribution(si) {
				// "- Nei, det tror jeg ikke.\nJeg vet ikke.": an answer whose
				// speaker the text before gives runs on over its sentences
				if end := d.quoteLinesAfter(si, q.speaker); end > si {
					last = end
					q.end, q.evEnd = d.sents[last].End, d.sents[last].End
				}
			}
			if q.speaker != nil {
				addSaid(q)
			}
			si = last
			continue
		}
		if q, ok := d.colonStatement(si); ok {
			d.addClaim(q)
			lastSpeaker = q.speaker
			for k := si + 1; k < len(d.sents) && d.sents[k].Start < q.end; k++ {
				covered[k] = true
			}
			continue
		}
		insideQuote := s.Start < d.quotedTo // a line of a quote opened above
		quoted := false
		var lastQuote quote
		qs := d.quotesIn(si)
		// `Heald said although temperature and ozone are known to …,
		// "nobody has looked at these together"`: a quote inside its
		// speaker's reported clause is part of the claim
		if len(qs) == 1 && qs[0].speaker != nil && !insideQuote && qs[0].end <= s.End && wordCount(d.text[s.Start:qs[0].start]) >= 3 && !d.speechAfter(si, qs[0].end) {
			anchor := d.anchor
			d.anchor = len(d.text)
			rq, ok := d.reported(si, lastSpeaker)
			d.anchor = anchor
			if ok && rq.speaker == qs[0].speaker && rq.start < qs[0].start && rq.end >= qs[0].end &&
				wordCount(d.text[rq.start:rq.end]) >= wordCount(d.text[qs[0].start:qs[0].end])+3 {
				qs[0].start, qs[0].end = rq.start, rq.end
			}
		}
		if len(qs) == 1 && qs[0].short && qs[0].speaker != nil && !insideQuote {
			qs[0] = d.statementAfterWord(si, qs[0], lastSpeaker)
		}
		for _, q := range qs {
			// "X issued a statement on the ruling. "…"": the statement's
			if q.speaker == nil && !q.attributed && isOpeningQuote(d.text[s.Start:q.start]) && si > 0 && d.sents[si-1].Para == s.Para {
				q.speaker = d.statementBy(si - 1)
			}
			// "Aftenposten får støtte av direktøren, Tor Langbach:\n«…»":
			// the person named right before the colon that ends the line before
			if q.speaker == nil && !q.attributed && isOpeningQuote(d.text[s.Start:q.start]) && si > 0 && d.sents[si-1].Para >= s.Para-1 {
				q.speaker = d.personBeforeColon(si - 1)
			}
			// a quote standing alone as its paragraph continues the last
			// speaker, or, before anyone spoke, waits for the next
			if q.speaker == nil && !q.attributed && isOpeningQuote(d.text[s.Start:q.start]) && lineEnds(d.text, q.end+1) {
				if q.speaker = lastSpeaker; q.speaker == nil {
					unsaid = append(unsaid, q)
					continue
				}
			}
			// `"…," the investment banker added`: whom kg cannot name
			// goes on from the one quoted before
			if q.speaker == nil && q.continues && lastSpeaker != nil && lastSpeaker.typ == "Person" {
				q.speaker = lastSpeaker
			}
			if q.speaker != nil {
				addSaid(q)
				lastQuote = q
				quoted = quoted || !q.naming // "X kalte Y en «…»" leaves the sentence's own statement
			} else if q.attributed {
				lastSpeaker = nil // "…," one woman said: the quote after it is hers, not the last named speaker's
			}
		}
		if quoted && lastQuote.speaker != nil {
			// "«…», sa Røde Kors, og la til at personalet var på vei": what
			// the speaker added after the quote
			if q, ok := d.addedAfter(si, lastQuote); ok {
				d.addClaim(q)
			}
		}
		if quoted || insideQuote {
			continue // "«…», sa X, ifølge NBC": the quote is the claim
		}
		// "According to the Herald, Professor Burrows said …": the person speaks
		d.anchor = len(d.text) // no quote's opening bounds this sentence's pronouns
		aq, aok := d.accordingTo(si)
		rq, rok := d.reported(si, lastSpeaker)
		tail := -1 // "…, according to Al Jazeera." closing the sentence
		if rok && aok && isActor(rq.speaker) && aq.speaker.typ == "MediaOrganization" {
			tail = d.accordingTail(si)
		}
		// "The African Union called for a halt, and the European Union said
		// it was deeply concerned": the second clause is its subject's own
		// "…, with UBS analyst David Strauss saying the deal made sense":
		// a statement of its own after the first, which ends before it
		xq, xok := d.withSaying(si)
		if xok && rok && rq.speaker != xq.speaker && rq.start < xq.evStart {
			rq.end = min(rq.end, xq.evStart)
		}
		cq, cok := d.coordinatedStatement(si)
		if cok && rok && cq.speaker != rq.speaker && rq.start < cq.evStart {
			rq.end = min(rq.end, cq.evStart)
		} else if cok && aok && cq.speaker != aq.speaker && aq.start < cq.evStart && aq.end > cq.evStart {
			aq.end = cq.evStart
		} else {
			cok = false
		}
		switch {
		case tail > rq.start:
			// "Hamas said it had accepted the proposal, according to Al
			// Jazeera": Hamas's statement, the medium its source
			rq.end = min(rq.end, tail)
			d.addClaim(rq)
			lastSpeaker = rq.speaker
		case rok && (!aok || rq.speaker.typ == "Person"):
			d.addClaim(rq)
			lastSpeaker = rq.speaker
		case aok:
			d.addClaim(aq)
			lastSpeaker = aq.speaker
		}
		if cok {
			d.addClaim(cq)
			lastSpeaker = cq.speaker
		}
		// "denying an allegation from Christine Blasey Ford that he …":
		// the allegation is Ford's claim
		if nq, ok := d.claimNoun(si); ok && (!rok || nq.speaker != rq.speaker) {
			d.addClaim(nq)
		}
		// "…, a charge the Emirates have repeatedly denied.": the denial
		// is the one who denies it
		if dq, ok := d.deniedCharge(si); ok && (!rok || dq.speaker != rq.speaker) {
			d.addClaim(dq)
		}
		// "The new iPhone was praised by Jobs as "…"": the passive's agent
		// said so
		if pq, ok := d.passiveJudgement(si); ok && !rok && !aok {
			d.addClaim(pq)
		}
		// "…, which Boeing estimates to be worth $18 million": the one the
		// relative clause says holds it
		if wq, ok := d.relativeStatement(si); ok && !rok && !aok {
			d.addClaim(wq)
		}
		if xok && (!rok || rq.speaker != xq.speaker) {
			d.addClaim(xq)
		}
	}
}

// personBeforeCommaAt is the person whose name ends at the comma that opens
// the apposition closed by the comma at toks[c] (a dozen words at most),
// or nil: "Julián Roca, a veteran mediator at X, who said".
func (d *doc) personBeforeCommaAt(si int, toks []Token, c int) *entity {
	for o := c - 2; o > 0 && o >= c-12; o-- {
		if toks[o].Text != "," {
			continue
		}
		for _, m := range d.mentions[si] {
			if !m.hidden && m.end == toks[o].Start && m.ent.typ == "Person" {
				return m.ent
			}
		}
		return nil
	}
	return nil
}

// relativeOpening is the index of the relative pronoun that opens the
// clause of the verb at toks[k], after a comma — right before the verb or
// before a short phrase of a preposition ("LO, som i en pressemelding
// krever at …") — or -1.
func (d *doc) relativeOpening(toks []Token, k int) int {
	r := k - 1
	if r >= 2 && !d.rules.relative[toks[r].Lower] {
		p := r
		for p > 0 && r-p < 4 && isLowerWord(toks[p].Text) && !d.rules.relative[toks[p].Lower] {
			p--
		}
		if p+1 < r && (d.rules.prepIn[toks[p+1].Lower] || d.x.lex.placePrepositions[toks[p+1].Lower]) {
			r = p
		}
	}
	if r >= 2 && toks[r-1].Text == "," && d.rules.relative[toks[r].Lower] && toks[r].Lower != "that" {
		return r
	}
	return -1
}

// coordinatedStatement reads a statement in a clause joined to the
// sentence's first by a comma and a conjunction, whose subject is named
// right after the conjunction and says something: "…, and the European
// Union said it was deeply concerned", "…, og Frp sier at …". Its evStart
// is where the joined clause opens (the comma), where the first
// statement ends.
func (d *doc) coordinatedStatement(si int) (quote, bool) {
	toks := d.toks[si]
	// "While Smith said …, Jones said …", "Mens Solberg sier at …, mener
	// Støre at …": the main clause after a fronted clause's first comma
	fronted := len(toks) > 0 && d.rules.subordinators[toks[0].Lower]
	for k := 2; k+3 < len(toks); k++ {
		if toks[k-1].Text != "," {
			continue
		}
		main := fronted && !d.rules.conjunctions[toks[k].Lower]
		if !main && !d.rules.conjunctions[toks[k].Lower] && !d.rules.contrastives[toks[k].Lower] {
			continue
		}
		if main {
			fronted = false // only the first comma closes the fronted clause
			// Norwegian puts the verb first: ", mener Støre at …"
			if d.lang != "en" && d.rules.speech[toks[k].Lower] && d.startsMention(si, toks[k+1].Start) {
				sp := d.mentionEndingAt(si, d.mentionEnd(si, toks[k+1].Start))
				that := d.tokenAt(si, d.mentionEnd(si, toks[k+1].Start))
				if sp != nil && (sp.typ == "Person" || isActor(sp)) && that >= 0 && that+3 < len(toks) && toks[that].Lower == "at" {
					if q, ok := d.statementFrom(si, k, that+1, sp); ok {
						return q, true
					}
				}
				continue
			}
		}
		c := k + 1
		if main {
			c = k
		}
		if d.rules.articles[toks[c].Lower] {
			c++
		}
		if c >= len(toks) || !d.startsMention(si, toks[c].Start) {
			continue
		}
		sp := d.mentionEndingAt(si, d.mentionEnd(si, toks[c].Start))
		v := d.tokenAt(si, d.mentionEnd(si, toks[c].Start))
		if sp == nil || !isActor(sp) || v < 0 || v+3 >= len(toks) || !d.rules.speech[toks[v].Lower] {
			continue
		}
		from := v + 1
		if that := d.thatWithin(toks, v+1, 1); that >= 0 {
			from = that + 1
		}
		if q, ok := d.statementFrom(si, k, from, sp); ok {
			return q, true
		}
	}
	return quote{}, false
}

// deniedCharge reads a sentence that closes on a charge its target denies,
// set off by a comma: "He accused the UAE of arming the RSF, a charge the
// Emirates have repeatedly denied.", "…, noe Emiratene avviser." The
// claim is the denial, the whole sentence its text.
func (d *doc) deniedCharge(si int) (quote, bool) {
	toks := d.toks[si]
	charge := func(w string) bool { return d.rules.claimNouns[w] || w == "charge" || w == "charges" }
	for k := 3; k+2 < len(toks); k++ {
		if toks[k-1].Text != "," {
			continue
		}
		j := k
		if d.rules.articles[toks[j].Lower] && j+1 < len(toks) && charge(toks[j+1].Lower) {
			j += 2
		} else if charge(toks[j].Lower) {
			j++
		} else if d.lang != "en" && (toks[j].Lower == "noe" || toks[j].Lower == "hvilket") {
			j++
		} else if d.lang == "en" && toks[j].Lower == "something" {
			j++
		} else {
			continue
		}
		if j < len(toks) && (toks[j].Lower == "that" || toks[j].Lower == "which" || toks[j].Lower == "som") {
			j++
		}
		if j+1 < len(toks) && d.rules.articles[toks[j].Lower] && !d.startsMention(si, toks[j].Start) {
			j++ // "the Emirates"
		}
		if j >= len(toks) || !d.startsMention(si, toks[j].Start) {
			continue
		}
		sp := d.mentionStartingAt(si, toks[j].Start)
		v := d.tokenAt(si, d.mentionEnd(si, toks[j].Start))
		for n := 0; n < 3 && v < len(toks) && !d.rules.denialVerbs[toks[v].Lower] && isLowerWord(toks[v].Text); n++ {
			v++ // "have repeatedly", "har gjentatte ganger"
		}
		if sp == nil || sp.typ != "Person" && !isActor(sp) || v >= len(toks) || !d.rules.denialVerbs[toks[v].Lower] {
			continue
		}
		// the charge's clause ends the sentence: nothing but its point after the verb
		if v+1 < len(toks) && !(v+2 == len(toks) && strings.ContainsAny(toks[v+1].Text, ".!")) {
			continue
		}
		return d.sentenceClaim(si, sp), true
	}
	return quote{}, false
}

// sentenceClaim is sp's claim whose text is all of sentence si: what a
// denial, a judgement or a relative clause at its end says sp holds.
func (d *doc) sentenceClaim(si int, sp *entity) quote {
	s := d.sents[si]
	return quote{start: s.Start, end: s.End, evStart: s.Start, evEnd: s.End, speaker: sp, attributed: true}
}

// passiveJudgement reads "X was praised by Y as …" as Y's claim, the
// sentence its text.
func (d *doc) passiveJudgement(si int) (quote, bool) {
	toks := d.toks[si]
	for k := 1; k+4 < len(toks); k++ {
		if !d.rules.judgementVerbs[toks[k].Lower] || toks[k+1].Lower != "by" && toks[k+1].Lower != "av" || !d.rules.copulas[toks[k-1].Lower] && toks[k-1].Lower != "been" && toks[k-1].Lower != "blitt" {
			continue
		}
		j := k + 2
		if d.rules.articles[toks[j].Lower] && j+1 < len(toks) && !d.startsMention(si, toks[j].Start) {
			j++
		}
		m := d.mentionAt(toks[j].Start)
		if m == nil || m.ent.typ != "Person" && !isActor(m.ent) {
			continue
		}
		as := d.tokenAt(si, m.end)
		if as+2 >= len(toks) || toks[as].Lower != "as" && toks[as].Lower != "som" {
			continue
		}
		return d.sentenceClaim(si, m.ent), true
	}
	return quote{}, false
}

// relativeStatement reads "…, which X says/estimates …" as X's claim, the
// sentence its text; "it" there is the body the sentence opens with
// ("Sainsbury's … bought the chain, which it says has bolstered sales").
func (d *doc) relativeStatement(si int) (quote, bool) {
	toks := d.toks[si]
	for k := 2; k+3 < len(toks); k++ {
		if toks[k-1].Text != "," || toks[k].Lower != "which" && toks[k].Lower != "som" {
			continue
		}
		j := k + 1
		var sp *entity
		if m := d.mentionAt(toks[j].Start); m != nil && (m.ent.typ == "Person" || isActor(m.ent)) {
			sp, j = m.ent, d.tokenAt(si, m.end)
		} else if contains(d.rules.Pronouns["body"], toks[j].Lower) {
			if e := d.openingActor(si); e != nil && e.typ != "Person" {
				sp, j = e, j+1
			}
		}
		if sp == nil || j >= len(toks) {
			continue
		}
		if w := toks[j].Lower; !d.rules.speech[w] && !d.rules.report[w] || d.rules.namingVerbs[w] {
			continue
		}
		return d.sentenceClaim(si, sp), true
	}
	return quote{}, false
}

// withSaying reads ", with X saying …" (a verb of saying) as X's
// statement, from the word after the verb to the sentence's end.
func (d *doc) withSaying(si int) (quote, bool) {
	toks := d.toks[si]
	for k := 2; k+4 < len(toks); k++ {
		if toks[k-1].Text != "," || toks[k].Lower != "with" {
			continue
		}
		j := k + 1
		if d.rules.articles[toks[j].Lower] && !d.startsMention(si, toks[j].Start) {
			j++
		}
		// "with UBS analyst David Strauss": the person after a title
		var sp *entity
		for n := j; n < len(toks) && n <= j+4 && sp == nil; n++ {
			if m := d.mentionAt(toks[n].Start); m != nil && (m.ent.typ == "Person" || isActor(m.ent) && n == j) {
				sp, j = m.ent, d.tokenAt(si, m.end)
				if m.ent.typ != "Person" {
					for _, p := range d.mentions[si] { // "with the company's chief X saying"
						if !p.hidden && p.ent.typ == "Person" && p.start > m.end && d.tokenAt(si, p.start) <= j+3 {
							sp, j = p.ent, d.tokenAt(si, p.end)
						}
					}
				}
			}
		}
		if sp == nil || j+3 >= len(toks) || !strings.HasSuffix(toks[j].Lower, "ing") {
			continue
		}
		// (only verbs of saying: "with the Green Party pledging a four-day
		// week" is a policy, no statement)
		if v := strings.TrimSuffix(toks[j].Lower, "ing"); !d.rules.speech[v+"s"] && !d.rules.speech[v+"es"] || d.rules.claimVerbs[v+"s"] || d.rules.claimVerbs[v+"es"] {
			continue
		}
		from := j + 1
		if that := d.thatWithin(toks, from, 1); that >= 0 {
			from = that + 1
		}
		if q, ok := d.statementFrom(si, k, from, sp); ok {
			return q, true
		}
	}
	return quote{}, false
}

// statementFrom is sp's statement in sentence si from toks[from] to the
// sentence's end, in a clause the comma before toks[k] opens; false if it
// has fewer than three words.
func (d *doc) statementFrom(si, k, from int, sp *entity) (quote, bool) {
	toks := d.toks[si]
	s := d.sents[si]
	end := s.End
	if t := toks[len(toks)-1]; t.Text == "." {
		end = t.Start
	}
	if wordCount(d.text[toks[from].Start:end]) < 3 {
		return quote{}, false
	}
	return quote{start: toks[from].Start, end: end, evStart: toks[k-1].Start, evEnd: s.End, speaker: sp}, true
}

// interviewQuestion reports whether the dash quote of sentences si to
// last is a question a dash quote answers on the next line: the
// interviewer's, in a text written question and answer.
func (d *doc) interviewQuestion(si, last int) bool {
	q := strings.TrimSpace(d.text[d.sents[si].Start:d.sents[last].End])
	if !strings.HasSuffix(q, "?") || last+1 >= len(d.sents) {
		return false
	}
	next := d.sents[last+1]
	return dashStart(next.Text) && next.Para <= d.sents[last].Para+1
}

// narrativeSubject returns the person sentence si, a line of narrative
// (no quote of its own), is about, or nil; before an interviewer's
// question, the line before that.
func (d *doc) narrativeSubject(si int) *entity {
	for si > 0 && dashStart(d.sents[si].Text) && d.interviewQuestion(si, si) {
		si--
	}
	s := d.sents[si]
	if r, _ := utf8.DecodeRuneInString(s.Text); dashStart(s.Text) || isOpeningQuote(string(r)) {
		return nil
	}
	e := d.sentenceSubject(si)
	if toks := d.toks[si]; e == nil && len(toks) > 2 && contains(d.rules.Pronouns["person"], toks[0].Lower) {
		return d.lastPersonFor(toks[0].Start, toks[0].Lower) // "Han vil bygge gasskraftverk nå."
	}
	if e == nil {
		// "Forlagssjef Geir Lunde er …": a title before the name
		for _, m := range d.mentions[si] {
			if !m.hidden {
				if m.ent.typ == "Person" && d.titleOnlyBefore(si, m.start, true) {
					e = m.ent
				}
				break
			}
		}
	}
	if e == nil || e.typ != "Person" {
		return nil
	}
	// "Knausgårds forlagssjef Berdahl er …": not the genitive's person
	for k, m := range d.mentions[si] {
		if m.ent != e || m.hidden {
			continue
		}
		if !m.genitive {
			return e
		}
		for _, n := range d.mentions[si][k+1:] {
			if !n.hidden && n.ent.typ == "Person" && d.tokenAt(si, n.start)-d.tokenAt(si, m.end) <= 2 {
				return n.ent
			}
		}
		return nil
	}
	return nil
}

// saidBySomeone reports whether sentence si attributes its quote after a
// comma with a verb of saying, whoever its subject ("…, forteller de.",
// "…, sa en beboer som …", "…, sa hun, og la til at …"): the quote is
// attributed, if not to anyone kg can name.
func (d *doc) saidBySomeone(si int) bool {
	toks := d.toks[si]
	for k := 1; k+2 < len(toks); k++ {
		if toks[k].Text != "," {
			continue
		}
		rest := toks[k+1:]
		// "…, forteller de", "…, skriver et statlig nyhetsbyrå", "…, they said"
		// (not the speaker's own "…, mener jeg, …")
		if d.speechWord(rest[0].Text) && !startsName(rest[1].Text) && !firstPerson[rest[1].Lower] ||
			d.speechWord(rest[1].Text) && (contains(d.rules.Pronouns["person"], rest[0].Lower) || contains(d.rules.Pronouns["group"], rest[0].Lower)) {
			return true
		}
	}
	return false
}

// firstPerson are the pronouns by which a quote's speaker names themself.
var firstPerson = map[string]bool{"i": true, "we": true, "jeg": true, "vi": true, "eg": true}

// headlinePerson returns the one person a headline names, if sentence
// si is a headline: a short line of its own with no final stop.
func (d *doc) headlinePerson(si int) *entity {
	s := d.sents[si]
	if s.Start > 0 && d.text[s.Start-1] != '\n' || !lineEnds(d.text, s.End) || strings.ContainsAny(d.text[max(s.End-1, s.Start):s.End], ".!?:") || wordCount(s.Text) > 15 {
		return nil
	}
	var person *entity
	for _, m := range d.mentions[si] {
		if m.hidden || m.ent.typ != "Person" {
			continue
		}
		if person != nil && person != m.ent {
			return nil
		}
		person = m.ent
	}
	return person
}

// claimNoun reads a claim named by its noun and its maker in sentence si:
// "an allegation from X that …", "the accusation by X that …", "X's claim
// that …", "påstanden fra X om at …" (claim_nouns).
func (d *doc) claimNoun(si int) (quote, bool) {
	toks := d.toks[si]
	for k, t := range toks {
		if !d.rules.claimNouns[t.Lower] || k+2 >= len(toks) {
			continue
		}
		var sp *entity
		j := k + 1
		if w := toks[j].Lower; (w == "from" || w == "by" || w == "fra" || w == "av") && d.startsMention(si, toks[j+1].Start) {
			sp = d.mentionStartingAt(si, toks[j+1].Start)
			j = d.tokenAt(si, d.mentionEnd(si, toks[j+1].Start))
		} else if k > 0 {
			// "Ford's allegation that …"
			for _, m := range d.mentions[si] {
				if e := d.tokenAt(si, m.end); !m.hidden && m.genitive && (e == k || e+1 == k && strings.HasPrefix(toks[e].Text, "'")) {
					sp = m.ent
				}
			}
		}
		if sp == nil || sp.typ != "Person" && !isActor(sp) || j >= len(toks) {
			continue
		}
		if toks[j].Lower == "om" { // "påstanden fra X om at"
			j++
		}
		that := d.thatWithin(toks, j, 1)
		if that < 0 || len(toks)-that < 5 {
			continue
		}
		s := d.sents[si]
		return quote{start: toks[that+1].Start, end: s.End, evStart: s.Start, evEnd: s.End, speaker: sp, attributed: true}, true
	}
	return quote{}, false
}

// dropHeadlineRepeats drops the claims of a headline — a first line of
// its own without a closing full stop — whose speakers also speak in the
// body: the headline sums up what the body quotes.
func (d *doc) dropHeadlineRepeats() {
	if len(d.sents) < 2 || d.sents[1].Para == d.sents[0].Para || strings.HasSuffix(strings.TrimSpace(d.sents[0].Text), ".") {
		return
	}
	head := d.sents[0]
	inBody := map[string]bool{}
	for _, c := range d.claims {
		if c.Start >= head.End {
			inBody[c.Speaker] = true
		}
	}
	kept := d.claims[:0]
	for _, c := range d.claims {
		if c.End > head.End || !inBody[c.Speaker] {
			kept = append(kept, c)
		}
	}
	d.claims = kept
}

func (d *doc) addClaim(q quote) {
	// a quote over several lines reads as one text, without the marks
	// that reopen it at each paragraph
	// (as written: the original text, not the one whose marks were moved)
	text := strings.Join(strings.Fields(strings.Trim(strings.TrimSpace(reopenedQuote.ReplaceAllString(d.orig[q.start:q.end], "\n")), ",:\"“”«» ")), " ")
	if text == "" || q.speaker == nil {
		return
	}
	d.claims = append(d.claims, Claim{Speaker: q.speaker.key, Text: text,
		Evidence: d.original(q.evStart, q.evEnd), Start: q.evStart, End: q.evEnd})
	if q.speaker.typ == "Person" {
		d.lastSpeaker, d.lastSpeakerSent = q.speaker, d.sentenceAt(q.evStart)
		if d.spoke == nil {
			d.spoke = map[*entity]bool{}
		}
		d.spoke[q.speaker] = true
	} else if c := class(q.speaker.typ); c == 'O' || c == 'G' {
		d.lastBody, d.lastBodySent = q.speaker, d.sentenceAt(q.evStart)
	}
	// "Kina og Russland mener at …": the second of the pair says it too
	if p := d.partnerBefore(q.speaker, q.evStart, q.start); p != nil {
		d.claims = append(d.claims, Claim{Speaker: p.key, Text: text,
			Evidence: d.original(q.evStart, q.evEnd), Start: q.evStart, End: q.evEnd})
	}
}

// partnerBefore is the entity joined to speaker by "og"/"and" as one
// subject, both named between from and to, or nil.
func (d *doc) partnerBefore(speaker *entity, from, to int) *entity {
	si := d.sentenceAt(from)
	if si < 0 {
		return nil
	}
	ms := d.mentions[si]
	for k := 0; k+1 < len(ms); k++ {
		a, b := ms[k], ms[k+1]
		if a.ent != speaker || a.hidden || b.hidden || a.start < from || b.end > to || b.ent == speaker {
			continue
		}
		last := true // the pair is the subject: no name between it and the statement
		for _, m := range ms[k+2:] {
			last = last && (m.hidden || m.start >= to)
		}
		if last && listClass(a.ent.typ) == listClass(b.ent.typ) && listJoiner(d.text[a.end:b.start]) && !strings.HasPrefix(d.text[b.end:], ",") {
			return b.ent
		}
	}
	return nil
}

// listClass is the class a list of speakers shares: people, or bodies and
// states together ("både FN og USA ber om …").
func listClass(typ string) byte {
	if c := class(typ); c != 'G' {
		return c
	}
	return 'O'
}

// isDash reports whether a token is a dash: `"…" - Matthew Ingram`.
func isDash(s string) bool { return s == "-" || s == "–" || s == "—" }

func dashStart(s string) bool {
	return strings.HasPrefix(s, "– ") || strings.HasPrefix(s, "- ") || strings.HasPrefix(s, "— ")
}

// pronounAttribution reads a closing ", verb pronoun." after offset from
// ("…: – Dette er helt uhørt, sier hun."): the person the pronoun fits
// before from, and the comma's offset.
func (d *doc) pronounAttribution(si, from int) (int, *entity) {
	toks := d.toks[si]
	n := len(toks)
	if n > 0 && strings.ContainsAny(toks[n-1].Text, ".!?") {
		n--
	}
	if n < 3 || toks[n-3].Text != "," || toks[n-3].Start < from || !d.speechWord(toks[n-2].Text) || !contains(d.rules.Pronouns["person"], toks[n-1].Lower) {
		return 0, nil
	}
	return toks[n-3].Start, d.lastPersonFor(from, toks[n-1].Lower)
}

// inlineDashQuote is the offset in a sentence where a dash quote opened
// after a colon starts ("…: – Dette er helt uhørt, sier hun."), or 0.
func inlineDashQuote(s string) int {
	for _, opener := range []string{": – ", ": - ", ": — "} {
		if k := strings.Index(s, opener); k > 0 {
			return k + len(opener)
		}
	}
	return 0
}

func dashLen(s string) int {
	_, n := utf8.DecodeRuneInString(s)
	return n + 1
}

func sameLine(text string, a, b int) bool { return !strings.Contains(text[a:b], "\n") }

func wordCount(s string) int {
	n, inWord := 0, false
	for _, r := range s {
		space := unicode.IsSpace(r)
		if !space && !inWord {
			n++
		}
		inWord = !space
	}
	return n
}

// hasAttribution reports whether sentence si holds ", sa X" / ", he said".
// commaBefore reports whether a comma is among toks[:k].
func commaBefore(toks []Token, k int) bool {
	for _, t := range toks[:k] {
		if t.Text == "," {
			return true
		}
	}
	return false
}

// attributedLineAfter returns the sentence after si, at most eight lines
// on in paragraph para, that ends a dash quote with its attribution
// ("…, sier X"): every sentence between opens a line of its own, with
// neither a dash nor a quote mark (an answer's sentences, written one a
// line: a line of the narrative between would end the paragraph); -1 if
// there is none.
func (d *doc) attributedLineAfter(si, para int) int {
	for k := si + 1; k < len(d.sents) && k <= si+8; k++ {
		t := d.sents[k]
		if t.Para != para || sameLine(d.text, d.sents[k-1].Start, t.Start) {
			return -1
		}
		if r, _ := utf8.DecodeRuneInString(t.Text); dashStart(t.Text) || isOpeningQuote(string(r)) {
			return -1
		}
		if d.hasAttribution(k) {
			return k
		}
		if k > si+3 && d.sentenceSubject(k) != nil {
			return -1 // far on, a line of the narrative's: "Regjeringen mener at …"
		}
	}
	return -1
}

// quoteLinesAfter returns the last of the lines after sentence si, a
// dash quote of speaker's, that go on with it in text written a sentence
// a line: at most five, each a whole sentence on a line of its own in the
// same paragraph, with neither a dash nor a quote mark, not about
// speaker or anyone else by name or pronoun at its start, not a heading
// or a lead-in (a final ':'); si if none does.
func (d *doc) quoteLinesAfter(si int, speaker *entity) int {
	last := si
	for k := si + 1; k < len(d.sents) && k <= si+5; k++ {
		t := d.sents[k]
		toks := d.toks[k]
		if t.Para != d.sents[si].Para || sameLine(d.text, d.sents[k-1].Start, t.Start) || !lineEnds(d.text, t.End) || len(toks) < 2 {
			break
		}
		if r, _ := utf8.DecodeRuneInString(t.Text); dashStart(t.Text) || isOpeningQuote(string(r)) {
			break
		}
		end := strings.TrimRight(t.Text, " \t")
		if !strings.HasSuffix(end, ".") && !strings.HasSuffix(end, "!") && !strings.HasSuffix(end, "?") {
			break
		}
		if d.hasAttribution(k) || d.saidBySomeone(k) || d.narrativeSubject(k) != nil || d.sentenceSubject(k) != nil || d.mentionsEntity(k, speaker) || contains(d.rules.Pronouns["person"], toks[0].Lower) || contains(d.rules.Pronouns["group"], toks[0].Lower) {
			break // (a line opening with a named actor is the narrative's: "Regjeringen mener at …")
		}
		last = k
	}
	return last
}

// adverbsOnly reports whether toks are lower-case words of the verb
// group, no pronoun among them: "vil nemlig ikke" of "Han vil nemlig ikke
// love at …".
func (d *doc) adverbsOnly(toks []Token) bool {
	for _, t := range toks {
		if !isLowerWord(t.Text) || contains(d.rules.Pronouns["person"], t.Lower) || contains(d.rules.Pronouns["group"], t.Lower) || d.x.lex.clauseSubjects[t.Lower] || d.rules.conjunctions[t.Lower] {
			return false
		}
	}
	return true
}

// mentionsEntity reports whether sentence si names e.
func (d *doc) mentionsEntity(si int, e *entity) bool {
	for _, m := range d.mentions[si] {
		if m.ent == e {
			return true
		}
	}
	return false
}

func (d *doc) hasAttribution(si int) bool {
	_, sp := d.attribution(si, d.sents[si].Start)
	return sp != nil
}

// attribution finds ", VERB SPEAKER" or ", SPEAKER VERB" in sentence si
// after offset from; it returns where the quoted text ends and the speaker.
func (d *doc) attribution(si, from int) (int, *entity) {
	toks := d.toks[si]
	for k := len(toks) - 1; k > 0; k-- {
		t := toks[k]
		// "Nå ble jeg glad! jubler Bjørn Jacobsen.": an exclamation's or a
		// question's mark, then the verb in lower case
		exclaimed := (t.Text == "!" || t.Text == "?") && k+1 < len(toks) && isLowerWord(toks[k+1].Text) && d.speechWord(toks[k+1].Text)
		if t.Start < from || t.Text != "," && !isClosingQuote(t.Text) && !exclaimed {
			continue
		}
		// words after the comma: verb then speaker, or speaker then verb
		rest := toks[k+1:]
		if len(rest) == 0 {
			continue
		}
		if isClosingQuote(t.Text) && len(rest) > 0 && rest[0].Text == "," {
			rest = rest[1:]
		}
		// "The secretary general of the Episcopal Conference, Nunzio
		// Galantino, has called …": a title set off before the person is
		// the sentence's subject, no statement
		if t.Text == "," && d.titleThenApposedPerson(si, toks[:k], rest) {
			continue
		}
		if sp := d.speakerAfterVerb(si, rest); sp != nil {
			return t.Start, sp
		}
		if sp := d.speakerBeforeVerb(si, rest); sp != nil {
			return t.Start, sp
		}
		if sp := d.statementSays(si, rest); sp != nil {
			return t.Start, sp
		}
	}
	return 0, nil
}

// titleThenApposedPerson reports whether before is a title's phrase
// opening the sentence ("The secretary general of the Italian Episcopal
// Conference") and rest a person's name set off by a comma after it.
func (d *doc) titleThenApposedPerson(si int, before, rest []Token) bool {
	if len(before) == 0 || len(before) > 10 || len(rest) < 3 {
		return false
	}
	m := d.mentionAt(rest[0].Start)
	if m == nil || m.ent.typ != "Person" {
		return false
	}
	if e := d.tokenAt(si, m.end); e >= len(d.toks[si]) || d.toks[si][e].Text != "," {
		return false
	}
	for k, t := range before {
		if k > 3 {
			break
		}
		if d.rules.role(t.Lower) != "" || k+1 < len(before) && d.rules.role(t.Lower+" "+before[k+1].Lower) != "" {
			return true
		}
	}
	return false
}

// statementSays returns who issued the statement an attribution names
// by where it says so ("…, heter det i reportasjen.", "står det i
// uttalelsen": statement_places): whoever the sentences before say issued
// it, or nil.
func (d *doc) statementSays(si int, rest []Token) *entity {
	for _, place := range d.rules.StatementPlaces {
		words := strings.Fields(place)
		if len(rest) < len(words)+1 || !tokensAre(rest[:len(words)], words) {
			continue
		}
		k := len(words)
		if d.rules.articles[rest[k].Lower] && k+1 < len(rest) {
			k++
		}
		w := rest[k].Lower
		if !d.statementNoun(w) {
			return nil
		}
		// "…, het det i en uttalelse fra Kamara-Tucker etter møtet": the one it is from
		if k+2 < len(rest) && (rest[k+1].Lower == "fra" || rest[k+1].Lower == "from") {
			if m := d.mentionAt(rest[k+2].Start); m != nil && isActor(m.ent) {
				return m.ent
			}
		}
		if k+1 < len(rest) && !strings.ContainsAny(rest[k+1].Text, ".!?") {
			return nil
		}
		return d.issuerBefore(si)
	}
	return nil
}

// statementNoun reports whether w is a statement's noun (statement_nouns),
// or its Norwegian definite form ("uttalelsen").
func (d *doc) statementNoun(w string) bool {
	return d.rules.statementNouns[w] || d.lang != "en" && d.rules.statementNouns[strings.TrimSuffix(w, "en")]
}

// issuerBefore is who issued the statement, report or article sentence si
// speaks of: the one a sentence just before says issued a statement, or
// else the medium named last in them ("Der Spiegel skrev om filmen. … heter
// det i reportasjen").
func (d *doc) issuerBefore(si int) *entity {
	for j := si - 1; j >= 0 && j >= si-3; j-- {
		if e := d.statementBy(j); e != nil {
			return e
		}
	}
	for j := si - 1; j >= 0 && j >= si-3; j-- {
		ms := d.mentions[j]
		for k := len(ms) - 1; k >= 0; k-- {
			if !ms[k].hidden && ms[k].ent.typ == "MediaOrganization" {
				return ms[k].ent
			}
		}
	}
	return nil
}

// claimParticle is how many of the words after the verb lw, in rest, are
// a particle that makes it report a claim ("called on", "forpliktet seg
// til": the claim_particles), or 0.
func (d *doc) claimParticle(lw string, rest []Token) int {
	if len(d.rules.claimParticles[lw]) == 0 {
		return 0
	}
	skip := 0 // adverbs between: "nektet også for at", "har gått nesten like sterkt ut for å"
	for skip < 3 && len(rest) > skip+1 && isLowerWord(rest[skip].Text) && !d.rules.negations[rest[skip].Lower] &&
		(d.rules.stop[rest[skip].Lower] || adverbShaped(rest[skip].Lower)) {
		skip++
	}
	for _, p := range d.rules.claimParticles[lw] {
		for k := 0; k <= skip; k++ {
			if len(rest)-k >= len(p) && tokensAre(rest[k:k+len(p)], p) {
				return k + len(p)
			}
		}
	}
	return 0
}

// adverbShaped reports whether a lower-case word has an adverb's ending
// ("strongly", "sterkt", "tydelig").
func adverbShaped(w string) bool {
	return len(w) > 4 && (strings.HasSuffix(w, "ly") || strings.HasSuffix(w, "kt") || strings.HasSuffix(w, "ig"))
}

// bodyAttribution reports whether the attribution after at in sentence si
// names body sp right after its comma and goes on to a speech verb, an
// auxiliary at most between: ", the Prison Service has said", ", Daimler
// said on Monday" — not a body named inside a person's apposition.
func (d *doc) bodyAttribution(si, at int, sp *entity) bool {
	toks := d.toks[si]
	k := d.tokenAt(si, at) + 1
	// "…, opplyser politiet", "…, skriver Equinor i en pressemelding": the
	// verb first, the body right after it (or its state's genitive before
	// it: "opplyste Ukrainas forsvarsdepartement")
	if k+1 < len(toks) && d.speechWord(toks[k].Text) {
		b := k + 1
		if d.rules.articles[toks[b].Lower] && b+1 < len(toks) {
			b++
		}
		b = d.pastOwner(si, toks, b, sp)
		if b < len(toks) && d.mentionStartingAt(si, toks[b].Start) == sp && (b == k+1 || sp.typ != "Person") {
			return d.shortTail(toks[d.tokenAt(si, d.mentionEnd(si, toks[b].Start)):]) && !d.reportsWithin(toks[:k])
		}
	}
	// "…, it announced this week": the body's pronoun right before the verb
	if k+1 < len(toks) && contains(d.rules.Pronouns["body"], toks[k].Lower) && d.speechWord(toks[k+1].Text) {
		return true
	}
	// "…, the charity said.", "…, the medicines regulator said.": the
	// body by its kind alone
	if k+2 < len(toks) && d.rules.articles[toks[k].Lower] {
		n := k + 1
		if n+2 < len(toks) && isLowerWord(toks[n].Text) && !d.isNominal(toks[n].Lower) && d.isNominal(toks[n+1].Lower) {
			n++ // one word saying what kind: "the medicines regulator"
		}
		if d.isNominal(toks[n].Lower) && d.speechWord(toks[n+1].Text) {
			return d.shortTail(toks[n+2:])
		}
	}
	if k < len(toks) && d.rules.articles[toks[k].Lower] {
		k++
	}
	// "a senior GOP leadership aide has told CNN": an unnamed agent of
	// the body (agent_nouns) speaks for it, a word or two before it allowed
	j := k
	for j < len(toks) && j < k+2 && isLowerWord(toks[j].Text) && !d.startsMention(si, toks[j].Start) {
		j++
	}
	owned := j
	j = d.pastOwner(si, toks, j, sp) // "…, Ukraine's defence ministry said"
	if j >= len(toks) || d.mentionStartingAt(si, toks[j].Start) != sp {
		return false
	}
	if j > owned {
		k = j // the owner is no word before the body
	}
	end := d.tokenAt(si, d.mentionEnd(si, toks[j].Start))
	agent := false
	for a := end; a < len(toks) && a <= end+2 && isLowerWord(toks[a].Text); a++ {
		if d.rules.agentNouns[toks[a].Lower] {
			end, agent = a+1, true
			break
		}
	}
	if j > k && !agent {
		return false
	}
	// "…, the High Court in London ruled on Thursday": where the body sits
	if !agent && end+2 < len(toks) && d.rules.prepIn[toks[end].Lower] {
		if p := d.mentionStartingAt(si, toks[end+1].Start); p != nil && class(p.typ) == 'L' {
			end = d.tokenAt(si, d.mentionEnd(si, toks[end+1].Start))
		}
	}
	for end < len(toks) && d.isAuxiliary(toks[end].Text) {
		end++
	}
	return end < len(toks) && d.rules.speech[toks[end].Lower]
}

// openingSpeaker is the person sentence si opens with when a speech verb
// follows the name ("Trump said he would \"prefer not\" …"), or nil: the
// statement is that speaker's, not the one a closing "…, X testified" names.
func (d *doc) openingSpeaker(si int) *entity {
	toks := d.toks[si]
	if len(toks) < 2 {
		return nil
	}
	var m *mention // the mention at the sentence's start, if any (mentions are in order)
	for _, x := range d.mentions[si] {
		if x.start > toks[0].Start {
			break
		}
		if !x.hidden && x.start == toks[0].Start {
			m = x
		}
	}
	if m == nil || class(m.ent.typ) != 'P' {
		return nil
	}
	k := d.tokenAt(si, m.end)
	if k < len(toks) && d.rules.clauseVerbs[toks[k].Lower] {
		return m.ent
	}
	return nil
}

// statementAfterWord is what the speaker of q, a word quoted before its
// speaker's verb, said: the clause after the verb (`Likening the suit to
// "extortion," Plasco said his wife was …`), or q when there is none
// (`"something," he said, so that …` goes on past a comma).
func (d *doc) statementAfterWord(si int, q quote, lastSpeaker *entity) quote {
	anchor := d.anchor
	d.anchor = len(d.text)
	rq, ok := d.reported(si, lastSpeaker)
	d.anchor = anchor
	if ok && rq.speaker == q.speaker && rq.start >= q.end && (rq.means || !strings.Contains(strings.TrimLeft(d.text[q.end:rq.start], ",\"”» "), ",")) {
		return rq
	}
	if c := d.clauseAfterQuote(si, q.end); c > 0 {
		q.start, q.end = c, d.sents[si].End
	}
	return q
}

// clauseAfterQuote is where the clause after the speech verb that
// follows a quote ending at off starts, when a pronoun or possessive opens
// it and four words or more follow: `"extortion," Plasco said his wife
// was …`; 0 if there is none.
func (d *doc) clauseAfterQuote(si, off int) int {
	toks := d.tokensFrom(si, off)
	for k := 1; k < len(toks)-1 && k <= 6; k++ {
		if toks[k].Text == "," && k > 1 {
			return 0
		}
		if d.rules.speech[toks[k].Lower] {
			// (not the verb-first "», sa han, slik at …")
			if next := toks[k+1].Lower; (d.x.lex.clauseSubjects[next] || d.rules.Possessives[next] != "") && len(toks)-k > 5 && isLowerWord(toks[k+2].Text) && !d.rules.stop[toks[k+2].Lower] {
				return toks[k+1].Start
			}
			return 0
		}
	}
	return 0
}

// continuingAttribution reports whether rest, the words after a quote,
// attribute it with a continuing verb to a description: "the investment
// banker added", "tilføyde investeringsbankieren".
func (d *doc) continuingAttribution(rest []Token) bool {
	if len(rest) >= 2 && d.rules.continuingVerbs[rest[0].Lower] && isLowerWord(rest[1].Text) && !d.rules.stop[rest[1].Lower] {
		return len(rest) == 2 || rest[2].Text == "." // "tilføyde investeringsbankieren."
	}
	if len(rest) < 3 || !d.rules.articles[rest[0].Lower] {
		return false
	}
	for k := 1; k < len(rest) && k <= 5; k++ {
		if d.rules.continuingVerbs[rest[k].Lower] {
			return k >= 2 && (k+1 == len(rest) || rest[k+1].Text == ".")
		}
		if !isLowerWord(rest[k].Text) {
			return false
		}
	}
	return false
}

// appositionSpeaker is the person named between commas after a title
// phrase opening sentence si, before a clause verb: "Talsperson for Air
// Navigation Indonesia, Yohannes Sirait, sa at …", or nil.
func (d *doc) appositionSpeaker(si int) *entity {
	toks := d.toks[si]
	for _, m := range d.mentions[si] {
		k := d.tokenAt(si, m.start)
		if k > 10 {
			break
		}
		if m.hidden || m.ent.typ != "Person" || k < 2 || toks[k-1].Text != "," {
			continue
		}
		if e := d.tokenAt(si, m.end); e+1 < len(toks) && toks[e].Text == "," && d.rules.clauseVerbs[toks[e+1].Lower] {
			return m.ent
		}
	}
	return nil
}

// speechWord reports whether w is a speech verb: lower-case, as verbs are
// after the sentence's start ("the United States lost" has no "states").
func (d *doc) speechWord(w string) bool {
	return !startsName(w) && d.rules.speech[strings.ToLower(w)]
}

// speechLeadIn is how many words before a speech verb lead into it
// ("went on to", "fortsatte med å"): the subject comes before them.
func (d *doc) speechLeadIn(before []Token) int {
	for _, p := range d.rules.speechLeadIns {
		if len(before) > len(p) && tokensAre(before[len(before)-len(p):], p) {
			return len(p)
		}
	}
	return 0
}

// splitSpeechVerb reports whether rest opens with a speech verb whose
// particle comes after its subject, at the attribution's end: "«…», la
// han til." ("la til").
func (d *doc) splitSpeechVerb(rest []Token) bool {
	if startsName(rest[0].Text) {
		return false
	}
	for j := 2; j <= 4 && j < len(rest); j++ {
		if d.rules.speech[rest[0].Lower+" "+rest[j].Lower] {
			return j+1 == len(rest) || strings.ContainsAny(rest[j+1].Text, ".,;:!?")
		}
	}
	return false
}

// isOpeningQuote reports whether s is one opening quotation mark.
func isOpeningQuote(s string) bool {
	return s == "\"" || s == "“" || s == "«" || s == "'" || s == "‘"
}

func isClosingQuote(s string) bool { return s == "\"" || s == "”" || s == "»" }

// opensWithPronoun reports whether sentence si opens, past a dash or
// quotation mark, with the personal pronoun p ("– Han er …").
func (d *doc) opensWithPronoun(si int, p string) bool {
	for _, t := range d.toks[si] {
		if isDash(t.Text) || isOpeningQuote(t.Text) {
			continue
		}
		return t.Lower == p
	}
	return false
}

// speakerAfterVerb reads "sa Russlands utenriksminister Sergei Lavrov" or "said X".
func (d *doc) speakerAfterVerb(si int, rest []Token) *entity {
	r := d.rules
	if len(rest) == 0 || !d.speechWord(rest[0].Text) && !d.splitSpeechVerb(rest) || d.rules.namingVerbs[rest[0].Lower] {
		return nil // ", called Power8, in which …" names a thing
	}
	// "bekrefter dette overfor NTB", "said to Reuters": whom it was said
	// to, no speaker
	if k := 1; len(rest) > k+1 && (r.addresseePrepositions[rest[k].Lower] || r.demonstratives[rest[k].Lower] && r.addresseePrepositions[rest[k+1].Lower]) {
		return nil
	}
	// "said the 31-year-old", "sa 31-åringen": the person named last
	if k := 1; len(rest) > k+1 || len(rest) > k && isAgeWord(rest[k].Lower) {
		if r.articles[rest[k].Lower] && len(rest) > k+1 {
			k++
		}
		if (isAgeWord(rest[k].Lower) || strings.HasSuffix(rest[k].Lower, "-åringen")) && (k+1 == len(rest) || rest[k+1].Text == "." || rest[k+1].Text == ",") {
			return d.lastPersonFor(min(d.sents[si].Start, d.anchor), "")
		}
	}
	// "sier fem ganger vinner av Gullballen", "tilføyer fotballspilleren
	// med et smil": a description of the person the article is about,
	// no name of its own after it
	for k := 1; k < len(rest) && k <= 5; k++ {
		if strings.ContainsAny(rest[k].Text, ".,;:!?") || d.startsMention(si, rest[k].Start) {
			break
		}
		if r.personNouns[rest[k].Lower] && !d.personBetween(si, rest[k].End, rest[len(rest)-1].End) {
			return d.lastPersonFor(min(d.sents[si].Start, d.anchor), "")
		}
	}
	limit := rest[0].End
	for i, t := range rest[1:] {
		// a full stop inside the sentence ends an abbreviation ("said Apple
		// Inc. CEO Steve Jobs"), not the attribution
		// a comma not followed by a name ends the attribution: "sa aktor,
		// som beskrev måten Saipov …" names no speaker after the verb (but
		// "said the firm's chief executive, Alan Mulally" does)
		if i > 15 || t.Text == "." && i+2 >= len(rest) || t.Text == "–" || t.Text == "\"" || t.Text == "«" ||
			t.Text == "," && (i+2 >= len(rest) || !d.startsMention(si, rest[i+2].Start)) || i > 0 && d.startsSource(rest[i+1:]) {
			break // "uttalte presidenten ifølge Mediaite": the medium after is the source
		}
		limit = t.End
		// "sa han", "said he," — right after the verb; "said he was
		// arrested" is no attribution
		if i == 0 && d.rules.Pronouns != nil && contains(d.rules.Pronouns["person"], t.Lower) {
			if d.lang == "en" && len(rest) > 2 && !strings.ContainsAny(rest[2].Text, ".,;:!?\"”") {
				return nil
			}
			// not a person the statement before it names: "Morales's
			// rhetoric …, she suggested" is someone else's view of him
			sp := d.lastPersonFor(min(d.sents[si].Start, d.anchor), t.Lower)
			if sp != nil && d.lastSpeaker != nil && d.lastSpeaker != sp && si-d.lastSpeakerSent <= 3 && d.opensWithPronoun(si, t.Lower) {
				// "Han forstår ingenting av livet på en pub, sier han": the
				// statement's own "han" is the man it is about, so whoever
				// says it is another, the man quoted last
				return d.lastSpeaker
			}
			return sp
		}
	}
	// the first person after the verb: "sa energiminister Aleksandr Novak
	// etter et møte med Rick Perry"
	for _, m := range d.mentions[si] {
		if !m.hidden && m.start >= rest[0].End && m.end <= limit && m.ent.typ == "Person" {
			// "…, said Alemu's time would be ratified": a genitive right
			// after the verb opens what was said, no speaker
			if d.lang == "en" && m.genitive && m.start == rest[1].Start {
				return nil
			}
			return m.ent
		}
	}
	if sp := d.speakerIn(si, rest[0].End, limit); sp != nil {
		return sp
	}
	// "said the president", "uttalte presidenten": the person the article
	// gave that title
	n := 1
	for n < len(rest) && rest[n].End <= limit {
		n++
	}
	return d.roleNominal(rest[1:n])
}

// speakerBeforeVerb reads "he said", "Lavrov sa", "the minister said",
// "Khaled Al-Maeena, editor at large at the Saudi Gazette, said".
func (d *doc) speakerBeforeVerb(si int, rest []Token) *entity {
	for i, t := range rest {
		if i > 30 {
			break
		}
		if !d.speechWord(t.Text) {
			continue
		}
		// past a few words only a name and its apposition: "X, ROLE,
		// said", "the ROLE of Y, X, said"
		apposed := i >= 3 && (d.appositionBefore(si, rest[:i]) || d.nameAfterTitle(si, rest[:i]))
		if i > 8 && !apposed {
			continue
		}
		if i == 0 {
			return nil
		}
		// "…, Espen? spør pappa Tore": a name the question ends with is
		// whom the speaker asks, and the speaker follows the verb
		if vocative(rest[:i]) {
			return d.speakerAfterVerb(si, rest[i:])
		}
		// "… mens kampen rundt X fortsetter, meldte Det hvite hus": after
		// a comma the verb comes first and its speaker after it
		if i >= 4 && rest[i-1].Text == "," && !apposed {
			return d.speakerAfterVerb(si, rest[i:])
		}
		// "«…», skal han ha sagt", "har Zinke uttalt": the auxiliary
		// before the subject, the subject before the verb
		if i >= 2 && d.rules.invertedAuxiliaries[rest[0].Text] {
			subj := rest[1:i]
			if len(subj) > 1 && subj[len(subj)-1].Lower == "ha" {
				subj = subj[:len(subj)-1]
			}
			if len(subj) == 1 && contains(d.rules.Pronouns["person"], subj[0].Lower) {
				return d.lastPersonFor(min(d.sents[si].Start, d.anchor), subj[0].Lower)
			}
			return d.speakerIn(si, subj[0].Start, subj[len(subj)-1].End)
		}
		first := rest[0].Lower
		if contains(d.rules.Pronouns["person"], first) || contains(d.rules.Pronouns["group"], first) {
			return d.lastPersonFor(min(d.sents[si].Start, d.anchor), first) // not whom the statement names
		}
		if i == 1 && contains(d.rules.Pronouns["body"], first) {
			// "NASA is looking to …, it announced this week": the body
			// the sentence opens with
			if e := d.openingActor(si); e != nil && e.typ != "Person" && d.mentionAt(d.sents[si].Start) != nil {
				return e
			}
			return d.lastBodyFor(si) // `"…", it added`
		}
		if sp := d.speakerIn(si, rest[0].Start, t.Start); sp != nil {
			return sp
		}
		return d.nominalSpeaker(si, rest[:i])
	}
	return nil
}

// pastOwner returns the index past the state that owns body, when toks[j]
// opens its genitive or its adjective right before the body's name
// ("Ukraine's defence ministry", "Ukrainas forsvarsdepartement", "the
// Ukrainian defence ministry"), or j.
func (d *doc) pastOwner(si int, toks []Token, j int, body *entity) int {
	if j >= len(toks) || body == nil || body.typ == "Person" {
		return j
	}
	for _, m := range d.mentions[si] {
		if m.hidden || m.start != toks[j].Start || class(m.ent.typ) != 'G' || m.ent == body {
			continue
		}
		e := d.tokenAt(si, m.end)
		if e < len(toks) && isPossessiveMark(toks[e].Text) {
			e++
		}
		if e < len(toks) && d.mentionStartingAt(si, toks[e].Start) == body {
			return e
		}
	}
	return j
}

// vocative reports whether toks, the words between a quote's comma and a
// verb of saying, end a question or an exclamation: the name before the
// mark is addressed ("…, Espen? spør pappa Tore").
func vocative(toks []Token) bool {
	for _, t := range toks {
		if t.Text == "?" || t.Text == "!" {
			return true
		}
	}
	return false
}

// attributionAfterMark returns the speaker of a quote that ends in a
// question or exclamation mark, which ended its sentence too, when the
// next sentence on the line is no more than its attribution: `"Get out of
// the water!" Hammel added.`; nil otherwise.
func (d *doc) attributionAfterMark(ei, qe int, rest []Token) *entity {
	if len(rest) > 0 || ei+1 >= len(d.sents) || !sameLine(d.text, qe, d.sents[ei+1].Start) {
		return nil
	}
	if r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(d.text[:qe], " '’")); r != '?' && r != '!' { // (`… the water!'"`: a quote inside)
		return nil
	}
	next := d.toks[ei+1]
	if len(next) < 2 || len(next) > 8 || next[len(next)-1].Text != "." {
		return nil
	}
	sp := d.speakerAfterVerb(ei+1, next)
	if sp == nil {
		sp = d.speakerBeforeVerb(ei+1, next)
	}
	if sp != nil && sp.typ == "MediaOrganization" {
		return nil // `"… Are you ready?" CNN reported.`: the medium that reports whom the lead-in names
	}
	return sp
}

// signedBy returns the person a quote is signed with when no verb says
// so — `"…," Jesse Toprak, an analyst for Edmunds.`: a person's name right
// after the quote, then at most a short apposition to the sentence's end.
func (d *doc) signedBy(si int, rest []Token) *entity {
	if len(rest) > 1 && isDash(rest[0].Text) {
		rest = rest[1:] // `"…" - Matthew Ingram`: a quote signed after a dash
	}
	if len(rest) == 0 {
		return nil
	}
	m := d.mentionAt(rest[0].Start)
	if m == nil || m.ent.typ != "Person" {
		return nil
	}
	k := d.tokenAt(si, m.end) - d.tokenAt(si, rest[0].Start)
	if k >= len(rest) || rest[k].Text == "." {
		return m.ent
	}
	if rest[k].Text != "," || len(rest)-k > 10 {
		return nil
	}
	for _, t := range rest[k+1:] {
		if d.speechWord(t.Text) || t.Text == "," || t.Text == "\"" || t.Text == "«" {
			return nil // a verb after all, or more than an apposition
		}
	}
	return m.ent
}

// appositionBefore reports whether toks read "NAME , … ," with NAME a
// person's mention: the speaker and the role set off by commas.
func (d *doc) appositionBefore(si int, toks []Token) bool {
	if len(toks) < 3 {
		return false
	}
	// "…, the second largest lender, has recently revealed": past the
	// auxiliaries and adverbs before the verb
	for len(toks) > 3 && d.verbGroupWord(toks[len(toks)-1].Text) {
		toks = toks[:len(toks)-1]
	}
	closed := toks[len(toks)-1].Text == ","
	// "Professor Cres Eastman, Director of …": a title before the name
	if d.rules.role(toks[0].Lower) != "" && len(toks) > 3 && !d.inMention(si, toks[0].Start) {
		toks = toks[1:]
	}
	for _, m := range d.mentions[si] {
		// a person, or a body or state whose apposition the verb closes:
		// "General Motors Corporation (GM), an American automaker …,
		// announced", "Greece, which …, says"
		if m.start == toks[0].Start && (m.ent.typ == "Person" || closed && (class(m.ent.typ) == 'O' || class(m.ent.typ) == 'G')) {
			inBrackets := false
			for k, t := range toks[:len(toks)-1] {
				if t.Start >= m.end {
					if t.Text == "(" && k == d.tokenAt(si, m.end)-d.tokenAt(si, toks[0].Start) {
						inBrackets = true // "(GM)" right after the name
					}
					if inBrackets {
						inBrackets = t.Text != ")"
						continue
					}
					// "Kari Holm (37) som er programleder i X, annonserte": a
					// relative clause right after the bracketed age
					if k > 0 && toks[k-1].Text == ")" && d.rules.relative[t.Lower] && closed {
						return !d.personBetween(si, t.End, toks[len(toks)-1].End)
					}
					if t.Text != "," || k >= len(toks)-2 {
						return false
					}
					// "Narcis Termes, 68, an electrician … said": an
					// apposition the verb closes, if it names no other person
					return closed || !d.personBetween(si, t.End, toks[len(toks)-1].End)
				}
			}
		}
	}
	return false
}

// nameAfterTitle reports whether toks read "the TITLE …, NAME ," with
// NAME a person's mention: a long title, then the name set off by commas
// ("the Secretary of State of the United States, John Smith, said").
func (d *doc) nameAfterTitle(si int, toks []Token) bool {
	for len(toks) > 3 && d.verbGroupWord(toks[len(toks)-1].Text) {
		toks = toks[:len(toks)-1]
	}
	n := len(toks)
	if n < 5 || toks[n-1].Text != "," {
		return false
	}
	k := n - 2 // the comma before the name
	for k > 0 && toks[k].Text != "," {
		k--
	}
	m := d.mentionAt(toks[k+1].Start)
	if k < 2 || m == nil || m.ent.typ != "Person" || m.end != toks[n-2].End {
		return false
	}
	title := toks[:k]
	if d.rules.articles[title[0].Lower] || title[0].Lower == "the" {
		title = title[1:]
	}
	// "the chairman of the company, …", "the UN Secretary-General, …": a
	// title among the words, a body's name before or after it
	for _, t := range title {
		if t.Text == "," {
			break
		}
		if d.rules.role(t.Lower) != "" {
			return true
		}
	}
	return false
}

// shortTail reports whether toks, what follows an attribution's speaker,
// end the sentence with at most a short phrase ("i en pressemelding",
// "til NTB", "on Monday") and no clause of their own.
func (d *doc) shortTail(toks []Token) bool {
	if len(toks) > 0 && (toks[len(toks)-1].Text == "." || toks[len(toks)-1].Text == "!") {
		toks = toks[:len(toks)-1]
	}
	if len(toks) == 0 {
		return true
	}
	w := toks[0].Lower
	return len(toks) <= 5 && (d.rules.prepIn[w] || timeWords[w] || w == "til" || w == "to" || w == "on" || w == "at" || w == "in" || w == "i" || w == "på")
}

// reportsWithin reports whether toks hold a verb of saying of their own:
// "Han fortalte etterforskerne at …, sa politiet" is his statement.
func (d *doc) reportsWithin(toks []Token) bool {
	for _, t := range toks {
		if d.speechWord(t.Text) || d.rules.report[t.Lower] || d.rules.requestVerbs[t.Lower] {
			return true
		}
	}
	return false
}

// personBetween reports whether a person is mentioned in [from, to).
func (d *doc) personBetween(si, from, to int) bool {
	for _, m := range d.mentions[si] {
		if m.start >= from && m.end <= to && m.ent.typ == "Person" {
			return true
		}
	}
	return false
}

// isNominal reports whether w is a kind noun a body is called by (nominals:
// "the company", "the agency", "etaten"), of a given type or of any.
func (d *doc) isNominal(w string) bool {
	_, ok := d.rules.nominal[w]
	return ok
}

// nominalSpeaker resolves a subject that names its kind instead of itself
// — "the company said", "selskapet opplyser" — to the last organisation
// mentioned before (a company for "the company"); toks are the words
// before the verb, and only the kind noun with its article may be there.
func (d *doc) nominalSpeaker(si int, toks []Token) *entity {
	if e := d.roleNominal(afterLastComma(toks)); e != nil {
		return e
	}
	if len(toks) > 3 && d.lang == "en" && strings.EqualFold(toks[0].Text, "the") && d.isNominal(toks[1].Lower) && (strings.HasSuffix(toks[2].Lower, "ing") || toks[2].Lower == "that" || toks[2].Lower == "which") {
		toks = toks[:2] // "The airline operating the flight that crashed … now says": the kind noun the clause describes
	} else if n := len(toks); n > 4 && toks[n-1].Text == "," && d.rules.articles[toks[0].Lower] && isLowerWord(toks[1].Text) && (toks[2].Text == "," || n > 5 && isLowerWord(toks[2].Text) && toks[3].Text == ",") {
		toks = toks[:slices.IndexFunc(toks, func(t Token) bool { return t.Text == "," })] // "The complaint, filed with …, accuses": the noun the apposition describes
	} else {
		toks = d.subjectNoun(toks)
	}
	n := len(toks)
	// "the three-time world champion said", "Den tre ganger
	// verdensmesteren sa": a description news gives the person it is about
	if n >= 1 && n <= 5 && d.rules.personNouns[toks[n-1].Lower] && (n == 1 && d.lang != "en" || d.rules.articles[toks[0].Lower]) {
		return d.lastPersonFor(toks[0].Start, "")
	}
	if n == 0 || n > 3 {
		return nil
	}
	// "the 24-year-old said", "24-åringen sier": the person the article
	// is about just then
	for k, t := range toks {
		if w := t.Lower; isAgeWord(strings.TrimSuffix(w, "en")) && (k == 0 || k == 1 && d.rules.articles[toks[0].Lower]) {
			return d.lastPersonFor(toks[0].Start, "")
		}
	}
	// "police said", "Politiet takker …": the article's police force
	if d.rules.policeWords[toks[n-1].Lower] && (n == 1 || n == 2 && strings.EqualFold(toks[0].Text, "the")) {
		return d.policeBody()
	}
	// "The report said …", "Rapporten slår fast at …": whoever the
	// sentences just before say issued it
	if w := toks[n-1].Lower; d.statementNoun(w) && (n == 1 && d.lang != "en" || n == 2 && d.rules.articles[toks[0].Lower] || n == 3 && d.rules.articles[toks[0].Lower] && isLowerWord(toks[1].Text)) {
		if e := d.issuerBefore(si); e != nil {
			return e
		}
	}
	if e := d.agentOf(toks); e != nil {
		return e
	}
	// "the authorities said", "myndighetene sa": the state the article is about
	if d.rules.authorityWords[toks[n-1].Lower] && (n == 1 || n == 2 && strings.EqualFold(toks[0].Text, "the")) {
		return d.mainCountry()
	}
	// "Amerikanske myndigheter avkrefter …", "Russian authorities said":
	// the state of the people named
	if d.rules.authorityWords[toks[n-1].Lower] && n >= 2 && d.x.lex.demonyms[toks[n-2].Lower] != nil && (n == 2 || n == 3 && strings.EqualFold(toks[0].Text, "the")) {
		e := d.gazetteerEntity(d.x.lex.demonyms[toks[n-2].Lower])
		d.attach(e, &mention{start: toks[n-2].Start, end: toks[n-1].End, text: d.text[toks[n-2].Start:toks[n-1].End], sent: si, hidden: true})
		return e
	}
	noun := toks[n-1].Lower
	kind, ok := d.rules.nominal[noun]
	// "the commission said": a noun no rule knows names the body whose
	// name ends in it ("the Assembly Commission") or is its head ("the
	// Church" of "Church of Scientology")
	byName := !ok && d.lang == "en" && n >= 2 && strings.EqualFold(toks[n-2].Text, "the")
	if !ok && !byName || n > 1 && !strings.EqualFold(toks[n-2].Text, "the") && !definiteBefore(toks, n-1) {
		return nil
	}
	// "The group estimates … The group also said": the body that spoke
	// last, though others were named since ("a project, the Power of
	// Nutrition")
	if b := d.lastBody; b != nil && !byName && kind == "" && class(b.typ) == 'O' && si-d.lastBodySent <= 3 && si >= d.lastBodySent {
		return b
	}
	// (a name the noun is part of may be far back: it names one body)
	for k := si; k >= 0 && (k >= si-6 || byName); k-- {
		ms := d.mentions[k]
		var owner *entity // "Consumer Reports declined to rate Apple's phone. The group said": not the owner
		for j := len(ms) - 1; j >= 0; j-- {
			m := ms[j]
			if m.hidden || m.start >= toks[0].Start || class(m.ent.typ) != 'O' {
				continue
			}
			if byName && (nameEndsIn(m.ent, noun) || strings.HasPrefix(strings.ToLower(m.ent.name), noun+" of ")) || !byName && (kind == "" || m.ent.typ == kind || d.calledBy(m, noun)) {
				if !d.possessive(m) {
					return m.ent
				}
				if owner == nil {
					owner = m.ent
				}
			}
		}
		if owner != nil {
			return owner
		}
	}
	return nil
}

// kindAgent is the body of the kind a subject like "a company spokesman"
// or "a department press officer" speaks for: the last one of that kind
// named in the sentences before (six at most), or nil.
func (d *doc) kindAgent(si int, toks []Token) *entity {
	n := len(toks)
	if n < 3 || n > 4 || !d.rules.agentNouns[toks[n-1].Lower] || !d.rules.articles[toks[0].Lower] || !isLowerWord(toks[1].Text) {
		return nil
	}
	kind, ok := d.rules.nominal[toks[1].Lower]
	if !ok {
		return nil
	}
	// a body the noun names first ("the Department for Transport"), then
	// any of its kind
	noun := toks[1].Lower
	for k := si; k >= 0 && k >= si-6; k-- {
		ms := d.mentions[k]
		for j := len(ms) - 1; j >= 0; j-- {
			m := ms[j]
			if !m.hidden && m.start < toks[0].Start && class(m.ent.typ) == 'O' && (d.calledBy(m, noun) || strings.Contains(" "+strings.ToLower(m.ent.name)+" ", " "+noun+" ")) {
				return m.ent
			}
		}
	}
	return d.bodyOfKind(si, toks[0].Start, kind)
}

// pronounSubject reports whether w is a pronoun that opens a clause, alone
// or contracted with its verb ("he's", "they're", "I'm").
func (d *doc) pronounSubject(w string) bool {
	if d.x.lex.clauseSubjects[w] {
		return true
	}
	if k := strings.IndexAny(w, "'’"); k > 0 {
		return d.x.lex.clauseSubjects[w[:k]]
	}
	return false
}

// agentOfBody is the body one who speaks for it is named by, the body
// after a preposition or in the genitive before: "En talsperson i
// departementet", "En pressetalsperson i Telenor", "Selskapets pressesjef"
// (a definite kind noun: the body of that kind named before), or nil.
func (d *doc) agentOfBody(si int, toks []Token) *entity {
	n := len(toks)
	if n < 2 || n > 6 {
		return nil
	}
	agent := func(w string) bool {
		if d.rules.agentNouns[w] || d.rules.role(w) == "represents" {
			return true
		}
		// a compound ending in one ("pressetalsperson")
		for i := 3; d.lang != "en" && i+6 <= len(w); i++ {
			if d.rules.agentNouns[w[i:]] && utf8.RuneStart(w[i]) {
				return true
			}
		}
		return false
	}
	// the genitive before: "Selskapets pressesjef", "Telenors talsperson",
	// "The company's spokesman"
	g := 0
	if n == 3 && d.rules.articles[toks[0].Lower] {
		g = 1
	}
	if n == g+2 && agent(toks[g+1].Lower) {
		if m := d.mentionCovering(toks[g].Start); m != nil && m.genitive && class(m.ent.typ) == 'O' {
			return m.ent
		}
		stem, ok := strings.CutSuffix(toks[g].Lower, "'s")
		if !ok && d.lang != "en" {
			stem, ok = strings.CutSuffix(toks[g].Lower, "s")
		}
		if kind, known := d.rules.nominal[stem]; ok && known && (g == 1 || d.lang != "en") {
			return d.bodyOfKind(si, toks[0].Start, kind)
		}
		return nil
	}
	k := 0
	if d.rules.articles[toks[0].Lower] {
		k = 1
	}
	if k+2 >= n || !agent(toks[k].Lower) || !d.rules.prepIn[toks[k+1].Lower] && toks[k+1].Lower != "for" && toks[k+1].Lower != "hos" {
		return nil
	}
	rest := toks[k+2:]
	if len(rest) == 1 {
		if kind, ok := d.rules.nominal[rest[0].Lower]; ok && d.lang != "en" {
			return d.bodyOfKind(si, toks[0].Start, kind) // "i departementet"
		}
	}
	if m := d.mentionCovering(rest[0].Start); m != nil && class(m.ent.typ) == 'O' && m.end >= rest[len(rest)-1].End {
		return m.ent
	}
	return nil
}

// bodyOfKind is the body of kind (any, for "") named last before offset
// off, in sentence si or the six before it.
func (d *doc) bodyOfKind(si, off int, kind string) *entity {
	for k := si; k >= 0 && k >= si-6; k-- {
		ms := d.mentions[k]
		for j := len(ms) - 1; j >= 0; j-- {
			m := ms[j]
			if !m.hidden && m.start < off && class(m.ent.typ) == 'O' && (kind == "" || m.ent.typ == kind) {
				return m.ent
			}
		}
	}
	return nil
}

// relativeThat reports whether "that" at toks[that] opens a relative
// clause on the object of the verb at k rather than the verb's clause: a
// verb with an object ("announced", not "said" or "told") and a
// determiner between ("announced the update that was …").
func (d *doc) relativeThat(toks []Token, k, that int) bool {
	if d.rules.clauseVerbs[toks[k].Lower] || d.rules.speech[toks[k].Lower] && !d.rules.claimVerbs[toks[k].Lower] {
		return false
	}
	det := false
	for _, t := range toks[k+1 : that] {
		if d.rules.prepIn[t.Lower] || d.x.lex.placePrepositions[t.Lower] || t.Text == "," {
			return false // "announced Monday in an internal memo that …": the verb's clause
		}
		det = det || d.rules.articles[t.Lower] || t.Lower == "its" || t.Lower == "their"
	}
	return det
}

// subjectNoun trims the words before a verb to its subject's noun phrase:
// "…, and recently the company" → "the company"; "The company also" →
// "The company".
func (d *doc) subjectNoun(toks []Token) []Token {
	n := len(toks)
	for k := 0; k < 2 && n > 1 && (d.rules.subjectAdverbs[toks[n-1].Lower] || d.isAuxiliary(toks[n-1].Text)); k++ {
		n-- // "also", "recently", "later", "has"
	}
	toks = toks[:n]
	if c := afterLastComma(toks); len(c) < len(toks) || len(toks) > 3 {
		// "and recently the company": from the last article on
		for k := len(c) - 2; k >= 0 && k >= len(c)-4; k-- {
			if d.rules.articles[c[k].Lower] {
				return c[k:]
			}
		}
	}
	return toks
}

// possessive reports whether mention m owns what follows it: "Apple's",
// "the Nationals'", "Apples".
func (d *doc) possessive(m *mention) bool {
	rest := d.text[m.end:]
	return m.genitive || strings.HasPrefix(rest, "'s ") || strings.HasPrefix(rest, "’s ") || strings.HasPrefix(rest, "' ") || strings.HasPrefix(rest, "’ ")
}

// calledBy reports whether an apposition after m calls it by noun: "NPD
// Group, a market research firm" is "the firm".
func (d *doc) calledBy(m *mention, noun string) bool {
	rest := d.text[m.end:min(len(d.text), m.end+80)]
	if !strings.HasPrefix(rest, ", ") {
		return false
	}
	words := strings.Fields(rest[2:])
	for k, w := range words {
		if k > 5 {
			break
		}
		w = strings.ToLower(strings.TrimRight(w, ",.;:"))
		if w == noun {
			return true
		}
		if k == 0 && !d.rules.articles[w] && w != "the" {
			return false
		}
	}
	return false
}

// policeBody is the police force the article names, if it names one; of
// several, the one named most often.
func (d *doc) policeBody() *entity {
	if d.policeAsked {
		return d.police
	}
	d.policeAsked = true
	best := d.namedPolice()
	if best == nil {
		best = d.unnamedPolice()
	}
	d.police = best
	return best
}

// policeSubject reports whether the words before a verb end in a police
// word that is its subject: "police", "the police", after a comma or a
// conjunction or alone.
func (d *doc) policeSubject(toks []Token) bool {
	n := len(toks)
	if n == 0 || !d.rules.policeWords[toks[n-1].Lower] {
		return false
	}
	k := n - 1
	if k > 0 && d.rules.articles[toks[k-1].Lower] {
		k--
	}
	return k == 0 || toks[k-1].Text == "," || d.rules.conjunctions[toks[k-1].Lower]
}

// namedPolice is the police force the article names ("Baton Rouge Police
// Department"); of several, the one named most often; nil if none.
func (d *doc) namedPolice() *entity {
	var best *entity
	for _, e := range d.order {
		if e.mergedInto != nil || class(e.typ) != 'O' {
			continue
		}
		if !d.policeName(strings.ToLower(e.name)) {
			continue
		}
		if best == nil || len(e.mentions) > len(best.mentions) {
			best = e
		}
	}
	return best
}

// unnamedPolice is the police force an article speaks of without naming
// it ("according to police", "ifølge politiet"): a generic actor, as
// "rebels" are, named by the country the story is set in ("British
// police") where the article shows it, mentioned wherever a police word
// stands outside a name; nil if none does, or if the article shows no
// country (a force of no place would be one node for all of them).
func (d *doc) unnamedPolice() *entity {
	used := false // most articles have no police word at all
	for _, w := range d.rules.PoliceWords {
		used = used || d.occurrences(w) > 0
	}
	if !used {
		return nil
	}
	var e *entity
	for si, toks := range d.toks {
		var added []*mention
		for _, t := range toks {
			if !d.rules.policeWords[t.Lower] || d.inMention(si, t.Start) {
				continue
			}
			if e == nil {
				name := ""
				if c := d.sceneCountry(); c != nil && len(c.Demonyms["en"]) > 0 {
					name = c.Demonyms["en"][0] + " police" // as "government forces" in a story set in Aleppo are Syrian
				} else if c := d.mainCountry(); c != nil && c.gaz != nil && len(c.gaz.Demonyms["en"]) > 0 {
					name = c.gaz.Demonyms["en"][0] + " police"
				}
				if name == "" {
					return nil
				}
				e = d.entity(Key(name), name, "GovernmentOrganization", contextGuess)
				e.addAlias("police")
				// (kept only where a relation reads it, as other generic
				// nouns: no annotation lists an unnamed force of its own)
				e.weak = true
			}
			m := &mention{start: t.Start, end: t.End, text: t.Text, sent: si, generic: true}
			d.attach(e, m)
			added = append(added, m)
		}
		d.addMentions(si, added)
	}
	return e
}

// policeName reports whether a body's name (lower case) holds a police
// word of one of the lexicon's languages ("Avon and Somerset Police", "Alaska State
// Troopers", "Politiet i Oslo").
func (d *doc) policeName(name string) bool {
	for _, r := range d.x.lex.rules { // any language's: "Harbour City Police Department" in a Norwegian article
		for w := range r.policeWords {
			if strings.Contains(name, w) {
				return true
			}
		}
	}
	return false
}

// roleNominal resolves a subject that names a person by a title — "the
// president", "the U.S. ambassador to China", "senatoren" — to the last
// person named with that title before it; toks are the words before the
// verb.
func (d *doc) roleNominal(toks []Token) *entity {
	if len(toks) == 0 || len(toks) > 7 {
		return nil
	}
	first := toks[0].Lower
	// "the president", "presidenten" — or a state's title: "Nord-Koreas
	// utenriksminister", "North Korea's foreign minister"
	owned := false
	after := 1 // the token after the owner's name: "North Korea 's"
	if m := d.mentionAt(toks[0].Start); m != nil && class(m.ent.typ) == 'G' {
		for after < len(toks) && toks[after].Start < m.end {
			after++
		}
		owned = m.genitive || after < len(toks) && (toks[after].Text == "'s" || toks[after].Text == "’s")
	}
	if d.lang == "en" && first != "the" && !owned {
		return nil
	}
	for k, t := range toks {
		w := t.Lower
		// "the prime minister", "the foreign minister": a title of two words
		if k+1 < len(toks) && !(k == 0 && (d.lang == "en" || owned)) && d.rules.role(w+" "+toks[k+1].Lower) != "" {
			w = w + " " + toks[k+1].Lower
		}
		if k == 0 && (d.lang == "en" || owned) || d.rules.role(w) == "" {
			continue
		}
		role := d.baseRole(w)
		if d.lang != "en" && k == 0 && role == w {
			return nil // "President Trump": no definite description
		}
		if d.lang != "en" && role == w && k > 0 && d.rules.articles[toks[k-1].Lower] {
			return nil // "En talsmann for Telenor": an indefinite one, no one named
		}
		if owned && k > after+2 {
			return nil
		}
		if n := k + len(strings.Fields(w)); n < len(toks) {
			if m := d.mentionAt(toks[n].Start); m != nil && m.ent.typ == "Person" {
				return nil // "Daglig leder Ole Martin Brekke sier …": the title's own name follows
			}
		}
		var found *entity
		for _, u := range d.titledPeople() {
			if u.start >= toks[0].Start {
				// a lead names its people later: "the U.S. ambassador to
				// China accused Beijing …" before "Terry Branstad, the U.S.
				// ambassador to China, said"
				if found == nil && sameRole(u.role, role) && d.sentenceAt(u.start) <= d.sentenceAt(toks[0].Start)+6 {
					return u.ent
				}
				if found == nil {
					continue
				}
				break
			}
			if sameRole(u.role, role) {
				found = u.ent
			}
		}
		if found == nil && d.rules.stateHeads[role] && !owned {
			found = d.knownHeadOfState(toks[0].Start) // "Presidenten sa …" after "Donald Trump holdt et folkemøte"
		}
		if found == nil && owned {
			found = d.namedNext(d.sentenceAt(toks[0].Start)) // a lead's "North Korea's foreign minister told …", then "Ri Yong Ho told …"
		}
		return found
	}
	return nil
}

// namedNext is the person who opens the sentence after si (or the one
// after it, past a line of no names): news leads describe someone, then name
// them.
func (d *doc) namedNext(si int) *entity {
	for k := si + 1; k < len(d.sents) && k <= si+2; k++ {
		for _, m := range d.mentions[k] {
			if m.hidden {
				continue
			}
			if m.start == d.sents[k].Start && m.ent.typ == "Person" {
				return m.ent
			}
			break
		}
	}
	return nil
}

// knownHeadOfState is the one person named before off whom the gazetteer
// knows to lead a country, if there is one.
func (d *doc) knownHeadOfState(off int) *entity {
	var head *entity
	for _, e := range d.order {
		if e.mergedInto != nil || e.typ != "Person" || e.gaz == nil || e.gaz.Leads == "" || len(e.mentions) == 0 || e.mentions[0].start >= off {
			continue
		}
		if g := d.x.lex.entries[e.gaz.Leads]; g == nil || g.Type != "Country" {
			continue
		}
		if head != nil {
			return nil // two heads: "the president" could be either
		}
		head = e
	}
	return head
}

// openingNominal is the person a title opening sentence si stands for
// ("The President said …", "Statsministeren sa …"), or nil.
func (d *doc) openingNominal(si int) *entity {
	toks := d.toks[si]
	for n := 1; n <= 3 && n <= len(toks); n++ {
		if d.mentionAt(toks[n-1].Start) != nil {
			return nil // a name opens it
		}
		if d.rules.role(toks[n-1].Lower) != "" {
			if n < len(toks) && d.mentionAt(toks[n].Start) != nil {
				return nil // "Tidligere president Eduardo Rodríguez …": a title and its name
			}
			return d.roleNominal(toks[:n])
		}
	}
	return nil
}

// titledByPlace resolves a politician's title after a place or body that
// ends toks, the words before a verb of saying: "The Wellingborough MP
// added", "Wellingborough MP tilføyde". The title stands for a person,
// never the place: one the article gave that title, else the person quoted
// in the last two sentences.
func (d *doc) titledByPlace(si int, toks []Token) *entity {
	n := len(toks)
	if n < 2 || !d.rules.politicianTitles[toks[n-1].Lower] {
		return nil
	}
	var named *mention
	for _, m := range d.mentions[si] {
		if !m.hidden && m.end == toks[n-2].End {
			named = m
		}
	}
	if named == nil || named.ent.typ == "Person" {
		return nil
	}
	k := d.tokenAt(si, named.start)
	if k < 0 || k > 1 || k == 1 && !d.rules.articles[toks[0].Lower] {
		return nil // "the" or nothing before it
	}
	if e := d.roleNominal(toks[k:]); e != nil {
		return e
	}
	if p := d.lastSpeaker; p != nil && si-d.lastSpeakerSent <= 2 && si >= d.lastSpeakerSent {
		return p
	}
	return nil
}

// roleIn resolves the first title description ("the president") among toks.
func (d *doc) roleIn(toks []Token) *entity {
	for i, t := range toks {
		if strings.EqualFold(t.Text, "the") || d.lang != "en" && d.rules.role(t.Lower) != "" {
			if e := d.roleNominal(toks[i:min(len(toks), i+4)]); e != nil {
				return e
			}
		}
	}
	return nil
}

// sentenceSubject is the person (else the body or state) named first in
// sentence si, if the sentence opens with it or with a short lead-in
// ("On Monday, X …").
func (d *doc) sentenceSubject(si int) *entity {
	toks := d.toks[si]
	var first *entity
	firstEnd := 0
	for _, m := range d.mentions[si] {
		if m.hidden {
			continue
		}
		if first != nil {
			// "Apple CEO Steve Jobs": the person the subject's titles lead to
			if m.ent.typ == "Person" && d.tokenAt(si, m.start)-d.tokenAt(si, firstEnd) <= 2 && !d.commaBetween(si, firstEnd, m.start) && d.titleWords(toks[d.tokenAt(si, firstEnd):d.tokenAt(si, m.start)]) {
				return m.ent
			}
			// "Canada's finance minister, Daniel Okafor, welcomed …": the
			// person named after the genitive's title
			if a, b := d.tokenAt(si, firstEnd), d.tokenAt(si, m.start); m.ent.typ == "Person" && b-a >= 2 && b-a <= 5 && toks[b-1].Text == "," {
				words := toks[a : b-1]
				if len(words) > 0 && isPossessiveMark(words[0].Text) {
					words = words[1:]
				}
				if n := len(words); n > 0 && (d.rules.role(words[n-1].Lower) != "" || d.jobWord(words[n-1].Lower)) {
					return m.ent // ("finance minister": a portfolio before the title)
				}
			}
			break
		}
		k := d.tokenAt(si, m.start)
		// "When the Air Force selected X …, Boeing challenged …": a name
		// inside a fronted clause is not the subject
		if k > 0 && k <= 30 && d.rules.clauseOpeners[toks[0].Lower] && !d.commaBetween(si, toks[0].Start, toks[k].Start) {
			continue
		}
		// "On Monday, X", "Last Friday, X", "As well as new routes to the US, X"
		// ("The East Baton Rouge Parish Coroner's Office released …")
		// but not "The United States auto manufacturer Chrysler": a state
		// after the article modifies
		lead := k == 0 || k == 1 && d.rules.articles[toks[0].Lower] && class(m.ent.typ) == 'O' || k <= 10 && toks[k-1].Text == "," && (k <= 4 || d.rules.clauseOpeners[toks[0].Lower]) || k <= 30 && toks[k-1].Text == "," && d.rules.clauseOpeners[toks[0].Lower] && !d.commaBetween(si, toks[0].Start, toks[k-1].Start)
		// "After realizing her gaffe, an "uncomfortable" Plasco-Flaxman
		// fired …": an article and a few lower-case or quoted words between
		c := k - 1
		for c > 0 && k-c <= 4 && (isLowerWord(toks[c].Text) || isOpeningQuote(toks[c].Text) || isClosingQuote(toks[c].Text)) {
			c--
		}
		if !lead && c < k-1 && k <= 10 && toks[c].Text == "," && d.rules.articles[toks[c+1].Lower] && d.rules.clauseOpeners[toks[0].Lower] {
			lead = true
		}
		// "Race director Markus Lindner defended …": a person after a
		// title of two or three words opening the sentence
		if !lead && m.ent.typ == "Person" && k >= 2 && k <= 3 && (d.rules.role(d.baseRole(toks[k-1].Lower)) != "" || d.jobWord(toks[k-1].Lower)) && !slices.ContainsFunc(toks[:k], func(t Token) bool { return !isWordRune([]rune(t.Text)[0]) }) {
			lead = true
		}
		if !lead || !isActor(m.ent) {
			return nil
		}
		first, firstEnd = m.ent, m.end
		if m.ent.typ == "Person" {
			return first
		}
	}
	return first
}

// titleWords reports whether toks, the words between a body and a
// person, can be the person's title: capitalised words, titles and job
// nouns ("Apple CEO Steve Jobs", "Telenors konsernsjef Sigve Brekke"),
// not verbs ("The committee is suing Condoleezza Rice").
func (d *doc) titleWords(toks []Token) bool {
	for _, t := range toks {
		if !startsName(t.Text) && d.rules.role(t.Lower) == "" && !d.jobWord(t.Lower) && !d.isGenitive(t.Text) {
			return false
		}
	}
	return true
}

// personBeforeApposition returns the person named right before the
// comma that opens the apposition closed by the comma at toks[c], if
// nothing but titles comes before the name: "Tidligere president Eduardo
// Veltra, Bolivias representant ved domstolen," (not "Etter møtet med
// Eduardo Veltra, Bolivias representant,": a fronted phrase).
func (d *doc) personBeforeApposition(si int, toks []Token, c int) *entity {
	for o := c - 2; o > 0 && o >= c-14; o-- {
		if toks[o].Text != "," {
			continue
		}
		for _, m := range d.mentions[si] {
			if !m.hidden && m.end == toks[o].Start && m.ent.typ == "Person" && d.titleOnlyBefore(si, m.start, true) {
				return m.ent
			}
		}
		return nil
	}
	return nil
}

// actorBeforeParticiple is the person or actor that opens sentence si when
// the words before its verb, subj, are that name, then an apposition set
// off by commas that opens with a past participle ("The United Arab
// Emirates, accused by UN experts of arming the RSF,"), or nil.
func (d *doc) actorBeforeParticiple(si int, subj []Token) *entity {
	n := len(subj)
	for n > 0 && d.isAuxiliary(subj[n-1].Text) {
		n--
	}
	if n < 5 || subj[n-1].Text != "," || d.lang != "en" {
		return nil
	}
	o := slices.IndexFunc(subj[:n-1], func(t Token) bool { return t.Text == "," })
	if o < 1 || o+2 >= n-1 || slices.ContainsFunc(subj[o+1:n-1], func(t Token) bool { return t.Text == "," }) {
		return nil
	}
	if p := subj[o+1].Lower; !isLowerWord(subj[o+1].Text) || !strings.HasSuffix(p, "ed") || len(p) < 5 {
		return nil
	}
	for _, m := range d.mentions[si] {
		if !m.hidden && m.end == subj[o].Start && (m.ent.typ == "Person" || isActor(m.ent)) && d.titleOnlyBefore(si, m.start, true) {
			return m.ent
		}
	}
	return nil
}

// titleOnlyBefore reports whether sentence si has only title words
// before offset off: capitalised ones, "House Minority Leader Nancy
// Pelosi …", and with lower also the titles and job nouns Norwegian
// writes in lower case, "Tidligere president Eduardo Veltra".
func (d *doc) titleOnlyBefore(si, off int, lower bool) bool {
	for k, t := range d.toks[si] {
		if t.Start >= off {
			return true
		}
		// "The current Microsoft CEO", "The former Alloa boss": an
		// article and a tense word before the title
		if k == 0 && d.rules.articles[t.Lower] || k <= 1 && (d.rules.formerWords[t.Lower] || t.Lower == "current" || t.Lower == "nåværende") {
			continue
		}
		if lower && (d.rules.role(t.Lower) != "" || d.jobWord(t.Lower)) {
			continue
		}
		// "Helse- og omsorgsminister X": a title compounded with two fields
		toks := d.toks[si]
		if k > 0 && (t.Text == "-" && startsName(toks[k-1].Text) || strings.HasSuffix(toks[k-1].Text, "-") && (d.rules.conjunctions[t.Lower] || t.Lower == "og" || t.Lower == "and")) {
			continue
		}
		if k > 1 && strings.HasSuffix(toks[k-2].Text, "-") && d.rules.role(t.Lower) != "" {
			continue
		}
		if !startsName(t.Text) || d.isStopToken(t.Text) {
			return false
		}
	}
	return true
}

// opensClause reports whether mention m is its sentence's first and opens
// it or follows a lead-in ("Following practice this week, James was
// asked …"): most likely the subject.
func (d *doc) opensClause(m *mention) bool {
	toks := d.toks[m.sent]
	if len(toks) == 0 {
		return false
	}
	for _, o := range d.mentions[m.sent] {
		if o.start < m.start && !o.hidden && !o.genitive && !(o.demonym && d.titledOpening(toks[:d.tokenAt(m.sent, m.start)])) { // "Trump's press secretary, Sarah Sanders, …"
			return false
		}
	}
	if m.start == toks[0].Start || strings.HasSuffix(strings.TrimRight(d.text[toks[0].Start:m.start], " "), ",") {
		return true
	}
	k := d.tokenAt(m.sent, m.start)
	// "For Kevin Allton, a USI instructor, Warhol was a legend": the
	// person a fronted "for" phrase opens with is the sentence's topic
	if k == 1 && toks[0].Lower == "for" && d.lang == "en" {
		return true
	}
	// "Mr. Gendon recounted how …": an honorific opens the sentence
	if (k == 1 || k == 2 && toks[1].Text == ".") && d.x.lex.honorifics[toks[0].Lower] {
		return true
	}
	// "Den albanske ambassadør Aleksander Sallabanda fulgte opp": titles
	// (an article and a people's adjective with them) before the name
	if k >= 1 && k <= 4 && d.titledOpening(toks[:k]) {
		return true
	}
	// Norwegian puts the subject after the verb behind an adverb: "Nå
	// saksøker Maurice paret …"
	return d.lang != "en" && k == 2 && isLowerWord(toks[1].Text) && startsName(toks[0].Text) && !d.startsMention(m.sent, toks[0].Start) && !d.x.lex.clauseSubjects[toks[0].Lower] // "Hun beskriver Paddington": she is the subject
}

// titledOpening reports whether toks, the words before a name opening a
// sentence, are its title: a title or job noun last, before it only an
// article, people's adjectives or modifiers of a title.
func (d *doc) titledOpening(toks []Token) bool {
	last := toks[len(toks)-1].Lower
	if d.rules.role(d.baseRole(last)) == "" && !d.jobWord(last) {
		return false
	}
	for k, t := range toks[:len(toks)-1] {
		w := t.Lower
		if !(k == 0 && d.rules.articles[w] || d.x.lex.demonyms[w] != nil || d.x.lex.titleModifiers[w] || d.rules.formerWords[w] || d.rules.role(w) != "") {
			return false
		}
	}
	return true
}

// openingActor is the person, body or state whose name opens sentence si,
// or nil.
func (d *doc) openingActor(si int) *entity {
	toks := d.toks[si]
	var first *mention
	for _, m := range d.mentions[si] {
		if m.hidden {
			continue
		}
		if first == nil {
			if len(toks) == 0 || !d.titleOnlyBefore(si, m.start, false) || m.ent.typ != "Person" && !isActor(m.ent) {
				return nil
			}
			first = m
			continue
		}
		// "Facebook co-founder Mark Zuckerberg …": the titled person
		if between := d.text[first.end:m.start]; m.ent.typ == "Person" && !strings.Contains(between, ",") && wordCount(between) <= 3 && first.ent.typ != "Person" {
			return m.ent
		}
		// "Japan's prime minister, Taro Aso, spoke … and asked …": the
		// person the title before the comma names
		if between := strings.TrimSpace(d.text[first.end:m.start]); m.ent.typ == "Person" && first.ent.typ != "Person" && strings.Count(between, ",") == 1 &&
			strings.HasSuffix(between, ",") && wordCount(between) <= 4 && strings.HasPrefix(d.text[m.end:], ",") {
			return m.ent
		}
		break
	}
	if first == nil {
		return nil
	}
	// "Aps partisekretær er lei av …, og mener …": the person the article
	// gave the body's title
	if first.ent.typ != "Person" && first.genitive && first.start == d.sents[si].Start {
		if e := d.roleNominal(d.openingNounPhrase(toks)); e != nil {
			return e
		}
	}
	return first.ent
}

// commaBetween reports whether a comma stands between offsets a and b of sentence si.
func (d *doc) commaBetween(si, a, b int) bool {
	for _, t := range d.toks[si] {
		if t.Start >= a && t.End <= b && t.Text == "," {
			return true
		}
	}
	return false
}

// afterLastComma is what follows a lead-in: "In an opinion piece, the
// ambassador".
func afterLastComma(toks []Token) []Token {
	for k := len(toks) - 1; k >= 0; k-- {
		if toks[k].Text == "," {
			return toks[k+1:]
		}
	}
	return toks
}

// describesPerson reports whether toks read as a description of a person
// by a title — "the former Alloa Athletic boss", "Nord-Koreas
// utenriksminister" — whoever it is.
func (d *doc) describesPerson(toks []Token) bool {
	if len(toks) < 2 || len(toks) > 7 {
		return false
	}
	last := strings.ToLower(toks[len(toks)-1].Text)
	kind := d.rules.role(d.baseRole(last))
	if kind == "" {
		return false
	}
	first := toks[0].Lower
	return first == "the" || d.rules.articles[first] || d.mentionAt(toks[0].Start) != nil
}

// sameRole reports whether a person titled named fits the description
// role: the same title, or one ending in it ("utenriksminister" is a
// "minister").
func sameRole(named, role string) bool {
	return named == role || len(role) >= 5 && strings.HasSuffix(named, role)
}

// mentionAt returns the mention that starts at off, or nil.
func (d *doc) mentionAt(off int) *mention {
	si := d.sentenceAt(off)
	if si < 0 {
		return nil
	}
	for _, m := range d.mentions[si] {
		if !m.hidden && m.start == off {
			return m
		}
	}
	return nil
}

// agentOf returns the body an unnamed agent speaks for, when toks (a
// subject) end in an agent noun after the body's name: "A White House
// official", "a senior Pentagon official", "a Romanian official".
func (d *doc) agentOf(toks []Token) *entity {
	n := len(toks)
	if n == 0 || n > 6 || !d.rules.agentNouns[toks[n-1].Lower] {
		return nil
	}
	for j := n - 2; j >= 0; j-- {
		m := d.mentionCovering(toks[j].Start)
		if m != nil && (isActor(m.ent) || m.ent.typ == "Country") {
			return m.ent
		}
		if m != nil || !isLowerWord(toks[j].Text) {
			break
		}
	}
	return nil
}

// mentionCovering returns the visible mention whose span holds offset off.
func (d *doc) mentionCovering(off int) *mention {
	si := d.sentenceAt(off)
	if si < 0 {
		return nil
	}
	for _, m := range d.mentions[si] {
		if !m.hidden && m.start <= off && off < m.end {
			return m
		}
	}
	return nil
}

// titleUse is a person named with a title: "President Donald Trump",
// "Terry Branstad, the U.S. ambassador to China".
type titleUse struct {
	start int
	role  string
	ent   *entity
}

// titledPeople lists the article's people named with a title, in order.
func (d *doc) titledPeople() []titleUse {
	if d.titles != nil {
		return d.titles
	}
	d.titles = []titleUse{}
	d.eachPerson(func(si int, toks []Token, m *mention, k int) {
		for j := k - 1; j >= 0 && j >= k-2; j-- { // "U.S. President Donald Trump"
			if w := toks[j].Lower; d.rules.role(w) != "" {
				d.titles = append(d.titles, titleUse{m.start, d.baseRole(w), m.ent})
				break
			}
		}
		// "Ordføreren i Vestvågøy, Trond Hallvardsen (Ap),", "The mayor of
		// Savannah, Eddie DeLoach,": the title set off before the name
		if k >= 3 && toks[k-1].Text == "," {
			for j := k - 2; j >= 0 && j >= k-6 && toks[j].Text != ","; j-- {
				if w := toks[j].Lower; d.rules.role(w) != "" && (j == 0 || toks[j-1].Text == "," || d.rules.articles[toks[j-1].Lower]) {
					d.titles = append(d.titles, titleUse{m.start, d.baseRole(w), m.ent})
					break
				}
			}
		}
		// "X, the U.S. ambassador to China,"
		e := d.tokenAt(si, m.end)
		if e < len(toks) && toks[e].Text == "," {
			for j := e + 1; j < len(toks) && j < e+7 && toks[j].Text != ","; j++ {
				if w := toks[j].Lower; d.rules.role(w) != "" {
					d.titles = append(d.titles, titleUse{m.start, d.baseRole(w), m.ent})
					break
				}
			}
		}
	})
	sort.SliceStable(d.titles, func(i, j int) bool { return d.titles[i].start < d.titles[j].start })
	return d.titles
}

// baseRole is a title without its definite ending: "presidenten" is
// "president".
func (d *doc) baseRole(w string) string {
	for _, end := range []string{"en", "et", "a", "n"} {
		if b, ok := strings.CutSuffix(w, end); ok && d.rules.role(b) != "" {
			return b
		}
	}
	return w
}

// speakerIn picks the speaker among the mentions in [start, end): the last
// person, else the last actor.
func (d *doc) speakerIn(si, start, end int) *entity {
	var best *entity
	bestEnd := 0
	for _, m := range d.mentions[si] {
		if m.hidden || m.start < start || m.end > end {
			continue
		}
		// `the text "Steve Jobs 1955-2011", states: "…"`: a name quoted in
		// the subject is no speaker
		if quotedWithin(d.text[max(start, m.start-300):m.start]) {
			continue
		}
		// "Den tidligere Ukip-lederen sa": the body before a compound's
		// role is not who speaks
		if tail, ok := strings.CutPrefix(d.text[m.end:min(len(d.text), m.end+40)], "-"); ok {
			if k := strings.IndexFunc(tail, func(r rune) bool { return !unicode.IsLetter(r) }); k >= 0 {
				tail = tail[:k]
			}
			if role := d.rules.role(strings.ToLower(tail)); isLowerWord(tail) && (role == "leaderOf" || role == "memberOf") {
				continue
			}
		}
		// "Kina og Russland mener …": a list of speakers is led by its first
		// — unless an apposition describes the last ("X og Y, kvinnen som …")
		if best != nil && listClass(best.typ) == listClass(m.ent.typ) && listJoiner(d.text[bestEnd:m.start]) && !strings.HasPrefix(d.text[m.end:], ",") {
			bestEnd = m.end
			continue
		}
		// "David Patton, one of the defenders representing Saipov, said":
		// a person inside an apposition the verb closes is not the subject
		// (but "The vice president of Dacia, Constantin Stroe, said": an
		// apposition of a name alone is the subject's name)
		// (and "The Rev. David Johnson, Father Johnson's son, proudly
		// called": adverbs before the verb)
		if best != nil && best.typ == "Person" && end-bestEnd < 300 && closedApposition(d.trimVerbGroup(d.text[bestEnd:end])) && strings.Trim(d.text[bestEnd:end], ", ") != m.text {
			continue
		}
		// "New Century, the second largest lender in the US, has recently
		// revealed": a place inside a body's apposition is not the subject
		if best != nil && class(best.typ) == 'O' && class(m.ent.typ) != 'P' && end-bestEnd < 300 && closedApposition(d.trimVerbGroup(d.text[bestEnd:end])) {
			continue
		}
		// "Greece, which also has a province called Macedonia, says …",
		// "Departementet, som har ansvaret for politiet, sier …": a name in
		// a relative clause on the subject is not the subject
		if inRelativeClause(d.text[start:m.start], d.text[m.end:end]) {
			continue
		}
		if m.ent.typ == "Person" {
			best, bestEnd = m.ent, m.end
		} else if best == nil || best.typ != "Person" {
			if c := class(m.ent.typ); c == 'O' || c == 'G' {
				best, bestEnd = m.ent, m.end
			}
		}
	}
	return best
}

// trimVerbGroup cuts the auxiliaries and adverbs that end s, the words
// before a verb: ", the largest lender, has recently " → ", the largest lender,".
func (d *doc) trimVerbGroup(s string) string {
	words := strings.Fields(s)
	for len(words) > 0 && d.verbGroupWord(words[len(words)-1]) {
		words = words[:len(words)-1]
	}
	return strings.Join(words, " ")
}

// verbGroupWord reports whether w may stand between a subject and its
// verb: an auxiliary or an adverb ("has", "recently").
func (d *doc) verbGroupWord(w string) bool {
	return d.isAuxiliary(w) || strings.HasSuffix(w, "ly") && isLowerWord(w)
}

// quotedWithin reports whether a quotation opened in before is still
// open at its end.
// A straight quote opens after a space (or at the start) and before a
// non-space, and closes otherwise: `… living there," the Red Cross said`
// closes a quote opened lines above.
func quotedWithin(before string) bool {
	open := false
	for i, r := range before {
		switch r {
		case '“', '«':
			open = true
		case '”', '»':
			open = false
		case '"':
			prev, _ := utf8.DecodeLastRuneInString(before[:i])
			next, _ := utf8.DecodeRuneInString(before[i+1:])
			open = (i == 0 || unicode.IsSpace(prev) || prev == '(') && !unicode.IsSpace(next)
		}
	}
	return open
}

// inRelativeClause reports whether a name between before and after
// stands in a relative clause that closes before the verb: before holds
// ", which" (", who", ", som", ", der") and no comma after it, after
// holds the comma that closes the clause.
func inRelativeClause(before, after string) bool {
	if !strings.Contains(after, ",") {
		return false
	}
	// the clause may hold commas of its own: "Strideline, which is based
	// in Austin, Texas, and has …, said"
	for _, rel := range []string{", which ", ", who ", ", whose ", ", som ", ", der "} {
		if strings.Contains(before, rel) {
			return true
		}
	}
	return false
}

// closedApposition reports whether the text between a name and its verb
// is one apposition set off by commas: ", one of the defenders for X, ",
// two joined by "and" (", Director of X, and Chairman of Y, "), or a
// relative clause with what follows it (", who married X, also 31, ").
func closedApposition(between string) bool {
	t := strings.TrimSpace(between)
	if len(t) <= 2 || !strings.HasPrefix(t, ",") || !strings.HasSuffix(t, ",") {
		return false
	}
	parts := strings.Split(t[1:len(t)-1], ",")
	switch len(parts) {
	case 1:
		return true
	case 2:
		second := strings.TrimSpace(parts[1])
		if strings.HasPrefix(second, "and ") || strings.HasPrefix(second, "og ") {
			return true
		}
	}
	// "Kit, som nylig giftet seg med Rose Leslie, også 31 år, vedgikk": a
	// relative clause and what is said of it
	first := strings.TrimSpace(parts[0])
	for _, rel := range []string{"som ", "who ", "whose "} {
		if strings.HasPrefix(first, rel) && len(parts) <= 3 {
			return true
		}
	}
	return false
}

// listJoiner reports whether the text between two names joins them as
// one subject: "og", "and".
func listJoiner(between string) bool {
	switch strings.TrimSpace(between) {
	case "og", "and", "&":
		return true
	}
	return false
}

// lastPersonBefore resolves "he"/"han": the last person mentioned before offset.
func (d *doc) lastPersonBefore(off int) *entity {
	return d.lastPersonFor(off, "")
}

// lastPersonFor resolves a personal pronoun: the last person mentioned
// before off whose given name does not say otherwise ("she" passes over
// Donald, "he" over Mary).
func (d *doc) lastPersonFor(off int, pronoun string) *entity {
	female := pronoun == "she" || pronoun == "hun"
	male := pronoun == "he" || pronoun == "han"
	// walk back from the sentence at off: the nearest fitting person wins
	si := d.sentenceAt(off)
	if si < 0 {
		si = len(d.sents) - 1
	}
	// fits: 0 no, 1 not contradicted, 2 a woman's given name for "she",
	// -1 only if nobody else fits
	fits := func(m *mention) int {
		if m.start >= off || m.ent.typ != "Person" {
			return 0
		}
		first := strings.Fields(m.ent.name)[0]
		isFemale, known := d.x.lex.femaleNames[first], d.x.lex.givenNames[first]
		switch {
		case d.x.lex.unisexNames[first]: // "Andrea Jenkyns … she added"
			return 1
		// the long generated list may call a man's name a woman's ("Joan"
		// is Catalan for John): only the hand-made list rules a man out,
		// the generated one makes him a last resort
		case female && known && !isFemale && d.x.lex.handGiven[first] || male && d.x.lex.handFemale[first]:
			return 0
		case male && isFemale || female && known && !isFemale:
			return -1 // (the generated lists alone: "Dana Perino … she stated")
		case female && isFemale:
			return 2
		}
		return 1
	}
	// in the pronoun's own sentence the nearest person before it; in an
	// earlier one its first person, most often the subject ("Calzadilla
	// denied that Morales …" — "he added" is Calzadilla). For "she" a
	// woman's given name a few sentences back beats a name that says
	// nothing ("she" passes over Track Palin to Sarah Palin).
	var fallback, lastResort *entity
	var fallbackAt *mention
	here := si
	// the person quoted just before, if the pronoun fits them: «…», sa hun
	// after her quotes is hers, not a person she spoke of
	recent := d.lastSpeaker
	if recent != nil && (here-d.lastSpeakerSent > 3 || here < d.lastSpeakerSent || fits(&mention{start: -1, ent: recent}) < 1) {
		recent = nil
	}
	// whom the search found, unless it is a mere mention (no speaker yet,
	// not the subject opening its sentence) and the one quoted just before fits
	pick := func(e *entity, m *mention) *entity {
		// "Mickelson has 18 wins, though Furyk said …. "…," he explained":
		// the one who spoke in the sentence before, not its subject
		if recent != nil && m != nil && e != recent && m.sent != here && m.sent == d.lastSpeakerSent {
			return recent
		}
		// "… ,' he said. / The Wellingborough MP added: '…' / …, he said:":
		// the one quoted in the sentence just before, not someone named
		// before that
		if recent != nil && m != nil && e != recent && m.sent < d.lastSpeakerSent && here-d.lastSpeakerSent == 1 {
			return recent
		}
		// ("James was asked about his plans. «…», he replied": who was
		// asked answers)
		if recent == nil || e == recent || m == nil || d.spoke[e] || d.opensClause(m) && !m.genitive || d.wasAsked(m) { // "Morales's rhetoric …, she suggested"
			return e
		}
		return recent
	}
	for ; si >= 0; si-- {
		// "The President referred to … Brett Kavanaugh …": the subject a
		// title names, before the first person named
		if si != here && fallback == nil {
			if e := d.openingNominal(si); e != nil && fits(&mention{start: -1, ent: e}) >= 1 {
				return pick(e, nil)
			}
		}
		ms := d.mentions[si]
		var order []*mention
		if si == here {
			for k := len(ms) - 1; k >= 0; k-- {
				order = append(order, ms[k])
			}
		} else {
			order = ms
		}
		for _, m := range order {
			switch fits(m) {
			case 2:
				return pick(m.ent, m)
			case 1:
				if fallback == nil {
					fallback, fallbackAt = m.ent, m
				}
			case -1:
				if lastResort == nil {
					lastResort = m.ent
				}
			}
		}
		if fallback != nil && (here-si >= 3 || !female) {
			return pick(fallback, fallbackAt)
		}
		if male && lastResort != nil {
			return lastResort // nobody else in the nearest sentence with a person
		}
	}
	if fallback == nil {
		return lastResort
	}
	return pick(fallback, fallbackAt)
}

// nextLineAttribution is the speaker a line of its own names after a
// quote that closes sentence ei (rest, the words after the quote, empty):
// the line opens with a verb of saying in lower case ("said Bell Curve
// Trading chief strategy expert, Bill Strazzullo."); else nil.
func (d *doc) nextLineAttribution(ei int, rest []Token) *entity {
	if len(rest) > 0 || ei+1 >= len(d.sents) {
		return nil
	}
	next := d.toks[ei+1]
	if len(next) < 3 || !isLowerWord(next[0].Text) || !d.speechWord(next[0].Text) || sameLine(d.text, d.sents[ei].End, d.sents[ei+1].Start) {
		return nil
	}
	return d.speakerAfterVerb(ei+1, next)
}

// straightQuoteClose is the index in s of the straight quote mark that
// closes a quote opened just before s, or -1, and whether every quote
// opened inside it in s was closed. A mark after a space and before a word
// opens a quote inside it, which the next mark closes: `"Once the
// government says, "O.K., this is a national disaster," we can open …"`.
func straightQuoteClose(s string) (int, bool) {
	depth := 0
	for i := 0; i < len(s); i++ {
		if s[i] != '"' {
			continue
		}
		if i > 0 && (s[i-1] == ' ' || s[i-1] == '\t') && i+1 < len(s) {
			if r, _ := utf8.DecodeRuneInString(s[i+1:]); unicode.IsLetter(r) || unicode.IsDigit(r) {
				depth++
				continue
			}
		}
		if depth == 0 {
			return i, true
		}
		depth--
	}
	return -1, depth == 0
}

// quotesIn finds "…" and «…» quotes in sentence si's paragraph line that
// start in this sentence, with an attribution before or after them.
func (d *doc) quotesIn(si int) []quote {
	s := d.sents[si]
	lineEnd := strings.IndexByte(d.text[s.Start:], '\n')
	if lineEnd < 0 {
		lineEnd = len(d.text)
	} else {
		lineEnd += s.Start
	}
	var out []quote
	for i := max(s.Start, d.quotedTo); i < s.End; {
		r, size := utf8.DecodeRuneInString(d.text[i:])
		closer := rune(0)
		switch r {
		case '"':
			closer = '"'
		case '“':
			closer = '”'
		case '«':
			closer = '»'
		case '\'', '‘':
			// British single quotes: `said: 'The investigation is …'` —
			// not an apostrophe (don't, players')
			if d.singleQuoteOpens(i, size) {
				closer = '\''
				if r == '‘' {
					closer = '’'
				}
			}
		}
		if closer == 0 {
			i += size
			continue
		}
		single := closer == '\'' || closer == '’'
		j := strings.IndexRune(d.text[i+size:lineEnd], closer)
		if closer == '"' && j >= 0 {
			// (a nested quote left open on the line: the first mark, as before;
			// one closed on it: the quote goes on below)
			if k, balanced := straightQuoteClose(d.text[i+size : lineEnd]); k >= 0 || balanced {
				j = k
			}
		}
		if single {
			j = d.singleQuoteClose(i+size, lineEnd, closer)
		}
		if j < 0 {
			// a quote running on over the next lines of its paragraph
			if j = d.quoteCloseBelow(s.Start, i, i+size, closer); j < 0 {
				if single {
					i += size
					continue
				}
				break
			}
			j -= i + size
		}
		qs, qe := i+size, i+size+j
		i = qe + utf8.RuneLen(closer)
		d.quotedTo = max(d.quotedTo, i)
		// a short quote is a scare quote or a title, unless it ends a
		// statement attributed after it: `the case "wasn't complicated," said X`
		short := wordCount(d.text[qs:qe]) < 4
		q := quote{start: qs, end: qe, evStart: s.Start, evEnd: s.End, short: short}
		d.anchor = qs
		// attribution after: `," he said` / `», sa X`
		ei := d.sentenceAt(qe)
		if ei >= 0 {
			q.evEnd = d.sents[ei].End
			rest := d.tokensFrom(ei, i)
			if len(rest) > 0 && rest[0].Text == "," {
				rest = rest[1:]
			}
			if sp := d.speakerAfterVerb(ei, rest); sp != nil {
				q.speaker = sp
			} else if sp := d.speakerBeforeVerb(ei, rest); sp != nil {
				q.speaker = sp
			} else if sp := d.signedBy(ei, rest); sp != nil {
				q.speaker, q.attributed = sp, true
			} else if next := d.nextLineAttribution(ei, rest); next != nil {
				q.speaker, q.attributed = next, true // `… played itself out?"` / `said X.` on a line of its own
			} else if sp := d.attributionAfterMark(ei, qe, rest); sp != nil {
				q.speaker, q.attributed = sp, true // `"… in the water!" Hammel added.`: the mark ended the sentence
			} else if len(rest) == 0 && ei+1 < len(d.sents) && sameLine(d.text, qe, d.sents[ei+1].Start) {
				// `"… a long game." - Matthew Ingram`: the signature is a
				// sentence of its own
				if sp := d.signedBy(ei+1, d.toks[ei+1]); sp != nil && isDash(d.toks[ei+1][0].Text) {
					q.speaker, q.attributed = sp, true
				}
			}
			for k, t := range rest {
				if k > 8 || t.Text == "." {
					break
				}
				if d.rules.speech[t.Lower] {
					q.attributed = true
				}
			}
			if q.speaker == nil {
				q.continues = d.continuingAttribution(rest)
			}
			// "Trump said he would "prefer not" to …, X testified.": the
			// sentence's opening speaker, not a far verb's subject
			if op := d.openingSpeaker(si); op != nil && q.speaker != nil && q.speaker != op && ei == si && !q.attributed {
				q.speaker, q.attributed = op, true
			}
		}
		// quoted words inside a statement of the sentence's own: `Monday will
		// bring Bolivia "an opportunity …" and a chance to "end …," he said`
		// — the statement is the whole sentence up to the attribution
		if q.speaker != nil && d.sentenceAt(qe) == si {
			lead := d.tokensBetween(si, s.Start, qs-utf8.RuneLen(r))
			if len(lead) >= 4 && !d.hasSpeechVerb(lead) && !dashStart(s.Text) {
				q.start = s.Start
				for len(out) > 0 && out[len(out)-1].start >= s.Start && out[len(out)-1].speaker == nil {
					out = out[:len(out)-1] // an earlier fragment of this statement
				}
			}
		}
		// ... but a short quote that opens its sentence and is attributed
		// right after is a statement: `«Jeg mener, selvsagt», sa Kennedy`
		opens := q.speaker != nil && q.attributed && wordCount(d.text[qs:qe]) >= 2 && len(d.tokensBetween(si, s.Start, qs-utf8.RuneLen(r))) == 0
		if (short || q.speaker == nil) && q.start == qs && !opens {
			// `Trump kalte Kim en «rakettmann»`, `called the Democrats
			// "angry and mean"`: a name-calling verb makes the sentence a
			// claim (a longer quote too: `kalte planen «et angrep på
			// distriktene»`)
			before := d.tokensBetween(si, s.Start, qs-utf8.RuneLen(r))
			v := -1 // the verb, one to three words before the quote ("kalte planen «…»"), not introducing it ("called: «…»")
			for k := len(before) - 2; k >= 0 && k >= len(before)-4 && before[len(before)-1].Text != ":"; k-- {
				if d.rules.namingVerbs[before[k].Lower] {
					v = k
				}
			}
			if v > 0 {
				if sp := d.speakerIn(si, s.Start, before[v].Start); sp != nil && (sp.typ == "Person" || isActor(sp)) {
					q.start, q.end, q.speaker, q.attributed, q.naming = s.Start, s.End, sp, true, true
					if m := d.lastMentionOf(si, sp, before[v].Start); m != nil {
						q.start = m.start // from the one who calls: "… etter at Trump kalte Kim en «rakettmann»"
					}
					out = append(out, q)
					continue
				}
			}
			if short {
				continue
			}
		}
		// attribution before: `X said: "…"`, `X sa: «…»`, `X said "…"`
		// (not a title named: `a painting called 'A Charge to Keep.'`)
		if q.speaker == nil && !d.namedTitle(si, qs-utf8.RuneLen(r), qs, qe) {
			before := d.tokensBetween(si, s.Start, qs-utf8.RuneLen(r))
			n := len(before)
			last := n - 1 // the last word before the quote's punctuation
			if n >= 2 && (before[n-1].Text == ":" || before[n-1].Text == ",") {
				last = n - 2
			}
			if n >= 2 && last > 0 {
				if w := before[last].Lower; w == "that" || w == "at" {
					last-- // `adding that "…"`
				}
			}
			if n >= 2 && (last < n-1 || d.speechVerbNear(before[:last+1], 3)) {
				for k := last; k >= 0; k-- {
					verb := k // "la til": a verb of two words
					if k > 0 && d.rules.speech[strings.ToLower(before[k-1].Text+" "+before[k].Text)] {
						verb = k - 1
					}
					if verb < k || d.rules.speech[before[k].Lower] {
						// "Instead the minister highlighted …, and added: "…"": the
						// clause's subject, not the last name before the verb
						if verb > 0 && d.rules.conjunctions[before[verb-1].Lower] {
							if q.speaker = d.clauseSubject(si); q.speaker != nil {
								q.attributed = true
								break
							}
						}
						if verb < k && !d.rules.speech[before[k].Lower] {
							continue // the rest as before: from a verb of one word
						}
						q.attributed = true
						// `"…," he said, adding that "…"`: whoever spoke before
						// in the sentence, or its subject
						if k > 0 && before[k-1].Text == "," && strings.HasSuffix(before[k].Lower, "ing") {
							if q.speaker = d.sentenceSubject(si); len(out) > 0 && out[len(out)-1].speaker != nil {
								q.speaker = out[len(out)-1].speaker
							}
							if q.speaker != nil {
								break
							}
						}
						// "but he replied "…"": the pronoun, not the last name before it
						if k > 0 && contains(d.rules.Pronouns["person"], before[k-1].Lower) {
							q.speaker = d.lastPersonFor(before[k-1].Start, before[k-1].Lower)
							break
						}
						// "… på Twitter skrev han: «…»": a pronoun after the verb is its subject
						if k+1 < n && contains(d.rules.Pronouns["person"], before[k+1].Lower) {
							q.speaker = d.lastPersonFor(before[k+1].Start, before[k+1].Lower)
							break
						}
						q.speaker = d.titledByPlace(si, before[:k])
						if q.speaker == nil {
							q.speaker = d.speakerIn(si, s.Start, before[k].Start)
						}
						if q.speaker == nil {
							q.speaker = d.speakerIn(si, before[k].End, before[n-1].Start)
						}
						if q.speaker == nil {
							q.speaker = d.roleIn(before[:k]) // "the president, who commented during the rally: "…""
						}
						if q.speaker == nil && k > 0 && contains(d.rules.Pronouns["person"], before[k-1].Lower) {
							q.speaker = d.lastPersonBefore(before[k-1].Start)
						}
						break
					}
				}
			}
			// "Bone avfeide påstandene: «…»": no verb of saying, the
			// sentence's subject before the colon speaks (or before a
			// comma after a statement's noun: "Jobs left this farewell, "…"")
			if q.speaker == nil && n >= 3 && (before[n-1].Text == ":" || before[n-1].Text == "," && d.namesStatement(before[:n-1])) {
				subjectAt := s.Start
				// "During Prime Minister's Questions, Sunak defended …: "…"":
				// the subject after a fronted phrase's comma
				if d.rules.clauseOpeners[before[0].Lower] {
					for k := 1; k+1 < n-1 && k < 12; k++ {
						if before[k].Text == "," {
							subjectAt = before[k+1].Start
							break
						}
					}
				}
				if e := d.mentionStartingAt(si, subjectAt); e != nil && e.typ == "Person" && !d.personBetween(si, d.mentionEnd(si, subjectAt), before[n-1].Start) {
					q.speaker, q.attributed = e, true
				}
			}
			// "The director Anna Berg released a statement: "…""
			if q.speaker == nil && n >= 3 && before[n-1].Text == ":" {
				if e := d.statementBy(si); e != nil {
					q.speaker, q.attributed = e, true
				}
			}
			// "in the words of the Crown prosecutor, Mark Tedeschi, "…"",
			// "med ordene til X: «…»": the person so introduced
			if q.speaker == nil && n >= 4 {
				for k := 0; k+3 < n; k++ {
					if d.handsQuote(before[k:]) {
						q.speaker = d.speakerIn(si, before[k].Start, before[n-1].End)
						q.attributed = q.speaker != nil
						break
					}
				}
			}
		}
		out = append(out, q)
	}
	return out
}

// personBeforeColon is the person whose name ends sentence si right
// before a closing colon ("…, Tor Langbach:"), or nil.
func (d *doc) personBeforeColon(si int) *entity {
	toks := d.toks[si]
	n := len(toks)
	if n < 3 || toks[n-1].Text != ":" {
		return nil
	}
	if e := d.mentionEndingAt(si, toks[n-2].End); e != nil && e.typ == "Person" {
		return e
	}
	return nil
}

// objectOfPreposition reports whether e's last mention before off follows
// a preposition ("One fan on Twitter described …"), a participle after a
// noun ("The states' attorneys supporting Grace described …") or a
// relative clause's verb ("Statsadvokatene som støttet Grace, beskrev
// …"): no subject.
func (d *doc) objectOfPreposition(si int, e *entity, off int) bool {
	var last *mention
	for _, m := range d.mentions[si] {
		if m.ent == e && !m.hidden && m.end <= off {
			last = m
		}
	}
	if last == nil {
		return false
	}
	k := d.tokenAt(si, last.start)
	// "filed with the United States Department of Housing": past a name
	// that modifies a body's (not "UN envoy for Syria Staffan de Mistura")
	for _, m := range d.mentions[si] {
		if m != last && last.ent.typ != "Person" && m.end < last.start && d.tokenAt(si, m.end) == k && strings.TrimSpace(d.text[m.end:last.start]) == "" {
			k = d.tokenAt(si, m.start)
		}
	}
	if k > 1 && d.rules.articles[d.toks[si][k-1].Lower] {
		k-- // "a statement to the Australian Broadcasting Corporation"
	}
	// (but "Eksperter i finansdepartementet forventer at …", "officials
	// in the ministry said": the body its people speak for)
	toks := d.toks[si]
	if k > 1 && d.lang == "en" && isLowerWord(toks[k-1].Text) && len(toks[k-1].Text) > 5 && strings.HasSuffix(toks[k-1].Text, "ing") &&
		isLowerWord(toks[k-2].Text) && !d.rules.stop[toks[k-2].Lower] {
		return true
	}
	if k > 1 && d.rules.relative[toks[k-2].Lower] && toks[k-2].Lower != "that" && isLowerWord(toks[k-1].Text) && !d.rules.stop[toks[k-1].Lower] {
		return true
	}
	return k > 0 && d.rules.objectPrepositions[toks[k-1].Lower] && !(k > 1 && d.rules.agentNouns[toks[k-2].Lower])
}

// clauseSubject is the subject of sentence si's first clause: the person
// or body opening it, or a title the article named someone with ("Instead
// the minister highlighted …", "Isteden fremhevet ministeren …"); nil if
// neither.
func (d *doc) clauseSubject(si int) *entity {
	toks := d.toks[si]
	if len(toks) == 0 || isOpeningQuote(toks[0].Text) {
		return nil // «…», uttalte hun til New York Post, og la til: a quote's speaker
	}
	// a person named in full opening the sentence
	if e := d.sentenceSubject(si); e != nil && e.typ == "Person" && strings.Contains(e.name, " ") {
		return e
	}
	for j := 0; j < 4 && j < len(toks); j++ {
		for n := 2; n >= 1; n-- {
			if j+n <= len(toks) {
				if e := d.roleNominal(toks[j : j+n]); e != nil {
					return e
				}
			}
		}
	}
	return nil
}

// namesStatement reports whether toks hold a statement's noun
// (statement_nouns): "left this farewell", "posted a message".
func (d *doc) namesStatement(toks []Token) bool {
	for k, t := range toks {
		if d.rules.statementNouns[t.Lower] || k+1 < len(toks) && d.rules.statementNouns[t.Lower+" "+toks[k+1].Lower] {
			return true
		}
	}
	return false
}

// statementBy returns the person or body whose statement sentence si
// tells of, "Senator X issued a statement regarding …", or nil.
func (d *doc) statementBy(si int) *entity {
	if si < 0 {
		return nil
	}
	found := false
	toks := d.toks[si]
	for k, t := range toks {
		w := t.Lower
		if d.rules.statementNouns[w] || k+1 < len(toks) && d.rules.statementNouns[w+" "+toks[k+1].Lower] {
			found = true
			break
		}
	}
	if !found {
		return nil
	}
	// its subject: the first person or body, a few words of title at most
	// before it ("The museum director Anna Berg", "Senator X"), or the
	// person a body's title leads to ("U.S. Senator X")
	var first *mention
	for _, m := range d.mentions[si] {
		if m.hidden {
			continue
		}
		if first != nil {
			if m.ent.typ == "Person" && d.tokenAt(si, m.start)-d.tokenAt(si, first.end) <= 2 && !d.commaBetween(si, first.end, m.start) {
				return m.ent
			}
			break
		}
		if k := d.tokenAt(si, m.start); k > 4 || d.commaBetween(si, d.sents[si].Start, m.start) || m.ent.typ != "Person" && !isActor(m.ent) {
			return nil
		}
		if first = m; m.ent.typ == "Person" {
			break
		}
	}
	if first == nil {
		return nil
	}
	return first.ent
}

// handsQuote reports whether toks open with a phrase that hands the words
// after it to whom it names: "in the words of", "med ordene til".
func (d *doc) handsQuote(toks []Token) bool {
	for _, p := range d.rules.wordsOf {
		if len(toks) >= len(p) && tokensAre(toks[:len(p)], p) {
			return true
		}
	}
	return false
}

// singleQuoteOpens reports whether the single quote at i opens a quote:
// it starts its line or follows a space, a colon or a bracket, and a word
// follows it.
func (d *doc) singleQuoteOpens(i, size int) bool {
	next, _ := utf8.DecodeRuneInString(d.text[i+size:])
	if !unicode.IsLetter(next) && !unicode.IsDigit(next) {
		return false
	}
	if i == 0 {
		return true
	}
	prev, _ := utf8.DecodeLastRuneInString(d.text[:i])
	return unicode.IsSpace(prev) || prev == ':' || prev == '(' || prev == '"' || prev == '“'
}

// singleQuoteClose finds, from offset from to end, the single quote that
// closes a quote — one after a word or a mark and before no letter — as
// an index relative to from, or -1.
func (d *doc) singleQuoteClose(from, end int, closer rune) int {
	for k := from; k < end; {
		r, size := utf8.DecodeRuneInString(d.text[k:])
		if r == closer {
			prev, _ := utf8.DecodeLastRuneInString(d.text[:k])
			next, _ := utf8.DecodeRuneInString(d.text[k+size:])
			if !unicode.IsSpace(prev) && !unicode.IsLetter(next) && !unicode.IsDigit(next) {
				return k - from
			}
		}
		k += size
	}
	return -1
}

// quoteCloseBelow finds where a quote opened at open (its text from
// from) closes on a later line, of its paragraph or one after a blank
// line: `"I don't usually cry. / … / It's about the team," said Garcia`. The quote must open its
// line or follow ":", "," or a speech verb; no other quote may open before the close, and
// a straight quote must close after a word or punctuation, not before one;
// at most 12 lines.
// It returns the closer's offset, or -1.
func (d *doc) quoteCloseBelow(lineStart, open, from int, closer rune) int {
	before := strings.TrimSpace(d.text[lineStart:open])
	if before != "" && !strings.HasSuffix(before, ":") && !strings.HasSuffix(before, ",") && !d.endsInSpeechVerb(before) {
		return -1
	}
	opensLine := before == "" // a quote opening its paragraph may go on in the next
	lines := 0
	nested := 0 // quotes opened inside this one: `called it "Snow White.""`
	for k := from; k < len(d.text) && k < from+4000; {
		r, size := utf8.DecodeRuneInString(d.text[k:])
		switch {
		case r == '\n':
			lines++
			if lines > 12 {
				return -1
			}
			// a blank line ends the paragraph, and a quote still open
			// there closes below only where a closer shows it ends there
			// (`… early." After the match`), no quote opening first —
			// but a quote that opened its paragraph and ends it with a
			// full stop goes on where the same mark opens the next, as
			// English quotes over paragraphs do
			if j := paragraphReopens(d.text, k+size, closer); j > 0 && opensLine && k > 0 && strings.ContainsRune(".?!", rune(d.text[k-1])) {
				k = j
				continue
			}
		case r == closer:
			next, _ := utf8.DecodeRuneInString(d.text[k+size:])
			prev, _ := utf8.DecodeLastRuneInString(d.text[:k])
			// `… track record. "` closes a quote at its line's end, space or not
			endsLine := k+size == len(d.text) || next == '\n' || next == '\r'
			if closer == '\'' || closer == '’' {
				if unicode.IsLetter(next) || unicode.IsDigit(next) || unicode.IsSpace(prev) {
					k += size
					continue // an apostrophe: "don't", "it’s"
				}
			}
			// `… commitment, " said X`: a spaced straight quote after a
			// comma or a full stop closes
			spacedClose := closer == '"' && prev == ' ' && next == ' ' && k >= 2 && strings.ContainsAny(d.text[k-2:k-1], ",.!?")
			if closer != '"' || spacedClose || !unicode.IsLetter(next) && !unicode.IsDigit(next) && (!unicode.IsSpace(prev) || endsLine) {
				if nested > 0 {
					nested-- // the inner quote closes
					k += size
					continue
				}
				if lines == 0 {
					return -1
				}
				return k
			}
			if prev == ' ' && closer == '"' {
				nested++ // a quote inside the quote, within a line
				k += size
				continue
			}
			return -1 // another quote opens: the first one never closed
		case r == '«' || r == '“':
			return -1
		}
		k += size
	}
	return -1
}

// reopenedQuote is a quote mark opening a paragraph inside a quotation.
var reopenedQuote = regexp.MustCompile(`\n[ \t]*["“«]`)

// paragraphReopens returns where the words begin when the line at from
// (after blank lines) opens with the quote mark that pairs with closer —
// a quotation going on over paragraphs — or 0.
func paragraphReopens(text string, from int, closer rune) int {
	var opener rune
	switch closer {
	case '"':
		opener = '"'
	case '”':
		opener = '“'
	case '»':
		opener = '«'
	default:
		return 0
	}
	k := from
	for k < len(text) && (text[k] == '\n' || text[k] == '\r' || text[k] == ' ' || text[k] == '\t') {
		k++
	}
	if r, size := utf8.DecodeRuneInString(text[k:]); r == opener && k+size < len(text) {
		if next, _ := utf8.DecodeRuneInString(text[k+size:]); unicode.IsLetter(next) || unicode.IsDigit(next) {
			return k + size
		}
	}
	return 0
}

// colonStatement reads a line "NAME: STATEMENT" of a transcript or an
// interview, below the headline, whose name is a person's or a body's.
func (d *doc) colonStatement(si int) (quote, bool) {
	s, toks := d.sents[si], d.toks[si]
	// not the headline: "Bernard Vann: WW1 cleric celebrated" names a topic
	// (but "Støre: – Vi må kutte i bistanden", "Trump: We will win this
	// war": a quote, or the speaker's own pronoun, after the colon)
	headline := s.Start == 0 || !strings.Contains(strings.TrimSpace(d.text[:s.Start]), "\n")
	if s.Start > 0 && d.text[s.Start-1] != '\n' || len(toks) < 4 || headline && !d.quotedAfterColon(toks) {
		return quote{}, false
	}
	for _, m := range d.mentions[si] {
		if m.hidden || m.start != s.Start || (m.ent.typ != "Person" && class(m.ent.typ) != 'O') {
			continue
		}
		k := d.tokenAt(si, m.end)
		if k >= len(toks) || toks[k].Text != ":" {
			return quote{}, false
		}
		end := strings.IndexByte(d.text[toks[k].End:], '\n')
		if end < 0 {
			end = len(d.text)
		} else {
			end += toks[k].End
		}
		start := toks[k].End
		if wordCount(d.text[start:end]) < 3 {
			return quote{}, false
		}
		for start < end && d.text[start] == ' ' {
			start++
		}
		if dashStart(d.text[start:end]) && dashLen(d.text[start:end]) < end-start {
			start += dashLen(d.text[start:end]) // "Støre: – Vi må …": the quote, not its dash
		}
		return quote{start: start, end: end, evStart: s.Start, evEnd: end, speaker: m.ent, attributed: true}, true
	}
	return quote{}, false
}

// quotedAfterColon reports whether the words after a headline's colon are
// quoted: a dash or a quotation mark opens them, or the speaker's own
// pronoun is among their first four words.
func (d *doc) quotedAfterColon(toks []Token) bool {
	c := slices.IndexFunc(toks, func(t Token) bool { return t.Text == ":" })
	if c < 0 || c+1 >= len(toks) {
		return false
	}
	if isDash(toks[c+1].Text) || isOpeningQuote(toks[c+1].Text) {
		return true
	}
	for _, t := range toks[c+1 : min(len(toks), c+5)] {
		if firstPerson[t.Lower] && t.Text != "i" {
			return true
		}
	}
	return false
}

// speechVerbNear reports whether one of the last n+1 words of toks is a
// speech verb with no punctuation after it: `Palin called his arrest "…"`.
func (d *doc) speechVerbNear(toks []Token, n int) bool {
	for k := len(toks) - 1; k >= 0 && k >= len(toks)-1-n; k-- {
		w := toks[k].Text
		if d.rules.speech[strings.ToLower(w)] {
			return true
		}
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	return false
}

// endsInSpeechVerb reports whether s ends in a speech verb: `X said "…`.
func (d *doc) endsInSpeechVerb(s string) bool {
	if k := strings.LastIndexAny(s, " \t"); k >= 0 {
		s = s[k+1:]
	}
	return d.rules.speech[strings.ToLower(s)]
}

func (d *doc) hasSpeechVerb(toks []Token) bool {
	for _, t := range toks {
		if d.speechWord(t.Text) {
			return true
		}
	}
	return false
}

func (d *doc) sentenceAt(off int) int {
	// the first sentence ending at or after off
	i := sort.Search(len(d.sents), func(i int) bool { return d.sents[i].End >= off })
	if i < len(d.sents) && off >= d.sents[i].Start {
		return i
	}
	return -1
}

func (d *doc) tokensFrom(si, off int) []Token {
	for k, t := range d.toks[si] {
		if t.Start >= off {
			return d.toks[si][k:]
		}
	}
	return nil
}

// tokensBetween returns the tokens of sentence si that lie within the
// byte offsets [a, b): a slice of the sentence's own, not to be appended to.
func (d *doc) tokensBetween(si, a, b int) []Token {
	toks := d.toks[si]
	i := sort.Search(len(toks), func(k int) bool { return toks[k].Start >= a })
	j := i
	for j < len(toks) && toks[j].End <= b {
		j++
	}
	return toks[i:j:j] // the tokens are in order and do not overlap: those within are a run
}

// saysSomething reports whether sentence si holds, before offset at, a
// word that is no function word: "Dream Theater er favorittgruppen" is a
// statement, "Det er vi også" a mere reply.
func (d *doc) saysSomething(si, at int) bool {
	says := false
	for _, t := range d.toks[si] {
		if t.Start >= at {
			break
		}
		if d.rules.role(t.Lower) != "" || d.rules.jobNouns[t.Lower] {
			return false // "Its founder and chairman, Anders Myhre, …, said": the speaker's titles
		}
		if strings.IndexFunc(t.Text, unicode.IsLetter) >= 0 && !d.rules.stop[t.Lower] {
			says = true
		}
	}
	return says
}

// reported finds "SPEAKER VERB (that|at) CLAUSE" in sentence si.
func (d *doc) reported(si int, lastSpeaker *entity) (quote, bool) {
	s := d.sents[si]
	toks := d.toks[si]
	// "STATEMENT, X told Reuters" / "STATEMENT, sa Lavrov": the statement
	// comes first, unless it is a lead-in ("In a statement on Monday, …")
	// or a "that" clause follows the verb.
	// Only a short attribution to a person or a news medium closing the
	// sentence counts: a longer tail is more likely the sentence's own
	// clause.
	// A lead-in is no statement before "X said" — but before ", meldte The
	// Guardian" (verb first, closing the sentence) it is part of one.
	if at, sp := d.attribution(si, s.Start); sp != nil && (sp.typ == "Person" || sp.typ == "MediaOrganization" || isActor(sp) && d.bodyAttribution(si, at, sp)) && len(toks) > 0 && (!d.opensWithLeadIn(toks) || d.verbFirstAfter(si, at) || d.clauseAfterLeadIn(si, at)) && !d.speaksAbout(si, at) && d.openingSpeaker(si) == nil && d.appositionSpeaker(si) == nil &&
		(wordCount(d.text[s.Start:at]) >= 5 || wordCount(d.text[s.Start:at]) == 4 && d.saysSomething(si, at) && d.parentheticalEnd(si, at) == 0) && d.attributionEnd(toks, d.tokenAt(si, at))-d.tokenAt(si, at) <= 12 && d.thatWithin(toks, d.tokenAt(si, at), 8) < 0 && !d.infinitiveClaimAfter(toks, d.tokenAt(si, at)) &&
		!d.coordinatedClause(toks, d.tokenAt(si, at)) {
		return quote{start: s.Start, end: at, evStart: s.Start, evEnd: s.End, speaker: sp}, true
	}
	// a parenthetical attribution: "Neste steg, håper han, er å …", "…
	// hele natten, sa han, og la til at …" — the sentence around it
	if at, sp := d.attribution(si, s.Start); sp != nil && sp.typ == "Person" && !d.speaksAbout(si, at) {
		if close := d.parentheticalEnd(si, at); close > 0 && wordCount(d.text[s.Start:at])+wordCount(d.text[close:s.End]) >= 6 {
			return quote{start: s.Start, end: s.End, evStart: s.Start, evEnd: s.End, speaker: sp}, true
		}
	}
	for k, t := range toks {
		lw := t.Lower
		if !d.rules.claimWords[lw] {
			continue // none of the words below: most words of a sentence
		}
		// "He called on the United States to …", "called for a ceasefire"
		particle := d.claimParticle(lw, toks[k+1:]) // "called on X to …"
		// "X is concerned that …", "X er bekymret for at …"
		stance := k >= 2 && d.rules.stanceWords[lw] && d.rules.copulas[toks[k-1].Lower] && d.thatWithin(toks, k+1, 2) > 0
		// "Hverven er mer skeptisk til å kople …": a stance on what an
		// infinitive after its preposition says, the stance in the claim
		stanceOn := k >= 2 && d.rules.stanceWords[lw] && (d.rules.copulas[toks[k-1].Lower] || k >= 3 && d.rules.copulas[toks[k-2].Lower] && isLowerWord(toks[k-1].Text)) &&
			k+2 < len(toks) && isLowerWord(toks[k+1].Text) && d.rules.infinitiveMarkers[toks[k+2].Lower]
		stance = stance || stanceOn
		if !d.rules.report[lw] && !d.rules.requestVerbs[lw] && !d.rules.denialVerbs[lw] && particle == 0 && !stance || k == 0 || !stance && d.noVerbAfter(toks, k) {
			continue // "the claims", "if he is confirmed": a noun or a passive
		}
		if d.genitiveBefore(si, toks, k) {
			continue // "Willoughby's estimated £11 million fortune": an adjective
		}
		if d.notClaimWith(toks, k) {
			continue // "sa opp stillingen", "ønsket dem velkommen": no statement
		}
		if !isLowerWord(t.Text) && d.inMention(si, t.Start) {
			continue // "the United States said": a word of a name is no verb
		}
		if d.rules.seemingVerbs[lw] && d.infinitiveWithin(toks, k+1, 2) {
			continue // "synes imidlertid å være hugget i stein": it seems, nobody says
		}
		if k+1 < len(toks) && (strings.EqualFold(toks[k+1].Text, "by") || toks[k+1].Text == "av") {
			continue // "was recommended by Jobs": a passive, its subject no speaker
		}
		if k+2 < len(toks) && (isLowerWord(toks[k-1].Text) || k == 1) && !d.rules.stop[toks[k-1].Lower] && !strings.HasSuffix(lw, "ed") &&
			d.rules.role(toks[k+1].Lower) != "" && d.startsMention(si, toks[k+2].Start) {
			continue // "talk show host Karen Hunter tweeted": a noun between a noun and a title before a name
		}
		participle := strings.HasSuffix(lw, "ing")
		// "…, ved å hevde at …": a means' infinitive after a comma reads
		// as English's participle does ("…, stating that …")
		byInfinitive := k >= 3 && d.rules.infinitiveMarkers[toks[k-1].Lower] && d.rules.meansWords[toks[k-2].Lower] && toks[k-3].Text == ","
		participle = participle || byInfinitive
		// "…, forcefully and emotionally denying …": adverbs between the
		// comma and the participle
		p := k - 1
		if byInfinitive {
			p = k - 3
		}
		for participle && p > 0 && (strings.HasSuffix(toks[p].Lower, "ly") && isLowerWord(toks[p].Text) || toks[p].Lower == "and") {
			p--
		}
		// (but "Clement is hoping that …": a progressive verb, its subject
		// the speaker)
		progressive := participle && p == k-1 && p > 0 && d.rules.copulas[toks[p].Lower]
		if participle && toks[p].Text != "," && !progressive {
			continue // "critics saying that …": no statement of the subject's
		}
		if progressive {
			participle = false
		}
		maker := d.surveyMaker(si, toks[:k])
		// (not "Professor X, Director of the Y study, … says": the study is
		// in the speaker's apposition)
		if maker != nil && (!d.rules.findingVerbs[lw] || d.appositionBefore(si, toks[:k])) {
			maker = nil
		}
		// the clause after the verb, after "that"/"at" when a few words
		// ("on Monday", "told Reuters") come between
		c := k + 1
		if stanceOn && !(d.thatWithin(toks, k+1, 2) > 0) {
			c = k // the stance and what it is on: "skeptisk til å kople …"
		} else if particle > 0 {
			c = k + 1 + particle
			if that := d.thatWithin(toks, c, 1); that > 0 {
				c = that + 1 // "nektet for at …"
			}
		} else if that := d.norwegianThatAfterApposition(si, toks, c); that > 0 {
			c = that + 1 // "forkynte partiets talsmann, Per Olaf Lundteigen, at …"
		} else if that := d.thatWithin(toks, c, 6); that > 0 && !d.relativeThat(toks, k, that) && !(that > c+1 && d.rules.conjunctions[toks[that-1].Lower] && d.rules.clauseVerbs[lw]) &&
			!(that > c+1 && d.pronounSubject(toks[c].Lower) && toks[c].Text != "i" && d.rules.clauseVerbs[lw]) { // (not "says she is relieved that …": her clause, from its subject; "i" is a Norwegian preposition)
			c = that + 1
		} else if that > 0 && d.rules.conjunctions[toks[that-1].Lower] {
			// "Han mente saksbehandlingen var uforsvarlig, og at …": a
			// second "that" clause after the first, which needs none
		} else if that > 0 {
			// "announced the iPhone 2.0 update that was released …": the
			// object and its relative clause are what was announced
		} else {
			for c < len(toks) && (toks[c].Text == "," || d.isAuxiliary(toks[c].Text)) && !d.articleOpensClause(toks, c) {
				c++
			}
			// "told reporters the bill would fail", "told the BBC …": past
			// whom the verb addresses
			if d.rules.tellVerbs[lw] {
				c = d.pastAddressed(si, toks, c)
			}
			// "told KSWB-TV in San Diego he had …": past the one told, and
			// where, to the clause's pronoun subject
			if after := d.pastAddressee(si, toks, c); after > c && after < len(toks) && d.pronounSubject(toks[after].Lower) {
				c = after
			}
			// without "that" only the clause verbs ("said", "added", "sier")
			// introduce reported speech — or any reporting verb followed by a pronoun subject
			// ("announced he would run", "Hun sier hans død …"), a verb whose
			// object is the claim ("announced the closure of …"), or the
			// finding of a survey ("a poll by X found 57 percent …")
			subjectNext := c < len(toks) && d.pronounSubject(toks[c].Lower)
			// "The company claims to possess the trademark", "Scherzer hopes to
			// take the mound on Sunday", "Abbas pledged to fulfil …"
			if c < len(toks) && d.rules.infinitiveClaims[lw] && d.rules.infinitiveMarkers[toks[c].Lower] {
				subjectNext = true
			}
			// "Nå avviser Erna Solberg å svare på …": in Norwegian the
			// subject after the verb, then the infinitive
			if d.lang != "en" && c < len(toks) && d.rules.infinitiveClaims[lw] && !subjectNext {
				if m := d.mentionAt(toks[c].Start); m != nil && (m.ent.typ == "Person" || isActor(m.ent)) {
					after := d.tokenAt(si, m.end)
					if after+1 < len(toks) && isLowerWord(toks[after].Text) && !d.rules.infinitiveMarkers[toks[after].Lower] && d.rules.infinitiveMarkers[toks[after+1].Lower] {
						after++ // "avviser Solberg suverent å svare": past an adverb
					}
					if after < len(toks) && d.rules.infinitiveMarkers[toks[after].Lower] {
						c, subjectNext = after, true
					}
				}
			}
			if !(d.rules.clauseVerbs[lw] || subjectNext || d.rules.claimVerbs[lw] || d.rules.denialVerbs[lw] || maker != nil || d.request(si, toks, k, c)) {
				continue
			}
		}
		if c >= len(toks) || len(toks)-c < 4 && !(d.rules.denialVerbs[lw] && len(toks)-c >= 2) {
			continue // but "Rosenstein benektet opplysningene."
		}
		if (d.rules.prepIn[toks[c].Lower] || d.rules.timePrepositions[toks[c].Lower]) && len(toks)-c <= 8 && d.thatWithin(toks, c, len(toks)-c) < 0 {
			continue // "…, officials said at a conference in Yunnan province.", "told reporters after the match.": where or when, not what
		}
		if len(toks)-c < 4 {
			c = k // a denial in a few words says what it denies with its verb
		}
		// "…, men Det hvite hus benekter dette", "His lawyer denies that.",
		// "Mork confirmed this to Reuters": a statement of "this" is of
		// the statement before it, in the sentence or, when little comes
		// before the verb, the one before
		start, evStart := -1, s.Start
		if d.demonstrativeObject(toks, k) {
			// (but an apposition set off before the verb is the subject's:
			// "Forlagssjef i Gyldendal, Geir Mork, bekrefter dette")
			if k >= 5 && toks[k-1].Text != "," {
				start = s.Start
			} else if si > 0 && d.sents[si-1].Para == s.Para {
				start, evStart = d.sents[si-1].Start, d.sents[si-1].Start
			}
		}
		// `sier: «…` — a quote the quote reader could not close: the rest
		// of the sentence
		if toks[c].Text == ":" && c+1 < len(toks) && isOpeningQuote(toks[c+1].Text) {
			c += 2
		}
		// the speaker is the subject: a mention or pronoun right before the
		// verb, or the maker of the survey that found it
		var sp *entity
		described := false // the subject is a title naming someone kg cannot tell
		// "he went on to say that …": the subject is before the lead-in
		vk := k - d.speechLeadIn(toks[:k])
		if stance {
			vk = k - 1 // the copula
			if !d.rules.copulas[toks[vk].Lower] {
				vk-- // "er mer skeptisk": past the adverb
			}
		}
		// "However, he said …": past an adverb and its comma
		subjStart := 0
		if vk > 2 && toks[1].Text == "," && d.rules.stop[toks[0].Lower] {
			subjStart = 2
		}
		// "In addition to the iPod Classic, they have announced …": a
		// pronoun after a fronted phrase's comma
		if tail := afterLastComma(toks[:vk]); len(tail) > 0 && len(tail) < vk && len(tail) <= 3 &&
			(contains(d.rules.Pronouns["person"], tail[0].Lower) || contains(d.rules.Pronouns["group"], tail[0].Lower)) {
			subjStart = vk - len(tail)
		}
		first := toks[subjStart].Lower
		if maker != nil {
			sp = maker
		} else if (vk-subjStart <= 3 || vk-subjStart == 4 && d.adverbsOnly(toks[subjStart+1:vk])) && (contains(d.rules.Pronouns["person"], first) || subjStart > 0 && contains(d.rules.Pronouns["group"], first)) || contains(d.rules.Pronouns["person"], first) && d.rules.conjunctions[toks[vk-1].Lower] {
			// "he said", "Han dro fra Pyongyang i juli og sa at …"
			sp = d.lastPersonFor(toks[subjStart].Start, first)
			// "A ministry spokeswoman said … She added that …": the
			// unnamed spokesperson of the sentence before, for the body
			if b := d.spokespersonBefore(si, first); b != nil {
				sp = b
			}
			if sp == nil && contains(d.rules.Pronouns["group"], first) {
				sp = d.lastBodyFor(si) // "they have announced …": the company named last
			}
		} else if vk-subjStart == 1 && contains(d.rules.Pronouns["body"], first) && d.rules.speech[lw] {
			sp = d.lastBodyFor(si) // "It says that …": the body that spoke last
		} else if vk == 1 && contains(d.rules.Pronouns["group"], first) && d.lastBody != nil && d.lastBodySent == si-1 && !d.personBetween(si-1, d.sents[si-1].Start, toks[0].Start) {
			sp = d.lastBody // "Air Niugini sier at … De meldte tidligere at …": the body that spoke just before
		} else if p := d.pronounBeforePhrase(toks, vk); p >= 0 && d.rules.speech[lw] {
			sp = d.lastPersonFor(toks[p].Start, toks[p].Lower) // "når hun i VG TVs partilederdebatt i går sa at …"
		} else if prev := toks[vk-1].Lower; contains(d.rules.Pronouns["person"], prev) && d.rules.speech[lw] {
			sp = d.lastPersonFor(toks[vk-1].Start, prev) // "a settlement was reached after he testified that …"
		} else if e := d.openingActor(si); e != nil && d.rules.conjunctions[toks[vk-1].Lower] {
			sp = e // "Pompeo møtte Ri …, og sa etterpå at …": the sentence's subject
		} else if d.rules.conjunctions[toks[vk-1].Lower] && d.policeSubject(toks[:1]) {
			sp = d.policeBody() // "Police recovered the glasses … and said they found …"
		} else if participle {
			// "Johnson pressed his attack, saying a proposal … was
			// preposterous": the sentence's subject, or nobody
			if sp = d.sentenceSubject(si); sp == nil && contains(d.rules.Pronouns["person"], first) {
				sp = d.lastPersonFor(toks[0].Start, first)
			}
			// "… var det en «ukomfortabel» Plasco-Flaxman som sa opp
			// Maurice, ved å hevde at …": the relative clause's antecedent
			if sp == nil && byInfinitive {
				sp = d.antecedentBefore(si, toks, k-3)
			}
			// "But the actor, 31, has hit out at …, saying …": a noun only
			// people go by, the person the article is about
			if np := d.openingNounPhrase(toks); sp == nil && len(np) == 2 && d.rules.articles[np[0].Lower] {
				if w := np[1].Lower; d.rules.role(w) == "person" || d.rules.jobNouns[w] || d.rules.personNouns[w] {
					sp = d.lastPersonFor(toks[0].Start, "")
				}
			}
		} else if d.policeSubject(toks[:vk]) {
			sp = d.policeBody() // "After questioning Simpson, police said …", "…, and police said …": not Simpson
		} else if e := d.roleNominal(afterLastComma(toks[:vk])); e != nil {
			sp = e // "the U.S. ambassador to China accused …": not China
		} else if r := d.relativeOpening(toks, k); r >= 2 {
			sp = d.mentionEndingAt(si, toks[r-1].Start) // "with Greece, which says …": Greece
			if sp == nil {
				sp = d.personBeforeCommaAt(si, toks, r-1) // "Julián Roca, a veteran mediator at X, who said …"
			}
			if sp != nil && !isActor(sp) {
				sp = nil
			}
		} else if e := d.agentOf(d.subjectNoun(afterLastComma(toks[:vk]))); e != nil {
			sp = e // "A White House official said …": the body
		} else if e := d.kindAgent(si, d.subjectNoun(afterLastComma(toks[:vk]))); e != nil {
			sp = e // "A company spokesman said …": the company named before
		} else if e := d.agentOfBody(si, afterLastComma(toks[:vk])); e != nil {
			sp = e // "En talsperson i departementet sier …", "Selskapets pressesjef sier …"
		} else if e := d.partyMemberSubject(d.subjectNoun(afterLastComma(toks[:vk]))); e != nil {
			sp = e // "The Los Angeles Democrat asserted …": the member the article is about, not the party
		} else if d.lang != "en" && k+1 < len(toks) && d.rules.role(toks[k+1].Lower) != "" && !d.startsMention(si, toks[k+1].Start) && d.thatWithin(toks, k+2, 2) > 0 {
			sp = nil // "I sitt forsvar av kandidaten antydet presidenten at …": the title after the verb is the subject (below)
		} else if described = d.describesPerson(afterLastComma(toks[:vk])); described {
			sp = nil // "The former Alloa Athletic boss says": a person kg cannot name, not the club
		} else if d.lang != "en" && k+1 < len(toks) && contains(d.rules.Pronouns["person"], toks[k+1].Lower) && d.thatWithin(toks, k+2, 2) > 0 {
			sp = nil // "I programmet ledet av Lauren Laverne, sa han at …": the pronoun after the verb is the subject (below)
		} else {
			notSubject := func(sp *entity) bool {
				return sp != nil && (!d.subjectNear(si, sp, toks[vk].Start) || d.relativeBefore(si, sp, toks[vk].Start) || d.objectOfPreposition(si, sp, toks[vk].Start))
			}
			sp = d.speakerIn(si, s.Start, toks[vk].Start)
			if notSubject(sp) {
				sp = nil // not the subject, or a relative clause's ("which the Republicans insisted …"), or a preposition's ("condolences for Jobs and described …")
			}
			// "The United Arab Emirates, accused by UN experts of arming
			// the RSF, denies …": the subject before a participle's
			// apposition, not a name inside it
			if e := d.actorBeforeParticiple(si, toks[:vk]); e != nil {
				sp = e
			}
			// "Days after McCain's remarks, the Air Force said …": the
			// subject after the fronted phrase's comma
			if tail := afterLastComma(toks[:vk]); sp == nil && len(tail) > 0 && len(tail) < vk && (d.startsMention(si, tail[0].Start) ||
				len(tail) > 1 && d.rules.articles[tail[0].Lower] && d.startsMention(si, tail[1].Start)) {
				if sp = d.speakerIn(si, tail[0].Start, toks[vk].Start); notSubject(sp) {
					sp = nil
				}
			}
			// "Tysklands ledende organisasjon for industrien, BDI, har bedt
			// …": the name set off by commas right before the verb
			j := vk
			for j > 0 && d.isAuxiliary(toks[j-1].Text) {
				j--
			}
			if sp == nil && j >= 3 && toks[j-1].Text == "," {
				if e := d.mentionEndingAt(si, toks[j-1].Start); e != nil && (e.typ == "Person" || isActor(e)) {
					if m := d.tokenAt(si, d.lastMentionOf(si, e, toks[j-1].Start).start); m > 0 && toks[m-1].Text == "," {
						sp = e
					}
				}
			}
			// "Tidligere president Eduardo Veltra, Bolivias representant ved
			// domstolen, sa at …": a person opening the sentence, then an
			// apposition set off by commas before the verb
			if sp == nil && j >= 4 && toks[j-1].Text == "," {
				sp = d.personBeforeApposition(si, toks, j-1)
			}
			if sp == nil {
				sp = d.nominalSpeaker(si, toks[:vk])
			}
		}
		// Norwegian puts the subject after the verb behind a fronted phrase:
		// "I et lidenskapelig vitnesbyrd insisterte Kavanaugh på at …"
		// (also after a fronted clause and its comma: "Da han talte i FNs
		// generalforsamling, sa utenriksminister X at …" is X's, not the UN's)
		// ("I samtale med The Sunday Times Culture sa Kit at …": a fronted
		// phrase's name is no subject either)
		if (sp == nil || toks[vk-1].Text == "," || vk > 1 && d.rules.clauseOpeners[toks[0].Lower]) && !described && d.lang != "en" && k+1 < len(toks) {
			// "sa LSUs basketballtrener Will Wade at …": past a body's genitive
			// and a title, the person
			subjectAt := toks[k+1].Start
			if k+2 < len(toks) && d.rules.role(toks[k+1].Lower) != "" {
				subjectAt = toks[k+2].Start // "sa utenriksminister Walid al-Moualem at …"
			}
			if at := d.titledAppositionAfter(si, toks, k+1); at >= 0 {
				subjectAt = at // "forkynte partiets finanspolitiske talsmann, Per Olaf Lundteigen, at …"
			}
			for _, m := range d.mentions[si] {
				if !m.hidden && m.genitive && m.start == subjectAt {
					p := d.tokenAt(si, m.end) // the token after the genitive
					for _, n := range d.mentions[si] {
						if !n.hidden && n.ent.typ == "Person" && n.start > m.end && d.tokenAt(si, n.start) <= p+2 {
							subjectAt = n.start
							break
						}
					}
				}
			}
			for _, m := range d.mentions[si] {
				// "anklaget Nord-Korea ham for …" — but "sa LSUs trener X": the trainer
				if !m.hidden && m.start == subjectAt && (m.ent.typ == "Person" || isActor(m.ent) && !m.genitive) {
					after := d.tokenAt(si, m.end)
					// "bekreftet Hans Bartels, sjefen for komiteen, at …"
					if after < len(toks) && toks[after].Text == "," && d.thatWithin(toks, after, 2) < 0 {
						for j := after + 1; j < len(toks) && j < after+16; j++ {
							if toks[j].Text == "," {
								after = j + 1
								break
							}
						}
					}
					if that := d.thatWithin(toks, after, 4); that > 0 && that+1 < len(toks) && (m.ent.typ == "Person" || !d.personBetween(si, m.end, toks[that].Start)) {
						sp, c = m.ent, that+1
					} else if c > k+1 && c <= after+1 && d.rules.infinitiveMarkers[toks[c].Lower] {
						sp = m.ent // "Nå avviser Solberg å svare på …" (c found above)
					}
				}
			}
			// "Deretter antydet hun at …": a pronoun after the verb
			if w := toks[k+1].Lower; sp == nil && contains(d.rules.Pronouns["person"], w) {
				if that := d.thatWithin(toks, k+2, 2); that > 0 && that+1 < len(toks) {
					sp, c = d.lastPersonFor(toks[k+1].Start, w), that+1
				}
			}
			// "I sitt forsvar antydet presidenten at …": a title the article
			// gave a person
			if sp == nil && d.rules.role(toks[k+1].Lower) != "" && !d.startsMention(si, toks[k+1].Start) {
				if that := d.thatWithin(toks, k+2, 2); that > 0 && that+1 < len(toks) {
					if e := d.roleNominal(toks[k+1 : k+2]); e != nil {
						sp, c = e, that+1
					}
				}
			}
		}
		// "…, but the White House denied this": the clause after the last
		// comma names who denies, not the statement denied
		if start == s.Start && k >= 5 {
			if tail := afterLastComma(toks[:vk]); len(tail) > 0 && len(tail) < vk {
				if e := d.speakerIn(si, tail[0].Start, toks[vk].Start); e != nil {
					sp = e
				}
			}
		}
		if sp == nil {
			// "Nordkoreanske medier skriver at …, men Det hvite hus
			// benekter dette": whoever cannot be named, the denial after
			// it still has its speaker
			if d.laterDenialOfThis(toks, k) {
				continue
			}
			return quote{}, false
		}
		end := s.End
		// "Da Borat sa at alle kvinner er slaver, tenkte Perisat …": a
		// statement in a fronted clause ends with the clause, at its comma
		if d.rules.subordinators[toks[0].Lower] && !commaBefore(toks, k) {
			for j := c; j < len(toks); j++ {
				if toks[j].Text == "," {
					end = toks[j].Start
					break
				}
			}
		}
		// "Biden said he would decide by January, the Associated Press
		// reported.": the closing attribution is no part of the claim
		if at, by := d.attribution(si, toks[max(c, len(toks)-7)].Start); by != nil && by != sp && at > toks[c].Start && len(toks)-d.tokenAt(si, at) <= 6 {
			end = at
		}
		// "Per Lie tror ikke at …", "does not believe that …", "didn't say
		// where …, but wanted …": a negated verb's claim keeps its negation
		if neg := d.negationAt(toks, vk, k); neg >= 0 && start < 0 {
			// "U.S. officials have not said why …, but Ambassador X says
			// …": what someone else says after the conjunction is the claim
			if d.otherSpeakerAfter(si, toks, c, sp) {
				continue
			}
			start = toks[neg].Start
		}
		if start < 0 {
			start = toks[c].Start
		}
		return quote{start: start, end: end, evStart: evStart, evEnd: s.End, speaker: sp, means: byInfinitive}, true
	}
	return quote{}, false
}

// titledAppositionAfter returns where the person starts whom a short
// noun phrase ending in a title, set off by a comma, names at token k:
// "partiets finanspolitiske talsmann, Per Olaf Lundteigen, at …" after a
// Norwegian verb. It returns -1 if toks[k:] open otherwise.
func (d *doc) titledAppositionAfter(si int, toks []Token, k int) int {
	titled := false
	for j := k; j < len(toks) && j < k+6; j++ {
		if toks[j].Text == "," {
			if !titled || j+1 >= len(toks) {
				return -1
			}
			if m := d.mentionAt(toks[j+1].Start); m != nil && !m.hidden && m.ent.typ == "Person" {
				return m.start
			}
			return -1
		}
		if !isLowerWord(toks[j].Text) || d.thatWithin(toks, j, 1) == j {
			return -1
		}
		titled = d.rules.role(toks[j].Lower) != ""
	}
	return -1
}

// norwegianThatAfterApposition returns the index of the "at" right after
// a titled apposition at token k after a Norwegian verb ("partiets
// talsmann, Per Hansen, at …"), or -1.
func (d *doc) norwegianThatAfterApposition(si int, toks []Token, k int) int {
	if d.lang == "en" {
		return -1 // English puts the subject before the verb
	}
	at := d.titledAppositionAfter(si, toks, k)
	if at < 0 {
		return -1
	}
	after := d.tokenAt(si, d.mentionAt(at).end)
	if after < len(toks) && toks[after].Text == "," {
		if that := d.thatWithin(toks, after, 2); that == after+1 {
			return that
		}
	}
	return -1
}

// opensWithLeadIn reports whether toks open with a lead-in word ("In a
// statement, …", "After the vote …") — not a conjunction before the
// sentence's own subject ("But the number of people … had fallen").
func (d *doc) opensWithLeadIn(toks []Token) bool {
	if len(toks) > 1 && d.rules.conjunctions[toks[0].Lower] {
		return d.rules.clauseOpeners[toks[1].Lower]
	}
	return len(toks) > 0 && d.rules.clauseOpeners[toks[0].Lower]
}

// spokespersonBefore is the body whose unnamed spokesperson made the last
// claim, in the sentence right before si, where a pronoun of the
// spokesperson's gender opens si's claim: "A Department for Transport
// spokeswoman said … She added that …". Nil if that sentence names a
// person or its claim was no body's.
func (d *doc) spokespersonBefore(si int, pronoun string) *entity {
	if si == 0 || d.lastBody == nil || d.lastBodySent != si-1 || d.lastSpeakerSent == si-1 {
		return nil
	}
	for _, m := range d.mentions[si-1] {
		if !m.hidden && m.ent.typ == "Person" {
			return nil
		}
	}
	for _, t := range d.toks[si-1] {
		if !d.rules.spokesTitles[t.Lower] {
			continue
		}
		// "spokeswoman" for she, "spokesman" for he, a spokesperson for either
		female := strings.Contains(t.Lower, "woman") || strings.Contains(t.Lower, "kvinne")
		male := strings.Contains(t.Lower, "man") && !female || strings.Contains(t.Lower, "mann")
		switch pronoun {
		case "she", "hun":
			if !male {
				return d.lastBody
			}
		case "he", "han":
			if !female {
				return d.lastBody
			}
		}
	}
	return nil
}

// genitiveBefore reports whether toks[k] follows a genitive that is not
// a name's own ending ("Willoughby's estimated fortune"; not "Sainsbury's
// said", "it's reported").
func (d *doc) genitiveBefore(si int, toks []Token, k int) bool {
	prev := toks[k-1]
	if !isPossessiveMark(prev.Text) && !strings.HasSuffix(prev.Lower, "'s") && !strings.HasSuffix(prev.Lower, "’s") || prev.Lower == "it's" || prev.Lower == "it’s" {
		return false
	}
	for _, m := range d.mentions[si] {
		if !m.hidden && m.end == prev.End && (strings.HasSuffix(m.text, "'s") || strings.HasSuffix(m.text, "’s")) {
			return false // the name ends so: "Sainsbury's", "McDonald's"
		}
	}
	return true
}

// noVerbAfter reports whether the word before toks[k] makes it no verb of
// saying: an article or possessive before a noun ("the claims"), a copula
// before a passive ("if he is confirmed"). Not a possessive after its noun
// ("uttalelsen sin sa"), Norwegian "De" opening the sentence ("De meldte
// at …": the pronoun, not the article) or a copula before a progressive
// ("is hoping that").
func (d *doc) noVerbAfter(toks []Token, k int) bool {
	prev := toks[k-1].Lower
	// "was initially denied", "is widely reported": a passive past its
	// adverb
	if k >= 2 && strings.HasSuffix(prev, "ly") && isLowerWord(toks[k-1].Text) && d.rules.copulas[toks[k-2].Lower] && !strings.HasSuffix(toks[k].Lower, "ing") {
		return true
	}
	switch {
	case !d.rules.notBeforeClaim[prev], d.postposedPossessive(toks, k-1):
		return false
	case k == 1 && contains(d.rules.Pronouns["group"], prev):
		return false
	case strings.HasSuffix(toks[k].Lower, "ing") && d.rules.copulas[prev]:
		return false
	}
	return true
}

// clauseAfterLeadIn reports whether the words before a closing
// attribution at off hold a clause of their own after the comma that ends
// a fronted phrase: "While the staff made it to the city, they passed scenes
// of devastation, Mr. Doseba said" states something; "In a statement on
// Monday, the ministry said" does not.
func (d *doc) clauseAfterLeadIn(si, off int) bool {
	toks := d.tokensBetween(si, d.sents[si].Start, off)
	for k, t := range toks {
		if t.Text != "," || k == 0 {
			continue
		}
		words := 0
		for _, w := range toks[k+1:] {
			if w.Text == "," {
				break
			}
			if isLowerWord(w.Text) || startsName(w.Text) {
				words++
			}
		}
		return words >= 4
	}
	return false
}

// postposedPossessive reports whether the possessive at k follows its
// definite noun, as Norwegian puts it: "I uttalelsen sin sa Waters at …"
// ends a fronted phrase, and the verb after it is no noun.
func (d *doc) postposedPossessive(toks []Token, k int) bool {
	if d.lang == "en" || k < 1 || !contains(d.rules.PostposedPossessives, toks[k].Lower) {
		return false
	}
	noun := toks[k-1].Lower
	return isLowerWord(toks[k-1].Text) && len(noun) > 3 && (strings.HasSuffix(noun, "en") || strings.HasSuffix(noun, "et") || strings.HasSuffix(noun, "a"))
}

// addedAfter reads a clause the speaker of quote q adds after its
// attribution in sentence si: "«…», sa X i en pressemelding, og la til at
// …", `"…," he said, adding that …` — a report verb after "og"/"and" or a
// comma, then "at"/"that" within a few words.
func (d *doc) addedAfter(si int, q quote) (quote, bool) {
	if ei := d.sentenceAt(q.end); ei > si {
		si = ei // the quote closed lines below
	}
	toks := d.tokensFrom(si, q.end)
	for k := 1; k+1 < len(toks); k++ {
		lw := toks[k].Lower
		verb := d.rules.report[lw] || d.rules.speech[lw+" "+toks[k+1].Lower] // "la til"
		if !verb || !(toks[k-1].Text == "," || d.rules.conjunctions[toks[k-1].Lower]) {
			continue
		}
		that := d.thatWithin(toks, k+1, 3)
		if that < 0 || len(toks)-that < 5 {
			continue // ", sa Røde Kors i en pressemelding": the attribution itself
		}
		s := d.sents[si]
		return quote{start: toks[that+1].Start, end: s.End, evStart: s.Start, evEnd: s.End, speaker: q.speaker}, true
	}
	return quote{}, false
}

// request reports whether the verb at k asks someone named at c to do
// something: "BDI has asked the US to stay away from …", "BDI har bedt
// USA (om å) holde seg unna …" — the request is the subject's claim.
func (d *doc) request(si int, toks []Token, k, c int) bool {
	if c < len(toks) && d.rules.articles[toks[c].Lower] {
		c++
	}
	if !d.rules.requestVerbs[toks[k].Lower] || c >= len(toks) {
		return false
	}
	var e int
	switch {
	case d.startsMention(si, toks[c].Start):
		e = d.tokenAt(si, d.mentionEnd(si, toks[c].Start))
	case d.lang == "en" && isLowerWord(toks[c].Text) && !d.rules.stop[toks[c].Lower] && c+2 < len(toks) && toks[c+1].Lower == "of" && d.startsMention(si, toks[c+2].Start):
		// "asked the governments of South East Asia not to …": the ones
		// asked, of a named place or body
		e = d.tokenAt(si, d.mentionEnd(si, toks[c+2].Start))
	case isLowerWord(toks[c].Text) && !d.rules.stop[toks[c].Lower]:
		// "encouraged the public to pitch in", "urged residents to leave":
		// the ones asked by a noun, then an infinitive's verb
		for j := c + 1; j < len(toks) && j <= c+2; j++ {
			if d.rules.infinitiveMarkers[toks[j].Lower] {
				return j+1 < len(toks) && isLowerWord(toks[j+1].Text) && !d.rules.articles[toks[j+1].Lower] && !d.rules.stop[toks[j+1].Lower]
			}
			if requestPreposition(d.lang, toks[j].Lower) && j+1 < len(toks) && isLowerWord(toks[j+1].Text) {
				return true // "ba vestlige land om flere luftvernsystemer", "bedt norske myndigheter om å utsette jakten"
			}
		}
		return false
	default:
		return false
	}
	for j := e; j < len(toks) && j <= e+2; j++ {
		if d.rules.infinitiveMarkers[toks[j].Lower] {
			return true
		}
	}
	if e+1 < len(toks) && requestPreposition(d.lang, toks[e].Lower) && isLowerWord(toks[e+1].Text) {
		return true // "ba USA om flere våpen", "asked Germany for more tanks"
	}
	// Norwegian: the bare infinitive right after the one asked
	return d.lang != "en" && e < len(toks) && isLowerWord(toks[e].Text) && !d.rules.stop[toks[e].Lower]
}

// requestPreposition reports whether w, after the ones asked, opens what
// they are asked for: "om" ("ba USA om flere våpen"), "for" ("asked
// Germany for more tanks").
func requestPreposition(lang, w string) bool {
	return lang == "en" && w == "for" || lang != "en" && w == "om"
}

// parentheticalEnd returns the offset after the comma that closes an
// attribution set off by commas at off (", sa han," / ", håper Raymond
// So,") when the sentence goes on after it for three words or more, else 0.
func (d *doc) parentheticalEnd(si, off int) int {
	toks := d.toks[si]
	k := d.tokenAt(si, off)
	if k >= len(toks) || toks[k].Text != "," || k+1 >= len(toks) {
		return 0
	}
	// verb first ("…, sa han, …"), or the speaker first ("…, Berg argued, …")
	// (a verb in two parts counts: "…, legger han til, …")
	verb := func(k int) bool { return d.speechWord(toks[k].Text) || d.splitSpeechVerb(toks[k:]) }
	verbAt := k + 1
	for verbAt < len(toks) && verbAt <= k+4 && !verb(verbAt) {
		w := toks[verbAt].Text
		if !startsName(w) && !contains(d.rules.Pronouns["person"], strings.ToLower(w)) {
			return 0
		}
		verbAt++
	}
	if verbAt >= len(toks) || !verb(verbAt) {
		return 0
	}
	for j := verbAt + 1; j < len(toks) && j <= verbAt+5; j++ {
		if toks[j].Text == "," || isDash(toks[j].Text) { // ("…, he said - even to avoid …")
			// three words and the stop — and no apposition: ", sa Grant
			// Reeher, en professor i …"
			if next := strings.ToLower(toks[min(j+1, len(toks)-1)].Text); len(toks)-j-1 >= 4 && !d.rules.articles[next] && !d.rules.relative[next] && next != "the" && next != "who" && d.rules.role(next) == "" {
				return toks[j].End
			}
			return 0
		}
		if !startsName(toks[j].Text) && !contains(d.rules.Pronouns["person"], toks[j].Lower) && !d.rules.speech[toks[verbAt].Lower+" "+toks[j].Lower] {
			return 0 // only the speaker's name between the commas (and a verb's particle: "legger han til")
		}
	}
	return 0
}

// verbFirstAfter reports whether the attribution at off reads ", VERB
// SPEAKER": "…, meldte The Guardian", "…, said Rahm".
func (d *doc) verbFirstAfter(si, off int) bool {
	toks := d.toks[si]
	k := d.tokenAt(si, off)
	if k < len(toks) && (toks[k].Text == "," || isClosingQuote(toks[k].Text)) {
		k++
	}
	return k < len(toks) && d.rules.speech[toks[k].Lower]
}

// speaksAbout reports whether the attribution after off reads "X
// commented on …": a verb with a topic, not a statement before it.
func (d *doc) speaksAbout(si, off int) bool {
	toks := d.toks[si]
	for k := d.tokenAt(si, off); k+1 < len(toks); k++ {
		if d.rules.speech[toks[k].Lower] {
			switch toks[k+1].Lower {
			case "on", "about", "om", "på":
				// but "reported on Friday", "sa på mandag"
				return k+2 < len(toks) && !startsName(toks[k+2].Text) && !d.isAuxiliary(toks[k+2].Text)
			}
			return false
		}
	}
	return false
}

// relativeBefore reports whether e's last mention before off follows a
// relative pronoun, as in "which the Republicans insisted".
func (d *doc) relativeBefore(si int, e *entity, off int) bool {
	toks := d.toks[si]
	start := -1
	for _, m := range d.mentions[si] {
		if m.ent == e && m.end <= off {
			start = m.start
		}
	}
	k := d.tokenAt(si, start) - 1
	if k >= 0 && d.rules.articles[toks[k].Lower] {
		k--
	}
	w := strings.ToLower(toks[max(k, 0)].Text)
	return start >= 0 && k >= 0 && d.rules.relative[w] && w != "that" // "claim that Ronaldo confirmed": a conjunction
}

// tokenAt is the index of the token of sentence si that starts at or after off.
func (d *doc) tokenAt(si, off int) int {
	toks := d.toks[si]
	return sort.Search(len(toks), func(i int) bool { return toks[i].Start >= off })
}

// subjectNear reports whether e is mentioned within a few words before off.
func (d *doc) subjectNear(si int, e *entity, off int) bool {
	toks := d.toks[si]
	for _, m := range d.mentions[si] {
		if m.ent != e || m.end > off {
			continue
		}
		n := 0
		end := d.listEnd(si, m.end) // "Ap og SV har blant annet varslet at": from the list's last name
		for _, t := range toks {
			if t.Start >= end && t.End <= off {
				n++
			}
		}
		if n <= 3 || d.bodyPhraseBetween(si, m.end, off) {
			return true
		}
		// "Ronaldo har beskrevet anklagene som løgn og sier at …": the
		// sentence's subject has a second verb
		if m.start == d.sents[si].Start && d.tokenAt(si, off) > 0 && d.rules.conjunctions[strings.ToLower(toks[d.tokenAt(si, off)-1].Text)] && !d.personBetween(si, m.end, off) {
			return true
		}
		// "John Burrows, the chairman of the panel, said" — but in Norwegian
		// not after a fronted clause, where the subject follows the verb
		// ("Ettersom X, som …, advarer analytikere …")
		if n <= 32 && (d.lang == "en" || !d.rules.clauseOpeners[toks[0].Lower]) && d.appositionBefore(si, d.tokensBetween(si, m.start, off)) {
			return true
		}
	}
	return false
}

// listEnd is where the list of names that a mention ending at end opens
// ends ("Ap og SV", "Egypt, Spain and New Zealand"): the end of its last
// name, or end if no name follows joined to it.
func (d *doc) listEnd(si, end int) int {
	toks := d.toks[si]
	for {
		k := d.tokenAt(si, end)
		if k >= len(toks) || toks[k].Start < end {
			return end
		}
		j := k
		if toks[j].Text == "," && j+1 < len(toks) {
			j++
		}
		if d.rules.conjunctions[toks[j].Lower] && j+1 < len(toks) {
			j++
		} else if j == k {
			return end
		}
		if d.rules.articles[toks[j].Lower] && j+1 < len(toks) {
			j++ // "Labour and the Greens"
		}
		next := d.mentionEnd(si, toks[j].Start)
		if next == toks[j].Start || next <= end {
			return end // no name there
		}
		end = next
	}
}

// bodyPhraseBetween reports whether what lies between a person's name
// ending at from and the verb at to is the body they come from: "Tiffany
// Ng of the University of Michigan also noted", "X fra University of
// Michigan bemerket".
func (d *doc) bodyPhraseBetween(si, from, to int) bool {
	between := d.tokensBetween(si, from, to)
	// "X of Oxfam said", "X fra Rødt sier", "X ved NTNU advarer", "X i NNN frykter"
	norwegianAt := d.lang != "en" && len(between) > 0 && (between[0].Lower == "ved" || between[0].Lower == "i" || between[0].Lower == "hos")
	if len(between) < 2 || !(between[0].Lower == "of" || d.x.lex.fromWords[between[0].Lower] || norwegianAt) {
		return false
	}
	k := 1
	if d.rules.articles[between[k].Lower] {
		k++
	}
	if k >= len(between) {
		return false
	}
	m := d.mentionAt(between[k].Start)
	if m == nil && k == 2 {
		m = d.mentionAt(between[1].Start) // "of the Washington Post": a name that takes its article
	}
	// "of the firm Brandt & Kessler", "of the law firm X": its kind first
	for j := k; m == nil && j < k+2 && j+1 < len(between) && isLowerWord(between[j].Text) && k > 1; j++ {
		m = d.mentionAt(between[j+1].Start)
	}
	if m == nil || class(m.ent.typ) != 'O' {
		return false
	}
	rest := 0      // a comma and an adverb may follow: "…, also noted"
	place := false // "i NNN ved anlegget på Vigra": where the body is
	for i, t := range between {
		if t.Start < m.end {
			continue
		}
		if rest == 0 && d.lang != "en" && (d.rules.prepIn[t.Lower] || t.Lower == "ved") && i+1 < len(between) {
			place = true
		}
		if p := d.mentionAt(t.Start); place && p != nil && class(p.ent.typ) == 'L' {
			rest++
			continue
		}
		if t.Text != "," && !isLowerWord(t.Text) && !(place && d.mentionCovering(t.Start) != nil) {
			return false
		}
		rest++
	}
	return rest <= 2 || place && rest <= 5
}

// pastAddressee returns the index of the token after the name that starts
// at toks[c] and a place after it ("in San Diego", "i Oslo"), or c when no
// name starts there.
func (d *doc) pastAddressee(si int, toks []Token, c int) int {
	if c >= len(toks) {
		return c
	}
	m := d.mentionAt(toks[c].Start)
	if m == nil || class(m.ent.typ) != 'O' && m.ent.typ != "Person" {
		return c
	}
	k := c
	for k < len(toks) && toks[k].End <= m.end {
		k++
	}
	if k+1 < len(toks) && d.rules.prepIn[toks[k].Lower] {
		if p := d.mentionAt(toks[k+1].Start); p != nil && (class(p.ent.typ) == 'L' || class(p.ent.typ) == 'G') {
			for k++; k < len(toks) && toks[k].End <= p.end; k++ {
			}
		}
	}
	return k
}

// articleOpensClause reports whether toks[c] is an article that opens the
// reported clause ("said a deal was close") rather than a phrase before
// it ("said in a statement …").
func (d *doc) articleOpensClause(toks []Token, c int) bool {
	return d.rules.articles[toks[c].Lower] && c+1 < len(toks) && !d.isAuxiliary(toks[c+1].Text)
}

// pastAddressed returns the index after whom a verb of telling addresses
// at toks[c] — an article, then a name (and where it is) or an addressee
// noun ("reporters", "the BBC", "a news conference"), then a time phrase or
// a "that" a few words on — or c.
func (d *doc) pastAddressed(si int, toks []Token, c int) int {
	k := c
	if k < len(toks) && d.rules.articles[toks[k].Lower] {
		k++
	}
	if k >= len(toks) {
		return c
	}
	if after := d.pastAddressee(si, toks, k); after > k {
		k = after // "told KSWB-TV in San Diego …"
	} else {
		j := k
		for j < k+5 && j < len(toks) && (isLowerWord(toks[j].Text) || startsName(toks[j].Text) && j < k+4) && !d.rules.addressees[toks[j].Lower] {
			j++ // "a news conference", "the Leave Means Leave rally": the modifiers before the noun
		}
		if j >= len(toks) || !d.rules.addressees[toks[j].Lower] {
			return c
		}
		k = j + 1
	}
	if that := d.thatWithin(toks, k, 6); that > 0 {
		k = that + 1 // "told the Leave Means Leave rally in Solihull that …"
	}
	for k < len(toks) && (toks[k].Text == "," || d.isAuxiliary(toks[k].Text)) && !d.articleOpensClause(toks, k) {
		k++ // "told reporters on Monday …"
	}
	if len(toks)-k < 4 {
		return c
	}
	return k
}

// surveyMaker finds, in the words before a finding's verb, a source noun
// and who made it: "a survey by the UK Commission …", "Another poll,
// conducted by Telma TV,", "a YouGov poll", "Forskningen, som ble utført
// av X". It returns the maker, or nil.
func (d *doc) surveyMaker(si int, toks []Token) *entity {
	for k, t := range toks {
		if !d.rules.sourceNouns[t.Lower] {
			continue
		}
		// "a YouGov poll": the maker right before the noun — not "the
		// individuals in the Nationwide study said": those in it speak
		if k > 0 {
			if e := d.mentionEndingAt(si, toks[k-1].End); e != nil && isActor(e) && !d.objectOfPreposition(si, e, toks[k-1].End) {
				return e
			}
		}
		j := k + 1
		for j < len(toks) && j < k+6 && d.rules.surveyMakers[toks[j].Lower] {
			j++
		}
		if j == k+1 || j == len(toks) {
			continue
		}
		if j < len(toks) && d.rules.articles[toks[j].Lower] {
			j++
		}
		if j < len(toks) {
			e := d.mentionStartingAt(si, toks[j].Start)
			// "by Macedonia's Telma TV", "by the UK Commission for …": the
			// name goes on, the owner's or the modified body made it — nil
			// if kg did not recognise that body
			if e != nil {
				end := d.mentionEnd(si, toks[j].Start)
				if n := d.tokenAt(si, end); n < len(toks) {
					if strings.HasSuffix(d.text[:end], "'s") {
						e = d.mentionStartingAt(si, toks[n].Start) // the mention took the genitive in
					} else if toks[n].Text == "'s" && n+1 < len(toks) {
						e = d.mentionStartingAt(si, toks[n+1].Start)
					} else if startsName(toks[n].Text) {
						e = d.mentionStartingAt(si, toks[n].Start)
					}
				}
			}
			if e != nil && isActor(e) {
				return e
			}
		}
	}
	return nil
}

// mentionEnd returns where the mention starting at off in sentence si ends.
func (d *doc) mentionEnd(si, off int) int {
	for _, m := range d.mentions[si] {
		if !m.hidden && m.start == off {
			return m.end
		}
	}
	return off
}

// isActor reports whether e can make a statement: a person, a body or a state.
// isActorMention reports whether m is a mention of an actor (nil: no).
func isActorMention(m *mention) bool { return m != nil && isActor(m.ent) }

func isActor(e *entity) bool {
	c := class(e.typ)
	return e.typ == "Person" || c == 'O' || c == 'G'
}

// mentionStartingAt returns the entity mentioned from offset off in sentence si.
func (d *doc) mentionStartingAt(si, off int) *entity {
	for _, m := range d.mentions[si] {
		if !m.hidden && m.start == off {
			return m.ent
		}
	}
	return nil
}

// mentionEndingAt returns the entity whose mention in sentence si ends at off.
func (d *doc) mentionEndingAt(si, off int) *entity {
	for _, m := range d.mentions[si] {
		if !m.hidden && m.end == off {
			return m.ent
		}
	}
	return nil
}

func (d *doc) isAuxiliary(w string) bool {
	lw := strings.ToLower(w)
	switch lw {
	case "has", "have", "had", "also", "then", "further", "har", "hadde", "også", "videre", "on", "in", "a", "statement":
		return true
	}
	return timeWords[lw]
}

// timeWords say when, between a verb of saying and what was said ("said
// on Monday …", "sa mandag at …") or after a speaker ("…, sa politiet
// mandag").
var timeWords = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"today": true, "yesterday": true, "tonight": true, "earlier": true, "later": true,
	"mandag": true, "tirsdag": true, "onsdag": true, "torsdag": true, "fredag": true, "lørdag": true, "søndag": true}

// lineEnds reports whether only closing punctuation and spaces stand
// between off and the end of its line.
func lineEnds(text string, off int) bool {
	for off < len(text) && text[off] != '\n' {
		if !strings.ContainsRune(" \t.,;!?\"”»'", rune(text[off])) {
			return false
		}
		off++
	}
	return true
}

// infinitiveClaimAfter reports whether a verb of infinitive_claims and
// its infinitive follow toks[from] within a few words: ", Abbas pledged
// to fulfil …" says its claim after the verb, so what comes before the
// comma is no quote ("Cloaking himself in Arafat's legacy, Abbas pledged
// to …").
func (d *doc) infinitiveClaimAfter(toks []Token, from int) bool {
	for k := from + 1; k+1 < len(toks) && k <= from+6; k++ {
		if d.rules.infinitiveClaims[toks[k].Lower] && d.rules.infinitiveMarkers[toks[k+1].Lower] {
			return true
		}
	}
	return false
}

// infinitiveWithin reports whether an infinitive marker ("å", "to") is
// among toks[from:from+n].
func (d *doc) infinitiveWithin(toks []Token, from, n int) bool {
	for k := from; k < len(toks) && k < from+n; k++ {
		if d.rules.infinitiveMarkers[toks[k].Lower] {
			return true
		}
	}
	return false
}

// thatWithin returns the index of "that" (en) or "at" among toks[from:from+n],
// stopping at punctuation other than a comma, or -1.
func (d *doc) thatWithin(toks []Token, from, n int) int {
	for k := from; k < len(toks) && k < from+n; k++ {
		w := toks[k].Lower
		if d.lang == "en" && w == "that" || d.lang != "en" && (w == "at" || w == "that") {
			return k // "at" is the Scandinavian "that", the English "at" no conjunction
		}
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsLetter(r) && !unicode.IsDigit(r) && w != "," {
			return -1
		}
	}
	return -1
}

// startsSource reports whether toks open with a source phrase
// ("according to", "ifølge", "as cited by").
func (d *doc) startsSource(toks []Token) bool {
	for _, words := range d.rules.sourcePhrases {
		if len(toks) >= len(words) && tokensAre(toks[:len(words)], words) {
			return true
		}
	}
	return false
}

// sourceAt is where a sentence's closing source phrase begins (its comma:
// "…, X has revealed, as cited by the Washington Examiner."), else
// len(toks).
func (d *doc) sourceAt(toks []Token) int {
	for k := len(toks) - 2; k > 0 && k >= len(toks)-10; k-- {
		if toks[k].Text != "," {
			continue
		}
		for _, words := range d.rules.sourcePhrases {
			if k+1+len(words) < len(toks) && tokensAre(toks[k+1:k+1+len(words)], words) {
				return k
			}
		}
	}
	return len(toks)
}

// pronounBeforePhrase returns the index of a person's pronoun that is the
// subject of the verb at toks[vk] across a prepositional phrase or two
// ("når hun i VG TVs partilederdebatt i går sa at …": the pronoun, then a
// preposition, then no verb-like word before the verb), or -1.
func (d *doc) pronounBeforePhrase(toks []Token, vk int) int {
	r := d.rules
	for p := vk - 2; p >= 0 && p >= vk-9; p-- {
		w := toks[p].Lower
		if w == "," || r.conjunctions[w] || r.relative[w] {
			return -1
		}
		if contains(r.Pronouns["person"], w) {
			if n := toks[p+1].Lower; r.prepIn[n] || r.timePrepositions[n] {
				return p
			}
			return -1
		}
	}
	return -1
}

// openingNounPhrase is the sentence's words before its first comma or
// verb-like word, past an opening conjunction: "the actor" of "But the
// actor, 31, has …".
func (d *doc) openingNounPhrase(toks []Token) []Token {
	from := 0
	if len(toks) > 0 && d.rules.conjunctions[toks[0].Lower] {
		from = 1
	}
	to := from
	for to < len(toks) && to < from+4 && toks[to].Text != "," && !d.isAuxiliary(toks[to].Text) && !d.verbAfter(toks, to) {
		to++
	}
	return toks[from:to]
}

// attributionEnd is where the attribution from toks[at] ends: before a
// source phrase ("…, according to NBC") or a relative clause on the
// speaker ("…, sier statsadvokat Jogeir Nogva, som skal være aktor i
// saken"; "…, said John Smith, who will lead the case") or a clause of
// its own ("…, sier X til Dagbladet mens sønnen klatrer opp").
func (d *doc) attributionEnd(toks []Token, at int) int {
	end := d.sourceAt(toks)
	comma := false // a comma since the speaker: the attribution has ended, or is parenthetical
	for k := at + 2; k+1 < end; k++ {
		if toks[k].Text == "," && d.rules.relative[toks[k+1].Lower] {
			return k
		}
		// "…, warned Marc-Antoine Bélisle, president of Aînés Actifs, a
		// Montreal-based group.": the speaker's apposition is no clause
		if toks[k].Text == "," && k > at+2 && at+1 < len(toks) && d.speechWord(toks[at+1].Text) && (d.rules.articles[toks[k+1].Lower] || d.rules.role(toks[k+1].Lower) != "" || d.rules.jobNouns[toks[k+1].Lower]) {
			if sp := d.mentionEndingAtToken(toks, k); sp != nil && sp.typ == "Person" {
				return k
			}
		}
		if toks[k].Text == "," {
			comma = true
		}
		// "…, sier Bjørn Svindal til Dagbladet.no mens sønnen Aksel
		// klatrer opp …": a clause of its own after the speaker
		if k > at+2 && !comma && d.rules.subordinators[toks[k].Lower] && isLowerWord(toks[k].Text) {
			return k
		}
	}
	return end
}

// mentionEndingAtToken is the entity whose visible mention ends right
// before toks[k], in the sentence toks are of, or nil.
func (d *doc) mentionEndingAtToken(toks []Token, k int) *entity {
	if k == 0 {
		return nil
	}
	si := d.sentenceAt(toks[k].Start)
	if si < 0 {
		return nil
	}
	return d.mentionEndingAt(si, toks[k-1].End)
}

// accordingTo reads "According to X, CLAUSE.", "CLAUSE, according to X."
// and Norwegian "Ifølge X vil …".
// namedTitle reports whether the quote [qs, qe), its mark at mark, is a
// title a naming verb right before it names: every word of four letters
// or more capitalised, five words at most (`called 'A Charge to Keep.'`).
func (d *doc) namedTitle(si, mark, qs, qe int) bool {
	before := d.tokensBetween(si, d.sents[si].Start, mark)
	if len(before) == 0 || !d.rules.namingVerbs[before[len(before)-1].Lower] {
		return false
	}
	words := strings.Fields(d.text[qs:qe])
	if len(words) > 5 {
		return false
	}
	for _, w := range words {
		if utf8.RuneCountInString(strings.Trim(w, ".,!?")) >= 4 && !isCapitalized(w) {
			return false
		}
	}
	return true
}

// otherSpeakerAfter reports whether a clause joined after a comma from
// toks[from] on has a speaker other than sp, named before its verb of
// saying (", but Afghan Ambassador Hamdullah Mohib says …").
func (d *doc) otherSpeakerAfter(si int, toks []Token, from int, sp *entity) bool {
	for j := from; j+2 < len(toks); j++ {
		if toks[j].Text != "," || !d.rules.conjunctions[toks[j+1].Lower] {
			continue
		}
		for k := j + 2; k < len(toks) && k <= j+8; k++ {
			if d.rules.speech[toks[k].Lower] || d.rules.report[toks[k].Lower] {
				e := d.speakerIn(si, toks[j+2].Start, toks[k].Start)
				return e != nil && e != sp
			}
		}
	}
	return false
}

// coordinatedClause reports whether the comma at toks[c] opens a clause
// of its own joined by a conjunction whose verb of saying has a clause
// after it ("…, and Daley said his whole perspective had changed"): the
// words before are not what the speaker said.
func (d *doc) coordinatedClause(toks []Token, c int) bool {
	if c+1 >= len(toks) || !d.rules.conjunctions[toks[c+1].Lower] {
		return false
	}
	for k := c + 2; k < len(toks) && k <= c+6; k++ {
		if d.rules.speech[toks[k].Lower] {
			return len(toks)-k > 4 // more than an addressee and a time after the verb
		}
	}
	return false
}

// asSays reads a sentence opened by "as X says," ("Men som Jordan Spieth
// sier, føler amerikanerne …", as_openers after an optional conjunction):
// the rest of the sentence is X's claim.
func (d *doc) asSays(si int) (quote, bool) {
	s, toks := d.sents[si], d.toks[si]
	k := 0
	if len(toks) > 0 && d.rules.conjunctions[toks[0].Lower] {
		k++
	}
	if len(toks) < k+6 || !d.rules.asOpeners[toks[k].Lower] {
		return quote{}, false
	}
	m := d.mentionAt(toks[k+1].Start)
	if m == nil || m.hidden || !(m.ent.typ == "Person" || isActor(m.ent)) {
		return quote{}, false
	}
	v := d.tokenAt(si, m.end)
	if v+2 >= len(toks) || !d.speechWord(toks[v].Text) {
		return quote{}, false
	}
	from := v + 1 // the verb the clause goes on with, past a comma if one was written
	if toks[from].Text == "," {
		from++
	} else if !isLowerWord(toks[from].Text) {
		return quote{}, false
	}
	if wordCount(d.text[toks[from].Start:s.End]) < 4 {
		return quote{}, false
	}
	return quote{start: toks[from].Start, end: s.End, evStart: s.Start, evEnd: s.End, speaker: m.ent, attributed: true}, true
}

// inViewOf reads a sentence opened by someone's view: "In Per Dahl's
// view, it is too late …", "Etter Per Dahls mening er det for sent …"
// (view_prepositions, then a name in the genitive, then one of
// view_nouns): the rest of the sentence is the named one's claim.
func (d *doc) inViewOf(si int) (quote, bool) {
	s, toks := d.sents[si], d.toks[si]
	if len(toks) < 6 || !d.rules.viewPrepositions[toks[0].Lower] {
		return quote{}, false
	}
	m := d.mentionAt(toks[1].Start)
	if m == nil || m.hidden || !(m.ent.typ == "Person" || isActor(m.ent)) {
		return quote{}, false
	}
	k := d.tokenAt(si, m.end)
	if k < len(toks) && isPossessiveMark(toks[k].Text) {
		k++
	} else if !m.genitive {
		return quote{}, false
	}
	if k >= len(toks) || !d.rules.viewNouns[toks[k].Lower] {
		return quote{}, false
	}
	k++
	if k < len(toks) && toks[k].Text == "," {
		k++
	}
	if k >= len(toks) || wordCount(d.text[toks[k].Start:s.End]) < 4 {
		return quote{}, false
	}
	return quote{start: toks[k].Start, end: s.End, evStart: s.Start, evEnd: s.End, speaker: m.ent, attributed: true}, true
}

// accordingTail returns where the comma before an "according to …"
// closing sentence si stands ("…, according to Al Jazeera."), or -1.
func (d *doc) accordingTail(si int) int {
	toks := d.toks[si]
	for k := len(toks) - 2; k > 0; k-- {
		if toks[k].Text != "," {
			continue
		}
		for _, words := range d.rules.according {
			if k+1+len(words) < len(toks) && tokensAre(toks[k+1:k+1+len(words)], words) {
				return toks[k].Start
			}
		}
		return -1 // the last comma opens no source
	}
	return -1
}

func (d *doc) accordingTo(si int) (quote, bool) {
	s, toks := d.sents[si], d.toks[si]
	if q, ok := d.inViewOf(si); ok {
		return q, true
	}
	if q, ok := d.asSays(si); ok {
		return q, true
	}
	for _, words := range d.rules.according {
		for k := 0; k+len(words) < len(toks); k++ {
			if !tokensAre(toks[k:k+len(words)], words) {
				continue
			}
			// the source: the capitalised words after the phrase and an
			// article ("according to the FWC", "according to a YouGov poll")
			after := k + len(words)
			if after < len(toks) && d.rules.articles[toks[after].Lower] {
				after++
			}
			// "ifølge avisen Die Zeit", "according to the news site Axios": the
			// kind before the name
			for n := after; n < after+3 && n+1 < len(toks) && (isLowerWord(toks[n].Text) || d.x.lex.demonyms[toks[n].Lower] != nil); n++ { // ("the Norwegian newspaper VG")
				if _, kind := d.rules.cueOf[toks[n].Lower]; (kind || d.isNominal(toks[n].Lower)) && d.startsMention(si, toks[n+1].Start) {
					after = n + 1
					break
				}
			}
			end := after
			// "according to Airbus spokesman Jaime Perez-Guerra": titles too
			// and "according to curator Elaine Gustafon": a job before the name
			// and "according to Labour's general secretary": a body's title
			for end < len(toks) && end-after < 8 && (startsName(toks[end].Text) || end > after && d.rules.role(toks[end].Lower) != "" ||
				end+1 < len(toks) && d.rules.jobNouns[toks[end].Lower] && startsName(toks[end+1].Text) ||
				end > after && end+1 < len(toks) && isPossessiveMark(toks[end].Text) && d.anyTitle(toks[end+1].Lower)) {
				end++
			}
			// "ifølge Statistisk sentralbyrå": a name with words in lower case
			if m := d.mentionAt(toks[after].Start); end > after && m != nil && !m.hidden && m.end > toks[end-1].End {
				for end < len(toks) && toks[end].End <= m.end {
					end++
				}
			}
			var sp *entity
			// "ifølge forskerne ved OUS", "according to analysts at DNB": the body they work at
			if end == after && after+2 < len(toks) && d.rules.agentNouns[toks[after].Lower] && (d.rules.prepIn[toks[after+1].Lower] || toks[after+1].Lower == "ved" || toks[after+1].Lower == "hos" || toks[after+1].Lower == "with") {
				if m := d.mentionAt(toks[after+2].Start); m != nil && class(m.ent.typ) == 'O' {
					sp, end = m.ent, d.tokenAt(si, m.end)
				}
			}
			// "according to figures released April 3 by NPD Group", "an April
			// 2nd report in Ars Technica": the source's maker
			if by, stop := d.sourceMaker(si, toks, after); by != nil {
				sp, end, after = by, stop, stop
			}
			switch w := toks[after].Lower; {
			case sp != nil:
			case end == after && d.x.lex.sourcePronouns[w] == "group": // "Ifølge dem", "according to them"
				sp, end = d.lastActorBefore(toks[after].Start), after+1
			case end == after && d.x.lex.sourcePronouns[w] == "person":
				sp, end = d.lastPersonBefore(toks[after].Start), after+1
			case end == after && d.rules.policeWords[w]: // "ifølge politiet", "according to police"
				sp, end = d.policeBody(), after+1
			case end == after && d.rules.authorityWords[w]: // "ifølge myndighetene", "according to the authorities"
				if sp = d.mainCountry(); sp != nil {
					end = after + 1
				}
			case end == after && after > k+len(words) && d.isNominal(w) || end == after && d.lang != "en" && d.isNominal(w) ||
				end == after && d.statementNoun(w):
				// "according to the bank", "ifølge selskapet": the body the
				// article named; "ifølge rapporten": whoever issued it
				if sp = d.nominalSpeaker(si, toks[k+len(words):after+1]); sp != nil {
					end = after + 1
				}
			case end > after:
				// "ifølge Arbeiderpartiets partisekretær": the person named
				// with that title before, else the body
				if sp = d.roleNominal(toks[k+len(words) : end]); sp == nil {
					sp = d.speakerIn(si, toks[k+len(words)].Start, toks[end-1].End) // "the" may open the name: "The Sydney Morning Herald"
				}
			case end == after && d.rules.role(d.baseRole(w)) != "" && !d.startsMention(si, toks[after].Start) && d.roleNominal(toks[k+len(words):after+1]) != nil:
				// "Ifølge ordføreren må …", "according to the mayor, …": the
				// person the article gave that title
				sp, end = d.roleNominal(toks[k+len(words):after+1]), after+1
			case end == after && isActorMention(d.mentionAt(toks[after].Start)):
				// "ifølge weather.com": a name in lower case
				m := d.mentionAt(toks[after].Start)
				sp = m.ent
				for end = after; end < len(toks) && toks[end].End <= m.end; end++ {
				}
			case end == after:
				// "according to the company's vice president John Smith": a
				// person named after a title, before any comma
				for j := after + 1; j < len(toks) && j < after+8 && toks[j].Text != ","; j++ {
					title := toks[j-1].Lower
					if m := d.mentionAt(toks[j].Start); m != nil && m.ent.typ == "Person" && (d.rules.role(title) != "" || d.rules.jobNouns[title]) {
						sp = m.ent
						for end = j; end < len(toks) && toks[end].End <= m.end; end++ {
						}
						break
					}
				}
				// "Ifølge kulturansvarlig for frukt i Norgrønt, Knut Hauso,
				// …", "According to the head of fruit at Norgrønt, Knut
				// Hauso, …": a description, then the person in commas
				if sp == nil && isLowerWord(toks[after].Text) {
					if comma := tokenWithinAt(toks, after+1, after+14, ","); comma > 0 && comma+1 < len(toks) {
						if m := d.mentionAt(toks[comma+1].Start); m != nil && !m.hidden && m.ent.typ == "Person" {
							j := comma + 1
							for j < len(toks) && toks[j].End <= m.end {
								j++
							}
							if j < len(toks) && toks[j].Text == "," {
								sp, end = m.ent, j
							}
						}
					}
				}
			}
			// "According to Afghan Ambassador to the United States Hamdullah
			// Mohib, …": the person the title leads to, before the comma
			if sp != nil && sp.typ != "Person" && end < len(toks) && toks[end].Text != "," && d.rules.role(toks[end-1].Lower) != "" {
				for j := end; j < len(toks) && j < end+8 && toks[j].Text != ","; j++ {
					if m := d.mentionAt(toks[j].Start); m != nil && !m.hidden && m.ent.typ == "Person" {
						sp = m.ent
						for end = j; end < len(toks) && toks[end].End <= m.end; end++ {
						}
						break
					}
				}
			}
			if sp == nil {
				return quote{}, false
			}
			start, stop := -1, -1
			switch {
			case k == 0 && end < len(toks): // According to X, CLAUSE. / Ifølge X vil CLAUSE.
				c := end
				if comma := d.sourceNounPhrase(toks, end); comma > 0 {
					c = comma // "According to a YouGov poll of 4,000 adults, CLAUSE"
				}
				if close := d.titleApposition(toks, c); close > 0 {
					c = close // "According to Maria Lopez, a spokeswoman for the ministry, CLAUSE"
				}
				if toks[c].Text == "," {
					c++
				}
				if c < len(toks) && !d.rules.relative[toks[c].Lower] {
					start, stop = toks[c].Start, s.End
				}
			case k > 1 && toks[k-1].Text == "," && end+1 < len(toks) && toks[end].Text == ",":
				// "The government will, according to Reuters, present …": the sentence
				start, stop = s.Start, s.End
			case k > 1 && d.lang != "en" && isLowerWord(toks[k-1].Text) && end < len(toks) && isLowerWord(toks[end].Text):
				// "Disse partiene skal ifølge Alte være …": the sentence
				start, stop = s.Start, s.End
			case k > 1 && toks[k-1].Text == ",": // CLAUSE, according to X.
				start, stop = s.Start, toks[k-1].Start
			case k > 2 && isClosingQuote(toks[k-1].Text) && toks[k-2].Text == ",": // "QUOTE," according to X.
				start, stop = s.Start, toks[k-2].Start
			}
			if start < 0 || wordCount(d.text[start:stop]) < 4 {
				return quote{}, false
			}
			return quote{start: start, end: stop, evStart: s.Start, evEnd: s.End, speaker: sp, attributed: true}, true
		}
	}
	return quote{}, false
}

// titleApposition returns the index of the comma that closes an
// apposition of a title opened by the comma at toks[from] — ", a
// spokeswoman for the ministry," / ", talsperson for UD," — or -1.
func (d *doc) titleApposition(toks []Token, from int) int {
	if from >= len(toks) || toks[from].Text != "," {
		return -1
	}
	k := from + 1
	if k < len(toks) && d.rules.articles[toks[k].Lower] {
		k++
	}
	if k >= len(toks) || d.rules.role(toks[k].Lower) == "" && !d.rules.jobNouns[toks[k].Lower] && !(isLowerWord(toks[k].Text) && k+1 < len(toks) && d.rules.role(toks[k+1].Lower) != "") {
		return -1 // "a spokeswoman", "senior analyst": a title within its first two words
	}
	for j := k + 1; j < len(toks) && j <= from+14; j++ {
		switch {
		case toks[j].Text == ",":
			return j
		case d.speechWord(toks[j].Text) || isOpeningQuote(toks[j].Text) || toks[j].Text == "." || toks[j].Text == ";":
			return -1
		}
	}
	return -1
}

// sourceNounPhrase returns the index of the comma that ends a source's
// document — "poll of more than 4,000 adults in 2013," after "a YouGov" —
// when toks[from] starts one, or -1.
func (d *doc) sourceNounPhrase(toks []Token, from int) int {
	k := from
	if k < len(toks) && toks[k].Text == "'s" {
		k++
	}
	for ; k < len(toks) && k < from+3; k++ {
		if d.rules.sourceNouns[toks[k].Lower] {
			break
		}
	}
	if k == len(toks) || k == from+3 {
		return -1
	}
	for ; k < len(toks) && k < from+16; k++ {
		switch toks[k].Text {
		case ",":
			if k > 0 && k+1 < len(toks) && toks[k-1].End == toks[k].Start && toks[k+1].Start == toks[k].End {
				continue // "4,000"
			}
			return k
		case ".", ";", ":", "\"", "«", "»", "“", "”":
			return -1
		}
	}
	return -1
}

// sourceMaker reads a source noun within four words of toks[from] and,
// within eight words after it, "by"/"in"/"from"/"of" and a body or person:
// the one who made the figures or the report. It returns that entity and
// the index of the token after its mention.
func (d *doc) sourceMaker(si int, toks []Token, from int) (*entity, int) {
	j := from
	for j < len(toks) && j < from+4 && !d.rules.sourceNouns[toks[j].Lower] {
		if toks[j].Text == "," || toks[j].Text == "." {
			return nil, 0
		}
		j++
	}
	if j >= len(toks) || j == from+4 {
		return nil, 0
	}
	for k := j + 1; k+1 < len(toks) && k <= j+8; k++ {
		switch t := toks[k].Text; t {
		case ",", ".", ";", ":":
			return nil, 0
		case "by", "in", "from", "of", "av", "fra", "i", "til":
			at := toks[k+1].Start
			if k+2 < len(toks) && d.rules.articles[toks[k+1].Lower] {
				at = toks[k+2].Start // "a statement from the ministry"
			}
			for _, m := range d.mentions[si] {
				if !m.hidden && m.start == at && isActor(m.ent) {
					return m.ent, d.tokenAt(si, m.end)
				}
			}
		}
	}
	return nil, 0
}

// lastActorBefore is the body or state "they" stand for at off: the
// subject of the sentence before if it is one, else the one mentioned last.
func (d *doc) lastActorBefore(off int) *entity {
	if si := d.sentenceAt(off); si > 0 {
		if e := d.sentenceSubject(si - 1); e != nil && e.typ != "Person" && isActor(e) {
			return e // "Sainsbury's har sagt at … Ifølge dem …"
		}
	}
	for si := d.sentenceAt(off); si >= 0; si-- {
		ms := d.mentions[si]
		for k := len(ms) - 1; k >= 0; k-- {
			if m := ms[k]; !m.hidden && m.start < off && (class(m.ent.typ) == 'O' || class(m.ent.typ) == 'G') {
				return m.ent
			}
		}
	}
	return nil
}

// lastBodyFor resolves a body's pronoun ("it") speaking in sentence si:
// the body whose claim was in one of the two sentences before, else the
// last body named before it.
func (d *doc) lastBodyFor(si int) *entity {
	if d.lastBody != nil && si-d.lastBodySent <= 2 && si >= d.lastBodySent {
		return d.lastBody
	}
	return d.lastActorBefore(min(d.sents[si].Start, d.anchor))
}

func tokensAre(toks []Token, words []string) bool {
	for i, w := range words {
		if !strings.EqualFold(toks[i].Text, w) {
			return false
		}
	}
	return true
}

// plainSayVerbs end a sentence after a one-word speaker: `…" Kavadarkov said.`
var plainSayVerbs = map[string]bool{"said": true, "says": true, "told": true, "tells": true}

// partyMemberSubject resolves a subject that calls someone by party,
// "the Los Angeles Democrat", "the Massachusetts Republican": one member
// of the party, the person the article spoke of last; nil if toks are no
// such description (partyMemberNoun, opening with its article).
func (d *doc) partyMemberSubject(toks []Token) *entity {
	n := len(toks)
	if n < 2 || n > 5 || !strings.EqualFold(toks[0].Text, "the") && !d.rules.articles[toks[0].Lower] || d.partyMemberNoun(toks, n-1) == nil {
		return nil
	}
	return d.lastPersonFor(toks[0].Start, "")
}

// wasAsked reports whether a passive of asking follows mention m within
// two words: "James was asked", "ble James spurt" (asked_words).
func (d *doc) wasAsked(m *mention) bool {
	toks := d.toks[m.sent]
	k := d.tokenAt(m.sent, m.end)
	for j := k; j < len(toks) && j < k+2; j++ {
		if d.rules.askedWords[toks[j].Lower] {
			return true
		}
	}
	return false
}

// speechAfter reports whether a verb of saying follows offset off in
// sentence si: the quote before it is attributed after it ("«…», sa X").
func (d *doc) speechAfter(si, off int) bool {
	for _, t := range d.toks[si] {
		if t.Start >= off && d.speechWord(t.Text) {
			return true
		}
	}
	return false
}

// speakingOfficers makes a company's officer or a body's vice president
// the article quotes its representative: "Boeing Executive Vice President Scott
// Carson replied", "said Ray Young, the chief financial officer for GM"
// speak for the company (company_officers); one the article does not
// quote is only a member, and so is a deputy of a government body
// ("Assistant Secretary of the Air Force").
func (d *doc) speakingOfficers() {
	if len(d.officers) == 0 {
		return
	}
	speakers := map[string]bool{}
	for _, c := range d.claims {
		speakers[c.Speaker] = true
	}
	for i := range d.relations {
		if r := &d.relations[i]; r.pred == "memberOf" && d.officers[[2]*entity{r.subj, r.obj}] && speakers[r.subj.key] {
			r.pred = "represents"
		}
	}
}

// demonstrativeObject reports whether the verb at k has a bare "this" for
// its object, at the end of the sentence or before whom it was said to
// ("denies that.", "confirmed this to Reuters.", "bekrefter dette
// overfor NTB.").
func (d *doc) demonstrativeObject(toks []Token, k int) bool {
	if k+1 >= len(toks) || !d.rules.demonstratives[toks[k+1].Lower] {
		return false
	}
	end := len(toks)
	if end > k+2 && strings.ContainsAny(toks[end-1].Text, ".!?;") {
		end--
	}
	if end == k+2 {
		return true
	}
	// the addressee: a preposition, then a name or an addressee's noun
	if !d.rules.addresseePrepositions[toks[k+2].Lower] || end-(k+3) < 1 || end-(k+3) > 4 {
		return false
	}
	if m := d.mentionCovering(toks[k+3].Start); m != nil && m.end >= toks[end-1].End {
		return true
	}
	last := toks[end-1].Lower
	return d.rules.addressees[last]
}

// demonstrativeAttribution returns who says the statement before sentence
// si, if si is only that attribution: "Det sa Camila Vallejo til Reuters
// torsdag.", "Dette bekrefter Anne Lie overfor NTB." (a demonstrative, a
// verb of saying, then the speaker), "That is what X told the BBC." (a
// demonstrative link, the speaker, the verb), "This was confirmed by X."
// (a passive's agent), or nil.
func (d *doc) demonstrativeAttribution(si int) *entity {
	if si >= len(d.sents) {
		return nil
	}
	r, toks := d.rules, d.toks[si]
	if len(toks) < 3 || !r.demonstratives[toks[0].Lower] {
		return nil
	}
	saying := func(t Token) bool { return isLowerWord(t.Text) && (r.speech[t.Lower] || r.report[t.Lower]) }
	// the sentence ends soon after the speaker: whom it was said to, when
	// ("It said Lloyds would play a role …" says something of its own)
	onlyAttribution := func(end int) bool {
		k := d.tokenAt(si, end)
		n := len(toks) - k
		if n > 0 && strings.ContainsAny(toks[len(toks)-1].Text, ".!?") {
			n--
		}
		if n <= 4 && n > 0 && r.articles[toks[k].Lower] {
			k++ // "told the Bergen Times": whom, named
		}
		// "Det mener Kari Holm, som er leder i Venstre.": who the speaker is
		if n > 1 && toks[k].Text == "," && (r.relative[toks[k+1].Lower] || isLowerWord(toks[k+1].Text)) && !d.hasSpeechVerb(toks[k+1:]) {
			return true
		}
		return n <= 4 && (n == 0 || r.addresseePrepositions[toks[k].Lower] || r.timePrepositions[toks[k].Lower] || r.prepIn[toks[k].Lower] ||
			d.startsMention(si, toks[k].Start))
	}
	// "That is what headmaster Per Dahl told the Bergen Times": the
	// speaker before the verb
	for _, link := range r.demonstrativeLinks {
		if len(toks) <= 1+len(link) || !tokensAre(toks[1:1+len(link)], link) {
			continue
		}
		if m := d.titledSpeakerAt(si, toks, 1+len(link)); m != nil {
			if k := d.tokenAt(si, m.end); k < len(toks) && saying(toks[k]) && onlyAttribution(toks[k].End) {
				return m.ent
			}
		}
		return nil
	}
	// "That is the view of Kari Holm, who …", "Det er budskapet fra X":
	// the speaker after the source's phrase
	for _, src := range r.demonstrativeSources {
		if len(toks) <= 1+len(src) || !tokensAre(toks[1:1+len(src)], src) {
			continue
		}
		if m := d.titledSpeakerAt(si, toks, 1+len(src)); m != nil && onlyAttribution(m.end) {
			return m.ent
		}
		return nil
	}
	v := 1
	// "This was confirmed by police inspector Kari Holm", "Dette ble
	// bekreftet av X": a passive's agent
	passive := len(toks) > 4 && r.copulas[toks[1].Lower] && saying(toks[2]) && r.passiveAgents[toks[3].Lower]
	if passive {
		v = 3
	} else if !saying(toks[1]) {
		return nil
	}
	// the speaker right after the verb, or after a title of one or two
	// words: "Det sier daglig leder Ola Dahl", "Dette sier rektor Per Dahl"
	if m := d.titledSpeakerAt(si, toks, v+1); m != nil {
		if !onlyAttribution(m.end) {
			return nil
		}
		return m.ent
	}
	// "Det sier han til NTB": a pronoun after the verb
	if w := toks[2].Lower; !passive && contains(r.Pronouns["person"], w) && onlyAttribution(toks[2].End) {
		return d.lastPersonFor(toks[2].Start, w)
	}
	return nil
}

// titledSpeakerAt is the visible mention of a person or actor at token k,
// or after one or two lower-case words of title before a person's name
// ("rektor Per Dahl", "daglig leder Ola Dahl"), or nil.
func (d *doc) titledSpeakerAt(si int, toks []Token, k int) *mention {
	for j := k; j < len(toks) && j <= k+2; j++ {
		if j > k && !isLowerWord(toks[j-1].Text) {
			return nil
		}
		for _, m := range d.mentions[si] {
			if !m.hidden && m.start == toks[j].Start && (m.ent.typ == "Person" || j == k && isActor(m.ent)) {
				return m
			}
		}
	}
	return nil
}

// claimedAt reports whether a claim found so far rests on sentence si.
func (d *doc) claimedAt(si int) bool {
	s := d.sents[si]
	for i := len(d.claims) - 1; i >= 0 && i >= len(d.claims)-8; i-- {
		if c := d.claims[i]; c.Start < s.End && c.End > s.Start {
			return true
		}
	}
	return false
}

// laterDenialOfThis reports whether a verb after k denies "this" at the
// end of the sentence ("…, men Det hvite hus benekter dette.").
func (d *doc) laterDenialOfThis(toks []Token, k int) bool {
	for j := k + 1; j < len(toks); j++ {
		if d.rules.denialVerbs[toks[j].Lower] && d.demonstrativeObject(toks, j) {
			return true
		}
	}
	return false
}

// notClaimWith reports whether the verb at k comes with a word that makes
// it say nothing (not_claims_with): right after it or after a short
// object, before any punctuation ("sa opp stillingen", "ønsket de nye
// medlemmene velkommen", "takket ja til jobben").
func (d *doc) notClaimWith(toks []Token, k int) bool {
	words := d.rules.NotClaimsWith[toks[k].Lower]
	if len(words) == 0 {
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+5; j++ {
		if !isLowerWord(toks[j].Text) && !startsName(toks[j].Text) || d.thatWithin(toks, j, 1) == j || d.rules.infinitiveMarkers[toks[j].Lower] ||
			contains(d.rules.Pronouns["person"], toks[j].Lower) || d.rules.modals[toks[j].Lower] || d.rules.copulas[toks[j].Lower] {
			return false // punctuation or a clause ends the verb's phrase: "sa at han sto opp for …", "sier han vokste opp", "sier de kan trappe opp"
		}
		if contains(words, toks[j].Lower) {
			return true
		}
	}
	return false
}

// antecedentBefore returns the person or body a relative clause before
// toks[end] is about: the last one named right before a relative word
// ("Plasco-Flaxman som sa opp Maurice"), or nil.
func (d *doc) antecedentBefore(si int, toks []Token, end int) *entity {
	var found *entity
	for _, m := range d.mentions[si] {
		if m.hidden || m.start >= toks[end].Start || m.ent.typ != "Person" && !isActor(m.ent) {
			continue
		}
		if j := d.tokenAt(si, m.end); j < end && d.rules.relative[toks[j].Lower] {
			found = m.ent
		}
	}
	return found
}

// negationAt returns the token that negates the verb at k (verb_negations)
// — between its subject (ending before vk) and it ("does not believe",
// "never said", "declined to confirm") or right after it ("tror ikke at")
// — or -1.
func (d *doc) negationAt(toks []Token, vk, k int) int {
	for j := max(vk-2, 0); j <= k+1 && j < len(toks); j++ {
		if j == k {
			continue
		}
		if w := toks[j].Lower; strings.HasSuffix(w, "n't") || d.rules.verbNegations[w] {
			return j
		}
	}
	return -1
}
