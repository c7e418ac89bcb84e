//go:build !race

package robust

import "testing"

const raceEnabled = false

func skipUnderRace(t *testing.T) { t.Helper() }
