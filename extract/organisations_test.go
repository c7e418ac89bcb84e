package extract

import (
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"

	"kg/loaders"
)

// organisationTypes are the types an entry of lexicon/organisations.yaml
// may have.
var organisationTypes = []string{"Person", "Organization", "GovernmentOrganization", "ArmedGroup", "PoliticalParty",
	"Company", "MediaOrganization", "Country", "City", "Place", "Region", "Event"}

func loadOrganisations(t *testing.T) []GazetteerEntry {
	t.Helper()
	data, err := builtinLexicon.ReadFile("lexicon/organisations.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var f lexiconFile
	if err := yaml.Unmarshal(data, &f); err != nil {
		t.Fatal(err)
	}
	if len(f.Entities) < 400 {
		t.Fatalf("organisations.yaml has %d entries, want several hundred", len(f.Entities))
	}
	// one entry a line, none empty ("  - " alone would be a null entry)
	items := 0
	for _, line := range strings.Split(string(data), "\n") {
		if strings.HasPrefix(line, "  -") {
			items++
			if !strings.HasPrefix(line, "  - {key: ") {
				t.Errorf("not one entry: %q", line)
			}
		}
	}
	if items != len(f.Entities) {
		t.Errorf("%d entry lines, %d entries", items, len(f.Entities))
	}
	for _, e := range f.Entities {
		if e.Key == "" || e.Name == "" || e.Type == "" {
			t.Errorf("entry %+v needs a key, a name and a type", e)
		}
	}
	return f.Entities
}

// TestOrganisationsLexicon checks that organisations.yaml loads, that its
// keys are unique across the built-in lexicon and that no name of it is
// claimed by another entry, in any case the matcher folds it to.
func TestOrganisationsLexicon(t *testing.T) {
	orgs := loadOrganisations(t)
	if _, err := New(Config{NoTagger: true}); err != nil {
		t.Fatal(err)
	}
	// keys across every built-in file
	files, err := builtinLexicon.ReadDir("lexicon")
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]string{}
	for _, fi := range files {
		data, err := builtinLexicon.ReadFile("lexicon/" + fi.Name())
		if err != nil {
			t.Fatal(err)
		}
		var f lexiconFile
		if err := yaml.Unmarshal(data, &f); err != nil {
			t.Fatalf("%s: %v", fi.Name(), err)
		}
		for _, e := range f.Entities {
			if prev, ok := seen[e.Key]; ok && (prev == "organisations.yaml" || fi.Name() == "organisations.yaml") {
				t.Errorf("key %q in both %s and %s", e.Key, prev, fi.Name())
			}
			seen[e.Key] = fi.Name()
		}
	}
	lx, err := LoadLexicon(nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range orgs {
		if e.Key != strings.ToLower(e.Key) || strings.ContainsAny(e.Key, " _") {
			t.Errorf("key %q: want lower case with hyphens", e.Key)
		}
		if !contains(organisationTypes, e.Type) {
			t.Errorf("%s: type %q not allowed", e.Key, e.Type)
		}
		if e.Type == "Person" {
			t.Errorf("%s: no people in organisations.yaml", e.Key)
		}
		got := lx.entries[e.Key]
		if got == nil || got.Name != e.Name || got.Type != e.Type {
			t.Errorf("%s: key shared with another entry (a country?)", e.Key)
			continue
		}
		names := map[string]bool{}
		for _, n := range append([]string{e.Name}, e.Names...) {
			names[n] = true
			k := nameKey(n)
			if es := lx.byName[k]; len(es) != 1 || es[0] != got {
				t.Errorf("%s: name %q is claimed by %d entries: %s", e.Key, n, len(es), entryKeys(es))
			}
			if !isAllCaps(k) {
				if es := lx.byLower[strings.ToLower(k)]; len(es) != 1 || es[0] != got {
					t.Errorf("%s: name %q (any case) is claimed by %d entries: %s", e.Key, n, len(es), entryKeys(es))
				}
			}
		}
		for lang, ls := range e.Labels {
			for _, l := range ls {
				if !names[l] {
					t.Errorf("%s: %s label %q is not among its names", e.Key, lang, l)
				}
			}
		}
	}
}

func entryKeys(es []*GazetteerEntry) string {
	var ks []string
	for _, e := range es {
		ks = append(ks, e.Key)
	}
	return strings.Join(ks, ", ")
}

// TestOrganisationsLink extracts short made-up news sentences and checks
// that the organisations in them link to the expected entries, whichever
// name or language the text uses.
func TestOrganisationsLink(t *testing.T) {
	x := extractor(t)
	cases := []struct {
		text string
		want map[string]string // surface text → entity key
	}{
		{"Save the Children warned on Tuesday that aid convoys were stuck at the border. Oxfam and Doctors Without Borders joined the appeal.",
			map[string]string{"Save the Children": "save-the-children", "Oxfam": "oxfam", "Doctors Without Borders": "msf"}},
		{"Redd Barna og Leger uten grenser ber om at nødhjelpen slippes inn. Verdens handelsorganisasjon skal møtes i Genève neste uke.",
			map[string]string{"Redd Barna": "save-the-children", "Leger uten grenser": "msf", "Verdens handelsorganisasjon": "wto"}},
		{"Shoppers left Debenhams and Argos for cheaper rivals, while Lidl and Aldi opened new stores across the country. Sainsbury's and Tesco cut prices.",
			map[string]string{"Debenhams": "debenhams", "Argos": "argos", "Lidl": "lidl", "Aldi": "aldi", "Sainsbury's": "sainsburys", "Tesco": "tesco"}},
		{"HM Treasury published its forecast as the Home Office and the Bank of England faced questions from MPs.",
			map[string]string{"HM Treasury": "hm-treasury", "Home Office": "home-office", "Bank of England": "bank-of-england"}},
		{"The Tories lost the by-election, and the Liberal Democrats and the SNP gained seats.",
			map[string]string{"Tories": "conservative-party-uk", "Liberal Democrats": "liberal-democrats-uk", "SNP": "snp"}},
		{"China Daily and the Des Moines Register both ran the story, which Mediaite later picked up.",
			map[string]string{"China Daily": "china-daily", "Des Moines Register": "des-moines-register", "Mediaite": "mediaite"}},
		{"Telenor og DNB steg på Oslo Børs mandag, mens Norsk Hydro og Yara falt. Finansdepartementet kommenterte ikke tallene.",
			map[string]string{"Telenor": "telenor", "DNB": "dnb", "Oslo Børs": "oslo-bors", "Norsk Hydro": "norsk-hydro", "Yara": "yara", "Finansdepartementet": "finansdepartementet"}},
		{"Airbus and Europrop International delayed the engines, EADS said, while Lockheed Martin won the contract.",
			map[string]string{"Europrop International": "europrop-international", "EADS": "eads", "Lockheed Martin": "lockheed-martin"}},
	}
	for _, c := range cases {
		d, err := x.Extract(loaders.Article{ID: "org", Text: c.text})
		if err != nil {
			t.Fatal(err)
		}
		found := map[string]string{}
		for _, e := range d.Entities {
			for _, m := range e.Mentions {
				found[m.Text] = e.Key
			}
		}
		for surface, key := range c.want {
			if found[surface] == "" {
				found[surface] = found["the "+surface]
			}
			if found[surface] != key {
				t.Errorf("%q: %q linked to %q, want %q", c.text, surface, found[surface], key)
			}
		}
	}
	// the same entity, whichever language names it
	en, _ := x.Extract(loaders.Article{ID: "en", Text: "Save the Children said the children needed shelter."})
	nb, _ := x.Extract(loaders.Article{ID: "nb", Text: "Redd Barna sier at barna trenger husly."})
	if entityByName(en, "Save the Children") == nil || entityByName(nb, "Save the Children") == nil ||
		entityByName(en, "Save the Children").Key != entityByName(nb, "Save the Children").Key {
		t.Errorf("Save the Children and Redd Barna are not one entity: %+v / %+v", en.Entities, nb.Entities)
	}
}

// International bodies' Norwegian names are the bodies English names.
func TestNorwegianNamesOfInternationalBodies(t *testing.T) {
	for nb, en := range map[string]string{
		"Arktisk råd møttes i Tromsø.":                                     "Arctic Council",
		"Svenska Akademien tildelte prisen til Jon Fosse.":                 "Swedish Academy",
		"Golfstatenes samarbeidsråd møttes i Riyadh.":                      "Gulf Cooperation Council",
		"Organisasjonen av amerikanske stater sendte observatører.":        "Organization of American States",
		"Den islamske revolusjonsgarden skjøt missiler mot Israel i natt.": "Islamic Revolutionary Guard Corps",
	} {
		d := extractText(t, "Sak\n\n"+nb+" Det er ikke klart hva som skjer nå.\n")
		if entityByName(d, en) == nil {
			t.Errorf("%q: no %s in %v", nb, en, typesOf(d))
		}
	}
}
