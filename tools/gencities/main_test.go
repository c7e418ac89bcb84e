package main

import "testing"

// Natural Earth codes France and Norway -99: their English names give
// the code.
func TestCountryCode(t *testing.T) {
	for _, c := range []struct{ code, name, want string }{
		{"DE", "Germany", "DE"},
		{"-99", "France", "FR"},
		{"-99", "Norway", "NO"},
		{"", "Atlantis", ""},
	} {
		if got := countryCode(c.code, c.name); got != c.want {
			t.Errorf("countryCode(%q, %q) = %q, want %q", c.code, c.name, got, c.want)
		}
	}
}
