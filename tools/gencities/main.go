// Command gencities writes extract/lexicon/cities.yaml: the world's larger
// cities (Natural Earth urban areas, through github.com/sams96/rgeo) with
// the country each lies in, as gazetteer entries; and
// extract/lexicon/regions.yaml: the states and provinces of every country
// (Natural Earth admin-1 areas), with their Wikidata ids.
//
//	go run ./tools/gencities -min-pop 200000 -o extract/lexicon/cities.yaml -regions extract/lexicon/regions.yaml
//
// Names already in the hand-made gazetteer, countries, given names and
// names that are ordinary words are left out; so are regions named like a
// listed city ("Madrid") or like another country's region ("Punjab").
package main

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/sams96/rgeo"
	"github.com/twpayne/go-geom"
	"go.yaml.in/yaml/v3"
	"golang.org/x/text/language"
	"golang.org/x/text/language/display"

	"kg/extract"
)

// ordinary words that are also city names
var ordinary = map[string]bool{
	"reading": true, "bath": true, "mobile": true, "nice": true, "split": true, "male": true, "mission": true,
	"surprise": true, "independence": true, "orange": true, "concord": true, "eugene": true, "victoria": true,
	"florence": true, "jackson": true, "hamilton": true, "lincoln": true, "austin": true, "charlotte": true,
	"madison": true, "jordan": true, "georgia": true, "washington": true, "salem": true, "columbia": true,
	"aurora": true, "phoenix": true, "santa": true, "san": true, "union": true, "mesa": true, "gary": true,
	"kent": true, "warren": true, "paris": false, "wellington": true, "darwin": true, "cork": true,
	"bradford": true, "preston": true, "lancaster": true, "chester": true, "derby": true, "york": true,
	"sale": true, "hull": true, "bury": true, "wigan": true, "luton": true, "crawley": true, "worthing": true,
	"guatemala": true, "panama": true, "mexico": true, "kuwait": true, "singapore": true, "luxembourg": true,
	"monaco": true, "hail": true, "oral": true, "perm": true, "mito": true, "kota": true, "naga": true,
	"beni": true, "duma": true, "puri": true, "pali": true, "sari": true, "tema": true, "meru": true, "como": true,
	"bari": true, "reno": true, "goma": true, "tours": true, "kobe": true, "cali": true, "pisa": true, "kuta": true, "linz": true, "djibouti": true, "algiers": false, "tunis": false, "aba": true, "ede": true, "bida": true,
	// names the news means something else by far more often: "Batman:
	// Arkham VR" is a game, not the Turkish city
	"batman": true,
}

type feature struct {
	BBox       []float64 `json:"bbox"`
	Properties struct {
		Name string  `json:"name_conve"`
		Pop  float64 `json:"max_pop_al"`
	} `json:"properties"`
}

func main() {
	minPop := flag.Float64("min-pop", 200000, "smallest population of a city to list")
	dir := flag.String("lexicon", "extract/lexicon", "folder of the hand-made lexicon files")
	out := flag.String("o", "extract/lexicon/cities.yaml", "file to write")
	regions := flag.String("regions", "", "file to write the states and provinces to")
	flag.Parse()
	err := run(*minPop, *dir, *out)
	if err == nil && *regions != "" {
		err = writeRegions(*dir, *out, *regions)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "gencities:", err)
		os.Exit(1)
	}
}

func run(minPop float64, dir, out string) error {
	known, err := knownKeys(dir)
	if err != nil {
		return err
	}
	var fc struct {
		Features []feature `json:"features"`
	}
	if err := readGzipJSON(rgeo.Cities10(), &fc); err != nil {
		return err
	}
	geo, err := rgeo.New(rgeo.Countries10)
	if err != nil {
		return err
	}
	x, err := extract.New(extract.Config{NoTagger: true})
	if err != nil {
		return err
	}
	type city struct {
		key, name, in string
		pop           float64
	}
	seen := map[string]int{} // key → index in cities
	var cities []city
	for _, f := range fc.Features {
		// Natural Earth numbers a name's second and third urban areas ("Vancouver2")
		name := strings.TrimRight(strings.TrimSpace(f.Properties.Name), "0123456789")
		if f.Properties.Pop < minPop || utf8.RuneCountInString(name) < 4 || len(f.BBox) != 4 ||
			strings.ContainsAny(name, ",/()ÌÃÂ") || !utf8.ValidString(name) {
			continue
		}
		key := extract.Key(name)
		if known[key] || ordinary[strings.ToLower(name)] || x.IsGivenName(strings.Fields(name)[0]) {
			continue
		}
		if k, ok := seen[key]; ok && cities[k].pop >= f.Properties.Pop {
			continue // a name's biggest city is the one news means: Melbourne, Australia, not Florida
		}
		loc, err := geo.ReverseGeocode(geom.Coord{(f.BBox[0] + f.BBox[2]) / 2, (f.BBox[1] + f.BBox[3]) / 2})
		if err != nil {
			continue
		}
		in := x.CountryKey(countryCode(loc.CountryCode2, loc.Country))
		if in == "" {
			continue
		}
		if k, ok := seen[key]; ok {
			cities[k] = city{key, name, in, f.Properties.Pop}
			continue
		}
		seen[key] = len(cities)
		cities = append(cities, city{key, name, in, f.Properties.Pop})
	}
	sort.Slice(cities, func(i, j int) bool { return cities[i].key < cities[j].key })
	var b strings.Builder
	fmt.Fprintf(&b, "# Generated by tools/gencities from Natural Earth urban areas (public domain)\n")
	fmt.Fprintf(&b, "# with at least %.0f inhabitants. Do not edit: regenerate.\nentities:\n", minPop)
	for _, c := range cities {
		fmt.Fprintf(&b, "  - {key: %s, name: %q, type: City, in: %s, names: [%q]}\n", c.key, c.name, c.in, c.name)
	}
	if err := os.WriteFile(out, []byte(b.String()), 0o644); err != nil {
		return err
	}
	fmt.Printf("%d cities -> %s\n", len(cities), out)
	return nil
}

// knownKeys are the keys of every name the hand-made lexicon files know.
func knownKeys(dir string) (map[string]bool, error) {
	keys := map[string]bool{}
	err := fs.WalkDir(os.DirFS(dir), ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || path == "cities.yaml" || path == "regions.yaml" {
			return err
		}
		data, err := os.ReadFile(filepath.Join(dir, path))
		if err != nil {
			return err
		}
		var f struct {
			Entities []struct {
				Key   string   `yaml:"key"`
				Names []string `yaml:"names"`
			} `yaml:"entities"`
			Countries map[string]struct {
				Names []string `yaml:"names"`
			} `yaml:"countries"`
		}
		if err := yaml.Unmarshal(data, &f); err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		for _, e := range f.Entities {
			keys[e.Key] = true
			for _, n := range e.Names {
				keys[extract.Key(n)] = true
			}
		}
		for _, c := range f.Countries {
			for _, n := range c.Names {
				keys[extract.Key(n)] = true
			}
		}
		return nil
	})
	// every country's name, as the extractor takes them from CLDR
	english := display.Regions(language.English)
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			if r, err := language.ParseRegion(string([]rune{a, b})); err == nil && r.IsCountry() {
				keys[extract.Key(english.Name(r))] = true
			}
		}
	}
	return keys, err
}

// countryCode is code when it is a country's two-letter code, else the
// code of the country named name in English: Natural Earth gives France
// and Norway the code -99, which left their cities and Norway's counties
// out.
func countryCode(code, name string) string {
	if r, err := language.ParseRegion(code); err == nil && len(code) == 2 && r.IsCountry() {
		return code
	}
	english := display.Regions(language.English)
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			if r, err := language.ParseRegion(string([]rune{a, b})); err == nil && r.IsCountry() && english.Name(r) == name {
				return string([]rune{a, b})
			}
		}
	}
	return ""
}

// compass words of the languages whose regions are named by them alone
var compass = map[string]bool{"nord": true, "sud": true, "est": true, "ouest": true, "centre": true, "norte": true,
	"sur": true, "este": true, "oeste": true, "centro": true, "north": true, "south": true, "east": true, "west": true}

// maxScaleRank is the rank of the smallest admin-1 areas listed.
const maxScaleRank = 6

type province struct {
	Properties struct {
		Name      string `json:"name"`
		NameEN    string `json:"name_en"`
		Country   string `json:"iso_a2"`
		Admin     string `json:"admin"` // the country's name
		QID       string `json:"wikidataid"`
		ScaleRank int    `json:"scalerank"`
	} `json:"properties"`
}

// writeRegions writes the admin-1 areas of Natural Earth as Region
// entries, each in its country.
func writeRegions(dir, citiesFile, out string) error {
	known, err := knownKeys(dir)
	if err != nil {
		return err
	}
	cities, err := os.ReadFile(citiesFile)
	if err != nil {
		return err
	}
	var cf struct {
		Entities []struct {
			Key string `yaml:"key"`
		} `yaml:"entities"`
	}
	if err := yaml.Unmarshal(cities, &cf); err != nil {
		return fmt.Errorf("%s: %w", citiesFile, err)
	}
	for _, c := range cf.Entities {
		known[c.Key] = true
	}
	var fc struct {
		Features []province `json:"features"`
	}
	if err := readGzipJSON(rgeo.Provinces10(), &fc); err != nil {
		return err
	}
	x, err := extract.New(extract.Config{NoTagger: true})
	if err != nil {
		return err
	}
	type region struct {
		key, name, in, qid string
		names              []string
	}
	byKey := map[string]*region{}
	shortNames := map[string]int{} // names without their kind, by key: those of two regions are dropped
	ambiguous := map[string]bool{}
	usable := func(name string) bool {
		words := strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '-' })
		if utf8.RuneCountInString(name) < 4 || strings.ContainsAny(name, ",/()0123456789") || !utf8.ValidString(name) ||
			ordinary[strings.ToLower(name)] || x.IsCommonGivenName(words[0]) || len(words) == 1 && x.IsPeopleWord(name) {
			return false
		}
		for _, w := range words {
			if compass[strings.ToLower(w)] && len(words) == 1 {
				return false // "Nord" of France is Norwegian for north: "Nord Stream"
			}
		}
		for _, r := range name {
			if r > 0x24F { // Latin script only
				return false
			}
		}
		// "Central", "Western Cape", "Lakes": names made of ordinary words
		for _, w := range words {
			if !x.IsOrdinaryWord("en", w) {
				return true
			}
		}
		return false
	}
	for _, f := range fc.Features {
		p := f.Properties
		name := strings.TrimSpace(p.NameEN)
		if name == "" {
			name = strings.TrimSpace(p.Name)
		}
		key := extract.Key(name)
		// (Natural Earth ranks the smallest areas 7 to 11: municipalities
		// of Slovenia, Latvia, Malta, named like villages and people)
		if key == "" || known[key] || !usable(name) || p.ScaleRank > maxScaleRank {
			continue
		}
		in := x.CountryKey(countryCode(p.Country, p.Admin))
		if in == "" {
			continue
		}
		if r := byKey[key]; r != nil && r.in == in {
			continue // the same region again (Natural Earth lists some twice)
		}
		if byKey[key] != nil || ambiguous[key] {
			ambiguous[key] = true
			delete(byKey, key)
			continue
		}
		r := &region{key: key, name: name, in: in, names: []string{name}}
		if strings.HasPrefix(p.QID, "Q") {
			r.qid = p.QID
		}
		// (not the local name: Natural Earth gives Italy's provinces the
		// English name of their region, "Genova" as "Liguria")
		// and the name without its kind: "Kamchatka" of "Kamchatka Krai"
		for _, kind := range []string{" Oblast", " Krai", " Province", " Prefecture", " Governorate", " Region", " County", " Department", " District", " State"} {
			if short, ok := strings.CutSuffix(name, kind); ok && !known[extract.Key(short)] && usable(short) {
				r.names = append(r.names, short)
				shortNames[extract.Key(short)]++
				break
			}
		}
		byKey[key] = r
	}
	var regions []*region
	for _, r := range byKey {
		var names []string
		for _, n := range r.names {
			if n == r.name || !slices.Contains(names, n) && shortNames[extract.Key(n)] < 2 && byKey[extract.Key(n)] == nil {
				names = append(names, n)
			}
		}
		r.names = names
		regions = append(regions, r)
	}
	sort.Slice(regions, func(i, j int) bool { return regions[i].key < regions[j].key })
	var b strings.Builder
	fmt.Fprintf(&b, "# Generated by tools/gencities from Natural Earth admin-1 states and provinces\n")
	fmt.Fprintf(&b, "# (public domain). Do not edit: regenerate.\nentities:\n")
	for _, r := range regions {
		qid := ""
		if r.qid != "" {
			qid = ", qid: " + r.qid
		}
		var names []string
		for _, n := range r.names {
			names = append(names, fmt.Sprintf("%q", n))
		}
		fmt.Fprintf(&b, "  - {key: %s, name: %q, type: Region, in: %s%s, names: [%s]}\n", r.key, r.name, r.in, qid, strings.Join(names, ", "))
	}
	if err := os.WriteFile(out, []byte(b.String()), 0o644); err != nil {
		return err
	}
	fmt.Printf("%d regions (%d names shared by two left out) -> %s\n", len(regions), len(ambiguous), out)
	return nil
}

// readGzipJSON decodes gzip-compressed JSON, as rgeo embeds its data.
func readGzipJSON(data []byte, v any) error {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return err
	}
	return json.NewDecoder(zr).Decode(v)
}
