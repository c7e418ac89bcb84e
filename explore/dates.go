package explore

import (
	"fmt"
	"strings"
	"time"
)

// dateLayouts are the article date forms ParseDate reads, most precise
// first.
var dateLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04:05",
	"2006-01-02 15:04:05",
	"2006-01-02T15:04",
	"2006-01-02 15:04",
	time.RFC1123Z,
	time.RFC1123,
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04:05 MST",
	"2006-01-02",
	"2006/01/02",
	"02.01.2006",
	"2.1.2006",
	"2 January 2006",
	"January 2, 2006",
	"Jan 2, 2006",
	"2 Jan 2006",
	"2006-01",
	"2006",
}

// ParseDate reads an article date as articles give it: ISO 8601 dates and
// times (also "2016-12" and "2016"), RFC 1123 feed dates, Norwegian
// "12.03.2024" and English "12 March 2024" / "March 12, 2024". A date
// without a day means the first day of its month (or year).
func ParseDate(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, false
	}
	for _, layout := range dateLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// ParseSince reads a --since style date; an error names the forms
// accepted.
func ParseSince(s string) (time.Time, error) {
	t, ok := ParseDate(s)
	if !ok {
		return time.Time{}, fmt.Errorf("cannot read date %q: use YYYY-MM-DD, YYYY-MM, YYYY or DD.MM.YYYY", s)
	}
	return t, nil
}
