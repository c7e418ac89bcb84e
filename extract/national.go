package extract

import "strings"

// nationalBodies reads a name that many states' bodies go by ("the
// Senate", "Supreme Court", "Høyesterett"), which the gazetteer gives
// to one state's body (the US Senate), as the body of the state the
// article is about, when the article gives the gazetteer's state no
// place: "the Senate" in a story from Canberra is the Australian Senate,
// "Høyesterett" in a story from Oslo the Supreme Court of Norway. A
// state's own body the gazetteer knows is taken; otherwise the article
// gets one keyed by the state ("australia-senate"), so that articles
// about the same state agree.
func (d *doc) nationalBodies() {
	if len(d.x.lex.national) == 0 {
		return
	}
	home, asked := "", false
	for _, e := range d.order {
		if e.gaz == nil || e.gaz.Home == "" || len(e.gaz.National) == 0 || e.mergedInto != nil || len(e.mentions) == 0 {
			continue
		}
		if !asked {
			home, asked = d.homeKey(), true
			if home == "" {
				home = d.onlyCountry() // too few mentions to be sure, but no other
			}
		}
		if home == "" || home == e.gaz.Home || d.givesPlace(e.gaz.Home) {
			continue
		}
		var kept []*mention
		for _, m := range e.mentions {
			name := m.text
			if m.genitive {
				name, _ = genitiveStem(name, d.lang)
			}
			if !containsFold(e.gaz.National, name) {
				kept = append(kept, m)
				continue
			}
			d.attach(d.bodyOfState(e.gaz, home), m)
		}
		e.mentions = kept
	}
}

// givesPlace reports whether the article names the state with key home,
// a place in it, one of its bodies other than those named by a national
// name, or its people ("American").
func (d *doc) givesPlace(home string) bool {
	for _, e := range d.order {
		if e.mergedInto != nil || len(e.mentions) == 0 || e.gaz == nil {
			continue
		}
		if e.key == home || e.gaz.In == home || e.gaz.Home == home && len(e.gaz.National) == 0 {
			return true
		}
	}
	return d.demonymUses(d.x.lex.entries[home]) > 0
}

// bodyOfState is the body of state home that g's national names name:
// the gazetteer's, or else one of the article's named with the state's
// English demonym ("Australian Senate").
func (d *doc) bodyOfState(g *GazetteerEntry, home string) *entity {
	for _, n := range g.National {
		for _, c := range d.x.lex.national[strings.ToLower(n)] {
			if c.Home == home {
				return d.gazetteerEntity(c)
			}
		}
	}
	kind := g.National[0]
	name := kind
	if c := d.x.lex.entries[home]; c != nil {
		if dem := c.Demonyms["en"]; len(dem) > 0 {
			name = dem[0] + " " + kind
		} else {
			name = kind + " of " + c.Name
		}
	}
	return d.entity(home+"-"+Key(kind), name, g.Type, lexiconFact)
}

// onlyCountry is the key of the one country the article names, or "".
func (d *doc) onlyCountry() string {
	only := ""
	for _, e := range d.order {
		if e.mergedInto == nil && e.typ == "Country" && len(e.mentions) > 0 {
			if only != "" && only != e.key {
				return ""
			}
			only = e.key
		}
	}
	return only
}
