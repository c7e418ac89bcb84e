// Package yamllist writes the flow-style YAML lists of words the lexicon
// generators emit (tools/gennames, tools/genpeople): a key, then the
// items wrapped at a line width. It owns only that layout, nothing of
// what the lists mean.
package yamllist

import "strings"

// Write appends "key: [" and the items, comma-separated and wrapped so
// that no line passes 110 bytes, then "]", to b.
func Write(b *strings.Builder, key string, items []string) {
	b.WriteString(key + ": [\n")
	line := "  "
	for i, n := range items {
		item := n
		if i < len(items)-1 {
			item += ","
		}
		if len(line)+len(item) > 110 {
			b.WriteString(strings.TrimRight(line, " ") + "\n")
			line = "  "
		}
		line += item + " "
	}
	b.WriteString(strings.TrimRight(line, " ") + "]\n")
}
