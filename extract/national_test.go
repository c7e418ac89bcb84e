package extract

import "testing"

// keysOf lists the keys of a document's entities that have mentions.
func keysOf(d *Document) map[string]string {
	keys := map[string]string{}
	for _, e := range d.Entities {
		keys[e.Key] = e.Name
	}
	return keys
}

// A name every state's body of a kind goes by ("the Senate", "Høyesterett")
// is the body of the state the article is about, unless the article gives
// the gazetteer's state (the US) a place.
func TestNationalBodies(t *testing.T) {
	cases := []struct {
		name, text string
		want, not  string
	}{
		{"Australian story", "CANBERRA — The Senate on Tuesday rejected the government's water bill after a long debate.\n\n" +
			"Senator Lena Marsh of Western Australia said the bill would hurt farmers near Adelaide and Perth.\n\n" +
			"The bill now returns to the House of Representatives in Canberra.",
			"australia-senate", "us-senate"},
		{"Australian lower house", "CANBERRA — The Senate on Tuesday rejected the government's water bill after a long debate.\n\n" +
			"Senator Lena Marsh of Western Australia said the bill would hurt farmers near Adelaide and Perth.\n\n" +
			"The bill now returns to the House of Representatives in Canberra.",
			"australia-house-of-representatives", "us-house"},
		{"Norwegian story", "Fiskeren anker til Høyesterett\n\n" +
			"En fisker fra Bodø ble tirsdag dømt i Hålogaland lagmannsrett for ulovlig fiske utenfor Tromsø.\n\n" +
			"Forsvareren hans, advokat Siri Lien, sier at klienten vil anke saken til Høyesterett.",
			"norwegian-supreme-court", "us-supreme-court"},
		{"American story", "WASHINGTON — The Senate voted on Tuesday to confirm the nominee after a bitter debate in Washington.\n\n" +
			"Senator Tom Hale of Ohio said the vote showed that the chamber could still work.",
			"us-senate", "united-states-senate"},
		{"Indian story", "NEW DELHI — Congress said on Monday it would fight the state elections in Mumbai and Pune alone.\n\n" +
			"The party's leaders met in New Delhi to agree a list of candidates.",
			"indian-national-congress", "us-congress"},
		{"the Court after the Supreme Court", "ROME — The Supreme Court ruled on Monday that the schools in Livorno and Pisa must pay the tax.\n\n" +
			"The case on which the Court has ruled was brought by the city of Livorno.",
			"italy-supreme-court", "us-supreme-court"},
		{"a story naming one country once", "Voters in Moldova went to the polls on Sunday.\n\n" +
			"Observers said the referendum, declared unconstitutional by the Supreme Court last year, was held in calm.",
			"moldova-supreme-court", "us-supreme-court"},
		{"German story naming the US", "BERLIN — Germany's government welcomed the news from Berlin and Munich on Friday.\n\n" +
			"In the United States, the Senate has yet to vote on the trade deal with Germany, officials in Berlin said.",
			"us-senate", "germany-senate"},
	}
	for _, c := range cases {
		keys := keysOf(extractText(t, c.text))
		if _, ok := keys[c.want]; !ok {
			t.Errorf("%s: no entity %s among %v", c.name, c.want, keys)
		}
		if name, ok := keys[c.not]; ok {
			t.Errorf("%s: entity %s (%s) should not be there", c.name, c.not, name)
		}
	}
}

// The state's own body keeps its name in the state's people's adjective.
func TestNationalBodyName(t *testing.T) {
	d := extractText(t, "OTTAWA — The Senate passed the housing bill on Thursday, senators in Ottawa and Toronto said.")
	if e := entityByName(d, "Canadian Senate"); e == nil || e.Key != "canada-senate" {
		t.Errorf("want the Canadian Senate (canada-senate), got %v", keysOf(d))
	}
}
