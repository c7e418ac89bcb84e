package schema

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Fold returns s in the form kg compares names in: lower case, accents
// removed, Nordic letters spelled out (æ -> ae, ø -> o, å -> a) and runs of
// white space collapsed to one space. Fold("Sjøforsvaret") == "sjoforsvaret",
// Fold("  Émile  Zola") == "emile zola".
func Fold(s string) string {
	s = norm.NFD.String(foldASCII(s))
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case unicode.IsSpace(r):
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}
