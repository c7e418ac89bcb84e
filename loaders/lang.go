package loaders

import (
	"strings"

	"golang.org/x/text/language"
)

// languageAliases maps tags and names to the tag used throughout kg. Written
// Norwegian is Bokmål ("nb") unless it says Nynorsk ("nn").
var languageAliases = map[string]string{
	"no": "nb", "nob": "nb", "nor": "nb", "nb": "nb", "nb-no": "nb", "no-nb": "nb", "no-no": "nb",
	"norwegian": "nb", "norsk": "nb", "bokmål": "nb", "bokmal": "nb",
	"nn": "nn", "nno": "nn", "nn-no": "nn", "no-nn": "nn", "nynorsk": "nn",
	"en": "en", "eng": "en", "en-us": "en", "en-gb": "en", "english": "en",
	"sv": "sv", "swe": "sv", "swedish": "sv", "svenska": "sv",
	"da": "da", "dan": "da", "danish": "da", "dansk": "da",
	"de": "de", "deu": "de", "ger": "de", "german": "de", "deutsch": "de",
	"fr": "fr", "fra": "fr", "fre": "fr", "french": "fr",
	"es": "es", "spa": "es", "spanish": "es",
}

// NormalizeLanguage turns a declared language ("nb-NO", "en_GB", "nob",
// "Norwegian") into a lower-case primary tag ("nb", "en"); "" stays "".
func NormalizeLanguage(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	s = strings.ReplaceAll(s, "_", "-")
	if s == "" {
		return ""
	}
	if tag, ok := languageAliases[s]; ok {
		return tag
	}
	if tag, err := language.Parse(s); err == nil {
		if base, conf := tag.Base(); conf != language.No {
			if alias, ok := languageAliases[base.String()]; ok {
				return alias
			}
			return base.String()
		}
	}
	primary, _, _ := strings.Cut(s, "-")
	if alias, ok := languageAliases[primary]; ok {
		return alias
	}
	if len(primary) < 2 || len(primary) > 8 || strings.Trim(primary, "abcdefghijklmnopqrstuvwxyz") != "" {
		return "" // not a language tag
	}
	return primary
}
