package extract

import "strings"

// EntityTypes are the types the extractor assigns.
var EntityTypes = []string{
	"Person",
	"Organization", "GovernmentOrganization", "ArmedGroup", "PoliticalParty", "Company", "MediaOrganization",
	"Country", "City", "Place", "Region",
	"Resolution", "Proposal", "Event", "Agreement",
}

// PredicateNames are the relation predicates the extractor produces.
var PredicateNames = []string{
	"vetoed", "drafted", "proposed", "submittedTo", "controls", "captured", "attacked",
	"supports", "opposes", "negotiatesWith", "memberOf", "leaderOf", "represents",
	"formerlyKnownAs", "locatedIn",
}

// class is the coarse class of an entity type used in relation patterns:
// P person, O organisation, G country, L other place, D document, V event.
func class(typ string) byte {
	switch typ {
	case "Person":
		return 'P'
	case "Country":
		return 'G'
	case "City", "Place", "Region":
		return 'L'
	case "Resolution", "Proposal", "Agreement":
		return 'D'
	case "Event":
		return 'V'
	}
	return 'O'
}

var keyFold = strings.NewReplacer(
	"æ", "ae", "Æ", "ae", "ø", "o", "Ø", "o", "å", "a", "Å", "a",
	"ä", "a", "ö", "o", "ü", "u", "é", "e", "è", "e", "ê", "e", "á", "a", "à", "a",
	"í", "i", "ó", "o", "ú", "u", "ñ", "n", "ç", "c", "ß", "ss", "ğ", "g", "ş", "s", "ı", "i",
)

// Key is the canonical key of a name: lower-case ASCII words joined by
// dashes. Entities with equal keys are one entity.
func Key(name string) string {
	var b strings.Builder
	dash := false
	for _, r := range keyFold.Replace(strings.ToLower(name)) {
		if r == '.' || r == '\'' || r == '’' {
			continue // "F.B.I." is "fbi", "Brink's" is "brinks"
		}
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			b.WriteRune(r)
			dash = false
		} else if !dash && b.Len() > 0 {
			b.WriteByte('-')
			dash = true
		}
	}
	return strings.TrimSuffix(b.String(), "-")
}
