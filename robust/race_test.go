//go:build race

package robust

import "testing"

// raceEnabled is true under -race.
const raceEnabled = true

// skipUnderRace skips a test that only drives the kg binary (built without
// -race, so racing the test adds nothing) or measures time (which the race
// detector distorts); the run without -race covers it.
func skipUnderRace(t *testing.T) {
	t.Helper()
	t.Skip("covered by the run without -race: this test drives the kg binary or measures time")
}
