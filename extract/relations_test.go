package extract

import "testing"

// Relations between entities. The texts are written for the tests.

func TestRelativeClauseHeadHoldsTheTitle(t *testing.T) {
	// the name right before ", is" closes a relative clause: the title
	// is its head's
	f := factsOf(t,
		"Investor\n\nMaria Olsen, whose memoir was published last spring by Nordby Press, is chief executive of Harbor Capital Partners, a fund.\n",
		"Investor\n\nMaria Olsen, hvis bok ble utgitt i fjor av forlaget til Per Nordby, er leder for Harbor Capital Partners, et fond som ikke har vært mye omtalt.\n")
	wantFacts(t, f, "Maria Olsen leaderOf Harbor Capital Partners")
	for k := range f {
		if k == "Nordby Press leaderOf Harbor Capital Partners" || k == "Per Nordby leaderOf Harbor Capital Partners" {
			t.Errorf("the relative clause's last name took the title: %v", f)
		}
	}
}
