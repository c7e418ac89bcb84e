package loaders

import "testing"

func TestNormalizeLanguage(t *testing.T) {
	tests := map[string]string{
		"":          "",
		"  ":        "",
		"nb":        "nb",
		"nb-NO":     "nb",
		"nb_NO":     "nb",
		"no":        "nb",
		"NO":        "nb",
		"nob":       "nb",
		"no-NB":     "nb",
		"Norwegian": "nb",
		"nn":        "nn",
		"nn-NO":     "nn",
		"nno":       "nn",
		"en":        "en",
		"en-US":     "en",
		"en-GB":     "en",
		"EN_gb":     "en",
		"eng":       "en",
		"de-AT":     "de",
		"sv-SE":     "sv",
		"fr-CA":     "fr",
		"pt-BR":     "pt",
		"zh-Hant":   "zh",
		"x1!":       "",
	}
	for in, want := range tests {
		if got := NormalizeLanguage(in); got != want {
			t.Errorf("NormalizeLanguage(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestSniff(t *testing.T) {
	tests := map[string]format{
		"":                                   formatText,
		"Plain words":                        formatText,
		"  \n{\"text\": \"x\"}":              formatJSONL,
		"\uFEFF<!DOCTYPE html><html>":        formatHTML,
		"<div class=\"story\"><p>Hi</p>":     formatHTML,
		"<?xml version=\"1.0\"?><rss>":       formatFeed,
		"<feed xmlns=\"http://www.w3.org\">": formatFeed,
		"<?xml version=\"1.0\"?><doc/>":      formatFeed,
		"<Breaking> news":                    formatText,
	}
	for in, want := range tests {
		if got := sniff([]byte(in)); got != want {
			t.Errorf("sniff(%q) = %v, want %v", in, got, want)
		}
	}
}
